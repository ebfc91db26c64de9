from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_record_disabled import EmployeeRecordDisabled
from ..models.employee_record_employee_type import EmployeeRecordEmployeeType
from ..models.employee_record_ethnicity import EmployeeRecordEthnicity
from ..models.employee_record_exempt import EmployeeRecordExempt
from ..models.employee_record_gender import EmployeeRecordGender
from ..models.employee_record_key_employee import EmployeeRecordKeyEmployee
from ..models.employee_record_military_status import EmployeeRecordMilitaryStatus
from ..models.employee_record_on_file import EmployeeRecordOnFile
from ..models.employee_record_part_or_full_time import EmployeeRecordPartOrFullTime
from ..models.employee_record_us_citizen import EmployeeRecordUsCitizen
from ..models.employee_record_us_veteran import EmployeeRecordUsVeteran
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_contact_ref import AdditionalContactRef
    from ..models.additional_notes_ret import AdditionalNotesRet
    from ..models.billing_rate_ref import BillingRateRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.emergency_contacts import EmergencyContacts
    from ..models.employee_address import EmployeeAddress
    from ..models.employee_payroll_info import EmployeePayrollInfo
    from ..models.supervisor_ref import SupervisorRef


T = TypeVar("T", bound="EmployeeRecord")


@_attrs_define
class EmployeeRecord:
    """One of the link's employees: qbXML EmployeeRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['employee']): the qbXML type in snake_case
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
        salutation (str | Unset):
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        suffix (str | Unset):
        job_title (str | Unset):
        supervisor_ref (SupervisorRef | Unset): qbXML SupervisorRef in snake_case.
        department (str | Unset): US edition only
        description (str | Unset): US edition only
        target_bonus (None | str | Unset): an amount exact to the cent, as a string; US edition only
        employee_address (EmployeeAddress | Unset): qbXML EmployeeAddress in snake_case.
        print_as (str | Unset):
        phone (str | Unset):
        mobile (str | Unset):
        pager (str | Unset):
        pager_pin (str | Unset):
        alt_phone (str | Unset):
        fax (str | Unset):
        ssn (str | Unset):
        email (str | Unset):
        additional_contact_ref (list[AdditionalContactRef] | Unset):
        emergency_contacts (EmergencyContacts | Unset): qbXML EmergencyContacts in snake_case.
        employee_type (EmployeeRecordEmployeeType | Unset):
        part_or_full_time (EmployeeRecordPartOrFullTime | Unset): US edition only
        exempt (EmployeeRecordExempt | Unset): US edition only
        key_employee (EmployeeRecordKeyEmployee | Unset): US edition only
        gender (EmployeeRecordGender | Unset):
        hired_date (datetime.date | None | Unset):
        original_hire_date (datetime.date | None | Unset): US edition only
        adjusted_service_date (datetime.date | None | Unset): US edition only
        released_date (datetime.date | None | Unset):
        birth_date (datetime.date | None | Unset):
        us_citizen (EmployeeRecordUsCitizen | Unset): US edition only
        ethnicity (EmployeeRecordEthnicity | Unset): US edition only
        disabled (EmployeeRecordDisabled | Unset): US edition only
        disability_desc (str | Unset): US edition only
        on_file (EmployeeRecordOnFile | Unset): US edition only
        work_auth_expire_date (datetime.date | None | Unset): US edition only
        us_veteran (EmployeeRecordUsVeteran | Unset): US edition only
        military_status (EmployeeRecordMilitaryStatus | Unset): US edition only
        account_number (str | Unset):
        notes (str | Unset):
        additional_notes_ret (list[AdditionalNotesRet] | Unset):
        billing_rate_ref (BillingRateRef | Unset): qbXML BillingRateRef in snake_case.
        employee_payroll_info (EmployeePayrollInfo | Unset): qbXML EmployeePayrollInfo in snake_case.
        external_guid (None | str | Unset):
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["employee"]
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
    salutation: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    suffix: str | Unset = UNSET
    job_title: str | Unset = UNSET
    supervisor_ref: SupervisorRef | Unset = UNSET
    department: str | Unset = UNSET
    description: str | Unset = UNSET
    target_bonus: None | str | Unset = UNSET
    employee_address: EmployeeAddress | Unset = UNSET
    print_as: str | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    pager: str | Unset = UNSET
    pager_pin: str | Unset = UNSET
    alt_phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    ssn: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_contact_ref: list[AdditionalContactRef] | Unset = UNSET
    emergency_contacts: EmergencyContacts | Unset = UNSET
    employee_type: EmployeeRecordEmployeeType | Unset = UNSET
    part_or_full_time: EmployeeRecordPartOrFullTime | Unset = UNSET
    exempt: EmployeeRecordExempt | Unset = UNSET
    key_employee: EmployeeRecordKeyEmployee | Unset = UNSET
    gender: EmployeeRecordGender | Unset = UNSET
    hired_date: datetime.date | None | Unset = UNSET
    original_hire_date: datetime.date | None | Unset = UNSET
    adjusted_service_date: datetime.date | None | Unset = UNSET
    released_date: datetime.date | None | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    us_citizen: EmployeeRecordUsCitizen | Unset = UNSET
    ethnicity: EmployeeRecordEthnicity | Unset = UNSET
    disabled: EmployeeRecordDisabled | Unset = UNSET
    disability_desc: str | Unset = UNSET
    on_file: EmployeeRecordOnFile | Unset = UNSET
    work_auth_expire_date: datetime.date | None | Unset = UNSET
    us_veteran: EmployeeRecordUsVeteran | Unset = UNSET
    military_status: EmployeeRecordMilitaryStatus | Unset = UNSET
    account_number: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_notes_ret: list[AdditionalNotesRet] | Unset = UNSET
    billing_rate_ref: BillingRateRef | Unset = UNSET
    employee_payroll_info: EmployeePayrollInfo | Unset = UNSET
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

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
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

        target_bonus: None | str | Unset
        if isinstance(self.target_bonus, Unset):
            target_bonus = UNSET
        else:
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

        hired_date: None | str | Unset
        if isinstance(self.hired_date, Unset):
            hired_date = UNSET
        elif isinstance(self.hired_date, datetime.date):
            hired_date = self.hired_date.isoformat()
        else:
            hired_date = self.hired_date

        original_hire_date: None | str | Unset
        if isinstance(self.original_hire_date, Unset):
            original_hire_date = UNSET
        elif isinstance(self.original_hire_date, datetime.date):
            original_hire_date = self.original_hire_date.isoformat()
        else:
            original_hire_date = self.original_hire_date

        adjusted_service_date: None | str | Unset
        if isinstance(self.adjusted_service_date, Unset):
            adjusted_service_date = UNSET
        elif isinstance(self.adjusted_service_date, datetime.date):
            adjusted_service_date = self.adjusted_service_date.isoformat()
        else:
            adjusted_service_date = self.adjusted_service_date

        released_date: None | str | Unset
        if isinstance(self.released_date, Unset):
            released_date = UNSET
        elif isinstance(self.released_date, datetime.date):
            released_date = self.released_date.isoformat()
        else:
            released_date = self.released_date

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

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

        work_auth_expire_date: None | str | Unset
        if isinstance(self.work_auth_expire_date, Unset):
            work_auth_expire_date = UNSET
        elif isinstance(self.work_auth_expire_date, datetime.date):
            work_auth_expire_date = self.work_auth_expire_date.isoformat()
        else:
            work_auth_expire_date = self.work_auth_expire_date

        us_veteran: str | Unset = UNSET
        if not isinstance(self.us_veteran, Unset):
            us_veteran = self.us_veteran.value

        military_status: str | Unset = UNSET
        if not isinstance(self.military_status, Unset):
            military_status = self.military_status.value

        account_number = self.account_number

        notes = self.notes

        additional_notes_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_notes_ret, Unset):
            additional_notes_ret = []
            for additional_notes_ret_item_data in self.additional_notes_ret:
                additional_notes_ret_item = additional_notes_ret_item_data.to_dict()
                additional_notes_ret.append(additional_notes_ret_item)

        billing_rate_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_rate_ref, Unset):
            billing_rate_ref = self.billing_rate_ref.to_dict()

        employee_payroll_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_payroll_info, Unset):
            employee_payroll_info = self.employee_payroll_info.to_dict()

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
        if additional_notes_ret is not UNSET:
            field_dict["additional_notes_ret"] = additional_notes_ret
        if billing_rate_ref is not UNSET:
            field_dict["billing_rate_ref"] = billing_rate_ref
        if employee_payroll_info is not UNSET:
            field_dict["employee_payroll_info"] = employee_payroll_info
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_contact_ref import AdditionalContactRef  # noqa: PLC0415
        from ..models.additional_notes_ret import AdditionalNotesRet  # noqa: PLC0415
        from ..models.billing_rate_ref import BillingRateRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.emergency_contacts import EmergencyContacts  # noqa: PLC0415
        from ..models.employee_address import EmployeeAddress  # noqa: PLC0415
        from ..models.employee_payroll_info import EmployeePayrollInfo  # noqa: PLC0415
        from ..models.supervisor_ref import SupervisorRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["employee"], d.pop("object"))
        if object_ != "employee":
            raise ValueError(f"object must match const 'employee', got '{object_}'")

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

        salutation = d.pop("salutation", UNSET)

        first_name = d.pop("first_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        suffix = d.pop("suffix", UNSET)

        job_title = d.pop("job_title", UNSET)

        _supervisor_ref = d.pop("supervisor_ref", UNSET)
        supervisor_ref: SupervisorRef | Unset
        if isinstance(_supervisor_ref, Unset):
            supervisor_ref = UNSET
        else:
            supervisor_ref = SupervisorRef.from_dict(_supervisor_ref)

        department = d.pop("department", UNSET)

        description = d.pop("description", UNSET)

        def _parse_target_bonus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_bonus = _parse_target_bonus(d.pop("target_bonus", UNSET))

        _employee_address = d.pop("employee_address", UNSET)
        employee_address: EmployeeAddress | Unset
        if isinstance(_employee_address, Unset):
            employee_address = UNSET
        else:
            employee_address = EmployeeAddress.from_dict(_employee_address)

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
        additional_contact_ref: list[AdditionalContactRef] | Unset = UNSET
        if _additional_contact_ref is not UNSET:
            additional_contact_ref = []
            for additional_contact_ref_item_data in _additional_contact_ref:
                additional_contact_ref_item = AdditionalContactRef.from_dict(additional_contact_ref_item_data)

                additional_contact_ref.append(additional_contact_ref_item)

        _emergency_contacts = d.pop("emergency_contacts", UNSET)
        emergency_contacts: EmergencyContacts | Unset
        if isinstance(_emergency_contacts, Unset):
            emergency_contacts = UNSET
        else:
            emergency_contacts = EmergencyContacts.from_dict(_emergency_contacts)

        _employee_type = d.pop("employee_type", UNSET)
        employee_type: EmployeeRecordEmployeeType | Unset
        if isinstance(_employee_type, Unset):
            employee_type = UNSET
        else:
            employee_type = EmployeeRecordEmployeeType(_employee_type)

        _part_or_full_time = d.pop("part_or_full_time", UNSET)
        part_or_full_time: EmployeeRecordPartOrFullTime | Unset
        if isinstance(_part_or_full_time, Unset):
            part_or_full_time = UNSET
        else:
            part_or_full_time = EmployeeRecordPartOrFullTime(_part_or_full_time)

        _exempt = d.pop("exempt", UNSET)
        exempt: EmployeeRecordExempt | Unset
        if isinstance(_exempt, Unset):
            exempt = UNSET
        else:
            exempt = EmployeeRecordExempt(_exempt)

        _key_employee = d.pop("key_employee", UNSET)
        key_employee: EmployeeRecordKeyEmployee | Unset
        if isinstance(_key_employee, Unset):
            key_employee = UNSET
        else:
            key_employee = EmployeeRecordKeyEmployee(_key_employee)

        _gender = d.pop("gender", UNSET)
        gender: EmployeeRecordGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = EmployeeRecordGender(_gender)

        def _parse_hired_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hired_date_type_0 = datetime.date.fromisoformat(data)

                return hired_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        hired_date = _parse_hired_date(d.pop("hired_date", UNSET))

        def _parse_original_hire_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                original_hire_date_type_0 = datetime.date.fromisoformat(data)

                return original_hire_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        original_hire_date = _parse_original_hire_date(d.pop("original_hire_date", UNSET))

        def _parse_adjusted_service_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                adjusted_service_date_type_0 = datetime.date.fromisoformat(data)

                return adjusted_service_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        adjusted_service_date = _parse_adjusted_service_date(d.pop("adjusted_service_date", UNSET))

        def _parse_released_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_date_type_0 = datetime.date.fromisoformat(data)

                return released_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        released_date = _parse_released_date(d.pop("released_date", UNSET))

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        _us_citizen = d.pop("us_citizen", UNSET)
        us_citizen: EmployeeRecordUsCitizen | Unset
        if isinstance(_us_citizen, Unset):
            us_citizen = UNSET
        else:
            us_citizen = EmployeeRecordUsCitizen(_us_citizen)

        _ethnicity = d.pop("ethnicity", UNSET)
        ethnicity: EmployeeRecordEthnicity | Unset
        if isinstance(_ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = EmployeeRecordEthnicity(_ethnicity)

        _disabled = d.pop("disabled", UNSET)
        disabled: EmployeeRecordDisabled | Unset
        if isinstance(_disabled, Unset):
            disabled = UNSET
        else:
            disabled = EmployeeRecordDisabled(_disabled)

        disability_desc = d.pop("disability_desc", UNSET)

        _on_file = d.pop("on_file", UNSET)
        on_file: EmployeeRecordOnFile | Unset
        if isinstance(_on_file, Unset):
            on_file = UNSET
        else:
            on_file = EmployeeRecordOnFile(_on_file)

        def _parse_work_auth_expire_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                work_auth_expire_date_type_0 = datetime.date.fromisoformat(data)

                return work_auth_expire_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        work_auth_expire_date = _parse_work_auth_expire_date(d.pop("work_auth_expire_date", UNSET))

        _us_veteran = d.pop("us_veteran", UNSET)
        us_veteran: EmployeeRecordUsVeteran | Unset
        if isinstance(_us_veteran, Unset):
            us_veteran = UNSET
        else:
            us_veteran = EmployeeRecordUsVeteran(_us_veteran)

        _military_status = d.pop("military_status", UNSET)
        military_status: EmployeeRecordMilitaryStatus | Unset
        if isinstance(_military_status, Unset):
            military_status = UNSET
        else:
            military_status = EmployeeRecordMilitaryStatus(_military_status)

        account_number = d.pop("account_number", UNSET)

        notes = d.pop("notes", UNSET)

        _additional_notes_ret = d.pop("additional_notes_ret", UNSET)
        additional_notes_ret: list[AdditionalNotesRet] | Unset = UNSET
        if _additional_notes_ret is not UNSET:
            additional_notes_ret = []
            for additional_notes_ret_item_data in _additional_notes_ret:
                additional_notes_ret_item = AdditionalNotesRet.from_dict(additional_notes_ret_item_data)

                additional_notes_ret.append(additional_notes_ret_item)

        _billing_rate_ref = d.pop("billing_rate_ref", UNSET)
        billing_rate_ref: BillingRateRef | Unset
        if isinstance(_billing_rate_ref, Unset):
            billing_rate_ref = UNSET
        else:
            billing_rate_ref = BillingRateRef.from_dict(_billing_rate_ref)

        _employee_payroll_info = d.pop("employee_payroll_info", UNSET)
        employee_payroll_info: EmployeePayrollInfo | Unset
        if isinstance(_employee_payroll_info, Unset):
            employee_payroll_info = UNSET
        else:
            employee_payroll_info = EmployeePayrollInfo.from_dict(_employee_payroll_info)

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

        employee_record = cls(
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
            additional_notes_ret=additional_notes_ret,
            billing_rate_ref=billing_rate_ref,
            employee_payroll_info=employee_payroll_info,
            external_guid=external_guid,
            data_ext_ret=data_ext_ret,
        )

        employee_record.additional_properties = d
        return employee_record

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
