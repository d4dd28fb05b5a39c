"""Writing one value as YAML text that reads back as exactly the same value.

A text value can hold anything: ``: `` and `` #``, every quote, a leading ``*``, ``&``,
``!``, ``-``, ``?``, ``%``, ``@`` or backtick, words YAML readers turn into booleans or
null (``yes``, ``off``, ``~``), numbers and dates meant as text, leading and trailing
spaces, tabs, several lines, very long lines, any script and emoji. Each is written in the
plainest style that is safe for it, checked against both YAML 1.2 (how this project reads)
and YAML 1.1 (how PyYAML and many other tools read), so the file means the same to a
colleague's tools:

- plain, when nothing in it could be read as anything but this text;
- folded (``>-``), for a long single line of ordinary words in block context, wrapped at
  single spaces only (a run of spaces stays inside a line), so folding gives back
  exactly the same line;
- literal (``|``, ``|-``), for several lines that a literal block keeps exactly; several
  lines one of which is too long for the file's line are folded instead, an empty line
  for each line break, so the long one is wrapped;
- single-quoted, when quoting is enough (``'`` doubled inside);
- double-quoted with escapes, for everything else: control characters, tabs, the line
  separators some readers break lines at, text with spaces at the edges of lines.

A quoted value longer than the line (one with a space at its end, say, which a fold would
hide) is wrapped inside its quotes at single spaces, so it reads, and diffs, by line.
A value that replaces a folded or literal block keeps that style (:mod:`tui.edit.blocks`).

The caller checks the whole document afterwards (:mod:`tui.edit.document`), so a mistake
here is refused, never written.
"""

from __future__ import annotations

import re

import yaml

from tui.yamlread import _resolve_plain

__all__ = [
    "WRAP_WIDTH",
    "fill_paragraphs",
    "foldable_block",
    "render_in_style",
    "render_scalar",
    "wrap_quoted",
]

WRAP_WIDTH = 88
"""Lines longer than this are folded when the text allows (the seed briefing's width)."""

_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_UNSAFE = frozenset(",[]{}?:#")
"""Not in a plain value inside ``[...]``/``{...}``: PyYAML's pure-Python scanner ends a
plain value at ``?`` and at ``:`` there, where libyaml reads on."""
# Line breaks to some YAML reader (1.1 counts NEL and the Unicode separators), BOM, and
# whatever YAML 1.2 does not allow raw in a stream.
_NEEDS_ESCAPE = re.compile(
    "[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?\Z")
