from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetCreditInput")


@_attrs_define
class SetCreditInput:
    """qbXML SetCredit in snake_case.

    Attributes:
        credit_txn_id (str):
        applied_amount (str): an amount exact to the cent, as a string
        txn_line_id (str | Unset):
        override (bool | Unset):
    """

    credit_txn_id: str
    applied_amount: str
    txn_line_id: str | Unset = UNSET
    override: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        credit_txn_id = self.credit_txn_id

        applied_amount = self.applied_amount

        txn_line_id = self.txn_line_id

        override = self.override

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credit_txn_id": credit_txn_id,
                "applied_amount": applied_amount,
            }
        )
        if txn_line_id is not UNSET:
            field_dict["txn_line_id"] = txn_line_id
        if override is not UNSET:
            field_dict["override"] = override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_txn_id = d.pop("credit_txn_id")

        applied_amount = d.pop("applied_amount")

        txn_line_id = d.pop("txn_line_id", UNSET)

        override = d.pop("override", UNSET)

        set_credit_input = cls(
            credit_txn_id=credit_txn_id,
            applied_amount=applied_amount,
            txn_line_id=txn_line_id,
            override=override,
        )

        return set_credit_input
