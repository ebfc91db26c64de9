"""`qbdlink connector service ...` as a user meets it: what it prints and its exit codes, on
"Windows" (a fake Task Scheduler) and off it (the refusal)."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

from qbdlink.cli import app
from qbdlink.connector import autostart
from qbdlink.connector.autostart import Autostart, ComTaskScheduler, ConnectorCommand, WindowsUser
from tests.connector.fake_taskscheduler import FakeComError, FakeScheduleService

runner = CliRunner()
EXE = r"C:\Program Files\qbdlink\qbdlink-connector.exe"
COMMANDS = ["install", "start", "stop", "status", "remove"]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeScheduleService:
    """Pretend to be Windows, with this fake as its Task Scheduler."""
    service = FakeScheduleService()
    scheduler = ComTaskScheduler(service)
    monkeypatch.setattr(
        autostart,
        "for_this_pc",
        lambda: Autostart(
            scheduler=scheduler,
            platform="win32",
            user=WindowsUser("alice", "FRONT-DESK"),
            command=ConnectorCommand(EXE, "connector run --with-tray"),
        ),
    )
    return service


def service(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["connector", "service", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_off_windows_every_service_command_refuses_naming_windows_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setattr(autostart, "for_this_pc", lambda: Autostart(platform="linux"))

    code, output = service(command)

    assert code == 2
    assert "The background service is for Windows PCs" in output
    assert "this is Linux" in output
    assert "systemd user unit" in output
    assert "Traceback" not in output


@pytest.mark.skipif(sys.platform == "win32", reason="the real default on Windows is the real thing")
def test_the_real_default_refuses_off_windows() -> None:
    code, output = service("status")

    assert code == 2
    assert "Windows" in output
    assert "Traceback" not in output


def test_install_then_status_shows_it_running_with_its_command_line(
    fake: FakeScheduleService,
) -> None:
    code, output = service("install")
    assert code == 0, output
    assert "installed:" in output
    assert "signs in to Windows" in output
    assert "state: running" in output

    code, output = service("status")

    assert code == 0, output
    assert "installed: yes" in output
    assert "state: running" in output
    assert "last run: 2026-12-01 09:00:05; still running" in output
    assert f'command: "{EXE}" connector run' in output


def test_install_with_no_start_does_not_start_it(fake: FakeScheduleService) -> None:
    code, output = service("install", "--no-start")

    assert code == 0, output
    assert "Not started now" in output
    assert fake.runs == []
    assert "state: ready" in service("status")[1]


def test_status_of_a_missing_task_says_how_to_install(fake: FakeScheduleService) -> None:
    code, output = service("status")

    assert code == 1
    assert "installed: no; run 'qbdlink connector service install'" in output


@pytest.mark.parametrize("command", ["start", "stop"])
def test_start_and_stop_of_a_missing_task_say_how_to_install(
    fake: FakeScheduleService, command: str
) -> None:
    code, output = service(command)

    assert code == 1
    assert "not installed" in output
    assert "qbdlink connector service install" in output
    assert "Traceback" not in output


def test_stop_then_start(fake: FakeScheduleService) -> None:
    service("install")

    assert service("stop") == (0, "stopped\n")
    assert service("stop") == (0, "was not running\n")
    assert service("start") == (0, "started\n")
    assert service("start") == (0, "already running\n")


def test_remove_stops_and_deletes_then_status_says_not_installed(
    fake: FakeScheduleService,
) -> None:
    service("install")

    assert service("remove") == (0, "removed\n")
    assert fake.stops
    assert fake.tasks == {}
    assert service("status")[0] == 1
    assert service("remove") == (0, "not installed; nothing to remove\n")


def test_access_denied_on_install_says_ask_the_it_admin(fake: FakeScheduleService) -> None:
    fake.fail["RegisterTaskDefinition"] = FakeComError(0x80070005, "Access is denied.")

    code, output = service("install")

    assert code == 1
    assert "IT admin" in output
    assert "0x80070005" in output
    assert "Traceback" not in output


def test_the_help_says_it_is_a_sign_in_task_kept_under_the_name_service() -> None:
    code, output = service("--help")

    assert code == 0
    assert "Task Scheduler" in output
    assert "Windows" in output
