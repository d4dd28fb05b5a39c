"""Briefing text as inert Markdown, shared by every part of the Markdown export.

Briefing text and fetched page text are data: :func:`md_text` makes control characters
visible and backslash-escapes what Markdown would act on, so no title or statement can
open a link, an image, a heading or raw HTML. :func:`md_url` is the only way a link is
written, and only for http and https. Nothing here reads the clock, the locale or the
environment, so the same text always gives the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote as percent_encode

from tui.dates import human_date as words
from tui.text import visible

__all__ = ["ids", "md_date", "md_inline", "md_text", "md_url", "word"]

# Characters that start Markdown syntax anywhere in a line: escapes, code spans, emphasis,
# links and images, raw HTML and autolinks, table cells, strikethrough.
_ANYWHERE = re.compile(r"([\\`*_\[\]<|~])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_ORDERED_MARKER = re.compile(r"\A(\d{1,9})([.)])")
_LINE_START = "#>+-="


# Ids and slugs (most of what a document writes) hold nothing Markdown acts on.
_INERT_SLUG = re.compile(r"[a-z][a-z0-9-]*\Z")


# Most statements and names hold none of the characters above: one search then spares
# them the substitutions (they were most of the time of a 10,000-claim export).
_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]<|~&]")


def md_text(text: str) -> str:
    """``text`` as inert Markdown: one line, control characters visible, syntax escaped."""
    if _INERT_SLUG.match(text):
        return text
    shown = visible(text, keep_newlines=False).strip()
    if _NEEDS_ESCAPE.search(shown):
        shown = _ANYWHERE.sub(r"\\\1", shown)
        shown = _ENTITY.sub(r"\\&", shown)
    if shown[:1].isdigit():  # isdigit() holds for every \d, so no marker is missed
        shown = _ORDERED_MARKER.sub(r"\1\\\2", shown)
    if shown and shown[0] in _LINE_START:
        shown = "\\" + shown
    return shown


def md_inline(text: str) -> str:
    """Part of a line as inert Markdown: like :func:`md_text`, but not stripped and with no
    line-start escapes, so parts can be joined (an excerpt around its hedge marks)."""
    shown = visible(text, keep_newlines=False)
    if _NEEDS_ESCAPE.search(shown):
        shown = _ANYWHERE.sub(r"\\\1", shown)
        shown = _ENTITY.sub(r"\\&", shown)
    return shown


_URL_SAFE = ";/?:@&=+$,-_.!~*'()#%[]"


def md_url(url: str | None) -> str | None:
    """An http(s) ``url`` as a Markdown autolink, or None for anything else.

    Characters an autolink cannot hold (spaces, ``<``, ``>``, controls, non-ASCII) are
    percent-encoded, so the link always ends where it should.
    """
    if url is None or not url.lower().startswith(("http://", "https://")):
        return None
    return f"<{percent_encode(url, safe=_URL_SAFE)}>"


# --- words for values -----------------------------------------------------------------------


def md_date(value: str) -> str:
    """A date or a page's timestamp in words (:func:`tui.dates.human_date`); anything
    else (a page's own date text) escaped as it is."""
    shown = words(value)
    return shown if shown is not None else md_text(value)


def word(value: str) -> str:
    """A vocabulary slug as words: ``loaded-language`` -> ``loaded language``."""
    return value.replace("-", " ").replace("_", " ")


def ids(items: Iterable[str]) -> str:
    """Ids as an inert, comma-separated list."""
    return ", ".join(md_text(item) for item in items)
