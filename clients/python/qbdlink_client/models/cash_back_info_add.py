from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput


T = TypeVar("T", bound="CashBackInfoAdd")


@_attrs_define
class CashBackInfoAdd:
    """qbXML CashBackInfoAdd in snake_case.

    Attributes:
        account_ref (AccountRefInput): qbXML AccountRef in snake_case.
        memo (str | Unset):
        amount (str | Unset): an amount exact to the cent, as a string
    """

    account_ref: AccountRefInput
    memo: str | Unset = UNSET
    amount: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_ref = self.account_ref.to_dict()

        memo = self.memo

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account_ref": account_ref,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415

        d = dict(src_dict)
        account_ref = AccountRefInput.from_dict(d.pop("account_ref"))

        memo = d.pop("memo", UNSET)

        amount = d.pop("amount", UNSET)

        cash_back_info_add = cls(
            account_ref=account_ref,
            memo=memo,
            amount=amount,
        )

        return cash_back_info_add
