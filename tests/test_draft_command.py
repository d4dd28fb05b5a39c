"""`briefing new`: files and URLs in, a draft YAML file out, bad input refused cleanly."""

from __future__ import annotations

import argparse
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.commands import new
from tui.draft.source import SourceError, read_source
from tui.fetch import FetchSettings
from tui.loader import load_briefing

from http_fixtures import serve_pages

ARTICLE = (
    "Berlin und Paris einigen sich\n\n"
    "Die Bundesregierung und Frankreich haben sich am Dienstag auf ein Abkommen geeinigt."
    " Laut Diplomaten soll es im Herbst in Kraft treten.\n\n"
    "Beobachter vermuten, dass rund 300 Millionen Euro fließen könnten.\n"
)
PAGE = (
    "<html lang='en'><head><title>Ministers agree on new rules | Example News</title>"
    "<meta property='og:site_name' content='Example News'></head><body><article>"
    "<h1>Ministers agree on new rules</h1>"
    "<p>The ministers of Germany and France agreed on new rules for the grid on Monday,"
    " officials in Berlin said after the meeting ended late in the evening.</p>"
    "<p>About 40 companies are likely to be affected by the change, according to the"
    " ministry, which expects the rules to take effect next year.</p>"
    "</article></body></html>"
)


def _args(
    source: str, output: str | None, lang: str = "auto", force: bool = False
) -> argparse.Namespace:
    return argparse.Namespace(sources=[source], output=output, lang=lang, force=force)


@pytest.fixture
def server() -> Iterator[str]:
    empty = "<html><head><title>Nothing</title></head><body></body></html>"
    with serve_pages({"/article": PAGE, "/empty": empty}) as base:
        yield base


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def test_writes_a_valid_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "artikel.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "out.yaml"
    assert new.run(_args(str(source), str(output))) == 0
    text = output.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    briefing = load_briefing(output)
    assert briefing.title == "Berlin und Paris einigen sich" and briefing.language == "de"
    assert {"germany", "france"} <= {a.id for a in briefing.actors}
    kinds = [c.kind.value for c in briefing.claims]
    # bare "soll" is no hedge; with a time ahead ("im Herbst") it states a plan
    assert kinds == ["reported", "forecast", "speculation"]
    assert not any("soll" in h for h in briefing.claims[1].hedges)
    assert briefing.claims[2].figures[0].value == 300_000_000
    assert "out.yaml" in capsys.readouterr().out
    # never overwrites a briefing, even a draft, whatever the flags: exit 2, file unchanged
    assert new.run(_args(str(source), str(output))) == 2
    assert new.run(_args(str(source), str(output), force=True)) == 2
    assert output.read_text(encoding="utf-8") == text
    assert "is a briefing file" in capsys.readouterr().err


def test_default_name_and_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.md"
    source.write_text("# A *short* story\n\n" + ARTICLE.split("\n\n", 1)[1], encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert new.run(_args(str(source), None)) == 0
    assert [p.name for p in work.iterdir()] == ["a-short-story.yaml"]
    load_briefing(work / "a-short-story.yaml")
    capsys.readouterr()
    assert new.run(_args(str(source), "-", lang="de")) == 0
    out = capsys.readouterr().out
    assert out.startswith("# yaml-language-server: $schema=") and "title: A short story" in out
    assert [p.name for p in work.iterdir()] == ["a-short-story.yaml"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\0\0\0IHDR", "binary"),
        (b"Gr\xf6\xdfe und Stra\xdfe sind W\xf6rter.", "1:3: not UTF-8"),
        (b"Wie geht es?\n", "no body paragraph"),
    ],
)
def test_bad_files_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    source = tmp_path / "bad.txt"
    source.write_bytes(content)
    output = tmp_path / "out.yaml"
    assert new.run(_args(str(source), str(output))) == 1
    err = capsys.readouterr().err
    assert str(source) in err and message in err and "Traceback" not in err
    assert not output.exists()


def test_missing_file_and_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert new.run(_args(str(tmp_path / "nope.txt"), str(tmp_path / "o.yaml"))) == 1
    assert "no such file" in capsys.readouterr().err
    assert new.run(_args(str(tmp_path), str(tmp_path / "o.yaml"))) == 1
    assert "folder" in capsys.readouterr().err
    assert not (tmp_path / "o.yaml").exists()


def test_html_file(tmp_path: Path) -> None:
    source = tmp_path / "page.html"
    source.write_text(PAGE, encoding="utf-8")
    output = tmp_path / "page.yaml"
    assert new.run(_args(str(source), str(output))) == 0
    briefing = load_briefing(output)
    assert briefing.title == "Ministers agree on new rules" and briefing.language == "en"
    assert briefing.sources[0].outlet == "Example News"
    assert any(c.kind.value == "forecast" for c in briefing.claims)


