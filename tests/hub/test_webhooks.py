"""Webhooks: per-tenant endpoints, signed deliveries to a real HTTP receiver, retries, leases."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import select, update

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.settings import HubSettings
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.hub.webhooks.delivery import (
    backoff_seconds,
    claim_due,
    signature_header,
    verify_signature,
)
from qbdlink.hub.webhooks.models import WebhookDelivery
from qbdlink.hub.webhooks.service import emit
from tests.hub.conftest import Hub

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]


@dataclass
class Received:
    """One request the receiver got."""

    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def event(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.body)
        return result


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1 that records requests and can fail the first ones."""

    fail_first: int = 0
    requests: list[Received] = field(default_factory=list)
    url: str = ""

    def answered_ok(self) -> list[Received]:
        """The requests answered 200."""
        return self.requests[self.fail_first :]

    def events(self, event_type: str | None = None) -> list[dict[str, Any]]:
        """The events answered 200 (of one type)."""
        return [
            r.event
            for r in self.answered_ok()
            if event_type is None or r.event["type"] == event_type
        ]


@pytest.fixture
def receivers() -> Iterator[Any]:
    """Start receivers on demand; stop them all at the end."""
    servers: list[ThreadingHTTPServer] = []

    def start(fail_first: int = 0) -> Receiver:
        receiver = Receiver(fail_first=fail_first)
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with lock:
                    receiver.requests.append(
                        Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    failing = len(receiver.requests) <= receiver.fail_first
                self.send_response(500 if failing else 200)
                answer = b"receiver is down" if failing else b"ok"
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
        servers.append(server)
        receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/qbdlink"
        return receiver

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def hub_overrides() -> dict[str, Any]:
    return {"webhook_retry_base_seconds": 0.0, "webhook_max_attempts": 4}


async def _register(hub: Hub, url: str, events: list[str] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"url": url}
    if events is not None:
        body["events"] = events
    response = await hub.api("POST", "/v1/webhook-endpoints", json=body)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def _claimed_link(hub: Hub, make_agent: Any) -> str:
    link_id, key = await hub.enable_link()
    await make_agent().claim(key)
    return link_id


async def _deliveries(hub: Hub, endpoint_id: str) -> list[dict[str, Any]]:
    response = await hub.api("GET", f"/v1/webhook-endpoints/{endpoint_id}/deliveries")
    assert response.status_code == 200, response.text
    data: list[dict[str, Any]] = response.json()["data"]
    return data


# -- endpoints -----------------------------------------------------------------------------------


async def test_a_new_endpoint_shows_its_signing_secret_once(hub: Hub) -> None:
    created = await _register(hub, "https://app.example.com/hooks")

    listed = (await hub.api("GET", "/v1/webhook-endpoints")).json()
    shown = (await hub.api("GET", f"/v1/webhook-endpoints/{created['id']}")).json()

    assert created["secret"].startswith("whsec_")
    assert created["events"] == ["*"]
    assert listed["data"] == [{**created, "secret": None}]
    assert listed["has_more"] is False
    assert listed["next_cursor"] is None
    assert shown == {**created, "secret": None}


async def test_the_secret_is_stored_encrypted(hub: Hub) -> None:
    created = await _register(hub, "https://app.example.com/hooks")

    with hub.context.db.session() as session:
        from qbdlink.hub.webhooks.models import WebhookEndpoint

        stored = session.get(WebhookEndpoint, created["id"])
        assert stored is not None
        assert created["secret"] not in stored.secret_encrypted
        assert hub.context.keyring.decrypt(stored.secret_encrypted) == created["secret"]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"url": "ftp://app.example.com/hooks"}, "http"),
        ({"url": "app.example.com/hooks"}, "http"),
        ({"url": "https://app.example.com/hooks", "events": ["invoice.paid"]}, "invoice.paid"),
        ({"url": "https://app.example.com/hooks", "events": []}, "events"),
    ],
)
async def test_a_bad_endpoint_is_refused_with_what_is_wrong(
    hub: Hub, body: dict[str, Any], fragment: str
) -> None:
    response = await hub.api("POST", "/v1/webhook-endpoints", json=body)

    assert response.status_code == 422
    assert fragment in response.json()["error"]["message"]
    assert (await hub.api("GET", "/v1/webhook-endpoints")).json()["data"] == []


async def test_endpoints_page_with_a_cursor(hub: Hub) -> None:
    ids = [(await _register(hub, f"https://app.example.com/{n}"))["id"] for n in range(3)]

    first = (await hub.api("GET", "/v1/webhook-endpoints", params={"limit": 2})).json()
    rest = (
        await hub.api(
            "GET", "/v1/webhook-endpoints", params={"limit": 2, "cursor": first["next_cursor"]}
        )
    ).json()

    assert first["has_more"] is True
    assert [e["id"] for e in first["data"] + rest["data"]] == ids
    assert rest["has_more"] is False
    assert rest["next_cursor"] is None


