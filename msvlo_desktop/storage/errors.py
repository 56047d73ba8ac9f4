"""Known storage problems, each with one plain message and a way forward.

Anything else raised from storage is a bug in the application and is reported as such.
"""

from __future__ import annotations


class VaultError(Exception):
    """A known problem with a vault. ``str(exc)`` is the message for the user."""

    exit_code = 1


class WrongPassphrase(VaultError):
    """The passphrase does not open the file, or the file is not a vault.

    SQLCipher cannot tell the two apart (that is the point of encryption), so the message
    says both; the window uses one generic message for every failure to unlock.
    """

    exit_code = 3

    def __init__(self, path: object = None) -> None:
        super().__init__(
            "The passphrase is wrong, or the file is not an MSVLO vault."
            if path is None
            else f"The passphrase is wrong, or {path} is not an MSVLO vault."
        )


class NotAVault(VaultError):
    exit_code = 3


class PlainSQLiteFile(NotAVault):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"{path} is an unencrypted SQLite database, not an MSVLO vault; "
            "it is refused so that case data is never kept unencrypted."
        )


class VaultMissing(VaultError):
    exit_code = 1

    def __init__(self, path: object) -> None:
        super().__init__(f"There is no vault at {path}. Check the path, or create a new vault.")


class VaultExists(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"{path} already exists; a new vault never overwrites a file.")


class VaultInUse(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"{path} is open in another MSVLO Desktop window or command. Close it there first."
        )


class DiskFull(VaultError):
    def __init__(self, what: str = "The change") -> None:
        super().__init__(
            f"{what} could not be saved: the disk is full. Nothing already saved has been lost; "
            "free some space and try again."
        )


class WriteFailed(VaultError):
    def __init__(self, what: str = "The change") -> None:
        super().__init__(
            f"{what} could not be saved: the disk reported a write error. Nothing already "
            "saved has been lost. Check the disk has space and is still connected, then try "
            "again."
        )


class ReadOnlyVault(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"{path} cannot be written (read-only file or folder). Copy it somewhere writable "
            "or ask IT to restore write access."
        )


class VaultDamaged(VaultError):
    def __init__(self, path: object, detail: str = "") -> None:
        msg = f"{path} is damaged and cannot be read safely"
        super().__init__(
            msg + (f" ({detail})" if detail else "") + ". Restore it from your latest backup."
        )


class NewerVault(VaultError):
    def __init__(self, path: object, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was written by a newer MSVLO Desktop (format {found}; this version reads up "
            f"to {supported}). Update the application; the file has not been touched."
        )


class CaseNotFound(VaultError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"There is no case {ref!r} in this vault.")


class CaseExists(VaultError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"A case {ref!r} already exists in this vault; nothing was imported.")


class CaseClosed(VaultError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"Case {ref} is closed; reopen it before adding to its log.")
