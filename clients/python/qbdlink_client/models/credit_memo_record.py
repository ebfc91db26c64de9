from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ar_account_ref import ARAccountRef
    from ..models.bill_address import BillAddress
    from ..models.bill_address_block import BillAddressBlock
    from ..models.class_ref import ClassRef
    from ..models.credit_memo_line_group_ret import CreditMemoLineGroupRet
    from ..models.credit_memo_line_ret import CreditMemoLineRet
    from ..models.currency_ref import CurrencyRef
    from ..models.customer_msg_ref import CustomerMsgRef
    from ..models.customer_ref import CustomerRef
    from ..models.customer_sales_tax_code_ref import CustomerSalesTaxCodeRef
    from ..models.data_ext_ret import DataExtRet
    from ..models.discount_line_ret import DiscountLineRet
    from ..models.item_sales_tax_ref import ItemSalesTaxRef
    from ..models.linked_txn import LinkedTxn
    from ..models.sales_rep_ref import SalesRepRef
    from ..models.sales_tax_line_ret import SalesTaxLineRet
    from ..models.ship_address import ShipAddress
    from ..models.ship_address_block import ShipAddressBlock
    from ..models.ship_method_ref import ShipMethodRef
    from ..models.shipping_line_ret import ShippingLineRet
    from ..models.template_ref import TemplateRef
    from ..models.terms_ref import TermsRef


T = TypeVar("T", bound="CreditMemoRecord")


