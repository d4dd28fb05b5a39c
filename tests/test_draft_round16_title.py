"""A draft's title and date, round sixteen: a long headline is the title whole, with no "…"
written into the briefing; a first paragraph of sentences is still cut at its first.

The texts are written for these tests.
"""

from __future__ import annotations

from tui.draft.build import draft_briefing
from tui.draft.source import ArticleText


def _title(text: str) -> str:
    return draft_briefing(ArticleText(text=text, origin="article.txt")).title


def test_a_long_headline_is_the_title_whole() -> None:
    headline = (
        "Fähre zwischen Kiel und Oslo fällt aus: Reederei nennt technische Probleme \N{EN DASH} "
        "Fahrgastverband spricht von einem Chaos ohne Ende für Hunderte Reisende"
    )
    assert len(headline) > 80
    text = f"{headline}\n\nDie Fähre fährt nicht. Das sagte die Reederei am Montag in Kiel.\n"
    assert _title(text) == headline


def test_an_english_headline_is_the_title_whole() -> None:
    headline = (
        "Harbour ferry cancelled for a week as operator blames engine fault and "
        "passengers' group calls the service a shambles"
    )
    text = f"{headline}\n\nThe ferry will not sail, the operator said on Monday.\n"
    assert _title(text) == headline


def test_a_paragraph_of_sentences_gives_its_first_sentence_cut() -> None:
    text = (
        "Die Reederei hat die Fähre zwischen Kiel und Oslo für eine ganze Woche aus dem"
        " Fahrplan genommen, sagte eine Sprecherin am Montag. Mehr folgt.\n"
    )
    title = _title(text)
    assert title.endswith(" …")
    assert len(title) <= 82


# --- the article's date from its lead -----------------------------------------------------


def _dated(text: str) -> tuple[str | None, str]:
    draft = draft_briefing(ArticleText(text=text, origin="article.txt"))
    return draft.published, draft.sources[0].description or ""


def test_a_lead_with_a_weekday_and_a_date_dates_the_article() -> None:
    published, description = _dated(
        "Halle geschlossen\n\nDie Sporthalle ist seit Montag, 7. Dezember 2026, geschlossen,"
        " sagte ein Sprecher der Stadt.\n"
    )
    assert published == "2026-12-07"
    assert "read from the article's opening lines: check it" in description


def test_an_english_lead_dates_the_article() -> None:
    published, _description = _dated(
        "Pool shut\n\nThe pool closed on Friday, November 6, 2026, the council said.\n"
    )
    assert published == "2026-11-06"


def test_a_date_with_no_weekday_or_two_dates_give_no_date() -> None:
    bare, description = _dated(
        "Pool shut\n\nThe pool, opened on 4 May 1998, closed on 3 December 2026.\n"
    )
    assert bare is None
    assert "opening lines" not in description
    two, _description = _dated(
        "Trial\n\nThe trial opens on Monday, March 1, 2027 and ends on Friday, March 5, 2027.\n"
    )
    assert two is None


def test_a_byline_date_wins_over_the_lead() -> None:
    published, _description = _dated(
        "By Jo Lee, The Harbour Times, 2 December 2026\n\nPool shut\n\n"
        "The pool closed on Friday, November 6, 2026, the council said.\n"
    )
    assert published == "2026-12-02"


def test_a_weekday_that_does_not_fit_the_date_gives_no_date() -> None:
    # 3 December 2026 is a Thursday: "Dienstag" and the date disagree, either may be wrong
    published, description = _dated(
        "Halle geschlossen\n\nDie Halle ist seit Dienstag, 3. Dezember 2026, geschlossen.\n"
    )
    assert published is None
    assert "opening lines" not in description
