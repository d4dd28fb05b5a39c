"""A replaced text value written in the style the file had it in.

An analyst's long note is usually a folded block (``note: >-``) wrapped at some width, or
a literal block (``|``) whose lines are the text's own. Writing an edited note in the
plainest style that is safe for it (:func:`tui.edit.scalars.render_scalar`) would turn
such a block into one long quoted line, and every later edit of it into a diff of that
whole line. So a value that replaces a block scalar stays one, in the same style, at the
same indentation, with the comment its header line carried:

- a folded block keeps the line breaks of the words the edit left alone, and wraps new
  words at the width the block was wrapped at: the diff shows the lines the edit touched;
- a literal block keeps the new text's own lines, as literal blocks do; a text with no
  line break of its own that is too long for a line is folded instead (accepting a
  reviewed note leaves the analyst's one paragraph where advice and verdict were two).

A value a block cannot say exactly (a space at the start of a line, tabs, control
characters, blank lines at its end) gets None here, and the caller writes it in the
plainest safe style instead. The caller checks the whole document afterwards
(:mod:`tui.edit.document`), so a mistake here is refused, never written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from tui.edit.scalars import _literal, _words, fill_paragraphs, foldable_block

__all__ = ["render_like_block"]

_HEADER = re.compile(r"[|>][0-9+-]*")
"""A block scalar's indicator: ``>``, ``|``, with its chomping and indentation marks (a
block with an indentation mark is written anew: the mark counts from its parent)."""
_MIN_ROOM = 20
"""Narrower than this, a block's width is taken for an accident, not the author's choice."""


@dataclass(frozen=True)
class _Block:
    """A block scalar as it was written: what follows its indicator on the header line
    (spaces and a comment), the indentation of its lines, and those lines without it."""

    rest: str
    indent: int
    lines: list[str]


def _read_block(source: str) -> _Block | None:
    """``source`` (from the indicator to the end of the content) cut into its parts;
    None when a line is indented more than the first (it would keep its line break)."""
    header, _, body = source.partition("\n")
    header = header.rstrip("\r")
    match = _HEADER.match(header)
    if match is None or any(char.isdigit() for char in match.group()):
        return None  # an indentation indicator counts from the parent's indentation
    lines = [line.rstrip("\r") for line in body.split("\n")] if body else []
    filled = [line for line in lines if line.strip(" ")]
    if not filled:
        return None
    indent = min(len(line) - len(line.lstrip(" ")) for line in filled)
    if any(line[indent] == " " for line in filled):
        return None
    kept = [line[indent:] if line.strip(" ") else "" for line in lines]
    return _Block(header[match.end() :], indent, kept)


def _folded_words(block: _Block) -> tuple[list[str], frozenset[int], int | None]:
    """The words of a folded block's text (``"\\n"`` for each line break the text holds),
    the indexes of the words its lines ended after, and the width of its longest line
    when some paragraph took more than one line (the width the author wrapped at)."""
    words: list[str] = []
    breaks: set[int] = set()
    widest: int | None = None
    previous = ""
    for line in block.lines:
        if not line:
            words.append("\n")
        else:
            if previous:
                breaks.add(len(words) - 1)
                widest = max(widest or 0, len(previous), len(line))
            words.extend(_words(line))
        previous = line
    return words, frozenset(breaks), widest


def _paragraph_words(text: str) -> list[str]:
    """The words of ``text`` in the same form as :func:`_folded_words` gives them."""
    words: list[str] = []
    for number, paragraph in enumerate(text.split("\n")):
        if number:
            words.append("\n")
        words.extend(_words(paragraph))
    return words


_MATCHED_WORDS = 300
"""The most words on each side the edited middle of a text is matched word by word in
(a quadratic step); past that only the unchanged start and end keep their breaks."""


def _kept_breaks(old: list[str], breaks: frozenset[int], new: list[str]) -> frozenset[int]:
    """The old line breaks that still fall between the same two words in the new text,
    at their new indexes: where the edit left the words on both sides alone. The
    unchanged start and end are found in one pass; the words between are matched when
    they are few enough, so a huge value costs linear time."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    blocks = [(0, 0, head), (len(old) - tail, len(new) - tail, tail)]
    middle_old, middle_new = old[head : len(old) - tail], new[head : len(new) - tail]
    if max(len(middle_old), len(middle_new)) <= _MATCHED_WORDS:
        matcher = SequenceMatcher(None, middle_old, middle_new, autojunk=False)
        blocks += [(a + head, b + head, size) for a, b, size in matcher.get_matching_blocks()]
    kept: set[int] = set()
    for start, to, size in blocks:
        kept.update(to + (at - start) for at in range(start, start + size - 1) if at in breaks)
    return frozenset(kept)


def _refold(text: str, block: _Block, width: int) -> str | None:
    """``text`` as the folded block ``block`` was, or None when a fold cannot say it."""
    if not foldable_block(text):
        return None
    body = text[:-1] if text.endswith("\n") else text
    old_words, old_breaks, widest = _folded_words(block)
    new_words = _paragraph_words(body)
    keep = _kept_breaks(old_words, old_breaks, new_words)
    room = max(widest if widest is not None else width - block.indent, _MIN_ROOM)
    lines = fill_paragraphs(body, room, keep)
    pad = " " * block.indent
    chomp = "" if text.endswith("\n") else "-"
    header = ">" + chomp + block.rest
    return header + "\n" + "\n".join(pad + line if line else "" for line in lines)


def _reliteral(text: str, block: _Block) -> str | None:
    """``text`` as a literal block at ``block``'s indentation, its header's comment kept,
    or None when a literal block cannot keep its lines exactly."""
    literal = _literal(text, block.indent)
    if literal is None:
        return None
    header, _, lines = literal.partition("\n")
    return header + block.rest + "\n" + lines


def render_like_block(value: object, style: str | None, source: str, width: int) -> str | None:
    """``value`` written in the block style of the value it replaces (``style`` is the
    parser's, ``source`` that value's text from its indicator, with ``"\\n"`` line
    breaks), or None when the old value was no block scalar or the new one cannot be
    written as one (the plainest safe style is then used)."""
    if not isinstance(value, str) or style not in (">", "|"):
        return None
    block = _read_block(source)
    if block is None:
        return None
    if style == ">":
        return _refold(value, block, width)
    if _one_long_line(value, block.indent, width):
        # a literal block is there to keep line breaks; a text with none of its own
        # that is too long for a line reads, and diffs, by line only when folded
        return _refold(value, _Block(block.rest, block.indent, []), width)
    return _reliteral(value, block)


def _one_long_line(text: str, indent: int, width: int) -> bool:
    """Whether ``text`` holds no line break of its own (one at its end aside) and is too
    long for the file's line at ``indent``: what a literal block would keep as one line
    hundreds of characters long (a note whose drafter's advice was accepted away)."""
    body = text[:-1] if text.endswith("\n") else text
    return "\n" not in body and indent + len(body) > width
