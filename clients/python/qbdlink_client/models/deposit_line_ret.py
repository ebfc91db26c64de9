from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deposit_line_ret_txn_type import DepositLineRetTxnType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref import AccountRef
    from ..models.class_ref import ClassRef
    from ..models.entity_ref import EntityRef
    from ..models.payment_method_ref import PaymentMethodRef


T = TypeVar("T", bound="DepositLineRet")


@_attrs_define
class DepositLineRet:
    """qbXML DepositLineRet in snake_case.

    Attributes:
        txn_type (DepositLineRetTxnType | Unset):
        txn_id (str | Unset):
        txn_line_id (str | Unset):
        payment_txn_line_id (str | Unset):
        entity_ref (EntityRef | Unset): qbXML EntityRef in snake_case.
        account_ref (AccountRef | Unset): qbXML AccountRef in snake_case.
        memo (str | Unset):
        check_number (str | Unset):
        payment_method_ref (PaymentMethodRef | Unset): qbXML PaymentMethodRef in snake_case.
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        amount (None | str | Unset): an amount exact to the cent, as a string
    """

    txn_type: DepositLineRetTxnType | Unset = UNSET
    txn_id: str | Unset = UNSET
    txn_line_id: str | Unset = UNSET
    payment_txn_line_id: str | Unset = UNSET
    entity_ref: EntityRef | Unset = UNSET
    account_ref: AccountRef | Unset = UNSET
    memo: str | Unset = UNSET
    check_number: str | Unset = UNSET
    payment_method_ref: PaymentMethodRef | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txn_type: str | Unset = UNSET
        if not isinstance(self.txn_type, Unset):
            txn_type = self.txn_type.value

        txn_id = self.txn_id

        txn_line_id = self.txn_line_id

        payment_txn_line_id = self.payment_txn_line_id

        entity_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_ref, Unset):
            entity_ref = self.entity_ref.to_dict()

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        memo = self.memo

        check_number = self.check_number

        payment_method_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_ref, Unset):
            payment_method_ref = self.payment_method_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txn_type is not UNSET:
            field_dict["txn_type"] = txn_type
        if txn_id is not UNSET:
            field_dict["txn_id"] = txn_id
        if txn_line_id is not UNSET:
            field_dict["txn_line_id"] = txn_line_id
        if payment_txn_line_id is not UNSET:
            field_dict["payment_txn_line_id"] = payment_txn_line_id
        if entity_ref is not UNSET:
            field_dict["entity_ref"] = entity_ref
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref
        if memo is not UNSET:
            field_dict["memo"] = memo
        if check_number is not UNSET:
            field_dict["check_number"] = check_number
        if payment_method_ref is not UNSET:
            field_dict["payment_method_ref"] = payment_method_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref import AccountRef  # noqa: PLC0415
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.payment_method_ref import PaymentMethodRef  # noqa: PLC0415

        d = dict(src_dict)
        _txn_type = d.pop("txn_type", UNSET)
        txn_type: DepositLineRetTxnType | Unset
        if isinstance(_txn_type, Unset):
            txn_type = UNSET
        else:
            txn_type = DepositLineRetTxnType(_txn_type)

        txn_id = d.pop("txn_id", UNSET)

        txn_line_id = d.pop("txn_line_id", UNSET)

        payment_txn_line_id = d.pop("payment_txn_line_id", UNSET)

        _entity_ref = d.pop("entity_ref", UNSET)
        entity_ref: EntityRef | Unset
        if isinstance(_entity_ref, Unset):
            entity_ref = UNSET
        else:
            entity_ref = EntityRef.from_dict(_entity_ref)

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRef | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRef.from_dict(_account_ref)

        memo = d.pop("memo", UNSET)

        check_number = d.pop("check_number", UNSET)

        _payment_method_ref = d.pop("payment_method_ref", UNSET)
        payment_method_ref: PaymentMethodRef | Unset
        if isinstance(_payment_method_ref, Unset):
            payment_method_ref = UNSET
        else:
            payment_method_ref = PaymentMethodRef.from_dict(_payment_method_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRef | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRef.from_dict(_class_ref)

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        deposit_line_ret = cls(
            txn_type=txn_type,
            txn_id=txn_id,
            txn_line_id=txn_line_id,
            payment_txn_line_id=payment_txn_line_id,
            entity_ref=entity_ref,
            account_ref=account_ref,
            memo=memo,
            check_number=check_number,
            payment_method_ref=payment_method_ref,
            class_ref=class_ref,
            amount=amount,
        )

        deposit_line_ret.additional_properties = d
        return deposit_line_ret

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
