from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.expense_line_mod_billable_status import ExpenseLineModBillableStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref_input import AccountRefInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.customer_ref_input import CustomerRefInput
    from ..models.sales_rep_ref_input import SalesRepRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput


T = TypeVar("T", bound="ExpenseLineMod")


@_attrs_define
class ExpenseLineMod:
    """qbXML ExpenseLineMod in snake_case.

    Attributes:
        txn_line_id (str):
        account_ref (AccountRefInput | Unset): qbXML AccountRef in snake_case.
        amount (str | Unset): an amount exact to the cent, as a string
        tax_amount (str | Unset): an amount exact to the cent, as a string
        memo (str | Unset):
        customer_ref (CustomerRefInput | Unset): qbXML CustomerRef in snake_case.
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        billable_status (ExpenseLineModBillableStatus | Unset):
        sales_rep_ref (SalesRepRefInput | Unset): qbXML SalesRepRef in snake_case.
    """

    txn_line_id: str
    account_ref: AccountRefInput | Unset = UNSET
    amount: str | Unset = UNSET
    tax_amount: str | Unset = UNSET
    memo: str | Unset = UNSET
    customer_ref: CustomerRefInput | Unset = UNSET
    class_ref: ClassRefInput | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    billable_status: ExpenseLineModBillableStatus | Unset = UNSET
    sales_rep_ref: SalesRepRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        amount = self.amount

        tax_amount = self.tax_amount

        memo = self.memo

        customer_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref, Unset):
            customer_ref = self.customer_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        billable_status: str | Unset = UNSET
        if not isinstance(self.billable_status, Unset):
            billable_status = self.billable_status.value

        sales_rep_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_rep_ref, Unset):
            sales_rep_ref = self.sales_rep_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "txn_line_id": txn_line_id,
            }
        )
        if account_ref is not UNSET:
            field_dict["account_ref"] = account_ref
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if memo is not UNSET:
            field_dict["memo"] = memo
        if customer_ref is not UNSET:
            field_dict["customer_ref"] = customer_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if billable_status is not UNSET:
            field_dict["billable_status"] = billable_status
        if sales_rep_ref is not UNSET:
            field_dict["sales_rep_ref"] = sales_rep_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref_input import AccountRefInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.customer_ref_input import CustomerRefInput  # noqa: PLC0415
        from ..models.sales_rep_ref_input import SalesRepRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id")

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRefInput | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRefInput.from_dict(_account_ref)

        amount = d.pop("amount", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        memo = d.pop("memo", UNSET)

        _customer_ref = d.pop("customer_ref", UNSET)
        customer_ref: CustomerRefInput | Unset
        if isinstance(_customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = CustomerRefInput.from_dict(_customer_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        _billable_status = d.pop("billable_status", UNSET)
        billable_status: ExpenseLineModBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = ExpenseLineModBillableStatus(_billable_status)

        _sales_rep_ref = d.pop("sales_rep_ref", UNSET)
        sales_rep_ref: SalesRepRefInput | Unset
        if isinstance(_sales_rep_ref, Unset):
            sales_rep_ref = UNSET
        else:
            sales_rep_ref = SalesRepRefInput.from_dict(_sales_rep_ref)

        expense_line_mod = cls(
            txn_line_id=txn_line_id,
            account_ref=account_ref,
            amount=amount,
            tax_amount=tax_amount,
            memo=memo,
            customer_ref=customer_ref,
            class_ref=class_ref,
            sales_tax_code_ref=sales_tax_code_ref,
            billable_status=billable_status,
            sales_rep_ref=sales_rep_ref,
        )

        return expense_line_mod
