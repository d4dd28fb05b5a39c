"""The article's own outlet named by its short name ("told the Courier" under the
byline of The Harbour Courier) is the paper itself: no second outlet, no source to find,
and a quote given to it first appeared in the article. Text written for the test."""

from __future__ import annotations

from pathlib import Path

from tui.loader import load_briefing

from conftest import drafted


def test_the_papers_own_short_name_is_no_source_it_cites(tmp_path: Path):
    """A quote "told the Courier" in a piece under the byline of The Harbour Courier was
    given to the paper itself: no second outlet, no source to go and find."""
    text = (
        "Ferry order delayed\n\n"
        "By Ada Lind, The Harbour Courier, 2 December 2026\n\n"
        '"We need more time," the harbour master told the Courier on Monday.\n'
    )
    path = drafted(text, tmp_path / "ferry.txt", tmp_path / "ferry.yaml")
    briefing = load_briefing(path)
    assert [s.id for s in briefing.sources] == [briefing.article]
    assert all(s == briefing.article for c in briefing.claims for s in c.sources)
    assert all(q.outlet in (None, briefing.article) for q in briefing.quotes)
