from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_account_ref import ExpenseAccountRef
    from ..models.income_account_ref import IncomeAccountRef
    from ..models.pref_vendor_ref import PrefVendorRef
    from ..models.purchase_tax_code_ref import PurchaseTaxCodeRef


T = TypeVar("T", bound="SalesAndPurchase")


@_attrs_define
class SalesAndPurchase:
    """qbXML SalesAndPurchase in snake_case.

    Attributes:
        sales_desc (str | Unset):
        sales_price (None | str | Unset): a price with up to 5 decimal places, as a string
        income_account_ref (IncomeAccountRef | Unset): qbXML IncomeAccountRef in snake_case.
        purchase_desc (str | Unset):
        purchase_cost (None | str | Unset): a price with up to 5 decimal places, as a string
        purchase_tax_code_ref (PurchaseTaxCodeRef | Unset): qbXML PurchaseTaxCodeRef in snake_case.
        expense_account_ref (ExpenseAccountRef | Unset): qbXML ExpenseAccountRef in snake_case.
        pref_vendor_ref (PrefVendorRef | Unset): qbXML PrefVendorRef in snake_case.
    """

    sales_desc: str | Unset = UNSET
    sales_price: None | str | Unset = UNSET
    income_account_ref: IncomeAccountRef | Unset = UNSET
    purchase_desc: str | Unset = UNSET
    purchase_cost: None | str | Unset = UNSET
    purchase_tax_code_ref: PurchaseTaxCodeRef | Unset = UNSET
    expense_account_ref: ExpenseAccountRef | Unset = UNSET
    pref_vendor_ref: PrefVendorRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_desc = self.sales_desc

        sales_price: None | str | Unset
        if isinstance(self.sales_price, Unset):
            sales_price = UNSET
        else:
            sales_price = self.sales_price

        income_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_account_ref, Unset):
            income_account_ref = self.income_account_ref.to_dict()

        purchase_desc = self.purchase_desc

        purchase_cost: None | str | Unset
        if isinstance(self.purchase_cost, Unset):
            purchase_cost = UNSET
        else:
            purchase_cost = self.purchase_cost

        purchase_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_tax_code_ref, Unset):
            purchase_tax_code_ref = self.purchase_tax_code_ref.to_dict()

        expense_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account_ref, Unset):
            expense_account_ref = self.expense_account_ref.to_dict()

        pref_vendor_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pref_vendor_ref, Unset):
            pref_vendor_ref = self.pref_vendor_ref.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_desc is not UNSET:
            field_dict["sales_desc"] = sales_desc
        if sales_price is not UNSET:
            field_dict["sales_price"] = sales_price
        if income_account_ref is not UNSET:
            field_dict["income_account_ref"] = income_account_ref
        if purchase_desc is not UNSET:
            field_dict["purchase_desc"] = purchase_desc
        if purchase_cost is not UNSET:
            field_dict["purchase_cost"] = purchase_cost
        if purchase_tax_code_ref is not UNSET:
            field_dict["purchase_tax_code_ref"] = purchase_tax_code_ref
        if expense_account_ref is not UNSET:
            field_dict["expense_account_ref"] = expense_account_ref
        if pref_vendor_ref is not UNSET:
            field_dict["pref_vendor_ref"] = pref_vendor_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expense_account_ref import ExpenseAccountRef  # noqa: PLC0415
        from ..models.income_account_ref import IncomeAccountRef  # noqa: PLC0415
        from ..models.pref_vendor_ref import PrefVendorRef  # noqa: PLC0415
        from ..models.purchase_tax_code_ref import PurchaseTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        sales_desc = d.pop("sales_desc", UNSET)

        def _parse_sales_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_price = _parse_sales_price(d.pop("sales_price", UNSET))

        _income_account_ref = d.pop("income_account_ref", UNSET)
        income_account_ref: IncomeAccountRef | Unset
        if isinstance(_income_account_ref, Unset):
            income_account_ref = UNSET
        else:
            income_account_ref = IncomeAccountRef.from_dict(_income_account_ref)

        purchase_desc = d.pop("purchase_desc", UNSET)

        def _parse_purchase_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_cost = _parse_purchase_cost(d.pop("purchase_cost", UNSET))

        _purchase_tax_code_ref = d.pop("purchase_tax_code_ref", UNSET)
        purchase_tax_code_ref: PurchaseTaxCodeRef | Unset
        if isinstance(_purchase_tax_code_ref, Unset):
            purchase_tax_code_ref = UNSET
        else:
            purchase_tax_code_ref = PurchaseTaxCodeRef.from_dict(_purchase_tax_code_ref)

        _expense_account_ref = d.pop("expense_account_ref", UNSET)
        expense_account_ref: ExpenseAccountRef | Unset
        if isinstance(_expense_account_ref, Unset):
            expense_account_ref = UNSET
        else:
            expense_account_ref = ExpenseAccountRef.from_dict(_expense_account_ref)

        _pref_vendor_ref = d.pop("pref_vendor_ref", UNSET)
        pref_vendor_ref: PrefVendorRef | Unset
        if isinstance(_pref_vendor_ref, Unset):
            pref_vendor_ref = UNSET
        else:
            pref_vendor_ref = PrefVendorRef.from_dict(_pref_vendor_ref)

        sales_and_purchase = cls(
            sales_desc=sales_desc,
            sales_price=sales_price,
            income_account_ref=income_account_ref,
            purchase_desc=purchase_desc,
            purchase_cost=purchase_cost,
            purchase_tax_code_ref=purchase_tax_code_ref,
            expense_account_ref=expense_account_ref,
            pref_vendor_ref=pref_vendor_ref,
        )

        sales_and_purchase.additional_properties = d
        return sales_and_purchase

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
