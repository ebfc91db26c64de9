"""``python -m reliability``: build each backend's world, inject faults under load, judge, report.

One backend's run, within its time budget (``--minutes``, 4 by default, so both stay under 10):

    setup     hub(s), proxy, tenant + link, simulated QuickBooks, connector linked and synced
    faults    writes released in batches from client threads while the planned faults strike
    restore   everything running again; clients finish their retries
    settle    poll the accepted operations until all are final (at most 120 s)
    check     stop the connector and QuickBooks, read the company file, judge every write

The seed (printed, and in the JSON) fixes the plan: the writes, their batches and keys, the
faults, their times, targets and durations. Thread timing is the machine's, so a replay meets the
same plan, not the same interleaving. Exit code 0 only when every check holds on every backend.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import signal
import string
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, Final

import httpx
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from reliability.check import invoices_in_quickbooks, judge, settle, write_rows
from reliability.faults import WEIGHTS, Injector, fault_counts, plan_faults
from reliability.processes import Supervisor
from reliability.report import (
    DEFAULT_OUTPUT,
    code_info,
    findings_by_check,
    machine_info,
    print_findings,
    summary_table,
    write_json,
)
from reliability.stack import CONNECTOR, HUBS_BY_BACKEND, QUICKBOOKS, SetupError, Stack
from reliability.workload import Workload, plan_writes

BACKENDS: Final = ("sqlite", "postgresql")
SETTLE_CAP: Final = 120.0
CHECK_RESERVE: Final = 20.0  # stopping processes, reading QuickBooks, tearing down
MIN_FAULT_PHASE: Final = 30.0
SETUP_ALLOWANCE: Final = {"sqlite": 25.0, "postgresql": 35.0}  # seconds; measured 12-35


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m reliability",
        description="Fault-injection suite on real processes (hub, simulated QuickBooks, "
        "connector). Exit code 0 only when every check holds.",
    )
    parser.add_argument("--backend", choices=[*BACKENDS, "both"], default="both")
    parser.add_argument("--seed", type=int, default=None, help="replay a run (default: random)")
    parser.add_argument("--writes", type=int, default=150, help="writes per backend (150)")
    parser.add_argument("--minutes", type=float, default=4.0, help="time budget per backend (4)")
    parser.add_argument("--clients", type=int, default=4, help="client threads (4)")
    parser.add_argument(
        "--faults", type=int, default=None, help="faults per backend (default: one per ~7 s)"
    )
    parser.add_argument(
        "--kinds",
        default=None,
        help=f"only these fault kinds, comma-separated (of: {', '.join(WEIGHTS)})",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="results JSON")
    parser.add_argument(
        "--keep", action="store_true", help="keep each backend's folder (logs, databases)"
    )
    args = parser.parse_args(argv)
    if args.writes < 1 or args.clients < 1 or args.minutes <= 0:
        parser.error("--writes, --clients and --minutes must be positive")
    if args.kinds is not None:
        args.kinds = [kind.strip() for kind in args.kinds.split(",") if kind.strip()]
        unknown = [kind for kind in args.kinds if kind not in WEIGHTS]
        if unknown or not args.kinds:
            parser.error(f"unknown fault kinds: {', '.join(unknown) or '(none given)'}")
    return args


class Display:
    """Rich progress for one run: a phase line, writes accepted, operations settled, faults."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self.backend = ""
        self.started = time.monotonic()

    def log(self, message: str) -> None:
        """A timestamped line above the bars."""
        elapsed = time.monotonic() - self.started
        self.progress.console.print(f"[dim]{self.backend:>10} {elapsed:6.1f}s[/] {message}")


def _tag(rng: random.Random, backend: str) -> str:
    # RefNumber is at most 11 characters in QuickBooks US: 5 for the run, 5 for the write.
    alphabet = string.ascii_uppercase + string.digits
    return "R" + backend[0].upper() + "".join(rng.choice(alphabet) for _ in range(3))


