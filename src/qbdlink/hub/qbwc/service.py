"""The Web Connector transport: .qwc files, tickets, and the SOAP methods over the job queue.

Theory of operation. Intuit's QuickBooks Web Connector (QBWC) runs on the QuickBooks PC and
calls us every ``RunEveryNMinutes``; we never call it. A run is one *session*:

    authenticate(link id, password) -> [ticket, ""]   work waits (or the link is unverified)
                                    -> ["", "none"]   nothing to do    ["", "nvu"]  wrong login
                                    -> ["", "busy"]   another run holds the link's job
    sendRequestXML(ticket, HCP, company file, ...) -> the qbXML of the link's next job ("" = see
        getLastError: "NoOp" makes QBWC wait 5 s and ask again, anything else is shown)
    receiveResponseXML(ticket, response, hresult, message) -> percent done: < 100 asks again,
        100 ends the run, negative = error (QBWC shows getLastError)
    closeConnection(ticket) -> "OK"        connectionError(ticket, hresult, message) -> "done"

Jobs come from the same queue the connector polls (``jobs.service``): ``lease_next`` hands
out one job at a time per link, ``complete`` records QuickBooks' answer with the same
success, retry and failure semantics. The session remembers the job it holds and its lease
token; a session that ends without answering hands the job back (a sync page or health query
is retried; a write whose outcome is unknown is not re-sent blind: the hub reconciles it by
asking QuickBooks, exactly as after a connector crash).

QBWC sends HostQuery, CompanyQuery and PreferencesQuery answers with the first
sendRequestXML of every run (``strHCPResponse``). They stand in for the connector's Verify:
the first run verifies the link (region check, company name, initial sync), later runs check
that the same company file is open (the fingerprint of its path, computed as the connector
computes it, so one link may move between the two transports on the same file).
"""

from __future__ import annotations

import hmac
import logging
import ntpath
import secrets
import uuid
from datetime import timedelta
from typing import Any, Final

from lxml import etree
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from qbdlink import __version__
from qbdlink.agentapi import (
    CompanyFacts,
    HostFacts,
    JobError,
    JobResult,
    VerifyRequest,
    fingerprint,
    quickbooks_problem,
)
from qbdlink.hub.agents import lifecycle as agents
from qbdlink.hub.context import HubContext
from qbdlink.hub.db import new_id, utcnow
from qbdlink.hub.errors import Conflict, HubError
from qbdlink.hub.jobs import service as jobs
from qbdlink.hub.jobs.models import Job
from qbdlink.hub.links.models import Link
from qbdlink.hub.links.service import needs_attention
from qbdlink.hub.qbwc.models import QbwcSession
from qbdlink.hub.qbwc.soap import SoapCall, control_characters_free
from qbdlink.hub.security import hash_secret
from qbdlink.hub.tenants.models import Tenant
from qbdlink.qbxml.errors import QBXMLError
from qbdlink.qbxml.parsing import parse_document

log = logging.getLogger("qbdlink.hub.qbwc")

# Our OwnerID for the .qwc (QBWC binds the app to one company file with OwnerID + FileID).
QWC_OWNER_ID: Final = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, "qbdlink:qbwc")).upper() + "}"
TICKET_TTL: Final = timedelta(minutes=30)  # sliding: each call extends it
MAX_WAITS: Final = 12  # "NoOp" answers (5 s each) before a run gives up waiting for work
MIN_QBWC_VERSION: Final = (2, 1)
MACHINE_NAME: Final = "QuickBooks Web Connector"
INVALID_TICKET: Final = (
    "This Web Connector session is unknown or has ended (the link's Web Connector password "
    "was replaced, its key reset, or the link disabled). Click Update Selected again; if it "
    "keeps failing, download a new .qwc file from the set-up page."
)
NOTHING_TO_DO: Final = (
    "qbdlink has nothing to send to QuickBooks right now; the Web Connector will check again "
    "at its next scheduled update."
)
_UNVERIFIABLE: Final = (
    "QuickBooks did not describe the open company file (no HostQuery/CompanyQuery answer), so "
    "qbdlink cannot verify this link. Open the company file in QuickBooks and update again."
)

