"""Tenants, their API keys, and the operator's keys.

Three kinds of bearer secret meet here, told apart by their stored hash (the prefix is only a
readable hint): a tenant's API key (``qbk_…``) signs the tenant's own REST calls; an operator
key (``qbop_…``) signs the operator's calls that create and disable tenants. Each is refused
with a 403 naming the key it needs when it is sent to the other's endpoints, so that a mix-up
reads as such and not as "invalid key". A disabled tenant's keys are refused with a 403
(``tenant_disabled``) until the operator enables it again, and the schedule starts no sync for
its links meanwhile (``sync.service.start_due_syncs``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final, Generic, Literal, TypeVar

from sqlalchemy import column, func, or_, select, table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qbdlink.hub.db import iso, new_id, utcnow
from qbdlink.hub.errors import Conflict, Forbidden, InvalidRequest, NotFound, Unauthorized
from qbdlink.hub.paging import keyset_page
from qbdlink.hub.security import hash_secret, new_secret
from qbdlink.hub.tenants.models import ApiKey, OperatorKey, Tenant

API_KEY_PREFIX: Final = "qbk"
OPERATOR_KEY_PREFIX: Final = "qbop"
MAX_NAME_LENGTH: Final = 200
MAX_GRACE: Final = timedelta(days=7)
LIST_LIMIT: Final = 100
MAX_LIST_LIMIT: Final = 500
# `last_used_at` is written at most this often per key: a read-only call stays read-only
# almost always, and the answer "used in the last few minutes" is what a rotation needs.
LAST_USED_RESOLUTION: Final = timedelta(minutes=5)

KeyStatus = Literal["active", "expiring", "revoked"]
Audience = Literal["api", "connector"]

_DISABLED_MESSAGES: Final[dict[Audience, str]] = {
    "api": "The QuickBooks Desktop add-on is switched off for this account, so nothing can be "
    "read or changed. Contact the app's support to have it switched back on.",
    "connector": "The QuickBooks Desktop add-on is switched off for this account, so nothing "
    "is synced. Contact the app's support to have it switched back on; this connector then "
    "resumes on its own.",
}


T = TypeVar("T")
R = TypeVar("R", Tenant, ApiKey)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list, oldest first."""

    items: list[T]
    next_cursor: str | None
    has_more: bool


# -- tenants ------------------------------------------------------------------------------------


