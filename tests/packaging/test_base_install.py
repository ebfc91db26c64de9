"""The base install (``pip install qbdlink``) carries neither the server stack nor Qt.

Three checks, from fast to slow:

- in a fresh interpreter where the hub's and the GUI's packages cannot be imported (an import
  hook refuses them and records every attempt), the base commands run and attempt none of
  them, every module of the base packages imports, and the commands that need an extra say
  which one, without a traceback;
- the wheel's metadata: the base requirements name no server or GUI package, the extras do;
- the wheel installed into an empty virtualenv (from uv's cache, offline if it can) runs
  ``qbdlink --version``, ``qbdlink connector --help`` and ``connector status``, with no server
  or GUI package there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from qbdlink.qbxml import Request, encode_requests

REPO = Path(__file__).resolve().parents[2]
# The packages the base install must not need: the hub's ("hub" extra) and Qt ("connector").
SERVER = (
    "fastapi",
    "starlette",
    "uvicorn",
    "sqlalchemy",
    "alembic",
    "psycopg",
    "pydantic_settings",
)
GUI = ("PySide6", "shiboken6")
HUB_MESSAGE = "The hub needs the server parts: pip install 'qbdlink[hub]'"
CONNECTOR_EXTRA = "pip install 'qbdlink[connector]'"

# Runs in a fresh interpreter: refuse (and record) the server and GUI packages, then run the
# commands given on stdin with typer's CliRunner and print what happened as JSON.
PROBE = r"""
import importlib, importlib.abc, json, pkgutil, sys

BLOCKED = set(sys.argv[1].split(","))
attempts = []

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in BLOCKED:
            attempts.append(name)
            message = f"No module named {name!r} (not in the base install)"
            raise ModuleNotFoundError(message, name=name)
        return None

sys.meta_path.insert(0, Refuse())
plan = json.load(sys.stdin)
report = {"imports": {}, "commands": []}

import qbdlink.cli
report["imports"]["qbdlink.cli"] = list(attempts)
for package in plan["packages"]:
    module = importlib.import_module(package)
    names = [package] + [
        info.name for info in pkgutil.walk_packages(module.__path__, package + ".")
        if info.name not in plan["gui_modules"]
    ]
    for name in names:
        before = len(attempts)
        importlib.import_module(name)
        report["imports"][name] = attempts[before:]

from typer.testing import CliRunner
runner = CliRunner()
for command in plan["commands"]:
    before = len(attempts)
    result = runner.invoke(qbdlink.cli.app, command["args"], input=command.get("input"))
    report["commands"].append({
        "args": command["args"],
        "exit_code": result.exit_code,
        "output": result.output,
        "exception": None if result.exception is None or isinstance(result.exception, SystemExit)
        else repr(result.exception),
        "attempts": attempts[before:],
    })
