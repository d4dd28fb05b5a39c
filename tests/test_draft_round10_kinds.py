"""Claim kinds by class, round ten: the mechanisms that did not carry to unread copy
(the unseen9 set and the real set I). A statement takes the kind of what it says
(tests/data/drafting/README.md, round nine): a quoted account of what the speakers did is
reported speech, a German pluperfect that counts or measures is the run-up to the news,
a modal with a time ahead is a forecast, a plan's "soll" is one in any word order, and a
short reaction to what was just said is a view. The figures these sentences carry are
checked at the end ("tens of thousands", "compared with", "of them", "of Britain's").
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.figures import find_figures
from tui.draft.kinds import suggest_kind


def _kind(sentence: str, language: str, quotes: list[str] | None = None) -> str:
    quotes = quotes or []
    cues = find_cues(sentence, language=language)
    return suggest_kind(
        sentence, language, cues, quoted_view=bool(quotes), quotes=quotes, article_year=2026
    ).kind


# --- a quoted account of what the speakers did, knew or will not comment on ------------


@pytest.mark.parametrize(
    ("sentence", "quote", "language"),
    [
        (
            "„Wir haben die Turnhalle geräumt und die Eltern angerufen“, sagte die Rektorin.",
            "„Wir haben die Turnhalle geräumt und die Eltern angerufen“",
            "de",
        ),
        (
            "„Ich habe mich auf die Angaben des Herstellers verlassen“, sagte der Prüfer.",
            "„Ich habe mich auf die Angaben des Herstellers verlassen“",
            "de",
        ),
        (
            "„Davon wusste ich nichts“, sagte der Kassenwart.",
            "„Davon wusste ich nichts“",
            "de",
        ),
        (
            '"We have cancelled every evening class until further notice," the head said.',
            '"We have cancelled every evening class until further notice,"',
            "en",
        ),
        (
            "„Wir kommentieren keine Personalien“, sagte ein Sprecher des Vereins.",
            "„Wir kommentieren keine Personalien“",
            "de",
        ),
        (
            '"We do not comment on talk about our suppliers," a spokesman said.',
            '"We do not comment on talk about our suppliers,"',
            "en",
        ),
    ],
)
def test_a_quoted_account_or_refusal_is_reported(sentence: str, quote: str, language: str) -> None:
    assert _kind(sentence, language, [quote]) == "reported"


@pytest.mark.parametrize(
    ("sentence", "quote", "language"),
    [
        (
            "„Wir haben den Pokal geholt, und das war jede Mühe wert“, sagte die Kapitänin.",
            "„Wir haben den Pokal geholt, und das war jede Mühe wert“",
            "de",
        ),
        (
            '"We have grown faster than any rival in the region," the founder said.',
            '"We have grown faster than any rival in the region,"',
            "en",
        ),
        (
            '"We have shown that small towns can run their own buses," the mayor said.',
            '"We have shown that small towns can run their own buses,"',
            "en",
        ),
    ],
)
def test_a_quoted_account_with_a_verdict_or_comparison_stays_a_view(
    sentence: str, quote: str, language: str
) -> None:
    assert _kind(sentence, language, [quote]) == "opinion"


# --- the German pluperfect with a count or a measure -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein Sachverständiger hatte an der Kreuzung bis zu 70 Fahrzeuge pro Minute gezählt.",
        "Die Genossenschaft hatte im Frühjahr einen Gewinn von rund drei Millionen Euro gemeldet.",
        "Im Landkreis hatte es seit dem Sommer sechs Einbrüche in Vereinsheime gegeben.",
    ],
)
def test_a_pluperfect_that_counts_is_reported(sentence: str) -> None:
    assert _kind(sentence, "de") == "reported"


def test_a_pluperfect_without_a_count_stays_history() -> None:
    sentence = "Der Orden hatte das Kloster über Generationen bewirtschaftet."
    assert _kind(sentence, "de") == "historical"


# --- a modal with a time ahead ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Ein Urteil könnte bis Mitte März fallen.", "de"),
        ("Die Fähre könnte bis Anfang Mai ausfallen.", "de"),
        ("The ferry may stay in dock for another three weeks.", "en"),
        ("The museum could reopen in early June.", "en"),
    ],
)
def test_a_modal_with_a_time_ahead_is_a_forecast(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "forecast"


# --- a plan's "soll" in any word order ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Abgestimmt werden soll außerdem über einen neuen Radweg am Fluss.",
        "Zweites Thema soll die Zukunft des Hallenbads sein, das seit Jahren Verluste macht.",
        "Der Verurteilte soll außerdem in eine Therapieeinrichtung.",
    ],
)
def test_a_plans_soll_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


def test_soll_framed_by_reports_is_hearsay() -> None:
    sentence = (
        "Nach Informationen der Zeitung zögert die Trainerin noch; zwei andere Vereine "
        "sollen Interesse zeigen."
    )
    assert _kind(sentence, "de") == "speculation"


# --- a reaction to what was just said, critics, "called the X a Y" ----------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Mieterbund bezweifelt das.", "de"),
        ("Die Anwohner lehnen das ab.", "de"),
        ("Die Elternvertreter halten das für zu wenig.", "de"),
        ("Critics say the new timetable mostly helps commuters from the suburbs.", "en"),
        ("Kritiker sagen, die Reform helfe vor allem großen Betrieben.", "de"),
        ("The teachers' union called the inspection a farce.", "en"),
    ],
)
def test_a_reaction_or_criticism_is_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Critics point out that the line loses 40 trains a week to faults.", "en"),
        ("Die Stadt lehnt den Antrag bislang ab.", "de"),
        ("Weil der Fluss zu wenig Wasser führt, fahren die Schiffe mit halber Ladung.", "de"),
    ],
)
def test_a_figure_a_named_rejection_or_a_quantity_stays_reported(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) == "reported"


# --- times that are no time ahead, and penalties -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers are close to agreeing a cap on next year's cod quota, two officials said.",
        "Her second place earns her a seat at next season's final.",
        "Bei Verstößen droht dem Verein eine Geldstrafe von bis zu 20.000 Euro.",
        "Dem Trainer droht eine Sperre von drei bis sechs Monaten.",
    ],
)
def test_an_attribute_of_next_year_or_a_set_penalty_is_no_forecast(sentence: str) -> None:
    language = "de" if "droht" in sentence else "en"
    assert _kind(sentence, language) == "reported"


def test_a_threatened_danger_with_no_figure_still_looks_ahead() -> None:
    assert _kind("Im Süden droht erneut Hochwasser.", "de") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Bücherei schließt im kommenden Jahr zwei ihrer fünf Zweigstellen, wie die Stadt "
        "am Montag mitteilte.",
        "Der Hersteller stellt im nächsten Monat 40 Leute ein, teilte eine Sprecherin mit.",
    ],
)
def test_a_plan_before_a_closing_speech_frame_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


def test_a_weekday_before_a_closing_speech_frame_dates_what_was_done() -> None:
    sentence = "Der Club trennte sich am Dienstag von seinem Trainer, wie der Vorstand mitteilte."
    assert _kind(sentence, "de") == "reported"


def test_werden_with_seit_is_no_future() -> None:
    sentence = "Am Hafen werden seit drei Wochen Proben des Wassers genommen."
    assert _kind(sentence, "de") == "reported"


def test_anfordern_is_no_demand() -> None:
    sentence = "Die Streife forderte Verstärkung an, als die Menge wuchs."
    assert _kind(sentence, "de") == "reported"
    assert _kind("Die Gewerkschaft fordert zehn Prozent mehr Lohn.", "de") == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Grund für die Sperrung ist offenbar ein Riss in einem Pfeiler.",
        "Auslöser des Brandes war offenbar ein defekter Akku.",
    ],
)
def test_offenbar_naming_a_cause_is_a_guess(sentence: str) -> None:
    assert _kind(sentence, "de") == "speculation"


def test_offenbar_of_what_evidence_shows_is_a_guess_as_well() -> None:
    # settled in round eleven: "offenbar" makes speculation wherever it stands
    assert _kind("Die neue Ampel senkt offenbar die Zahl der Unfälle.", "de") == "speculation"


@pytest.mark.parametrize(
    "sentence",
    [
        "The auditor said the overspend was caused by haste rather than fraud.",
        "Residents said the noise came from lorries rather than trains.",
    ],
)
def test_a_framing_by_rather_than_is_a_view(sentence: str) -> None:
    assert _kind(sentence, "en") == "opinion"


def test_rather_than_with_a_number_stays_reported() -> None:
    sentence = "The ferry now leaves at 7 rather than 8, the operator said."
    assert _kind(sentence, "en") == "reported"


# --- figures --------------------------------------------------------------------------


def _figures(sentence: str, language: str = "en") -> list[tuple[float | None, str]]:
    return [
        (f.value if f.value is not None else f.high, f.unit)
        for f in find_figures(sentence, language)
    ]


def test_tens_of_thousands_runs_to_99999() -> None:
    found = find_figures("The closure stranded tens of thousands of commuters.", "en")
    assert [(f.low, f.high, f.unit) for f in found] == [(20_000.0, 99_999.0, "commuters")]


def test_tens_of_millions_keeps_the_sets_reading() -> None:
    found = find_figures("The scheme cost tens of millions of pounds.", "en")
    assert [(f.low, f.high) for f in found] == [(20e6, 99e6)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The library lent 4,100 books this spring, compared with 2,900 a year earlier.",
            [(4100.0, "books"), (2900.0, "books")],
        ),
        (
            "Scottish ferries were late again, with only three of them on time last week.",
            [(3.0, "ferries")],
        ),
        ("About 1,400 of Wales's village halls need a new roof.", [(1400.0, "halls")]),
        ("Some 60 of the club's members resigned.", [(60.0, "members")]),
    ],
)
def test_a_count_takes_the_noun_it_compares_with_or_is_part_of(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "quote", "language"),
    [
        (
            "Jede Broschüre endet mit einem Kasten unter der Überschrift: „Was wir noch ändern“.",
            "„Was wir noch ändern“",
            "de",
        ),
        (
            'The leaflets went out under the slogan "Buses for every village".',
            '"Buses for every village"',
            "en",
        ),
    ],
)
def test_a_quoted_heading_or_slogan_is_a_label(sentence: str, quote: str, language: str) -> None:
    assert _kind(sentence, language, [quote]) == "reported"


def test_moechte_with_an_infinitive_is_a_plan() -> None:
    sentence = "Mit den Daten möchte der Kreis prüfen, ob sich ein Radweg lohnt."
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wer kein Auto habe, komme abends nicht mehr nach Hause, sagte die Ortsvorsteherin.",
        "Der Datenschutz der Patienten müsse gewährleistet sein, sagte der Landrat.",
    ],
)
def test_a_stated_rule_or_a_reported_must_is_a_view(sentence: str) -> None:
    assert _kind(sentence, "de") == "opinion"


def test_a_plan_for_whoever_stays_a_forecast() -> None:
    sentence = "Wer später in Rente geht, soll künftig einen höheren Zuschlag bekommen."
    assert _kind(sentence, "de") == "forecast"


def test_a_year_in_parentheses_does_not_date_the_statement() -> None:
    sentence = (
        "Leeds, March 3 (Northern Wire - 3rd March, 2019) : The city council on Tuesday "
        "closed two libraries for repairs."
    )
    assert _kind(sentence, "en") == "reported"


def test_appears_split_by_an_aside_is_still_a_guess() -> None:
    sentence = (
        "The wall was found under the car park and appears, according to the dig team, to be Roman."
    )
    assert _kind(sentence, "en") == "speculation"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein Teil des Geldes dürfte aus dem Verkauf einer Immobilie stammen.",
        "Der Zeuge habe wohl mehr gewusst, sagte die Abgeordnete.",
    ],
)
def test_duerfte_or_wohl_about_how_things_stand_is_a_guess(sentence: str) -> None:
    assert _kind(sentence, "de") == "speculation"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants may apply to the new repair fund from March.",
        "Pupils can use the rebuilt sports hall from next term.",
    ],
)
def test_a_right_that_starts_ahead_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "en") == "forecast"


def test_a_modal_with_a_time_ahead_in_a_relative_clause_stays_a_guess() -> None:
    # a state of the thing named; an event ("a walkout, which could begin in May") is a
    # possible event ahead, a forecast (round sixteen)
    sentence = "The union is polling its members on a pay offer, which could be worth more by May."
    assert _kind(sentence, "en") == "speculation"
