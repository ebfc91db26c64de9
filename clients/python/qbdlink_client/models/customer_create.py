from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.customer_create_delivery_method import CustomerCreateDeliveryMethod
from ..models.customer_create_job_status import CustomerCreateJobStatus
from ..models.customer_create_preferred_delivery_method import CustomerCreatePreferredDeliveryMethod
from ..models.customer_create_sales_tax_country import CustomerCreateSalesTaxCountry
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_contact_ref_input import AdditionalContactRefInput
    from ..models.additional_notes_input import AdditionalNotesInput
    from ..models.bill_address_input import BillAddressInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.contacts_input import ContactsInput
    from ..models.credit_card_info_input import CreditCardInfoInput
    from ..models.currency_ref_input import CurrencyRefInput
    from ..models.customer_type_ref_input import CustomerTypeRefInput
    from ..models.item_sales_tax_ref_input import ItemSalesTaxRefInput
    from ..models.job_type_ref_input import JobTypeRefInput
    from ..models.parent_ref_input import ParentRefInput
    from ..models.preferred_payment_method_ref_input import PreferredPaymentMethodRefInput
    from ..models.price_level_ref_input import PriceLevelRefInput
    from ..models.sales_rep_ref_input import SalesRepRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput
    from ..models.ship_address_input import ShipAddressInput
    from ..models.ship_to_address_input import ShipToAddressInput
    from ..models.terms_ref_input import TermsRefInput


T = TypeVar("T", bound="CustomerCreate")


