from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_txn_link_type import LinkedTxnLinkType
from ..models.linked_txn_txn_type import LinkedTxnTxnType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.txn_line_detail import TxnLineDetail


T = TypeVar("T", bound="LinkedTxn")


@_attrs_define
class LinkedTxn:
    """qbXML LinkedTxn in snake_case.

    Attributes:
        txn_id (str | Unset):
        txn_type (LinkedTxnTxnType | Unset):
        txn_date (datetime.date | None | Unset):
        ref_number (str | Unset):
        link_type (LinkedTxnLinkType | Unset):
        amount (None | str | Unset): an amount exact to the cent, as a string
        txn_line_detail (list[TxnLineDetail] | Unset):
    """

    txn_id: str | Unset = UNSET
    txn_type: LinkedTxnTxnType | Unset = UNSET
    txn_date: datetime.date | None | Unset = UNSET
    ref_number: str | Unset = UNSET
    link_type: LinkedTxnLinkType | Unset = UNSET
    amount: None | str | Unset = UNSET
    txn_line_detail: list[TxnLineDetail] | Unset = UNSET
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

        link_type: str | Unset = UNSET
        if not isinstance(self.link_type, Unset):
            link_type = self.link_type.value

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
        if link_type is not UNSET:
            field_dict["link_type"] = link_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if txn_line_detail is not UNSET:
            field_dict["txn_line_detail"] = txn_line_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.txn_line_detail import TxnLineDetail  # noqa: PLC0415

        d = dict(src_dict)
        txn_id = d.pop("txn_id", UNSET)

        _txn_type = d.pop("txn_type", UNSET)
        txn_type: LinkedTxnTxnType | Unset
        if isinstance(_txn_type, Unset):
            txn_type = UNSET
        else:
            txn_type = LinkedTxnTxnType(_txn_type)

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

        _link_type = d.pop("link_type", UNSET)
        link_type: LinkedTxnLinkType | Unset
        if isinstance(_link_type, Unset):
            link_type = UNSET
        else:
            link_type = LinkedTxnLinkType(_link_type)

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

        linked_txn = cls(
            txn_id=txn_id,
            txn_type=txn_type,
            txn_date=txn_date,
            ref_number=ref_number,
            link_type=link_type,
            amount=amount,
            txn_line_detail=txn_line_detail,
        )

        linked_txn.additional_properties = d
        return linked_txn

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
