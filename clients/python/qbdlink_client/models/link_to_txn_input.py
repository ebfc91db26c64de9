from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LinkToTxnInput")


@_attrs_define
class LinkToTxnInput:
    """qbXML LinkToTxn in snake_case.

    Attributes:
        txn_id (str):
        txn_line_id (str):
    """

    txn_id: str
    txn_line_id: str

    def to_dict(self) -> dict[str, Any]:
        txn_id = self.txn_id

        txn_line_id = self.txn_line_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_id": txn_id,
                "txn_line_id": txn_line_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        txn_id = d.pop("txn_id")

        txn_line_id = d.pop("txn_line_id")

        link_to_txn_input = cls(
            txn_id=txn_id,
            txn_line_id=txn_line_id,
        )

        return link_to_txn_input
