from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.journal_credit_line_input_billable_status import JournalCreditLineInputBillableStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.entity_ref_input import EntityRefInput
    from ..models.item_sales_tax_ref_input import ItemSalesTaxRefInput


T = TypeVar("T", bound="JournalCreditLineInput")


@_attrs_define
class JournalCreditLineInput:
    """qbXML JournalCreditLine in snake_case.

    Attributes:
        txn_line_id (str | Unset):
        account_ref (AccountRefInput | Unset): qbXML AccountRef in snake_case.
        amount (str | Unset): an amount exact to the cent, as a string
        tax_amount (str | Unset): an amount exact to the cent, as a string
        memo (str | Unset):
        entity_ref (EntityRefInput | Unset): qbXML EntityRef in snake_case.
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        item_sales_tax_ref (ItemSalesTaxRefInput | Unset): qbXML ItemSalesTaxRef in snake_case.
        billable_status (JournalCreditLineInputBillableStatus | Unset):
    """

    txn_line_id: str | Unset = UNSET
    account_ref: AccountRefInput | Unset = UNSET
    amount: str | Unset = UNSET
    tax_amount: str | Unset = UNSET
    memo: str | Unset = UNSET
    entity_ref: EntityRefInput | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    item_sales_tax_ref: ItemSalesTaxRefInput | Unset = UNSET
    billable_status: JournalCreditLineInputBillableStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        amount = self.amount

        tax_amount = self.tax_amount

        memo = self.memo

        entity_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_ref, Unset):
            entity_ref = self.entity_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        item_sales_tax_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_sales_tax_ref, Unset):
            item_sales_tax_ref = self.item_sales_tax_ref.to_dict()

        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if txn_line_id is not UNSET:
            field_dict["txn_line_id"] = txn_line_id
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if memo is not UNSET:
            field_dict["memo"] = memo
        if entity_ref is not UNSET:
            field_dict["entity_ref"] = entity_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if item_sales_tax_ref is not UNSET:
            field_dict["item_sales_tax_ref"] = item_sales_tax_ref
        if billable_status is not UNSET:
            field_dict["billable_status"] = billable_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.entity_ref_input import EntityRefInput  # noqa: PLC0415
        from ..models.item_sales_tax_ref_input import ItemSalesTaxRefInput  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id", UNSET)

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRefInput | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRefInput.from_dict(_account_ref)

        amount = d.pop("amount", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        memo = d.pop("memo", UNSET)

        _entity_ref = d.pop("entity_ref", UNSET)
        entity_ref: EntityRefInput | Unset
        if isinstance(_entity_ref, Unset):
            entity_ref = UNSET
        else:
            entity_ref = EntityRefInput.from_dict(_entity_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        _item_sales_tax_ref = d.pop("item_sales_tax_ref", UNSET)
        item_sales_tax_ref: ItemSalesTaxRefInput | Unset
        if isinstance(_item_sales_tax_ref, Unset):
            item_sales_tax_ref = UNSET
        else:
            item_sales_tax_ref = ItemSalesTaxRefInput.from_dict(_item_sales_tax_ref)

        _billable_status = d.pop("billable_status", UNSET)
        billable_status: JournalCreditLineInputBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = JournalCreditLineInputBillableStatus(_billable_status)

        journal_credit_line_input = cls(
            txn_line_id=txn_line_id,
            account_ref=account_ref,
            amount=amount,
            tax_amount=tax_amount,
            memo=memo,
            entity_ref=entity_ref,
            class_ref=class_ref,
            item_sales_tax_ref=item_sales_tax_ref,
            billable_status=billable_status,
        )

        return journal_credit_line_input
