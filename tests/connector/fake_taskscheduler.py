"""A fake of Task Scheduler 2.0's COM objects (``Schedule.Service`` and what it hands out).

Same CamelCase names and 1-based collections as the real API reached through pywin32's late
binding, so ``ComTaskScheduler`` runs unchanged against it. It records every registered
definition, keeps one task per name (as TASK_CREATE_OR_UPDATE does), moves a task between
ready and running on Run and Stop, and raises errors shaped like ``pywintypes.com_error``:
``(DISP_E_EXCEPTION, "Exception occurred.", excepinfo with the scode at [5], None)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DISP_E_EXCEPTION = 0x80020009
NEVER = datetime(1899, 12, 30, tzinfo=UTC)  # COM's zero date: how "never ran" arrives


def signed(hresult: int) -> int:
    """pywin32 reports HRESULTs as signed 32-bit integers."""
    return hresult - (1 << 32) if hresult & 0x80000000 else hresult


class FakeComError(Exception):
    """Shaped like pywintypes.com_error raised through IDispatch."""

    def __init__(self, hresult: int, message: str = "", *, direct: bool = False) -> None:
        if direct:  # a failure of the call itself (Connect, Dispatch): no EXCEPINFO
            super().__init__(signed(hresult), message, None, None)
        else:
            excepinfo = (0, None, message, None, 0, signed(hresult))
            super().__init__(signed(DISP_E_EXCEPTION), "Exception occurred.", excepinfo, None)


class Bag:
    """A COM object with settable properties, remembered as set."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:
        # Only reached for a property never set: as COM would, fail (typed Any for mypy).
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:
        self.__dict__[name] = value


class Collection:
    """A COM collection: Create(type) appends, Item(i) counts from 1."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.items: list[Bag] = []

    def Create(self, type_: int) -> Bag:
        item = Bag(Type=type_)
        self.items.append(item)
        return item

    @property
    def Count(self) -> int:
        return len(self.items)

    def Item(self, index: int) -> Bag:
        return self.items[index - 1]


class FakeDefinition:
    """ITaskDefinition with Task Scheduler's defaults (72 h limit, not on batteries...)."""

    def __init__(self) -> None:
        self.RegistrationInfo = Bag(Author="", Description="")
        self.Principal = Bag(UserId="", LogonType=0, RunLevel=0)
        self.Settings = Bag(
            Enabled=True,
            ExecutionTimeLimit="PT72H",
            RestartInterval="",
            RestartCount=0,
            DisallowStartIfOnBatteries=True,
            StopIfGoingOnBatteries=True,
            MultipleInstances=0,
            StartWhenAvailable=False,
            AllowDemandStart=True,
            AllowHardTerminate=True,
            IdleSettings=Bag(StopOnIdleEnd=True),
        )
        self.Triggers = Collection("triggers")
        self.Actions = Collection("actions")


@dataclass
class FakeRegisteredTask:
    """IRegisteredTask: state, last run, Run and Stop."""

    name: str
    Definition: FakeDefinition
    registered_as: tuple[Any, ...]
    service: FakeScheduleService
    State: int = 3  # ready
    LastRunTime: datetime = NEVER
    LastTaskResult: int = 0x41303  # SCHED_S_TASK_HAS_NOT_RUN

    @property
    def Enabled(self) -> bool:
        return bool(self.Definition.Settings.Enabled)

    def Run(self, params: Any) -> Bag:
        self.service.check("Run")
        if not self.Enabled:
            raise FakeComError(0x80041326, "The task is disabled.")
        self.service.runs.append(self.name)
        self.State = 4
        self.LastRunTime = self.service.now
        self.LastTaskResult = 0x41301
        return Bag(Name=self.name)

    def Stop(self, flags: int) -> None:
        self.service.check("Stop")
        self.service.stops.append(self.name)
        if self.State == 4:
            self.State = 3
            self.LastTaskResult = 0x41306


@dataclass
class FakeFolder:
    """ITaskFolder: the root folder, where the tasks live."""

    service: FakeScheduleService
    path: str

    def RegisterTaskDefinition(
        self,
        name: str,
        definition: FakeDefinition,
        flags: int,
        user: Any,
        password: Any,
        logon: int,
    ) -> FakeRegisteredTask:
        self.service.check("RegisterTaskDefinition")
        self.service.registrations.append((name, definition, flags, user, password, logon))
        old = self.service.tasks.get(name)
        task = FakeRegisteredTask(name, definition, (flags, user, password, logon), self.service)
        if old is not None and old.State == 4:
            # Updating a task leaves its running instance running, as Task Scheduler does.
            task.State, task.LastRunTime, task.LastTaskResult = 4, old.LastRunTime, 0x41301
        if not definition.Settings.Enabled:
            task.State = 1
        self.service.tasks[name] = task
        return task

    def GetTask(self, name: str) -> FakeRegisteredTask:
        self.service.check("GetTask")
        if name not in self.service.tasks:
            raise FakeComError(0x80070002, "The system cannot find the file specified.")
        return self.service.tasks[name]

    def DeleteTask(self, name: str, flags: int) -> None:
        self.service.check("DeleteTask")
        if name not in self.service.tasks:
            raise FakeComError(0x80070002, "The system cannot find the file specified.")
        del self.service.tasks[name]


@dataclass
class FakeScheduleService:
    """``Schedule.Service``: Connect, GetFolder, NewTask; ``fail`` makes a call raise."""

    tasks: dict[str, FakeRegisteredTask] = field(default_factory=dict)
    registrations: list[tuple[Any, ...]] = field(default_factory=list)
    runs: list[str] = field(default_factory=list)
    stops: list[str] = field(default_factory=list)
    fail: dict[str, FakeComError] = field(default_factory=dict)
    connected: bool = False
    now: datetime = datetime(2026, 12, 1, 9, 0, 5, tzinfo=UTC)

    def check(self, call: str) -> None:
        if call != "Connect" and not self.connected:
            raise AssertionError(f"{call} before Connect")
        if call in self.fail:
            raise self.fail[call]

    def Connect(self, *args: Any) -> None:
        self.check("Connect")
        self.connected = True

    def GetFolder(self, path: str) -> FakeFolder:
        self.check("GetFolder")
        assert path == "\\", path
        return FakeFolder(self, path)

    def NewTask(self, flags: int) -> FakeDefinition:
        self.check("NewTask")
        return FakeDefinition()
