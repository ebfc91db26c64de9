"""Helpers for the transaction tests (no tests here): a small bookkeeper over ``run``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from qbdlink.qbxml import Request, Response, ResponseSet, decode_responses, encode_requests
from qbdlink.qbxml.codec import Record
from qbdlink.simulator import Processor
from qbdlink.simulator.context import Session

Send = Callable[..., ResponseSet]


def session_sender(processor: Processor) -> Send:
    """``send(*requests)`` through one QBXMLRP2 session (iterators live as long as it does)."""
    session = Session()

    def send(*requests: Request) -> ResponseSet:
        document = encode_requests(list(requests), on_error="continueOnError")
        return decode_responses(processor.process(document, session), strict=True)

    return send


def add(kind: str, **fields: Any) -> Request:
    """``<kind>AddRq`` with these fields."""
    return Request(f"{kind}AddRq", {f"{kind}Add": fields})


def mod(kind: str, record: Mapping[str, Any], **fields: Any) -> Request:
    """``<kind>ModRq`` for ``record`` (its TxnID and EditSequence) with these changes."""
    body = {"TxnID": record["TxnID"], "EditSequence": record["EditSequence"], **fields}
    if kind == "SalesReceipt":
        body["TxnID"] = {"#text": record["TxnID"]}
    return Request(f"{kind}ModRq", {f"{kind}Mod": body})


def query(kind: str, **fields: Any) -> Request:
    """``<kind>QueryRq`` with these filters."""
    return Request(f"{kind}QueryRq", fields)


def ref(name: str) -> dict[str, str]:
    """A reference by FullName."""
    return {"FullName": name}


def line(item: str | None = None, **fields: Any) -> dict[str, Any]:
    """A sales line (InvoiceLineAdd and friends) of ``item``."""
    out: dict[str, Any] = {"ItemRef": ref(item)} if item else {}
    out.update(fields)
    return out


def applied(txn_id: str, amount: str, **fields: Any) -> dict[str, Any]:
    """An AppliedToTxnAdd (or Mod) entry."""
    return {"TxnID": {"#text": txn_id}, "PaymentAmount": amount, **fields}


def applied_mod(txn_id: str, amount: str, **fields: Any) -> dict[str, Any]:
    """An AppliedToTxnMod entry (its TxnID is plain text)."""
    return {"TxnID": txn_id, "PaymentAmount": amount, **fields}


def dec(value: str) -> Decimal:
    return Decimal(value)


class Books:
    """One company, spoken to through the processor: each helper is one request."""

    def __init__(self, send: Send) -> None:
        self.send = send

    def response(self, request: Request) -> Response:
        return self.send(request)[0]

    def ok(self, request: Request) -> Record:
        """Send a request that must succeed; its record."""
        response = self.response(request)
        assert response.status_code == 0, (response.status_code, response.message)
        return response.records[0]

    def status(self, request: Request) -> tuple[int, str]:
        response = self.response(request)
        return response.status_code, response.message

    # -- lists ------------------------------------------------------------------------------------
    def customer(self, name: str, **fields: Any) -> Record:
        return self.ok(add("Customer", Name=name, **fields))

    def vendor(self, name: str, **fields: Any) -> Record:
        return self.ok(add("Vendor", Name=name, **fields))

    def account(self, name: str, account_type: str, **fields: Any) -> Record:
        return self.ok(add("Account", Name=name, AccountType=account_type, **fields))

    def service(self, name: str, price: str | None = None, account: str = "Rent Income") -> Record:
        if self.find("Account", account) is None:
            self.account(account, "Income")
        sale: dict[str, Any] = {"AccountRef": ref(account)}
        if price is not None:
            sale["Price"] = price
        return self.ok(add("ItemService", Name=name, SalesOrPurchase=sale))

    def find(self, kind: str, name: str) -> Record | None:
        response = self.response(query(kind, FullName=[name]))
        return response.records[0] if response.status_code == 0 else None

    def balance(self, kind: str, name: str, field: str = "Balance") -> Decimal:
        found = self.find(kind, name)
        assert found is not None, f"no {kind} {name}"
        return Decimal(found[field])

    # -- transactions -----------------------------------------------------------------------------
    def invoice(self, customer: str, *lines: dict[str, Any], **fields: Any) -> Record:
        return self.ok(
            add("Invoice", CustomerRef=ref(customer), InvoiceLineAdd=list(lines), **fields)
        )

    def rent_invoice(self, customer: str, amount: str, **fields: Any) -> Record:
        """An invoice of one "Rent" line for ``amount`` (the item is created on first use)."""
        if self.find("ItemService", "Rent") is None:
            self.service("Rent")
        return self.invoice(customer, line("Rent", Amount=amount), **fields)

    def pay(
        self, customer: str, total: str, *applications: dict[str, Any], **fields: Any
    ) -> Record:
        body: dict[str, Any] = {"CustomerRef": ref(customer), "TotalAmount": total, **fields}
        if applications:
            body["AppliedToTxnAdd"] = list(applications)
        return self.ok(add("ReceivePayment", **body))

    def get(self, kind: str, txn_id: str, **fields: Any) -> Record:
        """The transaction as a query returns it (lines and links included by default)."""
        options = {"IncludeLineItems": "true", **fields}
        if kind in ("Invoice", "CreditMemo", "Bill", "Check"):
            options.setdefault("IncludeLinkedTxns", "true")
        return self.ok(query(kind, TxnID=[txn_id], **options))

    def all(self, kind: str, **fields: Any) -> list[Record]:
        response = self.response(query(kind, **fields))
        assert response.status_code in (0, 1), response.message
        return list(response.records)

    def delete(self, kind: str, txn_id: str) -> Response:
        return self.response(Request("TxnDelRq", {"TxnDelType": kind, "TxnID": txn_id}))

    def void(self, kind: str, txn_id: str) -> Response:
        return self.response(Request("TxnVoidRq", {"TxnVoidType": kind, "TxnID": txn_id}))
