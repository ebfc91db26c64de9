from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.applied_to_txn_ret_txn_type import AppliedToTxnRetTxnType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_account_ref import DiscountAccountRef
    from ..models.discount_class_ref import DiscountClassRef
    from ..models.linked_txn import LinkedTxn
    from ..models.txn_line_detail import TxnLineDetail


T = TypeVar("T", bound="AppliedToTxnRet")


@_attrs_define
class AppliedToTxnRet:
    """qbXML AppliedToTxnRet in snake_case.

    Attributes:
        txn_id (str | Unset):
        txn_type (AppliedToTxnRetTxnType | Unset):
        txn_date (datetime.date | None | Unset):
        ref_number (str | Unset):
        balance_remaining (None | str | Unset): an amount exact to the cent, as a string
        amount (None | str | Unset): an amount exact to the cent, as a string
        txn_line_detail (list[TxnLineDetail] | Unset):
        discount_amount (None | str | Unset): an amount exact to the cent, as a string
        discount_account_ref (DiscountAccountRef | Unset): qbXML DiscountAccountRef in snake_case.
        discount_class_ref (DiscountClassRef | Unset): qbXML DiscountClassRef in snake_case.
        linked_txn (list[LinkedTxn] | Unset):
    """

    txn_id: str | Unset = UNSET
    txn_type: AppliedToTxnRetTxnType | Unset = UNSET
    txn_date: datetime.date | None | Unset = UNSET
    ref_number: str | Unset = UNSET
    balance_remaining: None | str | Unset = UNSET
    amount: None | str | Unset = UNSET
    txn_line_detail: list[TxnLineDetail] | Unset = UNSET
    discount_amount: None | str | Unset = UNSET
    discount_account_ref: DiscountAccountRef | Unset = UNSET
    discount_class_ref: DiscountClassRef | Unset = UNSET
    linked_txn: list[LinkedTxn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txn_id = self.txn_id

        txn_type: str | Unset = UNSET
        if not isinstance(self.txn_type, Unset):
            txn_type = self.txn_type.value

        txn_date: None | str | Unset
        if isinstance(self.txn_date, Unset):
            txn_date = UNSET
        elif isinstance(self.txn_date, datetime.date):
            txn_date = self.txn_date.isoformat()
        else:
            txn_date = self.txn_date

        ref_number = self.ref_number

        balance_remaining: None | str | Unset
        if isinstance(self.balance_remaining, Unset):
            balance_remaining = UNSET
        else:
            balance_remaining = self.balance_remaining

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        txn_line_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.txn_line_detail, Unset):
            txn_line_detail = []
            for txn_line_detail_item_data in self.txn_line_detail:
                txn_line_detail_item = txn_line_detail_item_data.to_dict()
                txn_line_detail.append(txn_line_detail_item)

        discount_amount: None | str | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        discount_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_account_ref, Unset):
            discount_account_ref = self.discount_account_ref.to_dict()

        discount_class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_class_ref, Unset):
            discount_class_ref = self.discount_class_ref.to_dict()

        linked_txn: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_txn, Unset):
            linked_txn = []
            for linked_txn_item_data in self.linked_txn:
                linked_txn_item = linked_txn_item_data.to_dict()
                linked_txn.append(linked_txn_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txn_id is not UNSET:
            field_dict["txn_id"] = txn_id
        if txn_type is not UNSET:
            field_dict["txn_type"] = txn_type
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if balance_remaining is not UNSET:
            field_dict["balance_remaining"] = balance_remaining
        if amount is not UNSET:
            field_dict["amount"] = amount
        if txn_line_detail is not UNSET:
            field_dict["txn_line_detail"] = txn_line_detail
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if discount_account_ref is not UNSET:
            field_dict["discount_account_ref"] = discount_account_ref
        if discount_class_ref is not UNSET:
            field_dict["discount_class_ref"] = discount_class_ref
        if linked_txn is not UNSET:
            field_dict["linked_txn"] = linked_txn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount_account_ref import DiscountAccountRef  # noqa: PLC0415
        from ..models.discount_class_ref import DiscountClassRef  # noqa: PLC0415
        from ..models.linked_txn import LinkedTxn  # noqa: PLC0415
        from ..models.txn_line_detail import TxnLineDetail  # noqa: PLC0415

        d = dict(src_dict)
        txn_id = d.pop("txn_id", UNSET)

        _txn_type = d.pop("txn_type", UNSET)
        txn_type: AppliedToTxnRetTxnType | Unset
        if isinstance(_txn_type, Unset):
            txn_type = UNSET
        else:
            txn_type = AppliedToTxnRetTxnType(_txn_type)

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

        ref_number = d.pop("ref_number", UNSET)

        def _parse_balance_remaining(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance_remaining = _parse_balance_remaining(d.pop("balance_remaining", UNSET))

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        _txn_line_detail = d.pop("txn_line_detail", UNSET)
        txn_line_detail: list[TxnLineDetail] | Unset = UNSET
        if _txn_line_detail is not UNSET:
            txn_line_detail = []
            for txn_line_detail_item_data in _txn_line_detail:
                txn_line_detail_item = TxnLineDetail.from_dict(txn_line_detail_item_data)

                txn_line_detail.append(txn_line_detail_item)

        def _parse_discount_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discount_amount", UNSET))

        _discount_account_ref = d.pop("discount_account_ref", UNSET)
        discount_account_ref: DiscountAccountRef | Unset
        if isinstance(_discount_account_ref, Unset):
            discount_account_ref = UNSET
        else:
            discount_account_ref = DiscountAccountRef.from_dict(_discount_account_ref)

        _discount_class_ref = d.pop("discount_class_ref", UNSET)
        discount_class_ref: DiscountClassRef | Unset
        if isinstance(_discount_class_ref, Unset):
            discount_class_ref = UNSET
        else:
            discount_class_ref = DiscountClassRef.from_dict(_discount_class_ref)

        _linked_txn = d.pop("linked_txn", UNSET)
        linked_txn: list[LinkedTxn] | Unset = UNSET
        if _linked_txn is not UNSET:
            linked_txn = []
            for linked_txn_item_data in _linked_txn:
                linked_txn_item = LinkedTxn.from_dict(linked_txn_item_data)

                linked_txn.append(linked_txn_item)

        applied_to_txn_ret = cls(
            txn_id=txn_id,
            txn_type=txn_type,
            txn_date=txn_date,
            ref_number=ref_number,
            balance_remaining=balance_remaining,
            amount=amount,
            txn_line_detail=txn_line_detail,
            discount_amount=discount_amount,
            discount_account_ref=discount_account_ref,
            discount_class_ref=discount_class_ref,
            linked_txn=linked_txn,
        )

        applied_to_txn_ret.additional_properties = d
        return applied_to_txn_ret

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
