from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_line_ret_billable_status import ExpenseLineRetBillableStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref import AccountRef
    from ..models.class_ref import ClassRef
    from ..models.customer_ref import CustomerRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.sales_rep_ref import SalesRepRef
    from ..models.sales_tax_code_ref import SalesTaxCodeRef


T = TypeVar("T", bound="ExpenseLineRet")


@_attrs_define
class ExpenseLineRet:
    """qbXML ExpenseLineRet in snake_case.

    Attributes:
        txn_line_id (str | Unset):
        account_ref (AccountRef | Unset): qbXML AccountRef in snake_case.
        amount (None | str | Unset): an amount exact to the cent, as a string
        tax_amount (None | str | Unset): an amount exact to the cent, as a string
        memo (str | Unset):
        customer_ref (CustomerRef | Unset): qbXML CustomerRef in snake_case.
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        sales_tax_code_ref (SalesTaxCodeRef | Unset): qbXML SalesTaxCodeRef in snake_case.
        billable_status (ExpenseLineRetBillableStatus | Unset):
        sales_rep_ref (SalesRepRef | Unset): qbXML SalesRepRef in snake_case.
        data_ext_ret (list[DataExtRet] | Unset):
    """

    txn_line_id: str | Unset = UNSET
    account_ref: AccountRef | Unset = UNSET
    amount: None | str | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    memo: str | Unset = UNSET
    customer_ref: CustomerRef | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRef | Unset = UNSET
    billable_status: ExpenseLineRetBillableStatus | Unset = UNSET
    sales_rep_ref: SalesRepRef | Unset = UNSET
    data_ext_ret: list[DataExtRet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txn_line_id = self.txn_line_id

        account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_ref, Unset):
            account_ref = self.account_ref.to_dict()

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        tax_amount: None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
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

        data_ext_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_ext_ret, Unset):
            data_ext_ret = []
            for data_ext_ret_item_data in self.data_ext_ret:
                data_ext_ret_item = data_ext_ret_item_data.to_dict()
                data_ext_ret.append(data_ext_ret_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txn_line_id is not UNSET:
            field_dict["txn_line_id"] = txn_line_id
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
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref import AccountRef  # noqa: PLC0415
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.sales_rep_ref import SalesRepRef  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415

        d = dict(src_dict)
        txn_line_id = d.pop("txn_line_id", UNSET)

        _account_ref = d.pop("account_ref", UNSET)
        account_ref: AccountRef | Unset
        if isinstance(_account_ref, Unset):
            account_ref = UNSET
        else:
            account_ref = AccountRef.from_dict(_account_ref)

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_tax_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        memo = d.pop("memo", UNSET)

        _customer_ref = d.pop("customer_ref", UNSET)
        customer_ref: CustomerRef | Unset
        if isinstance(_customer_ref, Unset):
            customer_ref = UNSET
        else:
            customer_ref = CustomerRef.from_dict(_customer_ref)

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRef | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRef.from_dict(_class_ref)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRef.from_dict(_sales_tax_code_ref)

        _billable_status = d.pop("billable_status", UNSET)
        billable_status: ExpenseLineRetBillableStatus | Unset
        if isinstance(_billable_status, Unset):
            billable_status = UNSET
        else:
            billable_status = ExpenseLineRetBillableStatus(_billable_status)

        _sales_rep_ref = d.pop("sales_rep_ref", UNSET)
        sales_rep_ref: SalesRepRef | Unset
        if isinstance(_sales_rep_ref, Unset):
            sales_rep_ref = UNSET
        else:
            sales_rep_ref = SalesRepRef.from_dict(_sales_rep_ref)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        expense_line_ret = cls(
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
            data_ext_ret=data_ext_ret,
        )

        expense_line_ret.additional_properties = d
        return expense_line_ret

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
