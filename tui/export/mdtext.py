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

# Characters that may start Markdown syntax anywhere in a line: escapes, code spans,
# emphasis, links and images, raw HTML and autolinks, table cells, strikethrough. Each is
# escaped only where Markdown could act on it (see :data:`_ACTIVE`), so "8.5", "< 5 %",
# "a * b" and "snake_case" stay as they were typed.
_ACTIVE = re.compile(r"[\\`\[\]|~*_]|<(?=[A-Za-z/!?]|\Z)")
"""What Markdown may act on inside a line: escapes, code spans, links and images, table
cells, strikethrough and emphasis anywhere; raw HTML and autolinks only where a letter,
``/``, ``!`` or ``?`` follows the ``<``, or where the text ends after it (parts are
joined: "<" then "b>" would open a tag)."""


def _inert_delimiter(text: str, at: int) -> bool:
    """Whether the ``*`` or ``_`` at ``at`` can neither open nor close emphasis: with a
    space on both sides it flanks nothing, and an ``_`` inside a word ("snake_case")
    cannot emphasise (a ``*`` there can). At either end of ``text`` the neighbour is not
    known (parts are joined): not inert."""
    if at == 0 or at == len(text) - 1:
        return False
    before, after = text[at - 1], text[at + 1]
    if before.isspace() and after.isspace():
        return True
    return text[at] == "_" and before.isalnum() and after.isalnum()


def _escape(match: re.Match[str]) -> str:
    found = match.group(0)
    if found in "*_" and _inert_delimiter(match.string, match.start()):
        return found
    return "\\" + found


_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;|#?[0-9A-Za-z]*\Z)")
"""An ``&`` that starts an entity, or could once the next part is joined ("&" + "amp;")."""
_BLOCK_START = re.compile(
    r"""
      \d{1,9}[.)](?=[ \t]|\Z)   # an ordered list item: "1. " or "2)", never "8.5"
    | [-+](?=[ \t]|\Z)          # a bullet list item: "- " or "+ ", never "-5" or "+3 %"
    | \#{1,6}(?=[ \t]|\Z)       # a heading: "# x", never "#1"
    | >                        # a block quote
    | (?:-+|=+)[ \t]*\Z         # a setext underline or a thematic break under a line
    """,
    re.VERBOSE,
)


# Ids and slugs (most of what a document writes) hold nothing Markdown acts on.
_INERT_SLUG = re.compile(r"[a-z][a-z0-9-]*\Z")


# Most statements and names hold none of the characters above: one search then spares
# them the substitutions (they were most of the time of a 10,000-claim export).
_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]<|~&]")


def _escaped(shown: str) -> str:
    """``shown`` with what Markdown would act on inside a line backslash-escaped."""
    if _NEEDS_ESCAPE.search(shown):
        shown = _ACTIVE.sub(_escape, shown)
        shown = _ENTITY.sub(r"\\&", shown)
    return shown


def md_text(text: str) -> str:
    """``text`` as inert Markdown: one line, control characters visible, syntax escaped.

    Safe at the start of a line too: a list marker ("1. ", "- "), a heading ("# "), a
    block quote or an underline is escaped there, while "8.5 million", "-5 °C" and "#1"
    read as typed.
    """
    if _INERT_SLUG.match(text):
        return text
    shown = _escaped(visible(text, keep_newlines=False).strip())
    start = _BLOCK_START.match(shown)
    if start is not None:
        at = start.end() - 1 if shown[0].isdigit() else 0  # "1\. x": before the marker
        shown = shown[:at] + "\\" + shown[at:]
    return shown


def md_inline(text: str) -> str:
    """Part of a line as inert Markdown: like :func:`md_text`, but not stripped and with no
    line-start escapes, so parts can be joined (an excerpt around its hedge marks): an
    emphasis mark at either end is escaped, as what follows or precedes it is unknown."""
    return _escaped(visible(text, keep_newlines=False))


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
