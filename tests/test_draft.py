"""Drafting a briefing from short German and English texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.draft.build import draft_briefing, slugify
from tui.draft.figures import find_figures
from tui.draft.output import dump_briefing
from tui.draft.paragraphs import split_blocks
from tui.draft.sentences import split_sentences
from tui.draft.source import ArticleText
from tui.loader import load_briefing
from tui.model import Briefing

GERMAN = """\
date 2024-05 Die Regierung in Moskau hat am Montag ein neues Abkommen mit Nordkorea unterzeichnet. Das meldete der Kreml am Abend.

Kreml setzt auf Asien

Dazu wird vermutet, dass nordkoreanische Soldaten an die Front geschickt werden. Im Gegenzug könnte Nordkorea sieben bis zehn Divisionen stellen. Eine Division besteht aus rund 10.000 bis 30.000 Soldaten.

„Wir werden uns an keinem neuen Block beteiligen, das liegt nicht in unserem Interesse“, sagte Außenministerin Anna Berger gegenüber „Radio Nord“. Schon 1961 schloss der Machthaber Kim Il Sung ein Bündnis mit der Sowjetunion.

Die Nachbarländer werden sich wohl nicht auf eine Allianz einlassen. Wie realistisch ist das?
"""

ENGLISH = """\
Talks in the Capital

The European Union and the United States agreed on new sanctions on Tuesday. Officials in Washington said the measures take effect at once.

Between 5,000 and 8,000 troops could be moved to the border, according to Defence Minister John Carter. "We are ready to act if the situation demands it," Carter told reporters.

