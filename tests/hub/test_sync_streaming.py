"""A connector that streams a sync's pages: one job per run, stored page by page, resumable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from qbdlink.agentapi import AGENT_PREFIX, Job, JobError, JobPage, JobResult
from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.sync.service import next_read_from
from qbdlink.qbxml import Request, decode_requests, decode_responses, encode_requests
from tests.hub.conftest import Hub, count_in_quickbooks, stored_count, verified_link

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]


async def _quickbooks_closes_after(agent: Any, job: Job, pages: list[JobPage]) -> None:
    """The connector posts ``pages``, then QuickBooks closes: the job's error goes back, and
    QuickBooks comes back (a "ready" heartbeat hands the job out again)."""
    for page in pages:
        assert (await agent.post_page(job, page)).status_code == 204
    closed = JobError(
        code="quickbooks_closed",
        message="QuickBooks closed",
        user_facing_message="QuickBooks is closed.",
        retryable=True,
    )
    await agent.client.post(
        f"{AGENT_PREFIX}/jobs/{job.id}/result",
        content=JobResult.failure(job.lease_token, closed).model_dump_json(),
        headers={**agent.headers, "Content-Type": "application/json"},
    )
    await agent.client.post(
        f"{AGENT_PREFIX}/heartbeat", json={"state": "ready"}, headers=agent.headers
    )


async def test_a_streaming_connector_loads_the_company_in_one_job(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    jobs = await agent.run_streaming_until_idle()

    expected = count_in_quickbooks(agent, "InvoiceQuery")
    assert (jobs, stored_count(hub, link_id, "invoices"), (await hub.link(link_id))["state"]) == (
        1,
        expected,
        "up_to_date",
    )


async def test_a_page_posted_again_after_a_lost_answer_is_accepted_once(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    job = await agent.poll(pages=True)
    assert job is not None
    assert job.stream_pages
    pages, answer = agent.stream(job)
    assert pages, "the sample company has more invoices than one page"

    statuses = [(await agent.post_page(job, pages[0])).status_code for _ in range(2)]
    for page in pages[1:]:
        await agent.post_page(job, page)
    await agent.post_answer(job, answer)

    expected = count_in_quickbooks(agent, "InvoiceQuery")
    assert (statuses, stored_count(hub, link_id, "invoices")) == ([204, 204], expected)


async def test_a_page_out_of_order_is_refused(hub: Hub, make_agent: Any) -> None:
    _, agent = await verified_link(hub, make_agent)
    job = await agent.poll(pages=True)
    assert job is not None
    pages, _ = agent.stream(job)

    response = await agent.post_page(job, pages[1])

    assert (response.status_code, response.json()["error"]["code"]) == (409, "page_out_of_order")


async def test_a_page_from_a_lease_that_ended_is_refused(hub: Hub, make_agent: Any) -> None:
    _, agent = await verified_link(hub, make_agent)
    job = await agent.poll(pages=True)
    assert job is not None
    pages, _ = agent.stream(job)
    stale = JobPage(lease_token="lease_not-this-one", seq=1, response_gzip_b64="")
    stale = stale.model_copy(update={"response_gzip_b64": pages[0].response_gzip_b64})

    response = await agent.post_page(job, stale)

    assert (response.status_code, response.json()["error"]["code"]) == (409, "lease_lost")


async def test_a_run_cut_short_by_quickbooks_reads_only_what_is_left(
    hub: Hub, make_agent: Any
) -> None:
    _, agent = await verified_link(hub, make_agent)
    job = await agent.poll(pages=True)
    assert job is not None
    pages, _ = agent.stream(job)
    await _quickbooks_closes_after(agent, job, pages[:2])  # the small lists, the first pages

    again = await agent.poll(pages=True)

    assert again is not None
    assert (again.id, "AccountQueryRq" in again.qbxml, "InvoiceQueryRq" in again.qbxml) == (
        job.id,
        False,  # the accounts came whole in the first answer: not read again
        True,  # the invoices were not all read: read again, from the start
    )


async def test_a_run_cut_short_still_ends_with_every_record(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    job = await agent.poll(pages=True)
    assert job is not None
    pages, _ = agent.stream(job)
    await _quickbooks_closes_after(agent, job, pages[:2])
    agent.ticket = None  # QuickBooks was closed: a new session, the old iterators are gone

    await agent.run_streaming_until_idle()

    expected = count_in_quickbooks(agent, "InvoiceQuery")
    assert (stored_count(hub, link_id, "invoices"), (await hub.link(link_id))["state"]) == (
        expected,
        "up_to_date",
    )


async def test_an_incremental_sync_reads_only_what_changed(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    await agent.run_streaming_until_idle()
    agent.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Late Arrival Tenant"}}))

    await hub.api("POST", f"/v1/links/{link_id}/sync")
    await agent.run_streaming_until_idle()

    # The new customer, and the company record (it has no modified-date filter): nothing else.
    counts = (await hub.link(link_id))["sync"]["progress"]["counts"]
    assert {resource: count for resource, count in counts.items() if count} == {
        "customers": 1,
        "company": 1,
    }


async def test_without_the_read_time_the_newest_second_is_read_again(
    hub: Hub, make_agent: Any
) -> None:
    # An agent that does not say when it read (the Web Connector): FromModifiedDate is
    # inclusive, so each resource's newest second is read again, and the company record.
    link_id, agent = await verified_link(hub, make_agent)
    await agent.run_until_idle()
    with hub.context.db.session() as session:
        newest = select(
            StoredRecord.resource, func.max(StoredRecord.updated_at).label("newest")
        ).group_by(StoredRecord.resource)
        at_high_water = 0
        for resource, when in session.execute(newest).all():
            if resource == "company":
                at_high_water += 1
                continue
            at_high_water += int(
                session.scalar(
                    select(func.count())
                    .select_from(StoredRecord)
                    .where(
                        StoredRecord.link_id == link_id,
                        StoredRecord.resource == resource,
                        StoredRecord.updated_at == when,
                    )
                )
                or 0
            )

    await hub.api("POST", f"/v1/links/{link_id}/sync")
    await agent.run_until_idle()

    assert (await hub.link(link_id))["sync"]["progress"]["records"] == at_high_water


def test_a_second_already_past_when_read_is_not_read_again() -> None:
    newest = datetime(2026, 12, 6, 9, 30, 15, tzinfo=UTC)
    read_at = datetime(2026, 12, 6, 9, 30, 16, 200_000, tzinfo=UTC)

    assert next_read_from(newest, read_at) == newest + timedelta(seconds=1)


def test_a_second_still_running_when_read_is_read_again() -> None:
    newest = datetime(2026, 12, 6, 9, 30, 15, tzinfo=UTC)
    read_at = datetime(2026, 12, 6, 9, 30, 15, 900_000, tzinfo=UTC)

    assert next_read_from(newest, read_at) == newest


def test_without_a_read_time_the_newest_second_is_read_again() -> None:
    newest = datetime(2026, 12, 6, 9, 30, 15, tzinfo=UTC)

    assert next_read_from(newest, None) == newest


async def test_a_deletion_already_seen_is_not_asked_for_again(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    await agent.run_streaming_until_idle()
    added = decode_responses(
        agent.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Short Stay"}}))
    )[0].records[0]
    agent.quickbooks(Request("ListDelRq", {"ListDelType": "Customer", "ListID": added["ListID"]}))
    deleted = decode_responses(
        agent.quickbooks(Request("ListDeletedQueryRq", {"ListDelType": ["Customer"]}))
    )[0]
    when = max(record["TimeDeleted"] for record in deleted.records).astimezone(UTC)
    await hub.api("POST", f"/v1/links/{link_id}/sync")
    # The connector asked QuickBooks two seconds after the deletion: its second had passed.
    await agent.run_streaming_until_idle(read_at=when + timedelta(seconds=2))

    await hub.api("POST", f"/v1/links/{link_id}/sync")
    job = await agent.poll(pages=True)

    assert job is not None
    window = decode_requests(job.qbxml).requests
    since = next(r for r in window if r.name == "ListDeletedQueryRq").fields[
        "DeletedDateRangeFilter"
    ]["FromDeletedDate"]
    assert since.astimezone(UTC) == when + timedelta(seconds=1)


async def test_a_page_for_work_that_is_not_a_sync_is_refused(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    company = encode_requests([Request("CompanyQueryRq", {})]).decode()
    await hub.api("POST", f"/v1/links/{link_id}/passthrough", json={"qbxml": company})
    job = await agent.poll(pages=True)  # the passthrough runs before the queued sync
    assert job is not None
    assert (job.kind, job.stream_pages) == ("passthrough", False)

    response = await agent.post_page(job, JobPage.of(job.lease_token, 1, "<QBXML/>"))

    assert (response.status_code, response.json()["error"]["code"]) == (422, "pages_not_accepted")
