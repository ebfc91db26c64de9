"""Start without a person: ``qbdlink connector run`` as a per-user sign-in task on Windows.

Theory of operation. The "background service" is a Task Scheduler task, one per Windows user,
that starts ``qbdlink connector run`` when that user signs in, in that user's desktop session,
at that user's (non-elevated) level: where QuickBooks itself runs, and where its "Yes, always"
login works (docs/decisions.md says why it is not a Windows service). The commands keep the
name ``service`` because that is the contract (DESIGN.md section 3).

Three layers, so everything but the last few COM calls runs and is tested on Linux:

* a pure plan: ``plan_task(user, command)`` says what to register (name, command line, trigger
  and settings); ``describe(...)`` turns what Task Scheduler reports into words;
* ``TaskScheduler``, the one seam: register, find, run, stop, delete. ``ComTaskScheduler`` is
  it over the Task Scheduler 2.0 COM API (``Schedule.Service``, pywin32 imported lazily, or any
  object of the same shape handed in: tests pass a fake); COM errors are translated once, there,
  into ``AutostartProblem`` with the HRESULT kept;
* ``Autostart``: install, start, stop, status, remove for this Windows user. Off Windows each
  refuses with ``NotOnWindows`` (the platform is injectable, so tests walk both paths).
"""

from __future__ import annotations

import getpass
import importlib
import ntpath
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Protocol

from qbdlink.connector.errors import (
    AutostartNotInstalled,
    AutostartProblem,
    ConnectorError,
    NotOnWindows,
)
from qbdlink.quickbooks.com import hresult_and_message

# Task Scheduler 2.0 constants (taskschd.h).
TASK_TRIGGER_LOGON: Final = 9
TASK_ACTION_EXEC: Final = 0
TASK_CREATE_OR_UPDATE: Final = 6
TASK_LOGON_INTERACTIVE_TOKEN: Final = 3  # runs only while the user is signed in, in their session
TASK_RUNLEVEL_LUA: Final = 0  # not elevated: the same level as QuickBooks
TASK_INSTANCES_IGNORE_NEW: Final = 2
TASK_STATES: Final = {0: "unknown", 1: "disabled", 2: "queued", 3: "ready", 4: "running"}
TASK_STATE_RUNNING: Final = 4
TASK_STATE_DISABLED: Final = 1

# HRESULTs met when registering, running, stopping or deleting a task.
E_ACCESSDENIED: Final = 0x80070005
FILE_NOT_FOUND: Final = 0x80070002  # HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND): no such task
PATH_NOT_FOUND: Final = 0x80070003
SERVICE_DISABLED: Final = 0x80070422  # HRESULT_FROM_WIN32(ERROR_SERVICE_DISABLED)
RPC_SERVER_UNAVAILABLE: Final = 0x800706BA
REQUEST_REFUSED: Final = 0x800710E0  # a second instance refused (MultipleInstances=IgnoreNew)
CLASS_NOT_REGISTERED: Final = 0x80040154
SCHED_E_TASK_NOT_RUNNING: Final = 0x8004130B
SCHED_E_SERVICE_NOT_RUNNING: Final = 0x80041315
SCHED_E_ALREADY_RUNNING: Final = 0x8004131F
SCHED_E_USER_NOT_LOGGED_ON: Final = 0x80041320
SCHED_E_TASK_DISABLED: Final = 0x80041326
SCHED_S_TASK_RUNNING: Final = 0x00041301
SCHED_S_TASK_HAS_NOT_RUN: Final = 0x00041303
SCHED_S_TASK_TERMINATED: Final = 0x00041306
STATUS_CONTROL_C_EXIT: Final = 0xC000013A

INSTALL_HINT: Final = "run 'qbdlink connector service install'"
# Restart a failed start every minute, up to 255 times (the schema's most: an unsignedByte).
RESTART_INTERVAL: Final = "PT1M"
RESTART_COUNT: Final = 255
# Task Scheduler stops a task after 72 hours unless told otherwise; PT0S means no limit.
NO_TIME_LIMIT: Final = "PT0S"
_PLATFORM_NAMES: Final = {"linux": "Linux", "darwin": "macOS", "cygwin": "Cygwin"}
_KEEPERS: Final = {"darwin": "a launchd agent", "linux": "a systemd user unit"}
_NOT_IN_TASK_NAMES: Final = '\\/:*?"<>|'


