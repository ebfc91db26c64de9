"""The link flow, as a pure plan shared by the CLI and the wizard.

Theory of operation. The person at the QuickBooks PC gives a license key, picks the region,
confirms, and clicks Verify. ``LinkFlow`` holds where they are and says what to do next; it
does no I/O. The caller performs each ``Action`` (claim on the hub, open a QuickBooks session,
report to the hub) and feeds the outcome back.

    step            input / outcome                      next step     action
    --------------  -----------------------------------  ------------  -------------------
    key             enter_key(ok)                        region        -
    key             enter_key(malformed / typo)          key           - (problem says why)
    region          choose_region(same as the key's)     confirm       -
    region          choose_region(other region)          region        - ("This key is for…")
    confirm         confirm()                            claim         Claim(hub_url, key)
    claim           claimed(link)                        verify        OpenSession(file)
    claim           failed(error)                        claim         - (retry() re-claims)
    verify          session_opened(facts)                report        Report(facts)
    verify          failed(QuickBooks error)             verify        - (retry() = Verify)
    report          verified()                           done          -
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from qbdlink.agentapi import REGION_NAMES, LicenseKey, LicenseKeyError, Region, parse_license_key
from qbdlink.connector.errors import ConnectorError, KeyProblem

Step = Literal["key", "region", "confirm", "claim", "verify", "report", "done"]

AUTHORIZATION_CHOICES: Final = (
    ("No", "The connector cannot read or write this company file. Choose a Yes option."),
    (
        "Yes, prompt each time",
        "Works, but QuickBooks asks again every time the connector "
        "connects, so syncs stop until someone clicks Yes.",
    ),
    (
        "Yes, whenever this QuickBooks company file is open",
        "Works while QuickBooks is open with this company; syncs wait when it is closed.",
    ),
    (
        "Yes, always; allow access even if QuickBooks is not running",
        "Recommended: syncs run "
        "even when QuickBooks is closed, and the connector opens the right company file itself.",
    ),
)


def authorization_advice() -> str:
    """What the connector tells the user before QuickBooks shows its prompt."""
    lines = ["QuickBooks will now ask whether to let qbdlink read and modify this company file:"]
    for choice, meaning in AUTHORIZATION_CHOICES:
        lines.append(f"  • {choice}: {meaning}")
    lines.append(
        "Choose 'Yes, always; allow access even if QuickBooks is not running' for the "
        "best experience."
    )
    return "\n".join(lines)


def change_access() -> str:
    """How the QuickBooks Admin gives qbdlink "Yes, always" afterwards (QuickBooks' own words)."""
    return (
        "In QuickBooks, logged in as the Admin, choose Edit > Preferences > Integrated "
        "Applications > Company Preferences, select qbdlink and click Properties. Clear 'Prompt "
        "before allowing access' if it is ticked, tick 'Allow this application to login "
        "automatically' (choose the user to log in as, if asked), then click OK twice."
    )


@dataclass(frozen=True)
class AccessNote:
    """What the wizard says after Verify about the access given in QuickBooks."""

    title: str
    text: str


def access_note(automatic_login: bool | None) -> AccessNote | None:
    """The warning after Verify when QuickBooks did not get "Yes, always" (None: nothing to say).

    ``automatic_login`` is QuickBooks' ``IsAutomaticLoginAllowed`` for qbdlink (None when it did
    not say). QuickBooks tells only "always" from the rest: "Yes, prompt each time" and "Yes,
    whenever this company file is open" look the same, so the warning covers both.
    """
    if automatic_login is not False:
        return None
    return AccessNote(
        "Syncing will need someone at QuickBooks",
        "You did not choose 'Yes, always' when QuickBooks asked. If you chose 'Yes, prompt each "
        "time', QuickBooks asks again every time the connector connects, and syncing stops "
        "until someone clicks Yes. If you chose 'Yes, whenever this QuickBooks company file is "
        "open', syncing waits while QuickBooks is closed.\n\nTo let qbdlink sync on its own: "
        + change_access(),
    )


@dataclass(frozen=True)
class Claim:
    """Claim the key on the region's hub."""

    hub_url: str
    license_key: str
    region: Region


@dataclass(frozen=True)
class OpenSession:
    """Open a QuickBooks session (QuickBooks shows its authorization prompt now)."""

    company_file: str  # "" = the company open in QuickBooks


@dataclass(frozen=True)
class Report:
    """Stamp the company file and report QuickBooks' facts to the hub."""


Action = Claim | OpenSession | Report


@dataclass
class LinkFlow:
    """Where the person linking a company is, and what happens next."""

    hub_urls: dict[str, str]
    company_file: str = ""
    step: Step = "key"
    key: LicenseKey | None = None
    region: Region | None = None
    problem: str | None = None
    link_id: str | None = None
    history: list[str] = field(default_factory=list)

    def _go(self, step: Step) -> None:
        self.history.append(f"{self.step}->{step}")
        self.step = step
        self.problem = None

    def _require(self, *steps: Step) -> None:
        if self.step not in steps:
            raise RuntimeError(f"the link flow is at {self.step!r}, not {' or '.join(steps)}")

    def enter_key(self, text: str) -> bool:
        """The typed license key; False (with ``problem``) if it cannot be right."""
        self._require("key", "region", "confirm")
        try:
            self.key = parse_license_key(text)
        except LicenseKeyError as exc:
            self.problem = exc.message
            self.step = "key"
            return False
        self._go("region")
        return True

    def choose_region(self, region: Region) -> bool:
        """The chosen region; False if the key is for the other one."""
        self._require("region", "confirm")
        assert self.key is not None
        if self.key.region != region:
            # Back to "region" (from "confirm" too): Next must not claim with the old choice.
            self.step, self.region = "region", None
            self.problem = (
                f"This key is for {REGION_NAMES[self.key.region]}, but you chose "
                f"{REGION_NAMES[region]}. Choose {REGION_NAMES[self.key.region]}, or use a key "
                f"issued for {REGION_NAMES[region]}."
            )
            return False
        self.region = region
        self._go("confirm")
        return True

    def confirm(self) -> Claim:
        """Confirm the details ("these details are correct", Next): claim on the region's hub."""
        self._require("confirm")
        assert self.key is not None
        assert self.region is not None
        self._go("claim")
        return Claim(self.hub_urls[self.region], str(self.key), self.region)

    def claimed(self, link_id: str) -> OpenSession:
        """The hub bound the key to this PC: next, Verify."""
        self._require("claim")
        self.link_id = link_id
        self._go("verify")
        return OpenSession(self.company_file)

    def verify(self) -> OpenSession:
        """Verify (again): open a session with QuickBooks."""
        self._require("verify")
        self.problem = None
        return OpenSession(self.company_file)

    def session_opened(self) -> Report:
        """QuickBooks let us in: stamp the file and report to the hub."""
        self._require("verify")
        self._go("report")
        return Report()

    def verified(self) -> None:
        """The hub accepted the facts: done."""
        self._require("report")
        self._go("done")

    def failed(self, error: ConnectorError) -> None:
        """An action failed: stay (or step back) and say why."""
        if isinstance(error, KeyProblem):
            self.step = "key"
        elif self.step == "report":
            self.step = "verify"
        self.problem = error.user_facing_message

    def retry(self) -> Action:
        """Try the failed step again."""
        if self.step == "claim":
            assert self.key is not None
            assert self.region is not None
            return Claim(self.hub_urls[self.region], str(self.key), self.region)
        if self.step == "verify":
            return self.verify()
        raise RuntimeError(f"nothing to retry at {self.step!r}")
