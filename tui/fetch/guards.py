"""Which URLs and addresses may be fetched: http(s) only, never link-local or metadata.

A briefing is data someone else may have written. Its links (and every redirect they
lead to) must not reach local files, other schemes, or the cloud metadata service that
hands out credentials on 169.254.169.254. Schemes are checked before each request;
addresses are checked after name resolution, right before connecting (see
:mod:`tui.fetch.transport`), so a host name that resolves to a refused address is
refused too. Loopback and private networks stay allowed: fetching a page from one's own
machine or intranet is a legitimate use of a desktop tool.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from tui.fetch.errors import Refused

__all__ = ["check_address", "check_url", "is_ip_literal"]

ALLOWED_SCHEMES = frozenset({"http", "https"})

_REFUSED_NETWORKS = tuple(
    (ipaddress.ip_network(net), why)
    for net, why in (
        ("169.254.0.0/16", "link-local (cloud metadata) address"),
        ("fe80::/10", "link-local address"),
        ("fd00:ec2::254/128", "cloud metadata address"),
        ("100.100.100.200/32", "cloud metadata address"),
        ("0.0.0.0/8", "'this host' address"),
        ("::/128", "unspecified address"),
        ("224.0.0.0/4", "multicast address"),
        ("ff00::/8", "multicast address"),
    )
)

_METADATA_HOSTS = frozenset(
    {"metadata", "metadata.google.internal", "metadata.goog", "instance-data"}
)


def check_url(url: str) -> None:
    """Raise :class:`Refused` unless ``url`` is an http(s) URL with a host we may ask."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as error:
        raise Refused(f"not a valid URL ({error})") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"'{scheme}:'" if scheme else "no scheme"
        raise Refused(f"refused: {shown} URLs are not fetched (only http and https)")
    if not host:
        raise Refused("not a valid URL (no host)")
    if host.rstrip(".").lower() in _METADATA_HOSTS:
        raise Refused(f"refused: {host} is a cloud metadata service")
    if is_ip_literal(host):
        check_address(host)


def is_ip_literal(host: str) -> bool:
    """True when ``host`` is an IPv4 or IPv6 address rather than a name."""
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


def check_address(address: str) -> None:
    """Raise :class:`Refused` when ``address`` is link-local, metadata or otherwise off-limits."""
    ip = ipaddress.ip_address(address.strip("[]").split("%", 1)[0])
    candidates = [ip]
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        candidates.append(ip.ipv4_mapped)
    for candidate in candidates:
        for network, why in _REFUSED_NETWORKS:
            if candidate.version == network.version and candidate in network:
                raise Refused(f"refused: {address} is a {why}")
