from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_purchase_tax_ref_input import ItemPurchaseTaxRefInput
    from ..models.item_sales_tax_ref_input import ItemSalesTaxRefInput


T = TypeVar("T", bound="SalesTaxCodeUpdate")


@_attrs_define
class SalesTaxCodeUpdate:
    """Change one of sales_tax_codes: qbXML SalesTaxCodeMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        name (str | Unset):
        is_active (bool | Unset):
        is_taxable (bool | Unset):
        desc (str | Unset):
        item_purchase_tax_ref (ItemPurchaseTaxRefInput | Unset): qbXML ItemPurchaseTaxRef in snake_case.
        item_sales_tax_ref (ItemSalesTaxRefInput | Unset): qbXML ItemSalesTaxRef in snake_case.
    """

    revision: str
    name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    desc: str | Unset = UNSET
    item_purchase_tax_ref: ItemPurchaseTaxRefInput | Unset = UNSET
    item_sales_tax_ref: ItemSalesTaxRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        name = self.name

        is_active = self.is_active

        is_taxable = self.is_taxable

        desc = self.desc

        item_purchase_tax_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_purchase_tax_ref, Unset):
            item_purchase_tax_ref = self.item_purchase_tax_ref.to_dict()

        item_sales_tax_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_sales_tax_ref, Unset):
            item_sales_tax_ref = self.item_sales_tax_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_taxable is not UNSET:
            field_dict["is_taxable"] = is_taxable
        if desc is not UNSET:
            field_dict["desc"] = desc
        if item_purchase_tax_ref is not UNSET:
            field_dict["item_purchase_tax_ref"] = item_purchase_tax_ref
        if item_sales_tax_ref is not UNSET:
            field_dict["item_sales_tax_ref"] = item_sales_tax_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_purchase_tax_ref_input import ItemPurchaseTaxRefInput  # noqa: PLC0415
        from ..models.item_sales_tax_ref_input import ItemSalesTaxRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        name = d.pop("name", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_taxable = d.pop("is_taxable", UNSET)

        desc = d.pop("desc", UNSET)

        _item_purchase_tax_ref = d.pop("item_purchase_tax_ref", UNSET)
        item_purchase_tax_ref: ItemPurchaseTaxRefInput | Unset
        if isinstance(_item_purchase_tax_ref, Unset):
            item_purchase_tax_ref = UNSET
        else:
            item_purchase_tax_ref = ItemPurchaseTaxRefInput.from_dict(_item_purchase_tax_ref)

        _item_sales_tax_ref = d.pop("item_sales_tax_ref", UNSET)
        item_sales_tax_ref: ItemSalesTaxRefInput | Unset
        if isinstance(_item_sales_tax_ref, Unset):
            item_sales_tax_ref = UNSET
        else:
            item_sales_tax_ref = ItemSalesTaxRefInput.from_dict(_item_sales_tax_ref)

        sales_tax_code_update = cls(
            revision=revision,
            name=name,
            is_active=is_active,
            is_taxable=is_taxable,
            desc=desc,
            item_purchase_tax_ref=item_purchase_tax_ref,
            item_sales_tax_ref=item_sales_tax_ref,
        )

        return sales_tax_code_update
