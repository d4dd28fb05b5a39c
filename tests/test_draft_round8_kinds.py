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


@pytest.mark.parametrize(
    "sentence",
    [
        "A farming leader who took no part in the talks called the deal hasty and thin.",
        'The union called the offer "an insult to every nurse".',
        "She called the new rules unfair to small farms.",
    ],
)
def test_calling_a_thing_something_is_a_view(sentence: str) -> None:
    assert _kind(sentence, "en") == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Neighbours called the police shortly after midnight.",
        "The chair called the meeting off after an hour.",
    ],
)
def test_calling_someone_or_calling_off_is_no_view(sentence: str) -> None:
    assert _kind(sentence, "en") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "In Wien wies ein Sprecher des Ministeriums die Kritik zurück.",
        "Der Vorschlag sorgte im Stadtrat für Unmut und scharfe Kritik.",
        "Die Entscheidung stieß bei den Anwohnern auf Kritik.",
    ],
)
def test_criticism_rejected_or_met_is_reported(sentence: str) -> None:
    assert _kind(sentence, "de") == "reported"


def test_criticism_voiced_stays_a_view() -> None:
    assert _kind("Kritik kam vom Bund der Steuerzahler.", "de") == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The club, promoted in 1994, bid for the stadium once before, in 2018, but lost.", "en"),
        ("Der Verein bewarb sich schon einmal, im Jahr 2017, um die Spiele.", "de"),
    ],
)
def test_a_date_set_off_by_commas_dates_the_main_clause(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "historical"


def test_a_year_in_a_real_side_clause_is_no_history() -> None:
    sentence = "The bridge, which opened in 2015, carries 40,000 cars a day."
    assert _kind(sentence, "en") != "historical"


@pytest.mark.parametrize(
    "quote",
    [
        "“The two men will be taken to the state unit for questioning.”",
        '"All three boats will be inspected before they leave the harbour."',
    ],
)
def test_a_quoted_step_in_the_passive_future_is_reported(quote: str) -> None:
    assert _kind(quote, "en", [quote]) == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Parents wrote to the council about the school's plan to close the library.",
        "Residents object to the plan to build a car park.",
    ],
)
def test_a_plan_as_a_noun_does_not_look_ahead(sentence: str) -> None:
    assert _kind(sentence, "en") != "forecast"


def test_a_plan_as_a_verb_looks_ahead() -> None:
    assert _kind("The council plans to close the library.", "en") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "An alleged bomb threat emptied the station on Monday.",
        "The union told members about the potential closure of the plant.",
        "Parents heard about the school potentially merging with its neighbour.",
    ],
)
def test_a_hedge_on_one_noun_leaves_the_report(sentence: str) -> None:
    assert _kind(sentence, "en") == "reported"


def test_a_hedge_on_the_statement_still_doubts_it() -> None:
    assert _kind("The fire was potentially started by a cigarette.", "en") == "speculation"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The coach stays in charge despite reports that he could be sacked soon.", "en"),
        ("Groß ist bei vielen die Sorge, dass der Betrieb schließen könnte.", "de"),
        ("The bill passed despite concerns that it might raise rents.", "en"),
    ],
)
def test_a_doubt_inside_what_was_feared_or_heard_leaves_the_main_clause(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) not in ("speculation", "forecast")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Trainer sagte, er sehe keinen Grund, die Aufstellung zu ändern.", "de"),
        ("Für Panik gebe es derzeit keinen Anlass, erklärte das Amt.", "de"),
        ("The mayor said she had no reason to doubt the figures.", "en"),
    ],
)
def test_judging_a_thing_unwarranted_is_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Firma nannte keinen Grund für die Schließung.", "de"),
        ("The club gave no reason for the delay.", "en"),
    ],
)
def test_giving_no_reason_is_reported(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "reported"
