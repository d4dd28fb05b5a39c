"""Round 15 of ``briefing new`` on the command line, each run as a real child process on
real files: ``--json`` gives every SOURCE a line, failed ones too; a long article tells
how far it is (on a terminal, in a log, and as JSON lines for the app); an option written
after ``--`` is named as such; unreadable inputs are said plainly, with no traceback."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from http_fixtures import serve_pages

pytestmark = pytest.mark.usefixtures("own_folders")

ARTICLE = (
    "Ferry timetable changes\n\n"
    "The ferry company said on Monday that the winter timetable starts two weeks early.\n\n"
    "Passengers may have to wait up to 40 minutes longer, a spokesman said.\n"
)
SENTENCES = (
    "The water board said the new barrier could cost about {n} million euros.",
    "Engineers of the board warned that the old dam will probably need repairs by {y}.",
    "According to the city council, about {n} households were asked to save water.",
)


def long_article(paragraphs: int) -> str:
    """An article of ``paragraphs`` short paragraphs, in words of our own."""
    body = [
        " ".join(s.format(n=10 + k, y=2030 + k % 9) for s in SENTENCES) for k in range(paragraphs)
    ]
    return "Water board plans a barrier\n\n" + "\n\n".join(body) + "\n"


def briefing_new(
    *args: str, cwd: Path, stdin: int | None = subprocess.DEVNULL
) -> subprocess.CompletedProcess[str]:
    """``briefing new ARGS`` in a child process of its own, run in ``cwd``."""
    return subprocess.run(
        [sys.executable, "-P", "-m", "tui", "new", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=stdin,
        env={**os.environ, "COLUMNS": "200"},
    )


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# --- 1. --json: a line for every SOURCE, the failed ones too ------------------------------


def test_json_gives_each_source_a_line_in_order_the_failed_ones_with_their_error(
    tmp_path: Path,
) -> None:
    """A script reading ``--json`` saw only the drafts written: which inputs failed was
    said on stderr alone."""
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = briefing_new(
        "ferry.txt", "missing.txt", "empty.txt", "--output", "out", "--json", cwd=tmp_path
    )
    assert result.returncode == 1
    records = json_lines(result.stdout)
    assert len(records) == 3  # one per SOURCE, in the order given
    written, missing, empty = records
    assert written["path"] == os.path.join("out", "ferry-timetable-changes.yaml")
    assert set(written) == {"path", "id", "title", "language", "claims", "actors", "quotes"}
    assert missing == {"source": "missing.txt", "error": "missing.txt: no such file"}
    assert empty["source"] == "empty.txt" and "the file is empty" in str(empty["error"])
    assert "missing.txt: no such file" in result.stderr  # still said for a person too
    assert sorted(p.name for p in out.iterdir()) == ["ferry-timetable-changes.yaml"]


def test_json_of_one_source_that_cannot_be_read_is_its_error_record(tmp_path: Path) -> None:
    result = briefing_new("gone.txt", "--json", cwd=tmp_path)
    assert result.returncode == 1
    assert json_lines(result.stdout) == [{"source": "gone.txt", "error": "gone.txt: no such file"}]


# --- 2. a long article tells how far it is ------------------------------------------------


def test_progress_json_tells_each_stage_and_the_paragraphs_at_most_once_a_per_cent(
    tmp_path: Path,
) -> None:
    """The app's child: JSON lines on stderr, read as they come."""
    (tmp_path / "long.txt").write_text(long_article(240), encoding="utf-8")
    result = briefing_new("long.txt", "--json", "--progress", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    steps = json_lines(result.stderr)
    assert steps[0] == {"stage": "reading", "source": "long.txt", "article": 1, "articles": 1}
    assert steps[-1] == {"stage": "writing"}
    drafting = steps[1:-1]
    assert all(s["stage"] == "drafting" and s["total"] == 240 for s in drafting)
    done = [int(str(s["done"])) for s in drafting]
    assert done == sorted(set(done)) and done[0] == 0 and done[-1] >= 237
    assert 90 <= len(drafting) <= 100  # a line a whole per cent, never one a paragraph


def test_a_long_article_in_a_log_says_each_tenth_and_a_short_one_nothing(tmp_path: Path) -> None:
    """With stderr no terminal (a log, a pipe), a long article showed no sign of life."""
    (tmp_path / "long.txt").write_text(long_article(120), encoding="utf-8")
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    result = briefing_new("long.txt", "ferry.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("drafting")]
    assert lines[0] == "drafting long.txt: 0 % (0 of 120 paragraphs)"
    assert "drafting long.txt: 50 % (60 of 120 paragraphs)" in lines
    assert lines[-1] == "drafting long.txt: writing the draft"
    assert len(lines) == 11
    assert "ferry.txt" not in result.stderr  # a short article: drafted before a line could help


def on_a_terminal(*args: str, cwd: Path) -> str:
    """What ``briefing new ARGS`` writes on stderr when stderr is a terminal (a pty)."""
    main, side = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-P", "-m", "tui", "new", *args],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=side,
        )
        os.close(side)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal's other side closed: the child is done
                break
            if not chunk:
                break
            shown += chunk
        assert process.wait(timeout=180) == 0
    finally:
        os.close(main)
    return shown.decode("utf-8")


def test_on_a_terminal_a_long_article_of_several_shows_its_paragraphs_and_its_writing(
    tmp_path: Path,
) -> None:
    """Of several articles, a terminal was told only which one was begun: a long one
    then sat on that line for its whole drafting."""
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "long.txt").write_text(long_article(150), encoding="utf-8")
    (tmp_path / "again.txt").write_text(long_article(60), encoding="utf-8")  # same title
    out = tmp_path / "out"
    out.mkdir()
    shown = on_a_terminal("ferry.txt", "long.txt", "again.txt", "--output", "out", cwd=tmp_path)
    assert "drafting 2 of 3: long.txt" in shown
    after = shown.split("drafting 2 of 3: long.txt", 1)[1]
    assert "\rdrafting: paragraph 1 of 150 (0 %)" in after
    assert "\rdrafting: paragraph 150 of 150 (99 %)" in after
    assert "writing the draft" in after
    assert "paragraph" not in shown.split("drafting 2 of 3", 1)[0]  # the short one: none
    # a note said meanwhile starts a line of its own, never glued to the progress line
    assert "\nbriefing: note: a briefing here has the name" in shown.replace("\r\n", "\n")
    assert "%)briefing" not in shown


