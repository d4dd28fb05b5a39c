"""A bounded YAML reader that builds plain data straight from the parser's events.

Why not ``yaml.safe_load``: PyYAML's composer recurses once per nesting level (libyaml's
Cython composer crashes the process on very deep flow nesting, the pure-Python one raises
RecursionError), it expands aliases for whoever walks the result (an alias bomb), it keeps
the last of two duplicate keys (losing data), and it forgets where each value came from.
Building from the event stream with an explicit stack avoids all four: nesting and alias
expansion are bounded while parsing, duplicates are reported with both lines, and, when
asked, every value's line and column is recorded so later checks can point at it.

Plain scalars are resolved with the YAML 1.2 core schema (``true``/``false``, ``null``,
numbers); everything else stays text, so ``no`` stays the string "no" and dates stay the
strings the author wrote. Only the core schema's tags are accepted; any other tag is
refused and never constructed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

__all__ = [
    "DEFAULT_MAX_ALIAS_NODES",
    "DEFAULT_MAX_DEPTH",
    "HAVE_LIBYAML",
    "Path",
    "Positions",
    "YamlProblem",
    "YamlResult",
    "read_yaml",
]

HAVE_LIBYAML = hasattr(yaml, "CSafeLoader")

DEFAULT_MAX_DEPTH = 64
"""Deepest nesting accepted; a briefing needs five levels."""

DEFAULT_MAX_ALIAS_NODES = 100_000
"""How many nodes aliases may expand to in all, before the file is refused."""

Path = tuple[str | int, ...]
"""Where a value sits in the document: mapping keys and list indexes from the top."""


@dataclass(frozen=True)
class YamlProblem:
    """One thing wrong with the YAML itself, with a 1-based position when there is one."""

    message: str
    line: int | None = None
    column: int | None = None


@dataclass
class Positions:
    """1-based (line, column) of every value, and of every mapping key, by path."""

    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def of_value(self, path: Path) -> tuple[int, int] | None:
        """Position of the value at ``path``, or of its nearest recorded ancestor."""
        return _nearest(self.values, path)

    def of_key(self, path: Path) -> tuple[int, int] | None:
        """Position of the key that names ``path``; falls back to the value's position."""
        if path in self.keys:
            return self.keys[path]
        return self.of_value(path)


def _nearest(table: dict[Path, tuple[int, int]], path: Path) -> tuple[int, int] | None:
    for end in range(len(path), -1, -1):
        hit = table.get(path[:end])
        if hit is not None:
            return hit
    return None


@dataclass
class YamlResult:
    """What reading gave: the data (None when it could not be read) and every problem."""

    data: Any
    problems: list[YamlProblem]
    positions: Positions | None = None

    @property
    def fatal(self) -> bool:
        """True when the data could not be built at all."""
        return self.data is None and bool(self.problems)


class _Fatal(Exception):
    """Stops reading: the rest of the stream cannot be trusted or must not be expanded."""

    def __init__(self, problem: YamlProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


# Characters YAML 1.2 allows in a stream (section 5.1); anything else is refused up front,
# with our own position, so libyaml and the pure-Python reader report it the same way.
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{name}" for name in ("str", "int", "float", "bool", "null")} | {"!"}
_SEQ_TAGS = {f"{_CORE}seq", "!"}
_MAP_TAGS = {f"{_CORE}map", "!"}

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUES = frozenset({"true", "True", "TRUE"})
_FALSES = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)\Z")
_NUMBER_START = frozenset("0123456789+-.")


def _resolve_plain(value: str) -> Any:
    """Resolve an untagged plain scalar with the YAML 1.2 core schema."""
    if value in _NULLS:
        return None
    first = value[0]
    if first in "tTfF":
        if value in _TRUES:
            return True
        if value in _FALSES:
            return False
        return value
    if first not in _NUMBER_START:
        return value
    try:
        if _INT.match(value):
            return int(value, 10)
        if _OCT.match(value):
            return int(value[2:], 8)
        if _HEX.match(value):
            return int(value[2:], 16)
        if _FLOAT.match(value):
            return float(value)
    except ValueError:  # more digits than int() converts: keep the text
        return value
    if _INF.match(value):
        return float("-inf") if value[0] == "-" else float("inf")
    if _NAN.match(value):
        return float("nan")
    return value


