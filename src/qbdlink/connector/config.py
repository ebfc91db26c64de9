"""The connector's configuration: one entry per linked company, in the user's config dir.

Tokens are not here (see ``secrets``). ``QBDLINK_CONNECTOR_HOME`` moves everything (config,
tokens fallback, journal, logs) to one folder, for tests and portable installs.
"""

from __future__ import annotations

import json
import math
import os
import uuid
from datetime import datetime
from pathlib import Path
from typing import Final, Literal

import platformdirs
from pydantic import BaseModel, Field

from qbdlink.connector.errors import NotLinked

DEFAULT_HUB_URLS: Final = {
    "us": "https://us.hub.qbdlink.example",
    "ca": "https://ca.hub.qbdlink.example",
}
CONFIG_FILE: Final = "connector.json"
# How long QuickBooks' session stays open with no request (BeginSession costs ~2 s in real
# QuickBooks, so work that flows keeps it; an idle connector gives QuickBooks back soon).
DEFAULT_SESSION_IDLE_SECONDS: Final = 10.0
SESSION_IDLE_ENV: Final = "QBDLINK_SESSION_IDLE_SECONDS"


def home() -> Path:
    """Where the connector keeps its files."""
    configured = os.environ.get("QBDLINK_CONNECTOR_HOME")
    if configured:
        return Path(configured)
    return Path(platformdirs.user_config_dir("qbdlink", appauthor=False))


def log_dir() -> Path:
    """Where the connector's rotating logs go."""
    configured = os.environ.get("QBDLINK_CONNECTOR_HOME")
    if configured:
        return Path(configured) / "logs"
    return Path(platformdirs.user_log_dir("qbdlink", appauthor=False))


def _machine_name() -> str:
    import platform

    return os.environ.get("COMPUTERNAME") or platform.node()


class LinkEntry(BaseModel):
    """One linked QuickBooks company."""

    name: str
    link_id: str
    region: Literal["us", "ca"]
    hub_url: str
    company_file: str | None = None
    company_name: str | None = None
    quickbooks_product: str | None = None  # HostQuery's ProductName, as seen at Verify
    fingerprint: str | None = None
    verified_at: datetime | None = None
    paused: bool = False
    last_error: str | None = None


class ConnectorConfig(BaseModel):
    """Everything the connector remembers between runs (no secrets)."""

    machine_id: str = Field(default_factory=lambda: str(uuid.uuid4()))
    machine_name: str = Field(default_factory=lambda: _machine_name())
    hub_urls: dict[str, str] = Field(default_factory=dict)
    links: list[LinkEntry] = Field(default_factory=list)
    # Seconds QuickBooks' session stays open after the last request (0: end it after each job).
    session_idle_seconds: float = DEFAULT_SESSION_IDLE_SECONDS

    def hub_url_for(self, region: str, override: str | None = None) -> str:
        """The hub of a region: --hub-url, else $QBDLINK_HUB_URL_<REGION>, config, default."""
        return (
            override
            or os.environ.get(f"QBDLINK_HUB_URL_{region.upper()}")
            or self.hub_urls.get(region)
            or DEFAULT_HUB_URLS[region]
        ).rstrip("/")

    def find(self, name_or_id: str) -> LinkEntry:
        """A link by its name (case-insensitive) or id."""
        for entry in self.links:
            if entry.link_id == name_or_id or entry.name.casefold() == name_or_id.casefold():
                return entry
        known = ", ".join(e.name for e in self.links) or "none yet"
        raise NotLinked(
            "not_linked",
            f"no link named {name_or_id!r} (linked: {known})",
            f"There is no linked company called '{name_or_id}'. Linked companies: {known}.",
        )

    def upsert(self, entry: LinkEntry) -> None:
        """Add a link, or replace the one with the same id."""
        self.links = [e for e in self.links if e.link_id != entry.link_id] + [entry]

    def remove(self, link_id: str) -> None:
        """Forget a link."""
        self.links = [e for e in self.links if e.link_id != link_id]


def session_idle_seconds(config: ConnectorConfig | None = None) -> float:
    """Seconds the session stays open with no request: $QBDLINK_SESSION_IDLE_SECONDS, else the
    config's ``session_idle_seconds``, else 10; a value that is not a number >= 0 is ignored."""
    candidates: list[str | float] = [os.environ.get(SESSION_IDLE_ENV) or ""]
    if config is not None:
        candidates.append(config.session_idle_seconds)
    for raw in candidates:
        try:
            value = float(raw)
        except ValueError:
            continue  # unset, or a typo: the next source decides
        if math.isfinite(value) and value >= 0:
            return value
    return DEFAULT_SESSION_IDLE_SECONDS


def load(path: Path | None = None) -> ConnectorConfig:
    """Read the config (a fresh one, with a new machine id, if there is none yet)."""
    path = path or home() / CONFIG_FILE
    if not path.exists():
        config = ConnectorConfig()
        if _create(config, path):
            return config
        # Another process (the tray and the background program start together at log-in)
        # created it first: its machine id is the one that counts.
    raw = json.loads(path.read_text(encoding="utf-8"))
    config = ConnectorConfig.model_validate(raw)
    if "machine_id" not in raw:
        save(config, path)  # keep the id it was just given: it binds this PC's license keys
    return config


def save(config: ConnectorConfig, path: Path | None = None) -> None:
    """Write the config atomically (a crash never leaves half a file)."""
    path = path or home() / CONFIG_FILE
    temporary = _written(config, path)
    os.replace(temporary, path)


def _written(config: ConnectorConfig, path: Path) -> Path:
    """The config written to a temporary file of this writer's own, beside ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    temporary.write_text(config.model_dump_json(indent=2), encoding="utf-8")
    return temporary


def _create(config: ConnectorConfig, path: Path) -> bool:
    """Write a first config unless one appeared meanwhile; True if this one was written."""
    temporary = _written(config, path)
    try:
        os.link(temporary, path)  # fails if the file exists: never replaces another's config
    except FileExistsError:
        return False
    finally:
        temporary.unlink(missing_ok=True)
    return True
