from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ar_account_ref_input import ARAccountRefInput
    from ..models.bill_address_input import BillAddressInput
    from ..models.class_ref_input import ClassRefInput
    from ..models.credit_memo_line_add import CreditMemoLineAdd
    from ..models.credit_memo_line_group_add import CreditMemoLineGroupAdd
    from ..models.customer_msg_ref_input import CustomerMsgRefInput
    from ..models.customer_ref_input import CustomerRefInput
    from ..models.customer_sales_tax_code_ref_input import CustomerSalesTaxCodeRefInput
    from ..models.discount_line_add import DiscountLineAdd
    from ..models.item_sales_tax_ref_input import ItemSalesTaxRefInput
    from ..models.sales_rep_ref_input import SalesRepRefInput
    from ..models.sales_tax_line_add import SalesTaxLineAdd
    from ..models.ship_address_input import ShipAddressInput
    from ..models.ship_method_ref_input import ShipMethodRefInput
    from ..models.shipping_line_add import ShippingLineAdd
    from ..models.template_ref_input import TemplateRefInput
    from ..models.terms_ref_input import TermsRefInput


T = TypeVar("T", bound="CreditMemoCreate")


@_attrs_define
class CreditMemoCreate:
    """Create one of credit_memos: qbXML CreditMemoAdd in snake_case.

    Attributes:
        customer_ref (CustomerRefInput): qbXML CustomerRef in snake_case.
        class_ref (ClassRefInput | Unset): qbXML ClassRef in snake_case.
        ar_account_ref (ARAccountRefInput | Unset): qbXML ARAccountRef in snake_case.
        template_ref (TemplateRefInput | Unset): qbXML TemplateRef in snake_case.
        txn_date (datetime.date | Unset):
        ref_number (str | Unset):
        bill_address (BillAddressInput | Unset): qbXML BillAddress in snake_case.
        ship_address (ShipAddressInput | Unset): qbXML ShipAddress in snake_case.
        is_pending (bool | Unset):
        po_number (str | Unset):
        terms_ref (TermsRefInput | Unset): qbXML TermsRef in snake_case.
        due_date (datetime.date | Unset):
        sales_rep_ref (SalesRepRefInput | Unset): qbXML SalesRepRef in snake_case.
        fob (str | Unset):
        ship_date (datetime.date | Unset):
        ship_method_ref (ShipMethodRefInput | Unset): qbXML ShipMethodRef in snake_case.
        item_sales_tax_ref (ItemSalesTaxRefInput | Unset): qbXML ItemSalesTaxRef in snake_case.
        memo (str | Unset):
        customer_msg_ref (CustomerMsgRefInput | Unset): qbXML CustomerMsgRef in snake_case.
        is_to_be_printed (bool | Unset):
        is_to_be_emailed (bool | Unset):
        is_tax_included (bool | Unset): Canadian and UK editions only
        customer_sales_tax_code_ref (CustomerSalesTaxCodeRefInput | Unset): qbXML CustomerSalesTaxCodeRef in snake_case.
        other (str | Unset):
        exchange_rate (str | Unset): a decimal number, as a string
        external_guid (str | Unset):
        credit_memo_line_add (list[CreditMemoLineAdd] | Unset):
        credit_memo_line_group_add (list[CreditMemoLineGroupAdd] | Unset):
        discount_line_add (DiscountLineAdd | Unset): qbXML DiscountLineAdd in snake_case.
        sales_tax_line_add (SalesTaxLineAdd | Unset): qbXML SalesTaxLineAdd in snake_case.
        shipping_line_add (ShippingLineAdd | Unset): qbXML ShippingLineAdd in snake_case.
    """

    customer_ref: CustomerRefInput
    class_ref: ClassRefInput | Unset = UNSET
    ar_account_ref: ARAccountRefInput | Unset = UNSET
    template_ref: TemplateRefInput | Unset = UNSET
    txn_date: datetime.date | Unset = UNSET
    ref_number: str | Unset = UNSET
    bill_address: BillAddressInput | Unset = UNSET
    ship_address: ShipAddressInput | Unset = UNSET
    is_pending: bool | Unset = UNSET
    po_number: str | Unset = UNSET
    terms_ref: TermsRefInput | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    sales_rep_ref: SalesRepRefInput | Unset = UNSET
    fob: str | Unset = UNSET
    ship_date: datetime.date | Unset = UNSET
    ship_method_ref: ShipMethodRefInput | Unset = UNSET
    item_sales_tax_ref: ItemSalesTaxRefInput | Unset = UNSET
    memo: str | Unset = UNSET
    customer_msg_ref: CustomerMsgRefInput | Unset = UNSET
    is_to_be_printed: bool | Unset = UNSET
    is_to_be_emailed: bool | Unset = UNSET
    is_tax_included: bool | Unset = UNSET
    customer_sales_tax_code_ref: CustomerSalesTaxCodeRefInput | Unset = UNSET
    other: str | Unset = UNSET
    exchange_rate: str | Unset = UNSET
    external_guid: str | Unset = UNSET
    credit_memo_line_add: list[CreditMemoLineAdd] | Unset = UNSET
    credit_memo_line_group_add: list[CreditMemoLineGroupAdd] | Unset = UNSET
    discount_line_add: DiscountLineAdd | Unset = UNSET
    sales_tax_line_add: SalesTaxLineAdd | Unset = UNSET
    shipping_line_add: ShippingLineAdd | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        txn_date: str | Unset = UNSET
        if not isinstance(self.txn_date, Unset):
            txn_date = self.txn_date.isoformat()

        ref_number = self.ref_number

        bill_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_address, Unset):
            bill_address = self.bill_address.to_dict()

        ship_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_address, Unset):
            ship_address = self.ship_address.to_dict()

        is_pending = self.is_pending

        po_number = self.po_number

        terms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms_ref, Unset):
            terms_ref = self.terms_ref.to_dict()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        sales_rep_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_rep_ref, Unset):
            sales_rep_ref = self.sales_rep_ref.to_dict()

        fob = self.fob

        ship_date: str | Unset = UNSET
        if not isinstance(self.ship_date, Unset):
            ship_date = self.ship_date.isoformat()

        ship_method_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_method_ref, Unset):
            ship_method_ref = self.ship_method_ref.to_dict()

        item_sales_tax_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_sales_tax_ref, Unset):
            item_sales_tax_ref = self.item_sales_tax_ref.to_dict()

        memo = self.memo

        customer_msg_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_msg_ref, Unset):
            customer_msg_ref = self.customer_msg_ref.to_dict()

        is_to_be_printed = self.is_to_be_printed

        is_to_be_emailed = self.is_to_be_emailed

        is_tax_included = self.is_tax_included

        customer_sales_tax_code_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_sales_tax_code_ref, Unset):
            customer_sales_tax_code_ref = self.customer_sales_tax_code_ref.to_dict()

        other = self.other

        exchange_rate = self.exchange_rate

        external_guid = self.external_guid

        credit_memo_line_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_memo_line_add, Unset):
            credit_memo_line_add = []
            for credit_memo_line_add_item_data in self.credit_memo_line_add:
                credit_memo_line_add_item = credit_memo_line_add_item_data.to_dict()
                credit_memo_line_add.append(credit_memo_line_add_item)

        credit_memo_line_group_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_memo_line_group_add, Unset):
            credit_memo_line_group_add = []
            for credit_memo_line_group_add_item_data in self.credit_memo_line_group_add:
                credit_memo_line_group_add_item = credit_memo_line_group_add_item_data.to_dict()
                credit_memo_line_group_add.append(credit_memo_line_group_add_item)

        discount_line_add: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_line_add, Unset):
            discount_line_add = self.discount_line_add.to_dict()

        sales_tax_line_add: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_line_add, Unset):
            sales_tax_line_add = self.sales_tax_line_add.to_dict()

        shipping_line_add: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_line_add, Unset):
            shipping_line_add = self.shipping_line_add.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_ref": customer_ref,
            }
        )
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
        if ship_address is not UNSET:
            field_dict["ship_address"] = ship_address
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
        if item_sales_tax_ref is not UNSET:
            field_dict["item_sales_tax_ref"] = item_sales_tax_ref
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
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if external_guid is not UNSET:
            field_dict["external_guid"] = external_guid
        if credit_memo_line_add is not UNSET:
            field_dict["credit_memo_line_add"] = credit_memo_line_add
        if credit_memo_line_group_add is not UNSET:
            field_dict["credit_memo_line_group_add"] = credit_memo_line_group_add
        if discount_line_add is not UNSET:
            field_dict["discount_line_add"] = discount_line_add
        if sales_tax_line_add is not UNSET:
            field_dict["sales_tax_line_add"] = sales_tax_line_add
        if shipping_line_add is not UNSET:
            field_dict["shipping_line_add"] = shipping_line_add

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ar_account_ref_input import ARAccountRefInput  # noqa: PLC0415
        from ..models.bill_address_input import BillAddressInput  # noqa: PLC0415
        from ..models.class_ref_input import ClassRefInput  # noqa: PLC0415
        from ..models.credit_memo_line_add import CreditMemoLineAdd  # noqa: PLC0415
        from ..models.credit_memo_line_group_add import CreditMemoLineGroupAdd  # noqa: PLC0415
        from ..models.customer_msg_ref_input import CustomerMsgRefInput  # noqa: PLC0415
        from ..models.customer_ref_input import CustomerRefInput  # noqa: PLC0415
        from ..models.customer_sales_tax_code_ref_input import CustomerSalesTaxCodeRefInput  # noqa: PLC0415
        from ..models.discount_line_add import DiscountLineAdd  # noqa: PLC0415
        from ..models.item_sales_tax_ref_input import ItemSalesTaxRefInput  # noqa: PLC0415
        from ..models.sales_rep_ref_input import SalesRepRefInput  # noqa: PLC0415
        from ..models.sales_tax_line_add import SalesTaxLineAdd  # noqa: PLC0415
        from ..models.ship_address_input import ShipAddressInput  # noqa: PLC0415
        from ..models.ship_method_ref_input import ShipMethodRefInput  # noqa: PLC0415
        from ..models.shipping_line_add import ShippingLineAdd  # noqa: PLC0415
        from ..models.template_ref_input import TemplateRefInput  # noqa: PLC0415
        from ..models.terms_ref_input import TermsRefInput  # noqa: PLC0415

        d = dict(src_dict)
        customer_ref = CustomerRefInput.from_dict(d.pop("customer_ref"))

        _class_ref = d.pop("class_ref", UNSET)
        class_ref: ClassRefInput | Unset
        if isinstance(_class_ref, Unset):
            class_ref = UNSET
        else:
            class_ref = ClassRefInput.from_dict(_class_ref)

        _ar_account_ref = d.pop("ar_account_ref", UNSET)
        ar_account_ref: ARAccountRefInput | Unset
        if isinstance(_ar_account_ref, Unset):
            ar_account_ref = UNSET
        else:
            ar_account_ref = ARAccountRefInput.from_dict(_ar_account_ref)

        _template_ref = d.pop("template_ref", UNSET)
        template_ref: TemplateRefInput | Unset
        if isinstance(_template_ref, Unset):
            template_ref = UNSET
        else:
            template_ref = TemplateRefInput.from_dict(_template_ref)

        _txn_date = d.pop("txn_date", UNSET)
        txn_date: datetime.date | Unset
        if isinstance(_txn_date, Unset):
            txn_date = UNSET
        else:
            txn_date = datetime.date.fromisoformat(_txn_date)

        ref_number = d.pop("ref_number", UNSET)

        _bill_address = d.pop("bill_address", UNSET)
        bill_address: BillAddressInput | Unset
        if isinstance(_bill_address, Unset):
            bill_address = UNSET
        else:
            bill_address = BillAddressInput.from_dict(_bill_address)

        _ship_address = d.pop("ship_address", UNSET)
        ship_address: ShipAddressInput | Unset
        if isinstance(_ship_address, Unset):
            ship_address = UNSET
        else:
            ship_address = ShipAddressInput.from_dict(_ship_address)

        is_pending = d.pop("is_pending", UNSET)

        po_number = d.pop("po_number", UNSET)

        _terms_ref = d.pop("terms_ref", UNSET)
        terms_ref: TermsRefInput | Unset
        if isinstance(_terms_ref, Unset):
            terms_ref = UNSET
        else:
            terms_ref = TermsRefInput.from_dict(_terms_ref)

        _due_date = d.pop("due_date", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        _sales_rep_ref = d.pop("sales_rep_ref", UNSET)
        sales_rep_ref: SalesRepRefInput | Unset
        if isinstance(_sales_rep_ref, Unset):
            sales_rep_ref = UNSET
        else:
            sales_rep_ref = SalesRepRefInput.from_dict(_sales_rep_ref)

        fob = d.pop("fob", UNSET)

        _ship_date = d.pop("ship_date", UNSET)
        ship_date: datetime.date | Unset
        if isinstance(_ship_date, Unset):
            ship_date = UNSET
        else:
            ship_date = datetime.date.fromisoformat(_ship_date)

        _ship_method_ref = d.pop("ship_method_ref", UNSET)
        ship_method_ref: ShipMethodRefInput | Unset
        if isinstance(_ship_method_ref, Unset):
            ship_method_ref = UNSET
        else:
            ship_method_ref = ShipMethodRefInput.from_dict(_ship_method_ref)

        _item_sales_tax_ref = d.pop("item_sales_tax_ref", UNSET)
        item_sales_tax_ref: ItemSalesTaxRefInput | Unset
        if isinstance(_item_sales_tax_ref, Unset):
            item_sales_tax_ref = UNSET
        else:
            item_sales_tax_ref = ItemSalesTaxRefInput.from_dict(_item_sales_tax_ref)

        memo = d.pop("memo", UNSET)

        _customer_msg_ref = d.pop("customer_msg_ref", UNSET)
        customer_msg_ref: CustomerMsgRefInput | Unset
        if isinstance(_customer_msg_ref, Unset):
            customer_msg_ref = UNSET
        else:
            customer_msg_ref = CustomerMsgRefInput.from_dict(_customer_msg_ref)

        is_to_be_printed = d.pop("is_to_be_printed", UNSET)

        is_to_be_emailed = d.pop("is_to_be_emailed", UNSET)

        is_tax_included = d.pop("is_tax_included", UNSET)

        _customer_sales_tax_code_ref = d.pop("customer_sales_tax_code_ref", UNSET)
        customer_sales_tax_code_ref: CustomerSalesTaxCodeRefInput | Unset
        if isinstance(_customer_sales_tax_code_ref, Unset):
            customer_sales_tax_code_ref = UNSET
        else:
            customer_sales_tax_code_ref = CustomerSalesTaxCodeRefInput.from_dict(_customer_sales_tax_code_ref)

        other = d.pop("other", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)

        external_guid = d.pop("external_guid", UNSET)

        _credit_memo_line_add = d.pop("credit_memo_line_add", UNSET)
        credit_memo_line_add: list[CreditMemoLineAdd] | Unset = UNSET
        if _credit_memo_line_add is not UNSET:
            credit_memo_line_add = []
            for credit_memo_line_add_item_data in _credit_memo_line_add:
                credit_memo_line_add_item = CreditMemoLineAdd.from_dict(credit_memo_line_add_item_data)

                credit_memo_line_add.append(credit_memo_line_add_item)

        _credit_memo_line_group_add = d.pop("credit_memo_line_group_add", UNSET)
        credit_memo_line_group_add: list[CreditMemoLineGroupAdd] | Unset = UNSET
        if _credit_memo_line_group_add is not UNSET:
            credit_memo_line_group_add = []
            for credit_memo_line_group_add_item_data in _credit_memo_line_group_add:
                credit_memo_line_group_add_item = CreditMemoLineGroupAdd.from_dict(credit_memo_line_group_add_item_data)

                credit_memo_line_group_add.append(credit_memo_line_group_add_item)

        _discount_line_add = d.pop("discount_line_add", UNSET)
        discount_line_add: DiscountLineAdd | Unset
        if isinstance(_discount_line_add, Unset):
            discount_line_add = UNSET
        else:
            discount_line_add = DiscountLineAdd.from_dict(_discount_line_add)

        _sales_tax_line_add = d.pop("sales_tax_line_add", UNSET)
        sales_tax_line_add: SalesTaxLineAdd | Unset
        if isinstance(_sales_tax_line_add, Unset):
            sales_tax_line_add = UNSET
        else:
            sales_tax_line_add = SalesTaxLineAdd.from_dict(_sales_tax_line_add)

        _shipping_line_add = d.pop("shipping_line_add", UNSET)
        shipping_line_add: ShippingLineAdd | Unset
        if isinstance(_shipping_line_add, Unset):
            shipping_line_add = UNSET
        else:
            shipping_line_add = ShippingLineAdd.from_dict(_shipping_line_add)

        credit_memo_create = cls(
            customer_ref=customer_ref,
            class_ref=class_ref,
            ar_account_ref=ar_account_ref,
            template_ref=template_ref,
            txn_date=txn_date,
            ref_number=ref_number,
            bill_address=bill_address,
            ship_address=ship_address,
            is_pending=is_pending,
            po_number=po_number,
            terms_ref=terms_ref,
            due_date=due_date,
            sales_rep_ref=sales_rep_ref,
            fob=fob,
            ship_date=ship_date,
            ship_method_ref=ship_method_ref,
            item_sales_tax_ref=item_sales_tax_ref,
            memo=memo,
            customer_msg_ref=customer_msg_ref,
            is_to_be_printed=is_to_be_printed,
            is_to_be_emailed=is_to_be_emailed,
            is_tax_included=is_tax_included,
            customer_sales_tax_code_ref=customer_sales_tax_code_ref,
            other=other,
            exchange_rate=exchange_rate,
            external_guid=external_guid,
            credit_memo_line_add=credit_memo_line_add,
            credit_memo_line_group_add=credit_memo_line_group_add,
            discount_line_add=discount_line_add,
            sales_tax_line_add=sales_tax_line_add,
            shipping_line_add=shipping_line_add,
        )

        return credit_memo_create
