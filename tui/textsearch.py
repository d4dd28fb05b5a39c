"""Ranking records against what a reader types: whole words first, then word starts,
then fragments; fuzzy letters only as a last resort, and never for short queries.

Pure and Textual-free, so the palette and any other search box rank alike. Matching
folds text as the library's search does, with the one function :func:`fold` (the index
stores text folded by it too): case and accents do not matter, ``ß`` reads as ``ss``
and the German transliterations ``ae``/``oe``/``ue`` as ``a``/``o``/``u``, so
``Mueller`` and ``Muller`` find ``Müller``, ``Strasse`` finds ``Straße`` and
``ueberzogen`` finds ``überzogen``, as people type names on any keyboard.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["IGNORED", "Match", "cut_at_word", "fold", "folded_with_places", "rank"]

WHOLE, START, INSIDE = 1.0, 0.8, 0.6
"""Scores when every query word is found as a whole word, as a word's start, or inside a
word; the label (what the row shows) adds a little over the rest of the record."""
LABEL_BONUS = 0.05
_WORD = re.compile(r"\w+")


_DIGRAPH = re.compile(r"(?<=[aou])e")

_LETTERS = {
    ord("ø"): "o",
    ord("æ"): "ae",
    ord("œ"): "oe",
    ord("ł"): "l",
    ord("đ"): "d",
    ord("ð"): "d",
    ord("þ"): "th",
    ord("\u0131"): "i",  # dotless i
    ord("ħ"): "h",
    ord("ŧ"): "t",
}
"""Letters that no Unicode decomposition takes apart (a stroke or a ligature is no
accent), spelled as people type them without: ``Sørensen`` is found by ``Sorensen``,
``Łódź`` by ``Lodz``, ``Dæhlie`` by ``Daehlie``."""


IGNORED = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Characters that are in a word without being seen: the soft hyphen (``&shy;`` on German
news pages), the zero-width space, non-joiner (Persian ``می‌خواهد``) and joiner, the word
joiner and a stray byte order mark. Folding drops them, so ``Bei\u00adtritts`` is the word
``Beitritts`` to every search, as it is to the fetcher's quote check."""
_IGNORED = {ord(char): None for char in IGNORED}


def fold(text: str) -> str:
    """``text`` as every search sees it: lower case (``casefold``, so ``ß`` is ``ss``),
    accents dropped, letters with a stroke and ligatures spelled out (:data:`_LETTERS`),
    then an ``e`` after ``a``, ``o`` or ``u`` dropped (``ueber`` and ``über`` both read
    ``uber``); invisible characters inside words (:data:`IGNORED`) dropped too. The
    price is that a few English words meet others (``blue`` folds to ``blu``); found
    words are marked in the original text.

    Done per distinct character rather than per character, since a library's worth of
    text passes through here when it is indexed.
    """
    if text.isascii():
        return _DIGRAPH.sub("", text.lower())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    table: dict[int, str | None] = {
        ord(c): None for c in set(decomposed) if unicodedata.combining(c) or ord(c) in _IGNORED
    }
    table.update((ord(c), _LETTERS[ord(c)]) for c in set(decomposed) if ord(c) in _LETTERS)
    if table:
        decomposed = decomposed.translate(table)
    return _DIGRAPH.sub("", decomposed)


def folded_with_places(text: str) -> tuple[str, list[int]]:
    """:func:`fold` of ``text`` and, for each folded character, the index in ``text`` of
    the character it came from: how a match in the folded text is marked in the original
    (``Straße`` folds to seven characters, ``Mueller`` to six)."""
    chars: list[str] = []
    places: list[int] = []
    for i, char in enumerate(text):
        if ord(char) in _IGNORED:
            continue
        for part in unicodedata.normalize("NFKD", char.casefold()):
            if not unicodedata.combining(part):
                for letter in _LETTERS.get(ord(part), part):
                    chars.append(letter)
                    places.append(i)
    kept = [n for n, char in enumerate(chars) if not (char == "e" and n and chars[n - 1] in "aou")]
    return "".join(chars[n] for n in kept), [places[n] for n in kept]


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
    return Match(round(score, 4), _spans(label, wanted))


def _spans(label: str, wanted: list[str]) -> tuple[tuple[int, int], ...]:
    """Where the query words are in ``label``: found in its folded form, marked on the
    characters they came from."""
    folded, places = folded_with_places(label)
    spans = []
    for word in wanted:
        for found in re.finditer(re.escape(word), folded):
            spans.append((places[found.start()], places[found.end() - 1] + 1))
    return tuple(sorted(set(spans)))


def cut_at_word(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:") + "…"
