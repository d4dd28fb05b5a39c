"""Classes of figure that drafting misread before round six, each with sentences
written for these tests in both languages (events and numbers invented): ranges whose
scale is written once after the high end, vague plurals of a scale that name what they
count after a second "of", German number words in the genitive, amounts given by their
number of digits, capitalised plural nouns in English, multipliers written as numbers
(a verb of doubling is none), fractions over a slash, and a stress test that text dense
with such figures stays linear in time."""

from __future__ import annotations

import time

import pytest
from draft_helpers import Reading
from draft_helpers import read_figures as _read

from tui.draft.figures import find_figures

# --- a range whose scale follows only the high end shares it with the low end ----------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "The brewer now expects revenue of $4.10 to $4.25 billion for the year.",
            "en",
            [((4.10e9, 4.25e9), "dollars")],
        ),
        (
            "Repairs to the bridge could cost 30 to 45 million pounds, engineers said.",
            "en",
            [((30e6, 45e6), "pounds")],
        ),
        (
            "Der Verband rechnet mit Schäden von 3 bis 5 Milliarden Euro.",
            "de",
            [((3e9, 5e9), "Euro")],
        ),
        (
            "Die Stadt will zwischen 12 und 15 Millionen Euro in die Schulen stecken.",
            "de",
            [((12e6, 15e6), "Euro")],
        ),
    ],
)
def test_a_scale_after_the_high_end_scales_the_low_end(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


def test_a_low_end_larger_than_the_high_ends_bare_number_keeps_its_value() -> None:
    """ "from 400 to 1.5 million" is a change from four hundred, not from 400 million."""
    readings = _read("Subscribers rose from 400 to 1.5 million viewers in a year.", "en")
    assert all(value != 400e6 for value, _unit in readings)
    assert (1.5e6, "viewers") in readings


# --- "tens of", "hundreds of" a scale "of" something ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The drought may cost growers tens of millions of dollars this summer.",
            [((20e6, 99e6), "dollars")],
        ),
        (
            "Tens of thousands of fans lined the route of the parade.",
            [((20e3, 99_999), "fans")],  # to 99,999, as the corpus README has it
        ),
        (
            "Insurers face claims running to hundreds of millions of pounds.",
            [((200e6, 999e6), "pounds")],
        ),
    ],
)
def test_a_vague_plural_of_a_scale_counts_the_noun_after_the_second_of(
    sentence: str, expected: list[Reading]
) -> None:
    assert _read(sentence, "en") == expected


def test_tens_alone_is_no_count() -> None:
    """Without "of" after it, "tens" is not a vague count ("in tens and units")."""
    assert _read("The children counted in tens and then in units.", "en") == []


# --- German number words in the genitive -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Läufer wurde wegen zweier Fehlstarts disqualifiziert.", [(2, "Fehlstarts")]),
        ("Sie wurde wegen dreier Diebstähle verurteilt.", [(3, "Diebstähle")]),
    ],
)
def test_a_german_number_in_the_genitive_counts(sentence: str, expected: list[Reading]) -> None:
    assert _read(sentence, "de") == expected


# --- an amount given by its number of digits ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Die Täter erbeuteten eine fünfstellige Summe.", "de", [((1e4, 99_999), "Summe")]),
        (
            "Der Verein soll einen siebenstelligen Betrag überwiesen haben.",
            "de",
            [((1e6, 9_999_999), "Betrag")],
        ),
        (
            "The singer signed a seven-figure deal with the label.",
            "en",
            [((1e6, 9_999_999), "deal")],
        ),
        ("Each partner takes home a six-figure salary.", "en", [((1e5, 999_999), "salary")]),
    ],
)
def test_a_number_of_digits_gives_a_range(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


# --- a multiplier written as a number is a figure; a verb of change is not -----------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The new ward treats three times as many patients as the old one.", "en", [(3, "times")]),
        ("Rents in the centre are now five times higher than in 1990.", "en", [(5, "times")]),
        ("Die Miete ist heute vier Mal so hoch wie damals.", "de", [(4, "Mal")]),
    ],
)
def test_a_multiplier_written_as_a_number_is_a_figure(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The number of cyclists doubled within a year.", "en"),
        ("Der Verein will seine Mitgliederzahl bis 2030 verdoppeln.", "de"),
    ],
)
def test_a_verb_of_doubling_is_no_figure(sentence: str, language: str) -> None:
    """The gold counts no "verdoppeln": a change named by a verb has no number."""
    assert _read(sentence, language) == []


# --- a fraction over a slash, and the second half of a pair -------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Der Schweizer lag am Ende 8/100 Sekunden zurück.", "de", [(0.08, "Sekunden")]),
        ("Ihr fehlten nur 3/10 Sekunden zum Rekord.", "de", [(0.3, "Sekunden")]),
        ("The Norwegian won by 15/100 seconds.", "en", [(0.15, "seconds")]),
    ],
)
def test_a_number_over_ten_or_a_hundred_is_one_fraction(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


def test_the_second_half_of_a_slash_pair_is_no_count() -> None:
    assert _read("The hotline now runs 24/7 shifts for callers.", "en") == []


# --- a capitalised English plural noun counted by a number -------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The assembly approved six Bills before the recess.", [(6, "Bills")]),
        ("Two Republicans crossed the aisle — a rare event.", [(2, "Republicans")]),
    ],
)
def test_a_capitalised_plural_noun_is_the_unit(sentence: str, expected: list[Reading]) -> None:
    assert _read(sentence, "en") == expected


def test_a_capitalised_word_before_a_noun_still_describes_it() -> None:
    readings = _read("The ministry sent 40 Leopard tanks and 12 Hungarian observers.", "en")
    assert readings == [(40, "tanks"), (12, "observers")]


# --- stress: the new readings stay linear in time ------------------------------------


def _cpu(text: str, language: str) -> float:
    began = time.process_time()
    find_figures(text, language)
    return time.process_time() - began


def test_ranges_and_vague_scales_stay_linear_in_time() -> None:
    def sentence(count: int) -> str:
        parts = (
            f"{k + 2} to {k + 3} billion dollars, tens of millions of dollars, a six-figure fee "
            f"and {k + 1}/100 seconds"
            for k in range(count)
        )
        return "Costs were " + ", ".join(parts) + "."

    _cpu(sentence(5), "en")
    small = min(_cpu(sentence(40), "en") for _ in range(3))
    large = min(_cpu(sentence(400), "en") for _ in range(3))
    assert len(find_figures(sentence(40), "en")) == 160
    assert large <= 10 * small * 2.5 + 0.05
