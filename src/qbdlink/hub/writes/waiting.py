"""Waiting for an operation to settle: ``GET /v1/operations/{id}?wait=N``, without polling.

The waiter subscribes to the operation's channel *before* it reads the operation, so a settle
committed between the read and the wait still wakes it. ``service._finish`` notifies the
channel in the settling transaction; the notifier relays it at commit, in this process and
(PostgreSQL LISTEN/NOTIFY) from every other hub process. Waiting holds no thread and no
database connection: each read is a short transaction in the thread pool.
"""

from __future__ import annotations

from typing import Any, Final

from starlette.concurrency import run_in_threadpool

from qbdlink.hub.context import HubContext
from qbdlink.hub.errors import InvalidRequest
from qbdlink.hub.writes import service
from qbdlink.hub.writes.state import is_final

MAX_WAIT_SECONDS: Final = 30.0
# Wake-ups are reliable; this re-read only bounds the cost of a lost one (a dropped LISTEN
# connection while it reconnects), and stays rare so that many waiters cost almost nothing.
SAFETY_RECHECK_SECONDS: Final = 5.0


def check_wait(wait: float) -> float:
    """A wait between 0 (excluded) and 30 seconds, or 422."""
    if not 0 < wait <= MAX_WAIT_SECONDS:
        raise InvalidRequest(
            "invalid_wait",
            f"wait must be more than 0 and at most {MAX_WAIT_SECONDS:g} seconds, got {wait:g}",
            user_facing_message=f"Wait at most {MAX_WAIT_SECONDS:g} seconds for a change; "
            "ask again if it is still pending.",
        )
    return wait


def preferred_wait(prefer: str | None) -> float | None:
    """The ``wait=N`` of a ``Prefer`` header, at most 30 s; None when absent or not a number."""
    for preference in (prefer or "").split(","):
        name, _, value = preference.split(";")[0].partition("=")
        if name.strip().lower() != "wait":
            continue
        try:
            seconds = float(value.strip().strip('"'))
        except ValueError:
            return None  # RFC 7240: a preference the server cannot read is ignored
        # A hint, not a demand: above the limit the hub waits its longest instead of refusing.
        return min(seconds, MAX_WAIT_SECONDS) if seconds > 0 else None
    return None


def _read(context: HubContext, tenant_id: str, operation_id: str) -> dict[str, Any]:
    # A plain read: clients polling operations never queue behind the writes they wait for.
    with context.db.read_session() as session:
        operation = service.get_operation(session, tenant_id=tenant_id, operation_id=operation_id)
        return service.operation_view(operation)


async def operation_after_wait(
    context: HubContext, *, tenant_id: str, operation_id: str, wait: float | None
) -> dict[str, Any]:
    """The operation once final, or as it is when ``wait`` seconds passed (None: at once)."""
    if wait is None:
        return await run_in_threadpool(_read, context, tenant_id, operation_id)
    view: dict[str, Any] = {}

    async def final() -> bool:
        nonlocal view
        view = await run_in_threadpool(_read, context, tenant_id, operation_id)
        return is_final(view["state"])

    await context.notifier.wait_until(
        service.operation_channel(operation_id),
        final,
        timeout=check_wait(wait),
        recheck=SAFETY_RECHECK_SECONDS,
    )
    return view