def _construct_tagged(tag: str, value: str, mark: yaml.Mark) -> Any:
    """Build a scalar whose core tag was written out (``!!int "3"``)."""
    if tag in (f"{_CORE}str", "!"):
        return value
    resolved = _resolve_plain(value)
    expected: dict[str, tuple[type, ...]] = {
        f"{_CORE}int": (int,),
        f"{_CORE}float": (float, int),
        f"{_CORE}bool": (bool,),
        f"{_CORE}null": (type(None),),
    }
    kinds = expected[tag]
    ok = isinstance(resolved, kinds) and not (tag != f"{_CORE}bool" and isinstance(resolved, bool))
    if not ok:
        raise _Fatal(
            YamlProblem(
                f"{value!r} cannot be read as !!{tag.removeprefix(_CORE)}",
                mark.line + 1,
                mark.column + 1,
            )
        )
    if tag == f"{_CORE}float":
        return float(resolved)
    return resolved


def _show_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag


def _tag_refused(tag: str) -> str:
    return (
        f"tag {_show_tag(tag)} is not allowed; only the standard tags !!str, !!int, !!float,"
        " !!bool, !!null, !!seq and !!map are read (nothing else is ever constructed)"
    )


def _at(mark: yaml.Mark | None) -> tuple[int | None, int | None]:
    if mark is None:
        return None, None
    return mark.line + 1, mark.column + 1


class _Frame:
    """One open mapping or sequence while the events stream past."""

    __slots__ = (
        "anchor",
        "container",
        "first_keys",
        "is_map",
        "key",
        "key_mark",
        "path",
        "size",
        "start",
    )

    def __init__(
        self, container: Any, is_map: bool, path: Path, anchor: str | None, start: yaml.Mark
    ) -> None:
        self.container = container
        self.start = start
        self.is_map = is_map
        self.path = path
        self.anchor = anchor
        self.size = 1
        self.key: str | None = None
        self.key_mark: yaml.Mark | None = None
        self.first_keys: dict[str, yaml.Mark] = {}


def _check_printable(text: str) -> YamlProblem | None:
    bad = _NOT_PRINTABLE.search(text)
    if bad is None:
        return None
    offset = bad.start()
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    char = bad.group()
    return YamlProblem(
        f"control character U+{ord(char):04X} is not allowed in YAML"
        " (write it as an escape such as \\x07 inside double quotes)",
        line,
        column,
    )


def read_yaml(
    text: str,
    *,
    record_positions: bool = False,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_alias_nodes: int = DEFAULT_MAX_ALIAS_NODES,
    use_libyaml: bool | None = None,
) -> YamlResult:
    """Read one YAML document from ``text`` into dicts, lists and scalars.

    Never raises for bad input: every problem is returned, with its position. Syntax
    errors, excessive nesting, alias bombs, forbidden tags and extra documents stop the
    reading (``data`` is None); duplicate keys are reported and the first value is kept.
    """
    bad = _check_printable(text)
    if bad is not None:
        return YamlResult(None, [bad])
    if use_libyaml is None:
        use_libyaml = HAVE_LIBYAML
    loader_class = yaml.CSafeLoader if use_libyaml else yaml.SafeLoader
    positions = Positions() if record_positions else None
    problems: list[YamlProblem] = []
    loader = loader_class(text)
    try:
        data = _build(loader, problems, positions, max_depth, max_alias_nodes)
    except _Fatal as stop:
        problems.append(stop.problem)
        return YamlResult(None, problems, positions)
    except yaml.MarkedYAMLError as error:
        if use_libyaml and "nesting depth" in str(error.problem):
            # Newer libyaml stops deep nesting itself, while scanning ahead of the parser;
            # the pure-Python parser stops at our own limit, so the report is the same
            # whichever is installed. It is as quick: it stops after max_depth levels.
            loader.dispose()
            return read_yaml(
                text,
                record_positions=record_positions,
                max_depth=max_depth,
                max_alias_nodes=max_alias_nodes,
                use_libyaml=False,
            )
        mark = error.problem_mark or error.context_mark
        problem_text = error.problem or ""
        if "could not find expected ':'" in problem_text and error.context_mark is not None:
            mark = error.context_mark  # the key without its colon, not the line after it
        at_end = mark is not None and mark.index >= len(text.rstrip())
        if at_end and error.context_mark is not None:
            mark = error.context_mark  # what the end of the file left open, not past the end
        line, column = _at(mark)
        parts = [p for p in (error.problem, error.context) if p]
        message = "YAML syntax error: " + ("; ".join(parts) if parts else "cannot parse")
        message += _syntax_hint(problem_text, text, error.problem_mark, error.context or "", at_end)
        problems.append(YamlProblem(message, line, column))
        return YamlResult(None, problems, positions)
    except yaml.YAMLError as error:  # a reader error without a mark
        problems.append(YamlProblem(f"YAML error: {error}"))
        return YamlResult(None, problems, positions)
    finally:
        loader.dispose()
    return YamlResult(data, problems, positions)


