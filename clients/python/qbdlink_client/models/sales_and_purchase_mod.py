from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_account_ref_input import ExpenseAccountRefInput
    from ..models.income_account_ref_input import IncomeAccountRefInput
    from ..models.pref_vendor_ref_input import PrefVendorRefInput
    from ..models.purchase_tax_code_ref_input import PurchaseTaxCodeRefInput


T = TypeVar("T", bound="SalesAndPurchaseMod")


@_attrs_define
class SalesAndPurchaseMod:
    """qbXML SalesAndPurchaseMod in snake_case.

    Attributes:
        sales_desc (str | Unset):
        sales_price (str | Unset): a price with up to 5 decimal places, as a string
        income_account_ref (IncomeAccountRefInput | Unset): qbXML IncomeAccountRef in snake_case.
        apply_income_account_ref_to_existing_txns (bool | Unset):
        purchase_desc (str | Unset):
        purchase_cost (str | Unset): a price with up to 5 decimal places, as a string
        purchase_tax_code_ref (PurchaseTaxCodeRefInput | Unset): qbXML PurchaseTaxCodeRef in snake_case.
        expense_account_ref (ExpenseAccountRefInput | Unset): qbXML ExpenseAccountRef in snake_case.
        apply_expense_account_ref_to_existing_txns (bool | Unset):
        pref_vendor_ref (PrefVendorRefInput | Unset): qbXML PrefVendorRef in snake_case.
    """

    sales_desc: str | Unset = UNSET
    sales_price: str | Unset = UNSET
    income_account_ref: IncomeAccountRefInput | Unset = UNSET
    apply_income_account_ref_to_existing_txns: bool | Unset = UNSET
    purchase_desc: str | Unset = UNSET
    purchase_cost: str | Unset = UNSET
    purchase_tax_code_ref: PurchaseTaxCodeRefInput | Unset = UNSET
    expense_account_ref: ExpenseAccountRefInput | Unset = UNSET
    apply_expense_account_ref_to_existing_txns: bool | Unset = UNSET
    pref_vendor_ref: PrefVendorRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sales_desc = self.sales_desc

        sales_price = self.sales_price

        income_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_account_ref, Unset):
            income_account_ref = self.income_account_ref.to_dict()

        apply_income_account_ref_to_existing_txns = self.apply_income_account_ref_to_existing_txns

        purchase_desc = self.purchase_desc

        purchase_cost = self.purchase_cost

        purchase_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_tax_code_ref, Unset):
            purchase_tax_code_ref = self.purchase_tax_code_ref.to_dict()

        expense_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account_ref, Unset):
            expense_account_ref = self.expense_account_ref.to_dict()

        apply_expense_account_ref_to_existing_txns = self.apply_expense_account_ref_to_existing_txns

        pref_vendor_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pref_vendor_ref, Unset):
            pref_vendor_ref = self.pref_vendor_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if sales_desc is not UNSET:
            field_dict["sales_desc"] = sales_desc
        if sales_price is not UNSET:
            field_dict["sales_price"] = sales_price
        if income_account_ref is not UNSET:
            field_dict["income_account_ref"] = income_account_ref
        if apply_income_account_ref_to_existing_txns is not UNSET:
            field_dict["apply_income_account_ref_to_existing_txns"] = apply_income_account_ref_to_existing_txns
        if purchase_desc is not UNSET:
            field_dict["purchase_desc"] = purchase_desc
        if purchase_cost is not UNSET:
            field_dict["purchase_cost"] = purchase_cost
        if purchase_tax_code_ref is not UNSET:
            field_dict["purchase_tax_code_ref"] = purchase_tax_code_ref
        if expense_account_ref is not UNSET:
            field_dict["expense_account_ref"] = expense_account_ref
        if apply_expense_account_ref_to_existing_txns is not UNSET:
            field_dict["apply_expense_account_ref_to_existing_txns"] = apply_expense_account_ref_to_existing_txns
        if pref_vendor_ref is not UNSET:
            field_dict["pref_vendor_ref"] = pref_vendor_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expense_account_ref_input import ExpenseAccountRefInput  # noqa: PLC0415
        from ..models.income_account_ref_input import IncomeAccountRefInput  # noqa: PLC0415
        from ..models.pref_vendor_ref_input import PrefVendorRefInput  # noqa: PLC0415
        from ..models.purchase_tax_code_ref_input import PurchaseTaxCodeRefInput  # noqa: PLC0415

        d = dict(src_dict)
        sales_desc = d.pop("sales_desc", UNSET)

        sales_price = d.pop("sales_price", UNSET)

        _income_account_ref = d.pop("income_account_ref", UNSET)
        income_account_ref: IncomeAccountRefInput | Unset
        if isinstance(_income_account_ref, Unset):
            income_account_ref = UNSET
        else:
            income_account_ref = IncomeAccountRefInput.from_dict(_income_account_ref)

        apply_income_account_ref_to_existing_txns = d.pop("apply_income_account_ref_to_existing_txns", UNSET)

        purchase_desc = d.pop("purchase_desc", UNSET)

        purchase_cost = d.pop("purchase_cost", UNSET)

        _purchase_tax_code_ref = d.pop("purchase_tax_code_ref", UNSET)
        purchase_tax_code_ref: PurchaseTaxCodeRefInput | Unset
        if isinstance(_purchase_tax_code_ref, Unset):
            purchase_tax_code_ref = UNSET
        else:
            purchase_tax_code_ref = PurchaseTaxCodeRefInput.from_dict(_purchase_tax_code_ref)

        _expense_account_ref = d.pop("expense_account_ref", UNSET)
        expense_account_ref: ExpenseAccountRefInput | Unset
        if isinstance(_expense_account_ref, Unset):
            expense_account_ref = UNSET
        else:
            expense_account_ref = ExpenseAccountRefInput.from_dict(_expense_account_ref)

        apply_expense_account_ref_to_existing_txns = d.pop("apply_expense_account_ref_to_existing_txns", UNSET)

        _pref_vendor_ref = d.pop("pref_vendor_ref", UNSET)
        pref_vendor_ref: PrefVendorRefInput | Unset
        if isinstance(_pref_vendor_ref, Unset):
            pref_vendor_ref = UNSET
        else:
            pref_vendor_ref = PrefVendorRefInput.from_dict(_pref_vendor_ref)

        sales_and_purchase_mod = cls(
            sales_desc=sales_desc,
            sales_price=sales_price,
            income_account_ref=income_account_ref,
            apply_income_account_ref_to_existing_txns=apply_income_account_ref_to_existing_txns,
            purchase_desc=purchase_desc,
            purchase_cost=purchase_cost,
            purchase_tax_code_ref=purchase_tax_code_ref,
            expense_account_ref=expense_account_ref,
            apply_expense_account_ref_to_existing_txns=apply_expense_account_ref_to_existing_txns,
            pref_vendor_ref=pref_vendor_ref,
        )

        return sales_and_purchase_mod
