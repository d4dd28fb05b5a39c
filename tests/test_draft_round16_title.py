"""A draft's title, round sixteen: a long headline is the title whole, with no "…"
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
