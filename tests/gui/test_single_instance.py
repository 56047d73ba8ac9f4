"""One window per user: a second launch brings the running window forward and hands it the
vault given on its command line; a socket left by a crashed window is taken over; and the
first launch opens a vault given as a plain argument."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer
from test_shell_support import make_settings

from msvlo_desktop.gui import app as app_module
from msvlo_desktop.gui import messages
from msvlo_desktop.gui.app import Application, claim_or_hand_over, parse_args
from msvlo_desktop.gui.single_instance import HandOverError, SingleInstance, instance_name
from msvlo_desktop.gui.unlock_dialog import UnlockDialog

TIMEOUT_MS = 10_000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def script() -> Iterator[messages.ScriptedAnswers]:
    answers = messages.ScriptedAnswers()
    messages.install_script(answers)
    yield answers
    messages.install_script(None)


@pytest.fixture
def name() -> Iterator[str]:
    """A name of this test's own, so nobody's running window (or test) is reached."""
    unique = f"msvlo-test-{uuid.uuid4().hex[:12]}"
    yield unique
    QLocalServer.removeServer(unique)


@pytest.fixture
def first(qtbot: Any, name: str) -> Iterator[SingleInstance]:
    instance = SingleInstance(name)
    assert instance.claim()
    yield instance
    instance.close()


def _hand_over(name: str, path: Path | None) -> list[BaseException | None]:
    """A second launch. It waits in an event loop of its own, in which the first (here in
    the same process) answers."""
    try:
        SingleInstance(name).hand_over(path)
    except HandOverError as exc:
        return [exc]
    return [None]


def test_a_second_launch_hands_its_vault_to_the_first(
    qtbot: Any, first: SingleInstance, name: str, tmp_path: Path
) -> None:
    second = SingleInstance(name)
    assert not second.claim(), "the name is taken while the first window runs"
    target = tmp_path / "officer two.msvlo"
    with qtbot.waitSignal(first.activated, timeout=TIMEOUT_MS) as signal:
        outcome = _hand_over(name, target)
    assert signal.args == [target]
    qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT_MS)
    assert outcome == [None]
    # Without a path the window only comes forward.
    with qtbot.waitSignal(first.activated, timeout=TIMEOUT_MS) as signal:
        outcome = _hand_over(name, None)
    assert signal.args == [None]
    qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT_MS)
    assert outcome == [None]


def test_a_stale_socket_is_taken_over(qtbot: Any, name: str) -> None:
    if sys.platform == "win32":
        pytest.skip("named pipes vanish with their process")
    # What a crashed window leaves: the socket file, with nobody listening on it.
    path = os.path.join(QDir.tempPath(), name)
    left = socket.socket(socket.AF_UNIX)
    left.bind(path)
    left.close()
    assert os.path.exists(path)
    instance = SingleInstance(name)
    try:
        assert instance.claim()
        assert instance.server is not None and instance.server.isListening()
        with qtbot.waitSignal(instance.activated, timeout=TIMEOUT_MS):
            outcome = _hand_over(name, None)
        qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT_MS)
        assert outcome == [None]
    finally:
        instance.close()


def test_the_socket_is_private_to_its_user(first: SingleInstance) -> None:
    if sys.platform == "win32":
        pytest.skip("Windows pipes carry an access list instead")
    assert first.server is not None
    mode = os.stat(first.server.fullServerName()).st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & (stat.S_IRWXG | stat.S_IRWXO) == 0


def test_the_name_is_per_user() -> None:
    assert instance_name("uid1000") != instance_name("uid1001")
    assert instance_name("uid1000") == instance_name("uid1000")
    assert "uid1000" not in instance_name("uid1000")  # the account is not on show


def test_nobody_answering_is_reported_not_waited_on(name: str) -> None:
    with pytest.raises(HandOverError, match="did not answer"):
        SingleInstance(name).hand_over(None)


def test_a_launch_hands_over_and_ends_when_a_window_runs(
    qtbot: Any, first: SingleInstance, name: str, tmp_path: Path
) -> None:
    target = tmp_path / "x.msvlo"
    with qtbot.waitSignal(first.activated, timeout=TIMEOUT_MS) as signal:
        result = claim_or_hand_over(target, name)
    assert result is None  # nothing more for this launch to do
    assert signal.args == [target.resolve()]


def test_the_first_launch_claims_the_name(qtbot: Any, name: str) -> None:
    instance = claim_or_hand_over(None, name)
    try:
        assert instance is not None and instance.server is not None
        assert instance.server.isListening()
    finally:
        assert instance is not None
        instance.close()


def test_a_separate_program_hands_over(qtbot: Any, first: SingleInstance, name: str) -> None:
    """The real thing: another process connects and hands over its path."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from msvlo_desktop.gui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "SingleInstance(sys.argv[1]).hand_over(Path(sys.argv[2]))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    with qtbot.waitSignal(first.activated, timeout=TIMEOUT_MS) as signal:
        process = subprocess.Popen(
            [sys.executable, "-c", code, name, "/srv/vaults/b.msvlo"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=TIMEOUT_MS)
    _out, err = process.communicate()
    assert process.returncode == 0, err
    assert signal.args == [Path("/srv/vaults/b.msvlo")]


# ----------------------------------------------------------------- the application


@pytest.fixture
def application(qtbot: Any, tmp_path: Path, clock: Any) -> Iterator[Application]:
    app = Application(
        make_settings(tmp_path),
        clock=clock,
        training_path=tmp_path / "data" / "training.msvlo",
        watch_session=False,
    )
    yield app
    if app.main_window is not None:
        app.main_window.close_vault()
    app.training.disable()
    app.start_window.close()
    app.start_window.deleteLater()


def test_a_vault_file_as_the_argument_opens_its_unlock_screen(
    qtbot: Any, application: Application, vault: Any
) -> None:
    path = vault.path
    vault.close()
    options = parse_args([str(path)])
    assert options.vault == path
    application.start(options.vault)
    dialog = application.start_window.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.path == path.resolve()
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)


