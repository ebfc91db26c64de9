"""The agent protocol's wire models: what the connector and the hub say to each other.

Theory of operation. The connector *claims* a license key (the key binds to one machine and
yields a bearer token for that link), *verifies* the link (QuickBooks' host and company facts
plus the company-file fingerprint; a Verify that fails on the PC is reported as a
``VerifyFailure``, so the admin sees what the bookkeeper saw), then loops: *poll* for a job
(held open up to about 25 s, answered at once when a job arrives), run it in QuickBooks, *post
the result* (the raw qbXML response, gzip-compressed and base64-encoded, or the error that
stopped it). *Heartbeats* report what the connector sees when it has nothing to do. The
connector is a generic relay: every job is one qbXML message set, so new features ship in the
hub.

The rule for every model here: what the hub *receives* is a ``WireRequest`` (unknown fields
refused), what the connector *receives* is a ``WireResponse`` (unknown fields ignored), because
the hub is upgraded first and connectors on customers' PCs last.
"""

from __future__ import annotations

import base64
import gzip
import io
from datetime import datetime
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

CONNECTOR_VERSION_HEADER: Final = "Qbdlink-Connector-Version"
AGENT_PREFIX: Final = "/agent/v1"
# qbXML shrinks about 22x at level 6 and 15x at level 1, for 1.7x the CPU (measured on the
# medium sample's invoices): a PC's upload is scarcer than its CPU.
GZIP_LEVEL: Final = 6

JobKind = Literal["sync", "write", "passthrough", "health", "reconcile"]
ConnectorState = Literal[
    "ready", "quickbooks_closed", "wrong_company", "access_denied", "busy", "paused", "error"
]


class WireRequest(BaseModel):
    """What the hub receives from a connector: an unknown field is refused (422 naming it).

    A typo, or a field this hub does not know yet, must fail loudly rather than be dropped
    unseen; the hub is upgraded before the connectors that send new fields.
    """

    model_config = ConfigDict(extra="forbid")


class WireResponse(BaseModel):
    """What the connector receives from the hub: unknown fields are ignored.

    Connectors on customers' PCs upgrade long after the hub, so a field a newer hub adds must
    not break an older connector.
    """

    model_config = ConfigDict(extra="ignore")


class ClaimRequest(WireRequest):
    """Bind a license key to this connector installation."""

    license_key: str = Field(max_length=64)
    machine_id: str = Field(min_length=8, max_length=128)
    machine_name: str = Field(default="", max_length=128)
    connector_version: str = Field(max_length=32)


class ClaimResponse(WireResponse):
    """The link the key belongs to and the token the connector uses from now on."""

    link_id: str
    link_name: str
    region: Literal["us", "ca"]
    token: str
    token_expires_at: datetime
    hub_time: datetime


class HostFacts(WireRequest):
    """What HostQuery says about the QuickBooks installation."""

    product_name: str = Field(max_length=200)
    major_version: str = Field(default="", max_length=20)
    minor_version: str = Field(default="", max_length=20)
    country: str = Field(max_length=8)
    supported_qbxml_versions: list[str] = Field(default_factory=list, max_length=50)
    is_automatic_login: bool = False
    qb_file_mode: str = Field(default="", max_length=40)


class CompanyFacts(WireRequest):
    """What CompanyQuery and the session say about the open company file."""

    company_name: str = Field(max_length=200)
    legal_company_name: str = Field(default="", max_length=200)
    company_file: str = Field(max_length=1024)


class AppAccess(WireRequest):
    """What QuickBooks lets the connector do in this company file (PreferencesQuery's
    ``CurrentAppAccessRights``).

    Only "Yes, always" allows automatic login. QuickBooks does not say which other "Yes" was
    chosen: without automatic login, access was "Yes, prompt each time" (QuickBooks asks again
    at every new session) or "Yes, whenever this company file is open".
    """

    automatic_login_allowed: bool
    automatic_login_user: str = Field(default="", max_length=100)
    personal_data_allowed: bool = False


class VerifyRequest(WireRequest):
    """The connector opened a session and read the host and company facts."""

    host: HostFacts
    company: CompanyFacts
    fingerprint: str = Field(min_length=8, max_length=128)
    # None: QuickBooks did not say (an older version, or PreferencesQuery refused).
    access: AppAccess | None = None


class VerifyFailure(WireRequest):
    """Verify stopped on the PC: what the bookkeeper was told, so the admin sees it too."""

    code: str = Field(pattern=r"^[a-z0-9_]{1,64}$")  # the connector's error code
    message: str = Field(default="", max_length=2000)  # for developers and logs
    user_facing_message: str = Field(min_length=1, max_length=2000)  # what the bookkeeper saw
    hresult: int | None = Field(default=None, ge=0, le=0xFFFFFFFF)  # QuickBooks' HRESULT
    status_code: int | None = None  # a qbXML status code, when QuickBooks answered one


