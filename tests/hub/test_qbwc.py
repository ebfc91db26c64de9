"""The QuickBooks Web Connector transport: the .qwc, SOAP runs over the job queue, refusals."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import pytest
from lxml import etree
from sqlalchemy import func, select

from qbdlink.hub.jobs.models import Job
from qbdlink.hub.links.models import Link
from qbdlink.hub.qbwc import service
from qbdlink.hub.qbwc.models import QbwcSession
from qbdlink.hub.qbwc.soap import QBWC_NS, SOAP11_NS, parse_result, render_call
from qbdlink.hub.records.models import StoredRecord
from qbdlink.qbxml import Request, decode_responses, encode_requests
from qbdlink.simulator import SimulatedDesktop, create_company
from tests.hub.conftest import Hub
from tests.hub.test_writes import INVOICE

pytestmark = pytest.mark.anyio

# QBWC sends HostQuery, CompanyQuery (and PreferencesQuery) answers with its first request.
HCP_QBXML = encode_requests([Request("HostQueryRq", {}), Request("CompanyQueryRq", {})]).decode()
COMPANY_QUERY = encode_requests([Request("CompanyQueryRq", {})]).decode()


class WebConnector:
    """Intuit's Web Connector, scripted: SOAP to the hub, qbXML to simulated QuickBooks."""

    def __init__(self, hub: Hub, company_file: Path, user: str, password: str) -> None:
        self.hub = hub
        self.company_file = company_file
        self.user = user
        self.password = password
        self.desktop = SimulatedDesktop(answer="always")
        self.desktop.open_company(company_file)
        self.processor = self.desktop.request_processor()
        self.processor.open_connection("", "qbdlink (Web Connector)")
        self.fail_with: tuple[str, str] | None = None  # (hresult, message) instead of answers
        self.status: str | None = None  # authenticate's verdict
        self.last_error: str | None = None
        self.closed: str | None = None

    async def call(self, method: str, **params: str) -> Any:
        """One SOAP call, as QBWC posts it; the result (a string or a list of strings)."""
        response = await self.hub.client.post(
            "/qbwc",
            content=render_call(method, **params),
            headers={
                "Content-Type": "text/xml; charset=utf-8",
                "SOAPAction": f'"{QBWC_NS}{method}"',
            },
        )
        assert response.status_code == 200, response.text
        return parse_result(response.content)

    async def authenticate(self) -> list[str]:
        result: list[str] = await self.call(
            "authenticate", strUserName=self.user, strPassword=self.password
        )
        self.status = result[1]
        return result

    async def update(self) -> list[int | str]:
        """One "Update Selected": authenticate, then requests and answers until done."""
        ticket, status = await self.authenticate()
        if status in ("none", "nvu", "busy"):
            return []
        session = self.processor.begin_session(str(self.company_file), "DoNotCare")
        progress: list[int | str] = []
        hcp = self.processor.process_request(session, HCP_QBXML)
        try:
            while len(progress) < 500:
                request = await self.call(
                    "sendRequestXML",
                    ticket=ticket,
                    strHCPResponse=hcp,
                    strCompanyFileName=str(self.company_file),
                    qbXMLCountry="US",
                    qbXMLMajorVers="13",
                    qbXMLMinorVers="0",
                )
                hcp = ""
                if request == "":
                    self.last_error = await self.call("getLastError", ticket=ticket)
                    if self.last_error == "NoOp":  # QBWC waits 5 s, then asks again
                        progress.append("NoOp")
                        continue
                    break
                if self.fail_with is not None:
                    hresult, message = self.fail_with
                    answer = ""
                else:
                    hresult, message = "", ""
                    answer = self.processor.process_request(session, request)
                percent = int(
                    await self.call(
                        "receiveResponseXML",
                        ticket=ticket,
                        response=answer,
                        hresult=hresult,
                        message=message,
                    )
                )
                progress.append(percent)
                if percent < 0:
                    self.last_error = await self.call("getLastError", ticket=ticket)
                    break
                if percent >= 100:
                    break
        finally:
            self.processor.end_session(session)
        self.closed = await self.call("closeConnection", ticket=ticket)
        return progress

    def quickbooks(self, request: Request) -> Any:
        """Ask the company file directly (to see what QuickBooks holds)."""
        session = self.processor.begin_session(str(self.company_file), "DoNotCare")
        try:
            answer = self.processor.process_request(session, encode_requests([request]).decode())
        finally:
            self.processor.end_session(session)
        return decode_responses(answer)[0]

    def close(self) -> None:
        self.processor.close_connection()
        self.desktop.close()