@_attrs_define
class CustomerCreate:
    """Create one of customers: qbXML CustomerAdd in snake_case.

    Attributes:
        name (str):
        is_active (bool | Unset):
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        parent_ref (ParentRefInput | Unset): qbXML ParentRef in snake_case.
        company_name (str | Unset):
        salutation (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        suffix (str | Unset):
        job_title (str | Unset):
        bill_address (BillAddressInput | Unset): qbXML BillAddress in snake_case.
        ship_address (ShipAddressInput | Unset): qbXML ShipAddress in snake_case.
        ship_to_address (list[ShipToAddressInput] | Unset):
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
        additional_contact_ref (list[AdditionalContactRefInput] | Unset):
        contacts (list[ContactsInput] | Unset):
        customer_type_ref (CustomerTypeRefInput | Unset): qbXML CustomerTypeRef in snake_case.
        terms_ref (TermsRefInput | Unset): qbXML TermsRef in snake_case.
        sales_rep_ref (SalesRepRefInput | Unset): qbXML SalesRepRef in snake_case.
        open_balance (str | Unset): an amount exact to the cent, as a string
        open_balance_date (datetime.date | Unset):
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        item_sales_tax_ref (ItemSalesTaxRefInput | Unset): qbXML ItemSalesTaxRef in snake_case.
        sales_tax_country (CustomerCreateSalesTaxCountry | Unset): Canadian and UK editions only
        resale_number (str | Unset):
        account_number (str | Unset):
        credit_limit (str | Unset): an amount exact to the cent, as a string
        preferred_payment_method_ref (PreferredPaymentMethodRefInput | Unset): qbXML PreferredPaymentMethodRef in
            snake_case.
        credit_card_info (CreditCardInfoInput | Unset): qbXML CreditCardInfo in snake_case.
        job_status (CustomerCreateJobStatus | Unset):
        job_start_date (datetime.date | Unset):
        job_projected_end_date (datetime.date | Unset):
        job_end_date (datetime.date | Unset):
        job_desc (str | Unset):
        job_type_ref (JobTypeRefInput | Unset): qbXML JobTypeRef in snake_case.
        notes (str | Unset):
        additional_notes (list[AdditionalNotesInput] | Unset):
        is_statement_with_parent (bool | Unset):
        delivery_method (CustomerCreateDeliveryMethod | Unset):
        preferred_delivery_method (CustomerCreatePreferredDeliveryMethod | Unset):
        price_level_ref (PriceLevelRefInput | Unset): qbXML PriceLevelRef in snake_case.
        external_guid (str | Unset):
        tax_registration_number (str | Unset): Canadian and UK editions only
        currency_ref (CurrencyRefInput | Unset): qbXML CurrencyRef in snake_case.
    """

    name: str
    is_active: bool | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    parent_ref: ParentRefInput | Unset = UNSET
    company_name: str | Unset = UNSET
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    suffix: str | Unset = UNSET
    job_title: str | Unset = UNSET
    bill_address: BillAddressInput | Unset = UNSET
    ship_address: ShipAddressInput | Unset = UNSET
    ship_to_address: list[ShipToAddressInput] | Unset = UNSET
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
    additional_contact_ref: list[AdditionalContactRefInput] | Unset = UNSET
    contacts: list[ContactsInput] | Unset = UNSET
    customer_type_ref: CustomerTypeRefInput | Unset = UNSET
    terms_ref: TermsRefInput | Unset = UNSET
    sales_rep_ref: SalesRepRefInput | Unset = UNSET
    open_balance: str | Unset = UNSET
    open_balance_date: datetime.date | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    item_sales_tax_ref: ItemSalesTaxRefInput | Unset = UNSET
    sales_tax_country: CustomerCreateSalesTaxCountry | Unset = UNSET
    resale_number: str | Unset = UNSET
    account_number: str | Unset = UNSET
    credit_limit: str | Unset = UNSET
    preferred_payment_method_ref: PreferredPaymentMethodRefInput | Unset = UNSET
    credit_card_info: CreditCardInfoInput | Unset = UNSET
    job_status: CustomerCreateJobStatus | Unset = UNSET
    job_start_date: datetime.date | Unset = UNSET
    job_projected_end_date: datetime.date | Unset = UNSET
    job_end_date: datetime.date | Unset = UNSET
    job_desc: str | Unset = UNSET
    job_type_ref: JobTypeRefInput | Unset = UNSET
    notes: str | Unset = UNSET
    additional_notes: list[AdditionalNotesInput] | Unset = UNSET
    is_statement_with_parent: bool | Unset = UNSET
    delivery_method: CustomerCreateDeliveryMethod | Unset = UNSET
    preferred_delivery_method: CustomerCreatePreferredDeliveryMethod | Unset = UNSET
    price_level_ref: PriceLevelRefInput | Unset = UNSET
    external_guid: str | Unset = UNSET
    tax_registration_number: str | Unset = UNSET
    currency_ref: CurrencyRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_active = self.is_active

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        parent_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_ref, Unset):
            parent_ref = self.parent_ref.to_dict()

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

        ship_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_address, Unset):
            ship_address = self.ship_address.to_dict()

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

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        customer_type_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_type_ref, Unset):
            customer_type_ref = self.customer_type_ref.to_dict()

        terms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms_ref, Unset):
            terms_ref = self.terms_ref.to_dict()

        sales_rep_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_rep_ref, Unset):
            sales_rep_ref = self.sales_rep_ref.to_dict()

        open_balance = self.open_balance

        open_balance_date: str | Unset = UNSET
        if not isinstance(self.open_balance_date, Unset):
            open_balance_date = self.open_balance_date.isoformat()

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

        job_start_date: str | Unset = UNSET
        if not isinstance(self.job_start_date, Unset):
            job_start_date = self.job_start_date.isoformat()

        job_projected_end_date: str | Unset = UNSET
        if not isinstance(self.job_projected_end_date, Unset):
            job_projected_end_date = self.job_projected_end_date.isoformat()

        job_end_date: str | Unset = UNSET
        if not isinstance(self.job_end_date, Unset):
            job_end_date = self.job_end_date.isoformat()

        job_desc = self.job_desc

        job_type_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_type_ref, Unset):
            job_type_ref = self.job_type_ref.to_dict()

        notes = self.notes

        additional_notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_notes, Unset):
            additional_notes = []
            for additional_notes_item_data in self.additional_notes:
                additional_notes_item = additional_notes_item_data.to_dict()
                additional_notes.append(additional_notes_item)

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

        external_guid = self.external_guid

        tax_registration_number = self.tax_registration_number

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if parent_ref is not UNSET:
            field_dict["parent_ref"] = parent_ref
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
        if ship_address is not UNSET:
            field_dict["ship_address"] = ship_address
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
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if customer_type_ref is not UNSET:
            field_dict["customer_type_ref"] = customer_type_ref
        if terms_ref is not UNSET:
            field_dict["terms_ref"] = terms_ref
        if sales_rep_ref is not UNSET:
            field_dict["sales_rep_ref"] = sales_rep_ref
        if open_balance is not UNSET:
            field_dict["open_balance"] = open_balance
        if open_balance_date is not UNSET:
            field_dict["open_balance_date"] = open_balance_date
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
        if additional_notes is not UNSET:
            field_dict["additional_notes"] = additional_notes
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_contact_ref_input import AdditionalContactRefInput  # noqa: PLC0415
        from ..models.additional_notes_input import AdditionalNotesInput  # noqa: PLC0415
        from ..models.bill_address_input import BillAddressInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.contacts_input import ContactsInput  # noqa: PLC0415
        from ..models.credit_card_info_input import CreditCardInfoInput  # noqa: PLC0415
        from ..models.currency_ref_input import CurrencyRefInput  # noqa: PLC0415
        from ..models.customer_type_ref_input import CustomerTypeRefInput  # noqa: PLC0415
        from ..models.item_sales_tax_ref_input import ItemSalesTaxRefInput  # noqa: PLC0415
        from ..models.job_type_ref_input import JobTypeRefInput  # noqa: PLC0415
        from ..models.parent_ref_input import ParentRefInput  # noqa: PLC0415
        from ..models.preferred_payment_method_ref_input import PreferredPaymentMethodRefInput  # noqa: PLC0415
        from ..models.price_level_ref_input import PriceLevelRefInput  # noqa: PLC0415
        from ..models.sales_rep_ref_input import SalesRepRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415
        from ..models.ship_address_input import ShipAddressInput  # noqa: PLC0415
        from ..models.ship_to_address_input import ShipToAddressInput  # noqa: PLC0415
        from ..models.terms_ref_input import TermsRefInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        is_active = d.pop("is_active", UNSET)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        _parent_ref = d.pop("parent_ref", UNSET)
        parent_ref: ParentRefInput | Unset
        if isinstance(_parent_ref, Unset):
            parent_ref = UNSET
        else:
            parent_ref = ParentRefInput.from_dict(_parent_ref)

        company_name = d.pop("company_name", UNSET)

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        suffix = d.pop("suffix", UNSET)

        job_title = d.pop("job_title", UNSET)

        _bill_address = d.pop("bill_address", UNSET)
        bill_address: BillAddressInput | Unset
        if isinstance(_bill_address, Unset):
            bill_address = UNSET
        else:
            bill_address = BillAddressInput.from_dict(_bill_address)

        _ship_address = d.pop("ship_address", UNSET)
        ship_address: ShipAddressInput | Unset
        if isinstance(_ship_address, Unset):
            ship_address = UNSET
        else:
            ship_address = ShipAddressInput.from_dict(_ship_address)

        _ship_to_address = d.pop("ship_to_address", UNSET)
        ship_to_address: list[ShipToAddressInput] | Unset = UNSET
        if _ship_to_address is not UNSET:
            ship_to_address = []
            for ship_to_address_item_data in _ship_to_address:
                ship_to_address_item = ShipToAddressInput.from_dict(ship_to_address_item_data)

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
        additional_contact_ref: list[AdditionalContactRefInput] | Unset = UNSET
        if _additional_contact_ref is not UNSET:
            additional_contact_ref = []
            for additional_contact_ref_item_data in _additional_contact_ref:
                additional_contact_ref_item = AdditionalContactRefInput.from_dict(additional_contact_ref_item_data)

                additional_contact_ref.append(additional_contact_ref_item)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactsInput] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactsInput.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        _customer_type_ref = d.pop("customer_type_ref", UNSET)
        customer_type_ref: CustomerTypeRefInput | Unset
        if isinstance(_customer_type_ref, Unset):
            customer_type_ref = UNSET
        else:
            customer_type_ref = CustomerTypeRefInput.from_dict(_customer_type_ref)

        _terms_ref = d.pop("terms_ref", UNSET)
        terms_ref: TermsRefInput | Unset
        if isinstance(_terms_ref, Unset):
            terms_ref = UNSET
        else:
            terms_ref = TermsRefInput.from_dict(_terms_ref)

        _sales_rep_ref = d.pop("sales_rep_ref", UNSET)
        sales_rep_ref: SalesRepRefInput | Unset
        if isinstance(_sales_rep_ref, Unset):
            sales_rep_ref = UNSET
        else:
            sales_rep_ref = SalesRepRefInput.from_dict(_sales_rep_ref)

        open_balance = d.pop("open_balance", UNSET)

        _open_balance_date = d.pop("open_balance_date", UNSET)
        open_balance_date: datetime.date | Unset
        if isinstance(_open_balance_date, Unset):
            open_balance_date = UNSET
        else:
            open_balance_date = datetime.date.fromisoformat(_open_balance_date)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        _item_sales_tax_ref = d.pop("item_sales_tax_ref", UNSET)
        item_sales_tax_ref: ItemSalesTaxRefInput | Unset
        if isinstance(_item_sales_tax_ref, Unset):
            item_sales_tax_ref = UNSET
        else:
            item_sales_tax_ref = ItemSalesTaxRefInput.from_dict(_item_sales_tax_ref)

        _sales_tax_country = d.pop("sales_tax_country", UNSET)
        sales_tax_country: CustomerCreateSalesTaxCountry | Unset
        if isinstance(_sales_tax_country, Unset):
            sales_tax_country = UNSET
        else:
            sales_tax_country = CustomerCreateSalesTaxCountry(_sales_tax_country)

        resale_number = d.pop("resale_number", UNSET)

        account_number = d.pop("account_number", UNSET)

        credit_limit = d.pop("credit_limit", UNSET)

        _preferred_payment_method_ref = d.pop("preferred_payment_method_ref", UNSET)
        preferred_payment_method_ref: PreferredPaymentMethodRefInput | Unset
        if isinstance(_preferred_payment_method_ref, Unset):
            preferred_payment_method_ref = UNSET
        else:
            preferred_payment_method_ref = PreferredPaymentMethodRefInput.from_dict(_preferred_payment_method_ref)

        _credit_card_info = d.pop("credit_card_info", UNSET)
        credit_card_info: CreditCardInfoInput | Unset
        if isinstance(_credit_card_info, Unset):
            credit_card_info = UNSET
        else:
            credit_card_info = CreditCardInfoInput.from_dict(_credit_card_info)

        _job_status = d.pop("job_status", UNSET)
        job_status: CustomerCreateJobStatus | Unset
        if isinstance(_job_status, Unset):
            job_status = UNSET
        else:
            job_status = CustomerCreateJobStatus(_job_status)

        _job_start_date = d.pop("job_start_date", UNSET)
        job_start_date: datetime.date | Unset
        if isinstance(_job_start_date, Unset):
            job_start_date = UNSET
        else:
            job_start_date = datetime.date.fromisoformat(_job_start_date)

        _job_projected_end_date = d.pop("job_projected_end_date", UNSET)
        job_projected_end_date: datetime.date | Unset
        if isinstance(_job_projected_end_date, Unset):
            job_projected_end_date = UNSET
        else:
            job_projected_end_date = datetime.date.fromisoformat(_job_projected_end_date)

        _job_end_date = d.pop("job_end_date", UNSET)
        job_end_date: datetime.date | Unset
        if isinstance(_job_end_date, Unset):
            job_end_date = UNSET
        else:
            job_end_date = datetime.date.fromisoformat(_job_end_date)

        job_desc = d.pop("job_desc", UNSET)

        _job_type_ref = d.pop("job_type_ref", UNSET)
        job_type_ref: JobTypeRefInput | Unset
        if isinstance(_job_type_ref, Unset):
            job_type_ref = UNSET
        else:
            job_type_ref = JobTypeRefInput.from_dict(_job_type_ref)

        notes = d.pop("notes", UNSET)

        _additional_notes = d.pop("additional_notes", UNSET)
        additional_notes: list[AdditionalNotesInput] | Unset = UNSET
        if _additional_notes is not UNSET:
            additional_notes = []
            for additional_notes_item_data in _additional_notes:
                additional_notes_item = AdditionalNotesInput.from_dict(additional_notes_item_data)

                additional_notes.append(additional_notes_item)

        is_statement_with_parent = d.pop("is_statement_with_parent", UNSET)

        _delivery_method = d.pop("delivery_method", UNSET)
        delivery_method: CustomerCreateDeliveryMethod | Unset
        if isinstance(_delivery_method, Unset):
            delivery_method = UNSET
        else:
            delivery_method = CustomerCreateDeliveryMethod(_delivery_method)

        _preferred_delivery_method = d.pop("preferred_delivery_method", UNSET)
        preferred_delivery_method: CustomerCreatePreferredDeliveryMethod | Unset
        if isinstance(_preferred_delivery_method, Unset):
            preferred_delivery_method = UNSET
        else:
            preferred_delivery_method = CustomerCreatePreferredDeliveryMethod(_preferred_delivery_method)

        _price_level_ref = d.pop("price_level_ref", UNSET)
        price_level_ref: PriceLevelRefInput | Unset
        if isinstance(_price_level_ref, Unset):
            price_level_ref = UNSET
        else:
            price_level_ref = PriceLevelRefInput.from_dict(_price_level_ref)

        external_guid = d.pop("external_guid", UNSET)

        tax_registration_number = d.pop("tax_registration_number", UNSET)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRefInput | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRefInput.from_dict(_currency_ref)

        customer_create = cls(
            name=name,
            is_active=is_active,
            class_ref=class_ref,
            parent_ref=parent_ref,
            company_name=company_name,
            salutation=salutation,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            suffix=suffix,
            job_title=job_title,
            bill_address=bill_address,
            ship_address=ship_address,
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
            contacts=contacts,
            customer_type_ref=customer_type_ref,
            terms_ref=terms_ref,
            sales_rep_ref=sales_rep_ref,
            open_balance=open_balance,
            open_balance_date=open_balance_date,
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
            additional_notes=additional_notes,
            is_statement_with_parent=is_statement_with_parent,
            delivery_method=delivery_method,
            preferred_delivery_method=preferred_delivery_method,
            price_level_ref=price_level_ref,
            external_guid=external_guid,
            tax_registration_number=tax_registration_number,
            currency_ref=currency_ref,
        )

        return customer_create
