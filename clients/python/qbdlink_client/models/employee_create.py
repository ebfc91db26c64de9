from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.employee_create_disabled import EmployeeCreateDisabled
from ..models.employee_create_employee_type import EmployeeCreateEmployeeType
from ..models.employee_create_ethnicity import EmployeeCreateEthnicity
from ..models.employee_create_exempt import EmployeeCreateExempt
from ..models.employee_create_gender import EmployeeCreateGender
from ..models.employee_create_key_employee import EmployeeCreateKeyEmployee
from ..models.employee_create_military_status import EmployeeCreateMilitaryStatus
from ..models.employee_create_on_file import EmployeeCreateOnFile
from ..models.employee_create_part_or_full_time import EmployeeCreatePartOrFullTime
from ..models.employee_create_us_citizen import EmployeeCreateUsCitizen
from ..models.employee_create_us_veteran import EmployeeCreateUsVeteran
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_contact_ref_input import AdditionalContactRefInput
    from ..models.additional_notes_input import AdditionalNotesInput
    from ..models.billing_rate_ref_input import BillingRateRefInput
    from ..models.emergency_contacts_input import EmergencyContactsInput
    from ..models.employee_address_input import EmployeeAddressInput
    from ..models.employee_payroll_info_input import EmployeePayrollInfoInput
    from ..models.supervisor_ref_input import SupervisorRefInput


T = TypeVar("T", bound="EmployeeCreate")


