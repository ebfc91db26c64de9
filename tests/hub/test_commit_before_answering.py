"""A 2xx means committed: the request's transaction commits before its response is sent, and a
commit that fails is answered with an error, never a 2xx."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from qbdlink.hub.writes.models import Operation
from tests.hub.conftest import Hub, verified_link
from tests.hub.test_writes import INVOICE, write

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]


@contextmanager
def commits_of_operations_fail(hub: Hub) -> Iterator[None]:
    """The database refuses to commit any transaction that adds an operation."""

    def mark(session: Session, _context: Any) -> None:
        if any(isinstance(item, Operation) for item in session.new):
            session.info["doomed"] = True

    def refuse(session: Session) -> None:
        if session.info.pop("doomed", False):
            raise OperationalError("COMMIT", {}, Exception("disk I/O error"))

    sessions = hub.context.db.sessions
    event.listen(sessions, "after_flush", mark)
    event.listen(sessions, "before_commit", refuse)
    try:
        yield
    finally:
        event.remove(sessions, "before_commit", refuse)
        event.remove(sessions, "after_flush", mark)


async def test_a_write_whose_commit_fails_is_answered_with_an_error_not_a_202(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)

    with commits_of_operations_fail(hub):
        response = await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)

    assert (response.status_code, response.json()["error"]["code"]) == (503, "storage_unavailable")


async def test_a_write_whose_commit_failed_left_no_operation_behind(
    hub: Hub, make_agent: Any
) -> None:
    link_id, _ = await verified_link(hub, make_agent)

    with commits_of_operations_fail(hub):
        await write(hub, "POST", f"/v1/links/{link_id}/invoices", INVOICE)

    with hub.context.db.session() as session:
        assert session.scalar(select(func.count(Operation.id))) == 0