class Build(Protocol):
    def __call__(
        self, user: str, password: str, company_file: Path | None = None
    ) -> WebConnector: ...


@pytest.fixture
def web_connector(hub: Hub, company_file: Path) -> Iterator[Build]:
    """Build scripted Web Connectors talking to the test hub."""
    default_company = company_file
    built: list[WebConnector] = []

    def build(user: str, password: str, company_file: Path | None = None) -> WebConnector:
        connector = WebConnector(hub, company_file or default_company, user, password)
        built.append(connector)
        return connector

    yield build
    for connector in built:
        connector.close()


@pytest.fixture(scope="session")
def empty_company_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A company without sample data: its initial sync is short."""
    path = tmp_path_factory.mktemp("qbwc-company") / "empty.qbw.sqlite"
    return create_company(path, name="Acme Properties LLC")


@pytest.fixture
def empty_company(tmp_path: Path, empty_company_template: Path) -> Path:
    """A fresh copy of the company without sample data."""
    path = tmp_path / "empty.qbw.sqlite"
    shutil.copy(empty_company_template, path)
    return path


async def qwc(hub: Hub, link_id: str) -> tuple[str, str]:
    """Download the link's .qwc; return it and the new password."""
    response = await hub.api("POST", f"/v1/links/{link_id}/qwc")
    assert response.status_code == 200, response.text
    return response.text, response.headers["qbdlink-qbwc-password"]


async def synced_link(
    hub: Hub, web_connector: Build, company: Path | None = None
) -> tuple[str, WebConnector]:
    """A link whose Web Connector ran its first update (verify + initial sync)."""
    link_id, _ = await hub.enable_link()
    _, password = await qwc(hub, link_id)
    connector = web_connector(link_id, password, company)
    progress = await connector.update()
    assert progress[-1] == 100, (progress, connector.last_error)
    return link_id, connector


def job_states(hub: Hub, link_id: str) -> list[tuple[str, str, int]]:
    with hub.context.db.session() as session:
        rows = session.execute(
            select(Job.kind, Job.state, Job.attempts)
            .where(Job.link_id == link_id)
            .order_by(Job.seq)
        )
        return [(kind, state, attempts) for kind, state, attempts in rows]


