"""HostQuery, CompanyQuery and PreferencesQuery: what QuickBooks says about itself."""

from __future__ import annotations

from typing import Any

from qbdlink.simulator.common import dataext_ret
from qbdlink.simulator.context import Reply, RequestContext, handles
from qbdlink.simulator.product import supported_versions

SUPPORTED_QBXML_VERSIONS = [
    "1.0", "1.1", "2.0", "2.1", "3.0", "4.0", "4.1", "5.0", "6.0", "7.0", "8.0", "9.0",
    "10.0", "11.0", "12.0", "13.0", "14.0", "15.0", "16.0",
]  # fmt: skip


def _include(ctx: RequestContext, data: dict[str, Any]) -> dict[str, Any]:
    wanted = ctx.request.fields.get("IncludeRetElement")
    if not wanted:
        return data
    return {key: value for key, value in data.items() if key in wanted}


@handles("HostQueryRq")
def host_query(ctx: RequestContext) -> Reply:
    """The QuickBooks product, its version and country, and how the file is open."""
    meta = ctx.store.get_meta("host", {})
    data = {
        "ProductName": meta.get("product_name", "QuickBooks Enterprise Solutions 24.0"),
        "MajorVersion": meta.get("major_version", "34"),
        "MinorVersion": meta.get("minor_version", "0"),
        "Country": "CA" if ctx.edition == "ca" else "US",
        # Per release and edition: a Canadian QuickBooks also lists CA2.0 (product.py).
        "SupportedQBXMLVersion": supported_versions(
            ctx.edition, str(meta.get("major_version", "34"))
        ),
        "IsAutomaticLogin": "true" if ctx.session.automatic_login else "false",
        "QBFileMode": ctx.session.file_mode,
    }
    return Reply(records=[ctx.render("HostRet", _include(ctx, data))])


@handles("CompanyQueryRq")
def company_query(ctx: RequestContext) -> Reply:
    """The company's name and address, and its private data (DataExt) when asked."""
    company = ctx.store.get_meta("company", {})
    data: dict[str, Any] = {
        "IsSampleCompany": "false",
        "CompanyName": company.get("name", ""),
        "LegalCompanyName": company.get("legal_name", company.get("name", "")),
    }
    if company.get("address"):
        data["Address"] = company["address"]
    for key, field in (("phone", "Phone"), ("email", "Email")):
        if company.get(key):
            data[field] = company[key]
    data["FirstMonthFiscalYear"] = company.get("first_month", "January")
    owners = ctx.request.fields.get("OwnerID") or []
    extensions = dataext_ret(ctx, "", owners)
    if extensions:
        data["DataExtRet"] = extensions
    return Reply(records=[ctx.render("CompanyRet", _include(ctx, data))])


@handles("PreferencesQueryRq")
def preferences_query(ctx: RequestContext) -> Reply:
    """The company's accounting, sales tax and other preferences."""
    preferences = ctx.store.get_meta("preferences")
    if preferences is None:
        preferences = default_preferences(ctx.edition)
    rights = _access_rights(ctx)
    if rights is not None:
        preferences = {**preferences, "CurrentAppAccessRights": rights}
    return Reply(records=[ctx.render("PreferencesRet", _include(ctx, preferences))])


def _access_rights(ctx: RequestContext) -> dict[str, str] | None:
    """CurrentAppAccessRights as the company file's stored permission says (None: none stored).

    QuickBooks allows automatic login only to "Yes, always"; "Yes, prompt each time" and "Yes,
    whenever this company file is open" both answer false, and nothing tells them apart. With no
    permission stored (``sim process``, a bare ``Processor``) the stored preferences answer.
    """
    record = ctx.store.authorization(ctx.session.app_name)
    if record is None:
        return None
    always = record["answer"] == "always"
    rights = {"IsAutomaticLoginAllowed": "true" if always else "false"}
    if always:
        rights["AutomaticLoginUserName"] = "Admin"
    rights["IsPersonalDataAccessAllowed"] = "false"
    return rights


def default_preferences(edition: str) -> dict[str, Any]:
    """Preferences of a new company: classes on, sales tax on, accrual reports."""
    return {
        "AccountingPreferences": {
            "IsUsingAccountNumbers": "false",
            "IsRequiringAccounts": "true",
            "IsUsingClassTracking": "true",
            "IsUsingAuditTrail": "true",
            "IsAssigningJournalEntryNumbers": "true",
        },
        "FinanceChargePreferences": {
            "AnnualInterestRate": "0.00",
            "MinFinanceCharge": "0.00",
            "GracePeriod": "0",
            "IsAssessingForOverdueCharges": "false",
            "CalculateChargesFrom": "DueDate",
            "IsMarkedToBePrinted": "false",
        },
        "JobsAndEstimatesPreferences": {
            "IsUsingEstimates": "true",
            "IsUsingProgressInvoicing": "false",
            "IsPrintingItemsWithZeroAmounts": "false",
        },
        "PurchasesAndVendorsPreferences": {
            "IsUsingInventory": "false",
            "DaysBillsAreDue": "10",
            "IsAutomaticallyUsingDiscounts": "false",
        },
        "ReportsPreferences": {
            "AgingReportBasis": "AgeFromDueDate",
            "SummaryReportBasis": "Accrual",
        },
        "SalesAndCustomersPreferences": {
            "IsTrackingReimbursedExpensesAsIncome": "false",
            "IsAutoApplyingPayments": "true",
        },
        "SalesTaxPreferences": {
            "DefaultItemSalesTaxRef": {"FullName": "GST" if edition == "ca" else "Sales Tax"},
            "PaySalesTax": "Monthly",
            "DefaultTaxableSalesTaxCodeRef": {"FullName": "Tax"},
            "DefaultNonTaxableSalesTaxCodeRef": {"FullName": "Non"},
        },
        "TimeTrackingPreferences": {"FirstDayOfWeek": "Monday"},
        "CurrentAppAccessRights": {
            "IsAutomaticLoginAllowed": "true",
            "AutomaticLoginUserName": "Admin",
            "IsPersonalDataAccessAllowed": "true",
        },
    }
