"""Writing lists and mappings as YAML text in the file's own layout.

New records and replaced lists are written the way the seed briefing and ``briefing new``
write them: block mappings with two-space indentation, lists of records as ``- key: ...``
items, and short lists of ids in flow style (``actors: [russia, ukraine]``) when they fit
on the line, else one item per line. Every scalar goes through
:func:`tui.edit.scalars.render_scalar`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tui.edit.scalars import WRAP_WIDTH, render_scalar

__all__ = ["DATE_FIELDS", "render_block", "render_flow", "render_value_after_key"]

DATE_FIELDS = frozenset({"date", "until", "published"})
"""Keys whose values are dates, written plain (``2024-06``) as authors write them."""

Scalar = str | int | float | bool


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def render_flow(value: Any, *, key: str | None = None) -> str:
    """``value`` on one line: ``[a, b]``, ``{k: v}`` or a flow-safe scalar."""
    if isinstance(value, Mapping):
        parts = [f"{_key(k)}: {render_flow(v, key=k)}" for k, v in value.items()]
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, Sequence) and not isinstance(value, str):
        return "[" + ", ".join(render_flow(item) for item in value) + "]"
    return render_scalar(value, flow=True, date_field=key in DATE_FIELDS)


def _key(key: str) -> str:
    return render_scalar(key, flow=True)


def _flow_fits(value: Sequence[Any], column: int) -> str | None:
    if not all(_is_scalar(item) for item in value):
        return None
    text = render_flow(value)
    return text if column + len(text) <= WRAP_WIDTH else None


def render_value_after_key(
    value: Any,
    *,
    key: str,
    key_column: int,
    newline: str,
    child_indent: int | None = None,
) -> str:
    """What follows ``key:`` in block context: `` value`` on the line, or a block below.

    ``key_column`` is where the key starts; nested lines are indented two more.
    """
    child = key_column + 2 if child_indent is None else child_indent
    if _is_scalar(value):
        start = key_column + len(key) + 2
        text = render_scalar(value, indent=child, start_column=start, date_field=key in DATE_FIELDS)
        return " " + text.replace("\n", newline)
    if isinstance(value, Mapping) and not value:
        return " {}"
    if isinstance(value, Sequence) and not isinstance(value, str | Mapping):
        if not value:
            return " []"
        flow = None if child_indent is not None else _flow_fits(value, key_column + len(key) + 2)
        if flow is not None:
            return " " + flow
    return newline + " " * child + render_block(value, indent=child, newline=newline)


def render_block(value: Any, *, indent: int, newline: str = "\n") -> str:
    """``value`` in block style whose first line starts at column ``indent`` (the caller
    writes that line's indentation); following lines carry their own."""
    pad = " " * indent
    if isinstance(value, Mapping):
        lines = []
        for key, item in value.items():
            lines.append(
                _key(key)
                + ":"
                + render_value_after_key(item, key=key, key_column=indent, newline=newline)
            )
        return (newline + pad).join(lines)
    if isinstance(value, Sequence) and not isinstance(value, str):
        items = []
        for item in value:
            if _is_scalar(item):
                text = render_scalar(item, indent=indent + 2, start_column=indent + 2)
                items.append("- " + text.replace("\n", newline))
            else:
                items.append("- " + render_block(item, indent=indent + 2, newline=newline))
        return (newline + pad).join(items)
    return render_scalar(value, indent=indent + 2, start_column=indent).replace("\n", newline)