# -- the .qwc ------------------------------------------------------------------------------------
async def test_the_qwc_file_points_the_web_connector_at_the_link(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api("POST", f"/v1/links/{link_id}/qwc")

    root = etree.fromstring(response.content)
    fields = {child.tag: (child.text or "") for child in root}
    password = response.headers["qbdlink-qbwc-password"]
    assert (
        response.headers["content-type"].startswith("application/xml"),
        response.headers["content-disposition"],
        root.tag,
        fields["AppURL"],
        fields["AppSupport"],
        fields["UserName"],
        fields["QBType"],
        fields["IsReadOnly"],
        root.findtext("Scheduler/RunEveryNMinutes"),
        str(uuid.UUID(fields["OwnerID"].strip("{}"))).upper() in fields["OwnerID"],
        str(uuid.UUID(fields["FileID"].strip("{}"))).upper() in fields["FileID"],
        link_id[-6:] in fields["AppName"],
        len(password) >= 20 and password not in response.text,
    ) == (
        True,
        f'attachment; filename="qbdlink-{link_id}.qwc"',
        "QBWCXML",
        hub.context.settings.public_url + "/qbwc",
        hub.context.settings.public_url + "/qbwc/support",
        link_id,
        "QBFS",
        "false",
        "15",
        True,
        True,
        True,
        True,
    )


async def test_the_qwc_comes_as_json_too(hub: Hub) -> None:
    link_id, _ = await hub.enable_link()

    response = await hub.api(
        "POST", f"/v1/links/{link_id}/qwc", headers={"Accept": "application/json"}
    )

    body = response.json()
    assert (body["user_name"], body["qwc"].startswith("<?xml"), len(body["password"]) >= 20) == (
        link_id,
        True,
        True,
    )


async def test_a_new_qwc_replaces_the_password(hub: Hub, web_connector: Build) -> None:
    link_id, _ = await hub.enable_link()
    _, first = await qwc(hub, link_id)
    _, second = await qwc(hub, link_id)

    old = await web_connector(link_id, first).authenticate()
    new = await web_connector(link_id, second).authenticate()

    assert (old, new[1], len(new[0]) > 20) == (["", "nvu"], "", True)


async def test_the_support_page_answers(hub: Hub) -> None:
    response = await hub.client.get("/qbwc/support")

    assert (response.status_code, "Web Connector" in response.text) == (200, True)


# -- runs ----------------------------------------------------------------------------------------
@pytest.mark.both_databases
async def test_the_first_update_verifies_the_link_and_runs_the_initial_sync(
    hub: Hub, web_connector: Build
) -> None:
    link_id, _ = await hub.enable_link()
    _, password = await qwc(hub, link_id)
    connector = web_connector(link_id, password)

    progress = await connector.update()

    link = await hub.link(link_id)
    customers = connector.quickbooks(Request("CustomerQueryRq", {"ActiveStatus": "All"}))
    with hub.context.db.session() as session:
        stored = session.scalar(
            select(func.count())
            .select_from(StoredRecord)
            .where(StoredRecord.link_id == link_id, StoredRecord.resource == "customers")
        )
    numbers = [p for p in progress if isinstance(p, int)]
    assert (
        connector.status,
        numbers[-1],
        all(0 < p < 100 for p in numbers[:-1]),
        len(numbers) > 3,
        connector.closed,
        link["state"],
        link["company_name"],
        link["machine_name"],
        link["claimed_at"] is not None and link["last_seen_at"] is not None,
        stored,
    ) == (
        "",
        100,
        True,
        True,
        "OK",
        "up_to_date",
        "Acme Properties LLC",
        "QuickBooks Web Connector",
        True,
        len(customers.records),
    )


@pytest.mark.both_databases
async def test_an_invoice_written_through_the_api_reaches_quickbooks(
    hub: Hub, web_connector: Build
) -> None:
    link_id, connector = await synced_link(hub, web_connector)
    accepted = await hub.api("POST", f"/v1/links/{link_id}/invoices", json=INVOICE)

    progress = await connector.update()

    operation = (await hub.api("GET", f"/v1/operations/{accepted.json()['id']}")).json()
    found = connector.quickbooks(Request("InvoiceQueryRq", {"TxnID": operation["record_id"]}))
    assert (progress, operation["state"], [r["RefNumber"] for r in found.records]) == (
        [100],
        "succeeded",
        ["API-1001"],
    )


async def test_a_passthrough_runs_through_the_web_connector(
    hub: Hub, web_connector: Build, empty_company: Path
) -> None:
    link_id, connector = await synced_link(hub, web_connector, empty_company)
    accepted = await hub.api(
        "POST", f"/v1/links/{link_id}/passthrough", json={"qbxml": COMPANY_QUERY}
    )

    await connector.update()

    operation = (await hub.api("GET", f"/v1/operations/{accepted.json()['id']}")).json()
    assert "<CompanyName>Acme Properties LLC</CompanyName>" in operation["result"]["qbxml"]


async def test_no_work_answers_none_and_opens_no_session(
    hub: Hub, web_connector: Build, empty_company: Path
) -> None:
    link_id, connector = await synced_link(hub, web_connector, empty_company)

    result = await connector.authenticate()

    with hub.context.db.session() as session:
        open_sessions = session.scalar(
            select(func.count())
            .select_from(QbwcSession)
            .where(QbwcSession.link_id == link_id, QbwcSession.closed_at.is_(None))
        )
    assert (result, open_sessions) == (["", "none"], 0)


async def test_a_wrong_password_is_nvu_and_leases_nothing(
    hub: Hub, web_connector: Build, empty_company: Path
) -> None:
    link_id, _ = await synced_link(hub, web_connector, empty_company)
    await hub.api("POST", f"/v1/links/{link_id}/passthrough", json={"qbxml": COMPANY_QUERY})

    wrong = await web_connector(link_id, "not-the-password").update()
    unknown = await web_connector("lnk_nobody", "whatever").authenticate()

    assert (wrong, unknown, job_states(hub, link_id)[-1]) == (
        [],
        ["", "nvu"],
        ("passthrough", "queued", 0),
    )


async def test_an_hresult_retries_the_job_and_get_last_error_says_why(
    hub: Hub, web_connector: Build, empty_company: Path
) -> None:
    link_id, connector = await synced_link(hub, web_connector, empty_company)
    accepted = await hub.api(
        "POST", f"/v1/links/{link_id}/passthrough", json={"qbxml": COMPANY_QUERY}
    )
    connector.fail_with = ("0x80040414", "A modal dialog box is showing in QuickBooks.")

    failed = await connector.update()
    after_failure = job_states(hub, link_id)[-1]
    connector.fail_with = None
    retried = await connector.update()

    operation = (await hub.api("GET", f"/v1/operations/{accepted.json()['id']}")).json()
    assert (
        failed,
        "A modal dialog box is showing" in (connector.last_error or ""),
        after_failure,
        retried,
        operation["state"],
    ) == ([-1], True, ("passthrough", "queued", 0), [100], "succeeded")


@pytest.mark.both_databases
async def test_a_run_that_ends_before_answering_a_write_settles_it_by_asking_quickbooks(
    hub: Hub, web_connector: Build, empty_company: Path
) -> None:
    link_id, connector = await synced_link(hub, web_connector, empty_company)
    accepted = await hub.api("POST", f"/v1/links/{link_id}/invoices", json=INVOICE)
    ticket, _ = await connector.authenticate()
    request = await connector.call("sendRequestXML", ticket=ticket, strHCPResponse="")
    await connector.call("closeConnection", ticket=ticket)  # QuickBooks' answer never came

    await connector.update()

    operation = (await hub.api("GET", f"/v1/operations/{accepted.json()['id']}")).json()
    events = [entry["event"] for entry in operation["history"]]
    # Not found by its ExternalGUID, so resent: QuickBooks' own verdict settles it (this empty
    # company has no such customer).
    assert ("InvoiceAddRq" in request, events[1:], operation["error"]["integration_code"]) == (
        True,
        ["outcome_unknown", "reconciling", "resending", "failed"],
        "3140",
    )


async def test_another_company_file_is_refused(
    hub: Hub, web_connector: Build, empty_company: Path, tmp_path: Path
) -> None:
    link_id, connector = await synced_link(hub, web_connector, empty_company)
    other = create_company(tmp_path / "other.qbw.sqlite", name="Other Books Inc")
    await hub.api("POST", f"/v1/links/{link_id}/passthrough", json={"qbxml": COMPANY_QUERY})

    elsewhere = web_connector(link_id, connector.password, other)

    progress = await elsewhere.update()

    link = await hub.link(link_id)
    assert (
        progress,
        "'Other Books Inc'" in (elsewhere.last_error or ""),
        link["state"],
        link["state_reason"],
        job_states(hub, link_id)[-1],
    ) == ([], True, "needs_attention", "wrong_company", ("passthrough", "queued", 0))


async def test_connection_error_flags_the_link(hub: Hub, web_connector: Build) -> None:
    link_id, _ = await hub.enable_link()
    _, password = await qwc(hub, link_id)
    connector = web_connector(link_id, password)
    ticket, _ = await connector.authenticate()

    answer = await connector.call(
        "connectionError",
        ticket=ticket,
        hresult="0x80040408",
        message="Could not start QuickBooks.",
    )

    link = await hub.link(link_id)
    assert (answer, link["state"], link["state_reason"], link["integration_code"]) == (
        "done",
        "needs_attention",
        "quickbooks_closed",
        "0x80040408",
    )


def _silent_for(hub: Hub, link_id: str, minutes: float) -> None:
    with hub.context.db.session() as session:
        link = session.get(Link, link_id)
        assert link is not None
        link.last_seen_at = datetime.now(UTC) - timedelta(minutes=minutes)


@pytest.mark.both_databases
async def test_a_web_connector_silent_past_its_schedule_flags_the_link(
    hub: Hub, web_connector: Build
) -> None:
    link_id, _ = await synced_link(hub, web_connector)
    schedule, silence = 15, hub.context.settings.connector_silence_minutes
    _silent_for(hub, link_id, schedule + silence + 5)

    hub.chores()

    link = await hub.link(link_id)
    assert (link["state_reason"], "Web Connector" in link["user_facing_message"]) == (
        "connector_offline",
        True,
    )


async def test_a_web_connector_between_its_scheduled_updates_is_not_flagged(
    hub: Hub, web_connector: Build
) -> None:
    link_id, _ = await synced_link(hub, web_connector)
    # Longer than a connector may be silent, shorter than the schedule plus that.
    _silent_for(hub, link_id, hub.context.settings.connector_silence_minutes + 5)

    hub.chores()

    assert (await hub.link(link_id))["state"] == "up_to_date"


async def test_the_next_web_connector_update_clears_the_offline_flag(
    hub: Hub, web_connector: Build
) -> None:
    link_id, connector = await synced_link(hub, web_connector)
    _silent_for(hub, link_id, 60)
    hub.chores()
    flagged = (await hub.link(link_id))["state_reason"]

    await connector.update()

    assert (flagged, (await hub.link(link_id))["state"]) == ("connector_offline", "up_to_date")


async def test_an_unknown_ticket_is_explained(hub: Hub, web_connector: Build) -> None:
    connector = web_connector("lnk_nobody", "x")

    request = await connector.call("sendRequestXML", ticket="made-up", strHCPResponse="")
    error = await connector.call("getLastError", ticket="made-up")
    closed = await connector.call("closeConnection", ticket="made-up")

    assert (request, error, closed) == ("", service.INVALID_TICKET, "OK")


async def test_versions(hub: Hub, web_connector: Build) -> None:
    connector = web_connector("lnk_nobody", "x")

    server = await connector.call("serverVersion")
    current = await connector.call("clientVersion", strVersion="2.3.0.36")
    old = await connector.call("clientVersion", strVersion="1.5.0.0")

    assert (server.startswith("qbdlink "), current, old.startswith("W:")) == (True, "", True)


# -- hostile or broken SOAP ----------------------------------------------------------------------
ENVELOPE = f'<s:Envelope xmlns:s="{SOAP11_NS}"><s:Body>{{}}</s:Body></s:Envelope>'
BAD_BODIES = {
    "empty": b"",
    "not xml": b"hello",
    "truncated": ENVELOPE.format(f'<authenticate xmlns="{QBWC_NS}">').encode(),
    "not soap": b"<authenticate/>",
    "no call": ENVELOPE.format("").encode(),
    "unknown method": ENVELOPE.format(f'<dropTables xmlns="{QBWC_NS}"/>').encode(),
    "other namespace": ENVELOPE.format('<authenticate xmlns="urn:other"/>').encode(),
    "entity bomb": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'.replace(
                "&lol0;", "&lol;"
            ).encode()
            for i in range(1, 10)
        )
        + b"]>"
        + ENVELOPE.format(
            f'<authenticate xmlns="{QBWC_NS}"><strUserName>&lol9;</strUserName></authenticate>'
        ).encode()
    ),
    "external entity": (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        + ENVELOPE.format(
            f'<authenticate xmlns="{QBWC_NS}"><strUserName>&xxe;</strUserName></authenticate>'
        ).encode()
    ),
}