@_attrs_define
class CreditMemoRecord:
    """One of the link's credit_memos: qbXML CreditMemoRet in snake_case.

    Attributes:
        id (str): ListID or TxnID ('company' for the company record)
        object_ (Literal['credit_memo']): the qbXML type in snake_case
        revision (None | str): QuickBooks' EditSequence; send it with updates
        updated_at (datetime.datetime | None): QuickBooks' TimeModified, UTC
        deleted (bool): true once QuickBooks deleted the record
        deleted_at (datetime.datetime | None | Unset): when it was deleted
        txn_id (str | Unset):
        time_created (datetime.datetime | None | Unset):
        time_modified (datetime.datetime | None | Unset):
        edit_sequence (str | Unset):
        txn_number (int | None | Unset):
        customer_ref (CustomerRef | Unset): qbXML CustomerRef in snake_case.
        class_ref (ClassRef | Unset): qbXML ClassRef in snake_case.
        ar_account_ref (ARAccountRef | Unset): qbXML ARAccountRef in snake_case.
        template_ref (TemplateRef | Unset): qbXML TemplateRef in snake_case.
        txn_date (datetime.date | None | Unset):
        ref_number (str | Unset):
        bill_address (BillAddress | Unset): qbXML BillAddress in snake_case.
        bill_address_block (BillAddressBlock | Unset): qbXML BillAddressBlock in snake_case.
        ship_address (ShipAddress | Unset): qbXML ShipAddress in snake_case.
        ship_address_block (ShipAddressBlock | Unset): qbXML ShipAddressBlock in snake_case.
        is_pending (bool | None | Unset):
        po_number (str | Unset):
        terms_ref (TermsRef | Unset): qbXML TermsRef in snake_case.
        due_date (datetime.date | None | Unset):
        sales_rep_ref (SalesRepRef | Unset): qbXML SalesRepRef in snake_case.
        fob (str | Unset):
        ship_date (datetime.date | None | Unset):
        ship_method_ref (ShipMethodRef | Unset): qbXML ShipMethodRef in snake_case.
        subtotal (None | str | Unset): an amount exact to the cent, as a string
        item_sales_tax_ref (ItemSalesTaxRef | Unset): qbXML ItemSalesTaxRef in snake_case.
        sales_tax_percentage (None | str | Unset): a percentage with up to 5 decimal places, as a string
        sales_tax_total (None | str | Unset): an amount exact to the cent, as a string
        total_amount (None | str | Unset): an amount exact to the cent, as a string
        credit_remaining (None | str | Unset): an amount exact to the cent, as a string
        currency_ref (CurrencyRef | Unset): qbXML CurrencyRef in snake_case.
        exchange_rate (None | str | Unset): a decimal number, as a string
        credit_remaining_in_home_currency (None | str | Unset): an amount exact to the cent, as a string
        memo (str | Unset):
        customer_msg_ref (CustomerMsgRef | Unset): qbXML CustomerMsgRef in snake_case.
        is_to_be_printed (bool | None | Unset):
        is_to_be_emailed (bool | None | Unset):
        is_tax_included (bool | None | Unset): Canadian and UK editions only
        customer_sales_tax_code_ref (CustomerSalesTaxCodeRef | Unset): qbXML CustomerSalesTaxCodeRef in snake_case.
        other (str | Unset):
        external_guid (None | str | Unset):
        linked_txn (list[LinkedTxn] | Unset):
        credit_memo_line_ret (list[CreditMemoLineRet] | Unset):
        credit_memo_line_group_ret (list[CreditMemoLineGroupRet] | Unset):
        discount_line_ret (DiscountLineRet | Unset): qbXML DiscountLineRet in snake_case.
        sales_tax_line_ret (SalesTaxLineRet | Unset): qbXML SalesTaxLineRet in snake_case.
        shipping_line_ret (ShippingLineRet | Unset): qbXML ShippingLineRet in snake_case.
        data_ext_ret (list[DataExtRet] | Unset):
    """

    id: str
    object_: Literal["credit_memo"]
    revision: None | str
    updated_at: datetime.datetime | None
    deleted: bool
    deleted_at: datetime.datetime | None | Unset = UNSET
    txn_id: str | Unset = UNSET
    time_created: datetime.datetime | None | Unset = UNSET
    time_modified: datetime.datetime | None | Unset = UNSET
    edit_sequence: str | Unset = UNSET
    txn_number: int | None | Unset = UNSET
    customer_ref: CustomerRef | Unset = UNSET
    class_ref: ClassRef | Unset = UNSET
    ar_account_ref: ARAccountRef | Unset = UNSET
    template_ref: TemplateRef | Unset = UNSET
    txn_date: datetime.date | None | Unset = UNSET
    ref_number: str | Unset = UNSET
    bill_address: BillAddress | Unset = UNSET
    bill_address_block: BillAddressBlock | Unset = UNSET
    ship_address: ShipAddress | Unset = UNSET
    ship_address_block: ShipAddressBlock | Unset = UNSET
    is_pending: bool | None | Unset = UNSET
    po_number: str | Unset = UNSET
    terms_ref: TermsRef | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    sales_rep_ref: SalesRepRef | Unset = UNSET
    fob: str | Unset = UNSET
    ship_date: datetime.date | None | Unset = UNSET
    ship_method_ref: ShipMethodRef | Unset = UNSET
    subtotal: None | str | Unset = UNSET
    item_sales_tax_ref: ItemSalesTaxRef | Unset = UNSET
    sales_tax_percentage: None | str | Unset = UNSET
    sales_tax_total: None | str | Unset = UNSET
    total_amount: None | str | Unset = UNSET
    credit_remaining: None | str | Unset = UNSET
    currency_ref: CurrencyRef | Unset = UNSET
    exchange_rate: None | str | Unset = UNSET
    credit_remaining_in_home_currency: None | str | Unset = UNSET
    memo: str | Unset = UNSET
    customer_msg_ref: CustomerMsgRef | Unset = UNSET
    is_to_be_printed: bool | None | Unset = UNSET
    is_to_be_emailed: bool | None | Unset = UNSET
    is_tax_included: bool | None | Unset = UNSET
    customer_sales_tax_code_ref: CustomerSalesTaxCodeRef | Unset = UNSET
    other: str | Unset = UNSET
    external_guid: None | str | Unset = UNSET
    linked_txn: list[LinkedTxn] | Unset = UNSET
    credit_memo_line_ret: list[CreditMemoLineRet] | Unset = UNSET
    credit_memo_line_group_ret: list[CreditMemoLineGroupRet] | Unset = UNSET
    discount_line_ret: DiscountLineRet | Unset = UNSET
    sales_tax_line_ret: SalesTaxLineRet | Unset = UNSET
    shipping_line_ret: ShippingLineRet | Unset = UNSET
    data_ext_ret: list[DataExtRet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        revision: None | str
        revision = self.revision

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        deleted = self.deleted

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        txn_id = self.txn_id

        time_created: None | str | Unset
        if isinstance(self.time_created, Unset):
            time_created = UNSET
        elif isinstance(self.time_created, datetime.datetime):
            time_created = self.time_created.isoformat()
        else:
            time_created = self.time_created

        time_modified: None | str | Unset
        if isinstance(self.time_modified, Unset):
            time_modified = UNSET
        elif isinstance(self.time_modified, datetime.datetime):
            time_modified = self.time_modified.isoformat()
        else:
            time_modified = self.time_modified

        edit_sequence = self.edit_sequence

        txn_number: int | None | Unset
        if isinstance(self.txn_number, Unset):
            txn_number = UNSET
        else:
            txn_number = self.txn_number

        customer_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref, Unset):
            customer_ref = self.customer_ref.to_dict()

        class_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_ref, Unset):
            class_ref = self.class_ref.to_dict()

        ar_account_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ar_account_ref, Unset):
            ar_account_ref = self.ar_account_ref.to_dict()

        template_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_ref, Unset):
            template_ref = self.template_ref.to_dict()

        txn_date: None | str | Unset
        if isinstance(self.txn_date, Unset):
            txn_date = UNSET
        elif isinstance(self.txn_date, datetime.date):
            txn_date = self.txn_date.isoformat()
        else:
            txn_date = self.txn_date

        ref_number = self.ref_number

        bill_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_address, Unset):
            bill_address = self.bill_address.to_dict()

        bill_address_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_address_block, Unset):
            bill_address_block = self.bill_address_block.to_dict()

        ship_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_address, Unset):
            ship_address = self.ship_address.to_dict()

        ship_address_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_address_block, Unset):
            ship_address_block = self.ship_address_block.to_dict()

        is_pending: bool | None | Unset
        if isinstance(self.is_pending, Unset):
            is_pending = UNSET
        else:
            is_pending = self.is_pending

        po_number = self.po_number

        terms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms_ref, Unset):
            terms_ref = self.terms_ref.to_dict()

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        sales_rep_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_rep_ref, Unset):
            sales_rep_ref = self.sales_rep_ref.to_dict()

        fob = self.fob

        ship_date: None | str | Unset
        if isinstance(self.ship_date, Unset):
            ship_date = UNSET
        elif isinstance(self.ship_date, datetime.date):
            ship_date = self.ship_date.isoformat()
        else:
            ship_date = self.ship_date

        ship_method_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_method_ref, Unset):
            ship_method_ref = self.ship_method_ref.to_dict()

        subtotal: None | str | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        item_sales_tax_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_sales_tax_ref, Unset):
            item_sales_tax_ref = self.item_sales_tax_ref.to_dict()

        sales_tax_percentage: None | str | Unset
        if isinstance(self.sales_tax_percentage, Unset):
            sales_tax_percentage = UNSET
        else:
            sales_tax_percentage = self.sales_tax_percentage

        sales_tax_total: None | str | Unset
        if isinstance(self.sales_tax_total, Unset):
            sales_tax_total = UNSET
        else:
            sales_tax_total = self.sales_tax_total

        total_amount: None | str | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        credit_remaining: None | str | Unset
        if isinstance(self.credit_remaining, Unset):
            credit_remaining = UNSET
        else:
            credit_remaining = self.credit_remaining

        currency_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_ref, Unset):
            currency_ref = self.currency_ref.to_dict()

        exchange_rate: None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        credit_remaining_in_home_currency: None | str | Unset
        if isinstance(self.credit_remaining_in_home_currency, Unset):
            credit_remaining_in_home_currency = UNSET
        else:
            credit_remaining_in_home_currency = self.credit_remaining_in_home_currency

        memo = self.memo

        customer_msg_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_msg_ref, Unset):
            customer_msg_ref = self.customer_msg_ref.to_dict()

        is_to_be_printed: bool | None | Unset
        if isinstance(self.is_to_be_printed, Unset):
            is_to_be_printed = UNSET
        else:
            is_to_be_printed = self.is_to_be_printed

        is_to_be_emailed: bool | None | Unset
        if isinstance(self.is_to_be_emailed, Unset):
            is_to_be_emailed = UNSET
        else:
            is_to_be_emailed = self.is_to_be_emailed

        is_tax_included: bool | None | Unset
        if isinstance(self.is_tax_included, Unset):
            is_tax_included = UNSET
        else:
            is_tax_included = self.is_tax_included

        customer_sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_sales_tax_code_ref, Unset):
            customer_sales_tax_code_ref = self.customer_sales_tax_code_ref.to_dict()

        other = self.other

        external_guid: None | str | Unset
        if isinstance(self.external_guid, Unset):
            external_guid = UNSET
        else:
            external_guid = self.external_guid

        linked_txn: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_txn, Unset):
            linked_txn = []
            for linked_txn_item_data in self.linked_txn:
                linked_txn_item = linked_txn_item_data.to_dict()
                linked_txn.append(linked_txn_item)

        credit_memo_line_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_memo_line_ret, Unset):
            credit_memo_line_ret = []
            for credit_memo_line_ret_item_data in self.credit_memo_line_ret:
                credit_memo_line_ret_item = credit_memo_line_ret_item_data.to_dict()
                credit_memo_line_ret.append(credit_memo_line_ret_item)

        credit_memo_line_group_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_memo_line_group_ret, Unset):
            credit_memo_line_group_ret = []
            for credit_memo_line_group_ret_item_data in self.credit_memo_line_group_ret:
                credit_memo_line_group_ret_item = credit_memo_line_group_ret_item_data.to_dict()
                credit_memo_line_group_ret.append(credit_memo_line_group_ret_item)

        discount_line_ret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_line_ret, Unset):
            discount_line_ret = self.discount_line_ret.to_dict()

        sales_tax_line_ret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_line_ret, Unset):
            sales_tax_line_ret = self.sales_tax_line_ret.to_dict()

        shipping_line_ret: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_line_ret, Unset):
            shipping_line_ret = self.shipping_line_ret.to_dict()

        data_ext_ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_ext_ret, Unset):
            data_ext_ret = []
            for data_ext_ret_item_data in self.data_ext_ret:
                data_ext_ret_item = data_ext_ret_item_data.to_dict()
                data_ext_ret.append(data_ext_ret_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "revision": revision,
                "updated_at": updated_at,
                "deleted": deleted,
            }
        )
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if txn_id is not UNSET:
            field_dict["txn_id"] = txn_id
        if time_created is not UNSET:
            field_dict["time_created"] = time_created
        if time_modified is not UNSET:
            field_dict["time_modified"] = time_modified
        if edit_sequence is not UNSET:
            field_dict["edit_sequence"] = edit_sequence
        if txn_number is not UNSET:
            field_dict["txn_number"] = txn_number
        if customer_ref is not UNSET:
            field_dict["customer_ref"] = customer_ref
        if class_ref is not UNSET:
            field_dict["class_ref"] = class_ref
        if ar_account_ref is not UNSET:
            field_dict["ar_account_ref"] = ar_account_ref
        if template_ref is not UNSET:
            field_dict["template_ref"] = template_ref
        if txn_date is not UNSET:
            field_dict["txn_date"] = txn_date
        if ref_number is not UNSET:
            field_dict["ref_number"] = ref_number
        if bill_address is not UNSET:
            field_dict["bill_address"] = bill_address
        if bill_address_block is not UNSET:
            field_dict["bill_address_block"] = bill_address_block
        if ship_address is not UNSET:
            field_dict["ship_address"] = ship_address
        if ship_address_block is not UNSET:
            field_dict["ship_address_block"] = ship_address_block
        if is_pending is not UNSET:
            field_dict["is_pending"] = is_pending
        if po_number is not UNSET:
            field_dict["po_number"] = po_number
        if terms_ref is not UNSET:
            field_dict["terms_ref"] = terms_ref
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if sales_rep_ref is not UNSET:
            field_dict["sales_rep_ref"] = sales_rep_ref
        if fob is not UNSET:
            field_dict["fob"] = fob
        if ship_date is not UNSET:
            field_dict["ship_date"] = ship_date
        if ship_method_ref is not UNSET:
            field_dict["ship_method_ref"] = ship_method_ref
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if item_sales_tax_ref is not UNSET:
            field_dict["item_sales_tax_ref"] = item_sales_tax_ref
        if sales_tax_percentage is not UNSET:
            field_dict["sales_tax_percentage"] = sales_tax_percentage
        if sales_tax_total is not UNSET:
            field_dict["sales_tax_total"] = sales_tax_total
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if credit_remaining is not UNSET:
            field_dict["credit_remaining"] = credit_remaining
        if currency_ref is not UNSET:
            field_dict["currency_ref"] = currency_ref
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if credit_remaining_in_home_currency is not UNSET:
            field_dict["credit_remaining_in_home_currency"] = credit_remaining_in_home_currency
        if memo is not UNSET:
            field_dict["memo"] = memo
        if customer_msg_ref is not UNSET:
            field_dict["customer_msg_ref"] = customer_msg_ref
        if is_to_be_printed is not UNSET:
            field_dict["is_to_be_printed"] = is_to_be_printed
        if is_to_be_emailed is not UNSET:
            field_dict["is_to_be_emailed"] = is_to_be_emailed
        if is_tax_included is not UNSET:
            field_dict["is_tax_included"] = is_tax_included
        if customer_sales_tax_code_ref is not UNSET:
            field_dict["customer_sales_tax_code_ref"] = customer_sales_tax_code_ref
        if other is not UNSET:
            field_dict["other"] = other
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if linked_txn is not UNSET:
            field_dict["linked_txn"] = linked_txn
        if credit_memo_line_ret is not UNSET:
            field_dict["credit_memo_line_ret"] = credit_memo_line_ret
        if credit_memo_line_group_ret is not UNSET:
            field_dict["credit_memo_line_group_ret"] = credit_memo_line_group_ret
        if discount_line_ret is not UNSET:
            field_dict["discount_line_ret"] = discount_line_ret
        if sales_tax_line_ret is not UNSET:
            field_dict["sales_tax_line_ret"] = sales_tax_line_ret
        if shipping_line_ret is not UNSET:
            field_dict["shipping_line_ret"] = shipping_line_ret
        if data_ext_ret is not UNSET:
            field_dict["data_ext_ret"] = data_ext_ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ar_account_ref import ARAccountRef  # noqa: PLC0415
        from ..models.bill_address import BillAddress  # noqa: PLC0415
        from ..models.bill_address_block import BillAddressBlock  # noqa: PLC0415
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.credit_memo_line_group_ret import CreditMemoLineGroupRet  # noqa: PLC0415
        from ..models.credit_memo_line_ret import CreditMemoLineRet  # noqa: PLC0415
        from ..models.currency_ref import CurrencyRef  # noqa: PLC0415
        from ..models.customer_msg_ref import CustomerMsgRef  # noqa: PLC0415
        from ..models.customer_ref import CustomerRef  # noqa: PLC0415
        from ..models.customer_sales_tax_code_ref import CustomerSalesTaxCodeRef  # noqa: PLC0415
        from ..models.data_ext_ret import DataExtRet  # noqa: PLC0415
        from ..models.discount_line_ret import DiscountLineRet  # noqa: PLC0415
        from ..models.item_sales_tax_ref import ItemSalesTaxRef  # noqa: PLC0415
        from ..models.linked_txn import LinkedTxn  # noqa: PLC0415
        from ..models.sales_rep_ref import SalesRepRef  # noqa: PLC0415
        from ..models.sales_tax_line_ret import SalesTaxLineRet  # noqa: PLC0415
        from ..models.ship_address import ShipAddress  # noqa: PLC0415
        from ..models.ship_address_block import ShipAddressBlock  # noqa: PLC0415
        from ..models.ship_method_ref import ShipMethodRef  # noqa: PLC0415
        from ..models.shipping_line_ret import ShippingLineRet  # noqa: PLC0415
        from ..models.template_ref import TemplateRef  # noqa: PLC0415
        from ..models.terms_ref import TermsRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["credit_memo"], d.pop("object"))
        if object_ != "credit_memo":
            raise ValueError(f"object must match const 'credit_memo', got '{object_}'")

        def _parse_revision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revision = _parse_revision(d.pop("revision"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        deleted = d.pop("deleted")

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        txn_id = d.pop("txn_id", UNSET)

        def _parse_time_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_created_type_0 = datetime.datetime.fromisoformat(data)

                return time_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        time_created = _parse_time_created(d.pop("time_created", UNSET))

        def _parse_time_modified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_modified_type_0 = datetime.datetime.fromisoformat(data)

                return time_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        time_modified = _parse_time_modified(d.pop("time_modified", UNSET))

        edit_sequence = d.pop("edit_sequence", UNSET)

        def _parse_txn_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        txn_number = _parse_txn_number(d.pop("txn_number", UNSET))

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

        _ar_account_ref = d.pop("ar_account_ref", UNSET)
        ar_account_ref: ARAccountRef | Unset
        if isinstance(_ar_account_ref, Unset):
            ar_account_ref = UNSET
        else:
            ar_account_ref = ARAccountRef.from_dict(_ar_account_ref)

        _template_ref = d.pop("template_ref", UNSET)
        template_ref: TemplateRef | Unset
        if isinstance(_template_ref, Unset):
            template_ref = UNSET
        else:
            template_ref = TemplateRef.from_dict(_template_ref)

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

        _bill_address = d.pop("bill_address", UNSET)
        bill_address: BillAddress | Unset
        if isinstance(_bill_address, Unset):
            bill_address = UNSET
        else:
            bill_address = BillAddress.from_dict(_bill_address)

        _bill_address_block = d.pop("bill_address_block", UNSET)
        bill_address_block: BillAddressBlock | Unset
        if isinstance(_bill_address_block, Unset):
            bill_address_block = UNSET
        else:
            bill_address_block = BillAddressBlock.from_dict(_bill_address_block)

        _ship_address = d.pop("ship_address", UNSET)
        ship_address: ShipAddress | Unset
        if isinstance(_ship_address, Unset):
            ship_address = UNSET
        else:
            ship_address = ShipAddress.from_dict(_ship_address)

        _ship_address_block = d.pop("ship_address_block", UNSET)
        ship_address_block: ShipAddressBlock | Unset
        if isinstance(_ship_address_block, Unset):
            ship_address_block = UNSET
        else:
            ship_address_block = ShipAddressBlock.from_dict(_ship_address_block)

        def _parse_is_pending(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_pending = _parse_is_pending(d.pop("is_pending", UNSET))

        po_number = d.pop("po_number", UNSET)

        _terms_ref = d.pop("terms_ref", UNSET)
        terms_ref: TermsRef | Unset
        if isinstance(_terms_ref, Unset):
            terms_ref = UNSET
        else:
            terms_ref = TermsRef.from_dict(_terms_ref)

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        _sales_rep_ref = d.pop("sales_rep_ref", UNSET)
        sales_rep_ref: SalesRepRef | Unset
        if isinstance(_sales_rep_ref, Unset):
            sales_rep_ref = UNSET
        else:
            sales_rep_ref = SalesRepRef.from_dict(_sales_rep_ref)

        fob = d.pop("fob", UNSET)

        def _parse_ship_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ship_date_type_0 = datetime.date.fromisoformat(data)

                return ship_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ship_date = _parse_ship_date(d.pop("ship_date", UNSET))

        _ship_method_ref = d.pop("ship_method_ref", UNSET)
        ship_method_ref: ShipMethodRef | Unset
        if isinstance(_ship_method_ref, Unset):
            ship_method_ref = UNSET
        else:
            ship_method_ref = ShipMethodRef.from_dict(_ship_method_ref)

        def _parse_subtotal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtotal = _parse_subtotal(d.pop("subtotal", UNSET))

        _item_sales_tax_ref = d.pop("item_sales_tax_ref", UNSET)
        item_sales_tax_ref: ItemSalesTaxRef | Unset
        if isinstance(_item_sales_tax_ref, Unset):
            item_sales_tax_ref = UNSET
        else:
            item_sales_tax_ref = ItemSalesTaxRef.from_dict(_item_sales_tax_ref)

        def _parse_sales_tax_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_tax_percentage = _parse_sales_tax_percentage(d.pop("sales_tax_percentage", UNSET))

        def _parse_sales_tax_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_tax_total = _parse_sales_tax_total(d.pop("sales_tax_total", UNSET))

        def _parse_total_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

        def _parse_credit_remaining(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_remaining = _parse_credit_remaining(d.pop("credit_remaining", UNSET))

        _currency_ref = d.pop("currency_ref", UNSET)
        currency_ref: CurrencyRef | Unset
        if isinstance(_currency_ref, Unset):
            currency_ref = UNSET
        else:
            currency_ref = CurrencyRef.from_dict(_currency_ref)

        def _parse_exchange_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange_rate = _parse_exchange_rate(d.pop("exchange_rate", UNSET))

        def _parse_credit_remaining_in_home_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_remaining_in_home_currency = _parse_credit_remaining_in_home_currency(
            d.pop("credit_remaining_in_home_currency", UNSET)
        )

        memo = d.pop("memo", UNSET)

        _customer_msg_ref = d.pop("customer_msg_ref", UNSET)
        customer_msg_ref: CustomerMsgRef | Unset
        if isinstance(_customer_msg_ref, Unset):
            customer_msg_ref = UNSET
        else:
            customer_msg_ref = CustomerMsgRef.from_dict(_customer_msg_ref)

        def _parse_is_to_be_printed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_to_be_printed = _parse_is_to_be_printed(d.pop("is_to_be_printed", UNSET))

        def _parse_is_to_be_emailed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_to_be_emailed = _parse_is_to_be_emailed(d.pop("is_to_be_emailed", UNSET))

        def _parse_is_tax_included(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_tax_included = _parse_is_tax_included(d.pop("is_tax_included", UNSET))

        _customer_sales_tax_code_ref = d.pop("customer_sales_tax_code_ref", UNSET)
        customer_sales_tax_code_ref: CustomerSalesTaxCodeRef | Unset
        if isinstance(_customer_sales_tax_code_ref, Unset):
            customer_sales_tax_code_ref = UNSET
        else:
            customer_sales_tax_code_ref = CustomerSalesTaxCodeRef.from_dict(_customer_sales_tax_code_ref)

        other = d.pop("other", UNSET)

        def _parse_external_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_guid = _parse_external_guid(d.pop("external_guid", UNSET))

        _linked_txn = d.pop("linked_txn", UNSET)
        linked_txn: list[LinkedTxn] | Unset = UNSET
        if _linked_txn is not UNSET:
            linked_txn = []
            for linked_txn_item_data in _linked_txn:
                linked_txn_item = LinkedTxn.from_dict(linked_txn_item_data)

                linked_txn.append(linked_txn_item)

        _credit_memo_line_ret = d.pop("credit_memo_line_ret", UNSET)
        credit_memo_line_ret: list[CreditMemoLineRet] | Unset = UNSET
        if _credit_memo_line_ret is not UNSET:
            credit_memo_line_ret = []
            for credit_memo_line_ret_item_data in _credit_memo_line_ret:
                credit_memo_line_ret_item = CreditMemoLineRet.from_dict(credit_memo_line_ret_item_data)

                credit_memo_line_ret.append(credit_memo_line_ret_item)

        _credit_memo_line_group_ret = d.pop("credit_memo_line_group_ret", UNSET)
        credit_memo_line_group_ret: list[CreditMemoLineGroupRet] | Unset = UNSET
        if _credit_memo_line_group_ret is not UNSET:
            credit_memo_line_group_ret = []
            for credit_memo_line_group_ret_item_data in _credit_memo_line_group_ret:
                credit_memo_line_group_ret_item = CreditMemoLineGroupRet.from_dict(credit_memo_line_group_ret_item_data)

                credit_memo_line_group_ret.append(credit_memo_line_group_ret_item)

        _discount_line_ret = d.pop("discount_line_ret", UNSET)
        discount_line_ret: DiscountLineRet | Unset
        if isinstance(_discount_line_ret, Unset):
            discount_line_ret = UNSET
        else:
            discount_line_ret = DiscountLineRet.from_dict(_discount_line_ret)

        _sales_tax_line_ret = d.pop("sales_tax_line_ret", UNSET)
        sales_tax_line_ret: SalesTaxLineRet | Unset
        if isinstance(_sales_tax_line_ret, Unset):
            sales_tax_line_ret = UNSET
        else:
            sales_tax_line_ret = SalesTaxLineRet.from_dict(_sales_tax_line_ret)

        _shipping_line_ret = d.pop("shipping_line_ret", UNSET)
        shipping_line_ret: ShippingLineRet | Unset
        if isinstance(_shipping_line_ret, Unset):
            shipping_line_ret = UNSET
        else:
            shipping_line_ret = ShippingLineRet.from_dict(_shipping_line_ret)

        _data_ext_ret = d.pop("data_ext_ret", UNSET)
        data_ext_ret: list[DataExtRet] | Unset = UNSET
        if _data_ext_ret is not UNSET:
            data_ext_ret = []
            for data_ext_ret_item_data in _data_ext_ret:
                data_ext_ret_item = DataExtRet.from_dict(data_ext_ret_item_data)

                data_ext_ret.append(data_ext_ret_item)

        credit_memo_record = cls(
            id=id,
            object_=object_,
            revision=revision,
            updated_at=updated_at,
            deleted=deleted,
            deleted_at=deleted_at,
            txn_id=txn_id,
            time_created=time_created,
            time_modified=time_modified,
            edit_sequence=edit_sequence,
            txn_number=txn_number,
            customer_ref=customer_ref,
            class_ref=class_ref,
            ar_account_ref=ar_account_ref,
            template_ref=template_ref,
            txn_date=txn_date,
            ref_number=ref_number,
            bill_address=bill_address,
            bill_address_block=bill_address_block,
            ship_address=ship_address,
            ship_address_block=ship_address_block,
            is_pending=is_pending,
            po_number=po_number,
            terms_ref=terms_ref,
            due_date=due_date,
            sales_rep_ref=sales_rep_ref,
            fob=fob,
            ship_date=ship_date,
            ship_method_ref=ship_method_ref,
            subtotal=subtotal,
            item_sales_tax_ref=item_sales_tax_ref,
            sales_tax_percentage=sales_tax_percentage,
            sales_tax_total=sales_tax_total,
            total_amount=total_amount,
            credit_remaining=credit_remaining,
            currency_ref=currency_ref,
            exchange_rate=exchange_rate,
            credit_remaining_in_home_currency=credit_remaining_in_home_currency,
            memo=memo,
            customer_msg_ref=customer_msg_ref,
            is_to_be_printed=is_to_be_printed,
            is_to_be_emailed=is_to_be_emailed,
            is_tax_included=is_tax_included,
            customer_sales_tax_code_ref=customer_sales_tax_code_ref,
            other=other,
            external_guid=external_guid,
            linked_txn=linked_txn,
            credit_memo_line_ret=credit_memo_line_ret,
            credit_memo_line_group_ret=credit_memo_line_group_ret,
            discount_line_ret=discount_line_ret,
            sales_tax_line_ret=sales_tax_line_ret,
            shipping_line_ret=shipping_line_ret,
            data_ext_ret=data_ext_ret,
        )

        credit_memo_record.additional_properties = d
        return credit_memo_record

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
