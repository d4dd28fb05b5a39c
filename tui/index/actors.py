"""One actor across the library: every claim and quote that involves them, newest first.

Briefings are written apart, so one person may be ``putin`` in one file and
``vladimir-putin`` in another. Two actors are taken for the same one when

- they carry the same ``wikidata`` item id, whatever their ids; or
- they have the same id and do not carry *different* Wikidata ids (two ``richter``
  entries tagged Q1 and Q2 are two people).

Starting from an id (and the Wikidata id, when the actor in hand has one), the Wikidata
ids of the actors found by id are followed once more, so an actor known as ``putin``
everywhere but tagged in only one file still meets the ``vladimir-putin`` of a third.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tui.index.store import Store

__all__ = ["Appearance", "appearances", "same_actor"]

_ROLE_ORDER = {"speaker": 0, "source": 1, "about": 2, "involved": 3}


@dataclass(frozen=True)
class Appearance:
    """A claim or quote involving the actor: where, which, and how (``role``: ``speaker``
    of a quote, ``source`` a claim rests on, ``about`` a quote's subject, ``involved`` in
    a claim or note)."""

    path: Path
    briefing: str | None
    title: str | None
    published: str | None
    kind: str
    id: str
    label: str
    role: str
    actor: str
    """The actor's id in that briefing."""
    actor_name: str


def same_actor(store: Store, actor: str, wikidata: str | None = None) -> set[tuple[int, str]]:
    """(file, actor id) of every actor in the library taken for the same one."""
    db = store.db
    rows: set[tuple[int, str, str | None]] = set(
        db.execute("SELECT file, actor, wikidata FROM actors WHERE actor = ?", (actor,))
    )
    qids = {wikidata} if wikidata else {q for _, _, q in rows if q}
    for qid in list(qids):
        rows |= set(
            db.execute("SELECT file, actor, wikidata FROM actors WHERE wikidata = ?", (qid,))
        )
    if wikidata:
        return {(f, a) for f, a, q in rows if q is None or q == wikidata}
    if len(qids) > 1:
        # The id names several people in the library: keep the untagged ones and those
        # whose tag is shared by an actor with exactly this id.
        return {(f, a) for f, a, q in rows if q is None or a == actor or q in qids}
    return {(f, a) for f, a, _ in rows}


def appearances(
    store: Store, folder: Path, actor: str, wikidata: str | None = None, *, limit: int = 1000
) -> list[Appearance]:
    """The claims and quotes (and notes) that involve ``actor``, newest briefing first.

    Within a briefing they come in the briefing's order. ``folder`` is the library's
    folder, which stored paths are relative to.
    """
    pairs = same_actor(store, actor, wikidata)
    if not pairs:
        return []
    db = store.db
    found: list[tuple[tuple[str, int, int], Appearance]] = []
    seen: set[tuple[int, str, str]] = set()
    for file_id, actor_id in sorted(pairs):
        file_row = db.execute(
            "SELECT path, briefing, title, published FROM files WHERE id = ?", (file_id,)
        ).fetchone()
        name_row = db.execute(
            "SELECT name FROM actors WHERE file = ? AND actor = ?", (file_id, actor_id)
        ).fetchone()
        if file_row is None or not isinstance(file_row[0], bytes):
            continue
        key, briefing, title, published = file_row
        name = name_row[0] if name_row and isinstance(name_row[0], str) else actor_id
        for kind, rid, label, position, role in db.execute(
            "SELECT r.kind, r.rid, r.label, r.position, m.role FROM mentions AS m"
            " JOIN records AS r ON r.id = m.record WHERE m.actor = ? AND m.file = ?",
            (actor_id, file_id),
        ):
            if not all(isinstance(v, str) for v in (kind, rid, label, role)):
                continue
            if (file_id, kind, rid) in seen:  # two of its actors are this one
                continue
            seen.add((file_id, kind, rid))
            place = Appearance(
                Path(folder, os.fsdecode(key)),
                briefing,
                title,
                published,
                kind,
                rid,
                label,
                role,
                actor_id,
                name,
            )
            order = (os.fsdecode(key), int(position), _ROLE_ORDER.get(role, 9))
            found.append((order, place))
    found.sort(key=lambda pair: pair[0])
    # Stable: newest first, and within one briefing (or one date) in file order.
    found.sort(key=lambda pair: pair[1].published or "", reverse=True)
    return [place for _, place in found[:limit]]
