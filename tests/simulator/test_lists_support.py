"""Helpers for the list, delete and DataExt tests (no tests here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from qbdlink.qbxml import Request, ResponseSet, decode_responses, encode_requests
from qbdlink.qbxml.codec import Record
from qbdlink.simulator import CompanyStore, Processor, create_company
from qbdlink.simulator.context import Session

Send = Callable[..., ResponseSet]
CUSTOMER_OWNER = "{6B063959-81B0-4B2A-9D5C-4A7A7C6C1B11}"


def add(kind: str, **fields: Any) -> Request:
    """``<kind>AddRq`` with these fields."""
    return Request(f"{kind}AddRq", {f"{kind}Add": fields})


def mod(kind: str, record: Record, **fields: Any) -> Request:
    """``<kind>ModRq`` for ``record`` (its ListID and EditSequence) with these changes."""
    body = {"ListID": record["ListID"], "EditSequence": record["EditSequence"], **fields}
    return Request(f"{kind}ModRq", {f"{kind}Mod": body})


def query(kind: str, **fields: Any) -> Request:
    """``<kind>QueryRq`` with these filters."""
    return Request(f"{kind}QueryRq", fields)


def one(send: Send, request: Request) -> Record:
    """Send one request that must succeed; its single record."""
    response = send(request)[0]
    assert response.status_code == 0, response.message
    return response.records[0]


def names(send: Send, request: Request) -> list[str]:
    """The FullNames (or Names) a query returns."""
    return [str(r.get("FullName", r.get("Name"))) for r in send(request)[0].records]


def company_sender(path: Path, clock: Any, *, edition: str = "us") -> tuple[Send, CompanyStore]:
    """A new company of ``edition`` and a ``send(*requests)`` bound to it."""
    create_company(path, edition=edition)  # type: ignore[arg-type]
    store = CompanyStore.open(path)
    processor = Processor(store, clock=clock)

    def send(*requests: Request, on_error: str = "continueOnError") -> ResponseSet:
        document = encode_requests(list(requests), on_error=on_error)  # type: ignore[arg-type]
        return decode_responses(processor.process(document), strict=True)

    return send, store


def session_sender(processor: Processor) -> Send:
    """``send(*requests)`` through one QBXMLRP2 session (iterators live as long as it does)."""
    session = Session()

    def send(*requests: Request) -> ResponseSet:
        document = encode_requests(list(requests), on_error="continueOnError")
        return decode_responses(processor.process(document, session), strict=True)

    return send
