"""A briefing's text held for editing: plans applied, checked, and only then accepted.

A :class:`Document` is immutable: :meth:`Document.apply` returns a new one or raises, so
a refused edit leaves the caller's document (and whatever the user typed) untouched. Two
checks guard every edit before it can reach the disk:

1. the new text loads with the project's own loader (:func:`tui.loader.parse_briefing`),
   or the edit is refused with the loader's messages, located in the new text;
2. the new text reads back as exactly the data the edit meant (the old data with the same
   changes made), so a patch that would change anything else, or write a value that
   reads back differently, is refused as :class:`~tui.edit.errors.UnfaithfulEdit`.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from tui.edit.errors import EditRefused, UnfaithfulEdit
from tui.edit.patch import Change, apply_to_data, patch_text
from tui.edit.spans import SpanIndex, index_spans
from tui.errors import LoadError
from tui.loader import decode, parse_briefing
from tui.model import Briefing
from tui.references import check_references
from tui.yamlread import Path, read_yaml

__all__ = ["Document", "digest"]

_BOM = "\ufeff"


def digest(raw: bytes) -> str:
    """The hash a save compares with the file on disk."""
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class Document:
    """One version of a briefing file: its text, its plain data and its model."""

    name: str
    text: str
    data: dict[str, Any]
    briefing: Briefing
    bom: bool = False
    _index: list[SpanIndex] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def from_bytes(cls, raw: bytes, name: str) -> Document:
        """Load ``raw`` (the file's bytes) with the project's loader; LoadError if invalid."""
        text = decode(raw, name)
        return cls.from_text(text, name, bom=raw.startswith(_BOM.encode()))

    @classmethod
    def from_text(cls, text: str, name: str, *, bom: bool = False) -> Document:
        briefing = parse_briefing(text, name)
        data = read_yaml(text).data
        assert isinstance(data, dict)
        return cls(name, text, data, briefing, bom)

    def to_bytes(self) -> bytes:
        """What the file holds for this version (its byte-order mark kept, if it had one)."""
        return ((_BOM if self.bom else "") + self.text).encode("utf-8")

    @property
    def spans(self) -> SpanIndex:
        if not self._index:
            self._index.append(index_spans(self.text))
        return self._index[0]

    def line_of(self, path: Path) -> int:
        """1-based line where the value at ``path`` (or its key) starts, or its nearest
        ancestor's: where ``$EDITOR`` opens for the record being looked at."""
        nodes = self.spans.nodes
        for depth in range(len(path), -1, -1):
            node = nodes.get(path[:depth])
            if node is not None:
                start = node.key_start if node.key_start is not None else node.start
                return self.text.count("\n", 0, start) + 1
        return 1

    def apply(self, changes: Sequence[Change]) -> Document:
        """A new version with ``changes`` made, checked twice (see the module's docstring)."""
        if not changes:
            return self
        text = patch_text(self.spans, changes)
        expected = apply_to_data(self.data, changes)
        got, briefing = _load(text, self.name)
        if not same_data(got, expected):
            raise UnfaithfulEdit(
                f"{self.name}: the edit would not read back as written; nothing was changed"
                " (please report this with the value you entered)"
            )
        assert isinstance(got, dict)
        return Document(self.name, text, got, briefing, self.bom)


def _load(text: str, name: str) -> tuple[Any, Briefing]:
    """The data and model of ``text``, or EditRefused with the loader's located problems.

    The loader's own fast path, run here so the plain data is read once for both the
    model and the read-back check; whenever anything is wrong, the loader itself
    (:func:`tui.loader.parse_briefing`) is asked, so the messages are exactly its own.
    """
    result = read_yaml(text)
    try:
        if result.problems or not isinstance(result.data, dict):
            parse_briefing(text, name)
        try:
            briefing = Briefing.model_validate(result.data)
        except ValidationError:
            parse_briefing(text, name)
            raise
        if check_references(result.data):
            parse_briefing(text, name)
    except LoadError as error:
        raise EditRefused(error.problems) from None
    return result.data, briefing


def same_data(one: Any, other: Any) -> bool:
    """Equal as data: dicts by items, lists in order, numbers by value, NaN equal to NaN."""
    if isinstance(one, dict) and isinstance(other, dict):
        return one.keys() == other.keys() and all(same_data(one[k], other[k]) for k in one)
    if isinstance(one, list) and isinstance(other, list):
        return len(one) == len(other) and all(map(same_data, one, other))
    if isinstance(one, bool) or isinstance(other, bool):
        return type(one) is type(other) and one == other
    if isinstance(one, float) and isinstance(other, float) and math.isnan(one):
        return math.isnan(other)
    if isinstance(one, str) or isinstance(other, str):
        return type(one) is type(other) and one == other
    return bool(one == other)
