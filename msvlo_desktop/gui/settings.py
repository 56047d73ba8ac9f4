"""One typed registry of the window's settings, with their defaults and limits.

Two places hold settings. Harmless preferences of this computer (idle-lock time, export
folder, window geometry, the list of recently opened vault files) live in QSettings. Anything
about the officer or their cases lives inside the encrypted vault (``Vault.set_setting``), so
QSettings never holds a victim's name, a case reference or a search.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from msvlo_desktop.hardening import make_private_dir, make_private_file
from msvlo_desktop.storage.vault import Vault

T = TypeVar("T")

MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A setting's key, default, and how to read a stored value back (or refuse it)."""

    key: str
    default: T
    convert: Callable[[Any], T]
    scope: str = "app"  # "app": QSettings; "vault": inside the encrypted vault


def _int_between(low: int, high: int) -> Callable[[Any], int]:
    def convert(raw: Any) -> int:
        value = int(raw)
        if not low <= value <= high:
            raise ValueError(f"{value} is not between {low} and {high}")
        return value

    return convert


def _text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError("not text")
    return raw


def _paths(raw: Any) -> list[str]:
    if isinstance(raw, str):
        raw = [raw] if raw else []
    if not isinstance(raw, list):
        raise ValueError("not a list")
    return [str(p) for p in raw if str(p)]


IDLE_LOCK_MINUTES: Setting[int] = Setting("security/idle_lock_minutes", 5, _int_between(1, 60))
EXPORT_FOLDER: Setting[str] = Setting("reports/export_folder", "", _text)
RECENT_VAULTS: Setting[list[str]] = Setting("vaults/recent", [], _paths)
# The name written as the author of new entries; empty means the vault's officer.
DEFAULT_AUTHOR: Setting[str] = Setting("default_author", "", _text, scope="vault")

IDLE_LOCK_RANGE = (1, 60)


def _make_private(store: QSettings) -> None:
    """The settings file private (0600) and, when it is the application's own, its folder
    (0700): it names the vault files recently opened. Made before Qt first writes it, and Qt
    keeps the mode of the file it replaces."""
    if store.format() not in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        return
    name = store.fileName()
    if os.name != "posix" or not name or not name.startswith("/"):
        return  # the Windows registry, or no file
    path = Path(name)
    with contextlib.suppress(OSError):
        if path.parent.name in (store.organizationName(), store.applicationName()):
            make_private_dir(path.parent)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        make_private_file(path)


class Settings:
    """Reads and writes the settings of :data:`REGISTRY`-style :class:`Setting` objects.

    A stored value that cannot be read back (edited by hand, from an older version) gives
    the default rather than an error.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()
        _make_private(self.store)

    @classmethod
    def in_file(cls, path: Path) -> Settings:
        """Settings kept in an INI file (tests, screenshots): never the user's real ones."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # ----------------------------------------------------------------- typed values
    def get(self, setting: Setting[T], vault: Vault | None = None) -> T:
        if setting.scope == "vault":
            if vault is None or not vault.is_open:
                return setting.default
            raw: Any = vault.get_setting(setting.key)
        else:
            raw = self.store.value(setting.key)
        if raw is None:
            return setting.default
        try:
            return setting.convert(raw)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T, vault: Vault | None = None) -> None:
        checked = setting.convert(value)
        if setting.scope == "vault":
            if vault is None:
                raise ValueError(f"{setting.key} is kept in the vault; no vault is open")
            vault.set_setting(setting.key, str(checked))
        else:
            self.store.setValue(setting.key, checked)
            self.store.sync()

    # ----------------------------------------------------------------- recent vault files
    def recent_vaults(self) -> list[Path]:
        return [Path(p) for p in self.get(RECENT_VAULTS)]

    def remember_vault(self, path: Path) -> None:
        path = Path(path).resolve()
        paths = [str(path)] + [p for p in self.get(RECENT_VAULTS) if Path(p) != path]
        self.set(RECENT_VAULTS, paths[:MAX_RECENT])

    def forget_vault(self, path: Path) -> None:
        path = Path(path).resolve()
        self.set(RECENT_VAULTS, [p for p in self.get(RECENT_VAULTS) if Path(p) != path])

    # ----------------------------------------------------------------- window state
    def window_state(self, name: str) -> QByteArray | None:
        """Saved geometry, splitter or header state (opaque bytes from Qt), if any."""
        raw = self.store.value(f"windows/{name}")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def save_window_state(self, name: str, state: QByteArray) -> None:
        self.store.setValue(f"windows/{name}", state)
        self.store.sync()