print(json.dumps(report))
"""


def uv() -> str:
    """The uv executable: the one running us (``uv run`` sets $UV), else the one on PATH."""
    found = os.environ.get("UV") or shutil.which("uv")
    if not found:
        pytest.fail("uv is needed to build and install the wheel: run the tests with 'make test'")
    return found


def probe(tmp_path: Path, plan: dict[str, Any]) -> dict[str, Any]:
    """Run PROBE with ``plan`` in a fresh interpreter whose home is under ``tmp_path``."""
    environment = {
        **os.environ,
        "QBDLINK_CONNECTOR_HOME": str(tmp_path / "connector"),
        "QBDLINK_TOKEN_STORE": "file",
        "COLUMNS": "200",  # no wrapping inside the messages checked below
    }
    environment.pop("QBDLINK_DATABASE_URL", None)
    finished = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(SERVER + GUI)],
        input=json.dumps({"gui_modules": [], "packages": [], "commands": [], **plan}),
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    report: dict[str, Any] = json.loads(finished.stdout)
    return report


def test_base_commands_and_packages_import_no_server_or_gui_package(tmp_path: Path) -> None:
    request = tmp_path / "query.xml"
    request.write_bytes(
        encode_requests([Request("CustomerQueryRq", {"MaxReturned": 1}, request_id="1")])
    )
    company = tmp_path / "acme.qbw"
    commands = [
        ["--help"],
        ["--version"],
        ["qbxml", "--help"],
        ["qbxml", "validate", str(request)],
        ["qbxml", "to-json", str(request)],
        ["sim", "--help"],
        ["sim", "open", "--help"],
        ["sim", "new", str(company), "--name", "Acme"],
        ["sim", "process", str(company), str(request)],
        ["connector", "--help"],
        ["connector", "status"],
        ["connector", "logs"],
        ["connector", "pause"],
        ["hub", "--help"],  # the group's help works; its commands need the extra (below)
    ]
    report = probe(
        tmp_path,
        {
            # Every module of the base packages; the Qt windows alone are Qt by design.
            "packages": [
                "qbdlink.qbxml",
                "qbdlink.simulator",
                "qbdlink.quickbooks",
                "qbdlink.agentapi",
                "qbdlink.connector",
            ],
            "gui_modules": ["qbdlink.connector.wizard", "qbdlink.connector.tray"],
            "commands": [{"args": args} for args in commands],
        },
    )

    attempted = {name: tried for name, tried in report["imports"].items() if tried}
    assert attempted == {}
    assert "qbdlink.simulator.server" in report["imports"]  # what `sim open` runs
    assert "qbdlink.connector.service" in report["imports"]
    for command in report["commands"]:
        summary = (command["args"], command["exit_code"], command["exception"])
        assert summary == (command["args"], 0, None), command["output"]
        assert command["attempts"] == [], command["args"]
    outputs = {" ".join(c["args"]): c["output"] for c in report["commands"]}
    assert outputs["--version"] == f"qbdlink {version('qbdlink')}\n"
    assert "CustomerQueryRs" in outputs[f"sim process {company} {request}"]


def test_commands_that_need_an_extra_name_it_without_a_traceback(tmp_path: Path) -> None:
    commands = [
        ["hub", "serve"],
        ["hub", "tenant", "create", "Acme"],
        ["hub", "link", "enable", "--tenant", "Acme"],
        ["demo", "--exit"],
        ["connector", "wizard"],
        ["connector", "tray"],
    ]
    report = probe(tmp_path, {"commands": [{"args": args} for args in commands]})

    results = {" ".join(c["args"]): c for c in report["commands"]}
    for name in ("hub serve", "hub tenant create Acme", "hub link enable --tenant Acme"):
        assert results[name]["exit_code"] == 1
        assert HUB_MESSAGE in results[name]["output"]
    assert results["demo --exit"]["exit_code"] == 1
    assert HUB_MESSAGE in results["demo --exit"]["output"]
    for name in ("connector wizard", "connector tray"):
        assert results[name]["exit_code"] == 1
        assert CONNECTOR_EXTRA in results[name]["output"]
        assert "PySide6" in results[name]["output"]
    for result in results.values():
        assert result["exception"] is None
        assert "Traceback" not in result["output"]


# -- the wheel -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built once (QBDLINK_NO_ACCEL: nothing is compiled, so it is fast)."""
    out = tmp_path_factory.mktemp("wheel")
    environment = {**os.environ, "QBDLINK_NO_ACCEL": "1"}
    subprocess.run(
        [uv(), "build", "--wheel", "--out-dir", str(out), "--quiet"],
        cwd=REPO,
        env=environment,
        check=True,
        timeout=300,
    )
    (built,) = out.glob("qbdlink-*.whl")
    return built


def requirements(wheel: Path) -> tuple[list[str], dict[str, list[str]]]:
    """The wheel's base requirement names and, per extra, the names the extra adds."""
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = Parser().parsestr(archive.read(name).decode("utf-8"))
    base: list[str] = []
    extras: dict[str, list[str]] = {extra: [] for extra in metadata.get_all("Provides-Extra")}
    for line in metadata.get_all("Requires-Dist"):
        requirement, _, marker = line.partition(";")
        package = requirement.split("[")[0].split(">")[0].split("=")[0].split("<")[0].strip()
        extra = next((e for e in extras if f"extra == '{e}'" in marker), None)
        (extras[extra] if extra else base).append(package.lower())
    return base, extras


