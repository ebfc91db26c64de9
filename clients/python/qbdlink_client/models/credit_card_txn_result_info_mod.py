from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.credit_card_txn_result_info_mod_avs_street import CreditCardTxnResultInfoModAvsStreet
from ..models.credit_card_txn_result_info_mod_avs_zip import CreditCardTxnResultInfoModAvsZip
from ..models.credit_card_txn_result_info_mod_card_security_code_match import (
    CreditCardTxnResultInfoModCardSecurityCodeMatch,
)
from ..models.credit_card_txn_result_info_mod_payment_status import CreditCardTxnResultInfoModPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCardTxnResultInfoMod")


@_attrs_define
class CreditCardTxnResultInfoMod:
    """qbXML CreditCardTxnResultInfoMod in snake_case.

    Attributes:
        result_code (int | Unset):
        result_message (str | Unset):
        credit_card_trans_id (str | Unset):
        merchant_account_number (str | Unset):
        authorization_code (str | Unset):
        avs_street (CreditCardTxnResultInfoModAvsStreet | Unset):
        avs_zip (CreditCardTxnResultInfoModAvsZip | Unset):
        card_security_code_match (CreditCardTxnResultInfoModCardSecurityCodeMatch | Unset):
        recon_batch_id (str | Unset):
        payment_grouping_code (int | Unset):
        payment_status (CreditCardTxnResultInfoModPaymentStatus | Unset):
        txn_authorization_time (datetime.datetime | Unset):
        txn_authorization_stamp (int | Unset):
        client_trans_id (str | Unset):
    """

    result_code: int | Unset = UNSET
    result_message: str | Unset = UNSET
    credit_card_trans_id: str | Unset = UNSET
    merchant_account_number: str | Unset = UNSET
    authorization_code: str | Unset = UNSET
    avs_street: CreditCardTxnResultInfoModAvsStreet | Unset = UNSET
    avs_zip: CreditCardTxnResultInfoModAvsZip | Unset = UNSET
    card_security_code_match: CreditCardTxnResultInfoModCardSecurityCodeMatch | Unset = UNSET
    recon_batch_id: str | Unset = UNSET
    payment_grouping_code: int | Unset = UNSET
    payment_status: CreditCardTxnResultInfoModPaymentStatus | Unset = UNSET
    txn_authorization_time: datetime.datetime | Unset = UNSET
    txn_authorization_stamp: int | Unset = UNSET
    client_trans_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        result_code = self.result_code

        result_message = self.result_message

        credit_card_trans_id = self.credit_card_trans_id

        merchant_account_number = self.merchant_account_number

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

        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status.value

        txn_authorization_time: str | Unset = UNSET
        if not isinstance(self.txn_authorization_time, Unset):
            txn_authorization_time = self.txn_authorization_time.isoformat()

        txn_authorization_stamp = self.txn_authorization_stamp

        client_trans_id = self.client_trans_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if result_code is not UNSET:
            field_dict["result_code"] = result_code
        if result_message is not UNSET:
            field_dict["result_message"] = result_message
        if credit_card_trans_id is not UNSET:
            field_dict["credit_card_trans_id"] = credit_card_trans_id
        if merchant_account_number is not UNSET:
            field_dict["merchant_account_number"] = merchant_account_number
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
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if txn_authorization_time is not UNSET:
            field_dict["txn_authorization_time"] = txn_authorization_time
        if txn_authorization_stamp is not UNSET:
            field_dict["txn_authorization_stamp"] = txn_authorization_stamp
        if client_trans_id is not UNSET:
            field_dict["client_trans_id"] = client_trans_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_code = d.pop("result_code", UNSET)

        result_message = d.pop("result_message", UNSET)

        credit_card_trans_id = d.pop("credit_card_trans_id", UNSET)

        merchant_account_number = d.pop("merchant_account_number", UNSET)

        authorization_code = d.pop("authorization_code", UNSET)

        _avs_street = d.pop("avs_street", UNSET)
        avs_street: CreditCardTxnResultInfoModAvsStreet | Unset
        if isinstance(_avs_street, Unset):
            avs_street = UNSET
        else:
            avs_street = CreditCardTxnResultInfoModAvsStreet(_avs_street)

        _avs_zip = d.pop("avs_zip", UNSET)
        avs_zip: CreditCardTxnResultInfoModAvsZip | Unset
        if isinstance(_avs_zip, Unset):
            avs_zip = UNSET
        else:
            avs_zip = CreditCardTxnResultInfoModAvsZip(_avs_zip)

        _card_security_code_match = d.pop("card_security_code_match", UNSET)
        card_security_code_match: CreditCardTxnResultInfoModCardSecurityCodeMatch | Unset
        if isinstance(_card_security_code_match, Unset):
            card_security_code_match = UNSET
        else:
            card_security_code_match = CreditCardTxnResultInfoModCardSecurityCodeMatch(_card_security_code_match)

        recon_batch_id = d.pop("recon_batch_id", UNSET)

        payment_grouping_code = d.pop("payment_grouping_code", UNSET)

        _payment_status = d.pop("payment_status", UNSET)
        payment_status: CreditCardTxnResultInfoModPaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = CreditCardTxnResultInfoModPaymentStatus(_payment_status)

        _txn_authorization_time = d.pop("txn_authorization_time", UNSET)
        txn_authorization_time: datetime.datetime | Unset
        if isinstance(_txn_authorization_time, Unset):
            txn_authorization_time = UNSET
        else:
            txn_authorization_time = datetime.datetime.fromisoformat(_txn_authorization_time)

        txn_authorization_stamp = d.pop("txn_authorization_stamp", UNSET)

        client_trans_id = d.pop("client_trans_id", UNSET)

        credit_card_txn_result_info_mod = cls(
            result_code=result_code,
            result_message=result_message,
            credit_card_trans_id=credit_card_trans_id,
            merchant_account_number=merchant_account_number,
            authorization_code=authorization_code,
            avs_street=avs_street,
            avs_zip=avs_zip,
            card_security_code_match=card_security_code_match,
            recon_batch_id=recon_batch_id,
            payment_grouping_code=payment_grouping_code,
            payment_status=payment_status,
            txn_authorization_time=txn_authorization_time,
            txn_authorization_stamp=txn_authorization_stamp,
            client_trans_id=client_trans_id,
        )

        return credit_card_txn_result_info_mod
