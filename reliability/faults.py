"""The faults: a plan drawn from the seed, and the thread that injects them on time.

| kind                        | what happens                                                   |
|-----------------------------|----------------------------------------------------------------|
| hub_kill                    | SIGKILL a hub process (one of three on PostgreSQL), restart it |
| hub_kill_after_accept       | the same, the moment a write's 202 has reached its client      |
| connector_kill              | SIGKILL the connector at a random moment, restart it           |
| connector_kill_mid_write    | SIGKILL the connector while its journal shows a write running  |
| quickbooks_closed           | SIGKILL simulated QuickBooks, reopen it 5-30 s later           |
| quickbooks_kill_mid_write   | the same while a write is inside QuickBooks                    |
| connector_freeze_mid_write  | SIGSTOP the connector mid-write, longer than the lease         |
| quickbooks_freeze_mid_write | SIGSTOP QuickBooks mid-write, longer than the lease            |
| api_response_drop           | the proxy loses the answer to a keyed write (client retries)   |
| agent_response_drop         | the proxy loses the hub's answer to a connector's job result   |

A freeze is a PC that sleeps or a QuickBooks that hangs: the process stops (SIGSTOP) and carries
on (SIGCONT) 12-20 s later, past the hub's 10 s lease, so the hub has given the job up while the
connector still holds it.

Only one process of a kind is down at a time, and the fault phase ends with everything running
again. Triggered kinds wait a few seconds for their moment; if it does not come they act anyway
and say so (``triggered: false``).
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any, Final

from rich.markup import escape

from reliability.processes import Log
from reliability.stack import CONNECTOR, QUICKBOOKS, Stack

WEIGHTS: Final = {
    "hub_kill": 2.0,
    "hub_kill_after_accept": 1.5,
    "connector_kill": 1.5,
    "connector_kill_mid_write": 1.5,
    "quickbooks_closed": 1.5,
    "quickbooks_kill_mid_write": 1.0,
    "connector_freeze_mid_write": 1.0,
    "quickbooks_freeze_mid_write": 1.0,
    "api_response_drop": 1.5,
    "agent_response_drop": 1.0,
}
QUICKBOOKS_KINDS: Final = frozenset(
    {"quickbooks_closed", "quickbooks_kill_mid_write", "quickbooks_freeze_mid_write"}
)
FREEZE_SECONDS: Final = (12.0, 20.0)  # longer than the lease (QBDLINK_LEASE_SECONDS=10)
MIN_GAP: Final = 3.0  # seconds between two faults
TRIGGER_WAIT: Final = 8.0  # how long a triggered fault waits for its moment


@dataclass
class Fault:
    """One planned fault and what became of it."""

    at: float
    kind: str
    down_for: float = 0.0
    target: int = 0
    delay: float = 0.0  # mid-write kinds: from seeing the write start to the kill
    executed_at: float | None = None
    triggered: bool | None = None
    hit: bool | None = None  # for drops: whether a response was actually lost
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        """The fault as a JSON object."""
        return asdict(self)


def plan_faults(
    rng: random.Random, span: float, hubs: int, count: int, kinds: list[str] | None = None
) -> list[Fault]:
    """At most ``count`` faults over ``span`` seconds (of ``kinds``, default all), QuickBooks
    outages not overlapping."""
    first, last = 2.0, span - 5.0
    times = sorted(rng.uniform(first, last) for _ in range(count)) if last > first else []
    spaced: list[float] = []
    for at in times:
        if not spaced or at - spaced[-1] >= MIN_GAP:
            spaced.append(at)
        elif spaced[-1] + MIN_GAP <= last:
            spaced.append(spaced[-1] + MIN_GAP)
    kinds = list(kinds or WEIGHTS)
    weights = [WEIGHTS[kind] for kind in kinds]
    others = [k for k in kinds if k not in QUICKBOOKS_KINDS] or ["api_response_drop"]
    plan: list[Fault] = []
    quickbooks_back = 0.0
    for at in spaced:
        kind = rng.choices(kinds, weights)[0]
        if kind in QUICKBOOKS_KINDS:
            longest = min(30.0, last - at)
            if at < quickbooks_back + MIN_GAP or longest < 5.0:
                kind = rng.choice(others)
        if "_freeze_" in kind and last - at < FREEZE_SECONDS[0]:
            kind = rng.choice([k for k in others if "_freeze_" not in k] or ["api_response_drop"])
        fault = Fault(at=round(at, 2), kind=kind, target=rng.randrange(hubs))
        if kind.endswith("_mid_write"):
            # QuickBooks saves within ms and answers 150 ms later: a spread of delays lands the
            # kill sometimes before the save, mostly after it (saved, answer lost).
            fault.delay = round(rng.uniform(0.0, 0.12), 3)
        if "_freeze_" in kind:
            low, high = FREEZE_SECONDS
            fault.down_for = round(rng.uniform(low, min(high, last - at)), 2)
            if kind in QUICKBOOKS_KINDS:
                quickbooks_back = at + fault.down_for
        elif kind in QUICKBOOKS_KINDS:
            fault.down_for = round(rng.uniform(5.0, min(30.0, last - at)), 2)
            quickbooks_back = at + fault.down_for
        elif kind.startswith("hub_kill"):
            fault.down_for = round(rng.uniform(0.5, 3.0), 2)
        elif kind.startswith("connector_kill"):
            fault.down_for = round(rng.uniform(0.5, 4.0), 2)
        plan.append(fault)
    return plan


class Injector:
    """Runs a fault plan against a stack; restores everything when the phase ends.

    Faults run one after another in the injector's thread (a triggered one may wait for its
    moment); each process comes back on a timer of its own, so a waiting fault never delays a
    restart.
    """

    def __init__(self, stack: Stack, plan: list[Fault], log: Log) -> None:
        self.stack = stack
        self.plan = sorted(plan, key=lambda fault: fault.at)
        self.log = log
        self.stop = threading.Event()
        self.started_at = 0.0
        self.unexpected: list[dict[str, Any]] = []
        self._accepts = 0
        self._accepted = threading.Condition()
        self._drops: dict[str, list[Fault]] = {"api": [], "agent": []}
        self._thread = threading.Thread(target=self._loop, name="injector", daemon=True)
        self._lock = threading.Lock()
        # Pending restarts (or thaws, when True), by process.
        self._timers: dict[str, tuple[threading.Timer, bool]] = {}
        self._starting: set[str] = set()
        self._again: set[str] = set()

    # -- hooks -----------------------------------------------------------------------------------
    def note_accept(self, _write: object) -> None:
        """The workload calls this when a write's 2xx reached its client."""
        with self._accepted:
            self._accepts += 1
            self._accepted.notify_all()

    def note_drop(self, listener: str) -> None:
        """The proxy calls this when it lost a response on purpose."""
        waiting = self._drops[listener]
        if waiting:
            fault = waiting.pop(0)
            fault.hit = True
            self.log(f"[yellow]{fault.kind}[/]: a response was lost on the {listener} side")

    # -- running ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Start injecting; fault times count from now."""
        self.started_at = time.monotonic()
        self._thread.start()

    def finish(self) -> None:
        """End the fault phase: run pending restores now and make sure everything is up."""
        self.stop.set()
        self._thread.join(120)
        self._restore_now(None)
        self._wait_started(120)
        assert self.stack.proxy is not None
        self.stack.proxy.disarm()
        for waiting in self._drops.values():
            for fault in waiting:
                fault.hit = False
                fault.note = "armed, but no matching request came before the end"
            waiting.clear()
        self.ensure_up()

    def elapsed(self) -> float:
        """Seconds since the fault phase began."""
        return time.monotonic() - self.started_at

    def _loop(self) -> None:
        for fault in self.plan:
            while not self.stop.is_set() and self.elapsed() < fault.at:
                self.watch()
                self.stop.wait(min(0.2, max(0.0, fault.at - self.elapsed())))
            if self.stop.is_set():
                return
            self._inject(fault)

    def _restore_now(self, names: list[str] | None) -> None:
        """Bring back at once the named processes (default all) still waiting for their timer."""
        with self._lock:
            due = [name for name in self._timers if names is None or name in names]
            timers = [self._timers.pop(name) for name in due]
        for name, (timer, thaw) in zip(due, timers, strict=True):
            timer.cancel()
            self._bring_back(name, thaw)

    def _bring_back(self, name: str, thaw: bool) -> None:
        if thaw:
            self.stack.supervisor.thaw(name)
        else:
            self._start_soon(name)

    def _wait_started(self, timeout: float, names: list[str] | None = None) -> bool:
        """Wait until no restart (of ``names``, default any) is in progress; False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                busy = self._starting if names is None else self._starting & set(names)
                if not busy:
                    return True
            time.sleep(0.05)
        return False

    def watch(self) -> None:
        """Report children that died on their own and start them again."""
        for name, code in self.stack.supervisor.reap_unexpected():
            tail = self.stack.supervisor.children[name].log_tail(8)
            self.unexpected.append(
                {"process": name, "exit_code": code, "at": round(self.elapsed(), 1), "log": tail}
            )
            self.log(f"[red]{name} exited by itself (code {code})[/]; starting it again")
            self._start_soon(name)

    # -- faults ----------------------------------------------------------------------------------
    def _inject(self, fault: Fault) -> None:
        stack = self.stack
        kind = fault.kind
        if kind.startswith("hub_kill"):
            # One hub down at a time: bring back one still down before taking the next.
            self._restore_now(stack.hub_names)
            if not self._wait_started(30, stack.hub_names):
                fault.note = "another hub was still starting"
        if kind.endswith("_after_accept"):
            fault.triggered = self._wait_for_accept()
        elif kind.endswith("_mid_write"):
            fault.triggered = self._wait_for_running_write()
            if fault.triggered and fault.delay:
                time.sleep(fault.delay)
        fault.executed_at = round(self.elapsed(), 2)
        if kind.startswith("hub_kill"):
            name = stack.hub_names[fault.target % len(stack.hub_names)]
            if not stack.supervisor.running(name):
                fault.note = f"{name} was already down"
            stack.supervisor.kill(name)
            self._restore_later(fault, name)
        elif "_freeze_" in kind:
            name = QUICKBOOKS if kind in QUICKBOOKS_KINDS else CONNECTOR
            if stack.supervisor.freeze(name):
                self._restore_later(fault, name, thaw=True)
            else:
                fault.note = f"{name} was down: nothing to freeze"
        elif kind.startswith("connector_kill"):
            if not stack.supervisor.kill(CONNECTOR):
                fault.note = "the connector was already down"
            self._restore_later(fault, CONNECTOR)
        elif kind in QUICKBOOKS_KINDS:
            if not stack.supervisor.kill(QUICKBOOKS):
                fault.note = "QuickBooks was already closed"
            self._restore_later(fault, QUICKBOOKS)
        elif kind.endswith("_response_drop"):
            listener = kind.removesuffix("_response_drop")
            self._drops[listener].append(fault)
            assert stack.proxy is not None
            stack.proxy.arm_drop(listener)
        self.log(
            f"[yellow]{kind}[/] at {fault.executed_at:.1f} s"
            + (f", down {fault.down_for:.1f} s" if fault.down_for else "")
            + ("" if fault.triggered is not False else " (its moment did not come: acted anyway)")
        )

    def _restore_later(self, fault: Fault, name: str, thaw: bool = False) -> None:
        def due() -> None:
            with self._lock:
                pending = self._timers.get(name)
                if pending is None or pending[0] is not timer:
                    return  # cancelled, or replaced by a later fault's timer
                del self._timers[name]
            self._bring_back(name, thaw)

        timer = threading.Timer(fault.down_for, due)
        timer.daemon = True
        with self._lock:
            # A kill replaces a pending thaw (the process is gone); a freeze never comes here
            # for a process that is down, so it never replaces a pending restart.
            previous = self._timers.pop(name, None)
            self._timers[name] = (timer, thaw)
        if previous is not None:
            previous[0].cancel()
        timer.start()

    def _start_soon(self, name: str) -> None:
        # A thread of its own: a hub takes seconds to answer, and the next faults keep their times.
        with self._lock:
            if name in self._starting:
                self._again.add(name)  # killed again while starting: start once more after
                return
            self._starting.add(name)

        def start() -> None:
            again = True
            while again:
                try:
                    self._start(name)
                finally:
                    with self._lock:
                        again = name in self._again
                        self._again.discard(name)
                        if not again:
                            self._starting.discard(name)

        threading.Thread(target=start, name=f"start-{name}", daemon=True).start()

    def _start(self, name: str) -> None:
        stack = self.stack
        try:
            if name == QUICKBOOKS:
                stack.open_quickbooks()
            elif name == CONNECTOR:
                stack.supervisor.restart(CONNECTOR)
            else:
                stack.supervisor.restart(name)
                stack.wait_hub(name, stack.hub_ports[stack.hub_names.index(name)], 60)
        except RuntimeError as exc:  # SetupError: reported, and ensure_up tries again later
            self.log(f"[red]could not start {name} again:[/] {escape(str(exc))}")

    def ensure_up(self) -> None:
        """Thaw and start whatever is not running (the end of the fault phase)."""
        for name in [*self.stack.hub_names, QUICKBOOKS, CONNECTOR]:
            self.stack.supervisor.thaw(name)
            if not self.stack.supervisor.running(name):
                self._start(name)

    def _wait_for_accept(self) -> bool:
        with self._accepted:
            seen = self._accepts
            return (
                self._accepted.wait_for(
                    lambda: self._accepts != seen or self.stop.is_set(), TRIGGER_WAIT
                )
                and not self.stop.is_set()
            )

    def _wait_for_running_write(self) -> bool:
        before = self.stack.write_jobs_running()  # left by earlier crashes: not this moment
        deadline = time.monotonic() + TRIGGER_WAIT
        while time.monotonic() < deadline and not self.stop.is_set():
            if self.stack.write_jobs_running() - before:
                return True
            time.sleep(0.01)
        return False


def fault_counts(plan: list[Fault]) -> dict[str, int]:
    """Faults injected, by kind (drops count only when a response was actually lost)."""
    counts: Counter[str] = Counter()
    for fault in plan:
        if fault.executed_at is None:
            continue
        if fault.kind.endswith("_response_drop") and not fault.hit:
            continue
        counts[fault.kind] += 1
    return dict(sorted(counts.items()))
