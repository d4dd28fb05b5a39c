"""``briefing search`` and ``briefing index`` on the command line, in real processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from index_corpus import BROKEN, briefing_text, write_library

from tui.cli import main


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    return cache


def test_json_lines_carry_briefing_path_type_id_snippet_and_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = write_library(tmp_path / "lib")
    assert main(["search", "Beitritt", str(library), "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    hits = [json.loads(line) for line in lines]
    assert {"briefing", "path", "type", "id", "snippet", "score", "marks", "field"} <= set(hits[0])
    claim = next(h for h in hits if h["type"] == "claim")
    assert claim["briefing"] == "accession-talks" and claim["id"] == "c1"
    assert claim["path"] == str(library / "accession.yaml")
    ((start, end),) = claim["marks"]
    assert claim["snippet"][start:end] == "Beitrittsgespräche"
    assert all(isinstance(h["score"], float) for h in hits)


def test_limit_and_plain_output_grouped_by_briefing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = write_library(tmp_path / "lib")
    assert main(["search", "ukraine", str(library), "--limit", "2", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["search", "bloc formation", str(library)]) == 0
    out = capsys.readouterr().out
    assert (
        out.splitlines()[0]
        == f"{library / 'summit.yaml'}: A summit on bloc formation in Asia (summit-2024, 2024-07-10)"
    )
    assert "  quote q1         We do not seek a «bloc» «formation» of any kind" in out


def test_nothing_found_and_no_words_exit_1_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = write_library(tmp_path / "lib")
    assert main(["search", "zeppelin", str(library)]) == 1
    assert "nothing found for 'zeppelin'" in capsys.readouterr().err
    assert main(["search", '" * : ( -', str(library)]) == 1
    assert "holds no word" in capsys.readouterr().err


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "x", str(tmp_path / "missing")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["search", "x", "--limit", "0"])
    assert exited.value.code == 2


def test_index_lists_files_that_do_not_load_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = write_library(tmp_path / "lib")
    (library / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    assert main(["index", str(library)]) == 1
    captured = capsys.readouterr()
    assert f"{library / 'broken.yaml'}:3:1: summray: unknown key 'summray'" in captured.err
    # A search, run again and again, says how many are left out, not each one.
    assert main(["search", "Ukraine", str(library)]) == 0
    err = capsys.readouterr().err
    assert "1 file left out of the index (briefing index PATH lists them)" in err
    assert "summray" not in err
    assert main(["index", str(library)]) == 1
    capsys.readouterr()
    assert "4 briefing files (4 added, 0 changed, 0 removed, 0 unchanged)" in captured.out
    assert "3 files searchable" in captured.out
    (library / "broken.yaml").unlink()
    assert main(["index", str(library)]) == 0
    assert "(0 added, 0 changed, 1 removed, 3 unchanged)" in capsys.readouterr().out
    assert main(["index", str(library), "--rebuild"]) == 0
    assert "(3 added," in capsys.readouterr().out


def test_briefing_text_and_file_names_reach_the_terminal_as_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    name = "evil\x1b]0;owned\x07.yaml"
    (library / name).write_text(
        briefing_text(
            "evil", '"Title \\e[31m red \\u202e turned"', '"Statement on \\e[2J clearing"'
        )
    )
    assert main(["search", "clearing", str(library)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "␛" in out and "<U+202E>" in out
    assert main(["search", "clearing", str(library), "--json"]) == 0
    hit = json.loads(capsys.readouterr().out)
    assert hit["snippet"] == "Statement on \x1b[2J clearing"  # exact, as JSON escapes it


def test_progress_is_plain_lines_off_a_terminal(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    for number in range(5):
        (library / f"b{number}.yaml").write_text(briefing_text(f"b{number}", "Plain"))
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "tui", "index", str(library)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stderr  # no bar drawn into a pipe
    assert "5 briefing files (5 added" in done.stdout


def test_validate_names_both_files_of_a_duplicate_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = write_library(tmp_path / "lib")
    (library / "zcopy.yaml").write_text((library / "summit.yaml").read_text())
    assert main(["validate", str(library)]) == 1
    captured = capsys.readouterr()
    # both files are named as invalid, each at its id's line and column; neither is "ok"
    for file, other in (("zcopy.yaml", "summit.yaml"), ("summit.yaml", "zcopy.yaml")):
        assert re.search(
            rf"{re.escape(str(library / file))}:\d+:\d+: id 'summit-2024' is also the id of"
            rf" {re.escape(str(library / other))}; ids must be unique in a library",
            captured.err,
        )
        assert f"{library / file}: ok" not in captured.out


def test_config_names_the_index_folder(own_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["config"])
    assert f"search index:  {own_cache / 'index'}" in capsys.readouterr().out
