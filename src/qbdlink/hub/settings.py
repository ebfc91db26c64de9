"""Hub settings, from ``QBDLINK_`` environment variables or given directly (tests, the demo)."""

from __future__ import annotations

import json
import os
import secrets
from ipaddress import ip_network
from pathlib import Path
from typing import Annotated, Any, Literal

import platformdirs
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def default_data_dir() -> Path:
    """Where the embedded hub keeps its SQLite file and generated secret."""
    return Path(platformdirs.user_data_dir("qbdlink", appauthor=False))


def default_database_url(region: str) -> str:
    """The embedded default: a SQLite file per region in the user data directory."""
    return f"sqlite:///{default_data_dir() / f'hub-{region}.sqlite3'}"


class HubSettings(BaseSettings):
    """Everything a hub deployment needs; one deployment serves one region."""

    model_config = SettingsConfigDict(env_prefix="QBDLINK_", extra="ignore")

    region: Literal["us", "ca"] = "us"
    database_url: str | None = None
    secret_key: SecretStr | None = Field(
        default=None,
        description="Keys the license-key hash and encryption; generated into the data dir "
        "when unset (set it explicitly when several hub processes share a database).",
    )
    public_url: str = "http://127.0.0.1:8000"
    long_poll_seconds: float = Field(default=25.0, gt=0, le=60)
    lease_seconds: float = Field(default=120.0, gt=0)
    job_max_attempts: int = Field(default=8, ge=1)
    retry_base_seconds: float = Field(default=2.0, ge=0)
    retry_max_seconds: float = Field(default=300.0, ge=0)
    unavailable_recheck_seconds: float = Field(
        default=15.0,
        gt=0,
        description="How often a job waiting for QuickBooks (closed, another company open, "
        "busy) is offered again; it is offered at once when the connector reports QuickBooks "
        "back.",
    )
    write_horizon_hours: float = Field(
        default=7 * 24.0,
        gt=0,
        description="How long an accepted write waits for QuickBooks before it expires "
        "(failed, known not to be in QuickBooks).",
    )
    reconcile_lookback_hours: float = Field(
        default=24.0,
        gt=0,
        description="How far before a write's acceptance its reconciliation looks for the "
        "write's ExternalGUID in QuickBooks (QuickBooks stamps records with the PC's clock).",
    )
    token_ttl_days: float = Field(default=30.0, gt=0)
    min_connector_version: str = "0.1.0"
    claim_free_failures: int = Field(
        default=5,
        ge=0,
        description="Failed license-key claims an address may make before it has to wait.",
    )
    claim_backoff_base_seconds: float = Field(
        default=1.0,
        gt=0,
        description="The wait after the first failure beyond the free ones; each further "
        "failure doubles it.",
    )
    claim_backoff_max_seconds: float = Field(
        default=3600.0, gt=0, description="The longest wait between claim attempts."
    )
    claim_failure_window_seconds: float = Field(
        default=86400.0,
        gt=0,
        description="How long a failed claim counts towards its address's wait.",
    )
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Reverse proxies (IPs or CIDRs, comma-separated) whose X-Forwarded-For "
        "the hub believes; empty: the socket peer is the client, whatever the header says.",
    )
    max_request_bytes: int = Field(default=1_000_000, ge=1024)
    max_agent_result_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)
    connector_silence_minutes: float = Field(default=10.0, gt=0)
    health_timeout_seconds: float = Field(default=10.0, gt=0)
    sync_page_size: int = Field(default=500, ge=1, le=1000)
    # FromModifiedDate is inclusive and high-water marks are QuickBooks' own: no margin needed.
    sync_overlap_seconds: float = Field(default=0.0, ge=0)
    sync_interval_minutes: float = Field(default=15.0, gt=0)
    background_tasks: bool = True
    background_interval_seconds: float = Field(default=1.0, gt=0)
    webhook_timeout_seconds: float = Field(default=10.0, gt=0)
    webhook_max_attempts: int = Field(default=8, ge=1)
    webhook_retry_base_seconds: float = Field(default=5.0, ge=0)
    webhook_retry_max_seconds: float = Field(default=3600.0, ge=0)
    # Off: a tenant cannot aim webhooks at the hub's own network. Local set-ups turn it on.
    webhook_allow_private_addresses: bool = False
    connector_download_url: str | None = Field(
        default=None,
        description="Where the set-up page's Download connector button points (the signed "
        "installer); unset, the page shows a placeholder and says it is not configured.",
    )
    connector_sha256: str | None = Field(
        default=None, description="The installer's SHA-256 (hex), shown next to the button."
    )
    updates_dir: Path | None = Field(
        default=None,
        description="The signed connector-update repository (made by `qbdlink hub release`): "
        "its metadata/ and targets/ are served read-only under /updates; unset, /updates "
        "answers 404 updates_not_configured.",
    )
    setup_session_minutes: float = Field(default=60.0, gt=0, le=24 * 60)
    setup_poll_seconds: float = Field(
        default=2.0, ge=0.1, le=60, description="How often the set-up page refreshes its status."
    )
    setup_app_name: str = Field(
        default="your app",
        description="The SaaS's name, for the set-up page's 'open it again' message.",
    )
    setup_frame_ancestors: str = Field(
        default="*",
        description="CSP frame-ancestors of the set-up page (the SaaS may embed it in an iframe; "
        "set e.g. 'https://app.example.com' to allow only that origin, or 'none').",
    )

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: Any) -> Any:
        # The environment gives one string: "10.0.0.1, 10.1.0.0/16" (a JSON list also works).
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [part for part in text.replace(",", " ").split() if part]
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _check_proxies(cls, value: list[str]) -> list[str]:
        # A typo must stop the hub at start, not silently trust nobody (or everybody).
        return [str(ip_network(entry.strip(), strict=False)) for entry in value]

    def resolved_database_url(self) -> str:
        """The configured database URL, or the embedded SQLite default."""
        return self.database_url or default_database_url(self.region)

    def resolved_secret_key(self) -> bytes:
        """The secret key, generating and keeping one (mode 0600) for the embedded default."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value().encode("utf-8")
        path = default_data_dir() / f"hub-{self.region}.secret"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
        return path.read_text().strip().encode("utf-8")
