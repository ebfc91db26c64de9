from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_out_quickbooks_type_0 import LinkOutQuickbooksType0
    from ..models.link_out_sync import LinkOutSync


T = TypeVar("T", bound="LinkOut")


@_attrs_define
class LinkOut:
    """A link as the set-up page and the API show it.

    Attributes:
        id (str):
        name (str):
        region (str):
        state (str):
        state_reason (None | str):
        user_facing_message (str):
        integration_code (None | str):
        license_key_last4 (str):
        machine_name (None | str):
        connector_version (None | str):
        company_name (None | str):
        company_file (None | str):
        quickbooks (LinkOutQuickbooksType0 | None):
        claimed_at (None | str):
        verified_at (None | str):
        last_seen_at (None | str):
        last_sync_at (None | str):
        sync (LinkOutSync):
        created_at (None | str):
        disabled_at (None | str):
        object_ (str | Unset):  Default: 'link'.
        license_key (None | str | Unset):
    """

    id: str
    name: str
    region: str
    state: str
    state_reason: None | str
    user_facing_message: str
    integration_code: None | str
    license_key_last4: str
    machine_name: None | str
    connector_version: None | str
    company_name: None | str
    company_file: None | str
    quickbooks: LinkOutQuickbooksType0 | None
    claimed_at: None | str
    verified_at: None | str
    last_seen_at: None | str
    last_sync_at: None | str
    sync: LinkOutSync
    created_at: None | str
    disabled_at: None | str
    object_: str | Unset = "link"
    license_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link_out_quickbooks_type_0 import LinkOutQuickbooksType0  # noqa: PLC0415

        id = self.id

        name = self.name

        region = self.region

        state = self.state

        state_reason: None | str
        state_reason = self.state_reason

        user_facing_message = self.user_facing_message

        integration_code: None | str
        integration_code = self.integration_code

        license_key_last4 = self.license_key_last4

        machine_name: None | str
        machine_name = self.machine_name

        connector_version: None | str
        connector_version = self.connector_version

        company_name: None | str
        company_name = self.company_name

        company_file: None | str
        company_file = self.company_file

        quickbooks: dict[str, Any] | None
        if isinstance(self.quickbooks, LinkOutQuickbooksType0):
            quickbooks = self.quickbooks.to_dict()
        else:
            quickbooks = self.quickbooks

        claimed_at: None | str
        claimed_at = self.claimed_at

        verified_at: None | str
        verified_at = self.verified_at

        last_seen_at: None | str
        last_seen_at = self.last_seen_at

        last_sync_at: None | str
        last_sync_at = self.last_sync_at

        sync = self.sync.to_dict()

        created_at: None | str
        created_at = self.created_at

        disabled_at: None | str
        disabled_at = self.disabled_at

        object_ = self.object_

        license_key: None | str | Unset
        if isinstance(self.license_key, Unset):
            license_key = UNSET
        else:
            license_key = self.license_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "region": region,
                "state": state,
                "state_reason": state_reason,
                "user_facing_message": user_facing_message,
                "integration_code": integration_code,
                "license_key_last4": license_key_last4,
                "machine_name": machine_name,
                "connector_version": connector_version,
                "company_name": company_name,
                "company_file": company_file,
                "quickbooks": quickbooks,
                "claimed_at": claimed_at,
                "verified_at": verified_at,
                "last_seen_at": last_seen_at,
                "last_sync_at": last_sync_at,
                "sync": sync,
                "created_at": created_at,
                "disabled_at": disabled_at,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if license_key is not UNSET:
            field_dict["license_key"] = license_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_out_quickbooks_type_0 import LinkOutQuickbooksType0  # noqa: PLC0415
        from ..models.link_out_sync import LinkOutSync  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        region = d.pop("region")

        state = d.pop("state")

        def _parse_state_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state_reason = _parse_state_reason(d.pop("state_reason"))

        user_facing_message = d.pop("user_facing_message")

        def _parse_integration_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        integration_code = _parse_integration_code(d.pop("integration_code"))

        license_key_last4 = d.pop("license_key_last4")

        def _parse_machine_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        machine_name = _parse_machine_name(d.pop("machine_name"))

        def _parse_connector_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        connector_version = _parse_connector_version(d.pop("connector_version"))

        def _parse_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_name = _parse_company_name(d.pop("company_name"))

        def _parse_company_file(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_file = _parse_company_file(d.pop("company_file"))

        def _parse_quickbooks(data: object) -> LinkOutQuickbooksType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quickbooks_type_0 = LinkOutQuickbooksType0.from_dict(data)

                return quickbooks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkOutQuickbooksType0 | None, data)

        quickbooks = _parse_quickbooks(d.pop("quickbooks"))

        def _parse_claimed_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        claimed_at = _parse_claimed_at(d.pop("claimed_at"))

        def _parse_verified_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verified_at = _parse_verified_at(d.pop("verified_at"))

        def _parse_last_seen_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at"))

        def _parse_last_sync_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_sync_at = _parse_last_sync_at(d.pop("last_sync_at"))

        sync = LinkOutSync.from_dict(d.pop("sync"))

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_disabled_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))

        object_ = d.pop("object", UNSET)

        def _parse_license_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_key = _parse_license_key(d.pop("license_key", UNSET))

        link_out = cls(
            id=id,
            name=name,
            region=region,
            state=state,
            state_reason=state_reason,
            user_facing_message=user_facing_message,
            integration_code=integration_code,
            license_key_last4=license_key_last4,
            machine_name=machine_name,
            connector_version=connector_version,
            company_name=company_name,
            company_file=company_file,
            quickbooks=quickbooks,
            claimed_at=claimed_at,
            verified_at=verified_at,
            last_seen_at=last_seen_at,
            last_sync_at=last_sync_at,
            sync=sync,
            created_at=created_at,
            disabled_at=disabled_at,
            object_=object_,
            license_key=license_key,
        )

        link_out.additional_properties = d
        return link_out

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