@_attrs_define
class EmployeeCreate:
    """Create one of employees: qbXML EmployeeAdd in snake_case.

    Attributes:
        name (str | Unset):
        is_active (bool | Unset):
        salutation (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        suffix (str | Unset):
        job_title (str | Unset):
        supervisor_ref (SupervisorRefInput | Unset): qbXML SupervisorRef in snake_case.
        department (str | Unset): US edition only
        description (str | Unset): US edition only
        target_bonus (str | Unset): an amount exact to the cent, as a string
        employee_address (EmployeeAddressInput | Unset): qbXML EmployeeAddress in snake_case.
        print_as (str | Unset):
        phone (str | Unset):
        mobile (str | Unset):
        pager (str | Unset):
        pager_pin (str | Unset):
        alt_phone (str | Unset):
        fax (str | Unset):
        ssn (str | Unset):
        email (str | Unset):
        additional_contact_ref (list[AdditionalContactRefInput] | Unset):
        emergency_contacts (EmergencyContactsInput | Unset): qbXML EmergencyContacts in snake_case.
        employee_type (EmployeeCreateEmployeeType | Unset):
        part_or_full_time (EmployeeCreatePartOrFullTime | Unset):
        exempt (EmployeeCreateExempt | Unset): US edition only
        key_employee (EmployeeCreateKeyEmployee | Unset): US edition only
        gender (EmployeeCreateGender | Unset):
        hired_date (datetime.date | Unset):
        original_hire_date (datetime.date | Unset): US edition only
        adjusted_service_date (datetime.date | Unset): US edition only
        released_date (datetime.date | Unset):
        birth_date (datetime.date | Unset):
        us_citizen (EmployeeCreateUsCitizen | Unset): US edition only
        ethnicity (EmployeeCreateEthnicity | Unset): US edition only
        disabled (EmployeeCreateDisabled | Unset): US edition only
        disability_desc (str | Unset): US edition only
        on_file (EmployeeCreateOnFile | Unset): US edition only
        work_auth_expire_date (datetime.date | Unset): US edition only
        us_veteran (EmployeeCreateUsVeteran | Unset): US edition only
        military_status (EmployeeCreateMilitaryStatus | Unset): US edition only
        account_number (str | Unset):
        notes (str | Unset):
        additional_notes (list[AdditionalNotesInput] | Unset):
        billing_rate_ref (BillingRateRefInput | Unset): qbXML BillingRateRef in snake_case.
        employee_payroll_info (EmployeePayrollInfoInput | Unset): qbXML EmployeePayrollInfo in snake_case.
        external_guid (str | Unset):
    """

    name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    suffix: str | Unset = UNSET
    job_title: str | Unset = UNSET
    supervisor_ref: SupervisorRefInput | Unset = UNSET
    department: str | Unset = UNSET
    description: str | Unset = UNSET
    target_bonus: str | Unset = UNSET
    employee_address: EmployeeAddressInput | Unset = UNSET
    print_as: str | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    pager: str | Unset = UNSET
    pager_pin: str | Unset = UNSET
    alt_phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    ssn: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_contact_ref: list[AdditionalContactRefInput] | Unset = UNSET
    emergency_contacts: EmergencyContactsInput | Unset = UNSET
    employee_type: EmployeeCreateEmployeeType | Unset = UNSET
    part_or_full_time: EmployeeCreatePartOrFullTime | Unset = UNSET
    exempt: EmployeeCreateExempt | Unset = UNSET
    key_employee: EmployeeCreateKeyEmployee | Unset = UNSET
    gender: EmployeeCreateGender | Unset = UNSET
    hired_date: datetime.date | Unset = UNSET
    original_hire_date: datetime.date | Unset = UNSET
    adjusted_service_date: datetime.date | Unset = UNSET
    released_date: datetime.date | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    us_citizen: EmployeeCreateUsCitizen | Unset = UNSET
    ethnicity: EmployeeCreateEthnicity | Unset = UNSET
    disabled: EmployeeCreateDisabled | Unset = UNSET
    disability_desc: str | Unset = UNSET
    on_file: EmployeeCreateOnFile | Unset = UNSET
    work_auth_expire_date: datetime.date | Unset = UNSET
    us_veteran: EmployeeCreateUsVeteran | Unset = UNSET
    military_status: EmployeeCreateMilitaryStatus | Unset = UNSET
    account_number: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_notes: list[AdditionalNotesInput] | Unset = UNSET
    billing_rate_ref: BillingRateRefInput | Unset = UNSET
    employee_payroll_info: EmployeePayrollInfoInput | Unset = UNSET
    external_guid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_active = self.is_active

        salutation = self.salutation

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        suffix = self.suffix

        job_title = self.job_title

        supervisor_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supervisor_ref, Unset):
            supervisor_ref = self.supervisor_ref.to_dict()

        department = self.department

        description = self.description

        target_bonus = self.target_bonus

        employee_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_address, Unset):
            employee_address = self.employee_address.to_dict()

        print_as = self.print_as

        phone = self.phone

        mobile = self.mobile

        pager = self.pager

        pager_pin = self.pager_pin

        alt_phone = self.alt_phone

        fax = self.fax

        ssn = self.ssn

        email = self.email

        additional_contact_ref: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_contact_ref, Unset):
            additional_contact_ref = []
            for additional_contact_ref_item_data in self.additional_contact_ref:
                additional_contact_ref_item = additional_contact_ref_item_data.to_dict()
                additional_contact_ref.append(additional_contact_ref_item)

        emergency_contacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emergency_contacts, Unset):
            emergency_contacts = self.emergency_contacts.to_dict()

        employee_type: str | Unset = UNSET
        if not isinstance(self.employee_type, Unset):
            employee_type = self.employee_type.value

        part_or_full_time: str | Unset = UNSET
        if not isinstance(self.part_or_full_time, Unset):
            part_or_full_time = self.part_or_full_time.value

        exempt: str | Unset = UNSET
        if not isinstance(self.exempt, Unset):
            exempt = self.exempt.value

        key_employee: str | Unset = UNSET
        if not isinstance(self.key_employee, Unset):
            key_employee = self.key_employee.value

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        hired_date: str | Unset = UNSET
        if not isinstance(self.hired_date, Unset):
            hired_date = self.hired_date.isoformat()

        original_hire_date: str | Unset = UNSET
        if not isinstance(self.original_hire_date, Unset):
            original_hire_date = self.original_hire_date.isoformat()

        adjusted_service_date: str | Unset = UNSET
        if not isinstance(self.adjusted_service_date, Unset):
            adjusted_service_date = self.adjusted_service_date.isoformat()

        released_date: str | Unset = UNSET
        if not isinstance(self.released_date, Unset):
            released_date = self.released_date.isoformat()

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        us_citizen: str | Unset = UNSET
        if not isinstance(self.us_citizen, Unset):
            us_citizen = self.us_citizen.value

        ethnicity: str | Unset = UNSET
        if not isinstance(self.ethnicity, Unset):
            ethnicity = self.ethnicity.value

        disabled: str | Unset = UNSET
        if not isinstance(self.disabled, Unset):
            disabled = self.disabled.value

        disability_desc = self.disability_desc

        on_file: str | Unset = UNSET
        if not isinstance(self.on_file, Unset):
            on_file = self.on_file.value

        work_auth_expire_date: str | Unset = UNSET
        if not isinstance(self.work_auth_expire_date, Unset):
            work_auth_expire_date = self.work_auth_expire_date.isoformat()

        us_veteran: str | Unset = UNSET
        if not isinstance(self.us_veteran, Unset):
            us_veteran = self.us_veteran.value

        military_status: str | Unset = UNSET
        if not isinstance(self.military_status, Unset):
            military_status = self.military_status.value

        account_number = self.account_number

        notes = self.notes

        additional_notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_notes, Unset):
            additional_notes = []
            for additional_notes_item_data in self.additional_notes:
                additional_notes_item = additional_notes_item_data.to_dict()
                additional_notes.append(additional_notes_item)

        billing_rate_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_rate_ref, Unset):
            billing_rate_ref = self.billing_rate_ref.to_dict()

        employee_payroll_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_payroll_info, Unset):
            employee_payroll_info = self.employee_payroll_info.to_dict()

        external_guid = self.external_guid

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
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
        if supervisor_ref is not UNSET:
            field_dict["supervisor_ref"] = supervisor_ref
        if department is not UNSET:
            field_dict["department"] = department
        if description is not UNSET:
            field_dict["description"] = description
        if target_bonus is not UNSET:
            field_dict["target_bonus"] = target_bonus
        if employee_address is not UNSET:
            field_dict["employee_address"] = employee_address
        if print_as is not UNSET:
            field_dict["print_as"] = print_as
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if pager is not UNSET:
            field_dict["pager"] = pager
        if pager_pin is not UNSET:
            field_dict["pager_pin"] = pager_pin
        if alt_phone is not UNSET:
            field_dict["alt_phone"] = alt_phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if ssn is not UNSET:
            field_dict["ssn"] = ssn
        if email is not UNSET:
            field_dict["email"] = email
        if additional_contact_ref is not UNSET:
            field_dict["additional_contact_ref"] = additional_contact_ref
        if emergency_contacts is not UNSET:
            field_dict["emergency_contacts"] = emergency_contacts
        if employee_type is not UNSET:
            field_dict["employee_type"] = employee_type
        if part_or_full_time is not UNSET:
            field_dict["part_or_full_time"] = part_or_full_time
        if exempt is not UNSET:
            field_dict["exempt"] = exempt
        if key_employee is not UNSET:
            field_dict["key_employee"] = key_employee
        if gender is not UNSET:
            field_dict["gender"] = gender
        if hired_date is not UNSET:
            field_dict["hired_date"] = hired_date
        if original_hire_date is not UNSET:
            field_dict["original_hire_date"] = original_hire_date
        if adjusted_service_date is not UNSET:
            field_dict["adjusted_service_date"] = adjusted_service_date
        if released_date is not UNSET:
            field_dict["released_date"] = released_date
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if us_citizen is not UNSET:
            field_dict["us_citizen"] = us_citizen
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if disability_desc is not UNSET:
            field_dict["disability_desc"] = disability_desc
        if on_file is not UNSET:
            field_dict["on_file"] = on_file
        if work_auth_expire_date is not UNSET:
            field_dict["work_auth_expire_date"] = work_auth_expire_date
        if us_veteran is not UNSET:
            field_dict["us_veteran"] = us_veteran
        if military_status is not UNSET:
            field_dict["military_status"] = military_status
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if notes is not UNSET:
            field_dict["notes"] = notes
        if additional_notes is not UNSET:
            field_dict["additional_notes"] = additional_notes
        if billing_rate_ref is not UNSET:
            field_dict["billing_rate_ref"] = billing_rate_ref
        if employee_payroll_info is not UNSET:
            field_dict["employee_payroll_info"] = employee_payroll_info
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_contact_ref_input import AdditionalContactRefInput  # noqa: PLC0415
        from ..models.additional_notes_input import AdditionalNotesInput  # noqa: PLC0415
        from ..models.billing_rate_ref_input import BillingRateRefInput  # noqa: PLC0415
        from ..models.emergency_contacts_input import EmergencyContactsInput  # noqa: PLC0415
        from ..models.employee_address_input import EmployeeAddressInput  # noqa: PLC0415
        from ..models.employee_payroll_info_input import EmployeePayrollInfoInput  # noqa: PLC0415
        from ..models.supervisor_ref_input import SupervisorRefInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        is_active = d.pop("is_active", UNSET)

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        suffix = d.pop("suffix", UNSET)

        job_title = d.pop("job_title", UNSET)

        _supervisor_ref = d.pop("supervisor_ref", UNSET)
        supervisor_ref: SupervisorRefInput | Unset
        if isinstance(_supervisor_ref, Unset):
            supervisor_ref = UNSET
        else:
            supervisor_ref = SupervisorRefInput.from_dict(_supervisor_ref)

        department = d.pop("department", UNSET)

        description = d.pop("description", UNSET)

        target_bonus = d.pop("target_bonus", UNSET)

        _employee_address = d.pop("employee_address", UNSET)
        employee_address: EmployeeAddressInput | Unset
        if isinstance(_employee_address, Unset):
            employee_address = UNSET
        else:
            employee_address = EmployeeAddressInput.from_dict(_employee_address)

        print_as = d.pop("print_as", UNSET)

        phone = d.pop("phone", UNSET)

        mobile = d.pop("mobile", UNSET)

        pager = d.pop("pager", UNSET)

        pager_pin = d.pop("pager_pin", UNSET)

        alt_phone = d.pop("alt_phone", UNSET)

        fax = d.pop("fax", UNSET)

        ssn = d.pop("ssn", UNSET)

        email = d.pop("email", UNSET)

        _additional_contact_ref = d.pop("additional_contact_ref", UNSET)
        additional_contact_ref: list[AdditionalContactRefInput] | Unset = UNSET
        if _additional_contact_ref is not UNSET:
            additional_contact_ref = []
            for additional_contact_ref_item_data in _additional_contact_ref:
                additional_contact_ref_item = AdditionalContactRefInput.from_dict(additional_contact_ref_item_data)

                additional_contact_ref.append(additional_contact_ref_item)

        _emergency_contacts = d.pop("emergency_contacts", UNSET)
        emergency_contacts: EmergencyContactsInput | Unset
        if isinstance(_emergency_contacts, Unset):
            emergency_contacts = UNSET
        else:
            emergency_contacts = EmergencyContactsInput.from_dict(_emergency_contacts)

        _employee_type = d.pop("employee_type", UNSET)
        employee_type: EmployeeCreateEmployeeType | Unset
        if isinstance(_employee_type, Unset):
            employee_type = UNSET
        else:
            employee_type = EmployeeCreateEmployeeType(_employee_type)

        _part_or_full_time = d.pop("part_or_full_time", UNSET)
        part_or_full_time: EmployeeCreatePartOrFullTime | Unset
        if isinstance(_part_or_full_time, Unset):
            part_or_full_time = UNSET
        else:
            part_or_full_time = EmployeeCreatePartOrFullTime(_part_or_full_time)

        _exempt = d.pop("exempt", UNSET)
        exempt: EmployeeCreateExempt | Unset
        if isinstance(_exempt, Unset):
            exempt = UNSET
        else:
            exempt = EmployeeCreateExempt(_exempt)

        _key_employee = d.pop("key_employee", UNSET)
        key_employee: EmployeeCreateKeyEmployee | Unset
        if isinstance(_key_employee, Unset):
            key_employee = UNSET
        else:
            key_employee = EmployeeCreateKeyEmployee(_key_employee)

        _gender = d.pop("gender", UNSET)
        gender: EmployeeCreateGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = EmployeeCreateGender(_gender)

        _hired_date = d.pop("hired_date", UNSET)
        hired_date: datetime.date | Unset
        if isinstance(_hired_date, Unset):
            hired_date = UNSET
        else:
            hired_date = datetime.date.fromisoformat(_hired_date)

        _original_hire_date = d.pop("original_hire_date", UNSET)
        original_hire_date: datetime.date | Unset
        if isinstance(_original_hire_date, Unset):
            original_hire_date = UNSET
        else:
            original_hire_date = datetime.date.fromisoformat(_original_hire_date)

        _adjusted_service_date = d.pop("adjusted_service_date", UNSET)
        adjusted_service_date: datetime.date | Unset
        if isinstance(_adjusted_service_date, Unset):
            adjusted_service_date = UNSET
        else:
            adjusted_service_date = datetime.date.fromisoformat(_adjusted_service_date)

        _released_date = d.pop("released_date", UNSET)
        released_date: datetime.date | Unset
        if isinstance(_released_date, Unset):
            released_date = UNSET
        else:
            released_date = datetime.date.fromisoformat(_released_date)

        _birth_date = d.pop("birth_date", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = datetime.date.fromisoformat(_birth_date)

        _us_citizen = d.pop("us_citizen", UNSET)
        us_citizen: EmployeeCreateUsCitizen | Unset
        if isinstance(_us_citizen, Unset):
            us_citizen = UNSET
        else:
            us_citizen = EmployeeCreateUsCitizen(_us_citizen)

        _ethnicity = d.pop("ethnicity", UNSET)
        ethnicity: EmployeeCreateEthnicity | Unset
        if isinstance(_ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = EmployeeCreateEthnicity(_ethnicity)

        _disabled = d.pop("disabled", UNSET)
        disabled: EmployeeCreateDisabled | Unset
        if isinstance(_disabled, Unset):
            disabled = UNSET
        else:
            disabled = EmployeeCreateDisabled(_disabled)

        disability_desc = d.pop("disability_desc", UNSET)

        _on_file = d.pop("on_file", UNSET)
        on_file: EmployeeCreateOnFile | Unset
        if isinstance(_on_file, Unset):
            on_file = UNSET
        else:
            on_file = EmployeeCreateOnFile(_on_file)

        _work_auth_expire_date = d.pop("work_auth_expire_date", UNSET)
        work_auth_expire_date: datetime.date | Unset
        if isinstance(_work_auth_expire_date, Unset):
            work_auth_expire_date = UNSET
        else:
            work_auth_expire_date = datetime.date.fromisoformat(_work_auth_expire_date)

        _us_veteran = d.pop("us_veteran", UNSET)
        us_veteran: EmployeeCreateUsVeteran | Unset
        if isinstance(_us_veteran, Unset):
            us_veteran = UNSET
        else:
            us_veteran = EmployeeCreateUsVeteran(_us_veteran)

        _military_status = d.pop("military_status", UNSET)
        military_status: EmployeeCreateMilitaryStatus | Unset
        if isinstance(_military_status, Unset):
            military_status = UNSET
        else:
            military_status = EmployeeCreateMilitaryStatus(_military_status)

        account_number = d.pop("account_number", UNSET)

        notes = d.pop("notes", UNSET)

        _additional_notes = d.pop("additional_notes", UNSET)
        additional_notes: list[AdditionalNotesInput] | Unset = UNSET
        if _additional_notes is not UNSET:
            additional_notes = []
            for additional_notes_item_data in _additional_notes:
                additional_notes_item = AdditionalNotesInput.from_dict(additional_notes_item_data)

                additional_notes.append(additional_notes_item)

        _billing_rate_ref = d.pop("billing_rate_ref", UNSET)
        billing_rate_ref: BillingRateRefInput | Unset
        if isinstance(_billing_rate_ref, Unset):
            billing_rate_ref = UNSET
        else:
            billing_rate_ref = BillingRateRefInput.from_dict(_billing_rate_ref)

        _employee_payroll_info = d.pop("employee_payroll_info", UNSET)
        employee_payroll_info: EmployeePayrollInfoInput | Unset
        if isinstance(_employee_payroll_info, Unset):
            employee_payroll_info = UNSET
        else:
            employee_payroll_info = EmployeePayrollInfoInput.from_dict(_employee_payroll_info)

        external_guid = d.pop("external_guid", UNSET)

        employee_create = cls(
            name=name,
            is_active=is_active,
            salutation=salutation,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            suffix=suffix,
            job_title=job_title,
            supervisor_ref=supervisor_ref,
            department=department,
            description=description,
            target_bonus=target_bonus,
            employee_address=employee_address,
            print_as=print_as,
            phone=phone,
            mobile=mobile,
            pager=pager,
            pager_pin=pager_pin,
            alt_phone=alt_phone,
            fax=fax,
            ssn=ssn,
            email=email,
            additional_contact_ref=additional_contact_ref,
            emergency_contacts=emergency_contacts,
            employee_type=employee_type,
            part_or_full_time=part_or_full_time,
            exempt=exempt,
            key_employee=key_employee,
            gender=gender,
            hired_date=hired_date,
            original_hire_date=original_hire_date,
            adjusted_service_date=adjusted_service_date,
            released_date=released_date,
            birth_date=birth_date,
            us_citizen=us_citizen,
            ethnicity=ethnicity,
            disabled=disabled,
            disability_desc=disability_desc,
            on_file=on_file,
            work_auth_expire_date=work_auth_expire_date,
            us_veteran=us_veteran,
            military_status=military_status,
            account_number=account_number,
            notes=notes,
            additional_notes=additional_notes,
            billing_rate_ref=billing_rate_ref,
            employee_payroll_info=employee_payroll_info,
            external_guid=external_guid,
        )

        return employee_create
