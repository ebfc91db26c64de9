"""The simulated QuickBooks product: which qbXML versions it accepts and which requests it has.

Pure data and functions (no I/O). The processor asks two questions of it:

* May this message set run at all? QuickBooks refuses a ``<?qbxml version?>`` it does not know,
  or one newer than the release supports, before reading any request: ``ProcessRequest`` fails
  with HRESULT 0x80040423, "The version of qbXML that was requested is not supported or is
  unknown." (consolibyte/quickbooks-php's QBXMLRP2 error list; Intuit's SDK sample
  US_CDN_UK_CustomerQuery, which catches exactly that message to fall back from a US to a
  Canadian or UK version string).
* Does this product have this request? A request type the product lacks gets status 1030
  ("This request is not supported by this implementation.", Intuit's status-code appendix).

Version strings. US releases accept every US version up to the one they were built with
(QuickBooks 2014: 13.0, 2018: 14.0, 2022: 15.0, 2023 and later: 16.0; CData's QBXMLVersion
table). The Canadian and UK dialects of the early SDK are ``CA2.0``, ``CA3.0``, ``UK2.0``,
``UK3.0`` (the only prefixed versions there are: CData's table, Intuit's samples and annotated
``qbxmlopsCA30.xml``); from qbXML 6.0 on, Canadian and UK QuickBooks take the plain version
numbers (Intuit's sample: "The following is also correct as of 6.0"). A Canadian QuickBooks lists
``CA2.0`` among its versions, which is how Intuit's ``GetQBNationality`` tells it apart. So a
``CA13.0`` or ``UK13.0`` is unknown everywhere, and ``CA3.0`` is unknown to a US QuickBooks.
"""

from __future__ import annotations

from typing import Final, Literal

from qbdlink.qbxml.spec import Edition

Product = Literal["pro", "premier", "enterprise"]

US_VERSIONS: Final = (
    "1.0", "1.1", "2.0", "2.1", "3.0", "4.0", "4.1", "5.0", "6.0", "7.0", "8.0", "9.0",
    "10.0", "11.0", "12.0", "13.0", "14.0", "15.0", "16.0",
)  # fmt: skip
"""Every US qbXML version, oldest first."""

CANADIAN_DIALECT: Final = ("CA2.0", "CA3.0")
"""The Canadian version strings of the early SDK (before qbXML 6.0 unified the numbering)."""

FIRST_UNIFIED: Final = "6.0"
"""The first plain version number Canadian (and UK) QuickBooks accept."""

# (lowest MajorVersion, newest qbXML version): MajorVersion is the year minus 1990 (24 is 2014).
_NEWEST_BY_MAJOR: Final = ((33, "16.0"), (32, "15.0"), (28, "14.0"), (24, "13.0"))

# Requests only some products have. Everything else in the schema is in every product.
PREMIER_AND_ABOVE: Final[frozenset[str]] = frozenset(
    {
        # Intuit, "The AssemblyItem and BuildAssembly requests": adding assembly items and
        # building them works only on Premier and Enterprise (viewing and editing work on all).
        "ItemInventoryAssemblyAddRq",
        "BuildAssemblyAddRq",
        # /n software QuickBooks Integrator, SalesOrder: "adding new Sales Orders is a feature
        # of QuickBooks Premier and above; it is not supported in QuickBooks Pro."
        "SalesOrderAddRq",
    }
)
ENTERPRISE_ONLY: Final[frozenset[str]] = frozenset(
    {
        # Intuit, "SDK support for multi location inventory": Enterprise (v11 and later) only.
        "InventorySiteAddRq",
        "InventorySiteModRq",
        "InventorySiteQueryRq",
        "TransferInventoryAddRq",
        "TransferInventoryModRq",
        "TransferInventoryQueryRq",
    }
)


def product_of(product_name: str) -> Product:
    """The product family a HostQuery ProductName names (Accountant editions are Premier's)."""
    lowered = product_name.lower()
    if "enterprise" in lowered:
        return "enterprise"
    if "premier" in lowered or "accountant" in lowered:
        return "premier"
    return "pro"


def has_request(product: Product, request_name: str) -> bool:
    """Whether QuickBooks ``product`` has request type ``request_name`` (``SalesOrderAddRq``)."""
    if request_name in ENTERPRISE_ONLY:
        return product == "enterprise"
    if request_name in PREMIER_AND_ABOVE:
        return product in ("premier", "enterprise")
    return True


def newest_version(major_version: str) -> str:
    """The newest qbXML version a QuickBooks release (its HostQuery MajorVersion) supports."""
    try:
        major = int(major_version)
    except ValueError:
        return US_VERSIONS[-1]
    for lowest, version in _NEWEST_BY_MAJOR:
        if major >= lowest:
            return version
    return "13.0"  # the simulator's schemas start at 13.0: older releases are not simulated


def supported_versions(edition: Edition, major_version: str) -> list[str]:
    """The qbXML versions a release accepts, as HostQuery and QBXMLVersionsForSession list them."""
    newest = US_VERSIONS.index(newest_version(major_version))
    if edition == "us":
        return list(US_VERSIONS[: newest + 1])
    first = US_VERSIONS.index(FIRST_UNIFIED)
    return [*CANADIAN_DIALECT, *US_VERSIONS[first : newest + 1]]


def accepts_version(version: str, edition: Edition, major_version: str) -> bool:
    """Whether the release takes a message set declaring ``version`` (exact string match)."""
    return version in supported_versions(edition, major_version)