Dr. Smith of the institute believes the plan will fail within about three months. The alliance was founded in 1949 and once again faces a test.
"""


def _draft(text: str, language: str = "auto") -> Briefing:
    return draft_briefing(ArticleText(text=text, origin="test.txt"), language=language)


def _round_trip(briefing: Briefing, tmp_path: Path) -> Briefing:
    path = tmp_path / "draft.yaml"
    path.write_text(dump_briefing(briefing, path), encoding="utf-8")
    return load_briefing(path)


def test_paragraphs_skip_headings_and_dateline() -> None:
    layout = split_blocks(GERMAN)
    assert layout.dateline == "2024-05"
    assert [b.text for b in layout.headings] == [
        "Kreml setzt auf Asien",
        "Wie realistisch ist das?",
    ] or [b.text for b in layout.headings] == ["Kreml setzt auf Asien"]
    numbers = [b.number for b in layout.paragraphs]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 4
    assert layout.paragraphs[0].text.startswith("Die Regierung in Moskau")


def test_sentences_keep_abbreviations_and_offsets() -> None:
    paragraph = "Dr. Smith kam z. B. am 3. Mai nach Berlin. Er blieb zwei Tage."
    sentences = split_sentences(paragraph, "de")
    assert [s.text for s in sentences] == [
        "Dr. Smith kam z. B. am 3. Mai nach Berlin.",
        "Er blieb zwei Tage.",
    ]
    for sentence in sentences:
        assert paragraph[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("könnte sieben bis zehn Divisionen schicken", "de", (None, 7, 10, "Divisionen", False)),
        ("aus rund 10.000 bis 30.000 Soldaten", "de", (None, 10_000, 30_000, "Soldaten", True)),
        ("bis zu 3 Millionen Menschen", "de", (3_000_000, None, None, "Menschen", True)),
        ("zwischen 5 und 8 Panzer", "de", (None, 5, 8, "Panzer", False)),
        ("between 5,000 and 8,000 troops", "en", (None, 5000, 8000, "troops", False)),
        ("about 2.5 million people", "en", (2_500_000, None, None, "people", True)),
        ("up to 40 percent", "en", (40, None, None, "percent", True)),
    ],
)
def test_figures(text: str, language: str, expected: tuple[object, ...]) -> None:
    (figure,) = find_figures(text, language)
    assert (figure.value, figure.low, figure.high, figure.unit, figure.approximate) == expected


def test_years_and_articles_are_not_figures() -> None:
    assert find_figures("Schon 1961 schloss er ein Bündnis mit einer Macht.", "de") == []
    assert find_figures("In 1949 one alliance was founded.", "en") == []


def test_slugify() -> None:
    assert slugify("Putins „Anti-NATO“: Größe & Straße") == "putins-anti-nato-groesse-strasse"
    assert slugify("Förderung empört Bürger") == "foerderung-empoert-buerger"
    assert slugify("Mélenchon à Montréal") == "melenchon-a-montreal"
    assert slugify("Fo\u0308rderung") == "foerderung"  # a decomposed umlaut too
    assert slugify("…") == "draft"


def test_german_draft(tmp_path: Path) -> None:
    briefing = _round_trip(_draft(GERMAN), tmp_path)
    assert briefing.language == "de" and briefing.published == "2024-05"
    assert briefing.sources[0].id == briefing.article == "article"
    actors = {a.id: a for a in briefing.actors}
    russia = actors["russia"]
    assert {"Moskau", "Kreml"} <= {a.name for a in russia.aliases}
    assert "north-korea" in actors and "soviet-union" in actors
    kim = actors["kim-il-sung"]
    assert any(a.name == "Machthaber" and a.loaded for a in kim.aliases)
    assert "anna-berger" in actors and actors["radio-nord"].kind.value == "media"
    assert all(a.note and a.note.startswith("Draft:") for a in briefing.actors)

    claims = briefing.claims
    assert all(
        c.status.value == "unverified" and c.note and c.note.startswith("Draft:") for c in claims
    )
    assert not any(c.statement.endswith("?") for c in claims)
    by_start = {c.statement.split()[0]: c for c in claims}
    assert (
        by_start["Dazu"].kind.value == "speculation" and "wird vermutet" in by_start["Dazu"].hedges
    )
    assert by_start["Dazu"].paragraph == 2
    divisions = by_start["Im"]
    assert divisions.figures[0].low == 7 and divisions.figures[0].high == 10
    assert by_start["Eine"].kind.value == "background"
    assert by_start["Eine"].figures[0].approximate
    assert by_start["Schon"].kind.value == "historical"
    government = next(c for c in claims if c.statement.startswith("Die Regierung"))
    assert government.kind.value == "reported" and government.paragraph == 1
    neighbours = next(c for c in claims if c.statement.startswith("Die Nachbarländer"))
    assert neighbours.kind.value == "forecast" and "wohl" in neighbours.hedges
    assert "north-korea" in divisions.actors

    (quote,) = briefing.quotes
    assert quote.text.startswith("Wir werden uns an keinem neuen Block")
    assert quote.speaker == "anna-berger" and quote.role == "Außenministerin"
    assert quote.outlet == "radio-nord" and quote.paragraph == 3
    assert quote.note and quote.note.startswith("Draft:")
    quoted = next(c for c in claims if c.id in quote.claims)
    assert quoted.kind.value == "opinion" and quoted.attributed_to == "anna-berger"


def test_english_draft(tmp_path: Path) -> None:
    briefing = _round_trip(_draft(ENGLISH), tmp_path)
    assert briefing.language == "en" and briefing.title == "Talks in the Capital"
    actors = {a.id: a for a in briefing.actors}
    assert {"eu", "united-states", "john-carter"} <= set(actors)
    assert "Washington" in {a.name for a in actors["united-states"].aliases}
    assert actors["john-carter"].role == "Defence Minister"
    claims = {c.statement.split()[0]: c for c in briefing.claims}
    troops = claims["Between"]
    assert troops.figures[0].low == 5000 and troops.figures[0].high == 8000
    assert "according to" in troops.hedges and "could" in troops.hedges
    assert claims["Dr."].kind.value == "forecast"
    agreed = next(c for c in briefing.claims if c.statement.startswith("The European Union"))
    assert agreed.kind.value == "reported"
    founded = next(c for c in briefing.claims if "1949" in c.statement)
    assert founded.kind.value == "historical"
    (quote,) = briefing.quotes
    assert quote.speaker == "john-carter" and quote.text.startswith("We are ready to act")


def test_language_is_forced(tmp_path: Path) -> None:
    briefing = _draft(ENGLISH, language="de")
    assert briefing.language == "de"
    _round_trip(briefing, tmp_path)


def test_yaml_first_line_points_at_schema(tmp_path: Path) -> None:
    folder = Path(__file__).resolve().parents[1] / "briefings"
    text = dump_briefing(_draft(ENGLISH), folder / "x.yaml")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../schema/briefing.schema.json"
    outside = dump_briefing(_draft(ENGLISH), tmp_path / "x.yaml")
    # never an absolute file:// path, which breaks when the draft is shared
    assert outside.splitlines()[0] == "# yaml-language-server: $schema=briefing.schema.json"
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "briefing.schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    nested = dump_briefing(_draft(ENGLISH), tmp_path / "drafts" / "x.yaml")
    assert (
        nested.splitlines()[0] == "# yaml-language-server: $schema=../schema/briefing.schema.json"
    )
