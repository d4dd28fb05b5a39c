"""The library index: folding, query parsing, ranking, incremental updates, damage."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from index_corpus import BROKEN, briefing_text, write_library

from tui.index import LibraryIndex, Progress, parse_library_query
from tui.index.fold import fold_text, words
from tui.index.query import make_snippet, match_expression, parse_query
from tui.index.store import APPLICATION_ID
from tui.textsearch import fold

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return write_library(tmp_path / "lib")


@pytest.fixture
def index(library: Path, tmp_path: Path):
    with LibraryIndex(library, folder=tmp_path / "cache") as opened:
        opened.update()
        yield opened


def found(index: LibraryIndex, query: str, **kwargs: object) -> list[tuple[str, str, str]]:
    """(briefing id, record type, record id) of every hit, in order."""
    result = index.search(query, **kwargs)  # type: ignore[arg-type]
    return [(group.briefing or "", hit.kind, hit.id) for group, hit in result.hits]


# --- folding and query parsing ----------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [("Müller", "Mueller"), ("Müller", "MULLER"), ("Straße", "STRASSE"), ("Ärger", "Aerger")],
)
def test_german_spellings_fold_alike(one: str, other: str) -> None:
    assert words(one) == words(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Sørensen", "Sorensen"), ("Łódź", "Lodz"), ("Dæhlie", "Daehlie"), ("Þór", "Thor")],
)
def test_letters_with_a_stroke_and_ligatures_fold_as_typed_without(one: str, other: str) -> None:
    assert words(one) == words(other)


def test_a_name_with_a_stroke_is_found_and_marked_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "s.yaml").write_text(
        briefing_text("s", "Bridge report", "The engineer Henrik Sørensen signed it.")
    )
    with LibraryIndex(folder, folder=tmp_path / "cache") as index:
        index.update()
        for query in ("Sorensen", "sørensen", "SØRENSEN"):
            ((_group, hit),) = index.search(query).hits
            ((start, end),) = hit.snippet.marks
            assert hit.snippet.text[start:end] == "Sørensen", query


def test_the_index_folds_with_the_apps_one_fold() -> None:
    assert fold_text is fold


def test_a_query_splits_into_prefix_words_phrases_and_joined_words() -> None:
    terms = parse_query('Beitritt "bloc formation" EU-Gespräch x')
    assert [(t.words, t.prefix) for t in terms] == [
        (("beitritt",), True),
        (("bloc", "formation"), False),
        (("eu", "gesprach"), True),
        (("x",), False),  # one letter is a whole word, never a prefix of half the library
    ]
    assert match_expression(terms) == (
        '"beitritt"* AND "bloc formation" AND "eu gesprach"* AND "x"'
    )


NASTY = [
    '"',
    '""',
    "*",
    "a*b",
    "NEAR(a b)",
    "NEAR",
    "AND OR NOT",
    "title:ukraine",
    "(ukraine",
    "-ukraine",
    "ukraine -",
    "^ukraine",
    "'",
    "\\",
    "„Ukraine",
    "“unclosed",
    "\x00\x1b[31m",
    "ukraine" * 200,
    " ".join(["ukraine"] * 100),
]


@pytest.mark.parametrize("query", NASTY)
def test_query_syntax_characters_are_searched_as_text(index: LibraryIndex, query: str) -> None:
    result = index.search(query)
    assert result.query == query
    if query in FINDS_UKRAINE:
        assert len(result.groups) == 3, "the word in it is still searched for"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_no_typed_text_raises(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    global _SHARED
    if _SHARED is None:
        folder = tmp_path_factory.mktemp("fuzz")
        _SHARED = LibraryIndex(write_library(folder / "lib"), folder=folder / "cache")
        _SHARED.update()
    _SHARED.search(text)


_SHARED: LibraryIndex | None = None
FINDS_UKRAINE = {"(ukraine", "-ukraine", "ukraine -", "^ukraine", "„Ukraine", NASTY[-1]}


# --- what is found, and how it is shown ---------------------------------------------------


def test_a_word_finds_compounds_that_start_with_it(index: LibraryIndex) -> None:
    hits = index.search("Beitritt").hits
    assert ("accession-talks", "claim", "c1") in [(g.briefing, h.kind, h.id) for g, h in hits]
    claim = next(h for g, h in hits if h.id == "c1" and h.kind == "claim")
    assert claim.snippet.field == "excerpt"
    assert (
        claim.snippet.marked("[", "]")
        == "Die EU-[Beitrittsgespräche] mit der Ukraine beginnen in Luxemburg"
    )


def test_umlauts_and_sharp_s_are_found_however_typed(index: LibraryIndex) -> None:
    for typed in ("Müller", "Mueller", "muller", "MÜLLER"):
        ids = found(index, typed)
        assert ("accession-talks", "actor", "mueller") in ids
        assert ("summit-2024", "actor", "anna-mueller") in ids
    for typed in ("Straße", "strasse", "STRASSE"):
        assert ("accession-talks", "quote", "q1") in found(index, typed)


def test_translations_are_searched(index: LibraryIndex) -> None:
    hit = index.search("road Brussels").hits[0][1]
    assert (hit.kind, hit.id, hit.snippet.field) == ("quote", "q1", "translation")
    assert hit.snippet.marked() == "We open a new chapter today on the «road» to «Brussels»"
    # A bare word is also a word start ("to" would mark "today"); a phrase's words are whole.
    assert index.search('"road to" Brussels').hits[0][1].snippet.marked().count("«") == 3


def test_a_quoted_phrase_needs_its_words_together_and_in_order(index: LibraryIndex) -> None:
    loose = found(index, "formation bloc")
    phrase = found(index, '"bloc formation"')
    assert ("summit-2024", "claim", "c1") in loose  # "formation of a bloc"
    assert ("summit-2024", "claim", "c1") not in phrase
    assert ("summit-2024", "quote", "q1") in phrase
    assert found(index, '"formation bloc"') == []


def test_hits_are_grouped_by_briefing_best_first_and_label_matches_rank_higher(
    index: LibraryIndex,
) -> None:
    result = index.search("bloc formation")
    assert [g.briefing for g in result.groups] == ["summit-2024"]
    group = result.groups[0]
    scores = [hit.score for hit in group.hits]
    assert scores == sorted(scores, reverse=True) and group.score == scores[0]
    assert {hit.kind for hit in group.hits} == {"claim", "quote", "briefing"}
    assert len(index.search("ukraine", limit=2).hits) == 2


def test_a_match_in_the_label_ranks_above_one_in_a_note(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "w.yaml").write_text(
        "id: w\ntitle: Counting\nsources: []\nclaims:\n"
        "  - {id: c1, kind: reported, statement: Numbers rise again, note: walrus sightings}\n"
        "  - {id: c2, kind: reported, statement: Walrus sightings rise, note: numbers again}\n"
    )
    with LibraryIndex(folder, folder=tmp_path / "cache") as index:
        index.update()
        assert [hit.id for _, hit in index.search("walrus").hits] == ["c2", "c1"]


def test_past_the_ranking_cap_the_newest_matches_are_ranked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.index.query

    folder = tmp_path / "lib"
    folder.mkdir()
    for number in range(5):
        (folder / f"b{number}.yaml").write_text(briefing_text(f"b{number}", f"Walrus {number}"))
    with LibraryIndex(folder, folder=tmp_path / "cache") as index:
        index.update()
        assert not index.search("walrus").capped
        assert index.search("walrus").capped_note() is None
        monkeypatch.setattr(tui.index.query, "RANKED_AT_MOST", 2)
        result = index.search("walrus")
        assert result.capped
        assert sorted(g.briefing or "" for g in result.groups) == ["b3", "b4"]
        assert result.capped_note() == (
            "more than 2 records match: titles and names first, then the newest 2; add a"
            " word to narrow"
        )


def test_every_matching_file_is_answered_for_past_the_cap_and_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ranked hits are the best few; every file that matches is still named, with
    how many of its records match, so "every briefing that mentions X" is whole."""
    import tui.index.query

    folder = tmp_path / "lib"
    folder.mkdir()
    for number in range(5):
        (folder / f"b{number}.yaml").write_text(briefing_text(f"b{number}", f"Walrus {number}"))
    (folder / "other.yaml").write_text(briefing_text("other", "Seals only"))
    with LibraryIndex(folder, folder=tmp_path / "cache") as index:
        index.update()
        monkeypatch.setattr(tui.index.query, "RANKED_AT_MOST", 2)
        assert len(index.search("walrus", limit=1).groups) == 1
        matched = index.matching_files("walrus")
        assert [m.briefing for m in matched] == ["b0", "b1", "b2", "b3", "b4"]
        assert [m.path for m in matched] == [folder / f"b{n}.yaml" for n in range(5)]
        assert all(m.records == 1 for m in matched)  # the briefing record: its title
        assert index.matching_files("seals walrus") == ()
        assert index.matching_files("") == ()


