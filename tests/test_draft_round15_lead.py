"""Reported speech in German after a first-person word earlier in the sentence: a
possessive "unser" or a "wir" before the verb in Konjunktiv I ("unser Verband …, die
Lage ergebe …") does not make that verb the indicative; only "ich" right before it does
("ich ergebe mich"). A second pattern of the same name once shadowed the first and
turned the Konjunktiv finder off for such sentences. Every sentence here is written for
the test."""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting, draft


def _hedges(sentence: str) -> list[str]:
    briefing = draft("Eine Meldung aus dem Landkreis\n\n" + sentence, "de")
    return claim_starting(briefing, sentence[:20]).hedges


@pytest.mark.parametrize(
    ("sentence", "subjunctive"),
    [
        (
            "Unser Kreisverband teilte mit, die Prüfung ergebe keinen Anlass zur Sorge.",
            "ergebe",
        ),
        (
            "Die Sprecherin sagte uns am Telefon, der Schaden betrage rund zwei Millionen Euro.",
            "betrage",
        ),
    ],
)
def test_konjunktiv_after_a_first_person_word_is_still_reported_speech(
    sentence: str, subjunctive: str
) -> None:
    assert subjunctive in _hedges(sentence)


def test_ich_right_before_the_verb_stays_the_indicative() -> None:
    assert "ergebe" not in _hedges("Der Kapitän rief: Ich ergebe mich nicht so schnell.")
