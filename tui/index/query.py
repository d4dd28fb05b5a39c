"""Searching the index as people type: words, word starts, "quoted phrases", any text.

What is typed is never handed to SQLite's query language. It is read here into terms,
each a run of folded words (:mod:`tui.index.fold`), and every term is written into the
FTS5 query as a quoted string, so ``"``, ``*``, ``:``, ``(``, ``-``, ``NEAR``, ``AND`` or
``OR`` are searched as the text they are and never raise a syntax error:

- a bare word matches words that start with it: ``Beitritt`` finds
  ``EU-Beitrittsgespräche`` (a prefix query on the ``unicode61`` tokens; see
  docs/search.md for why not a trigram index);
- words joined by punctuation (``EU-Beitritt``, ``Kim.Jong``) must stand next to each
  other, the last one again as a word start;
- a phrase in double quotes (straight, „German“ or “English”) matches those whole words
  in that order;
- a term holding letters of a script written without spaces (Chinese, Japanese, Thai…)
  is found anywhere inside a word (:attr:`Term.inside`): the tokenizer takes a whole run
  of such letters as one word, so ``阵营`` inside ``中方反对任何形式的阵营对抗`` would
  otherwise be found only at the start of a sentence. Those terms are matched by a scan
  (``instr``) of the words holding such letters, which the index keeps apart
  (:func:`tui.index.fold.unspaced_words`): linear in the amount of such text, as the
  claims filter in a briefing finds them;
- a query that is one word naming a briefing's id or file name (``b00777``,
  ``/b00777-nato``, ``b00777.yaml``) puts that briefing first (:func:`named_files`):
  ids and file names are what colleagues quote to each other;
- every term must match (AND); hits are ranked by bm25, a match in the label (the claim's
  statement, the actor's name, the quote's words) weighing :data:`LABEL_WEIGHT` times
  one elsewhere, and grouped by briefing, best first.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.index.filters import LibraryQuery
from tui.index.fold import UNSPACED, fold_text, words_with_spans
from tui.index.store import Store
from tui.words import count

__all__ = [
    "LABEL_WEIGHT",
    "RANKED_AT_MOST",
    "BriefingHits",
    "Hit",
    "MatchedFile",
    "SearchResult",
    "Snippet",
    "Term",
    "filtered_files",
    "inside_conditions",
    "match_expression",
    "matching_files",
    "more_matching",
    "named_files",
    "parse_query",
    "search",
]

LABEL_WEIGHT = 4.0
MAX_TERMS = 16
"""Terms past this many are ignored: a pasted paragraph must not make a query that takes
seconds."""
MAX_QUERY_CHARS = 1000
SNIPPET_CHARS = 140
RANKED_AT_MOST = 1_000
"""Most matches ranked by relevance; see :attr:`SearchResult.capped`."""

NAMED_AT_MOST = 20
"""Most briefings put first for naming their id or file name (``b00`` names hundreds)."""
NAMED_SCORE = 1000.0
"""The score of a briefing named by its id or file name: above any bm25 score."""
_NAME = re.compile(r"(?:\./)?/?((?:[^\s/\\]{1,200}/){0,20})([^\s/\\]{3,200})")
"""A briefing's id or file name, alone or after its folders as the results print the
path (``archive/2019/b00171.yaml``, relative to the library)."""
_YAML_END = re.compile(r"\.ya?ml$", re.IGNORECASE)

_QUOTED = re.compile(r'"([^"]*)"?|„([^“”"]*)[“”"]?|“([^”"]*)[”"]?')
_WORD = re.compile(r"[^\W_]+")

_LABEL_FIELD = {
    "briefing": "title",
    "actor": "name",
    "claim": "statement",
    "quote": "text",
    "source": "title",
    "note": "text",
    "relation": "label",
    "timeline": "label",
}
"""What a record's label is called, for saying where a hit matched."""
_LABEL_FIELDS = frozenset(_LABEL_FIELD.values())


