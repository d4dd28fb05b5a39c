"""How the index sees text: one folded form for what is stored and for what is typed.

SQLite's tokenizer cannot be taught German, so text is folded here before it is indexed,
and every query word the same way: lower case (``casefold``), accents dropped, ``ß`` as
``ss`` (all three from :func:`tui.textsearch.fold`), and the German transliterations
``ae``/``oe``/``ue`` read as ``a``/``o``/``u``. ``Müller``, ``Mueller`` and ``muller``
then fold alike, as do ``Straße``, ``Strasse`` and ``STRASSE``. The price is that a few
English words meet others (``blue`` folds to ``blu``); found words are marked in the
original text, so a reader sees exactly what matched.

Words are what SQLite's ``unicode61`` tokenizer takes as words: runs of letters and
digits (the underscore splits words, as it does there).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

__all__ = ["FOLD_VERSION", "fold_many", "fold_text", "fold_word", "words", "words_with_spans"]

FOLD_VERSION = 1
"""Bumped whenever folding changes: an index folded otherwise is rebuilt."""

_DIGRAPH = re.compile(r"(?<=[aou])e")
_WORD = re.compile(r"[^\W_]+")


def fold_text(text: str) -> str:
    """``text`` as the index stores it: :func:`tui.textsearch.fold`, then the digraphs.

    The same result as ``fold`` (a test holds them together), done per distinct character
    rather than per character, since a library's worth of text passes through here.
    """
    if text.isascii():
        return _DIGRAPH.sub("", text.lower())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    marks: dict[int, None] = {ord(c): None for c in set(decomposed) if unicodedata.combining(c)}
    if marks:
        decomposed = decomposed.translate(marks)
    return _DIGRAPH.sub("", decomposed)


_JOIN = "\n\x1f\n"


def fold_many(texts: list[str]) -> list[str]:
    """:func:`fold_text` of each of ``texts``, folded in one pass (a briefing's records
    at once: far fewer calls than one per record)."""
    if not texts:
        return []
    parts = fold_text(_JOIN.join(texts)).split(_JOIN)
    if len(parts) != len(texts):  # a text held the separator itself: one at a time
        return [fold_text(text) for text in texts]
    return parts


def fold_word(word: str) -> str:
    """One word as typed, folded; may hold no word at all (punctuation only)."""
    return fold_text(word)


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order."""
    return _WORD.findall(fold_text(text))


def words_with_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Each word of the *original* ``text`` folded, with where it stands in ``text``.

    For marking: the words are found in the original, so the spans point at what the
    reader sees, and each is folded alone (a word that folds into two, such as a
    ligature, is joined back into one).
    """
    for match in _WORD.finditer(text):
        yield "".join(_WORD.findall(fold_text(match.group()))), match.start(), match.end()
