"""Claim kinds, round sixteen: possible events ahead, speech frames in the pluperfect,
questions a speaker leaves open, "due to" as a cause, years inside attributes, and
deadlines that make "möglich" a permission.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.kinds import suggest_kind


def _kind(sentence: str, language: str) -> str:
    return suggest_kind(sentence, language, find_cues(sentence, language=language)).kind


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The nurses are voting on a walkout, which could start in March.", "en"),
        ("Late postal votes may well decide the race, the agent said.", "en"),
        ("The ferry link might close for good, the operator told staff.", "en"),
        ("Bis zu 40 Stellen könnten im Lager wegfallen, sagte der Betriebsrat.", "de"),
        ("Die Gebühren könnten deutlich steigen, schreibt der Verband.", "de"),
        ("„Die Mieten könnten weiter steigen“, sagte die Maklerin.", "de"),
    ],
)
def test_a_possible_event_ahead_is_a_forecast(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The fire could have started in the kitchen.", "en"),
        ("The toxin levels may be higher than measured.", "en"),
        ("Der Schaden könnte größer sein als gedacht.", "de"),
    ],
)
def test_a_guess_at_a_state_or_the_past_stays_speculation(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "speculation"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Chefin hatte der Zeitung gesagt, man habe den Gläubigern ein Angebot gemacht.",
        "Der Trainer hatte im Interview erklärt, die Mannschaft sei gut vorbereitet.",
    ],
)
def test_a_speech_frame_in_the_pluperfect_does_not_make_history(sentence: str) -> None:
    assert _kind(sentence, "de") != "historical"


def test_the_pluperfect_of_an_event_is_still_history() -> None:
    assert _kind("Der Rat hatte den Bau im Frühjahr gestoppt.", "de") == "historical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Eigentümerin ließ im Gespräch offen, wie viele Filialen bleiben.", "de"),
        ("Der Minister lässt offen, ob das Gesetz noch kommt.", "de"),
        ("The owner left it open whether the shop will reopen.", "en"),
    ],
)
def test_a_question_someone_leaves_open_is_speculation(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "speculation"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery said the loss was due to higher flour prices.",
        "The delay was due to a signal fault near the bridge.",
    ],
)
def test_due_to_a_cause_looks_nowhere_ahead(sentence: str) -> None:
    assert _kind(sentence, "en") != "forecast"


def test_due_to_a_verb_is_a_schedule() -> None:
    assert _kind("The verdict is due to be read out in June.", "en") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fraktion scheiterte mit dem Antrag auf Auflösung des 2012 geschaffenen dritten Beirats.",
        "Der Kläger berief sich auf die 2019 erlassene neue Satzung.",
    ],
)
def test_a_year_inside_an_attribute_dates_only_the_thing(sentence: str) -> None:
    assert _kind(sentence, "de") != "historical"


@pytest.mark.parametrize(
    "sentence",
    [
        "Auszahlungen sind noch bis 30. September möglich.",
        "Eine Anmeldung ist bis 15. Mai möglich.",
    ],
)
def test_a_deadline_makes_moeglich_a_permission(sentence: str) -> None:
    assert not [c for c in find_cues(sentence, language="de") if c.text == "möglich"]
    assert _kind(sentence, "de") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Er meinte damit einen Bericht vom 3. Februar über die Schließung der Schule.",
        "Sie meinte mit dem Satz die Kürzungen im Haushalt.",
    ],
)
def test_meinen_damit_points_at_a_thing(sentence: str) -> None:
    assert _kind(sentence, "de") == "reported"


def test_meinen_with_a_view_stays_an_opinion() -> None:
    assert _kind("Der Direktor meinte, die neue Regel schade den Kindern.", "de") == "opinion"


def test_the_plain_reason_agrees_with_the_number_of_cues() -> None:
    one = suggest_kind(
        "Die Brücke kostet rund 40 Millionen Euro.",
        "de",
        find_cues("Die Brücke kostet rund 40 Millionen Euro.", language="de"),
    )
    assert one.reason.endswith("does not put it in doubt")
