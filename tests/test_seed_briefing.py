"""The shipped seed briefing holds what its article says, located and verbatim."""

from __future__ import annotations

import re

import pytest

from tui.loader import load_briefing
from tui.model import ClaimKind, QuoteKind

from conftest import BRIEFINGS, SEED_ARTICLE

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"


@pytest.fixture(scope="module")
def seed():
    return load_briefing(SEED)


def _body_paragraphs() -> list[str]:
    """The article's body paragraphs; short one-line blocks are headings and not counted."""
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    return [block for block in blocks if len(block.split()) > 8]


needs_article = pytest.mark.skipif(
    not SEED_ARTICLE.exists(), reason="the seed article is not beside this checkout"
)


@needs_article
def test_excerpts_and_quotes_are_verbatim_in_the_stated_paragraph(seed):
    paragraphs = _body_paragraphs()
    assert len(paragraphs) == 8
    located = [(c.id, c.excerpt.exact, c.paragraph) for c in seed.claims if c.excerpt]
    located += [(q.id, q.text, q.paragraph) for q in seed.quotes]
    assert len(located) >= len(seed.claims)
    for item_id, words, paragraph in located:
        assert paragraph is not None, item_id
        assert words in paragraphs[paragraph - 1], (
            f"{item_id}: not verbatim in paragraph {paragraph}"
        )
        assert len(words.split()) <= 25, f"{item_id}: excerpts stay short"


@needs_article
def test_hedges_and_aliases_are_the_articles_words(seed):
    paragraphs = _body_paragraphs()
    for claim in seed.claims:
        for hedge in claim.hedges:
            # a split construction ("würde ... vermutlich") is recorded with an ellipsis
            for part in hedge.split(" ... "):
                assert part in paragraphs[claim.paragraph - 1], f"{claim.id}: {hedge!r}"
    for actor in seed.actors:
        for alias in actor.aliases:
            if alias.paragraph is not None:
                assert alias.name in paragraphs[alias.paragraph - 1], f"{actor.id}: {alias.name}"


def test_every_kind_of_content_is_there(seed):
    kinds = {claim.kind for claim in seed.claims}
    assert {
        ClaimKind.REPORTED,
        ClaimKind.SPECULATION,
        ClaimKind.OPINION,
        ClaimKind.HISTORICAL,
        ClaimKind.FORECAST,
    } <= kinds
    assert len(seed.claims) >= 20 and sum(bool(c.hedges) for c in seed.claims) >= 10
    assert {q.kind for q in seed.quotes} == {QuoteKind.DIRECT, QuoteKind.INDIRECT}
    assert all(q.translation and q.language == "de" and q.outlet for q in seed.quotes)
    speakers = {q.speaker for q in seed.quotes}
    assert {"richter", "zeit-experts"} <= speakers
    experts = next(a for a in seed.actors if a.id == "zeit-experts")
    assert experts.anonymous


def test_figures_state_the_derived_troop_range(seed):
    figures = [f for claim in seed.claims for f in claim.figures]
    assert any(f.low == 7 and f.high == 10 and f.unit == "divisions" for f in figures)
    assert any(f.low == 10_000 and f.high == 30_000 and f.approximate for f in figures)
    derived = [f for f in figures if f.derived]
    assert any(f.low == 70_000 and f.high == 300_000 and f.basis for f in derived)


def test_loaded_labels_are_marked_as_the_outlets_wording(seed):
    loaded = {alias.name for actor in seed.actors for alias in actor.aliases if alias.loaded}
    assert {"Russen-Herrscher", "Diktator", "Kreml-Truppe"} <= loaded
    assert all(alias.note for actor in seed.actors for alias in actor.aliases if alias.loaded)


def test_notes_flag_contradictions_and_unsourced_claims(seed):
    note_kinds = {note.kind.value for note in seed.notes}
    assert {"contradiction", "unsourced", "loaded-language"} <= note_kinds


def test_context_is_marked_as_added(seed):
    added = [entry for entry in seed.timeline if entry.added_context]
    assert added and any(entry.date.startswith("1961") for entry in added)
    assert any(entry.date.startswith("2024-06") for entry in seed.timeline)


def test_sources_without_a_link_say_what_they_are(seed):
    assert seed.article is not None
    names = {source.id for source in seed.sources}
    assert seed.article in names
    for source in seed.sources:
        if source.url is None:
            assert source.outlet and source.description, source.id
    column = next(s for s in seed.sources if s.outlet == "Zeit Online")
    assert column.url is None and column.cited_in == seed.article
