"""The hub client: wire models in, typed connector errors out (httpx.MockTransport, no sockets)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest

from qbdlink import __version__
from qbdlink.agentapi import CONNECTOR_VERSION_HEADER, Heartbeat, JobPage, JobResult
from qbdlink.connector.errors import HubRefused, HubUnreachable
from qbdlink.connector.hubclient import HubClient

HUB = "http://127.0.0.1:8001"
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC).isoformat()
JOB = {
    "id": "job_1",
    "link_id": "lnk_1",
    "kind": "sync",
    "qbxml": "<QBXML/>",
    "lease_token": "lease_abcdefgh12345678",
    "lease_expires_at": NOW,
    "attempt": 1,
    "keep_session": True,
}
Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler, *, token: str | None = None, region: str | None = None) -> HubClient:
    return HubClient(HUB, transport=httpx.MockTransport(handler), token=token, region=region)


def _error(status: int, code: str, user: str) -> Handler:
    body = {
        "error": {
            "type": "invalid_request",
            "code": code,
            "message": f"developer words for {code}",
            "user_facing_message": user,
            "integration_code": None,
            "request_id": "req_1",
        }
    }
    return lambda request: httpx.Response(status, json=body)


def test_an_error_object_becomes_hub_refused_with_its_code_status_and_message() -> None:
    client = _client(_error(409, "key_claimed", "This key is in use on another PC."))

    with pytest.raises(HubRefused) as caught:
        client.claim(license_key="QBD-US-X", machine_id="machine-0001", machine_name="PC")

    refusal = caught.value
    assert (refusal.code, refusal.status, refusal.user_facing_message, refusal.message) == (
        "key_claimed",
        409,
        "This key is in use on another PC.",
        "developer words for key_claimed",
    )


def test_an_error_without_an_error_object_is_a_generic_refusal() -> None:
    client = _client(lambda request: httpx.Response(502, text="<html>Bad gateway</html>"))

    with pytest.raises(HubRefused) as caught:
        client.next_job(0.1)

    assert (caught.value.code, caught.value.status) == ("hub_error", 502)


def test_an_error_whose_error_is_a_string_is_a_generic_refusal() -> None:
    client = _client(lambda request: httpx.Response(502, json={"error": "Bad gateway"}))

    with pytest.raises(HubRefused) as caught:
        client.next_job(0.1)

    assert (caught.value.code, caught.value.status) == ("hub_error", 502)


def test_a_connection_error_becomes_hub_unreachable_naming_the_url() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = _client(refuse)

    with pytest.raises(HubUnreachable) as caught:
        client.next_job(0.1)

    assert (caught.value.code, HUB in caught.value.user_facing_message) == (
        "hub_unreachable",
        True,
    )


def test_an_unreachable_hub_names_its_region() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    client = _client(refuse, region="ca")

    with pytest.raises(HubUnreachable, match="the qbdlink service for Canada at http://127"):
        client.next_job(0.1)


def test_a_timeout_becomes_hub_unreachable() -> None:
    def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = _client(hang)

    with pytest.raises(HubUnreachable) as caught:
        client.next_job(0.1)

    assert caught.value.code == "hub_timeout"


def test_no_job_within_the_wait_is_none() -> None:
    client = _client(lambda request: httpx.Response(204))

    assert client.next_job(0.1) is None


def test_a_job_is_parsed() -> None:
    client = _client(lambda request: httpx.Response(200, json=JOB))

    job = client.next_job(0.1)

    assert job is not None
    assert (job.id, job.kind, job.keep_session) == ("job_1", "sync", True)


def test_a_job_with_a_field_a_newer_hub_adds_is_parsed() -> None:
    client = _client(lambda request: httpx.Response(200, json={**JOB, "priority": "high"}))

    job = client.next_job(0.1)

    assert job is not None
    assert job.id == "job_1"


def test_the_link_status_is_parsed() -> None:
    status = {
        "link_id": "lnk_1",
        "name": "Acme",
        "state": "syncing",
        "state_reason": None,
        "user_facing_message": "Syncing.",
        "sync_running": True,
        "sync_progress": {"customers": 40},
        "last_sync_at": None,
        "paused": False,
        "added_by_a_newer_hub": 1,
    }
    client = _client(lambda request: httpx.Response(200, json=status))

    answer = client.link_status()

    assert (answer.state, answer.sync_running, answer.sync_progress) == (
        "syncing",
        True,
        {"customers": 40},
    )


def test_the_long_poll_asks_for_the_wait_and_for_streamed_sync_pages() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    _client(record).next_job(2.5)

    assert str(seen[0].url) == f"{HUB}/agent/v1/jobs/next?wait=2.5&pages=true"


def test_a_page_is_posted_to_its_job() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    _client(record).post_page("job_1", JobPage.of("lease_1", 1, "<QBXML/>"))

    assert (str(seen[0].url), seen[0].method) == (f"{HUB}/agent/v1/jobs/job_1/pages", "POST")


def test_every_request_sends_the_connector_version() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    _client(record).next_job(0.1)

    assert seen[0].headers[CONNECTOR_VERSION_HEADER] == __version__


def test_a_token_is_sent_as_a_bearer_header() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    _client(record, token="qbt_secret12345").next_job(0.1)

    assert seen[0].headers["Authorization"] == "Bearer qbt_secret12345"


def test_no_token_sends_no_authorization_header() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    _client(record).next_job(0.1)

    assert "Authorization" not in seen[0].headers


def test_claim_posts_the_key_and_machine_and_returns_the_token() -> None:
    seen: list[dict[str, str]] = []

    def claim(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(
            200,
            json={
                "link_id": "lnk_1",
                "link_name": "Acme",
                "region": "us",
                "token": "qbt_secret12345",
                "token_expires_at": NOW,
                "hub_time": NOW,
            },
        )

    claimed = _client(claim).claim(
        license_key="QBD-US-X", machine_id="machine-0001", machine_name="PC"
    )

    assert (claimed.token, seen[0]["license_key"], seen[0]["connector_version"]) == (
        "qbt_secret12345",
        "QBD-US-X",
        __version__,
    )


def test_post_result_posts_to_the_jobs_result_path() -> None:
    seen: list[tuple[str, str]] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path))
        return httpx.Response(204)

    _client(record).post_result("job_1", JobResult.success("lease_abcdefgh12345678", "<QBXML/>"))

    assert seen == [("POST", "/agent/v1/jobs/job_1/result")]


def test_heartbeat_sends_the_state_and_reads_the_answer() -> None:
    seen: list[dict[str, object]] = []

    def beat(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json={"paused": True, "token_expires_at": NOW})

    answer = _client(beat).heartbeat(Heartbeat(state="busy", message="A dialog is open."))

    assert (answer.paused, seen[0]["state"]) == (True, "busy")


def test_the_client_closes_as_a_context_manager() -> None:
    with _client(lambda request: httpx.Response(204)) as client:
        pass

    assert client._client.is_closed
