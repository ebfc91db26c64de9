"""List Add and Mod: names, hierarchy, references, EditSequence, balances, per-kind rules."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from qbdlink.qbxml import Request
from tests.simulator.conftest import FakeClock, Run
from tests.simulator.test_lists_support import add, mod, names, one, query

SOLD = {"Desc": "Sold to customers"}


# -- adding, names and namespaces ----------------------------------------------------------------
def test_a_new_customer_gets_its_identity_and_quickbooks_defaults(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme"))

    assert re.fullmatch(r"[0-9A-F]{8}-\d+", customer["ListID"])
    assert customer["EditSequence"].isdigit()
    assert (customer["FullName"], customer["IsActive"], customer["Sublevel"]) == ("Acme", True, 0)
    assert (customer["Balance"], customer["TotalBalance"]) == (Decimal("0.00"), Decimal("0.00"))
    assert customer["JobStatus"] == "None"


def test_a_job_is_named_after_its_customer_one_level_down(run: Run) -> None:
    parent = one(run, add("Customer", Name="Acme"))

    job = one(run, add("Customer", Name="Roof", ParentRef={"FullName": "acme"}))

    assert (job["FullName"], job["Sublevel"]) == ("Acme:Roof", 1)
    assert job["ParentRef"] == {"ListID": parent["ListID"], "FullName": "Acme"}


def test_a_job_under_a_missing_customer_is_refused_with_3140(run: Run) -> None:
    response = run(add("Customer", Name="Roof", ParentRef={"FullName": "Nobody"}))[0]

    assert response.status_code == 3140
    assert 'QuickBooks customer "Nobody"' in response.message


def test_names_are_unique_without_case_across_customers_vendors_and_employees(run: Run) -> None:
    run(add("Customer", Name="Jo Doe"))

    responses = run(add("Vendor", Name="JO DOE"), add("Employee", FirstName="jo", LastName="doe"))

    assert [r.status_code for r in responses] == [3100, 3100]
    assert responses[0].message == 'The name "JO DOE" of the list element is already in use.'


def test_different_lists_may_reuse_a_name(run: Run) -> None:
    run(add("Customer", Name="Acme"))

    responses = run(
        add("Class", Name="Acme"),
        add("ItemService", Name="Acme", SalesOrPurchase=SOLD),
        add("Account", Name="Acme", AccountType="Income"),
    )

    assert [r.status_code for r in responses] == [0, 0, 0]


def test_every_kind_of_item_shares_one_namespace(run: Run) -> None:
    run(add("ItemService", Name="Paint", SalesOrPurchase=SOLD))

    response = run(add("ItemNonInventory", Name="paint", SalesOrPurchase=SOLD))[0]

    assert response.status_code == 3100


def test_jobs_of_different_customers_may_share_a_name(run: Run) -> None:
    run(add("Customer", Name="A"), add("Customer", Name="B"))

    responses = run(
        add("Customer", Name="Roof", ParentRef={"FullName": "A"}),
        add("Customer", Name="Roof", ParentRef={"FullName": "B"}),
    )

    assert [r.records[0]["FullName"] for r in responses] == ["A:Roof", "B:Roof"]


@pytest.mark.parametrize("kind", ["Customer", "Vendor", "Class", "Account"])
def test_a_colon_in_a_name_is_refused_with_3180(run: Run, kind: str) -> None:
    extra = {"AccountType": "Bank"} if kind == "Account" else {}

    response = run(add(kind, Name="A:B", **extra))[0]

    assert response.status_code == 3180
    assert "colon" in response.message


def test_a_blank_name_is_refused_with_3180(run: Run) -> None:
    assert run(add("Customer", Name="  "))[0].status_code == 3180


def test_an_employee_is_named_from_first_middle_and_last_names(run: Run) -> None:
    employee = one(run, add("Employee", FirstName="Ann", MiddleName="B", LastName="Cole"))

    assert employee["Name"] == "Ann B Cole"


def test_an_employee_without_first_or_last_name_is_refused(run: Run) -> None:
    assert run(add("Employee", JobTitle="Clerk"))[0].status_code == 3180


def test_the_name_element_of_employee_add_is_ignored_with_a_530_warning(run: Run) -> None:
    # Intuit's status-code appendix: 530 is a warning (500-999: "QuickBooks processed the
    # request"); the field is ignored and the employee saved from FirstName.
    response = run(add("Employee", Name="Ann Cole", FirstName="Ann"))[0]

    assert (response.status_code, response.severity, response.message) == (
        530,
        "Warn",
        'The field "Name" is not supported by this implementation.',
    )
    assert response.records[0]["FirstName"] == "Ann"


def test_add_with_include_ret_element_returns_only_those_elements(run: Run) -> None:
    request = add("Customer", Name="Acme", Phone="555")
    request.fields["IncludeRetElement"] = ["ListID", "Phone"]

    customer = one(run, request)

    assert set(customer) == {"ListID", "Phone"}


# -- references ----------------------------------------------------------------------------------
def test_a_reference_by_full_name_comes_back_with_its_list_id(run: Run) -> None:
    account = one(run, add("Account", Name="Sales", AccountType="Income"))

    item = one(
        run,
        add(
            "ItemService",
            Name="Mowing",
            SalesOrPurchase={"Price": "40.00", "AccountRef": {"FullName": "sales"}},
        ),
    )

    assert item["SalesOrPurchase"]["AccountRef"] == {
        "ListID": account["ListID"],
        "FullName": "Sales",
    }


def test_a_reference_to_a_missing_element_is_refused_with_3140(run: Run) -> None:
    response = run(
        add("ItemService", Name="Mowing", SalesOrPurchase={"AccountRef": {"FullName": "Nope"}})
    )[0]

    assert response.status_code == 3140
    assert response.message.startswith('There is an invalid reference to QuickBooks account "Nope"')


def test_a_reference_to_a_list_the_simulator_does_not_keep_is_refused_with_3140(run: Run) -> None:
    response = run(add("Customer", Name="Acme", CustomerTypeRef={"FullName": "Retail"}))[0]

    assert response.status_code == 3140


def test_a_sub_item_must_be_of_its_parents_kind(run: Run) -> None:
    run(add("ItemService", Name="Labor", SalesOrPurchase=SOLD))

    response = run(
        add("ItemNonInventory", Name="Nails", ParentRef={"FullName": "Labor"}, SalesOrPurchase=SOLD)
    )[0]

    assert response.status_code == 3140


# -- Mod and EditSequence ------------------------------------------------------------------------
def test_mod_of_an_unknown_list_id_gets_3120(run: Run) -> None:
    response = run(
        Request(
            "CustomerModRq", {"CustomerMod": {"ListID": "80000999-1714570200", "EditSequence": "1"}}
        )
    )[0]

    assert (response.status_code, response.message) == (
        3120,
        'Object "80000999-1714570200" specified in the request cannot be found.',
    )


def test_mod_of_a_malformed_list_id_gets_3000(run: Run) -> None:
    response = run(
        Request("CustomerModRq", {"CustomerMod": {"ListID": "not-an-id", "EditSequence": "1"}})
    )[0]

    assert response.status_code == 3000


def test_mod_of_another_kinds_list_id_gets_3120(run: Run) -> None:
    vendor = one(run, add("Vendor", Name="Supplier"))

    response = run(mod("Customer", vendor, Phone="1"))[0]

    assert response.status_code == 3120


def test_mod_with_an_out_of_date_edit_sequence_gets_3200(run: Run, clock: FakeClock) -> None:
    first = one(run, add("Customer", Name="Acme"))
    clock.advance(5)
    run(mod("Customer", first, Phone="1"))

    response = run(mod("Customer", first, Phone="2"))[0]

    assert (response.status_code, response.message) == (
        3200,
        f'The provided edit sequence "{first["EditSequence"]}" is out-of-date.',
    )


def test_mod_gives_a_new_edit_sequence_and_time_modified(run: Run, clock: FakeClock) -> None:
    first = one(run, add("Customer", Name="Acme"))
    clock.advance(60)

    changed = one(run, mod("Customer", first, Phone="555"))

    assert int(changed["EditSequence"]) > int(first["EditSequence"])
    assert changed["TimeModified"] > first["TimeModified"] == changed["TimeCreated"]


def test_two_mods_in_one_second_still_get_increasing_edit_sequences(run: Run) -> None:
    first = one(run, add("Customer", Name="Acme"))
    second = one(run, mod("Customer", first, Phone="1"))

    third = one(run, mod("Customer", second, Phone="2"))

    assert int(first["EditSequence"]) < int(second["EditSequence"]) < int(third["EditSequence"])


def test_an_empty_element_in_a_mod_clears_the_field(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme", Phone="555", Email="a@b.c"))

    changed = one(run, mod("Customer", customer, Phone=""))

    assert "Phone" not in changed
    assert changed["Email"] == "a@b.c"


def test_a_mod_merges_an_address_and_rebuilds_its_block(run: Run) -> None:
    address = {"Addr1": "1 Main St", "City": "Albany", "State": "NY", "PostalCode": "12207"}
    customer = one(run, add("Customer", Name="Acme", BillAddress=address))

    changed = one(run, mod("Customer", customer, BillAddress={"City": "Troy"}))

    assert changed["BillAddress"] == {**address, "City": "Troy"}
    assert changed["BillAddressBlock"] == {"Addr1": "1 Main St", "Addr2": "Troy, NY 12207"}


def test_an_item_mod_changes_the_price_and_keeps_the_account(run: Run) -> None:
    run(add("Account", Name="Sales", AccountType="Income"))
    item = one(
        run,
        add(
            "ItemService",
            Name="Mowing",
            SalesOrPurchase={"Price": "40.00", "AccountRef": {"FullName": "Sales"}},
        ),
    )

    changed = one(run, mod("ItemService", item, SalesOrPurchaseMod={"Price": "45.00"}))

    assert changed["SalesOrPurchase"]["Price"] == Decimal("45.00")
    assert changed["SalesOrPurchase"]["AccountRef"]["FullName"] == "Sales"


def test_renaming_a_customer_carries_its_jobs(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(add("Customer", Name="Roof", ParentRef={"FullName": "Acme"}))
    run(add("Customer", Name="Gutter", ParentRef={"FullName": "Acme:Roof"}))

    run(mod("Customer", customer, Name="Apex"))

    assert names(run, query("Customer")) == ["Apex", "Apex:Roof", "Apex:Roof:Gutter"]


def test_moving_a_job_updates_its_full_name_sublevel_and_both_totals(run: Run) -> None:
    run(add("Customer", Name="A"), add("Customer", Name="B"))
    job = one(run, add("Customer", Name="Roof", ParentRef={"FullName": "A"}, OpenBalance="30.00"))

    moved = one(run, mod("Customer", job, ParentRef={"FullName": "B"}))

    totals = {r["FullName"]: r["TotalBalance"] for r in run(query("Customer"))[0].records}
    assert (moved["FullName"], moved["Sublevel"]) == ("B:Roof", 1)
    assert totals == {"A": Decimal("0.00"), "B": Decimal("30.00"), "B:Roof": Decimal("30.00")}


def test_a_customer_cannot_be_moved_under_its_own_job(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(add("Customer", Name="Roof", ParentRef={"FullName": "Acme"}))

    response = run(mod("Customer", customer, ParentRef={"FullName": "Acme:Roof"}))[0]

    assert response.status_code == 3180


def test_renaming_a_parent_into_a_taken_name_is_refused(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(add("Vendor", Name="Apex"))

    assert run(mod("Customer", customer, Name="apex"))[0].status_code == 3100


def test_references_elsewhere_follow_a_renamed_account(run: Run) -> None:
    account = one(run, add("Account", Name="Sales", AccountType="Income"))
    run(add("ItemService", Name="Mowing", SalesOrPurchase={"AccountRef": {"FullName": "Sales"}}))

    run(mod("Account", account, Name="Revenue"))

    item = run(query("ItemService"))[0].records[0]
    assert item["SalesOrPurchase"]["AccountRef"]["FullName"] == "Revenue"


def test_making_a_customer_inactive_makes_its_jobs_inactive(run: Run) -> None:
    customer = one(run, add("Customer", Name="Acme"))
    run(add("Customer", Name="Roof", ParentRef={"FullName": "Acme"}))

    run(mod("Customer", customer, IsActive="false"))

    assert names(run, query("Customer", ActiveStatus="InactiveOnly")) == ["Acme", "Acme:Roof"]


# -- balances and accounts -----------------------------------------------------------------------
def test_an_opening_balance_of_a_job_adds_to_the_customers_total_balance(run: Run) -> None:
    run(add("Customer", Name="Acme", OpenBalance="100.00"))
    run(add("Customer", Name="Roof", ParentRef={"FullName": "Acme"}, OpenBalance="25.50"))

    acme = run(query("Customer", FullName=["Acme"]))[0].records[0]

    assert (acme["Balance"], acme["TotalBalance"]) == (Decimal("100.00"), Decimal("125.50"))


def test_subaccount_balances_roll_up_into_the_parents_total(run: Run) -> None:
    run(add("Account", Name="Checking", AccountType="Bank", OpenBalance="10.00"))
    run(
        add(
            "Account",
            Name="Payroll",
            AccountType="Bank",
            OpenBalance="5.00",
            ParentRef={"FullName": "Checking"},
        )
    )

    checking = run(query("Account", FullName=["Checking"]))[0].records[0]

    assert (checking["Balance"], checking["TotalBalance"]) == (Decimal("10.00"), Decimal("15.00"))


def test_account_numbers_are_unique(run: Run) -> None:
    run(add("Account", Name="Checking", AccountType="Bank", AccountNumber="1000"))

    response = run(add("Account", Name="Savings", AccountType="Bank", AccountNumber="1000"))[0]

    assert response.status_code == 3180
    assert '"1000" is already in use' in response.message


def test_a_subaccount_must_have_its_parents_account_type(run: Run) -> None:
    run(add("Account", Name="Checking", AccountType="Bank"))

    response = run(
        add("Account", Name="Fees", AccountType="Expense", ParentRef={"FullName": "Checking"})
    )[0]

    assert response.status_code == 3180


def test_an_account_with_subaccounts_keeps_its_type(run: Run) -> None:
    checking = one(run, add("Account", Name="Checking", AccountType="Bank"))
    run(add("Account", Name="Payroll", AccountType="Bank", ParentRef={"FullName": "Checking"}))

    response = run(mod("Account", checking, AccountType="OtherCurrentAsset"))[0]

    assert response.status_code == 3180


def test_non_posting_accounts_cannot_be_added(run: Run) -> None:
    response = run(add("Account", Name="Estimates", AccountType="NonPosting"))[0]

    assert response.status_code == 3180


def test_an_account_without_account_type_is_not_valid_qbxml(run: Run) -> None:
    from qbdlink.qbxml import LocalProtocolError

    with pytest.raises(LocalProtocolError, match="AccountType"):
        run(add("Account", Name="Checking"))


# -- other kinds ---------------------------------------------------------------------------------
def test_a_us_company_has_the_tax_and_non_sales_tax_codes(run: Run) -> None:
    codes = run(query("SalesTaxCode"))[0].records

    assert [(c["Name"], c["IsTaxable"]) for c in codes] == [("Tax", True), ("Non", False)]


def test_a_sales_tax_code_can_be_added_and_changed(run: Run) -> None:
    code = one(run, add("SalesTaxCode", Name="Out", IsTaxable="false", Desc="Out of state"))

    changed = one(run, mod("SalesTaxCode", code, IsTaxable="true"))

    assert (changed["Name"], changed["IsTaxable"], changed["Desc"]) == ("Out", True, "Out of state")


def test_standard_terms_are_added_and_share_names_with_terms(run: Run) -> None:
    terms = one(run, add("StandardTerms", Name="Net 30", StdDueDays="30"))

    duplicate = run(add("StandardTerms", Name="net 30"))[0]

    assert (terms["StdDueDays"], duplicate.status_code) == (30, 3100)


def test_a_sales_tax_item_keeps_rate_and_agency_and_brings_sales_tax_payable(run: Run) -> None:
    vendor = one(run, add("Vendor", Name="State Tax Dept"))

    item = one(
        run,
        add(
            "ItemSalesTax", Name="NY", TaxRate="8.875", TaxVendorRef={"FullName": "State Tax Dept"}
        ),
    )

    payable = run(query("Account", FullName=["Sales Tax Payable"]))[0].records[0]
    assert (item["TaxRate"], item["TaxVendorRef"]["ListID"]) == (Decimal("8.875"), vendor["ListID"])
    assert payable["SpecialAccountType"] == "SalesTaxPayable"


def test_an_inventory_item_reports_quantity_on_hand_and_average_cost(run: Run) -> None:
    item = one(run, add("ItemInventory", Name="Filter", QuantityOnHand="4", TotalValue="50.00"))

    assert (item["QuantityOnHand"], item["AverageCost"]) == (Decimal("4"), Decimal("12.50"))


def test_classes_nest_with_full_names(run: Run) -> None:
    run(add("Class", Name="East"))

    branch = one(run, add("Class", Name="Albany", ParentRef={"FullName": "East"}))

    assert (branch["FullName"], branch["Sublevel"]) == ("East:Albany", 1)


def test_other_names_share_the_namespace_of_customers_and_vendors(run: Run) -> None:
    run(add("OtherName", Name="Owner Draw"))

    responses = run(add("Customer", Name="owner draw"), add("Vendor", Name="OWNER DRAW"))

    assert [r.status_code for r in responses] == [3100, 3100]


def test_date_driven_and_standard_terms_share_names(run: Run) -> None:
    run(add("DateDrivenTerms", Name="10th", DayOfMonthDue="10"))

    assert run(add("StandardTerms", Name="10TH"))[0].status_code == 3100


def test_an_empty_reference_in_a_mod_clears_it(run: Run) -> None:
    run(add("StandardTerms", Name="Net 30"))
    customer = one(run, add("Customer", Name="Acme", TermsRef={"FullName": "Net 30"}))

    changed = one(run, mod("Customer", customer, TermsRef={"FullName": ""}))

    assert "TermsRef" not in changed
