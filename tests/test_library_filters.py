"""Filters on files (lang:, tag:, after:, before:) are read one way by the library's
search field, the palette and ``briefing search``, and applied by the index before it
ranks: a filter never hides matches that the cap on ranking left out."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tui.cli import main
from tui.index import LibraryIndex, parse_library_query


def _briefing(number: int, language: str, published: str, tags: str) -> str:
    return textwrap.dedent(
        f"""\
        id: b{number}
        title: Walrus report {number}
        language: {language}
        published: {published}
        tags: [{tags}]
        claims:
          - {{id: c1, statement: A walrus was counted on the ice., kind: reported}}
        sources: []
        """
    )


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    folder = tmp_path / "lib"
    folder.mkdir()
    # Indexed in this order: b0 and b1 (German, 2019, tagged arctic) are the oldest.
    shapes = [
        ("de", "2019-03-01", "arctic, science"),
        ("de", "2019-11-20", "arctic"),
        ("en", "2023-05-02", "science"),
        ("en", "2024-06-19", "science"),
        ("en", "2025-01-07", "fishing"),
    ]
    for number, (language, published, tags) in enumerate(shapes):
        path = folder / f"b{number}.yaml"
        path.write_text(_briefing(number, language, published, tags), encoding="utf-8")
        with LibraryIndex(folder) as index:
            index.update()
    return folder


def _found(index: LibraryIndex, typed: str) -> list[str]:
    query = parse_library_query(typed)
    result = index.search(query.text, filters=query)
    return sorted(group.briefing or "" for group in result.groups)


def test_filters_narrow_the_matches_before_the_cap(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.index.query

    with LibraryIndex(library) as index:
        assert len(_found(index, "walrus")) == 5
        # Two records a file match (its title and its claim): four is two files' worth.
        monkeypatch.setattr(tui.index.query, "RANKED_AT_MOST", 4)
        # Past the cap: the newest four titles (ranked on their own), then the newest.
        assert _found(index, "walrus") == ["b1", "b2", "b3", "b4"]
        assert _found(index, "walrus lang:de") == ["b0", "b1"]
        assert _found(index, "walrus lang:DE before:2019-06") == ["b0"]
        assert _found(index, "tag:ARCTIC walrus") == ["b0", "b1"]
        assert _found(index, "walrus tag:science after:2023") == ["b2", "b3"]
        assert _found(index, "walrus tag:scien") == []  # a tag is whole, not a prefix
        assert _found(index, "walrus after:2024-06 before:2025") == ["b3"]


def test_a_filter_that_cannot_be_meant_is_named_and_not_applied() -> None:
    query = parse_library_query("after:garbage lang: before:2024-13 tag:100% Kim")
    assert query.text == "Kim"
    assert not query.filters or query.tags == frozenset({"100%"})
    assert query.problems == (
        "after:garbage is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        "lang: needs a value (lang:de)",
        "before:2024-13 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
    )
    assert parse_library_query("a:b c").text == "a:b c"  # not a filter: searched as text


def test_the_command_line_reads_filters_as_the_app_does(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "walrus lang:de after:2019-06", str(library), "--json"]) == 0
    out, err = capsys.readouterr()
    assert [line for line in out.splitlines() if '"b1"' in line] and '"b0"' not in out
    assert main(["search", "walrus after:soon", str(library)]) == 0
    out, err = capsys.readouterr()
    assert "not applied: after:soon is not a date" in err
    assert main(["search", "walrus lang:fr", str(library)]) == 1
    out, err = capsys.readouterr()
    assert "nothing found for 'walrus' (language fr)" in err