def _build(
    loader: Any,
    problems: list[YamlProblem],
    positions: Positions | None,
    max_depth: int,
    max_alias_nodes: int,
) -> Any:
    """The event loop; kept flat and free of recursion so no input can exhaust the stack."""
    get_event = loader.get_event
    stack: list[_Frame] = []
    anchors: dict[str, tuple[Any, int]] = {}
    alias_nodes = 0
    documents = 0
    root: Any = None
    have_root = False

    scalar_event = yaml.ScalarEvent
    map_start, map_end = yaml.MappingStartEvent, yaml.MappingEndEvent
    seq_start, seq_end = yaml.SequenceStartEvent, yaml.SequenceEndEvent
    alias_event = yaml.AliasEvent

    def fatal(message: str, mark: yaml.Mark | None) -> _Fatal:
        line, column = _at(mark)
        return _Fatal(YamlProblem(message, line, column))

    def place(value: Any, mark: yaml.Mark, size: int, is_scalar: bool) -> None:
        """Hang a finished value on its parent (or make it the root)."""
        nonlocal root, have_root
        if not stack:
            root, have_root = value, True
            if positions is not None:
                positions.values[()] = (mark.line + 1, mark.column + 1)
            return
        parent = stack[-1]
        parent.size += size
        if not parent.is_map:
            index = len(parent.container)
            parent.container.append(value)
            if positions is not None:
                positions.values[(*parent.path, index)] = (mark.line + 1, mark.column + 1)
            return
        if parent.key is None:
            # This value is a key.
            if not is_scalar:
                raise fatal("a mapping key must be plain text, not a list or mapping", mark)
            key = "" if value is None else str(value) if not isinstance(value, str) else value
            parent.key, parent.key_mark = key, mark
            return
        key, key_mark = parent.key, parent.key_mark
        parent.key = parent.key_mark = None
        assert key_mark is not None
        first = parent.first_keys.get(key)
        if first is not None:
            problems.append(
                YamlProblem(
                    f"duplicate key {key!r} (first defined at line {first.line + 1},"
                    f" column {first.column + 1}); the second value would silently replace"
                    " the first",
                    key_mark.line + 1,
                    key_mark.column + 1,
                )
            )
            return
        parent.first_keys[key] = key_mark
        parent.container[key] = value
        if positions is not None:
            path = (*parent.path, key)
            positions.keys[path] = (key_mark.line + 1, key_mark.column + 1)
            positions.values[path] = (mark.line + 1, mark.column + 1)

    def child_path() -> Path:
        if not stack:
            return ()
        parent = stack[-1]
        if parent.is_map:
            return (*parent.path, parent.key if parent.key is not None else "")
        return (*parent.path, len(parent.container))

    while True:
        event = get_event()
        kind = type(event)
        if kind is scalar_event:
            tag = event.tag
            mark = event.start_mark
            if stack and stack[-1].is_map and stack[-1].key is None:
                # A key: keep its text as written, whatever it looks like.
                if tag is not None and tag not in _SCALAR_TAGS:
                    raise fatal(_tag_refused(tag), mark)
                if event.value == "<<" and event.implicit[0]:
                    raise fatal("merge keys ('<<') are not supported: write the keys out", mark)
                value: Any = event.value
            elif tag is None:
                value = _resolve_plain(event.value) if event.implicit[0] else event.value
            elif tag in _SCALAR_TAGS:
                value = _construct_tagged(tag, event.value, mark)
            else:
                raise fatal(_tag_refused(tag), mark)
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1)
            place(value, mark, 1, True)
        elif kind is map_start or kind is seq_start:
            is_map = kind is map_start
            tag = event.tag
            if tag is not None and tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
                raise fatal(_tag_refused(tag), event.start_mark)
            if len(stack) >= max_depth:
                raise fatal(
                    f"nesting is deeper than {max_depth} levels; a briefing never needs that many",
                    event.start_mark,
                )
            if stack and stack[-1].is_map and stack[-1].key is None:
                raise fatal(
                    "a mapping key must be plain text, not a list or mapping",
                    event.start_mark,
                )
            path = child_path() if positions is not None else ()
            stack.append(_Frame({} if is_map else [], is_map, path, event.anchor, event.start_mark))
        elif kind is map_end or kind is seq_end:
            frame = stack.pop()
            mark = frame.start
            if frame.anchor is not None:
                anchors[frame.anchor] = (frame.container, frame.size)
            place(frame.container, mark, frame.size, False)
        elif kind is alias_event:
            anchored = anchors.get(event.anchor)
            if anchored is None:
                raise fatal(f"alias *{event.anchor} refers to no anchor", event.start_mark)
            value, size = anchored
            alias_nodes += size
            if alias_nodes > max_alias_nodes:
                raise fatal(
                    f"aliases expand to more than {max_alias_nodes:,} nodes; refused"
                    " before expanding (an alias bomb?)",
                    event.start_mark,
                )
            if (
                stack
                and stack[-1].is_map
                and stack[-1].key is None
                and not isinstance(value, str | int | float | bool | type(None))
            ):
                raise fatal(
                    "a mapping key must be plain text, not a list or mapping",
                    event.start_mark,
                )
            place(value, event.start_mark, size, not isinstance(value, dict | list))
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise fatal(
                    "several YAML documents in one file; a briefing file holds exactly one"
                    " (remove the '---' that starts the second)",
                    event.start_mark,
                )
        elif kind is yaml.StreamEndEvent:
            break
    if not have_root:
        raise _Fatal(
            YamlProblem("the file is empty: a briefing needs at least id, title and sources")
        )
    return root


