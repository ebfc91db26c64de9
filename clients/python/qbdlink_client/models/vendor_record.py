from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vendor_record_reporting_period import VendorRecordReportingPeriod
from ..models.vendor_record_sales_tax_country import VendorRecordSalesTaxCountry
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_contact_ref import AdditionalContactRef
    from ..models.additional_notes_ret import AdditionalNotesRet
    from ..models.billing_rate_ref import BillingRateRef
    from ..models.class_ref import ClassRef
    from ..models.contacts_ret import ContactsRet
    from ..models.currency_ref import CurrencyRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.prefill_account_ref import PrefillAccountRef
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.sales_tax_return_ref import SalesTaxReturnRef
    from ..models.ship_address import ShipAddress
    from ..models.tax_on_purchases_account_ref import TaxOnPurchasesAccountRef
    from ..models.tax_on_sales_account_ref import TaxOnSalesAccountRef
    from ..models.terms_ref import TermsRef
    from ..models.vendor_address import VendorAddress
    from ..models.vendor_address_block import VendorAddressBlock
    from ..models.vendor_type_ref import VendorTypeRef


T = TypeVar("T", bound="VendorRecord")


@_attrs_define
class VendorRecord:
    """One of the link's vendors: qbXML VendorRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['vendor']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        list_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        name (str | Unset):
        is_active (bool | None | Unset):
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        is_tax_agency (bool | None | Unset): Canadian and UK editions only
        company_name (str | Unset):
        salutation (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        suffix (str | Unset):
        job_title (str | Unset):
        vendor_address (VendorAddress | Unset): qbXML VendorAddress in snake_case.
        vendor_address_block (VendorAddressBlock | Unset): qbXML VendorAddressBlock in snake_case.
        ship_address (ShipAddress | Unset): qbXML ShipAddress in snake_case.
        phone (str | Unset):
        mobile (str | Unset):
        pager (str | Unset):
        alt_phone (str | Unset):
        fax (str | Unset):
        email (str | Unset):
        cc (str | Unset):
        contact (str | Unset):
        alt_contact (str | Unset):
        additional_contact_ref (list[AdditionalContactRef] | Unset):
        contacts_ret (list[ContactsRet] | Unset):
        name_on_check (str | Unset):
        account_number (str | Unset):
        notes (str | Unset):
        additional_notes_ret (list[AdditionalNotesRet] | Unset):
        vendor_type_ref (VendorTypeRef | Unset): qbXML VendorTypeRef in snake_case.
        terms_ref (TermsRef | Unset): qbXML TermsRef in snake_case.
        credit_limit (None | str | Unset): an amount exact to the cent, as a string
        vendor_tax_ident (str | Unset):
        is_vendor_eligible_for1099 (bool | None | Unset): US edition only
        balance (None | str | Unset): an amount exact to the cent, as a string
        billing_rate_ref (BillingRateRef | Unset): qbXML BillingRateRef in snake_case.
        external_guid (None | str | Unset):
        sales_tax_code_ref (SalesTaxCodeRef | Unset): qbXML SalesTaxCodeRef in snake_case.
        sales_tax_country (VendorRecordSalesTaxCountry | Unset): Canadian and UK editions only
        is_sales_tax_agency (bool | None | Unset): Canadian and UK editions only
        sales_tax_return_ref (SalesTaxReturnRef | Unset): qbXML SalesTaxReturnRef in snake_case.
        tax_registration_number (str | Unset): Canadian and UK editions only
        reporting_period (VendorRecordReportingPeriod | Unset): Canadian and UK editions only
        is_tax_tracked_on_purchases (bool | None | Unset): Canadian and UK editions only
        tax_on_purchases_account_ref (TaxOnPurchasesAccountRef | Unset): qbXML TaxOnPurchasesAccountRef in snake_case.
        is_tax_tracked_on_sales (bool | None | Unset): Canadian and UK editions only
        tax_on_sales_account_ref (TaxOnSalesAccountRef | Unset): qbXML TaxOnSalesAccountRef in snake_case.
        is_tax_on_tax (bool | None | Unset): Canadian and UK editions only
        prefill_account_ref (list[PrefillAccountRef] | Unset):
        currency_ref (CurrencyRef | Unset): qbXML CurrencyRef in snake_case.
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["vendor"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    list_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    name: str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    is_tax_agency: bool | None | Unset = UNSET
    company_name: str | Unset = UNSET
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    suffix: str | Unset = UNSET
    job_title: str | Unset = UNSET
    vendor_address: VendorAddress | Unset = UNSET
    vendor_address_block: VendorAddressBlock | Unset = UNSET
    ship_address: ShipAddress | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    pager: str | Unset = UNSET
    alt_phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    email: str | Unset = UNSET
    cc: str | Unset = UNSET
    contact: str | Unset = UNSET
    alt_contact: str | Unset = UNSET
    additional_contact_ref: list[AdditionalContactRef] | Unset = UNSET
    contacts_ret: list[ContactsRet] | Unset = UNSET
    name_on_check: str | Unset = UNSET
    account_number: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_notes_ret: list[AdditionalNotesRet] | Unset = UNSET
    vendor_type_ref: VendorTypeRef | Unset = UNSET
    terms_ref: TermsRef | Unset = UNSET
    credit_limit: None | str | Unset = UNSET
    vendor_tax_ident: str | Unset = UNSET
    is_vendor_eligible_for1099: bool | None | Unset = UNSET
    balance: None | str | Unset = UNSET
    billing_rate_ref: BillingRateRef | Unset = UNSET
    external_guid: None | str | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRef | Unset = UNSET
    sales_tax_country: VendorRecordSalesTaxCountry | Unset = UNSET
    is_sales_tax_agency: bool | None | Unset = UNSET
    sales_tax_return_ref: SalesTaxReturnRef | Unset = UNSET
    tax_registration_number: str | Unset = UNSET
    reporting_period: VendorRecordReportingPeriod | Unset = UNSET
    is_tax_tracked_on_purchases: bool | None | Unset = UNSET
    tax_on_purchases_account_ref: TaxOnPurchasesAccountRef | Unset = UNSET
    is_tax_tracked_on_sales: bool | None | Unset = UNSET
    tax_on_sales_account_ref: TaxOnSalesAccountRef | Unset = UNSET
    is_tax_on_tax: bool | None | Unset = UNSET
    prefill_account_ref: list[PrefillAccountRef] | Unset = UNSET
    currency_ref: CurrencyRef | Unset = UNSET
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

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        is_tax_agency: bool | None | Unset
        if isinstance(self.is_tax_agency, Unset):
            is_tax_agency = UNSET
        else:
            is_tax_agency = self.is_tax_agency

        company_name = self.company_name

        salutation = self.salutation

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        suffix = self.suffix

        job_title = self.job_title

        vendor_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_address, Unset):
            vendor_address = self.vendor_address.to_dict()

        vendor_address_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_address_block, Unset):
            vendor_address_block = self.vendor_address_block.to_dict()

        ship_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_address, Unset):
            ship_address = self.ship_address.to_dict()

        phone = self.phone

        mobile = self.mobile

        pager = self.pager

        alt_phone = self.alt_phone

        fax = self.fax

        email = self.email

        cc = self.cc

        contact = self.contact

        alt_contact = self.alt_contact

        additional_contact_ref: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_contact_ref, Unset):
            additional_contact_ref = []
            for additional_contact_ref_item_data in self.additional_contact_ref:
                additional_contact_ref_item = additional_contact_ref_item_data.to_dict()
                additional_contact_ref.append(additional_contact_ref_item)

        contacts_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts_ret, Unset):
            contacts_ret = []
            for contacts_ret_item_data in self.contacts_ret:
                contacts_ret_item = contacts_ret_item_data.to_dict()
                contacts_ret.append(contacts_ret_item)

        name_on_check = self.name_on_check

        account_number = self.account_number

        notes = self.notes

        additional_notes_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_notes_ret, Unset):
            additional_notes_ret = []
            for additional_notes_ret_item_data in self.additional_notes_ret:
                additional_notes_ret_item = additional_notes_ret_item_data.to_dict()
                additional_notes_ret.append(additional_notes_ret_item)

        vendor_type_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_type_ref, Unset):
            vendor_type_ref = self.vendor_type_ref.to_dict()

        terms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms_ref, Unset):
            terms_ref = self.terms_ref.to_dict()

        credit_limit: None | str | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        vendor_tax_ident = self.vendor_tax_ident

        is_vendor_eligible_for1099: bool | None | Unset
        if isinstance(self.is_vendor_eligible_for1099, Unset):
            is_vendor_eligible_for1099 = UNSET
        else:
            is_vendor_eligible_for1099 = self.is_vendor_eligible_for1099

        balance: None | str | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        billing_rate_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_rate_ref, Unset):
            billing_rate_ref = self.billing_rate_ref.to_dict()

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
            external_guid = self.external_guid

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        sales_tax_country: str | Unset = UNSET
        if not isinstance(self.sales_tax_country, Unset):
            sales_tax_country = self.sales_tax_country.value

        is_sales_tax_agency: bool | None | Unset
        if isinstance(self.is_sales_tax_agency, Unset):
            is_sales_tax_agency = UNSET
        else:
            is_sales_tax_agency = self.is_sales_tax_agency

        sales_tax_return_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_return_ref, Unset):
            sales_tax_return_ref = self.sales_tax_return_ref.to_dict()

        tax_registration_number = self.tax_registration_number

        reporting_period: str | Unset = UNSET
        if not isinstance(self.reporting_period, Unset):
            reporting_period = self.reporting_period.value

        is_tax_tracked_on_purchases: bool | None | Unset
        if isinstance(self.is_tax_tracked_on_purchases, Unset):
            is_tax_tracked_on_purchases = UNSET
        else:
            is_tax_tracked_on_purchases = self.is_tax_tracked_on_purchases

        tax_on_purchases_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_on_purchases_account_ref, Unset):
            tax_on_purchases_account_ref = self.tax_on_purchases_account_ref.to_dict()

        is_tax_tracked_on_sales: bool | None | Unset
        if isinstance(self.is_tax_tracked_on_sales, Unset):
            is_tax_tracked_on_sales = UNSET
        else:
            is_tax_tracked_on_sales = self.is_tax_tracked_on_sales

        tax_on_sales_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_on_sales_account_ref, Unset):
            tax_on_sales_account_ref = self.tax_on_sales_account_ref.to_dict()

        is_tax_on_tax: bool | None | Unset
        if isinstance(self.is_tax_on_tax, Unset):
            is_tax_on_tax = UNSET
        else:
            is_tax_on_tax = self.is_tax_on_tax

        prefill_account_ref: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prefill_account_ref, Unset):
            prefill_account_ref = []
            for prefill_account_ref_item_data in self.prefill_account_ref:
                prefill_account_ref_item = prefill_account_ref_item_data.to_dict()
                prefill_account_ref.append(prefill_account_ref_item)

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

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
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if is_tax_agency is not UNSET:
            field_dict["is_tax_agency"] = is_tax_agency
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if vendor_address is not UNSET:
            field_dict["vendor_address"] = vendor_address
        if vendor_address_block is not UNSET:
            field_dict["vendor_address_block"] = vendor_address_block
        if ship_address is not UNSET:
            field_dict["ship_address"] = ship_address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if pager is not UNSET:
            field_dict["pager"] = pager
        if alt_phone is not UNSET:
            field_dict["alt_phone"] = alt_phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if cc is not UNSET:
            field_dict["cc"] = cc
        if contact is not UNSET:
            field_dict["contact"] = contact
        if alt_contact is not UNSET:
            field_dict["alt_contact"] = alt_contact
        if additional_contact_ref is not UNSET:
            field_dict["additional_contact_ref"] = additional_contact_ref
        if contacts_ret is not UNSET:
            field_dict["contacts_ret"] = contacts_ret
        if name_on_check is not UNSET:
            field_dict["name_on_check"] = name_on_check
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if notes is not UNSET:
            field_dict["notes"] = notes
        if additional_notes_ret is not UNSET:
            field_dict["additional_notes_ret"] = additional_notes_ret
        if vendor_type_ref is not UNSET:
            field_dict["vendor_type_ref"] = vendor_type_ref
        if terms_ref is not UNSET:
            field_dict["terms_ref"] = terms_ref
        if credit_limit is not UNSET:
            field_dict["credit_limit"] = credit_limit
        if vendor_tax_ident is not UNSET:
            field_dict["vendor_tax_ident"] = vendor_tax_ident
        if is_vendor_eligible_for1099 is not UNSET:
            field_dict["is_vendor_eligible_for1099"] = is_vendor_eligible_for1099
        if balance is not UNSET:
            field_dict["balance"] = balance
        if billing_rate_ref is not UNSET:
            field_dict["billing_rate_ref"] = billing_rate_ref
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if sales_tax_country is not UNSET:
            field_dict["sales_tax_country"] = sales_tax_country
        if is_sales_tax_agency is not UNSET:
            field_dict["is_sales_tax_agency"] = is_sales_tax_agency
        if sales_tax_return_ref is not UNSET:
            field_dict["sales_tax_return_ref"] = sales_tax_return_ref
        if tax_registration_number is not UNSET:
            field_dict["tax_registration_number"] = tax_registration_number
        if reporting_period is not UNSET:
            field_dict["reporting_period"] = reporting_period
        if is_tax_tracked_on_purchases is not UNSET:
            field_dict["is_tax_tracked_on_purchases"] = is_tax_tracked_on_purchases
        if tax_on_purchases_account_ref is not UNSET:
            field_dict["tax_on_purchases_account_ref"] = tax_on_purchases_account_ref
        if is_tax_tracked_on_sales is not UNSET:
            field_dict["is_tax_tracked_on_sales"] = is_tax_tracked_on_sales
        if tax_on_sales_account_ref is not UNSET:
            field_dict["tax_on_sales_account_ref"] = tax_on_sales_account_ref
        if is_tax_on_tax is not UNSET:
            field_dict["is_tax_on_tax"] = is_tax_on_tax
        if prefill_account_ref is not UNSET:
            field_dict["prefill_account_ref"] = prefill_account_ref
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_contact_ref import AdditionalContactRef  # noqa: PLC0415
        from ..models.additional_notes_ret import AdditionalNotesRet  # noqa: PLC0415
        from ..models.billing_rate_ref import BillingRateRef  # noqa: PLC0415
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.contacts_ret import ContactsRet  # noqa: PLC0415
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.prefill_account_ref import PrefillAccountRef  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.sales_tax_return_ref import SalesTaxReturnRef  # noqa: PLC0415
        from ..models.ship_address import ShipAddress  # noqa: PLC0415
        from ..models.tax_on_purchases_account_ref import TaxOnPurchasesAccountRef  # noqa: PLC0415
        from ..models.tax_on_sales_account_ref import TaxOnSalesAccountRef  # noqa: PLC0415
        from ..models.terms_ref import TermsRef  # noqa: PLC0415
        from ..models.vendor_address import VendorAddress  # noqa: PLC0415
        from ..models.vendor_address_block import VendorAddressBlock  # noqa: PLC0415
        from ..models.vendor_type_ref import VendorTypeRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["vendor"], d.pop("object"))
        if object_ != "vendor":
            raise ValueError(f"object must match const 'vendor', got '{object_}'")

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

        def _parse_is_tax_agency(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_tax_agency = _parse_is_tax_agency(d.pop("is_tax_agency", UNSET))

        company_name = d.pop("company_name", UNSET)

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        suffix = d.pop("suffix", UNSET)

        job_title = d.pop("job_title", UNSET)

        _vendor_address = d.pop("vendor_address", UNSET)
        vendor_address: VendorAddress | Unset
        if isinstance(_vendor_address, Unset):
            vendor_address = UNSET
        else:
            vendor_address = VendorAddress.from_dict(_vendor_address)

        _vendor_address_block = d.pop("vendor_address_block", UNSET)
        vendor_address_block: VendorAddressBlock | Unset
        if isinstance(_vendor_address_block, Unset):
            vendor_address_block = UNSET
        else:
            vendor_address_block = VendorAddressBlock.from_dict(_vendor_address_block)

        _ship_address = d.pop("ship_address", UNSET)
        ship_address: ShipAddress | Unset
        if isinstance(_ship_address, Unset):
            ship_address = UNSET
        else:
            ship_address = ShipAddress.from_dict(_ship_address)

        phone = d.pop("phone", UNSET)

        mobile = d.pop("mobile", UNSET)

        pager = d.pop("pager", UNSET)

        alt_phone = d.pop("alt_phone", UNSET)

        fax = d.pop("fax", UNSET)

        email = d.pop("email", UNSET)

        cc = d.pop("cc", UNSET)

        contact = d.pop("contact", UNSET)

        alt_contact = d.pop("alt_contact", UNSET)

        _additional_contact_ref = d.pop("additional_contact_ref", UNSET)
        additional_contact_ref: list[AdditionalContactRef] | Unset = UNSET
        if _additional_contact_ref is not UNSET:
            additional_contact_ref = []
            for additional_contact_ref_item_data in _additional_contact_ref:
                additional_contact_ref_item = AdditionalContactRef.from_dict(additional_contact_ref_item_data)

                additional_contact_ref.append(additional_contact_ref_item)

        _contacts_ret = d.pop("contacts_ret", UNSET)
        contacts_ret: list[ContactsRet] | Unset = UNSET
        if _contacts_ret is not UNSET:
            contacts_ret = []
            for contacts_ret_item_data in _contacts_ret:
                contacts_ret_item = ContactsRet.from_dict(contacts_ret_item_data)

                contacts_ret.append(contacts_ret_item)

        name_on_check = d.pop("name_on_check", UNSET)

        account_number = d.pop("account_number", UNSET)

        notes = d.pop("notes", UNSET)

        _additional_notes_ret = d.pop("additional_notes_ret", UNSET)
        additional_notes_ret: list[AdditionalNotesRet] | Unset = UNSET
        if _additional_notes_ret is not UNSET:
            additional_notes_ret = []
            for additional_notes_ret_item_data in _additional_notes_ret:
                additional_notes_ret_item = AdditionalNotesRet.from_dict(additional_notes_ret_item_data)

                additional_notes_ret.append(additional_notes_ret_item)

        _vendor_type_ref = d.pop("vendor_type_ref", UNSET)
        vendor_type_ref: VendorTypeRef | Unset
        if isinstance(_vendor_type_ref, Unset):
            vendor_type_ref = UNSET
        else:
            vendor_type_ref = VendorTypeRef.from_dict(_vendor_type_ref)

        _terms_ref = d.pop("terms_ref", UNSET)
        terms_ref: TermsRef | Unset
        if isinstance(_terms_ref, Unset):
            terms_ref = UNSET
        else:
            terms_ref = TermsRef.from_dict(_terms_ref)

        def _parse_credit_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_limit = _parse_credit_limit(d.pop("credit_limit", UNSET))

        vendor_tax_ident = d.pop("vendor_tax_ident", UNSET)

        def _parse_is_vendor_eligible_for1099(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_vendor_eligible_for1099 = _parse_is_vendor_eligible_for1099(d.pop("is_vendor_eligible_for1099", UNSET))

        def _parse_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        _billing_rate_ref = d.pop("billing_rate_ref", UNSET)
        billing_rate_ref: BillingRateRef | Unset
        if isinstance(_billing_rate_ref, Unset):
            billing_rate_ref = UNSET
        else:
            billing_rate_ref = BillingRateRef.from_dict(_billing_rate_ref)

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRef.from_dict(_sales_tax_code_ref)

        _sales_tax_country = d.pop("sales_tax_country", UNSET)
        sales_tax_country: VendorRecordSalesTaxCountry | Unset
        if isinstance(_sales_tax_country, Unset):
            sales_tax_country = UNSET
        else:
            sales_tax_country = VendorRecordSalesTaxCountry(_sales_tax_country)

        def _parse_is_sales_tax_agency(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_sales_tax_agency = _parse_is_sales_tax_agency(d.pop("is_sales_tax_agency", UNSET))

        _sales_tax_return_ref = d.pop("sales_tax_return_ref", UNSET)
        sales_tax_return_ref: SalesTaxReturnRef | Unset
        if isinstance(_sales_tax_return_ref, Unset):
            sales_tax_return_ref = UNSET
        else:
            sales_tax_return_ref = SalesTaxReturnRef.from_dict(_sales_tax_return_ref)

        tax_registration_number = d.pop("tax_registration_number", UNSET)

        _reporting_period = d.pop("reporting_period", UNSET)
        reporting_period: VendorRecordReportingPeriod | Unset
        if isinstance(_reporting_period, Unset):
            reporting_period = UNSET
        else:
            reporting_period = VendorRecordReportingPeriod(_reporting_period)

        def _parse_is_tax_tracked_on_purchases(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_tax_tracked_on_purchases = _parse_is_tax_tracked_on_purchases(d.pop("is_tax_tracked_on_purchases", UNSET))

        _tax_on_purchases_account_ref = d.pop("tax_on_purchases_account_ref", UNSET)
        tax_on_purchases_account_ref: TaxOnPurchasesAccountRef | Unset
        if isinstance(_tax_on_purchases_account_ref, Unset):
            tax_on_purchases_account_ref = UNSET
        else:
            tax_on_purchases_account_ref = TaxOnPurchasesAccountRef.from_dict(_tax_on_purchases_account_ref)

        def _parse_is_tax_tracked_on_sales(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_tax_tracked_on_sales = _parse_is_tax_tracked_on_sales(d.pop("is_tax_tracked_on_sales", UNSET))

        _tax_on_sales_account_ref = d.pop("tax_on_sales_account_ref", UNSET)
        tax_on_sales_account_ref: TaxOnSalesAccountRef | Unset
        if isinstance(_tax_on_sales_account_ref, Unset):
            tax_on_sales_account_ref = UNSET
        else:
            tax_on_sales_account_ref = TaxOnSalesAccountRef.from_dict(_tax_on_sales_account_ref)

        def _parse_is_tax_on_tax(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_tax_on_tax = _parse_is_tax_on_tax(d.pop("is_tax_on_tax", UNSET))

        _prefill_account_ref = d.pop("prefill_account_ref", UNSET)
        prefill_account_ref: list[PrefillAccountRef] | Unset = UNSET
        if _prefill_account_ref is not UNSET:
            prefill_account_ref = []
            for prefill_account_ref_item_data in _prefill_account_ref:
                prefill_account_ref_item = PrefillAccountRef.from_dict(prefill_account_ref_item_data)

                prefill_account_ref.append(prefill_account_ref_item)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRef | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRef.from_dict(_currency_ref)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        vendor_record = cls(
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
            is_active=is_active,
            class_ref=class_ref,
            is_tax_agency=is_tax_agency,
            company_name=company_name,
            salutation=salutation,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            suffix=suffix,
            job_title=job_title,
            vendor_address=vendor_address,
            vendor_address_block=vendor_address_block,
            ship_address=ship_address,
            phone=phone,
            mobile=mobile,
            pager=pager,
            alt_phone=alt_phone,
            fax=fax,
            email=email,
            cc=cc,
            contact=contact,
            alt_contact=alt_contact,
            additional_contact_ref=additional_contact_ref,
            contacts_ret=contacts_ret,
            name_on_check=name_on_check,
            account_number=account_number,
            notes=notes,
            additional_notes_ret=additional_notes_ret,
            vendor_type_ref=vendor_type_ref,
            terms_ref=terms_ref,
            credit_limit=credit_limit,
            vendor_tax_ident=vendor_tax_ident,
            is_vendor_eligible_for1099=is_vendor_eligible_for1099,
            balance=balance,
            billing_rate_ref=billing_rate_ref,
            external_guid=external_guid,
            sales_tax_code_ref=sales_tax_code_ref,
            sales_tax_country=sales_tax_country,
            is_sales_tax_agency=is_sales_tax_agency,
            sales_tax_return_ref=sales_tax_return_ref,
            tax_registration_number=tax_registration_number,
            reporting_period=reporting_period,
            is_tax_tracked_on_purchases=is_tax_tracked_on_purchases,
            tax_on_purchases_account_ref=tax_on_purchases_account_ref,
            is_tax_tracked_on_sales=is_tax_tracked_on_sales,
            tax_on_sales_account_ref=tax_on_sales_account_ref,
            is_tax_on_tax=is_tax_on_tax,
            prefill_account_ref=prefill_account_ref,
            currency_ref=currency_ref,
            data_ext_ret=data_ext_ret,
        )

        vendor_record.additional_properties = d
        return vendor_record

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