# --- 3. an option after -- ----------------------------------------------------------------


def test_an_option_written_after_the_double_dash_is_named_and_nothing_is_drafted(
    tmp_path: Path,
) -> None:
    """``briefing new -- --output out a.txt`` drafted a.txt into the current folder."""
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    result = briefing_new("--", "--output", "out", "ferry.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "no such file '--output' (options must come before --" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ferry.txt", "out"]
    assert not any((tmp_path / "out").iterdir())
    # a file that is really named like an option is still drafted after --
    (tmp_path / "-notes.txt").write_text(ARTICLE, encoding="utf-8")
    result = briefing_new("--output", "out", "--", "-notes.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "ferry-timetable-changes.yaml").exists()


# --- 6. what cannot be drafted is said plainly ----------------------------------------------


def test_each_input_that_cannot_be_drafted_is_named_with_its_cause_and_no_traceback(
    tmp_path: Path,
) -> None:
    """A host that does not exist, a missing page, a PDF, an empty file, a binary file
    and a Latin-1 file: each one line naming the input and why; CRLF text is drafted."""
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "latin1.txt").write_bytes(
        "Fähre fällt aus\n\nDie Fähre fährt nicht.\n".encode("latin-1")
    )
    (tmp_path / "crlf.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    out = tmp_path / "out"
    out.mkdir()
    with serve_pages({}) as base:
        sources = [
            "http://no-such-host.invalid/story",
            f"{base}/gone",
            "report.pdf",
            "empty.txt",
            "noise.bin",
            "latin1.txt",
            "crlf.txt",
        ]
        result = briefing_new(*sources, "--output", "out", "--json", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    records = json_lines(result.stdout)
    assert [r.get("source") for r in records[:6]] == sources[:6]
    errors = [str(r["error"]) for r in records[:6]]
    causes = [
        "no-such-host.invalid/story: could not be fetched: cannot resolve host",
        "/gone: could not be fetched: ",
        "report.pdf: looks like a PDF document (a binary file), not text; save the article's",
        "empty.txt: the file is empty",
        "noise.bin: looks like a binary file",
        "latin1.txt:1:2: not UTF-8 text (byte 0xe4); save the article as UTF-8",
    ]
    for error, cause in zip(errors, causes, strict=True):
        assert cause in error and "\n" not in error, error
    assert "404" in errors[1]
    drafted = records[6]
    assert drafted["title"] == "Ferry timetable changes" and int(str(drafted["claims"])) >= 1
    text = (tmp_path / str(drafted["path"])).read_text(encoding="utf-8")
    assert "\r" not in text
    assert len(result.stderr.splitlines()) == 7  # a line each, and the count of failures
