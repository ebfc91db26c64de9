"""Deterministic sample companies for a property-management business.

The generator speaks qbXML to the simulator's own request processor (without the XML: it hands
over decoded requests), so every record obeys the same rules as anything an integration adds:
balances, payments applied to invoices, deposits of undeposited funds. Same seed, same company.

Sizes (customers count tenants and their unit jobs): ``small`` about 50 customers and 500
transactions, ``medium`` 1,000 / 20,000, ``large`` 5,000 / 200,000. On top of those, one of each
other family (estimates, sales and purchase orders, vendor credits, credit card charges and
credits, item receipts, transfers, inventory adjustments) per 1,000 transactions, at least two,
and payment methods, other names, a discount item, an inventory item and price levels.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, Final

from qbdlink.qbxml import Request
from qbdlink.qbxml.codec import collector_paused
from qbdlink.simulator.context import Reply
from qbdlink.simulator.processor import Processor
from qbdlink.simulator.store import CompanyStore

SEED: Final = 20240501
BATCH: Final = 500  # list requests per message set
TXN_BATCH: Final = 100  # transactions per message set: payments follow the invoices before them
# Message sets between writes of the transactions held in memory: an invoice paid before its
# write is written once; 50 (5,000 transactions held) is where fewer writes stop paying for the
# memory.
BATCHES_PER_WRITE: Final = 50
SPAN_DAYS: Final = 730  # transactions spread over two years


@dataclass(frozen=True, slots=True)
class Size:
    """How big a sample company is."""

    tenants: int
    properties: int
    vendors: int
    transactions: int


SIZES: Final = {
    "small": Size(tenants=25, properties=3, vendors=10, transactions=500),
    "medium": Size(tenants=500, properties=20, vendors=50, transactions=20_000),
    "large": Size(tenants=2_500, properties=60, vendors=200, transactions=200_000),
}

STREETS = ["Maple", "Harbor", "Cedar", "Willow", "Lakeview", "Granite", "Orchard", "Summit"]
SUFFIXES = ["Court", "Commons", "Terrace", "Place", "Gardens", "Lofts", "Heights", "Row"]
FIRST = [
    "Ava",
    "Ben",
    "Chloe",
    "Diego",
    "Emma",
    "Farah",
    "Gus",
    "Hana",
    "Ivan",
    "Jade",
    "Kofi",
    "Lena",
    "Milo",
    "Nia",
    "Omar",
    "Pia",
    "Quinn",
    "Rosa",
    "Sami",
    "Tara",
    "Uma",
    "Vik",
]
LAST = [
    "Nguyen",
    "Smith",
    "Garcia",
    "Okafor",
    "Kowalski",
    "Tanaka",
    "Dubois",
    "Singh",
    "Murphy",
    "Rossi",
    "Haddad",
    "Larsen",
    "Moreau",
    "Costa",
    "Becker",
    "Ivanova",
    "Osei",
    "Park",
]
VENDOR_KINDS = [
    ("Plumbing", "Repairs and Maintenance"),
    ("Electric Co", "Utilities"),
    ("Landscaping", "Repairs and Maintenance"),
    ("Insurance Group", "Insurance"),
    ("Water Utility", "Utilities"),
    ("Roofing", "Repairs and Maintenance"),
    ("County Treasurer", "Property Taxes"),
    ("Cleaning", "Repairs and Maintenance"),
]

ACCOUNTS: Final = [
    ("Operating Checking", "Bank"),
    ("Security Deposit Trust", "Bank"),
    ("Accounts Receivable", "AccountsReceivable"),
    ("Accounts Payable", "AccountsPayable"),
    ("Security Deposits Held", "OtherCurrentLiability"),
    ("Owner Equity", "Equity"),
    ("Rental Income", "Income"),
    ("Late Fee Income", "Income"),
    ("Utility Reimbursements", "Income"),
    ("CAM Recoveries", "Income"),
    ("Repairs and Maintenance", "Expense"),
    ("Utilities", "Expense"),
    ("Insurance", "Expense"),
    ("Property Taxes", "Expense"),
    ("Management Fees", "Expense"),
]
ITEMS: Final = [
    ("ItemService", "Rent", "Monthly rent", "Rental Income"),
    ("ItemService", "Late fee", "Late payment fee", "Late Fee Income"),
    ("ItemService", "Utilities", "Utility reimbursement", "Utility Reimbursements"),
    ("ItemService", "CAM", "Common area maintenance", "CAM Recoveries"),
    (
        "ItemOtherCharge",
        "Security deposit",
        "Refundable security deposit",
        "Security Deposits Held",
    ),
]

# The other lists and transaction families, a few of each (added after the main lists and
# transactions, from their own random stream, so those stay as they were).
MORE_LISTS: Final[list[tuple[str, dict[str, Any]]]] = [
    ("Account", {"Name": "Company Visa", "AccountType": "CreditCard"}),
    ("Account", {"Name": "Rent Concessions", "AccountType": "Income"}),
    ("PaymentMethod", {"Name": "Cash", "PaymentMethodType": "Cash"}),
    ("PaymentMethod", {"Name": "Check", "PaymentMethodType": "Check"}),
    ("PaymentMethod", {"Name": "ACH", "PaymentMethodType": "ECheck"}),
    ("PaymentMethod", {"Name": "Visa", "PaymentMethodType": "Visa"}),
    ("OtherName", {"Name": "Springfield Housing Authority"}),
    ("OtherName", {"Name": "Owner Distributions Trust"}),
    (
        "ItemDiscount",
        {
            "Name": "Move-in special",
            "ItemDesc": "Move-in special, 10% off",
            "DiscountRatePercent": "10",
            "AccountRef": {"FullName": "Rent Concessions"},
        },
    ),
    (
        "ItemNonInventory",
        {
            "Name": "Air filter",
            "SalesOrPurchase": {
                "Desc": "HVAC air filter",
                "Price": "12.50",
                "AccountRef": {"FullName": "Repairs and Maintenance"},
            },
        },
    ),
    ("Account", {"Name": "Maintenance Inventory", "AccountType": "OtherCurrentAsset"}),
    ("Account", {"Name": "Cost of Goods Sold", "AccountType": "CostOfGoodsSold"}),
    ("Account", {"Name": "Inventory Adjustments", "AccountType": "CostOfGoodsSold"}),
    (
        "ItemInventory",
        {
            "Name": "Smoke detector",
            "SalesDesc": "Smoke detector replacement",
            "SalesPrice": "45.00",
            "IncomeAccountRef": {"FullName": "CAM Recoveries"},
            "PurchaseCost": "18.00",
            "COGSAccountRef": {"FullName": "Cost of Goods Sold"},
            "AssetAccountRef": {"FullName": "Maintenance Inventory"},
            "QuantityOnHand": "40",
            "TotalValue": "720.00",
        },
    ),
    ("PriceLevel", {"Name": "Senior", "PriceLevelFixedPercentage": "-5"}),
    (
        "PriceLevel",
        {
            "Name": "Housing voucher",
            "PriceLevelPerItem": [{"ItemRef": {"FullName": "Late fee"}, "CustomPrice": "25.00"}],
        },
    ),
]
MORE_FAMILIES: Final = (
    "Estimate",
    "SalesOrder",
    "PurchaseOrder",
    "VendorCredit",
    "CreditCardCharge",
    "CreditCardCredit",
    "ItemReceipt",
    "Transfer",
    "InventoryAdjustment",
)
MORE_PER_THOUSAND: Final = 1  # of each family per 1,000 main transactions (at least 2)
CHECKING: Final = {"FullName": "Operating Checking"}
VISA: Final = {"FullName": "Company Visa"}
ProgressCallback = Callable[[int, int], None]
_TXN_ID = re.compile(r"<TxnID>([^<]+)</TxnID>")
_TOTAL = re.compile(r"<BalanceRemaining>([^<]+)</BalanceRemaining>")


def _add(kind: str, **fields: Any) -> Request:
    return Request(f"{kind}AddRq", {f"{kind}Add": fields})


class _Generator:
    def __init__(self, store: CompanyStore, edition: str, size: Size, progress: ProgressCallback):
        self.rng = random.Random(SEED)
        self.edition = edition
        self.size = size
        self.progress = progress
        self.done = 0
        start = datetime(2023, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=-5)))
        self.clock_value = start
        self.processor = Processor(store, clock=self._clock)
        self.jobs: list[str] = []
        self.rents: dict[str, Decimal] = {}
        self.vendors: list[tuple[str, str]] = []
        self.properties: list[str] = []
        self.open_invoices: list[tuple[str, str, Decimal]] = []  # (TxnID, job, balance)
        self.undeposited: list[str] = []
        self.open_bills: list[tuple[str, str, Decimal]] = []
        self.check_edition = False

    def _clock(self) -> datetime:
        return self.clock_value

    def _send(self, requests: list[Request]) -> list[Reply]:
        return self.processor.run_requests(
            requests, all_or_nothing=True, check_edition=self.check_edition
        )

    # -- lists ---------------------------------------------------------------------------------
    def lists(self) -> None:
        requests = [_add("Account", Name=name, AccountType=kind) for name, kind in ACCOUNTS]
        requests += [
            _add("StandardTerms", Name="Net 30", StdDueDays="30"),
            _add("StandardTerms", Name="Due on receipt", StdDueDays="0"),
        ]
        for kind, name, description, account in ITEMS:
            requests.append(
                _add(
                    kind,
                    Name=name,
                    SalesOrPurchase={"Desc": description, "AccountRef": {"FullName": account}},
                )
            )
        for number in range(self.size.properties):
            street = STREETS[number % len(STREETS)]
            name = f"{street} {SUFFIXES[number // len(STREETS) % len(SUFFIXES)]}"
            if number >= len(STREETS) * len(SUFFIXES):
                name += f" {number // (len(STREETS) * len(SUFFIXES)) + 1}"
            self.properties.append(name)
            requests.append(_add("Class", Name=name))
        self._send(requests)
        for batch in _chunks(list(range(self.size.vendors)), BATCH):
            vendor_requests = []
            for number in batch:
                label, account = VENDOR_KINDS[number % len(VENDOR_KINDS)]
                name = f"{LAST[number % len(LAST)]} {label} {number + 1}"
                self.vendors.append((name, account))
                vendor_requests.append(
                    _add("Vendor", Name=name, CompanyName=name, TermsRef={"FullName": "Net 30"})
                )
            self._send(vendor_requests)
        for batch in _chunks(list(range(self.size.tenants)), BATCH // 2):
            tenant_requests = []
            for number in batch:
                first, last = FIRST[number % len(FIRST)], LAST[(number * 7) % len(LAST)]
                tenant = f"{last}, {first} {number + 1:04d}"
                prop = self.properties[number % len(self.properties)]
                unit = f"{prop} #{100 + number // len(self.properties)}"
                tenant_requests.append(
                    _add(
                        "Customer",
                        Name=tenant,
                        FirstName=first,
                        LastName=last,
                        BillAddress={
                            "Addr1": f"{first} {last}",
                            "Addr2": unit,
                            "City": "Springfield",
                            "State": "IL" if self.edition == "us" else "ON",
                            "PostalCode": "62701" if self.edition == "us" else "K1A 0B1",
                        },
                        Email=f"{first.lower()}.{last.lower()}{number}@example.com",
                        TermsRef={"FullName": "Due on receipt"},
                    )
                )
                tenant_requests.append(
                    _add(
                        "Customer", Name=unit.replace("#", "Unit "), ParentRef={"FullName": tenant}
                    )
                )
                job = f"{tenant}:{unit.replace('#', 'Unit ')}"
                self.jobs.append(job)
                self.rents[job] = Decimal(self.rng.randrange(900, 3200, 25))
            self._send(tenant_requests)

    def more_lists(self) -> None:
        """Payment methods, other names, a discount item, price levels and what the other
        transaction families need."""
        self._send([_add(kind, **fields) for kind, fields in MORE_LISTS])

    # -- transactions --------------------------------------------------------------------------
    def transactions(self) -> None:
        total = self.size.transactions
        day = date(2023, 1, 1)
        step = timedelta(days=max(1, SPAN_DAYS * TXN_BATCH // total))
        # One bulk block (one file transaction) for them all: each customer's and account's
        # balance is written once, at the end, however many transactions moved it.
        with self.processor.bulk():
            while self.done < total:
                for _ in range(BATCHES_PER_WRITE):
                    if self.done >= total:
                        break
                    requests: list[Request] = []
                    kinds: list[str] = []
                    for _ in range(min(TXN_BATCH, total - self.done)):
                        kind, request = self._next_transaction(day)
                        requests.append(request)
                        kinds.append(kind)
                    replies = self._send(requests)
                    self._remember(kinds, requests, replies)
                    self.done += len(requests)
                    self.progress(self.done, total)
                    day += step
                    self.clock_value += step
                self.processor.store.release_transactions()

    def more_transactions(self) -> None:
        """A few of each other transaction family, spread over the same two years."""
        rng = random.Random(SEED + 1)
        each = max(2, self.size.transactions * MORE_PER_THOUSAND // 1000)
        requests = [
            self._more(family, rng, date(2023, 1, 1) + timedelta(days=rng.randrange(SPAN_DAYS)))
            for _ in range(each)
            for family in MORE_FAMILIES
        ]
        with self.processor.bulk():
            for start in range(0, len(requests), TXN_BATCH):
                self._send(requests[start : start + TXN_BATCH])
            self.processor.store.release_transactions()

    def _more(self, family: str, rng: random.Random, day: date) -> Request:
        txn_date = day.isoformat()
        job = {"FullName": self.jobs[rng.randrange(len(self.jobs))]}
        vendor, account = self.vendors[rng.randrange(len(self.vendors))]
        amount = str(Decimal(rng.randrange(2_000, 90_000)) / 100)
        if family == "CreditCardCredit":  # a refund: smaller than the charges it comes back on
            amount = str(Decimal(rng.randrange(500, 5_000)) / 100)
        expense = [{"AccountRef": {"FullName": account}, "Amount": amount}]
        filters = [{"ItemRef": {"FullName": "Air filter"}, "Quantity": str(rng.randrange(2, 24))}]
        if family in ("Estimate", "SalesOrder"):
            rent = str(self.rents[job["FullName"]])
            lines = [{"ItemRef": {"FullName": "Rent"}, "Desc": "Renewal rent", "Amount": rent}]
            if family == "Estimate":
                lines.append({"ItemRef": {"FullName": "Move-in special"}})
            return _add(family, CustomerRef=job, TxnDate=txn_date, **{f"{family}LineAdd": lines})
        if family == "PurchaseOrder":
            return _add(
                family,
                VendorRef={"FullName": vendor},
                TxnDate=txn_date,
                PurchaseOrderLineAdd=filters,
            )
        if family == "ItemReceipt":
            return _add(
                family, VendorRef={"FullName": vendor}, TxnDate=txn_date, ItemLineAdd=filters
            )
        if family == "VendorCredit":
            return _add(
                family, VendorRef={"FullName": vendor}, TxnDate=txn_date, ExpenseLineAdd=expense
            )
        if family in ("CreditCardCharge", "CreditCardCredit"):
            return _add(
                family,
                AccountRef=VISA,
                PayeeEntityRef={"FullName": vendor},
                TxnDate=txn_date,
                ExpenseLineAdd=expense,
            )
        if family == "InventoryAdjustment":  # a stock count of the smoke detectors
            count = {"NewQuantity": str(rng.randrange(20, 60))}
            return _add(
                family,
                AccountRef={"FullName": "Inventory Adjustments"},
                TxnDate=txn_date,
                Memo="Stock count",
                InventoryAdjustmentLineAdd=[
                    {"ItemRef": {"FullName": "Smoke detector"}, "QuantityAdjustment": count}
                ],
            )
        return _add(
            "Transfer",
            TxnDate=txn_date,
            TransferFromAccountRef=CHECKING,
            TransferToAccountRef={"FullName": "Security Deposit Trust"},
            Amount=amount,
            Memo="Security deposits to trust",
        )

    def _next_transaction(self, day: date) -> tuple[str, Request]:
        roll = self.rng.random()
        txn_date = day.isoformat()
        if roll < 0.05 and self.undeposited:
            payments, self.undeposited = self.undeposited[:20], self.undeposited[20:]
            return "Deposit", _add(
                "Deposit",
                TxnDate=txn_date,
                DepositToAccountRef=CHECKING,
                DepositLineAdd=[{"PaymentTxnID": txn} for txn in payments],
            )
        if roll < 0.40 and self.open_invoices:
            txn_id, job, balance = self.open_invoices.pop(
                self.rng.randrange(len(self.open_invoices))
            )
            paid = balance if self.rng.random() < 0.85 else (balance / 2).quantize(Decimal("0.01"))
            return "ReceivePayment", _add(
                "ReceivePayment",
                CustomerRef={"FullName": job},
                TxnDate=txn_date,
                TotalAmount=str(paid),
                AppliedToTxnAdd=[{"TxnID": txn_id, "PaymentAmount": str(paid)}],
            )
        if roll < 0.45 and self.open_bills:
            txn_id, vendor, amount = self.open_bills.pop(0)
            return "BillPaymentCheck", _add(
                "BillPaymentCheck",
                PayeeEntityRef={"FullName": vendor},
                TxnDate=txn_date,
                BankAccountRef=CHECKING,
                AppliedToTxnAdd=[{"TxnID": txn_id, "PaymentAmount": str(amount)}],
            )
        if roll < 0.52:
            vendor, account = self.vendors[self.rng.randrange(len(self.vendors))]
            amount = Decimal(self.rng.randrange(8_000, 250_000)) / 100
            prop = self.properties[self.rng.randrange(len(self.properties))]
            return "Bill", _add(
                "Bill",
                VendorRef={"FullName": vendor},
                TxnDate=txn_date,
                ExpenseLineAdd=[
                    {
                        "AccountRef": {"FullName": account},
                        "Amount": str(amount),
                        "ClassRef": {"FullName": prop},
                    }
                ],
            )
        if roll < 0.545:
            vendor, account = self.vendors[self.rng.randrange(len(self.vendors))]
            amount = Decimal(self.rng.randrange(5_000, 60_000)) / 100
            return "Check", _add(
                "Check",
                AccountRef=CHECKING,
                PayeeEntityRef={"FullName": vendor},
                TxnDate=txn_date,
                ExpenseLineAdd=[{"AccountRef": {"FullName": account}, "Amount": str(amount)}],
            )
        if roll < 0.56:
            job = self.jobs[self.rng.randrange(len(self.jobs))]
            return "CreditMemo", _add(
                "CreditMemo",
                CustomerRef={"FullName": job},
                TxnDate=txn_date,
                CreditMemoLineAdd=[
                    {"ItemRef": {"FullName": "Rent"}, "Desc": "Rent concession", "Amount": "50.00"}
                ],
            )
        if roll < 0.575:
            job = self.jobs[self.rng.randrange(len(self.jobs))]
            return "SalesReceipt", _add(
                "SalesReceipt",
                CustomerRef={"FullName": job},
                TxnDate=txn_date,
                DepositToAccountRef=CHECKING,
                SalesReceiptLineAdd=[{"ItemRef": {"FullName": "Late fee"}, "Amount": "35.00"}],
            )
        if roll < 0.58:
            accrual = str(Decimal(self.rng.randrange(10_000, 500_000)) / 100)
            memo = "Management fee accrual"
            return "JournalEntry", _add(
                "JournalEntry",
                TxnDate=txn_date,
                JournalDebitLine=[
                    {"AccountRef": {"FullName": "Management Fees"}, "Amount": accrual, "Memo": memo}
                ],
                JournalCreditLine=[
                    {"AccountRef": {"FullName": "Owner Equity"}, "Amount": accrual, "Memo": memo}
                ],
            )
        job = self.jobs[self.rng.randrange(len(self.jobs))]
        lines = [
            {
                "ItemRef": {"FullName": "Rent"},
                "Desc": f"Rent {day:%B %Y}",
                "Amount": str(self.rents[job]),
            }
        ]
        if self.rng.random() < 0.3:
            lines.append(
                {
                    "ItemRef": {"FullName": "Utilities"},
                    "Amount": str(Decimal(self.rng.randrange(2_000, 15_000)) / 100),
                }
            )
        if self.rng.random() < 0.08:
            lines.append({"ItemRef": {"FullName": "Late fee"}, "Amount": "75.00"})
        prop = job.split(":")[1].rsplit(" Unit ", 1)[0]
        return "Invoice", _add(
            "Invoice",
            CustomerRef={"FullName": job},
            ClassRef={"FullName": prop},
            TxnDate=txn_date,
            InvoiceLineAdd=lines,
        )

    def _remember(self, kinds: list[str], requests: list[Request], replies: list[Reply]) -> None:
        for kind, request, reply in zip(kinds, requests, replies, strict=True):
            xml = reply.records[0] if reply.records else ""
            found = _TXN_ID.search(xml)
            if found is None:
                continue
            txn_id = found.group(1)
            fields = request.fields[f"{kind}Add"]
            if kind == "Invoice":
                balance = _TOTAL.search(xml)
                amount = Decimal(balance.group(1)) if balance else Decimal(0)
                self.open_invoices.append((txn_id, fields["CustomerRef"]["FullName"], amount))
            elif kind == "ReceivePayment":
                self.undeposited.append(txn_id)
            elif kind == "Bill":
                amount = Decimal(fields["ExpenseLineAdd"][0]["Amount"])
                self.open_bills.append((txn_id, fields["VendorRef"]["FullName"], amount))


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def populate(
    store: CompanyStore,
    *,
    edition: str,
    size: str,
    progress: ProgressCallback | None = None,
    check_edition: bool = False,
) -> None:
    """Fill a new company with deterministic property-management data of the given size.

    The generator's requests are valid in both editions by construction, so the edition rules
    are not re-checked per request unless ``check_edition`` (a test proves it for each edition).
    """
    if size not in SIZES:
        raise ValueError(f"sample must be one of {', '.join(SIZES)}, not {size!r}")
    generator = _Generator(store, edition, SIZES[size], progress or (lambda done, total: None))
    generator.check_edition = check_edition
    # The cycle collector would rescan the held transactions for cycles there are almost none
    # of (about 5% of the large build).
    with store.unsynchronized(), collector_paused():
        generator.lists()
        generator.more_lists()
        generator.transactions()
        generator.more_transactions()
        # Hand the company over with every record's XML cached, as queries serve it.
        generator.processor.render_missing()
