from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_account_ref_input import APAccountRefInput
    from ..models.applied_to_txn_add import AppliedToTxnAdd
    from ..models.bank_account_ref_input import BankAccountRefInput
    from ..models.payee_entity_ref_input import PayeeEntityRefInput


T = TypeVar("T", bound="BillPaymentCheckCreate")


@_attrs_define
class BillPaymentCheckCreate:
    """Create one of bill_payments: qbXML BillPaymentCheckAdd in snake_case.

    Attributes:
        payee_entity_ref (PayeeEntityRefInput): qbXML PayeeEntityRef in snake_case.
        bank_account_ref (BankAccountRefInput): qbXML BankAccountRef in snake_case.
        applied_to_txn_add (list[AppliedToTxnAdd]):
        ap_account_ref (APAccountRefInput | Unset): qbXML APAccountRef in snake_case.
        txn_date (datetime.date | Unset):
        is_to_be_printed (bool | Unset):
        ref_number (str | Unset):
        memo (str | Unset):
        exchange_rate (str | Unset): a decimal number, as a string
        external_guid (str | Unset):
    """

    payee_entity_ref: PayeeEntityRefInput
    bank_account_ref: BankAccountRefInput
    applied_to_txn_add: list[AppliedToTxnAdd]
    ap_account_ref: APAccountRefInput | Unset = UNSET
    txn_date: datetime.date | Unset = UNSET
    is_to_be_printed: bool | Unset = UNSET
    ref_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    external_guid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        payee_entity_ref = self.payee_entity_ref.to_dict()

        bank_account_ref = self.bank_account_ref.to_dict()

        applied_to_txn_add = []
        for applied_to_txn_add_item_data in self.applied_to_txn_add:
            applied_to_txn_add_item = applied_to_txn_add_item_data.to_dict()
            applied_to_txn_add.append(applied_to_txn_add_item)

        ap_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ap_account_ref, Unset):
            ap_account_ref = self.ap_account_ref.to_dict()

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        is_to_be_printed = self.is_to_be_printed

        ref_number = self.ref_number

        memo = self.memo

        exchange_rate = self.exchange_rate

        external_guid = self.external_guid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payee_entity_ref": payee_entity_ref,
                "bank_account_ref": bank_account_ref,
                "applied_to_txn_add": applied_to_txn_add,
            }
        )
        if ap_account_ref is not UNSET:
            field_dict["ap_account_ref"] = ap_account_ref
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if is_to_be_printed is not UNSET:
            field_dict["is_to_be_printed"] = is_to_be_printed
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ap_account_ref_input import APAccountRefInput  # noqa: PLC0415
        from ..models.applied_to_txn_add import AppliedToTxnAdd  # noqa: PLC0415
        from ..models.bank_account_ref_input import BankAccountRefInput  # noqa: PLC0415
        from ..models.payee_entity_ref_input import PayeeEntityRefInput  # noqa: PLC0415

        d = dict(src_dict)
        payee_entity_ref = PayeeEntityRefInput.from_dict(d.pop("payee_entity_ref"))

        bank_account_ref = BankAccountRefInput.from_dict(d.pop("bank_account_ref"))

        applied_to_txn_add = []
        _applied_to_txn_add = d.pop("applied_to_txn_add")
        for applied_to_txn_add_item_data in _applied_to_txn_add:
            applied_to_txn_add_item = AppliedToTxnAdd.from_dict(applied_to_txn_add_item_data)

            applied_to_txn_add.append(applied_to_txn_add_item)

        _ap_account_ref = d.pop("ap_account_ref", UNSET)
        ap_account_ref: APAccountRefInput | Unset
        if isinstance(_ap_account_ref, Unset):
            ap_account_ref = UNSET
        else:
            ap_account_ref = APAccountRefInput.from_dict(_ap_account_ref)

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        is_to_be_printed = d.pop("is_to_be_printed", UNSET)

        ref_number = d.pop("ref_number", UNSET)

        memo = d.pop("memo", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)

        external_guid = d.pop("external_guid", UNSET)

        bill_payment_check_create = cls(
            payee_entity_ref=payee_entity_ref,
            bank_account_ref=bank_account_ref,
            applied_to_txn_add=applied_to_txn_add,
            ap_account_ref=ap_account_ref,
            txn_date=txn_date,
            is_to_be_printed=is_to_be_printed,
            ref_number=ref_number,
            memo=memo,
            exchange_rate=exchange_rate,
            external_guid=external_guid,
        )

        return bill_payment_check_create
