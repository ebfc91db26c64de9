"""The company fingerprint: one implementation for the connector and the Web Connector path."""

from __future__ import annotations

import pytest

from qbdlink.agentapi import OWNER_ID, fingerprint, normalize_company_file, same_file

# Computed with the connector's and the hub's code before they shared this one: hub databases
# hold fingerprints like these, so the output must never change.
PINNED = [
    (
        "lnk_1",
        r"C:\Users\Public\Documents\Intuit\QuickBooks\Company Files\Acme Properties LLC.QBW",
        "0b5fde4e2334ecfaf2ad9013c0251bb8dc1c3a7d",
    ),
    ("lnk_1", r"c:\books\.\ACME.qbw", "dfb04b18e46f4794ddaca746542e38db1635c8d5"),
    ("lnk_1", "/srv/books/acme.qbw", "11845ec74b5576ef3d46a0fa536c1cdc0c26d777"),
]


@pytest.mark.parametrize(("link_id", "company_file", "expected"), PINNED)
def test_the_fingerprint_is_what_existing_hubs_hold(
    link_id: str, company_file: str, expected: str
) -> None:
    assert fingerprint(link_id, company_file) == expected


def test_the_owner_id_is_qbdlinks_fixed_guid() -> None:
    assert OWNER_ID == "{6F1D2C7A-3B8E-4F5D-9A1C-2E7B8D4F0A63}"


def test_the_fingerprint_ignores_case_and_dots_like_windows() -> None:
    assert fingerprint("lnk_1", r"C:\Books\.\ACME.QBW") == fingerprint(
        "lnk_1", r"c:\books\acme.qbw"
    )


def test_the_fingerprint_depends_on_the_link() -> None:
    assert fingerprint("lnk_1", r"C:\acme.qbw") != fingerprint("lnk_2", r"C:\acme.qbw")


def test_paths_are_normalised_as_windows_names_files() -> None:
    assert (
        normalize_company_file(r"C:/Books/Sub/../ACME.QBW"),
        same_file(r"C:\Books\.\ACME.QBW", r"c:\books\acme.qbw"),
        same_file(r"C:\acme.qbw", None),
    ) == (r"c:\books\acme.qbw", True, False)
