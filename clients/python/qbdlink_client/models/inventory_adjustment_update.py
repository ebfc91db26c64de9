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
    from ..models.inventory_adjustment_line_mod import InventoryAdjustmentLineMod
    from ..models.inventory_site_ref_input import InventorySiteRefInput


T = TypeVar("T", bound="InventoryAdjustmentUpdate")


@_attrs_define
class InventoryAdjustmentUpdate:
    """Change one of inventory_adjustments: qbXML InventoryAdjustmentMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        account_ref (AccountRefInput | Unset): qbXML AccountRef in snake_case.
        inventory_site_ref (InventorySiteRefInput | Unset): qbXML InventorySiteRef in snake_case.
        txn_date (datetime.date | Unset):
        ref_number (str | Unset):
        customer_ref (CustomerRefInput | Unset): qbXML CustomerRef in snake_case.
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        memo (str | Unset):
        inventory_adjustment_line_mod (list[InventoryAdjustmentLineMod] | Unset):
    """

    revision: str
    account_ref: AccountRefInput | Unset = UNSET
    inventory_site_ref: InventorySiteRefInput | Unset = UNSET
    txn_date: datetime.date | Unset = UNSET
    ref_number: str | Unset = UNSET
    customer_ref: CustomerRefInput | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    memo: str | Unset = UNSET
    inventory_adjustment_line_mod: list[InventoryAdjustmentLineMod] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        inventory_site_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_ref, Unset):
            inventory_site_ref = self.inventory_site_ref.to_dict()

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        ref_number = self.ref_number

        customer_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref, Unset):
            customer_ref = self.customer_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        memo = self.memo

        inventory_adjustment_line_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inventory_adjustment_line_mod, Unset):
            inventory_adjustment_line_mod = []
            for inventory_adjustment_line_mod_item_data in self.inventory_adjustment_line_mod:
                inventory_adjustment_line_mod_item = inventory_adjustment_line_mod_item_data.to_dict()
                inventory_adjustment_line_mod.append(inventory_adjustment_line_mod_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref
        if inventory_site_ref is not UNSET:
            field_dict["inventory_site_ref"] = inventory_site_ref
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if customer_ref is not UNSET:
            field_dict["customer_ref"] = customer_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if memo is not UNSET:
            field_dict["memo"] = memo
        if inventory_adjustment_line_mod is not UNSET:
            field_dict["inventory_adjustment_line_mod"] = inventory_adjustment_line_mod

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.customer_ref_input import CustomerRefInput  # noqa: PLC0415
        from ..models.inventory_adjustment_line_mod import InventoryAdjustmentLineMod  # noqa: PLC0415
        from ..models.inventory_site_ref_input import InventorySiteRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRefInput | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRefInput.from_dict(_account_ref)

        _inventory_site_ref = d.pop("inventory_site_ref", UNSET)
        inventory_site_ref: InventorySiteRefInput | Unset
        if isinstance(_inventory_site_ref, Unset):
            inventory_site_ref = UNSET
        else:
            inventory_site_ref = InventorySiteRefInput.from_dict(_inventory_site_ref)

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        ref_number = d.pop("ref_number", UNSET)

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

        _inventory_adjustment_line_mod = d.pop("inventory_adjustment_line_mod", UNSET)
        inventory_adjustment_line_mod: list[InventoryAdjustmentLineMod] | Unset = UNSET
        if _inventory_adjustment_line_mod is not UNSET:
            inventory_adjustment_line_mod = []
            for inventory_adjustment_line_mod_item_data in _inventory_adjustment_line_mod:
                inventory_adjustment_line_mod_item = InventoryAdjustmentLineMod.from_dict(
                    inventory_adjustment_line_mod_item_data
                )

                inventory_adjustment_line_mod.append(inventory_adjustment_line_mod_item)

        inventory_adjustment_update = cls(
            revision=revision,
            account_ref=account_ref,
            inventory_site_ref=inventory_site_ref,
            txn_date=txn_date,
            ref_number=ref_number,
            customer_ref=customer_ref,
            class_ref=class_ref,
            memo=memo,
            inventory_adjustment_line_mod=inventory_adjustment_line_mod,
        )

        return inventory_adjustment_update
