"""The `qbdlink` command as a user meets it: exit codes and what it prints."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from qbdlink.cli import app
from qbdlink.qbxml import Request, encode_requests

runner = CliRunner()

VALID = encode_requests([Request("CustomerQueryRq", {"MaxReturned": 5}, request_id="1")])
OUT_OF_ORDER = (
    b'<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError">'
    b"<CustomerAddRq><CustomerAdd><Name>Acme</Name><CompanyName>Acme LLC</CompanyName>"
    b"<IsActive>true</IsActive></CustomerAdd></CustomerAddRq></QBXMLMsgsRq></QBXML>"
)


@pytest.fixture
def valid_file(tmp_path: Path) -> Path:
    path = tmp_path / "query.xml"
    path.write_bytes(VALID)
    return path


def test_validate_accepts_a_valid_request(valid_file: Path) -> None:
    result = runner.invoke(app, ["qbxml", "validate", str(valid_file)])

    assert result.exit_code == 0, result.output


def test_validate_names_the_offending_element_and_why(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_bytes(OUT_OF_ORDER)

    result = runner.invoke(app, ["qbxml", "validate", str(path)])

    assert result.exit_code == 1
    assert "CustomerAdd/IsActive: 'IsActive' is out of order" in result.output


def test_validate_with_edition_refuses_a_field_canada_lacks(tmp_path: Path) -> None:
    document = encode_requests(
        [
            Request(
                "CustomerAddRq",
                {"CustomerAdd": {"Name": "A", "ItemSalesTaxRef": {"FullName": "T"}}},
            )
        ]
    )
    path = tmp_path / "ca.xml"
    path.write_bytes(document)

    result = runner.invoke(app, ["qbxml", "validate", "--edition", "ca", str(path)])

    assert result.exit_code == 1
    assert "ItemSalesTaxRef does not exist in QuickBooks Canada" in result.output


def test_validate_reports_malformed_xml_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(b"<QBXML><QBXMLMsgsRq>\n<CustomerQueryRq>")

    result = runner.invoke(app, ["qbxml", "validate", str(path)])

    assert result.exit_code == 1
    assert f"{path}:2:" in result.output
    assert "malformed XML" in result.output


def test_validate_of_a_missing_file_says_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["qbxml", "validate", str(tmp_path / "nope.xml")])

    assert result.exit_code == 2
    assert "no such file" in result.output


def test_validate_reads_standard_input() -> None:
    result = runner.invoke(app, ["qbxml", "validate", "-"], input=VALID)

    assert result.exit_code == 0, result.output


def test_to_json_and_back_gives_the_same_document(valid_file: Path, tmp_path: Path) -> None:
    as_json = runner.invoke(app, ["qbxml", "to-json", str(valid_file)])
    json_path = tmp_path / "query.json"
    json_path.write_text(as_json.stdout)

    back = runner.invoke(app, ["qbxml", "from-json", str(json_path)])

    again = runner.invoke(app, ["qbxml", "to-json", "-"], input=back.stdout_bytes)
    assert json.loads(again.stdout) == json.loads(as_json.stdout)


def test_from_json_refuses_malformed_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"QBXML": ')

    result = runner.invoke(app, ["qbxml", "from-json", str(path)])

    assert result.exit_code == 1
    assert "malformed JSON" in result.output


def test_sim_new_then_process_answers_a_request_from_standard_input(tmp_path: Path) -> None:
    company = tmp_path / "acme.qbw.sqlite"
    runner.invoke(app, ["sim", "new", str(company), "--name", "Acme Properties LLC"])
    request = encode_requests([Request("CompanyQueryRq", request_id="1")])

    result = runner.invoke(app, ["sim", "process", str(company)], input=request)

    assert "<CompanyName>Acme Properties LLC</CompanyName>" in result.stdout


def test_sim_new_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    company = tmp_path / "acme.qbw.sqlite"
    runner.invoke(app, ["sim", "new", str(company)])

    result = runner.invoke(app, ["sim", "new", str(company)])

    assert result.exit_code == 1
    assert "already exists" in result.output


def test_sim_process_reports_malformed_qbxml_with_its_hresult(tmp_path: Path) -> None:
    company = tmp_path / "acme.qbw.sqlite"
    runner.invoke(app, ["sim", "new", str(company)])

    result = runner.invoke(app, ["sim", "process", str(company)], input=b"<QBXML><oops")

    assert result.exit_code == 1
    assert "HRESULT 0x80040400" in result.output


def test_sim_process_of_a_file_that_is_no_company_says_so(tmp_path: Path) -> None:
    not_a_company = tmp_path / "notes.txt"
    not_a_company.write_text("hello")

    result = runner.invoke(app, ["sim", "process", str(not_a_company)], input=VALID)

    assert result.exit_code == 1
    assert "is not a simulated QuickBooks company file" in result.output


def _hub(tmp_path: Path, *args: str) -> Any:
    database = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    return runner.invoke(
        app, ["hub", *args, "--db", database], env={"QBDLINK_SECRET_KEY": "cli-test-secret-key"}
    )


def test_hub_tenant_create_prints_an_api_key(tmp_path: Path) -> None:
    result = _hub(tmp_path, "tenant", "create", "Harbor")

    assert result.stdout.strip().startswith("qbk_")


def test_hub_tenant_create_refuses_a_second_tenant_of_the_same_name(tmp_path: Path) -> None:
    _hub(tmp_path, "tenant", "create", "Harbor")

    result = _hub(tmp_path, "tenant", "create", "Harbor")

    assert (result.exit_code, "already exists" in result.output) == (1, True)


def test_hub_link_enable_prints_a_license_key_for_the_tenant(tmp_path: Path) -> None:
    _hub(tmp_path, "tenant", "create", "Harbor")

    result = _hub(tmp_path, "link", "enable", "--tenant", "Harbor", "--name", "Acme")

    assert re.fullmatch(r"QBD-US(-[0-9A-Z]{5}){4}", result.stdout.strip())


def test_hub_link_enable_names_an_unknown_tenant(tmp_path: Path) -> None:
    result = _hub(tmp_path, "link", "enable", "--tenant", "Nobody")

    assert (result.exit_code, "Nobody" in result.output) == (1, True)


def test_hub_key_create_prints_a_second_key_that_hub_key_list_shows(tmp_path: Path) -> None:
    first = _hub(tmp_path, "tenant", "create", "Harbor").stdout.strip()
    second = _hub(tmp_path, "key", "create", "--tenant", "Harbor").stdout.strip()

    listed = _hub(tmp_path, "key", "list", "--tenant", "Harbor").stdout

    assert (first[:8] in listed, second[:8] in listed, listed.count("—")) == (True, True, 2)


def test_hub_key_revoke_shows_the_key_revoked_in_the_list(tmp_path: Path) -> None:
    _hub(tmp_path, "tenant", "create", "Harbor")
    key_id = re.search(r"key_[0-9a-f]+", _hub(tmp_path, "key", "list", "--tenant", "Harbor").stdout)
    assert key_id is not None

    revoked = _hub(tmp_path, "key", "revoke", key_id.group(0))

    listed = _hub(tmp_path, "key", "list", "--tenant", "Harbor").stdout
    assert (revoked.exit_code, "—" in listed) == (0, False)


def test_hub_key_revoke_names_an_unknown_key(tmp_path: Path) -> None:
    _hub(tmp_path, "tenant", "create", "Harbor")

    result = _hub(tmp_path, "key", "revoke", "key_nope")

    assert (result.exit_code, "key_nope" in result.output) == (1, True)


def test_hub_commands_explain_a_database_they_cannot_open(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["hub", "tenant", "create", "Harbor", "--db", "postgresql://nobody@127.0.0.1:9/none"],
        env={"QBDLINK_SECRET_KEY": "cli-test-secret-key"},
    )

    assert (result.exit_code, "cannot open the hub database" in result.output) == (1, True)


def _tenant_row(listing: str, name: str) -> str:
    """The first line of a tenant's row in `hub tenant list`."""
    return next(line for line in listing.splitlines() if f" {name} " in line)


