"""The one-file connector: its Windows version resource, its icon, and the built binary itself.

The binary is built here without Qt (``--no-qt``): about 40 s on this project's machines
instead of about 90 s, and the Qt part is PyInstaller's own PySide6 hook, exercised by the
Windows release build (docs/decisions.md, "Packaging the connector").
"""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"


@pytest.fixture(scope="module")
def packager() -> Iterator[ModuleType]:
    """scripts/package_connector.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "package_connector", REPO / "scripts" / "package_connector.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["package_connector"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("package_connector", None)


@pytest.fixture
def entry(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """packaging/qbdlink_connector.py (the binary's entry script) as a module."""
    spec = importlib.util.spec_from_file_location(
        "qbdlink_connector_entry", PACKAGING / "qbdlink_connector.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_started_with_no_arguments_the_binary_opens_the_wizard(
    entry: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[str]] = []
    monkeypatch.setattr("qbdlink.cli.main", lambda: seen.append(list(sys.argv)))
    monkeypatch.setattr(sys, "argv", ["qbdlink-connector"])

    entry.main()

    assert seen == [["qbdlink-connector", "connector", "wizard"]]


class FakeKernel32:
    """``ctypes.WinDLL("kernel32")``: AttachConsole answers as told and remembers its calls."""

    def __init__(self, attaches: bool) -> None:
        self.attaches = attaches
        self.calls: list[int] = []

    def AttachConsole(self, process: int) -> int:  # the Win32 name
        self.calls.append(process)
        return int(self.attaches)


@pytest.mark.parametrize("attaches", [True, False], ids=["from-a-console", "from-explorer"])
def test_a_windowed_binary_writes_to_its_parents_console_or_nowhere(
    entry: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, attaches: bool
) -> None:
    import ctypes

    kernel32 = FakeKernel32(attaches)
    monkeypatch.setattr(entry.sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, **_: kernel32, raising=False)
    monkeypatch.chdir(tmp_path)  # off Windows, "CONOUT$" is just a file name: keep it here
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        attached = entry.attach_parent_console()
        names = (sys.stdout.name, sys.stderr.name)
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.close()

    assert (attached, kernel32.calls) == (attaches, [entry.ATTACH_PARENT_PROCESS])
    expected = "CONOUT$" if attaches else os.devnull
    assert names == (expected, expected)


def test_streams_that_exist_are_left_alone(
    entry: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ctypes

    kernel32 = FakeKernel32(attaches=True)
    monkeypatch.setattr(entry.sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, **_: kernel32, raising=False)
    stdout, stderr = sys.stdout, sys.stderr  # as with output redirected to a file or a pipe

    assert entry.attach_parent_console() is False
    assert (sys.stdout, sys.stderr, kernel32.calls) == (stdout, stderr, [])


# -- the Windows version resource ------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.3.4.5", (2, 3, 4, 5)),
        ("1.4.0rc1", (1, 4, 0, 0)),
        ("1.4.0.post2", (1, 4, 0, 0)),
        ("0.2.0+selfupdate.test", (0, 2, 0, 0)),
    ],
)
def test_a_version_becomes_windows_four_numbers_and_a_valid_resource(
    packager: ModuleType, tmp_path: Path, version: str, numbers: tuple[int, ...]
) -> None:
    path = tmp_path / "version_info.txt"
    path.write_text(packager.version_info_text(version), encoding="utf-8")

    raw = packager.validate_version_info(path, version)

    assert packager.windows_version_tuple(version) == numbers
    assert "VS_VERSION_INFO".encode("utf-16-le") in raw
    assert version.encode("utf-16-le") in raw  # the FileVersion/ProductVersion strings


@pytest.mark.parametrize("version", ["", "v1.0", "1.x", "1..2", "70000.0", "1.0 beta"])
def test_a_version_windows_cannot_carry_is_refused_before_building(
    packager: ModuleType, version: str
) -> None:
    with pytest.raises(packager.PackagingError):
        packager.windows_version_tuple(version)


def test_a_resource_that_does_not_match_its_version_is_refused(
    packager: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "version_info.txt"
    path.write_text(packager.version_info_text("1.2.3"), encoding="utf-8")

    with pytest.raises(packager.PackagingError, match="FILEVERSION"):
        packager.validate_version_info(path, "1.2.4")
    path.write_text("VSVersionInfo(ffi=", encoding="utf-8")
    with pytest.raises(packager.PackagingError, match="not a valid Windows version resource"):
        packager.validate_version_info(path, "1.2.3")


# -- the icon --------------------------------------------------------------------------------


def test_the_icon_is_an_ico_of_png_images_up_to_256_pixels() -> None:
    data = (PACKAGING / "qbdlink.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        image = data[offset : offset + length]
        assert (planes, bits, image[:8]) == (1, 32, b"\x89PNG\r\n\x1a\n")
        assert struct.unpack_from(">II", image, 16) == (width or 256, height or 256)
        sizes.append(width or 256)

    assert (reserved, kind) == (0, 1)
    assert {16, 32, 48, 256} <= set(sizes)
    png = (PACKAGING / "qbdlink.png").read_bytes()
    assert (png[:8], struct.unpack_from(">II", png, 16)) == (b"\x89PNG\r\n\x1a\n", (256, 256))


# -- the binary ------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_one_file_connector_prints_its_version_and_status(
    connector_builds: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    # Built once per run (tests/conftest.py), shared with the self-update test.
    first, second = (SimpleNamespace(**connector_builds[v]) for v in ("1.0.0", "2.0.0"))
    first.binary, second.binary = Path(first.binary), Path(second.binary)
    home = tmp_path / "home"
    environment = {
        **os.environ,
        "QBDLINK_CONNECTOR_HOME": str(home),
        "QBDLINK_TOKEN_STORE": "file",
        "COLUMNS": "200",
    }

    def run(binary: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(binary), *args], capture_output=True, text=True, env=environment, timeout=120
        )

    expected_name = "qbdlink-connector" + (".exe" if sys.platform == "win32" else "")
    assert (first.binary.name, second.binary.name) == (expected_name, expected_name)
    assert run(first.binary, "--version").stdout == "qbdlink 1.0.0\n"
    assert run(second.binary, "--version").stdout == "qbdlink 2.0.0\n"
    status = run(first.binary, "connector", "status")
    assert status.returncode == 0, status.stderr
    assert "No company is linked yet" in status.stderr
    # The server parts are not in it: the hub commands say so instead of a traceback.
    hub = run(first.binary, "hub", "serve")
    assert (hub.returncode, "Traceback" in hub.stderr) == (1, False)
    assert "does not include them" in hub.stderr
    assert second.seconds < first.seconds
    print(
        f"\none-file connector (no Qt): {first.size_bytes / 1e6:.1f} MB; first build "
        f"{first.seconds:.0f} s, second (another version) {second.seconds:.0f} s"
    )
