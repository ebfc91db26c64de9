"""A random life of invoices and payments in one company, checked after every step.

Rules add invoices, change them (body only, lines added, dropped or changed), receive payments
(some paying more than is due: 3210), void invoices and delete invoices or payments. After each
step: every customer's Balance is its open invoices' balances less its unused payments, and
TotalBalance rolls jobs up; the receivables account agrees; an object's EditSequence never goes
back and grows whenever the object changes; deleted transactions stay out of queries and are in
TxnDeletedQuery; every response decodes strictly (the sender uses ``strict=True``).
"""

from __future__ import annotations

import shutil
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from qbdlink.qbxml import Request, ResponseSet, decode_responses, encode_requests
from qbdlink.qbxml.codec import Record
from qbdlink.simulator import CompanyStore, Processor, create_company
from tests.simulator.conftest import FakeClock
from tests.simulator.test_txns_support import Books, add, applied, line, mod, query, ref

CUSTOMERS = ("Ames", "Ames:Unit 1", "Baker")
CENTS = st.integers(min_value=1, max_value=50_000).map(lambda c: f"{Decimal(c) / 100:.2f}")


class InvoiceLife(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        create_company(self.folder / "life.qbw.sqlite", name="Life")
        self.store = CompanyStore.open(self.folder / "life.qbw.sqlite")
        self.clock = FakeClock()
        self.processor = Processor(self.store, clock=self.clock)
        self.books = Books(self.send)
        self.books.customer("Ames")
        self.books.customer("Unit 1", ParentRef=ref("Ames"))
        self.books.customer("Baker")
        self.books.service("Rent")
        self.invoices: dict[str, str] = {}  # TxnID -> customer FullName
        self.payments: dict[str, str] = {}
        self.deleted: dict[str, str] = {}  # TxnID -> kind
        self.seen: dict[str, tuple[int, Any]] = {}  # id -> (EditSequence, content)

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def send(self, *requests: Request) -> ResponseSet:
        document = encode_requests(list(requests), on_error="continueOnError")
        return decode_responses(self.processor.process(document), strict=True)

    def invoice(self, txn_id: str) -> Record:
        return self.books.get("Invoice", txn_id)

    @staticmethod
    def pick(ids: dict[str, str], choice: int) -> str:
        keys = sorted(ids)
        return keys[choice % len(keys)]

    # -- rules ------------------------------------------------------------------------------------
    @rule(customer=st.sampled_from(CUSTOMERS), amounts=st.lists(CENTS, min_size=1, max_size=3))
    def add_invoice(self, customer: str, amounts: list[str]) -> None:
        record = self.books.invoice(customer, *(line("Rent", Amount=a) for a in amounts))
        assert record["BalanceRemaining"] == sum((Decimal(a) for a in amounts), Decimal(0))
        self.invoices[record["TxnID"]] = customer

    @precondition(lambda self: self.invoices)
    @rule(
        choice=st.integers(min_value=0),
        action=st.sampled_from(["memo", "add_line", "drop_line", "change_line"]),
        amount=CENTS,
    )
    def change_invoice(self, choice: int, action: str, amount: str) -> None:
        current = self.invoice(self.pick(self.invoices, choice))
        lines = [{"TxnLineID": x["TxnLineID"]} for x in current.get("InvoiceLineRet", [])]
        fields: dict[str, Any] = {"Memo": f"{action} {amount}"}
        if action == "add_line":
            fields["InvoiceLineMod"] = [*lines, {"TxnLineID": "-1", **line("Rent", Amount=amount)}]
        elif action == "drop_line" and len(lines) > 1:
            fields["InvoiceLineMod"] = lines[1:]
        elif action == "change_line" and lines:
            fields["InvoiceLineMod"] = [{**lines[0], "Amount": amount}, *lines[1:]]
        response = self.books.response(mod("Invoice", current, **fields))
        new_lines = {x["TxnLineID"]: x for x in current.get("InvoiceLineRet", [])}
        total = self._total_after(current, fields, new_lines, Decimal(amount))
        if total < -current["AppliedAmount"]:
            assert response.status_code == 3180, response.message
        else:
            assert response.status_code == 0, response.message
            changed = response.records[0]
            assert int(changed["EditSequence"]) > int(current["EditSequence"])
            assert changed["BalanceRemaining"] == total + current["AppliedAmount"]

    @staticmethod
    def _total_after(
        current: Record, fields: dict[str, Any], lines: dict[str, Any], amount: Decimal
    ) -> Decimal:
        if "InvoiceLineMod" not in fields:
            return Decimal(current["Subtotal"])
        total = Decimal(0)
        for sent in fields["InvoiceLineMod"]:
            if sent["TxnLineID"] == "-1" or "Amount" in sent:
                total += Decimal(sent["Amount"])
            else:
                total += Decimal(lines[sent["TxnLineID"]].get("Amount", 0))
        return total

    @rule(
        customer=st.sampled_from(CUSTOMERS),
        choice=st.integers(min_value=0),
        amount=CENTS,
        extra=st.sampled_from(["0.00", "0.00", "25.00"]),
    )
    def receive_payment(self, customer: str, choice: int, amount: str, extra: str) -> None:
        mine = {k: v for k, v in self.invoices.items() if v == customer}
        total = f"{Decimal(amount) + Decimal(extra):.2f}"
        if not mine:
            record = self.books.pay(customer, total, IsAutoApply="false")
            self.payments[record["TxnID"]] = customer
            return
        target = self.invoice(self.pick(mine, choice))
        response = self.books.response(
            add(
                "ReceivePayment",
                CustomerRef=ref(customer),
                TotalAmount=total,
                AppliedToTxnAdd=[applied(target["TxnID"], amount)],
            )
        )
        if Decimal(amount) > target["BalanceRemaining"]:
            assert response.status_code == 3210, response.message
            assert response.message.endswith("You cannot pay more than the amount due.")
        else:
            assert response.status_code == 0, response.message
            self.payments[response.records[0]["TxnID"]] = customer
            after = self.invoice(target["TxnID"])
            assert after["BalanceRemaining"] == target["BalanceRemaining"] - Decimal(amount)

    @precondition(lambda self: self.invoices)
    @rule(choice=st.integers(min_value=0))
    def void_invoice(self, choice: int) -> None:
        txn_id = self.pick(self.invoices, choice)
        assert self.books.void("Invoice", txn_id).status_code == 0
        assert self.invoice(txn_id)["BalanceRemaining"] == 0

    @precondition(lambda self: self.invoices or self.payments)
    @rule(choice=st.integers(min_value=0), payment=st.booleans())
    def delete(self, choice: int, payment: bool) -> None:
        kind, pool = ("ReceivePayment", self.payments) if payment else ("Invoice", self.invoices)
        if not pool:
            kind, pool = (
                ("Invoice", self.invoices) if payment else ("ReceivePayment", self.payments)
            )
        txn_id = self.pick(pool, choice)
        assert self.books.delete(kind, txn_id).status_code == 0
        del pool[txn_id]
        self.deleted[txn_id] = kind

    @rule(seconds=st.sampled_from([0, 0, 1, 3600]))
    def time_passes(self, seconds: int) -> None:
        self.clock.advance(seconds)

    # -- invariants -------------------------------------------------------------------------------
    def _snapshot(self) -> tuple[list[Record], list[Record], list[Record], ResponseSet]:
        responses = self.send(
            query("Invoice", IncludeLineItems="true"),
            query("ReceivePayment", IncludeLineItems="true"),
            query("Customer"),
            Request("TxnDeletedQueryRq", {"TxnDelType": ["Invoice", "ReceivePayment"]}),
            query("Account", FullName=["Accounts Receivable"]),
        )
        return responses[0].records, responses[1].records, responses[2].records, responses

    @invariant()
    def books_balance(self) -> None:
        invoices, payments, customers, responses = self._snapshot()
        expected = {name: Decimal("0.00") for name in CUSTOMERS}
        for record in invoices:
            expected[record["CustomerRef"]["FullName"]] += record["BalanceRemaining"]
        for record in payments:
            expected[record["CustomerRef"]["FullName"]] -= record["UnusedPayment"]
        by_name = {c["FullName"]: c for c in customers}
        for name in CUSTOMERS:
            assert by_name[name]["Balance"] == expected[name], (name, by_name[name], expected)
        job = by_name["Ames:Unit 1"]
        assert job["TotalBalance"] == job["Balance"]
        assert by_name["Ames"]["TotalBalance"] == by_name["Ames"]["Balance"] + job["TotalBalance"]
        receivables = responses[4].records
        if receivables:
            assert receivables[0]["Balance"] == sum(expected.values(), Decimal(0))

    @invariant()
    def deleted_stay_deleted(self) -> None:
        invoices, payments, _, responses = self._snapshot()
        present = {r["TxnID"] for r in invoices} | {r["TxnID"] for r in payments}
        assert not present & set(self.deleted)
        assert present == set(self.invoices) | set(self.payments)
        remembered = {r["TxnID"]: r["TxnDelType"] for r in responses[3].records}
        assert remembered == self.deleted

    @invariant()
    def edit_sequences_only_grow(self) -> None:
        invoices, payments, _, _ = self._snapshot()
        for record in [*invoices, *payments]:
            sequence = int(record["EditSequence"])
            content = self._content(record)
            previous = self.seen.get(record["TxnID"])
            if previous is not None:
                assert sequence >= previous[0]
                if content != previous[1]:
                    assert sequence > previous[0], record["TxnID"]
            self.seen[record["TxnID"]] = (sequence, content)

    @staticmethod
    def _content(record: Record) -> Any:
        data = {k: v for k, v in record.items() if k not in ("EditSequence", "TimeModified")}
        # A payment shows its invoices' current balance without being modified itself.
        data["AppliedToTxnRet"] = [
            {k: v for k, v in app.items() if k != "BalanceRemaining"}
            for app in data.get("AppliedToTxnRet", [])
        ]
        return repr(sorted(data.items()))


InvoiceLife.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_invoice_life = InvoiceLife.TestCase
