"""Round nineteen: a planned or budgeted sum ("die 2021 veranschlagten 230 Millionen
Euro", "die im Haushalt veranschlagten Mittel") was read as an estimate and made its claim a
guess; the finite verb of an estimate still counts. Every text here is written for these
tests."""

from __future__ import annotations

import pytest
from draft_helpers import draft

from tui.cues import find_cues


def _cue_words(text: str) -> list[str]:
    return [hit.text for hit in find_cues(text, language="de")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Neubau kostet fast das Doppelte der 2019 veranschlagten 12 Millionen Euro.",
        "Die im Haushalt veranschlagten Mittel reichen für den Umbau nicht aus.",
        "Die für die Schule veranschlagten 4 Millionen Euro sind schon ausgegeben.",
        "Der vom Kreis veranschlagte Zuschuss liegt bei 800.000 Euro.",
    ],
)
def test_a_budgeted_sum_is_no_estimate(text: str) -> None:
    assert not any(w.casefold().startswith("veranschlagt") for w in _cue_words(text))


@pytest.mark.parametrize(
    "text",
    [
        "Die Gutachter veranschlagten 12 Millionen Euro für den Neubau.",
        "Im Herbst veranschlagten die Gutachter 12 Millionen Euro für den Neubau.",
        "Für die Schule veranschlagten sie 4 Millionen Euro.",
        "Die Stadt veranschlagte die Kosten auf 12 Millionen Euro.",
    ],
)
def test_an_estimate_made_is_still_a_cue(text: str) -> None:
    assert any(w.casefold().startswith("veranschlagt") for w in _cue_words(text))


def test_a_claim_with_a_budgeted_sum_stays_a_report() -> None:
    briefing = draft(
        "Die Sanierung der Brücke kostet nun 9 Millionen Euro, deutlich mehr als die 2020"
        " veranschlagten 5 Millionen Euro.",
        "de",
    )
    claim = briefing.claims[0]
    assert not any("veranschlagt" in h for h in claim.hedges)
    assert claim.kind.value != "speculation"
