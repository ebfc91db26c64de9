from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_out_kind import OperationOutKind
from ..models.operation_out_state import OperationOutState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.history_entry_out import HistoryEntryOut
    from ..models.operation_out_result_type_0 import OperationOutResultType0
    from ..models.waiting_out import WaitingOut


T = TypeVar("T", bound="OperationOut")


@_attrs_define
class OperationOut:
    """A write and its outcome: pending (or waiting for QuickBooks), then succeeded, failed or
    needs_attention.

        Attributes:
            id (str):
            kind (OperationOutKind):
            link_id (str):
            resource (None | str):
            record_id (None | str): the QuickBooks id (a create's once it succeeded)
            state (OperationOutState):
            result (None | OperationOutResultType0): the record as QuickBooks now holds it; for passthrough {'qbxml': ...}
            error (ErrorDetail | None):
            created_at (str):
            updated_at (None | str):
            completed_at (None | str):
            object_ (Literal['operation'] | Unset):  Default: 'operation'.
            waiting (None | Unset | WaitingOut): while the state is waiting: why, and since when
            history (list[HistoryEntryOut] | Unset): every step of the write, oldest first
    """

    id: str
    kind: OperationOutKind
    link_id: str
    resource: None | str
    record_id: None | str
    state: OperationOutState
    result: None | OperationOutResultType0
    error: ErrorDetail | None
    created_at: str
    updated_at: None | str
    completed_at: None | str
    object_: Literal["operation"] | Unset = "operation"
    waiting: None | Unset | WaitingOut = UNSET
    history: list[HistoryEntryOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415
        from ..models.operation_out_result_type_0 import OperationOutResultType0  # noqa: PLC0415
        from ..models.waiting_out import WaitingOut  # noqa: PLC0415

        id = self.id

        kind = self.kind.value

        link_id = self.link_id

        resource: None | str
        resource = self.resource

        record_id: None | str
        record_id = self.record_id

        state = self.state.value

        result: dict[str, Any] | None
        if isinstance(self.result, OperationOutResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        error: dict[str, Any] | None
        if isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        created_at = self.created_at

        updated_at: None | str
        updated_at = self.updated_at

        completed_at: None | str
        completed_at = self.completed_at

        object_ = self.object_

        waiting: dict[str, Any] | None | Unset
        if isinstance(self.waiting, Unset):
            waiting = UNSET
        elif isinstance(self.waiting, WaitingOut):
            waiting = self.waiting.to_dict()
        else:
            waiting = self.waiting

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "link_id": link_id,
                "resource": resource,
                "record_id": record_id,
                "state": state,
                "result": result,
                "error": error,
                "created_at": created_at,
                "updated_at": updated_at,
                "completed_at": completed_at,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if waiting is not UNSET:
            field_dict["waiting"] = waiting
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415
        from ..models.history_entry_out import HistoryEntryOut  # noqa: PLC0415
        from ..models.operation_out_result_type_0 import OperationOutResultType0  # noqa: PLC0415
        from ..models.waiting_out import WaitingOut  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        kind = OperationOutKind(d.pop("kind"))

        link_id = d.pop("link_id")

        def _parse_resource(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource = _parse_resource(d.pop("resource"))

        def _parse_record_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        record_id = _parse_record_id(d.pop("record_id"))

        state = OperationOutState(d.pop("state"))

        def _parse_result(data: object) -> None | OperationOutResultType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = OperationOutResultType0.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OperationOutResultType0, data)

        result = _parse_result(d.pop("result"))

        def _parse_error(data: object) -> ErrorDetail | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ErrorDetail.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDetail | None, data)

        error = _parse_error(d.pop("error"))

        created_at = d.pop("created_at")

        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_completed_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        object_ = cast(Literal["operation"] | Unset, d.pop("object", UNSET))
        if object_ != "operation" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'operation', got '{object_}'")

        def _parse_waiting(data: object) -> None | Unset | WaitingOut:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                waiting_type_0 = WaitingOut.from_dict(data)

                return waiting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WaitingOut, data)

        waiting = _parse_waiting(d.pop("waiting", UNSET))

        _history = d.pop("history", UNSET)
        history: list[HistoryEntryOut] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = HistoryEntryOut.from_dict(history_item_data)

                history.append(history_item)

        operation_out = cls(
            id=id,
            kind=kind,
            link_id=link_id,
            resource=resource,
            record_id=record_id,
            state=state,
            result=result,
            error=error,
            created_at=created_at,
            updated_at=updated_at,
            completed_at=completed_at,
            object_=object_,
            waiting=waiting,
            history=history,
        )

        operation_out.additional_properties = d
        return operation_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
