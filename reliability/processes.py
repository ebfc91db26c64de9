"""The suite's child processes: start, SIGKILL, restart, notice deaths, and leave none behind.

Every long-running child is a ``qbdlink`` command in its own session (process group), so a kill
reaches all of it and the terminal's Ctrl-C reaches only the harness, which then kills them all.
On Linux each child also asks the kernel for SIGKILL when its parent goes (``PR_SET_PDEATHSIG``),
so even a harness killed with SIGKILL leaves nothing running. That signal follows the *thread*
that forked the child, so every child is forked by one spawner thread that lives as long as the
harness.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

# Runs first in each child: ask for SIGKILL when the harness dies, check it is still there (it
# may have died before the request), then become ``python -m qbdlink.cli ARGS``.
_LAUNCH = (
    "import ctypes, os, signal, sys\n"
    "ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)\n"
    "if os.getppid() != int(sys.argv[1]): sys.exit(70)\n"
    "os.execv(sys.executable, [sys.executable, '-m', 'qbdlink.cli', *sys.argv[2:]])\n"
)

Log = Callable[[str], None]


def qbdlink_command(*args: str) -> list[str]:
    """The command line that runs ``qbdlink ARGS`` with this interpreter."""
    return [sys.executable, "-m", "qbdlink.cli", *args]


@dataclass
class Child:
    """One long-running ``qbdlink`` command and its history."""

    name: str
    args: tuple[str, ...]
    env: dict[str, str]
    log_path: Path
    popen: subprocess.Popen[bytes] | None = None
    starts: int = 0
    kills: int = 0
    # True while the harness means it to be down (killed, stopped): a death then is no news.
    down_on_purpose: bool = False
    frozen: bool = False  # SIGSTOPped by the harness
    unexpected_exits: list[int] = field(default_factory=list)

    @property
    def running(self) -> bool:
        """Whether the process is alive."""
        return self.popen is not None and self.popen.poll() is None

    def log_tail(self, lines: int = 15) -> str:
        """The last lines the process printed (all its runs share one log)."""
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


class Supervisor:
    """Starts, kills and restarts the children of one backend's run; kills all at the end."""

    def __init__(self, root: Path, log: Log) -> None:
        self.root = root
        self.log = log
        self.children: dict[str, Child] = {}
        self._lock = threading.RLock()
        self._spawns: queue.Queue[tuple[Callable[[], subprocess.Popen[bytes]], Future[object]]]
        self._spawns = queue.Queue()
        self._spawner = threading.Thread(target=self._spawn_loop, name="spawner", daemon=True)
        self._spawner.start()
        (root / "logs").mkdir(parents=True, exist_ok=True)

    # -- spawning ------------------------------------------------------------------------------
    def _spawn_loop(self) -> None:
        while True:
            make, future = self._spawns.get()
            try:
                future.set_result(make())
            except BaseException as exc:  # noqa: BLE001 - handed to the caller, who re-raises it
                future.set_exception(exc)

    def _popen(self, child: Child) -> subprocess.Popen[bytes]:
        if sys.platform.startswith("linux"):
            command = [sys.executable, "-c", _LAUNCH, str(os.getpid()), *child.args]
        else:
            command = qbdlink_command(*child.args)

        def make() -> subprocess.Popen[bytes]:
            with child.log_path.open("ab") as sink:
                sink.write(f"\n--- start {child.starts + 1} at {time.strftime('%X')}\n".encode())
                sink.flush()
                return subprocess.Popen(
                    command,
                    env=child.env,
                    cwd=self.root,
                    stdin=subprocess.DEVNULL,
                    stdout=sink,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )

        future: Future[object] = Future()
        self._spawns.put((make, future))
        popen = future.result(timeout=30)
        assert isinstance(popen, subprocess.Popen)
        return popen

    # -- the children ----------------------------------------------------------------------------
    def start(self, name: str, args: list[str], env: dict[str, str]) -> Child:
        """Start (or restart) a named child running ``qbdlink ARGS``."""
        with self._lock:
            child = self.children.get(name)
            if child is None:
                child = Child(name, tuple(args), env, self.root / "logs" / f"{name}.log")
                self.children[name] = child
            if child.running:
                return child
            child.popen = self._popen(child)
            child.frozen = False
            child.starts += 1
            child.down_on_purpose = False
            return child

    def restart(self, name: str) -> Child:
        """Start a known child again with its first arguments."""
        child = self.children[name]
        return self.start(name, list(child.args), child.env)

    def kill(self, name: str, sig: int = signal.SIGKILL) -> bool:
        """Send ``sig`` to a child's whole process group and reap it; False if it was not up."""
        with self._lock:
            child = self.children.get(name)
            if child is None or child.popen is None:
                return False
            child.down_on_purpose = True
            was_running = child.running
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.popen.pid, sig)
            if sig == signal.SIGKILL:
                child.kills += 1 if was_running else 0
                child.frozen = False
            popen = child.popen
        try:
            popen.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(popen.pid, signal.SIGKILL)
            popen.wait(timeout=15)
        return was_running

    def freeze(self, name: str) -> bool:
        """SIGSTOP a running child (a PC asleep, a program hung); False if it was not up."""
        with self._lock:
            child = self.children.get(name)
            if child is None or child.popen is None or not child.running or child.frozen:
                return False
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.popen.pid, signal.SIGSTOP)
            child.frozen = True
            return True

    def thaw(self, name: str) -> None:
        """SIGCONT a frozen child (nothing if it is not frozen)."""
        with self._lock:
            child = self.children.get(name)
            if child is None or child.popen is None or not child.frozen:
                return
            child.frozen = False
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.popen.pid, signal.SIGCONT)

    def stop(self, name: str, timeout: float = 15.0) -> None:
        """Stop a child politely (SIGTERM, as closing its window would), else SIGKILL it."""
        with self._lock:
            child = self.children.get(name)
            if child is None or child.popen is None or not child.running:
                if child is not None:
                    child.down_on_purpose = True
                return
            child.down_on_purpose = True
            popen = child.popen
            with contextlib.suppress(ProcessLookupError):
                os.killpg(popen.pid, signal.SIGTERM)
                os.killpg(popen.pid, signal.SIGCONT)  # a stopped process gets SIGTERM only now
            child.frozen = False
        try:
            popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(popen.pid, signal.SIGKILL)
            popen.wait(timeout=15)

    def running(self, name: str) -> bool:
        """Whether a named child is alive."""
        child = self.children.get(name)
        return child is not None and child.running

    def reap_unexpected(self) -> list[tuple[str, int]]:
        """Children that died without being told to (name, exit code), each reported once."""
        found: list[tuple[str, int]] = []
        with self._lock:
            for child in self.children.values():
                if child.down_on_purpose or child.popen is None:
                    continue
                code = child.popen.poll()
                if code is not None:
                    child.unexpected_exits.append(code)
                    child.down_on_purpose = True  # reported; whoever restarts it clears this
                    found.append((child.name, code))
        return found

    def shutdown(self) -> None:
        """SIGKILL every child still running (the end of a run, Ctrl-C, or a failure)."""
        with self._lock:
            children = list(self.children.values())
        for child in children:
            if child.popen is not None and child.popen.poll() is None:
                child.down_on_purpose = True
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(child.popen.pid, signal.SIGKILL)
        for child in children:
            if child.popen is not None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    child.popen.wait(timeout=15)


def run_command(
    args: list[str], env: dict[str, str], cwd: Path, timeout: float = 120.0
) -> subprocess.CompletedProcess[str]:
    """Run a short ``qbdlink`` command to completion (killed if it outlives ``timeout``)."""
    return subprocess.run(
        qbdlink_command(*args),
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )
