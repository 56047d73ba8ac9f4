"""Behaviour shared by every passphrase field: the show/hide toggle, and for a new
passphrase the live strength estimate and the policy messages of ``core.passphrase``.

The dialogs lay the widgets out in Designer; these helpers only wire them up, so the
create-vault, change-passphrase and unlock dialogs behave the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QToolButton, QWidget

from msvlo_desktop.core.passphrase import LABELS, check_passphrase, estimate_strength
from msvlo_desktop.gui import resources_rc as _resources  # noqa: F401 - :/icons

SHOW_SHORTCUT = "Ctrl+H"


def _tr(text: str) -> str:
    return QCoreApplication.translate("passphrase", text)


# The vault is opened with a passphrase; a report or a bundle is given a password.
PASSPHRASE = "passphrase"
PASSWORD = "password"


def _show_hide_names(noun: str) -> tuple[str, str]:
    if noun == PASSWORD:
        return _tr("Show password"), _tr("Hide password")
    return _tr("Show passphrase"), _tr("Hide passphrase")


def wire_show_toggle(
    window: QWidget, button: QToolButton, fields: list[QLineEdit], *, noun: str = PASSPHRASE
) -> Callable[[bool], None]:
    """Make ``button`` (checkable) and Ctrl+H show or hide ``fields``.

    The button is for the mouse: it takes no focus, so Tab goes from one passphrase field
    to the next and a space typed after Tab can never reveal the passphrase. The keyboard
    toggles with Ctrl+H, which its tooltip and the user guide name.
    """
    button.setCheckable(True)
    button.setAutoRaise(False)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def apply(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)
        button.setIcon(QIcon(":/icons/hide.svg" if shown else ":/icons/show.svg"))
        show_name, hide_name = _show_hide_names(noun)
        name = hide_name if shown else show_name
        button.setAccessibleName(name)
        button.setToolTip(f"{name} ({SHOW_SHORTCUT})")

    button.toggled.connect(apply)
    shortcut = QShortcut(QKeySequence(SHOW_SHORTCUT), window)
    shortcut.activated.connect(button.toggle)
    apply(button.isChecked())
    return apply


class NewPassphrase(QObject):
    """A new passphrase typed twice: policy problems, a strength meter, and ``valid``.

    ``noun`` is ``PASSWORD`` for a report's or a bundle's password, so its messages say
    "password" and only the vault's own say "passphrase".
    """

    changed = Signal()

    def __init__(
        self,
        passphrase: QLineEdit,
        repeat: QLineEdit,
        strength_bar: QProgressBar,
        strength_label: QLabel,
        problems_label: QLabel,
        avoid: Callable[[], list[str]] = list,
        *,
        noun: str = PASSPHRASE,
    ) -> None:
        super().__init__(passphrase)
        self._noun = noun
        self._passphrase = passphrase
        self._repeat = repeat
        self._bar = strength_bar
        self._label = strength_label
        self._problems = problems_label
        self._avoid = avoid
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._problems.setWordWrap(True)
        self._problems.setProperty("role", "error")
        self.problems: list[str] = []
        passphrase.textChanged.connect(self.update)
        repeat.textChanged.connect(self.update)
        self.update()

    @property
    def valid(self) -> bool:
        return not self.problems

    def text(self) -> str:
        return self._passphrase.text()

    def update(self) -> None:
        p = self._passphrase.text()
        score, label, hint = estimate_strength(p)
        policy = check_passphrase(p, avoid=self._avoid())
        if policy and score > 1:
            # Refused because of the officer's own name or the file's: never "Fair".
            score, label = 1, LABELS[1]
        self._bar.setValue(score if p else 0)
        self._bar.setProperty("strength", str(score))
        self._bar.style().unpolish(self._bar)
        self._bar.style().polish(self._bar)
        self._bar.setAccessibleDescription(label)
        hint = self._worded(hint)
        policy = [self._worded(m) for m in policy]
        if not p:
            self._label.setText(hint)
        elif policy:
            # The policy messages below say what to change; the meter only grades.
            self._label.setText(_tr("Strength: {label}.").format(label=label))
        else:
            self._label.setText(_tr("Strength: {label}. {hint}").format(label=label, hint=hint))
        problems = list(policy)
        if p and self._repeat.text() != p:
            problems.append(self._mismatch(bool(self._repeat.text())))
        self.problems = problems
        # Before anything is typed there is nothing to complain about yet.
        shown = problems if p else []
        self._problems.setText("\n".join("• " + m for m in shown))
        self._problems.setVisible(bool(shown))
        self.changed.emit()

    def _worded(self, text: str) -> str:
        """The core's policy speaks of the vault's passphrase; a report's is a password."""
        if self._noun != PASSWORD:
            return text
        return text.replace("passphrase", "password").replace("Passphrase", "Password")

    def _mismatch(self, repeated: bool) -> str:
        if self._noun == PASSWORD:
            if not repeated:
                return _tr("Type the same password again in the second box.")
            return _tr("The two passwords are different.")
        if not repeated:
            return _tr("Type the same passphrase again in the second box.")
        return _tr("The two passphrases are different.")

    def clear(self) -> None:
        self._passphrase.clear()
        self._repeat.clear()
