from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput


T = TypeVar("T", bound="SalesTaxLineAdd")


@_attrs_define
class SalesTaxLineAdd:
    """qbXML SalesTaxLineAdd in snake_case.

    Attributes:
        amount (str | Unset): an amount exact to the cent, as a string
        rate_percent (str | Unset): a percentage with up to 5 decimal places, as a string
        account_ref (AccountRefInput | Unset): qbXML AccountRef in snake_case.
    """

    amount: str | Unset = UNSET
    rate_percent: str | Unset = UNSET
    account_ref: AccountRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        rate_percent = self.rate_percent

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if rate_percent is not UNSET:
            field_dict["rate_percent"] = rate_percent
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        rate_percent = d.pop("rate_percent", UNSET)

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRefInput | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRefInput.from_dict(_account_ref)

        sales_tax_line_add = cls(
            amount=amount,
            rate_percent=rate_percent,
            account_ref=account_ref,
        )

        return sales_tax_line_add