_VALUE_START = re.compile(r"""^\s*(?:-\s+)*(?:[^\s:"'#\[{][^:#]*:(?:\s+|$))?""")
"""What comes before a line's value: its indent, list dashes and key."""
_LOOKED_BACK = 60
"""Lines looked at above a syntax error for the quotation mark or bracket that caused it."""


def _scan_value(line: str) -> tuple[str, str, int] | None:
    """What is wrong in one line's value, if anything: ("unclosed", mark, column) for a
    quoted value that does not close on its line, ("early", mark, column) for text after
    a value's closing quotation mark, ("bracket", "[", column) for a list or mapping
    opened with ``[`` or ``{`` and not closed on its line. Quotation marks count only
    where a value starts (an apostrophe inside plain text is text)."""
    at = _VALUE_START.match(line)
    i = at.end() if at else 0
    n = len(line)
    opened: list[int] = []
    value_starts = True
    while i < n:
        c = line[i]
        if value_starts and c in "\"'":
            close = _closing_mark(line, i)
            if close is None:
                return ("unclosed", c, i)
            i = close + 1
            while i < n and line[i] == " ":
                i += 1
            ends = i >= n or line[i] == ":" or (line[i] == "#" and line[i - 1] == " ")
            if not ends and not (opened and line[i] in ",]}"):
                return ("early", c, close)
            value_starts = False
            continue
        if c in "[{":
            opened.append(i)
        elif c in "]}" and opened:
            opened.pop()
        elif c == "#" and (i == 0 or line[i - 1] == " "):
            break
        if c in "[{," or (c == ":" and opened):
            value_starts = True
        elif c != " ":
            value_starts = False
        i += 1
    return ("bracket", line[opened[-1]], opened[-1]) if opened else None


