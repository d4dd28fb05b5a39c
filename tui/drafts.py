"""What is still a draft in a briefing: the records ``briefing new`` marked for review.

One count for the app's overview and every export, so a reader of either is told the
same number of items still await a person's review.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.model import Briefing

__all__ = ["DRAFT_MARK", "copies_excerpt", "draft_count", "marked_keys", "typed_over_advice"]

DRAFT_MARK = "Draft:"
"""How a generated note, description or text starts until someone reviews it."""


def marked_keys(section: str) -> tuple[str, ...]:
    """The fields of a record in ``section`` that carry the drafter's advice: a note or a
    description, and a general note's text. A quote's ``text`` is the quotation itself,
    never advice, even if it happens to start with the mark."""
    return ("note", "description", "text") if section == "notes" else ("note", "description")


def typed_over_advice(original: str, typed: str) -> str:
    """What an edit of a ``Draft:`` value saves, so that accepting the item later drops
    only the drafter's words. The drafter writes its advice on the first line and the
    analyst's words go below it: words typed onto the end of the advice line are moved
    below it; a first line the analyst rewrote is their own, and loses the mark."""
    if not original.startswith(DRAFT_MARK) or not typed.startswith(DRAFT_MARK):
        return typed
    advice = original.partition("\n")[0].rstrip()
    first, _, rest = typed.partition("\n")
    if first.rstrip() == advice:
        return typed
    if first.startswith(advice):
        own = "\n".join(part for part in (first[len(advice) :].strip(), rest) if part)
        return f"{advice}\n{own}"
    return typed[len(DRAFT_MARK) :].lstrip()


def draft_count(briefing: Briefing) -> int:
    """How many records are still marked :data:`DRAFT_MARK` (the review's items: a record
    whose note, description or text starts with the mark)."""
    sections: list[tuple[str, list[object]]] = [
        ("actors", [*briefing.actors]),
        ("relations", [*briefing.relations]),
        ("claims", [*briefing.claims]),
        ("quotes", [*briefing.quotes]),
        ("sources", [*briefing.sources]),
        ("timeline", [*briefing.timeline]),
        ("notes", [*briefing.notes]),
    ]
    return sum(
        1
        for section, records in sections
        for record in records
        if any(
            isinstance(value, str) and value.startswith(DRAFT_MARK)
            for value in (getattr(record, key, None) for key in marked_keys(section))
        )
    )


def _words(text: str) -> str:
    """``text`` compared as words: case, spacing and the quotation marks and stops at
    its ends do not matter."""
    return " ".join(text.casefold().split()).strip(" \"'\u201c\u201d\u201e\u2018\u2019.")


def copies_excerpt(statement: str, excerpt: str | None) -> bool:
    """Whether a claim's statement is still its excerpt, the article's own sentence, as
    ``briefing new`` drafts it: the reminder to rewrite it in the analyst's words holds
    until it is rewritten, whether or not the draft's note is still there."""
    return excerpt is not None and _words(statement) == _words(excerpt)
