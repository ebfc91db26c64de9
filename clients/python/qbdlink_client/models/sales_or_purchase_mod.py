from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput


T = TypeVar("T", bound="SalesOrPurchaseMod")


@_attrs_define
class SalesOrPurchaseMod:
    """qbXML SalesOrPurchaseMod in snake_case.

    Attributes:
        desc (str | Unset):
        price (str | Unset): a price with up to 5 decimal places, as a string
        price_percent (str | Unset): a percentage with up to 5 decimal places, as a string
        account_ref (AccountRefInput | Unset): qbXML AccountRef in snake_case.
        apply_account_ref_to_existing_txns (bool | Unset):
    """

    desc: str | Unset = UNSET
    price: str | Unset = UNSET
    price_percent: str | Unset = UNSET
    account_ref: AccountRefInput | Unset = UNSET
    apply_account_ref_to_existing_txns: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        desc = self.desc

        price = self.price

        price_percent = self.price_percent

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        apply_account_ref_to_existing_txns = self.apply_account_ref_to_existing_txns

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if desc is not UNSET:
            field_dict["desc"] = desc
        if price is not UNSET:
            field_dict["price"] = price
        if price_percent is not UNSET:
            field_dict["price_percent"] = price_percent
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref
        if apply_account_ref_to_existing_txns is not UNSET:
            field_dict["apply_account_ref_to_existing_txns"] = apply_account_ref_to_existing_txns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415

        d = dict(src_dict)
        desc = d.pop("desc", UNSET)

        price = d.pop("price", UNSET)

        price_percent = d.pop("price_percent", UNSET)

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRefInput | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRefInput.from_dict(_account_ref)

        apply_account_ref_to_existing_txns = d.pop("apply_account_ref_to_existing_txns", UNSET)

        sales_or_purchase_mod = cls(
            desc=desc,
            price=price,
            price_percent=price_percent,
            account_ref=account_ref,
            apply_account_ref_to_existing_txns=apply_account_ref_to_existing_txns,
        )

        return sales_or_purchase_mod
