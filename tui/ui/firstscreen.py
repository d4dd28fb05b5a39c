"""The first screen of a briefing, kept from the last time these exact bytes were shown.

Reading a briefing means importing the model and validating every record, which takes
longer than drawing the app: a reader who opens a file they opened before would watch an
empty frame for most of a second. So once the overview of a file is drawn, its title and
the overview's text and links are stored, signed and named by the file's content hash
(:mod:`tui.signedstore`, folder ``screens`` in the cache folder); the next time the same
bytes are opened the overview is drawn from them in the first frame, before the model is
imported, and replaced by the live one when the file has been read. A changed file has
another hash: it is never shown from an old entry. An entry written by another version
or edited by hand does not verify and is dropped.

Only this screen's words are kept (the text as shown, styles as Rich style strings, and
the links as section, key and claim ids), no briefing data beyond what was on screen.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.errors import StyleSyntaxError
from rich.style import Style
from rich.text import Span, Text

from tui.boundedread import ReadRefused, read_regular
from tui.config import cache_dir
from tui.links import SECTIONS, Ref
from tui.signedstore import SignedStore, content_key
from tui.ui.render import Link

__all__ = ["FirstScreen", "remember_first_screen", "remembered_first_screen"]

PURPOSE = "briefing-first-screen"
KEEP = 64
"""Entries kept: one per recently opened file, the least recently used pruned first."""

MAX_BYTES = 64 * 1024 * 1024
"""Files larger than this are not hashed at start-up (the loader refuses them anyway)."""


@dataclass(frozen=True)
class FirstScreen:
    """What the overview showed for one file's bytes."""

    title: str
    text: Text
    links: list[Link]


def _store() -> SignedStore:
    return SignedStore(cache_dir() / "screens", PURPOSE, keep=KEEP)


def file_key(path: Path) -> str | None:
    """The content hash naming ``path``'s entry; None when it cannot be read now (the
    loader will say why)."""
    try:
        return content_key(read_regular(path, MAX_BYTES))
    except ReadRefused:
        return None


def remembered_first_screen(key: str) -> FirstScreen | None:
    """The overview stored for the file with content hash ``key``, if any verifies."""
    store = _store()
    body = store.get(key)
    if body is None:
        return None
    first = _decode(body)
    if first is None:
        store.forget(key)
    return first


def remember_first_screen(key: str, first: FirstScreen) -> None:
    """Keep ``first`` for the file with content hash ``key``; a failure only costs speed."""
    with contextlib.suppress(OSError):
        _store().put(key, _encode(first))


def _encode(first: FirstScreen) -> bytes:
    spans = [[span.start, span.end, str(span.style)] for span in first.text.spans]
    links = [
        [link.label, link.ref.section, link.ref.key, list(link.claims)] for link in first.links
    ]
    data = {"title": first.title, "text": first.text.plain, "spans": spans, "links": links}
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _decode(body: bytes) -> FirstScreen | None:
    """The entry as a screen; None for anything not shaped as :func:`_encode` writes."""
    try:
        data: Any = json.loads(body)
        title, plain = data["title"], data["text"]
        if not isinstance(title, str) or not isinstance(plain, str):
            return None
        text = Text(plain, end="")
        for start, end, style in data["spans"]:
            if not (isinstance(start, int) and isinstance(end, int) and isinstance(style, str)):
                return None
            text.spans.append(Span(start, end, Style.parse(style) if style else ""))
        links = []
        for label, section, key, claims in data["links"]:
            if section not in SECTIONS or not isinstance(label, str) or not isinstance(key, str):
                return None
            if not (isinstance(claims, list) and all(isinstance(c, str) for c in claims)):
                return None
            links.append(Link(label, Ref(section, key), tuple(claims)))
    except (ValueError, KeyError, TypeError, AttributeError, StyleSyntaxError):
        return None
    return FirstScreen(title, text, links)
