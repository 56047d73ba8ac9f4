"""Importing this module imports what the main window imports as it is built: its parts
(the lock, the actions, the checks after unlocking), the log tab, the entry forms, the Today
view and the case tabs, and the window itself.

The unlock dialog imports it while the officer types the passphrase
(:func:`msvlo_desktop.gui.unlock_dialog.preload_window_modules`): about 0.3 s of imports on
the reference machine that would otherwise be paid between pressing Unlock and seeing the
case list. ``tests/gui/test_unlock_path.py`` checks that building the window afterwards
imports nothing more: a module the window starts to import (here or in a function) belongs
in the list below.
"""

from __future__ import annotations

from msvlo_desktop.gui import (
    case_list,
    case_overview,
    contacts_tab,
    day_views,
    entry_forms,
    exit_strategy_tab,
    lock_controller,
    log_model,
    log_view,
    main_window,
    nrm_tab,
    nrm_timeline,
    provisions_tab,
    today_view,
    unlock_checks,
    victims_code_tab,
    window_actions,
)
from msvlo_desktop.gui.entry_forms import base, correction, provision, simple, victim_update

# Their names, for checks that they are loaded.
WINDOW_MODULES: tuple[str, ...] = tuple(
    module.__name__
    for module in (
        base,
        simple,
        provision,
        victim_update,
        correction,
        entry_forms,
        log_model,
        log_view,
        nrm_timeline,
        nrm_tab,
        contacts_tab,
        case_overview,
        exit_strategy_tab,
        provisions_tab,
        victims_code_tab,
        today_view,
        day_views,
        case_list,
        lock_controller,
        window_actions,
        unlock_checks,
        main_window,
    )
)
