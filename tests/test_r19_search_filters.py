"""Round 19, library search: a query of filters alone (``lang:ja``) lists every briefing
they keep, instead of being refused for holding no word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main


def briefing(ident: str, title: str, language: str, published: str) -> str:
    return (
        f"id: {ident}\ntitle: {title}\nlanguage: {language}\npublished: {published}\n"
        "claims:\n  - {id: c1, kind: reported, statement: A plain statement}\nsources: []\n"
    )


@pytest.fixture
def library(tmp_path: Path, own_folders: Path) -> Path:
    folder = tmp_path / "lib"
    (folder / "asia").mkdir(parents=True)
    (folder / "asia" / "tokyo.yaml").write_text(
        briefing("tokyo", "東京の港", "ja", "2024-03-01"), encoding="utf-8"
    )
    (folder / "osaka.yaml").write_text(
        briefing("osaka", "大阪の橋", "ja", "2025-01-09"), encoding="utf-8"
    )
    (folder / "berlin.yaml").write_text(
        briefing("berlin", "Berliner Hafen", "de", "2024-05-05"), encoding="utf-8"
    )
    (folder / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    return folder


def test_a_language_alone_lists_every_briefing_in_it(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "lang:ja", str(library)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{library / 'asia' / 'tokyo.yaml'}: 東京の港 (tokyo, 2024-03-01)",
        f"{library / 'osaka.yaml'}: 大阪の橋 (osaka, 2025-01-09)",
    ]
    assert "2 briefings kept by language ja" in captured.err
    assert "holds no word" not in captured.err


def test_filters_alone_with_files_and_json(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "lang:ja after:2025", str(library), "--files"]) == 0
    assert capsys.readouterr().out.splitlines() == [str(library / "osaka.yaml")]
    assert main(["search", "before:2024-06", str(library), "--json"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(item["briefing"], item["published"]) for item in found] == [
        ("tokyo", "2024-03-01"),
        ("berlin", "2024-05-05"),
    ]


def test_filters_that_keep_nothing_say_so_and_exit_1(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "lang:xx", str(library)]) == 1
    assert "no briefing is kept by language xx" in capsys.readouterr().err
    assert main(["search", " * ( ", str(library)]) == 1  # no filter and no word: as before
    assert "holds no word" in capsys.readouterr().err


def test_a_word_with_the_filter_still_searches(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "Hafen lang:de", str(library), "--files"]) == 0
    assert capsys.readouterr().out.splitlines() == [str(library / "berlin.yaml")]
