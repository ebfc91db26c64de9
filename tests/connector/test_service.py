"""The connector's own bookkeeping (pause, resume and unlink decide which links relay), and
Verify: what it tells the hub when it succeeds and when it fails."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from qbdlink.connector import Connector
from qbdlink.connector.config import ConnectorConfig, LinkEntry
from qbdlink.connector.errors import ConnectorError, HubRefused, NotLinked, QuickBooksProblem
from qbdlink.connector.secrets import FileTokenStore
from qbdlink.quickbooks import ComRequestProcessor
from qbdlink.quickbooks.simulated import in_process
from qbdlink.simulator import SimulatedDesktop, create_company


def _unavailable() -> ComRequestProcessor:
    # Building it contacts nothing; no test here reaches QuickBooks.
    return ComRequestProcessor()


@pytest.fixture
def connector(tmp_path: Path) -> Connector:
    """A connector with two verified links (no hub or QuickBooks is contacted)."""
    config = ConnectorConfig()
    tokens = FileTokenStore(tmp_path)
    for name, link_id in (("Acme", "lnk_acme"), ("Birch", "lnk_birch")):
        config.upsert(LinkEntry(name=name, link_id=link_id, region="us",
                                hub_url="http://127.0.0.1:9", company_file=f"C:\\{name}.qbw",
                                verified_at=datetime.now(UTC)))  # fmt: skip
        tokens.set(link_id, f"qbt_token_of_{name.lower()}_0123456789")
    return Connector(config=config, tokens=tokens, home=tmp_path,
                     processor_factory=_unavailable)  # fmt: skip


def test_a_paused_link_does_not_relay(connector: Connector) -> None:
    connector.set_paused("acme", True)

    assert [relay.entry.name for relay in connector.relays()] == ["Birch"]


def test_resume_without_a_name_resumes_every_link(connector: Connector) -> None:
    connector.set_paused(None, True)

    connector.set_paused(None, False)

    assert [relay.entry.name for relay in connector.relays()] == ["Acme", "Birch"]


def test_pausing_is_remembered_across_restarts(connector: Connector, tmp_path: Path) -> None:
    connector.set_paused("Birch", True)

    reloaded = Connector.load(tmp_path, processor_factory=_unavailable)

    assert [e.name for e in reloaded.config.links if e.paused] == ["Birch"]


def test_unlinking_forgets_the_link_and_its_token(connector: Connector) -> None:
    connector.unlink("Acme")

    assert (connector.tokens.get("lnk_acme"), [e.name for e in connector.config.links]) == (
        None,
        ["Birch"],
    )


def test_unlinking_an_unknown_company_names_the_linked_ones(connector: Connector) -> None:
    with pytest.raises(NotLinked) as caught:
        connector.unlink("Harbor")

    assert "Acme, Birch" in caught.value.user_facing_message


# -- Verify, against simulated QuickBooks and a recorded hub --------------------------------------
HUB_URL = "http://hub.test"
LINK_STATUS = {
    "link_id": "lnk_acme",
    "name": "Acme",
    "state": "needs_attention",
    "state_reason": "access_denied",
    "user_facing_message": "Verify did not finish on FRONT-DESK-PC.",
    "sync_running": False,
    "sync_progress": None,
    "last_sync_at": None,
    "paused": False,
}


class RecordedHub:
    """The hub's agent API as a ``MockTransport``: records each call; answers what it is told."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.verify_answer = httpx.Response(
            200,
            json={
                "link_id": "lnk_acme",
                "state": "verified",
                "company_name": "Acme Properties LLC",
                "region": "us",
                "user_facing_message": "Verified.",
            },
        )
        self.down = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        path = request.url.path.removeprefix("/agent/v1")
        self.calls.append((path, json.loads(request.content or b"{}")))
        if path == "/verify":
            return self.verify_answer
        if path == "/verify/failure":
            return httpx.Response(200, json=LINK_STATUS)
        return httpx.Response(404, json={"error": {"type": "x", "code": "x", "message": "x",
                                                   "user_facing_message": "x"}})  # fmt: skip

    def paths(self) -> list[str]:
        return [path for path, _ in self.calls]


@pytest.fixture
def hub() -> RecordedHub:
    return RecordedHub()


@pytest.fixture
def linked(
    tmp_path: Path, desk: SimulatedDesktop, hub: RecordedHub
) -> Iterator[tuple[Connector, LinkEntry]]:
    """A connector with Acme claimed (not verified yet), simulated QuickBooks, a recorded hub."""
    home = tmp_path / "connector"
    tokens = FileTokenStore(home)
    tokens.set("lnk_acme", "qbt_token_of_acme_0123456789")
    entry = LinkEntry(name="Acme", link_id="lnk_acme", region="us", hub_url=HUB_URL)
    config = ConnectorConfig()
    config.upsert(entry)
    connector = Connector(
        config=config,
        tokens=tokens,
        home=home,
        processor_factory=lambda: in_process(desk),
        transport=httpx.MockTransport(hub),
    )
    yield connector, entry
    connector.close()


