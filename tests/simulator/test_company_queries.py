"""Host and company queries, company private data, and the US and Canadian editions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from lxml import etree

from qbdlink.qbxml import Request
from tests.simulator.conftest import FakeClock, Run
from tests.simulator.test_lists_support import CUSTOMER_OWNER as OWNER
from tests.simulator.test_lists_support import Send, add, company_sender, one, query


@pytest.fixture
def ca_run(tmp_path: Path, clock: FakeClock) -> Iterator[Send]:
    """A Canadian company (QuickBooks Canada)."""
    send, store = company_sender(tmp_path / "maple.qbw.sqlite", clock, edition="ca")
    yield send
    store.close()


def company_value(name: str, value: str) -> Request:
    return Request(
        "DataExtAddRq",
        {
            "DataExtAdd": {
                "OwnerID": OWNER,
                "DataExtName": name,
                "OtherDataExtType": "Company",
                "DataExtValue": value,
            }
        },
    )


def define(name: str) -> Request:
    return Request(
        "DataExtDefAddRq",
        {"DataExtDefAdd": {"OwnerID": OWNER, "DataExtName": name, "DataExtType": "STR255TYPE"}},
    )


# -- host and company ----------------------------------------------------------------------------
def test_host_query_of_a_us_company_says_us(run: Run) -> None:
    host = one(run, Request("HostQueryRq"))

    assert (host["Country"], host["QBFileMode"]) == ("US", "SingleUser")
    assert "13.0" in host["SupportedQBXMLVersion"]


def test_host_query_of_a_canadian_company_says_ca(ca_run: Send) -> None:
    assert one(ca_run, Request("HostQueryRq"))["Country"] == "CA"


def test_company_query_returns_the_company_name(run: Run) -> None:
    assert one(run, Request("CompanyQueryRq"))["CompanyName"] == "Acme Properties LLC"


def test_company_private_data_comes_back_for_its_owner(run: Run) -> None:
    run(define("FileID"), company_value("FileID", "f-42"))

    company = one(run, Request("CompanyQueryRq", {"OwnerID": [OWNER]}))

    assert company["DataExtRet"] == [
        {
            "OwnerID": OWNER,
            "DataExtName": "FileID",
            "DataExtType": "STR255TYPE",
            "DataExtValue": "f-42",
        }
    ]


def test_company_private_data_is_not_shown_without_its_owner(run: Run) -> None:
    run(define("FileID"), company_value("FileID", "f-42"))

    assert "DataExtRet" not in one(run, Request("CompanyQueryRq"))


def test_company_private_data_can_be_changed_and_removed(run: Run) -> None:
    run(define("FileID"), company_value("FileID", "1"))
    change = Request(
        "DataExtModRq",
        {
            "DataExtMod": {
                "OwnerID": OWNER,
                "DataExtName": "FileID",
                "OtherDataExtType": "Company",
                "DataExtValue": "2",
            }
        },
    )
    remove = Request(
        "DataExtDelRq",
        {"DataExtDel": {"OwnerID": OWNER, "DataExtName": "FileID", "OtherDataExtType": "Company"}},
    )

    changed = run(change, Request("CompanyQueryRq", {"OwnerID": [OWNER]}))[1].records[0]
    removed = run(remove, Request("CompanyQueryRq", {"OwnerID": [OWNER]}))[1].records[0]

    assert changed["DataExtRet"][0]["DataExtValue"] == "2"
    assert "DataExtRet" not in removed


def test_preferences_query_answers(run: Run) -> None:
    preferences = one(run, Request("PreferencesQueryRq"))

    assert preferences["AccountingPreferences"]["IsUsingClassTracking"] is True


# -- editions ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (add("Customer", Name="Acme", SalesTaxCountry="Canada"), "SalesTaxCountry"),
        (add("Vendor", Name="Revenue Agency", IsSalesTaxAgency="true"), "IsSalesTaxAgency"),
        (
            add("SalesTaxCode", Name="G", IsTaxable="true", ItemSalesTaxRef={"FullName": "GST"}),
            "ItemSalesTaxRef",
        ),
        (
            add(
                "ItemService", Name="Labor", IsTaxIncluded="true", SalesOrPurchase={"Desc": "Labor"}
            ),
            "IsTaxIncluded",
        ),
    ],
)
def test_the_us_edition_ignores_canadian_tax_fields_with_a_530_warning(
    run: Run, request_: Request, field: str
) -> None:
    # Intuit's status-code appendix: 530 is in the warning range; the record is saved.
    response = run(request_)[0]

    assert (response.status_code, response.severity, response.message) == (
        530,
        "Warn",
        f'The field "{field}" is not supported by this implementation.',
    )
    assert field not in response.records[0]


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (add("Customer", Name="Acme", ItemSalesTaxRef={"FullName": "NY"}), "ItemSalesTaxRef"),
        (add("Vendor", Name="Supply", IsVendorEligibleFor1099="true"), "IsVendorEligibleFor1099"),
        (add("Employee", FirstName="Ann", Department="Sales"), "Department"),
    ],
)
def test_the_canadian_edition_ignores_us_only_fields_with_a_530_warning(
    ca_run: Send, request_: Request, field: str
) -> None:
    # Intuit's status-code appendix: 530 is in the warning range; the record is saved.
    response = ca_run(request_)[0]

    assert (response.status_code, response.severity, response.message) == (
        530,
        "Warn",
        f'The field "{field}" is not supported by this implementation.',
    )
    assert field not in response.records[0]


def test_a_canadian_tax_code_links_its_sales_and_purchase_tax_items(ca_run: Send) -> None:
    gst = one(ca_run, add("ItemSalesTax", Name="GST", TaxRate="5"))

    code = one(
        ca_run,
        add(
            "SalesTaxCode",
            Name="G",
            IsTaxable="true",
            ItemSalesTaxRef={"FullName": "GST"},
            ItemPurchaseTaxRef={"FullName": "GST"},
        ),
    )

    expected = {"ListID": gst["ListID"], "FullName": "GST"}
    assert (code["ItemSalesTaxRef"], code["ItemPurchaseTaxRef"]) == (expected, expected)


def test_a_canadian_vendor_keeps_its_tax_agency_fields(ca_run: Send) -> None:
    ca_run(add("Account", Name="GST Payable", AccountType="OtherCurrentLiability"))

    vendor = one(
        ca_run,
        add(
            "Vendor",
            Name="Receiver General",
            IsSalesTaxAgency="true",
            TaxRegistrationNumber="123456789RT0001",
            IsTaxTrackedOnSales="true",
            TaxOnSalesAccountRef={"FullName": "GST Payable"},
        ),
    )

    assert (vendor["IsSalesTaxAgency"], vendor["TaxOnSalesAccountRef"]["FullName"]) == (
        True,
        "GST Payable",
    )


def test_a_canadian_customer_keeps_its_tax_country_and_registration(ca_run: Send) -> None:
    customer = one(
        ca_run,
        add(
            "Customer", Name="Maple Co", SalesTaxCountry="Canada", TaxRegistrationNumber="987654321"
        ),
    )

    assert (customer["SalesTaxCountry"], customer["TaxRegistrationNumber"]) == (
        "Canada",
        "987654321",
    )


def test_a_canadian_company_does_not_get_the_us_tax_codes(ca_run: Send) -> None:
    assert ca_run(query("SalesTaxCode"))[0].status_code == 1


def test_canadian_responses_validate_against_the_official_schema(
    tmp_path: Path, clock: FakeClock, xsd_schema: Callable[[str], etree.XMLSchema]
) -> None:
    from qbdlink.qbxml import encode_requests
    from qbdlink.simulator import CompanyStore, Processor, create_company

    path = create_company(tmp_path / "maple.qbw.sqlite", edition="ca")
    store = CompanyStore.open(path)
    requests = [
        Request("HostQueryRq"),
        add("ItemSalesTax", Name="GST", TaxRate="5"),
        add("SalesTaxCode", Name="G", IsTaxable="true", ItemSalesTaxRef={"FullName": "GST"}),
        add("Account", Name="Bank", AccountType="Bank", SalesTaxCodeRef={"FullName": "G"}),
        add("Vendor", Name="Receiver General", IsSalesTaxAgency="true"),
        add("Customer", Name="Maple Co", ItemSalesTaxRef={"FullName": "GST"}),
        query("Account"),
    ]

    answer = Processor(store, clock=clock).process(
        encode_requests(requests, on_error="continueOnError")
    )
    store.close()

    schema = xsd_schema("13.0")
    document = etree.fromstring(answer.encode())
    assert schema.validate(document), schema.error_log
    statuses = [e.get("statusCode") for e in document.iter() if e.get("statusCode")]
    assert statuses == ["0", "0", "0", "0", "0", "530", "0"]
