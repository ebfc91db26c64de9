from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_card_txn_input_info import CreditCardTxnInputInfo
    from ..models.credit_card_txn_result_info import CreditCardTxnResultInfo


T = TypeVar("T", bound="CreditCardTxnInfo")


@_attrs_define
class CreditCardTxnInfo:
    """qbXML CreditCardTxnInfo in snake_case.

    Attributes:
        credit_card_txn_input_info (CreditCardTxnInputInfo | Unset): qbXML CreditCardTxnInputInfo in snake_case.
        credit_card_txn_result_info (CreditCardTxnResultInfo | Unset): qbXML CreditCardTxnResultInfo in snake_case.
    """

    credit_card_txn_input_info: CreditCardTxnInputInfo | Unset = UNSET
    credit_card_txn_result_info: CreditCardTxnResultInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_card_txn_input_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_card_txn_input_info, Unset):
            credit_card_txn_input_info = self.credit_card_txn_input_info.to_dict()

        credit_card_txn_result_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_card_txn_result_info, Unset):
            credit_card_txn_result_info = self.credit_card_txn_result_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_card_txn_input_info is not UNSET:
            field_dict["credit_card_txn_input_info"] = credit_card_txn_input_info
        if credit_card_txn_result_info is not UNSET:
            field_dict["credit_card_txn_result_info"] = credit_card_txn_result_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_card_txn_input_info import CreditCardTxnInputInfo  # noqa: PLC0415
        from ..models.credit_card_txn_result_info import CreditCardTxnResultInfo  # noqa: PLC0415

        d = dict(src_dict)
        _credit_card_txn_input_info = d.pop("credit_card_txn_input_info", UNSET)
        credit_card_txn_input_info: CreditCardTxnInputInfo | Unset
        if isinstance(_credit_card_txn_input_info, Unset):
            credit_card_txn_input_info = UNSET
        else:
            credit_card_txn_input_info = CreditCardTxnInputInfo.from_dict(_credit_card_txn_input_info)

        _credit_card_txn_result_info = d.pop("credit_card_txn_result_info", UNSET)
        credit_card_txn_result_info: CreditCardTxnResultInfo | Unset
        if isinstance(_credit_card_txn_result_info, Unset):
            credit_card_txn_result_info = UNSET
        else:
            credit_card_txn_result_info = CreditCardTxnResultInfo.from_dict(_credit_card_txn_result_info)

        credit_card_txn_info = cls(
            credit_card_txn_input_info=credit_card_txn_input_info,
            credit_card_txn_result_info=credit_card_txn_result_info,
        )

        credit_card_txn_info.additional_properties = d
        return credit_card_txn_info

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
