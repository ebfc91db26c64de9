from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput
    from ..models.address_input import AddressInput
    from ..models.apply_check_to_txn_mod import ApplyCheckToTxnMod
    from ..models.expense_line_mod import ExpenseLineMod
    from ..models.item_group_line_mod import ItemGroupLineMod
    from ..models.item_line_mod import ItemLineMod
    from ..models.payee_entity_ref_input import PayeeEntityRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput


T = TypeVar("T", bound="CheckUpdate")


@_attrs_define
class CheckUpdate:
    """Change one of checks: qbXML CheckMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        account_ref (AccountRefInput | Unset): qbXML AccountRef in snake_case.
        payee_entity_ref (PayeeEntityRefInput | Unset): qbXML PayeeEntityRef in snake_case.
        ref_number (str | Unset):
        txn_date (datetime.date | Unset):
        memo (str | Unset):
        address (AddressInput | Unset): qbXML Address in snake_case.
        is_to_be_printed (bool | Unset):
        is_tax_included (bool | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        exchange_rate (str | Unset): a decimal number, as a string
        apply_check_to_txn_mod (list[ApplyCheckToTxnMod] | Unset):
        clear_expense_lines (bool | Unset):
        expense_line_mod (list[ExpenseLineMod] | Unset):
        clear_item_lines (bool | Unset):
        item_line_mod (list[ItemLineMod] | Unset):
        item_group_line_mod (list[ItemGroupLineMod] | Unset):
    """

    revision: str
    account_ref: AccountRefInput | Unset = UNSET
    payee_entity_ref: PayeeEntityRefInput | Unset = UNSET
    ref_number: str | Unset = UNSET
    txn_date: datetime.date | Unset = UNSET
    memo: str | Unset = UNSET
    address: AddressInput | Unset = UNSET
    is_to_be_printed: bool | Unset = UNSET
    is_tax_included: bool | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    apply_check_to_txn_mod: list[ApplyCheckToTxnMod] | Unset = UNSET
    clear_expense_lines: bool | Unset = UNSET
    expense_line_mod: list[ExpenseLineMod] | Unset = UNSET
    clear_item_lines: bool | Unset = UNSET
    item_line_mod: list[ItemLineMod] | Unset = UNSET
    item_group_line_mod: list[ItemGroupLineMod] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        payee_entity_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payee_entity_ref, Unset):
            payee_entity_ref = self.payee_entity_ref.to_dict()

        ref_number = self.ref_number

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        memo = self.memo

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        is_to_be_printed = self.is_to_be_printed

        is_tax_included = self.is_tax_included

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        exchange_rate = self.exchange_rate

        apply_check_to_txn_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apply_check_to_txn_mod, Unset):
            apply_check_to_txn_mod = []
            for apply_check_to_txn_mod_item_data in self.apply_check_to_txn_mod:
                apply_check_to_txn_mod_item = apply_check_to_txn_mod_item_data.to_dict()
                apply_check_to_txn_mod.append(apply_check_to_txn_mod_item)

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
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref
        if payee_entity_ref is not UNSET:
            field_dict["payee_entity_ref"] = payee_entity_ref
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if memo is not UNSET:
            field_dict["memo"] = memo
        if address is not UNSET:
            field_dict["address"] = address
        if is_to_be_printed is not UNSET:
            field_dict["is_to_be_printed"] = is_to_be_printed
        if is_tax_included is not UNSET:
            field_dict["is_tax_included"] = is_tax_included
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if apply_check_to_txn_mod is not UNSET:
            field_dict["apply_check_to_txn_mod"] = apply_check_to_txn_mod
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
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415
        from ..models.address_input import AddressInput  # noqa: PLC0415
        from ..models.apply_check_to_txn_mod import ApplyCheckToTxnMod  # noqa: PLC0415
        from ..models.expense_line_mod import ExpenseLineMod  # noqa: PLC0415
        from ..models.item_group_line_mod import ItemGroupLineMod  # noqa: PLC0415
        from ..models.item_line_mod import ItemLineMod  # noqa: PLC0415
        from ..models.payee_entity_ref_input import PayeeEntityRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRefInput | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRefInput.from_dict(_account_ref)

        _payee_entity_ref = d.pop("payee_entity_ref", UNSET)
        payee_entity_ref: PayeeEntityRefInput | Unset
        if isinstance(_payee_entity_ref, Unset):
            payee_entity_ref = UNSET
        else:
            payee_entity_ref = PayeeEntityRefInput.from_dict(_payee_entity_ref)

        ref_number = d.pop("ref_number", UNSET)

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        memo = d.pop("memo", UNSET)

        _address = d.pop("address", UNSET)
        address: AddressInput | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressInput.from_dict(_address)

        is_to_be_printed = d.pop("is_to_be_printed", UNSET)

        is_tax_included = d.pop("is_tax_included", UNSET)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        exchange_rate = d.pop("exchange_rate", UNSET)

        _apply_check_to_txn_mod = d.pop("apply_check_to_txn_mod", UNSET)
        apply_check_to_txn_mod: list[ApplyCheckToTxnMod] | Unset = UNSET
        if _apply_check_to_txn_mod is not UNSET:
            apply_check_to_txn_mod = []
            for apply_check_to_txn_mod_item_data in _apply_check_to_txn_mod:
                apply_check_to_txn_mod_item = ApplyCheckToTxnMod.from_dict(apply_check_to_txn_mod_item_data)

                apply_check_to_txn_mod.append(apply_check_to_txn_mod_item)

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

        check_update = cls(
            revision=revision,
            account_ref=account_ref,
            payee_entity_ref=payee_entity_ref,
            ref_number=ref_number,
            txn_date=txn_date,
            memo=memo,
            address=address,
            is_to_be_printed=is_to_be_printed,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            exchange_rate=exchange_rate,
            apply_check_to_txn_mod=apply_check_to_txn_mod,
            clear_expense_lines=clear_expense_lines,
            expense_line_mod=expense_line_mod,
            clear_item_lines=clear_item_lines,
            item_line_mod=item_line_mod,
            item_group_line_mod=item_group_line_mod,
        )

        return check_update
