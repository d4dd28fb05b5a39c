"""Round 19, library search: invisible characters inside words (soft hyphen, zero-width
space, joiner and non-joiner, word joiner, byte order mark) do not split them, in the
text searched or in what is typed, and the file keeps them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.ui.app import BriefingApp

from pages import BriefingPage

WANTS = "\u0645\u06cc\u062e\u0648\u0627\u0647\u062f"
"""Persian "wants" typed without the zero-width non-joiner it is written with."""
WANTS_WRITTEN = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u062f"

BRIEFING = (
    "id: invisible\n"
    "title: Invisible characters\n"
    "language: de\n"
    "claims:\n"
    '  - id: c1\n    statement: "Die EU-Bei\\u00adtritts\\u00adgespräche beginnen"\n'
    "    kind: reported\n"
    '  - id: c2\n    statement: "Zero\\u200bWidth name"\n    kind: reported\n'
    f'  - id: c3\n    statement: "{WANTS_WRITTEN}"\n    kind: reported\n'
    '  - id: c4\n    statement: "Ein Wort\\u2060ver\\ufeffbinder hier"\n    kind: reported\n'
    '  - id: c5\n    statement: "Ein Zwei\\u200dfach hier"\n    kind: reported\n'
    "sources: []\n"
)


@pytest.fixture
def library(tmp_path: Path, own_folders: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "invisible.yaml").write_text(BRIEFING, encoding="utf-8")
    return folder


def found_claims(query: str, library: Path, capsys: pytest.CaptureFixture[str]) -> set[str]:
    """The ids of the claims ``briefing search QUERY --json`` prints."""
    main(["search", query, str(library), "--json"])
    lines = capsys.readouterr().out.splitlines()
    return {hit["id"] for hit in map(json.loads, lines) if hit["type"] == "claim"}


@pytest.mark.parametrize(
    ("query", "claim"),
    [
        ("Beitrittsgespräche", "c1"),
        ("Beitritt", "c1"),
        ("Bei\u00adtritts\u00adgespräche", "c1"),
        ("ZeroWidth", "c2"),
        ("Zero\u200bWidth", "c2"),
        (WANTS, "c3"),
        (WANTS_WRITTEN, "c3"),
        ("Wortverbinder", "c4"),
        ("Zweifach", "c5"),
    ],
)
def test_search_finds_words_whatever_invisible_characters_they_hold(
    query: str, claim: str, library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert found_claims(query, library, capsys) == {claim}


def test_the_whole_word_is_marked_and_the_file_is_unchanged(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (library / "invisible.yaml").read_bytes()
    assert main(["search", "Beitrittsgespräche", str(library), "--json"]) == 0
    (hit,) = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    ((start, end),) = hit["marks"]
    assert hit["snippet"][start:end] == "Bei\u00adtritts\u00adgespräche"
    assert (library / "invisible.yaml").read_bytes() == before


@pytest.mark.parametrize("typed", ["Beitritt", "zerowidth", WANTS, "Zwei\u200bfach"])
async def test_the_claims_filter_sees_through_invisible_characters(
    typed: str, library: Path
) -> None:
    async with BriefingApp(library / "invisible.yaml").run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        page.filter_text().value = typed
        await page.press("enter")
        rows = page.rows("claims")
        assert len(rows) == 1, rows
