"""The vault's part for unfinished forms (drafts, offered back after unlock) and the
officer's settings, both kept encrypted in the vault and never audited."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from msvlo_desktop.core.values import iso
from msvlo_desktop.storage.vault_core import VaultCore

__all__ = ["Draft", "VaultDrafts"]


@dataclass(frozen=True)
class Draft:
    id: int
    kind: str
    case_ref: str | None
    saved_at: datetime
    data: dict[str, Any]


class VaultDrafts(VaultCore):
    """Drafts and settings."""

    def save_draft(self, kind: str, case_ref: str | None, data: Mapping[str, Any]) -> int:
        """Keep an unfinished form, encrypted in the vault, to offer back after unlock."""
        with self._mutex, self._tx("The draft"):
            cur = self.conn.execute(
                "INSERT INTO drafts (kind, case_ref, saved_at, data) VALUES (?, ?, ?, ?)",
                (kind, case_ref, iso(self.clock()), json.dumps(dict(data), ensure_ascii=False)),
            )
            return int(cur.lastrowid or 0)

    def drafts(self) -> list[Draft]:
        with self._mutex:
            rows = self.conn.execute(
                "SELECT id, kind, case_ref, saved_at, data FROM drafts ORDER BY id"
            ).fetchall()
        return [
            Draft(r[0], r[1], r[2], datetime.fromisoformat(r[3]), json.loads(r[4])) for r in rows
        ]

    def delete_draft(self, draft_id: int) -> None:
        with self._mutex, self._tx():
            self.conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._mutex:
            row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._mutex, self._tx():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
