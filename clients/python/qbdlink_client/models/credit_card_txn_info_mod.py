from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_card_txn_input_info_mod import CreditCardTxnInputInfoMod
    from ..models.credit_card_txn_result_info_mod import CreditCardTxnResultInfoMod


T = TypeVar("T", bound="CreditCardTxnInfoMod")


@_attrs_define
class CreditCardTxnInfoMod:
    """qbXML CreditCardTxnInfoMod in snake_case.

    Attributes:
        credit_card_txn_input_info_mod (CreditCardTxnInputInfoMod | Unset): qbXML CreditCardTxnInputInfoMod in
            snake_case.
        credit_card_txn_result_info_mod (CreditCardTxnResultInfoMod | Unset): qbXML CreditCardTxnResultInfoMod in
            snake_case.
    """

    credit_card_txn_input_info_mod: CreditCardTxnInputInfoMod | Unset = UNSET
    credit_card_txn_result_info_mod: CreditCardTxnResultInfoMod | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        credit_card_txn_input_info_mod: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_card_txn_input_info_mod, Unset):
            credit_card_txn_input_info_mod = self.credit_card_txn_input_info_mod.to_dict()

        credit_card_txn_result_info_mod: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_card_txn_result_info_mod, Unset):
            credit_card_txn_result_info_mod = self.credit_card_txn_result_info_mod.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if credit_card_txn_input_info_mod is not UNSET:
            field_dict["credit_card_txn_input_info_mod"] = credit_card_txn_input_info_mod
        if credit_card_txn_result_info_mod is not UNSET:
            field_dict["credit_card_txn_result_info_mod"] = credit_card_txn_result_info_mod

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_card_txn_input_info_mod import CreditCardTxnInputInfoMod  # noqa: PLC0415
        from ..models.credit_card_txn_result_info_mod import CreditCardTxnResultInfoMod  # noqa: PLC0415

        d = dict(src_dict)
        _credit_card_txn_input_info_mod = d.pop("credit_card_txn_input_info_mod", UNSET)
        credit_card_txn_input_info_mod: CreditCardTxnInputInfoMod | Unset
        if isinstance(_credit_card_txn_input_info_mod, Unset):
            credit_card_txn_input_info_mod = UNSET
        else:
            credit_card_txn_input_info_mod = CreditCardTxnInputInfoMod.from_dict(_credit_card_txn_input_info_mod)

        _credit_card_txn_result_info_mod = d.pop("credit_card_txn_result_info_mod", UNSET)
        credit_card_txn_result_info_mod: CreditCardTxnResultInfoMod | Unset
        if isinstance(_credit_card_txn_result_info_mod, Unset):
            credit_card_txn_result_info_mod = UNSET
        else:
            credit_card_txn_result_info_mod = CreditCardTxnResultInfoMod.from_dict(_credit_card_txn_result_info_mod)

        credit_card_txn_info_mod = cls(
            credit_card_txn_input_info_mod=credit_card_txn_input_info_mod,
            credit_card_txn_result_info_mod=credit_card_txn_result_info_mod,
        )

        return credit_card_txn_info_mod
