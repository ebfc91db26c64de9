from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref import AccountRef


T = TypeVar("T", bound="CashBackInfoRet")


@_attrs_define
class CashBackInfoRet:
    """qbXML CashBackInfoRet in snake_case.

    Attributes:
        txn_line_id (str | Unset):
        account_ref (AccountRef | Unset): qbXML AccountRef in snake_case.
        memo (str | Unset):
        amount (None | str | Unset): an amount exact to the cent, as a string
    """

    txn_line_id: str | Unset = UNSET
    account_ref: AccountRef | Unset = UNSET
    memo: str | Unset = UNSET
    amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        memo = self.memo

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txn_line_id is not UNSET:
            field_dict["txn_line_id"] = txn_line_id
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref
        if memo is not UNSET:
            field_dict["memo"] = memo
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref import AccountRef  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id", UNSET)

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRef | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRef.from_dict(_account_ref)

        memo = d.pop("memo", UNSET)

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        cash_back_info_ret = cls(
            txn_line_id=txn_line_id,
            account_ref=account_ref,
            memo=memo,
            amount=amount,
        )

        cash_back_info_ret.additional_properties = d
        return cash_back_info_ret

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
