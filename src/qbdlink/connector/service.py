"""What the CLI and the wizard do, as plain functions over the config, hub and QuickBooks."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from qbdlink.agentapi import REGION_NAMES, Region, VerifyFailure, VerifyRequest, fingerprint
from qbdlink.connector import config as config_module
from qbdlink.connector.config import ConnectorConfig, LinkEntry
from qbdlink.connector.errors import ConnectorError, HubRefused, HubUnreachable, KeyProblem
from qbdlink.connector.flow import Claim, LinkFlow
from qbdlink.connector.gate import Facts, QuickBooksGate
from qbdlink.connector.hubclient import HubClient
from qbdlink.connector.journal import Journal
from qbdlink.connector.relay import LinkRelay
from qbdlink.connector.secrets import TokenStore, token_store
from qbdlink.quickbooks import QuickBooksError, RequestProcessor, open_request_processor

log = logging.getLogger("qbdlink.connector")
_CODE = re.compile(r"[a-z0-9_]{1,64}")  # what the hub accepts as a Verify failure's code


@dataclass
class Connector:
    """The connector's state on this PC: config, tokens, journal and the way to QuickBooks."""

    config: ConnectorConfig
    tokens: TokenStore
    home: Path
    processor_factory: Callable[[], RequestProcessor] = open_request_processor
    transport: httpx.BaseTransport | None = None
    _gate: QuickBooksGate | None = None
    _journal: Journal | None = None

    @classmethod
    def load(cls, home: Path | None = None, **kwargs: Any) -> Connector:
        """The connector as saved in ``home`` (default: the user's config dir)."""
        home = home or config_module.home()
        config = config_module.load(home / config_module.CONFIG_FILE)
        return cls(config=config, tokens=token_store(home), home=home, **kwargs)

    def save(self) -> None:
        """Write the config."""
        config_module.save(self.config, self.home / config_module.CONFIG_FILE)

    @property
    def gate(self) -> QuickBooksGate:
        """The one door to QuickBooks on this PC."""
        if self._gate is None:
            self._gate = QuickBooksGate(
                self.processor_factory(),
                idle_seconds=config_module.session_idle_seconds(self.config),
            )
        return self._gate

    def release_quickbooks(self, *, wait: bool = True) -> None:
        """End QuickBooks' warm session now (pause, stop, quit); with ``wait`` False and a job
        running, as soon as it ends."""
        if self._gate is not None:  # never open QuickBooks' door just to close it
            self._gate.release(wait=wait)

    @property
    def journal(self) -> Journal:
        """The job journal."""
        if self._journal is None:
            self._journal = Journal(self.home / "journal.sqlite3")
        return self._journal

    def close(self) -> None:
        """Release QuickBooks and the journal."""
        if self._gate is not None:
            self._gate.close()
        if self._journal is not None:
            self._journal.close()

    def client(self, entry: LinkEntry) -> HubClient:
        """The hub client of a link, signed with its token."""
        token = self.tokens.get(entry.link_id)
        if token is None:
            raise ConnectorError(
                "token_missing",
                f"no token for link {entry.link_id}",
                f"This PC has no sign-in for '{entry.name}'. Link it again with its license key.",
            )
        return HubClient(entry.hub_url, token=token, transport=self.transport, region=entry.region)

    # -- link + verify ---------------------------------------------------------------------------
    def start_flow(
        self, *, hub_url: str | None = None, company_file: str | None = None
    ) -> LinkFlow:
        """A new link flow with this connector's hub URLs."""
        urls = {r: self.config.hub_url_for(r, hub_url) for r in ("us", "ca")}
        return LinkFlow(hub_urls=urls, company_file=company_file or "")

    def claim(self, action: Claim) -> LinkEntry:
        """Claim a key on its hub; keep the token and the link entry."""
        with HubClient(action.hub_url, transport=self.transport, region=action.region) as hub:
            claimed = hub.claim(
                license_key=action.license_key,
                machine_id=self.config.machine_id,
                machine_name=self.config.machine_name,
            )
        self.tokens.set(claimed.link_id, claimed.token)
        try:
            entry = self.config.find(claimed.link_id)
        except ConnectorError:
            entry = LinkEntry(
                name=claimed.link_name,
                link_id=claimed.link_id,
                region=claimed.region,
                hub_url=action.hub_url,
            )
        self.config.upsert(entry)
        self.save()
        return entry

    def verify(self, entry: LinkEntry, company_file: str = "") -> LinkEntry:
        """Open a session (QuickBooks asks for authorization), check, stamp, report to the hub;
        a failure is reported to the hub too (best effort), then raised."""
        try:
            return self._verify(entry, company_file)
        except (ConnectorError, QuickBooksError) as exc:
            self._report_verify_failure(entry, exc)
            raise

    def _verify(self, entry: LinkEntry, company_file: str) -> LinkEntry:
        facts = self.gate.facts(company_file or entry.company_file or "")
        try:
            self._check_facts(entry, facts)
            company_path = facts.company.company_file
            stamp = fingerprint(entry.link_id, company_path)
            with self.client(entry) as hub:
                response = hub.verify(
                    VerifyRequest(
                        host=facts.host,
                        company=facts.company,
                        fingerprint=stamp,
                        access=facts.access,
                    )
                )
            self.gate.stamp(entry.link_id)
        finally:
            self.gate.end_session()
        entry.company_file = company_path
        entry.company_name = response.company_name or facts.company.company_name
        entry.quickbooks_product = facts.host.product_name or None
        entry.fingerprint = stamp
        entry.verified_at = datetime.now(UTC)
        entry.last_error = None
        self.config.upsert(entry)
        self.save()
        return entry

    def _report_verify_failure(
        self, entry: LinkEntry, error: ConnectorError | QuickBooksError
    ) -> None:
        """Tell the hub why Verify stopped. Best effort: the bookkeeper sees the error anyway."""
        if isinstance(error, HubRefused | HubUnreachable):
            return  # the hub refused it itself (and says so on its page), or cannot be reached
        try:
            with self.client(entry) as hub:
                hub.verify_failed(verify_failure(error))
        except ConnectorError as exc:
            log.warning("could not tell the hub why Verify failed (%s): %s", exc.code, exc.message)

    def _check_facts(self, entry: LinkEntry, facts: Facts) -> None:
        country = facts.host.country.upper()
        expected = "CA" if entry.region == "ca" else "US"
        if country and country != expected:
            actual: Region = "ca" if country == "CA" else "us"
            message = (
                f"This QuickBooks is the {REGION_NAMES[actual]} edition, but this link's region "
                f"is {REGION_NAMES[entry.region]}. Use a license key issued for "
                f"{REGION_NAMES[actual]}."
            )
            raise KeyProblem("wrong_region", message, message)
        for other in self.config.links:
            if other.link_id != entry.link_id and facts.stamp == other.link_id:
                message = (
                    f"This company file is already linked as '{other.name}'. Open the company "
                    "you want to link in QuickBooks, then click Verify."
                )
                raise ConnectorError("already_linked", message, message)

    def link(
        self,
        *,
        license_key: str,
        region: Region,
        hub_url: str | None = None,
        company_file: str | None = None,
    ) -> LinkEntry:
        """The whole flow without questions: check key, claim, verify."""
        flow = self.start_flow(hub_url=hub_url, company_file=company_file)
        if not flow.enter_key(license_key) or not flow.choose_region(region):
            raise KeyProblem("license_key", flow.problem or "bad key", flow.problem)
        entry = self.claim(flow.confirm())
        flow.claimed(entry.link_id)
        return self.verify(entry, company_file or "")

    # -- status, pause, unlink ---------------------------------------------------------------------
    def status(self) -> list[dict[str, Any]]:
        """Every link with what the hub says about it (or why it could not say)."""
        rows = []
        for entry in self.config.links:
            row: dict[str, Any] = {
                "name": entry.name,
                "link_id": entry.link_id,
                "region": entry.region,
                "company": entry.company_name,
                "company_file": entry.company_file,
                "paused": entry.paused,
            }
            try:
                with self.client(entry) as hub:
                    remote = hub.link_status()
                row.update(
                    state=remote.state,
                    message=remote.user_facing_message,
                    last_sync_at=remote.last_sync_at,
                )
            except ConnectorError as exc:
                row.update(state="unknown", message=exc.user_facing_message)
            rows.append(row)
        return rows

    def set_paused(self, name: str | None, paused: bool) -> list[LinkEntry]:
        """Pause or resume one link (by name) or all."""
        entries = [self.config.find(name)] if name else list(self.config.links)
        for entry in entries:
            entry.paused = paused
            self.config.upsert(entry)
        self.save()
        return entries

    def unlink(self, name: str) -> LinkEntry:
        """Forget a link on this PC (the hub's link stays until the admin resets or disables)."""
        entry = self.config.find(name)
        self.config.remove(entry.link_id)
        self.tokens.delete(entry.link_id)
        self.save()
        return entry

    # -- relaying ----------------------------------------------------------------------------------
    def relays(self, *, poll_wait: float = 25.0) -> list[LinkRelay]:
        """A relay per verified, unpaused link."""
        return [
            LinkRelay(entry, self.client(entry), self.gate, self.journal, poll_wait=poll_wait)
            for entry in self.config.links
            if entry.verified_at is not None and not entry.paused
        ]

    def sync_once(
        self, *, timeout: float = 600.0, progress: Callable[[str, int], None] | None = None
    ) -> dict[str, SyncOutcome]:
        """Ask the hub to sync every link and relay until each is up to date (or stuck)."""
        outcomes: dict[str, SyncOutcome] = {}
        deadline = time.monotonic() + timeout
        for relay in self.relays(poll_wait=1.0):
            try:
                outcomes[relay.entry.name] = self._sync_link(relay, deadline, progress)
            except ConnectorError as exc:
                outcomes[relay.entry.name] = SyncOutcome(relay.jobs_run, exc.user_facing_message)
            finally:
                relay.gate.end_session()
        return outcomes

    @staticmethod
    def _sync_link(
        relay: LinkRelay, deadline: float, progress: Callable[[str, int], None] | None
    ) -> SyncOutcome:
        # Say what QuickBooks looks like now: work that waited for it is handed back at once.
        if not relay.probe(announce=True):
            return SyncOutcome(relay.jobs_run, relay.last_problem)
        relay.client.request_sync()
        while time.monotonic() < deadline:
            ran = relay.step(wait=0.5)
            if relay.last_problem is not None:
                # QuickBooks is away or has another company open: the hub retries later.
                return SyncOutcome(relay.jobs_run, relay.last_problem)
            if progress is not None and ran:
                progress(relay.entry.name, relay.jobs_run)
            if not ran and not relay.client.link_status().sync_running:
                return SyncOutcome(relay.jobs_run, None)
        return SyncOutcome(
            relay.jobs_run,
            f"The sync of '{relay.entry.name}' did not finish in time; it goes on in the "
            "background.",
        )


def verify_failure(error: ConnectorError | QuickBooksError) -> VerifyFailure:
    """A failed Verify as the hub is told it: code, HRESULT and what the bookkeeper read."""
    code = error.code if _CODE.fullmatch(error.code) else "connector_error"
    developer = error.message if isinstance(error, ConnectorError) else str(error)
    hresult = getattr(error, "hresult", None)
    return VerifyFailure(
        code=code,
        message=developer[:2000],
        user_facing_message=(error.user_facing_message or developer or code)[:2000],
        # 0 stands for "no HRESULT" (QuickBooks answered, but refused the company stamp).
        hresult=hresult if isinstance(hresult, int) and 0 < hresult <= 0xFFFFFFFF else None,
    )


@dataclass(frozen=True)
class SyncOutcome:
    """How one link's ``sync --once`` ended: jobs relayed, and the problem if it stopped."""

    jobs: int
    problem: str | None
