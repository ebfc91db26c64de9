"""The connector's own bookkeeping: pause, resume and unlink decide which links relay."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from qbdlink.connector import Connector
from qbdlink.connector.config import ConnectorConfig, LinkEntry
from qbdlink.connector.errors import NotLinked
from qbdlink.connector.secrets import FileTokenStore
from qbdlink.quickbooks import ComRequestProcessor


def _unavailable() -> ComRequestProcessor:
    # Building it contacts nothing; no test here reaches QuickBooks.
    return ComRequestProcessor()


@pytest.fixture
def connector(tmp_path: Path) -> Connector:
    """A connector with two verified links (no hub or QuickBooks is contacted)."""
    config = ConnectorConfig()
    tokens = FileTokenStore(tmp_path)
    for name, link_id in (("Acme", "lnk_acme"), ("Birch", "lnk_birch")):
        config.upsert(LinkEntry(name=name, link_id=link_id, region="us",
                                hub_url="http://127.0.0.1:9", company_file=f"C:\\{name}.qbw",
                                verified_at=datetime.now(UTC)))  # fmt: skip
        tokens.set(link_id, f"qbt_token_of_{name.lower()}_0123456789")
    return Connector(config=config, tokens=tokens, home=tmp_path,
                     processor_factory=_unavailable)  # fmt: skip


def test_a_paused_link_does_not_relay(connector: Connector) -> None:
    connector.set_paused("acme", True)

    assert [relay.entry.name for relay in connector.relays()] == ["Birch"]


def test_resume_without_a_name_resumes_every_link(connector: Connector) -> None:
    connector.set_paused(None, True)

    connector.set_paused(None, False)

    assert [relay.entry.name for relay in connector.relays()] == ["Acme", "Birch"]


def test_pausing_is_remembered_across_restarts(connector: Connector, tmp_path: Path) -> None:
    connector.set_paused("Birch", True)

    reloaded = Connector.load(tmp_path, processor_factory=_unavailable)

    assert [e.name for e in reloaded.config.links if e.paused] == ["Birch"]


def test_unlinking_forgets_the_link_and_its_token(connector: Connector) -> None:
    connector.unlink("Acme")

    assert (connector.tokens.get("lnk_acme"), [e.name for e in connector.config.links]) == (
        None,
        ["Birch"],
    )


def test_unlinking_an_unknown_company_names_the_linked_ones(connector: Connector) -> None:
    with pytest.raises(NotLinked) as caught:
        connector.unlink("Harbor")

    assert "Acme, Birch" in caught.value.user_facing_message