def test_hub_tenant_list_shows_each_tenant_with_its_status_and_links(tmp_path: Path) -> None:
    _hub(tmp_path, "tenant", "create", "Harbor")
    _hub(tmp_path, "tenant", "create", "Acme")
    _hub(tmp_path, "link", "enable", "--tenant", "Harbor")
    _hub(tmp_path, "tenant", "disable", "Acme")

    listing = _hub(tmp_path, "tenant", "list").stdout

    harbor, acme = _tenant_row(listing, "Harbor"), _tenant_row(listing, "Acme")
    assert (
        re.search(r"ten_\w+\s+Harbor\s+active\s+—\s+1\s+\d{4}-\d\d-\d\d", harbor) is not None,
        re.search(r"ten_\w+\s+Acme\s+disabled\s+\d{4}-\d\d-\d\d.*\s0\s+\d{4}-", acme) is not None,
    ) == (True, True)


def test_hub_tenant_disable_says_what_it_means_and_the_list_shows_it(tmp_path: Path) -> None:
    _hub(tmp_path, "tenant", "create", "Harbor")

    result = _hub(tmp_path, "tenant", "disable", "Harbor")

    listing = _hub(tmp_path, "tenant", "list").stdout
    assert (
        result.exit_code,
        "refused (403 tenant_disabled)" in result.output,
        "qbdlink hub tenant enable ten_" in result.output,
        " disabled " in _tenant_row(listing, "Harbor"),
    ) == (0, True, True, True)


def test_hub_tenant_disable_twice_says_it_was_already_disabled(tmp_path: Path) -> None:
    _hub(tmp_path, "tenant", "create", "Harbor")
    _hub(tmp_path, "tenant", "disable", "Harbor")

    result = _hub(tmp_path, "tenant", "disable", "Harbor")

    assert (result.exit_code, "already disabled" in result.output) == (0, True)


def test_hub_tenant_enable_by_id_makes_a_disabled_tenant_active_again(tmp_path: Path) -> None:
    _hub(tmp_path, "tenant", "create", "Harbor")
    tenant_id = re.search(r"ten_\w+", _hub(tmp_path, "tenant", "list").stdout)
    assert tenant_id is not None
    _hub(tmp_path, "tenant", "disable", "Harbor")

    result = _hub(tmp_path, "tenant", "enable", tenant_id.group(0))

    listing = _hub(tmp_path, "tenant", "list").stdout
    assert (result.exit_code, " active " in _tenant_row(listing, "Harbor")) == (0, True)


@pytest.mark.parametrize("action", ["disable", "enable"])
def test_hub_tenant_disable_and_enable_name_an_unknown_tenant(tmp_path: Path, action: str) -> None:
    result = _hub(tmp_path, "tenant", action, "Nobody")

    assert (result.exit_code, "no tenant with the name or id 'Nobody'" in result.output) == (
        1,
        True,
    )
