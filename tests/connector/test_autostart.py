"""The sign-in task (`connector service`): what is registered with Task Scheduler, and how each
command behaves, against a fake of Task Scheduler's COM objects (tests run on Linux)."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest

from qbdlink.connector.autostart import (
    Autostart,
    ComTaskScheduler,
    ConnectorCommand,
    WindowsUser,
    connector_command,
    current_windows_user,
    describe_result,
    refusal,
)
from qbdlink.connector.errors import AutostartNotInstalled, AutostartProblem, NotOnWindows
from tests.connector.fake_taskscheduler import FakeComError, FakeScheduleService

ALICE = WindowsUser("alice", "FRONT-DESK")
EXE = r"C:\Program Files\qbdlink\qbdlink-connector.exe"
PACKAGED = ConnectorCommand(EXE, "connector run --with-tray")
TASK = "qbdlink connector (alice)"


@pytest.fixture
def fake() -> FakeScheduleService:
    return FakeScheduleService()


def autostart_on(
    fake: FakeScheduleService,
    *,
    user: WindowsUser = ALICE,
    command: ConnectorCommand = PACKAGED,
    platform: str = "win32",
) -> Autostart:
    return Autostart(
        scheduler=ComTaskScheduler(fake), platform=platform, user=user, command=command
    )


def test_install_registers_a_task_that_runs_connector_run_when_this_user_signs_in(
    fake: FakeScheduleService,
) -> None:
    autostart_on(fake).install()

    [(name, definition, flags, user, password, logon)] = fake.registrations
    assert name == TASK
    [trigger] = definition.Triggers.items
    assert trigger.Type == 9  # TASK_TRIGGER_LOGON
    assert trigger.UserId == r"FRONT-DESK\alice"  # this user's sign-in, nobody else's
    [action] = definition.Actions.items
    assert action.Type == 0  # TASK_ACTION_EXEC
    assert (action.Path, action.Arguments) == (EXE, "connector run --with-tray")
    # In the user's own session, not elevated, with no stored password.
    assert definition.Principal.UserId == r"FRONT-DESK\alice"
    assert definition.Principal.LogonType == 3  # TASK_LOGON_INTERACTIVE_TOKEN
    assert definition.Principal.RunLevel == 0  # TASK_RUNLEVEL_LUA
    assert (flags, user, password, logon) == (6, r"FRONT-DESK\alice", None, 3)


def test_the_task_has_no_time_limit_restarts_on_failure_and_runs_on_battery(
    fake: FakeScheduleService,
) -> None:
    autostart_on(fake).install()

    settings = fake.registrations[0][1].Settings
    assert settings.ExecutionTimeLimit == "PT0S"  # Task Scheduler's default stops it at 72 h
    assert settings.RestartInterval == "PT1M"
    assert 1 <= settings.RestartCount <= 255
    assert settings.DisallowStartIfOnBatteries is False
    assert settings.StopIfGoingOnBatteries is False
    assert settings.MultipleInstances == 2  # TASK_INSTANCES_IGNORE_NEW: never a second copy
    assert settings.Enabled is True


def test_install_starts_the_connector_now(fake: FakeScheduleService) -> None:
    status = autostart_on(fake).install()

    assert fake.runs == [TASK]
    assert status.installed
    assert status.running
    assert status.last_result == "still running"


def test_install_with_no_start_registers_without_starting(fake: FakeScheduleService) -> None:
    status = autostart_on(fake).install(start=False)

    assert fake.runs == []
    assert status.installed
    assert status.state == "ready"
    assert status.last_run is None
    assert status.last_result == "has not run yet"


def test_install_twice_leaves_one_task_and_one_running_connector(
    fake: FakeScheduleService,
) -> None:
    autostart = autostart_on(fake)
    autostart.install()
    autostart.install()

    assert list(fake.tasks) == [TASK]
    assert [flags for _, _, flags, *_ in fake.registrations] == [6, 6]  # create or update
    assert fake.runs == [TASK]  # the second install found it running


def test_each_windows_user_gets_a_task_of_their_own(fake: FakeScheduleService) -> None:
    autostart_on(fake).install()
    autostart_on(fake, user=WindowsUser("bob", "FRONT-DESK")).install()

    assert sorted(fake.tasks) == [TASK, "qbdlink connector (bob)"]


def test_a_user_name_cannot_make_the_task_name_a_folder_path(fake: FakeScheduleService) -> None:
    autostart_on(fake, user=WindowsUser(r"ann\odd/name")).install()

    assert list(fake.tasks) == ["qbdlink connector (ann_odd_name)"]


def test_status_shows_state_last_run_result_and_command_line(fake: FakeScheduleService) -> None:
    autostart = autostart_on(fake)
    autostart.install()

    status = autostart.status()

    assert status.installed
    assert status.state == "running"
    # Task Scheduler's times are the PC's local time (pywin32 labels them UTC).
    assert status.last_run == datetime(2026, 12, 1, 9, 0, 5)
    assert status.command_line == f'"{EXE}" connector run --with-tray'
    assert status.current


def test_status_of_a_missing_task_says_it_is_not_installed(fake: FakeScheduleService) -> None:
    status = autostart_on(fake).status()

    assert not status.installed
    assert status.name == TASK
    assert status.state is None


def test_status_tells_when_the_task_runs_another_command_than_this_one(
    fake: FakeScheduleService,
) -> None:
    autostart_on(fake).install()
    elsewhere = ConnectorCommand(r"D:\new\qbdlink-connector.exe", "connector run --with-tray")

    status = autostart_on(fake, command=elsewhere).status()

    assert not status.current
    assert status.command_line == f'"{EXE}" connector run --with-tray'


@pytest.mark.parametrize("command", ["start", "stop"])
def test_start_and_stop_of_a_missing_task_say_how_to_install(
    fake: FakeScheduleService, command: str
) -> None:
    with pytest.raises(AutostartNotInstalled) as caught:
        getattr(autostart_on(fake), command)()

    assert "not installed" in str(caught.value)
    assert "qbdlink connector service install" in str(caught.value)
    assert fake.runs == []
    assert fake.stops == []


def test_start_runs_a_stopped_task_and_leaves_a_running_one_alone(
    fake: FakeScheduleService,
) -> None:
    autostart = autostart_on(fake)
    autostart.install(start=False)

    assert autostart.start() is True
    assert autostart.start() is False
    assert fake.runs == [TASK]


def test_stop_stops_a_running_connector_once(fake: FakeScheduleService) -> None:
    autostart = autostart_on(fake)
    autostart.install()

    assert autostart.stop() is True
    assert autostart.stop() is False
    assert fake.stops == [TASK]
    status = autostart.status()
    assert status.state == "ready"
    assert "stopped" in (status.last_result or "")


def test_start_of_a_disabled_task_says_to_reinstall_and_does_not_run_it(
    fake: FakeScheduleService,
) -> None:
    autostart = autostart_on(fake)
    autostart.install(start=False)
    fake.tasks[TASK].Definition.Settings.Enabled = False  # someone disabled it in Task Scheduler
    fake.tasks[TASK].State = 1

    with pytest.raises(AutostartProblem) as caught:
        autostart.start()

    assert caught.value.code == "autostart_disabled"
    assert "qbdlink connector service install" in str(caught.value)
    assert fake.runs == []
    assert autostart.status().state == "disabled"


def test_install_enables_a_disabled_task_again(fake: FakeScheduleService) -> None:
    autostart = autostart_on(fake)
    autostart.install(start=False)
    fake.tasks[TASK].Definition.Settings.Enabled = False

    assert autostart.install().running


def test_remove_stops_the_connector_then_deletes_the_task(fake: FakeScheduleService) -> None:
    autostart = autostart_on(fake)
    autostart.install()

    assert autostart.remove() is True

    assert fake.stops == [TASK]
    assert fake.tasks == {}
    assert autostart.remove() is False  # nothing left to remove, and no error


def test_access_denied_by_policy_keeps_the_hresult_and_says_ask_the_it_admin(
    fake: FakeScheduleService,
) -> None:
    fake.fail["RegisterTaskDefinition"] = FakeComError(0x80070005, "Access is denied.")

    with pytest.raises(AutostartProblem) as caught:
        autostart_on(fake).install()

    assert caught.value.hresult == 0x80070005
    assert caught.value.code == "autostart_access_denied"
    assert "IT admin" in str(caught.value)
    assert fake.tasks == {}


def test_a_stopped_task_scheduler_service_says_to_start_it(fake: FakeScheduleService) -> None:
    # Connect fails by itself (no EXCEPINFO): SCHED_E_SERVICE_NOT_RUNNING.
    fake.fail["Connect"] = FakeComError(
        0x80041315, "The Task Scheduler service is not running.", direct=True
    )

    with pytest.raises(AutostartProblem) as caught:
        autostart_on(fake).status()

    assert caught.value.hresult == 0x80041315
    assert caught.value.code == "task_scheduler_unavailable"
    assert "Task Scheduler service is not running" in str(caught.value)


def test_an_unknown_hresult_is_named_in_hex_with_what_windows_said(
    fake: FakeScheduleService,
) -> None:
    fake.fail["Run"] = FakeComError(0x8004131E, "The task cannot be started after the end.")

    with pytest.raises(AutostartProblem) as caught:
        autostart_on(fake).install()

    assert caught.value.hresult == 0x8004131E
    assert "0x8004131E" in str(caught.value)
    assert "The task cannot be started after the end." in str(caught.value)


def test_an_error_that_is_not_from_com_is_not_disguised(fake: FakeScheduleService) -> None:
    fake.fail["GetTask"] = KeyError("a bug")  # type: ignore[assignment]

    with pytest.raises(KeyError):
        autostart_on(fake).status()


@pytest.mark.parametrize("command", ["install", "start", "stop", "status", "remove"])
def test_off_windows_every_command_refuses_naming_windows_and_touches_nothing(
    fake: FakeScheduleService, command: str
) -> None:
    with pytest.raises(NotOnWindows) as caught:
        getattr(autostart_on(fake, platform="linux"), command)()

    assert "Windows" in str(caught.value)
    assert "this is Linux" in str(caught.value)
    assert "qbdlink connector run" in str(caught.value)
    assert not fake.connected
    assert fake.registrations == []


def test_the_refusal_on_a_mac_names_macos_and_launchd() -> None:
    message = refusal("darwin")

    assert "Windows" in message
    assert "this is macOS" in message
    assert "launchd" in message


def test_the_packaged_connector_runs_itself_with_connector_run() -> None:
    command = connector_command(executable=EXE, frozen=True, exists=lambda _: True)

    assert command == PACKAGED
    assert command.command_line == f'"{EXE}" connector run --with-tray'


def test_a_python_install_runs_the_module_without_a_console_window() -> None:
    python = r"C:\Users\alice\qbdlink\.venv\Scripts\python.exe"
    pythonw = r"C:\Users\alice\qbdlink\.venv\Scripts\pythonw.exe"

    command = connector_command(executable=python, frozen=False, exists=lambda p: p == pythonw)

    assert command == ConnectorCommand(pythonw, "-m qbdlink connector run --with-tray")


def test_a_python_install_without_pythonw_runs_python_itself() -> None:
    python = r"C:\Python311\python.exe"

    command = connector_command(executable=python, frozen=False, exists=lambda _: False)

    assert command == ConnectorCommand(python, "-m qbdlink connector run --with-tray")


def test_python_dash_m_qbdlink_is_the_qbdlink_command() -> None:
    # The sign-in task of a Python install runs `python -m qbdlink connector run`.
    result = subprocess.run(
        [sys.executable, "-m", "qbdlink", "connector", "run", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout


def test_the_windows_user_comes_from_the_sign_in_environment() -> None:
    user = current_windows_user({"USERNAME": "alice", "USERDOMAIN": "FRONT-DESK"})

    assert user.user_id == r"FRONT-DESK\alice"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (0x41303, "has not run yet"),
        (1, "exited with code 1"),
        (-2147024894, "could not find the program"),  # 0x80070002, as pywin32 reports it
        (0x800710E0, "already running"),
    ],
)
def test_the_last_result_is_put_in_words(code: int, words: str) -> None:
    assert words in describe_result(code)


def test_stop_first_asks_the_connector_to_quit_by_itself_and_does_not_kill_it(
    fake: FakeScheduleService,
) -> None:
    def quits_by_itself() -> bool:
        fake.tasks[TASK].State = 3  # it finished its job and exited
        return True

    autostart = Autostart(
        scheduler=ComTaskScheduler(fake),
        platform="win32",
        user=ALICE,
        command=PACKAGED,
        ask_to_quit=quits_by_itself,
    )
    autostart.install()

    assert (autostart.stop(), fake.stops) == (True, [])


def test_stop_forces_a_connector_that_does_not_answer(fake: FakeScheduleService) -> None:
    autostart = Autostart(
        scheduler=ComTaskScheduler(fake),
        platform="win32",
        user=ALICE,
        command=PACKAGED,
        ask_to_quit=lambda: False,
    )
    autostart.install()

    assert (autostart.stop(), fake.stops) == (True, [TASK])
