from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.credit_card_txn_result_info_input_avs_street import CreditCardTxnResultInfoInputAvsStreet
from ..models.credit_card_txn_result_info_input_avs_zip import CreditCardTxnResultInfoInputAvsZip
from ..models.credit_card_txn_result_info_input_card_security_code_match import (
    CreditCardTxnResultInfoInputCardSecurityCodeMatch,
)
from ..models.credit_card_txn_result_info_input_payment_status import CreditCardTxnResultInfoInputPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCardTxnResultInfoInput")


@_attrs_define
class CreditCardTxnResultInfoInput:
    """qbXML CreditCardTxnResultInfo in snake_case.

    Attributes:
        result_code (int):
        result_message (str):
        credit_card_trans_id (str):
        merchant_account_number (str):
        payment_status (CreditCardTxnResultInfoInputPaymentStatus):
        txn_authorization_time (datetime.datetime):
        authorization_code (str | Unset):
        avs_street (CreditCardTxnResultInfoInputAvsStreet | Unset):
        avs_zip (CreditCardTxnResultInfoInputAvsZip | Unset):
        card_security_code_match (CreditCardTxnResultInfoInputCardSecurityCodeMatch | Unset):
        recon_batch_id (str | Unset):
        payment_grouping_code (int | Unset):
        txn_authorization_stamp (int | Unset):
        client_trans_id (str | Unset):
    """

    result_code: int
    result_message: str
    credit_card_trans_id: str
    merchant_account_number: str
    payment_status: CreditCardTxnResultInfoInputPaymentStatus
    txn_authorization_time: datetime.datetime
    authorization_code: str | Unset = UNSET
    avs_street: CreditCardTxnResultInfoInputAvsStreet | Unset = UNSET
    avs_zip: CreditCardTxnResultInfoInputAvsZip | Unset = UNSET
    card_security_code_match: CreditCardTxnResultInfoInputCardSecurityCodeMatch | Unset = UNSET
    recon_batch_id: str | Unset = UNSET
    payment_grouping_code: int | Unset = UNSET
    txn_authorization_stamp: int | Unset = UNSET
    client_trans_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        result_code = self.result_code

        result_message = self.result_message

        credit_card_trans_id = self.credit_card_trans_id

        merchant_account_number = self.merchant_account_number

        payment_status = self.payment_status.value

        txn_authorization_time = self.txn_authorization_time.isoformat()

        authorization_code = self.authorization_code

        avs_street: str | Unset = UNSET
        if not isinstance(self.avs_street, Unset):
            avs_street = self.avs_street.value

        avs_zip: str | Unset = UNSET
        if not isinstance(self.avs_zip, Unset):
            avs_zip = self.avs_zip.value

        card_security_code_match: str | Unset = UNSET
        if not isinstance(self.card_security_code_match, Unset):
            card_security_code_match = self.card_security_code_match.value

        recon_batch_id = self.recon_batch_id

        payment_grouping_code = self.payment_grouping_code

        txn_authorization_stamp = self.txn_authorization_stamp

        client_trans_id = self.client_trans_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "result_code": result_code,
                "result_message": result_message,
                "credit_card_trans_id": credit_card_trans_id,
                "merchant_account_number": merchant_account_number,
                "payment_status": payment_status,
                "txn_authorization_time": txn_authorization_time,
            }
        )
        if authorization_code is not UNSET:
            field_dict["authorization_code"] = authorization_code
        if avs_street is not UNSET:
            field_dict["avs_street"] = avs_street
        if avs_zip is not UNSET:
            field_dict["avs_zip"] = avs_zip
        if card_security_code_match is not UNSET:
            field_dict["card_security_code_match"] = card_security_code_match
        if recon_batch_id is not UNSET:
            field_dict["recon_batch_id"] = recon_batch_id
        if payment_grouping_code is not UNSET:
            field_dict["payment_grouping_code"] = payment_grouping_code
        if txn_authorization_stamp is not UNSET:
            field_dict["txn_authorization_stamp"] = txn_authorization_stamp
        if client_trans_id is not UNSET:
            field_dict["client_trans_id"] = client_trans_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_code = d.pop("result_code")

        result_message = d.pop("result_message")

        credit_card_trans_id = d.pop("credit_card_trans_id")

        merchant_account_number = d.pop("merchant_account_number")

        payment_status = CreditCardTxnResultInfoInputPaymentStatus(d.pop("payment_status"))

        txn_authorization_time = datetime.datetime.fromisoformat(d.pop("txn_authorization_time"))

        authorization_code = d.pop("authorization_code", UNSET)

        _avs_street = d.pop("avs_street", UNSET)
        avs_street: CreditCardTxnResultInfoInputAvsStreet | Unset
        if isinstance(_avs_street, Unset):
            avs_street = UNSET
        else:
            avs_street = CreditCardTxnResultInfoInputAvsStreet(_avs_street)

        _avs_zip = d.pop("avs_zip", UNSET)
        avs_zip: CreditCardTxnResultInfoInputAvsZip | Unset
        if isinstance(_avs_zip, Unset):
            avs_zip = UNSET
        else:
            avs_zip = CreditCardTxnResultInfoInputAvsZip(_avs_zip)

        _card_security_code_match = d.pop("card_security_code_match", UNSET)
        card_security_code_match: CreditCardTxnResultInfoInputCardSecurityCodeMatch | Unset
        if isinstance(_card_security_code_match, Unset):
            card_security_code_match = UNSET
        else:
            card_security_code_match = CreditCardTxnResultInfoInputCardSecurityCodeMatch(_card_security_code_match)

        recon_batch_id = d.pop("recon_batch_id", UNSET)

        payment_grouping_code = d.pop("payment_grouping_code", UNSET)

        txn_authorization_stamp = d.pop("txn_authorization_stamp", UNSET)

        client_trans_id = d.pop("client_trans_id", UNSET)

        credit_card_txn_result_info_input = cls(
            result_code=result_code,
            result_message=result_message,
            credit_card_trans_id=credit_card_trans_id,
            merchant_account_number=merchant_account_number,
            payment_status=payment_status,
            txn_authorization_time=txn_authorization_time,
            authorization_code=authorization_code,
            avs_street=avs_street,
            avs_zip=avs_zip,
            card_security_code_match=card_security_code_match,
            recon_batch_id=recon_batch_id,
            payment_grouping_code=payment_grouping_code,
            txn_authorization_stamp=txn_authorization_stamp,
            client_trans_id=client_trans_id,
        )

        return credit_card_txn_result_info_input
