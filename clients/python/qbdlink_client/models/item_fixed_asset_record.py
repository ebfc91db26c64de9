from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_fixed_asset_record_acquired_as import ItemFixedAssetRecordAcquiredAs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_account_ref import AssetAccountRef
    from ..models.class_ref import ClassRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.fixed_asset_sales_info import FixedAssetSalesInfo


T = TypeVar("T", bound="ItemFixedAssetRecord")


@_attrs_define
class ItemFixedAssetRecord:
    """One of the link's items: qbXML ItemFixedAssetRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['item_fixed_asset']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        list_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        name (str | Unset):
        bar_code_value (str | Unset):
        is_active (bool | None | Unset):
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        acquired_as (ItemFixedAssetRecordAcquiredAs | Unset):
        purchase_desc (str | Unset):
        purchase_date (datetime.date | None | Unset):
        purchase_cost (None | str | Unset): a price with up to 5 decimal places, as a string
        vendor_or_payee_name (str | Unset):
        asset_account_ref (AssetAccountRef | Unset): qbXML AssetAccountRef in snake_case.
        fixed_asset_sales_info (FixedAssetSalesInfo | Unset): qbXML FixedAssetSalesInfo in snake_case.
        asset_desc (str | Unset):
        location (str | Unset):
        po_number (str | Unset):
        serial_number (str | Unset):
        warranty_exp_date (datetime.date | None | Unset):
        notes (str | Unset):
        asset_number (str | Unset):
        cost_basis (None | str | Unset): an amount exact to the cent, as a string
        year_end_accumulated_depreciation (None | str | Unset): an amount exact to the cent, as a string
        year_end_book_value (None | str | Unset): an amount exact to the cent, as a string
        external_guid (None | str | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["item_fixed_asset"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    list_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    name: str | Unset = UNSET
    bar_code_value: str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    acquired_as: ItemFixedAssetRecordAcquiredAs | Unset = UNSET
    purchase_desc: str | Unset = UNSET
    purchase_date: datetime.date | None | Unset = UNSET
    purchase_cost: None | str | Unset = UNSET
    vendor_or_payee_name: str | Unset = UNSET
    asset_account_ref: AssetAccountRef | Unset = UNSET
    fixed_asset_sales_info: FixedAssetSalesInfo | Unset = UNSET
    asset_desc: str | Unset = UNSET
    location: str | Unset = UNSET
    po_number: str | Unset = UNSET
    serial_number: str | Unset = UNSET
    warranty_exp_date: datetime.date | None | Unset = UNSET
    notes: str | Unset = UNSET
    asset_number: str | Unset = UNSET
    cost_basis: None | str | Unset = UNSET
    year_end_accumulated_depreciation: None | str | Unset = UNSET
    year_end_book_value: None | str | Unset = UNSET
    external_guid: None | str | Unset = UNSET
    data_ext_ret: list[DataExtRet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        revision: None | str
        revision = self.revision

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        deleted = self.deleted

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        list_id = self.list_id

        time_created: None | str | Unset
        if isinstance(self.time_created, Unset):
            time_created = UNSET
        elif isinstance(self.time_created, datetime.datetime):
            time_created = self.time_created.isoformat()
        else:
            time_created = self.time_created

        time_modified: None | str | Unset
        if isinstance(self.time_modified, Unset):
            time_modified = UNSET
        elif isinstance(self.time_modified, datetime.datetime):
            time_modified = self.time_modified.isoformat()
        else:
            time_modified = self.time_modified

        edit_sequence = self.edit_sequence

        name = self.name

        bar_code_value = self.bar_code_value

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        acquired_as: str | Unset = UNSET
        if not isinstance(self.acquired_as, Unset):
            acquired_as = self.acquired_as.value

        purchase_desc = self.purchase_desc

        purchase_date: None | str | Unset
        if isinstance(self.purchase_date, Unset):
            purchase_date = UNSET
        elif isinstance(self.purchase_date, datetime.date):
            purchase_date = self.purchase_date.isoformat()
        else:
            purchase_date = self.purchase_date

        purchase_cost: None | str | Unset
        if isinstance(self.purchase_cost, Unset):
            purchase_cost = UNSET
        else:
            purchase_cost = self.purchase_cost

        vendor_or_payee_name = self.vendor_or_payee_name

        asset_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_account_ref, Unset):
            asset_account_ref = self.asset_account_ref.to_dict()

        fixed_asset_sales_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_asset_sales_info, Unset):
            fixed_asset_sales_info = self.fixed_asset_sales_info.to_dict()

        asset_desc = self.asset_desc

        location = self.location

        po_number = self.po_number

        serial_number = self.serial_number

        warranty_exp_date: None | str | Unset
        if isinstance(self.warranty_exp_date, Unset):
            warranty_exp_date = UNSET
        elif isinstance(self.warranty_exp_date, datetime.date):
            warranty_exp_date = self.warranty_exp_date.isoformat()
        else:
            warranty_exp_date = self.warranty_exp_date

        notes = self.notes

        asset_number = self.asset_number

        cost_basis: None | str | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis = UNSET
        else:
            cost_basis = self.cost_basis

        year_end_accumulated_depreciation: None | str | Unset
        if isinstance(self.year_end_accumulated_depreciation, Unset):
            year_end_accumulated_depreciation = UNSET
        else:
            year_end_accumulated_depreciation = self.year_end_accumulated_depreciation

        year_end_book_value: None | str | Unset
        if isinstance(self.year_end_book_value, Unset):
            year_end_book_value = UNSET
        else:
            year_end_book_value = self.year_end_book_value

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
            external_guid = self.external_guid

        data_ext_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_ext_ret, Unset):
            data_ext_ret = []
            for data_ext_ret_item_data in self.data_ext_ret:
                data_ext_ret_item = data_ext_ret_item_data.to_dict()
                data_ext_ret.append(data_ext_ret_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "revision": revision,
                "updated_at": updated_at,
                "deleted": deleted,
            }
        )
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if time_created is not UNSET:
            field_dict["time_created"] = time_created
        if time_modified is not UNSET:
            field_dict["time_modified"] = time_modified
        if edit_sequence is not UNSET:
            field_dict["edit_sequence"] = edit_sequence
        if name is not UNSET:
            field_dict["name"] = name
        if bar_code_value is not UNSET:
            field_dict["bar_code_value"] = bar_code_value
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if acquired_as is not UNSET:
            field_dict["acquired_as"] = acquired_as
        if purchase_desc is not UNSET:
            field_dict["purchase_desc"] = purchase_desc
        if purchase_date is not UNSET:
            field_dict["purchase_date"] = purchase_date
        if purchase_cost is not UNSET:
            field_dict["purchase_cost"] = purchase_cost
        if vendor_or_payee_name is not UNSET:
            field_dict["vendor_or_payee_name"] = vendor_or_payee_name
        if asset_account_ref is not UNSET:
            field_dict["asset_account_ref"] = asset_account_ref
        if fixed_asset_sales_info is not UNSET:
            field_dict["fixed_asset_sales_info"] = fixed_asset_sales_info
        if asset_desc is not UNSET:
            field_dict["asset_desc"] = asset_desc
        if location is not UNSET:
            field_dict["location"] = location
        if po_number is not UNSET:
            field_dict["po_number"] = po_number
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if warranty_exp_date is not UNSET:
            field_dict["warranty_exp_date"] = warranty_exp_date
        if notes is not UNSET:
            field_dict["notes"] = notes
        if asset_number is not UNSET:
            field_dict["asset_number"] = asset_number
        if cost_basis is not UNSET:
            field_dict["cost_basis"] = cost_basis
        if year_end_accumulated_depreciation is not UNSET:
            field_dict["year_end_accumulated_depreciation"] = year_end_accumulated_depreciation
        if year_end_book_value is not UNSET:
            field_dict["year_end_book_value"] = year_end_book_value
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_account_ref import AssetAccountRef  # noqa: PLC0415
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.fixed_asset_sales_info import FixedAssetSalesInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["item_fixed_asset"], d.pop("object"))
        if object_ != "item_fixed_asset":
            raise ValueError(f"object must match const 'item_fixed_asset', got '{object_}'")

        def _parse_revision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revision = _parse_revision(d.pop("revision"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        deleted = d.pop("deleted")

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        list_id = d.pop("list_id", UNSET)

        def _parse_time_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_created_type_0 = datetime.datetime.fromisoformat(data)

                return time_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        time_created = _parse_time_created(d.pop("time_created", UNSET))

        def _parse_time_modified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_modified_type_0 = datetime.datetime.fromisoformat(data)

                return time_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        time_modified = _parse_time_modified(d.pop("time_modified", UNSET))

        edit_sequence = d.pop("edit_sequence", UNSET)

        name = d.pop("name", UNSET)

        bar_code_value = d.pop("bar_code_value", UNSET)

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRef | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRef.from_dict(_class_ref)

        _acquired_as = d.pop("acquired_as", UNSET)
        acquired_as: ItemFixedAssetRecordAcquiredAs | Unset
        if isinstance(_acquired_as, Unset):
            acquired_as = UNSET
        else:
            acquired_as = ItemFixedAssetRecordAcquiredAs(_acquired_as)

        purchase_desc = d.pop("purchase_desc", UNSET)

        def _parse_purchase_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purchase_date_type_0 = datetime.date.fromisoformat(data)

                return purchase_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        purchase_date = _parse_purchase_date(d.pop("purchase_date", UNSET))

        def _parse_purchase_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_cost = _parse_purchase_cost(d.pop("purchase_cost", UNSET))

        vendor_or_payee_name = d.pop("vendor_or_payee_name", UNSET)

        _asset_account_ref = d.pop("asset_account_ref", UNSET)
        asset_account_ref: AssetAccountRef | Unset
        if isinstance(_asset_account_ref, Unset):
            asset_account_ref = UNSET
        else:
            asset_account_ref = AssetAccountRef.from_dict(_asset_account_ref)

        _fixed_asset_sales_info = d.pop("fixed_asset_sales_info", UNSET)
        fixed_asset_sales_info: FixedAssetSalesInfo | Unset
        if isinstance(_fixed_asset_sales_info, Unset):
            fixed_asset_sales_info = UNSET
        else:
            fixed_asset_sales_info = FixedAssetSalesInfo.from_dict(_fixed_asset_sales_info)

        asset_desc = d.pop("asset_desc", UNSET)

        location = d.pop("location", UNSET)

        po_number = d.pop("po_number", UNSET)

        serial_number = d.pop("serial_number", UNSET)

        def _parse_warranty_exp_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warranty_exp_date_type_0 = datetime.date.fromisoformat(data)

                return warranty_exp_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        warranty_exp_date = _parse_warranty_exp_date(d.pop("warranty_exp_date", UNSET))

        notes = d.pop("notes", UNSET)

        asset_number = d.pop("asset_number", UNSET)

        def _parse_cost_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_basis = _parse_cost_basis(d.pop("cost_basis", UNSET))

        def _parse_year_end_accumulated_depreciation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        year_end_accumulated_depreciation = _parse_year_end_accumulated_depreciation(
            d.pop("year_end_accumulated_depreciation", UNSET)
        )

        def _parse_year_end_book_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        year_end_book_value = _parse_year_end_book_value(d.pop("year_end_book_value", UNSET))

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        item_fixed_asset_record = cls(
            id=id,
            object_=object_,
            revision=revision,
            updated_at=updated_at,
            deleted=deleted,
            deleted_at=deleted_at,
            list_id=list_id,
            time_created=time_created,
            time_modified=time_modified,
            edit_sequence=edit_sequence,
            name=name,
            bar_code_value=bar_code_value,
            is_active=is_active,
            class_ref=class_ref,
            acquired_as=acquired_as,
            purchase_desc=purchase_desc,
            purchase_date=purchase_date,
            purchase_cost=purchase_cost,
            vendor_or_payee_name=vendor_or_payee_name,
            asset_account_ref=asset_account_ref,
            fixed_asset_sales_info=fixed_asset_sales_info,
            asset_desc=asset_desc,
            location=location,
            po_number=po_number,
            serial_number=serial_number,
            warranty_exp_date=warranty_exp_date,
            notes=notes,
            asset_number=asset_number,
            cost_basis=cost_basis,
            year_end_accumulated_depreciation=year_end_accumulated_depreciation,
            year_end_book_value=year_end_book_value,
            external_guid=external_guid,
            data_ext_ret=data_ext_ret,
        )

        item_fixed_asset_record.additional_properties = d
        return item_fixed_asset_record

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
