"""Figures a new user's draft got wrong: number words from thirteen to nineteen and the
tens above twenty (a range of them was read as its upper end alone), and English
compounds of a number and a spelled-out scale ("a 40-million-euro contract"). Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from tui.draft.figures import find_figures
from tui.export import export_briefing
from tui.loader import load_briefing
from tui.model import Figure
from tui.words import figure_text

from conftest import drafted


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


@pytest.mark.parametrize(
    ("sentence", "language", "value", "bound"),
    [
        ("Fares may rise by up to 60 percent.", "en", 60.0, "up to"),
        ("At least four other ports want the same deal.", "en", 4.0, "at least"),
        ("More than 200 fans waited outside.", "en", 200.0, "more than"),
        ("Fewer than 30 seats were left.", "en", 30.0, "less than"),
        ("Mindestens zwölf Boote liefen aus.", "de", 12.0, "at least"),
        ("Bis zu 300 Gäste werden erwartet.", "de", 300.0, "up to"),
        ("Mehr als 40 Häuser wurden beschädigt.", "de", 40.0, "more than"),
    ],
)
def test_a_bound_says_which_way(sentence, language, value, bound):
    (figure,) = [f for f in find_figures(sentence, language) if f.value == value]
    assert figure.bound == bound and figure.approximate


def test_about_is_no_bound():
    (figure,) = find_figures("About 70 helpers came.", "en")
    assert figure.approximate and figure.bound is None


def test_a_bound_reads_as_its_words_and_fits_only_a_single_value():
    assert figure_text(Figure(value=60, unit="percent", approximate=True, bound="up to")) == (
        "up to 60 percent"
    )
    assert figure_text(Figure(value=60, unit="percent", approximate=True)) == "about 60 percent"
    with pytest.raises(ValidationError, match="'bound' goes with a single 'value'"):
        Figure(low=1, high=2, unit="boats", bound="at least")


def test_a_drafted_bound_reaches_the_export(tmp_path: Path):
    text = "Ferry fares to rise\n\nFares will rise by up to 60 percent in May, the operator said.\n"
    path = drafted(text, tmp_path / "fares.txt", tmp_path / "fares.yaml")
    assert "bound: up to" in path.read_text(encoding="utf-8")
    markdown = export_briefing(load_briefing(path), "markdown")
    assert "up to 60 percent" in markdown and "about 60 percent" not in markdown
