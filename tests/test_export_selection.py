"""Exporting a filtered view: only the selected claims, every reference still resolving,
and the heading saying which view it is."""

from __future__ import annotations

import json

import pytest
from export_helpers import PageLinks

from tui.export import ExportError, export_briefing
from tui.export.claimreview import Review
from tui.export.selection import Selection, select
from tui.loader import load_briefing
from tui.model import Briefing
from tui.profile import sourcing_profile

from conftest import BRIEFINGS

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"


@pytest.fixture(scope="module")
def seed() -> Briefing:
    return load_briefing(SEED)


@pytest.fixture(scope="module")
def hedged(seed: Briefing) -> Selection:
    return Selection.of((c.id for c in seed.claims if c.hedges), "only hedged claims")


def test_select_keeps_the_chosen_claims_and_no_dangling_reference(seed: Briefing, hedged):
    view = select(seed, hedged)
    assert [c.id for c in view.claims] == [c.id for c in seed.claims if c.hedges]
    kept = {c.id for c in view.claims}
    for record in (*view.quotes, *view.relations, *view.timeline, *view.notes):
        assert set(record.claims) <= kept
    assert len(view.notes) < len(seed.notes)  # notes about left-out claims only are gone
    originals = {note.id: note for note in seed.notes}
    assert all(n.claims or not originals[n.id].claims for n in view.notes)
    sourcing_profile(view)  # a consistent briefing: the profile can be computed
    assert len(view.actors) == len(seed.actors) and len(view.sources) == len(seed.sources)


def test_markdown_heading_states_the_view(seed: Briefing, hedged: Selection):
    text = export_briefing(seed, "markdown", selection=hedged)
    lines = text.splitlines()
    assert lines[0].endswith("(only hedged claims)")
    assert lines[2].startswith("**Filtered view: only hedged claims.** 13 of 25 claims shown")
    assert "## Claims (13)" in text and "- **c01**" not in text and "- **c04**" in text
    assert "- Hedged: 13 of 13, 100 %" in text


def test_html_view_has_its_heading_and_every_link_resolves(seed: Briefing, hedged: Selection):
    page = export_briefing(seed, "html", selection=hedged)
    links = PageLinks(page)
    assert set(links.local) <= set(links.ids)
    assert "c01" not in links.ids and "c04" in links.ids
    assert "<title>" in page and "(only hedged claims)</title>" in page
    assert "<strong>Filtered view: only hedged claims.</strong> 13 of 25 claims shown" in page


def test_stix_view_holds_only_the_selected_claims(seed: Briefing, hedged: Selection):
    bundle = json.loads(export_briefing(seed, "stix", selection=hedged))
    claims = [o for o in bundle["objects"] if o["type"] in ("note", "opinion")]
    claims = [o for o in claims if not o.get("abstract", "").startswith("q0")]  # quotes
    assert len(claims) == 13
    report = bundle["objects"][-1]
    assert report["name"].endswith("(only hedged claims)")
    assert report["description"].startswith("Filtered view: only hedged claims; 13 of 25")


def test_claimreview_view_reviews_only_the_selected_claims(seed: Briefing):
    review = Review(publisher="Desk", url="https://reviews.example/r", date="2024-08-01")
    checked = [c.id for c in seed.claims if c.status != "unverified"]
    view = Selection.of(checked[:2], "two checked claims")
    graph = json.loads(export_briefing(seed, "claimreview", selection=view, review=review))
    assert [g["identifier"].split("/")[1] for g in graph["@graph"]] == checked[:2]
    unchecked = Selection.of([c.id for c in seed.claims if c.status == "unverified"][:3], "x")
    with pytest.raises(ExportError, match=r"no claim in the filtered view \(x\) has a verdict"):
        export_briefing(seed, "claimreview", selection=unchecked, review=review)


def test_json_refuses_a_view_and_says_what_to_do(seed: Briefing, hedged: Selection):
    with pytest.raises(ExportError, match=r"cannot hold a filtered view \(only hedged claims\)"):
        export_briefing(seed, "json", selection=hedged)


def test_a_stale_selection_is_refused(seed: Briefing):
    with pytest.raises(ExportError, match="no longer holds: c99"):
        export_briefing(seed, "markdown", selection=Selection.of(["c01", "c99"], "stale"))


def test_an_empty_view_still_exports(seed: Briefing):
    text = export_briefing(seed, "markdown", selection=Selection.of([], "no claims match"))
    assert "**Filtered view: no claims match.** 0 of 25 claims shown" in text
    assert "\n## Claims" not in text


def test_the_description_is_data(seed: Briefing):
    view = Selection.of(["c04"], "*[x](javascript:y)* \x1b[2J")
    page = export_briefing(seed, "html", selection=view)
    assert "javascript" not in " ".join(PageLinks(page).hrefs)
    assert "\x1b" not in page and "\u241b[2J" in page
