from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_account_ref_input import APAccountRefInput
    from ..models.expense_line_add import ExpenseLineAdd
    from ..models.item_group_line_add import ItemGroupLineAdd
    from ..models.item_line_add import ItemLineAdd
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput
    from ..models.terms_ref_input import TermsRefInput
    from ..models.vendor_address_input import VendorAddressInput
    from ..models.vendor_ref_input import VendorRefInput


T = TypeVar("T", bound="BillCreate")


@_attrs_define
class BillCreate:
    """Create one of bills: qbXML BillAdd in snake_case.

    Attributes:
        vendor_ref (VendorRefInput): qbXML VendorRef in snake_case.
        vendor_address (VendorAddressInput | Unset): qbXML VendorAddress in snake_case.
        ap_account_ref (APAccountRefInput | Unset): qbXML APAccountRef in snake_case.
        txn_date (datetime.date | Unset):
        due_date (datetime.date | Unset):
        ref_number (str | Unset):
        terms_ref (TermsRefInput | Unset): qbXML TermsRef in snake_case.
        memo (str | Unset):
        is_tax_included (bool | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        exchange_rate (str | Unset): a decimal number, as a string
        external_guid (str | Unset):
        link_to_txn_id (list[str] | Unset):
        expense_line_add (list[ExpenseLineAdd] | Unset):
        item_line_add (list[ItemLineAdd] | Unset):
        item_group_line_add (list[ItemGroupLineAdd] | Unset):
    """

    vendor_ref: VendorRefInput
    vendor_address: VendorAddressInput | Unset = UNSET
    ap_account_ref: APAccountRefInput | Unset = UNSET
    txn_date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    ref_number: str | Unset = UNSET
    terms_ref: TermsRefInput | Unset = UNSET
    memo: str | Unset = UNSET
    is_tax_included: bool | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    external_guid: str | Unset = UNSET
    link_to_txn_id: list[str] | Unset = UNSET
    expense_line_add: list[ExpenseLineAdd] | Unset = UNSET
    item_line_add: list[ItemLineAdd] | Unset = UNSET
    item_group_line_add: list[ItemGroupLineAdd] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        vendor_ref = self.vendor_ref.to_dict()

        vendor_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_address, Unset):
            vendor_address = self.vendor_address.to_dict()

        ap_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ap_account_ref, Unset):
            ap_account_ref = self.ap_account_ref.to_dict()

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        ref_number = self.ref_number

        terms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms_ref, Unset):
            terms_ref = self.terms_ref.to_dict()

        memo = self.memo

        is_tax_included = self.is_tax_included

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        exchange_rate = self.exchange_rate

        external_guid = self.external_guid

        link_to_txn_id: list[str] | Unset = UNSET
        if not isinstance(self.link_to_txn_id, Unset):
            link_to_txn_id = self.link_to_txn_id

        expense_line_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expense_line_add, Unset):
            expense_line_add = []
            for expense_line_add_item_data in self.expense_line_add:
                expense_line_add_item = expense_line_add_item_data.to_dict()
                expense_line_add.append(expense_line_add_item)

        item_line_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_line_add, Unset):
            item_line_add = []
            for item_line_add_item_data in self.item_line_add:
                item_line_add_item = item_line_add_item_data.to_dict()
                item_line_add.append(item_line_add_item)

        item_group_line_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_group_line_add, Unset):
            item_group_line_add = []
            for item_group_line_add_item_data in self.item_group_line_add:
                item_group_line_add_item = item_group_line_add_item_data.to_dict()
                item_group_line_add.append(item_group_line_add_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "vendor_ref": vendor_ref,
            }
        )
        if vendor_address is not UNSET:
            field_dict["vendor_address"] = vendor_address
        if ap_account_ref is not UNSET:
            field_dict["ap_account_ref"] = ap_account_ref
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if terms_ref is not UNSET:
            field_dict["terms_ref"] = terms_ref
        if memo is not UNSET:
            field_dict["memo"] = memo
        if is_tax_included is not UNSET:
            field_dict["is_tax_included"] = is_tax_included
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if link_to_txn_id is not UNSET:
            field_dict["link_to_txn_id"] = link_to_txn_id
        if expense_line_add is not UNSET:
            field_dict["expense_line_add"] = expense_line_add
        if item_line_add is not UNSET:
            field_dict["item_line_add"] = item_line_add
        if item_group_line_add is not UNSET:
            field_dict["item_group_line_add"] = item_group_line_add

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_account_ref_input import APAccountRefInput  # noqa: PLC0415
        from ..models.expense_line_add import ExpenseLineAdd  # noqa: PLC0415
        from ..models.item_group_line_add import ItemGroupLineAdd  # noqa: PLC0415
        from ..models.item_line_add import ItemLineAdd  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415
        from ..models.terms_ref_input import TermsRefInput  # noqa: PLC0415
        from ..models.vendor_address_input import VendorAddressInput  # noqa: PLC0415
        from ..models.vendor_ref_input import VendorRefInput  # noqa: PLC0415

        d = dict(src_dict)
        vendor_ref = VendorRefInput.from_dict(d.pop("vendor_ref"))

        _vendor_address = d.pop("vendor_address", UNSET)
        vendor_address: VendorAddressInput | Unset
        if isinstance(_vendor_address, Unset):
            vendor_address = UNSET
        else:
            vendor_address = VendorAddressInput.from_dict(_vendor_address)

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

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        ref_number = d.pop("ref_number", UNSET)

        _terms_ref = d.pop("terms_ref", UNSET)
        terms_ref: TermsRefInput | Unset
        if isinstance(_terms_ref, Unset):
            terms_ref = UNSET
        else:
            terms_ref = TermsRefInput.from_dict(_terms_ref)

        memo = d.pop("memo", UNSET)

        is_tax_included = d.pop("is_tax_included", UNSET)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        exchange_rate = d.pop("exchange_rate", UNSET)

        external_guid = d.pop("external_guid", UNSET)

        link_to_txn_id = cast(list[str], d.pop("link_to_txn_id", UNSET))

        _expense_line_add = d.pop("expense_line_add", UNSET)
        expense_line_add: list[ExpenseLineAdd] | Unset = UNSET
        if _expense_line_add is not UNSET:
            expense_line_add = []
            for expense_line_add_item_data in _expense_line_add:
                expense_line_add_item = ExpenseLineAdd.from_dict(expense_line_add_item_data)

                expense_line_add.append(expense_line_add_item)

        _item_line_add = d.pop("item_line_add", UNSET)
        item_line_add: list[ItemLineAdd] | Unset = UNSET
        if _item_line_add is not UNSET:
            item_line_add = []
            for item_line_add_item_data in _item_line_add:
                item_line_add_item = ItemLineAdd.from_dict(item_line_add_item_data)

                item_line_add.append(item_line_add_item)

        _item_group_line_add = d.pop("item_group_line_add", UNSET)
        item_group_line_add: list[ItemGroupLineAdd] | Unset = UNSET
        if _item_group_line_add is not UNSET:
            item_group_line_add = []
            for item_group_line_add_item_data in _item_group_line_add:
                item_group_line_add_item = ItemGroupLineAdd.from_dict(item_group_line_add_item_data)

                item_group_line_add.append(item_group_line_add_item)

        bill_create = cls(
            vendor_ref=vendor_ref,
            vendor_address=vendor_address,
            ap_account_ref=ap_account_ref,
            txn_date=txn_date,
            due_date=due_date,
            ref_number=ref_number,
            terms_ref=terms_ref,
            memo=memo,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            exchange_rate=exchange_rate,
            external_guid=external_guid,
            link_to_txn_id=link_to_txn_id,
            expense_line_add=expense_line_add,
            item_line_add=item_line_add,
            item_group_line_add=item_group_line_add,
        )

        return bill_create
