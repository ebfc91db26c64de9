"""Tenants and API keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qbdlink.hub.db import new_id, utcnow
from qbdlink.hub.errors import Conflict, InvalidRequest, NotFound, Unauthorized
from qbdlink.hub.security import hash_secret, new_secret
from qbdlink.hub.tenants.models import ApiKey, Tenant


def create_tenant(session: Session, *, name: str) -> tuple[Tenant, str]:
    """Create a tenant and its first API key; the key is returned once and stored hashed."""
    name = name.strip()
    if not name:
        raise InvalidRequest("tenant_name_missing", "a tenant needs a name")
    if session.scalar(select(Tenant.id).where(Tenant.name == name)) is not None:
        raise Conflict("tenant_exists", f"a tenant named {name!r} already exists")
    tenant = Tenant(id=new_id("ten"), name=name)
    session.add(tenant)
    session.flush()
    return tenant, create_api_key(session, tenant_id=tenant.id)


def create_api_key(session: Session, *, tenant_id: str) -> str:
    """Issue another API key for a tenant."""
    secret = new_secret("qbk")
    session.add(
        ApiKey(
            id=new_id("key"), tenant_id=tenant_id, key_hash=hash_secret(secret), prefix=secret[:8]
        )
    )
    session.flush()
    return secret


def list_api_keys(session: Session, *, tenant_id: str) -> list[ApiKey]:
    """A tenant's API keys, oldest first (revoked ones included: they say when)."""
    return list(
        session.scalars(
            select(ApiKey).where(ApiKey.tenant_id == tenant_id).order_by(ApiKey.created_at)
        )
    )


def revoke_api_key(session: Session, *, key_id: str, at: datetime | None = None) -> ApiKey:
    """Revoke an API key now, or from ``at`` on (a grace period while callers switch keys)."""
    key = session.get(ApiKey, key_id)
    if key is None:
        raise NotFound("api_key_not_found", f"no API key with the id {key_id!r}")
    now = utcnow()
    if key.revoked_at is not None and key.revoked_at <= now:
        raise Conflict("api_key_revoked", f"the API key {key_id} was already revoked")
    key.revoked_at = max(at, now) if at is not None else now
    session.flush()
    return key


def find_tenant(session: Session, *, name_or_id: str) -> Tenant:
    """A tenant by id or by name."""
    tenant = session.get(Tenant, name_or_id) or session.scalar(
        select(Tenant).where(Tenant.name == name_or_id)
    )
    if tenant is None:
        raise NotFound("tenant_not_found", f"no tenant with the name or id {name_or_id!r}")
    return tenant


def authenticate(session: Session, *, api_key: str) -> Tenant:
    """The tenant an API key belongs to; ``Unauthorized`` for an unknown or revoked key."""
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_secret(api_key)))
    if key is None or (key.revoked_at is not None and key.revoked_at <= utcnow()):
        raise Unauthorized(
            "invalid_api_key",
            "The API key is not valid (unknown or revoked). Send `Authorization: Bearer <key>` "
            "with a key from `qbdlink hub tenant create` or `qbdlink hub key create`.",
        )
    tenant = session.get(Tenant, key.tenant_id)
    assert tenant is not None
    return tenant
