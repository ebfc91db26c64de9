from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.entity_ref_input import EntityRefInput
    from ..models.override_class_ref_input import OverrideClassRefInput
    from ..models.payment_method_ref_input import PaymentMethodRefInput


T = TypeVar("T", bound="DepositLineMod")


@_attrs_define
class DepositLineMod:
    """qbXML DepositLineMod in snake_case.

    Attributes:
        txn_line_id (str):
        payment_txn_id (str | Unset):
        payment_txn_line_id (str | Unset):
        override_memo (str | Unset):
        override_check_number (str | Unset):
        override_class_ref (OverrideClassRefInput | Unset): qbXML OverrideClassRef in snake_case.
        entity_ref (EntityRefInput | Unset): qbXML EntityRef in snake_case.
        account_ref (AccountRefInput | Unset): qbXML AccountRef in snake_case.
        memo (str | Unset):
        check_number (str | Unset):
        payment_method_ref (PaymentMethodRefInput | Unset): qbXML PaymentMethodRef in snake_case.
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        amount (str | Unset): an amount exact to the cent, as a string
    """

    txn_line_id: str
    payment_txn_id: str | Unset = UNSET
    payment_txn_line_id: str | Unset = UNSET
    override_memo: str | Unset = UNSET
    override_check_number: str | Unset = UNSET
    override_class_ref: OverrideClassRefInput | Unset = UNSET
    entity_ref: EntityRefInput | Unset = UNSET
    account_ref: AccountRefInput | Unset = UNSET
    memo: str | Unset = UNSET
    check_number: str | Unset = UNSET
    payment_method_ref: PaymentMethodRefInput | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    amount: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        payment_txn_id = self.payment_txn_id

        payment_txn_line_id = self.payment_txn_line_id

        override_memo = self.override_memo

        override_check_number = self.override_check_number

        override_class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_class_ref, Unset):
            override_class_ref = self.override_class_ref.to_dict()

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

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_line_id": txn_line_id,
            }
        )
        if payment_txn_id is not UNSET:
            field_dict["payment_txn_id"] = payment_txn_id
        if payment_txn_line_id is not UNSET:
            field_dict["payment_txn_line_id"] = payment_txn_line_id
        if override_memo is not UNSET:
            field_dict["override_memo"] = override_memo
        if override_check_number is not UNSET:
            field_dict["override_check_number"] = override_check_number
        if override_class_ref is not UNSET:
            field_dict["override_class_ref"] = override_class_ref
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
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.entity_ref_input import EntityRefInput  # noqa: PLC0415
        from ..models.override_class_ref_input import OverrideClassRefInput  # noqa: PLC0415
        from ..models.payment_method_ref_input import PaymentMethodRefInput  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id")

        payment_txn_id = d.pop("payment_txn_id", UNSET)

        payment_txn_line_id = d.pop("payment_txn_line_id", UNSET)

        override_memo = d.pop("override_memo", UNSET)

        override_check_number = d.pop("override_check_number", UNSET)

        _override_class_ref = d.pop("override_class_ref", UNSET)
        override_class_ref: OverrideClassRefInput | Unset
        if isinstance(_override_class_ref, Unset):
            override_class_ref = UNSET
        else:
            override_class_ref = OverrideClassRefInput.from_dict(_override_class_ref)

        _entity_ref = d.pop("entity_ref", UNSET)
        entity_ref: EntityRefInput | Unset
        if isinstance(_entity_ref, Unset):
            entity_ref = UNSET
        else:
            entity_ref = EntityRefInput.from_dict(_entity_ref)

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRefInput | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRefInput.from_dict(_account_ref)

        memo = d.pop("memo", UNSET)

        check_number = d.pop("check_number", UNSET)

        _payment_method_ref = d.pop("payment_method_ref", UNSET)
        payment_method_ref: PaymentMethodRefInput | Unset
        if isinstance(_payment_method_ref, Unset):
            payment_method_ref = UNSET
        else:
            payment_method_ref = PaymentMethodRefInput.from_dict(_payment_method_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        amount = d.pop("amount", UNSET)

        deposit_line_mod = cls(
            txn_line_id=txn_line_id,
            payment_txn_id=payment_txn_id,
            payment_txn_line_id=payment_txn_line_id,
            override_memo=override_memo,
            override_check_number=override_check_number,
            override_class_ref=override_class_ref,
            entity_ref=entity_ref,
            account_ref=account_ref,
            memo=memo,
            check_number=check_number,
            payment_method_ref=payment_method_ref,
            class_ref=class_ref,
            amount=amount,
        )

        return deposit_line_mod
