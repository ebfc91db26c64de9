"""Webhooks: per-tenant endpoints, signed deliveries to a real HTTP receiver, retries, leases;
endpoint edits, test events, resends and secret rotation (Standard Webhooks signatures)."""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from qbdlink.hub.context import HubContext
from qbdlink.hub.db import utcnow
from qbdlink.hub.settings import HubSettings
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.hub.webhooks.delivery import (
    backoff_seconds,
    claim_due,
    signature_header,
    signed_headers,
    verify_signature,
    verify_webhook,
)
from qbdlink.hub.webhooks.models import WebhookDelivery, WebhookEndpoint
from qbdlink.hub.webhooks.service import emit, new_signing_secret
from tests.hub.conftest import Hub
from tests.hub.webhook_receivers import running_receivers

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]


@pytest.fixture
def receivers() -> Iterator[Any]:
    """Start receivers on demand; stop them all at the end."""
    with running_receivers() as start:
        yield start


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
        ("PATCH", f"/v1/webhook-endpoints/{endpoint_id}"),
        ("POST", f"/v1/webhook-endpoints/{endpoint_id}/test"),
        ("POST", f"/v1/webhook-endpoints/{endpoint_id}/rotate-secret"),
        ("POST", f"/v1/webhook-endpoints/{endpoint_id}/deliveries/whd_x/resend"),
        ("DELETE", f"/v1/webhook-endpoints/{endpoint_id}"),
    ]:
        kwargs: dict[str, Any] = {"json": {"active": False}} if method == "PATCH" else {}
        assert (await hub.api(method, path, **kwargs)).status_code == 404, path
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
    assert request.headers["webhook-id"] == request.event["id"]
    assert request.event["type"] == "link.claimed"
    assert request.event["data"]["id"] == link_id
    assert request.event["data"]["state"] == "linked"
    assert Webhook(endpoint["secret"]).verify(request.body, request.headers) == request.event
    [delivery] = await _deliveries(hub, endpoint["id"])
    assert delivery["state"] == "delivered"
    assert (delivery["attempts"], delivery["last_status"]) == (1, 200)


async def test_a_tampered_body_fails_standard_webhooks_verification(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url)
    await _claimed_link(hub, make_agent)
    hub.chores()
    [request] = receiver.requests
    tampered = request.body.replace(b'"linked"', b'"verified"')

    with pytest.raises(WebhookVerificationError):
        Webhook(endpoint["secret"]).verify(tampered, request.headers)


async def test_the_deprecated_qbdlink_signature_still_verifies_for_deployed_receivers(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url)
    await _claimed_link(hub, make_agent)
    hub.chores()
    [request] = receiver.requests
    header = request.headers["qbdlink-signature"]
    tampered = request.body.replace(b'"linked"', b'"verified"')

    assert verify_signature(endpoint["secret"], header, request.body)

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


# -- managing endpoints: edit, test, resend, rotate ----------------------------------------------


async def test_patch_changes_only_the_fields_given(hub: Hub) -> None:
    created = await _register(hub, "https://app.example.com/hooks", ["link.claimed"])

    response = await hub.api(
        "PATCH",
        f"/v1/webhook-endpoints/{created['id']}",
        json={"events": ["sync.completed"], "description": "Production receiver"},
    )

    assert (response.status_code, response.json()) == (
        200,
        {
            **created,
            "secret": None,
            "events": ["sync.completed"],
            "description": "Production receiver",
        },
    )


async def test_an_endpoint_switched_to_other_events_gets_only_those(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url, ["link.claimed"])
    await hub.api(
        "PATCH", f"/v1/webhook-endpoints/{endpoint['id']}", json={"events": ["link.verified"]}
    )
    _, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    await agent.verify()

    hub.chores()

    assert [e["type"] for e in receiver.events()] == ["link.verified"]


async def test_a_patch_naming_an_unknown_event_is_refused(hub: Hub) -> None:
    created = await _register(hub, "https://app.example.com/hooks")

    response = await hub.api(
        "PATCH", f"/v1/webhook-endpoints/{created['id']}", json={"events": ["invoice.paid"]}
    )

    assert (response.status_code, "invoice.paid" in response.json()["error"]["message"]) == (
        422,
        True,
    )


