"""Reading the connector's log back: ``qbdlink connector logs`` and the functions behind it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qbdlink.cli import app
from qbdlink.connector import logs
from qbdlink.connector.logs import LogFolderError, follow, last_lines, open_folder, setup_logging

runner = CliRunner()
TOKEN = "qbt_" + "Zx9-Qw_" * 6


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A connector home whose log folder is ``home/logs``."""
    monkeypatch.setenv("QBDLINK_CONNECTOR_HOME", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


@pytest.fixture
def qbdlink_logger() -> Iterator[logging.Logger]:
    """The "qbdlink" logger, put back as it was (handlers closed) after the test."""
    logger = logging.getLogger("qbdlink")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    for handler in logger.handlers:
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


@pytest.fixture
def stop() -> Iterator[threading.Event]:
    """Stops a ``follow``; set after 20 s anyway, so a line that never comes fails, not hangs."""
    event = threading.Event()
    watchdog = threading.Timer(20, event.set)
    watchdog.daemon = True
    watchdog.start()
    yield event
    event.set()
    watchdog.cancel()


def write_lines(folder: Path, name: str, lines: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_last_lines_are_the_newest_oldest_first(tmp_path: Path) -> None:
    write_lines(tmp_path, "connector.log", [f"line {n}" for n in range(100)])

    assert last_lines(tmp_path, 3) == ["line 97", "line 98", "line 99"]
    assert last_lines(tmp_path, 0) == []


def test_last_lines_reach_into_the_rotated_file_when_the_current_one_is_short(
    tmp_path: Path,
) -> None:
    write_lines(tmp_path, "connector.log.2", ["oldest"])
    write_lines(tmp_path, "connector.log.1", ["older 1", "older 2"])
    write_lines(tmp_path, "connector.log", ["new 1", "new 2"])

    assert last_lines(tmp_path, 3) == ["older 2", "new 1", "new 2"]
    assert last_lines(tmp_path, 10) == ["oldest", "older 1", "older 2", "new 1", "new 2"]


def test_last_lines_mask_a_secret_that_reached_the_file_some_other_way(tmp_path: Path) -> None:
    write_lines(tmp_path, "connector.log", [f"pasted by hand: {TOKEN}"])

    assert last_lines(tmp_path, 5) == ["pasted by hand: [redacted]"]


def test_follow_yields_new_lines_through_a_rotation(
    tmp_path: Path, qbdlink_logger: logging.Logger, stop: threading.Event
) -> None:
    path = setup_logging(tmp_path)
    log = logging.getLogger("qbdlink.connector")
    log.info("before following")
    lines = follow(path, stop, interval=0.01)

    log.info("first %s", TOKEN)
    assert "first [redacted]" in next(lines)
    handler = next(h for h in qbdlink_logger.handlers if getattr(h, "baseFilename", None))
    log.info("just before the rotation")
    handler.doRollover()  # type: ignore[attr-defined]
    log.info("after the rotation")

    # The line written before the rotation (now in connector.log.1) is not lost.
    assert "just before the rotation" in next(lines)
    assert "after the rotation" in next(lines)
    stop.set()
    assert list(lines) == []


def test_follow_waits_for_the_end_of_a_half_written_line(
    tmp_path: Path, stop: threading.Event
) -> None:
    path = tmp_path / "connector.log"
    path.write_text("", encoding="utf-8")
    lines = follow(path, stop, interval=0.01)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("half")
        handle.flush()
        threading.Timer(0.1, lambda: (handle.write(" and the rest\n"), handle.flush())).start()
        line = next(lines)

    assert line == "half and the rest"


def test_open_folder_creates_the_folder_and_hands_it_to_the_opener(tmp_path: Path) -> None:
    opened: list[Path] = []
    folder = tmp_path / "logs"

    open_folder(folder, opener=opened.append)

    assert (opened, folder.is_dir()) == ([folder], True)


def test_open_folder_says_where_the_folder_is_when_no_browser_opens(tmp_path: Path) -> None:
    def broken(folder: Path) -> None:
        raise FileNotFoundError(2, "No such file or directory", "xdg-open")

    with pytest.raises(LogFolderError) as raised:
        open_folder(tmp_path, opener=broken)

    assert str(tmp_path) in str(raised.value)
    assert "Open it yourself" in str(raised.value)


def test_without_a_file_browser_program_the_default_opener_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs.sys, "platform", "linux")
    monkeypatch.setattr(logs.shutil, "which", lambda name: None)

    with pytest.raises(LogFolderError, match="xdg-open is not installed"):
        open_folder(tmp_path)


# -- the command -----------------------------------------------------------------------------


def test_logs_prints_the_folder_and_the_last_lines(home: Path) -> None:
    write_lines(home / "logs", "connector.log", [f"line {n}" for n in range(60)])

    result = runner.invoke(app, ["connector", "logs", "-n", "2"])

    assert result.exit_code == 0
    assert f"log folder: {home / 'logs'}" in result.stderr
    assert result.stdout == "line 58\nline 59\n"


def test_logs_shows_40_lines_by_default(home: Path) -> None:
    write_lines(home / "logs", "connector.log", [f"line {n}" for n in range(60)])

    result = runner.invoke(app, ["connector", "logs"])

    assert result.stdout.splitlines() == [f"line {n}" for n in range(20, 60)]


def test_logs_before_the_connector_ever_ran_says_where_the_log_will_be(home: Path) -> None:
    result = runner.invoke(app, ["connector", "logs"])

    assert result.exit_code == 0
    assert f"No log yet: the connector writes {home / 'logs' / 'connector.log'}" in result.stderr
    assert "qbdlink connector run" in result.stderr


def test_logs_open_opens_the_folder(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(logs, "default_opener", lambda: opened.append)

    result = runner.invoke(app, ["connector", "logs", "--open"])

    assert (result.exit_code, opened) == (0, [home / "logs"])


def test_logs_open_without_a_file_browser_fails_with_the_folder_named(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(folder: Path) -> None:
        raise OSError("no display")

    monkeypatch.setattr(logs, "default_opener", lambda: broken)

    result = runner.invoke(app, ["connector", "logs", "--open"])

    assert result.exit_code == 1
    assert "Could not open the log folder" in result.stderr
    assert str(home / "logs") in result.stderr
