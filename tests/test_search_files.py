"""``briefing search --files``: every briefing file that matches, not only the best hits.

A fact-checker asks "which briefings mention X?" and needs the whole answer; the ranked
hits are the best few. These run the real command on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from index_corpus import briefing_text, write_library

from tui.cli import main


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    return cache


def many(folder: Path, number: int) -> Path:
    """``number`` briefings that all mention a walrus, and one that does not."""
    folder.mkdir()
    for at in range(number):
        (folder / f"w{at:02}.yaml").write_text(briefing_text(f"w{at}", f"Walrus count {at}"))
    (folder / "seals.yaml").write_text(briefing_text("seals", "Seals only"))
    return folder


def test_files_lists_every_matching_file_one_path_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = many(tmp_path / "lib", 12)
    assert main(["search", "--files", "walrus", str(library), "--limit", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [str(library / f"w{at:02}.yaml") for at in range(12)]


def test_files_as_json_carry_briefing_title_date_and_record_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = write_library(tmp_path / "lib")
    assert main(["search", "--files", "--json", "ukraine", str(library)]) == 0
    files = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [f["path"] for f in files] == sorted(f["path"] for f in files)
    assert {"briefing", "path", "title", "published", "records"} == set(files[0])
    assert all(isinstance(f["records"], int) and f["records"] >= 1 for f in files)
    assert {f["briefing"] for f in files} >= {"accession-talks", "summit-2024"}


def test_files_keep_to_filters_and_say_when_nothing_matches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = many(tmp_path / "lib", 3)
    assert main(["search", "--files", "zeppelin", str(library)]) == 1
    assert "nothing found for 'zeppelin'" in capsys.readouterr().err
    assert main(["search", "--files", '" * :', str(library)]) == 1
    assert "holds no word" in capsys.readouterr().err
    assert main(["search", "--files", "lang:fr walrus", str(library)]) == 1
    assert "nothing found for 'walrus' (language fr)" in capsys.readouterr().err


def test_a_search_cut_by_its_limit_says_how_many_more_briefings_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = many(tmp_path / "lib", 5)
    assert main(["search", "walrus", str(library), "--limit", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.out.count("w") >= 2
    assert "3 more briefings match (their records rank below these);" in captured.err
    assert "--files lists every one" in captured.err
    assert main(["search", "walrus", str(library), "--limit", "4"]) == 0
    assert "1 more briefing matches (their records" in capsys.readouterr().err
    assert main(["search", "walrus", str(library), "--limit", "20"]) == 0
    assert "more briefing" not in capsys.readouterr().err


def test_file_names_in_the_list_reach_the_terminal_as_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "evil\x1b]0;owned\x07.yaml").write_text(briefing_text("evil", "Walrus"))
    assert main(["search", "--files", "walrus", str(library)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "␛" in out


def test_past_the_ranking_cap_the_others_are_not_said_to_rank_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the cap only the newest matches are ranked: an older briefing left out may
    well rank above the hits shown, so the count of the others no longer says it ranks
    below them (it did)."""
    import tui.index.query

    library = many(tmp_path / "lib", 5)
    monkeypatch.setattr(tui.index.query, "RANKED_AT_MOST", 2)
    assert main(["search", "walrus", str(library), "--limit", "2"]) == 0
    err = capsys.readouterr().err
    assert "more than 2 records match" in err
    assert "3 more briefings match (not ranked: too many records match);" in err
    assert "rank below" not in err
