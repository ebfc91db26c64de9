"""The resident connector: one ``qbdlink connector run`` per Windows user, relaying every linked
company, picking up companies linked, removed, paused or resumed while it runs.

Theory of operation. The config file is the one truth about which companies this PC relays:
the wizard, ``connector link``, ``pause``, ``resume`` and ``unlink`` write it, and the
supervisor re-reads it when it changes (checked every ``watch_seconds``) or when told to over
the control channel (``reload``). ``plan`` compares what the config asks for with the relays
running and says which to start and which to stop; the supervisor does it. A relay whose entry
changed (verified again, another company file) is stopped and started afresh. A stopped relay
finishes its long-poll first; its link starts again only once the old thread is gone, so one
link never has two relays.

Sleep and network loss: each relay backs off on its own (``retry.backoff``). When the
supervisor's tick sees that far more wall time passed than it slept (the PC was asleep), it
wakes every relay out of its backoff so syncing resumes at once instead of after a minute.

One instance per user: a lock file in the connector's home (released by the OS if the process
dies); a second start raises ``AlreadyRunning`` and exits.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from qbdlink import __version__
from qbdlink.connector import config as config_module
from qbdlink.connector.config import LinkEntry
from qbdlink.connector.control import (
    CONTROL_FILE,
    ControlServer,
    LinkView,
    Outcome,
    ResidentStatus,
)
from qbdlink.connector.errors import AlreadyRunning, ConnectorError
from qbdlink.connector.relay import LinkRelay
from qbdlink.connector.service import Connector

if TYPE_CHECKING:
    from qbdlink.connector.update import Updater

log = logging.getLogger("qbdlink.connector")
LOCK_FILE: Final = "resident.lock"
WATCH_SECONDS: Final = 1.0
ASLEEP_AFTER: Final = 30.0  # a tick this much later than planned means the PC slept


def signature(entry: LinkEntry) -> tuple[object, ...]:
    """What a running relay depends on: when it changes, the relay starts afresh."""
    return (entry.hub_url, entry.region, entry.company_file, entry.fingerprint, entry.verified_at)


@dataclass(frozen=True)
class Changes:
    """What to do to the running relays."""

    start: tuple[str, ...] = ()
    stop: tuple[str, ...] = ()


def plan(
    entries: Iterable[LinkEntry],
    running: Mapping[str, tuple[object, ...]],
    stopping: Iterable[str] = (),
) -> Changes:
    """The relays to start and stop so that every verified, unpaused link has exactly one.

    ``running`` maps a link id to the signature its relay was started with; ``stopping`` are
    links whose old relay is still winding down (they start once it is gone).
    """
    wanted = {e.link_id: signature(e) for e in entries if e.verified_at and not e.paused}
    winding_down = set(stopping)
    stop = [lid for lid, sig in running.items() if wanted.get(lid) != sig]
    # A link whose relay stops now starts on a later tick, once the old thread is gone.
    start = [lid for lid in wanted if lid not in running and lid not in winding_down]
    return Changes(start=tuple(start), stop=tuple(stop))


class Waker:
    """A stop event whose waits can also be cut short without stopping (after sleep)."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._stopped = False
        self._woken = False

    def is_set(self) -> bool:
        """True once stopped."""
        return self._stopped

    def set(self) -> None:
        """Stop: every wait returns now, and ``is_set`` says so."""
        with self._condition:
            self._stopped = True
            self._condition.notify_all()

    def wake(self) -> None:
        """Cut the current wait short (the relay tries again now)."""
        with self._condition:
            self._woken = True
            self._condition.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait up to ``timeout`` for a stop or a wake; True if stopped."""
        with self._condition:
            if not (self._stopped or self._woken):
                self._condition.wait(timeout)
            self._woken = False
            return self._stopped


@dataclass
class _Running:
    relay: LinkRelay
    thread: threading.Thread
    stop: Waker
    signature: tuple[object, ...]


@dataclass
class Supervisor:
    """Runs one relay per verified, unpaused link; answers the control channel."""

    connector: Connector
    poll_wait: float = 25.0
    watch_seconds: float = WATCH_SECONDS
    updater: Updater | None = None  # None where python-tuf is not installed
    update_look_seconds: float = 60.0
    clock: Callable[[], float] = time.time
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    _running: dict[str, _Running] = field(default_factory=dict)
    _stopping: list[_Running] = field(default_factory=list)
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _config_mtime: float | None = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _update_note: str | None = None
    _next_update_look: float = 0.0
    relaunch_into: str | None = None  # set when an update was installed: restart into it
    _unstartable: dict[str, tuple[str, tuple[object, ...]]] = field(default_factory=dict)

    @property
    def config_path(self) -> Path:
        """The config file it watches."""
        return self.connector.home / config_module.CONFIG_FILE

    # -- the loop ----------------------------------------------------------------------------------
    def run(self, stop: threading.Event) -> None:
        """Supervise until ``stop`` is set (or ``quit`` comes over the control channel)."""
        self._stop = stop
        last = self.clock()
        self._config_mtime = self._mtime()
        server = ControlServer(self, self.connector.home, self.connector.tokens)
        server.start()
        log.info("connector %s running (pid %d)", __version__, os.getpid())
        try:
            # Read the config again now that changes are watched: a link saved between the
            # first load and here would otherwise never be picked up.
            self.reload()
            while not stop.wait(self.watch_seconds):
                now = self.clock()
                if now - last > self.watch_seconds + ASLEEP_AFTER:
                    log.info("the PC was asleep for %.0f s: waking every relay", now - last)
                    self.wake_all()
                last = now
                self.tick()
                if self.updater is not None and time.monotonic() >= self._next_update_look:
                    # Whether the daily check is due is read from disk: once a minute is enough.
                    self._next_update_look = time.monotonic() + self.update_look_seconds
                    if self.updater.due():
                        self.update()  # the daily check (a failure is logged, retried later)
        finally:
            server.close()
            self.stop_all()
            self.connector.release_quickbooks()  # the bookkeeper gets QuickBooks back

    def tick(self) -> None:
        """One look around: a changed config, a relay that died, one that finished stopping."""
        mtime = self._mtime()
        if mtime != self._config_mtime:
            self._config_mtime = mtime
            self.reload()
            return
        self.apply()

    def _mtime(self) -> float | None:
        try:
            return self.config_path.stat().st_mtime_ns / 1e9
        except OSError:
            return None

    def apply(self) -> Changes:
        """Start and stop relays so they match the config."""
        with self._lock:
            self._stopping = [r for r in self._stopping if r.thread.is_alive()]
            for link_id, running in list(self._running.items()):
                if not running.thread.is_alive():  # it should never end by itself: start again
                    log.warning(
                        "the relay of %s ended; starting it again", running.relay.entry.name
                    )
                    del self._running[link_id]
            changes = plan(
                self.connector.config.links,
                {lid: r.signature for lid, r in self._running.items()},
                [r.relay.entry.link_id for r in self._stopping],
            )
            for link_id in changes.stop:
                running = self._running.pop(link_id)
                running.stop.set()
                self._stopping.append(running)
                log.info("stopped relaying %s", running.relay.entry.name)
            if changes.stop:
                # Paused or unlinked (tray, CLI or config): QuickBooks' session ends at once,
                # or when the job running now ends; other links' next jobs open a new one.
                self.connector.release_quickbooks(wait=False)
            for link_id in changes.start:
                entry = self.connector.config.find(link_id)
                failed = self._unstartable.get(link_id)
                if failed is None or failed[1] != signature(entry):
                    self._start(entry)  # (a link that could not start waits for a change)
            return changes

    def _start(self, entry: LinkEntry) -> None:
        try:
            client = self.connector.client(entry)
        except ConnectorError as exc:
            log.error("cannot relay %s: %s", entry.name, exc.message)
            self._unstartable[entry.link_id] = (exc.user_facing_message, signature(entry))
            return
        self._unstartable.pop(entry.link_id, None)
        relay = LinkRelay(
            entry,
            client,
            self.connector.gate,
            self.connector.journal,
            poll_wait=self.poll_wait,
            owns_gate=False,
        )
        stop = Waker()
        thread = threading.Thread(
            target=relay.run, args=(stop,), name=f"relay-{entry.name}", daemon=True
        )
        self._running[entry.link_id] = _Running(relay, thread, stop, signature(entry))
        thread.start()
        log.info("relaying %s", entry.name)

    def wake_all(self) -> None:
        """Cut every relay's backoff short."""
        with self._lock:
            for running in self._running.values():
                running.stop.wake()

    def stop_all(self, timeout: float | None = None) -> None:
        """Stop every relay and wait for those running a job to finish it.

        A relay waiting in its long-poll is not waited for: stopped, it starts no job, and its
        poll ends with the process. (Waiting for the polls made quitting, an update's restart
        and a Windows service stop take up to a poll's length, 25 s.)"""
        with self._lock:
            everything = list(self._running.values()) + self._stopping
            self._running.clear()
            self._stopping = []
        for running in everything:
            running.stop.set()
        deadline = None if timeout is None else time.monotonic() + timeout
        for running in everything:
            if not running.relay.running_job():
                continue
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            running.thread.join(remaining)

    # -- the control channel's commands --------------------------------------------------------
    def status(self) -> ResidentStatus:
        """Every link as this process sees it."""
        with self._lock:
            views = [self._view(entry) for entry in self.connector.config.links]
        return ResidentStatus(
            pid=os.getpid(),
            version=__version__,
            started_at=self.started_at,
            links=views,
            update=self._update_note,
        )

    def _view(self, entry: LinkEntry) -> LinkView:
        view = LinkView(
            link_id=entry.link_id,
            name=entry.name,
            company=entry.company_name,
            region=entry.region,
            state="starting",
            paused=entry.paused,
        )
        running = self._running.get(entry.link_id)
        if entry.paused:
            view.state, view.message = "paused", "Paused on this PC. Resume it to sync again."
        elif entry.verified_at is None:
            view.state = "not_verified"
            view.message = (
                "Not verified yet. Open QuickBooks with this company, then click Verify in the "
                "qbdlink wizard (or run 'qbdlink connector verify')."
            )
        elif running is not None:
            view.state, view.message = running.relay.state, running.relay.last_problem
        elif entry.link_id in self._unstartable:
            view.state, view.message = "error", self._unstartable[entry.link_id][0]
        if running is not None:
            view.running = running.thread.is_alive()
            view.jobs_run = running.relay.jobs_run
            view.last_job_at = running.relay.last_job_at
        return view

    def _targets(self, link: str | None) -> list[_Running]:
        if link is None:
            return list(self._running.values())
        entry = self.connector.config.find(link)  # NotLinked names the linked companies
        running = self._running.get(entry.link_id)
        if running is None:
            state = "paused" if entry.paused else "not verified"
            raise ConnectorError(
                "not_relaying",
                f"{entry.name} is {state}",
                f"'{entry.name}' is {state} on this PC, so it cannot sync now."
                + (" Resume it first." if entry.paused else " Verify it first."),
            )
        return [running]

    def sync(self, link: str | None) -> Outcome:
        """Ask the hub to sync now, and wake the relays so they poll at once."""
        with self._lock:
            targets = self._targets(link)
        if not targets:
            return Outcome(ok=False, message="No company is linked and running on this PC.")
        asked, problems = [], []
        for running in targets:
            entry = running.relay.entry
            try:
                # Its own client: the relay's is busy in its long-poll on another thread.
                with self.connector.client(entry) as hub:
                    hub.request_sync()
                asked.append(entry.name)
            except ConnectorError as exc:
                problems.append(f"{entry.name}: {exc.user_facing_message}")
            running.stop.wake()
        message = f"Sync started for {', '.join(asked)}." if asked else ""
        if problems:
            message = " ".join([message, "Could not start: " + "; ".join(problems)]).strip()
        return Outcome(ok=not problems, message=message)

    def pause(self, link: str | None) -> Outcome:
        """Pause (saved in the config), then stop the relays."""
        names = [e.name for e in self.connector.set_paused(link, True)]
        self.reload()
        return Outcome(message=f"Paused: {', '.join(names) or 'nothing to pause'}.")

    def resume(self, link: str | None) -> Outcome:
        """Resume (saved in the config), then start the relays."""
        names = [e.name for e in self.connector.set_paused(link, False)]
        self.reload()
        return Outcome(message=f"Resumed: {', '.join(names) or 'nothing to resume'}.")

    def reload(self) -> Outcome:
        """Re-read the config from disk and apply it."""
        with self._lock:
            # The time is taken before reading: a save during the read is seen next tick.
            mtime = self._mtime()
            try:
                self.connector.config = config_module.load(self.config_path)
            except (OSError, ValueError) as exc:
                # A half-written or hand-edited file: keep relaying what we had.
                log.error(
                    "could not read %s (%s); keeping the links as they were", self.config_path, exc
                )
                return Outcome(ok=False, message="The connector's settings file could not be read.")
            self._config_mtime = mtime
            self._unstartable.clear()  # tokens may have come with the change: try them again
            changes = self.apply()
        return Outcome(message=f"Started {len(changes.start)}, stopped {len(changes.stop)}.")

    def update(self) -> Outcome:
        """Check for an update now; install it and stop so the CLI restarts into it."""
        if self.updater is None:
            return Outcome(
                ok=False,
                message="This connector cannot check for updates (python-tuf is missing): "
                "install qbdlink with its 'connector' extra.",
            )
        try:
            release = self.updater.check()
            if release is None:
                return Outcome(message=f"qbdlink {__version__} is the latest version.")
            if not self.updater.can_apply:
                self._update_note = release.version
                return Outcome(
                    message=f"qbdlink {release.version} is available. This connector was "
                    "installed with pip: upgrade it with pip install -U 'qbdlink[connector]'."
                )
            self._update_note = release.version
            self.updater.apply(release)
        except ConnectorError as exc:
            log.warning("self-update: %s (%s)", exc.message, exc.code)
            return Outcome(ok=False, message=exc.user_facing_message)
        log.info("qbdlink %s installed; restarting into it", release.version)
        self.relaunch_into = release.version
        self._stop.set()  # run() ends; the CLI releases the lock, then starts the new binary
        return Outcome(message=f"qbdlink {release.version} is installed; the connector restarts.")

    def quit(self) -> Outcome:
        """Stop relaying and exit."""
        self._stop.set()
        self.connector.release_quickbooks(wait=False)  # not after the relays' long-polls
        return Outcome(message="The connector is stopping.")