async def test_a_disabled_endpoint_is_sent_nothing_and_its_waiting_events_fail(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url)
    await _claimed_link(hub, make_agent)  # link.claimed waits to be sent

    await hub.api("PATCH", f"/v1/webhook-endpoints/{endpoint['id']}", json={"active": False})
    hub.chores()

    [delivery] = await _deliveries(hub, endpoint["id"])
    assert (receiver.requests, delivery["state"]) == ([], "failed")


async def test_a_test_event_is_queued_then_delivered_signed_whatever_the_endpoint_wants(
    hub: Hub, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url, ["sync.completed"])

    queued = await hub.api("POST", f"/v1/webhook-endpoints/{endpoint['id']}/test")
    hub.chores()

    [request] = receiver.requests
    event = Webhook(endpoint["secret"]).verify(request.body, request.headers)
    assert (queued.status_code, queued.json()["state"], event["type"]) == (
        202,
        "pending",
        "webhook.test",
    )
    [delivery] = await _deliveries(hub, endpoint["id"])
    assert (delivery["id"], delivery["state"]) == (queued.json()["id"], "delivered")


async def test_a_disabled_endpoint_cannot_be_tested(hub: Hub) -> None:
    endpoint = await _register(hub, "https://app.example.com/hooks")
    await hub.api("PATCH", f"/v1/webhook-endpoints/{endpoint['id']}", json={"active": False})

    response = await hub.api("POST", f"/v1/webhook-endpoints/{endpoint['id']}/test")

    error = response.json()["error"]
    assert (response.status_code, error["code"]) == (409, "webhook_endpoint_disabled")
    assert "Turn it on" in error["user_facing_message"]


async def test_a_delivered_event_is_resent_as_a_new_delivery_with_the_same_webhook_id(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url)
    await _claimed_link(hub, make_agent)
    hub.chores()
    [delivered] = await _deliveries(hub, endpoint["id"])

    path = f"/v1/webhook-endpoints/{endpoint['id']}/deliveries/{delivered['id']}/resend"
    resent = await hub.api("POST", path)
    hub.chores()

    assert (resent.status_code, resent.json()["id"] != delivered["id"]) == (202, True)
    assert [r.headers["webhook-id"] for r in receiver.requests] == [delivered["event_id"]] * 2


async def test_a_failed_delivery_can_be_resent_once_the_receiver_is_fixed(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers(fail_first=4)  # every attempt fails (webhook_max_attempts is 4)
    endpoint = await _register(hub, receiver.url)
    await _claimed_link(hub, make_agent)
    for _ in range(5):
        hub.chores()
    [failed] = await _deliveries(hub, endpoint["id"])

    await hub.api(
        "POST", f"/v1/webhook-endpoints/{endpoint['id']}/deliveries/{failed['id']}/resend"
    )
    hub.chores()

    states = [(d["state"], d["event_id"]) for d in await _deliveries(hub, endpoint["id"])]
    assert states == [("delivered", failed["event_id"]), ("failed", failed["event_id"])]


async def test_a_delivery_still_being_sent_is_not_resent(hub: Hub, make_agent: Any) -> None:
    endpoint = await _register(hub, "http://127.0.0.1:9/unused")
    await _claimed_link(hub, make_agent)
    [pending] = await _deliveries(hub, endpoint["id"])

    path = f"/v1/webhook-endpoints/{endpoint['id']}/deliveries/{pending['id']}/resend"
    response = await hub.api("POST", path)

    assert (response.status_code, response.json()["error"]["code"]) == (
        409,
        "webhook_delivery_in_progress",
    )


async def test_resending_an_unknown_delivery_is_not_found(hub: Hub) -> None:
    endpoint = await _register(hub, "https://app.example.com/hooks")

    path = f"/v1/webhook-endpoints/{endpoint['id']}/deliveries/whd_nope/resend"
    response = await hub.api("POST", path)

    assert (response.status_code, response.json()["error"]["code"]) == (
        404,
        "webhook_delivery_not_found",
    )


async def _rotate(hub: Hub, endpoint_id: str, body: dict[str, Any] | None = None) -> Any:
    kwargs: dict[str, Any] = {} if body is None else {"json": body}
    response = await hub.api("POST", f"/v1/webhook-endpoints/{endpoint_id}/rotate-secret", **kwargs)
    assert response.status_code == 200, response.text
    return response.json()


async def test_a_rotation_shows_the_new_secret_once_and_when_the_old_one_stops(
    hub: Hub,
) -> None:
    endpoint = await _register(hub, "https://app.example.com/hooks")

    rotated = await _rotate(hub, endpoint["id"])
    shown = (await hub.api("GET", f"/v1/webhook-endpoints/{endpoint['id']}")).json()

    assert rotated["secret"].startswith("whsec_")
    assert rotated["secret"] != endpoint["secret"]
    assert shown == {**rotated, "secret": None}
    assert shown["previous_secret_expires_at"] is not None


async def test_during_the_grace_period_both_secrets_verify(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url)
    rotated = await _rotate(hub, endpoint["id"], {"grace_period_hours": 1})
    await _claimed_link(hub, make_agent)

    hub.chores()

    [request] = receiver.requests
    for secret in (endpoint["secret"], rotated["secret"]):
        assert Webhook(secret).verify(request.body, request.headers)["type"] == "link.claimed"
    assert len(request.headers["webhook-signature"].split(" ")) == 2


async def test_without_a_grace_period_the_old_secret_stops_at_once(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url)
    await _rotate(hub, endpoint["id"], {"grace_period_hours": 0})
    await _claimed_link(hub, make_agent)

    hub.chores()

    [request] = receiver.requests
    with pytest.raises(WebhookVerificationError):
        Webhook(endpoint["secret"]).verify(request.body, request.headers)


async def test_after_the_grace_period_only_the_new_secret_signs(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    endpoint = await _register(hub, receiver.url)
    rotated = await _rotate(hub, endpoint["id"])
    with hub.context.db.session() as session:
        session.execute(
            update(WebhookEndpoint).values(previous_secret_expires_at=utcnow() - timedelta(1))
        )
    await _claimed_link(hub, make_agent)

    hub.chores()

    [request] = receiver.requests
    assert request.headers["webhook-signature"].count("v1,") == 1
    assert Webhook(rotated["secret"]).verify(request.body, request.headers)["type"] == (
        "link.claimed"
    )


async def test_an_endpoint_made_before_standard_webhooks_keeps_its_secret(
    hub: Hub, make_agent: Any, receivers: Any
) -> None:
    receiver = receivers()
    await _register(hub, receiver.url)
    old_secret = "whsec_" + secrets.token_urlsafe(32)  # how secrets were made before 0006
    with hub.context.db.session() as session:
        session.execute(
            update(WebhookEndpoint).values(secret_encrypted=hub.context.keyring.encrypt(old_secret))
        )
    await _claimed_link(hub, make_agent)

    hub.chores()

    [request] = receiver.requests
    assert verify_signature(old_secret, request.headers["qbdlink-signature"], request.body)
    assert verify_webhook(old_secret, request.headers, request.body)
    # The documented conversion: the same key, in the standard base64 the libraries expect.
    key = base64.urlsafe_b64decode(old_secret.removeprefix("whsec_") + "=")
    converted = "whsec_" + base64.b64encode(key).decode()
    assert Webhook(converted).verify(request.body, request.headers)["type"] == "link.claimed"


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


def test_our_signatures_are_the_standard_webhooks_librarys() -> None:
    secret = new_signing_secret()
    body = b'{"id":"evt_1","type":"webhook.test"}'

    headers = signed_headers([secret], "evt_1", body, timestamp=int(time.time()))

    assert Webhook(secret).verify(body, headers) == json.loads(body)


def test_verify_webhook_refuses_a_wrong_secret_a_changed_body_and_a_stale_timestamp() -> None:
    secret, other = new_signing_secret(), new_signing_secret()
    body = b'{"id":"evt_1"}'
    headers = signed_headers([secret], "evt_1", body, timestamp=1_700_000_000)

    assert verify_webhook(secret, headers, body, now=1_700_000_100)
    assert not verify_webhook(other, headers, body, now=1_700_000_100)
    assert not verify_webhook(secret, headers, body + b" ", now=1_700_000_100)
    assert not verify_webhook(secret, headers, body, now=1_700_000_301)
    assert not verify_webhook(secret, {"webhook-id": "evt_1"}, body, now=1_700_000_100)
