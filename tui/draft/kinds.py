"""Suggesting a claim's kind from the cues in its sentence, with the reason.

The hedge lexicon (:mod:`tui.cues`) says how firmly a sentence states something; a few
more word lists (``tui/draft/data/kind_cues.yaml``) say whether it looks back (a year
before the article, "nicht das erste Mal"), ahead ("bald", "als Nächstes"), explains
("denn", "besteht aus") or gives a view ("meint", "believes"). The first rule that
applies wins, in this order: a quoted view -> opinion; speculation, epistemic or
distancing cues -> speculation; a modal with a future word, "dürfte" or "werden" +
infinitive -> forecast, any other modal -> speculation; the past -> historical;
explanation -> background; otherwise reported. It is a suggestion: the analyst decides.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from tui.cues import CueHit

__all__ = ["KindSuggestion", "suggest_kind"]

_GAP = 8
_FORECAST_MODALS = ("dürfte", "dürften", "is likely to", "are likely to")


@dataclass(frozen=True)
class KindSuggestion:
    kind: str
    reason: str


@functools.cache
def _lists() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    text = resources.files("tui.draft").joinpath("data/kind_cues.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    lists: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
    for group, by_language in data.items():
        if group == "format":
            continue
        lists[group] = {
            language: tuple(tuple(str(phrase).casefold().split()) for phrase in phrases)
            for language, phrases in by_language.items()
        }
    return lists


def _word_fits(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def _phrase_at(pattern: tuple[str, ...], words: list[str], i: int) -> bool:
    if not pattern:
        return False
    head, rest = pattern[0], pattern[1:]
    if head == "...":
        return any(_phrase_at(rest, words, i + skip) for skip in range(_GAP + 1))
    if i >= len(words) or not _word_fits(head, words[i]):
        return False
    return not rest or _phrase_at(rest, words, i + 1)


def _found(group: str, language: str, words: list[str]) -> list[str]:
    hits = []
    for pattern in _lists()[group].get(language, ()):
        if any(_phrase_at(pattern, words, i) for i in range(len(words))):
            hits.append(" ".join(pattern))
    return hits


def _years(sentence: str) -> list[int]:
    return [int(y) for y in re.findall(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)", sentence)]


def _names(hits: Sequence[CueHit]) -> str:
    return ", ".join(f"„{hit.text}“" for hit in hits)


def suggest_kind(
    sentence: str,
    language: str,
    cues: Sequence[CueHit],
    *,
    quoted_view: bool = False,
    quotes: Sequence[str] = (),
    article_year: int | None = None,
) -> KindSuggestion:
    """The suggested kind of the claim ``sentence`` states, and why."""
    lang = "de" if language == "de" else "en"
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+", sentence.casefold())
    if quoted_view:
        opinion = _found("opinion", lang, words)
        cue = f" with „{opinion[0]}“" if opinion else ""
        return KindSuggestion("opinion", f"a speaker's own words are quoted{cue}")
    doubtful = [c for c in cues if c.category in ("speculation", "epistemic", "distancing")]
    if doubtful:
        return KindSuggestion(
            "speculation", f"hedged by {_names(doubtful)} ({doubtful[0].category})"
        )
    modal = [c for c in cues if c.category == "modal"]
    future = _found("future", lang, words)
    if modal:
        ahead = [
            c
            for c in modal
            if (c.cue or "").startswith(("wird", "will")) or c.text.casefold() in _FORECAST_MODALS
        ]
        if future or ahead:
            why = _names(ahead or modal) + (f" with „{future[0]}“" if future else "")
            return KindSuggestion("forecast", f"looks ahead: {why}")
        return KindSuggestion("speculation", f"a possibility, not a fact: {_names(modal)}")
    if future:
        return KindSuggestion("forecast", f"looks ahead: „{future[0]}“")
    import datetime

    reference = article_year or datetime.date.today().year
    past = [y for y in _years(sentence) if y < reference - 1]
    history = _found("historical", lang, words)
    if past or history:
        why = f"the year {past[0]}" if past else f"„{history[0]}“"
        return KindSuggestion("historical", f"about the past: {why}")
    background = _found("background", lang, words)
    if background:
        return KindSuggestion("background", f"explains or defines: „{background[0]}“")
    opinion = _found("opinion", lang, words)
    if opinion:
        return KindSuggestion("opinion", f"a view, given as such: „{opinion[0]}“")
    attributed = [c for c in cues if c.category == "attribution"]
    if attributed:
        return KindSuggestion("reported", f"reported on someone's word: {_names(attributed)}")
    return KindSuggestion("reported", "stated as fact, with no hedge")
