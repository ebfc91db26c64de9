"""The resident connector: one per user, every linked company relayed, changes picked up live."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from qbdlink.connector import Connector
from qbdlink.connector import config as config_module
from qbdlink.connector.config import ConnectorConfig, LinkEntry
from qbdlink.connector.control import CONTROL_FILE, ControlClient
from qbdlink.connector.errors import AlreadyRunning, NotRunning
from qbdlink.connector.resident import (
    Supervisor,
    Waker,
    plan,
    signature,
    single_instance,
)
from qbdlink.connector.secrets import FileTokenStore
from qbdlink.quickbooks import ComRequestProcessor

VERIFIED = datetime(2026, 12, 1, tzinfo=UTC)


def _entry(
    link_id: str, *, verified: bool = True, paused: bool = False, file: str = ""
) -> LinkEntry:
    return LinkEntry(
        name=link_id.removeprefix("lnk_").title(),
        link_id=link_id,
        region="us",
        hub_url="http://hub.test",
        company_file=file or f"C:\\{link_id}.qbw",
        verified_at=VERIFIED if verified else None,
        paused=paused,
    )


# -- plan ------------------------------------------------------------------------------------------
entries = st.lists(
    st.builds(
        _entry,
        st.sampled_from(["lnk_a", "lnk_b", "lnk_c", "lnk_d"]),
        verified=st.booleans(),
        paused=st.booleans(),
        file=st.sampled_from(["", "C:\\other.qbw"]),
    ),
    unique_by=lambda e: e.link_id,
)


@given(
    config=entries,
    running=st.dictionaries(
        st.sampled_from(["lnk_a", "lnk_b", "lnk_c", "lnk_e"]),
        st.sampled_from([("old",), ("http://hub.test", "us", "C:\\lnk_a.qbw", None, VERIFIED)]),
    ),
    stopping=st.sets(st.sampled_from(["lnk_a", "lnk_b", "lnk_d"])),
)
def test_after_a_plan_every_wanted_link_has_one_relay_and_no_other_link_has_any(
    config: list[LinkEntry], running: dict[str, tuple[object, ...]], stopping: set[str]
) -> None:
    assume(not set(running) & stopping)  # the supervisor never holds both for one link
    changes = plan(config, running, stopping)

    after = {lid: sig for lid, sig in running.items() if lid not in changes.stop}
    after.update(
        {lid: signature(next(e for e in config if e.link_id == lid)) for lid in changes.start}
    )
    wanted = {e.link_id: signature(e) for e in config if e.verified_at and not e.paused}
    # What is still winding down (or was just stopped) starts on a later plan.
    pending = {lid for lid in wanted if lid in stopping or lid in changes.stop}
    assert (after, set(changes.start) & set(running)) == (
        {lid: sig for lid, sig in wanted.items() if lid not in pending},
        set(),
    )


def test_a_link_verified_again_on_another_file_is_restarted() -> None:
    before = _entry("lnk_a")
    after = _entry("lnk_a", file="C:\\moved\\a.qbw")

    first = plan([after], {"lnk_a": signature(before)})
    second = plan([after], {}, stopping=[])

    assert (first.stop, first.start, second.start) == (("lnk_a",), (), ("lnk_a",))


# -- waker -----------------------------------------------------------------------------------------
def test_a_wake_cuts_a_backoff_short_without_stopping() -> None:
    waker = Waker()
    threading.Timer(0.05, waker.wake).start()
    started = time.monotonic()

    stopped = waker.wait(30)

    assert (stopped, time.monotonic() - started < 5) == (False, True)


# -- the supervisor, against a fake hub ------------------------------------------------------------
class FakeAgentApi:
    """The hub's agent API for several links: no jobs, records heartbeats and sync requests."""

    def __init__(self) -> None:
        self.syncs: list[str] = []
        self.polls: dict[str, int] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if request.url.path.endswith("/jobs/next"):
            self.polls[token] = self.polls.get(token, 0) + 1
            time.sleep(0.02)
            return httpx.Response(204)
        if request.url.path.endswith("/heartbeat"):
            return httpx.Response(
                200, json={"paused": False, "token_expires_at": "2030-01-01T00:00:00Z"}
            )
        if request.url.path.endswith("/sync"):
            self.syncs.append(token)
            return httpx.Response(200, json={
                "link_id": "x", "name": "x", "state": "syncing", "state_reason": None,
                "user_facing_message": "", "sync_running": True, "sync_progress": None,
                "last_sync_at": None, "paused": False,
            })  # fmt: skip
        return httpx.Response(404, json={})


