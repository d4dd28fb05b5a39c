"""Body paragraphs and headings, numbered as the format counts them.

The format numbers *body* paragraphs only: headings (Markdown ``#`` lines, or short
one-line blocks that do not end like a sentence) are kept for the title but not counted.
A leading ``date YYYY-MM[-DD]`` dateline, as some saved articles carry, is metadata,
not article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Block", "Layout", "split_blocks"]

_DATELINE = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b\s*")
_MAX_HEADING_WORDS = 12
_SENTENCE_END = (".", "…", ":", ";", ",", ".“", ".”", '."', ".«", ".»")


@dataclass(frozen=True)
class Block:
    """A heading or a body paragraph; ``number`` is None for headings."""

    text: str
    number: int | None


@dataclass(frozen=True)
class Layout:
    """The article's blocks in order, and a dateline's date if it had one."""

    blocks: tuple[Block, ...]
    dateline: str | None = None

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if block.number is not None)

    @property
    def headings(self) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if block.number is None)


_BYLINE_LINE = re.compile(
    r"\A[ \t]*(?:By|BY|Von|VON|(?:Ein\s+|Eine\s+)?(?:Gastbeitrag|Kommentar|Kolumne|Analyse)\s+von"
    r"|(?:Opinion|Comment|Analysis)\s+by)\s+[A-ZÄÖÜ][^\n.!?]{1,80}\n"
)
"""A byline on the first line of a block ("By Jane Doe", "Ein Gastbeitrag von …"): who
wrote the piece, a heading, never a sentence of it."""


def _is_heading(raw: str, text: str) -> bool:
    if raw.lstrip().startswith("#"):
        return True
    if "\n" in text or len(text.split()) > _MAX_HEADING_WORDS:
        return False
    return not text.endswith(_SENTENCE_END)


def split_blocks(text: str) -> Layout:
    """Split plain text into headings and numbered body paragraphs.

    Blocks are separated by blank lines; a text with no blank line at all takes each
    line as a block (extracted web pages often come that way).
    """
    dateline = None
    match = _DATELINE.match(text)
    if match:
        dateline = match.group(1)
        text = text[match.end() :]
    chunks = re.split(r"\n[ \t]*\n", text.strip())
    if len(chunks) == 1 and "\n" in chunks[0]:
        chunks = chunks[0].split("\n")
    blocks: list[Block] = []
    number = 0
    for raw in chunks:
        if not raw.strip():
            continue
        byline = _BYLINE_LINE.match(raw)
        if byline is not None and raw[byline.end() :].strip():
            blocks.append(Block(" ".join(byline.group().split()), None))
            raw = raw[byline.end() :]
        clean = " ".join(raw.split())
        if _is_heading(raw, clean):
            blocks.append(Block(clean.lstrip("#").strip(), None))
        else:
            number += 1
            blocks.append(Block(clean, number))
    return Layout(tuple(blocks), dateline)