_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"
_ESCAPES = {
    "\0": "\\0",
    "\x07": "\\a",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    '"': '\\"',
    "\\": "\\\\",
    "\x85": "\\N",
    "\xa0": "\\_",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def _plain_ok(text: str, *, flow: bool, date_field: bool) -> bool:
    if not text or text != text.strip(" ") or text[0] in _INDICATORS:
        return False
    if _NEEDS_ESCAPE.search(text) or "\t" in text:
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and (_FLOW_UNSAFE & set(text)):
        return False
    if date_field and _DATE.match(text):
        return True  # a date field: read as text by this project, written as authors do
    if _resolve_plain(text) != text:  # YAML 1.2: a number, bool or null
        return False
    resolved = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return bool(resolved == _STR)  # YAML 1.1 reads it as text too


def _double_quoted(text: str) -> str:
    out: list[str] = []
    for char in text:
        escaped = _ESCAPES.get(char)
        if escaped is not None:
            out.append(escaped)
        elif _NEEDS_ESCAPE.match(char):
            code = ord(char)
            out.append(
                f"\\x{code:02X}"
                if code < 0x100
                else f"\\u{code:04X}"
                if code < 0x10000
                else f"\\U{code:08X}"
            )
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _quoted(text: str) -> str:
    if "\n" in text or "\t" in text or _NEEDS_ESCAPE.search(text):
        return _double_quoted(text)
    if "'" in text and '"' not in text and "\\" not in text:
        return _double_quoted(text)
    return "'" + text.replace("'", "''") + "'"


def _foldable(text: str) -> bool:
    return (
        bool(text)
        and text == text.strip()
        and "\n" not in text
        and "\t" not in text
        and not _NEEDS_ESCAPE.search(text)
        and not text.startswith("#")
        and _BREAK.search(text) is not None
    )


_BREAK = re.compile(r"(?<=[^ ]) (?=[^ ])")
"""Where a line may be wrapped: a single space between two other characters. Folding
turns the line break back into exactly that space; a run of spaces stays inside a line,
where a block keeps it as it is (at a break, folding would keep only one)."""


def _words(paragraph: str) -> list[str]:
    """``paragraph`` cut at the places it may be wrapped (see ``_BREAK``)."""
    return _BREAK.split(paragraph) if paragraph else []


def _fill(
    words: list[str], room: int, keep: frozenset[int] = frozenset(), first: int = 0
) -> list[str]:
    """``words`` as lines of at most ``room`` characters where the words allow, wrapped
    also after the word at each index in ``keep`` (offset by ``first``): the breaks an
    author's block had, so an edit changes the lines it touches and leaves the rest."""
    lines: list[str] = []
    line = ""
    for number, word in enumerate(words):
        if line and (first + number - 1 in keep or len(line) + 1 + len(word) > room):
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


def _fold(text: str, indent: int, width: int) -> str | None:
    """``>-`` with ``text`` wrapped at single spaces; None when it fits on one line anyway."""
    lines = _fill(_words(text), max(width - indent, 30))
    if len(lines) < 2:
        return None
    pad = " " * indent
    return ">-\n" + "\n".join(pad + part for part in lines)


def _literal(text: str, indent: int) -> str | None:
    """``|``/``|-`` keeping ``text``'s lines exactly, or None when a literal cannot."""
    if _NEEDS_ESCAPE.search(text.replace("\n", "")):
        return None
    body = text[:-1] if text.endswith("\n") else text
    if body.endswith("\n") or not body.strip():
        return None  # trailing blank lines would need keep-chomping: quote instead
    lines = body.split("\n")
    first = next((line for line in lines if line), "")
    if first[:1] in (" ", "\t"):
        return None  # the first line sets the indentation: it must not start with space
    if any(line != line.rstrip(" \t") for line in lines):
        return None  # trailing spaces are invisible in a file and easily lost: quote
    header = "|" if text.endswith("\n") else "|-"
    pad = " " * indent
    return header + "\n" + "\n".join(pad + line if line else "" for line in lines)


def foldable_block(text: str) -> bool:
    """Whether a folded block can say ``text`` exactly: no line of it starts with a
    space (that line would keep its line break) or is spaces only, no tab or control
    character, at most one line break at the end and none at the start."""
    body = text[:-1] if text.endswith("\n") else text
    if not body or body.startswith("\n") or body.endswith("\n") or "\t" in body:
        return False
    if _NEEDS_ESCAPE.search(body.replace("\n", "")):
        return False
    return all(
        not part or (part.strip(" ") and not part.startswith(" ")) for part in body.split("\n")
    )


def fill_paragraphs(body: str, room: int, keep: frozenset[int] = frozenset()) -> list[str]:
    """The lines of a folded block saying ``body``: each of its lines filled to ``room``
    (wrapped also after the words in ``keep``, counted as :func:`_fill` does with one
    word for each line break), an empty line for each line break it holds."""
    lines: list[str] = []
    first = 0
    for number, paragraph in enumerate(body.split("\n")):
        if number:
            lines.append("")  # a line break in the text is an empty line in the fold
            first += 1
        words = _words(paragraph)
        if words:
            lines.extend(_fill(words, room, keep, first))
        first += len(words)
    return lines


def _fold_paragraphs(text: str, indent: int, width: int) -> str | None:
    """Several lines, one of them too long for the file's line, as a folded block: an
    empty line for each line break, each line wrapped at single spaces. A literal block
    would keep that line whole, and every later edit of it would be a diff of one line
    hundreds of characters long (a note written in the review: the drafter's advice,
    then the analyst's verdict). None when every line fits (a literal block keeps them
    as typed), or a fold cannot say the text exactly, or a line ends in a space (which a
    reader would not see; quoted instead, as :func:`_literal` does)."""
    lines = text.split("\n")
    if not any(indent + len(line) > width and _BREAK.search(line) for line in lines):
        return None
    if not foldable_block(text) or any(line != line.rstrip(" ") for line in lines):
        return None
    body = text[:-1] if text.endswith("\n") else text
    pad = " " * indent
    filled = fill_paragraphs(body, max(width - indent, 30))
    header = ">" if text.endswith("\n") else ">-"
    return header + "\n" + "\n".join(pad + line if line else "" for line in filled)


def render_scalar(
    value: str | int | float | bool,
    *,
    flow: bool = False,
    indent: int = 2,
    start_column: int = 0,
    date_field: bool = False,
    width: int = WRAP_WIDTH,
) -> str:
    """YAML text for ``value`` written at ``start_column``, continuation lines at ``indent``.

    In flow context (inside ``[...]`` or ``{...}``) the result is always one line.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    text = value
    if "\n" in text:
        if not flow:
            folded = _fold_paragraphs(text, indent, width)
            if folded is not None:
                return folded
            literal = _literal(text, indent)
            if literal is not None:
                return literal
        return _double_quoted(text)
    if _plain_ok(text, flow=flow, date_field=date_field):
        if not flow and start_column + len(text) > width and _foldable(text):
            folded = _fold(text, indent, width)
            if folded is not None:
                return folded
        return text
    if not flow and start_column + len(text) > width and _foldable(text):
        folded = _fold(text, indent, width)
        if folded is not None:
            return folded
    if flow:
        return _quoted(text)
    return wrap_quoted(_quoted(text), indent=indent, start_column=start_column, width=width)


def _quoted_breaks(quoted: str) -> list[int]:
    """Offsets of the spaces a quoted scalar may be wrapped at: single spaces inside the
    quotes with a character on each side that is neither a space nor an escape's
    backslash. A quoted scalar folds a line break (and the next line's indentation) into
    one space, so wrapping there reads back as the same text."""
    return [
        match.start()
        for match in _BREAK.finditer(quoted, 2, len(quoted) - 2)
        if quoted[match.start() - 1] != "\\"
    ]


def wrap_quoted(quoted: str, *, indent: int, start_column: int, width: int = WRAP_WIDTH) -> str:
    """A one-line quoted scalar longer than the line wrapped at its single spaces, the
    first line starting at ``start_column``, the others at ``indent``: a long text that
    cannot be plain or folded (spaces at its edges) still reads, and diffs, by line."""
    if start_column + len(quoted) <= width:
        return quoted
    lines: list[str] = []
    begin = 0
    room = max(width - start_column, 30)
    last = begin
    for space in [*_quoted_breaks(quoted), len(quoted)]:
        if space - begin > room and last > begin:
            lines.append(quoted[begin:last])
            begin = last + 1
            room = max(width - indent, 30)
        last = space
    lines.append(quoted[begin:])
    pad = " " * indent
    return ("\n" + pad).join(lines)


def render_in_style(value: object, style: str | None) -> str | None:
    """``value`` quoted as the value it replaces was (``style`` is the parser's: ``'`` or
    ``"``), when that style can say it on one line: an author's quotes stay when a
    one-key change or a form edit rewrites the value (the README promises quoting kept).
    None when the old value was not quoted, the new one is no one-line text, or single
    quotes cannot hold it (a control character): then the plainest safe style is used."""
    if not isinstance(value, str) or "\n" in value or style not in ("'", '"'):
        return None
    if style == '"':
        return _double_quoted(value)
    if "\t" in value or _NEEDS_ESCAPE.search(value):
        return None
    return "'" + value.replace("'", "''") + "'"
