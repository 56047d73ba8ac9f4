"""A writer that runs out of room: RLIMIT_FSIZE caps how large a file it may write.

    python fsize_writer.py VAULT REPORT EXTRA_BYTES   (passphrase on standard input)

Opens the vault, limits this process's files to the vault's size plus EXTRA_BYTES, then
adds entries until the vault refuses one. Each committed entry is appended to REPORT after
``add_entry`` returns; the refusal is printed to standard output as JSON (its class, whether
it is a known VaultError, and its message). SIGXFSZ is ignored so the write fails with EFBIG
instead of killing the process, as a full disk fails with ENOSPC.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path

from reliability_support import interaction

from msvlo_desktop.storage.errors import VaultError
from msvlo_desktop.storage.vault import Vault


def main(argv: list[str]) -> int:
    path, report, extra = Path(argv[0]), argv[1], int(argv[2])
    vault = Vault.open(path, sys.stdin.readline().rstrip("\n"))
    fd = os.open(report, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    wal = Path(str(path) + "-wal")
    limit = max(path.stat().st_size, wal.stat().st_size if wal.exists() else 0) + extra
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    for i in range(10_000):
        try:
            entry = vault.add_entry("KESTREL-0001", interaction(i, f"{i} " + "x" * 3000))
        except Exception as exc:
            print(
                json.dumps(
                    {
                        "class": type(exc).__name__,
                        "known": isinstance(exc, VaultError),
                        "message": str(exc),
                    }
                )
            )
            break
        os.write(fd, f"{entry.id}\n".encode())
    # The vault is left as the failure left it: no clean close, as after a crash.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
