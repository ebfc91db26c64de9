"""Link + verify + initial sync, then changes and deletions, through real processes."""

from __future__ import annotations

from pathlib import Path

from qbdlink.qbxml import Request
from tests.e2e.conftest import Pc

RESOURCE_QUERIES = {
    "accounts": Request("AccountQueryRq", {"ActiveStatus": "All"}),
    "customers": Request("CustomerQueryRq", {"ActiveStatus": "All"}),
    "vendors": Request("VendorQueryRq", {"ActiveStatus": "All"}),
    "items": Request("ItemQueryRq", {"ActiveStatus": "All"}),
    "classes": Request("ClassQueryRq", {"ActiveStatus": "All"}),
    "terms": Request("StandardTermsQueryRq", {"ActiveStatus": "All"}),
    "sales_tax_codes": Request("SalesTaxCodeQueryRq", {"ActiveStatus": "All"}),
    "invoices": Request("InvoiceQueryRq", {}),
    "receive_payments": Request("ReceivePaymentQueryRq", {}),
    "credit_memos": Request("CreditMemoQueryRq", {}),
    "sales_receipts": Request("SalesReceiptQueryRq", {}),
    "bills": Request("BillQueryRq", {}),
    "bill_payments": Request("BillPaymentCheckQueryRq", {}),
    "checks": Request("CheckQueryRq", {}),
    "deposits": Request("DepositQueryRq", {}),
    "journal_entries": Request("JournalEntryQueryRq", {}),
}


def _linked_and_synced(pc: Pc, template: Path) -> str:
    pc.open_quickbooks(pc.company(template, "acme.qbw"))
    link_id, key = pc.enable_link("Acme")
    pc.qbdlink("connector", "link", "--license-key", key, "--region", "us", "--yes", check=True)
    pc.qbdlink("connector", "sync", "--once", check=True)
    return link_id


def test_every_record_count_in_the_hub_equals_quickbooks(
    pc: Pc, small_company_template: Path
) -> None:
    link_id = _linked_and_synced(pc, small_company_template)

    answers = pc.quickbooks(*RESOURCE_QUERIES.values())
    in_quickbooks = {
        name: len(answer.records) for name, answer in zip(RESOURCE_QUERIES, answers, strict=True)
    }
    in_hub = {name: len(pc.records(link_id, name)) for name in RESOURCE_QUERIES}
    assert in_hub == in_quickbooks


def test_the_link_is_up_to_date_and_names_the_company(pc: Pc, small_company_template: Path) -> None:
    link_id = _linked_and_synced(pc, small_company_template)

    link = pc.link(link_id)

    assert (link["state"], link["company_name"]) == ("up_to_date", "Acme Properties LLC")


def test_a_change_made_in_quickbooks_arrives_with_the_next_sync(
    pc: Pc, small_company_template: Path
) -> None:
    link_id = _linked_and_synced(pc, small_company_template)
    pc.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Unit 9 - New Tenant"}}))

    pc.qbdlink("connector", "sync", "--once", check=True)

    names = {record["full_name"] for record in pc.records(link_id, "customers")}
    assert "Unit 9 - New Tenant" in names


def test_a_deletion_in_quickbooks_arrives_as_deleted(pc: Pc, small_company_template: Path) -> None:
    link_id = _linked_and_synced(pc, small_company_template)
    added = pc.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": "Brief Tenant"}}))
    list_id = added[0].records[0]["ListID"]
    pc.qbdlink("connector", "sync", "--once", check=True)
    pc.quickbooks(Request("ListDelRq", {"ListDelType": "Customer", "ListID": list_id}))

    pc.qbdlink("connector", "sync", "--once", check=True)

    record = next(
        r for r in pc.records(link_id, "customers", include_deleted=True) if r["id"] == list_id
    )
    assert record["deleted"] is True
