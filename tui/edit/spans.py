"""Where each value of a YAML document starts and ends, from the parser's marks.

Positional patches need more than the line and column :mod:`tui.yamlread` keeps: the end
of every value, the key that names it, its style (plain, quoted, block scalar, flow or
block collection) and its anchor. The index is built from the parser's events with an
explicit stack, only for text the project's loader has already accepted (so depth and
aliases are bounded before this runs). libyaml's marks count characters, as the
pure-Python parser's do, so either gives the same offsets into the decoded text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

from tui.yamlread import HAVE_LIBYAML, Path

__all__ = ["Node", "SpanIndex", "index_spans"]

NodeKind = Literal["scalar", "map", "seq", "alias"]


@dataclass
class Node:
    """One value in the text: ``start``/``end`` bound it (``end`` is where its content
    ends: no trailing blank lines or comments), ``value_start`` is past any anchor or tag.
    ``anchor`` is the anchor a value defines, or, for an alias, the anchor it repeats.
    """

    kind: NodeKind
    start: int
    value_start: int
    end: int
    column: int
    flow: bool
    style: str | None = None
    anchor: str | None = None
    key_start: int | None = None
    key_end: int | None = None
    children: list[str | int] = field(default_factory=list)


@dataclass
class SpanIndex:
    """Every node by its path, and the anchors some alias refers to."""

    text: str
    nodes: dict[Path, Node]
    aliased: set[str]

    def line_start(self, offset: int) -> int:
        """Offset of the start of the line holding ``offset``."""
        return self.text.rfind("\n", 0, offset) + 1

    def line_end(self, offset: int) -> int:
        """Offset of the newline ending the line holding ``offset`` (or the text's end).

        A carriage return before the newline belongs to the line ending, not the line.
        """
        end = self.text.find("\n", offset)
        if end < 0:
            return len(self.text)
        return end - 1 if end > 0 and self.text[end - 1] == "\r" else end

    def column_of(self, offset: int) -> int:
        return offset - self.line_start(offset)


class _Open:
    __slots__ = ("key_end", "key_start", "node", "path", "pending_key")

    def __init__(self, node: Node, path: Path) -> None:
        self.node = node
        self.path = path
        self.pending_key: str | None = None
        self.key_start: int | None = None
        self.key_end: int | None = None


def _offset(mark: Any) -> int:
    """A mark's offset in characters (marks are always set for events from a parser)."""
    return int(mark.index)


def _column(mark: Any) -> int:
    return int(mark.column)


def _skip_properties(text: str, start: int) -> int:
    """The offset past an anchor (``&a``) and tag (``!!str``) written before a value."""
    i = start
    while i < len(text) and text[i] in "&!":
        while i < len(text) and text[i] not in " \t\r\n":
            i += 1
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
    return i


def _block_scalar_end(text: str, start: int, end: int) -> int:
    """Where a block scalar's last content line ends, before the line breaks (and blank
    lines) the parser counts into it: those belong to the layout, not to the value."""
    stop = end
    while stop > start:
        newline = text.rfind("\n", start, stop)
        if newline < 0 or text[newline + 1 : stop].strip(" \t\r"):
            break
        stop = newline
    if stop > start and text[stop - 1] == "\r":
        stop -= 1
    return stop


def index_spans(text: str) -> SpanIndex:
    """The span of every value in ``text`` (a document the loader has accepted)."""
    loader_class: Any = yaml.CSafeLoader if HAVE_LIBYAML else yaml.SafeLoader
    loader = loader_class(text)
    nodes: dict[Path, Node] = {}
    aliased: set[str] = set()
    stack: list[_Open] = []
    try:
        while True:
            event: Any = loader.get_event()
            if isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
                start, end = _offset(event.start_mark), _offset(event.end_mark)
                if isinstance(event, yaml.AliasEvent):
                    aliased.add(str(event.anchor))
                    node = Node(
                        "alias",
                        start,
                        start,
                        end,
                        _column(event.start_mark),
                        False,
                        anchor=str(event.anchor),
                    )
                else:
                    style = event.style or None
                    if style in ("|", ">"):
                        end = _block_scalar_end(text, start, end)
                    node = Node(
                        "scalar",
                        start,
                        _skip_properties(text, start),
                        end,
                        _column(event.start_mark),
                        bool(stack and stack[-1].node.flow),
                        style=style,
                        anchor=getattr(event, "anchor", None),
                    )
                if stack and stack[-1].node.kind == "map" and stack[-1].pending_key is None:
                    top = stack[-1]
                    top.pending_key = str(getattr(event, "value", ""))
                    top.key_start, top.key_end = start, end
                    continue
                _place(stack, nodes, node)
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                start = _offset(event.start_mark)
                kind: NodeKind = "map" if isinstance(event, yaml.MappingStartEvent) else "seq"
                flow = bool(event.flow_style)
                node = Node(
                    kind,
                    start,
                    _skip_properties(text, start),
                    start,
                    _column(event.start_mark),
                    flow,
                    anchor=event.anchor,
                )
                path = _place(stack, nodes, node)
                stack.append(_Open(node, path))
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                done = stack.pop()
                if done.node.flow:
                    done.node.end = _offset(event.end_mark)
                elif done.node.children:
                    last = nodes[(*done.path, done.node.children[-1])]
                    done.node.end = last.end
    finally:
        loader.dispose()
    return SpanIndex(text, nodes, aliased)


def _place(stack: list[_Open], nodes: dict[Path, Node], node: Node) -> Path:
    if not stack:
        nodes[()] = node
        return ()
    parent = stack[-1]
    step: str | int
    if parent.node.kind == "map":
        step = parent.pending_key or ""
        node.key_start, node.key_end = parent.key_start, parent.key_end
        parent.pending_key = None
    else:
        step = len(parent.node.children)
    path: Path = (*parent.path, step)
    if path not in nodes:  # a duplicate key: the loader refused it already
        parent.node.children.append(step)
        nodes[path] = node
    return path
