from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref import ClassRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.inventory_site_location_ref import InventorySiteLocationRef
    from ..models.inventory_site_ref import InventorySiteRef
    from ..models.item_ref import ItemRef
    from ..models.override_uom_set_ref import OverrideUOMSetRef
    from ..models.sales_tax_code_ref import SalesTaxCodeRef


T = TypeVar("T", bound="SalesOrderLineRet")


@_attrs_define
class SalesOrderLineRet:
    """qbXML SalesOrderLineRet in snake_case.

    Attributes:
        txn_line_id (str | Unset):
        item_ref (ItemRef | Unset): qbXML ItemRef in snake_case.
        desc (str | Unset):
        quantity (None | str | Unset): a quantity with up to 5 decimal places, as a string
        unit_of_measure (str | Unset):
        override_uom_set_ref (OverrideUOMSetRef | Unset): qbXML OverrideUOMSetRef in snake_case.
        rate (None | str | Unset): a price with up to 5 decimal places, as a string
        rate_percent (None | str | Unset): a percentage with up to 5 decimal places, as a string
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        amount (None | str | Unset): an amount exact to the cent, as a string
        tax_amount (None | str | Unset): an amount exact to the cent, as a string
        inventory_site_ref (InventorySiteRef | Unset): qbXML InventorySiteRef in snake_case.
        inventory_site_location_ref (InventorySiteLocationRef | Unset): qbXML InventorySiteLocationRef in snake_case.
        serial_number (str | Unset):
        lot_number (str | Unset):
        sales_tax_code_ref (SalesTaxCodeRef | Unset): qbXML SalesTaxCodeRef in snake_case.
        invoiced (None | str | Unset): a quantity with up to 5 decimal places, as a string
        is_manually_closed (bool | None | Unset):
        other1 (str | Unset):
        other2 (str | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    txn_line_id: str | Unset = UNSET
    item_ref: ItemRef | Unset = UNSET
    desc: str | Unset = UNSET
    quantity: None | str | Unset = UNSET
    unit_of_measure: str | Unset = UNSET
    override_uom_set_ref: OverrideUOMSetRef | Unset = UNSET
    rate: None | str | Unset = UNSET
    rate_percent: None | str | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    amount: None | str | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    inventory_site_ref: InventorySiteRef | Unset = UNSET
    inventory_site_location_ref: InventorySiteLocationRef | Unset = UNSET
    serial_number: str | Unset = UNSET
    lot_number: str | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRef | Unset = UNSET
    invoiced: None | str | Unset = UNSET
    is_manually_closed: bool | None | Unset = UNSET
    other1: str | Unset = UNSET
    other2: str | Unset = UNSET
    data_ext_ret: list[DataExtRet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        item_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_ref, Unset):
            item_ref = self.item_ref.to_dict()

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

        rate: None | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        rate_percent: None | str | Unset
        if isinstance(self.rate_percent, Unset):
            rate_percent = UNSET
        else:
            rate_percent = self.rate_percent

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

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

        inventory_site_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_ref, Unset):
            inventory_site_ref = self.inventory_site_ref.to_dict()

        inventory_site_location_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_site_location_ref, Unset):
            inventory_site_location_ref = self.inventory_site_location_ref.to_dict()

        serial_number = self.serial_number

        lot_number = self.lot_number

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        invoiced: None | str | Unset
        if isinstance(self.invoiced, Unset):
            invoiced = UNSET
        else:
            invoiced = self.invoiced

        is_manually_closed: bool | None | Unset
        if isinstance(self.is_manually_closed, Unset):
            is_manually_closed = UNSET
        else:
            is_manually_closed = self.is_manually_closed

        other1 = self.other1

        other2 = self.other2

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
        if item_ref is not UNSET:
            field_dict["item_ref"] = item_ref
        if desc is not UNSET:
            field_dict["desc"] = desc
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if override_uom_set_ref is not UNSET:
            field_dict["override_uom_set_ref"] = override_uom_set_ref
        if rate is not UNSET:
            field_dict["rate"] = rate
        if rate_percent is not UNSET:
            field_dict["rate_percent"] = rate_percent
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if inventory_site_ref is not UNSET:
            field_dict["inventory_site_ref"] = inventory_site_ref
        if inventory_site_location_ref is not UNSET:
            field_dict["inventory_site_location_ref"] = inventory_site_location_ref
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if lot_number is not UNSET:
            field_dict["lot_number"] = lot_number
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if invoiced is not UNSET:
            field_dict["invoiced"] = invoiced
        if is_manually_closed is not UNSET:
            field_dict["is_manually_closed"] = is_manually_closed
        if other1 is not UNSET:
            field_dict["other1"] = other1
        if other2 is not UNSET:
            field_dict["other2"] = other2
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.inventory_site_location_ref import InventorySiteLocationRef  # noqa: PLC0415
        from ..models.inventory_site_ref import InventorySiteRef  # noqa: PLC0415
        from ..models.item_ref import ItemRef  # noqa: PLC0415
        from ..models.override_uom_set_ref import OverrideUOMSetRef  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id", UNSET)

        _item_ref = d.pop("item_ref", UNSET)
        item_ref: ItemRef | Unset
        if isinstance(_item_ref, Unset):
            item_ref = UNSET
        else:
            item_ref = ItemRef.from_dict(_item_ref)

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

        def _parse_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_rate_percent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate_percent = _parse_rate_percent(d.pop("rate_percent", UNSET))

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRef | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRef.from_dict(_class_ref)

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

        _inventory_site_ref = d.pop("inventory_site_ref", UNSET)
        inventory_site_ref: InventorySiteRef | Unset
        if isinstance(_inventory_site_ref, Unset):
            inventory_site_ref = UNSET
        else:
            inventory_site_ref = InventorySiteRef.from_dict(_inventory_site_ref)

        _inventory_site_location_ref = d.pop("inventory_site_location_ref", UNSET)
        inventory_site_location_ref: InventorySiteLocationRef | Unset
        if isinstance(_inventory_site_location_ref, Unset):
            inventory_site_location_ref = UNSET
        else:
            inventory_site_location_ref = InventorySiteLocationRef.from_dict(_inventory_site_location_ref)

        serial_number = d.pop("serial_number", UNSET)

        lot_number = d.pop("lot_number", UNSET)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRef.from_dict(_sales_tax_code_ref)

        def _parse_invoiced(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoiced = _parse_invoiced(d.pop("invoiced", UNSET))

        def _parse_is_manually_closed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_manually_closed = _parse_is_manually_closed(d.pop("is_manually_closed", UNSET))

        other1 = d.pop("other1", UNSET)

        other2 = d.pop("other2", UNSET)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        sales_order_line_ret = cls(
            txn_line_id=txn_line_id,
            item_ref=item_ref,
            desc=desc,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            override_uom_set_ref=override_uom_set_ref,
            rate=rate,
            rate_percent=rate_percent,
            class_ref=class_ref,
            amount=amount,
            tax_amount=tax_amount,
            inventory_site_ref=inventory_site_ref,
            inventory_site_location_ref=inventory_site_location_ref,
            serial_number=serial_number,
            lot_number=lot_number,
            sales_tax_code_ref=sales_tax_code_ref,
            invoiced=invoiced,
            is_manually_closed=is_manually_closed,
            other1=other1,
            other2=other2,
            data_ext_ret=data_ext_ret,
        )

        sales_order_line_ret.additional_properties = d
        return sales_order_line_ret

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
