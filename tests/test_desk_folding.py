"""The palette (ctrl+p), the claims filter (``/``) and the library's search fold text
alike, with the one function :func:`tui.textsearch.fold`: the same typed words find the
same records in all three. Real files, the real index, the real app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.textsearch import fold, folded_with_places, rank
from tui.ui.app import BriefingApp

from pages import BriefingPage, LibraryPage, palette_lines, settle

# My own sentences: one umlaut word, one ß word, in two claims.
TOLLS = """\
id: road-tolls
title: Road tolls for lorries
language: de
sources:
  - id: s1
    kind: article
claims:
  - id: c1
    statement: Der Verband nennt die neue Gebühr überzogen.
    kind: opinion
  - id: c2
    statement: Die Straße am Hafen wird im Herbst erneuert.
    kind: forecast
  - id: c3
    statement: Die Stadt plant keine weitere Erhöhung.
    kind: reported
"""

TYPED = [("ueberzogen", "c1"), ("Strasse", "c2"), ("STRASSE", "c2"), ("uberzogen", "c1")]
"""What a reader types, and the claim it must find, in every search."""


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "tolls.yaml").write_text(TOLLS, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("typed", "claim"), TYPED)
def test_the_palettes_ranking_finds_and_marks_the_spelling_typed(typed: str, claim: str) -> None:
    statement = next(
        line
        for line in TOLLS.splitlines()
        if "statement" in line and (("berzogen" in line) == (claim == "c1"))
    ).split(": ", 1)[1]
    found = rank(typed, statement)
    assert found is not None
    marked = "".join(statement[start:end] for start, end in found.spans)
    assert marked in ("überzogen", "Straße")
    assert rank("Strassenbahn", statement) is None


@given(st.text(max_size=40))
def test_the_places_of_a_fold_are_the_fold_itself(text: str) -> None:
    folded, places = folded_with_places(text)
    assert folded == fold(text)
    assert len(places) == len(folded) and places == sorted(places)


async def _palette(pilot: Any, typed: str) -> list[str]:
    lines = await palette_lines(
        pilot, typed, lambda hits: bool(hits) and hits[0].startswith("Claim"), tries=60
    )
    await pilot.press("escape")
    await pilot.pause()
    return lines


async def test_palette_filter_and_library_search_find_the_same_claims(library: Path) -> None:
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status())
        for typed, _claim in TYPED:
            await page.search(typed)
            assert page.rows()[0].startswith("Road tolls for lorries"), typed
            await pilot.press("escape")
            await settle(pilot)
        page.records().move_cursor(0)
        await pilot.press("enter")
        briefing = await BriefingPage.opened(pilot)
        await briefing.show("claims")
        for typed, claim in TYPED:
            lines = await _palette(pilot, typed)
            assert lines and lines[0].startswith(f"Claim {claim}"), (typed, lines[:2])
            briefing.filter_text().value = typed
            await settle(pilot)
            rows = briefing.rows("claims")
            assert len(rows) == 1 and claim in rows[0], (typed, rows)
