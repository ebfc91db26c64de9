"""The kinds of objects the simulator keeps, and what each reference element points to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of QuickBooks object (a list or a transaction type)."""

    name: str
    is_txn: bool = False
    hierarchical: bool = False
    # Kinds whose names must be unique together (3100): the "names" list shares one namespace.
    namespace: tuple[str, ...] = ()
    label: str = ""  # how QuickBooks names the list in messages ("customer", "item", ...)

    @property
    def ret(self) -> str:
        """The ``...Ret`` element of this kind."""
        return f"{self.name}Ret"

    @property
    def id_field(self) -> str:
        """``TxnID`` for transactions, ``ListID`` for list elements."""
        return "TxnID" if self.is_txn else "ListID"


NAMES: Final = ("Customer", "Vendor", "Employee", "OtherName")
ITEMS: Final = (
    "ItemService",
    "ItemNonInventory",
    "ItemOtherCharge",
    "ItemInventory",
    "ItemSalesTax",
    "ItemSalesTaxGroup",
    "ItemDiscount",
    "ItemSubtotal",
    "ItemPayment",
    "ItemGroup",
    "ItemInventoryAssembly",
    "ItemFixedAsset",
)
TERMS: Final = ("StandardTerms", "DateDrivenTerms")

KINDS: Final[dict[str, Kind]] = {
    kind.name: kind
    for kind in [
        Kind("Account", hierarchical=True, namespace=("Account",), label="account"),
        Kind("Customer", hierarchical=True, namespace=NAMES, label="customer"),
        Kind("Vendor", namespace=NAMES, label="vendor"),
        Kind("Employee", namespace=NAMES, label="employee"),
        Kind("OtherName", namespace=NAMES, label="other name"),
        Kind("Class", hierarchical=True, namespace=("Class",), label="class"),
        Kind("StandardTerms", namespace=TERMS, label="terms"),
        Kind("DateDrivenTerms", namespace=TERMS, label="terms"),
        Kind("SalesTaxCode", namespace=("SalesTaxCode",), label="sales tax code"),
        Kind("PaymentMethod", namespace=("PaymentMethod",), label="payment method"),
        Kind("PriceLevel", namespace=("PriceLevel",), label="price level"),
        *(Kind(item, hierarchical=True, namespace=ITEMS, label="item") for item in ITEMS),
        Kind("Invoice", is_txn=True, label="invoice"),
        Kind("ReceivePayment", is_txn=True, label="payment"),
        Kind("CreditMemo", is_txn=True, label="credit memo"),
        Kind("SalesReceipt", is_txn=True, label="sales receipt"),
        Kind("Bill", is_txn=True, label="bill"),
        Kind("BillPaymentCheck", is_txn=True, label="bill payment"),
        Kind("Check", is_txn=True, label="check"),
        Kind("Deposit", is_txn=True, label="deposit"),
        Kind("JournalEntry", is_txn=True, label="journal entry"),
        Kind("Estimate", is_txn=True, label="estimate"),
        Kind("SalesOrder", is_txn=True, label="sales order"),
        Kind("PurchaseOrder", is_txn=True, label="purchase order"),
        Kind("VendorCredit", is_txn=True, label="vendor credit"),
        Kind("CreditCardCharge", is_txn=True, label="credit card charge"),
        Kind("CreditCardCredit", is_txn=True, label="credit card credit"),
        Kind("ItemReceipt", is_txn=True, label="item receipt"),
        Kind("Transfer", is_txn=True, label="transfer"),
        Kind("InventoryAdjustment", is_txn=True, label="inventory adjustment"),
    ]
}

# What a reference element may point to. Anything else (TemplateRef, SalesRepRef, ...) names a
# list the simulator does not keep, and gets 3140 like any reference to a missing element.
REFERENCE_KINDS: Final[dict[str, tuple[str, ...]]] = {
    "AccountRef": ("Account",),
    "ARAccountRef": ("Account",),
    "APAccountRef": ("Account",),
    "BankAccountRef": ("Account",),
    "DepositToAccountRef": ("Account",),
    "CreditCardAccountRef": ("Account",),
    "IncomeAccountRef": ("Account",),
    "ExpenseAccountRef": ("Account",),
    "COGSAccountRef": ("Account",),
    "AssetAccountRef": ("Account",),
    "TaxLineInfoRef": (),
    "CustomerRef": ("Customer",),
    "VendorRef": ("Vendor",),
    "EmployeeRef": ("Employee",),
    "EntityRef": NAMES,
    "PayeeEntityRef": NAMES,
    "ReceivedFromRef": NAMES,
    "ClassRef": ("Class",),
    "TermsRef": TERMS,
    "SalesTaxCodeRef": ("SalesTaxCode",),
    "CustomerSalesTaxCodeRef": ("SalesTaxCode",),
    "TaxCodeRef": ("SalesTaxCode",),
    "ItemSalesTaxRef": ("ItemSalesTax", "ItemSalesTaxGroup"),
    "ItemRef": ITEMS,
    "ItemGroupRef": ("ItemGroup",),
    "TaxVendorRef": ("Vendor",),
    "DiscountAccountRef": ("Account",),
    "DiscountClassRef": ("Class",),
    "SalesTaxReturnLineRef": (),
    "PrefVendorRef": ("Vendor",),
    "PurchaseTaxCodeRef": ("SalesTaxCode",),
    "ItemPurchaseTaxRef": ("ItemSalesTax", "ItemSalesTaxGroup"),
    "TaxOnPurchasesAccountRef": ("Account",),
    "TaxOnSalesAccountRef": ("Account",),
    "PrefillAccountRef": ("Account",),
    "SupervisorRef": ("Employee",),
    "DefaultItemSalesTaxRef": ("ItemSalesTax", "ItemSalesTaxGroup"),
    "DefaultTaxableSalesTaxCodeRef": ("SalesTaxCode",),
    "DefaultNonTaxableSalesTaxCodeRef": ("SalesTaxCode",),
    "PaymentMethodRef": ("PaymentMethod",),
    "PriceLevelRef": ("PriceLevel",),
    "TransferFromAccountRef": ("Account",),
    "TransferToAccountRef": ("Account",),
    "LiabilityAccountRef": ("Account",),
    "ShipToEntityRef": NAMES,
}
