"""Making text safe to show: data is never instructions to the terminal.

Briefings, fetched pages and file names may hold ESC, BEL and other control characters.
Printed raw they could move the cursor, retitle the window, write the clipboard (OSC 52)
or hide text, so every string that reaches a screen, a toast, a title or a CLI line is
passed through one of the functions here first:

- :func:`visible` for text that may span lines (newlines and tabs kept);
- :func:`one_line` for text shown on one line (newlines and tabs become spaces);
- :func:`shown_path` for a file name or path (newlines shown as ``␊``, so a name cannot
  spoof a second line of output, and undecodable bytes shown as ``\\xNN``).

Each swaps control characters for visible stand-ins instead of dropping them, so a reader
sees that something odd is there.

Text laid out in columns on the app's screen (a list's cells, a detail's link line cut
with "…") goes through :func:`drawn_alike` as well, so that the width computed for it is
the width the terminal draws. Text that is read and has no column after it (a detail
pane's body, the title bar) stays whole: :func:`widest_alike` and
:func:`selectors_apart` lay it out so that it fits however the terminal draws it.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from typing import Any

__all__ = [
    "drawn_alike",
    "drawn_alike_offsets",
    "has_control",
    "inside_sequence",
    "json_text",
    "one_line",
    "screen_cells",
    "selectors_apart",
    "shown_path",
    "skin_tones",
    "title_rule",
    "visible",
    "visible_in_html",
    "widest_alike",
]

# C0 controls except tab and newline, DEL, C1 controls, the bidi overrides/isolates that
# can make text display in an order other than the one stored, the line and paragraph
# separators some terminals treat as line breaks, and lone surrogates (undecodable bytes
# of a file name, which a strict encoder refuses to print).
_OTHERS = "\x7f\x80-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f{_OTHERS}]")
_ANY_CONTROL = re.compile(f"[\x00-\x1f{_OTHERS}]")  # newline and tab too


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02X}"  # a byte that os.fsdecode could not decode
    return f"<U+{code:04X}>"


def visible(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with control characters shown as visible symbols instead of acted on."""
    shown = _CONTROL.sub(_stand_in, text)
    if not keep_newlines:
        shown = shown.replace("\n", " ").replace("\t", " ")
    return shown


def one_line(value: str) -> str:
    """Text for a single line: control characters visible, newlines and tabs as spaces."""
    return visible(value, keep_newlines=False)


