"""Ranking records against what a reader types: whole words first, then word starts,
then fragments; fuzzy letters only as a last resort, and never for short queries.

Pure and Textual-free, so the palette and any other search box rank alike. Matching is
case- and accent-insensitive (``Muller`` finds ``Müller``, ``strasse`` finds
``Straße``), as people type names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Match", "cut_at_word", "fold", "rank"]

WHOLE, START, INSIDE = 1.0, 0.8, 0.6
"""Scores when every query word is found as a whole word, as a word's start, or inside a
word; the label (what the row shows) adds a little over the rest of the record."""
LABEL_BONUS = 0.05
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """``text`` lower-cased with accents dropped and ß as ss: how matching sees it."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Match:
    """How well a record matched, and where in its label to mark."""

    score: float
    spans: tuple[tuple[int, int], ...]


def _word_score(word: str, words: set[str], text: str) -> float:
    if word in words:
        return WHOLE
    if any(w.startswith(word) for w in words):
        return START
    if word in text:
        return INSIDE
    return 0.0


def rank(query: str, label: str, body: str = "") -> Match | None:
    """How ``label`` (plus the rest of the record, ``body``) matches ``query``; None when
    some query word is nowhere in it. A record's score is its weakest word's."""
    wanted = _WORD.findall(fold(query))
    if not wanted:
        return None
    folded_label = fold(label)
    haystack = folded_label + "\n" + fold(body)
    words = set(_WORD.findall(haystack))
    label_words = set(_WORD.findall(folded_label))
    scores = [_word_score(word, words, haystack) for word in wanted]
    if min(scores) == 0.0:
        return None
    in_label = all(_word_score(word, label_words, folded_label) for word in wanted)
    score = min(scores) * (1 - LABEL_BONUS) + (LABEL_BONUS if in_label else 0.0)
    return Match(round(score, 4), _spans(folded_label, label, wanted))


def _spans(folded: str, label: str, wanted: list[str]) -> tuple[tuple[int, int], ...]:
    """Where the query words are in ``label``, when folding kept its length (else none)."""
    if len(folded) != len(label):
        return ()
    spans = []
    for word in wanted:
        for found in re.finditer(re.escape(word), folded):
            spans.append((found.start(), found.end()))
    return tuple(sorted(spans))


def cut_at_word(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:") + "…"
