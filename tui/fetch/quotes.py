"""Does a fetched text contain a briefing's excerpts and quotes? found, similar or missing.

Both sides are normalised the same way first (Unicode compatibility forms, typographic
quotes to plain ones, every dash to '-', soft hyphens dropped, whitespace
runs to one space, case folded) while remembering where each normalised character came
from, so a fuzzy match can be shown as the page's own words. "…" or "..." inside a quote
marks an omission: each part must be found, in order. Below an exact match, the best
fuzzy alignment (rapidfuzz ``partial_ratio_alignment``) of at least 85 counts as
similar. rapidfuzz is imported only when a check needs it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from tui.fetch.result import QuoteCheck

if TYPE_CHECKING:
    from tui.model import Briefing

__all__ = ["SIMILAR_AT", "check_quotes", "check_text", "names_source", "normalise"]

SIMILAR_AT = 85.0
# Typographic double and single quotation marks, and the dashes, written as escapes
# so each is unambiguous in the source (German, French, CJK and full-width forms).
_QUOTES = dict.fromkeys(
    "\u201e\u201c\u201d\u201f\u00ab\u00bb\u301d\u301e\uff02", '"'
) | dict.fromkeys("\u201a\u2018\u2019\u201b\u2039\u203a\u2032\u0060\u00b4", "'")
_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-")
_DROPPED = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff"}
_OMISSION = re.compile(r"\s*(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\))\s*")


def _normalised(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in _DROPPED:
            continue
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                origin.append(index)
            continue
        mapped = _QUOTES.get(char) or _DASHES.get(char)
        if mapped is None:
            mapped = unicodedata.normalize("NFKC", char).casefold()
        for piece in mapped:
            out.append(piece)
            origin.append(index)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), origin


def normalise(text: str) -> str:
    """The form both sides are compared in."""
    return _normalised(text)[0]


def _parts(needle: str) -> list[str]:
    parts = [part for part in (normalise(p) for p in _OMISSION.split(needle)) if part]
    if parts:
        # Quotation marks around the whole quote are the briefing's, not the page's.
        parts[0] = parts[0].lstrip("\"' ")
        parts[-1] = parts[-1].rstrip("\"' ")
    return [part for part in parts if part]


def _widen(text: str, start: int, end: int) -> str:
    """``text[start:end]`` grown to whole words, as the page has them."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip()


def _found(parts: list[str], haystack: str) -> bool:
    position = 0
    for part in parts:
        at = haystack.find(part, position)
        if at < 0:
            return False
        position = at + len(part)
    return True


def check_text(
    needle: str, text: str, *, kind: Literal["claim", "quote"] = "quote", item_id: str = ""
) -> QuoteCheck:
    """Compare one excerpt or quote with a fetched text."""
    from rapidfuzz import fuzz

    haystack, origin = _normalised(text)
    parts = _parts(needle)
    if not parts or not haystack:
        return QuoteCheck(kind, item_id, "missing", 0.0)
    if _found(parts, haystack):
        return QuoteCheck(kind, item_id, "found", 100.0)
    whole = " ".join(parts)
    alignment = fuzz.partial_ratio_alignment(whole, haystack)
    if alignment is None:
        return QuoteCheck(kind, item_id, "missing", 0.0)
    if alignment.score < SIMILAR_AT:
        return QuoteCheck(kind, item_id, "missing", alignment.score)
    start = origin[alignment.dest_start]
    end = origin[max(alignment.dest_end - 1, alignment.dest_start)] + 1
    return QuoteCheck(kind, item_id, "similar", alignment.score, _widen(text, start, end))


Item = tuple[Literal["claim", "quote"], str, str]


def _items(briefing: Briefing, source_id: str) -> Iterator[Item]:
    """The excerpts and quotes that name ``source_id``.

    A claim names a source in ``sources``; a quote in ``outlet``. Excerpts and quote
    texts are the article's own words, so the article's source checks all of them.
    """
    is_article = briefing.article == source_id
    for claim in briefing.claims:
        if claim.excerpt is not None and (is_article or source_id in claim.sources):
            yield "claim", claim.id, claim.excerpt.exact
    for quote in briefing.quotes:
        if is_article or quote.outlet == source_id:
            yield "quote", quote.id, quote.text


def names_source(briefing: Briefing, source_id: str) -> bool:
    """True when some excerpt or quote of ``briefing`` is checked against ``source_id``.

    Lets the engine skip handing a page to a worker thread when there is nothing to check.
    """
    return next(_items(briefing, source_id), None) is not None


def check_quotes(briefing: Briefing, source_id: str, text: str) -> list[QuoteCheck]:
    """A check for every claim excerpt and quote of ``briefing`` that names ``source_id``."""
    return [
        check_text(needle, text, kind=kind, item_id=item)
        for kind, item, needle in _items(briefing, source_id)
    ]