@dataclass(frozen=True)
class Term:
    """Folded words that must stand together; the last one as a word start if ``prefix``."""

    words: tuple[str, ...]
    prefix: bool
    inside: bool = False
    """Found anywhere inside a word: the term holds letters of a script written without
    spaces, which the tokenizer keeps in one long run (see the module)."""

    def fts(self) -> str:
        """This term in FTS5's query language: one quoted string (words hold letters and
        digits only, so nothing in it can be read as syntax)."""
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")

    def last_matches(self, word: str) -> bool:
        """Whether ``word`` (folded) matches this term's last word."""
        wanted = self.words[-1]
        if self.inside:
            return wanted in word
        return word.startswith(wanted) if self.prefix else word == wanted


def _term(chunk: str, *, phrase: bool) -> Term | None:
    words = tuple(_WORD.findall(fold_text(chunk)))
    if not words:
        return None
    if any(UNSPACED.search(word) for word in words):
        return Term(words, prefix=False, inside=True)
    # One letter as a word start would match a good part of the library: whole word only.
    return Term(words, prefix=not phrase and len(words[-1]) >= 2)


def parse_query(text: str) -> list[Term]:
    """The terms of a query; empty when it holds no word (only punctuation, say)."""
    text = text[:MAX_QUERY_CHARS]
    terms: list[Term] = []
    last = 0
    pieces: list[tuple[str, bool]] = []
    for match in _QUOTED.finditer(text):
        pieces.append((text[last : match.start()], False))
        quoted = next((group for group in match.groups() if group is not None), "")
        pieces.append((quoted, True))
        last = match.end()
    pieces.append((text[last:], False))
    for piece, phrase in pieces:
        chunks = [piece] if phrase else piece.split()
        for chunk in chunks:
            term = _term(chunk, phrase=phrase)
            if term is not None and term not in terms:
                terms.append(term)
    return terms[:MAX_TERMS]


def match_expression(terms: list[Term]) -> str | None:
    """The FTS5 MATCH expression for ``terms`` (all but those found inside words, which
    :func:`inside_conditions` matches), or None when none is left."""
    indexed = [term for term in terms if not term.inside]
    return " AND ".join(term.fts() for term in indexed) if indexed else None


def inside_conditions(terms: list[Term] | tuple[Term, ...]) -> tuple[str, list[object]]:
    """SQL (`` AND …``, over ``r`` the records) that keeps the records holding every word
    of every inside term somewhere in their folded label or text, and its values."""
    parts: list[str] = []
    values: list[object] = []
    for term in terms:
        if not term.inside:
            continue
        for word in term.words:
            if UNSPACED.search(word):  # its own small table: the words with such letters
                parts.append("r.id IN (SELECT record FROM unspaced WHERE instr(words, ?) > 0)")
                values.append(word)
            else:
                parts.append("(instr(r.head, ?) > 0 OR instr(r.body, ?) > 0)")
                values += [word, word]
    return "".join(f" AND {part}" for part in parts), values


@dataclass(frozen=True)
class Snippet:
    """A line of a hit around what matched: ``marks`` are (start, end) spans of ``text``."""

    field: str
    text: str
    marks: tuple[tuple[int, int], ...]

    @property
    def other_field(self) -> str | None:
        """The field the line comes from when it is not the record's own label (a claim's
        excerpt, a quote's translation): what to name to say why a record matched."""
        return None if self.field in _LABEL_FIELDS else self.field

    def marked(self, before: str = "«", after: str = "»") -> str:
        """The text with each matched word between ``before`` and ``after``."""
        out, last = [], 0
        for start, end in self.marks:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


@dataclass(frozen=True)
class Hit:
    """One matching record: its type (``claim``, ``quote``...), id and label, where it
    matched, and its bm25 relevance (higher is better)."""

    kind: str
    id: str
    label: str
    snippet: Snippet
    score: float
    position: int
    """Its place among the briefing's records (the briefing first, then actors...)."""


@dataclass(frozen=True)
class BriefingHits:
    """The hits in one briefing file, best first; ``score`` is its best hit's."""

    path: Path
    briefing: str | None
    title: str | None
    published: str | None
    score: float
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class MatchedFile:
    """A briefing file that holds ``records`` records matching a query: the ranked hits
    are the best few, and these answer for every file that matches."""

    path: Path
    briefing: str | None
    title: str | None
    published: str | None
    records: int


