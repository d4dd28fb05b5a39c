"""Figures, round eighteen: place adjectives before the unit, shared scales.

The sentences are written for these tests. A capitalised place adjective in "-er"
("Stuttgarter", "Kölner") describes the noun after it, which is the unit. Two numbers joined by "und", "beziehungsweise" or
"bzw." share the second's scale word as they share its unit.
"""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.figures import find_figures

Reading = tuple[float | None, str]


def _read(sentence: str, language: str = "de") -> list[Reading]:
    return [(f.value, f.unit) for f in find_figures(sentence, language)]


# --- a place adjective describes the noun after it --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        (
            "Bis 2030 sollen alle 250 000 Leipziger Haushalte Ökostrom beziehen.",
            250_000,
            "Haushalte",
        ),
        ("Zum Spiel reisten 3000 Kölner Fans an.", 3000, "Fans"),
        ("Der Versorger beliefert 8000 Bremer Betriebe.", 8000, "Betriebe"),
        ("Die Kette schließt 12 Münchner Filialen.", 12, "Filialen"),
    ],
)
def test_a_place_adjective_is_skipped_for_the_noun(sentence: str, value: float, unit: str) -> None:
    assert _read(sentence) == [(value, unit)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Die Helfer füllten 40 Liter Wasser ab.", 40, "Liter"),
        ("Die Schule sucht 15 Lehrer für den Herbst.", 15, "Lehrer"),
        ("Der Zaun ist 200 Meter lang.", 200, "Meter"),
    ],
)
def test_a_noun_in_er_stays_the_unit(sentence: str, value: float, unit: str) -> None:
    assert _read(sentence) == [(value, unit)]


# --- two numbers share the second's scale ----------------------------------------------


def test_respectively_shares_the_scale_word() -> None:
    sentence = "Umsatz und Auftragsbestand stiegen auf 4,2 beziehungsweise 11,7 Milliarden Euro."
    assert _read(sentence) == [(4_200_000_000, "Euro"), (11_700_000_000, "Euro")]


def test_bzw_shares_the_unit() -> None:
    assert _read("Die Karten kosten 12 bzw. 18 Euro.") == [(12, "Euro"), (18, "Euro")]


def test_and_shares_the_scale_word() -> None:
    sentence = "Die Zahl der Gäste stieg von 1,5 auf 2,1 Millionen Menschen."
    assert _read(sentence) == [(1_500_000, "Menschen"), (2_100_000, "Menschen")]


# --- a day before a month's name is a date ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Fuel prices rose 2% in the eight weeks to 14 March.",
        "Ticket sales fell in the month to 30 September.",
    ],
)
def test_a_day_before_a_month_is_no_count(sentence: str) -> None:
    assert all(f.text not in ("14", "30") for f in find_figures(sentence, "en"))


def test_the_span_before_the_date_is_still_counted() -> None:
    figures = _read("Fuel prices rose 2% in the eight weeks to 14 March.", "en")
    assert (8, "weeks") in figures
    assert (14, "weeks") not in figures


# --- a noun in "-s" before a plural modifies it ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Doctors have logged 53 mumps cases this spring.", 53, "cases"),
        ("The board dealt with 1,200 gas leaks last year.", 1200, "leaks"),
        ("The site published 15 news stories a day.", 15, "stories"),
    ],
)
def test_the_plural_after_a_noun_in_s_is_the_unit(sentence: str, value: float, unit: str) -> None:
    assert (value, unit) in _read(sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("About 300 workers walked out.", 300, "workers"),
        ("Inspectors found 40 leaks of gas, engineers said.", 40, "leaks"),
        ("The archive holds 12 series of photographs.", 12, "series"),
    ],
)
def test_a_plural_in_s_stays_the_unit(sentence: str, value: float, unit: str) -> None:
    assert (value, unit) in _read(sentence, "en")


