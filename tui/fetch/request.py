"""One page over HTTP: checked redirects, transient retries, a capped body.

Redirects are followed here rather than by httpx so every hop is checked against the
guards before any request is sent (a redirect to ``file:`` or to the metadata address is
refused, not attempted) and a loop is named as a loop. Only :class:`Transient` failures
are retried; the per-source total timeout is applied by the caller around all of it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import httpx

from tui.fetch.body import read_capped
from tui.fetch.errors import FetchFailure, Transient
from tui.fetch.guards import check_url
from tui.fetch.retry import TRANSIENT_STATUSES, backoff_delay, parse_retry_after
from tui.fetch.settings import FetchSettings

__all__ = ["Page", "get_page"]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_KEPT_HEADERS = ("content-type", "etag", "last-modified", "content-language")


@dataclass(frozen=True)
class Page:
    """A response worth keeping: its status, where it ended up, headers and body."""

    status: int
    final_url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    not_modified: bool = False


def _describe(error: httpx.HTTPError, url: str, settings: FetchSettings) -> FetchFailure:
    host = httpx.URL(url).host
    detail = str(error) or type(error).__name__
    if isinstance(error, httpx.ConnectTimeout):
        return Transient(f"timed out connecting to {host} (after {settings.connect_timeout:g} s)")
    if isinstance(error, httpx.ConnectError):
        return Transient(f"cannot connect to {host}: {detail}")
    if isinstance(error, httpx.ReadTimeout):
        return FetchFailure(
            f"timed out waiting for {host} (nothing for {settings.read_timeout:g} s)"
        )
    if isinstance(error, httpx.TimeoutException):
        return FetchFailure(f"timed out talking to {host}: {detail}")
    if isinstance(error, httpx.RemoteProtocolError):
        return FetchFailure(f"{host} broke the connection: {detail}")
    return FetchFailure(f"request to {host} failed: {detail}")


async def _follow(
    client: httpx.AsyncClient, url: str, settings: FetchSettings, validators: dict[str, str]
) -> Page:
    seen: list[str] = []
    current = url
    for _hop in range(settings.max_redirects + 1):
        check_url(current)
        if current in seen:
            raise FetchFailure(f"redirect loop: {seen[-1]} leads back to {current}")
        seen.append(current)
        try:
            async with client.stream("GET", current, headers=validators) as response:
                status = response.status_code
                location = response.headers.get("Location")
                if status in _REDIRECTS and location:
                    try:
                        current = str(response.url.join(location.strip()))
                    except httpx.InvalidURL as error:
                        raise FetchFailure(f"redirect to an invalid URL ({error})") from None
                    continue
                if status == 304 and validators:
                    return Page(304, str(response.url), _kept(response), not_modified=True)
                if status in TRANSIENT_STATUSES:
                    raise Transient(
                        f"HTTP {status} {response.reason_phrase}".rstrip(),
                        status=status,
                        retry_after=parse_retry_after(response.headers.get("Retry-After")),
                    )
                if status >= 400:
                    raise FetchFailure(
                        f"HTTP {status} {response.reason_phrase}".rstrip(), status=status
                    )
                body = await read_capped(
                    response,
                    max_bytes=settings.max_bytes,
                    max_decoded=settings.max_decoded_bytes,
                )
                return Page(status, str(response.url), _kept(response), body)
        except FetchFailure:
            raise
        except httpx.InvalidURL as error:
            raise FetchFailure(f"not a valid URL ({error})") from None
        except httpx.HTTPError as error:
            raise _describe(error, current, settings) from None
    raise FetchFailure(f"too many redirects (more than {settings.max_redirects})")


def _kept(response: httpx.Response) -> dict[str, str]:
    return {name: response.headers[name] for name in _KEPT_HEADERS if name in response.headers}


async def get_page(
    client: httpx.AsyncClient,
    url: str,
    settings: FetchSettings,
    *,
    validators: dict[str, str] | None = None,
) -> Page:
    """Fetch ``url``; a conditional request when ``validators`` are given (304 -> not_modified).

    Raises :class:`FetchFailure` (never an httpx exception) when the page cannot be had.
    """
    attempts = settings.retries + 1
    for attempt in range(1, attempts + 1):
        try:
            return await _follow(client, url, settings, validators or {})
        except Transient as error:
            if attempt == attempts:
                suffix = f" (gave up after {attempts} attempts)" if attempts > 1 else ""
                raise FetchFailure(f"{error}{suffix}", status=error.status) from None
            await asyncio.sleep(
                backoff_delay(
                    attempt,
                    base=settings.backoff,
                    retry_after=error.retry_after,
                    cap=settings.retry_after_cap,
                )
            )
    raise AssertionError("unreachable")  # pragma: no cover
