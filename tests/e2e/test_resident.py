"""The resident connector as the bookkeeper leaves it: started once, it relays whatever is
linked later, and a second start does not make a second relay."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import Pc, wait_for


def test_a_company_linked_after_the_connector_started_syncs_without_a_restart(
    pc: Pc, small_company_template: Path
) -> None:
    pc.open_quickbooks(pc.company(small_company_template, "acme.qbw"))
    resident = pc.start("connector", "connector", "run", "--poll-wait", "2")
    wait_for(lambda: "no company is linked yet" in pc.log("connector"), 30, "the connector start")
    link_id, key = pc.enable_link("Acme")

    pc.qbdlink("connector", "link", "--license-key", key, "--region", "us", "--yes", check=True)
    wait_for(
        lambda: pc.link(link_id)["state"] == "up_to_date",
        90,
        "the first sync, relayed by the connector started before the link",
        lambda: pc.log("connector") + str(pc.link(link_id)),
    )

    assert (resident.poll(), len(pc.records(link_id, "customers")) > 0) == (None, True)


def test_a_second_start_says_the_connector_already_runs_and_leaves_the_first(pc: Pc) -> None:
    first = pc.start("connector", "connector", "run", "--poll-wait", "2")
    wait_for(lambda: "connector running" in pc.log("connector"), 30, "the first connector")

    second = pc.qbdlink("connector", "run", timeout=30)

    assert (second.returncode, "already running" in second.stderr, first.poll()) == (0, True, None)


def test_status_shows_whether_the_background_program_runs(pc: Pc) -> None:
    before = pc.qbdlink("connector", "status", check=True)
    pc.start("connector", "connector", "run", "--poll-wait", "2")
    wait_for(lambda: "connector running" in pc.log("connector"), 30, "the connector start")

    after = pc.qbdlink("connector", "status", check=True)

    assert ("not running" in before.stderr, "is running (process" in after.stderr) == (True, True)


def test_stopping_the_connector_withdraws_its_control_address(pc: Pc) -> None:
    resident = pc.start("connector", "connector", "run", "--poll-wait", "1")
    control = Path(pc.env["QBDLINK_CONNECTOR_HOME"]) / "control.json"
    wait_for(control.exists, 30, "control.json", lambda: pc.log("connector"))

    resident.terminate()
    code = resident.wait(timeout=30)

    assert (code, control.exists()) == (0, False)


def test_the_python_module_entry_point_runs_the_same_command(pc: Pc) -> None:
    # What the sign-in task and the wizard start from a Python install.
    done = subprocess.run(
        [sys.executable, "-m", "qbdlink", "--help"],
        capture_output=True,
        text=True,
        env=pc.env,
        timeout=60,
        check=False,
    )

    assert "connector" in done.stdout