@dataclass(frozen=True)
class SearchResult:
    """Hits grouped by briefing, the best briefing first."""

    query: str
    terms: tuple[Term, ...]
    groups: tuple[BriefingHits, ...]
    capped: bool = False
    """True when more than :data:`RANKED_AT_MOST` records matched (a word in most of the
    library, say): the hits are the matching titles and names first, then the best of
    the most recently indexed records."""

    def capped_note(self) -> str | None:
        """What to tell the reader when :attr:`capped`, else None."""
        if not self.capped:
            return None
        return (
            f"more than {RANKED_AT_MOST:,} records match: titles and names first, then the"
            f" newest {RANKED_AT_MOST:,}; add a word to narrow"
        )

    def capped_hint(self) -> str | None:
        """:meth:`capped_note` short enough for a status line beside the hits' count."""
        if not self.capped:
            return None
        return f"over {RANKED_AT_MOST:,} records match: titles first, then the newest"

    @property
    def hits(self) -> list[tuple[BriefingHits, Hit]]:
        """Every hit with its briefing, in the order shown."""
        return [(group, hit) for group in self.groups for hit in group.hits]


def _mark(line: str, terms: tuple[Term, ...]) -> tuple[list[tuple[int, int]], int]:
    """Spans of the words of ``line`` that match a term, and how many terms matched.

    A term of several words (``"bloc formation"``, ``EU-Beitritt``) matches only where
    all its words stand together, as the index found it: "EU accession" does not match
    ``EU-Beitritt``, and ``Kim.Jong`` marks nothing in "Kim Il Sung". A term found inside
    a word marks just the letters it matched where folding kept the word's length.
    """
    words = list(words_with_spans(line))
    spans: set[tuple[int, int]] = set()
    found: set[int] = set()
    for number, term in enumerate(terms):
        size = len(term.words)
        for at in range(len(words) - size + 1):
            if all(words[at + i][0] == wanted for i, wanted in enumerate(term.words[:-1])) and (
                term.last_matches(words[at + size - 1][0])
            ):
                found.add(number)
                if term.inside and size == 1:
                    spans.update(_inside_spans(term.words[0], *words[at]))
                else:
                    spans.update((words[i][1], words[i][2]) for i in range(at, at + size))
    return _merged(spans), len(found)