def _clean_name(name: str, *, what: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise InvalidRequest(
            f"{what}_name_missing",
            f"a {what} needs a name",
            user_facing_message=f"Give the {what} a name; nothing was created.",
        )
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidRequest(
            f"{what}_name_too_long",
            f"a {what} name has at most {MAX_NAME_LENGTH} characters, got {len(cleaned)}",
            user_facing_message=f"The name is too long (at most {MAX_NAME_LENGTH} characters); "
            "nothing was created.",
        )
    return cleaned


def register_tenant(
    session: Session, *, name: str, key_name: str | None = None
) -> tuple[Tenant, ApiKey, str]:
    """Create a tenant and its first API key; the key's secret is returned once."""
    name = _clean_name(name, what="tenant")
    if session.scalar(select(Tenant.id).where(Tenant.name == name)) is not None:
        raise _tenant_exists(name)
    tenant = Tenant(id=new_id("ten"), name=name)
    session.add(tenant)
    try:
        session.flush()
    except IntegrityError as exc:  # the same name created at the same moment by another call
        raise _tenant_exists(name) from exc
    key, secret = issue_api_key(session, tenant_id=tenant.id, name=key_name)
    return tenant, key, secret


def _tenant_exists(name: str) -> Conflict:
    return Conflict(
        "tenant_exists",
        f"a tenant named {name!r} already exists",
        user_facing_message=f"An account named '{name}' already exists; choose another name.",
    )


def create_tenant(session: Session, *, name: str) -> tuple[Tenant, str]:
    """Create a tenant and its first API key; the key is returned once and stored hashed."""
    tenant, _, secret = register_tenant(session, name=name)
    return tenant, secret


def find_tenant(session: Session, *, name_or_id: str) -> Tenant:
    """A tenant by id or by name."""
    tenant = session.get(Tenant, name_or_id) or session.scalar(
        select(Tenant).where(Tenant.name == name_or_id)
    )
    if tenant is None:
        raise NotFound(
            "tenant_not_found",
            f"no tenant with the name or id {name_or_id!r}",
            user_facing_message="That account doesn't exist.",
        )
    return tenant


def get_tenant(session: Session, *, tenant_id: str, lock: bool = False) -> Tenant:
    """A tenant by id (locked for update when it is about to change)."""
    query = select(Tenant).where(Tenant.id == tenant_id)
    tenant = session.scalars(query.with_for_update() if lock else query).first()
    if tenant is None:
        raise NotFound(
            "tenant_not_found",
            f"no tenant with the id {tenant_id!r}",
            user_facing_message="That account doesn't exist; check its id.",
        )
    return tenant


def list_tenants(
    session: Session, *, limit: int = LIST_LIMIT, cursor: str | None = None
) -> Page[Tenant]:
    """One page of every tenant, oldest first."""
    return _page(session, Tenant, select(Tenant), limit=limit, cursor=cursor, what="tenants")


# The links table, only counted here: tenants is the hub's bottom layer (pyproject's
# import-linter contract), so it names the two columns it reads instead of importing links.
_LINKS: Final = table("links", column("tenant_id"), column("disabled_at"))


@dataclass(frozen=True)
class TenantSummary:
    """A tenant and how many links it has that are not disabled (the operator's list)."""

    tenant: Tenant
    links: int


def summarize_tenants(session: Session) -> list[TenantSummary]:
    """Every tenant, oldest first, with its count of links not disabled (one query)."""
    live_links = (
        select(_LINKS.c.tenant_id, func.count().label("links"))
        .where(_LINKS.c.disabled_at.is_(None))
        .group_by(_LINKS.c.tenant_id)
        .subquery()
    )
    rows = session.execute(
        select(Tenant, func.coalesce(live_links.c.links, 0))
        .outerjoin(live_links, live_links.c.tenant_id == Tenant.id)
        .order_by(Tenant.created_at, Tenant.id)
    ).all()
    return [TenantSummary(tenant, int(links)) for tenant, links in rows]


def disable_tenant(session: Session, *, tenant_id: str) -> Tenant:
    """Refuse the tenant's API keys and connectors from now on (kept: its data and keys)."""
    tenant = get_tenant(session, tenant_id=tenant_id, lock=True)
    if tenant.disabled_at is None:  # disabling twice keeps the first time
        tenant.disabled_at = utcnow()
        session.flush()
    return tenant


def enable_tenant(session: Session, *, tenant_id: str) -> Tenant:
    """Accept the tenant's API keys and connectors again."""
    tenant = get_tenant(session, tenant_id=tenant_id, lock=True)
    tenant.disabled_at = None
    session.flush()
    return tenant


def ensure_enabled(tenant: Tenant, *, audience: Audience = "api") -> None:
    """``Forbidden`` (``tenant_disabled``) when the operator has disabled the tenant."""
    if tenant.disabled_at is not None:
        raise Forbidden(
            "tenant_disabled",
            f"the tenant {tenant.id} was disabled by the hub's operator at "
            f"{iso(tenant.disabled_at)}; its API keys and connectors are refused until it is "
            "enabled again (POST /v1/tenants/{id}/enable with an operator key)",
            user_facing_message=_DISABLED_MESSAGES[audience],
        )


def disabled_message(audience: Audience) -> str:
    """What the end user reads when the operator has switched the account off."""
    return _DISABLED_MESSAGES[audience]


def check_enabled(session: Session, *, tenant_id: str, audience: Audience = "api") -> None:
    """``Forbidden`` (``tenant_disabled``) when the tenant with this id is disabled."""
    tenant = session.get(Tenant, tenant_id)
    if tenant is not None:
        ensure_enabled(tenant, audience=audience)


def tenant_status(tenant: Tenant) -> Literal["active", "disabled"]:
    """Whether the tenant's keys are accepted."""
    return "disabled" if tenant.disabled_at is not None else "active"


# -- API keys -----------------------------------------------------------------------------------


def issue_api_key(
    session: Session, *, tenant_id: str, name: str | None = None
) -> tuple[ApiKey, str]:
    """Issue another API key for a tenant: the row, and its secret (returned only here)."""
    if name is not None:
        name = _clean_name(name, what="key")
    secret = new_secret(API_KEY_PREFIX)
    key = ApiKey(
        id=new_id("key"),
        tenant_id=tenant_id,
        key_hash=hash_secret(secret),
        prefix=secret[:8],
        name=name,
    )
    session.add(key)
    session.flush()
    return key, secret


def create_api_key(session: Session, *, tenant_id: str) -> str:
    """Issue another API key for a tenant."""
    return issue_api_key(session, tenant_id=tenant_id)[1]


def list_api_keys(session: Session, *, tenant_id: str) -> list[ApiKey]:
    """A tenant's API keys, oldest first (revoked ones included: they say when)."""
    return list(
        session.scalars(
            select(ApiKey)
            .where(ApiKey.tenant_id == tenant_id)
            .order_by(ApiKey.created_at, ApiKey.id)
        )
    )


def page_api_keys(
    session: Session, *, tenant_id: str, limit: int = LIST_LIMIT, cursor: str | None = None
) -> Page[ApiKey]:
    """One page of a tenant's API keys, oldest first (revoked ones included)."""
    query = select(ApiKey).where(ApiKey.tenant_id == tenant_id)
    return _page(session, ApiKey, query, limit=limit, cursor=cursor, what="API keys")


def key_status(key: ApiKey | OperatorKey, *, now: datetime | None = None) -> KeyStatus:
    """Active; expiring (revoked with a grace period that has not ended); or revoked."""
    if key.revoked_at is None:
        return "active"
    return "expiring" if key.revoked_at > (now or utcnow()) else "revoked"


def revoke_api_key(
    session: Session,
    *,
    key_id: str,
    tenant_id: str | None = None,
    at: datetime | None = None,
    keep_one: bool = False,
) -> ApiKey:
    """Revoke an API key now, or from ``at`` on (a grace period while callers switch keys).

    With ``tenant_id`` only that tenant's key is found. With ``keep_one`` the tenant must keep
    another key with no end, so a caller cannot lock itself out (the operator's CLI may).
    """
    key = session.get(ApiKey, key_id)
    if key is None or (tenant_id is not None and key.tenant_id != tenant_id):
        raise NotFound(
            "api_key_not_found",
            f"no API key with the id {key_id!r}",
            user_facing_message="That API key doesn't exist; check its id in the list of keys.",
        )
    now = utcnow()
    if key.revoked_at is not None and key.revoked_at <= now:
        raise Conflict(
            "api_key_revoked",
            f"the API key {key_id} was already revoked",
            user_facing_message="That API key was already revoked; nothing was changed.",
        )
    if keep_one:
        # Lock the tenant so two revocations at once cannot each leave the other as the last.
        get_tenant(session, tenant_id=key.tenant_id, lock=True)
        others = session.scalar(
            select(ApiKey.id).where(
                ApiKey.tenant_id == key.tenant_id, ApiKey.id != key.id, ApiKey.revoked_at.is_(None)
            )
        )
        if others is None:
            raise Conflict(
                "last_api_key",
                f"{key_id} is the tenant's last API key without an end; create another key "
                "(POST /v1/api-keys), switch to it, then revoke this one",
                user_facing_message="This is the account's last working API key, so it was not "
                "revoked. Create another key first, switch the app to it, then revoke this one.",
            )
    key.revoked_at = max(at, now) if at is not None else now
    session.flush()
    return key


def authenticate(session: Session, *, api_key: str) -> Tenant:
    """The tenant an API key belongs to; 401 for an unknown or revoked key, 403 for an
    operator key or a disabled tenant."""
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_secret(api_key)))
    now = utcnow()
    if key is None or (key.revoked_at is not None and key.revoked_at <= now):
        if key is None and _live_operator_key(session, api_key, now) is not None:
            raise Forbidden(
                "tenant_key_required",
                "this endpoint takes a tenant's API key (qbk_…); an operator key (qbop_…) "
                "only manages tenants (/v1/tenants)",
                user_facing_message="The app signed in with the wrong kind of key for this, so "
                "nothing was changed. Contact the app's support.",
            )
        raise Unauthorized(
            "invalid_api_key",
            "The API key is not valid (unknown or revoked). Send `Authorization: Bearer <key>` "
            "with a key from `POST /v1/api-keys`, `qbdlink hub tenant create` or "
            "`qbdlink hub key create`.",
            user_facing_message="The app could not sign in to its QuickBooks connection. "
            "Contact the app's support.",
        )
    tenant = session.get(Tenant, key.tenant_id)
    assert tenant is not None
    ensure_enabled(tenant)
    _note_use(key, now)
    return tenant


