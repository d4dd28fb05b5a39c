"""A byline's writers, outlet and day reach the draft's article source and its date."""

from __future__ import annotations

import pytest

from tui.draft.build import draft_briefing
from tui.draft.byline import Byline, read_byline
from tui.draft.source import ArticleText
from tui.export import export_briefing


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "By Ada Moor, Harbour Gazette, 3 December 2026",
            Byline(("Ada Moor",), "Harbour Gazette", "2026-12-03"),
        ),
        (
            "Von Jana Wulf und Piet de Boer | Elbe-Kurier | 02.12.2026",
            Byline(("Jana Wulf", "Piet de Boer"), "Elbe-Kurier", "2026-12-02"),
        ),
        ("Von Jana Wulf, 2. Dezember 2026", Byline(("Jana Wulf",), None, "2026-12-02")),
        (
            "By Ada Moor and Ben Ross, Dec. 3, 2026",
            Byline(("Ada Moor", "Ben Ross"), None, "2026-12-03"),
        ),
        ("By Ada Moor, moorfield.co.uk", Byline(("Ada Moor",), "moorfield.co.uk", None)),
        ("VON JANA WULF", Byline(("JANA WULF",), None, None)),  # a wire's capitals
        (
            "Von Jana Wulf, Märkische Allgemeine, Mai 2025",
            Byline(("Jana Wulf",), "Märkische Allgemeine", "2025-05"),
        ),
        (  # a German paper's name ends in its compound's last part
            "Von Jana Wulf, Havelländer Morgenpost, 2. Dezember 2026",
            Byline(("Jana Wulf",), "Havelländer Morgenpost", "2026-12-02"),
        ),
        ("Von Jana Wulf, Uckerblatt", Byline(("Jana Wulf",), "Uckerblatt", None)),
        ("Von Jana Wulf, Die Welt, Mai 2025", Byline(("Jana Wulf",), "Die Welt", "2025-05")),
    ],
)
def test_a_byline_names_writers_outlet_and_day(line: str, expected: Byline | None) -> None:
    assert read_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By Ada Moor, Brussels",  # a place
        "By Ada Moor, Political Reporter",  # a job, though it ends like a paper's name
        "Von Jana Wulf, Korrespondentin",
        "Von Jana Wulf, Oldenburg",  # a place, no paper's ending
        "By Ada Moor in Leeds",
    ],
)
def test_places_and_jobs_are_no_outlet(line: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.outlet is None and byline.authors[0] in line


def test_an_impossible_day_is_no_date_and_a_sentence_is_no_byline() -> None:
    byline = read_byline("By Ada Moor, 31 February 2026")
    assert byline is not None and byline.published is None
    assert read_byline("By the end of the year, prices rose.") is None
    assert read_byline("Von der Leyen sagte, sie komme.") is None


ARTICLE = """\
Ferry fares rise again

By Ada Moor, Harbour Gazette, 3 December 2026

The ferry company raised its fares by 8 percent on Monday, the second rise this year.

"We had no choice," said Tom Berg, the company's finance director.
"""


def test_the_draft_keeps_the_byline_on_its_article_source() -> None:
    briefing = draft_briefing(ArticleText(text=ARTICLE, origin="ferry.txt"))
    article = briefing.sources[0]
    assert briefing.published == article.published == "2026-12-03"
    assert (article.author, article.outlet) == ("Ada Moor", "Harbour Gazette")
    assert all("harbour" not in s for c in briefing.claims for s in c.sources)
    assert "- Article: Harbour Gazette, 3 December 2026" in export_briefing(briefing, "markdown")
    # what the file itself says about the article comes first
    told = ArticleText(text=ARTICLE, origin="f.txt", published="2026-12-04", author="A. Moor")
    given = draft_briefing(told).sources[0]
    assert (given.published, given.author) == ("2026-12-04", "A. Moor")


def test_the_bylines_writers_are_actors_of_the_article() -> None:
    """Who wrote the article is one of its actors (the corpus lists them), said to come
    from the byline, and a later mention of the surname is that person."""
    text = ARTICLE.replace("By Ada Moor,", "By Ada Moor and Li Wei,") + (
        "\nMoor has covered the ferry line since 2019.\n"
    )
    briefing = draft_briefing(ArticleText(text=text, origin="ferry.txt"))
    writers = {a.name: a for a in briefing.actors if a.name in ("Ada Moor", "Li Wei")}
    assert set(writers) == {"Ada Moor", "Li Wei"}
    assert all(a.kind.value == "person" for a in writers.values())
    assert (writers["Li Wei"].note or "").startswith("Draft: found in the byline")
    assert not any(a.name == "Moor" for a in briefing.actors)