# HRESULTs QBWC reports from QBXMLRP2: (code, retryable, what the admin should do).
_HRESULTS: Final[dict[int, tuple[str, bool, str]]] = {
    0x80040400: ("qbxml_rejected", False, "QuickBooks could not parse the request."),
    0x80040408: (
        "quickbooks_closed",
        True,
        "The Web Connector could not start QuickBooks. Open QuickBooks and the company file.",
    ),
    0x8004040A: (
        "wrong_company",
        True,
        "QuickBooks has another company file open. Open this link's company file.",
    ),
    0x80040410: ("busy", True, "QuickBooks has the company file open in another mode."),
    0x80040414: ("busy", True, "A dialog is open in QuickBooks. Close it and update again."),
    0x80040416: ("quickbooks_closed", True, "QuickBooks is not running. Open QuickBooks."),
    0x80040417: ("quickbooks_closed", True, "No company file is open in QuickBooks. Open it."),
    0x80040418: (
        "access_denied",
        True,
        "Only the QuickBooks administrator can grant this application access the first time.",
    ),
    0x8004041A: (
        "access_denied",
        True,
        "Allow the application in QuickBooks: Edit > Preferences > Integrated Applications.",
    ),
    0x8004041D: (
        "access_denied",
        True,
        "Allow automatic login in QuickBooks: Edit > Preferences > Integrated Applications.",
    ),
    0x80040420: ("access_denied", True, "The QuickBooks user denied access. Allow it."),
    0x80040422: ("busy", True, "Another application needs QuickBooks in single-user mode."),
    0x80040423: ("unsupported_version", False, "QuickBooks does not support this qbXML version."),
    0x80010001: ("busy", True, "QuickBooks is busy. Update again in a minute."),
    0x8001010A: ("busy", True, "QuickBooks is busy. Update again in a minute."),
}
# QuickBooks went away during the call: whatever a write did is unknown.
_OUTCOME_UNKNOWN: Final = frozenset({0x80010108, 0x800706BA, 0x800706BE})


# -- the .qwc file -------------------------------------------------------------------------------
def file_id(link_id: str) -> str:
    """The FileID of a link's .qwc: stable, so a replaced .qwc still fits the company file."""
    return "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"qbdlink:qbwc:{link_id}")).upper() + "}"


def endpoint_url(context: HubContext) -> str:
    """Where the Web Connector calls (the .qwc's AppURL)."""
    return context.settings.public_url.rstrip("/") + "/qbwc"


def render_qwc(context: HubContext, link: Link) -> str:
    """The .qwc file that adds this link to the Web Connector (no password in it)."""
    root = etree.Element("QBWCXML")
    minutes = link.web_connector_minutes
    fields: list[tuple[str, str]] = [
        ("AppName", f"qbdlink - {link.name} ({link.id[-6:]})"[:200]),
        ("AppID", ""),
        ("AppURL", endpoint_url(context)),
        (
            "AppDescription",
            f"Keeps '{link.name}' in step with {context.settings.setup_app_name} through qbdlink.",
        ),
        ("AppSupport", endpoint_url(context) + "/support"),
        ("UserName", link.id),
        ("OwnerID", QWC_OWNER_ID),
        ("FileID", file_id(link.id)),
        ("QBType", "QBFS"),
    ]
    for name, value in fields:
        # A name stored before names were checked may hold characters XML cannot carry.
        etree.SubElement(root, name).text = control_characters_free(value)
    scheduler = etree.SubElement(root, "Scheduler")
    etree.SubElement(scheduler, "RunEveryNMinutes").text = str(minutes)
    etree.SubElement(root, "IsReadOnly").text = "false"
    text = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return bytes(text).decode("utf-8")


def issue_password(session: Session, *, link: Link) -> str:
    """A fresh Web Connector password for the link (stored hashed; replaces the last one)."""
    if link.disabled_at is not None:
        raise Conflict(
            "link_disabled",
            f"link {link.id} is disabled",
            user_facing_message="The QuickBooks Desktop add-on is turned off for this company. "
            "Turn it on again in the app's QuickBooks settings first.",
        )
    password = secrets.token_urlsafe(18)
    link.qbwc_password_hash = hash_secret(password)
    session.flush()
    return password


# -- versions ------------------------------------------------------------------------------------
def server_version() -> str:
    """What serverVersion answers (QBWC shows it in its log)."""
    return f"qbdlink {__version__}"


def client_version(version: str) -> str:
    """``""`` (fine) or ``"W:..."`` (QBWC warns the user and goes on) for QBWC's version."""
    parts: list[int] = []
    for piece in version.strip().split("."):
        if not piece.isdigit():
            break
        parts.append(int(piece))
    if parts and tuple(parts[:2]) < MIN_QBWC_VERSION:
        return (
            f"W:This QuickBooks Web Connector ({version}) is older than version "
            f"{'.'.join(map(str, MIN_QBWC_VERSION))}. Install the newest Web Connector from "
            "Intuit; qbdlink may not work with this one."
        )
    return ""


