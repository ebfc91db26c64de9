"""The QuickBooks object types the hub syncs and writes, named as the REST API names them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal


@dataclass(frozen=True)
class Resource:
    """One REST resource and the qbXML that reads and writes it."""

    name: str  # REST path segment: "invoices"
    query: str  # "InvoiceQuery"
    kind: Literal["list", "txn", "company"]
    deleted_types: tuple[str, ...] = ()  # ListDelType / TxnDelType values
    iterator: bool = False  # whether the query pages through a QuickBooks iterator
    add: tuple[str, ...] = ()  # "InvoiceAdd"; items have one Add per item type
    mod: tuple[str, ...] = ()
    can_void: bool = False
    can_delete: bool = False
    line_items: bool = True  # whether the txn query takes IncludeLineItems (TransferQuery not)
    # (action, what to do instead): why QuickBooks refuses an action, in words for its user.
    refusals: tuple[tuple[str, str], ...] = ()

    @property
    def id_field(self) -> str:
        """The qbXML element that identifies a record: ListID or TxnID."""
        return "TxnID" if self.kind == "txn" else "ListID"

    def why_not(self, action: str) -> str | None:
        """What to do instead, where QuickBooks refuses ``action`` ("updated", "voided", ...)."""
        return dict(self.refusals).get(action)


ITEM_TYPES: Final = (
    "ItemService",
    "ItemNonInventory",
    "ItemOtherCharge",
    "ItemInventory",
    "ItemSalesTax",
)


def _list(
    name: str,
    base: str,
    *,
    iterator: bool,
    delete: bool = True,
    mod: bool = True,
    refusals: tuple[tuple[str, str], ...] = (),
) -> Resource:
    return Resource(
        name=name,
        query=f"{base}Query",
        kind="list",
        deleted_types=(base,),
        iterator=iterator,
        add=(f"{base}Add",),
        mod=(f"{base}Mod",) if mod else (),
        can_delete=delete,
        refusals=refusals,
    )


def _txn(
    name: str,
    base: str,
    *,
    void: bool = True,
    delete: bool = True,
    lines: bool = True,
    refusals: tuple[tuple[str, str], ...] = (),
) -> Resource:
    return Resource(
        name=name,
        query=f"{base}Query",
        kind="txn",
        # Only types TxnDeletedQuery takes: a type it cannot report has no deletion sync.
        deleted_types=(base,) if delete else (),
        iterator=True,
        add=(f"{base}Add",),
        mod=(f"{base}Mod",),
        can_void=void,
        can_delete=delete,
        line_items=lines,
        refusals=refusals,
    )


# What to do instead, where qbXML 13.0 lacks the action (TxnVoidType, TxnDelType, no Mod).
_ESTIMATE_NOT_VOIDED = (
    "An estimate posts nothing to the books, so QuickBooks does not void it: delete it, or mark "
    "it inactive with an update (is_active: false)."
)
_ORDER_NOT_VOIDED = (
    "A {what} posts nothing to the books, so QuickBooks does not void it: close it with an "
    "update (is_manually_closed: true), or delete it."
)
_TERMS_FIXED = (
    "QuickBooks does not let other programs change payment terms: change them in QuickBooks "
    "itself (Lists > Customer & Vendor Profile Lists > Terms List)."
)
_PAYMENT_METHOD_FIXED = (
    "QuickBooks does not let other programs change a payment method: change it in QuickBooks "
    "itself (Lists > Customer & Vendor Profile Lists > Payment Method List), or delete it and "
    "create a new one."
)
_TRANSFER_FIXED = (
    "QuickBooks does not let other programs void or delete a funds transfer: change it with an "
    "update (amount, accounts, date), or void or delete it in QuickBooks itself."
)


RESOURCES: Final[dict[str, Resource]] = {
    r.name: r
    for r in (
        _list("accounts", "Account", iterator=False),
        _list("customers", "Customer", iterator=True),
        _list("vendors", "Vendor", iterator=True),
        _list("employees", "Employee", iterator=False),
        Resource(
            name="items",
            query="ItemQuery",
            kind="list",
            deleted_types=ITEM_TYPES,
            iterator=True,
            add=tuple(f"{t}Add" for t in ITEM_TYPES),
            mod=tuple(f"{t}Mod" for t in ITEM_TYPES),
            can_delete=True,
        ),
        _list("classes", "Class", iterator=False),
        _list(
            "terms",
            "StandardTerms",
            iterator=False,
            mod=False,
            refusals=(("updated", _TERMS_FIXED),),
        ),
        _list("sales_tax_codes", "SalesTaxCode", iterator=False),
        # qbXML 13.0 has no iterator on these three list queries: one request each.
        _list("price_levels", "PriceLevel", iterator=False),
        _list(
            "payment_methods",
            "PaymentMethod",
            iterator=False,
            mod=False,
            refusals=(("updated", _PAYMENT_METHOD_FIXED),),
        ),
        _list("other_names", "OtherName", iterator=False),
        # Transactions that others link to come before them: estimates and sales orders
        # before invoices, purchase orders before item receipts and bills.
        _txn("estimates", "Estimate", void=False, refusals=(("voided", _ESTIMATE_NOT_VOIDED),)),
        _txn(
            "sales_orders",
            "SalesOrder",
            void=False,
            refusals=(("voided", _ORDER_NOT_VOIDED.format(what="sales order")),),
        ),
        _txn("invoices", "Invoice"),
        _txn("receive_payments", "ReceivePayment", void=False),
        _txn("credit_memos", "CreditMemo"),
        _txn("sales_receipts", "SalesReceipt"),
        _txn(
            "purchase_orders",
            "PurchaseOrder",
            void=False,
            refusals=(("voided", _ORDER_NOT_VOIDED.format(what="purchase order")),),
        ),
        _txn("item_receipts", "ItemReceipt"),
        _txn("bills", "Bill"),
        _txn("vendor_credits", "VendorCredit"),
        _txn("bill_payments", "BillPaymentCheck"),
        _txn("checks", "Check"),
        _txn("credit_card_charges", "CreditCardCharge"),
        _txn("credit_card_credits", "CreditCardCredit"),
        _txn("deposits", "Deposit"),
        # Transfer is in neither TxnVoidType, TxnDelType nor TxnDeletedQuery's TxnDelType, and
        # its query takes no IncludeLineItems (a transfer has no lines).
        _txn(
            "transfers",
            "Transfer",
            void=False,
            delete=False,
            lines=False,
            refusals=(("voided", _TRANSFER_FIXED), ("deleted", _TRANSFER_FIXED)),
        ),
        _txn("inventory_adjustments", "InventoryAdjustment"),
        _txn("journal_entries", "JournalEntry"),
        Resource(name="company", query="CompanyQuery", kind="company"),
    )
}

#: Sync order: lists first (transactions refer to them), the company record last.
SYNC_ORDER: Final = tuple(RESOURCES)
