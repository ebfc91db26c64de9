"""Benchmark ``simulator_query``: InvoiceQuery pages through the simulator's ``process_request``.

Builds the ``large`` sample company (``small`` with --quick), timing the build (target: at most
60 s), then pages through every invoice with an iterator (MaxReturned 500, IncludeLineItems),
each page a full qbXML round trip through the emulated QBXMLRP2 (``SimulatedDesktop``'s request
processor: parse, query, render), and reports invoices per second (target: at least 20,000).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench._common import BenchOutput, TargetSpec
from bench._sample import quickbooks_session
from qbdlink.qbxml import QueryIterator, Request, decode_responses, encode_requests
from qbdlink.simulator import create_company

NAME = "simulator_query"
PAGE = 500
TARGETS: dict[str, TargetSpec] = {
    "invoices_per_second": {"op": ">=", "value": 20_000},
    "large_sample_build_seconds": {"op": "<=", "value": 60},
}


def run(quick: bool) -> BenchOutput:
    """Build the sample, then time paging through every invoice."""
    size = "small" if quick else "large"
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"{size}.qbw.sqlite"
        started = time.perf_counter()
        create_company(path, name="Bench Properties", sample=size)  # type: ignore[arg-type]
        build_seconds = time.perf_counter() - started

        pager = QueryIterator(Request("InvoiceQueryRq", {"IncludeLineItems": True}), page_size=PAGE)
        message: Request | None = pager.start()
        invoices = 0
        pages = 0
        processing = 0.0
        with quickbooks_session(path) as (processor, ticket):
            started = time.perf_counter()
            while message is not None:
                request = encode_requests([message])
                before = time.perf_counter()
                answer = processor.process_request(ticket, request.decode())
                processing += time.perf_counter() - before
                response = decode_responses(answer)[0].raise_for_status()
                invoices += len(response.records)
                pages += 1
                message = pager.next_request(response)
            elapsed = time.perf_counter() - started

    metrics: dict[str, float | int] = {
        "invoices": invoices,
        "pages": pages,
        "invoices_per_second": round(invoices / processing, 1),
        "round_trip_invoices_per_second": round(invoices / elapsed, 1),
        "sample_build_seconds": round(build_seconds, 2),
    }
    targets = {"invoices_per_second": TARGETS["invoices_per_second"]}
    if not quick:
        metrics["large_sample_build_seconds"] = metrics["sample_build_seconds"]
        targets["large_sample_build_seconds"] = TARGETS["large_sample_build_seconds"]
    notes = (
        f"{size} sample; invoices_per_second counts only process_request (parse, query, render "
        f"in the simulator); round_trip_invoices_per_second adds building each request and "
        f"decoding each response with qbdlink.qbxml. Pages of {PAGE} with IncludeLineItems, "
        "through an iterator."
    )
    return {"metrics": metrics, "targets": targets, "notes": notes}