class NoQuickBooks:
    """The gate's probe never runs here: links stay 'ready' until a job fails."""


@pytest.fixture
def api() -> FakeAgentApi:
    return FakeAgentApi()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "connector"


def _connector(home: Path, api: FakeAgentApi, *links: LinkEntry) -> Connector:
    home.mkdir(parents=True, exist_ok=True)
    tokens = FileTokenStore(home)
    config = ConnectorConfig(links=list(links))
    for entry in links:
        tokens.set(entry.link_id, f"qbt_{entry.link_id}_token_0123456789")
    config_module.save(config, home / config_module.CONFIG_FILE)
    return Connector(
        config=config,
        tokens=tokens,
        home=home,
        processor_factory=ComRequestProcessor,
        transport=httpx.MockTransport(api),
    )


@pytest.fixture
def running(home: Path, api: FakeAgentApi) -> Iterator[Callable[..., Supervisor]]:
    stop = threading.Event()
    threads: list[threading.Thread] = []

    def start(*links: LinkEntry) -> Supervisor:
        supervisor = Supervisor(_connector(home, api, *links), poll_wait=0.05, watch_seconds=0.05)
        thread = threading.Thread(target=supervisor.run, args=(stop,), daemon=True)
        thread.start()
        threads.append(thread)
        _eventually(lambda: (home / CONTROL_FILE).exists(), "the control channel")
        return supervisor

    yield start
    stop.set()
    for thread in threads:
        thread.join(10)


