from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_debit_line_billable_status import JournalDebitLineBillableStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref import AccountRef
    from ..models.class_ref import ClassRef
    from ..models.entity_ref import EntityRef
    from ..models.item_sales_tax_ref import ItemSalesTaxRef


T = TypeVar("T", bound="JournalDebitLine")


@_attrs_define
class JournalDebitLine:
    """qbXML JournalDebitLine in snake_case.

    Attributes:
        txn_line_id (str | Unset):
        account_ref (AccountRef | Unset): qbXML AccountRef in snake_case.
        amount (None | str | Unset): an amount exact to the cent, as a string
        tax_amount (None | str | Unset): an amount exact to the cent, as a string
        memo (str | Unset):
        entity_ref (EntityRef | Unset): qbXML EntityRef in snake_case.
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        item_sales_tax_ref (ItemSalesTaxRef | Unset): qbXML ItemSalesTaxRef in snake_case.
        billable_status (JournalDebitLineBillableStatus | Unset):
    """

    txn_line_id: str | Unset = UNSET
    account_ref: AccountRef | Unset = UNSET
    amount: None | str | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    memo: str | Unset = UNSET
    entity_ref: EntityRef | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    item_sales_tax_ref: ItemSalesTaxRef | Unset = UNSET
    billable_status: JournalDebitLineBillableStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        tax_amount: None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
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
        field_dict.update(self.additional_properties)
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
        from ..models.account_ref import AccountRef  # noqa: PLC0415
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.item_sales_tax_ref import ItemSalesTaxRef  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id", UNSET)

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRef | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRef.from_dict(_account_ref)

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_tax_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        memo = d.pop("memo", UNSET)

        _entity_ref = d.pop("entity_ref", UNSET)
        entity_ref: EntityRef | Unset
        if isinstance(_entity_ref, Unset):
            entity_ref = UNSET
        else:
            entity_ref = EntityRef.from_dict(_entity_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRef | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRef.from_dict(_class_ref)

        _item_sales_tax_ref = d.pop("item_sales_tax_ref", UNSET)
        item_sales_tax_ref: ItemSalesTaxRef | Unset
        if isinstance(_item_sales_tax_ref, Unset):
            item_sales_tax_ref = UNSET
        else:
            item_sales_tax_ref = ItemSalesTaxRef.from_dict(_item_sales_tax_ref)

        _billable_status = d.pop("billable_status", UNSET)
        billable_status: JournalDebitLineBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = JournalDebitLineBillableStatus(_billable_status)

        journal_debit_line = cls(
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

        journal_debit_line.additional_properties = d
        return journal_debit_line

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
