"""``create_app(settings)``: the hub as one FastAPI application (no state at import time)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from qbdlink.agentapi import AGENT_PREFIX
from qbdlink.hub.agents.lifecycle import flag_silent_connectors
from qbdlink.hub.agents.router import router as agent_router
from qbdlink.hub.apidocs import documents as api_documents
from qbdlink.hub.apidocs import page as api_docs_page
from qbdlink.hub.context import HubContext
from qbdlink.hub.errors import PayloadTooLarge, install_error_handlers
from qbdlink.hub.jobs.service import recover_expired_leases
from qbdlink.hub.links.router import router as links_router
from qbdlink.hub.notifier import listen_postgresql
from qbdlink.hub.qbwc.router import router as qbwc_router
from qbdlink.hub.records.router import router as records_router
from qbdlink.hub.reports.router import router as reports_router
from qbdlink.hub.settings import HubSettings
from qbdlink.hub.sync.router import router as sync_router
from qbdlink.hub.sync.service import start_due_syncs
from qbdlink.hub.tenants.router import router as tenants_router
from qbdlink.hub.updates.router import router as updates_router
from qbdlink.hub.web.router import redact_access_log
from qbdlink.hub.web.router import router as web_router
from qbdlink.hub.webhooks.delivery import deliver_due
from qbdlink.hub.webhooks.router import router as webhooks_router
from qbdlink.hub.wiring import wire_context
from qbdlink.hub.writes.router import router as writes_router
from qbdlink.hub.writes.service import expire_overdue_writes

log = logging.getLogger("qbdlink.hub")
BackgroundTask = Callable[[HubContext], None]


class RequestLimits:
    """Give each request an id (``Qbdlink-Request-Id``) and refuse oversized bodies early."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, max_agent_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_agent_bytes = max_agent_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = "req_" + secrets.token_hex(8)
        scope.setdefault("state", {})["request_id"] = request_id
        path: str = scope.get("path", "")
        # Connectors and the Web Connector post whole QuickBooks responses.
        limit = self.max_agent_bytes if path.startswith((AGENT_PREFIX, "/qbwc")) else self.max_bytes
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._too_large(send, request_id, limit)
            return
        received = 0
        too_large = started = False

        async def limited_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_large = True
                    raise _BodyTooLarge
            return message

        async def send_with_id(message: Message) -> None:
            nonlocal started
            if too_large and not started:
                # FastAPI turns our exception into a 400 "error parsing the body"; answer 413.
                return
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [
                    *message.get("headers", []),
                    (b"qbdlink-request-id", request_id.encode()),
                ]
            await send(message)

        with contextlib.suppress(_BodyTooLarge):
            await self.app(scope, limited_receive, send_with_id)
        if too_large and not started:
            await self._too_large(send, request_id, limit)

    @staticmethod
    async def _too_large(send: Send, request_id: str, limit: int) -> None:
        error = PayloadTooLarge(
            "body_too_large",
            f"the request body is larger than {limit} bytes",
            user_facing_message="The request was too large and was not applied.",
        )
        body = json.dumps(error.body(request_id)).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"qbdlink-request-id", request_id.encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _BodyTooLarge(Exception):
    pass


def _background_tasks() -> list[BackgroundTask]:
    return [
        recover_expired_leases,
        start_due_syncs,
        flag_silent_connectors,
        expire_overdue_writes,
        deliver_due,
    ]


async def _run_background(context: HubContext, tasks: list[BackgroundTask]) -> None:
    interval = context.settings.background_interval_seconds
    while True:
        for task in tasks:
            try:
                await asyncio.to_thread(task, context)
            except Exception:  # one failing chore must not stop the others
                log.exception("background task %s failed", getattr(task, "__name__", task))
        await asyncio.sleep(interval)


def _operation_id(route: APIRoute) -> str:
    return route.name


def create_app(
    settings: HubSettings | None = None, *, context: HubContext | None = None
) -> FastAPI:
    """The hub's ASGI application for one region's deployment."""
    settings = settings or HubSettings()
    hub = wire_context(context or HubContext.from_settings(settings))

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        hub.notifier.bind(asyncio.get_running_loop())
        await asyncio.to_thread(hub.db.migrate)
        running: list[asyncio.Task[Any]] = []
        if hub.db.is_postgresql:
            ready = asyncio.Event()
            running.append(asyncio.create_task(listen_postgresql(hub.db.url, hub.notifier, ready)))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ready.wait(), 10)
        if settings.background_tasks:
            running.append(asyncio.create_task(_run_background(hub, _background_tasks())))
        try:
            yield
        finally:
            for task in running:
                task.cancel()
            for task in running:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            if context is None:
                hub.db.dispose()

    app = FastAPI(
        title="qbdlink hub",
        version="1",
        summary="QuickBooks Desktop, as a REST API with webhooks.",
        lifespan=lifespan,
        # Served by apidocs: Swagger UI from the hub itself (no CDN), one document per API.
        docs_url=None,
        redoc_url=None,
        # operationId = the handler's name (`list_links`), not FastAPI's name_path_method: the
        # generated client's functions are named after it.
        generate_unique_id_function=_operation_id,
    )
    app.state.hub = hub
    install_error_handlers(app)
    _include_routers(app)
    api_documents.install(app)
    api_docs_page.install(app)
    app.add_middleware(
        RequestLimits,
        max_bytes=settings.max_request_bytes,
        max_agent_bytes=settings.max_agent_result_bytes,
    )
    return app


def _include_routers(app: FastAPI) -> None:
    redact_access_log()  # the set-up page's URL carries its session token
    # Writes and operations before records: /v1/operations and POST routes are more specific.
    routers = (
        links_router,
        sync_router,
        agent_router,
        qbwc_router,
        webhooks_router,
        writes_router,
        web_router,
        updates_router,
        tenants_router,
        reports_router,
        records_router,
    )
    for router in routers:
        app.include_router(router)
