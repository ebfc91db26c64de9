from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TxnLineDetailInput")


@_attrs_define
class TxnLineDetailInput:
    """qbXML TxnLineDetail in snake_case.

    Attributes:
        txn_line_id (str):
        amount (str): an amount exact to the cent, as a string
    """

    txn_line_id: str
    amount: str

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_line_id": txn_line_id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id")

        amount = d.pop("amount")

        txn_line_detail_input = cls(
            txn_line_id=txn_line_id,
            amount=amount,
        )

        return txn_line_detail_input
