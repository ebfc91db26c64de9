from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_memo_line_ret import CreditMemoLineRet
    from ..models.data_ext_ret import DataExtRet
    from ..models.item_group_ref import ItemGroupRef
    from ..models.override_uom_set_ref import OverrideUOMSetRef


T = TypeVar("T", bound="CreditMemoLineGroupRet")


@_attrs_define
class CreditMemoLineGroupRet:
    """qbXML CreditMemoLineGroupRet in snake_case.

    Attributes:
        txn_line_id (str | Unset):
        item_group_ref (ItemGroupRef | Unset): qbXML ItemGroupRef in snake_case.
        desc (str | Unset):
        quantity (None | str | Unset): a quantity with up to 5 decimal places, as a string
        unit_of_measure (str | Unset):
        override_uom_set_ref (OverrideUOMSetRef | Unset): qbXML OverrideUOMSetRef in snake_case.
        is_print_items_in_group (bool | None | Unset):
        total_amount (None | str | Unset): an amount exact to the cent, as a string
        service_date (datetime.date | None | Unset):
        credit_memo_line_ret (list[CreditMemoLineRet] | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    txn_line_id: str | Unset = UNSET
    item_group_ref: ItemGroupRef | Unset = UNSET
    desc: str | Unset = UNSET
    quantity: None | str | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    override_uom_set_ref: OverrideUOMSetRef | Unset = UNSET
    is_print_items_in_group: bool | None | Unset = UNSET
    total_amount: None | str | Unset = UNSET
    service_date: datetime.date | None | Unset = UNSET
    credit_memo_line_ret: list[CreditMemoLineRet] | Unset = UNSET
    data_ext_ret: list[DataExtRet] | Unset = UNSET
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

        is_print_items_in_group: bool | None | Unset
        if isinstance(self.is_print_items_in_group, Unset):
            is_print_items_in_group = UNSET
        else:
            is_print_items_in_group = self.is_print_items_in_group

        total_amount: None | str | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        service_date: None | str | Unset
        if isinstance(self.service_date, Unset):
            service_date = UNSET
        elif isinstance(self.service_date, datetime.date):
            service_date = self.service_date.isoformat()
        else:
            service_date = self.service_date

        credit_memo_line_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_memo_line_ret, Unset):
            credit_memo_line_ret = []
            for credit_memo_line_ret_item_data in self.credit_memo_line_ret:
                credit_memo_line_ret_item = credit_memo_line_ret_item_data.to_dict()
                credit_memo_line_ret.append(credit_memo_line_ret_item)

        data_ext_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_ext_ret, Unset):
            data_ext_ret = []
            for data_ext_ret_item_data in self.data_ext_ret:
                data_ext_ret_item = data_ext_ret_item_data.to_dict()
                data_ext_ret.append(data_ext_ret_item)

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
        if is_print_items_in_group is not UNSET:
            field_dict["is_print_items_in_group"] = is_print_items_in_group
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if service_date is not UNSET:
            field_dict["service_date"] = service_date
        if credit_memo_line_ret is not UNSET:
            field_dict["credit_memo_line_ret"] = credit_memo_line_ret
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_memo_line_ret import CreditMemoLineRet  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.item_group_ref import ItemGroupRef  # noqa: PLC0415
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

        def _parse_is_print_items_in_group(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_print_items_in_group = _parse_is_print_items_in_group(d.pop("is_print_items_in_group", UNSET))

        def _parse_total_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

        def _parse_service_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_date_type_0 = datetime.date.fromisoformat(data)

                return service_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        service_date = _parse_service_date(d.pop("service_date", UNSET))

        _credit_memo_line_ret = d.pop("credit_memo_line_ret", UNSET)
        credit_memo_line_ret: list[CreditMemoLineRet] | Unset = UNSET
        if _credit_memo_line_ret is not UNSET:
            credit_memo_line_ret = []
            for credit_memo_line_ret_item_data in _credit_memo_line_ret:
                credit_memo_line_ret_item = CreditMemoLineRet.from_dict(credit_memo_line_ret_item_data)

                credit_memo_line_ret.append(credit_memo_line_ret_item)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        credit_memo_line_group_ret = cls(
            txn_line_id=txn_line_id,
            item_group_ref=item_group_ref,
            desc=desc,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            override_uom_set_ref=override_uom_set_ref,
            is_print_items_in_group=is_print_items_in_group,
            total_amount=total_amount,
            service_date=service_date,
            credit_memo_line_ret=credit_memo_line_ret,
            data_ext_ret=data_ext_ret,
        )

        credit_memo_line_group_ret.additional_properties = d
        return credit_memo_line_group_ret

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
