"""Bytes to text: the charset from the headers, the page's meta tag, or detection.

Servers often lie about the charset (a UTF-8 header on a Latin-1 page, or the reverse), so
every declared charset is tried *strictly* and only kept when the bytes really decode;
valid UTF-8 with non-ASCII bytes beats a declared Latin-1 (mojibake the other way round
is the common mistake). A page that declares nothing and reads as western European text
in Windows-1252 is taken so, as browsers do; detection (charset-normalizer) is the last
resort before a lossy Windows-1252 decode that never fails.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["charset_from_content_type", "decode_body", "decode_declared"]

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LATIN1_FAMILY = {"latin-1", "iso8859-1", "cp1252", "ascii"}


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    match = _CT_CHARSET.search(content_type)
    return match.group(1) if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(body: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(body: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    best = from_bytes(body[: 256 * 1024]).best()
    return _codec(best.encoding) if best is not None else None


_WESTERN = frozenset(
    "äöüÄÖÜßéèêëÉÈÊËàâáÀÂÁîïíìÎÏÍÌôóòÔÓÒùûúÙÛÚçÇñÑãõÃÕåÅæÆøØœŒÿýÝ"
    "\u201e\u201c\u201d\u2018\u2019\u201a\u2013\u2014\u2026€«»·°§\u00a0©®™¡¿½¼¾²³£¥¢µ\u00d7"
)


def _reads_as_western(text: str) -> bool:
    """Whether ``text`` (bytes read as Windows-1252) is plausibly a page in a western
    European language: its non-ASCII characters are the accented letters, quotation marks
    and signs those languages use, and a minority of its letters. A page that declares no
    charset is read so, as browsers do in western locales, before any detector is asked:
    charset-normalizer took short German and French pages for HP Roman-8 or the Baltic
    code page ("Hafenbeh—rde", "trčs"), and a quotation checked against such a page was
    reported changed. Cyrillic in Windows-1251 reads as Latin-1 letters too, but nearly
    every letter of it, so it goes to the detector."""
    foreign = [c for c in text if ord(c) > 127]
    if not foreign or any(c not in _WESTERN for c in foreign):
        return False
    letters = sum(1 for c in text if c.isalpha())
    accented = sum(1 for c in foreign if c.isalpha())
    return accented <= 0.3 * letters


def decode_body(body: bytes, content_type: str | None) -> tuple[str, str]:
    """``(text, charset used)`` for a text body; never raises on bad bytes."""
    for bom, bom_codec in _BOMS:
        if body.startswith(bom):
            return body.decode(bom_codec, errors="replace"), bom_codec
    declared = _codec(charset_from_content_type(content_type))
    meta_match = _META.search(body[:4096])
    meta = _codec(meta_match.group(1).decode("ascii")) if meta_match else None
    non_ascii = not body.isascii()
    utf8 = _strict(body, "utf-8") if non_ascii else None
    for codec in (declared, meta):
        if codec is None:
            continue
        if codec in _LATIN1_FAMILY and utf8 is not None:
            return utf8, "utf-8"
        decoded = _strict(body, codec)
        if decoded is not None:
            return decoded, codec
    if not non_ascii:
        return body.decode("ascii"), "ascii"
    if utf8 is not None:
        return utf8, "utf-8"
    western = _strict(body, "cp1252")
    if western is not None and _reads_as_western(western):
        return western, "cp1252"
    detected = _detect(body)
    guess = _strict(body, detected)
    if detected is not None and guess is not None:
        return guess, detected
    return body.decode("cp1252", errors="replace"), "cp1252"


def decode_declared(body: bytes) -> tuple[str, str] | None:
    """``(text, charset)`` of a page saved to a file, in the charset its own meta tag
    declares, when the bytes really decode in it; None when it declares none or they do
    not (a file's bytes are not guessed at: its reader says how to convert it)."""
    meta_match = _META.search(body[:4096])
    codec = _codec(meta_match.group(1).decode("ascii")) if meta_match else None
    decoded = _strict(body, codec) if codec is not None else None
    return (decoded, codec) if decoded is not None and codec is not None else None
