"""Tenants and API keys."""

from __future__ import annotations

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
            "with a key from `qbdlink hub tenant create`.",
        )
    tenant = session.get(Tenant, key.tenant_id)
    assert tenant is not None
    return tenant
