"""One running window per user: a second launch hands its ``.msvlo`` path to the first.

The first ``msvlo-desktop`` an officer starts listens on a local socket (a Unix domain socket
in the user's runtime folder on Linux and macOS, a named pipe on Windows) whose name is made
from the user's account, so two officers on one shared computer each have their own window and
never reach the other's. The socket is private to its user (``UserAccessOption``).

A later launch connects instead of opening a second window and sends one line of JSON,
``{"open": "/path/to/vault.msvlo"}`` (``null`` without a path); the first raises its window and
shows that vault's unlock screen. The first speaks first, with its process id, so that on
Windows the second may let it come to the front (``AllowSetForegroundWindow``); it replies
``ok`` once it has acted.

A socket left behind by a window that crashed (nobody answers) is removed and taken over.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

__all__ = ["HandOverError", "SingleInstance", "instance_name"]

# How long a second launch waits for the first to answer before giving up, in milliseconds.
TIMEOUT_MS = 3000
# The most a request may hold (a path, as JSON): anything longer is not ours.
_MAX_REQUEST = 64 * 1024


class HandOverError(Exception):
    """A window is running, but it could not be given the request; the message says why."""


def _account() -> str:
    if hasattr(os, "getuid"):
        return f"uid{os.getuid()}"
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment
        return os.environ.get("USERPROFILE", "user")


def instance_name(account: str | None = None) -> str:
    """The per-user name the running window listens on: a full socket path in the user's
    private runtime folder on Linux and macOS, a pipe name on Windows."""
    digest = hashlib.sha256((account or _account()).encode("utf-8")).hexdigest()[:16]
    name = f"msvlo-desktop-{digest}"
    if sys.platform == "win32":
        return name
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if not folder:
        return name  # Qt puts it in the temporary folder
    return str(Path(folder) / name)


class SingleInstance(QObject):
    """Claims the per-user name, or hands a request to the window that holds it.

    ``activated(path)`` is emitted (path a ``Path`` or None) when a later launch asks the
    running window to come forward, with the vault it was given."""

    activated = Signal(object)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or instance_name()
        self.server: QLocalServer | None = None

    # ----------------------------------------------------------------- first launch
    def claim(self) -> bool:
        """Listen as the running window; False when another window already listens."""
        # Asked first: on Unix, listening with UserAccessOption would quietly replace the
        # socket of a window that is running.
        if self._answers():
            return False
        # Nobody answers: any socket there was left by a window that ended without closing
        # it (a crash, a power cut), and is taken over.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Not a reason to refuse to start: this window simply cannot be found by later
            # launches (they will start windows of their own).
            server.deleteLater()
            return True
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _answers(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        answered = socket.waitForConnected(TIMEOUT_MS // 3)
        socket.abort()
        return answered

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            socket.write(f"hello {os.getpid()}\n".encode("ascii"))
            socket.flush()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_request(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable() > _MAX_REQUEST:
            socket.abort()
            return
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            request = json.loads(line.decode("utf-8"))
            raw = request["open"]
            if raw is not None and not isinstance(raw, str):
                raise TypeError("open")
        except (UnicodeDecodeError, ValueError, KeyError, TypeError):
            socket.write(b"error: not a request\n")
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.activated.emit(Path(raw) if raw else None)

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    # ----------------------------------------------------------------- later launches
    def hand_over(self, path: Path | None) -> None:
        """Ask the running window to come forward and open *path* (if given).

        Waits in an event loop of its own (at most ``TIMEOUT_MS``), so the running window may
        even be in this same process (the tests). Raises ``HandOverError`` when it does not
        answer, answers wrongly or refuses."""
        exchange = _Exchange(self.name, path)
        exchange.run()
        if exchange.problem:
            raise HandOverError(exchange.problem)


class _Exchange(QObject):
    """One conversation of a later launch with the running window: greeting, request, ok."""

    def __init__(self, name: str, path: Path | None) -> None:
        super().__init__()
        self.name = name
        self.request = {"open": str(path) if path is not None else None}
        self.problem = "The running MSVLO Desktop did not answer in time."
        self._greeted = False
        self._done = False
        self._loop = QEventLoop(self)
        self._socket = QLocalSocket(self)
        self._socket.readyRead.connect(self._on_ready_read)
        self._socket.errorOccurred.connect(self._on_error)
        self._socket.disconnected.connect(self._on_disconnected)

    def run(self) -> None:
        QTimer.singleShot(TIMEOUT_MS, self._loop.quit)
        self._socket.connectToServer(self.name)
        if not self._done:  # refused at once: nothing to wait for
            self._loop.exec()
        self._socket.abort()

    def _finish(self, problem: str) -> None:
        self.problem = problem
        self._done = True
        self._loop.quit()

    def _on_ready_read(self) -> None:
        while self._socket.canReadLine():
            line = bytes(self._socket.readLine().data()).decode("utf-8", "replace").strip()
            if not self._greeted:
                if not line.startswith("hello "):
                    self._finish("The running MSVLO Desktop did not answer as expected.")
                    return
                self._greeted = True
                with contextlib.suppress(ValueError, IndexError):
                    _allow_to_come_forward(int(line.split()[1]))
                self._socket.write((json.dumps(self.request) + "\n").encode("utf-8"))
                self._socket.flush()
            elif line == "ok":
                self._finish("")
                return
            else:
                self._finish(f"The running MSVLO Desktop refused the request ({line}).")
                return

    def _on_error(self, error: QLocalSocket.LocalSocketError) -> None:
        if error == QLocalSocket.LocalSocketError.PeerClosedError:
            return  # the reply may still be in the buffer: _on_disconnected decides
        self._finish(f"The running MSVLO Desktop did not answer ({self._socket.errorString()}).")

    def _on_disconnected(self) -> None:
        if self._socket.canReadLine():
            self._on_ready_read()
        if not self._done:
            self._finish("The running MSVLO Desktop closed the connection.")


def _allow_to_come_forward(pid: int) -> None:
    """On Windows only the program in front may bring another window to the front: this
    launch is in front (the officer just started it), so it lets the running window."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(pid)
