"""An article is not a briefing, through the real command on
real files: ``briefing article.txt`` (a newcomer's first try) answered with a YAML syntax
error at line 3 and no hint, and a PDF with "not UTF-8 text: byte 0xE2".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_r19_notarticle import MARKDOWN, PROSE, SEED

from tui.cli import main

PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">\n'
    "<title>Harbour row: the council approves</title></head>\n"
    "<body><p>The council approved the plan on Tuesday, officials said.</p></body></html>\n"
)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding a copy of the bundled briefing; config and cache inside."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.yaml")
    return tmp_path


# --- an article opened as a briefing -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reads_as"),
    [
        ("harbour.txt", PROSE, "an article (plain text)"),
        ("harbour.md", MARKDOWN, "an article in Markdown"),
        ("harbour.html", PAGE, "a web page (HTML)"),
    ],
    ids=["text", "markdown", "html"],
)
def test_opening_an_article_says_how_to_draft_from_it(
    desk: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, reads_as: str
) -> None:
    (desk / name).write_text(content, encoding="utf-8")
    # without a terminal `briefing FILE` prints the summary: the same loader, the same words
    assert main([name]) == 1
    err = capsys.readouterr().err.strip()
    assert err == (
        f"{name}: not a briefing: this reads as {reads_as}, not as a briefing's YAML (which"
        f" starts with id: and title:); to draft a briefing from it, run: briefing new {name}"
    )
    assert main(["validate", name]) == 1
    assert f"run: briefing new {name}" in capsys.readouterr().err


def test_opening_a_pdf_names_it_and_how_to_draft(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "scan.pdf").write_bytes(PDF)
    assert main(["scan.pdf"]) == 1
    err = capsys.readouterr().err
    assert "scan.pdf: not a briefing: this is a PDF document (a binary file)" in err
    assert "briefing new ARTICLE.txt" in err
    assert "not UTF-8" not in err


def test_the_command_in_the_hint_can_be_run_as_it_stands(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "my article.txt").write_text(PROSE, encoding="utf-8")
    assert main(["validate", "my article.txt"]) == 1
    assert "run: briefing new 'my article.txt'" in capsys.readouterr().err
    assert main(["new", "my article.txt", "-o", "out.yaml"]) == 0  # what the hint says


def test_a_briefing_with_a_real_yaml_mistake_keeps_its_line_and_column(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # named .txt, as one sent by mail may be: it has the id line, so it is a briefing
    (desk / "mine.txt").write_text(
        "id: mine\ntitle: Mine\nsummary: The plan: cost doubled\nsources: []\n",
        encoding="utf-8",
    )
    (desk / "mine.yaml").write_text("title: Mine\nsummary: [unclosed\n", encoding="utf-8")
    assert main(["validate", "mine.txt", "mine.yaml"]) == 1
    err = capsys.readouterr().err
    assert "mine.txt:3:18: YAML syntax error" in err
    assert "mine.yaml:2:10: YAML syntax error" in err
    assert "briefing new" not in err


def test_prose_in_a_yaml_file_keeps_the_located_message(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a .yaml file is taken for a briefing whatever it holds: its mistake is shown where it is
    (desk / "notes.yaml").write_text(PROSE, encoding="utf-8")
    assert main(["validate", "notes.yaml"]) == 1
    err = capsys.readouterr().err
    assert "notes.yaml:" in err and "briefing new" not in err
