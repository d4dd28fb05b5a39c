"""What is still a draft in a briefing: the records ``briefing new`` marked for review.

One count for the app's overview and every export, so a reader of either is told the
same number of items still await a person's review.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.model import Briefing

__all__ = ["DRAFT_MARK", "copies_excerpt", "draft_count"]

DRAFT_MARK = "Draft:"
"""How a generated note, description or text starts until someone reviews it."""


def draft_count(briefing: Briefing) -> int:
    """How many records are still marked :data:`DRAFT_MARK` (the review's items: a record
    whose note, description or text starts with the mark)."""
    records: list[object] = [
        *briefing.actors,
        *briefing.relations,
        *briefing.claims,
        *briefing.quotes,
        *briefing.sources,
        *briefing.timeline,
        *briefing.notes,
    ]
    return sum(
        1
        for record in records
        if any(
            isinstance(value, str) and value.startswith(DRAFT_MARK)
            for value in (
                getattr(record, "note", None),
                getattr(record, "description", None),
                getattr(record, "text", None),
            )
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