# --- a German perfect of level: the participle closes the clause -----------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        (
            "Nach Angaben der Stadt ist die Zahl der Mitglieder zuletzt auf 640 gewachsen.",
            640,
            "Mitglieder",
        ),
        (
            "Wie die Klinik mitteilt, ist die Zahl der Erkrankten inzwischen auf 19 gestiegen.",
            19,
            "Erkrankte",
        ),
        ("Die Zahl der Arbeitslosen ist im März auf 3.100 gesunken.", 3100, "Arbeitslose"),
    ],
)
def test_a_perfect_of_level_measures_its_subject(sentence: str, value: float, unit: str) -> None:
    assert _read(sentence) == [(value, unit)]


def test_the_number_of_an_adjective_noun_is_named_as_counted() -> None:
    assert _read("Die Zahl der Verletzten stieg auf 14.") == [(14, "Verletzte")]


# --- a rough word before the article "ein" sizes only a measure -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Lastwagen ist nur knapp einem Zusammenstoß mit dem Bus entgangen.",
        "Die Radfahrerin entkam knapp einer Kollision.",
    ],
)
def test_narrowly_before_an_article_is_no_hedge_and_no_figure(sentence: str) -> None:
    assert find_cues(sentence, language="de") == ()
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cue", "value", "unit"),
    [
        ("Die Sanierung dauerte knapp ein Jahr.", "knapp ein", 1, "Jahr"),
        ("Der Verein erhält rund eine Million Euro.", "rund eine", 1_000_000, "Euro"),
        ("Die Sperrung gilt für gut einen Monat.", "gut einen", 1, "Monat"),
    ],
)
def test_a_rough_word_before_one_measure_is_still_a_hedge(
    sentence: str, cue: str, value: float, unit: str
) -> None:
    assert [hit.text for hit in find_cues(sentence, language="de")] == [cue]
    assert _read(sentence) == [(value, unit)]


# --- a value on a named scale is a figure ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "reading"),
    [
        ("Der Wetterdienst erwartet Böen mit einer Windstärke 9 an der Küste.", "de",
         (9, None, None, "Windstärke")),
        ("Auf den Inseln sind Sturmböen der Stärke 8 bis 9 möglich.", "de",
         (None, 8, 9, "Stärke")),
        ("A magnitude 5.4 earthquake shook the valley on Monday.", "en",
         (5.4, None, None, "magnitude")),
    ],
)  # fmt: skip
def test_a_value_on_a_named_scale_is_a_figure(
    sentence: str, language: str, reading: tuple[float | None, float | None, float | None, str]
) -> None:
    figures = find_figures(sentence, language)
    assert [(f.value, f.low, f.high, f.unit) for f in figures] == [reading]


def test_a_label_before_a_number_stays_no_figure() -> None:
    assert _read("Der Verein steht auf Platz 2 der Tabelle.") == []


# --- a bare number per a base counts what was counted before it ------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "value", "unit"),
    [
        (
            "Für drei Gruppen meldeten sich 75 Kinder an \N{EN DASH} das wären 25 pro Gruppe.",
            "de",
            25,
            "Kinder",
        ),
        ("The market sold 2,400 tickets over six days, or 400 per day.", "en", 400, "tickets"),
    ],
)
def test_a_rate_counts_the_thing_counted_before(
    sentence: str, language: str, value: float, unit: str
) -> None:
    assert (value, unit) in _read(sentence, language)


def test_a_rate_with_nothing_counted_before_has_no_figure() -> None:
    assert _read("Er fuhr 120 pro Stunde.") == []


# --- a measure named by two words ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The comet is roughly 40 light years from the Sun.", 40, "light years"),
        ("The new wing adds 1,500 square metres of gallery space.", 1500, "square metres"),
        ("Crews pumped 9,000 cubic metres of water out of the mine.", 9000, "cubic metres"),
        ("The yacht was found 60 nautical miles off the coast.", 60, "nautical miles"),
    ],
)
def test_a_two_word_measure_is_the_unit(sentence: str, value: float, unit: str) -> None:
    assert _read(sentence, "en") == [(value, unit)]


def test_a_span_of_years_keeps_its_unit() -> None:
    assert _read("The mill ran for 40 years.", "en") == [(40, "years")]