def run_backend(
    backend: str, seed: int, args: argparse.Namespace, template: Path, display: Display
) -> dict[str, Any]:
    """One backend's whole run; its result (never raises for a broken promise)."""
    display.backend = backend
    display.started = time.monotonic()
    log = display.log
    begun = time.monotonic()
    budget = args.minutes * 60.0
    rng = random.Random(f"{seed}:{backend}")
    root = Path(tempfile.mkdtemp(prefix=f"qbdlink-reliability-{backend}-"))
    stack = Stack(backend, root, log, Supervisor(root, log))
    result: dict[str, Any] = {
        "backend": backend,
        "seed": seed,
        "hub_processes": HUBS_BY_BACKEND[backend],
        "passed": False,
        "error": None,
    }
    durations: dict[str, float] = {}
    result["durations"] = durations
    progress = display.progress
    phase = progress.add_task(f"{backend}: setting up", total=None)
    keep = args.keep
    try:
        log(f"setting up in {escape(str(root))}")
        stack.build(template)
        durations["setup"] = stack.timings["setup_seconds"]
        log(
            f"ready: {len(stack.hub_ports)} hub process(es) behind the proxy, link "
            f"{stack.link_id} up to date, {len(stack.customers)} customers to bill"
        )
        deadline = begun + budget
        # Sized from a fixed setup allowance, not the measured setup, so that a seed gives the
        # same plan on any machine; room is kept for clients' retries and the settle wait.
        remaining = budget - SETUP_ALLOWANCE[backend]
        settle_room = min(SETTLE_CAP, max(30.0, remaining * 0.3))
        span = max(MIN_FAULT_PHASE, remaining - settle_room - CHECK_RESERVE)
        tag = _tag(rng, backend)
        writes = plan_writes(rng, args.writes, tag, stack.customers, span * 0.85)
        count = args.faults if args.faults is not None else min(30, max(4, round(span / 7)))
        plan = plan_faults(rng, span, len(stack.hub_ports), count, args.kinds)
        injector = Injector(stack, plan, log)
        assert stack.proxy is not None
        stack.proxy.on_drop = injector.note_drop
        workload = Workload(
            writes,
            api_url=stack.api_url,
            api_key=stack.api_key,
            link_id=stack.link_id,
            clients=args.clients,
            on_accept=injector.note_accept,
        )
        log(
            f"fault phase {span:.0f} s: {len(writes)} writes (markers {tag}00000...), "
            f"{len(plan)} faults planned, settle wait about {settle_room:.0f} s at most"
        )
        progress.update(phase, description=f"{backend}: faults", total=round(span), completed=0)
        sent = progress.add_task(f"{backend}: writes accepted", total=len(writes))
        injector.start()
        workload.start()
        while (elapsed := injector.elapsed()) < span:
            progress.update(phase, completed=min(round(elapsed), round(span)))
            progress.update(sent, completed=workload.accepted)
            time.sleep(0.5)
        progress.update(phase, completed=round(span), description=f"{backend}: restoring")
        injector.finish()
        durations["faults"] = round(injector.elapsed(), 2)
        log("faults stopped; everything is running again")
        patience = max(10.0, min(60.0, deadline - time.monotonic() - 30.0 - CHECK_RESERVE))
        if not workload.join(patience):
            log(f"[red]some clients were still retrying after {patience:.0f} s; they stop now[/]")
        workload.stop.set()
        workload.join(20)
        progress.update(sent, completed=workload.accepted)
        durations["clients_done"] = round(injector.elapsed(), 2)

        accepted = sum(1 for w in writes if w.accepted)
        settling = progress.add_task(f"{backend}: operations final", total=accepted)
        settle_cap = min(SETTLE_CAP, max(20.0, deadline - time.monotonic() - CHECK_RESERVE))
        progress.update(phase, description=f"{backend}: settling")

        def settled(done: int, total: int) -> None:
            progress.update(settling, completed=done, total=total)

        operations, durations["settle"] = settle(stack, writes, settle_cap, settled, injector.watch)
        progress.update(phase, description=f"{backend}: checking QuickBooks")
        check_started = time.monotonic()
        result["link_at_end"] = _link_state(stack)
        stack.supervisor.stop(CONNECTOR)
        stack.supervisor.stop(QUICKBOOKS)
        invoices = invoices_in_quickbooks(stack.company)
        findings, outcomes = judge(writes, operations, invoices, tag, injector.unexpected)
        durations["check"] = round(time.monotonic() - check_started, 2)
        result.update(
            passed=not findings,
            tag=tag,
            faults={
                "by_kind": fault_counts(plan),
                "planned": len(plan),
                "plan": [fault.as_json() for fault in plan],
            },
            proxy={
                "connections": stack.proxy.stats.connections,
                "answered_no_backend": stack.proxy.stats.no_backend,
                "responses_dropped": stack.proxy.stats.dropped,
            },
            processes={
                name: {
                    "starts": child.starts,
                    "sigkills": child.kills,
                    "unexpected_exits": child.unexpected_exits,
                }
                for name, child in stack.supervisor.children.items()
            },
            outcomes=outcomes,
            findings_by_check=findings_by_check([f.as_json() for f in findings]),
            findings=[f.as_json() for f in findings[:500]],
            writes=write_rows(writes, operations, invoices),
            settings={
                "writes": args.writes,
                "clients": args.clients,
                "fault_phase_seconds": round(span, 1),
                "settle_cap_seconds": settle_cap,
            },
        )
        if findings:
            counts = findings_by_check([f.as_json() for f in findings])
            log(f"[red]{len(findings)} broken promise(s)[/]: {escape(str(counts))}")
        else:
            log("[green]every check holds[/]")
    except SetupError as exc:
        result["error"] = str(exc)
        log(f"[red]setup failed:[/] {escape(str(exc))}")
        _tails(stack, log)
    except (OSError, RuntimeError, ValueError, KeyError, httpx.HTTPError) as exc:
        # A fault of the harness or of a process it could not drive: reported, never a pass.
        result["error"] = f"{type(exc).__name__}: {exc}"
        result["traceback"] = traceback.format_exc(limit=8)
        log(f"[red]the run stopped:[/] {escape(result['error'])}")
        _tails(stack, log)
    finally:
        durations["total"] = round(time.monotonic() - begun, 2)
        keep = keep or not result["passed"]
        stack.teardown(keep=keep)
        if keep:
            result["folder"] = str(root)
            log(f"logs and databases kept in {escape(str(root))}")
        for task in list(progress.task_ids):
            progress.remove_task(task)
    return result


