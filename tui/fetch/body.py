"""Reading a response body with two caps: bytes on the wire and bytes after decoding.

httpx's ``aiter_bytes()`` decodes gzip with an unbounded ``decompress()`` call, so one
64 KiB chunk of a gzip bomb can expand to 64 MiB before any check runs. This module
reads ``aiter_raw()`` (the bytes as sent) and decodes them itself with
``decompressobj.decompress(data, max_length)``, so memory never grows past the decoded
cap plus one step, whatever the compression ratio.
"""

from __future__ import annotations

import zlib
from typing import Protocol

import httpx

from tui.fetch.errors import BodyTooLarge, FetchFailure

__all__ = ["read_capped"]

_STEP = 256 * 1024
"""Most decoded bytes produced per decompress call."""


class _Decoder(Protocol):
    def feed(self, data: bytes, limit: int) -> bytes: ...

    def flush(self, limit: int) -> bytes: ...


class _Identity:
    def feed(self, data: bytes, limit: int) -> bytes:
        return data

    def flush(self, limit: int) -> bytes:
        return b""


class _Zlib:
    """gzip or deflate, decoded in bounded steps; 'deflate' may be zlib-wrapped or raw."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._object = zlib.decompressobj(16 + zlib.MAX_WBITS if self._gzip else zlib.MAX_WBITS)
        self._started = False

    def _decompress(self, data: bytes, limit: int) -> bytes:
        try:
            return self._object.decompress(data, limit)
        except zlib.error:
            if self._gzip or self._started:
                raise
            # Some servers send raw deflate without the zlib header.
            self._object = zlib.decompressobj(-zlib.MAX_WBITS)
            return self._object.decompress(data, limit)

    def feed(self, data: bytes, limit: int) -> bytes:
        out = bytearray()
        pending = data
        while True:
            step = min(_STEP, max(limit - len(out), 0) + 1)
            piece = self._decompress(pending, step)
            self._started = True
            out += piece
            pending = self._object.unconsumed_tail
            # Stop past the limit, or when the input is used up and zlib had no more
            # output to give (a full step may mean more is buffered: ask again).
            if len(out) > limit or (not pending and len(piece) < step):
                return bytes(out)

    def flush(self, limit: int) -> bytes:
        return self.feed(b"", limit)


def _decoder(content_encoding: str) -> _Decoder:
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return _Identity()
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
        return _Zlib(codings[0])
    raise FetchFailure(f"unsupported Content-Encoding {content_encoding!r}")


def _mib(size: int) -> str:
    value = size / (1024 * 1024)
    return f"{value:g} MiB" if value.is_integer() else f"{value:.1f} MiB"  # "53.4", not "53.4058"


async def read_capped(response: httpx.Response, *, max_bytes: int, max_decoded: int) -> bytes:
    """The decoded body of a streamed ``response``, or :class:`BodyTooLarge` past a cap."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise BodyTooLarge(
            f"body is {_mib(int(declared))} (Content-Length), above the {_mib(max_bytes)} limit;"
            " not read"
        )
    decoder = _decoder(response.headers.get("Content-Encoding", ""))
    wire = 0
    body = bytearray()
    try:
        async for chunk in response.aiter_raw():
            wire += len(chunk)
            if wire > max_bytes:
                raise BodyTooLarge(f"body is larger than the {_mib(max_bytes)} limit; cut off")
            body += decoder.feed(chunk, max_decoded - len(body))
            if len(body) > max_decoded:
                raise BodyTooLarge(
                    f"body decompresses to more than {_mib(max_decoded)}; refused"
                    " (a compression bomb?)"
                )
        body += decoder.flush(max_decoded - len(body))
    except zlib.error as error:
        raise FetchFailure(f"body is not valid compressed data ({error})") from None
    if len(body) > max_decoded:
        raise BodyTooLarge(f"body decompresses to more than {_mib(max_decoded)}; refused")
    return bytes(body)