# -- helpers -------------------------------------------------------------------------------------
def parse_hresult(text: str) -> int | None:
    """An HRESULT as QBWC sends it (``"0x80040400"``, or signed decimal) as unsigned 32-bit."""
    value = text.strip()
    if not value:
        return None
    hexadecimal = value.lower().startswith("0x") or (
        len(value) == 8 and not value.startswith("-") and value[0] in "89ABCDEFabcdef"
    )
    try:
        number = int(value, 16) if hexadecimal else int(value, 10)
    except ValueError:
        try:
            number = int(value, 16)
        except ValueError:
            return None
    return number & 0xFFFFFFFF


def job_error(hresult: int | None, message: str, *, kind: str) -> JobError:
    """The job error for an HRESULT QBWC reported instead of a response."""
    message = message.strip() or "QuickBooks returned no response"
    code, retryable, advice = _HRESULTS.get(hresult or 0, ("qbwc_error", True, ""))
    if hresult in _OUTCOME_UNKNOWN and kind in ("write", "passthrough"):
        code, retryable = "outcome_unknown", False
        advice = "QuickBooks stopped answering mid-request; check in QuickBooks whether the "
        advice += "change was made before sending it again."
    shown = f"{message} (HRESULT 0x{hresult:08X})" if hresult is not None else message
    return JobError(
        code=code,
        message=f"Web Connector: {shown}"[:2000],
        user_facing_message=(advice or f"QuickBooks reported: {shown}")[:2000],
        hresult=hresult,
        retryable=retryable,
    )


def _field(element: etree._Element, name: str) -> str:
    found = element.find(name)
    return "".join(str(t) for t in found.itertext()).strip() if found is not None else ""


def _facts(hcp: str, company_file: str, link_id: str) -> VerifyRequest | None:
    """Verify's facts from the HostQuery and CompanyQuery answers QBWC sends first."""
    try:
        root, _ = parse_document(hcp)
    except QBXMLError:
        return None
    host = next(root.iter("HostRet"), None)
    company = next(root.iter("CompanyRet"), None)
    if host is None or company is None:
        return None
    versions = [(v.text or "").strip() for v in host.iter("SupportedQBXMLVersion")]
    name = _field(company, "CompanyName") or ntpath.basename(company_file) or "QuickBooks company"
    return VerifyRequest(
        host=HostFacts(
            product_name=_field(host, "ProductName")[:200] or "QuickBooks",
            major_version=_field(host, "MajorVersion")[:20],
            minor_version=_field(host, "MinorVersion")[:20],
            country=_field(host, "Country")[:8],
            supported_qbxml_versions=[v[:20] for v in versions if v][:50],
            is_automatic_login=_field(host, "IsAutomaticLogin").lower() == "true",
            qb_file_mode=_field(host, "QBFileMode")[:40],
        ),
        company=CompanyFacts(
            company_name=name[:200],
            legal_company_name=_field(company, "LegalCompanyName")[:200],
            company_file=company_file[:1024],
        ),
        # The connector's own fingerprint: a link may move between the two on the same file.
        fingerprint=fingerprint(link_id, company_file or name),
    )


def _check_company(
    session: Session, context: HubContext, link: Link, hcp: str, company_file: str
) -> str | None:
    """Verify the link (first run) or check the company file; the problem, if any."""
    facts = _facts(hcp, company_file, link.id)
    if facts is None:
        return _UNVERIFIABLE if link.verified_at is None else None
    if link.verified_at is None:
        try:
            agents.verify(session, context, link=link, request=facts)
        except HubError as exc:
            return exc.user_facing_message
        return None
    if link.fingerprint is not None and link.fingerprint != facts.fingerprint:
        message = (
            f"QuickBooks has '{facts.company.company_name}' ({company_file}) open, but this "
            f"link is for '{link.company_name}' ({link.company_file}). Open that company file "
            "and update again; to move the link to another file, reset its key on the set-up "
            "page."
        )
        needs_attention(session, link, reason="wrong_company", message=message)
        return message
    return None


def _find(session: Session, ticket: str) -> QbwcSession | None:
    if not ticket:
        return None
    return session.scalars(
        select(QbwcSession).where(QbwcSession.ticket_hash == hash_secret(ticket)).with_for_update()
    ).first()


def _open(session: Session, ticket: str) -> tuple[QbwcSession, Link] | None:
    """The live session a ticket names and its link (the ticket's expiry slides)."""
    row = _find(session, ticket)
    now = utcnow()
    if row is None or row.closed_at is not None or row.expires_at <= now:
        return None
    link = session.get(Link, row.link_id)
    if link is None or link.disabled_at is not None or link.qbwc_password_hash is None:
        return None
    if not hmac.compare_digest(link.qbwc_password_hash, row.password_hash):
        return None
    row.expires_at = now + TICKET_TTL
    return row, link


