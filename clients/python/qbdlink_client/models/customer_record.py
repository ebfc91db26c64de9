from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_record_delivery_method import CustomerRecordDeliveryMethod
from ..models.customer_record_job_status import CustomerRecordJobStatus
from ..models.customer_record_preferred_delivery_method import CustomerRecordPreferredDeliveryMethod
from ..models.customer_record_sales_tax_country import CustomerRecordSalesTaxCountry
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_contact_ref import AdditionalContactRef
    from ..models.additional_notes_ret import AdditionalNotesRet
    from ..models.bill_address import BillAddress
    from ..models.bill_address_block import BillAddressBlock
    from ..models.class_ref import ClassRef
    from ..models.contacts_ret import ContactsRet
    from ..models.credit_card_info import CreditCardInfo
    from ..models.currency_ref import CurrencyRef
    from ..models.customer_type_ref import CustomerTypeRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.item_sales_tax_ref import ItemSalesTaxRef
    from ..models.job_type_ref import JobTypeRef
    from ..models.parent_ref import ParentRef
    from ..models.preferred_payment_method_ref import PreferredPaymentMethodRef
    from ..models.price_level_ref import PriceLevelRef
    from ..models.sales_rep_ref import SalesRepRef
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.ship_address import ShipAddress
    from ..models.ship_address_block import ShipAddressBlock
    from ..models.ship_to_address import ShipToAddress
    from ..models.terms_ref import TermsRef


T = TypeVar("T", bound="CustomerRecord")


