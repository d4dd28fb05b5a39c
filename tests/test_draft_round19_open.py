"""Round nineteen: German questions left open and possibilities that something is so,
which the drafter had written as plain fact (the five speculative claims drafted as fact
on the fresh real sets were of this shape). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import draft


def _only_claim(text: str) -> tuple[str, list[str]]:
    briefing = draft(text, "de")
    assert len(briefing.claims) == 1
    claim = briefing.claims[0]
    return claim.kind.value, list(claim.hedges)


@pytest.mark.parametrize(
    "text",
    [
        "Offen sei bislang auch, in welcher Form die Kürzungen kommen, sagte die Sprecherin.",
        "Offen bleibt noch, wann die Brücke wieder befahrbar ist.",
        "Offen ist bisher, mit welchen Partnern die Stadt das Bad betreiben will.",
    ],
)
def test_an_open_question_first_is_a_guess(text: str) -> None:
    kind, hedges = _only_claim(text)
    assert kind == "speculation"
    assert any(h.startswith("Offen") for h in hedges)


@pytest.mark.parametrize(
    "text",
    [
        "Ob der Verein den Trainer entlässt, ließ der Präsident offen.",
        "Ob die Firma das Werk in Halle schließt, ließen die Manager am Montag offen.",
    ],
)
def test_a_question_someone_leaves_open_after_it_is_a_guess(text: str) -> None:
    kind, hedges = _only_claim(text)
    assert kind == "speculation"
    assert any("offen" in h for h in hedges)


def test_a_possibility_that_something_is_so_is_a_guess() -> None:
    kind, hedges = _only_claim(
        "Weil der Vertrag Lücken hat, besteht die Möglichkeit, dass die Stadt das Geld nie"
        " zurückbekommt."
    )
    assert kind == "speculation"
    assert hedges == ["besteht die Möglichkeit"]


@pytest.mark.parametrize(
    "text",
    [
        "Es besteht die Möglichkeit, den Antrag online zu stellen.",
        "Die Tür der Bäckerei ist offen, wie jeden Sonntag.",
        "Der Bürgermeister ließ die Tür zum Sitzungssaal offen.",
    ],
)
def test_an_option_or_an_open_door_is_no_guess(text: str) -> None:
    kind, hedges = _only_claim(text)
    assert kind != "speculation"
    assert hedges == []
