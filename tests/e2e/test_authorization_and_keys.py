"""The four answers to QuickBooks' authorization prompt, and the license-key mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from qbdlink.agentapi import generate_license_key
from qbdlink.agentapi.license import ALPHABET
from tests.e2e.conftest import Pc


def _link(pc: Pc, key: str, *extra: str, home: Path | None = None) -> tuple[int, str]:
    done = pc.qbdlink(
        "connector", "link", "--license-key", key, "--region", "us", "--yes", *extra, home=home
    )
    return done.returncode, done.stderr


def test_answering_no_refuses_verify_and_says_how_to_allow_access(
    pc: Pc, small_company_template: Path
) -> None:
    pc.open_quickbooks(pc.company(small_company_template, "acme.qbw"), answer="no")
    link_id, key = pc.enable_link("Acme")

    code, said = _link(pc, key)

    link = pc.link(link_id)  # the admin sees what the bookkeeper was told
    assert (code, link["state"], link["state_reason"]) == (1, "needs_attention", "access_denied")
    assert (link["integration_code"], "Yes, always" in said) == ("0x80040420", True)
    assert link["user_facing_message"].startswith("Verify did not finish on ")
    assert 'Someone clicked "No"' in link["user_facing_message"]


@pytest.mark.parametrize("answer", ["prompt", "when-open", "always"])
def test_any_yes_answer_verifies_the_link(
    pc: Pc, small_company_template: Path, answer: str
) -> None:
    pc.open_quickbooks(pc.company(small_company_template, "acme.qbw"), answer=answer)
    link_id, key = pc.enable_link("Acme")

    code, said = _link(pc, key)

    link = pc.link(link_id)
    assert (code, link["verified_at"] is not None, link["company_name"]) == (
        0,
        True,
        "Acme Properties LLC",
    ), said


def test_yes_always_syncs_while_quickbooks_is_closed(pc: Pc, small_company_template: Path) -> None:
    pc.open_quickbooks(pc.company(small_company_template, "acme.qbw"), answer="always")
    link_id, key = pc.enable_link("Acme")
    _link(pc, key)
    pc.desktop().control("quit_quickbooks")

    done = pc.qbdlink("connector", "sync", "--once")

    assert (done.returncode, pc.link(link_id)["state"]) == (0, "up_to_date"), done.stderr


def test_yes_when_open_waits_for_quickbooks_and_says_so(
    pc: Pc, small_company_template: Path
) -> None:
    pc.open_quickbooks(pc.company(small_company_template, "acme.qbw"), answer="when-open")
    link_id, key = pc.enable_link("Acme")
    _link(pc, key)
    pc.desktop().control("quit_quickbooks")

    done = pc.qbdlink("connector", "sync", "--once")

    link = pc.link(link_id)
    assert (done.returncode, link["state"]) == (1, "needs_attention")
    assert "QuickBooks" in link["user_facing_message"]


def test_a_key_for_the_other_region_is_caught_before_anything_is_sent(pc: Pc) -> None:
    canadian = str(generate_license_key("ca"))

    code, said = _link(pc, canadian, "--hub-url", "http://127.0.0.1:9")

    assert (code, "This key is for Canada, but you chose US." in " ".join(said.split())) == (
        1,
        True,
    )


def test_a_mistyped_key_is_caught_before_anything_is_sent(pc: Pc) -> None:
    key = str(generate_license_key("us"))
    last = key[-1]
    typo = key[:-1] + next(s for s in ALPHABET if s != last)

    code, said = _link(pc, typo, "--hub-url", "http://127.0.0.1:9")

    assert (code, "typo" in said) == (1, True)


def test_a_key_claimed_on_another_pc_is_refused_with_what_to_do(
    pc: Pc, small_company_template: Path
) -> None:
    pc.open_quickbooks(pc.company(small_company_template, "acme.qbw"))
    _, key = pc.enable_link("Acme")
    _link(pc, key)

    code, said = _link(pc, key, home=pc.root / "another-pc")

    assert (code, "Reset key" in " ".join(said.split())) == (1, True)


@pytest.mark.parametrize(("answer", "warned"), [("prompt", True), ("always", False)])
def test_the_command_line_warns_when_quickbooks_did_not_get_yes_always(
    pc: Pc, small_company_template: Path, answer: str, warned: bool
) -> None:
    pc.open_quickbooks(pc.company(small_company_template, "acme.qbw"), answer=answer)
    _, key = pc.enable_link("Acme")

    code, said = _link(pc, key)

    assert (code, "Syncing will need someone at QuickBooks" in said) == (0, warned), said