def test_the_matching_files_keep_to_the_filters_and_kinds(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    for number, language in enumerate(["de", "en", "de"]):
        text = briefing_text(f"b{number}", f"Walrus {number}").replace(
            "\nsources:", f"\nlanguage: {language}\nsources:", 1
        )
        (folder / f"b{number}.yaml").write_text(text)
    with LibraryIndex(folder, folder=tmp_path / "cache") as index:
        index.update()
        german = index.matching_files("walrus", filters=parse_library_query("lang:de walrus"))
        assert [m.briefing for m in german] == ["b0", "b2"]
        assert index.matching_files("walrus", kinds=("claim",)) == ()
        assert len(index.matching_files("plain", kinds=("claim",))) == 3


def test_record_types_can_be_chosen(index: LibraryIndex) -> None:
    result = index.search("ukraine", kinds=("actor",))
    assert {hit.kind for _, hit in result.hits} == {"actor"}
    assert len(result.groups) == 3


def test_a_long_line_is_cut_around_the_match() -> None:
    terms = tuple(parse_query("needle"))
    text = "hay " * 100 + "needle " + "straw " * 100
    snippet = make_snippet("claim", "label", "note", text, terms, 60)
    assert snippet.field == "note" and len(snippet.text) <= 62
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    ((start, end),) = snippet.marks
    assert snippet.text[start:end] == "needle"


# --- incremental updates --------------------------------------------------------------------


def test_updates_read_only_what_changed(library: Path, tmp_path: Path) -> None:
    with LibraryIndex(library, folder=tmp_path / "cache") as index:
        first = index.update()
        assert (first.added, first.changed, first.removed, first.files) == (3, 0, 0, 3)
        again = index.update()
        assert (again.added, again.changed, again.unchanged) == (0, 0, 3)

        summit = library / "summit.yaml"
        os.utime(summit, ns=(1, 1))  # touched, same bytes: not parsed again
        touched = index.update()
        assert (touched.changed, touched.unchanged) == (0, 3)

        summit.write_text(briefing_text("summit-2024", "Renamed summit about zeppelins"))
        changed = index.update()
        assert (changed.changed, changed.unchanged) == (1, 2)
        assert found(index, "zeppelins") == [("summit-2024", "briefing", "summit-2024")]
        assert found(index, "bloc formation") == []

        (library / "archive" / "older.yaml").unlink()
        (library / "new.yaml").write_text(briefing_text("fresh", "A fresh one on zeppelins"))
        moved = index.update()
        assert (moved.added, moved.removed, moved.files) == (1, 1, 3)
        assert found(index, "candidate country") == []
        assert {g.briefing for g in index.search("zeppelins").groups} == {"summit-2024", "fresh"}
        rows = index.store.db.execute("SELECT count(*) FROM records").fetchone()[0]
        assert rows == sum(1 for _ in index.store.db.execute("SELECT 1 FROM search"))


def test_an_update_of_the_files_a_watcher_named_reads_only_those(
    library: Path, tmp_path: Path
) -> None:
    with LibraryIndex(library, folder=tmp_path / "cache") as index:
        index.update()
        summit = library / "summit.yaml"
        summit.write_text(briefing_text("summit-2024", "Zeppelins at the summit"))
        fresh = library / "archive" / "fresh.yaml"
        fresh.write_text(briefing_text("fresh", "Zeppelins again"))
        (library / "archive" / "older.yaml").unlink()
        report = index.update(
            only=[summit, fresh, library / "archive" / "older.yaml", library / "notes.txt"]
        )
        assert (report.added, report.changed, report.removed, report.unchanged) == (1, 1, 1, 0)
        assert report.files == 3
        assert {g.briefing for g in index.search("zeppelins").groups} == {"summit-2024", "fresh"}
        assert index.update().unchanged == 3


def test_a_file_that_does_not_load_is_listed_with_its_first_problem(
    library: Path, tmp_path: Path
) -> None:
    (library / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    with LibraryIndex(library, folder=tmp_path / "cache") as index:
        report = index.update()
        assert report.unloadable == 1
        (problem,) = report.problems
        assert problem.path == library / "broken.yaml"
        assert problem.message.startswith("3:1: summray: unknown key 'summray'")
        assert found(index, "typo") == []
        entry = next(e for e in index.entries() if e.path.name == "broken.yaml")
        assert entry.error == problem.message and entry.title is None

        (library / "broken.yaml").write_text(briefing_text("broken", "Fixed typo"))
        fixed = index.update()
        assert fixed.problems == [] and found(index, "typo")


def test_odd_file_names_are_indexed_and_named_back(library: Path, tmp_path: Path) -> None:
    names = ["with space.yaml", "new\nline.yaml", os.fsdecode(b"bad-\xff-utf8.yaml")]
    for number, name in enumerate(names):
        (library / name).write_text(briefing_text(f"odd-{number}", "Oddly named zebra file"))
    with LibraryIndex(library, folder=tmp_path / "cache") as index:
        report = index.update()
        assert report.problems == []
        paths = {group.path for group in index.search("zebra").groups}
        assert paths == {library / name for name in names}
        assert all(path.exists() for path in paths)


def test_special_files_and_loops_are_reported_not_read(library: Path, tmp_path: Path) -> None:
    os.mkfifo(library / "pipe.yaml")
    (library / "loop.yaml").symlink_to(library / "loop.yaml")
    with LibraryIndex(library, folder=tmp_path / "cache") as index:
        report = index.update()
    messages = {p.path.name: p.message for p in report.problems}
    assert "FIFO" in messages["pipe.yaml"] and "loop" in messages["loop.yaml"]
    assert report.files == 3


def test_progress_is_reported_and_an_update_can_stop_early(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(30):
        (folder / f"b{number:02}.yaml").write_text(briefing_text(f"b{number}", f"Number {number}"))
    steps: list[Progress] = []
    with LibraryIndex(folder, folder=tmp_path / "cache") as index:
        stopped = index.update(progress=steps.append, should_stop=lambda: len(steps) >= 1)
        assert stopped.stopped and 0 < stopped.added < 30
        steps.clear()
        rest = index.update(progress=steps.append)
        assert rest.added == 30 - stopped.added and not rest.stopped
    assert steps[0].done == 0 and steps[-1].done == steps[-1].total == rest.added


def test_worker_processes_index_the_same_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_library(tmp_path / "lib", broken=True)
    for number in range(20):
        (folder / f"b{number:02}.yaml").write_text(briefing_text(f"b{number}", f"Walrus {number}"))

    def contents(workers: str) -> tuple[object, ...]:
        monkeypatch.setenv("BRIEFING_INDEX_WORKERS", workers)
        with LibraryIndex(folder, folder=tmp_path / f"cache-{workers}") as index:
            report = index.update()
            db = index.store.db
            return (
                report.added,
                [str(p) for p in report.problems],
                db.execute(
                    "SELECT path, hash, briefing, error FROM files ORDER BY path"
                ).fetchall(),
                db.execute(
                    "SELECT kind, rid, label, text, head, body FROM records ORDER BY id"
                ).fetchall(),
                found(index, "walrus", limit=100),
            )

    assert contents("2") == contents("0")


def test_duplicate_ids_are_known(library: Path, tmp_path: Path) -> None:
    (library / "copy.yaml").write_text((library / "summit.yaml").read_text())
    with LibraryIndex(library, folder=tmp_path / "cache") as index:
        index.update()
        assert index.duplicates() == {
            "summit-2024": [library / "copy.yaml", library / "summit.yaml"]
        }


# --- actors across briefings ----------------------------------------------------------------


def test_an_actor_across_briefings_newest_first(index: LibraryIndex) -> None:
    seen = [(a.briefing, a.kind, a.id, a.role) for a in index.appearances("ukraine")]
    assert seen == [
        ("summit-2024", "claim", "c1", "involved"),
        ("accession-talks", "claim", "c1", "involved"),
        ("accession-talks", "quote", "q1", "about"),
        ("older-note", "claim", "c1", "involved"),
    ]


def test_actors_match_by_wikidata_when_ids_differ_and_not_when_it_differs(
    index: LibraryIndex,
) -> None:
    seen = {(a.briefing, a.actor, a.kind, a.id) for a in index.appearances("mueller", "Q111")}
    assert seen == {
        ("accession-talks", "mueller", "claim", "c2"),
        ("accession-talks", "mueller", "quote", "q1"),
        ("summit-2024", "anna-mueller", "claim", "c1"),
    }
    # Hans Mueller (Q222) shares the id but not the person.
    other = {(a.briefing, a.actor_name) for a in index.appearances("mueller", "Q222")}
    assert other == {("summit-2024", "Hans Mueller")}


# --- damage, foreign files, two processes ---------------------------------------------------


def test_a_damaged_index_file_is_moved_aside_and_rebuilt(library: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with LibraryIndex(library, folder=cache) as index:
        index.update()
        path = index.path
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with LibraryIndex(library, folder=cache) as index:
        report = index.update()
        assert report.added == 3
        assert any("moved it aside" in note for note in report.notes)
        assert found(index, "Luxembourg")
    assert path.with_name(path.name + ".unusable").exists()


def test_a_foreign_database_is_not_trusted(library: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with LibraryIndex(library, folder=cache) as index:
        path = index.path
    path.unlink()
    foreign = sqlite3.connect(path)
    foreign.execute("CREATE TABLE files (path TEXT)")
    foreign.execute("INSERT INTO files VALUES ('precious')")
    foreign.commit()
    foreign.close()
    with LibraryIndex(library, folder=cache) as index:
        assert index.update().added == 3
    kept = sqlite3.connect(path.with_name(path.name + ".unusable"))
    assert kept.execute("SELECT path FROM files").fetchall() == [("precious",)]


def test_an_index_of_another_layout_is_rebuilt(library: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with LibraryIndex(library, folder=cache) as index:
        index.update()
        index.store.db.execute("PRAGMA user_version = 99")
        path = index.path
    with LibraryIndex(library, folder=cache) as index:
        report = index.update()
        assert report.added == 3 and any("another layout" in n for n in report.notes)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_tampered_rows_are_left_out_not_shown(index: LibraryIndex) -> None:
    index.store.db.execute("UPDATE records SET label = x'00' WHERE kind = 'actor'")
    result = index.search("Ukraine")
    assert result.groups and all(hit.kind != "actor" for _, hit in result.hits)


def test_two_processes_indexing_at_once_leave_one_sound_index(
    library: Path, tmp_path: Path
) -> None:
    for number in range(60):
        (library / f"extra{number:02}.yaml").write_text(
            briefing_text(f"extra-{number}", f"Extra briefing {number} on walruses")
        )
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "shared-cache")}
    command = [sys.executable, "-m", "tui", "index", str(library)]
    runs = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    with LibraryIndex(library, folder=tmp_path / "shared-cache" / "index") as index:
        again = index.update()
        assert again.unchanged == 63 and again.added == again.changed == 0
        assert len(index.search("walruses", limit=100).groups) == 60
        db = index.store.db
        assert db.execute("SELECT count(*) FROM files").fetchone()[0] == 63
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.execute("INSERT INTO search (search) VALUES ('integrity-check')")


def test_the_index_package_knows_no_textual() -> None:
    code = (
        "import sys, tui.index, tui.index.update, tui.index.query;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_keys_and_a_window_of_entries_in_file_order(index: LibraryIndex) -> None:
    entries = index.entries()
    keys = index.keys()
    assert keys == [entry.key for entry in entries] == sorted(keys)
    assert all(key.startswith(str(index.library) + os.sep) for key in keys)
    window = index.entries(start=keys[1], limit=2)
    assert [entry.key for entry in window] == keys[1:3]
    assert window == entries[1:3]


def test_a_term_of_several_words_is_marked_only_where_they_stand_together() -> None:
    terms = tuple(parse_query("EU-Beitritt"))
    snippet = make_snippet(
        "claim",
        "Ukraine's official EU accession talks begin",
        "excerpt",
        "Für die Ukraine starten die offiziellen EU-Beitrittsgespräche",
        terms,
        140,
    )
    assert snippet.field == "excerpt"
    assert snippet.marked() == "Für die Ukraine starten die offiziellen «EU»-«Beitrittsgespräche»"
    kim = tuple(parse_query("Kim.Jong"))
    line = make_snippet("actor", "Kim Il Sung", "", "", kim, 140)
    assert line.marks == ()
    assert make_snippet("actor", "Kim Jong-un", "", "", kim, 140).marked() == "«Kim» «Jong»-un"
