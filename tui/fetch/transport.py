"""The one shared HTTP client of a run, with name resolution that checks every address.

httpx resolves names deep inside httpcore, after any check on the URL could run. To
refuse a host *name* that resolves to a link-local or metadata address, the connection
pool gets a network backend that resolves the name itself (through a pluggable
resolver), checks each address with :func:`tui.fetch.guards.check_address`, and then
connects to the checked address. TLS still verifies against the host name, because
httpcore passes the request's host as the server name, not the address connected to.

A custom transport also means proxies from the environment are not used: a proxy would
resolve names where these checks cannot see.
"""

from __future__ import annotations

import asyncio
import socket
import typing
from collections.abc import Iterable

import httpcore
import httpx

from tui.fetch.errors import HostNotFound
from tui.fetch.guards import check_address, is_ip_literal
from tui.fetch.settings import FetchSettings, Resolver

__all__ = ["GuardedBackend", "make_client", "system_resolver"]

SocketOption = typing.Union[  # noqa: UP007 - mirrors httpcore's alias
    tuple[int, int, int], tuple[int, int, bytes | bytearray], tuple[int, int, None, int]
]


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the operating system gives for ``host`` (in its preferred order)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        address = str(sockaddr[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolve, refuse forbidden addresses, then connect through the usual backend."""

    def __init__(self, resolver: Resolver | None = None) -> None:
        self._resolve: Resolver = resolver or system_resolver
        self._inner = httpcore.AnyIOBackend()

    async def _addresses(self, host: str, port: int, timeout: float | None) -> list[str]:
        if is_ip_literal(host):
            check_address(host)
            return [host.strip("[]")]
        try:
            async with asyncio.timeout(timeout):
                addresses = await self._resolve(host, port)
        except socket.gaierror:
            raise HostNotFound(f"cannot resolve host {host!r} (no such host?)") from None
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host!r} timed out") from None
        if not addresses:
            raise HostNotFound(f"cannot resolve host {host!r} (no addresses)")
        for address in addresses:
            # One refused address refuses the host: a name that mixes a public address
            # with the metadata address is an attack, not an accident.
            check_address(address)
        return addresses

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        last_error: Exception | None = None
        for address in await self._addresses(host, port, timeout):
            try:
                return await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error
        assert last_error is not None
        raise last_error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:  # pragma: no cover - never used for web pages
        raise httpcore.ConnectError("unix sockets are not used for fetching")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport with its connection pool built on :class:`GuardedBackend`."""

    def __init__(self, settings: FetchSettings, limits: httpx.Limits) -> None:
        super().__init__(http2=settings.http2, limits=limits, trust_env=True)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=True),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=settings.http2,
            network_backend=GuardedBackend(settings.resolver),
        )


def make_client(settings: FetchSettings) -> httpx.AsyncClient:
    """One client for a whole run: pooled connections, explicit timeouts, no auto-redirects.

    Redirects are followed by the engine, one checked hop at a time, and bodies are
    decoded by :mod:`tui.fetch.body` (hence the explicit Accept-Encoding).
    """
    limits = httpx.Limits(
        max_connections=settings.concurrency,
        max_keepalive_connections=settings.concurrency,
        keepalive_expiry=15.0,
    )
    timeout = httpx.Timeout(
        connect=settings.connect_timeout,
        read=settings.read_timeout,
        write=settings.read_timeout,
        pool=settings.total_timeout,
    )
    return httpx.AsyncClient(
        transport=_GuardedTransport(settings, limits),
        timeout=timeout,
        follow_redirects=False,
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        },
    )
