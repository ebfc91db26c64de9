from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bar_code_input import BarCodeInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.sales_tax_return_line_ref_input import SalesTaxReturnLineRefInput
    from ..models.tax_vendor_ref_input import TaxVendorRefInput


T = TypeVar("T", bound="ItemSalesTaxUpdate")


@_attrs_define
class ItemSalesTaxUpdate:
    """Change one of items: qbXML ItemSalesTaxMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        name (str | Unset):
        bar_code (BarCodeInput | Unset): qbXML BarCode in snake_case.
        is_active (bool | Unset):
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        item_desc (str | Unset):
        tax_rate (str | Unset): a percentage with up to 5 decimal places, as a string
        tax_vendor_ref (TaxVendorRefInput | Unset): qbXML TaxVendorRef in snake_case.
        sales_tax_return_line_ref (SalesTaxReturnLineRefInput | Unset): qbXML SalesTaxReturnLineRef in snake_case.
        type_ (Literal['sales_tax'] | Unset): which kind of record this is
    """

    revision: str
    name: str | Unset = UNSET
    bar_code: BarCodeInput | Unset = UNSET
    is_active: bool | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    item_desc: str | Unset = UNSET
    tax_rate: str | Unset = UNSET
    tax_vendor_ref: TaxVendorRefInput | Unset = UNSET
    sales_tax_return_line_ref: SalesTaxReturnLineRefInput | Unset = UNSET
    type_: Literal["sales_tax"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        name = self.name

        bar_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bar_code, Unset):
            bar_code = self.bar_code.to_dict()

        is_active = self.is_active

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        item_desc = self.item_desc

        tax_rate = self.tax_rate

        tax_vendor_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_vendor_ref, Unset):
            tax_vendor_ref = self.tax_vendor_ref.to_dict()

        sales_tax_return_line_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_return_line_ref, Unset):
            sales_tax_return_line_ref = self.sales_tax_return_line_ref.to_dict()

        type_: Literal["sales_tax"] | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if bar_code is not UNSET:
            field_dict["bar_code"] = bar_code
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if item_desc is not UNSET:
            field_dict["item_desc"] = item_desc
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if tax_vendor_ref is not UNSET:
            field_dict["tax_vendor_ref"] = tax_vendor_ref
        if sales_tax_return_line_ref is not UNSET:
            field_dict["sales_tax_return_line_ref"] = sales_tax_return_line_ref
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bar_code_input import BarCodeInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.sales_tax_return_line_ref_input import SalesTaxReturnLineRefInput  # noqa: PLC0415
        from ..models.tax_vendor_ref_input import TaxVendorRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        name = d.pop("name", UNSET)

        _bar_code = d.pop("bar_code", UNSET)
        bar_code: BarCodeInput | Unset
        if isinstance(_bar_code, Unset):
            bar_code = UNSET
        else:
            bar_code = BarCodeInput.from_dict(_bar_code)

        is_active = d.pop("is_active", UNSET)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        item_desc = d.pop("item_desc", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        _tax_vendor_ref = d.pop("tax_vendor_ref", UNSET)
        tax_vendor_ref: TaxVendorRefInput | Unset
        if isinstance(_tax_vendor_ref, Unset):
            tax_vendor_ref = UNSET
        else:
            tax_vendor_ref = TaxVendorRefInput.from_dict(_tax_vendor_ref)

        _sales_tax_return_line_ref = d.pop("sales_tax_return_line_ref", UNSET)
        sales_tax_return_line_ref: SalesTaxReturnLineRefInput | Unset
        if isinstance(_sales_tax_return_line_ref, Unset):
            sales_tax_return_line_ref = UNSET
        else:
            sales_tax_return_line_ref = SalesTaxReturnLineRefInput.from_dict(_sales_tax_return_line_ref)

        def _parse_type_(data: object) -> Literal["sales_tax"] | Unset:
            if isinstance(data, Unset):
                return data
            type_type_0 = cast(Literal["sales_tax"], data)
            if type_type_0 != "sales_tax":
                raise ValueError(f"type_type_0 must match const 'sales_tax', got '{type_type_0}'")
            return type_type_0

        type_ = _parse_type_(d.pop("type", UNSET))

        item_sales_tax_update = cls(
            revision=revision,
            name=name,
            bar_code=bar_code,
            is_active=is_active,
            class_ref=class_ref,
            item_desc=item_desc,
            tax_rate=tax_rate,
            tax_vendor_ref=tax_vendor_ref,
            sales_tax_return_line_ref=sales_tax_return_line_ref,
            type_=type_,
        )

        return item_sales_tax_update
