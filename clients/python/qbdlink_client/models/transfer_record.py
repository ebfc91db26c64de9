from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref import ClassRef
    from ..models.transfer_from_account_ref import TransferFromAccountRef
    from ..models.transfer_to_account_ref import TransferToAccountRef


T = TypeVar("T", bound="TransferRecord")


@_attrs_define
class TransferRecord:
    """One of the link's transfers: qbXML TransferRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['transfer']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        txn_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        txn_number (int | None | Unset):
        txn_date (datetime.date | None | Unset):
        transfer_from_account_ref (TransferFromAccountRef | Unset): qbXML TransferFromAccountRef in snake_case.
        from_account_balance (None | str | Unset): an amount exact to the cent, as a string
        transfer_to_account_ref (TransferToAccountRef | Unset): qbXML TransferToAccountRef in snake_case.
        to_account_balance (None | str | Unset): an amount exact to the cent, as a string
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        amount (None | str | Unset): an amount exact to the cent, as a string
        memo (str | Unset):
    """

    id: str
    object_: Literal["transfer"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    txn_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    txn_number: int | None | Unset = UNSET
    txn_date: datetime.date | None | Unset = UNSET
    transfer_from_account_ref: TransferFromAccountRef | Unset = UNSET
    from_account_balance: None | str | Unset = UNSET
    transfer_to_account_ref: TransferToAccountRef | Unset = UNSET
    to_account_balance: None | str | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    amount: None | str | Unset = UNSET
    memo: str | Unset = UNSET
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

        txn_id = self.txn_id

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

        txn_number: int | None | Unset
        if isinstance(self.txn_number, Unset):
            txn_number = UNSET
        else:
            txn_number = self.txn_number

        txn_date: None | str | Unset
        if isinstance(self.txn_date, Unset):
            txn_date = UNSET
        elif isinstance(self.txn_date, datetime.date):
            txn_date = self.txn_date.isoformat()
        else:
            txn_date = self.txn_date

        transfer_from_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_from_account_ref, Unset):
            transfer_from_account_ref = self.transfer_from_account_ref.to_dict()

        from_account_balance: None | str | Unset
        if isinstance(self.from_account_balance, Unset):
            from_account_balance = UNSET
        else:
            from_account_balance = self.from_account_balance

        transfer_to_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_to_account_ref, Unset):
            transfer_to_account_ref = self.transfer_to_account_ref.to_dict()

        to_account_balance: None | str | Unset
        if isinstance(self.to_account_balance, Unset):
            to_account_balance = UNSET
        else:
            to_account_balance = self.to_account_balance

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        memo = self.memo

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
        if txn_id is not UNSET:
            field_dict["txn_id"] = txn_id
        if time_created is not UNSET:
            field_dict["time_created"] = time_created
        if time_modified is not UNSET:
            field_dict["time_modified"] = time_modified
        if edit_sequence is not UNSET:
            field_dict["edit_sequence"] = edit_sequence
        if txn_number is not UNSET:
            field_dict["txn_number"] = txn_number
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if transfer_from_account_ref is not UNSET:
            field_dict["transfer_from_account_ref"] = transfer_from_account_ref
        if from_account_balance is not UNSET:
            field_dict["from_account_balance"] = from_account_balance
        if transfer_to_account_ref is not UNSET:
            field_dict["transfer_to_account_ref"] = transfer_to_account_ref
        if to_account_balance is not UNSET:
            field_dict["to_account_balance"] = to_account_balance
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if amount is not UNSET:
            field_dict["amount"] = amount
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.transfer_from_account_ref import TransferFromAccountRef  # noqa: PLC0415
        from ..models.transfer_to_account_ref import TransferToAccountRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["transfer"], d.pop("object"))
        if object_ != "transfer":
            raise ValueError(f"object must match const 'transfer', got '{object_}'")

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

        txn_id = d.pop("txn_id", UNSET)

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

        def _parse_txn_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        txn_number = _parse_txn_number(d.pop("txn_number", UNSET))

        def _parse_txn_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                txn_date_type_0 = datetime.date.fromisoformat(data)

                return txn_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        txn_date = _parse_txn_date(d.pop("txn_date", UNSET))

        _transfer_from_account_ref = d.pop("transfer_from_account_ref", UNSET)
        transfer_from_account_ref: TransferFromAccountRef | Unset
        if isinstance(_transfer_from_account_ref, Unset):
            transfer_from_account_ref = UNSET
        else:
            transfer_from_account_ref = TransferFromAccountRef.from_dict(_transfer_from_account_ref)

        def _parse_from_account_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_account_balance = _parse_from_account_balance(d.pop("from_account_balance", UNSET))

        _transfer_to_account_ref = d.pop("transfer_to_account_ref", UNSET)
        transfer_to_account_ref: TransferToAccountRef | Unset
        if isinstance(_transfer_to_account_ref, Unset):
            transfer_to_account_ref = UNSET
        else:
            transfer_to_account_ref = TransferToAccountRef.from_dict(_transfer_to_account_ref)

        def _parse_to_account_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_account_balance = _parse_to_account_balance(d.pop("to_account_balance", UNSET))

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRef | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRef.from_dict(_class_ref)

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        memo = d.pop("memo", UNSET)

        transfer_record = cls(
            id=id,
            object_=object_,
            revision=revision,
            updated_at=updated_at,
            deleted=deleted,
            deleted_at=deleted_at,
            txn_id=txn_id,
            time_created=time_created,
            time_modified=time_modified,
            edit_sequence=edit_sequence,
            txn_number=txn_number,
            txn_date=txn_date,
            transfer_from_account_ref=transfer_from_account_ref,
            from_account_balance=from_account_balance,
            transfer_to_account_ref=transfer_to_account_ref,
            to_account_balance=to_account_balance,
            class_ref=class_ref,
            amount=amount,
            memo=memo,
        )

        transfer_record.additional_properties = d
        return transfer_record

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
