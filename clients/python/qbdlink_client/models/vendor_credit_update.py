from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_account_ref_input import APAccountRefInput
    from ..models.expense_line_mod import ExpenseLineMod
    from ..models.item_group_line_mod import ItemGroupLineMod
    from ..models.item_line_mod import ItemLineMod
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput
    from ..models.vendor_ref_input import VendorRefInput


T = TypeVar("T", bound="VendorCreditUpdate")


@_attrs_define
class VendorCreditUpdate:
    """Change one of vendor_credits: qbXML VendorCreditMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        vendor_ref (VendorRefInput | Unset): qbXML VendorRef in snake_case.
        ap_account_ref (APAccountRefInput | Unset): qbXML APAccountRef in snake_case.
        txn_date (datetime.date | Unset):
        ref_number (str | Unset):
        memo (str | Unset):
        is_tax_included (bool | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        exchange_rate (str | Unset): a decimal number, as a string
        clear_expense_lines (bool | Unset):
        expense_line_mod (list[ExpenseLineMod] | Unset):
        clear_item_lines (bool | Unset):
        item_line_mod (list[ItemLineMod] | Unset):
        item_group_line_mod (list[ItemGroupLineMod] | Unset):
    """

    revision: str
    vendor_ref: VendorRefInput | Unset = UNSET
    ap_account_ref: APAccountRefInput | Unset = UNSET
    txn_date: datetime.date | Unset = UNSET
    ref_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    is_tax_included: bool | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    clear_expense_lines: bool | Unset = UNSET
    expense_line_mod: list[ExpenseLineMod] | Unset = UNSET
    clear_item_lines: bool | Unset = UNSET
    item_line_mod: list[ItemLineMod] | Unset = UNSET
    item_group_line_mod: list[ItemGroupLineMod] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        vendor_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_ref, Unset):
            vendor_ref = self.vendor_ref.to_dict()

        ap_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ap_account_ref, Unset):
            ap_account_ref = self.ap_account_ref.to_dict()

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        ref_number = self.ref_number

        memo = self.memo

        is_tax_included = self.is_tax_included

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        exchange_rate = self.exchange_rate

        clear_expense_lines = self.clear_expense_lines

        expense_line_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expense_line_mod, Unset):
            expense_line_mod = []
            for expense_line_mod_item_data in self.expense_line_mod:
                expense_line_mod_item = expense_line_mod_item_data.to_dict()
                expense_line_mod.append(expense_line_mod_item)

        clear_item_lines = self.clear_item_lines

        item_line_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_line_mod, Unset):
            item_line_mod = []
            for item_line_mod_item_data in self.item_line_mod:
                item_line_mod_item = item_line_mod_item_data.to_dict()
                item_line_mod.append(item_line_mod_item)

        item_group_line_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_group_line_mod, Unset):
            item_group_line_mod = []
            for item_group_line_mod_item_data in self.item_group_line_mod:
                item_group_line_mod_item = item_group_line_mod_item_data.to_dict()
                item_group_line_mod.append(item_group_line_mod_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if vendor_ref is not UNSET:
            field_dict["vendor_ref"] = vendor_ref
        if ap_account_ref is not UNSET:
            field_dict["ap_account_ref"] = ap_account_ref
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if is_tax_included is not UNSET:
            field_dict["is_tax_included"] = is_tax_included
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if clear_expense_lines is not UNSET:
            field_dict["clear_expense_lines"] = clear_expense_lines
        if expense_line_mod is not UNSET:
            field_dict["expense_line_mod"] = expense_line_mod
        if clear_item_lines is not UNSET:
            field_dict["clear_item_lines"] = clear_item_lines
        if item_line_mod is not UNSET:
            field_dict["item_line_mod"] = item_line_mod
        if item_group_line_mod is not UNSET:
            field_dict["item_group_line_mod"] = item_group_line_mod

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_account_ref_input import APAccountRefInput  # noqa: PLC0415
        from ..models.expense_line_mod import ExpenseLineMod  # noqa: PLC0415
        from ..models.item_group_line_mod import ItemGroupLineMod  # noqa: PLC0415
        from ..models.item_line_mod import ItemLineMod  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415
        from ..models.vendor_ref_input import VendorRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        _vendor_ref = d.pop("vendor_ref", UNSET)
        vendor_ref: VendorRefInput | Unset
        if isinstance(_vendor_ref, Unset):
            vendor_ref = UNSET
        else:
            vendor_ref = VendorRefInput.from_dict(_vendor_ref)

        _ap_account_ref = d.pop("ap_account_ref", UNSET)
        ap_account_ref: APAccountRefInput | Unset
        if isinstance(_ap_account_ref, Unset):
            ap_account_ref = UNSET
        else:
            ap_account_ref = APAccountRefInput.from_dict(_ap_account_ref)

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        ref_number = d.pop("ref_number", UNSET)

        memo = d.pop("memo", UNSET)

        is_tax_included = d.pop("is_tax_included", UNSET)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        exchange_rate = d.pop("exchange_rate", UNSET)

        clear_expense_lines = d.pop("clear_expense_lines", UNSET)

        _expense_line_mod = d.pop("expense_line_mod", UNSET)
        expense_line_mod: list[ExpenseLineMod] | Unset = UNSET
        if _expense_line_mod is not UNSET:
            expense_line_mod = []
            for expense_line_mod_item_data in _expense_line_mod:
                expense_line_mod_item = ExpenseLineMod.from_dict(expense_line_mod_item_data)

                expense_line_mod.append(expense_line_mod_item)

        clear_item_lines = d.pop("clear_item_lines", UNSET)

        _item_line_mod = d.pop("item_line_mod", UNSET)
        item_line_mod: list[ItemLineMod] | Unset = UNSET
        if _item_line_mod is not UNSET:
            item_line_mod = []
            for item_line_mod_item_data in _item_line_mod:
                item_line_mod_item = ItemLineMod.from_dict(item_line_mod_item_data)

                item_line_mod.append(item_line_mod_item)

        _item_group_line_mod = d.pop("item_group_line_mod", UNSET)
        item_group_line_mod: list[ItemGroupLineMod] | Unset = UNSET
        if _item_group_line_mod is not UNSET:
            item_group_line_mod = []
            for item_group_line_mod_item_data in _item_group_line_mod:
                item_group_line_mod_item = ItemGroupLineMod.from_dict(item_group_line_mod_item_data)

                item_group_line_mod.append(item_group_line_mod_item)

        vendor_credit_update = cls(
            revision=revision,
            vendor_ref=vendor_ref,
            ap_account_ref=ap_account_ref,
            txn_date=txn_date,
            ref_number=ref_number,
            memo=memo,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            exchange_rate=exchange_rate,
            clear_expense_lines=clear_expense_lines,
            expense_line_mod=expense_line_mod,
            clear_item_lines=clear_item_lines,
            item_line_mod=item_line_mod,
            item_group_line_mod=item_group_line_mod,
        )

        return vendor_credit_update