def _open_another_company(desk: SimulatedDesktop, entry: LinkEntry, other: Path) -> None:
    entry.company_file = str(desk.company_file)  # the link is for Acme (as after a Verify)
    desk.open_company(other)


# What the person at the PC does before clicking Verify -> the code and HRESULT the hub hears.
Act = Callable[[SimulatedDesktop, LinkEntry, Path], None]
OUTCOMES: dict[str, tuple[Act, str, int]] = {
    "clicks No": (lambda desk, *_: setattr(desk, "answer", "no"), "access_denied", 0x80040420),
    "QuickBooks closed": (lambda desk, *_: desk.quit_quickbooks(), "quickbooks_closed",
                          0x80040416),
    "a dialog open": (lambda desk, *_: desk.show_dialog("Reminders"), "busy", 0x80040414),
    "another company open": (_open_another_company, "wrong_company", 0x8004040A),
}  # fmt: skip


@pytest.mark.parametrize("outcome", list(OUTCOMES), ids=list(OUTCOMES))
def test_a_failed_verify_tells_the_hub_what_the_bookkeeper_sees_and_raises_it(
    linked: tuple[Connector, LinkEntry],
    desk: SimulatedDesktop,
    hub: RecordedHub,
    birch_file: Path,
    outcome: str,
) -> None:
    connector, entry = linked
    act, code, hresult = OUTCOMES[outcome]
    act(desk, entry, birch_file)

    with pytest.raises(QuickBooksProblem) as caught:
        connector.verify(entry)

    assert hub.calls == [
        (
            "/verify/failure",
            {
                "code": code,
                "message": caught.value.message,
                "user_facing_message": caught.value.user_facing_message,
                "hresult": hresult,
                "status_code": None,
            },
        )
    ]
    assert entry.verified_at is None


def test_a_key_for_the_other_region_is_reported_before_anything_is_stamped(
    linked: tuple[Connector, LinkEntry], desk: SimulatedDesktop, hub: RecordedHub, tmp_path: Path
) -> None:
    connector, entry = linked
    desk.open_company(create_company(tmp_path / "maple.qbw", edition="ca", name="Maple Ltd"))

    with pytest.raises(ConnectorError) as caught:
        connector.verify(entry)

    assert caught.value.code == "wrong_region"
    assert hub.paths() == ["/verify/failure"]
    assert hub.calls[0][1]["user_facing_message"].startswith(
        "This QuickBooks is the Canada edition, but this link's region is US."
    )
    assert entry.verified_at is None


def test_the_bookkeeper_still_sees_the_quickbooks_error_when_the_hub_is_unreachable(
    linked: tuple[Connector, LinkEntry],
    desk: SimulatedDesktop,
    hub: RecordedHub,
    caplog: pytest.LogCaptureFixture,
) -> None:
    connector, entry = linked
    desk.answer = "no"
    hub.down = True

    with (
        caplog.at_level(logging.WARNING, logger="qbdlink.connector"),
        pytest.raises(QuickBooksProblem) as caught,
    ):
        connector.verify(entry)

    assert caught.value.code == "access_denied"  # not the network error of the report
    assert "could not tell the hub why Verify failed (hub_unreachable)" in caplog.text
    assert "qbt_token_of_acme" not in caplog.text


def test_a_refusal_by_the_hub_itself_is_not_reported_back(
    linked: tuple[Connector, LinkEntry], hub: RecordedHub
) -> None:
    connector, entry = linked
    hub.verify_answer = httpx.Response(
        409,
        json={"error": {"type": "conflict", "code": "company_mismatch", "message": "another",
                        "user_facing_message": "This license key is already linked."}},
    )  # fmt: skip

    with pytest.raises(HubRefused):
        connector.verify(entry)

    assert hub.paths() == ["/verify"]  # the hub flagged the link when it refused


@pytest.mark.parametrize(("answer", "allowed"), [("prompt", False), ("always", True)])
def test_verify_tells_the_hub_whether_quickbooks_allows_syncing_unattended(
    linked: tuple[Connector, LinkEntry],
    desk: SimulatedDesktop,
    hub: RecordedHub,
    answer: str,
    allowed: bool,
) -> None:
    connector, entry = linked
    desk.answer = answer  # type: ignore[assignment]

    verified = connector.verify(entry)

    assert verified.verified_at is not None
    ((path, body),) = hub.calls
    assert (path, body["access"]["automatic_login_allowed"]) == ("/verify", allowed)