def _eventually(predicate: Callable[[], object], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def _control(home: Path) -> ControlClient:
    return ControlClient(home, FileTokenStore(home))


def _states(home: Path) -> dict[str, str]:
    with _control(home) as control:
        return {view.name: view.state for view in control.status().links}


def test_a_company_linked_while_it_runs_is_relayed_without_a_restart(
    running: Callable[..., Supervisor], home: Path, api: FakeAgentApi
) -> None:
    running(_entry("lnk_acme"))
    # Another process (the wizard) links a second company: it writes the config and the token.
    config = config_module.load(home / config_module.CONFIG_FILE)
    config.upsert(_entry("lnk_birch"))
    FileTokenStore(home).set("lnk_birch", "qbt_lnk_birch_token_0123456789")
    config_module.save(config, home / config_module.CONFIG_FILE)

    _eventually(lambda: api.polls.get("qbt_lnk_birch_token_0123456789", 0) > 0, "Birch polled")

    assert _states(home) == {"Acme": "ready", "Birch": "ready"}


def test_pausing_through_the_control_channel_stops_the_relay_and_is_saved(
    running: Callable[..., Supervisor], home: Path, api: FakeAgentApi
) -> None:
    running(_entry("lnk_acme"), _entry("lnk_birch"))
    with _control(home) as control:
        control.pause("Birch")
    _eventually(lambda: not _running_of(home)["Birch"], "Birch's relay to stop")
    polls_after_pause = api.polls.get("qbt_lnk_birch_token_0123456789", 0)
    time.sleep(0.3)

    saved = config_module.load(home / config_module.CONFIG_FILE).find("Birch").paused
    assert (
        saved,
        _states(home)["Birch"],
        api.polls.get("qbt_lnk_birch_token_0123456789", 0) - polls_after_pause,
    ) == (True, "paused", 0)


def _running_of(home: Path) -> dict[str, bool]:
    with _control(home) as control:
        return {view.name: view.running for view in control.status().links}


def test_a_company_unlinked_while_it_runs_stops_being_relayed(
    running: Callable[..., Supervisor], home: Path
) -> None:
    running(_entry("lnk_acme"), _entry("lnk_birch"))
    _eventually(lambda: all(_running_of(home).values()), "both relays")
    config = config_module.load(home / config_module.CONFIG_FILE)
    config.remove("lnk_birch")
    config_module.save(config, home / config_module.CONFIG_FILE)

    _eventually(lambda: "Birch" not in _running_of(home), "Birch to be forgotten")

    assert _running_of(home) == {"Acme": True}


def test_sync_now_asks_the_hub_for_a_sync_of_that_company_only(
    running: Callable[..., Supervisor], home: Path, api: FakeAgentApi
) -> None:
    running(_entry("lnk_acme"), _entry("lnk_birch"))
    _eventually(lambda: all(_running_of(home).values()), "both relays")

    with _control(home) as control:
        outcome = control.sync("Acme")

    assert (outcome.message, api.syncs) == (
        "Sync started for Acme.",
        ["qbt_lnk_acme_token_0123456789"],
    )


def test_a_company_not_verified_yet_is_shown_with_what_to_do(
    running: Callable[..., Supervisor], home: Path
) -> None:
    running(_entry("lnk_acme", verified=False))

    with _control(home) as control:
        view = control.status().links[0]

    assert (view.state, view.running, "Verify" in (view.message or "")) == (
        "not_verified",
        False,
        True,
    )


def test_waking_after_sleep_cuts_every_relays_backoff(home: Path, api: FakeAgentApi) -> None:
    now = [1000.0]
    supervisor = Supervisor(
        _connector(home, api, _entry("lnk_acme")), poll_wait=0.05, watch_seconds=0.05,
        clock=lambda: now[0],
    )  # fmt: skip
    woken: list[str] = []
    supervisor.wake_all = lambda: woken.append("all")  # type: ignore[method-assign]
    stop = threading.Event()
    thread = threading.Thread(target=supervisor.run, args=(stop,), daemon=True)
    thread.start()
    _eventually(lambda: (home / CONTROL_FILE).exists(), "the control channel")

    now[0] += 3600  # the PC slept an hour: the next tick sees the wall clock jump
    _eventually(lambda: woken, "a wake-up")
    stop.set()
    thread.join(10)

    assert woken == ["all"]


def test_quit_through_the_control_channel_ends_the_process_and_withdraws_its_address(
    home: Path, api: FakeAgentApi
) -> None:
    supervisor = Supervisor(
        _connector(home, api, _entry("lnk_acme")), poll_wait=0.05, watch_seconds=0.05
    )
    thread = threading.Thread(target=supervisor.run, args=(threading.Event(),), daemon=True)
    thread.start()
    _eventually(lambda: (home / CONTROL_FILE).exists(), "the control channel")

    with _control(home) as control:
        control.quit()
    thread.join(10)

    assert (thread.is_alive(), (home / CONTROL_FILE).exists()) == (False, False)


class LongPolls(FakeAgentApi):
    """Long-polls that hold until released, as the hub's do for up to 25 s."""

    def __init__(self) -> None:
        super().__init__()
        self.polling = threading.Event()
        self.release = threading.Event()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/jobs/next"):
            self.polling.set()
            self.release.wait(30)
            return httpx.Response(204)
        return super().__call__(request)


def test_stopping_does_not_wait_for_a_relays_long_poll(home: Path) -> None:
    api = LongPolls()
    supervisor = Supervisor(_connector(home, api, _entry("lnk_acme")), watch_seconds=0.05)
    supervisor.apply()
    _eventually(api.polling.is_set, "the relay's long-poll")

    stopping = threading.Thread(target=supervisor.stop_all, daemon=True)
    stopping.start()
    stopping.join(10)  # a guard against hanging: it must end while the poll still holds
    still_polling = not api.release.is_set()
    api.release.set()

    assert (stopping.is_alive(), still_polling) == (False, True)


# -- one per user ----------------------------------------------------------------------------------
def test_a_second_resident_connector_for_the_same_user_is_refused_and_names_the_first(
    tmp_path: Path,
) -> None:
    (tmp_path / CONTROL_FILE).write_text(json.dumps({"port": 1, "pid": 4242}))

    with (
        single_instance(tmp_path),
        pytest.raises(AlreadyRunning) as refused,
        single_instance(tmp_path),
    ):
        pass

    assert ("already running" in str(refused.value), "4242" in str(refused.value)) == (True, True)


def test_the_lock_is_free_again_once_the_first_one_ends(tmp_path: Path) -> None:
    with single_instance(tmp_path):
        pass

    with single_instance(tmp_path):
        acquired = True

    assert acquired


def test_a_stranger_on_the_control_port_is_not_taken_for_the_connector(
    tmp_path: Path, running: Callable[..., Supervisor], home: Path
) -> None:
    running(_entry("lnk_acme"))
    # Another Windows user's token store: it has no (or another) control token.
    with (
        ControlClient(home, FileTokenStore(tmp_path / "elsewhere")) as control,
        pytest.raises(NotRunning) as refused,
    ):
        control.status()

    assert "another Windows user" in refused.value.user_facing_message


def test_a_company_without_a_sign_in_on_this_pc_says_to_link_it_again(
    running: Callable[..., Supervisor], home: Path
) -> None:
    running(_entry("lnk_acme"))
    FileTokenStore(home).delete("lnk_acme")
    config = config_module.load(home / config_module.CONFIG_FILE)
    config.upsert(_entry("lnk_acme", file="C:\\moved.qbw"))  # a change: the relay restarts
    config_module.save(config, home / config_module.CONFIG_FILE)

    _eventually(lambda: _states(home)["Acme"] == "error", "Acme to stop for want of a token")

    with _control(home) as control:
        assert "Link it again" in (control.status().links[0].message or "")


def test_run_with_tray_also_opens_the_tray_as_the_sign_in_task_asks(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from qbdlink import cli
    from qbdlink.connector import resident

    launched: list[list[str]] = []
    monkeypatch.setenv("QBDLINK_CONNECTOR_HOME", str(home))
    monkeypatch.setenv("QBDLINK_TOKEN_STORE", "file")
    monkeypatch.setattr(resident, "launch_background", lambda command: launched.append(command))
    monkeypatch.setattr(resident.Supervisor, "run", lambda self, stop: None)

    done = CliRunner().invoke(cli.app, ["connector", "run", "--with-tray"])

    assert (done.exit_code, [c[-2:] for c in launched]) == (0, [["connector", "tray"]])


class FakeUpdater:
    """An updater with one newer release; records what it was asked to do."""

    def __init__(self, *, newer: str | None = "9.9.9", can_apply: bool = True) -> None:
        self.newer = newer
        self.can_apply = can_apply
        self.checks = 0
        self.applied: list[str] = []
        self.is_due = False

    def due(self) -> bool:
        return self.is_due

    def check(self) -> object:
        self.checks += 1
        self.is_due = False
        if self.newer is None:
            return None
        return type("Release", (), {"version": self.newer})()

    def apply(self, release: object) -> Path:
        self.applied.append(release.version)  # type: ignore[attr-defined]
        return Path("qbdlink-connector")


def _supervise(
    home: Path, api: FakeAgentApi, updater: FakeUpdater
) -> tuple[Supervisor, threading.Thread]:
    supervisor = Supervisor(
        _connector(home, api, _entry("lnk_acme")), poll_wait=0.05, watch_seconds=0.05,
        updater=updater, update_look_seconds=0.05,  # type: ignore[arg-type]
    )  # fmt: skip
    thread = threading.Thread(target=supervisor.run, args=(threading.Event(),), daemon=True)
    thread.start()
    _eventually(lambda: (home / CONTROL_FILE).exists(), "the control channel")
    return supervisor, thread


def test_check_for_updates_installs_a_newer_release_and_stops_to_restart_into_it(
    home: Path, api: FakeAgentApi
) -> None:
    updater = FakeUpdater()
    supervisor, thread = _supervise(home, api, updater)

    with _control(home) as control:
        outcome = control.update()
    thread.join(10)

    assert (outcome.message, updater.applied, supervisor.relaunch_into, thread.is_alive()) == (
        "qbdlink 9.9.9 is installed; the connector restarts.",
        ["9.9.9"],
        "9.9.9",
        False,
    )


def test_the_daily_check_runs_by_itself_when_due(home: Path, api: FakeAgentApi) -> None:
    updater = FakeUpdater(newer=None)
    supervisor, thread = _supervise(home, api, updater)

    updater.is_due = True
    _eventually(lambda: updater.checks == 1, "the daily check")
    supervisor.quit()
    thread.join(10)

    assert (updater.checks, supervisor.relaunch_into) == (1, None)


def test_a_pip_install_is_told_how_to_upgrade_and_keeps_running(
    home: Path, api: FakeAgentApi
) -> None:
    updater = FakeUpdater(can_apply=False)
    supervisor, thread = _supervise(home, api, updater)

    with _control(home) as control:
        outcome = control.update()
        still_running = control.status().update
    supervisor.quit()
    thread.join(10)

    assert ("pip install -U" in outcome.message, updater.applied, still_running) == (
        True,
        [],
        "9.9.9",
    )
