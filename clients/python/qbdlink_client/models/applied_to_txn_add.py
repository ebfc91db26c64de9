from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_account_ref_input import DiscountAccountRefInput
    from ..models.discount_class_ref_input import DiscountClassRefInput
    from ..models.set_credit_input import SetCreditInput
    from ..models.txn_line_detail_input import TxnLineDetailInput


T = TypeVar("T", bound="AppliedToTxnAdd")


@_attrs_define
class AppliedToTxnAdd:
    """qbXML AppliedToTxnAdd in snake_case.

    Attributes:
        txn_id (str):
        payment_amount (str | Unset): an amount exact to the cent, as a string
        txn_line_detail (list[TxnLineDetailInput] | Unset):
        set_credit (list[SetCreditInput] | Unset):
        discount_amount (str | Unset): an amount exact to the cent, as a string
        discount_account_ref (DiscountAccountRefInput | Unset): qbXML DiscountAccountRef in snake_case.
        discount_class_ref (DiscountClassRefInput | Unset): qbXML DiscountClassRef in snake_case.
    """

    txn_id: str
    payment_amount: str | Unset = UNSET
    txn_line_detail: list[TxnLineDetailInput] | Unset = UNSET
    set_credit: list[SetCreditInput] | Unset = UNSET
    discount_amount: str | Unset = UNSET
    discount_account_ref: DiscountAccountRefInput | Unset = UNSET
    discount_class_ref: DiscountClassRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_id = self.txn_id

        payment_amount = self.payment_amount

        txn_line_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.txn_line_detail, Unset):
            txn_line_detail = []
            for txn_line_detail_item_data in self.txn_line_detail:
                txn_line_detail_item = txn_line_detail_item_data.to_dict()
                txn_line_detail.append(txn_line_detail_item)

        set_credit: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.set_credit, Unset):
            set_credit = []
            for set_credit_item_data in self.set_credit:
                set_credit_item = set_credit_item_data.to_dict()
                set_credit.append(set_credit_item)

        discount_amount = self.discount_amount

        discount_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_account_ref, Unset):
            discount_account_ref = self.discount_account_ref.to_dict()

        discount_class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_class_ref, Unset):
            discount_class_ref = self.discount_class_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_id": txn_id,
            }
        )
        if payment_amount is not UNSET:
            field_dict["payment_amount"] = payment_amount
        if txn_line_detail is not UNSET:
            field_dict["txn_line_detail"] = txn_line_detail
        if set_credit is not UNSET:
            field_dict["set_credit"] = set_credit
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if discount_account_ref is not UNSET:
            field_dict["discount_account_ref"] = discount_account_ref
        if discount_class_ref is not UNSET:
            field_dict["discount_class_ref"] = discount_class_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount_account_ref_input import DiscountAccountRefInput  # noqa: PLC0415
        from ..models.discount_class_ref_input import DiscountClassRefInput  # noqa: PLC0415
        from ..models.set_credit_input import SetCreditInput  # noqa: PLC0415
        from ..models.txn_line_detail_input import TxnLineDetailInput  # noqa: PLC0415

        d = dict(src_dict)
        txn_id = d.pop("txn_id")

        payment_amount = d.pop("payment_amount", UNSET)

        _txn_line_detail = d.pop("txn_line_detail", UNSET)
        txn_line_detail: list[TxnLineDetailInput] | Unset = UNSET
        if _txn_line_detail is not UNSET:
            txn_line_detail = []
            for txn_line_detail_item_data in _txn_line_detail:
                txn_line_detail_item = TxnLineDetailInput.from_dict(txn_line_detail_item_data)

                txn_line_detail.append(txn_line_detail_item)

        _set_credit = d.pop("set_credit", UNSET)
        set_credit: list[SetCreditInput] | Unset = UNSET
        if _set_credit is not UNSET:
            set_credit = []
            for set_credit_item_data in _set_credit:
                set_credit_item = SetCreditInput.from_dict(set_credit_item_data)

                set_credit.append(set_credit_item)

        discount_amount = d.pop("discount_amount", UNSET)

        _discount_account_ref = d.pop("discount_account_ref", UNSET)
        discount_account_ref: DiscountAccountRefInput | Unset
        if isinstance(_discount_account_ref, Unset):
            discount_account_ref = UNSET
        else:
            discount_account_ref = DiscountAccountRefInput.from_dict(_discount_account_ref)

        _discount_class_ref = d.pop("discount_class_ref", UNSET)
        discount_class_ref: DiscountClassRefInput | Unset
        if isinstance(_discount_class_ref, Unset):
            discount_class_ref = UNSET
        else:
            discount_class_ref = DiscountClassRefInput.from_dict(_discount_class_ref)

        applied_to_txn_add = cls(
            txn_id=txn_id,
            payment_amount=payment_amount,
            txn_line_detail=txn_line_detail,
            set_credit=set_credit,
            discount_amount=discount_amount,
            discount_account_ref=discount_account_ref,
            discount_class_ref=discount_class_ref,
        )

        return applied_to_txn_add
