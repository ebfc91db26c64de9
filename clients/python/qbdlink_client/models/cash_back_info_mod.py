from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput


T = TypeVar("T", bound="CashBackInfoMod")


@_attrs_define
class CashBackInfoMod:
    """qbXML CashBackInfoMod in snake_case.

    Attributes:
        account_ref (AccountRefInput | Unset): qbXML AccountRef in snake_case.
        memo (str | Unset):
        amount (str | Unset): an amount exact to the cent, as a string
    """

    account_ref: AccountRefInput | Unset = UNSET
    memo: str | Unset = UNSET
    amount: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        memo = self.memo

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref
        if memo is not UNSET:
            field_dict["memo"] = memo
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415

        d = dict(src_dict)
        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRefInput | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRefInput.from_dict(_account_ref)

        memo = d.pop("memo", UNSET)

        amount = d.pop("amount", UNSET)

        cash_back_info_mod = cls(
            account_ref=account_ref,
            memo=memo,
            amount=amount,
        )

        return cash_back_info_mod
