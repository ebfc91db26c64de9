"""The REST shapes of records, lists of records and the error object."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class RecordOut(BaseModel):
    """A QuickBooks record: envelope fields, then QuickBooks' own fields in snake_case."""

    model_config = ConfigDict(extra="allow")
    id: str = Field(description="ListID or TxnID ('company' for the company record)")
    object: str = Field(description="the qbXML type in snake_case: invoice, item_service, ...")
    revision: str | None = Field(description="QuickBooks' EditSequence; send it with updates")
    updated_at: str | None = Field(description="QuickBooks' TimeModified, UTC ISO 8601")
    deleted: bool
    deleted_at: str | None = None


class RecordList(BaseModel):
    """A page of records, oldest change first."""

    data: list[RecordOut]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page")
    has_more: bool


class ErrorDetail(BaseModel):
    """What went wrong, for the developer and for the admin."""

    type: str
    code: str
    message: str
    user_facing_message: str
    integration_code: str | None = Field(description="QuickBooks status code or HRESULT")
    request_id: str | None


class ErrorOut(BaseModel):
    """Every failure answers this shape."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    404: {"model": ErrorOut, "description": "No such link or record for this tenant"},
    422: {"model": ErrorOut, "description": "The request is invalid"},
}