def _note_use(key: ApiKey | OperatorKey, now: datetime) -> None:
    if key.last_used_at is None or now - key.last_used_at >= LAST_USED_RESOLUTION:
        key.last_used_at = now


# -- operator keys ------------------------------------------------------------------------------


def create_operator_key(session: Session, *, name: str | None = None) -> tuple[OperatorKey, str]:
    """Issue an operator key: the row, and its secret (returned only here, stored hashed)."""
    if name is not None:
        name = _clean_name(name, what="key")
    secret = new_secret(OPERATOR_KEY_PREFIX)
    key = OperatorKey(id=new_id("opk"), key_hash=hash_secret(secret), prefix=secret[:12], name=name)
    session.add(key)
    session.flush()
    return key, secret


def list_operator_keys(session: Session) -> list[OperatorKey]:
    """Every operator key, oldest first (revoked ones included)."""
    return list(session.scalars(select(OperatorKey).order_by(OperatorKey.created_at)))


def revoke_operator_key(session: Session, *, key_id: str) -> OperatorKey:
    """Revoke an operator key now."""
    key = session.get(OperatorKey, key_id)
    if key is None:
        raise NotFound(
            "operator_key_not_found",
            f"no operator key with the id {key_id!r}",
            user_facing_message="That operator key doesn't exist.",
        )
    if key.revoked_at is not None:
        raise Conflict(
            "operator_key_revoked",
            f"the operator key {key_id} was already revoked",
            user_facing_message="That operator key was already revoked; nothing changed.",
        )
    key.revoked_at = utcnow()
    session.flush()
    return key


