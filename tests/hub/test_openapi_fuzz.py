"""Fuzz every operation of the hub's OpenAPI document: no input makes the hub answer 5xx.

Schemathesis generates valid and invalid requests from ``/openapi.json`` and sends them
in-process to the app (SQLite only: one backend is enough to find a crash). Requests carry a
real API key (or a claimed link's connector token on ``/agent``), and ``{link_id}`` and
``{endpoint_id}`` name real objects of that tenant, so the paths behind the 401/404 checks are
reached too. Bounded and derandomized, so runs are repeatable. Every operation is sent at least
one request; the routes shared by the 29 record resources get the full fuzz on a representative
few (``REPRESENTATIVE_RESOURCES``) and one generated request on the others.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi

from qbdlink.agentapi import AGENT_PREFIX, CONNECTOR_VERSION_HEADER, ClaimRequest
from qbdlink.hub.agents import lifecycle as agents
from qbdlink.hub.app import create_app
from qbdlink.hub.context import HubContext
from qbdlink.hub.links import service as links
from qbdlink.hub.resources import RESOURCES
from qbdlink.hub.tenants.service import create_tenant
from qbdlink.hub.webhooks import service as webhooks
from tests.hub.conftest import CONNECTOR_VERSION, hub_settings

MAX_EXAMPLES = 4
# The 29 record resources share one generated set of routes (list, retrieve, create, update,
# void, delete); what differs between them is the list filters and the qbXML-typed bodies.
# These cover every filter set the lists take (names; customer; customer and paid; vendor;
# vendor and paid; dates only; dates without a reference number), list and transaction kinds,
# a list with no update (terms), transactions with and without void or delete (transfers),
# and the odd bodies (item variants, applied payments, journal lines). They get the full fuzz.
REPRESENTATIVE_RESOURCES = frozenset(
    {
        "customers",
        "items",
        "terms",
        "invoices",
        "receive_payments",
        "bills",
        "bill_payments",
        "journal_entries",
        "transfers",
    }
)
# The others' operations run the same code on another table and body: each is still sent a
# generated request (so a route or body schema that breaks is caught), without the coverage
# phase's boundary case per parameter (they sent 2,800 of this file's 5,356 requests).
OTHER_RESOURCES = sorted(
    name
    for name, resource in RESOURCES.items()
    if resource.kind != "company" and name not in REPRESENTATIVE_RESOURCES
)
RESOURCE_VERBS = "list|retrieve|create|update|void|delete"
CONFIG = {
    "seed": 20240611,
    "phases": {
        "examples": {"enabled": True},
        "coverage": {"enabled": True},
        "fuzzing": {"enabled": True},
        "stateful": {"enabled": False},
    },
    "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "mode": "all"},
    "operations": [
        {
            "include-operation-id-regex": f"^({RESOURCE_VERBS})_({'|'.join(OTHER_RESOURCES)})$",
            "phases": {"coverage": {"enabled": False}},
            "generation": {"max-examples": 1},
        },
        # Write bodies are typed from qbXML (hundreds of fields): the coverage phase would send
        # a boundary case per field and take minutes; they are fuzzed (and the codec judges them).
        {
            "include-operation-id-regex": "^(create|update)_",
            "phases": {"coverage": {"enabled": False}},
        },
    ],
}


class FuzzTarget:
    """The app under test, its tenant's API key, a real link and a claimed link's token."""

    def __init__(self, tmp: Path, template: Path) -> None:
        path = tmp / "hub.sqlite3"
        shutil.copy(template, path)
        # Short long-polls: a fuzzed `wait` must not hold the run for the default 25 s (50 ms
        # still waits, and times out, as a real poll does).
        self.settings = hub_settings(f"sqlite:///{path}", long_poll_seconds=0.05)
        self.context = HubContext.from_settings(self.settings)
        self.app = create_app(self.settings, context=self.context)
        with self.context.db.session() as session:
            tenant, self.api_key = create_tenant(session, name="Fuzz Tenant")
            self.tenant_id = tenant.id
        self.link_id = self.new_link()
        self.endpoint_id = self.new_endpoint()
        # A second link, claimed, whose connector token signs the /agent requests (the API
        # fuzzing of the first link may reset its key, which would revoke a token).
        _, key = self._enable_link()
        with self.context.db.session() as session:
            claim = ClaimRequest(
                license_key=key,
                machine_id="machine-fuzz-0001",
                machine_name="FUZZ-PC",
                connector_version=CONNECTOR_VERSION,
            )
            _, self.connector_token = agents.claim(session, self.context, request=claim)

    def _enable_link(self) -> tuple[str, str]:
        with self.context.db.session() as session:
            link, key = links.enable_link(session, self.context, tenant_id=self.tenant_id)
            return link.id, key

    def new_link(self) -> str:
        """A fresh link of the tenant."""
        return self._enable_link()[0]

    def new_endpoint(self) -> str:
        """A fresh webhook endpoint of the tenant (nothing is ever sent to it here)."""
        with self.context.db.session() as session:
            endpoint, _ = webhooks.create_endpoint(
                session,
                self.context,
                tenant_id=self.tenant_id,
                url="http://127.0.0.1:9/unused",
                events=["*"],
            )
            return endpoint.id

    def authorize(self, case: Any) -> dict[str, str]:
        """Point the case at real objects where it names them; return the auth header."""
        if case.path.startswith(AGENT_PREFIX):
            case.headers = {**(case.headers or {}), CONNECTOR_VERSION_HEADER: CONNECTOR_VERSION}
            return {"Authorization": f"Bearer {self.connector_token}"}
        parameters = case.path_parameters or {}
        deleting = case.method == "DELETE" and case.path.count("/") == 3
        if "link_id" in parameters:
            parameters["link_id"] = self.new_link() if deleting else self.link_id
        if "endpoint_id" in parameters:
            parameters["endpoint_id"] = self.new_endpoint() if deleting else self.endpoint_id
        return {"Authorization": f"Bearer {self.api_key}"}


@pytest.fixture(scope="module")
def fuzz_target(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> Iterator[FuzzTarget]:
    target = FuzzTarget(tmp_path_factory.mktemp("fuzz"), sqlite_template)
    yield target
    asgi.shutdown_lifespans()  # the ASGI client keeps the app's lifespan running until told
    target.context.db.dispose()


@functools.cache
def _documented_app() -> Any:
    # Building the app opens no connection, so the documents are read without a database.
    return create_app(hub_settings("sqlite://"))


def _openapi_document(name: str) -> dict[str, Any]:
    document: dict[str, Any] = _documented_app().state.openapi_documents[name]()
    return document


def _schema(name: str) -> Any:
    return schemathesis.openapi.from_dict(
        _openapi_document(name), config=schemathesis.Config.from_dict(CONFIG)
    )


# Loaded at import rather than through `schemathesis.pytest.from_fixture`, whose lazy runner
# breaks on pytest 9.2 (it rewrites `node._nodeid`); the app itself comes from a fixture.
# The public API (/openapi.json) and the connector's (/agent/openapi.json) are fuzzed.
public_schema = _schema("public")
agent_schema = _schema("agent")
# The number of examples is the config's (per operation, above): a `max_examples` here would
# override it for every operation.
FUZZ_SETTINGS = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure shows its first example
)


@public_schema.parametrize()  # type: ignore[untyped-decorator]  # schemathesis: untyped
@FUZZ_SETTINGS
def test_no_request_makes_the_hub_fail(case: Any, fuzz_target: FuzzTarget) -> None:
    headers = fuzz_target.authorize(case)
    response = case.call(app=fuzz_target.app, headers=headers)
    case.validate_response(response, checks=[not_a_server_error])


@agent_schema.parametrize()  # type: ignore[untyped-decorator]  # schemathesis: untyped
@FUZZ_SETTINGS
def test_no_connector_request_makes_the_hub_fail(case: Any, fuzz_target: FuzzTarget) -> None:
    headers = fuzz_target.authorize(case)
    response = case.call(app=fuzz_target.app, headers=headers)
    case.validate_response(response, checks=[not_a_server_error])


def test_every_fully_fuzzed_resource_is_a_resource_of_the_hub() -> None:
    # A renamed resource would otherwise leave the full fuzz quietly, for one example a route.
    unknown = REPRESENTATIVE_RESOURCES - set(RESOURCES)
    assert not unknown, f"not resources of the hub any more: {sorted(unknown)}"
