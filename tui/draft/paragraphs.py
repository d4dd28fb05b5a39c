"""Body paragraphs and headings, numbered as the format counts them.

The format numbers *body* paragraphs only: headings (Markdown ``#`` lines, or short
one-line blocks that do not end like a sentence) are kept for the title but not counted.
A leading ``date YYYY-MM[-DD]`` dateline, as some saved articles carry, is metadata,
not article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Block", "Layout", "split_blocks", "word_count"]

_DATELINE = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b\s*")
_MAX_HEADING_WORDS = 12
_SENTENCE_END: tuple[str, ...] = (".", "…", ":", ";", ",", ".“", ".”", '."', ".«", ".»")
_SENTENCE_END += ("。", "。”", "。」", "\uff0e")  # the last a full-width full stop
"""How a body paragraph's last line ends (Chinese and Japanese with an ideographic full
stop, before a closing quotation mark or not); a headline ends otherwise."""
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_PER_WORD = 2
"""Chinese and Japanese write no spaces between words, which average about two
characters: counted by their characters, not by spaces, a long paragraph of them is
never taken for a one-word heading, nor a 17-character headline for a paragraph."""


def word_count(text: str) -> int:
    """How many words ``text`` holds: spaced words, and for the characters of a script
    that writes no spaces (Chinese, Japanese), one word per two characters."""
    cjk = len(_CJK.findall(text))
    spaced = len(_CJK.sub(" ", text).split())
    return spaced + -(-cjk // _CJK_PER_WORD)


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

    def why_no_body(self) -> str:
        """Why no block is a body paragraph, for the message that refuses to draft."""
        if not self.blocks:
            return "the text is empty"
        return (
            f"its {len(self.blocks)} block(s) all read as headings: short (at most"
            f" {_MAX_HEADING_WORDS} words) and not ending like a sentence"
        )


_BYLINE_LINE = re.compile(
    r"\A[ \t]*(?:By|BY|Von|VON|(?:Ein\s+|Eine\s+)?(?:Gastbeitrag|Kommentar|Kolumne|Analyse)\s+von"
    r"|(?:Opinion|Comment|Analysis)\s+by)\s+[A-ZÄÖÜ][^\n.!?]{1,80}\n"
)
"""A byline on the first line of a block ("By Jane Doe", "Ein Gastbeitrag von …"): who
wrote the piece, a heading, never a sentence of it."""


def _is_heading(raw: str, text: str) -> bool:
    if raw.lstrip().startswith("#"):
        return True
    if "\n" in text or word_count(text) > _MAX_HEADING_WORDS:
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
