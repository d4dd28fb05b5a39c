"""A draft of an article in a language the rules do not cover finds that language's
hedge cues too: it is drafted with the English rules, and "может", "ربما" or "可能"
hedge a claim as "may" does, so the claim is speculation, not flat fact. Every sentence
here is written for the test."""

# ruff: noqa: RUF001  (Cyrillic and Arabic letters are the text under test, not look-alikes)

from __future__ import annotations

import pytest
from draft_helpers import claim_starting, draft


@pytest.mark.parametrize(
    ("text", "start", "cue"),
    [
        (
            "Совет обсуждает мост\n\nГородской совет собрался во вторник вечером.\n\n"
            "Строительство моста может начаться уже весной, сообщил депутат.",
            "Строительство",
            "может",
        ),
        (
            "المجلس يناقش الجسر\n\nاجتمع مجلس المدينة مساء الثلاثاء.\n\n"
            "ربما يبدأ بناء الجسر في الربيع المقبل.",
            "ربما",
            "ربما",
        ),
        (
            "市议会讨论新桥\n\n市议会周二晚上召开会议。\n\n新桥可能在明年春天开始建设。",
            "新桥",
            "可能",
        ),
    ],
)
def test_a_hedge_of_the_articles_own_language_makes_its_claim_speculation(
    text: str, start: str, cue: str
) -> None:
    claim = claim_starting(draft(text), start)
    assert cue in claim.hedges
    assert claim.kind.value == "speculation"


def test_a_plain_statement_in_another_language_stays_reported() -> None:
    briefing = draft(
        "Совет обсуждает мост\n\nГородской совет собрался во вторник вечером.\n\n"
        "Депутаты утвердили бюджет на следующий год."
    )
    claim = claim_starting(briefing, "Депутаты")
    assert claim.hedges == []
    assert claim.kind.value == "reported"
    # the short lists of other languages may lack the hedge: the note does not claim more
    assert claim.note is not None
    assert "with no hedge the word lists know for Russian" in claim.note


def test_a_german_claim_with_no_hedge_keeps_its_note() -> None:
    briefing = draft("Der Rat tagt\n\nDer Stadtrat ist seit Jahren zerstritten.")
    note = claim_starting(briefing, "Der Stadtrat").note
    assert note is not None
    assert "stated as fact, with no hedge." in note
