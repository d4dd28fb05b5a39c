"""The draft as YAML text: the schema comment first, then the briefing, fields in the
format's order, defaults left out so the file reads like a hand-written one."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml

from tui.collector import collector_paused
from tui.model import Briefing

__all__ = ["CONVENTIONAL", "SCHEMA_NAME", "dump_briefing", "schema_near", "schema_reference"]


class _Dumper(yaml.SafeDumper):
    """Safe dumper that indents lists under their key, as the seed briefings do."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


SCHEMA_NAME = "briefing.schema.json"
CONVENTIONAL = "../schema/briefing.schema.json"
"""Where the schema is from a briefing in the project's ``briefings/`` folder."""


def schema_near(folder: Path) -> Path | None:
    """The schema file nearest ``folder``: ``briefing.schema.json`` or
    ``schema/briefing.schema.json`` in it or a folder above it."""
    for place in (folder, *folder.parents):
        for candidate in (place / SCHEMA_NAME, place / "schema" / SCHEMA_NAME):
            if candidate.is_file():
                return candidate
    return None


def schema_reference(output: Path | None) -> str:
    """The schema as a path relative to ``output``'s folder, never an absolute one: a
    draft is shared, and an absolute ``file://`` path breaks on the next machine.

    The nearest schema file found from the output's folder upwards (the project's
    ``schema/briefing.schema.json`` for a draft inside the project); with none, the
    file name beside the draft (``briefing schema --output`` writes it there); for
    standard output, the project's convention for its ``briefings/`` folder.
    """
    if output is None:
        return CONVENTIONAL
    folder = output.resolve().parent
    found = schema_near(folder)
    if found is None:
        return SCHEMA_NAME
    return Path(os.path.relpath(found, folder)).as_posix()


def _clean(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


_PLAIN_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff\U00010000-\U0010ffff]"
)
"""A character that may make a scalar span lines or be escaped (line breaks, tabs,
control and unprintable characters, a byte-order mark) or beyond the Basic Multilingual
Plane (libyaml escapes "😀" in a key, PyYAML does not): the two may write such a scalar
differently, so its draft takes PyYAML's way. (Listed rather than negated: a negated
class over the whole plane costs 30 ms to compile.)"""
_LONGEST_FAST = 4000
"""Longer strings take PyYAML's way too: far below the 10,000-character line width."""


def _fast_path_safe(value: Any, *, in_list: bool = False) -> bool:
    """Whether libyaml writes ``value`` exactly as :class:`_Dumper` does once lists are
    indented (:func:`_indent_lists`): every string one short line of printable
    characters, and no list directly inside a list."""
    if isinstance(value, str):
        return len(value) <= _LONGEST_FAST and _PLAIN_LINE.search(value) is None
    if isinstance(value, dict):
        return all(_fast_path_safe(k) and _fast_path_safe(v) for k, v in value.items())
    if isinstance(value, list):
        return not in_list and all(_fast_path_safe(v, in_list=True) for v in value)
    return value is None or isinstance(value, (bool, int, float))


_ITEM_MARKS = re.compile(r"(?:- )*")


def _indent_lists(text: str) -> str:
    """libyaml's block YAML with every list indented under its key, as :class:`_Dumper`
    writes it: libyaml sets a list that is a mapping's value at its key's column
    ("key:" then "- item"), the seed briefings two columns further in.

    Each such list (a "- " line at the column of a "key:" line just before it) shifts
    itself and everything inside it by two; it ends at the first line left of it or at
    its column that is no item. Only for text whose every scalar is one line
    (:func:`_fast_path_safe`).
    """
    lists: list[int] = []  # columns of the open lists, innermost last
    key_column = -1  # column of the key of the line before, when it had no value
    out: list[str] = []
    for line in text.split("\n"):
        content = line.lstrip(" ")
        column = len(line) - len(content)
        item = content.startswith("- ") or content == "-"
        while lists and (column < lists[-1] or (column == lists[-1] and not item)):
            lists.pop()
        if item and column == key_column:
            lists.append(column)
        out.append(" " * (column + 2 * len(lists)) + content if content else line)
        key_column = -1
        if content.endswith(":"):
            marks = _ITEM_MARKS.match(content)
            key_column = column + (marks.end() if marks else 0)
    return "\n".join(out)


def _yaml_text(data: dict[str, Any]) -> str:
    """``data`` as block YAML in :class:`_Dumper`'s layout: through libyaml (about ten
    times faster, a tenth of a second on a 1,000-word article) when its output is
    known to be the same (see :func:`_fast_path_safe`), else through PyYAML."""
    fast = getattr(yaml, "CSafeDumper", None)
    if fast is not None and _fast_path_safe(data):
        text = yaml.dump(data, Dumper=fast, allow_unicode=True, sort_keys=False, width=10_000)
        return _indent_lists(text)
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)


def dump_briefing(briefing: Briefing, output: Path | None) -> str:
    """YAML text of ``briefing``, first line the yaml-language-server schema comment.

    The collector is paused: the dump's dictionaries and YAML events are many objects
    and garbage only at the end (see :mod:`tui.collector`)."""
    with collector_paused():
        data = briefing.model_dump(mode="json", by_alias=True, exclude_defaults=True)
        data = {"id": data.pop("id"), **data}
        for claim in data.get("claims", []):
            excerpt = claim.get("excerpt")
            if isinstance(excerpt, dict) and set(excerpt) == {"exact"}:
                claim["excerpt"] = excerpt["exact"]
        body = _yaml_text(_clean(data))
    return f"# yaml-language-server: $schema={schema_reference(output)}\n{body}"
