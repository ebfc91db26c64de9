from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.estimate_line_mod import EstimateLineMod
    from ..models.item_group_ref_input import ItemGroupRefInput
    from ..models.override_uom_set_ref_input import OverrideUOMSetRefInput


T = TypeVar("T", bound="EstimateLineGroupMod")


@_attrs_define
class EstimateLineGroupMod:
    """qbXML EstimateLineGroupMod in snake_case.

    Attributes:
        txn_line_id (str):
        item_group_ref (ItemGroupRefInput | Unset): qbXML ItemGroupRef in snake_case.
        quantity (str | Unset): a quantity with up to 5 decimal places, as a string
        unit_of_measure (str | Unset):
        override_uom_set_ref (OverrideUOMSetRefInput | Unset): qbXML OverrideUOMSetRef in snake_case.
        estimate_line_mod (list[EstimateLineMod] | Unset):
    """

    txn_line_id: str
    item_group_ref: ItemGroupRefInput | Unset = UNSET
    quantity: str | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    override_uom_set_ref: OverrideUOMSetRefInput | Unset = UNSET
    estimate_line_mod: list[EstimateLineMod] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        item_group_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_group_ref, Unset):
            item_group_ref = self.item_group_ref.to_dict()

        quantity = self.quantity

        unit_of_measure = self.unit_of_measure

        override_uom_set_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_uom_set_ref, Unset):
            override_uom_set_ref = self.override_uom_set_ref.to_dict()

        estimate_line_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.estimate_line_mod, Unset):
            estimate_line_mod = []
            for estimate_line_mod_item_data in self.estimate_line_mod:
                estimate_line_mod_item = estimate_line_mod_item_data.to_dict()
                estimate_line_mod.append(estimate_line_mod_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_line_id": txn_line_id,
            }
        )
        if item_group_ref is not UNSET:
            field_dict["item_group_ref"] = item_group_ref
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if override_uom_set_ref is not UNSET:
            field_dict["override_uom_set_ref"] = override_uom_set_ref
        if estimate_line_mod is not UNSET:
            field_dict["estimate_line_mod"] = estimate_line_mod

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.estimate_line_mod import EstimateLineMod  # noqa: PLC0415
        from ..models.item_group_ref_input import ItemGroupRefInput  # noqa: PLC0415
        from ..models.override_uom_set_ref_input import OverrideUOMSetRefInput  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id")

        _item_group_ref = d.pop("item_group_ref", UNSET)
        item_group_ref: ItemGroupRefInput | Unset
        if isinstance(_item_group_ref, Unset):
            item_group_ref = UNSET
        else:
            item_group_ref = ItemGroupRefInput.from_dict(_item_group_ref)

        quantity = d.pop("quantity", UNSET)

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        _override_uom_set_ref = d.pop("override_uom_set_ref", UNSET)
        override_uom_set_ref: OverrideUOMSetRefInput | Unset
        if isinstance(_override_uom_set_ref, Unset):
            override_uom_set_ref = UNSET
        else:
            override_uom_set_ref = OverrideUOMSetRefInput.from_dict(_override_uom_set_ref)

        _estimate_line_mod = d.pop("estimate_line_mod", UNSET)
        estimate_line_mod: list[EstimateLineMod] | Unset = UNSET
        if _estimate_line_mod is not UNSET:
            estimate_line_mod = []
            for estimate_line_mod_item_data in _estimate_line_mod:
                estimate_line_mod_item = EstimateLineMod.from_dict(estimate_line_mod_item_data)

                estimate_line_mod.append(estimate_line_mod_item)

        estimate_line_group_mod = cls(
            txn_line_id=txn_line_id,
            item_group_ref=item_group_ref,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            override_uom_set_ref=override_uom_set_ref,
            estimate_line_mod=estimate_line_mod,
        )

        return estimate_line_group_mod
