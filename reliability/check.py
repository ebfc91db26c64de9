"""After the faults: let every accepted write settle, read QuickBooks itself, and judge.

The promise checked, per write:

| the client got      | final state of its operation      | copies in QuickBooks              |
|---------------------|-----------------------------------|-----------------------------------|
| 2xx (accepted)      | succeeded                         | exactly 1 (its own TxnID)         |
| 2xx (accepted)      | failed                            | 0                                 |
| 2xx (accepted)      | needs_attention, or not yet final | - (a broken promise either way)   |
| 4xx                 | (none)                            | 0; a 4xx to a valid write is bad  |
| no answer (or 5xx)  | (unknown)                         | 0 or 1, reported apart            |

plus: a keyed write sent again answers the same operation; an accepted operation can always be
read back; no invoice carries a marker the run never sent; no process dies on its own.
QuickBooks is read from the company file with the simulator's own request processor, after the
connector and simulated QuickBooks are stopped, so nothing changes while it is counted.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

import httpx

from reliability.stack import Stack
from reliability.workload import Write

FINAL: Final = frozenset({"succeeded", "failed", "needs_attention"})


@dataclass
class Finding:
    """One broken promise, precise enough to look up."""

    check: str
    marker: str
    operation_id: str | None
    state: str | None
    error_code: str | None
    copies: int
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        """The finding as a JSON object."""
        return asdict(self)


def settle(
    stack: Stack,
    writes: list[Write],
    timeout: float,
    progress: Callable[[int, int], None],
    watch: Callable[[], None],
) -> tuple[dict[str, dict[str, Any]], float]:
    """Poll every accepted operation until all are final or ``timeout``; (operations, seconds)."""
    started = time.monotonic()
    ids = {w.operation_id for w in writes if w.operation_id}
    ids |= {w.resend_operation_id for w in writes if w.resend_operation_id}
    operations: dict[str, dict[str, Any]] = {}
    open_ids = set(ids)
    missing: dict[str, int] = {}  # 404s answered, by operation
    deadline = started + timeout
    with stack.api(timeout=10) as api:
        while True:
            round_started = time.monotonic()
            for operation_id in sorted(open_ids):
                try:
                    answer = api.get(f"/v1/operations/{operation_id}")
                except httpx.TransportError:
                    continue
                if answer.status_code == 200:
                    operations[operation_id] = answer.json()
                    if operations[operation_id].get("state") in FINAL:
                        open_ids.discard(operation_id)
                elif answer.status_code == 404:
                    operations[operation_id] = {"id": operation_id, "state": "not_found"}
                    missing[operation_id] = missing.get(operation_id, 0) + 1
                    if missing[operation_id] >= 3:  # lost for good, not a passing glitch
                        open_ids.discard(operation_id)
            progress(len(ids) - len(open_ids), len(ids))
            watch()
            if not open_ids or time.monotonic() >= deadline:
                break
            time.sleep(max(0.0, 1.0 - (time.monotonic() - round_started)))
    return operations, round(time.monotonic() - started, 2)


def invoices_in_quickbooks(company: Path) -> list[dict[str, Any]]:
    """Every invoice in the company file (TxnID, RefNumber, Memo), read by the simulator."""
    from qbdlink.qbxml import Request, decode_responses, encode_requests
    from qbdlink.simulator import CompanyStore, Processor

    store = CompanyStore.open(company)
    try:
        answer = Processor(store).process(encode_requests([Request("InvoiceQueryRq", {})]))
    finally:
        store.close()
    response = decode_responses(answer)[0].raise_for_status()
    return [
        {
            "txn_id": str(record.get("TxnID", "")),
            "ref_number": str(record.get("RefNumber", "")),
            "memo": str(record.get("Memo", "")),
        }
        for record in response.records
    ]


def _error_code(operation: dict[str, Any]) -> str | None:
    error = operation.get("error")
    if isinstance(error, dict) and error.get("code"):
        return str(error["code"])
    return None


def history_events(operation: dict[str, Any]) -> set[str]:
    """The steps an operation's history shows (waiting, outcome_unknown, reconciling, ...)."""
    history = operation.get("history")
    if not isinstance(history, list):
        return set()
    return {
        str(entry.get("event") or entry.get("state"))
        for entry in history
        if isinstance(entry, dict) and (entry.get("event") or entry.get("state"))
    }


