"""Round 16 of ``briefing new`` on the command line, run as real child processes on real
files: ``--output DIR/`` for a folder that is not there is refused (it wrote a file named
DIR), and Ctrl-C says where it stopped and what was written."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_new_round15 import ARTICLE, briefing_new, long_article

from tui.loader import load_briefing

pytestmark = pytest.mark.usefixtures("own_folders")


def test_output_ending_in_a_slash_for_a_missing_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    result = briefing_new("-o", "drafts/", "ferry.txt", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "drafts/ ends in / (a folder), but there is no such folder" in result.stderr
    assert not (tmp_path / "drafts").exists()  # no file named after the folder
    assert list(tmp_path.glob("*.yaml")) == []


def test_output_ending_in_a_slash_that_names_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes").write_text("my notes\n", encoding="utf-8")
    result = briefing_new("-o", "notes/", "ferry.txt", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "notes/ ends in / (a folder), but it is a file" in result.stderr
    assert (tmp_path / "notes").read_text(encoding="utf-8") == "my notes\n"


def test_output_ending_in_a_slash_for_a_folder_there_writes_into_it(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    result = briefing_new("-o", "drafts/", "ferry.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = list((tmp_path / "drafts").glob("*.yaml"))
    assert len(written) == 1 and load_briefing(written[0]).title == "Ferry timetable changes"


def _interrupted(args: list[str], cwd: Path, *, written: int = 0) -> tuple[int, str]:
    """Run ``briefing new ARGS --progress json``, press Ctrl-C once drafting has begun
    (told on stderr) after ``written`` drafts were written, and return the exit status
    and all of stderr."""
    child = subprocess.Popen(
        [sys.executable, "-P", "-m", "tui", "new", "--progress", "json", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    seen: list[str] = []
    deadline = time.monotonic() + 120
    for line in child.stderr:
        seen.append(line)
        record = json.loads(line) if line.startswith("{") else {}
        written -= record.get("stage") == "writing"
        if written <= 0 and record.get("stage") == "drafting" and record.get("done", 0) > 0:
            child.send_signal(signal.SIGINT)
            break
        assert time.monotonic() < deadline
    rest = child.stderr.read()
    return child.wait(timeout=60), "".join(seen) + rest


def test_ctrl_c_while_drafting_one_article_says_nothing_was_written(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text(long_article(600), encoding="utf-8")
    status, err = _interrupted(["long.txt"], tmp_path)
    assert status == 130, err
    assert err.splitlines()[-1] == "briefing: stopped drafting long.txt; nothing was written"
    assert sorted(p.name for p in tmp_path.glob("*.yaml")) == []


def test_ctrl_c_in_a_run_of_several_names_the_drafts_written_before(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "long.txt").write_text(long_article(600), encoding="utf-8")
    (tmp_path / "out").mkdir()
    status, err = _interrupted(["-o", "out", "ferry.txt", "long.txt"], tmp_path, written=1)
    assert status == 130, err
    last = err.splitlines()[-1]
    assert last.startswith("briefing: stopped at article 2 of 2 (long.txt); the draft written")
    assert last.endswith("out/ferry-timetable-changes.yaml")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["ferry-timetable-changes.yaml"]