@dataclass(frozen=True)
class WindowsUser:
    """The Windows account the task belongs to: its trigger and principal."""

    name: str
    domain: str = ""

    @property
    def user_id(self) -> str:
        """``DOMAIN\\name`` (or ``name``), as Task Scheduler's UserId takes it."""
        return f"{self.domain}\\{self.name}" if self.domain else self.name


def current_windows_user(environ: Mapping[str, str] = os.environ) -> WindowsUser:
    """The signed-in Windows user (USERDOMAIN and USERNAME, as Windows sets them)."""
    name = environ.get("USERNAME") or getpass.getuser()
    return WindowsUser(name=name, domain=environ.get("USERDOMAIN", ""))


@dataclass(frozen=True)
class ConnectorCommand:
    """The program and arguments that start the resident connector."""

    executable: str
    arguments: str

    @property
    def command_line(self) -> str:
        """The whole command line, quoted as Windows reads it."""
        return f"{subprocess.list2cmdline([self.executable])} {self.arguments}"


def connector_command(
    *,
    executable: str | None = None,
    frozen: bool | None = None,
    exists: Callable[[str], bool] = os.path.exists,
) -> ConnectorCommand:
    """``connector run`` for this install: the one-file exe itself, or ``python -m qbdlink``."""
    if executable is None:
        executable = sys.executable
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))  # set by PyInstaller's one-file exe
    if frozen:
        return ConnectorCommand(executable, "connector run --with-tray")
    folder, program = ntpath.split(executable)
    if program.lower() == "python.exe":
        # pythonw.exe is the same interpreter without a console window: python.exe would open
        # one at every sign-in, and closing it would stop the connector.
        windowless = ntpath.join(folder, "pythonw.exe")
        if exists(windowless):
            executable = windowless
    return ConnectorCommand(
        executable, subprocess.list2cmdline(["-m", "qbdlink", "connector", "run", "--with-tray"])
    )


@dataclass(frozen=True)
class TaskPlan:
    """What to register: one task per Windows user, starting the connector at their sign-in."""

    name: str
    user: WindowsUser
    command: ConnectorCommand
    working_directory: str
    description: str
    execution_time_limit: str = NO_TIME_LIMIT
    restart_interval: str = RESTART_INTERVAL
    restart_count: int = RESTART_COUNT


def task_name(user: WindowsUser) -> str:
    """``qbdlink connector (<user>)``: one task per Windows user of the PC."""
    # Task names are paths in Task Scheduler: a backslash would make a folder.
    safe = "".join("_" if char in _NOT_IN_TASK_NAMES else char for char in user.name)
    return f"qbdlink connector ({safe.strip() or 'user'})"


def plan_task(user: WindowsUser, command: ConnectorCommand) -> TaskPlan:
    """The sign-in task for ``user`` that runs ``command``."""
    return TaskPlan(
        name=task_name(user),
        user=user,
        command=command,
        working_directory=ntpath.dirname(command.executable),
        description=(
            "Starts the qbdlink connector when you sign in to Windows, so QuickBooks stays "
            "linked to the cloud app without anyone starting it. Manage it with "
            "'qbdlink connector service status|stop|start|remove'."
        ),
    )


@dataclass(frozen=True)
class TaskInfo:
    """What Task Scheduler reports about a registered task."""

    state: int
    enabled: bool
    last_run: datetime | None
    last_result: int
    executable: str
    arguments: str


@dataclass(frozen=True)
class AutostartStatus:
    """The sign-in task as the person at the PC reads it."""

    name: str
    user: str
    installed: bool
    state: str | None = None  # running | ready | disabled | queued | unknown
    last_run: datetime | None = None
    last_result: str | None = None
    command_line: str | None = None
    current: bool = True  # False: it runs another command than install would register now

    @property
    def running(self) -> bool:
        """The connector started by this task is running now."""
        return self.state == "running"


