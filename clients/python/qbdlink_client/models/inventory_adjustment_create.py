from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.customer_ref_input import CustomerRefInput
    from ..models.inventory_adjustment_line_add import InventoryAdjustmentLineAdd
    from ..models.inventory_site_ref_input import InventorySiteRefInput


T = TypeVar("T", bound="InventoryAdjustmentCreate")


@_attrs_define
class InventoryAdjustmentCreate:
    """Create one of inventory_adjustments: qbXML InventoryAdjustmentAdd in snake_case.

    Attributes:
        account_ref (AccountRefInput): qbXML AccountRef in snake_case.
        inventory_adjustment_line_add (list[InventoryAdjustmentLineAdd]):
        txn_date (datetime.date | Unset):
        ref_number (str | Unset):
        inventory_site_ref (InventorySiteRefInput | Unset): qbXML InventorySiteRef in snake_case.
        customer_ref (CustomerRefInput | Unset): qbXML CustomerRef in snake_case.
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        memo (str | Unset):
        external_guid (str | Unset):
    """

    account_ref: AccountRefInput
    inventory_adjustment_line_add: list[InventoryAdjustmentLineAdd]
    txn_date: datetime.date | Unset = UNSET
    ref_number: str | Unset = UNSET
    inventory_site_ref: InventorySiteRefInput | Unset = UNSET
    customer_ref: CustomerRefInput | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    memo: str | Unset = UNSET
    external_guid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_ref = self.account_ref.to_dict()

        inventory_adjustment_line_add = []
        for inventory_adjustment_line_add_item_data in self.inventory_adjustment_line_add:
            inventory_adjustment_line_add_item = inventory_adjustment_line_add_item_data.to_dict()
            inventory_adjustment_line_add.append(inventory_adjustment_line_add_item)

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        ref_number = self.ref_number

        inventory_site_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_ref, Unset):
            inventory_site_ref = self.inventory_site_ref.to_dict()

        customer_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref, Unset):
            customer_ref = self.customer_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        memo = self.memo

        external_guid = self.external_guid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account_ref": account_ref,
                "inventory_adjustment_line_add": inventory_adjustment_line_add,
            }
        )
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if inventory_site_ref is not UNSET:
            field_dict["inventory_site_ref"] = inventory_site_ref
        if customer_ref is not UNSET:
            field_dict["customer_ref"] = customer_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if memo is not UNSET:
            field_dict["memo"] = memo
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.customer_ref_input import CustomerRefInput  # noqa: PLC0415
        from ..models.inventory_adjustment_line_add import InventoryAdjustmentLineAdd  # noqa: PLC0415
        from ..models.inventory_site_ref_input import InventorySiteRefInput  # noqa: PLC0415

        d = dict(src_dict)
        account_ref = AccountRefInput.from_dict(d.pop("account_ref"))

        inventory_adjustment_line_add = []
        _inventory_adjustment_line_add = d.pop("inventory_adjustment_line_add")
        for inventory_adjustment_line_add_item_data in _inventory_adjustment_line_add:
            inventory_adjustment_line_add_item = InventoryAdjustmentLineAdd.from_dict(
                inventory_adjustment_line_add_item_data
            )

            inventory_adjustment_line_add.append(inventory_adjustment_line_add_item)

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        ref_number = d.pop("ref_number", UNSET)

        _inventory_site_ref = d.pop("inventory_site_ref", UNSET)
        inventory_site_ref: InventorySiteRefInput | Unset
        if isinstance(_inventory_site_ref, Unset):
            inventory_site_ref = UNSET
        else:
            inventory_site_ref = InventorySiteRefInput.from_dict(_inventory_site_ref)

        _customer_ref = d.pop("customer_ref", UNSET)
        customer_ref: CustomerRefInput | Unset
        if isinstance(_customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = CustomerRefInput.from_dict(_customer_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        memo = d.pop("memo", UNSET)

        external_guid = d.pop("external_guid", UNSET)

        inventory_adjustment_create = cls(
            account_ref=account_ref,
            inventory_adjustment_line_add=inventory_adjustment_line_add,
            txn_date=txn_date,
            ref_number=ref_number,
            inventory_site_ref=inventory_site_ref,
            customer_ref=customer_ref,
            class_ref=class_ref,
            memo=memo,
            external_guid=external_guid,
        )

        return inventory_adjustment_create