async def test_a_deleted_endpoint_is_gone_with_its_undelivered_events(
    hub: Hub, make_agent: Any
) -> None:
    created = await _register(hub, "https://app.example.com/hooks")
    await _claimed_link(hub, make_agent)

    deleted = await hub.api("DELETE", f"/v1/webhook-endpoints/{created['id']}")
    again = await hub.api("GET", f"/v1/webhook-endpoints/{created['id']}")

    assert deleted.status_code == 204
    assert again.status_code == 404
    assert again.json()["error"]["code"] == "webhook_endpoint_not_found"
    with hub.context.db.session() as session:
        assert session.scalars(select(WebhookDelivery)).all() == []
    hub.chores()  # nothing left to send, nothing fails


async def test_another_tenants_endpoint_is_not_found(hub: Hub) -> None:
    with hub.context.db.session() as session:
        _, other_key = create_tenant(session, name="Other Tenant")
    other = await hub.client.post(
        "/v1/webhook-endpoints",
        json={"url": "https://other.example.com/hooks"},
        headers={"Authorization": f"Bearer {other_key}"},
    )
    endpoint_id = other.json()["id"]

    for method, path in [
        ("GET", f"/v1/webhook-endpoints/{endpoint_id}"),
        ("GET", f"/v1/webhook-endpoints/{endpoint_id}/deliveries"),
        ("DELETE", f"/v1/webhook-endpoints/{endpoint_id}"),
    ]:
        assert (await hub.api(method, path)).status_code == 404
    assert (await hub.api("GET", "/v1/webhook-endpoints")).json()["data"] == []


# -- delivery ------------------------------------------------------------------------------------


async def test_link_claimed_is_delivered_signed_and_the_signature_verifies(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url)
    link_id = await _claimed_link(hub, make_agent)

    hub.chores()

    [request] = receiver.requests
    assert request.path == "/hooks/qbdlink"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["qbdlink-event-type"] == "link.claimed"
    assert request.headers["qbdlink-event-id"] == request.event["id"]
    assert request.event["type"] == "link.claimed"
    assert request.event["data"]["id"] == link_id
    assert request.event["data"]["state"] == "linked"
    assert verify_signature(endpoint["secret"], request.headers["qbdlink-signature"], request.body)
    [delivery] = await _deliveries(hub, endpoint["id"])
    assert delivery["state"] == "delivered"
    assert (delivery["attempts"], delivery["last_status"]) == (1, 200)


async def test_a_tampered_body_fails_verification(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url)
    await _claimed_link(hub, make_agent)
    hub.chores()
    [request] = receiver.requests
    header = request.headers["qbdlink-signature"]
    tampered = request.body.replace(b'"linked"', b'"verified"')

    assert tampered != request.body
    assert not verify_signature(endpoint["secret"], header, tampered)
    assert not verify_signature("whsec_someone-else", header, request.body)
    assert not verify_signature(endpoint["secret"], header, request.body, now=time.time() + 600)


