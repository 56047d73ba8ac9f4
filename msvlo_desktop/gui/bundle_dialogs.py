"""Case bundles in the window: Vault > Import case bundle… and Case > Export bundle….

The export dialog asks who the bundle is for and why, and a bundle password twice (or a
plain file, with a warning that anyone holding it can read it). The import dialog opens the
file (asking the bundle password when it is sealed), then shows everything the officer
should check before the case comes in: the reference, the sender and their key fingerprint
(to compare by phone), whether this vault knows that sender, when the bundle was exported and
its id, the entry count and chain head. Nothing is written until the officer confirms; an
unsigned bundle or a changed key needs an explicit tick naming the risk.

Every check lives in storage/bundles.py and core; these dialogs only ask and show.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from msvlo_desktop.gui.bundle_export_dialog import ExportBundleDialog
from msvlo_desktop.gui.bundle_import_dialog import ImportBundleDialog

__all__ = ["ExportBundleDialog", "ImportBundleDialog", "install_bundle_actions"]


def install_bundle_actions(window: QMainWindow) -> tuple[QAction, QAction]:
    """Add Import case bundle… to the Vault menu and Export bundle… to the Case menu of the
    main window, enabled with the window's own New case and Export report actions."""
    # The main window is passed as a QMainWindow so this module need not import it (it
    # imports this one); what is used of it: ui, export_report_action, vault, current_ref.
    main: Any = window
    ui = main.ui
    import_action = QAction(window.tr("&Import case bundle…"), window)
    import_action.setObjectName("importBundleAction")
    import_action.setStatusTip(window.tr("Import a case bundle from another officer"))
    export_action = QAction(window.tr("Export &bundle…"), window)
    export_action.setObjectName("exportBundleAction")
    export_action.setStatusTip(window.tr("Write the selected case as a bundle for handover"))
    ui.vaultMenu.insertAction(ui.verifyAction, import_action)
    ui.vaultMenu.insertSeparator(ui.verifyAction)
    report_action: QAction = main.export_report_action
    ui.caseMenu.addAction(export_action)

    def follow() -> None:
        import_action.setEnabled(ui.newCaseAction.isEnabled())
        export_action.setEnabled(report_action.isEnabled())

    ui.newCaseAction.changed.connect(follow)
    report_action.changed.connect(follow)
    follow()

    def open_import() -> None:
        vault = getattr(window, "vault", None)
        if vault is None:
            return
        dialog = ImportBundleDialog(vault, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda ref: _imported(window, ref))
        dialog.open()

    def open_export() -> None:
        vault = getattr(window, "vault", None)
        ref = getattr(window, "current_ref", None)
        if vault is None or ref is None:
            return
        dialog = ExportBundleDialog(vault, ref, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda path: window.statusBar().showMessage(
                window.tr("Bundle written: {path}").format(path=path)
            )
        )
        dialog.open()

    import_action.triggered.connect(open_import)
    export_action.triggered.connect(open_export)
    return import_action, export_action


def _imported(window: QMainWindow, ref: str) -> None:
    reload_cases = getattr(window, "reload_cases", None)
    if reload_cases is not None:
        reload_cases()
    select_case = getattr(window, "select_case", None)
    if select_case is not None:
        select_case(ref)
    window.statusBar().showMessage(window.tr("Imported case {ref}").format(ref=ref))