def shown_path(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A file name or path as it may be printed: one line, every control made visible.

    Newlines and tabs are shown as ``␊`` and ``␉`` rather than spaces, so a file named
    ``"a\\nb.yaml: ok"`` cannot pass for a second line of output; bytes that are not
    valid in the file-system encoding are shown as ``\\xNN``.
    """
    name = os.fsdecode(path)
    return _ANY_CONTROL.sub(_stand_in, name)


def has_control(text: str) -> bool:
    """Whether ``text`` holds a character that :func:`visible` would replace (or a newline
    or tab)."""
    return _ANY_CONTROL.search(text) is not None


def visible_in_html(markup: str) -> str:
    """HTML ``markup`` with every control character swapped for its stand-in.

    For text that has become HTML already: the stand-ins are escaped, since the one for
    a bidi control (``<U+202E>``) would otherwise read as a tag.
    """

    def escaped(match: re.Match[str]) -> str:
        return _stand_in(match).replace("<", "&lt;").replace(">", "&gt;")

    return _CONTROL.sub(escaped, markup)


# Characters JSON may carry raw but that must not reach a terminal or a YAML reader (DEL,
# the C1 controls, line/paragraph separators, bidi overrides, non-characters, lone
# surrogates): written as \u escapes, which mean the very same string to a JSON reader.
_JSON_ESCAPED = re.compile(
    "[<>&\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]"
)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(data: Any, *, indent: int | None = None) -> str:
    """``data`` as JSON that is safe to print and loads as YAML too (no newline added).

    Readable text stays as it is (``ensure_ascii`` off); C0 controls are escaped by JSON
    itself, and every other character that could act on a terminal or that YAML refuses
    is written as a ``\\uXXXX`` escape, and so are ``<``, ``>`` and ``&``: ClaimReview is
    published inside a page's ``<script>`` element, where a ``</script>`` in a claim would
    end it and run what follows (the value read back is the same). The one JSON writer of
    the project: the JSON export, ``profile --json`` and ``fetch --json`` all use it.
    """
    text = json.dumps(data, indent=indent, ensure_ascii=False, allow_nan=False)
    return _JSON_ESCAPED.sub(_json_escape, text)


def screen_cells(text: str) -> int:
    """How many terminal cells ``text`` takes: two for a wide letter (Chinese, Japanese,
    Korean, most emoji), none for a combining mark or a joiner, one for the rest; what a
    line drawn under it must match, where ``len`` counts code points."""
    total = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def title_rule(title: str, width: int) -> str:
    """The ``=====`` line under a title, as wide on screen as the title (at most
    ``width``)."""
    return "=" * min(screen_cells(title), width)


# The code points terminals draw at different widths around an emoji: the zero-width
# joiner, the text and emoji variation selectors, and the five skin-tone modifiers.
_DRAWN_APART = frozenset("\u200d\ufe0e\ufe0f" + "".join(map(chr, range(0x1F3FB, 0x1F400))))
_DRAWN_APART_FOUND = re.compile("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]")


def drawn_alike(text: str) -> str:
    """``text`` without the code points whose width terminals disagree on, so that a
    column laid out for it ends where every terminal draws its end.

    Used where a column follows the text or a cut must end in "…" at a border: the cells
    of every list (:func:`tui.ui.widgets.records.drawn_text`), a detail pane's link lines
    and the export dialog's one line of filter words. Not used where the text is read
    whole and nothing follows it on its line (a detail pane's body, the title bar): there
    a quoted post's emoji are evidence, shown as written (see :func:`widest_alike`).

    Rich (which lays out the screen) widens ``🏳`` + U+FE0F to two cells, tmux 3.3 and
    xterm.js (``briefing serve``) draw one; Rich counts a ZWJ sequence such as ``👨‍👩‍👧‍👦``
    as two cells, xterm.js draws each of its four people; Rich counts a skin-tone
    modifier as nothing, tmux and xterm.js draw it two cells wide. Each cell and title
    then came out one cell or more too wide, pushing the columns after it along and losing
    the ``…`` of a cut. Without the joiners, variation selectors and modifiers each emoji
    is drawn alone and as wide everywhere (``🏳🌈 Pride 👩🚀``). A joiner between letters
    goes too: Rich folds the letter after it into the cell before, xterm.js does not. For
    the screen only: files, exports and what is copied keep every code point.
    """
    if _DRAWN_APART_FOUND.search(text) is None:
        return text
    return "".join(char for char in text if char not in _DRAWN_APART)


def drawn_alike_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`drawn_alike` of ``text``, and where each offset of ``text`` (its length
    too) lands in it: styles laid over parts of the text move with their letters."""
    offsets: list[int] = []
    kept: list[str] = []
    for char in text:
        offsets.append(len(kept))
        if char not in _DRAWN_APART:
            kept.append(char)
    offsets.append(len(kept))
    return "".join(kept), offsets


# Stand-ins of the same length for laying out whole text (see widest_alike): each as wide
# in Rich as the widest any terminal draws the code point it stands for.
_JOINER_STAND_IN = "\u200b"  # zero width, and no joiner: the next letter counts in full
_SELECTOR_STAND_IN = "x"  # Rich widens the letter before it by one cell
_SKIN_TONE_STAND_IN = "\u4e00"  # tmux and xterm.js draw a modifier two cells wide
_SKIN_TONES = re.compile("[\U0001f3fb-\U0001f3ff]")


def _widest_stand_in(char: str) -> str:
    if char == "\u200d":
        return _JOINER_STAND_IN
    if char in "\ufe0e\ufe0f":
        return _SELECTOR_STAND_IN
    return _SKIN_TONE_STAND_IN


def widest_alike(text: str) -> str:
    """A stand-in for ``text`` of the same length, to find where a line of it breaks:
    Rich measures each of its emoji sequences as wide as the widest terminal draws it.

    Text shown whole keeps its joiners, variation selectors and skin tones, which tmux,
    xterm.js and Rich each count differently (``🏳️‍🌈``: one cell, three, two). A line
    broken where the stand-in fills the width fits in every one of them, so nothing is cut
    at the pane's edge; the stand-in itself is never shown.
    """
    if _DRAWN_APART_FOUND.search(text) is None:
        return text
    return _DRAWN_APART_FOUND.sub(lambda match: _widest_stand_in(match.group()), text)


def inside_sequence(text: str, offset: int) -> bool:
    """Whether ``offset`` falls inside an emoji sequence of ``text`` (before a joiner, a
    variation selector, a skin tone or a keycap mark, or after a joiner): a line broken
    there would show the halves as other emoji."""
    if not 0 < offset < len(text):
        return False
    return text[offset] in _DRAWN_APART or text[offset] == "\u20e3" or text[offset - 1] == "\u200d"


def selectors_apart(text: str) -> list[str]:
    """``text`` in pieces that each start at a variation selector (the first at the start).

    Rich widens a letter followed by U+FE0F to two cells where tmux and xterm.js draw one;
    measured piece by piece, the selector opens a piece and widens nothing, so a line's
    measure is what those terminals draw (a joined letter counts as nothing in both).
    """
    pieces = re.split("(?=[\ufe0e\ufe0f])", text)
    return [piece for piece in pieces if piece]


def skin_tones(text: str) -> int:
    """How many skin-tone modifiers ``text`` holds: Rich counts each as no cell, tmux and
    xterm.js draw each two cells wide, so a line is that much wider than Rich says."""
    return len(_SKIN_TONES.findall(text))
