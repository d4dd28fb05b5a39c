"""What is still a draft in a briefing: the records ``briefing new`` marked for review.

One count for the app's overview and every export, so a reader of either is told the
same number of items still await a person's review.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from tui.words import DRAFT_MARK_TEXT, count

if TYPE_CHECKING:
    from tui.model import Briefing

__all__ = [
    "ADVICE_ENDINGS",
    "ARTICLE_ADVICE",
    "CHECK_ACTOR",
    "CHECK_ALL",
    "CHECK_CLAIM",
    "CHECK_LABEL",
    "CHECK_OUTLETS",
    "CHECK_QUOTE",
    "CHECK_SOURCE",
    "DRAFT_GLYPH",
    "DRAFT_MARK",
    "DRAFT_ORIGIN",
    "copies_excerpt",
    "draft_count",
    "draft_notice",
    "is_draft",
    "marked_keys",
    "own_words",
    "split_advice",
]

DRAFT_MARK = DRAFT_MARK_TEXT
"""How a generated note, description or text starts until someone reviews it."""

DRAFT_GLYPH = "✎"
"""How a list marks a row (a record, a briefing file) that still holds a draft."""


def marked_keys(section: str) -> tuple[str, ...]:
    """The fields of a record in ``section`` that carry the drafter's advice: a note or a
    description, and a general note's text. A quote's ``text`` is the quotation itself,
    never advice, even if it happens to start with the mark."""
    return ("note", "description", "text") if section == "notes" else ("note", "description")


CHECK_LABEL = "check whether it is the outlet's wording."
CHECK_ACTOR = "check the name, kind and merges."
CHECK_CLAIM = "rewrite it in your own words and check kind and likelihood."
CHECK_QUOTE = "check speaker, role and outlet."
CHECK_SOURCE = "add its title and URL if confirmed."
CHECK_OUTLETS = "find which outlets the text means."
CHECK_ALL = "is a suggestion for the analyst to review."
ARTICLE_ADVICE = "Draft: the article this briefing was drafted from"
DATE_FROM_TEXT = " Its date was read from the article's opening lines: check it."
"""Added to the article's description when no byline or metadata gave its date and the
draft took the one date its lead writes out."""

ADVICE_ENDINGS = (
    CHECK_LABEL,
    CHECK_ACTOR,
    CHECK_CLAIM,
    CHECK_QUOTE,
    CHECK_SOURCE,
    CHECK_OUTLETS,
    CHECK_ALL,
)
"""How each piece of advice ``briefing new`` writes ends (the drafter writes its advice
with these, and a test drafts articles and holds every advice line to them): what
follows on the same line is someone else's."""

_ARTICLE_ADVICE = re.compile(re.escape(ARTICLE_ADVICE) + r" \(.*?\)\.(?=\s|$)")
"""The article source's advice, which ends with the drafted file's name."""


def split_advice(value: str) -> tuple[str, str]:
    """``value`` (a note, description or text marked ``Draft:``) as the drafter's advice
    and the analyst's own words. The advice is the first line up to the end of the
    drafter's last sentence; words typed after it on that line, and every line below,
    are the analyst's. A first line that is not advice as the drafter writes it (it was
    rewritten) is kept whole, without the mark: nothing the analyst wrote is dropped."""
    first, _, rest = value.partition("\n")
    found = _ARTICLE_ADVICE.match(first)
    ends = [first.find(e) + len(e) for e in ADVICE_ENDINGS if e in first]
    end = found.end() if found else max(ends, default=None)
    if end is None:
        return "", "\n".join(p for p in (first[len(DRAFT_MARK) :].strip(), rest.strip()) if p)
    own = "\n".join(part for part in (first[end:].strip(), rest.strip()) if part)
    return first[:end], own


def own_words(value: str | None) -> str | None:
    """The analyst's words in a note or description: the drafter's advice ("Draft: found
    in paragraph 2; check the name, kind and merges.") is the desk's to-do, not part of
    what an export tells its reader, and words typed after it stay (:func:`split_advice`).
    None when nothing but advice is left."""
    if value is None or not value.startswith(DRAFT_MARK):
        return value
    return split_advice(value)[1] or None


def draft_count(briefing: Briefing) -> int:
    """How many records are still marked :data:`DRAFT_MARK` (the review's items: a record
    whose note, description or text starts with the mark)."""
    sections = ("actors", "relations", "claims", "quotes", "sources", "timeline", "notes")
    return sum(
        1
        for section in sections
        for record in getattr(briefing, section)
        if is_draft(section, record)
    )


def _field(record: object, key: str) -> object:
    """A field of a record given as a model (the app, the exports) or as the file's
    mapping (the review, the editor)."""
    return record.get(key) if isinstance(record, Mapping) else getattr(record, key, None)


def is_draft(section: str, record: object) -> bool:
    """Whether ``record`` of ``section`` (a model or the file's mapping) is still marked
    :data:`DRAFT_MARK`: in a field of :func:`marked_keys`, or in an alias's note (the
    drafter marks the loaded labels it finds). A list marks its row, :func:`draft_count`
    counts it and the review lists it, all by this one rule."""
    values = [_field(record, key) for key in marked_keys(section)]
    aliases = _field(record, "aliases")
    if isinstance(aliases, list):
        values += [_field(alias, "note") for alias in aliases]
    return any(isinstance(value, str) and value.startswith(DRAFT_MARK) for value in values)


def _words(text: str) -> str:
    """``text`` compared as words: case, spacing and the quotation marks and stops at
    its ends do not matter."""
    return " ".join(text.casefold().split()).strip(" \"'\u201c\u201d\u201e\u2018\u2019.")


def copies_excerpt(statement: str, excerpt: str | None) -> bool:
    """Whether a claim's statement is still its excerpt, the article's own sentence, as
    ``briefing new`` drafts it: the reminder to rewrite it in the analyst's words holds
    until it is rewritten, whether or not the draft's note is still there."""
    return excerpt is not None and _words(statement) == _words(excerpt)


DRAFT_ORIGIN = "suggested by briefing new, not yet checked by a person"
"""Where a draft's records come from, in the words every notice of a draft uses."""


def draft_notice(drafts: int) -> str:
    """What an export that leaves the desk says of a briefing with ``drafts`` records still
    marked (:func:`draft_count`), so machine suggestions never pass for analysis."""
    return f"Unreviewed draft: {count(drafts, 'item')} still marked {DRAFT_MARK} ({DRAFT_ORIGIN})."
