"""Round eighteen, German speakers named by role and name: a woman's office formed with
"-in" from a man's the roles list ("Oppositionsführerin", "Generalsekretärin"), an
office inflected for its case before a name ("den Präsidenten", "dem Abgeordneten"),
and a surname alone that points back at the person named in full with the office.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name

from tui.draft.gazetteer import gazetteer
from tui.draft.people import find_people, is_role_word

# --- a woman's office, an inflected office --------------------------------------------


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("Oppositionsführerin", True),
        ("Fraktionsführerin", True),
        ("Generalsekretärin", True),
        ("Botschafterin", True),
        ("Präsidenten", True),
        ("Abgeordneten", True),
        ("Kanzlers", True),
        ("Vorsitzenden", True),
        ("Bürgermeisterin", True),
        ("Termin", False),
        ("Benzin", False),
        ("Kosten", False),
        ("Gemeinden", False),
    ],
)
def test_a_feminine_or_inflected_office_is_a_role(word: str, role: bool) -> None:
    assert is_role_word(gazetteer(), word, "de") is role


def test_a_feminine_office_is_not_known_in_english() -> None:
    assert not is_role_word(gazetteer(), "Leaderin", "en")


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Nach Ansicht von Fraktionsführerin Jana Becker fehlt dem Plan jede Grundlage.",
            "Jana Becker",
            "Fraktionsführerin",
        ),
        (
            "Laut Oppositionsführerin Lisa Koch wird die Brücke teurer als geplant.",
            "Lisa Koch",
            "Oppositionsführerin",
        ),
        (
            "Die Kritik traf den Präsidenten Paul Fischer unvorbereitet.",
            "Paul Fischer",
            "Präsident",
        ),
        (
            "Die Anfrage des SPD-Abgeordneten Uwe Bauer blieb unbeantwortet.",
            "Uwe Bauer",
            "SPD-Abgeordnete",
        ),
        (
            "Das Schreiben ging an den Abgeordneten Karl Wagner und zwei Kollegen.",
            "Karl Wagner",
            "Abgeordnete",
        ),
    ],
)
def test_an_office_before_a_name_whose_surname_is_a_noun(
    sentence: str, name: str, role: str
) -> None:
    people = find_people(sentence, "de", gazetteer())
    assert [(p.name, p.role) for p in people] == [(name, role)]


# --- a surname alone points back at the person named with the office --------------------


def test_the_surname_after_a_feminine_office_names_the_same_person() -> None:
    text = (
        "Streit um die neue Brücke\n\n"
        "Die Gemeinde will im Frühjahr mit dem Bau der Brücke beginnen. "
        "Laut Oppositionsführerin Lisa Koch fehlen dafür mindestens zwei Millionen Euro.\n\n"
        "„Die Rechnung geht nicht auf“, sagte Koch am Abend. "
        "Auch Koch verlangt ein neues Gutachten.\n"
    )
    briefing = draft(text, "de")
    kinds = actor_kinds(briefing)
    assert kinds.get("Lisa Koch") == "person"
    assert "Oppositionsführerin" not in kinds
    assert source_name(briefing, claim_starting(briefing, "Laut Oppositionsführerin")) == (
        "Lisa Koch"
    )
    assert source_name(briefing, claim_starting(briefing, "„Die Rechnung")) == "Lisa Koch"
    assert briefing.quotes[0].speaker == "lisa-koch"
    assert "Unknown speaker" not in kinds


def test_the_surname_after_an_inflected_office_names_the_same_person() -> None:
    text = (
        "Anfrage zum Schwimmbad\n\n"
        "Die Anfrage des CDU-Abgeordneten Uwe Bauer zum Hallenbad blieb bisher offen. "
        "„Wir warten seit Monaten“, sagte Bauer.\n"
    )
    briefing = draft(text, "de")
    kinds = actor_kinds(briefing)
    assert kinds.get("Uwe Bauer") == "person"
    assert source_name(briefing, claim_starting(briefing, "„Wir warten")) == "Uwe Bauer"


# --- a noun for a person before a name whose surname is a noun too ----------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Laut Kämmerin Sabine Keller reicht das Geld nicht.", "Sabine Keller", "Kämmerin"),
        (
            "Das bestätigte Stadtkämmerer Jonas Schmied am Mittwoch.",
            "Jonas Schmied",
            "Stadtkämmerer",
        ),
        (
            "Nach Ansicht von Verkehrsplanerin Petra Sommer ist die Kreuzung zu eng.",
            "Petra Sommer",
            "Verkehrsplanerin",
        ),
    ],
)
def test_a_person_noun_before_a_name_is_a_label(sentence: str, name: str, role: str) -> None:
    people = find_people(sentence, "de", gazetteer())
    assert [(p.name, p.role) for p in people] == [(name, role)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Oktober Sabine Keller zu wählen, war ein Fehler.",
        "Seit Montag Sabine Keller im Amt ist, ruht der Streit.",
    ],
)
def test_a_month_or_a_day_before_a_name_is_no_label(sentence: str) -> None:
    assert not [p for p in find_people(sentence, "de", gazetteer()) if p.role is not None]


# --- two surnames named before, with a particle between them ----------------------------


def test_two_surnames_with_a_particle_between_are_two_people() -> None:
    text = (
        "Wechsel an der Spitze\n\n"
        "Die Skispringerin Lena Holm gewann vor der Titelverteidigerin Marie Brandt. "
        "Der Sieg machte Holm zu Brandt gefährlichster Gegnerin.\n"
    )
    kinds = actor_kinds(draft(text, "de"))
    assert kinds.get("Lena Holm") == "person"
    assert kinds.get("Marie Brandt") == "person"
    assert "Holm zu Brandt" not in kinds


# --- a person by role after the verb, then the outlet she spoke on ----------------------


def test_a_role_after_the_verb_speaks_not_the_outlet_after_it() -> None:
    text = (
        "Sieg im Sprint\n\n"
        "Lena Holm gewann am Samstag den Sprint. "
        "„Das war ein perfekter Tag“, sagte die dreimalige Weltmeisterin im ZDF.\n\n"
        "Jana Roth wurde Zweite. „Ich bin zufrieden“, sagte die Sprinterin dem SWR.\n"
    )
    briefing = draft(text, "de")
    speakers = {q.text: q.speaker for q in briefing.quotes}
    assert speakers["Das war ein perfekter Tag"] == "lena-holm"
    assert speakers["Ich bin zufrieden"] == "jana-roth"
    outlets = {q.text: q.outlet for q in briefing.quotes}
    assert outlets["Das war ein perfekter Tag"] == "zdf"


def test_er_after_a_woman_spoke_is_the_man_named_in_the_paragraph() -> None:
    text = (
        "Sieg im Sprint\n\n"
        "Lena Holm gewann am Samstag den Sprint. "
        "„Das war ein perfekter Tag“, sagte die dreimalige Weltmeisterin im ZDF.\n\n"
        "Ganz vorne würde auch gerne Tom Brandt landen. Der Titelverteidiger plagt sich. "
        "„Ich hatte keine Kraft“, sagte er.\n"
    )
    briefing = draft(text, "de")
    speakers = {q.text: q.speaker for q in briefing.quotes}
    assert speakers["Ich hatte keine Kraft"] == "tom-brandt"