def judge(
    writes: list[Write],
    operations: dict[str, dict[str, Any]],
    invoices: list[dict[str, Any]],
    tag: str,
    unexpected_exits: list[dict[str, Any]],
) -> tuple[list[Finding], dict[str, Any]]:
    """Findings (broken promises) and the outcome figures of one backend's run."""
    copies: dict[str, list[dict[str, Any]]] = {}
    for invoice in invoices:
        marker = invoice["ref_number"]
        if marker.startswith(tag) or tag in invoice["memo"]:
            copies.setdefault(marker if marker.startswith(tag) else invoice["memo"], []).append(
                invoice
            )
    findings: list[Finding] = []
    states: Counter[str] = Counter()
    codes: dict[str, Counter[str]] = {}
    unacknowledged: Counter[str] = Counter()
    figures: Counter[str] = Counter()
    events: Counter[str] = Counter()  # operations whose history shows each step
    known = {w.marker for w in writes}

    def found(
        check: str, write: Write, operation: dict[str, Any] | None, n: int, detail: str = ""
    ) -> None:
        findings.append(
            Finding(
                check=check,
                marker=write.marker,
                operation_id=write.operation_id,
                state=None if operation is None else str(operation.get("state")),
                error_code=None if operation is None else _error_code(operation),
                copies=n,
                detail=detail,
            )
        )

    for write in writes:
        mine = copies.get(write.marker, [])
        n = len(mine)
        if write.attempts:
            figures["sent"] += 1
        if write.operation_id is None:
            if write.rejected is not None:
                figures["rejected"] += 1
                status, code = write.rejected
                found("rejected", write, None, n, f"HTTP {status} {code}")
                if n:
                    found("rejected_but_in_quickbooks", write, None, n)
            elif write.attempts:
                figures["unacknowledged"] += 1
                unacknowledged[f"{n} {'copy' if n == 1 else 'copies'}"] += 1
                if write.key is not None:
                    found("keyed_write_never_answered", write, None, n, write.unacknowledged or "")
                if n > 1:
                    found("unacknowledged_duplicate", write, None, n, write.unacknowledged or "")
            continue
        figures["accepted"] += 1
        if write.accepted_status == 200:
            figures["accepted_as_replay"] += 1  # an earlier, lost attempt had created it
        if write.attempts_to_answer > 1:
            figures["accepted_after_retry"] += 1
        if write.resend and write.resend_status is not None:
            figures["resent_after_accept"] += 1
            if write.resend_status != 200 or write.resend_operation_id != write.operation_id:
                found(
                    "idempotency_mismatch",
                    write,
                    operations.get(write.operation_id),
                    n,
                    f"resend answered HTTP {write.resend_status} with "
                    f"{write.resend_operation_id or 'no operation'}",
                )
        operation = operations.get(write.operation_id)
        if operation is None:
            states["unreadable"] += 1
            found("operation_unreadable", write, None, n, "never answered GET /v1/operations/{id}")
            continue
        state = str(operation.get("state"))
        states[state] += 1
        error_code = _error_code(operation)
        if error_code is not None:
            codes.setdefault(state, Counter())[error_code] += 1
        for event in history_events(operation):
            events[event] += 1
        if state == "not_found":
            found("operation_lost", write, operation, n, "GET /v1/operations/{id} answered 404")
        elif state == "succeeded":
            if n != 1:
                found("duplicate" if n > 1 else "missing", write, operation, n)
            else:
                record_id = operation.get("record_id")
                if record_id and record_id != mine[0]["txn_id"]:
                    found(
                        "wrong_record",
                        write,
                        operation,
                        n,
                        f"operation says {record_id}, QuickBooks has {mine[0]['txn_id']}",
                    )
        elif state == "failed":
            if n:
                found("failed_but_in_quickbooks", write, operation, n)
        elif state == "needs_attention":
            found("needs_attention", write, operation, n)
        else:
            detail = ""
            waiting = operation.get("waiting")
            if isinstance(waiting, dict):
                detail = f"waiting: {waiting.get('reason')}"
            found("not_final", write, operation, n, detail)
    for marker, invoices_of in copies.items():
        if marker not in known:
            findings.append(Finding("orphan_invoice", marker, None, None, None, len(invoices_of)))
    for exit_ in unexpected_exits:
        findings.append(
            Finding(
                "process_exited",
                str(exit_["process"]),
                None,
                None,
                str(exit_["exit_code"]),
                0,
                f"at {exit_['at']} s: {str(exit_['log'])[-300:]}",
            )
        )
    outcomes = {
        "writes": {"planned": len(writes), **dict(sorted(figures.items()))},
        "final_states": dict(sorted(states.items())),
        "history_events": dict(sorted(events.items())),
        "error_codes": {state: dict(sorted(c.items())) for state, c in sorted(codes.items())},
        "unacknowledged_copies": dict(sorted(unacknowledged.items())),
        "duplicates": sum(
            1 for f in findings if f.check in ("duplicate", "unacknowledged_duplicate")
        ),
        "missing": sum(1 for f in findings if f.check == "missing"),
        "invoices_with_marker": sum(len(v) for v in copies.values()),
        "seconds_to_final": _spread(
            [_seconds(op) for op in operations.values() if op.get("state") in FINAL]
        ),
    }
    return findings, outcomes


def _seconds(operation: dict[str, Any]) -> float | None:
    """From the 202 to the final state, by the hub's clock."""
    try:
        created = dt.datetime.fromisoformat(str(operation["created_at"]))
        completed = dt.datetime.fromisoformat(str(operation["completed_at"]))
    except (KeyError, TypeError, ValueError):
        return None
    return (completed - created).total_seconds()


def _spread(values: list[float | None]) -> dict[str, float]:
    """Median, 95th percentile and largest of some durations (seconds)."""
    known = sorted(v for v in values if v is not None)
    if not known:
        return {}
    return {
        "p50": round(statistics.median(known), 2),
        "p95": round(known[min(len(known) - 1, int(len(known) * 0.95))], 2),
        "max": round(known[-1], 2),
    }


def write_rows(
    writes: list[Write], operations: dict[str, dict[str, Any]], invoices: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One compact row per write, for replaying a finding from the JSON."""
    copies = Counter(invoice["ref_number"] for invoice in invoices)
    rows = []
    for write in writes:
        operation = operations.get(write.operation_id or "", {})
        rows.append(
            {
                "marker": write.marker,
                "keyed": write.key is not None,
                "released_at": round(write.release_at, 2),
                "attempts": write.attempts,
                "statuses": write.statuses,
                "operation_id": write.operation_id,
                "accepted_at": None if write.accepted_at is None else round(write.accepted_at, 2),
                "state": operation.get("state"),
                "error_code": _error_code(operation) if operation else None,
                "history": sorted(history_events(operation)),
                "seconds_to_final": _seconds(operation) if operation else None,
                "copies": copies.get(write.marker, 0),
            }
        )
    return rows
