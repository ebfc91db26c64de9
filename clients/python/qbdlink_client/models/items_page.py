from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item_discount_record import ItemDiscountRecord
    from ..models.item_fixed_asset_record import ItemFixedAssetRecord
    from ..models.item_group_record import ItemGroupRecord
    from ..models.item_inventory_assembly_record import ItemInventoryAssemblyRecord
    from ..models.item_inventory_record import ItemInventoryRecord
    from ..models.item_non_inventory_record import ItemNonInventoryRecord
    from ..models.item_other_charge_record import ItemOtherChargeRecord
    from ..models.item_payment_record import ItemPaymentRecord
    from ..models.item_sales_tax_group_record import ItemSalesTaxGroupRecord
    from ..models.item_sales_tax_record import ItemSalesTaxRecord
    from ..models.item_service_record import ItemServiceRecord
    from ..models.item_subtotal_record import ItemSubtotalRecord


T = TypeVar("T", bound="ItemsPage")


@_attrs_define
class ItemsPage:
    """A page of the link's items, oldest change first.

    Attributes:
        data (list[ItemDiscountRecord | ItemFixedAssetRecord | ItemGroupRecord | ItemInventoryAssemblyRecord |
            ItemInventoryRecord | ItemNonInventoryRecord | ItemOtherChargeRecord | ItemPaymentRecord |
            ItemSalesTaxGroupRecord | ItemSalesTaxRecord | ItemServiceRecord | ItemSubtotalRecord]):
        next_cursor (None | str): pass as `cursor` for the next page
        has_more (bool):
    """

    data: list[
        ItemDiscountRecord
        | ItemFixedAssetRecord
        | ItemGroupRecord
        | ItemInventoryAssemblyRecord
        | ItemInventoryRecord
        | ItemNonInventoryRecord
        | ItemOtherChargeRecord
        | ItemPaymentRecord
        | ItemSalesTaxGroupRecord
        | ItemSalesTaxRecord
        | ItemServiceRecord
        | ItemSubtotalRecord
    ]
    next_cursor: None | str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.item_discount_record import ItemDiscountRecord  # noqa: PLC0415
        from ..models.item_fixed_asset_record import ItemFixedAssetRecord  # noqa: PLC0415
        from ..models.item_inventory_assembly_record import ItemInventoryAssemblyRecord  # noqa: PLC0415
        from ..models.item_inventory_record import ItemInventoryRecord  # noqa: PLC0415
        from ..models.item_non_inventory_record import ItemNonInventoryRecord  # noqa: PLC0415
        from ..models.item_other_charge_record import ItemOtherChargeRecord  # noqa: PLC0415
        from ..models.item_payment_record import ItemPaymentRecord  # noqa: PLC0415
        from ..models.item_sales_tax_group_record import ItemSalesTaxGroupRecord  # noqa: PLC0415
        from ..models.item_sales_tax_record import ItemSalesTaxRecord  # noqa: PLC0415
        from ..models.item_service_record import ItemServiceRecord  # noqa: PLC0415
        from ..models.item_subtotal_record import ItemSubtotalRecord  # noqa: PLC0415

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, ItemServiceRecord):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ItemNonInventoryRecord):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ItemOtherChargeRecord):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ItemInventoryRecord):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ItemInventoryAssemblyRecord):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ItemFixedAssetRecord):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ItemSubtotalRecord):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ItemDiscountRecord):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ItemPaymentRecord):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ItemSalesTaxRecord):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ItemSalesTaxGroupRecord):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "next_cursor": next_cursor,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_discount_record import ItemDiscountRecord  # noqa: PLC0415
        from ..models.item_fixed_asset_record import ItemFixedAssetRecord  # noqa: PLC0415
        from ..models.item_group_record import ItemGroupRecord  # noqa: PLC0415
        from ..models.item_inventory_assembly_record import ItemInventoryAssemblyRecord  # noqa: PLC0415
        from ..models.item_inventory_record import ItemInventoryRecord  # noqa: PLC0415
        from ..models.item_non_inventory_record import ItemNonInventoryRecord  # noqa: PLC0415
        from ..models.item_other_charge_record import ItemOtherChargeRecord  # noqa: PLC0415
        from ..models.item_payment_record import ItemPaymentRecord  # noqa: PLC0415
        from ..models.item_sales_tax_group_record import ItemSalesTaxGroupRecord  # noqa: PLC0415
        from ..models.item_sales_tax_record import ItemSalesTaxRecord  # noqa: PLC0415
        from ..models.item_service_record import ItemServiceRecord  # noqa: PLC0415
        from ..models.item_subtotal_record import ItemSubtotalRecord  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                ItemDiscountRecord
                | ItemFixedAssetRecord
                | ItemGroupRecord
                | ItemInventoryAssemblyRecord
                | ItemInventoryRecord
                | ItemNonInventoryRecord
                | ItemOtherChargeRecord
                | ItemPaymentRecord
                | ItemSalesTaxGroupRecord
                | ItemSalesTaxRecord
                | ItemServiceRecord
                | ItemSubtotalRecord
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_0 = ItemServiceRecord.from_dict(data)

                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_1 = ItemNonInventoryRecord.from_dict(data)

                    return data_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_2 = ItemOtherChargeRecord.from_dict(data)

                    return data_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_3 = ItemInventoryRecord.from_dict(data)

                    return data_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_4 = ItemInventoryAssemblyRecord.from_dict(data)

                    return data_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_5 = ItemFixedAssetRecord.from_dict(data)

                    return data_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_6 = ItemSubtotalRecord.from_dict(data)

                    return data_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_7 = ItemDiscountRecord.from_dict(data)

                    return data_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_8 = ItemPaymentRecord.from_dict(data)

                    return data_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_9 = ItemSalesTaxRecord.from_dict(data)

                    return data_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_10 = ItemSalesTaxGroupRecord.from_dict(data)

                    return data_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_11 = ItemGroupRecord.from_dict(data)

                return data_item_type_11

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        has_more = d.pop("has_more")

        items_page = cls(
            data=data,
            next_cursor=next_cursor,
            has_more=has_more,
        )

        items_page.additional_properties = d
        return items_page

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
