"""Figures a new user's draft got wrong: number words from thirteen to nineteen and the
tens above twenty (a range of them was read as its upper end alone), and English
compounds of a number and a spelled-out scale ("a 40-million-euro contract"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tui.draft.figures import find_figures


def shapes(
    sentence: str, language: str
) -> list[tuple[float | None, float | None, float | None, str]]:
    return [(f.value, f.low, f.high, f.unit) for f in find_figures(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The lease runs for fifteen to twenty years.", "en", (None, 15.0, 20.0, "years")),
        ("Sixty volunteers cleaned the beach.", "en", (60.0, None, None, "volunteers")),
        ("Between thirteen and nineteen pupils took part.", "en", (None, 13.0, 19.0, "pupils")),
        ("Der Umbau dauert sechzehn bis achtzehn Monate.", "de", (None, 16.0, 18.0, "Monate")),
        ("Rund siebzig Helfer waren im Einsatz.", "de", (70.0, None, None, "Helfer")),
    ],
)
def test_number_words_of_every_size_make_figures(sentence, language, expected):
    assert expected in shapes(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The port signed a 40-million-euro contract with the yard.", (40e6, "euros")),
        ("The council approved a $3-billion budget on Monday.", (3e9, "dollars")),
        ("A 12-million-pound grant will pay for the new roof.", (12e6, "pounds")),
        ("It is a 5-million project, the mayor said.", (5e6, "project")),
    ],
)
def test_a_compound_with_a_spelled_out_scale_is_the_whole_amount(sentence, expected):
    value, unit = expected
    assert (value, None, None, unit) in shapes(sentence, "en")


def test_a_short_unit_after_a_hyphen_is_no_scale():
    """ "100-m" is metres and "5-k" a distance: only spelled-out scales multiply."""
    assert all(f.value != 100e6 for f in find_figures("She won the 100-m sprint.", "en"))
    assert all(f.value != 5e3 for f in find_figures("They ran a 5-k race.", "en"))
