"""Quote checks: found after normalising, similar with the page's passage, else missing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tui.fetch import check_quotes, fetch_sources
from tui.fetch.quotes import check_text, normalise
from tui.loader import load_briefing

from http_fixtures import PAGES, FixtureServer, quick_settings, serve

PAGE_TEXT = (
    "Er sagte: \u201eAn einer neuen regionalen oder  globalen Blockbildung ist Vietnam"
    " nicht interessiert\u201c \u2013 so ein Diplomat.\nDie Gespr\u00e4che dauerten"
    " bis in den Abend."
)


def test_normalise_folds_quotes_dashes_space_and_case():
    assert normalise("\u201eA\u201c \u2013 \u201aB\u2018 \u2014  C\u00ad\u00a0D \u00abE\u00bb") == (
        '"a" - \'b\' - c d "e"'
    )


@pytest.mark.parametrize(
    "needle",
    [
        "An einer neuen regionalen oder globalen Blockbildung ist Vietnam nicht interessiert",
        '"an einer neuen regionalen oder globalen BLOCKBILDUNG ist vietnam nicht interessiert"',
        "interessiert\u201c - so ein Diplomat",
        "An einer neuen regionalen \u2026 nicht interessiert",  # an omission
        "An einer neuen [...] Blockbildung ... Diplomat",
    ],
)
def test_found(needle: str):
    check = check_text(needle, PAGE_TEXT)
    assert check.result == "found" and check.score == 100.0


def test_omitted_parts_must_come_in_order():
    assert check_text("so ein Diplomat ... An einer neuen", PAGE_TEXT).result != "found"


def test_similar_reports_the_pages_own_words():
    needle = "An einer neuen regionalen oder globalen Blockbildung ist es nicht interessiert"
    check = check_text(needle, PAGE_TEXT, kind="claim", item_id="c1")
    assert check.result == "similar"
    assert 85 <= check.score < 100
    assert check.kind == "claim" and check.id == "c1"
    assert check.passage is not None
    assert "Blockbildung ist Vietnam nicht interessiert" in check.passage
    assert check.passage in PAGE_TEXT  # the passage as the page has it, not normalised


def test_missing():
    check = check_text("Iran liefert Drohnen an Russland", PAGE_TEXT)
    assert check.result == "missing" and check.score < 85 and check.passage is None
    assert check_text("anything", "").result == "missing"
    assert check_text("...", PAGE_TEXT).result == "missing"


BRIEFING = """\
id: quotes
title: Quote checks
article: article
actors:
  - {id: diplomat, name: A diplomat, kind: person, anonymous: true}
claims:
  - id: c1
    statement: Observers suspect more than treaties.
    kind: speculation
    excerpt: Beobachter vermuten, dass es um mehr ging als um Verträge
    sources: [article]
  - id: c2
    statement: A formal alliance is unlikely.
    kind: opinion
    excerpt: halten ein formelles Militärbündnis für unwahrscheinlich
    sources: [other]
  - id: c3
    statement: Talks lasted long.
    kind: reported
    excerpt: Die Verhandlungen wurden nach drei Stunden ohne Ergebnis abgebrochen
    sources: [other]
  - id: c4
    statement: No excerpt here.
    kind: background
    sources: [other]
quotes:
  - id: q1
    speaker: diplomat
    text: "„An einer neuen regionalen oder globalen Blockbildung ist Vietnam nicht interessiert“"
    outlet: other
sources:
  - {id: article, url: "https://morgenkurier.example/politik/gipfel-hanoi-einordnung"}
  - {id: other, url: "https://morgenkurier.example/politik/gipfel-hanoi-einordnung"}
  - {id: unrelated, url: "https://gazette.example/world/treaty-signed"}
"""


@pytest.fixture
def briefing(write: Callable[[str, str], Path]):
    return load_briefing(write(BRIEFING, "quotes.yaml"))


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    yield from serve()


def test_check_quotes_picks_the_items_that_name_the_source(briefing):
    text = (PAGES / "morgenkurier-hanoi.html").read_text(encoding="utf-8")
    checks = {(c.kind, c.id): c.result for c in check_quotes(briefing, "other", text)}
    assert checks == {
        ("claim", "c2"): "similar",
        ("claim", "c3"): "missing",
        ("quote", "q1"): "found",
    }
    # The article's source checks every excerpt and quote (they are its words).
    article = {(c.kind, c.id) for c in check_quotes(briefing, "article", text)}
    assert article == {("claim", "c1"), ("claim", "c2"), ("claim", "c3"), ("quote", "q1")}
    assert check_quotes(briefing, "unrelated", text) == []


def test_fetching_with_a_briefing_checks_each_sources_quotes(briefing, server: FixtureServer):
    page = server.url("/page/morgenkurier-hanoi")
    sources = [source.model_copy(update={"url": page}) for source in briefing.sources[:2]]

    results = asyncio.run(fetch_sources(sources, settings=quick_settings(), briefing=briefing))
    assert server.hits["/page/morgenkurier-hanoi"] == 1  # one URL, fetched once
    article, other = results
    assert {c.id: c.result for c in article.quote_checks}["c1"] == "found"
    assert {c.id: c.result for c in other.quote_checks} == {
        "c2": "similar",
        "c3": "missing",
        "q1": "found",
    }
    similar = next(c for c in other.quote_checks if c.id == "c2")
    assert similar.passage is not None and "Militärbündnis" in similar.passage
    assert other.to_json()["quote_checks"][0] == {
        "kind": "claim",
        "id": "c2",
        "result": "similar",
        "score": round(similar.score, 1),
        "passage": similar.passage,
        "difference": 'words "deshalb" on the page only',  # the words that are not the same
    }
