"""A link from key to up-to-date: claim, verify, initial sync, incremental sync, deletions."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from qbdlink.hub.records.models import StoredRecord
from qbdlink.hub.resources import SYNC_ORDER
from qbdlink.qbxml import Request, decode_responses
from tests.hub.conftest import Hub, count_in_quickbooks, stored_count, verified_link

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]


async def test_verify_starts_the_initial_sync_and_every_count_matches_quickbooks(
    hub: Hub, make_agent: Any
) -> None:
    link_id, key = await hub.enable_link()
    agent = make_agent()
    await agent.claim(key)
    assert (await agent.verify()).status_code == 200

    await agent.run_until_idle()

    expected = {
        "customers": count_in_quickbooks(agent, "CustomerQuery", ActiveStatus="All"),
        "invoices": count_in_quickbooks(agent, "InvoiceQuery"),
        "receive_payments": count_in_quickbooks(agent, "ReceivePaymentQuery"),
        "accounts": count_in_quickbooks(agent, "AccountQuery", ActiveStatus="All"),
        "items": count_in_quickbooks(agent, "ItemQuery", ActiveStatus="All"),
        "journal_entries": count_in_quickbooks(agent, "JournalEntryQuery"),
    }
    stored = {name: stored_count(hub, link_id, name) for name in expected}
    assert stored == expected


async def test_invoices_on_every_page_of_the_initial_sync_keep_their_lines(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    await agent.run_until_idle()

    with hub.context.db.session() as session:
        invoices = session.scalars(
            select(StoredRecord.data).where(
                StoredRecord.link_id == link_id, StoredRecord.resource == "invoices"
            )
        ).all()
    assert len(invoices) > hub.context.settings.sync_page_size  # more than one page
    assert [i for i in invoices if not i.get("invoice_line_ret")] == []


async def test_a_completed_sync_leaves_the_link_up_to_date(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)

    await agent.run_until_idle()

    assert (await hub.link(link_id))["state"] == "up_to_date"


async def test_a_change_in_quickbooks_arrives_with_the_next_sync(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    await agent.run_until_idle()
    agent.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Late Arrival Tenant"}}))

    assert (await hub.api("POST", f"/v1/links/{link_id}/sync")).status_code == 202
    await agent.run_until_idle()

    with hub.context.db.session() as session:
        names = session.scalars(
            select(StoredRecord.data["name"].as_string()).where(
                StoredRecord.link_id == link_id, StoredRecord.resource == "customers"
            )
        ).all()
    assert "Late Arrival Tenant" in names


async def test_a_deletion_in_quickbooks_arrives_as_deleted(hub: Hub, make_agent: Any) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    await agent.run_until_idle()
    added = decode_responses(
        agent.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Short Stay"}}))
    )[0].records[0]
    await hub.api("POST", f"/v1/links/{link_id}/sync")
    await agent.run_until_idle()
    agent.quickbooks(Request("ListDelRq", {"ListDelType": "Customer", "ListID": added["ListID"]}))

    await hub.api("POST", f"/v1/links/{link_id}/sync")
    await agent.run_until_idle()

    assert stored_count(hub, link_id, "customers", deleted=True) == 1


async def test_an_iterator_lost_with_its_session_restarts_cleanly(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    # Answer jobs, but end the QuickBooks session after every page: iterators die with it.
    pages = 0
    while (job := await agent.poll()) is not None:
        await agent.answer(job)
        if job.keep_session and pages < 3:
            agent.processor.end_session(agent.ticket)
            agent.ticket = None
            pages += 1

    expected = count_in_quickbooks(agent, "InvoiceQuery")
    assert (stored_count(hub, link_id, "invoices"), (await hub.link(link_id))["state"]) == (
        expected,
        "up_to_date",
    )


async def test_sync_progress_names_the_resource_and_counts_records(
    hub: Hub, make_agent: Any
) -> None:
    link_id, agent = await verified_link(hub, make_agent)
    job = await agent.poll()  # the run's message set: every resource's first page
    assert job is not None
    await agent.answer(job)

    progress = (await hub.link(link_id))["sync"]["progress"]

    assert (
        progress["resource"] in SYNC_ORDER,
        progress["records"] == sum(progress["counts"].values()) > 0,
        progress["total"],
    ) == (True, True, len(SYNC_ORDER))
