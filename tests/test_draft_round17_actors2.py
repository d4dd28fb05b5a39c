"""Round seventeen, actors (second pass): unnamed single people named by a role (a
state's envoy by its adjective, one more holder of an office, a former partner, the man
the police hold), plural party words that are groups, and capitals or plural offices
that name no actor. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, draft

from tui.draft.gazetteer import gazetteer
from tui.draft.organisations import find_bodies
from tui.draft.people import find_people


def _people(sentence: str, language: str) -> list[str]:
    return [p.name for p in find_people(sentence, language, gazetteer())]


# --- a state's envoy by the state's adjective -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Oslo summoned the Brazilian ambassador on Tuesday.", "en", "Brazilian ambassador"),
        (
            "Rom hat den norwegischen Botschafter ins Ministerium bestellt.",
            "de",
            ("norwegischen Botschafter"),
        ),
        (
            "Die Regierung rief den französischen Gesandten zu Gesprächen.",
            "de",
            ("französischen Gesandten"),
        ),
    ],
)
def test_a_states_unnamed_envoy_is_a_person(sentence: str, language: str, name: str) -> None:
    assert name in _people(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language", "envoy"),
    [
        (
            "Oslo summoned the Brazilian ambassador Ana Ruiz on Tuesday.",
            "en",
            "Brazilian ambassador",
        ),
        ("Ein peruanischer Botschafter kam nicht.", "de", "peruanischer Botschafter"),
        ("Its ambassador returned home on Friday.", "en", "ambassador"),
    ],
)
def test_no_unnamed_envoy_without_its_shape(sentence: str, language: str, envoy: str) -> None:
    assert envoy not in _people(sentence, language)


# --- one more holder of an office -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        (
            "Weil der Vorsitzende erkrankt war, musste ein zweiter Richter einspringen.",
            "de",
            ("zweiter Richter"),
        ),
        ("After the objection a second judge took over the hearing.", "en", "second judge"),
    ],
)
def test_an_ordinal_office_is_a_new_person(sentence: str, language: str, name: str) -> None:
    assert name in _people(sentence, language)


def test_an_office_without_ordinal_or_speech_is_no_person() -> None:
    assert _people("Danach kam ein Richter in den Saal.", "de") == []


# --- a former partner, by whose she or he was -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        (
            "Er darf sich dem Haus seiner früheren Lebensgefährtin nicht nähern.",
            "de",
            ("frühere Lebensgefährtin"),
        ),
        ("Sie hatte ihren ehemaligen Partner angezeigt.", "de", "ehemalige Partner"),
        ("He is accused of threatening his former partner in May.", "en", "former partner"),
    ],
)
def test_a_former_partner_is_a_person(sentence: str, language: str, name: str) -> None:
    assert name in _people(sentence, language)


def test_a_present_partner_is_no_actor_here() -> None:
    assert _people("Er wohnt mit seiner Lebensgefährtin in Kiel.", "de") == []


# --- the one the police hold ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("A woman has been charged over the fire at the depot, officers said.", "en", "woman"),
        ("Officers arrested a man near the station on Friday.", "en", "man"),
        ("Ein Mann wurde am Samstagabend in der Altstadt festgenommen.", "de", "Mann"),
    ],
)
def test_the_person_held_is_an_actor(sentence: str, language: str, name: str) -> None:
    assert name in _people(sentence, language)


def test_a_man_who_was_only_hurt_is_no_actor_here() -> None:
    assert _people("A man was injured when the roof collapsed.", "en") == []


# --- plural party words: a group, not a person ----------------------------------------


def test_employers_with_die_are_a_group() -> None:
    kinds = actor_kinds(
        draft("Tarifstreit\n\nDie Gewerkschaft will mehr Geld. Die Arbeitgeber lehnen das ab.")
    )
    assert kinds.get("Unnamed Arbeitgeber") == "group"
    assert "Arbeitgeber" not in kinds


def test_one_employer_of_a_labour_case_stays_a_person() -> None:
    assert "Arbeitgeber" in _people("Der Arbeitgeber hatte die Kündigung ausgesprochen.", "de")


# --- no actor: a plural of a one-holder office, the kind of a thing --------------------


def test_presidents_over_the_years_are_no_group() -> None:
    places = gazetteer()
    assert not places.is_group("presidents")
    assert places.is_group("surgeons")


@pytest.mark.parametrize(
    "sentence",
    [
        "The boy had an air-powered BB gun in his bag.",
        "She took a PCR test before the flight.",
    ],
)
def test_capitals_before_a_thing_are_no_body(sentence: str) -> None:
    assert find_bodies(sentence, "en") == []
