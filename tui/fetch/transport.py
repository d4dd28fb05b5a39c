"""The one shared HTTP client of a run, with name resolution that checks every address.

httpx resolves names deep inside httpcore, after any check on the URL could run. To
refuse a host *name* that resolves to a link-local or metadata address, the connection
pool gets a network backend that resolves the name itself (through a pluggable
resolver), checks each address with :func:`tui.fetch.guards.check_address`, and then
connects to the checked address. TLS still verifies against the host name, because
httpcore passes the request's host as the server name, not the address connected to.

A custom transport also means proxies from the environment are not used: a proxy would
resolve names where these checks cannot see.

The backend also asks the kernel to acknowledge responses at once (``TCP_QUICKACK``,
see :class:`QuickAckStream`): many servers write the status line and headers, then the
body, in two small writes with Nagle's algorithm on, and on a kept-alive connection the
client's delayed ACK (40 ms on Linux) then holds back every body. Measured against such a
server (Python's ``http.server``), each request took ~145 ms instead of ~100 ms.
"""

from __future__ import annotations

import asyncio
import select
import socket
import ssl
import typing
from collections.abc import Iterable

import httpcore
import httpx

from tui.fetch.errors import HostNotFound
from tui.fetch.guards import check_address, is_ip_literal
from tui.fetch.settings import FetchSettings, Resolver

__all__ = ["GuardedBackend", "QuickAckStream", "make_client", "system_resolver"]

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


_QUICKACK: int | None = getattr(socket, "TCP_QUICKACK", None)
"""Linux only; elsewhere :class:`QuickAckStream` is a plain pass-through."""


class QuickAckStream(httpcore.AsyncNetworkStream):
    """A connection that re-arms ``TCP_QUICKACK`` before every read.

    Why: HTTP/1.1 on a kept-alive connection is request/response ping-pong, which puts
    Linux in its "interactive" mode where ACKs are delayed (up to 40 ms) hoping to ride
    on the next write. A server that sends headers and body as two small writes with
    Nagle on cannot send the body until the headers are acknowledged, so every response
    waits out that delay. The flag is not sticky (the kernel drops back to delayed ACKs
    after our next write), hence once per read: one cheap ``setsockopt``. Acknowledging
    sooner costs a few more empty packets and changes nothing in what is sent or read.
    """

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        raw = inner.get_extra_info("socket")
        self._socket: socket.socket | None = raw if hasattr(raw, "setsockopt") else None
        self._quick = _QUICKACK is not None and self._socket is not None

    def _quick_ack(self) -> None:
        if self._quick and self._socket is not None and _QUICKACK is not None:
            try:
                self._socket.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
            except OSError:  # closed or not TCP: only ever an optimisation
                self._quick = False

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self._quick_ack()
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        # TLS runs over the same TCP socket, so the wrapped stream keeps re-arming it.
        return QuickAckStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        # httpcore asks every idle connection "is_readable" (and for its "socket") each
        # time it hands out a connection: ~1,400 times in a 200-page run. anyio answers
        # by rebuilding its attribute table, a getpeername() system call included, so
        # both are answered here from the socket kept at connect time.
        if self._socket is not None:
            if info == "socket":
                return self._socket
            if info == "is_readable" and hasattr(select, "poll"):
                return _readable(self._socket)
        return self._inner.get_extra_info(info)


def _readable(sock: socket.socket) -> bool:
    """Whether a read would not block (data or EOF waiting); as httpcore decides it."""
    descriptor = sock.fileno()
    if descriptor < 0:
        return True  # closed: the next read would end at once
    poller = select.poll()
    poller.register(descriptor, select.POLLIN)
    return bool(poller.poll(0))


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
                stream = await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error
            else:
                return QuickAckStream(stream)
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
        # One TLS context, handed to the base class too: loading the CA bundle costs
        # ~15 ms, and the base class would otherwise load it for a pool we replace.
        ssl_context = httpx.create_ssl_context(trust_env=True)
        super().__init__(verify=ssl_context, http2=settings.http2, limits=limits, trust_env=True)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
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