class VerifyResponse(WireResponse):
    """The link's state after verification."""

    link_id: str
    state: str
    company_name: str
    region: Literal["us", "ca"]
    user_facing_message: str


class Heartbeat(WireRequest):
    """What the connector sees when it is idle; a problem here becomes the link's state."""

    state: ConnectorState = "ready"
    message: str = Field(default="", max_length=1000)
    hresult: int | None = None


class HeartbeatResponse(WireResponse):
    """The hub's view back: whether the link is paused and when the token expires."""

    paused: bool
    token_expires_at: datetime


class Job(WireResponse):
    """One qbXML message set for one link's company file."""

    id: str
    link_id: str
    kind: str  # a JobKind; any text, so that a kind a newer hub adds still parses
    qbxml: str
    lease_token: str
    lease_expires_at: datetime
    attempt: int
    keep_session: bool = False  # more pages of the same sync follow: keep the session open
    # A sync whose iterators the connector runs itself: it posts each page as it arrives
    # (``POST /jobs/{id}/pages``) while asking QuickBooks for the next; the result is the last
    # page. Offered only to connectors that poll with ``pages=true``.
    stream_pages: bool = False


class JobError(WireRequest):
    """Why a job could not run (QuickBooks closed, access denied, wrong company...)."""

    code: str = Field(max_length=64)
    message: str = Field(max_length=2000)
    user_facing_message: str = Field(default="", max_length=2000)
    hresult: int | None = None
    retryable: bool = True


class JobPage(WireRequest):
    """One page of a streamed sync job (``Job.stream_pages``): a whole qbXML response message
    set, gzip + base64, numbered from 1 in the order QuickBooks answered."""

    lease_token: str = Field(max_length=128)
    seq: int = Field(ge=1, le=1_000_000)
    response_gzip_b64: str
    read_at: datetime | None = None  # see JobResult.read_at

    @classmethod
    def of(
        cls, lease_token: str, seq: int, response: str, read_at: datetime | None = None
    ) -> JobPage:
        """A page carrying QuickBooks' response, compressed."""
        packed = base64.b64encode(gzip.compress(response.encode("utf-8"), GZIP_LEVEL)).decode()
        return cls(lease_token=lease_token, seq=seq, response_gzip_b64=packed, read_at=read_at)


class JobResult(WireRequest):
    """A job's outcome: the raw response (gzip + base64) or the error that stopped it."""

    lease_token: str = Field(max_length=128)
    response_gzip_b64: str | None = None
    error: JobError | None = None
    duration_ms: int | None = Field(default=None, ge=0)
    # When the job's message set went to QuickBooks, by this PC's clock (QuickBooks stamps
    # TimeModified with the same clock): a sync whose newest record is older than that second
    # can start its next read one second later instead of reading that second again.
    read_at: datetime | None = None

    @classmethod
    def success(cls, lease_token: str, response: str, duration_ms: int | None = None) -> JobResult:
        """A result carrying QuickBooks' response, compressed."""
        packed = base64.b64encode(gzip.compress(response.encode("utf-8"), GZIP_LEVEL)).decode()
        return cls(lease_token=lease_token, response_gzip_b64=packed, duration_ms=duration_ms)

    @classmethod
    def failure(cls, lease_token: str, error: JobError) -> JobResult:
        """A result saying why the job could not run."""
        return cls(lease_token=lease_token, error=error)


class LinkStatus(WireResponse):
    """The link as its connector sees it (``GET /link``, ``POST /sync``)."""

    link_id: str
    name: str
    state: str
    state_reason: str | None
    user_facing_message: str
    sync_running: bool
    sync_progress: dict[str, Any] | None
    last_sync_at: datetime | None
    paused: bool


class ErrorBody(WireResponse):
    """The error object, as every hub endpoint answers it."""

    type: str
    code: str
    message: str
    user_facing_message: str
    integration_code: str | None = None
    request_id: str | None = None


class ErrorResponse(WireResponse):
    """Every hub error: ``{"error": {...}}``."""

    error: ErrorBody


def unpack_response(packed: str, *, limit: int) -> str:
    """Decompress a result's response, refusing one that inflates beyond ``limit`` bytes."""
    raw = base64.b64decode(packed, validate=True)
    decompressor = gzip.GzipFile(fileobj=io.BytesIO(raw))
    data = decompressor.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"the response inflates beyond {limit} bytes")
    return data.decode("utf-8")
