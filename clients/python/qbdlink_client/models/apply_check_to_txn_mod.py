from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyCheckToTxnMod")


@_attrs_define
class ApplyCheckToTxnMod:
    """qbXML ApplyCheckToTxnMod in snake_case.

    Attributes:
        txn_id (str):
        amount (str | Unset): an amount exact to the cent, as a string
    """

    txn_id: str
    amount: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_id = self.txn_id

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_id": txn_id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        txn_id = d.pop("txn_id")

        amount = d.pop("amount", UNSET)

        apply_check_to_txn_mod = cls(
            txn_id=txn_id,
            amount=amount,
        )

        return apply_check_to_txn_mod
