from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput
    from ..models.expense_line_add import ExpenseLineAdd
    from ..models.item_group_line_add import ItemGroupLineAdd
    from ..models.item_line_add import ItemLineAdd
    from ..models.payee_entity_ref_input import PayeeEntityRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput


T = TypeVar("T", bound="CreditCardChargeCreate")


@_attrs_define
class CreditCardChargeCreate:
    """Create one of credit_card_charges: qbXML CreditCardChargeAdd in snake_case.

    Attributes:
        account_ref (AccountRefInput): qbXML AccountRef in snake_case.
        payee_entity_ref (PayeeEntityRefInput | Unset): qbXML PayeeEntityRef in snake_case.
        txn_date (datetime.date | Unset):
        ref_number (str | Unset):
        memo (str | Unset):
        is_tax_included (bool | Unset): Canadian and UK editions only
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        exchange_rate (str | Unset): a decimal number, as a string
        external_guid (str | Unset):
        expense_line_add (list[ExpenseLineAdd] | Unset):
        item_line_add (list[ItemLineAdd] | Unset):
        item_group_line_add (list[ItemGroupLineAdd] | Unset):
    """

    account_ref: AccountRefInput
    payee_entity_ref: PayeeEntityRefInput | Unset = UNSET
    txn_date: datetime.date | Unset = UNSET
    ref_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    is_tax_included: bool | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    external_guid: str | Unset = UNSET
    expense_line_add: list[ExpenseLineAdd] | Unset = UNSET
    item_line_add: list[ItemLineAdd] | Unset = UNSET
    item_group_line_add: list[ItemGroupLineAdd] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_ref = self.account_ref.to_dict()

        payee_entity_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payee_entity_ref, Unset):
            payee_entity_ref = self.payee_entity_ref.to_dict()

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

        external_guid = self.external_guid

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
                "account_ref": account_ref,
            }
        )
        if payee_entity_ref is not UNSET:
            field_dict["payee_entity_ref"] = payee_entity_ref
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
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if expense_line_add is not UNSET:
            field_dict["expense_line_add"] = expense_line_add
        if item_line_add is not UNSET:
            field_dict["item_line_add"] = item_line_add
        if item_group_line_add is not UNSET:
            field_dict["item_group_line_add"] = item_group_line_add

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415
        from ..models.expense_line_add import ExpenseLineAdd  # noqa: PLC0415
        from ..models.item_group_line_add import ItemGroupLineAdd  # noqa: PLC0415
        from ..models.item_line_add import ItemLineAdd  # noqa: PLC0415
        from ..models.payee_entity_ref_input import PayeeEntityRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415

        d = dict(src_dict)
        account_ref = AccountRefInput.from_dict(d.pop("account_ref"))

        _payee_entity_ref = d.pop("payee_entity_ref", UNSET)
        payee_entity_ref: PayeeEntityRefInput | Unset
        if isinstance(_payee_entity_ref, Unset):
            payee_entity_ref = UNSET
        else:
            payee_entity_ref = PayeeEntityRefInput.from_dict(_payee_entity_ref)

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

        external_guid = d.pop("external_guid", UNSET)

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

        credit_card_charge_create = cls(
            account_ref=account_ref,
            payee_entity_ref=payee_entity_ref,
            txn_date=txn_date,
            ref_number=ref_number,
            memo=memo,
            is_tax_included=is_tax_included,
            sales_tax_code_ref=sales_tax_code_ref,
            exchange_rate=exchange_rate,
            external_guid=external_guid,
            expense_line_add=expense_line_add,
            item_line_add=item_line_add,
            item_group_line_add=item_group_line_add,
        )

        return credit_card_charge_create