def test_the_wheel_requires_no_server_or_gui_package_and_its_extras_do(wheel: Path) -> None:
    base, extras = requirements(wheel)

    server = {"fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg", "pydantic-settings"}
    gui = {"pyside6-essentials", "pyside6", "pywin32"}
    assert set(base) & (server | gui) == set()
    assert {"lxml", "typer", "httpx", "pydantic", "keyring", "filelock"} <= set(base)
    assert server <= set(extras["hub"])
    assert {"pyside6-essentials", "pywin32", "tuf"} <= set(extras["connector"])
    assert set(extras["connector"]) & server == set()


def _install(venv_python: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [uv(), "pip", "install", "--python", str(venv_python)]
    return subprocess.run(
        [*command, "--quiet", *arguments], capture_output=True, text=True, timeout=300, check=False
    )


def test_the_base_wheel_installs_and_runs_in_an_empty_virtualenv(
    wheel: Path, tmp_path: Path
) -> None:
    # The base dependencies pinned by uv.lock, with their files' URLs: uv's cache holds those
    # files once the project was synced, so this works offline; online is the fallback.
    pylock = tmp_path / "pylock.toml"
    export = ["export", "--frozen", "--no-dev", "--no-emit-project", "--format", "pylock.toml"]
    subprocess.run(
        [uv(), *export, "--quiet", "-o", str(pylock)],
        cwd=REPO,
        check=True,
        timeout=120,
    )
    venv = tmp_path / "venv"
    subprocess.run(
        [uv(), "venv", "--quiet", "--python", sys.executable, str(venv)],
        check=True,
        timeout=120,
    )
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    done = _install(python, "--offline", "-r", str(pylock))
    if done.returncode != 0:  # uv's cache lacks a file: fetch it (the index is reachable)
        done = _install(python, "-r", str(pylock))
    assert done.returncode == 0, done.stderr
    done = _install(python, "--offline", "--no-deps", str(wheel))
    assert done.returncode == 0, done.stderr
    # The installed set satisfies every requirement the wheel declares.
    check = subprocess.run(
        [uv(), "pip", "check", "--python", str(python)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr

    installed = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m; print(m.packages_distributions())"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    for package in SERVER + GUI:
        assert f"'{package}'" not in installed
    qbdlink = python.parent / ("qbdlink.exe" if sys.platform == "win32" else "qbdlink")
    environment = {
        **os.environ,
        "QBDLINK_CONNECTOR_HOME": str(tmp_path / "home"),
        "QBDLINK_TOKEN_STORE": "file",
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(qbdlink), *args],
            capture_output=True,
            text=True,
            env=environment | {"COLUMNS": "200"},
            timeout=60,
            check=False,
        )

    assert run("--version").stdout == f"qbdlink {version('qbdlink')}\n"
    connector_help = run("connector", "--help")
    assert (connector_help.returncode, "status" in connector_help.stdout) == (0, True)
    status = run("connector", "status")
    assert (status.returncode, "No company is linked yet" in status.stderr) == (0, True)
    hub = run("hub", "serve")
    assert (hub.returncode, "Traceback" in hub.stderr) == (1, False)
    assert HUB_MESSAGE in hub.stderr
    update = run("connector", "update", "--check")
    assert (update.returncode, "Traceback" in update.stderr) == (1, False)
    assert "qbdlink[connector]" in update.stderr
    # The qbXML tools work from the base install.
    request = tmp_path / "query.xml"
    request.write_bytes(encode_requests([Request("CustomerQueryRq", {}, request_id="1")]))
    as_json = run("qbxml", "to-json", str(request))
    assert (as_json.returncode, "CustomerQueryRq" in as_json.stdout) == (0, True), as_json.stderr
