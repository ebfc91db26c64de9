"""Logs: rotating files with tokens, license keys and bearer headers masked."""

from __future__ import annotations

import logging
import logging.handlers
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from qbdlink.agentapi import generate_license_key
from qbdlink.connector.logs import redact, setup_logging

URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
TOKEN = "qbt_" + "Zx9-Qw_" * 6


@pytest.fixture
def qbdlink_logger() -> Iterator[logging.Logger]:
    """The "qbdlink" logger, put back as it was (handlers closed) after the test."""
    logger = logging.getLogger("qbdlink")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    for handler in logger.handlers:
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


@pytest.mark.parametrize(
    "secret",
    [
        "qbt_" + secrets.token_urlsafe(32),
        "qbk_" + secrets.token_urlsafe(32),
        "lease_" + secrets.token_urlsafe(32),
    ],
    ids=["connector-token", "api-key", "lease-token"],  # the same on every pytest-xdist worker
)
def test_redact_masks_prefixed_tokens(secret: str) -> None:
    assert redact(f"posting with {secret} now") == "posting with [redacted] now"


def test_redact_masks_a_bearer_header() -> None:
    assert redact("Authorization: Bearer abc.DEF-ghi_123") == "Authorization: [redacted]"


def test_redact_masks_a_bearer_token_with_base64_symbols() -> None:
    assert redact("Authorization: Bearer abc/DEF+ghi==") == "Authorization: [redacted]"


def test_redact_keeps_the_last_four_symbols_of_a_license_key() -> None:
    key = generate_license_key("ca")

    assert redact(f"claiming {key}.") == f"claiming [redacted]{key.last4}."


def test_redact_masks_a_license_key_typed_in_lower_case() -> None:
    key = generate_license_key("us")

    assert str(key).lower()[:-4] not in redact(f"claiming {str(key).lower()}")


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "job job_01 (sync) ran in 12 ms for Acme Properties LLC"

    assert redact(text) == text


@settings(max_examples=300, deadline=None)
@given(
    prefix=st.sampled_from(["qbt_", "qbk_", "lease_", "Bearer ", "bearer "]),
    body=st.text(alphabet=URLSAFE, min_size=16, max_size=64),
    before=st.text(max_size=40),
    after=st.text(max_size=40),
)
def test_redaction_never_leaks_a_generated_token(
    prefix: str, body: str, before: str, after: str
) -> None:
    assume(body not in before and body not in after)
    masked = redact(f"{before} {prefix}{body} {after}")

    assert body not in masked


@settings(max_examples=200, deadline=None)
@given(
    region=st.sampled_from(["us", "ca"]),
    before=st.text(max_size=40),
    after=st.text(max_size=40),
)
def test_redaction_never_leaks_more_than_the_last_four_of_a_key(
    region: str, before: str, after: str
) -> None:
    key = generate_license_key(region)  # type: ignore[arg-type]

    masked = redact(f"{before} {key} {after}")

    assert str(key)[:-4] not in masked


def test_setup_logging_writes_to_connector_log(
    tmp_path: Path, qbdlink_logger: logging.Logger
) -> None:
    path = setup_logging(tmp_path / "logs")

    logging.getLogger("qbdlink.connector").info("relay started for %s", "Acme")

    assert "relay started for Acme" in path.read_text(encoding="utf-8")


def test_a_logged_token_never_reaches_the_file(
    tmp_path: Path, qbdlink_logger: logging.Logger
) -> None:
    path = setup_logging(tmp_path)

    logging.getLogger("qbdlink.connector").info("token %s, header Bearer %s", TOKEN, TOKEN)

    assert TOKEN[4:] not in path.read_text(encoding="utf-8")


def test_a_token_in_a_logged_exception_never_reaches_the_file(
    tmp_path: Path, qbdlink_logger: logging.Logger
) -> None:
    path = setup_logging(tmp_path)

    try:
        raise RuntimeError(f"refused {TOKEN}")
    except RuntimeError:
        logging.getLogger("qbdlink.connector").exception("the hub refused")

    text = path.read_text(encoding="utf-8")
    assert ("RuntimeError" in text, TOKEN[4:] in text) == (True, False)


def test_the_log_rotates_past_a_megabyte(tmp_path: Path, qbdlink_logger: logging.Logger) -> None:
    path = setup_logging(tmp_path)
    log = logging.getLogger("qbdlink.connector")

    for number in range(1200):
        log.info("line %d %s", number, "x" * 1000)

    assert (path.stat().st_size <= 1_000_000, (tmp_path / "connector.log.1").is_file()) == (
        True,
        True,
    )


def test_setup_logging_twice_logs_to_the_new_folder(
    tmp_path: Path, qbdlink_logger: logging.Logger
) -> None:
    setup_logging(tmp_path / "first")
    path = setup_logging(tmp_path / "second")

    logging.getLogger("qbdlink.connector").info("after the move")

    assert "after the move" in path.read_text(encoding="utf-8")


def test_setup_logging_twice_in_one_folder_writes_each_line_once(
    tmp_path: Path, qbdlink_logger: logging.Logger
) -> None:
    setup_logging(tmp_path)
    path = setup_logging(tmp_path)

    logging.getLogger("qbdlink.connector").info("only once")

    assert path.read_text(encoding="utf-8").count("only once") == 1


def test_verbose_logs_debug_lines(tmp_path: Path, qbdlink_logger: logging.Logger) -> None:
    path = setup_logging(tmp_path, verbose=True)

    logging.getLogger("qbdlink.connector").debug("polling")

    assert "polling" in path.read_text(encoding="utf-8")
