"""How the index sees text: one folded form for what is stored and for what is typed.

SQLite's tokenizer cannot be taught German, so text is folded here before it is indexed,
and every query word the same way, by :func:`tui.textsearch.fold` (the app's one
folding): lower case (``casefold``), accents dropped, ``ß`` as ``ss``, and the German
transliterations ``ae``/``oe``/``ue`` read as ``a``/``o``/``u``. ``Müller``, ``Mueller``
and ``muller`` then fold alike, as do ``Straße``, ``Strasse`` and ``STRASSE``. The price
is that a few English words meet others (``blue`` folds to ``blu``); found words are
marked in the original text, so a reader sees exactly what matched.

Words are what SQLite's ``unicode61`` tokenizer takes as words: runs of letters and
digits (the underscore splits words, as it does there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.textsearch import IGNORED, fold

__all__ = [
    "FOLD_VERSION",
    "UNSPACED",
    "fold_many",
    "fold_text",
    "fold_word",
    "unspaced_words",
    "words",
    "words_with_spans",
]

FOLD_VERSION = 3
"""Bumped whenever folding changes: an index folded otherwise is rebuilt."""

_WORD = re.compile(r"[^\W_]+")
_WORD_AS_WRITTEN = re.compile(f"[^\\W_]+(?:[{IGNORED}]+[^\\W_]+)*")
"""A word of the original text, the invisible characters folding drops inside it
(``Bei\u00adtritts``) taken as part of it, as the folded text the index holds has it."""

UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff]"
)
"""Letters of scripts written without spaces between words (Thai, Lao, Myanmar, Khmer,
kana, Han): the tokenizer takes a whole run of them as one word, so a word inside it is
found by a scan (:func:`unspaced_words`, :attr:`tui.index.query.Term.inside`)."""


fold_text = fold
"""``text`` as the index stores it: :func:`tui.textsearch.fold`, the one folding of the
app, so the palette, the claims filter and the library's search agree on every word."""


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
    for match in _WORD_AS_WRITTEN.finditer(text):
        yield "".join(_WORD.findall(fold_text(match.group()))), match.start(), match.end()


def unspaced_words(*folded: str) -> str:
    """The words of the folded texts that hold a letter of a script written without
    spaces, one a line: what a search for such a word scans (``instr``), a small part of
    the text in a library written mostly with spaces, rather than all of it."""
    return "\n".join(
        word for text in folded for word in _WORD.findall(text) if UNSPACED.search(word)
    )
