from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.class_ref_input import ClassRefInput
    from ..models.transfer_from_account_ref_input import TransferFromAccountRefInput
    from ..models.transfer_to_account_ref_input import TransferToAccountRefInput


T = TypeVar("T", bound="TransferUpdate")


@_attrs_define
class TransferUpdate:
    """Change one of transfers: qbXML TransferMod in snake_case.

    Attributes:
        revision (str): the record's revision when you read it (QuickBooks' EditSequence)
        txn_date (datetime.date | Unset):
        transfer_from_account_ref (TransferFromAccountRefInput | Unset): qbXML TransferFromAccountRef in snake_case.
        transfer_to_account_ref (TransferToAccountRefInput | Unset): qbXML TransferToAccountRef in snake_case.
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        amount (str | Unset): an amount exact to the cent, as a string
        memo (str | Unset):
    """

    revision: str
    txn_date: datetime.date | Unset = UNSET
    transfer_from_account_ref: TransferFromAccountRefInput | Unset = UNSET
    transfer_to_account_ref: TransferToAccountRefInput | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    amount: str | Unset = UNSET
    memo: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        transfer_from_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_from_account_ref, Unset):
            transfer_from_account_ref = self.transfer_from_account_ref.to_dict()

        transfer_to_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_to_account_ref, Unset):
            transfer_to_account_ref = self.transfer_to_account_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        amount = self.amount

        memo = self.memo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if transfer_from_account_ref is not UNSET:
            field_dict["transfer_from_account_ref"] = transfer_from_account_ref
        if transfer_to_account_ref is not UNSET:
            field_dict["transfer_to_account_ref"] = transfer_to_account_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if amount is not UNSET:
            field_dict["amount"] = amount
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.transfer_from_account_ref_input import TransferFromAccountRefInput  # noqa: PLC0415
        from ..models.transfer_to_account_ref_input import TransferToAccountRefInput  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision")

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        _transfer_from_account_ref = d.pop("transfer_from_account_ref", UNSET)
        transfer_from_account_ref: TransferFromAccountRefInput | Unset
        if isinstance(_transfer_from_account_ref, Unset):
            transfer_from_account_ref = UNSET
        else:
            transfer_from_account_ref = TransferFromAccountRefInput.from_dict(_transfer_from_account_ref)

        _transfer_to_account_ref = d.pop("transfer_to_account_ref", UNSET)
        transfer_to_account_ref: TransferToAccountRefInput | Unset
        if isinstance(_transfer_to_account_ref, Unset):
            transfer_to_account_ref = UNSET
        else:
            transfer_to_account_ref = TransferToAccountRefInput.from_dict(_transfer_to_account_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        amount = d.pop("amount", UNSET)

        memo = d.pop("memo", UNSET)

        transfer_update = cls(
            revision=revision,
            txn_date=txn_date,
            transfer_from_account_ref=transfer_from_account_ref,
            transfer_to_account_ref=transfer_to_account_ref,
            class_ref=class_ref,
            amount=amount,
            memo=memo,
        )

        return transfer_update
