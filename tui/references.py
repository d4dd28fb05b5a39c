"""Cross-reference checks: every id a briefing mentions must name something it defines.

Pydantic validates each record on its own; whether ``claims[3].actors[1]`` names an actor
that exists needs the whole document. The check reads the document as loaded (plain dicts
and lists), so it runs even when some records are invalid and every problem in a file is
reported in one go. Problems are paths into the document, not positions, so the loader can
point each at its own line.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tui.yamlread import Path

__all__ = ["REFERENCE_FIELDS", "ReferenceProblem", "check_references"]

# section -> the noun of the ids it defines
SECTIONS = {
    "actors": "actor",
    "claims": "claim",
    "quotes": "quote",
    "sources": "source",
    "notes": "note",
}
_TARGET_SECTION = {noun: section for section, noun in SECTIONS.items()}

REFERENCE_FIELDS: dict[str, dict[str, str]] = {
    "": {"article": "source"},
    "actors": {"affiliation": "actor"},
    "relations": {"from": "actor", "to": "actor", "claims": "claim", "sources": "source"},
    "claims": {"attributed_to": "actor", "actors": "actor", "sources": "source"},
    "quotes": {"speaker": "actor", "outlet": "source", "about": "actor", "claims": "claim"},
    "sources": {"cited_in": "source"},
    "timeline": {"actors": "actor", "claims": "claim", "sources": "source"},
    "notes": {"claims": "claim", "actors": "actor", "sources": "source"},
}
"""Which key of which section refers to which kind of id; a list value refers item by item."""

_CHAINS = {
    ("sources", "cited_in"): "sources cite one another in a circle",
    ("actors", "affiliation"): "actors are affiliated with one another in a circle",
}
"""Single links that must not loop back on themselves, and what to say when they do."""


@dataclass(frozen=True)
class ReferenceProblem:
    """A broken or duplicated reference at ``path``; ``related`` points at the other place."""

    path: Path
    message: str
    related: Path | None = None


def _hint(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _records(document: Mapping[str, Any], section: str) -> list[tuple[int, Mapping[str, Any]]]:
    items = document.get(section)
    if not isinstance(items, list):
        return []
    return [(i, item) for i, item in enumerate(items) if isinstance(item, Mapping)]


def check_references(document: Mapping[str, Any]) -> list[ReferenceProblem]:
    """Every duplicate id, unresolved reference and circular chain in ``document``."""
    problems: list[ReferenceProblem] = []
    known: dict[str, dict[str, int]] = {}
    for section, noun in SECTIONS.items():
        seen: dict[str, int] = {}
        for i, record in _records(document, section):
            item_id = record.get("id")
            if not isinstance(item_id, str):
                continue
            if item_id in seen:
                problems.append(
                    ReferenceProblem(
                        (section, i, "id"),
                        f"duplicate {noun} id {item_id!r}",
                        (section, seen[item_id], "id"),
                    )
                )
            else:
                seen[item_id] = i
        known[noun] = seen

    def check(path: Path, value: Any, noun: str) -> None:
        ids = known[noun]
        if isinstance(value, str) and value not in ids:
            problems.append(ReferenceProblem(path, f"unknown {noun} {value!r}{_hint(value, ids)}"))

    for section, fields in REFERENCE_FIELDS.items():
        records = (
            [((), document)]
            if not section
            else [((section, i), record) for i, record in _records(document, section)]
        )
        for base, record in records:
            for key, noun in fields.items():
                value = record.get(key)
                if isinstance(value, list):
                    for j, item in enumerate(value):
                        check((*base, key, j), item, noun)
                else:
                    check((*base, key), value, noun)

    for (section, key), complaint in _CHAINS.items():
        order = known[SECTIONS[section]]
        links = {
            record["id"]: record[key]
            for _, record in _records(document, section)
            if isinstance(record.get("id"), str) and isinstance(record.get(key), str)
        }
        for cycle in _cycles(links, order):
            problems.append(
                ReferenceProblem(
                    (section, order[cycle[0]], key),
                    f"{complaint}: " + " -> ".join([*cycle, cycle[0]]),
                )
            )
    return problems


def _cycles(links: Mapping[str, str], order: Mapping[str, int]) -> list[list[str]]:
    """Each cycle in a graph where every node has at most one outgoing link, found once."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current walk, 2: done
    for start in order:
        walk: list[str] = []
        node: str | None = start
        while node is not None and node in order and node not in state:
            state[node] = 1
            walk.append(node)
            node = links.get(node)
        if node is not None and state.get(node) == 1:
            found.append(walk[walk.index(node) :])
        for visited in walk:
            state[visited] = 2
    return found
