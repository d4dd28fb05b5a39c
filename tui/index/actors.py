"""One actor across the library: every claim and quote that involves them, newest first.

Briefings are written apart, so one person may be ``putin`` in one file and
``vladimir-putin`` in another, and one id may name different people in two files (``p4``
is Olena Kowalenko here and Wladimir Putin there). Two actors are taken for the same one
when

- both carry a ``wikidata`` item id: exactly when it is the same id, whatever their ids
  and names (two ``richter`` entries tagged Q1 and Q2 are two people);
- otherwise, when they have the same id **and** their names agree. Names are compared
  folded (:mod:`tui.index.fold`: case, accents, ``ß``, ``ae``/``oe``/``ue``), word by
  word, and agree when

  - one's name is the other's name or one of its aliases (``Xi`` with the alias ``Xi
    Jinping``);
  - the words of one name are all among the other's (``Putin`` and ``Wladimir Putin``;
    ``Kim`` and ``Kim Jong Un``), one of them at least two letters long; or
  - both end in the same word of three letters or more and their first words differ by
    at most one letter at the same length, or one is an initial of the other
    (``Wladimir Putin`` and ``Vladimir Putin``, ``Sergej`` and ``Sergei Lawrow``, ``V.
    Putin``) — ``Anna Müller`` and ``Hans Müller`` stay two people.

The actor in hand is known by its id and name (and, when known, by the file it is from,
or a Wikidata id). When it carries no Wikidata id, the ids of the same-id actors whose
names agree are followed once, so a ``putin`` tagged in only one file still meets the
``vladimir-putin`` of a third. Matching is not chained further: every actor is compared
with the one in hand, never with another match.

Only the newest ``limit`` records are read and made (the rest are counted), so the view
of an actor in 10,000 briefings is ready in a fraction of a second.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tui.index.fold import fold_text, words
from tui.index.store import Store

__all__ = ["Across", "Appearance", "across", "appearances", "names_agree", "same_actor"]

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


@dataclass
class Across:
    """What :func:`across` found: the newest ``limit`` records (``appearances``), how many
    there are in all (``total``), and in how many briefings (``briefings``)."""

    appearances: list[Appearance] = field(default_factory=list)
    total: int = 0
    briefings: int = 0

    @property
    def cut(self) -> bool:
        """Whether only the newest of more records were read."""
        return self.total > len(self.appearances)


# --- names ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Actor:
    """One actor entry of one file, as the index holds it."""

    file: int
    id: str
    name: str
    wikidata: str | None
    aliases: tuple[str, ...] = ()


@functools.lru_cache(maxsize=4096)
def _folded(name: str) -> tuple[str, ...]:
    return tuple(words(name))


def _first_names_agree(one: str, other: str) -> bool:
    if one == other:
        return True
    if len(one) == 1 or len(other) == 1:  # an initial
        return one[0] == other[0]
    if len(one) != len(other):
        return False
    return sum(a != b for a, b in zip(one, other, strict=True)) <= 1


def _words_agree(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    if not one or not other:
        return False
    if one == other:
        return True
    short, long_ = (one, other) if len(one) <= len(other) else (other, one)
    if set(short) <= set(long_) and any(len(word) >= 2 for word in short):
        return True
    return (
        len(one) >= 2
        and len(other) >= 2
        and one[-1] == other[-1]
        and len(one[-1]) >= 3
        and _first_names_agree(one[0], other[0])
    )


def names_agree(
    one: str, other: str, one_aliases: tuple[str, ...] = (), other_aliases: tuple[str, ...] = ()
) -> bool:
    """Whether two actors' names say they may be one person (the rule in this module's
    docstring); aliases count only as a whole name."""
    return _agree(
        _folded(one),
        frozenset(map(_folded, one_aliases)),
        _folded(other),
        frozenset(map(_folded, other_aliases)),
    )


def _agree(
    one: tuple[str, ...],
    one_aliases: frozenset[tuple[str, ...]],
    other: tuple[str, ...],
    other_aliases: frozenset[tuple[str, ...]],
) -> bool:
    return _words_agree(one, other) or (
        (bool(one) and one in other_aliases) or (bool(other) and other in one_aliases)
    )


# --- reading the index --------------------------------------------------------------------------


def _aliases(text: object, fields: object) -> tuple[str, ...]:
    if not isinstance(text, str) or not isinstance(fields, str):
        return ()
    names, texts = fields.split("\n"), text.split("\n")
    if len(names) != len(texts):
        return ()
    return tuple(t for n, t in zip(names, texts, strict=True) if n == "aliases")


def _with_id(store: Store, actor: str) -> list[_Actor]:
    """Every actor entry with this id (without aliases: :func:`_aliases_of`)."""
    return [
        _Actor(f, actor, n, q if isinstance(q, str) and q else None)
        for f, n, q in store.db.execute(
            "SELECT file, name, wikidata FROM actors WHERE actor = ?", (actor,)
        )
        if isinstance(f, int) and isinstance(n, str)
    ]


def _aliases_of(store: Store, actor: str, files: list[int]) -> dict[int, tuple[str, ...]]:
    """The aliases of actor ``actor`` in each of ``files``, from its actor record."""
    db = store.db
    # A file's records are numbered in order from its briefing record, actors next: read
    # just those few rows of each file. Should that ever not hold, a file whose record is
    # not found there is looked up the slow way below.
    found: dict[int, tuple[str, ...]] = {}
    for file, fields, text in db.execute(
        "SELECT j.value, r.fields, r.text FROM json_each(?) AS j"
        " CROSS JOIN records AS r ON r.id BETWEEN"
        " (SELECT min(id) FROM records WHERE file = j.value) + 1 AND"
        " (SELECT min(id) FROM records WHERE file = j.value)"
        " + (SELECT actors FROM files WHERE id = j.value)"
        " WHERE r.file = j.value AND r.kind = 'actor' AND r.rid = ?",
        (json.dumps(files), actor),
    ):
        found[file] = _aliases(text, fields)
    for file in files:
        if file not in found:
            row = db.execute(
                "SELECT fields, text FROM records WHERE file = ? AND kind = 'actor' AND rid = ?",
                (file, actor),
            ).fetchone()
            found[file] = _aliases(row[1], row[0]) if row else ()
    return found


def _alias_files(store: Store, actor: str, name: tuple[str, ...]) -> set[int] | None:
    """Files whose actor ``actor`` may have ``name`` (folded words) among its aliases: its
    record's text holds those words in a row. None when the full-text index cannot
    tell (every file may then)."""
    if not name:
        return set()
    phrase = '"' + " ".join(name) + '"'
    try:
        rows = store.db.execute(
            "SELECT file FROM records WHERE id IN"
            " (SELECT rowid FROM search WHERE search MATCH ?) AND kind = 'actor' AND rid = ?",
            ("body : " + phrase, actor),
        ).fetchall()
    except sqlite3.OperationalError:
        return None
    return {file for (file,) in rows}


def _with_wikidata(store: Store, qids: set[str]) -> list[_Actor]:
    out = []
    for qid in sorted(qids):
        for f, a, n in store.db.execute(
            "SELECT file, actor, name FROM actors WHERE wikidata = ?", (qid,)
        ):
            if isinstance(f, int) and isinstance(a, str):
                out.append(_Actor(f, a, n if isinstance(n, str) else a, qid))
    return out


def _whole(name: str, by_id: list[_Actor]) -> str:
    """``name``, or the name it is the start of when no actor of the id has it whole (a
    list may show a long name cut short): the most frequent such."""
    folded = fold_text(name).strip()
    names = Counter(a.name for a in by_id)
    if not folded or any(fold_text(n).strip() == folded for n in names):
        return name
    longer = Counter({n: k for n, k in names.items() if fold_text(n).startswith(folded)})
    return longer.most_common(1)[0][0] if longer else name


def same_actor(
    store: Store,
    actor: str,
    wikidata: str | None = None,
    *,
    name: str | None = None,
    file: int | None = None,
) -> dict[tuple[int, str], str]:
    """(file, actor id) of every actor in the library taken for the same one, with its
    name there. The actor in hand is ``actor`` (an id) named ``name``, from ``file`` (an
    index file id) when known; without a name or file, every actor with the id is taken
    unless it carries another Wikidata id."""
    by_id = _with_id(store, actor)
    mine = next((a for a in by_id if a.file == file), None) if file is not None else None
    if mine is not None:
        name, wikidata = mine.name, wikidata or mine.wikidata
    if name is None:  # by id (and Wikidata id) alone
        return _chosen(store, by_id, wikidata, lambda other: True)
    if mine is None:
        name = _whole(name, by_id)
        exact = _folded(name)
        own = [a.file for a in by_id if _folded(a.name) == exact]
    else:
        own = [mine.file]
    folded = _folded(name)
    folded_aliases = frozenset(
        _folded(x) for names in _aliases_of(store, actor, own).values() for x in names
    )
    # By name alone, once per name (10,000 entries of an id hold a few dozen names).
    by_name: dict[str, bool] = {}
    for other in by_id:
        if other.name not in by_name:
            by_name[other.name] = _agree(folded, folded_aliases, _folded(other.name), frozenset())
    # Which of the rest may hold the name in hand among their aliases: read only those.
    undecided = [a.file for a in by_id if not by_name[a.name]]
    maybe = _alias_files(store, actor, folded) if undecided else set()
    if maybe is not None:
        undecided = [f for f in undecided if f in maybe]
    theirs = _aliases_of(store, actor, undecided) if undecided else {}

    def agrees(other: _Actor) -> bool:
        if by_name[other.name]:
            return True
        aliases = theirs.get(other.file)
        return bool(aliases) and bool(folded) and folded in set(map(_folded, aliases or ()))

    return _chosen(store, by_id, wikidata, agrees)


def _chosen(
    store: Store, by_id: list[_Actor], wikidata: str | None, agrees: Callable[[_Actor], bool]
) -> dict[tuple[int, str], str]:
    # Without a Wikidata id in hand, those of the same-id actors whose names agree.
    qids = {wikidata} if wikidata else {a.wikidata for a in by_id if a.wikidata and agrees(a)}
    chosen: dict[tuple[int, str], str] = {}
    for other in by_id:
        if other.wikidata and qids and other.wikidata not in qids:
            continue  # another person, by their Wikidata id
        if agrees(other):
            chosen[(other.file, other.id)] = other.name
    for other in _with_wikidata(store, qids):
        chosen.setdefault((other.file, other.id), other.name)
    return chosen


def across(
    store: Store,
    folder: Path,
    actor: str,
    wikidata: str | None = None,
    *,
    name: str | None = None,
    path: Path | None = None,
    limit: int = 1000,
) -> Across:
    """The newest ``limit`` claims, quotes and notes that involve the actor, and how many
    there are in all. Newest briefing first; within a briefing in the briefing's order.

    ``folder`` is the library's folder, which stored paths are relative to; ``path`` is
    the file the actor in hand is from, when known (see :func:`same_actor`).
    """
    db = store.db
    file = None
    if path is not None:
        try:
            key = os.fsencode(os.path.relpath(path, folder))
        except ValueError:
            key = b""
        row = db.execute("SELECT id FROM files WHERE path = ?", (key,)).fetchone()
        file = row[0] if row else None
    chosen = same_actor(store, actor, wikidata, name=name, file=file)
    if not chosen:
        return Across()
    pairs = json.dumps(sorted(chosen))
    files: list[tuple[str, str, int, bytes, str | None, str | None]] = []
    for file_id, key, briefing, title, published in db.execute(
        "SELECT id, path, briefing, title, published FROM files"
        " WHERE id IN (SELECT DISTINCT json_extract(value, '$[0]') FROM json_each(?))",
        (pairs,),
    ):
        if not isinstance(key, bytes):
            continue
        files.append(
            (
                published if isinstance(published, str) else "",
                os.fsdecode(key),
                file_id,
                key,
                briefing if isinstance(briefing, str) else None,
                title if isinstance(title, str) else None,
            )
        )
    # Newest first; within one date in file order.
    files.sort(key=lambda f: f[1])
    files.sort(key=lambda f: f[0], reverse=True)
    ids: dict[int, list[str]] = {}
    for file_id, actor_id in chosen:
        ids.setdefault(file_id, []).append(actor_id)

    result = Across()
    per_file = (
        "SELECT r.kind, r.rid, r.label, r.position, m.role, m.actor FROM mentions AS m"
        " JOIN records AS r ON r.id = m.record WHERE m.file = ? AND m.actor IN ({})"
    )
    counted: set[int] = set()
    for published, shown, file_id, _, briefing, title in files:
        actors = ids[file_id]
        if len(result.appearances) >= limit:
            break
        counted.add(file_id)
        rows = db.execute(per_file.format(", ".join("?" * len(actors))), (file_id, *actors))
        places = sorted(
            (int(position), _ROLE_ORDER.get(role, 9), kind, rid, label, role, actor_id)
            for kind, rid, label, position, role, actor_id in rows
            if isinstance(position, int)
            and all(isinstance(v, str) for v in (kind, rid, label, role, actor_id))
        )
        seen: set[tuple[str, str]] = set()
        where = Path(folder, shown)
        for _, _, kind, rid, label, role, actor_id in places:
            if (kind, rid) in seen:  # two of its actors are this one
                continue
            seen.add((kind, rid))
            result.total += 1
            if len(result.appearances) < limit:
                result.appearances.append(
                    Appearance(
                        where,
                        briefing,
                        title,
                        published or None,
                        kind,
                        rid,
                        label,
                        role,
                        actor_id,
                        chosen[(file_id, actor_id)],
                    )
                )
        if seen:
            result.briefings += 1
    records, briefings = _count_rest(store, chosen, counted, ids)
    result.total += records
    result.briefings += briefings
    return result


def _rest(chosen: dict[tuple[int, str], str], counted: set[int]) -> str:
    return json.dumps(sorted((f, a) for f, a in chosen if f not in counted))


def _count_rest(
    store: Store, chosen: dict[tuple[int, str], str], counted: set[int], ids: dict[int, list[str]]
) -> tuple[int, int]:
    """How many records of the files not read involve the actor (a record counted once
    when two of a file's actors are this one), and in how many files."""
    rest = json.dumps(sorted((f, a) for f, a in chosen if f not in counted))
    records, files = store.db.execute(
        "SELECT count(*), count(DISTINCT m.file) FROM json_each(?) AS j JOIN mentions AS m"
        " ON m.actor = json_extract(j.value, '$[1]') AND m.file = json_extract(j.value, '$[0]')",
        (rest,),
    ).fetchone()
    doubled = json.dumps([f for f, a in ids.items() if len(a) > 1 and f not in counted])
    if doubled == "[]":
        return int(records), int(files)
    repeats = store.db.execute(
        "SELECT count(*) - count(DISTINCT m.record) FROM json_each(?) AS j"
        " JOIN mentions AS m ON m.file = j.value"
        " WHERE m.actor IN (SELECT json_extract(value, '$[1]') FROM json_each(?)"
        " WHERE json_extract(value, '$[0]') = j.value)",
        (doubled, rest),
    ).fetchone()[0]
    return int(records) - int(repeats), int(files)


def appearances(
    store: Store,
    folder: Path,
    actor: str,
    wikidata: str | None = None,
    *,
    name: str | None = None,
    limit: int = 1000,
) -> list[Appearance]:
    """The newest ``limit`` claims and quotes (and notes) that involve ``actor``
    (:func:`across` without the counts)."""
    return across(store, folder, actor, wikidata, name=name, limit=limit).appearances
