"""The PySide6 window: dialogs, views and table models. Talks to the vault only through its
service methods; never runs SQL and never validates on its own."""