async def test_broken_or_hostile_soap_is_a_fault_never_a_crash(hub: Hub) -> None:
    answers = {}
    for name, body in BAD_BODIES.items():
        response = await hub.client.post(
            "/qbwc", content=body, headers={"Content-Type": "text/xml"}
        )
        fault = etree.fromstring(response.content).find(f".//{{{SOAP11_NS}}}Fault")
        answers[name] = (
            response.status_code,
            response.headers["content-type"].startswith("text/xml"),
            fault is not None and fault.findtext("faultcode"),
            "root:" not in response.text,
        )

    assert answers == dict.fromkeys(BAD_BODIES, (400, True, "soap:Client", True))


# -- pure parts ----------------------------------------------------------------------------------
def test_the_fingerprint_is_the_connectors() -> None:
    from qbdlink.agentapi import fingerprint

    path = r"C:\Users\Public\Documents\Intuit\QuickBooks\Acme Properties LLC.QBW"

    assert service.fingerprint("lnk_1", path) == fingerprint("lnk_1", path.lower())


@pytest.mark.parametrize(
    ("text", "value"),
    [("0x80040400", 0x80040400), ("-2147220472", 0x80040408), ("80040414", 0x80040414), ("", None)],
)
def test_hresults_are_read_in_every_form(text: str, value: int | None) -> None:
    assert service.parse_hresult(text) == value
