"""The set-up page's HTML: a server-rendered skeleton (steps, download) that setup.js fills in.

Every interpolated value goes through ``html.escape``; the per-company cards are built by the
script with ``textContent`` only. No inline script or style, so the page runs under a strict
Content-Security-Policy.
"""

from __future__ import annotations

import functools
import hashlib
from html import escape
from importlib import resources

from qbdlink.agentapi import REGION_NAMES
from qbdlink.hub.settings import HubSettings


@functools.cache
def static_version() -> str:
    """A digest of setup.js and setup.css: their URLs change whenever they do (cache busting)."""
    digest = hashlib.sha256()
    for name in ("setup.js", "setup.css"):
        digest.update(resources.files("qbdlink.hub.web").joinpath("static", name).read_bytes())
    return digest.hexdigest()[:12]


def _head(title: str) -> str:
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{escape(title)}</title>
<link rel="stylesheet" href="/setup/static/setup.css?v={static_version()}">
"""


def setup_page(settings: HubSettings, *, tenant_name: str, token: str) -> str:
    """The set-up screen for one tenant; ``token`` is handed to the script in a meta tag."""
    region = REGION_NAMES.get(settings.region, settings.region.upper())
    url = settings.connector_download_url
    sha = settings.connector_sha256
    if url:
        download = (
            f'<a class="button primary" id="download" href="{escape(url)}" download>'
            "Download connector</a>"
        )
        note = ""
    else:
        download = (
            '<a class="button primary disabled" id="download" href="#connector-not-configured" '
            'aria-disabled="true" aria-describedby="download-note">Download connector</a>'
        )
        # The admin cannot set the hub's settings: say what they can do (the operator is told
        # in the hub's log, see router.setup).
        note = (
            '<p class="note" id="download-note" role="note">The connector download is not '
            f"available yet. Contact {escape(settings.setup_app_name)}'s support and ask for "
            "the QuickBooks Desktop connector.</p>"
        )
    checksum = (
        f'<code id="sha256" class="hash">{escape(sha)}</code>'
        if sha
        else '<span id="sha256" class="muted">not available yet</span>'
    )
    return (
        _head("QuickBooks Desktop set-up")
        + f"""<meta name="qbdlink-setup-session" content="{escape(token)}">
<meta name="qbdlink-setup-poll-ms" content="{int(settings.setup_poll_seconds * 1000)}">
<script src="/setup/static/setup.js?v={static_version()}" defer></script>
</head>
<body>
<main class="page">
<header>
  <p class="crumbs">Settings › Manage Add-ons and Integrations › QuickBooks Desktop</p>
  <h1>QuickBooks Desktop</h1>
  <p class="lead">Connect <strong>{escape(tenant_name)}</strong> to QuickBooks Desktop
  ({escape(region)} region). One license key per QuickBooks company.</p>
</header>

<section aria-labelledby="steps-title" class="panel">
  <h2 id="steps-title">Set up</h2>
  <ol class="steps">
    <li><strong>Download the connector</strong> on the computer where QuickBooks Desktop is
      installed (the one you normally use with QuickBooks). Open QuickBooks and log in to the
      company you want to link.
      <div class="download">
        {download}
        <p class="checksum">SHA-256: {checksum}</p>
        {note}
      </div>
    </li>
    <li><strong>Run the connector and enter the license key</strong> shown for the company
      below (use <em>Copy</em>).</li>
    <li><strong>Choose the region</strong> ({escape(region)}), confirm that the details are
      correct, and click <em>Next</em>.</li>
    <li><strong>Click Verify.</strong> QuickBooks asks whether to allow the connector: choose
      <em>Yes, always; allow access even if QuickBooks is not running</em>.</li>
  </ol>
  <p class="muted">Several companies can be linked from the same computer: complete these
    steps once per company, logged in to that company in QuickBooks.</p>
</section>

<section aria-labelledby="companies-title" class="panel">
  <div class="section-head">
    <h2 id="companies-title">Companies</h2>
    <button type="button" class="button" id="add-company">Add another company</button>
  </div>
  <p id="page-status" class="sr-only" aria-live="polite"></p>
  <p id="page-error" class="error" role="alert" hidden></p>
  <div id="companies" aria-busy="true">
    <p class="muted" id="loading">Loading…</p>
  </div>
  <noscript><p class="error">This page needs JavaScript to show the license keys.</p></noscript>
</section>
</main>

<dialog id="reset-dialog" aria-labelledby="reset-title" aria-describedby="reset-text">
  <form method="dialog">
    <h2 id="reset-title">Reset the license key?</h2>
    <p id="reset-text">The current key of <strong id="reset-company">this company</strong> stops
      working and the connector using it is unlinked. Enter the new key in the connector to
      link again.</p>
    <div class="dialog-buttons">
      <button type="submit" value="cancel" class="button" id="reset-cancel">Cancel</button>
      <button type="submit" value="confirm" class="button danger" id="reset-confirm">Reset
        key</button>
    </div>
  </form>
</dialog>

<dialog id="remove-dialog" aria-labelledby="remove-title" aria-describedby="remove-text">
  <form method="dialog">
    <h2 id="remove-title">Remove this company?</h2>
    <p id="remove-text"><strong id="remove-company">This company</strong> stops syncing with
      {escape(settings.setup_app_name)}: its license key stops working, the connector on the
      QuickBooks PC stops relaying for it, and it leaves this page. Records already synced are
      kept. To link it again later, use Add another company.</p>
    <div class="dialog-buttons">
      <button type="submit" value="cancel" class="button" id="remove-cancel">Cancel</button>
      <button type="submit" value="confirm" class="button danger" id="remove-confirm">Remove
        company</button>
    </div>
  </form>
</dialog>
</body>
</html>
"""
    )


def expired_page(message: str) -> str:
    """The page shown for a missing, forged or expired set-up link."""
    return (
        _head("Set-up link expired")
        + f"""</head>
<body>
<main class="page">
  <section class="panel expired" role="alert">
    <h1>QuickBooks Desktop</h1>
    <p id="expired-message">{escape(message)}</p>
  </section>
</main>
</body>
</html>
"""
    )