def describe_result(code: int) -> str:
    """Task Scheduler's LastTaskResult (an exit code or an HRESULT) in words."""
    code &= 0xFFFFFFFF
    words = {
        0: "exited normally (code 0)",
        SCHED_S_TASK_RUNNING: "still running",
        SCHED_S_TASK_HAS_NOT_RUN: "has not run yet",
        SCHED_S_TASK_TERMINATED: "stopped ('service stop', or Windows ended it)",
        STATUS_CONTROL_C_EXIT: "stopped (interrupted)",
        SCHED_E_ALREADY_RUNNING: "not started again: it was already running",
        REQUEST_REFUSED: "not started again: it was already running",
        FILE_NOT_FOUND: f"Windows could not find the program; {INSTALL_HINT} again",
    }
    if code in words:
        return words[code]
    if code < 0x10000:
        return f"exited with code {code}: see the connector's log ('qbdlink connector logs')"
    return f"failed (0x{code:08X}): see the connector's log ('qbdlink connector logs')"


def describe(plan: TaskPlan, info: TaskInfo | None) -> AutostartStatus:
    """The status of ``plan``'s task from what Task Scheduler says (None: not registered)."""
    if info is None:
        return AutostartStatus(name=plan.name, user=plan.user.user_id, installed=False)
    command = ConnectorCommand(info.executable, info.arguments)
    state = TASK_STATES.get(info.state, "unknown")
    if not info.enabled:
        state = "disabled"
    return AutostartStatus(
        name=plan.name,
        user=plan.user.user_id,
        installed=True,
        state=state,
        last_run=info.last_run,
        last_result=describe_result(info.last_result),
        command_line=command.command_line,
        current=command == plan.command,
    )


class TaskScheduler(Protocol):
    """The few Task Scheduler operations the sign-in task needs (errors: AutostartProblem)."""

    def register(self, plan: TaskPlan) -> None:
        """Create the task, or replace the one of the same name."""
        ...

    def find(self, name: str) -> TaskInfo | None:
        """The task's state, or None when no such task exists."""
        ...

    def run(self, name: str) -> None:
        """Start the task now."""
        ...

    def stop(self, name: str) -> None:
        """Stop every running instance of the task."""
        ...

    def delete(self, name: str) -> None:
        """Unregister the task."""
        ...


def translate(exc: BaseException, *, doing: str) -> ConnectorError | None:
    """The connector error for a com_error-shaped exception met while ``doing``, else None."""
    found = hresult_and_message(exc)
    if found is None:
        return None
    hresult, windows_says = found
    said = f" (Windows said: {windows_says.strip()})" if windows_says.strip() else ""
    message = f"Task Scheduler could not {doing}: 0x{hresult:08X}{said}"
    if hresult in (FILE_NOT_FOUND, PATH_NOT_FOUND):
        return AutostartNotInstalled(
            "autostart_not_installed",
            message,
            f"The background service is not installed for this Windows user; {INSTALL_HINT}.",
            hresult=hresult,
        )
    if hresult == E_ACCESSDENIED:
        advice = (
            f"Windows refused access when asked to {doing} (0x{hresult:08X}). This PC's policy "
            "may not let your account create or control scheduled tasks: ask your IT admin to "
            "allow it, then try again."
        )
        return AutostartProblem("autostart_access_denied", message, advice, hresult=hresult)
    if hresult in (SCHED_E_SERVICE_NOT_RUNNING, SERVICE_DISABLED, RPC_SERVER_UNAVAILABLE):
        advice = (
            "The Windows Task Scheduler service is not running, so the background service "
            f"cannot be set up or started (0x{hresult:08X}). Start 'Task Scheduler' in Windows "
            "Services (or ask your IT admin to), then try again."
        )
        return AutostartProblem("task_scheduler_unavailable", message, advice, hresult=hresult)
    if hresult == CLASS_NOT_REGISTERED:
        advice = (
            "This Windows has no Task Scheduler 2.0 (Windows Vista or later is needed), so the "
            "connector cannot start by itself: keep 'qbdlink connector run' running instead."
        )
        return AutostartProblem("task_scheduler_unavailable", message, advice, hresult=hresult)
    if hresult == SCHED_E_TASK_DISABLED:
        advice = (
            f"The background service is disabled in Task Scheduler; {INSTALL_HINT} to enable it."
        )
        return AutostartProblem("autostart_disabled", message, advice, hresult=hresult)
    if hresult == SCHED_E_USER_NOT_LOGGED_ON:
        advice = (
            "The background service runs only while its Windows user is signed in: sign in as "
            "that user and try again."
        )
        return AutostartProblem("autostart_user_signed_out", message, advice, hresult=hresult)
    advice = (
        f"Task Scheduler could not {doing} (0x{hresult:08X}{said}). Try again; if it keeps "
        "failing, keep 'qbdlink connector run' running and send this message to support."
    )
    return AutostartProblem("autostart_failed", message, advice, hresult=hresult)


