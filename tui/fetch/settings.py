"""What a fetch run may do: limits, timeouts, retries and cache policy, in one place.

A frozen dataclass rather than module constants so the command line, the app and the
tests each pass their own values (tests use short timeouts and small caps) without
touching global state.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tui import __version__

__all__ = ["CONNECT_TIMEOUT", "DEFAULT_USER_AGENT", "FetchSettings", "Resolver"]

DEFAULT_USER_AGENT = (
    f"briefing/{__version__} (terminal news briefing desk; fetches the sources a briefing links)"
)

Resolver = Callable[[str, int], Awaitable[list[str]]]
"""``(host, port) -> IP addresses``; raising :class:`socket.gaierror` means 'no such host'."""

MiB = 1024 * 1024

CONNECT_TIMEOUT = 10.0
"""Longest wait for a connection (a connect that times out is tried again): a host that
answers at all answers this within seconds, however slow its pages are to come."""


@dataclass(frozen=True)
class FetchSettings:
    """Limits and policy for one fetch run (defaults suit an interactive user)."""

    concurrency: int = 8
    """Sources fetched at once, and the size of the connection pool."""
    per_host: int = 4
    """Connections to one host at once: be polite to a site cited many times."""
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = 20.0
    """Longest wait for the next bytes (headers or body) before giving up."""
    total_timeout: float = 30.0
    """Whole budget of one source, retries and redirects included."""
    max_bytes: int = 5 * MiB
    """Body bytes on the wire; a larger body is cut off with an error."""
    max_decoded_bytes: int = 20 * MiB
    """Body bytes after gzip/deflate decoding; a gzip bomb stops here."""
    max_redirects: int = 5
    retries: int = 2
    """Extra attempts after a transient failure (connect error, 429, 502, 503, 504)."""
    backoff: float = 0.5
    """First retry delay in seconds; doubles each time."""
    retry_after_cap: float = 10.0
    """Longest Retry-After wait honoured; a longer one is shortened to this."""
    max_age: float = 24 * 3600.0
    """Seconds a cached page is used without asking the server again."""
    offline: bool = False
    """Read the cache only; never touch the network."""
    refresh: bool = False
    """Ignore the cache (no revalidation either) and fetch everything again."""
    http2: bool = True
    user_agent: str = DEFAULT_USER_AGENT
    resolver: Resolver | None = None
    """Name lookup; None uses the system resolver. Tests pass their own (no real DNS)."""

    def __post_init__(self) -> None:
        if self.concurrency < 1 or self.per_host < 1:
            raise ValueError("concurrency and per_host must be at least 1")
        if min(self.connect_timeout, self.read_timeout, self.total_timeout) <= 0:
            raise ValueError("timeouts must be positive")
        if self.max_bytes < 1 or self.max_decoded_bytes < 1:
            raise ValueError("byte caps must be positive")
        if self.max_redirects < 0 or self.retries < 0:
            raise ValueError("max_redirects and retries cannot be negative")
        if self.offline and self.refresh:
            raise ValueError("offline and refresh exclude each other")

    @classmethod
    def within(cls, seconds: float, **changes: Any) -> FetchSettings:
        """Settings whose every wait ends within ``seconds`` for one source, and no sooner.

        A user who allows a source a minute does so for the slow government or court site
        that thinks for forty seconds before its first byte: the wait for an answer gets
        all of ``seconds`` (it was capped at 20 s, so no ``--timeout`` could help such a
        site). Only connecting stays short (:data:`CONNECT_TIMEOUT`), as a connect that
        times out is tried again within the same budget.
        """
        return cls(
            total_timeout=seconds,
            read_timeout=seconds,
            connect_timeout=min(CONNECT_TIMEOUT, seconds),
            **changes,
        )