def _inside_spans(wanted: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where ``wanted`` stands in the word ``folded`` (at ``start``..``end`` of the line):
    each place when folding kept the word's length, else the whole word."""
    if len(folded) != end - start:
        return [(start, end)]
    places, at = [], folded.find(wanted)
    while at != -1:
        places.append((start + at, start + at + len(wanted)))
        at = folded.find(wanted, at + len(wanted))
    return places


def _merged(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, overlapping ones joined (a snippet marks each letter once)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def make_snippet(
    kind: str, label: str, fields: str, text: str, terms: tuple[Term, ...], width: int
) -> Snippet:
    """The line of a record that matches most terms (its label on a tie), cut to about
    ``width`` characters around the first match, with the matched words marked."""
    lines = [(_LABEL_FIELD.get(kind, "label"), label)]
    if text:
        lines += list(zip(fields.split("\n"), text.split("\n"), strict=False))
    best: tuple[int, str, str, list[tuple[int, int]]] | None = None
    for name, line in lines:
        marks, found = _mark(line, terms)
        if best is None or found > best[0]:
            best = (found, name, line, marks)
    assert best is not None
    _, name, line, marks = best
    if len(line) <= width:
        return Snippet(name, line, tuple(marks))
    first = marks[0][0] if marks else 0
    start = max(0, first - width // 3)
    if start:
        space = line.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(line), start + width)
    if end < len(line):
        space = line.rfind(" ", max(start, first + 1), end)
        end = space if space > start else end
    lead = "…" if start else ""
    tail = "…" if end < len(line) else ""
    shift = len(lead) - start
    kept = tuple((a + shift, b + shift) for a, b in marks if a >= start and b <= end)
    return Snippet(name, lead + line[start:end] + tail, kept)


def search(
    store: Store,
    folder: Path,
    query: str,
    *,
    limit: int = 50,
    kinds: tuple[str, ...] = (),
    snippet_chars: int = SNIPPET_CHARS,
    filters: LibraryQuery | None = None,
) -> SearchResult:
    """The ``limit`` best records matching ``query``, grouped by briefing.

    ``kinds`` keeps only those record types (``claim``, ``quote``...); ``filters`` only
    the files of those languages, tags and dates (:mod:`tui.index.filters`; its words are
    not read: ``query`` is what is searched). ``folder`` is the
    library's folder, which the stored paths are relative to. Raises
    :class:`IndexDamaged` when the index turns out damaged (it has been reset).
    """
    terms = tuple(parse_query(query))
    if not terms or limit <= 0:
        return SearchResult(query, terms, (), False)
    where, values = _conditions(kinds, filters)
    inside, inside_values = inside_conditions(terms)
    with store.resetting_on_damage():
        named = named_files(store, query, kinds, filters)
        rows, capped = _ranked_rows(store, terms, where + inside, [*values, *inside_values], limit)
        named_rows = _briefing_rows(store, named)
        files = _files(store, {row[1] for row in rows} | set(named))
    groups: dict[int, list[Hit]] = {}
    for file_id, row in named_rows.items():
        _, _, kind, rid, position, label, _, _ = row
        key = files.get(file_id, ("",))[0]
        snippet = _name_snippet(key, query)
        groups[file_id] = [Hit(kind, rid, label, snippet, NAMED_SCORE, int(position))]
    for _, file_id, kind, rid, position, label, fields, text, rank in rows:
        if not all(isinstance(v, str) for v in (kind, rid, label, fields, text)):
            continue  # not what this program writes: leave it out rather than crash
        if file_id not in files or not isinstance(rank, float | int):
            continue
        if file_id in named_rows and kind == "briefing":
            continue  # already first, as the briefing named
        snippet = make_snippet(kind, label, fields, text, terms, snippet_chars)
        hit = Hit(kind, rid, label, snippet, round(-float(rank), 4), int(position))
        groups.setdefault(file_id, []).append(hit)
    out = []
    for file_id, hits in groups.items():
        if file_id not in files:
            continue
        key, briefing, title, published = files[file_id]
        out.append(
            BriefingHits(folder / key, briefing, title, published, hits[0].score, tuple(hits))
        )
    return SearchResult(query, terms, tuple(out), capped)


def _ranked_rows(
    store: Store, terms: tuple[Term, ...], where: str, values: list[object], limit: int
) -> tuple[list[tuple[Any, ...]], bool]:
    """The ``limit`` best matching records (``where`` over ``r`` records and ``f`` files
    narrowing them), and whether ranking was capped (:data:`RANKED_AT_MOST`).

    Ranking costs time for every match, and a word in most records would take a second:
    past :data:`RANKED_AT_MOST` matches only the most recently indexed are ranked. So
    that the cap never buries the best hit (a briefing titled with the word, an actor of
    that name), the titles and names that match are then ranked on their own, in the
    small ``leads`` table, and come first (:func:`_leads_first`), in up to half of the
    places.
    """
    expression = match_expression(list(terms))
    if expression is None:  # only terms found inside words: a scan of the folded text
        return _scanned_rows(store, terms, where, values, limit), False
    rows, capped = _newest_ranked(store, "search", expression, where, values, limit)
    if not capped:
        return rows, False
    half = (limit + 1) // 2  # the other records keep at least the other half
    leads, _ = _newest_ranked(store, "leads", expression, where, values, half)
    return _leads_first(leads, rows, limit), True


def _newest_ranked(
    store: Store, table: str, expression: str, where: str, values: list[object], limit: int
) -> tuple[list[tuple[Any, ...]], bool]:
    """The ``limit`` best records of the full-text ``table`` (``search`` or ``leads``)
    matching ``expression``, ranked among the :data:`RANKED_AT_MOST` most recently
    indexed matches; and whether there were more matches than that."""
    weights = f" AND {table}.rank MATCH 'bm25({LABEL_WEIGHT}, 1.0)'" if table == "search" else ""
    if where:
        # Kinds and filters narrow the matches before the cap below: a filter must never
        # hide what the cap on ranking left out.
        joined = (
            f" FROM {table} JOIN records AS r ON r.id = {table}.rowid"
            f" JOIN files AS f ON f.id = r.file WHERE {table} MATCH ?"
        )
        newest_sql = f"SELECT {table}.rowid{joined}{where} ORDER BY {table}.rowid DESC LIMIT ?"
        sql = (
            "SELECT r.id, r.file, r.kind, r.rid, r.position, r.label, r.fields, r.text,"
            f" {table}.rank{joined} AND {table}.rowid >= ?{weights}{where}"
            f" ORDER BY {table}.rank LIMIT ?"
        )
    else:
        newest_sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?"
        sql = (
            "SELECT r.id, r.file, r.kind, r.rid, r.position, r.label, r.fields, r.text, s.rank"
            f" FROM (SELECT rowid, rank FROM {table} WHERE {table} MATCH ? AND rowid >= ?"
            f"{weights} ORDER BY rank LIMIT ?) AS s JOIN records AS r ON r.id = s.rowid"
            " ORDER BY s.rank"
        )
    newest = store.db.execute(newest_sql, (expression, *values, RANKED_AT_MOST + 1)).fetchall()
    capped = len(newest) > RANKED_AT_MOST
    floor = newest[RANKED_AT_MOST - 1][0] if capped else 0
    if where:
        arguments: tuple[Any, ...] = (expression, floor, *values, limit)
    else:
        arguments = (expression, floor, limit)
    return store.db.execute(sql, arguments).fetchall(), capped


def _leads_first(
    leads: list[tuple[Any, ...]], rows: list[tuple[Any, ...]], limit: int
) -> list[tuple[Any, ...]]:
    """The matching titles and names (``leads``, best first) ahead of the other ranked
    ``rows``, at most ``limit`` in all. A lead's score is its own (ranked among titles
    and names) lifted above the best of the rest, so that higher still means better."""
    ranks = [row[8] for row in rows if isinstance(row[8], float | int)]
    top = min(ranks, default=0.0)
    chosen = {row[0] for row in leads}
    lifted = [(*row[:8], float(row[8]) + top) for row in leads if isinstance(row[8], float | int)]
    return [*lifted, *(row for row in rows if row[0] not in chosen)][:limit]


def _scanned_rows(
    store: Store, terms: tuple[Term, ...], where: str, values: list[object], limit: int
) -> list[tuple[Any, ...]]:
    """The records ``where`` keeps, found by a scan (no word of the query is in the
    full-text index): a match in the label first, as bm25's weights would put it, then
    the most recently indexed."""
    first = next((term.words[0] for term in terms if term.inside), "")
    sql = (
        "SELECT r.id, r.file, r.kind, r.rid, r.position, r.label, r.fields, r.text,"
        f" CASE WHEN instr(r.head, ?) > 0 THEN {-LABEL_WEIGHT} ELSE -1.0 END AS score"
        f" FROM records AS r JOIN files AS f ON f.id = r.file WHERE 1{where}"
        " ORDER BY score, r.id DESC LIMIT ?"
    )
    return store.db.execute(sql, (first, *values, limit)).fetchall()


def named_files(
    store: Store, query: str, kinds: tuple[str, ...] = (), filters: LibraryQuery | None = None
) -> list[int]:
    """The files a one-word ``query`` names by the briefing's id or the file's name, whole
    or its start (``b00777``, ``/b00777-nato``, ``b00777.yaml``), or by its path as the
    results print it (``archive/2019/b00777.yaml``: the folders must then be the file's
    own), exact names first: at most :data:`NAMED_AT_MOST`, and only files that
    ``filters`` keep."""
    match = _NAME.fullmatch(query.strip())
    if match is None or (kinds and "briefing" not in kinds):
        return []
    folders = match.group(1).casefold()
    wanted = _YAML_END.sub("", match.group(2)).casefold()
    if len(wanted) < 3:
        return []
    where, values = _conditions((), filters)
    # LIKE narrows in SQLite (no case for ASCII, as ids and most file names are); the
    # name's own check below is exact.
    sql = (
        "SELECT f.id, f.path, f.briefing FROM files AS f WHERE f.error IS NULL AND"
        " (f.briefing LIKE ? ESCAPE '!' OR CAST(f.path AS TEXT) LIKE ? ESCAPE '!')"
    )
    found: list[tuple[bool, bytes, int]] = []
    pattern = _like(wanted)
    for file_id, key, briefing in store.db.execute(
        sql + where, (f"{pattern}%", f"%{pattern}%", *values)
    ):
        if not isinstance(key, bytes) or not isinstance(file_id, int):
            continue
        where_to, _, name = os.fsdecode(key).rpartition("/")
        stem = _YAML_END.sub("", name).casefold()
        ident = briefing.casefold() if isinstance(briefing, str) else ""
        if folders and not _in_folders(where_to, folders):
            continue
        if stem.startswith(wanted) or (not folders and ident.startswith(wanted)):
            found.append((wanted not in (stem, ident), key, file_id))
    return [file_id for _, _, file_id in sorted(found)[:NAMED_AT_MOST]]


def _in_folders(where_to: str, folders: str) -> bool:
    """Whether a file in ``where_to`` (its folders in the library, ``archive/2019``) is in
    the ``folders`` typed (``archive/2019/``, or their last ones, ``2019/``): a path
    pasted from the results names that file and no other of the same name."""
    return f"/{where_to.casefold()}/".endswith(f"/{folders}")


def _briefing_rows(store: Store, files: list[int]) -> dict[int, tuple[Any, ...]]:
    """The briefing's own record of each of ``files``, in the order given."""
    if not files:
        return {}
    marks = ", ".join("?" for _ in files)
    rows = {
        row[1]: row
        for row in store.db.execute(
            "SELECT r.id, r.file, r.kind, r.rid, r.position, r.label, r.fields, r.text"
            f" FROM records AS r WHERE r.kind = 'briefing' AND r.file IN ({marks})",
            files,
        )
        if all(isinstance(row[i], str) for i in (2, 3, 5, 6, 7))
    }
    return {file_id: rows[file_id] for file_id in files if file_id in rows}


def _name_snippet(key: str, query: str) -> Snippet:
    """The file's path, the part the query named marked: why the briefing came first."""
    wanted = _YAML_END.sub("", query.strip().rpartition("/")[2]).casefold()
    name_at = key.rfind("/") + 1
    marks = (
        ((name_at, name_at + len(wanted)),) if key[name_at:].casefold().startswith(wanted) else ()
    )
    return Snippet("file", key, marks)


def matching_files(
    store: Store,
    folder: Path,
    query: str,
    *,
    kinds: tuple[str, ...] = (),
    filters: LibraryQuery | None = None,
) -> tuple[MatchedFile, ...]:
    """Every file with a record matching ``query`` (of ``kinds``, in files that pass
    ``filters``), by path: what ``briefing search --files`` lists, with no ranking and
    so no cap. Raises :class:`IndexDamaged` as :func:`search` does."""
    terms = parse_query(query)
    if not terms:
        return ()
    where, values = _conditions(kinds, filters)
    inside, inside_values = inside_conditions(terms)
    where, values = where + inside, [*values, *inside_values]
    expression = match_expression(terms)
    # No ranking, so no cap. The time grows with the matches (a common word at newsroom
    # scale takes longer than ranking the capped best), so a search as one types does
    # not wait for this: it is asked for on its own (benchmarks/library_scale.py).
    if expression is None:  # only terms found inside words: a scan of the folded text
        sql = (
            "SELECT r.file, count(*) FROM records AS r JOIN files AS f ON f.id = r.file"
            f" WHERE 1{where} GROUP BY r.file"
        )
        arguments: list[object] = values
    else:
        joined = " JOIN files AS f ON f.id = r.file" if where else ""
        sql = (
            "SELECT r.file, count(*) FROM search JOIN records AS r ON r.id = search.rowid"
            f"{joined} WHERE search MATCH ?{where} GROUP BY r.file"
        )
        arguments = [expression, *values]
    with store.resetting_on_damage():
        matching = {
            file_id: records
            for file_id, records in store.db.execute(sql, arguments)
            if isinstance(file_id, int) and isinstance(records, int)
        }
        for file_id in named_files(store, query, kinds, filters):
            matching.setdefault(file_id, 1)
        files = _files(store, set(matching))
    found = [
        MatchedFile(folder / files[file_id][0], *files[file_id][1:], records)
        for file_id, records in matching.items()
        if file_id in files
    ]
    return tuple(sorted(found, key=lambda matched: os.fsencode(matched.path)))


def filtered_files(store: Store, folder: Path, filters: LibraryQuery) -> tuple[MatchedFile, ...]:
    """Every briefing file that loads and that ``filters`` keep, by path: the answer to a
    query of filters alone (``lang:ja``: every Japanese briefing). No word is searched,
    so no record matches: ``records`` is 0."""
    where, values = _conditions((), filters)
    with store.resetting_on_damage():
        ids = {
            file_id
            for (file_id,) in store.db.execute(
                f"SELECT f.id FROM files AS f WHERE f.error IS NULL{where}", values
            )
            if isinstance(file_id, int)
        }
        files = _files(store, ids)
    found = [
        MatchedFile(folder / key, briefing, title, published, 0)
        for key, briefing, title, published in files.values()
    ]
    return tuple(sorted(found, key=lambda matched: os.fsencode(matched.path)))


def more_matching(files: int) -> str:
    """ "3 more briefings match": what a search says of the files that match beyond the
    ones its hits show (the command line and the library say it alike)."""
    return f"{count(files, 'more briefing')} {'matches' if files == 1 else 'match'}"


def _conditions(kinds: tuple[str, ...], filters: LibraryQuery | None) -> tuple[str, list[object]]:
    """SQL that keeps the records of ``kinds`` in files that pass ``filters`` (`` AND …``,
    over ``r`` the records and ``f`` the files), and its values."""
    parts: list[str] = []
    values: list[object] = []
    if kinds:
        parts.append(f"r.kind IN ({', '.join('?' for _ in kinds)})")
        values += kinds
    if filters is not None:
        if filters.languages:
            parts.append(f"lower(f.language) IN ({', '.join('?' for _ in filters.languages)})")
            values += sorted(filters.languages)
        if filters.tags:
            # Tags are stored joined by spaces: a tag matches between two of them, both
            # folded as text search folds (the filter's tags are folded already).
            either = " OR ".join(
                "(' ' || fold(f.tags) || ' ') LIKE ? ESCAPE '!'" for _ in filters.tags
            )
            parts.append(f"({either})")
            values += [f"% {_like(tag)} %" for tag in sorted(filters.tags)]
        if filters.after:
            parts.append("substr(f.published, 1, ?) >= ?")
            values += [len(filters.after), filters.after]
        if filters.before:
            parts.append("substr(f.published, 1, ?) < ?")
            values += [len(filters.before), filters.before]
    return "".join(f" AND {part}" for part in parts), values


def _like(text: str) -> str:
    """``text`` for a LIKE pattern, its wildcards taken as themselves."""
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _files(
    store: Store, ids: set[int]
) -> dict[int, tuple[str, str | None, str | None, str | None]]:
    """Path (as text), briefing id, title and date of the files with ``ids``."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    found = {}
    for file_id, key, briefing, title, published in store.db.execute(
        f"SELECT id, path, briefing, title, published FROM files WHERE id IN ({marks})",
        tuple(ids),
    ):
        if isinstance(key, bytes):
            found[file_id] = (os.fsdecode(key), briefing, title, published)
    return found