def _plain_datetime(value: object) -> datetime | None:
    """A COM DATE as a naive local datetime; None for "never" (COM's zero date, 1899-12-30)."""
    if not isinstance(value, datetime) or value.year < 1900:
        return None
    # pywin32 labels COM dates UTC, but Task Scheduler's are the PC's local time: drop the label.
    return value.replace(tzinfo=None)


class ComTaskScheduler:
    """``TaskScheduler`` over Task Scheduler 2.0's COM API (``Schedule.Service``)."""

    def __init__(self, service: object | None = None) -> None:
        self._service: Any = service
        self._connected = False

    def _connect(self, doing: str) -> Any:
        if self._service is None:
            self._service = _dispatch(doing)
        if not self._connected:
            self._call(doing, lambda: self._service.Connect())
            self._connected = True
        return self._service

    def _root(self, doing: str) -> Any:
        service = self._connect(doing)
        # The root folder: a standard user may register a task for themselves there, but may
        # not create a folder of our own.
        return self._call(doing, lambda: service.GetFolder("\\"))

    @staticmethod
    def _call(doing: str, call: Callable[[], Any]) -> Any:
        try:
            return call()
        except Exception as exc:
            error = translate(exc, doing=doing)
            if error is None:
                raise  # not a COM error: a bug, keep its traceback
            raise error from exc

    def register(self, plan: TaskPlan) -> None:
        """Create or replace the sign-in task (TASK_CREATE_OR_UPDATE: never two of them)."""
        doing = "install the background service"
        folder = self._root(doing)
        service = self._service

        def build_and_register() -> None:
            definition = service.NewTask(0)
            info = definition.RegistrationInfo
            info.Author = "qbdlink"
            info.Description = plan.description
            principal = definition.Principal
            principal.UserId = plan.user.user_id
            principal.LogonType = TASK_LOGON_INTERACTIVE_TOKEN
            principal.RunLevel = TASK_RUNLEVEL_LUA
            settings = definition.Settings
            settings.Enabled = True
            settings.ExecutionTimeLimit = plan.execution_time_limit
            settings.RestartInterval = plan.restart_interval
            settings.RestartCount = plan.restart_count
            # A laptop on battery still syncs: Task Scheduler's defaults would not start it.
            settings.DisallowStartIfOnBatteries = False
            settings.StopIfGoingOnBatteries = False
            settings.MultipleInstances = TASK_INSTANCES_IGNORE_NEW
            settings.StartWhenAvailable = True
            settings.AllowDemandStart = True
            settings.AllowHardTerminate = True
            settings.IdleSettings.StopOnIdleEnd = False
            trigger = definition.Triggers.Create(TASK_TRIGGER_LOGON)
            trigger.Id = "sign-in"
            # Only this user's sign-in: a task for everyone's would need an admin.
            trigger.UserId = plan.user.user_id
            trigger.Enabled = True
            action = definition.Actions.Create(TASK_ACTION_EXEC)
            action.Path = plan.command.executable
            action.Arguments = plan.command.arguments
            action.WorkingDirectory = plan.working_directory
            folder.RegisterTaskDefinition(
                plan.name,
                definition,
                TASK_CREATE_OR_UPDATE,
                plan.user.user_id,
                None,  # no password is stored: the task uses the signed-in user's own token
                TASK_LOGON_INTERACTIVE_TOKEN,
            )

        self._call(doing, build_and_register)

    def find(self, name: str) -> TaskInfo | None:
        """The task's state, or None when it is not registered."""
        doing = "read the background service's status"
        folder = self._root(doing)
        try:
            task = self._call(doing, lambda: folder.GetTask(name))
        except AutostartNotInstalled:
            return None

        def read() -> TaskInfo:
            actions = task.Definition.Actions
            action = actions.Item(1) if actions.Count else None  # COM collections count from 1
            return TaskInfo(
                state=int(task.State),
                enabled=bool(task.Enabled),
                last_run=_plain_datetime(task.LastRunTime),
                last_result=int(task.LastTaskResult),
                executable=str(action.Path) if action is not None else "",
                arguments=str(action.Arguments or "") if action is not None else "",
            )

        info: TaskInfo = self._call(doing, read)
        return info

    def run(self, name: str) -> None:
        """Start the task now (as its user, in their session)."""
        doing = "start the background service"
        folder = self._root(doing)
        self._call(doing, lambda: folder.GetTask(name).Run(""))

    def stop(self, name: str) -> None:
        """Stop the task's running instance; stopping a stopped task is not an error."""
        doing = "stop the background service"
        folder = self._root(doing)
        try:
            self._call(doing, lambda: folder.GetTask(name).Stop(0))
        except AutostartProblem as exc:
            if exc.hresult != SCHED_E_TASK_NOT_RUNNING:
                raise

    def delete(self, name: str) -> None:
        """Unregister the task."""
        doing = "remove the background service"
        folder = self._root(doing)
        self._call(doing, lambda: folder.DeleteTask(name, 0))