@contextmanager
def single_instance(home: Path) -> Iterator[None]:
    """Hold this user's resident lock, or raise ``AlreadyRunning``."""
    from filelock import FileLock, Timeout

    home.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(home / LOCK_FILE))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        pid = _announced_pid(home)
        message = "The qbdlink connector is already running for this Windows user" + (
            f" (process {pid})." if pid else "."
        )
        raise AlreadyRunning(
            "already_running",
            message,
            message + " Use the tray icon or 'qbdlink connector status' to see what it does.",
        ) from None
    try:
        yield
    finally:
        lock.release()


def _announced_pid(home: Path) -> int | None:
    try:
        return int(json.loads((home / CONTROL_FILE).read_text("utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def run_command(*args: str) -> list[str]:
    """The command line of a connector command of this install (default: ``connector run``)."""
    args = args or ("connector", "run")
    if getattr(sys, "frozen", False):  # the packaged one-file connector
        return [sys.executable, *args]
    return [sys.executable, "-m", "qbdlink", *args]


def launch_background(command: list[str] | None = None) -> None:
    """Start the resident connector detached from this process (no window, own group)."""
    flags = 0
    if sys.platform == "win32":
        flags = (
            subprocess.DETACHED_PROCESS  # type: ignore[attr-defined,unused-ignore]
            | subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined,unused-ignore]
            | subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined,unused-ignore]
        )
    subprocess.Popen(
        command or run_command(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        start_new_session=sys.platform != "win32",
        creationflags=flags,
    )
