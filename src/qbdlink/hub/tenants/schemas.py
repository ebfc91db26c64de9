"""Wire shapes of ``/v1/tenants`` (operator) and ``/v1/api-keys`` (a tenant's own keys)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from qbdlink.hub.db import iso
from qbdlink.hub.tenants.models import ApiKey, Tenant
from qbdlink.hub.tenants.service import MAX_NAME_LENGTH, key_status, tenant_status


class TenantCreate(BaseModel):
    """A new tenant (one customer of the SaaS)."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=MAX_NAME_LENGTH, description="unique on this hub")


class ApiKeyCreate(BaseModel):
    """A new API key; the name says where it is used (e.g. "production, 2026-12")."""

    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, min_length=1, max_length=MAX_NAME_LENGTH)


class ApiKeyOut(BaseModel):
    """An API key as listed: never its secret or its hash."""

    id: str
    object: Literal["api_key"] = "api_key"
    name: str | None
    prefix: str = Field(description="the key's first characters, to recognize it")
    status: Literal["active", "expiring", "revoked"] = Field(
        description="expiring: revoked with a grace period that has not ended yet"
    )
    created_at: str
    last_used_at: str | None = Field(description="accurate to about five minutes")
    revoked_at: str | None = Field(
        description="when the key stops (expiring) or stopped (revoked) working"
    )

    @classmethod
    def of(cls, key: ApiKey) -> ApiKeyOut:
        """The listed view of a key."""
        return cls(
            id=key.id,
            name=key.name,
            prefix=key.prefix,
            status=key_status(key),
            created_at=iso(key.created_at) or "",
            last_used_at=iso(key.last_used_at),
            revoked_at=iso(key.revoked_at),
        )


class ApiKeyCreated(ApiKeyOut):
    """A key just issued: the only answer that carries its secret."""

    secret: str = Field(description="the bearer key; shown once, only its hash is kept")

    @classmethod
    def issued(cls, key: ApiKey, secret: str) -> ApiKeyCreated:
        """The view of a key just issued, with its secret."""
        return cls(**ApiKeyOut.of(key).model_dump(exclude={"object"}), secret=secret)


class ApiKeyList(BaseModel):
    """A page of a tenant's API keys, oldest first."""

    data: list[ApiKeyOut]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page")
    has_more: bool


class TenantOut(BaseModel):
    """A tenant as the operator sees it."""

    id: str
    object: Literal["tenant"] = "tenant"
    name: str
    status: Literal["active", "disabled"] = Field(
        description="disabled: its API keys and connectors are refused (403 tenant_disabled)"
    )
    created_at: str
    disabled_at: str | None

    @classmethod
    def of(cls, tenant: Tenant) -> TenantOut:
        """The operator's view of a tenant."""
        return cls(
            id=tenant.id,
            name=tenant.name,
            status=tenant_status(tenant),
            created_at=iso(tenant.created_at) or "",
            disabled_at=iso(tenant.disabled_at),
        )


class TenantCreated(TenantOut):
    """A tenant just created, with its first API key (its secret shown once)."""

    api_key: ApiKeyCreated


class TenantList(BaseModel):
    """A page of tenants, oldest first."""

    data: list[TenantOut]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page")
    has_more: bool