def _dispatch(doing: str) -> Any:
    """``win32com.client.Dispatch("Schedule.Service")``, pywin32 imported only now."""
    try:
        # import_module, not ``import``: pywin32 has no stubs here and exists only on Windows.
        pythoncom: Any = importlib.import_module("pythoncom")
        client: Any = importlib.import_module("win32com.client")
    except ImportError as exc:
        raise AutostartProblem(
            "autostart_failed",
            f"pywin32 is not installed ({exc})",
            "This install of qbdlink lacks pywin32, which the background service needs: "
            "install the connector package (pip install 'qbdlink[connector]').",
            hresult=None,
        ) from exc
    # A thread joins a COM apartment before it creates objects; repeated calls are harmless.
    pythoncom.CoInitialize()
    return ComTaskScheduler._call(doing, lambda: client.Dispatch("Schedule.Service"))


def refusal(platform: str) -> str:
    """What every ``service`` command says off Windows: it names Windows and what to do here."""
    name = _PLATFORM_NAMES.get(platform, platform)
    keeper = _KEEPERS.get(platform, "your system's service manager")
    return (
        f"The background service is for Windows PCs, where QuickBooks Desktop runs (this is "
        f"{name}). Here, keep 'qbdlink connector run' running with your system's service "
        f"manager, e.g. {keeper}."
    )


