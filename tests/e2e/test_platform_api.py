"""The platform API against a real hub process: an operator key made by the CLI creates a tenant
over HTTP, whose key enables a link and is then rotated with a grace period."""

from __future__ import annotations

from typing import Any

import httpx

from tests.e2e.conftest import Pc, wait_for


def _call(pc: Pc, method: str, path: str, key: str, **kwargs: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"}
    return httpx.request(method, pc.hub_url + path, headers=headers, timeout=30, **kwargs)


def test_an_operator_made_tenant_enables_a_link_and_rotates_its_key_without_downtime(
    pc: Pc,
) -> None:
    operator = pc.qbdlink("hub", "operator-key", "create", "--name", "e2e", check=True)
    created = _call(
        pc, "POST", "/v1/tenants", operator.stdout.strip(), json={"name": f"Seaside {pc.root.name}"}
    ).json()
    first = created["api_key"]
    listed = _call(pc, "GET", "/v1/links", first["secret"])
    link = _call(pc, "POST", "/v1/links", first["secret"], json={"name": "Acme"})
    second = _call(pc, "POST", "/v1/api-keys", first["secret"], json={"name": "next"}).json()
    revoked = _call(
        pc, "DELETE", f"/v1/api-keys/{first['id']}", second["secret"], params={"grace_seconds": 2}
    )

    during_grace = _call(pc, "GET", "/v1/links", first["secret"])
    after_grace = wait_for(
        lambda: _call(pc, "GET", "/v1/links", first["secret"]).status_code == 401,
        15,
        "the old key's grace period to end",
    )
    with_new = _call(pc, "GET", f"/v1/links/{link.json()['id']}", second["secret"])

    assert (
        listed.json()["data"],
        link.status_code,
        revoked.json()["status"],
        during_grace.status_code,
        after_grace,
        with_new.json()["name"],
    ) == ([], 201, "expiring", 200, True, "Acme")
