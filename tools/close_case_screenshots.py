"""The user guide's screenshots of closing and reopening a case (gui/close_case_dialog.py),
rendered by ``gui/screenshots.py`` on its training vault. Nothing is recorded: the dialogs
are filled in and photographed, never submitted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from msvlo_desktop.gui.close_case_dialog import CloseCaseDialog, ReopenCaseDialog

__all__ = ["render_closing_dialogs"]

# The smallest screen the dialogs must fit (a 1366×768 laptop, less the task bar).
SCREEN = (1366, 768)


def render_closing_dialogs(
    window: Any, open_ref: str, out_dir: Path, save: Any, settle: Any
) -> list[Path]:
    """Photograph the close dialog on the open case ``open_ref`` and the reopen dialog on
    a closed case of the same vault (when it has one)."""
    vault = window.vault
    written: list[Path] = []
    close = CloseCaseDialog(window, vault, open_ref)
    close.acknowledge_box.setChecked(True)
    close.reason_edit.setPlainText(
        "Exit strategy completed: the victim is settled with the local authority's support "
        "and has the Witness Care Unit's number."
    )
    written.append(save(close, out_dir, "close_case.png"))
    _check_fits(close)
    close.close_without_asking()
    closed = [s.reference for s in vault.list_cases() if s.status == "closed"]
    if closed:
        reopen = ReopenCaseDialog(window, vault, closed[0])
        reopen.reason_edit.setPlainText("The suspect was re-arrested; the victim asked for help.")
        written.append(save(reopen, out_dir, "reopen_case.png"))
        _check_fits(reopen)
        reopen.close_without_asking()
    settle()
    return written


def _check_fits(dialog: Any) -> None:
    frame = dialog.frameGeometry()
    if frame.width() > SCREEN[0] or frame.height() > SCREEN[1] - 40:
        raise RuntimeError(
            f"{dialog.objectName()} is {frame.width()}×{frame.height()}: it does not fit a "
            f"{SCREEN[0]}×{SCREEN[1]} screen"
        )