def test_the_vault_argument_once_either_way() -> None:
    assert parse_args(["/x/y.msvlo"]).vault == Path("/x/y.msvlo")
    assert parse_args(["--vault", "/x/y.msvlo", "/x/y.msvlo"]).vault == Path("/x/y.msvlo")
    with pytest.raises(SystemExit):
        parse_args(["--vault", "/x/a.msvlo", "/x/b.msvlo"])


def test_a_handed_over_vault_opens_on_the_start_screen(
    qtbot: Any, application: Application, vault: Any
) -> None:
    path = vault.path
    vault.close()
    application.start(None)
    application.start_window.showMinimized()
    application.bring_forward(path)
    start = application.start_window
    assert start.isVisible() and not start.isMinimized()
    dialog = start.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.path == path.resolve()
    # The same vault again: the open unlock screen comes forward, no second one.
    application.bring_forward(path)
    assert start.dialog is dialog


def test_another_vault_while_one_is_being_unlocked_is_explained(
    qtbot: Any,
    application: Application,
    vault: Any,
    tmp_path: Path,
    script: messages.ScriptedAnswers,
) -> None:
    path = vault.path
    vault.close()
    application.start(path)
    dialog = application.start_window.dialog
    application.bring_forward(tmp_path / "other.msvlo")
    assert application.start_window.dialog is dialog
    assert len(script.asked) == 1
    assert "other.msvlo" in script.asked[0].text


def test_the_running_window_answers_through_main_wiring(
    qtbot: Any, application: Application, first: SingleInstance, name: str, vault: Any
) -> None:
    path = vault.path
    vault.close()
    application.start(None)
    first.activated.connect(application.bring_forward)
    outcome = _hand_over(name, path)
    qtbot.waitUntil(
        lambda: isinstance(application.start_window.dialog, UnlockDialog), timeout=TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT_MS)
    assert outcome == [None]
    assert app_module.SingleInstance is SingleInstance


def test_help_needs_no_window_system() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "msvlo_desktop.gui.app", "--help"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "VAULT.msvlo" in done.stdout and "comes forward" in done.stdout


def test_with_a_vault_open_another_is_explained_and_the_same_one_just_comes_forward(
    qtbot: Any,
    application: Application,
    vault: Any,
    tmp_path: Path,
    script: messages.ScriptedAnswers,
) -> None:
    application.start(None)
    application.open_main(vault)
    window = application.main_window
    assert window is not None
    qtbot.waitUntil(window.isVisible, timeout=TIMEOUT_MS)
    window.showMinimized()
    application.bring_forward(vault.path)
    assert not window.isMinimized() and window.isVisible()
    assert script.asked == []
    application.bring_forward(tmp_path / "someone-else.msvlo")
    [asked] = script.asked
    assert asked.title == "Another vault is open"
    assert "someone-else.msvlo" in asked.text and "close this vault" in asked.text
    assert application.main_window is window
