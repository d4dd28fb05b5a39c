"""Figures, round eighteen: a German unit in the dative plural is named in the nominative.

The sentences are written for these tests. A German count after a preposition stands in
the dative plural ("mit 28 Kindern"); the figure names its unit in the nominative plural
(Kinder), as a reader looks it up, unless the plural itself ends in "-n" ("Patienten",
"Steuern").
"""

from __future__ import annotations

import pytest

from tui.draft.figures import find_figures

Reading = tuple[float | None, str]


def _read(sentence: str, language: str = "de") -> list[Reading]:
    return [(f.value, f.unit) for f in find_figures(sentence, language)]


# --- the dative plural is named in the nominative ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Die Gruppe startet mit 14 Kindern in den Sommer.", 14, "Kinder"),
        ("Der Park soll mit 12 Windrädern Strom liefern.", 12, "Windräder"),
        ("Die Schützin blieb mit drei Fehlern ohne Chance.", 3, "Fehler"),
        ("Die Stadt fördert den Ausbau mit sieben Projekten.", 7, "Projekte"),
        ("Die Liste zieht mit 11 Sitzen in den Rat ein.", 11, "Sitze"),
        ("Die Partei lag mit 2,4 Prozentpunkten vorn.", 2.4, "Prozentpunkte"),
        ("Böen mit 90 Stundenkilometern fegten über das Land.", 90, "Stundenkilometer"),
        ("Der Verein feiert mit 800 Mitgliedern einen Rekord.", 800, "Mitglieder"),
        ("Das Dorf liegt auf 620 Metern Höhe.", 620, "Meter"),
    ],
)
def test_a_dative_plural_unit_is_named_in_the_nominative(
    sentence: str, value: float, unit: str
) -> None:
    assert (value, unit) in _read(sentence)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Die Klinik versorgt täglich 40 Patienten.", 40, "Patienten"),
        ("Das Gericht hörte zwölf Zeugen an.", 12, "Zeugen"),
        ("Rund 300 Menschen kamen zum Fest.", 300, "Menschen"),
        ("Der Hof gehört 30 Bauern aus dem Tal.", 30, "Bauern"),
        ("Es gab 20 Minuten Verspätung.", 20, "Minuten"),
        ("Die Firma betreut 900 Kunden.", 900, "Kunden"),
        ("Die Gemeinde zahlt 5 Steuern an den Kreis.", 5, "Steuern"),
    ],
)
def test_a_plural_in_n_stays_as_written(sentence: str, value: float, unit: str) -> None:
    assert (value, unit) in _read(sentence)


def test_english_units_are_left_alone() -> None:
    assert _read("The club now has 300 members.", "en") == [(300, "members")]
