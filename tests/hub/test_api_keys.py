"""API keys: a second key for rotation, revocation now or after a grace period."""

from __future__ import annotations

from datetime import timedelta

import pytest

from qbdlink.hub.db import utcnow
from qbdlink.hub.errors import Conflict, NotFound
from qbdlink.hub.security import hash_secret
from qbdlink.hub.tenants.service import create_api_key, list_api_keys, revoke_api_key
from tests.hub.conftest import Hub

pytestmark = [pytest.mark.anyio, pytest.mark.both_databases]


def _new_key(hub: Hub) -> str:
    with hub.context.db.session() as session:
        return create_api_key(session, tenant_id=hub.tenant_id)


def _key_id(hub: Hub, secret: str) -> str:
    with hub.context.db.session() as session:
        keys = list_api_keys(session, tenant_id=hub.tenant_id)
        return next(key.id for key in keys if key.key_hash == hash_secret(secret))


def _revoke(hub: Hub, secret: str, *, after: timedelta = timedelta(0)) -> None:
    key_id = _key_id(hub, secret)
    with hub.context.db.session() as session:
        revoke_api_key(session, key_id=key_id, at=utcnow() + after)


async def _status_with(hub: Hub, secret: str) -> int:
    response = await hub.api("GET", "/v1/links", headers={"Authorization": f"Bearer {secret}"})
    return response.status_code


async def test_a_second_key_works_beside_the_first(hub: Hub) -> None:
    second = _new_key(hub)

    assert (await _status_with(hub, hub.api_key), await _status_with(hub, second)) == (200, 200)


async def test_a_revoked_key_is_refused_and_the_other_still_works(hub: Hub) -> None:
    second = _new_key(hub)

    _revoke(hub, hub.api_key)

    assert (await _status_with(hub, hub.api_key), await _status_with(hub, second)) == (401, 200)


async def test_a_key_revoked_with_a_grace_period_works_until_it_ends(hub: Hub) -> None:
    _revoke(hub, hub.api_key, after=timedelta(hours=1))

    assert await _status_with(hub, hub.api_key) == 200


async def test_revoking_a_revoked_key_says_so(hub: Hub) -> None:
    _revoke(hub, hub.api_key)

    with pytest.raises(Conflict, match="already revoked"):
        _revoke(hub, hub.api_key)


async def test_revoking_an_unknown_key_says_so(hub: Hub) -> None:
    with pytest.raises(NotFound, match="no API key"), hub.context.db.session() as session:
        revoke_api_key(session, key_id="key_nope")
