"""``/docs``: Swagger UI served by the hub itself renders the API in a real Chromium, offline.

The hub runs under uvicorn on a loopback port (SQLite); every request the page makes to any
other host is aborted and recorded, so a CDN reference would leave the page blank and fail.
Without Chromium the test skips; with ``CI=true`` it fails.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from qbdlink.hub.threaded import ThreadedHub
from tests.hub.conftest import hub_settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def docs_hub(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[str]:
    database = tmp_path_factory.mktemp("docs-hub") / "hub.sqlite3"
    shutil.copy(sqlite_template, database)
    hub = ThreadedHub()
    hub.start(hub_settings(f"sqlite:///{database}", public_url=hub.url))
    # The document is built on its first request (once per process): not the page's time.
    assert httpx.get(f"{hub.url}/openapi.json", timeout=60).status_code == 200
    yield hub.url
    hub.stop()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not CHROMIUM.exists():
        problem = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_docs_render_the_operations_with_no_network_but_the_hub(
    docs_hub: str, chromium: Any
) -> None:
    context = chromium.new_context()
    page = context.new_page()
    elsewhere: list[str] = []
    refused: list[str] = []

    def only_the_hub(route: Any) -> None:
        if route.request.url.startswith(docs_hub):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort("internetdisconnected")

    page.route("**/*", only_the_hub)
    page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else None)
    # Swagger UI renders only what is on screen: a deep link scrolls to an operation far down.
    page.goto(f"{docs_hub}/docs#/records/list_invoices")
    invoices = page.locator("#operations-records-list_invoices")
    invoices.wait_for(timeout=30_000)
    shown = invoices.inner_text()
    context.close()

    assert ("/v1/links/{link_id}/invoices" in shown.replace("\u200b", ""), elsewhere, refused) == (
        True,
        [],
        [],
    )


def test_the_docs_page_allows_scripts_from_the_hub_only(docs_hub: str) -> None:
    policy = httpx.get(f"{docs_hub}/docs").headers["content-security-policy"]

    sources = {d.split()[0]: d.split()[1:] for d in policy.split("; ")}
    assert [s for s in sources["script-src"] if not s.startswith("'sha256-")] == ["'self'"]


def test_redoc_and_cdn_pages_are_gone(docs_hub: str) -> None:
    assert httpx.get(f"{docs_hub}/redoc").status_code == 404


def test_the_vendored_swagger_ui_is_the_pinned_release() -> None:
    spec = importlib.util.spec_from_file_location("vendor", REPO / "scripts/vendor_swagger_ui.py")
    assert spec is not None
    assert spec.loader is not None
    vendor = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(vendor)

    assert vendor.check(vendor.TARGET) == []
