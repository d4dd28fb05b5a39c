"""What kind of body arrived: HTML to extract, plain text to keep, or anything else.

The label (Content-Type) is trusted only as far as the bytes agree: a "text/html" body
that starts like a PDF or an image, or holds NUL bytes, is a mislabelled file and is
reported as such instead of being fed to the HTML extractor.
"""

from __future__ import annotations

from typing import Literal

from tui.fetch.errors import FetchFailure

__all__ = ["Kind", "classify", "file_kind", "media_type"]

Kind = Literal["html", "text", "other"]

_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip"),
)
_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def media_type(content_type: str | None) -> str:
    """``text/html`` from ``text/html; charset=utf-8``; empty when there is no header."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def reads_as_text(media: str) -> bool:
    """Whether a body of this media type (or none named) is text the extractor reads: a
    PDF, an image or a JSON file is not."""
    return not media or media.startswith("text/") or "html" in media or "xml" in media


_FILE_KINDS = (
    ("application/pdf", "PDF", "a PDF"),
    ("application/msword", "Word", "a Word document"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml",
        "Word file",
        "a Word document",
    ),
    ("application/vnd.oasis.opendocument.text", "ODT", "an OpenDocument text"),
    ("application/zip", "ZIP", "a ZIP archive"),
    ("application/json", "JSON", "a JSON file"),
    ("image/", "image", "an image"),
    ("audio/", "audio", "a sound file"),
    ("video/", "video", "a video"),
)
"""Media types (or their start) a reader knows by name: "application/pdf" told a
fact-checker less than "a PDF", the word ``briefing new`` uses for the same file. The
short word goes before "not read" in the sources list, a column of 12 cells at 80."""


def file_kind(media: str) -> tuple[str, str]:
    """What a file that is not a page is, as a reader names it: a short word for a list's
    column (``PDF``, ``image``) and a phrase for a sentence (``a PDF``, ``an image
    (image/png)``: a family of types keeps the one it was); a type without a common name
    is ``a file of type …``."""
    for start, short, phrase in _FILE_KINDS:
        if media.startswith(start):
            return short, f"{phrase} ({media})" if start.endswith("/") else phrase
    return "file", f"a file of type {media or 'unknown'}"


def _binary_kind(body: bytes) -> str | None:
    for magic, name in _MAGIC:
        if body.startswith(magic):
            return name
    if b"\x00" in body[:1024]:
        return "binary"
    return None


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def classify(content_type: str | None, body: bytes) -> Kind:
    """How to treat ``body``; raises :class:`FetchFailure` for mislabelled binary data."""
    media = media_type(content_type)
    if media in _HTML_TYPES or media.startswith("text/"):
        binary = _binary_kind(body)
        if binary is not None:
            raise FetchFailure(f"labelled {media} but the body is {binary} data")
        if media in _HTML_TYPES or (media == "text/plain" and _looks_like_html(body)):
            return "html"  # a page served as text/plain is still a page
        return "text"
    if not media and _binary_kind(body) is None:
        return "html" if _looks_like_html(body) else "text"
    return "other"