async def test_a_receiver_failing_twice_gets_the_event_on_the_third_attempt_exactly_once(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers(fail_first=2)
    endpoint = await _register(hub, receiver.url)
    await _claimed_link(hub, make_agent)

    for _ in range(5):
        hub.chores()

    assert len(receiver.requests) == 3
    assert len({r.headers["qbdlink-event-id"] for r in receiver.requests}) == 1
    assert [e["type"] for e in receiver.events()] == ["link.claimed"]
    [delivery] = await _deliveries(hub, endpoint["id"])
    assert (delivery["state"], delivery["attempts"], delivery["last_status"]) == (
        "delivered",
        3,
        200,
    )


async def test_a_receiver_that_keeps_failing_is_given_up_after_the_last_attempt(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers(fail_first=100)
    endpoint = await _register(hub, receiver.url)
    await _claimed_link(hub, make_agent)

    for _ in range(6):
        hub.chores()

    assert len(receiver.requests) == hub.context.settings.webhook_max_attempts
    [delivery] = await _deliveries(hub, endpoint["id"])
    assert (delivery["state"], delivery["last_status"]) == ("failed", 500)
    assert "HTTP 500" in delivery["last_error"]
    assert "receiver is down" in delivery["last_error"]


async def test_an_unreachable_receiver_is_retried_later(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    await _register(hub, receiver.url)
    dead = await _register(hub, "http://127.0.0.1:9/nothing-listens-here")
    await _claimed_link(hub, make_agent)

    hub.chores()

    [delivery] = await _deliveries(hub, dead["id"])
    assert delivery["state"] == "pending"
    assert delivery["attempts"] == 1
    assert delivery["last_status"] is None
    assert delivery["last_error"]
    assert [e["type"] for e in receiver.events()] == ["link.claimed"]


async def test_an_endpoint_subscribed_to_other_events_gets_nothing(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url, events=["sync.completed", "operation.failed"])
    await _claimed_link(hub, make_agent)

    hub.chores()

    assert receiver.requests == []
    assert await _deliveries(hub, endpoint["id"]) == []


async def test_another_tenants_endpoint_never_receives_this_tenants_events(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    ours, theirs = receivers(), receivers()
    await _register(hub, ours.url)
    with hub.context.db.session() as session:
        _, other_key = create_tenant(session, name="Other Tenant")
    response = await hub.client.post(
        "/v1/webhook-endpoints",
        json={"url": theirs.url},
        headers={"Authorization": f"Bearer {other_key}"},
    )
    assert response.status_code == 201

    await _claimed_link(hub, make_agent)
    hub.chores()

    assert [e["type"] for e in ours.events()] == ["link.claimed"]
    assert theirs.requests == []


async def test_sync_completed_fires_after_the_initial_sync(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    await _register(hub, receiver.url, events=["sync.completed", "link.verified"])
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    assert (await agent.verify()).status_code == 200
    await agent.run_until_idle()

    hub.chores()

    assert [e["type"] for e in receiver.events()] == ["link.verified", "sync.completed"]
    [completed] = receiver.events("sync.completed")
    assert completed["data"]["link_id"] == link_id
    assert completed["data"]["records"] > 0
    assert completed["data"]["link"]["state"] == "up_to_date"


async def test_a_claimed_delivery_is_not_claimed_again_while_its_lease_holds(
    hub: Hub, make_agent: Any
) -> None:
    await _register(hub, "http://127.0.0.1:9/unused")
    await _claimed_link(hub, make_agent)

    first = claim_due(hub.context)
    second = claim_due(hub.context)

    assert len(first) == 1
    assert second == []


async def test_a_delivery_whose_lease_ran_out_is_sent_again_with_the_attempt_counted(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url)
    await _claimed_link(hub, make_agent)
    [lost] = claim_due(hub.context)  # this "process" dies before sending
    with hub.context.db.session() as session:
        session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == lost.id)
            .values(next_attempt_at=utcnow() - timedelta(seconds=1))
        )

    hub.chores()

    assert [r.headers["qbdlink-event-id"] for r in receiver.requests] == [lost.event_id]
    [delivery] = await _deliveries(hub, endpoint["id"])
    assert (delivery["state"], delivery["attempts"]) == ("delivered", 2)
    with hub.context.db.session() as session:
        assert session.scalar(select(WebhookDelivery.state)) == "delivered"


async def test_two_hub_processes_claiming_at_once_never_take_the_same_delivery(
    hub: Hub,
) -> None:
    await _register(hub, "http://127.0.0.1:9/unused")
    with hub.context.db.session() as session:
        for n in range(30):
            emit(session, tenant_id=hub.tenant_id, event_type="operation.succeeded", data={"n": n})
    processes = [HubContext.from_settings(hub.context.settings) for _ in range(2)]
    start = threading.Barrier(len(processes))

    def claim_all(context: HubContext) -> list[str]:
        start.wait()
        taken: list[str] = []
        while batch := claim_due(context, limit=4):
            taken += [item.id for item in batch]
        return taken

    try:
        with ThreadPoolExecutor(len(processes)) as pool:
            results = list(pool.map(claim_all, processes))
    finally:
        for context in processes:
            context.db.dispose()

    taken = [delivery for result in results for delivery in result]
    assert len(taken) == 30
    assert len(set(taken)) == 30


@pytest.mark.parametrize(
    "hub_overrides", [{"webhook_allow_private_addresses": False, "webhook_retry_base_seconds": 0}]
)
async def test_a_private_address_is_refused_when_the_deployment_forbids_it(hub: Hub) -> None:
    for url in ("http://127.0.0.1:8080/hooks", "http://localhost/hooks", "http://10.1.2.3/"):
        response = await hub.api("POST", "/v1/webhook-endpoints", json={"url": url})
        assert response.status_code == 422, url
        assert response.json()["error"]["code"] == "webhook_url_not_public"
    assert (await hub.api("GET", "/v1/webhook-endpoints")).json()["data"] == []


# -- signatures and backoff (no hub) ---------------------------------------------------------------


def test_a_signature_is_valid_only_with_the_secret_body_and_a_fresh_timestamp() -> None:
    body = b'{"id":"evt_1","type":"link.claimed"}'
    header = signature_header("whsec_abc", body, timestamp=1_700_000_000)

    assert verify_signature("whsec_abc", header, body, now=1_700_000_100)
    assert verify_signature("whsec_abc", header, body.decode(), now=1_700_000_100)
    assert not verify_signature("whsec_abc", header, body + b" ", now=1_700_000_100)
    assert not verify_signature("whsec_abd", header, body, now=1_700_000_100)
    assert not verify_signature("whsec_abc", header, body, now=1_700_000_301)
    assert not verify_signature("whsec_abc", "v1=" + header.split("v1=")[1], body)
    assert not verify_signature("whsec_abc", "garbage", body)


def test_backoff_grows_exponentially_with_jitter_up_to_the_ceiling() -> None:
    settings = HubSettings(
        secret_key="x", webhook_retry_base_seconds=5, webhook_retry_max_seconds=3600
    )

    for attempts, full in [(1, 5), (2, 10), (3, 20), (8, 640), (12, 3600), (400, 3600)]:
        delay = backoff_seconds(settings, attempts)
        assert full / 2 <= delay <= full
