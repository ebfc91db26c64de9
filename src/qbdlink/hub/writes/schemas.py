"""The REST shapes of operations and passthrough."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from qbdlink.hub.records.schemas import ErrorDetail


class OperationOut(BaseModel):
    """A write and its outcome: pending, then succeeded, failed or needs_attention."""

    id: str
    object: Literal["operation"] = "operation"
    kind: Literal["create", "update", "void", "delete", "passthrough"]
    link_id: str
    resource: str | None
    record_id: str | None = Field(description="the QuickBooks id (a create's once it succeeded)")
    state: Literal["pending", "succeeded", "failed", "needs_attention"]
    result: dict[str, Any] | None = Field(
        description="the record as QuickBooks now holds it; for passthrough {'qbxml': ...}"
    )
    error: ErrorDetail | None
    created_at: str
    updated_at: str | None
    completed_at: str | None


class PassthroughIn(BaseModel):
    """A raw qbXML request message set, sent to QuickBooks as it is."""

    model_config = ConfigDict(extra="forbid")
    qbxml: str = Field(min_length=1, description="a qbXML request message set (QBXMLMsgsRq)")
