"""What the main window imports as it is built, in steps the unlock dialog takes one per turn
of the event loop while the officer types the passphrase
(:func:`msvlo_desktop.gui.unlock_dialog.preload_window`): about 0.3 s of imports on the
reference machine that would otherwise be paid between pressing Unlock and seeing the case
list, and in one piece would hold the GUI thread for all of it.

Each step is a plain import statement, so readers, type checkers and freezing tools see every
arrow. ``WINDOW_MODULES`` names the same modules for checks only (nothing imports by name);
``tests/gui/test_unlock_path.py`` checks that the steps import exactly those, and that building
the window afterwards imports nothing more: a module the window starts to import belongs here.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType


def _entry_forms_base() -> ModuleType:
    from msvlo_desktop.gui.entry_forms import base

    return base


def _entry_forms_simple() -> ModuleType:
    from msvlo_desktop.gui.entry_forms import simple

    return simple


def _entry_forms_provision() -> ModuleType:
    from msvlo_desktop.gui.entry_forms import provision

    return provision


def _entry_forms_victim_update() -> ModuleType:
    from msvlo_desktop.gui.entry_forms import victim_update

    return victim_update


def _entry_forms_correction() -> ModuleType:
    from msvlo_desktop.gui.entry_forms import correction

    return correction


def _entry_forms() -> ModuleType:
    from msvlo_desktop.gui import entry_forms

    return entry_forms


def _log_model() -> ModuleType:
    from msvlo_desktop.gui import log_model

    return log_model


def _log_view() -> ModuleType:
    from msvlo_desktop.gui import log_view

    return log_view


def _nrm_timeline() -> ModuleType:
    from msvlo_desktop.gui import nrm_timeline

    return nrm_timeline


def _nrm_tab() -> ModuleType:
    from msvlo_desktop.gui import nrm_tab

    return nrm_tab


def _contacts_tab() -> ModuleType:
    from msvlo_desktop.gui import contacts_tab

    return contacts_tab


def _case_overview() -> ModuleType:
    from msvlo_desktop.gui import case_overview

    return case_overview


def _exit_strategy_tab() -> ModuleType:
    from msvlo_desktop.gui import exit_strategy_tab

    return exit_strategy_tab


def _provisions_tab() -> ModuleType:
    from msvlo_desktop.gui import provisions_tab

    return provisions_tab


def _victims_code_tab() -> ModuleType:
    from msvlo_desktop.gui import victims_code_tab

    return victims_code_tab


def _today_view() -> ModuleType:
    from msvlo_desktop.gui import today_view

    return today_view


def _day_views() -> ModuleType:
    from msvlo_desktop.gui import day_views

    return day_views


def _case_list() -> ModuleType:
    from msvlo_desktop.gui import case_list

    return case_list


def _lock_controller() -> ModuleType:
    from msvlo_desktop.gui import lock_controller

    return lock_controller


def _window_actions() -> ModuleType:
    from msvlo_desktop.gui import window_actions

    return window_actions


def _unlock_checks() -> ModuleType:
    from msvlo_desktop.gui import unlock_checks

    return unlock_checks


def _bundle_dialogs() -> ModuleType:
    from msvlo_desktop.gui import bundle_dialogs

    return bundle_dialogs


def _main_window() -> ModuleType:
    from msvlo_desktop.gui import main_window

    return main_window


STEPS: tuple[Callable[[], ModuleType], ...] = (
    _entry_forms_base,
    _entry_forms_simple,
    _entry_forms_provision,
    _entry_forms_victim_update,
    _entry_forms_correction,
    _entry_forms,
    _log_model,
    _log_view,
    _nrm_timeline,
    _nrm_tab,
    _contacts_tab,
    _bundle_dialogs,
    _case_overview,
    _exit_strategy_tab,
    _provisions_tab,
    _victims_code_tab,
    _today_view,
    _day_views,
    _case_list,
    _lock_controller,
    _window_actions,
    _unlock_checks,
    _main_window,
)

WINDOW_MODULES: tuple[str, ...] = (
    "msvlo_desktop.gui.entry_forms.base",
    "msvlo_desktop.gui.entry_forms.simple",
    "msvlo_desktop.gui.entry_forms.provision",
    "msvlo_desktop.gui.entry_forms.victim_update",
    "msvlo_desktop.gui.entry_forms.correction",
    "msvlo_desktop.gui.entry_forms",
    "msvlo_desktop.gui.log_model",
    "msvlo_desktop.gui.log_view",
    "msvlo_desktop.gui.nrm_timeline",
    "msvlo_desktop.gui.nrm_tab",
    "msvlo_desktop.gui.contacts_tab",
    "msvlo_desktop.gui.bundle_dialogs",
    "msvlo_desktop.gui.case_overview",
    "msvlo_desktop.gui.exit_strategy_tab",
    "msvlo_desktop.gui.provisions_tab",
    "msvlo_desktop.gui.victims_code_tab",
    "msvlo_desktop.gui.today_view",
    "msvlo_desktop.gui.day_views",
    "msvlo_desktop.gui.case_list",
    "msvlo_desktop.gui.lock_controller",
    "msvlo_desktop.gui.window_actions",
    "msvlo_desktop.gui.unlock_checks",
    "msvlo_desktop.gui.main_window",
)


def load_all() -> list[ModuleType]:
    """Every step at once (tools and benchmarks; the dialog spreads them out)."""
    return [step() for step in STEPS]
