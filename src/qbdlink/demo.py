"""``qbdlink demo``: what the product does today, on embedded defaults, in under a few seconds.

Today that is the qbXML core: build requests from plain Python data, catch mistakes before
QuickBooks sees them, read QuickBooks' answers (whole, streamed, paged by an iterator) and
convert to JSON. The parts not built yet are named plainly at the end.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.syntax import Syntax
from rich.table import Table

from qbdlink.qbxml import (
    LocalProtocolError,
    QueryIterator,
    Record,
    Request,
    Response,
    decode_responses,
    encode_requests,
    encode_responses,
    iter_records,
    to_json,
    validate,
)
from qbdlink.simulator import ComError, SimulatedDesktop, create_company

NOT_BUILT_YET = [
    ("Hub (REST API, set-up page, webhooks, Web Connector)", "qbdlink hub serve", "issue 4"),
    (
        "Connector (link, verify, relay, wizard) and the full demo",
        "qbdlink connector ...",
        "issue 5",
    ),
]


def _sample_invoices(count: int) -> list[Record]:
    """Deterministic invoices for a property manager: three rent lines each."""
    eastern = timezone(timedelta(hours=-5))
    invoices = []
    for number in range(count):
        amount = Decimal(1200 + (number % 7) * 50)
        invoices.append(
            Record(
                "InvoiceRet",
                {
                    "TxnID": f"{0x1A0 + number:X}-1733923200",
                    "TimeCreated": datetime(2024, 12, 1, 9, 0, 0, tzinfo=eastern),
                    "TimeModified": datetime(2024, 12, 1, 9, 0, 0, tzinfo=eastern),
                    "EditSequence": "1733061600",
                    "TxnNumber": number + 1,
                    "CustomerRef": {"FullName": f"Tenant {number % 50:02d}:Unit {number % 12}"},
                    "ARAccountRef": {"FullName": "Accounts Receivable"},
                    "TxnDate": date(2024, 12, 1),
                    "RefNumber": f"R-{number + 1:05d}",
                    "DueDate": date(2024, 12, 5),
                    "Subtotal": amount,
                    "BalanceRemaining": amount,
                    "IsPaid": False,
                    "InvoiceLineRet": [
                        {
                            "TxnLineID": f"{line}-{number}",
                            "ItemRef": {"FullName": item},
                            "Amount": share,
                        }
                        for line, (item, share) in enumerate(
                            [
                                ("Rent", amount - 150),
                                ("Utilities", Decimal(100)),
                                ("CAM", Decimal(50)),
                            ]
                        )
                    ],
                },
            )
        )
    return invoices


def run_demo(*, exit_after_summary: bool = True, console: Console | None = None) -> int:
    """Run the demo; return the process exit code."""
    out = console or Console()
    timings: dict[str, float] = {}
    out.rule("[bold]qbdlink demo[/] · the qbXML core")

    # 1. Build requests from plain Python data, in any order.
    started = time.perf_counter()
    requests = [
        Request(
            "CustomerQueryRq", {"ActiveStatus": "ActiveOnly", "MaxReturned": 50}, request_id="1"
        ),
        Request(
            "InvoiceAddRq",
            {
                "InvoiceAdd": {
                    "TxnDate": date(2024, 12, 1),
                    "CustomerRef": {"FullName": "Acme Properties:Unit 4B"},
                    "InvoiceLineAdd": [
                        {"Amount": Decimal("1450"), "ItemRef": {"FullName": "Rent"}},
                        {"ItemRef": {"FullName": "Late fee"}, "Amount": Decimal("35")},
                    ],
                    "ExternalGUID": "{6B29FC40-CA47-1067-B31D-00DD010662DA}",
                }
            },
            request_id="2",
        ),
    ]
    document = encode_requests(requests, version="13.0", edition="us")
    validate(document)
    timings["build + validate"] = time.perf_counter() - started
    out.print(
        "[bold]1. A request built from Python data[/] (fields given in any order; "
        "emitted in schema order, types converted, checked against the schema):"
    )
    out.print(Syntax(_pretty(document), "xml", theme="ansi_dark", word_wrap=True))

    # 2. Mistakes are caught before QuickBooks sees them, with the element and the reason.
    out.print("\n[bold]2. Mistakes are refused before anything is sent[/]")
    mistakes = [
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "Acme", "Emial": "x@example.com"}}),
        Request("CustomerAddRq", {"CustomerAdd": {"Name": "Tenant " + "name " * 8 + "too long"}}),
        Request("InvoiceAddRq", {"InvoiceAdd": {"CustomerRef": {"FullName": "Acme"},
                                                "InvoiceLineAdd": [{"Amount": 12.5}]}}),
    ]  # fmt: skip
    for mistake in mistakes:
        try:
            encode_requests([mistake], edition="us")
        except LocalProtocolError as exc:
            out.print(f"  [red]✗[/] {escape(str(exc))}")

    # 3. Reading QuickBooks' answer: whole, streamed, and paged through an iterator.
    page = _sample_invoices(2_000)
    answer = encode_responses(
        [Response("InvoiceQueryRs", request_id="2", records=page, ret_count=len(page))]
    )
    started = time.perf_counter()
    decoded = decode_responses(answer)
    timings["decode 2,000 invoices"] = time.perf_counter() - started
    invoices = decoded[0].raise_for_status().records
    started = time.perf_counter()
    streamed = sum(1 for _ in iter_records(answer))
    timings["stream 2,000 invoices"] = time.perf_counter() - started
    open_total = sum((inv["BalanceRemaining"] for inv in invoices), Decimal(0))
    out.print(
        f"\n[bold]3. QuickBooks' answer read back[/]: {len(invoices):,} invoices "
        f"({len(answer) / 1e6:.1f} MB) decoded, {streamed:,} streamed one by one; "
        f"open balance [green]${open_total:,.2f}[/]; first: "
        f"{invoices[0]['RefNumber']} for {invoices[0]['CustomerRef']['FullName']}, "
        f"{len(invoices[0]['InvoiceLineRet'])} lines, due {invoices[0]['DueDate']:%d %b %Y}."
    )

    iterator = QueryIterator(Request("InvoiceQueryRq", {"IncludeLineItems": True}), page_size=500)
    message: Request | None = iterator.start()
    remaining = len(page)
    sent = []
    while message is not None:
        sent.append(f"{message.iterator}{' ' + message.iterator_id if message.iterator_id else ''}")
        chunk = min(remaining, iterator.page_size)
        remaining -= chunk
        message = iterator.next_request(
            Response("InvoiceQueryRs", records=page[:chunk], iterator_id="{demo-iterator}",
                     iterator_remaining_count=remaining)
        )  # fmt: skip
    out.print(f"   Paging by iterator (sans-IO): {' → '.join(sent)} → done after "
              f"{iterator.pages} pages, {iterator.records_seen:,} records.")  # fmt: skip

    json_text = to_json(encode_requests(requests[:1]))
    out.print(f"   Lossless JSON: {len(json_text)} characters for the first request; "
              "`qbdlink qbxml to-json FILE` / `from-json FILE`.")  # fmt: skip

    # 4. The simulated QuickBooks Desktop: a sample company, the authorization prompt, queries.
    out.print("\n[bold]4. Simulated QuickBooks Desktop[/]")
    with tempfile.TemporaryDirectory() as scratch:
        company = Path(scratch) / "acme.qbw.sqlite"
        started = time.perf_counter()
        create_company(company, name="Acme Properties LLC", sample="small")
        timings["sample company (500 transactions)"] = time.perf_counter() - started
        desk = SimulatedDesktop()
        desk.open_company(company)
        desk.answer = "no"
        processor = desk.request_processor()
        processor.open_connection("", "qbdlink demo")
        try:
            processor.begin_session(str(company), "DoNotCare")
        except ComError as refused:
            out.print(f"   The user clicks [red]No[/] at QuickBooks' prompt: "
                      f"HRESULT {refused.hresult:#010x}, {escape(refused.strerror)}")  # fmt: skip
        desk.answer = "always"
        ticket = processor.begin_session(str(company), "DoNotCare")
        out.print("   The user clicks [green]Yes, always; allow access even if QuickBooks is "
                  "not running[/]: session open.")  # fmt: skip
        started = time.perf_counter()
        reply_xml = processor.process_request(
            ticket,
            encode_requests(
                [
                    Request("HostQueryRq", request_id="1"),
                    Request("CompanyQueryRq", request_id="2"),
                    Request("CustomerQueryRq", {"MaxReturned": 1000}, request_id="3"),
                    Request("InvoiceQueryRq", {"PaidStatus": "NotPaidOnly"}, request_id="4"),
                ]
            ).decode(),
        )
        timings["host, company, customers, open invoices"] = time.perf_counter() - started
        host, company_info, customers, unpaid = decode_responses(reply_xml)
        processor.end_session(ticket)
        processor.close_connection()
    host_record, company_record = host.records[0], company_info.records[0]
    owed = sum((inv["BalanceRemaining"] for inv in unpaid.records), Decimal(0))
    out.print(
        f"   {escape(host_record['ProductName'])} ({host_record['Country']}), company "
        f"[bold]{escape(company_record['CompanyName'])}[/]: {len(customers.records)} customers "
        f"(tenants and their units), {len(unpaid.records)} unpaid invoices, "
        f"[green]${owed:,.2f}[/] owed."
    )

    # 5. Summary.
    table = Table(title="Timings on this machine", show_edge=False)
    table.add_column("step")
    table.add_column("time", justify="right")
    for step, seconds in timings.items():
        table.add_row(step, f"{seconds * 1000:,.1f} ms")
    out.print()
    out.print(table)
    built = Table(title="Not built yet", show_edge=False)
    built.add_column("part")
    built.add_column("command")
    built.add_column("tracked in")
    for part, command, issue in NOT_BUILT_YET:
        built.add_row(part, command, issue)
    out.print(built)
    out.print(
        Panel(
            "Works today: the qbXML core (`qbdlink qbxml validate|to-json|from-json`, "
            "`from qbdlink.qbxml import ...`) and the simulated QuickBooks Desktop "
            "(`qbdlink sim new|open|process`, `from qbdlink.simulator import ...`).\n"
            "There is no hub to serve yet, so the demo stops here"
            + ("." if exit_after_summary else " (nothing to keep serving)."),
            title="Summary",
        )
    )
    return 0


def _pretty(document: bytes) -> str:
    from lxml import etree

    from qbdlink.qbxml.parsing import parse_document

    root, version = parse_document(document)
    body = etree.tostring(root, pretty_print=True, encoding="unicode")
    return f'<?qbxml version="{version}"?>\n{body}'
