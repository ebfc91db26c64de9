"""Wire models: what the hub receives is strict, what the connector receives is tolerant."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

import qbdlink.agentapi as agentapi
from qbdlink.agentapi import (
    ClaimRequest,
    ClaimResponse,
    ErrorResponse,
    Heartbeat,
    HeartbeatResponse,
    Job,
    JobResult,
    LinkStatus,
    VerifyFailure,
    VerifyRequest,
    VerifyResponse,
    WireRequest,
    WireResponse,
)

NOW = "2024-05-01T12:00:00Z"
HOST = {"product_name": "QuickBooks Enterprise 24", "country": "US"}
COMPANY = {"company_name": "Acme Properties LLC", "company_file": r"C:\acme.qbw"}
REQUESTS: list[tuple[type[WireRequest], dict[str, Any]]] = [
    (
        ClaimRequest,
        {"license_key": "QBD-US-X", "machine_id": "machine-0001", "connector_version": "0.1.0"},
    ),
    (VerifyRequest, {"host": HOST, "company": COMPANY, "fingerprint": "0123456789abcdef"}),
    (
        VerifyRequest,
        {
            "host": HOST,
            "company": COMPANY,
            "fingerprint": "0123456789abcdef",
            "access": {"automatic_login_allowed": False},
        },
    ),
    (
        VerifyFailure,
        {
            "code": "access_denied",
            "user_facing_message": 'Someone clicked "No" in QuickBooks.',
            "hresult": 0x80040420,
        },
    ),
    (Heartbeat, {"state": "ready"}),
    (JobResult, {"lease_token": "lease_1", "error": {"code": "busy", "message": "a dialog"}}),
]
RESPONSES: list[tuple[type[WireResponse], dict[str, Any]]] = [
    (
        ClaimResponse,
        {
            "link_id": "lnk_1",
            "link_name": "Acme",
            "region": "us",
            "token": "qbt_1",
            "token_expires_at": NOW,
            "hub_time": NOW,
        },
    ),
    (
        VerifyResponse,
        {
            "link_id": "lnk_1",
            "state": "verified",
            "company_name": "Acme",
            "region": "us",
            "user_facing_message": "",
        },
    ),
    (HeartbeatResponse, {"paused": False, "token_expires_at": NOW}),
    (
        Job,
        {
            "id": "job_1",
            "link_id": "lnk_1",
            "kind": "sync",
            "qbxml": "<QBXML/>",
            "lease_token": "lease_1",
            "lease_expires_at": NOW,
            "attempt": 1,
        },
    ),
    (
        LinkStatus,
        {
            "link_id": "lnk_1",
            "name": "Acme",
            "state": "up_to_date",
            "state_reason": None,
            "user_facing_message": "",
            "sync_running": False,
            "sync_progress": None,
            "last_sync_at": NOW,
            "paused": False,
        },
    ),
    (
        ErrorResponse,
        {
            "error": {
                "type": "invalid_request_error",
                "code": "invalid_body",
                "message": "surprise: Extra inputs are not permitted",
                "user_facing_message": "The request was not understood; nothing was changed.",
            }
        },
    ),
]


@pytest.mark.parametrize(("model", "body"), REQUESTS, ids=lambda v: getattr(v, "__name__", ""))
def test_a_request_with_an_unknown_field_is_refused_naming_it(
    model: type[WireRequest], body: dict[str, Any]
) -> None:
    model.model_validate(body)

    with pytest.raises(ValidationError) as caught:
        model.model_validate({**body, "surprise": 1})

    assert [(e["type"], e["loc"]) for e in caught.value.errors()] == [
        ("extra_forbidden", ("surprise",))
    ]


def test_an_unknown_field_inside_a_request_is_refused_too() -> None:
    body = {"host": {**HOST, "surprise": 1}, "company": COMPANY, "fingerprint": "0123456789abcdef"}

    with pytest.raises(ValidationError) as caught:
        VerifyRequest.model_validate(body)

    assert caught.value.errors()[0]["loc"] == ("host", "surprise")


@pytest.mark.parametrize(("model", "body"), RESPONSES, ids=lambda v: getattr(v, "__name__", ""))
def test_a_response_with_a_field_a_newer_hub_adds_parses(
    model: type[WireResponse], body: dict[str, Any]
) -> None:
    parsed = model.model_validate({**body, "added_by_a_newer_hub": {"any": "thing"}})

    assert parsed.model_dump(mode="json", exclude_unset=True).keys() == body.keys()


def test_an_unknown_field_inside_a_response_is_ignored_too() -> None:
    body = dict(RESPONSES[-1][1])
    body["error"] = {**body["error"], "documentation_url": "https://example.com"}

    assert ErrorResponse.model_validate(body).error.code == "invalid_body"


def test_every_wire_model_says_which_way_it_travels() -> None:
    exported = [getattr(agentapi, name) for name in agentapi.__all__]
    models = [m for m in exported if isinstance(m, type) and issubclass(m, BaseModel)]
    undecided = [
        m.__name__
        for m in models
        if m not in (WireRequest, WireResponse) and not issubclass(m, WireRequest | WireResponse)
    ]

    assert (undecided, len(models) > 10) == ([], True)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("code", "Access Denied"),  # a code is a plain identifier, never free text
        ("code", ""),
        ("hresult", -2147220448),  # HRESULTs travel unsigned
        ("hresult", 0x1_0000_0000),
        ("user_facing_message", ""),  # the admin must be told something
        ("user_facing_message", "x" * 2001),
    ],
)
def test_a_verify_failure_out_of_shape_is_refused(field: str, value: object) -> None:
    body: dict[str, Any] = {"code": "access_denied", "user_facing_message": "Click Yes."}

    with pytest.raises(ValidationError) as caught:
        VerifyFailure.model_validate({**body, field: value})

    assert caught.value.errors()[0]["loc"] == (field,)


def test_an_older_connector_verifies_without_access_rights() -> None:
    body = {"host": HOST, "company": COMPANY, "fingerprint": "0123456789abcdef"}

    assert VerifyRequest.model_validate(body).access is None
