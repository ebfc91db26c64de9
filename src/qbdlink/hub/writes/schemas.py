"""The REST shapes of operations and passthrough."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from qbdlink.hub.records.schemas import ErrorDetail


class WaitingOut(BaseModel):
    """Why a write cannot be delivered now; it is sent as soon as it can be."""

    reason: str = Field(
        description="quickbooks_closed, wrong_company, busy, access_denied, connector_offline, "
        "connector_not_verified, ..."
    )
    message: str
    user_facing_message: str
    since: str = Field(description="when the write started waiting (ISO 8601, UTC)")


class HistoryEntryOut(BaseModel):
    """One step of a write's life."""

    at: str
    event: str = Field(
        description="accepted, waiting, retrying, outcome_unknown, reconciling, "
        "found_in_quickbooks, resending, succeeded, failed, needs_attention"
    )
    message: str
    model_config = ConfigDict(extra="allow")


class OperationOut(BaseModel):
    """A write and its outcome: pending (or waiting for QuickBooks), then succeeded, failed or
    needs_attention."""

    id: str
    object: Literal["operation"] = "operation"
    kind: Literal["create", "update", "void", "delete", "passthrough"]
    link_id: str
    resource: str | None
    record_id: str | None = Field(description="the QuickBooks id (a create's once it succeeded)")
    state: Literal["pending", "waiting", "succeeded", "failed", "needs_attention"]
    waiting: WaitingOut | None = Field(
        default=None, description="while the state is waiting: why, and since when"
    )
    result: dict[str, Any] | None = Field(
        description="the record as QuickBooks now holds it; for passthrough {'qbxml': ...}"
    )
    error: ErrorDetail | None
    history: list[HistoryEntryOut] = Field(
        default_factory=list, description="every step of the write, oldest first"
    )
    created_at: str
    updated_at: str | None
    completed_at: str | None


class OperationList(BaseModel):
    """A page of operations, newest first."""

    data: list[OperationOut]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page")
    has_more: bool


class PassthroughIn(BaseModel):
    """A raw qbXML request message set, sent to QuickBooks as it is."""

    model_config = ConfigDict(extra="forbid")
    qbxml: str = Field(min_length=1, description="a qbXML request message set (QBXMLMsgsRq)")
