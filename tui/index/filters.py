"""What a search of the library holds: words for the index, and filters on files.

``lang:de``, ``tag:north-korea``, ``after:2024-06`` and ``before:2025`` narrow the list
(or the hits) by what the library knows of each file; everything else is searched in the
library's index, as typed. Dates compare by their written prefix, so ``after:2024-06``
keeps 2024-06-19 and ``before:2025`` keeps every date of 2024. The library's search field,
the command palette and ``briefing search`` read a query the same way, and the index
applies the filters before it ranks (:func:`tui.index.query.search`), so a filter never
hides matches that a cap on ranking left out.

A filter that cannot be meant as written (``after:garbage``, ``lang:`` with no value)
is not applied: it is listed in :attr:`LibraryQuery.problems`, for the user to be told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.textsearch import fold

__all__ = ["FILTERS", "LibraryQuery", "parse_library_query"]

_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")

FILTERS = ("lang", "tag", "after", "before")


@dataclass(frozen=True)
class LibraryQuery:
    """The words to search for, and the filters on files."""

    text: str = ""
    languages: frozenset[str] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)
    after: str | None = None
    before: str | None = None
    problems: tuple[str, ...] = ()
    """Filters that were not applied, each with why."""

    @property
    def filters(self) -> bool:
        return bool(self.languages or self.tags or self.after or self.before)

    def keeps(self, language: str | None, tags: tuple[str, ...], published: str | None) -> bool:
        """Whether a file with these properties passes the filters."""
        if self.languages and (language or "").casefold() not in self.languages:
            return False
        if self.tags and not self.tags & {fold(tag) for tag in tags}:
            return False
        if self.after is not None and (
            published is None or published[: len(self.after)] < self.after
        ):
            return False
        return not (
            self.before is not None
            and (published is None or published[: len(self.before)] >= self.before)
        )

    def describe(self) -> str:
        """The filters in words, for the status line."""
        parts = []
        if self.languages:
            parts.append("language " + " or ".join(sorted(self.languages)))
        if self.tags:
            parts.append("tag " + " or ".join(sorted(self.tags)))
        if self.after:
            parts.append(f"from {self.after}")
        if self.before:
            parts.append(f"before {self.before}")
        return ", ".join(parts)


def parse_library_query(typed: str) -> LibraryQuery:
    """Split what was typed into filters and the words to search for."""
    words: list[str] = []
    languages: set[str] = set()
    tags: set[str] = set()
    problems: list[str] = []
    after = before = None
    for token in typed.split():
        name, colon, value = token.partition(":")
        name = name.casefold()
        if not colon or name not in FILTERS:
            words.append(token)
        elif not value:
            example = {"lang": "lang:de", "tag": "tag:nato"}.get(name, f"{name}:2024-06")
            problems.append(f"{name}: needs a value ({example})")
        elif name == "lang":
            languages.add(value.casefold())
        elif name == "tag":
            # Folded as text search folds (``türkiye``, ``turkiye`` and ``TÜRKİYE`` alike),
            # and the stored tags are compared folded the same way.
            tags.add(fold(value))
        elif not _DATE.fullmatch(value):
            problems.append(f"{name}:{value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        elif name == "after":
            after = value
        else:
            before = value
    return LibraryQuery(
        " ".join(words),
        frozenset(languages),
        frozenset(tags),
        after,
        before,
        tuple(problems),
    )
