"""Attribution and quotations on copy nobody tuned the rules to: the classes of miss the
newest sets showed, two or more sentences each, written for these tests (public figures
by name, events invented).
"""

from __future__ import annotations

from typing import Any

import pytest
from draft_helpers import claim_starting as _claim
from draft_helpers import draft as _draft
from draft_helpers import source_name

import tui.draft.nouns as nouns
from tui.model import Briefing


def _speaker_of(briefing: Briefing, words: str) -> str | None:
    """The name of the speaker of the quote holding ``words``."""
    names = {a.id: a.name for a in briefing.actors}
    quote = next((q for q in briefing.quotes if words in q.text), None)
    return names.get(quote.speaker) if quote is not None else None


# --- English copy never loads the German model -----------------------------------------


def _no_german_model() -> Any:
    raise AssertionError("HanTa's German model loaded for English copy")


@pytest.mark.parametrize(
    "text",
    [
        "Northwind reported revenue of $3 billion for the year. Concerns raised include the"
        " cost of fuel, the chief executive said.",
        "Volunteers at the food bank said demand had doubled. Harbourside said it would"
        ' open a second hall. "We are stretched thin," one organiser said.',
    ],
)
def test_english_copy_never_asks_the_german_model(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nouns, "_tagger", _no_german_model)
    for cached in (nouns._tag, nouns._morphemes, nouns._analysis):
        monkeypatch.setattr(nouns, cached.__name__, cached.__wrapped__)
    draft = _draft(text, "en")
    assert draft.claims


def test_a_bare_english_name_before_a_verb_of_reporting_is_still_the_source() -> None:
    draft = _draft("Northwind reported revenue of $3 billion for the year.", "en")
    assert source_name(draft, _claim(draft, "Northwind reported")) == "Northwind"
