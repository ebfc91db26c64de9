"""Benchmark ``writes``: invoice creates through the REST API, saved in QuickBooks, seen as done.

A hub, simulated QuickBooks (realistic latency: 50 ms a request, 0.5 ms a record, 2 s to begin
a session) and a connector run as real processes (``bench._stack``) with the small sample,
linked and synced. Each write is ``POST /v1/links/{id}/invoices`` with ``Prefer: wait=10``
(then ``GET /v1/operations/{id}?wait=30`` while it is not final); its latency runs from the POST
to the answer that shows it ``succeeded``.

1. one warm-up write (``first_write_ms``: it may pay for beginning a QuickBooks session);
2. one writer, N writes in a row: p50 and p99;
3. 10 writers at once for a while: writes per second and p99;
4. the floor: the InvoiceAdd message sets the connector sent, each sent again alone straight
   to the simulator in one session (median ms).
"""

from __future__ import annotations

import threading
import time
from typing import Any, Final

import httpx

from bench._common import BenchOutput, TargetSpec, percentile
from bench._floor import request_names, window
from bench._stack import (
    CONNECTOR_APP,
    REALISTIC,
    SESSION_IDLE_SECONDS,
    Stack,
    load_average,
    running_stack,
    sample_company,
)

NAME = "writes"
TARGETS: dict[str, TargetSpec] = {
    "write_p50_ms": {"op": "<=", "value": 150},
    "write_p99_ms": {"op": "<=", "value": 400},
    "concurrent_writes_per_s": {"op": ">=", "value": 10},
    "concurrent_write_p99_ms": {"op": "<=", "value": 2000},
}
FINAL: Final = ("succeeded", "failed", "needs_attention")
WRITERS: Final = 10


def _customers(stack: Stack) -> list[str]:
    with stack.api() as api:
        page = api.get(f"/v1/links/{stack.link_id}/customers", params={"limit": 200}).json()
    # Units (jobs of a tenant customer) are what rent invoices are billed to.
    units = [c for c in page["data"] if c.get("parent_ref") and c.get("is_active", True)]
    names = [str(c["full_name"]) for c in (units or page["data"])]
    if not names:
        raise RuntimeError("the sample company has no customers in the hub")
    return names


def _write(client: httpx.Client, link_id: str, customer: str, number: int) -> float:
    """One invoice create, waited until final; milliseconds from the POST to that answer."""
    body = {
        "customer_ref": {"full_name": customer},
        "memo": f"qbdlink bench write {number}",
        "invoice_line_add": [{"item_ref": {"full_name": "Rent"}, "amount": "1450.00"}],
    }
    started = time.perf_counter()
    answer = client.post(f"/v1/links/{link_id}/invoices", json=body, headers={"Prefer": "wait=10"})
    if answer.status_code not in (200, 201, 202):
        raise RuntimeError(f"POST invoices answered {answer.status_code}: {answer.text}")
    operation: dict[str, Any] = answer.json()
    while operation.get("state") not in FINAL:
        operation = client.get(f"/v1/operations/{operation['id']}", params={"wait": 30}).json()
    elapsed = (time.perf_counter() - started) * 1000
    if operation["state"] != "succeeded":
        raise RuntimeError(f"a write ended {operation['state']}: {operation.get('error')}")
    return elapsed


def _concurrent(stack: Stack, customers: list[str], seconds: float) -> tuple[list[float], float]:
    """``WRITERS`` threads writing for ``seconds``; every latency (ms) and the span (s) from
    the start to the last answer."""
    latencies: list[float] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    started = time.perf_counter()
    stop_at = started + seconds
    last = [started]

    def writer(number: int) -> None:
        with stack.api() as client:
            count = 0
            while time.perf_counter() < stop_at:
                try:
                    ms = _write(client, stack.link_id, customers[number % len(customers)], count)
                except Exception as exc:  # noqa: BLE001 -- reported after the threads end
                    errors.append(exc)
                    return
                with lock:
                    latencies.append(ms)
                    last[0] = max(last[0], time.perf_counter())
                count += 1

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(f"{len(errors)} concurrent writer(s) failed: {errors[0]}")
    return latencies, last[0] - started


def run(quick: bool) -> BenchOutput:
    """One writer's latencies, ten writers' throughput, and QuickBooks' own InvoiceAdd time."""
    sequential, concurrent_s = (10, 5.0) if quick else (50, 15.0)
    idle = 3.0 if quick else SESSION_IDLE_SECONDS  # quick: less waiting for a cold session
    metrics: dict[str, float | int] = {}
    with running_stack(sample_company("small"), REALISTIC, idle) as stack:
        stack.sync()  # the customers reach the hub
        customers = _customers(stack)
        stack.wait_released()  # the warm-up write begins a session, as after a quiet spell
        with stack.api() as client:
            metrics["first_write_ms"] = round(_write(client, stack.link_id, customers[0], 0), 1)
            metrics["load_before"] = load_average()
            began = time.time()
            one = [
                _write(client, stack.link_id, customers[n % len(customers)], n)
                for n in range(sequential)
            ]
            ended = time.time()
        metrics.update(
            {
                "writes": len(one),
                "write_p50_ms": round(percentile(one, 50), 1),
                "write_p99_ms": round(percentile(one, 99), 1),
                "write_max_ms": round(max(one), 1),
            }
        )
        many, span = _concurrent(stack, customers, concurrent_s)
        metrics.update(
            {
                "concurrent_writes": len(many),
                "concurrent_writes_per_s": round(len(many) / span, 2),
                "concurrent_write_p50_ms": round(percentile(many, 50), 1),
                "concurrent_write_p99_ms": round(percentile(many, 99), 1),
            }
        )
        metrics["load_after"] = load_average()
        seen = window(stack.logged(), began, ended, CONNECTOR_APP)
        adds = [c for c in seen.requests if "InvoiceAddRq" in request_names(c.qbxml)]
        stack.wait_released()
        each: list[float] = []
        stack.replay_floor(adds[:10], each)
        metrics["quickbooks_invoice_add_ms"] = round(percentile(each, 50) * 1000, 1)
        metrics["connector_sessions_sequential"] = seen.sessions
        metrics["connector_guard_queries_sequential"] = seen.guards
    notes = (
        "small sample, realistic latency (50 ms/request, 0.5 ms/record, 2 s/session); hub "
        "(SQLite), simulated QuickBooks and connector as real processes. Latency: POST "
        "/v1/links/{id}/invoices with Prefer: wait=10 (then GET /v1/operations/{id}?wait=30) to "
        f"the answer showing it succeeded. {sequential} writes in a row after one warm-up "
        f"(first_write_ms, begins a QuickBooks session); then {WRITERS} writers for "
        f"{concurrent_s:.0f} s, writes/s over the span to the last answer. "
        "quickbooks_invoice_add_ms: the connector's InvoiceAdd message sets sent again alone "
        "straight to the simulator in one session (median). connector_*_sequential: sessions "
        "begun and company-guard queries during the writes in a row. Load average (1 min) "
        f"before and after. QBDLINK_SESSION_IDLE_SECONDS={idle:g}."
    )
    return {"metrics": metrics, "targets": dict(TARGETS), "notes": notes}