def _closing_mark(line: str, opening: int) -> int | None:
    """The column of the mark that closes the quoted value opened at ``opening``: ``\\``
    escapes inside "…", ``''`` is an apostrophe inside '…'."""
    mark = line[opening]
    i = opening + 1
    while i < len(line):
        if mark == '"' and line[i] == "\\":
            i += 2
            continue
        if line[i] == mark:
            if mark == "'" and line[i + 1 : i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return None


def _runaway_quote(text: str, mark: Any, in_flow: bool = False) -> str:
    """Where an unclosed or early-closed quoted value is, or an unclosed ``[``, when the
    parser stumbled over its consequence further on ("did not find expected key" lines
    below: PyYAML read on to the next quotation mark and named the mapping around it).
    A value ``"…"`` with a quotation mark inside (``"the "Anti-NATO" plan"``) ends at that
    mark; one with no closing mark on its line runs on to the next one in the file, so
    the lines between hold no such mark: the nearest line above that holds one is where
    it opened. The same goes for '…' values and for values in a list ``[…]``."""
    line = getattr(mark, "line", None)
    if not isinstance(line, int):
        return ""
    lines = text.splitlines()
    line = min(line, len(lines) - 1)
    for quote in "\"'":
        for number in range(line - 1, max(-1, line - _LOOKED_BACK), -1):
            if quote not in lines[number]:
                continue
            trouble = _scan_value(lines[number])
            if trouble is not None and trouble[:2] == ("unclosed", quote):
                return (
                    f" (the quotation mark opened at line {number + 1} is never closed on"
                    " its line, so the value runs on to the next one in the file: close it)"
                )
            break  # the nearest mark above is closed on its line
    if in_flow:
        for number in range(line, max(-1, line - 3), -1):
            trouble = _scan_value(lines[number])
            if trouble is not None and trouble[0] == "bracket":
                return (
                    f" (line {number + 1}: a list opened with '[' is never closed with ']'"
                    " on its line)"
                )
    trouble = _scan_value(lines[line]) if line >= 0 else None
    if trouble is None or trouble[0] != "early":
        return ""
    quote = trouble[1]
    if lines[line].rstrip().endswith(quote):
        return (
            f" (line {line + 1}: a quotation mark inside a {quote}…{quote} value ends it"
            f" early; {_inner_mark_advice(quote)})"
        )
    inside = 'a quotation mark inside a "…" value is written \\"'
    if quote == "'":
        inside = "an apostrophe inside a '…' value is written ''"
    return f" (line {line + 1}: text follows the value's closing quotation mark; {inside})"


def _inner_mark_advice(quote: str) -> str:
    if quote == '"':
        return 'write it as \\" or put the value in single quotes'
    return "write it as '' or put the value in double quotes"


def _syntax_hint(
    problem: str, text: str, mark: Any, context: str = "", at_end: bool = False
) -> str:
    """What to do about the YAML mistakes people make most, after the parser's words;
    ``at_end``: the parser met the end of the file with ``context`` still open."""
    if at_end and "quoted scalar" in context:
        return " (a quotation mark opened here is never closed)"
    if at_end and "flow sequence" in context:
        return " (a list opened here with '[' is never closed with ']')"
    if at_end and "flow mapping" in context:
        return " (a mapping opened here with '{' is never closed with '}')"
    if (
        "did not find expected" in problem
        or "expected <block end>" in problem
        or "expected ',' or ']'" in problem  # the pure-Python parser's words in a list
    ):
        quoted = _runaway_quote(text, mark, in_flow="flow" in context or "flow" in problem)
        if quoted:
            return quoted
    if "mapping values are not allowed" in problem:
        return " (text holding ': ' must be in quotes, e.g. title: \"Putin: the plan\")"
    if "could not find expected ':'" in problem:
        return " (a key needs a colon and a space after it, e.g. 'title: ...')"
    if "tab character" in problem:
        return " (indent with spaces, YAML does not allow tabs)"
    if "cannot start any token" in problem and mark is not None:
        index = getattr(mark, "index", None)
        if isinstance(index, int) and 0 <= index < len(text) and text[index] == "\t":
            return " (a tab: indent with spaces, YAML does not allow tabs)"
    return ""
