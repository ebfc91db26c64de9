"""FastAPI dependencies: the deployment, a database session per request, the caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Final

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from qbdlink.hub.context import HubContext
from qbdlink.hub.errors import Unauthorized
from qbdlink.hub.tenants.models import OperatorKey, Tenant
from qbdlink.hub.tenants.service import authenticate, authenticate_operator

READ_METHODS: Final = frozenset({"GET", "HEAD"})


def get_context(request: Request) -> HubContext:
    """The deployment this app serves."""
    context: HubContext = request.app.state.hub
    return context


def get_session(request: Request) -> Iterator[Session]:
    """One transaction per request: committed when the handler returns normally.

    Used with ``scope="function"`` (``SessionDep``): the commit runs before the response is
    sent, so a 2xx means committed and a failed commit answers an error instead. A GET or HEAD
    reads: its session never waits behind writers (``Database.read_session``).
    """
    db = get_context(request).db
    with db.read_session() if request.method in READ_METHODS else db.session() as session:
        yield session


def bearer_token(request: Request) -> str:
    """The bearer secret of the ``Authorization`` header."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise Unauthorized(
            "missing_credentials",
            "Send `Authorization: Bearer <key>`.",
            user_facing_message="The app did not sign in to its QuickBooks connection. "
            "Contact the app's support.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return value.strip()


# The commit must finish before the response starts (FastAPI's default "request" scope runs
# it after the response is sent: a client could hold a 202 for a write that never committed).
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_tenant(
    session: SessionDep,
    token: Annotated[str, Depends(bearer_token)],
) -> Tenant:
    """The tenant whose API key signed this request."""
    return authenticate(session, api_key=token)


def tenant_id_for(context: HubContext, token: str) -> str:
    """Authenticate an API key in its own short read (for async endpoints that wait)."""
    with context.db.read_session() as session:
        return authenticate(session, api_key=token).id


def get_operator(
    session: SessionDep,
    token: Annotated[str, Depends(bearer_token)],
) -> OperatorKey:
    """The operator key that signed this request (tenant endpoints refuse it, and vice versa)."""
    return authenticate_operator(session, operator_key=token)


ContextDep = Annotated[HubContext, Depends(get_context)]
TenantDep = Annotated[Tenant, Depends(get_tenant)]
OperatorDep = Annotated[OperatorKey, Depends(get_operator)]
