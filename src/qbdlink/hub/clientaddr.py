"""Who is calling: the socket peer, or what a trusted reverse proxy says the client was.

``X-Forwarded-For`` is a list anyone can write into; each proxy appends the address it saw.
Only the entries appended by our own proxies can be believed, so the header is read only when
the socket peer is a configured proxy (``QBDLINK_TRUSTED_PROXIES``, default none), and then
from the right: the first address that is not itself one of our proxies is the client.
Everything left of it was written by the client and is ignored.

uvicorn must not rewrite ``request.client`` from the header itself: ``hub serve`` and
``ThreadedHub`` run it with ``proxy_headers=False``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from ipaddress import IPv4Address, IPv6Address, ip_address, ip_network
from typing import Final

from starlette.requests import Request

from qbdlink.hub.settings import HubSettings

UNKNOWN: Final = "unknown"
Network = tuple[int, int, int]  # (version, network address, prefix mask) for fast membership


@lru_cache(maxsize=32)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    networks = []
    for entry in entries:
        network = ip_network(entry, strict=False)
        mask = int(network.netmask)
        networks.append((network.version, int(network.network_address), mask))
    return tuple(networks)


def _parse(text: str) -> IPv4Address | IPv6Address | None:
    """An address from a peer or header entry (``[::1]``, ``1.2.3.4:5678`` too), else None."""
    text = text.strip().strip('"')
    if text.startswith("["):  # "[v6]" or "[v6]:port"
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:  # "v4:port"
        text = text.partition(":")[0]
    try:
        address = ip_address(text)
    except ValueError:
        return None
    if isinstance(address, IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped  # one client, one spelling
    return address


def _trusted(address: IPv4Address | IPv6Address, networks: tuple[Network, ...]) -> bool:
    value = int(address)
    return any(
        version == address.version and value & mask == base for version, base, mask in networks
    )


def resolve(peer: str | None, forwarded_for: Iterable[str], trusted_proxies: Sequence[str]) -> str:
    """The client's address given the socket peer, the X-Forwarded-For values and our proxies."""
    address = _parse(peer) if peer else None
    if address is None:
        return peer or UNKNOWN
    networks = _networks(tuple(trusted_proxies))
    if not _trusted(address, networks):
        return str(address)
    hops = [hop for value in forwarded_for for hop in value.split(",")]
    for hop in reversed(hops):
        parsed = _parse(hop)
        if parsed is None:
            # Not an address: nothing left of it can be placed; the last proxy is the client.
            break
        address = parsed
        if not _trusted(address, networks):
            break
    return str(address)


def client_address(request: Request, settings: HubSettings) -> str:
    """The address of the client behind ``request`` (see the module's docstring)."""
    peer = request.client.host if request.client else None
    return resolve(peer, request.headers.getlist("x-forwarded-for"), settings.trusted_proxies)
