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

    @property
    def id_field(self) -> str:
        """The qbXML element that identifies a record: ListID or TxnID."""
        return "TxnID" if self.kind == "txn" else "ListID"


ITEM_TYPES: Final = (
    "ItemService",
    "ItemNonInventory",
    "ItemOtherCharge",
    "ItemInventory",
    "ItemSalesTax",
)


def _list(
    name: str, base: str, *, iterator: bool, delete: bool = True, mod: bool = True
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
    )


def _txn(name: str, base: str, *, void: bool = True) -> Resource:
    return Resource(
        name=name,
        query=f"{base}Query",
        kind="txn",
        deleted_types=(base,),
        iterator=True,
        add=(f"{base}Add",),
        mod=(f"{base}Mod",),
        can_void=void,
        can_delete=True,
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
        _list("terms", "StandardTerms", iterator=False, mod=False),
        _list("sales_tax_codes", "SalesTaxCode", iterator=False),
        _txn("invoices", "Invoice"),
        _txn("receive_payments", "ReceivePayment", void=False),
        _txn("credit_memos", "CreditMemo"),
        _txn("sales_receipts", "SalesReceipt"),
        _txn("bills", "Bill"),
        _txn("bill_payments", "BillPaymentCheck"),
        _txn("checks", "Check"),
        _txn("deposits", "Deposit"),
        _txn("journal_entries", "JournalEntry"),
        Resource(name="company", query="CompanyQuery", kind="company"),
    )
}

#: Sync order: lists first (transactions refer to them), the company record last.
SYNC_ORDER: Final = tuple(RESOURCES)