def _release(session: Session, context: HubContext, row: QbwcSession, why: str) -> None:
    """Hand back the job a session holds without an answer (see the module's docstring)."""
    if row.job_id is None or row.lease_token_encrypted is None:
        return
    job_id, token = row.job_id, context.keyring.decrypt(row.lease_token_encrypted)
    row.job_id = row.lease_token_encrypted = None
    job = session.get(Job, job_id)
    if job is None or job.state != "leased":
        return
    unknown = job.kind in ("write", "passthrough")
    error = JobError(
        code="outcome_unknown" if unknown else "lease_lost",
        message=f"the Web Connector {why} before it answered this job",
        user_facing_message="The Web Connector stopped before QuickBooks' answer arrived; "
        + (
            "check in QuickBooks whether the change was made before sending it again."
            if unknown
            else "it runs again at the next update."
        ),
        retryable=not unknown,
    )
    try:
        jobs.complete(
            session,
            context,
            link_id=row.link_id,
            job_id=job_id,
            result=JobResult.failure(token, error),
        )
    except HubError:  # the lease already ended and the job went back to the queue
        return


def _available(session: Session, link_id: str) -> int:
    count = session.scalar(
        select(func.count(Job.id)).where(
            Job.link_id == link_id, Job.state == "queued", Job.available_at <= utcnow()
        )
    )
    return int(count or 0)


def _live_lease(session: Session, link_id: str) -> bool:
    held = session.scalar(
        select(Job.id)
        .where(Job.link_id == link_id, Job.state == "leased", Job.lease_expires_at >= utcnow())
        .limit(1)
    )
    return held is not None


# -- the SOAP methods ----------------------------------------------------------------------------
def _tenant_disabled(session: Session, link: Link) -> bool:
    # Answered like a disabled link ("nvu"): QBWC's authenticate has no field for a message.
    tenant = session.get(Tenant, link.tenant_id)
    return tenant is not None and tenant.disabled_at is not None


def authenticate(context: HubContext, user: str, password: str) -> list[str]:
    """Check the link id and password; open a session when there is work."""
    with context.db.session() as session:
        link = (
            session.scalars(select(Link).where(Link.id == user.strip()).with_for_update()).first()
            if user.strip()
            else None
        )
        if (
            link is None
            or link.disabled_at is not None
            or _tenant_disabled(session, link)
            or link.qbwc_password_hash is None
            or not hmac.compare_digest(link.qbwc_password_hash, hash_secret(password))
        ):
            return ["", "nvu"]
        now = utcnow()
        # QBWC runs one session per application at a time: earlier ones are over.
        for old in session.scalars(
            select(QbwcSession)
            .where(QbwcSession.link_id == link.id, QbwcSession.closed_at.is_(None))
            .with_for_update()
        ):
            _release(session, context, old, "started another update")
            old.closed_at = now
        session.execute(
            delete(QbwcSession).where(
                QbwcSession.link_id == link.id, QbwcSession.closed_at < now - timedelta(days=1)
            )
        )
        agents.web_connector_called(session, link, machine_name=MACHINE_NAME)
        if link.paused:
            return ["", "none"]
        jobs.recover_lost_leases(session, context, link_id=link.id)
        # QBWC runs only with QuickBooks open: work that waited for QuickBooks may go now.
        jobs.wake_waiting(session, link_id=link.id)
        if link.verified_at is not None:
            if _live_lease(session, link.id):
                return ["", "busy"]
            if _available(session, link.id) == 0:
                return ["", "none"]
        ticket = secrets.token_urlsafe(32)
        session.add(
            QbwcSession(
                id=new_id("qbs"),
                ticket_hash=hash_secret(ticket),
                link_id=link.id,
                password_hash=link.qbwc_password_hash,
                created_at=now,
                expires_at=now + TICKET_TTL,
            )
        )
        return [ticket, ""]


def send_request_xml(context: HubContext, call: SoapCall) -> str:
    """The next job's qbXML, or ``""`` (getLastError says whether to wait or why not)."""
    with context.db.session() as session:
        found = _open(session, call["ticket"])
        if found is None:
            return ""
        row, link = found
        if row.job_id is not None:  # asked again without answering: that job is lost
            _release(session, context, row, "asked for more work")
        company_file = call["strCompanyFileName"].strip()
        if company_file:
            row.company_file = company_file[:1024]
        if call["strHCPResponse"].strip():
            problem = _check_company(
                session, context, link, call["strHCPResponse"], row.company_file or ""
            )
            if problem is not None:
                row.last_error = problem
                return ""
        elif link.verified_at is None:
            row.last_error = _UNVERIFIABLE
            return ""
        leased = jobs.lease_next(session, context, link_id=link.id)
        if leased is None:
            if jobs.next_available_at(session, link_id=link.id) and row.waits < MAX_WAITS:
                row.waits += 1
                row.last_error = "NoOp"
            else:
                row.last_error = NOTHING_TO_DO
            return ""
        job, token = leased
        row.job_id = job.id
        row.lease_token_encrypted = context.keyring.encrypt(token)
        row.last_error = None
        row.waits = 0
        link.last_seen_at = utcnow()
        return job.qbxml


