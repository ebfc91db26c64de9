from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applied_to_txn_add import AppliedToTxnAdd
    from ..models.ar_account_ref_input import ARAccountRefInput
    from ..models.credit_card_txn_info_input import CreditCardTxnInfoInput
    from ..models.customer_ref_input import CustomerRefInput
    from ..models.deposit_to_account_ref_input import DepositToAccountRefInput
    from ..models.payment_method_ref_input import PaymentMethodRefInput


T = TypeVar("T", bound="ReceivePaymentCreate")


@_attrs_define
class ReceivePaymentCreate:
    """Create one of receive_payments: qbXML ReceivePaymentAdd in snake_case.

    Attributes:
        customer_ref (CustomerRefInput): qbXML CustomerRef in snake_case.
        ar_account_ref (ARAccountRefInput | Unset): qbXML ARAccountRef in snake_case.
        txn_date (datetime.date | Unset):
        ref_number (str | Unset):
        total_amount (str | Unset): an amount exact to the cent, as a string
        exchange_rate (str | Unset): a decimal number, as a string
        payment_method_ref (PaymentMethodRefInput | Unset): qbXML PaymentMethodRef in snake_case.
        memo (str | Unset):
        deposit_to_account_ref (DepositToAccountRefInput | Unset): qbXML DepositToAccountRef in snake_case.
        credit_card_txn_info (CreditCardTxnInfoInput | Unset): qbXML CreditCardTxnInfo in snake_case.
        external_guid (str | Unset):
        is_auto_apply (bool | Unset):
        applied_to_txn_add (list[AppliedToTxnAdd] | Unset):
    """

    customer_ref: CustomerRefInput
    ar_account_ref: ARAccountRefInput | Unset = UNSET
    txn_date: datetime.date | Unset = UNSET
    ref_number: str | Unset = UNSET
    total_amount: str | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    payment_method_ref: PaymentMethodRefInput | Unset = UNSET
    memo: str | Unset = UNSET
    deposit_to_account_ref: DepositToAccountRefInput | Unset = UNSET
    credit_card_txn_info: CreditCardTxnInfoInput | Unset = UNSET
    external_guid: str | Unset = UNSET
    is_auto_apply: bool | Unset = UNSET
    applied_to_txn_add: list[AppliedToTxnAdd] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_ref = self.customer_ref.to_dict()

        ar_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ar_account_ref, Unset):
            ar_account_ref = self.ar_account_ref.to_dict()

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        ref_number = self.ref_number

        total_amount = self.total_amount

        exchange_rate = self.exchange_rate

        payment_method_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_ref, Unset):
            payment_method_ref = self.payment_method_ref.to_dict()

        memo = self.memo

        deposit_to_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_to_account_ref, Unset):
            deposit_to_account_ref = self.deposit_to_account_ref.to_dict()

        credit_card_txn_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_card_txn_info, Unset):
            credit_card_txn_info = self.credit_card_txn_info.to_dict()

        external_guid = self.external_guid

        is_auto_apply = self.is_auto_apply

        applied_to_txn_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applied_to_txn_add, Unset):
            applied_to_txn_add = []
            for applied_to_txn_add_item_data in self.applied_to_txn_add:
                applied_to_txn_add_item = applied_to_txn_add_item_data.to_dict()
                applied_to_txn_add.append(applied_to_txn_add_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_ref": customer_ref,
            }
        )
        if ar_account_ref is not UNSET:
            field_dict["ar_account_ref"] = ar_account_ref
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if payment_method_ref is not UNSET:
            field_dict["payment_method_ref"] = payment_method_ref
        if memo is not UNSET:
            field_dict["memo"] = memo
        if deposit_to_account_ref is not UNSET:
            field_dict["deposit_to_account_ref"] = deposit_to_account_ref
        if credit_card_txn_info is not UNSET:
            field_dict["credit_card_txn_info"] = credit_card_txn_info
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if is_auto_apply is not UNSET:
            field_dict["is_auto_apply"] = is_auto_apply
        if applied_to_txn_add is not UNSET:
            field_dict["applied_to_txn_add"] = applied_to_txn_add

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applied_to_txn_add import AppliedToTxnAdd  # noqa: PLC0415
        from ..models.ar_account_ref_input import ARAccountRefInput  # noqa: PLC0415
        from ..models.credit_card_txn_info_input import CreditCardTxnInfoInput  # noqa: PLC0415
        from ..models.customer_ref_input import CustomerRefInput  # noqa: PLC0415
        from ..models.deposit_to_account_ref_input import DepositToAccountRefInput  # noqa: PLC0415
        from ..models.payment_method_ref_input import PaymentMethodRefInput  # noqa: PLC0415

        d = dict(src_dict)
        customer_ref = CustomerRefInput.from_dict(d.pop("customer_ref"))

        _ar_account_ref = d.pop("ar_account_ref", UNSET)
        ar_account_ref: ARAccountRefInput | Unset
        if isinstance(_ar_account_ref, Unset):
            ar_account_ref = UNSET
        else:
            ar_account_ref = ARAccountRefInput.from_dict(_ar_account_ref)

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        ref_number = d.pop("ref_number", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)

        _payment_method_ref = d.pop("payment_method_ref", UNSET)
        payment_method_ref: PaymentMethodRefInput | Unset
        if isinstance(_payment_method_ref, Unset):
            payment_method_ref = UNSET
        else:
            payment_method_ref = PaymentMethodRefInput.from_dict(_payment_method_ref)

        memo = d.pop("memo", UNSET)

        _deposit_to_account_ref = d.pop("deposit_to_account_ref", UNSET)
        deposit_to_account_ref: DepositToAccountRefInput | Unset
        if isinstance(_deposit_to_account_ref, Unset):
            deposit_to_account_ref = UNSET
        else:
            deposit_to_account_ref = DepositToAccountRefInput.from_dict(_deposit_to_account_ref)

        _credit_card_txn_info = d.pop("credit_card_txn_info", UNSET)
        credit_card_txn_info: CreditCardTxnInfoInput | Unset
        if isinstance(_credit_card_txn_info, Unset):
            credit_card_txn_info = UNSET
        else:
            credit_card_txn_info = CreditCardTxnInfoInput.from_dict(_credit_card_txn_info)

        external_guid = d.pop("external_guid", UNSET)

        is_auto_apply = d.pop("is_auto_apply", UNSET)

        _applied_to_txn_add = d.pop("applied_to_txn_add", UNSET)
        applied_to_txn_add: list[AppliedToTxnAdd] | Unset = UNSET
        if _applied_to_txn_add is not UNSET:
            applied_to_txn_add = []
            for applied_to_txn_add_item_data in _applied_to_txn_add:
                applied_to_txn_add_item = AppliedToTxnAdd.from_dict(applied_to_txn_add_item_data)

                applied_to_txn_add.append(applied_to_txn_add_item)

        receive_payment_create = cls(
            customer_ref=customer_ref,
            ar_account_ref=ar_account_ref,
            txn_date=txn_date,
            ref_number=ref_number,
            total_amount=total_amount,
            exchange_rate=exchange_rate,
            payment_method_ref=payment_method_ref,
            memo=memo,
            deposit_to_account_ref=deposit_to_account_ref,
            credit_card_txn_info=credit_card_txn_info,
            external_guid=external_guid,
            is_auto_apply=is_auto_apply,
            applied_to_txn_add=applied_to_txn_add,
        )

        return receive_payment_create
