"""A writer the crash tests kill with SIGKILL at random moments (run as a child process).

    python crash_writer.py entries VAULT REPORT      # add entries until killed
    python crash_writer.py rekey VAULT REPORT        # change the passphrase back and forth
    python crash_writer.py backup VAULT REPORT DEST  # write backups into DEST until killed
    python crash_writer.py report - REPORT DEST      # save report files into DEST until killed
    python crash_writer.py cli-report VAULT REPORT OUT.pdf  # `msvlo report --encrypt` in a loop

Passphrases come one per line on standard input (the vault's, then for ``rekey`` the other
one). Each completed operation is appended to REPORT as one line only AFTER the vault call
has returned, so every line names something the vault said was committed. The first line,
``ready``, is written once the vault is open (``report`` opens no vault: it saves large
PDF-like files with the reports' atomic writer, over one name again and again). The anchor
folder comes from MSVLO_ANCHOR_DIR.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REFS = ("KESTREL-0001", "KESTREL-0002", "KESTREL-0003")


def _report(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode())


def report_payload(version: int) -> bytes:
    """A 1.5 MB stand-in for a PDF report whose every byte depends on ``version``."""
    head = f"%PDF-1.7 version {version}\n".encode()
    return head + bytes((version + i) % 256 for i in range(256)) * (6 * 1024)


def main(argv: list[str]) -> int:
    mode, vault_path, report = argv[0], Path(argv[1]), argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    fd = os.open(report, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    i = 0
    if mode == "report":
        from msvlo_desktop.reports.output import write_atomically

        dest = Path(argv[3])
        _report(fd, "ready")
        while True:
            write_atomically(dest / "report.pdf", report_payload(i % 200))
            _report(fd, f"saved {i % 200}")
            i += 1
    if mode == "cli-report":
        import io

        from msvlo_desktop.cli import main as msvlo

        password = sys.stdin.readline().rstrip("\n")
        _report(fd, "ready")
        args = ["report", str(vault_path), "KESTREL-0001", "-o", argv[3], "--encrypt", "--force"]
        args += ["--recipient", "DI 1150 C. Murray", "--purpose", "file review"]
        while True:
            sys.stdin = io.StringIO(f"{passphrase}\n{password}\n")
            if msvlo(args) != 0:
                return 1
            _report(fd, f"saved {i}")
            i += 1
    # Imported only here: the report mode starts faster without the vault's modules.
    from reliability_support import interaction, provision

    from msvlo_desktop.storage.vault import Vault

    vault = Vault.open(vault_path, passphrase)
    _report(fd, "ready")
    if mode == "entries":
        while True:
            ref = REFS[i % len(REFS)]
            raw = provision(f"Meal {i}") if i % 7 == 0 else interaction(i)
            entry = vault.add_entry(ref, raw)
            _report(fd, f"{ref} {entry.seq} {entry.id}")
            i += 1
    elif mode == "rekey":
        other = sys.stdin.readline().rstrip("\n")
        current = passphrase
        while True:
            target = other if current == passphrase else passphrase
            vault.rekey(target)
            current = target
            _report(fd, "rekeyed " + ("other" if current == other else "first"))
    elif mode == "backup":
        dest = Path(argv[3])
        while True:
            written = vault.backup(dest / f"backup-{os.getpid()}-{i}.msvlo")
            _report(fd, f"backup {written.name}")
            i += 1
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
