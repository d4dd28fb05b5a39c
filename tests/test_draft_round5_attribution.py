"""Attribution on copy nobody tuned on: the classes of miss behind speakers and
``attributed_to`` (partial quotations, verbs of judging and deciding, subjects the actor
finder did not list, apposition, closing attributions), two or more sentences each.

Texts are short and written for these tests (public figures by name, events invented).
"""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting as _claim
from draft_helpers import draft as _draft

from tui.draft.quotes import find_quotes
from tui.model import Briefing


def _names(briefing: Briefing) -> dict[str, str]:
    return {a.id: a.name for a in briefing.actors}


def _speakers(briefing: Briefing) -> list[str]:
    names = _names(briefing)
    return [names[q.speaker] for q in briefing.quotes]


# --- partial quotations: two or three words set into a sentence of saying -------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bürgermeisterin Anke Rehlinger sprach von einem „großen Wurf“.", "Anke Rehlinger"),
        ("Trainerin Sandra Lindholm lobte die „Ruhe am Ball“.", "Sandra Lindholm"),
        ("Der Anwalt Peter Kessler nannte das Urteil »völlig überzogen«.", "Peter Kessler"),
        (
            "Vorstandschefin Ina Brandt sagte, der Markt lasse „kaum Spielraum“.",
            "Ina Brandt",
        ),
    ],
)
def test_a_short_quotation_after_a_verb_of_saying_is_a_quote(text: str, speaker: str) -> None:
    assert _speakers(_draft(text, "de")) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Das „Deutschlandticket“ kostet ab Januar mehr.",
        "Putin sprach von der sogenannten „militärischen Spezialoperation“.",
        "Die Ausstellung „Licht und Schatten“ öffnet am Freitag.",
    ],
)
def test_a_short_quoted_term_or_title_is_no_quote(text: str) -> None:
    assert not any(span.direct for span in find_quotes(text))
