from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credit_card_txn_input_info_input import CreditCardTxnInputInfoInput
    from ..models.credit_card_txn_result_info_input import CreditCardTxnResultInfoInput


T = TypeVar("T", bound="CreditCardTxnInfoInput")


@_attrs_define
class CreditCardTxnInfoInput:
    """qbXML CreditCardTxnInfo in snake_case.

    Attributes:
        credit_card_txn_input_info (CreditCardTxnInputInfoInput): qbXML CreditCardTxnInputInfo in snake_case.
        credit_card_txn_result_info (CreditCardTxnResultInfoInput): qbXML CreditCardTxnResultInfo in snake_case.
    """

    credit_card_txn_input_info: CreditCardTxnInputInfoInput
    credit_card_txn_result_info: CreditCardTxnResultInfoInput

    def to_dict(self) -> dict[str, Any]:
        credit_card_txn_input_info = self.credit_card_txn_input_info.to_dict()

        credit_card_txn_result_info = self.credit_card_txn_result_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credit_card_txn_input_info": credit_card_txn_input_info,
                "credit_card_txn_result_info": credit_card_txn_result_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_card_txn_input_info_input import CreditCardTxnInputInfoInput  # noqa: PLC0415
        from ..models.credit_card_txn_result_info_input import CreditCardTxnResultInfoInput  # noqa: PLC0415

        d = dict(src_dict)
        credit_card_txn_input_info = CreditCardTxnInputInfoInput.from_dict(d.pop("credit_card_txn_input_info"))

        credit_card_txn_result_info = CreditCardTxnResultInfoInput.from_dict(d.pop("credit_card_txn_result_info"))

        credit_card_txn_info_input = cls(
            credit_card_txn_input_info=credit_card_txn_input_info,
            credit_card_txn_result_info=credit_card_txn_result_info,
        )

        return credit_card_txn_info_input