class Autostart:
    """Install, start, stop, query and remove this Windows user's sign-in task."""

    def __init__(
        self,
        *,
        scheduler: TaskScheduler | None = None,
        platform: str = sys.platform,
        user: WindowsUser | None = None,
        command: ConnectorCommand | None = None,
        ask_to_quit: Callable[[], bool] | None = None,
        quit_wait: float = 35.0,
    ) -> None:
        self._scheduler = scheduler
        self._platform = platform
        self._user = user
        self._command = command
        # Asks the running connector to stop by itself first (True if it agreed): it then
        # finishes the job in hand and says goodbye to the hub, instead of being killed.
        self._ask_to_quit = ask_to_quit
        self._quit_wait = quit_wait

    def _ready(self) -> tuple[TaskScheduler, TaskPlan]:
        # Checked before anything else, so that no Windows call is even tried elsewhere.
        if self._platform != "win32":
            raise NotOnWindows("autostart_not_windows", refusal(self._platform))
        if self._scheduler is None:
            self._scheduler = ComTaskScheduler()
        user = self._user or current_windows_user()
        return self._scheduler, plan_task(user, self._command or connector_command())

    def plan(self) -> TaskPlan:
        """What ``install`` registers for this user (NotOnWindows off Windows)."""
        return self._ready()[1]

    def install(self, *, start: bool = True) -> AutostartStatus:
        """Register (or update) the sign-in task and, unless told not to, start it now."""
        scheduler, plan = self._ready()
        scheduler.register(plan)
        if start:
            info = scheduler.find(plan.name)
            if info is None or info.state != TASK_STATE_RUNNING:
                scheduler.run(plan.name)
        return describe(plan, scheduler.find(plan.name))

    def start(self) -> bool:
        """Start the connector now; False when it was already running."""
        scheduler, plan = self._ready()
        info = self._existing(scheduler, plan)
        if info.state == TASK_STATE_RUNNING:
            return False
        if not info.enabled or info.state == TASK_STATE_DISABLED:
            # Checked here: Task Scheduler's answer to running a disabled task varies by call.
            raise AutostartProblem(
                "autostart_disabled",
                f"task {plan.name!r} is disabled",
                f"The background service is disabled in Task Scheduler; {INSTALL_HINT} to "
                "enable it.",
                hresult=SCHED_E_TASK_DISABLED,
            )
        scheduler.run(plan.name)
        return True

    def stop(self) -> bool:
        """Stop the running connector; False when it was not running."""
        scheduler, plan = self._ready()
        info = self._existing(scheduler, plan)
        if info.state != TASK_STATE_RUNNING:
            return False
        self._stop_running(scheduler, plan)
        return True

    def _stop_running(self, scheduler: TaskScheduler, plan: TaskPlan) -> None:
        if self._ask_to_quit is not None and self._ask_to_quit():
            # Its long-poll ends within its wait (25 s); only then is it forced.
            deadline = time.monotonic() + self._quit_wait
            while time.monotonic() < deadline:
                info = scheduler.find(plan.name)
                if info is None or info.state != TASK_STATE_RUNNING:
                    return
                time.sleep(0.25)
        scheduler.stop(plan.name)

    def status(self) -> AutostartStatus:
        """Installed or not, running or not, the last run and the command line."""
        scheduler, plan = self._ready()
        return describe(plan, scheduler.find(plan.name))

    def remove(self) -> bool:
        """Stop the connector, then unregister the task; False when there was none."""
        scheduler, plan = self._ready()
        info = scheduler.find(plan.name)
        if info is None:
            return False
        if info.state == TASK_STATE_RUNNING:
            self._stop_running(scheduler, plan)
        scheduler.delete(plan.name)
        return True

    @staticmethod
    def _existing(scheduler: TaskScheduler, plan: TaskPlan) -> TaskInfo:
        info = scheduler.find(plan.name)
        if info is None:
            raise AutostartNotInstalled(
                "autostart_not_installed",
                f"no task {plan.name!r}",
                f"The background service is not installed for this Windows user; {INSTALL_HINT}.",
                hresult=None,
            )
        return info


def ask_resident_to_quit() -> bool:
    """Ask this user's running connector to stop by itself; False if none answers."""
    from qbdlink.connector.config import home
    from qbdlink.connector.control import ControlClient
    from qbdlink.connector.errors import ConnectorError
    from qbdlink.connector.secrets import token_store

    folder = home()
    try:
        with ControlClient(folder, token_store(folder)) as control:
            control.quit()
    except ConnectorError:
        return False
    return True


def for_this_pc() -> Autostart:
    """The sign-in task of the user running this command (the CLI's entry; tests replace it)."""
    return Autostart(ask_to_quit=ask_resident_to_quit)