def test_url(server: str, tmp_path: Path) -> None:
    output = tmp_path / "url.yaml"
    assert new.run(_args(f"{server}/article", str(output))) == 0
    briefing = load_briefing(output)
    assert briefing.sources[0].url == f"{server}/article"
    assert {"germany", "france"} <= {a.id for a in briefing.actors}


def test_failing_urls(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "url.yaml"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    for url in (f"{server}/missing", f"{server}/empty", f"http://127.0.0.1:{closed}/"):
        assert new.run(_args(url, str(output))) == 1
        err = capsys.readouterr().err
        assert url in err and "Traceback" not in err
    assert not output.exists()


def test_unresolvable_host() -> None:
    async def no_names(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    settings = FetchSettings(resolver=no_names, retries=0, total_timeout=5)
    with pytest.raises(SourceError, match=r"no-such-host\.invalid"):
        read_source("http://no-such-host.invalid/a", settings=settings)


def test_a_second_draft_beside_the_first_gets_an_id_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli import main

    source = tmp_path / "story.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    work = tmp_path / "library"
    work.mkdir()
    monkeypatch.chdir(work)
    assert new.run(_args(str(source), None)) == 0
    assert new.run(_args(str(source), None)) == 0  # the same article again, no name given
    assert new.run(_args(str(source), str(work / "mine.yaml"))) == 0
    ids = sorted(load_briefing(p).id for p in work.glob("*.yaml"))
    assert len(set(ids)) == 3 and ids[1] == ids[0] + "-2" and ids[2] == ids[0] + "-3"
    assert "this draft is" in capsys.readouterr().err
    assert main(["validate", str(work)]) == 0  # the folder is still a valid library


def test_an_address_without_its_scheme_is_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert new.run(_args("www.example.org/news/story-1", str(tmp_path / "o.yaml"))) == 1
    err = capsys.readouterr().err
    assert "no such file" in err and "https://www.example.org/news/story-1" in err
    assert new.run(_args("notes.txt", str(tmp_path / "o.yaml"))) == 1
    assert "https://" not in capsys.readouterr().err  # a plain missing file gets no hint


def test_an_article_piped_in_on_standard_input(tmp_path: Path) -> None:
    import subprocess
    import sys

    output = tmp_path / "piped.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "tui", "new", "-", "--output", str(output)],
        input=ARTICLE.encode("utf-8"),
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    drafted = load_briefing(output)
    assert drafted.claims and "standard input" in output.read_text(encoding="utf-8")
    empty = subprocess.run(
        [sys.executable, "-m", "tui", "new", "-", "--output", str(tmp_path / "e.yaml")],
        input=b"",
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert empty.returncode == 1 and b"standard input" in empty.stderr
    assert not (tmp_path / "e.yaml").exists()


ENGLISH = (
    "Council approves the harbour plan\n\n"
    "The city council approved the harbour plan on Tuesday, a spokeswoman said.\n\n"
    "Critics say the plan could cost about 40 million euros more than planned.\n"
)


def test_several_articles_in_one_run_each_to_its_own_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A day's articles in one command: each becomes TITLE-SLUG.yaml in the folder, a
    repeated title gets a free id, and one that cannot be read is named while the others
    are still drafted (exit 1)."""
    from tui.cli import main

    german, english, empty = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    german.write_text(ARTICLE, encoding="utf-8")
    english.write_text(ENGLISH, encoding="utf-8")
    empty.write_text("\n", encoding="utf-8")
    out = tmp_path / "drafts"
    out.mkdir()
    sources = [str(german), str(empty), str(english), str(german)]
    assert main(["new", *sources, "--output", str(out)]) == 1
    captured = capsys.readouterr()
    assert "c.txt" in captured.err and "1 of 4 articles not drafted" in captured.err
    assert captured.out.count("draft with") == 3
    written = {p.name: load_briefing(p) for p in out.glob("*.yaml")}
    assert sorted(written) == [
        "berlin-und-paris-einigen-sich-2.yaml",
        "berlin-und-paris-einigen-sich.yaml",
        "council-approves-the-harbour-plan.yaml",
    ]
    assert written["council-approves-the-harbour-plan.yaml"].language == "en"
    assert written["berlin-und-paris-einigen-sich.yaml"].language == "de"
    assert main(["validate", str(out)]) == 0
    # each draft is the one a run of its own writes
    alone = tmp_path / "alone.yaml"
    assert main(["new", str(english), "--output", str(alone)]) == 0
    single = load_briefing(alone)
    batch = written["council-approves-the-harbour-plan.yaml"]
    assert [c.statement for c in batch.claims] == [c.statement for c in single.claims]
    assert [a.id for a in batch.actors] == [a.id for a in single.actors]


def test_several_articles_need_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several drafts go to no one file and not to standard output; without --output they
    go to the current folder. A wrong --output is refused before anything is drafted."""
    from tui.cli import main

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ENGLISH, encoding="utf-8")
    assert main(["new", str(first), str(second), "--output", "-"]) == 2
    assert "give --output FOLDER" in capsys.readouterr().err
    assert main(["new", str(first), str(second), "--output", str(tmp_path / "x.yaml")]) == 2
    assert "names a folder" in capsys.readouterr().err
    assert main(["new", "-", "-"]) == 2
    assert "read once only" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.yaml"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["new", str(first), str(second)]) == 0
    assert sorted(p.name for p in work.glob("*.yaml")) == [
        "berlin-und-paris-einigen-sich.yaml",
        "council-approves-the-harbour-plan.yaml",
    ]


def test_one_article_into_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--output naming a folder puts the draft there under its title's name."""
    source = tmp_path / "a.txt"
    source.write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "drafts"
    out.mkdir()
    assert new.run(_args(str(source), str(out))) == 0
    assert [p.name for p in out.iterdir()] == ["council-approves-the-harbour-plan.yaml"]
    assert "drafts" in capsys.readouterr().out


def test_json_names_each_file_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json gives a program (the app's "draft an article") each written file's path and
    counts, one object a line, and nothing else on standard output."""
    import json

    from tui.cli import main

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "drafts"
    out.mkdir()
    assert main(["new", str(first), str(second), "--output", str(out), "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [Path(r["path"]).name for r in records] == [
        "berlin-und-paris-einigen-sich.yaml",
        "council-approves-the-harbour-plan.yaml",
    ]
    for record in records:
        briefing = load_briefing(Path(record["path"]))
        assert record["id"] == briefing.id and record["title"] == briefing.title
        assert record["claims"] == len(briefing.claims) > 0
        assert record["language"] == briefing.language
    assert main(["new", str(first), "--output", "-", "--json"]) == 2
    assert "does not go with --output -" in capsys.readouterr().err


def test_a_draft_takes_an_id_free_in_the_whole_library_and_a_free_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A library is a tree: an id in a subfolder is taken too; and a file that is no
    briefing holding the title's name moves the draft on to the next free name."""
    from tui.cli import main

    source = tmp_path / "a.txt"
    source.write_text(ENGLISH, encoding="utf-8")
    library = tmp_path / "library"
    (library / "2026-11").mkdir(parents=True)
    assert main(["new", str(source), "--output", str(library / "2026-11")]) == 0
    assert main(["new", str(source), "--output", str(library)]) == 0
    ids = sorted(load_briefing(p).id for p in library.rglob("*.yaml"))
    assert ids == ["council-approves-the-harbour-plan", "council-approves-the-harbour-plan-2"]
    assert main(["validate", str(library)]) == 0
    other = tmp_path / "other"
    other.mkdir()
    (other / "council-approves-the-harbour-plan.yaml").write_text("just: notes\n")
    capsys.readouterr()
    assert main(["new", str(source), "--output", str(other)]) == 0
    assert "a file here has the name" in capsys.readouterr().err
    assert (other / "council-approves-the-harbour-plan.yaml").read_text() == "just: notes\n"
    assert load_briefing(other / "council-approves-the-harbour-plan-2.yaml").id == (
        "council-approves-the-harbour-plan-2"
    )
    assert main(["new", str(source), str(source), "--output", str(tmp_path / "nope")]) == 2
    assert "is no such folder" in capsys.readouterr().err


def test_the_search_for_taken_ids_is_bounded(tmp_path: Path) -> None:
    """Drafting in a large folder (a home folder) reads no more than a library's depth of
    subfolders and a bounded number of entries: an id three levels down is taken, one
    deeper is not looked for."""
    text = "id: deep-one\ntitle: x\n"
    (tmp_path / "a" / "b" / "c").mkdir(parents=True)
    (tmp_path / "a" / "b" / "c" / "x.yaml").write_text(text.replace("deep-one", "three-down"))
    (tmp_path / "a" / "b" / "c" / "d").mkdir()
    (tmp_path / "a" / "b" / "c" / "d" / "y.yaml").write_text(text)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "z.yaml").write_text(text.replace("deep-one", "hidden"))
    assert new._ids_beside(tmp_path, None) == {"three-down"}


def test_ctrl_c_in_a_run_of_several_says_how_far_and_leaves_whole_files(tmp_path: Path) -> None:
    """Interrupted midway, the run says where it stopped, exits 130, and the folder holds
    only whole drafts (no half-written file, no temporary file)."""
    import signal
    import subprocess
    import sys
    import time

    sources = []
    for number in range(40):
        path = tmp_path / f"a{number}.txt"
        path.write_text(ENGLISH.replace("harbour", f"harbour {number}"), encoding="utf-8")
        sources.append(str(path))
    out = tmp_path / "drafts"
    out.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-m", "tui", "new", *sources, "--output", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not any(out.glob("*.yaml")) and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130, err
    assert "stopped at article" in err
    written = sorted(out.iterdir())
    assert 0 < len(written) < 40
    for path in written:
        assert path.suffix == ".yaml"
        load_briefing(path)
