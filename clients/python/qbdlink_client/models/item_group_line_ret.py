from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_ext import DataExt
    from ..models.item_group_ref import ItemGroupRef
    from ..models.item_line_ret import ItemLineRet
    from ..models.override_uom_set_ref import OverrideUOMSetRef


T = TypeVar("T", bound="ItemGroupLineRet")


@_attrs_define
class ItemGroupLineRet:
    """qbXML ItemGroupLineRet in snake_case.

    Attributes:
        txn_line_id (str | Unset):
        item_group_ref (ItemGroupRef | Unset): qbXML ItemGroupRef in snake_case.
        desc (str | Unset):
        quantity (None | str | Unset): a quantity with up to 5 decimal places, as a string
        unit_of_measure (str | Unset):
        override_uom_set_ref (OverrideUOMSetRef | Unset): qbXML OverrideUOMSetRef in snake_case.
        total_amount (None | str | Unset): an amount exact to the cent, as a string
        item_line_ret (list[ItemLineRet] | Unset):
        data_ext (list[DataExt] | Unset):
    """

    txn_line_id: str | Unset = UNSET
    item_group_ref: ItemGroupRef | Unset = UNSET
    desc: str | Unset = UNSET
    quantity: None | str | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    override_uom_set_ref: OverrideUOMSetRef | Unset = UNSET
    total_amount: None | str | Unset = UNSET
    item_line_ret: list[ItemLineRet] | Unset = UNSET
    data_ext: list[DataExt] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        item_group_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_group_ref, Unset):
            item_group_ref = self.item_group_ref.to_dict()

        desc = self.desc

        quantity: None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        unit_of_measure = self.unit_of_measure

        override_uom_set_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_uom_set_ref, Unset):
            override_uom_set_ref = self.override_uom_set_ref.to_dict()

        total_amount: None | str | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        item_line_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_line_ret, Unset):
            item_line_ret = []
            for item_line_ret_item_data in self.item_line_ret:
                item_line_ret_item = item_line_ret_item_data.to_dict()
                item_line_ret.append(item_line_ret_item)

        data_ext: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_ext, Unset):
            data_ext = []
            for data_ext_item_data in self.data_ext:
                data_ext_item = data_ext_item_data.to_dict()
                data_ext.append(data_ext_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txn_line_id is not UNSET:
            field_dict["txn_line_id"] = txn_line_id
        if item_group_ref is not UNSET:
            field_dict["item_group_ref"] = item_group_ref
        if desc is not UNSET:
            field_dict["desc"] = desc
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if override_uom_set_ref is not UNSET:
            field_dict["override_uom_set_ref"] = override_uom_set_ref
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if item_line_ret is not UNSET:
            field_dict["item_line_ret"] = item_line_ret
        if data_ext is not UNSET:
            field_dict["data_ext"] = data_ext

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_ext import DataExt  # noqa: PLC0415
        from ..models.item_group_ref import ItemGroupRef  # noqa: PLC0415
        from ..models.item_line_ret import ItemLineRet  # noqa: PLC0415
        from ..models.override_uom_set_ref import OverrideUOMSetRef  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id", UNSET)

        _item_group_ref = d.pop("item_group_ref", UNSET)
        item_group_ref: ItemGroupRef | Unset
        if isinstance(_item_group_ref, Unset):
            item_group_ref = UNSET
        else:
            item_group_ref = ItemGroupRef.from_dict(_item_group_ref)

        desc = d.pop("desc", UNSET)

        def _parse_quantity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        _override_uom_set_ref = d.pop("override_uom_set_ref", UNSET)
        override_uom_set_ref: OverrideUOMSetRef | Unset
        if isinstance(_override_uom_set_ref, Unset):
            override_uom_set_ref = UNSET
        else:
            override_uom_set_ref = OverrideUOMSetRef.from_dict(_override_uom_set_ref)

        def _parse_total_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

        _item_line_ret = d.pop("item_line_ret", UNSET)
        item_line_ret: list[ItemLineRet] | Unset = UNSET
        if _item_line_ret is not UNSET:
            item_line_ret = []
            for item_line_ret_item_data in _item_line_ret:
                item_line_ret_item = ItemLineRet.from_dict(item_line_ret_item_data)

                item_line_ret.append(item_line_ret_item)

        _data_ext = d.pop("data_ext", UNSET)
        data_ext: list[DataExt] | Unset = UNSET
        if _data_ext is not UNSET:
            data_ext = []
            for data_ext_item_data in _data_ext:
                data_ext_item = DataExt.from_dict(data_ext_item_data)

                data_ext.append(data_ext_item)

        item_group_line_ret = cls(
            txn_line_id=txn_line_id,
            item_group_ref=item_group_ref,
            desc=desc,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            override_uom_set_ref=override_uom_set_ref,
            total_amount=total_amount,
            item_line_ret=item_line_ret,
            data_ext=data_ext,
        )

        item_group_line_ret.additional_properties = d
        return item_group_line_ret

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
