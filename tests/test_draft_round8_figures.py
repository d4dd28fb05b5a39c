"""Figures: a minus sign written onto a number, and "p.m." as a clock time.

The sentences are written for these tests. A dash that stands on its own before a number
with a space before it is a sign ("fell to -4.2 per cent"); a dash between two numbers is
a range or a score, and a hyphen inside a compound is neither. "a.m." always stopped at
the article "a"; "p.m." read as the unit "p".
"""

from __future__ import annotations

import pytest

from tui.draft.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "language", "values"),
    [
        ("Exports slipped to -4.2 per cent in the spring.", "en", [-4.2]),
        ("Margins went from -1.5 percent to 2 percent.", "en", [-1.5, 2.0]),
        ("Nachts fielen die Werte auf -7 Grad.", "de", [-7.0]),
        ("Der Umsatz lag bei -2,5 Prozent.", "de", [-2.5]),
    ],
)
def test_a_dash_written_onto_a_number_is_its_sign(
    sentence: str, language: str, values: list[float]
) -> None:
    assert [f.value for f in find_figures(sentence, language)] == values


@pytest.mark.parametrize(
    ("sentence", "language", "low", "high"),
    [
        ("Between 3-4 boats were towed away.", "en", 3.0, 4.0),
        ("Es kamen 20 - 30 Gäste zum Empfang.", "de", 20.0, 30.0),
    ],
)
def test_a_dash_between_two_numbers_stays_a_range(
    sentence: str, language: str, low: float, high: float
) -> None:
    (figure,) = find_figures(sentence, language)
    assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "The hearing resumes at 2 p.m. on Thursday.",
        "Doors close at 11 p.m.",
        "The ferry left at 6 a.m. with nobody aboard.",
    ],
)
def test_a_clock_time_with_am_or_pm_is_no_figure(sentence: str) -> None:
    assert find_figures(sentence, "en") == []
