"""Words the app, the command line and the exports share, so that they say things alike.

Counting ("1 quote", "2 quotes", never "1 quotes" or "quote(s)"), and the words of the
standards the format uses: ICD 203 likelihood, Admiralty reliability and credibility.
Keyed by the model's enum *values* (StrEnum members look up the same), so this module
needs no model and stays cheap to import.
"""

from __future__ import annotations

__all__ = [
    "CHECK_PRECEDENCE",
    "CHECK_RESULTS",
    "CHECK_WORDS",
    "CREDIBILITY_WORDS",
    "LIKELIHOOD_WORDS",
    "RELIABILITY_WORDS",
    "count",
    "credibility_text",
    "likelihood_text",
    "reliability_text",
]

LIKELIHOOD_WORDS: dict[str, tuple[str, str]] = {
    "almost-no-chance": ("almost no chance", "1-5 %"),
    "very-unlikely": ("very unlikely", "5-20 %"),
    "unlikely": ("unlikely", "20-45 %"),
    "roughly-even-chance": ("roughly even chance", "45-55 %"),
    "likely": ("likely", "55-80 %"),
    "very-likely": ("very likely", "80-95 %"),
    "almost-certain": ("almost certain", "95-99 %"),
}
"""ICD 203 words of estimative probability and the ranges they stand for."""

RELIABILITY_WORDS: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
"""Admiralty grading of a source."""

CREDIBILITY_WORDS: dict[int, str] = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}
"""Admiralty grading of a piece of information."""

CHECK_RESULTS = ("found", "similar", "differs", "missing")
"""What checking an excerpt or quote against a fetched page can find, in the order lists
and counts show them."""

CHECK_PRECEDENCE = ("differs", "found", "similar", "missing")
"""Which result a claim or quote keeps when several pages were checked. ``differs`` (a
near match that changes a number, a negation or a name) comes first: every excerpt is
found on the article's own page, so ranking found above it would hide the one result a
fact-checker most needs, the cited source saying something else. Then the best of the
rest: words found on one page it rests on are found, whatever other pages say."""

CHECK_WORDS = {
    "found": "Found",
    "similar": "Similar",
    "differs": "Differs",
    "missing": "Missing",
}
"""How each check result reads as a label."""

_IRREGULAR = {
    "entry": "entries",
    "timeline entry": "timeline entries",
    "briefing file": "briefing files",
    "analysis": "analyses",
}


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, the noun in the plural unless ``number`` is one."""
    if number == 1:
        return f"1 {noun}"
    return f"{number:,} {plural or _IRREGULAR.get(noun) or noun + 's'}"


def likelihood_text(value: str) -> str:
    """``likely (55-80 %)``."""
    words, percent = LIKELIHOOD_WORDS[value]
    return f"{words} ({percent})"


def reliability_text(value: str) -> str:
    """``C: fairly reliable``."""
    return f"{value}: {RELIABILITY_WORDS[value]}"


def credibility_text(value: int) -> str:
    """``1: confirmed by other sources``."""
    return f"{value}: {CREDIBILITY_WORDS[value]}"
