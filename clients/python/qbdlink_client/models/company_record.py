from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_record_first_month_fiscal_year import CompanyRecordFirstMonthFiscalYear
from ..models.company_record_first_month_income_tax_year import CompanyRecordFirstMonthIncomeTaxYear
from ..models.company_record_tax_form import CompanyRecordTaxForm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accountant_copy import AccountantCopy
    from ..models.address import Address
    from ..models.address_block import AddressBlock
    from ..models.company_address_block_for_customer import CompanyAddressBlockForCustomer
    from ..models.company_address_for_customer import CompanyAddressForCustomer
    from ..models.data_ext_ret import DataExtRet
    from ..models.legal_address import LegalAddress
    from ..models.subscribed_services import SubscribedServices


T = TypeVar("T", bound="CompanyRecord")


@_attrs_define
class CompanyRecord:
    """One of the link's company: qbXML CompanyRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['company']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        is_sample_company (bool | None | Unset):
        company_name (str | Unset):
        legal_company_name (str | Unset):
        address (Address | Unset): qbXML Address in snake_case.
        address_block (AddressBlock | Unset): qbXML AddressBlock in snake_case.
        legal_address (LegalAddress | Unset): qbXML LegalAddress in snake_case.
        company_address_for_customer (CompanyAddressForCustomer | Unset): qbXML CompanyAddressForCustomer in snake_case.
        company_address_block_for_customer (CompanyAddressBlockForCustomer | Unset): qbXML
            CompanyAddressBlockForCustomer in snake_case.
        phone (str | Unset):
        fax (str | Unset):
        email (str | Unset):
        company_email_for_customer (str | Unset):
        company_web_site (str | Unset):
        first_month_fiscal_year (CompanyRecordFirstMonthFiscalYear | Unset):
        first_month_income_tax_year (CompanyRecordFirstMonthIncomeTaxYear | Unset):
        company_type (str | Unset):
        ein (str | Unset):
        ssn (str | Unset):
        tax_form (CompanyRecordTaxForm | Unset):
        subscribed_services (SubscribedServices | Unset): qbXML SubscribedServices in snake_case.
        accountant_copy (AccountantCopy | Unset): qbXML AccountantCopy in snake_case.
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["company"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    is_sample_company: bool | None | Unset = UNSET
    company_name: str | Unset = UNSET
    legal_company_name: str | Unset = UNSET
    address: Address | Unset = UNSET
    address_block: AddressBlock | Unset = UNSET
    legal_address: LegalAddress | Unset = UNSET
    company_address_for_customer: CompanyAddressForCustomer | Unset = UNSET
    company_address_block_for_customer: CompanyAddressBlockForCustomer | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    email: str | Unset = UNSET
    company_email_for_customer: str | Unset = UNSET
    company_web_site: str | Unset = UNSET
    first_month_fiscal_year: CompanyRecordFirstMonthFiscalYear | Unset = UNSET
    first_month_income_tax_year: CompanyRecordFirstMonthIncomeTaxYear | Unset = UNSET
    company_type: str | Unset = UNSET
    ein: str | Unset = UNSET
    ssn: str | Unset = UNSET
    tax_form: CompanyRecordTaxForm | Unset = UNSET
    subscribed_services: SubscribedServices | Unset = UNSET
    accountant_copy: AccountantCopy | Unset = UNSET
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

        is_sample_company: bool | None | Unset
        if isinstance(self.is_sample_company, Unset):
            is_sample_company = UNSET
        else:
            is_sample_company = self.is_sample_company

        company_name = self.company_name

        legal_company_name = self.legal_company_name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        address_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_block, Unset):
            address_block = self.address_block.to_dict()

        legal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legal_address, Unset):
            legal_address = self.legal_address.to_dict()

        company_address_for_customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_address_for_customer, Unset):
            company_address_for_customer = self.company_address_for_customer.to_dict()

        company_address_block_for_customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_address_block_for_customer, Unset):
            company_address_block_for_customer = self.company_address_block_for_customer.to_dict()

        phone = self.phone

        fax = self.fax

        email = self.email

        company_email_for_customer = self.company_email_for_customer

        company_web_site = self.company_web_site

        first_month_fiscal_year: str | Unset = UNSET
        if not isinstance(self.first_month_fiscal_year, Unset):
            first_month_fiscal_year = self.first_month_fiscal_year.value

        first_month_income_tax_year: str | Unset = UNSET
        if not isinstance(self.first_month_income_tax_year, Unset):
            first_month_income_tax_year = self.first_month_income_tax_year.value

        company_type = self.company_type

        ein = self.ein

        ssn = self.ssn

        tax_form: str | Unset = UNSET
        if not isinstance(self.tax_form, Unset):
            tax_form = self.tax_form.value

        subscribed_services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscribed_services, Unset):
            subscribed_services = self.subscribed_services.to_dict()

        accountant_copy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accountant_copy, Unset):
            accountant_copy = self.accountant_copy.to_dict()

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
        if is_sample_company is not UNSET:
            field_dict["is_sample_company"] = is_sample_company
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if legal_company_name is not UNSET:
            field_dict["legal_company_name"] = legal_company_name
        if address is not UNSET:
            field_dict["address"] = address
        if address_block is not UNSET:
            field_dict["address_block"] = address_block
        if legal_address is not UNSET:
            field_dict["legal_address"] = legal_address
        if company_address_for_customer is not UNSET:
            field_dict["company_address_for_customer"] = company_address_for_customer
        if company_address_block_for_customer is not UNSET:
            field_dict["company_address_block_for_customer"] = company_address_block_for_customer
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if company_email_for_customer is not UNSET:
            field_dict["company_email_for_customer"] = company_email_for_customer
        if company_web_site is not UNSET:
            field_dict["company_web_site"] = company_web_site
        if first_month_fiscal_year is not UNSET:
            field_dict["first_month_fiscal_year"] = first_month_fiscal_year
        if first_month_income_tax_year is not UNSET:
            field_dict["first_month_income_tax_year"] = first_month_income_tax_year
        if company_type is not UNSET:
            field_dict["company_type"] = company_type
        if ein is not UNSET:
            field_dict["ein"] = ein
        if ssn is not UNSET:
            field_dict["ssn"] = ssn
        if tax_form is not UNSET:
            field_dict["tax_form"] = tax_form
        if subscribed_services is not UNSET:
            field_dict["subscribed_services"] = subscribed_services
        if accountant_copy is not UNSET:
            field_dict["accountant_copy"] = accountant_copy
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accountant_copy import AccountantCopy  # noqa: PLC0415
        from ..models.address import Address  # noqa: PLC0415
        from ..models.address_block import AddressBlock  # noqa: PLC0415
        from ..models.company_address_block_for_customer import CompanyAddressBlockForCustomer  # noqa: PLC0415
        from ..models.company_address_for_customer import CompanyAddressForCustomer  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.legal_address import LegalAddress  # noqa: PLC0415
        from ..models.subscribed_services import SubscribedServices  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["company"], d.pop("object"))
        if object_ != "company":
            raise ValueError(f"object must match const 'company', got '{object_}'")

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

        def _parse_is_sample_company(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_sample_company = _parse_is_sample_company(d.pop("is_sample_company", UNSET))

        company_name = d.pop("company_name", UNSET)

        legal_company_name = d.pop("legal_company_name", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _address_block = d.pop("address_block", UNSET)
        address_block: AddressBlock | Unset
        if isinstance(_address_block, Unset):
            address_block = UNSET
        else:
            address_block = AddressBlock.from_dict(_address_block)

        _legal_address = d.pop("legal_address", UNSET)
        legal_address: LegalAddress | Unset
        if isinstance(_legal_address, Unset):
            legal_address = UNSET
        else:
            legal_address = LegalAddress.from_dict(_legal_address)

        _company_address_for_customer = d.pop("company_address_for_customer", UNSET)
        company_address_for_customer: CompanyAddressForCustomer | Unset
        if isinstance(_company_address_for_customer, Unset):
            company_address_for_customer = UNSET
        else:
            company_address_for_customer = CompanyAddressForCustomer.from_dict(_company_address_for_customer)

        _company_address_block_for_customer = d.pop("company_address_block_for_customer", UNSET)
        company_address_block_for_customer: CompanyAddressBlockForCustomer | Unset
        if isinstance(_company_address_block_for_customer, Unset):
            company_address_block_for_customer = UNSET
        else:
            company_address_block_for_customer = CompanyAddressBlockForCustomer.from_dict(
                _company_address_block_for_customer
            )

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        email = d.pop("email", UNSET)

        company_email_for_customer = d.pop("company_email_for_customer", UNSET)

        company_web_site = d.pop("company_web_site", UNSET)

        _first_month_fiscal_year = d.pop("first_month_fiscal_year", UNSET)
        first_month_fiscal_year: CompanyRecordFirstMonthFiscalYear | Unset
        if isinstance(_first_month_fiscal_year, Unset):
            first_month_fiscal_year = UNSET
        else:
            first_month_fiscal_year = CompanyRecordFirstMonthFiscalYear(_first_month_fiscal_year)

        _first_month_income_tax_year = d.pop("first_month_income_tax_year", UNSET)
        first_month_income_tax_year: CompanyRecordFirstMonthIncomeTaxYear | Unset
        if isinstance(_first_month_income_tax_year, Unset):
            first_month_income_tax_year = UNSET
        else:
            first_month_income_tax_year = CompanyRecordFirstMonthIncomeTaxYear(_first_month_income_tax_year)

        company_type = d.pop("company_type", UNSET)

        ein = d.pop("ein", UNSET)

        ssn = d.pop("ssn", UNSET)

        _tax_form = d.pop("tax_form", UNSET)
        tax_form: CompanyRecordTaxForm | Unset
        if isinstance(_tax_form, Unset):
            tax_form = UNSET
        else:
            tax_form = CompanyRecordTaxForm(_tax_form)

        _subscribed_services = d.pop("subscribed_services", UNSET)
        subscribed_services: SubscribedServices | Unset
        if isinstance(_subscribed_services, Unset):
            subscribed_services = UNSET
        else:
            subscribed_services = SubscribedServices.from_dict(_subscribed_services)

        _accountant_copy = d.pop("accountant_copy", UNSET)
        accountant_copy: AccountantCopy | Unset
        if isinstance(_accountant_copy, Unset):
            accountant_copy = UNSET
        else:
            accountant_copy = AccountantCopy.from_dict(_accountant_copy)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        company_record = cls(
            id=id,
            object_=object_,
            revision=revision,
            updated_at=updated_at,
            deleted=deleted,
            deleted_at=deleted_at,
            is_sample_company=is_sample_company,
            company_name=company_name,
            legal_company_name=legal_company_name,
            address=address,
            address_block=address_block,
            legal_address=legal_address,
            company_address_for_customer=company_address_for_customer,
            company_address_block_for_customer=company_address_block_for_customer,
            phone=phone,
            fax=fax,
            email=email,
            company_email_for_customer=company_email_for_customer,
            company_web_site=company_web_site,
            first_month_fiscal_year=first_month_fiscal_year,
            first_month_income_tax_year=first_month_income_tax_year,
            company_type=company_type,
            ein=ein,
            ssn=ssn,
            tax_form=tax_form,
            subscribed_services=subscribed_services,
            accountant_copy=accountant_copy,
            data_ext_ret=data_ext_ret,
        )

        company_record.additional_properties = d
        return company_record

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
