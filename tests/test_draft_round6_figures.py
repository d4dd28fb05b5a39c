"""Classes of figure that drafting misread before round six, each with sentences
written for these tests in both languages (events and numbers invented): ranges whose
scale is written once after the high end, vague plurals of a scale that name what they
count after a second "of", German number words in the genitive, and a stress test that
text dense with such figures stays linear in time."""

from __future__ import annotations

import time

import pytest

from tui.draft.figures import FigureDraft, find_figures

Reading = tuple[float | tuple[float, float], str]


def _read(sentence: str, language: str) -> list[Reading]:
    """Each figure as its value (or low and high) and its unit."""
    return [_reading(f) for f in find_figures(sentence, language)]


def _reading(figure: FigureDraft) -> Reading:
    if figure.value is not None:
        return figure.value, figure.unit
    assert figure.low is not None and figure.high is not None
    return (figure.low, figure.high), figure.unit


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
            [((20e3, 99e3), "fans")],
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


# --- stress: the new readings stay linear in time ------------------------------------


def _cpu(text: str, language: str) -> float:
    began = time.process_time()
    find_figures(text, language)
    return time.process_time() - began


def test_ranges_and_vague_scales_stay_linear_in_time() -> None:
    def sentence(count: int) -> str:
        parts = (
            f"{k + 2} to {k + 3} billion dollars, tens of millions of dollars" for k in range(count)
        )
        return "Costs were " + ", ".join(parts) + "."

    _cpu(sentence(5), "en")
    small = min(_cpu(sentence(40), "en") for _ in range(3))
    large = min(_cpu(sentence(400), "en") for _ in range(3))
    assert len(find_figures(sentence(40), "en")) == 80
    assert large <= 10 * small * 2.5 + 0.05