def _link_state(stack: Stack) -> dict[str, Any] | None:
    try:
        with stack.api(timeout=10) as api:
            link = api.get(f"/v1/links/{stack.link_id}").json()
    except Exception:  # noqa: BLE001 - informational only
        return None
    return {key: link.get(key) for key in ("state", "state_reason", "integration_code")}


def _tails(stack: Stack, log: Callable[[str], None]) -> None:
    for child in stack.supervisor.children.values():
        tail = child.log_tail(6)
        if tail:
            log(f"[dim]{child.name} log:[/]\n{escape(tail)}")


def _template(folder: Path) -> Path:
    from qbdlink.simulator import create_company

    return create_company(
        folder / "template.qbw", name="Reliability Properties LLC", sample="small"
    )


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Run the suite; the exit code (0: every check held on every backend)."""
    args = parse_args(argv)
    console = Console()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 2**31)
    backends = list(BACKENDS) if args.backend == "both" else [args.backend]
    console.print(
        f"[bold]qbdlink reliability[/]: seed [bold]{seed}[/] (replay: make reliability "
        f"RELIABILITY_ARGS='--seed {seed}'), backends {', '.join(backends)}, "
        f"{args.writes} writes and {args.minutes:g} min each"
    )
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _raise_interrupt)
    document: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "seed": seed,
        "argv": sys.argv[1:] if argv is None else argv,
        "machine": machine_info(),
        "code": code_info(Path(__file__).resolve().parent.parent),
        "backends": [],
    }
    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="qbdlink-reliability-"))
    display = Display(console)
    results: list[dict[str, Any]] = document["backends"]
    interrupted = False
    try:
        with display.progress:
            display.log("building the sample company (small)")
            template = _template(scratch)
            for backend in backends:
                results.append(run_backend(backend, seed, args, template, display))
    except KeyboardInterrupt:
        interrupted = True
        console.print("[red]interrupted: every process was stopped[/]")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    document["duration_seconds"] = round(time.monotonic() - started, 1)
    document["passed"] = bool(results) and all(r["passed"] for r in results) and not interrupted
    if results:
        write_json(args.output, document)
        console.print(summary_table(results))
        for result in results:
            print_findings(console, result)
        console.print(f"results: {args.output}  (seed {seed}, {document['duration_seconds']} s)")
    if interrupted:
        return 130
    if any(r.get("error") for r in results):
        return 2
    return 0 if document["passed"] else 1
