"""The hub's agent API, from the connector's side (httpx; the transport is injectable)."""

from __future__ import annotations

from typing import Any

import httpx

from qbdlink import __version__
from qbdlink.agentapi import (
    AGENT_PREFIX,
    CONNECTOR_VERSION_HEADER,
    REGION_NAMES,
    ClaimRequest,
    ClaimResponse,
    ErrorResponse,
    Heartbeat,
    HeartbeatResponse,
    Job,
    JobPage,
    JobResult,
    LinkStatus,
    VerifyFailure,
    VerifyRequest,
    VerifyResponse,
)
from qbdlink.connector.errors import HubRefused, HubUnreachable


class HubClient:
    """One hub (one region's deployment), optionally as one link's connector (its token)."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 40.0,
        region: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.region = region
        headers = {
            CONNECTOR_VERSION_HEADER: __version__,
            "User-Agent": f"qbdlink-connector/{__version__}",
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(
            base_url=self.base_url + AGENT_PREFIX,
            headers=headers,
            timeout=timeout,
            transport=transport,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._client.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise HubUnreachable(
                "hub_timeout",
                f"the hub at {self.base_url} did not answer in time ({exc})",
                "The qbdlink service did not answer in time. Check this PC's internet "
                "connection; the connector keeps trying.",
            ) from exc
        except httpx.HTTPError as exc:
            where = REGION_NAMES.get(self.region or "", "") if self.region else ""  # type: ignore[call-overload]
            raise HubUnreachable(
                "hub_unreachable",
                f"cannot reach the hub at {self.base_url}: {exc}",
                f"Cannot reach the qbdlink service{' for ' + where if where else ''} at "
                f"{self.base_url}. Check this PC's internet connection (and any proxy or "
                "firewall), then try again.",
            ) from exc
        if response.status_code >= 400:
            raise _refusal(response)
        return response

    def claim(self, *, license_key: str, machine_id: str, machine_name: str) -> ClaimResponse:
        """Bind a license key to this installation."""
        body = ClaimRequest(
            license_key=license_key,
            machine_id=machine_id,
            machine_name=machine_name,
            connector_version=__version__,
        )
        response = self._request(
            "POST",
            "/claim",
            content=body.model_dump_json(),
            headers={"Content-Type": "application/json"},
        )
        return ClaimResponse.model_validate_json(response.content)

    def verify(self, request: VerifyRequest) -> VerifyResponse:
        """Report QuickBooks' facts for the link."""
        response = self._request(
            "POST",
            "/verify",
            content=request.model_dump_json(),
            headers={"Content-Type": "application/json"},
        )
        return VerifyResponse.model_validate_json(response.content)

    def verify_failed(self, failure: VerifyFailure) -> LinkStatus:
        """Say why Verify stopped on this PC (the admin's set-up page shows it)."""
        response = self._request(
            "POST",
            "/verify/failure",
            content=failure.model_dump_json(),
            headers={"Content-Type": "application/json"},
        )
        return LinkStatus.model_validate_json(response.content)

    def heartbeat(self, beat: Heartbeat) -> HeartbeatResponse:
        """Say the connector is alive and what it sees."""
        response = self._request(
            "POST",
            "/heartbeat",
            content=beat.model_dump_json(),
            headers={"Content-Type": "application/json"},
        )
        return HeartbeatResponse.model_validate_json(response.content)

    def next_job(self, wait: float) -> Job | None:
        """Long-poll for the link's next job (None when none arrived within ``wait``)."""
        # pages=true: this connector runs a sync's iterators itself and streams the pages.
        response = self._request(
            "GET", "/jobs/next", params={"wait": wait, "pages": "true"}, timeout=wait + 15.0
        )
        if response.status_code == 204:
            return None
        return Job.model_validate_json(response.content)

    def post_result(self, job_id: str, result: JobResult) -> None:
        """Report a job's outcome."""
        self._request(
            "POST",
            f"/jobs/{job_id}/result",
            content=result.model_dump_json(),
            headers={"Content-Type": "application/json"},
        )

    def post_page(self, job_id: str, page: JobPage) -> None:
        """Store one page of a streamed job at the hub (committed when this returns)."""
        self._request(
            "POST",
            f"/jobs/{job_id}/pages",
            content=page.model_dump_json(),
            headers={"Content-Type": "application/json"},
        )

    def request_sync(self) -> LinkStatus:
        """Ask the hub to sync this link now."""
        return LinkStatus.model_validate_json(self._request("POST", "/sync").content)

    def link_status(self) -> LinkStatus:
        """The link's state as the hub sees it."""
        return LinkStatus.model_validate_json(self._request("GET", "/link").content)


def _refusal(response: httpx.Response) -> HubRefused:
    try:
        error = ErrorResponse.model_validate_json(response.content).error
        return HubRefused(
            error.code, error.message, error.user_facing_message, response.status_code
        )
    except ValueError:  # not JSON, or not the hub's error object (a proxy's page, say)
        return HubRefused(
            "hub_error",
            f"the hub answered {response.status_code}: {response.text[:200]}",
            "The qbdlink service answered with an error. Try again in a minute.",
            response.status_code,
        )
