from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput


T = TypeVar("T", bound="ShippingLineAdd")


@_attrs_define
class ShippingLineAdd:
    """qbXML ShippingLineAdd in snake_case.

    Attributes:
        amount (str): an amount exact to the cent, as a string
        account_ref (AccountRefInput | Unset): qbXML AccountRef in snake_case.
    """

    amount: str
    account_ref: AccountRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
            }
        )
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRefInput | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRefInput.from_dict(_account_ref)

        shipping_line_add = cls(
            amount=amount,
            account_ref=account_ref,
        )

        return shipping_line_add