def receive_response_xml(context: HubContext, call: SoapCall) -> int:
    """Complete the session's job with QuickBooks' answer; answer the percentage done."""
    with context.db.session() as session:
        found = _open(session, call["ticket"])
        if found is None:
            return -1
        row, link = found
        if row.job_id is None or row.lease_token_encrypted is None:
            row.last_error = "qbdlink sent no request for this answer; update again."
            return -1
        job_id, token = row.job_id, context.keyring.decrypt(row.lease_token_encrypted)
        row.job_id = row.lease_token_encrypted = None
        link.last_seen_at = utcnow()
        job = session.get(Job, job_id)
        hresult = parse_hresult(call["hresult"])
        error: JobError | None = None
        if hresult is not None or not call["response"].strip():
            error = job_error(hresult, call["message"], kind=job.kind if job else "")
            result = JobResult.failure(token, error)
        else:
            result = JobResult.success(token, call["response"])
        try:
            jobs.complete(session, context, link_id=link.id, job_id=job_id, result=result)
        except HubError as exc:
            row.last_error = exc.user_facing_message
            return -1
        if error is not None:
            row.last_error = error.message.removeprefix("Web Connector: ")
            if error.user_facing_message and error.user_facing_message not in row.last_error:
                row.last_error += " " + error.user_facing_message
            return -1
        row.jobs_done += 1
        remaining = _available(session, link.id)
        if remaining == 0:
            return 100
        return max(1, min(99, 100 * row.jobs_done // (row.jobs_done + remaining)))


def connection_error(context: HubContext, call: SoapCall) -> str:
    """QBWC could not reach QuickBooks: flag the link, end the session; answer ``"done"``."""
    with context.db.session() as session:
        found = _open(session, call["ticket"])
        if found is None:
            return "done"
        row, link = found
        hresult = parse_hresult(call["hresult"])
        code, _retryable, advice = _HRESULTS.get(hresult or 0, ("connector_error", True, ""))
        reason = quickbooks_problem(code) or "connector_error"
        shown = call["message"].strip() or "no message"
        if hresult is not None:
            shown += f" (HRESULT 0x{hresult:08X})"
        row.last_error = f"The Web Connector could not reach QuickBooks: {shown}"
        _release(session, context, row, "lost QuickBooks")
        row.closed_at = utcnow()
        needs_attention(
            session,
            link,
            reason=reason,
            message=(advice + " " if advice else "") + row.last_error,
            integration_code=None if hresult is None else f"0x{hresult:08X}",
        )
        return "done"


def get_last_error(context: HubContext, call: SoapCall) -> str:
    """The session's last problem, or ``"NoOp"`` (QBWC waits 5 s and asks for work again)."""
    with context.db.session() as session:
        row = _find(session, call["ticket"])
        if row is None:
            return INVALID_TICKET
        if row.closed_at is None and _open(session, call["ticket"]) is None:
            return INVALID_TICKET
        return row.last_error or "NoOp"


def close_connection(context: HubContext, call: SoapCall) -> str:
    """The run is over: end the ticket (handing back any unanswered job)."""
    with context.db.session() as session:
        row = _find(session, call["ticket"])
        if row is not None and row.closed_at is None:
            _release(session, context, row, "closed the connection")
            row.closed_at = utcnow()
        return "OK"


def handle(context: HubContext, call: SoapCall) -> str | int | list[str]:
    """Run one Web Connector call."""
    if call.method == "serverVersion":
        return server_version()
    if call.method == "clientVersion":
        return client_version(call["strVersion"])
    if call.method == "authenticate":
        return authenticate(context, call["strUserName"], call["strPassword"])
    methods: dict[str, Any] = {
        "sendRequestXML": send_request_xml,
        "receiveResponseXML": receive_response_xml,
        "connectionError": connection_error,
        "getLastError": get_last_error,
        "closeConnection": close_connection,
    }
    answer: str | int = methods[call.method](context, call)
    return control_characters_free(answer) if isinstance(answer, str) else answer