def _live_operator_key(session: Session, secret: str, now: datetime) -> OperatorKey | None:
    key = session.scalar(select(OperatorKey).where(OperatorKey.key_hash == hash_secret(secret)))
    if key is None or (key.revoked_at is not None and key.revoked_at <= now):
        return None
    return key


def authenticate_operator(session: Session, *, operator_key: str) -> OperatorKey:
    """The operator key that signed a call; 401 when unknown or revoked, 403 for a tenant key."""
    now = utcnow()
    key = _live_operator_key(session, operator_key, now)
    if key is None:
        tenant_key = session.scalar(
            select(ApiKey.id).where(
                ApiKey.key_hash == hash_secret(operator_key),
                or_(ApiKey.revoked_at.is_(None), ApiKey.revoked_at > now),
            )
        )
        if tenant_key is not None:
            raise Forbidden(
                "operator_key_required",
                "this endpoint takes an operator key (qbop_…, from `qbdlink hub operator-key "
                "create`); a tenant's API key cannot manage tenants",
                user_facing_message="The app signed in with the wrong kind of key for this, so "
                "nothing was changed. Contact the app's support.",
            )
        raise Unauthorized(
            "invalid_operator_key",
            "The operator key is not valid (unknown or revoked). Send `Authorization: Bearer "
            "<key>` with a key from `qbdlink hub operator-key create`.",
            user_facing_message="The app could not sign in to manage accounts. Contact the "
            "app's support.",
        )
    _note_use(key, now)
    return key


# -- pages --------------------------------------------------------------------------------------


def _page(
    session: Session, model: type[R], query: Any, *, limit: int, cursor: str | None, what: str
) -> Page[R]:
    found = keyset_page(
        session, model, query, limit=limit, cursor=cursor, what=what, maximum=MAX_LIST_LIMIT
    )
    return Page(found.rows, found.next_cursor, found.has_more)
