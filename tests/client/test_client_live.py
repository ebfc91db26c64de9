"""``qbdlink_client`` against a real hub process, used as a SaaS developer would use it.

One company is linked and synced once for the module (simulated QuickBooks and the real
connector, left running for the write); the stories that need no QuickBooks get a tenant each.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from qbdlink_client import AuthenticatedClient
from qbdlink_client.api.links import enable_link, get_link, list_links
from qbdlink_client.api.records import list_customers
from qbdlink_client.api.webhooks import create_webhook_endpoint
from qbdlink_client.api.writes import create_invoices, retrieve_operation
from qbdlink_client.models import (
    CustomerRefInput,
    CustomersPage,
    ErrorOut,
    InvoiceCreate,
    InvoiceLineAdd,
    ItemRefInput,
    LinkCreate,
    LinkList,
    LinkOut,
    OperationOut,
    OperationOutState,
    WebhookEndpointCreate,
    WebhookEndpointOut,
)
from qbdlink_client.types import Response

from qbdlink.qbxml import Request
from tests.e2e.conftest import HubServer, Pc, _create_tenant, wait_for

T = TypeVar("T")
# Longer than the longest wait asked of the hub (`?wait=20`).
TIMEOUT = httpx.Timeout(40)
TENANTS = ["Willow Court - Unit 1", "Willow Court - Unit 2"]


def _parsed(response: Response[Any], expected: type[T]) -> T:
    """The answer parsed as the type the document declares; else fail showing the body."""
    if not isinstance(response.parsed, expected):
        raise AssertionError(f"{response.status_code}: {response.content.decode(errors='replace')}")
    return response.parsed


@dataclass
class Linked:
    """A tenant with one company linked and synced, and the connector still running."""

    pc: Pc
    client: AuthenticatedClient
    link_id: str


@pytest.fixture(scope="module")
def linked(
    hub_server: HubServer, small_company_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Linked]:
    root = tmp_path_factory.mktemp("client-pc")
    env = {
        **hub_server.env,
        "QBDLINK_SIM_RUNTIME_DIR": str(root / "run"),
        "QBDLINK_CONNECTOR_HOME": str(root / "connector"),
    }
    pc = Pc(root=root, env=env, hub_url=hub_server.url)
    pc.api_key = _create_tenant(hub_server.database_url, "Client Acme")
    client = AuthenticatedClient(base_url=hub_server.url, token=pc.api_key, timeout=TIMEOUT)
    try:
        pc.open_quickbooks(pc.company(small_company_template, "acme.qbw"))
        for name in TENANTS:
            pc.quickbooks(Request("CustomerAddRq", {"CustomerAdd": {"Name": name}}))
        link = _parsed(
            enable_link.sync_detailed(client=client, body=LinkCreate(name="Acme")), LinkOut
        )
        pc.qbdlink(
            "connector", "link", "--license-key", str(link.license_key), "--region", "us",
            "--yes", check=True,
        )  # fmt: skip
        # A short long-poll: stopping the connector waits for the one in flight.
        pc.start("connector", "connector", "run", "--poll-wait", "2")
        wait_for(
            lambda: (
                _parsed(get_link.sync_detailed(link.id, client=client), LinkOut).state
                == "up_to_date"
            ),
            90,
            "the first sync",
            lambda: pc.log("connector"),
        )
        yield Linked(pc=pc, client=client, link_id=link.id)
    finally:
        for name in list(pc.processes):
            pc.stop(name)
        client.get_httpx_client().close()


@pytest.fixture
def client(hub_server: HubServer, request: pytest.FixtureRequest) -> Iterator[AuthenticatedClient]:
    """A client of a fresh tenant on the shared hub."""
    key = _create_tenant(hub_server.database_url, f"Client {request.node.name}")
    with AuthenticatedClient(base_url=hub_server.url, token=key, timeout=TIMEOUT) as tenant:
        yield tenant


def test_listing_links_shows_the_linked_company_up_to_date(linked: Linked) -> None:
    links = _parsed(list_links.sync_detailed(client=linked.client), LinkList)

    assert {link.id: link.state for link in links.data} == {linked.link_id: "up_to_date"}


def test_enabling_a_link_answers_a_license_key_for_the_connector(
    client: AuthenticatedClient,
) -> None:
    response = enable_link.sync_detailed(client=client, body=LinkCreate(name="Harbor View"))

    link = _parsed(response, LinkOut)
    assert (response.status_code, link.state, str(link.license_key)[:7]) == (
        HTTPStatus.CREATED,
        "waiting_for_connector",
        "QBD-US-",
    )


def test_synced_customers_are_listed_with_a_name_filter(linked: Linked) -> None:
    page = _parsed(
        list_customers.sync_detailed(
            linked.link_id, client=linked.client, name_contains="willow court"
        ),
        CustomersPage,
    )

    assert sorted(str(customer.full_name) for customer in page.data) == TENANTS


def test_an_invoice_written_through_the_client_succeeds_once_waited_for(linked: Linked) -> None:
    body = InvoiceCreate(
        customer_ref=CustomerRefInput(full_name=TENANTS[0]),
        ref_number="CLIENT-1001",
        invoice_line_add=[
            InvoiceLineAdd(item_ref=ItemRefInput(full_name="Rent"), amount="1450.00"),
        ],
    )
    operation = _parsed(
        create_invoices.sync_detailed(
            linked.link_id, client=linked.client, body=body, idempotency_key="client-1001"
        ),
        OperationOut,
    )

    deadline = time.monotonic() + 90
    while operation.state in {OperationOutState.PENDING, OperationOutState.WAITING}:
        assert time.monotonic() < deadline, linked.pc.log("connector")
        operation = _parsed(
            retrieve_operation.sync_detailed(operation.id, client=linked.client, wait=20),
            OperationOut,
        )
    assert operation.state == OperationOutState.SUCCEEDED, operation.to_dict()


def test_a_webhook_endpoint_is_created_with_its_signing_secret_shown_once(
    client: AuthenticatedClient,
) -> None:
    url = "https://saas.example.com/hooks/quickbooks"

    endpoint = _parsed(
        create_webhook_endpoint.sync_detailed(client=client, body=WebhookEndpointCreate(url=url)),
        WebhookEndpointOut,
    )

    assert (endpoint.url, str(endpoint.secret)[:6]) == (url, "whsec_")


def test_a_wrong_api_key_gets_401_with_the_hubs_error_body(hub_server: HubServer) -> None:
    with AuthenticatedClient(base_url=hub_server.url, token="qbk_not-a-real-key") as stranger:
        response = list_links.sync_detailed(client=stranger)

    # The document types the 401, so the client parses the hub's error object itself.
    error = _parsed(response, ErrorOut).error
    assert (response.status_code, error.code) == (HTTPStatus.UNAUTHORIZED, "invalid_api_key")
