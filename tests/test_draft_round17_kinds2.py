"""Claim kinds, round seventeen (second pass): views the drafter took for reports.

What someone sees as a reason, a chance or progress; a feeling at a thing; a thing
welcomed or criticised in the passive; advice given in the passive; a demand pressed
("urging", "pushing for"); a thing judged run down or nothing to celebrate; a side
claimed; a size judged with no comparison; an appeal to the listeners; and an aim with
its holder named. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.kinds import suggest_kind


def _kind(sentence: str, language: str, quotes: tuple[str, ...] = ()) -> str:
    return suggest_kind(
        sentence,
        language,
        find_cues(sentence, language=language),
        quoted_view=bool(quotes),
        quotes=quotes,
    ).kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Ökonomen sehen dafür mehrere Gründe, etwa die teure Energie.",
        "Der Verband sieht keinen Anlass, die Prognose zu ändern.",
        "Die Elternvertreterin sieht zwar „kleine Fortschritte“ an der Schule.",
        "Die Händler sahen darin eine Chance für die Innenstadt.",
        "Der Rechnungshof sieht erhebliche Risiken im Haushalt.",
    ],
)
def test_what_someone_sees_as_reason_chance_or_progress_is_a_view(sentence: str) -> None:
    assert _kind(sentence, "de") == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Zeugin sah den Wagen gegen 22 Uhr an der Kreuzung.",
        "Der Verein sieht sich nach einem neuen Trainer um.",
    ],
)
def test_seeing_a_thing_stays_a_report(sentence: str) -> None:
    assert _kind(sentence, "de") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants were outraged at the increase, which came with two weeks' notice.",
        "Parents are disappointed with the new timetable.",
        "The new bus lanes were welcomed by cycling groups.",
        "The budget has been widely criticised by economists.",
        "Drivers are advised to leave extra time for the journey.",
        "Residents urged to keep windows shut after warehouse fire",
        "She says the talks are moving, but she is still pushing for a better offer.",
        "He calls it a first step, but he is urging staff to keep the pressure up.",
    ],
)
def test_feelings_passive_judgements_advice_and_pressing_demands_are_views(
    sentence: str,
) -> None:
    assert _kind(sentence, "en") == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan was approved by the council on Tuesday.",
        "The minister was advised by officials in March.",
        "The delegates were welcomed at the station by the mayor.",
    ],
)
def test_plain_passives_stay_reports(sentence: str) -> None:
    assert _kind(sentence, "en") == "reported"


def test_advice_in_the_german_passive_is_a_view() -> None:
    sentence = "Wanderern wird dringend empfohlen, auf den markierten Wegen zu bleiben."
    assert _kind(sentence, "de") == "opinion"


def test_a_thing_said_to_be_run_down_is_judged() -> None:
    sentence = "Die Brücke sei so marode, dass sie noch Jahre gesperrt bleibe."
    assert _kind(sentence, "de") == "opinion"


def test_a_quoted_figure_called_nothing_to_celebrate_is_a_view() -> None:
    quote = "“A 9% rise in rents isn't something to celebrate,”"
    sentence = quote + " the tenants' group said."
    assert _kind(sentence, "en", (quote,)) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("History is on our side.", "en"),
        ("The voters are clearly on our side.", "en"),
        ("So stay ready, and be strong.", "en"),
        ("Let's finish the job this winter.", "en"),
        ("That's a lot for a club of this size.", "en"),
        ("Die Wählerinnen stehen auf unserer Seite.", "de"),
        ("Das ist viel für ein so kleines Dorf.", "de"),
    ],
)
def test_a_side_claimed_a_size_judged_or_an_appeal_is_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Das ist mehr als in der Nachbarstadt.", "de"),
        ("That's a lot more than the county average.", "en"),
        ("Stay times at the clinic fell to four days.", "en"),
    ],
)
def test_comparisons_and_plain_openings_stay_reports(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "reported"


def test_an_aim_with_its_holder_named_is_a_forecast() -> None:
    sentence = "Ziel des Vereins ist es, das Stadion bis zum Sommer zu modernisieren."
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    "quote",
    [
        "„Der Umbau wird noch zwei Jahre dauern.“",
        "„Die Mieten werden im Herbst weiter steigen.“",
    ],
)
def test_a_quoted_german_future_is_a_forecast(quote: str) -> None:
    sentence = quote[:-2] + "“, sagte die Planerin."
    assert _kind(sentence, "de", (quote[:-2] + "“",)) == "forecast"


@pytest.mark.parametrize(
    "quote",
    [
        "„Das Werk wird geschlossen.“",  # the passive, a decision
        "„Das wird ein schwieriger Winter sein.“",  # a state, left to the judging rules
        "„Wir sind am Limit. Ohne Hilfe wird sich nichts ändern.“",  # the speaker talking
    ],
)
def test_german_quotes_that_are_no_plain_future_stay_views(quote: str) -> None:
    sentence = quote[:-2] + "“, sagte die Planerin."
    assert _kind(sentence, "de", (quote[:-2] + "“",)) != "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wenn die Leitung einmal fertig sein wird, können dort 3000 Wohnungen Strom beziehen.",
        "Bis die Prüfer alle Akten gelesen haben werden, vergehen noch Monate.",
    ],
)
def test_a_verb_final_future_of_sein_or_haben_looks_ahead(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"
