"""Sentence splitting with pysbd, located in the paragraph it came from.

pysbd (Python Sentence Boundary Disambiguation) is rule-based, written in pure Python
and has German and English rule sets (abbreviations such as "z. B.", "Dr.", "u. a.",
ordinal dates "3. Mai", decimal numbers). It keeps a quotation that holds a full stop
("„… wahren. An einer …“, meint X") in one sentence, which keeps a quote with its
attribution. Offsets are found again by searching the paragraph in order, so a
sentence pysbd trims or normalises still points at the exact words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Sentence", "split_sentences"]


_INNER_END = re.compile(r"[.!?…;](?=.*\w)", re.DOTALL)
"""A mark that may end a sentence with more words after it."""


@dataclass(frozen=True)
class Sentence:
    """A sentence with its character offsets in its paragraph."""

    text: str
    start: int
    end: int


@functools.cache
def _segmenter(language: str) -> Any:
    import pysbd  # type: ignore[import-untyped]

    return pysbd.Segmenter(language=language if language in ("de", "en") else "en", clean=False)


def split_sentences(paragraph: str, language: str) -> list[Sentence]:
    """The sentences of ``paragraph``, in order, with offsets into it."""
    stripped = paragraph.strip()
    if stripped and not _INNER_END.search(stripped):
        # one sentence (no full stop, question or exclamation mark before its end): pysbd,
        # a third of drafting's time, has nothing to split
        start = paragraph.find(stripped)
        return [Sentence(stripped, start, start + len(stripped))]
    pieces = [piece.strip() for piece in _segmenter(language).segment(paragraph)]
    sentences: list[Sentence] = []
    position = 0
    for piece in pieces:
        if not piece:
            continue
        start = paragraph.find(piece, position)
        if start < 0:  # pysbd changed the text: fall back to the words between
            start = position
            end = min(len(paragraph), start + len(piece))
            piece = paragraph[start:end].strip()
        else:
            end = start + len(piece)
        sentences.append(Sentence(piece, start, end))
        position = end
    return sentences
