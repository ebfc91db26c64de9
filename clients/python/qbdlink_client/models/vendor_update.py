from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.vendor_update_reporting_period import VendorUpdateReportingPeriod
from ..models.vendor_update_sales_tax_country import VendorUpdateSalesTaxCountry
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_contact_ref_input import AdditionalContactRefInput
    from ..models.additional_notes_mod import AdditionalNotesMod
    from ..models.billing_rate_ref_input import BillingRateRefInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.contacts_mod import ContactsMod
    from ..models.currency_ref_input import CurrencyRefInput
    from ..models.prefill_account_ref_input import PrefillAccountRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput
    from ..models.sales_tax_return_ref_input import SalesTaxReturnRefInput
    from ..models.ship_address_input import ShipAddressInput
    from ..models.tax_on_purchases_account_ref_input import TaxOnPurchasesAccountRefInput
    from ..models.tax_on_sales_account_ref_input import TaxOnSalesAccountRefInput
    from ..models.terms_ref_input import TermsRefInput
    from ..models.vendor_address_input import VendorAddressInput
    from ..models.vendor_type_ref_input import VendorTypeRefInput


T = TypeVar("T", bound="VendorUpdate")


@_attrs_define
class VendorUpdate:
    """Change one of vendors: qbXML VendorMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        name (str | Unset):
        is_active (bool | Unset):
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        company_name (str | Unset):
        salutation (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        suffix (str | Unset):
        job_title (str | Unset):
        vendor_address (VendorAddressInput | Unset): qbXML VendorAddress in snake_case.
        ship_address (ShipAddressInput | Unset): qbXML ShipAddress in snake_case.
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
        contacts_mod (list[ContactsMod] | Unset):
        name_on_check (str | Unset):
        account_number (str | Unset):
        notes (str | Unset):
        additional_notes_mod (list[AdditionalNotesMod] | Unset):
        vendor_type_ref (VendorTypeRefInput | Unset): qbXML VendorTypeRef in snake_case.
        terms_ref (TermsRefInput | Unset): qbXML TermsRef in snake_case.
        credit_limit (str | Unset): an amount exact to the cent, as a string
        vendor_tax_ident (str | Unset):
        is_vendor_eligible_for1099 (bool | Unset): US edition only
        billing_rate_ref (BillingRateRefInput | Unset): qbXML BillingRateRef in snake_case.
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        sales_tax_country (VendorUpdateSalesTaxCountry | Unset): Canadian and UK editions only
        is_sales_tax_agency (bool | Unset): Canadian and UK editions only
        sales_tax_return_ref (SalesTaxReturnRefInput | Unset): qbXML SalesTaxReturnRef in snake_case.
        tax_registration_number (str | Unset): Canadian and UK editions only
        reporting_period (VendorUpdateReportingPeriod | Unset): Canadian and UK editions only
        is_tax_tracked_on_purchases (bool | Unset): Canadian and UK editions only
        tax_on_purchases_account_ref (TaxOnPurchasesAccountRefInput | Unset): qbXML TaxOnPurchasesAccountRef in
            snake_case.
        is_tax_tracked_on_sales (bool | Unset): Canadian and UK editions only
        tax_on_sales_account_ref (TaxOnSalesAccountRefInput | Unset): qbXML TaxOnSalesAccountRef in snake_case.
        is_tax_on_tax (bool | Unset): Canadian and UK editions only
        prefill_account_ref (list[PrefillAccountRefInput] | Unset):
        currency_ref (CurrencyRefInput | Unset): qbXML CurrencyRef in snake_case.
    """

    revision: str
    name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    company_name: str | Unset = UNSET
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    suffix: str | Unset = UNSET
    job_title: str | Unset = UNSET
    vendor_address: VendorAddressInput | Unset = UNSET
    ship_address: ShipAddressInput | Unset = UNSET
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
    contacts_mod: list[ContactsMod] | Unset = UNSET
    name_on_check: str | Unset = UNSET
    account_number: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_notes_mod: list[AdditionalNotesMod] | Unset = UNSET
    vendor_type_ref: VendorTypeRefInput | Unset = UNSET
    terms_ref: TermsRefInput | Unset = UNSET
    credit_limit: str | Unset = UNSET
    vendor_tax_ident: str | Unset = UNSET
    is_vendor_eligible_for1099: bool | Unset = UNSET
    billing_rate_ref: BillingRateRefInput | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    sales_tax_country: VendorUpdateSalesTaxCountry | Unset = UNSET
    is_sales_tax_agency: bool | Unset = UNSET
    sales_tax_return_ref: SalesTaxReturnRefInput | Unset = UNSET
    tax_registration_number: str | Unset = UNSET
    reporting_period: VendorUpdateReportingPeriod | Unset = UNSET
    is_tax_tracked_on_purchases: bool | Unset = UNSET
    tax_on_purchases_account_ref: TaxOnPurchasesAccountRefInput | Unset = UNSET
    is_tax_tracked_on_sales: bool | Unset = UNSET
    tax_on_sales_account_ref: TaxOnSalesAccountRefInput | Unset = UNSET
    is_tax_on_tax: bool | Unset = UNSET
    prefill_account_ref: list[PrefillAccountRefInput] | Unset = UNSET
    currency_ref: CurrencyRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        name = self.name

        is_active = self.is_active

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

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

        contacts_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts_mod, Unset):
            contacts_mod = []
            for contacts_mod_item_data in self.contacts_mod:
                contacts_mod_item = contacts_mod_item_data.to_dict()
                contacts_mod.append(contacts_mod_item)

        name_on_check = self.name_on_check

        account_number = self.account_number

        notes = self.notes

        additional_notes_mod: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_notes_mod, Unset):
            additional_notes_mod = []
            for additional_notes_mod_item_data in self.additional_notes_mod:
                additional_notes_mod_item = additional_notes_mod_item_data.to_dict()
                additional_notes_mod.append(additional_notes_mod_item)

        vendor_type_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_type_ref, Unset):
            vendor_type_ref = self.vendor_type_ref.to_dict()

        terms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms_ref, Unset):
            terms_ref = self.terms_ref.to_dict()

        credit_limit = self.credit_limit

        vendor_tax_ident = self.vendor_tax_ident

        is_vendor_eligible_for1099 = self.is_vendor_eligible_for1099

        billing_rate_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_rate_ref, Unset):
            billing_rate_ref = self.billing_rate_ref.to_dict()

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        sales_tax_country: str | Unset = UNSET
        if not isinstance(self.sales_tax_country, Unset):
            sales_tax_country = self.sales_tax_country.value

        is_sales_tax_agency = self.is_sales_tax_agency

        sales_tax_return_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_return_ref, Unset):
            sales_tax_return_ref = self.sales_tax_return_ref.to_dict()

        tax_registration_number = self.tax_registration_number

        reporting_period: str | Unset = UNSET
        if not isinstance(self.reporting_period, Unset):
            reporting_period = self.reporting_period.value

        is_tax_tracked_on_purchases = self.is_tax_tracked_on_purchases

        tax_on_purchases_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_on_purchases_account_ref, Unset):
            tax_on_purchases_account_ref = self.tax_on_purchases_account_ref.to_dict()

        is_tax_tracked_on_sales = self.is_tax_tracked_on_sales

        tax_on_sales_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_on_sales_account_ref, Unset):
            tax_on_sales_account_ref = self.tax_on_sales_account_ref.to_dict()

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
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
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
        if contacts_mod is not UNSET:
            field_dict["contacts_mod"] = contacts_mod
        if name_on_check is not UNSET:
            field_dict["name_on_check"] = name_on_check
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if notes is not UNSET:
            field_dict["notes"] = notes
        if additional_notes_mod is not UNSET:
            field_dict["additional_notes_mod"] = additional_notes_mod
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
        if billing_rate_ref is not UNSET:
            field_dict["billing_rate_ref"] = billing_rate_ref
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_contact_ref_input import AdditionalContactRefInput  # noqa: PLC0415
        from ..models.additional_notes_mod import AdditionalNotesMod  # noqa: PLC0415
        from ..models.billing_rate_ref_input import BillingRateRefInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.contacts_mod import ContactsMod  # noqa: PLC0415
        from ..models.currency_ref_input import CurrencyRefInput  # noqa: PLC0415
        from ..models.prefill_account_ref_input import PrefillAccountRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415
        from ..models.sales_tax_return_ref_input import SalesTaxReturnRefInput  # noqa: PLC0415
        from ..models.ship_address_input import ShipAddressInput  # noqa: PLC0415
        from ..models.tax_on_purchases_account_ref_input import TaxOnPurchasesAccountRefInput  # noqa: PLC0415
        from ..models.tax_on_sales_account_ref_input import TaxOnSalesAccountRefInput  # noqa: PLC0415
        from ..models.terms_ref_input import TermsRefInput  # noqa: PLC0415
        from ..models.vendor_address_input import VendorAddressInput  # noqa: PLC0415
        from ..models.vendor_type_ref_input import VendorTypeRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        name = d.pop("name", UNSET)

        is_active = d.pop("is_active", UNSET)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        company_name = d.pop("company_name", UNSET)

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        suffix = d.pop("suffix", UNSET)

        job_title = d.pop("job_title", UNSET)

        _vendor_address = d.pop("vendor_address", UNSET)
        vendor_address: VendorAddressInput | Unset
        if isinstance(_vendor_address, Unset):
            vendor_address = UNSET
        else:
            vendor_address = VendorAddressInput.from_dict(_vendor_address)

        _ship_address = d.pop("ship_address", UNSET)
        ship_address: ShipAddressInput | Unset
        if isinstance(_ship_address, Unset):
            ship_address = UNSET
        else:
            ship_address = ShipAddressInput.from_dict(_ship_address)

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

        _contacts_mod = d.pop("contacts_mod", UNSET)
        contacts_mod: list[ContactsMod] | Unset = UNSET
        if _contacts_mod is not UNSET:
            contacts_mod = []
            for contacts_mod_item_data in _contacts_mod:
                contacts_mod_item = ContactsMod.from_dict(contacts_mod_item_data)

                contacts_mod.append(contacts_mod_item)

        name_on_check = d.pop("name_on_check", UNSET)

        account_number = d.pop("account_number", UNSET)

        notes = d.pop("notes", UNSET)

        _additional_notes_mod = d.pop("additional_notes_mod", UNSET)
        additional_notes_mod: list[AdditionalNotesMod] | Unset = UNSET
        if _additional_notes_mod is not UNSET:
            additional_notes_mod = []
            for additional_notes_mod_item_data in _additional_notes_mod:
                additional_notes_mod_item = AdditionalNotesMod.from_dict(additional_notes_mod_item_data)

                additional_notes_mod.append(additional_notes_mod_item)

        _vendor_type_ref = d.pop("vendor_type_ref", UNSET)
        vendor_type_ref: VendorTypeRefInput | Unset
        if isinstance(_vendor_type_ref, Unset):
            vendor_type_ref = UNSET
        else:
            vendor_type_ref = VendorTypeRefInput.from_dict(_vendor_type_ref)

        _terms_ref = d.pop("terms_ref", UNSET)
        terms_ref: TermsRefInput | Unset
        if isinstance(_terms_ref, Unset):
            terms_ref = UNSET
        else:
            terms_ref = TermsRefInput.from_dict(_terms_ref)

        credit_limit = d.pop("credit_limit", UNSET)

        vendor_tax_ident = d.pop("vendor_tax_ident", UNSET)

        is_vendor_eligible_for1099 = d.pop("is_vendor_eligible_for1099", UNSET)

        _billing_rate_ref = d.pop("billing_rate_ref", UNSET)
        billing_rate_ref: BillingRateRefInput | Unset
        if isinstance(_billing_rate_ref, Unset):
            billing_rate_ref = UNSET
        else:
            billing_rate_ref = BillingRateRefInput.from_dict(_billing_rate_ref)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        _sales_tax_country = d.pop("sales_tax_country", UNSET)
        sales_tax_country: VendorUpdateSalesTaxCountry | Unset
        if isinstance(_sales_tax_country, Unset):
            sales_tax_country = UNSET
        else:
            sales_tax_country = VendorUpdateSalesTaxCountry(_sales_tax_country)

        is_sales_tax_agency = d.pop("is_sales_tax_agency", UNSET)

        _sales_tax_return_ref = d.pop("sales_tax_return_ref", UNSET)
        sales_tax_return_ref: SalesTaxReturnRefInput | Unset
        if isinstance(_sales_tax_return_ref, Unset):
            sales_tax_return_ref = UNSET
        else:
            sales_tax_return_ref = SalesTaxReturnRefInput.from_dict(_sales_tax_return_ref)

        tax_registration_number = d.pop("tax_registration_number", UNSET)

        _reporting_period = d.pop("reporting_period", UNSET)
        reporting_period: VendorUpdateReportingPeriod | Unset
        if isinstance(_reporting_period, Unset):
            reporting_period = UNSET
        else:
            reporting_period = VendorUpdateReportingPeriod(_reporting_period)

        is_tax_tracked_on_purchases = d.pop("is_tax_tracked_on_purchases", UNSET)

        _tax_on_purchases_account_ref = d.pop("tax_on_purchases_account_ref", UNSET)
        tax_on_purchases_account_ref: TaxOnPurchasesAccountRefInput | Unset
        if isinstance(_tax_on_purchases_account_ref, Unset):
            tax_on_purchases_account_ref = UNSET
        else:
            tax_on_purchases_account_ref = TaxOnPurchasesAccountRefInput.from_dict(_tax_on_purchases_account_ref)

        is_tax_tracked_on_sales = d.pop("is_tax_tracked_on_sales", UNSET)

        _tax_on_sales_account_ref = d.pop("tax_on_sales_account_ref", UNSET)
        tax_on_sales_account_ref: TaxOnSalesAccountRefInput | Unset
        if isinstance(_tax_on_sales_account_ref, Unset):
            tax_on_sales_account_ref = UNSET
        else:
            tax_on_sales_account_ref = TaxOnSalesAccountRefInput.from_dict(_tax_on_sales_account_ref)

        is_tax_on_tax = d.pop("is_tax_on_tax", UNSET)

        _prefill_account_ref = d.pop("prefill_account_ref", UNSET)
        prefill_account_ref: list[PrefillAccountRefInput] | Unset = UNSET
        if _prefill_account_ref is not UNSET:
            prefill_account_ref = []
            for prefill_account_ref_item_data in _prefill_account_ref:
                prefill_account_ref_item = PrefillAccountRefInput.from_dict(prefill_account_ref_item_data)

                prefill_account_ref.append(prefill_account_ref_item)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRefInput | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRefInput.from_dict(_currency_ref)

        vendor_update = cls(
            revision=revision,
            name=name,
            is_active=is_active,
            class_ref=class_ref,
            company_name=company_name,
            salutation=salutation,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            suffix=suffix,
            job_title=job_title,
            vendor_address=vendor_address,
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
            contacts_mod=contacts_mod,
            name_on_check=name_on_check,
            account_number=account_number,
            notes=notes,
            additional_notes_mod=additional_notes_mod,
            vendor_type_ref=vendor_type_ref,
            terms_ref=terms_ref,
            credit_limit=credit_limit,
            vendor_tax_ident=vendor_tax_ident,
            is_vendor_eligible_for1099=is_vendor_eligible_for1099,
            billing_rate_ref=billing_rate_ref,
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
        )

        return vendor_update
