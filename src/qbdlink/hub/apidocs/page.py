"""``/docs``: Swagger UI for the public API, served by the hub itself (no CDN, works offline).

The assets are a pinned ``swagger-ui-dist`` release vendored into ``static/`` by
``scripts/vendor_swagger_ui.py``. The page's Content-Security-Policy allows only the hub's own
origin, plus the one inline script that starts Swagger UI (by its hash) and the inline images
its stylesheet carries (``data:``).
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from importlib import resources
from typing import Final

from fastapi import FastAPI, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

from qbdlink.hub.apidocs.documents import PUBLIC
from qbdlink.hub.errors import NotFound

DOCS_URL: Final = "/docs"
STATIC_URL: Final = "/docs/static"
_MEDIA_TYPES: Final = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon-32x32.png": "image/png",
}
_INLINE_SCRIPT: Final = re.compile(r"<script>(.*?)</script>", re.DOTALL)


@cache
def _asset(name: str) -> bytes:
    return resources.files("qbdlink.hub.apidocs").joinpath("static", name).read_bytes()


@cache
def docs_page() -> tuple[str, str]:
    """The page's HTML and its Content-Security-Policy (built once)."""
    html = bytes(
        get_swagger_ui_html(
            openapi_url=PUBLIC.url,
            title="qbdlink hub: API docs",
            swagger_js_url=f"{STATIC_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{STATIC_URL}/swagger-ui.css",
            swagger_favicon_url=f"{STATIC_URL}/favicon-32x32.png",
            swagger_ui_parameters={"defaultModelsExpandDepth": -1},
        ).body
    ).decode()
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in _INLINE_SCRIPT.findall(html)
    )
    policy = (
        "default-src 'self'; "
        f"script-src 'self' {hashes}; "
        "style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'"
    )
    return html, policy


def install(app: FastAPI) -> None:
    """Serve ``/docs`` and its assets."""

    def docs() -> HTMLResponse:
        """The interactive documentation of the public API."""
        html, policy = docs_page()
        return HTMLResponse(
            html,
            headers={
                "Content-Security-Policy": policy,
                "X-Content-Type-Options": "nosniff",
                "Cache-Control": "no-cache",
            },
        )

    def docs_asset(name: str) -> Response:
        """One of Swagger UI's files, vendored with the hub."""
        media_type = _MEDIA_TYPES.get(name)
        if media_type is None:
            raise NotFound(
                "not_found",
                f"no docs asset {name!r}",
                user_facing_message="That page was not found. Open /docs for the API "
                "documentation.",
            )
        return Response(
            _asset(name),
            media_type=media_type,
            headers={"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff"},
        )

    app.add_api_route(DOCS_URL, docs, methods=["GET"], include_in_schema=False)
    app.add_api_route(
        f"{STATIC_URL}/{{name}}", docs_asset, methods=["GET"], include_in_schema=False
    )
