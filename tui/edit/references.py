"""What refers to a record: the places a delete would leave dangling, or a merge rewrites.

Built on :data:`tui.references.REFERENCE_FIELDS`, the same table the loader checks
references with, so the two never disagree about what counts as a reference.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tui.references import REFERENCE_FIELDS, SECTIONS
from tui.text import one_line
from tui.yamlread import Path

__all__ = ["ID_SECTIONS", "Referrer", "find_referrers", "record_label"]

ID_SECTIONS = SECTIONS
"""Sections whose records have ids -> the noun for one record."""

_NOUNS = {**SECTIONS, "relations": "relation", "timeline": "timeline entry"}


@dataclass(frozen=True)
class Referrer:
    """One place that names a record: ``path`` to the reference itself, in ``field`` of
    the record at (``section``, ``index``) (``section`` is "" for the briefing's own keys).
    ``in_list`` says whether the field is a list of ids (else the field is the id)."""

    path: Path
    section: str
    index: int | None
    field: str
    in_list: bool
    label: str

    def describe(self) -> str:
        return f"{self.label} ({self.field})"


def record_label(data: Mapping[str, Any], section: str, index: int | None) -> str:
    """A short name for a record: "claim c03", "relation 2 (russia -> iran)"."""
    if not section or index is None:
        return "the briefing"
    items = data.get(section)
    record = items[index] if isinstance(items, list) and 0 <= index < len(items) else {}
    noun = _NOUNS.get(section, section)
    if isinstance(record, Mapping) and isinstance(record.get("id"), str):
        return f"{noun} {one_line(record['id'])}"
    if section == "relations" and isinstance(record, Mapping):
        ends = f"{one_line(str(record.get('from')))} -> {one_line(str(record.get('to')))}"
        return f"{noun} {index} ({ends})"
    if section == "timeline" and isinstance(record, Mapping):
        return f"{noun} {index} ({one_line(str(record.get('date')))})"
    return f"{noun} {index}"


def find_referrers(data: Mapping[str, Any], noun: str, ident: str) -> list[Referrer]:
    """Every place in ``data`` where a reference to the ``noun`` with id ``ident`` sits."""
    found: list[Referrer] = []
    for section, fields in REFERENCE_FIELDS.items():
        records: list[tuple[int | None, Mapping[str, Any]]]
        if section:
            items = data.get(section)
            records = (
                [(i, r) for i, r in enumerate(items) if isinstance(r, Mapping)]
                if isinstance(items, list)
                else []
            )
        else:
            records = [(None, data)]
        for index, record in records:
            base: Path = () if index is None else (section, index)
            for key, target in fields.items():
                if target != noun:
                    continue
                value = record.get(key)
                label = record_label(data, section, index)
                if isinstance(value, list):
                    for j, item in enumerate(value):
                        if item == ident:
                            found.append(
                                Referrer((*base, key, j), section, index, key, True, label)
                            )
                elif value == ident:
                    found.append(Referrer((*base, key), section, index, key, False, label))
    return found