@_attrs_define
class CustomerRecord:
    """One of the link's customers: qbXML CustomerRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['customer']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        list_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        name (str | Unset):
        full_name (str | Unset):
        is_active (bool | None | Unset):
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        parent_ref (ParentRef | Unset): qbXML ParentRef in snake_case.
        sublevel (int | None | Unset):
        company_name (str | Unset):
        salutation (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        suffix (str | Unset):
        job_title (str | Unset):
        bill_address (BillAddress | Unset): qbXML BillAddress in snake_case.
        bill_address_block (BillAddressBlock | Unset): qbXML BillAddressBlock in snake_case.
        ship_address (ShipAddress | Unset): qbXML ShipAddress in snake_case.
        ship_address_block (ShipAddressBlock | Unset): qbXML ShipAddressBlock in snake_case.
        ship_to_address (list[ShipToAddress] | Unset):
        print_as (str | Unset):
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
        customer_type_ref (CustomerTypeRef | Unset): qbXML CustomerTypeRef in snake_case.
        terms_ref (TermsRef | Unset): qbXML TermsRef in snake_case.
        sales_rep_ref (SalesRepRef | Unset): qbXML SalesRepRef in snake_case.
        balance (None | str | Unset): an amount exact to the cent, as a string
        total_balance (None | str | Unset): an amount exact to the cent, as a string
        sales_tax_code_ref (SalesTaxCodeRef | Unset): qbXML SalesTaxCodeRef in snake_case.
        item_sales_tax_ref (ItemSalesTaxRef | Unset): qbXML ItemSalesTaxRef in snake_case.
        sales_tax_country (CustomerRecordSalesTaxCountry | Unset): Canadian and UK editions only
        resale_number (str | Unset):
        account_number (str | Unset):
        credit_limit (None | str | Unset): an amount exact to the cent, as a string
        preferred_payment_method_ref (PreferredPaymentMethodRef | Unset): qbXML PreferredPaymentMethodRef in snake_case.
        credit_card_info (CreditCardInfo | Unset): qbXML CreditCardInfo in snake_case.
        job_status (CustomerRecordJobStatus | Unset):
        job_start_date (datetime.date | None | Unset):
        job_projected_end_date (datetime.date | None | Unset):
        job_end_date (datetime.date | None | Unset):
        job_desc (str | Unset):
        job_type_ref (JobTypeRef | Unset): qbXML JobTypeRef in snake_case.
        notes (str | Unset):
        additional_notes_ret (list[AdditionalNotesRet] | Unset):
        is_statement_with_parent (bool | None | Unset):
        delivery_method (CustomerRecordDeliveryMethod | Unset):
        preferred_delivery_method (CustomerRecordPreferredDeliveryMethod | Unset):
        price_level_ref (PriceLevelRef | Unset): qbXML PriceLevelRef in snake_case.
        external_guid (None | str | Unset):
        tax_registration_number (str | Unset): Canadian and UK editions only
        currency_ref (CurrencyRef | Unset): qbXML CurrencyRef in snake_case.
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["customer"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    list_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    parent_ref: ParentRef | Unset = UNSET
    sublevel: int | None | Unset = UNSET
    company_name: str | Unset = UNSET
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    suffix: str | Unset = UNSET
    job_title: str | Unset = UNSET
    bill_address: BillAddress | Unset = UNSET
    bill_address_block: BillAddressBlock | Unset = UNSET
    ship_address: ShipAddress | Unset = UNSET
    ship_address_block: ShipAddressBlock | Unset = UNSET
    ship_to_address: list[ShipToAddress] | Unset = UNSET
    print_as: str | Unset = UNSET
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
    customer_type_ref: CustomerTypeRef | Unset = UNSET
    terms_ref: TermsRef | Unset = UNSET
    sales_rep_ref: SalesRepRef | Unset = UNSET
    balance: None | str | Unset = UNSET
    total_balance: None | str | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRef | Unset = UNSET
    item_sales_tax_ref: ItemSalesTaxRef | Unset = UNSET
    sales_tax_country: CustomerRecordSalesTaxCountry | Unset = UNSET
    resale_number: str | Unset = UNSET
    account_number: str | Unset = UNSET
    credit_limit: None | str | Unset = UNSET
    preferred_payment_method_ref: PreferredPaymentMethodRef | Unset = UNSET
    credit_card_info: CreditCardInfo | Unset = UNSET
    job_status: CustomerRecordJobStatus | Unset = UNSET
    job_start_date: datetime.date | None | Unset = UNSET
    job_projected_end_date: datetime.date | None | Unset = UNSET
    job_end_date: datetime.date | None | Unset = UNSET
    job_desc: str | Unset = UNSET
    job_type_ref: JobTypeRef | Unset = UNSET
    notes: str | Unset = UNSET
    additional_notes_ret: list[AdditionalNotesRet] | Unset = UNSET
    is_statement_with_parent: bool | None | Unset = UNSET
    delivery_method: CustomerRecordDeliveryMethod | Unset = UNSET
    preferred_delivery_method: CustomerRecordPreferredDeliveryMethod | Unset = UNSET
    price_level_ref: PriceLevelRef | Unset = UNSET
    external_guid: None | str | Unset = UNSET
    tax_registration_number: str | Unset = UNSET
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

        full_name = self.full_name

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        parent_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_ref, Unset):
            parent_ref = self.parent_ref.to_dict()

        sublevel: int | None | Unset
        if isinstance(self.sublevel, Unset):
            sublevel = UNSET
        else:
            sublevel = self.sublevel

        company_name = self.company_name

        salutation = self.salutation

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        suffix = self.suffix

        job_title = self.job_title

        bill_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_address, Unset):
            bill_address = self.bill_address.to_dict()

        bill_address_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_address_block, Unset):
            bill_address_block = self.bill_address_block.to_dict()

        ship_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_address, Unset):
            ship_address = self.ship_address.to_dict()

        ship_address_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_address_block, Unset):
            ship_address_block = self.ship_address_block.to_dict()

        ship_to_address: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ship_to_address, Unset):
            ship_to_address = []
            for ship_to_address_item_data in self.ship_to_address:
                ship_to_address_item = ship_to_address_item_data.to_dict()
                ship_to_address.append(ship_to_address_item)

        print_as = self.print_as

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

        customer_type_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_type_ref, Unset):
            customer_type_ref = self.customer_type_ref.to_dict()

        terms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms_ref, Unset):
            terms_ref = self.terms_ref.to_dict()

        sales_rep_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_rep_ref, Unset):
            sales_rep_ref = self.sales_rep_ref.to_dict()

        balance: None | str | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        total_balance: None | str | Unset
        if isinstance(self.total_balance, Unset):
            total_balance = UNSET
        else:
            total_balance = self.total_balance

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        item_sales_tax_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_sales_tax_ref, Unset):
            item_sales_tax_ref = self.item_sales_tax_ref.to_dict()

        sales_tax_country: str | Unset = UNSET
        if not isinstance(self.sales_tax_country, Unset):
            sales_tax_country = self.sales_tax_country.value

        resale_number = self.resale_number

        account_number = self.account_number

        credit_limit: None | str | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        preferred_payment_method_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_payment_method_ref, Unset):
            preferred_payment_method_ref = self.preferred_payment_method_ref.to_dict()

        credit_card_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_card_info, Unset):
            credit_card_info = self.credit_card_info.to_dict()

        job_status: str | Unset = UNSET
        if not isinstance(self.job_status, Unset):
            job_status = self.job_status.value

        job_start_date: None | str | Unset
        if isinstance(self.job_start_date, Unset):
            job_start_date = UNSET
        elif isinstance(self.job_start_date, datetime.date):
            job_start_date = self.job_start_date.isoformat()
        else:
            job_start_date = self.job_start_date

        job_projected_end_date: None | str | Unset
        if isinstance(self.job_projected_end_date, Unset):
            job_projected_end_date = UNSET
        elif isinstance(self.job_projected_end_date, datetime.date):
            job_projected_end_date = self.job_projected_end_date.isoformat()
        else:
            job_projected_end_date = self.job_projected_end_date

        job_end_date: None | str | Unset
        if isinstance(self.job_end_date, Unset):
            job_end_date = UNSET
        elif isinstance(self.job_end_date, datetime.date):
            job_end_date = self.job_end_date.isoformat()
        else:
            job_end_date = self.job_end_date

        job_desc = self.job_desc

        job_type_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_type_ref, Unset):
            job_type_ref = self.job_type_ref.to_dict()

        notes = self.notes

        additional_notes_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_notes_ret, Unset):
            additional_notes_ret = []
            for additional_notes_ret_item_data in self.additional_notes_ret:
                additional_notes_ret_item = additional_notes_ret_item_data.to_dict()
                additional_notes_ret.append(additional_notes_ret_item)

        is_statement_with_parent: bool | None | Unset
        if isinstance(self.is_statement_with_parent, Unset):
            is_statement_with_parent = UNSET
        else:
            is_statement_with_parent = self.is_statement_with_parent

        delivery_method: str | Unset = UNSET
        if not isinstance(self.delivery_method, Unset):
            delivery_method = self.delivery_method.value

        preferred_delivery_method: str | Unset = UNSET
        if not isinstance(self.preferred_delivery_method, Unset):
            preferred_delivery_method = self.preferred_delivery_method.value

        price_level_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_level_ref, Unset):
            price_level_ref = self.price_level_ref.to_dict()

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
            external_guid = self.external_guid

        tax_registration_number = self.tax_registration_number

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
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if parent_ref is not UNSET:
            field_dict["parent_ref"] = parent_ref
        if sublevel is not UNSET:
            field_dict["sublevel"] = sublevel
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
        if bill_address is not UNSET:
            field_dict["bill_address"] = bill_address
        if bill_address_block is not UNSET:
            field_dict["bill_address_block"] = bill_address_block
        if ship_address is not UNSET:
            field_dict["ship_address"] = ship_address
        if ship_address_block is not UNSET:
            field_dict["ship_address_block"] = ship_address_block
        if ship_to_address is not UNSET:
            field_dict["ship_to_address"] = ship_to_address
        if print_as is not UNSET:
            field_dict["print_as"] = print_as
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
        if customer_type_ref is not UNSET:
            field_dict["customer_type_ref"] = customer_type_ref
        if terms_ref is not UNSET:
            field_dict["terms_ref"] = terms_ref
        if sales_rep_ref is not UNSET:
            field_dict["sales_rep_ref"] = sales_rep_ref
        if balance is not UNSET:
            field_dict["balance"] = balance
        if total_balance is not UNSET:
            field_dict["total_balance"] = total_balance
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if item_sales_tax_ref is not UNSET:
            field_dict["item_sales_tax_ref"] = item_sales_tax_ref
        if sales_tax_country is not UNSET:
            field_dict["sales_tax_country"] = sales_tax_country
        if resale_number is not UNSET:
            field_dict["resale_number"] = resale_number
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if credit_limit is not UNSET:
            field_dict["credit_limit"] = credit_limit
        if preferred_payment_method_ref is not UNSET:
            field_dict["preferred_payment_method_ref"] = preferred_payment_method_ref
        if credit_card_info is not UNSET:
            field_dict["credit_card_info"] = credit_card_info
        if job_status is not UNSET:
            field_dict["job_status"] = job_status
        if job_start_date is not UNSET:
            field_dict["job_start_date"] = job_start_date
        if job_projected_end_date is not UNSET:
            field_dict["job_projected_end_date"] = job_projected_end_date
        if job_end_date is not UNSET:
            field_dict["job_end_date"] = job_end_date
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if job_type_ref is not UNSET:
            field_dict["job_type_ref"] = job_type_ref
        if notes is not UNSET:
            field_dict["notes"] = notes
        if additional_notes_ret is not UNSET:
            field_dict["additional_notes_ret"] = additional_notes_ret
        if is_statement_with_parent is not UNSET:
            field_dict["is_statement_with_parent"] = is_statement_with_parent
        if delivery_method is not UNSET:
            field_dict["delivery_method"] = delivery_method
        if preferred_delivery_method is not UNSET:
            field_dict["preferred_delivery_method"] = preferred_delivery_method
        if price_level_ref is not UNSET:
            field_dict["price_level_ref"] = price_level_ref
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if tax_registration_number is not UNSET:
            field_dict["tax_registration_number"] = tax_registration_number
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_contact_ref import AdditionalContactRef  # noqa: PLC0415
        from ..models.additional_notes_ret import AdditionalNotesRet  # noqa: PLC0415
        from ..models.bill_address import BillAddress  # noqa: PLC0415
        from ..models.bill_address_block import BillAddressBlock  # noqa: PLC0415
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.contacts_ret import ContactsRet  # noqa: PLC0415
        from ..models.credit_card_info import CreditCardInfo  # noqa: PLC0415
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.customer_type_ref import CustomerTypeRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.item_sales_tax_ref import ItemSalesTaxRef  # noqa: PLC0415
        from ..models.job_type_ref import JobTypeRef  # noqa: PLC0415
        from ..models.parent_ref import ParentRef  # noqa: PLC0415
        from ..models.preferred_payment_method_ref import PreferredPaymentMethodRef  # noqa: PLC0415
        from ..models.price_level_ref import PriceLevelRef  # noqa: PLC0415
        from ..models.sales_rep_ref import SalesRepRef  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.ship_address import ShipAddress  # noqa: PLC0415
        from ..models.ship_address_block import ShipAddressBlock  # noqa: PLC0415
        from ..models.ship_to_address import ShipToAddress  # noqa: PLC0415
        from ..models.terms_ref import TermsRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["customer"], d.pop("object"))
        if object_ != "customer":
            raise ValueError(f"object must match const 'customer', got '{object_}'")

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

        full_name = d.pop("full_name", UNSET)

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

        _parent_ref = d.pop("parent_ref", UNSET)
        parent_ref: ParentRef | Unset
        if isinstance(_parent_ref, Unset):
            parent_ref = UNSET
        else:
            parent_ref = ParentRef.from_dict(_parent_ref)

        def _parse_sublevel(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sublevel = _parse_sublevel(d.pop("sublevel", UNSET))

        company_name = d.pop("company_name", UNSET)

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        suffix = d.pop("suffix", UNSET)

        job_title = d.pop("job_title", UNSET)

        _bill_address = d.pop("bill_address", UNSET)
        bill_address: BillAddress | Unset
        if isinstance(_bill_address, Unset):
            bill_address = UNSET
        else:
            bill_address = BillAddress.from_dict(_bill_address)

        _bill_address_block = d.pop("bill_address_block", UNSET)
        bill_address_block: BillAddressBlock | Unset
        if isinstance(_bill_address_block, Unset):
            bill_address_block = UNSET
        else:
            bill_address_block = BillAddressBlock.from_dict(_bill_address_block)

        _ship_address = d.pop("ship_address", UNSET)
        ship_address: ShipAddress | Unset
        if isinstance(_ship_address, Unset):
            ship_address = UNSET
        else:
            ship_address = ShipAddress.from_dict(_ship_address)

        _ship_address_block = d.pop("ship_address_block", UNSET)
        ship_address_block: ShipAddressBlock | Unset
        if isinstance(_ship_address_block, Unset):
            ship_address_block = UNSET
        else:
            ship_address_block = ShipAddressBlock.from_dict(_ship_address_block)

        _ship_to_address = d.pop("ship_to_address", UNSET)
        ship_to_address: list[ShipToAddress] | Unset = UNSET
        if _ship_to_address is not UNSET:
            ship_to_address = []
            for ship_to_address_item_data in _ship_to_address:
                ship_to_address_item = ShipToAddress.from_dict(ship_to_address_item_data)

                ship_to_address.append(ship_to_address_item)

        print_as = d.pop("print_as", UNSET)

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

        _customer_type_ref = d.pop("customer_type_ref", UNSET)
        customer_type_ref: CustomerTypeRef | Unset
        if isinstance(_customer_type_ref, Unset):
            customer_type_ref = UNSET
        else:
            customer_type_ref = CustomerTypeRef.from_dict(_customer_type_ref)

        _terms_ref = d.pop("terms_ref", UNSET)
        terms_ref: TermsRef | Unset
        if isinstance(_terms_ref, Unset):
            terms_ref = UNSET
        else:
            terms_ref = TermsRef.from_dict(_terms_ref)

        _sales_rep_ref = d.pop("sales_rep_ref", UNSET)
        sales_rep_ref: SalesRepRef | Unset
        if isinstance(_sales_rep_ref, Unset):
            sales_rep_ref = UNSET
        else:
            sales_rep_ref = SalesRepRef.from_dict(_sales_rep_ref)

        def _parse_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_total_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_balance = _parse_total_balance(d.pop("total_balance", UNSET))

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRef.from_dict(_sales_tax_code_ref)

        _item_sales_tax_ref = d.pop("item_sales_tax_ref", UNSET)
        item_sales_tax_ref: ItemSalesTaxRef | Unset
        if isinstance(_item_sales_tax_ref, Unset):
            item_sales_tax_ref = UNSET
        else:
            item_sales_tax_ref = ItemSalesTaxRef.from_dict(_item_sales_tax_ref)

        _sales_tax_country = d.pop("sales_tax_country", UNSET)
        sales_tax_country: CustomerRecordSalesTaxCountry | Unset
        if isinstance(_sales_tax_country, Unset):
            sales_tax_country = UNSET
        else:
            sales_tax_country = CustomerRecordSalesTaxCountry(_sales_tax_country)

        resale_number = d.pop("resale_number", UNSET)

        account_number = d.pop("account_number", UNSET)

        def _parse_credit_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_limit = _parse_credit_limit(d.pop("credit_limit", UNSET))

        _preferred_payment_method_ref = d.pop("preferred_payment_method_ref", UNSET)
        preferred_payment_method_ref: PreferredPaymentMethodRef | Unset
        if isinstance(_preferred_payment_method_ref, Unset):
            preferred_payment_method_ref = UNSET
        else:
            preferred_payment_method_ref = PreferredPaymentMethodRef.from_dict(_preferred_payment_method_ref)

        _credit_card_info = d.pop("credit_card_info", UNSET)
        credit_card_info: CreditCardInfo | Unset
        if isinstance(_credit_card_info, Unset):
            credit_card_info = UNSET
        else:
            credit_card_info = CreditCardInfo.from_dict(_credit_card_info)

        _job_status = d.pop("job_status", UNSET)
        job_status: CustomerRecordJobStatus | Unset
        if isinstance(_job_status, Unset):
            job_status = UNSET
        else:
            job_status = CustomerRecordJobStatus(_job_status)

        def _parse_job_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_start_date_type_0 = datetime.date.fromisoformat(data)

                return job_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        job_start_date = _parse_job_start_date(d.pop("job_start_date", UNSET))

        def _parse_job_projected_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_projected_end_date_type_0 = datetime.date.fromisoformat(data)

                return job_projected_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        job_projected_end_date = _parse_job_projected_end_date(d.pop("job_projected_end_date", UNSET))

        def _parse_job_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_end_date_type_0 = datetime.date.fromisoformat(data)

                return job_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        job_end_date = _parse_job_end_date(d.pop("job_end_date", UNSET))

        job_desc = d.pop("job_desc", UNSET)

        _job_type_ref = d.pop("job_type_ref", UNSET)
        job_type_ref: JobTypeRef | Unset
        if isinstance(_job_type_ref, Unset):
            job_type_ref = UNSET
        else:
            job_type_ref = JobTypeRef.from_dict(_job_type_ref)

        notes = d.pop("notes", UNSET)

        _additional_notes_ret = d.pop("additional_notes_ret", UNSET)
        additional_notes_ret: list[AdditionalNotesRet] | Unset = UNSET
        if _additional_notes_ret is not UNSET:
            additional_notes_ret = []
            for additional_notes_ret_item_data in _additional_notes_ret:
                additional_notes_ret_item = AdditionalNotesRet.from_dict(additional_notes_ret_item_data)

                additional_notes_ret.append(additional_notes_ret_item)

        def _parse_is_statement_with_parent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_statement_with_parent = _parse_is_statement_with_parent(d.pop("is_statement_with_parent", UNSET))

        _delivery_method = d.pop("delivery_method", UNSET)
        delivery_method: CustomerRecordDeliveryMethod | Unset
        if isinstance(_delivery_method, Unset):
            delivery_method = UNSET
        else:
            delivery_method = CustomerRecordDeliveryMethod(_delivery_method)

        _preferred_delivery_method = d.pop("preferred_delivery_method", UNSET)
        preferred_delivery_method: CustomerRecordPreferredDeliveryMethod | Unset
        if isinstance(_preferred_delivery_method, Unset):
            preferred_delivery_method = UNSET
        else:
            preferred_delivery_method = CustomerRecordPreferredDeliveryMethod(_preferred_delivery_method)

        _price_level_ref = d.pop("price_level_ref", UNSET)
        price_level_ref: PriceLevelRef | Unset
        if isinstance(_price_level_ref, Unset):
            price_level_ref = UNSET
        else:
            price_level_ref = PriceLevelRef.from_dict(_price_level_ref)

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        tax_registration_number = d.pop("tax_registration_number", UNSET)

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

        customer_record = cls(
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
            full_name=full_name,
            is_active=is_active,
            class_ref=class_ref,
            parent_ref=parent_ref,
            sublevel=sublevel,
            company_name=company_name,
            salutation=salutation,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            suffix=suffix,
            job_title=job_title,
            bill_address=bill_address,
            bill_address_block=bill_address_block,
            ship_address=ship_address,
            ship_address_block=ship_address_block,
            ship_to_address=ship_to_address,
            print_as=print_as,
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
            customer_type_ref=customer_type_ref,
            terms_ref=terms_ref,
            sales_rep_ref=sales_rep_ref,
            balance=balance,
            total_balance=total_balance,
            sales_tax_code_ref=sales_tax_code_ref,
            item_sales_tax_ref=item_sales_tax_ref,
            sales_tax_country=sales_tax_country,
            resale_number=resale_number,
            account_number=account_number,
            credit_limit=credit_limit,
            preferred_payment_method_ref=preferred_payment_method_ref,
            credit_card_info=credit_card_info,
            job_status=job_status,
            job_start_date=job_start_date,
            job_projected_end_date=job_projected_end_date,
            job_end_date=job_end_date,
            job_desc=job_desc,
            job_type_ref=job_type_ref,
            notes=notes,
            additional_notes_ret=additional_notes_ret,
            is_statement_with_parent=is_statement_with_parent,
            delivery_method=delivery_method,
            preferred_delivery_method=preferred_delivery_method,
            price_level_ref=price_level_ref,
            external_guid=external_guid,
            tax_registration_number=tax_registration_number,
            currency_ref=currency_ref,
            data_ext_ret=data_ext_ret,
        )

        customer_record.additional_properties = d
        return customer_record

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
