"""Claim kinds by class: quoted estimates of what will come, quotations framed by a verb
of predicting, and years before 1800 as history."""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.kinds import suggest_kind


def _kind(sentence: str, language: str, quotes: list[str] | None = None) -> str:
    quotes = quotes or []
    cues = find_cues(sentence, language=language)
    return suggest_kind(
        sentence, language, cues, quoted_view=bool(quotes), quotes=quotes, article_year=2026
    ).kind


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "„Auf dem Land dürfte das Pendeln deutlich teurer werden“, sagte die Sprecherin.",
            "„Auf dem Land dürfte das Pendeln deutlich teurer werden“",
        ),
        (
            "„Vor allem kleine Bäckereien dürften unter den Preisen leiden“, sagt der Verband.",
            "„Vor allem kleine Bäckereien dürften unter den Preisen leiden“",
        ),
    ],
)
def test_a_quoted_dürfte_with_a_verb_of_change_is_a_forecast(sentence: str, quote: str) -> None:
    assert _kind(sentence, "de", [quote]) == "forecast"


def test_a_quoted_dürfte_of_a_state_is_no_forecast() -> None:
    sentence = "„Das dürfte kaum ein Zufall sein“, sagte der Ermittler."
    assert _kind(sentence, "de", ["„Das dürfte kaum ein Zufall sein“"]) != "forecast"


@pytest.mark.parametrize(
    ("sentence", "quote", "language"),
    [
        (
            "„Die Anleger werden sich an höhere Zinsen gewöhnen müssen“, prognostizierte der"
            " Fondsmanager.",
            "„Die Anleger werden sich an höhere Zinsen gewöhnen müssen“",
            "de",
        ),
        (
            '"Fans will queue round the block for this one," the promoter predicted.',
            '"Fans will queue round the block for this one,"',
            "en",
        ),
    ],
)
def test_a_quotation_framed_by_predicting_is_a_forecast(
    sentence: str, quote: str, language: str
) -> None:
    assert _kind(sentence, language, [quote]) == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Erwähnt wurde die Mühle zum ersten Mal 1312.", "de"),
        ("Das Kloster wurde im Jahr 1517 gegründet.", "de"),
        ("The guild hall was first recorded in 1420.", "en"),
    ],
)
def test_a_year_before_1800_is_history(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "historical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Halle bietet Platz für 1500 Besucher.", "de"),
        ("The council counted 1200 responses to the survey.", "en"),
    ],
)
def test_a_count_in_the_same_range_is_no_year(sentence: str, language: str) -> None:
    assert _kind(sentence, language) != "historical"
