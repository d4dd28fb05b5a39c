"""Path-based changes to a YAML document, made as patches of the text they touch.

A change names a path into the document (``("claims", 3, "status")``) and what to do
there: set a value, delete one, append an item to a list. Each becomes a replacement of
one span of the text, found in the :class:`~tui.edit.spans.SpanIndex`: the value after a
key (the key, the colon and any comment after the value stay), the lines of a deleted
key or record, a new line after the key that precedes the new one in the format's order.
Everything outside those spans is left byte for byte, comments, blank lines and quoting
included. All spans are found in the one index of the text before the change, then
applied from the end of the text backwards, so no change moves another's span.

:func:`apply_to_data` makes the same changes to the plain data, which is what the patched
text must read back as (:mod:`tui.edit.document` checks it).
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tui.edit.blocks import render_like_block
from tui.edit.emit import render_block, render_flow, render_value_after_key
from tui.edit.errors import EditError
from tui.edit.scalars import WRAP_WIDTH, render_in_style, render_scalar, wrap_quoted
from tui.edit.spans import Node, SpanIndex
from tui.yamlread import Path

__all__ = ["AppendItem", "Change", "DeleteValue", "SetValue", "apply_to_data", "patch_text"]


@dataclass(frozen=True)
class SetValue:
    """Set the value at ``path``; a missing key is added after the key that precedes it in
    ``order`` (the format's key order), or last."""

    path: Path
    value: Any
    order: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeleteValue:
    """Remove the key or list item at ``path`` (its lines, in block style)."""

    path: Path


@dataclass(frozen=True)
class AppendItem:
    """Add ``value`` as the last item of the list at ``path`` (made when missing)."""

    path: Path
    value: Any


Change = SetValue | DeleteValue | AppendItem


@dataclass(frozen=True)
class _Patch:
    start: int
    end: int
    text: str
    order: int


class _Patcher:
    def __init__(self, index: SpanIndex) -> None:
        self.index = index
        self.text = index.text
        self.nodes = index.nodes
        self.newline = "\r\n" if "\r\n" in self.text else "\n"
        self.patches: list[_Patch] = []

    # --- helpers ---------------------------------------------------------------------------

    def add(self, start: int, end: int, text: str) -> None:
        self.patches.append(_Patch(start, end, text, len(self.patches)))

    def add_value(self, start: int, end: int, text: str) -> None:
        """Replace a value; a comment after it stays on the value's first line, where a
        block scalar or list written in its place can still carry it."""
        line_end = self.index.line_end(end)
        trailing = self.text[end:line_end]
        if "\n" in text and trailing.strip():
            first, sep, rest = text.partition(self.newline)
            text, end = first + trailing + sep + rest, line_end
        self.add(start, end, text)

    def node(self, path: Path) -> Node:
        return self.nodes[path]

    def refuse_shared(self, path: Path, *, inside_too: bool = True) -> None:
        """Refuse to change a value some alias elsewhere repeats: the change would change
        that place too. A value is shared when it, a value inside it (``inside_too``), or
        a mapping or list around it carries an anchor that an alias outside it names."""
        if not self.index.aliased:
            return
        anchors: dict[str, Path] = {}
        for depth in range(len(path) + 1):
            node = self.nodes.get(path[:depth])
            if node is not None and node.kind != "alias" and node.anchor:
                anchors[node.anchor] = path[:depth]
        if inside_too:
            for other, node in self.nodes.items():
                if other[: len(path)] == path and node.kind != "alias" and node.anchor:
                    anchors[node.anchor] = other
        for other, node in self.nodes.items():
            if node.kind != "alias" or node.anchor not in anchors:
                continue
            if inside_too and other[: len(path)] == path:
                continue  # the alias goes (or changes) with the value itself
            where = ".".join(str(step) for step in path)
            raise EditError(
                f"{where}: this value is shared with other places through the anchor"
                f" &{node.anchor}; edit it in a text editor to say which places change"
            )

    def colon_after_key(self, node: Node) -> int:
        assert node.key_end is not None
        colon = self.text.find(":", node.key_end)
        if colon < 0:  # pragma: no cover - a key always has its colon
            raise EditError("a key without its colon")
        return colon

    def key_column(self, parent_path: Path) -> int:
        parent = self.nodes[parent_path]
        if parent.children:
            first = self.nodes[(*parent_path, parent.children[0])]
            if first.key_start is not None:
                return self.index.column_of(first.key_start)
        return parent.column

    def value_end(self, node: Node, colon: int) -> int:
        """End of a value's span; an empty value ends on its key's line."""
        if node.kind == "scalar" and node.start == node.end:
            end = colon + 1
            while end < len(self.text) and self.text[end] in " \t":
                end += 1
            return end
        return node.end

    def line_with_break(self, start: int, end: int) -> tuple[int, int]:
        """From the start of ``start``'s line through the line break ending ``end``'s."""
        line_start = self.index.line_start(start)
        line_end = self.index.line_end(end)
        if self.text.startswith(self.newline, line_end):
            return line_start, line_end + len(self.newline)
        if line_start >= len(self.newline):  # the last line of a file with no final break
            return line_start - len(self.newline), line_end
        return line_start, line_end

    def dash_of(self, item: Node) -> int:
        pos = item.start - 1
        while pos >= 0 and self.text[pos] in " \t\r\n":
            pos -= 1
        if pos < 0 or self.text[pos] != "-":  # pragma: no cover - a block item has its dash
            raise EditError("a list item without its dash")
        return pos

    def in_old_style(
        self, node: Node, value: Any, quoted: str | None, *, indent: int, start: int
    ) -> str | None:
        """``value`` written as the block value it replaces was (a folded or literal block
        stays one, wrapped as it was), or in the quotes it had, wrapped when longer than
        the line; None when the plainest safe style is to be used. Line breaks are the
        file's own."""
        if node.kind != "scalar":
            return None
        source = self.text[node.value_start : node.end].replace("\r\n", "\n")
        text = render_like_block(value, node.style, source, WRAP_WIDTH)
        if text is None and quoted is not None:
            text = wrap_quoted(quoted, indent=indent, start_column=start)
        return None if text is None else text.replace("\n", self.newline)

    # --- the three changes ---------------------------------------------------------------

    def set(self, change: SetValue) -> None:
        path, value = change.path, change.value
        if path in self.nodes:
            self.replace(path, value)
            return
        # Find the nearest ancestor that exists; what is missing below it is built whole.
        cut = len(path) - 1
        while cut > 0 and path[:cut] not in self.nodes:
            cut -= 1
        parent_path = path[:cut]
        for step in reversed(path[cut + 1 :]):
            value = {step: value}
        key = path[cut]
        parent = self.nodes[parent_path]
        self.refuse_shared(parent_path, inside_too=False)
        if parent.kind != "map" or not isinstance(key, str):
            raise EditError(f"cannot add {'.'.join(map(str, path))}: its parent is not a mapping")
        self.insert_key(parent_path, parent, key, value, change.order)

    def replace(self, path: Path, value: Any) -> None:
        node = self.node(path)
        self.refuse_shared(path)
        parent = self.nodes.get(path[:-1])
        key = path[-1] if path and isinstance(path[-1], str) else None
        if parent is None:
            raise EditError("the whole document cannot be replaced")
        quoted = render_in_style(value, node.style) if node.kind == "scalar" else None
        if parent.flow:
            self.add(node.start, node.end, quoted or render_flow(value, key=key))
        elif parent.kind == "map":
            assert key is not None and node.key_start is not None and node.key_end is not None
            colon = self.colon_after_key(node)
            key_column = self.index.column_of(node.key_start)
            child = node.column if node.kind in ("map", "seq") and not node.flow else None
            start = key_column + node.key_end - node.key_start + 2
            kept = self.in_old_style(node, value, quoted, indent=key_column + 2, start=start)
            after = (
                " " + kept
                if kept is not None
                else render_value_after_key(
                    value, key=key, key_column=key_column, newline=self.newline, child_indent=child
                )
            )
            self.add_value(colon + 1, self.value_end(node, colon), after)
        else:
            kept = self.in_old_style(node, value, quoted, indent=node.column + 2, start=node.column)
            if kept is not None:
                text = kept
            elif isinstance(value, Mapping | list):
                text = render_block(value, indent=node.column, newline=self.newline)
            else:
                text = render_scalar(value, indent=node.column + 2, start_column=node.column)
                text = text.replace("\n", self.newline)
            self.add_value(node.start, node.end, text)

    def insert_key(
        self, parent_path: Path, parent: Node, key: str, value: Any, order: Sequence[str]
    ) -> None:
        children = [(k, self.nodes[(*parent_path, k)]) for k in parent.children]
        before = set(order[: order.index(key)]) if key in order else None
        previous = [(k, n) for k, n in children if before is None or k in before]
        anchor = max(previous, key=lambda kn: kn[1].end)[1] if previous else None
        if parent.flow:
            entry = f"{render_scalar(key, flow=True)}: {render_flow(value, key=key)}"
            if not children:
                self.add(parent.start + 1, parent.start + 1, entry)
            elif anchor is not None:
                self.add(anchor.end, anchor.end, ", " + entry)
            else:
                first = children[0][1]
                assert first.key_start is not None
                self.add(first.key_start, first.key_start, entry + ", ")
            return
        column = self.key_column(parent_path)
        pad = " " * column
        after = render_value_after_key(value, key=key, key_column=column, newline=self.newline)
        entry = render_scalar(key, flow=True) + ":" + after
        if anchor is not None:
            at = self.index.line_end(anchor.end)
            self.add(at, at, self.newline + pad + entry)
            return
        first = children[0][1]
        assert first.key_start is not None
        line_start = self.index.line_start(first.key_start)
        if self.text[line_start : first.key_start].strip() == "":
            self.add(line_start, line_start, pad + entry + self.newline)
        else:  # the first key shares its line with the list's dash
            self.add(first.key_start, first.key_start, entry + self.newline + pad)

    def delete(self, change: DeleteValue) -> None:
        path = change.path
        if path not in self.nodes or not path:
            raise EditError(f"nothing at {'.'.join(map(str, path))} to delete")
        self.refuse_shared(path)
        node = self.nodes[path]
        parent = self.nodes[path[:-1]]
        siblings = parent.children
        position = siblings.index(path[-1])
        sibling = [self.nodes[(*path[:-1], s)] for s in siblings]
        if parent.flow:
            if len(siblings) == 1:
                self.add(parent.start + 1, parent.end - 1, "")
            elif position < len(siblings) - 1:
                start = node.key_start if node.key_start is not None else node.start
                following = sibling[position + 1]
                end = following.key_start if following.key_start is not None else following.start
                self.add(start, end, "")
            else:
                self.add(sibling[position - 1].end, node.end, "")
            return
        if parent.kind == "map":
            assert node.key_start is not None
            line_start = self.index.line_start(node.key_start)
            if self.text[line_start : node.key_start].strip() == "":
                start, end = self.line_with_break(node.key_start, node.end)
                self.add(start, end, "")
            elif position < len(siblings) - 1:
                following = sibling[position + 1]
                assert following.key_start is not None
                self.add(node.key_start, following.key_start, "")
            else:
                self.add(node.key_start, self.index.line_end(node.end), "{}")
            return
        # a block list item
        if len(siblings) == 1:
            owner = path[:-1]
            self.replace(owner, [])
            return
        dash = self.dash_of(node)
        start, end = self.line_with_break(dash, node.end)
        if self.text[self.index.line_start(dash) : dash].strip() != "":
            raise EditError("a list item that shares its line with other text cannot be removed")
        self.add(start, end, "")

    def append(self, change: AppendItem) -> None:
        path, value = change.path, change.value
        seq = self.nodes.get(path)
        if seq is None:
            self.set(SetValue(path, [value]))
            return
        if seq.kind != "seq":
            raise EditError(f"{'.'.join(map(str, path))} is not a list")
        self.refuse_shared(path, inside_too=False)
        if seq.flow:
            if not seq.children:
                if isinstance(value, Mapping):
                    self.replace(path, [value])
                else:
                    self.add(seq.start + 1, seq.start + 1, render_flow(value))
                return
            last = self.nodes[(*path, seq.children[-1])]
            self.add(last.end, last.end, ", " + render_flow(value))
            return
        first = self.nodes[(*path, seq.children[0])]
        dash = self.dash_of(first)
        dash_column = self.index.column_of(dash)
        content = max(first.column, dash_column + 2)
        gap = " " * (content - dash_column - 1)
        if isinstance(value, Mapping | list):
            body = render_block(value, indent=content, newline=self.newline)
        else:
            body = render_scalar(value, indent=content + 2, start_column=content)
            body = body.replace("\n", self.newline)
        at = self.index.line_end(seq.end)
        self.add(at, at, self.newline + " " * dash_column + "-" + gap + body)

    def result(self) -> str:
        ordered = sorted(self.patches, key=lambda p: (p.start, p.end, p.order))
        for before, after in itertools.pairwise(ordered):
            if after.start < before.end:
                raise EditError("two changes touch the same text; make them one at a time")
        text = self.text
        for patch in sorted(self.patches, key=lambda p: (p.start, p.order), reverse=True):
            text = text[: patch.start] + patch.text + text[patch.end :]
        return text


def patch_text(index: SpanIndex, changes: Sequence[Change]) -> str:
    """The text of ``index`` with ``changes`` made; every path is in the text before them."""
    patcher = _Patcher(index)
    for change in changes:
        if isinstance(change, SetValue):
            patcher.set(change)
        elif isinstance(change, DeleteValue):
            patcher.delete(change)
        else:
            patcher.append(change)
    return patcher.result()


def apply_to_data(data: Any, changes: Sequence[Change]) -> Any:
    """``data`` as the patched text must read back: the same changes on plain values.

    Only the containers on a changed path are copied; the rest is shared with ``data``,
    which is never modified.
    """
    result = _copy(data)
    copied: set[Path] = {()}

    def walk(path: Path, create: bool) -> Any:
        node = result
        for depth, step in enumerate(path):
            here = path[: depth + 1]
            if isinstance(node, dict) and step not in node and create:
                node[step] = {}
                copied.add(here)
            elif here not in copied:
                node[step] = _copy(node[step])
                copied.add(here)
            node = node[step]
        return node

    deletions: list[Path] = []
    for change in changes:
        if isinstance(change, DeleteValue):
            deletions.append(change.path)
            continue
        *head, last = change.path
        node = walk(tuple(head), create=True)
        if isinstance(change, SetValue):
            node[last] = copy.deepcopy(change.value)
        else:
            items = node.get(last) if isinstance(node, dict) else node[last]
            node[last] = [*(items or []), copy.deepcopy(change.value)]
    # list items go last to first, so earlier indexes still name the same item
    for path in sorted(deletions, key=_deletion_order, reverse=True):
        *head, last = path
        node = walk(tuple(head), create=False)
        del node[last]
    return result


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list):
        return list(value)
    return value


def _deletion_order(path: Path) -> tuple[Any, ...]:
    return tuple((0, step) if isinstance(step, int) else (1, step) for step in path)
