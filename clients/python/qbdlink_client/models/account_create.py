from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.account_create_account_type import AccountCreateAccountType
from ..models.account_create_detail_account_type import AccountCreateDetailAccountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_ref_input import CurrencyRefInput
    from ..models.parent_ref_input import ParentRefInput
    from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput


T = TypeVar("T", bound="AccountCreate")


@_attrs_define
class AccountCreate:
    """Create one of accounts: qbXML AccountAdd in snake_case.

    Attributes:
        name (str):
        account_type (AccountCreateAccountType):
        is_active (bool | Unset):
        parent_ref (ParentRefInput | Unset): qbXML ParentRef in snake_case.
        detail_account_type (AccountCreateDetailAccountType | Unset):
        account_number (str | Unset):
        bank_number (str | Unset):
        desc (str | Unset):
        open_balance (str | Unset): an amount exact to the cent, as a string
        open_balance_date (datetime.date | Unset):
        sales_tax_code_ref (SalesTaxCodeRefInput | Unset): qbXML SalesTaxCodeRef in snake_case.
        tax_line_id (int | Unset):
        currency_ref (CurrencyRefInput | Unset): qbXML CurrencyRef in snake_case.
    """

    name: str
    account_type: AccountCreateAccountType
    is_active: bool | Unset = UNSET
    parent_ref: ParentRefInput | Unset = UNSET
    detail_account_type: AccountCreateDetailAccountType | Unset = UNSET
    account_number: str | Unset = UNSET
    bank_number: str | Unset = UNSET
    desc: str | Unset = UNSET
    open_balance: str | Unset = UNSET
    open_balance_date: datetime.date | Unset = UNSET
    sales_tax_code_ref: SalesTaxCodeRefInput | Unset = UNSET
    tax_line_id: int | Unset = UNSET
    currency_ref: CurrencyRefInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        account_type = self.account_type.value

        is_active = self.is_active

        parent_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_ref, Unset):
            parent_ref = self.parent_ref.to_dict()

        detail_account_type: str | Unset = UNSET
        if not isinstance(self.detail_account_type, Unset):
            detail_account_type = self.detail_account_type.value

        account_number = self.account_number

        bank_number = self.bank_number

        desc = self.desc

        open_balance = self.open_balance

        open_balance_date: str | Unset = UNSET
        if not isinstance(self.open_balance_date, Unset):
            open_balance_date = self.open_balance_date.isoformat()

        sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()

        tax_line_id = self.tax_line_id

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "account_type": account_type,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if parent_ref is not UNSET:
            field_dict["parent_ref"] = parent_ref
        if detail_account_type is not UNSET:
            field_dict["detail_account_type"] = detail_account_type
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if bank_number is not UNSET:
            field_dict["bank_number"] = bank_number
        if desc is not UNSET:
            field_dict["desc"] = desc
        if open_balance is not UNSET:
            field_dict["open_balance"] = open_balance
        if open_balance_date is not UNSET:
            field_dict["open_balance_date"] = open_balance_date
        if sales_tax_code_ref is not UNSET:
            field_dict["sales_tax_code_ref"] = sales_tax_code_ref
        if tax_line_id is not UNSET:
            field_dict["tax_line_id"] = tax_line_id
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_ref_input import CurrencyRefInput  # noqa: PLC0415
        from ..models.parent_ref_input import ParentRefInput  # noqa: PLC0415
        from ..models.sales_tax_code_ref_input import SalesTaxCodeRefInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        account_type = AccountCreateAccountType(d.pop("account_type"))

        is_active = d.pop("is_active", UNSET)

        _parent_ref = d.pop("parent_ref", UNSET)
        parent_ref: ParentRefInput | Unset
        if isinstance(_parent_ref, Unset):
            parent_ref = UNSET
        else:
            parent_ref = ParentRefInput.from_dict(_parent_ref)

        _detail_account_type = d.pop("detail_account_type", UNSET)
        detail_account_type: AccountCreateDetailAccountType | Unset
        if isinstance(_detail_account_type, Unset):
            detail_account_type = UNSET
        else:
            detail_account_type = AccountCreateDetailAccountType(_detail_account_type)

        account_number = d.pop("account_number", UNSET)

        bank_number = d.pop("bank_number", UNSET)

        desc = d.pop("desc", UNSET)

        open_balance = d.pop("open_balance", UNSET)

        _open_balance_date = d.pop("open_balance_date", UNSET)
        open_balance_date: datetime.date | Unset
        if isinstance(_open_balance_date, Unset):
            open_balance_date = UNSET
        else:
            open_balance_date = datetime.date.fromisoformat(_open_balance_date)

        _sales_tax_code_ref = d.pop("sales_tax_code_ref", UNSET)
        sales_tax_code_ref: SalesTaxCodeRefInput | Unset
        if isinstance(_sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        else:
            sales_tax_code_ref = SalesTaxCodeRefInput.from_dict(_sales_tax_code_ref)

        tax_line_id = d.pop("tax_line_id", UNSET)

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRefInput | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRefInput.from_dict(_currency_ref)

        account_create = cls(
            name=name,
            account_type=account_type,
            is_active=is_active,
            parent_ref=parent_ref,
            detail_account_type=detail_account_type,
            account_number=account_number,
            bank_number=bank_number,
            desc=desc,
            open_balance=open_balance,
            open_balance_date=open_balance_date,
            sales_tax_code_ref=sales_tax_code_ref,
            tax_line_id=tax_line_id,
            currency_ref=currency_ref,
        )

        return account_create
