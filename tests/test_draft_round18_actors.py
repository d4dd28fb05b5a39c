"""Round eighteen, actors: classes of actor misses read from the real sets R and S (a
body's initials with full stops or as an owner; a country's name inside "New …"; German
dative plurals and coordinated objects taken for a group; a group word inside a body's
name; a mixed-case dateline's place; a platform someone posts on as the outlet). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, draft

# --- initials with full stops, initials as an owner -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A caller tipped off the F.B.I. and the stolen van was found.", "F.B.I."),
        ("Tom Reed, an F.B.I. agent in the Boston office, said the case was open.", "F.B.I."),
        ("The C.I.A. declined to comment on the report.", "C.I.A."),
        ('"Cases are rising," said Dr. Mia Lund of the CDC\'s injury centre.', "CDC"),
        ("The NTSB's lead investigator said the brakes had failed.", "NTSB"),
    ],
)
def test_initials_with_full_stops_or_an_owners_s_name_a_body(text: str, name: str) -> None:
    assert actor_kinds(draft(text, "en")).get(name) == "organisation"


def test_initials_before_a_surname_are_no_body() -> None:
    kinds = actor_kinds(draft("The novel by P.D.Q. Hartley sold well, the publisher said.", "en"))
    assert "P.D.Q." not in kinds


# --- "New Jersey" is no Jersey ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The stolen lorry was found in central New Jersey, police said.",
        "Wildfires spread across New Mexico on Sunday, officials said.",
    ],
)
def test_a_country_name_after_new_is_another_place(text: str) -> None:
    kinds = actor_kinds(draft(text, "en"))
    assert "Jersey" not in kinds
    assert "Mexico" not in kinds


# --- collectives that are no subject: a dative plural, a joined object, a lowercase word ----


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Der Verein will den Läufern und Zuschauern einen sicheren Lauf bieten, sagte ein Sprecher.",
            "Unnamed Zuschauer",
        ),
        ("Die Partei wolle den Wählern beweisen, dass sie regieren könne.", "Unnamed Wähler"),
        (
            "Die Gemeinde hat ein Hausverbot für einige Mitglieder und Besucher erlassen.",
            "Unnamed Besucher",
        ),
    ],
)
def test_a_german_dative_plural_or_a_joined_object_is_no_group(text: str, group: str) -> None:
    assert group not in actor_kinds(draft(text, "de"))


def test_a_german_weak_plural_after_its_article_stays_a_group() -> None:
    kinds = actor_kinds(draft("Die Beschäftigten streiken seit Montag vor dem Werkstor.", "de"))
    assert kinds.get("Unnamed Beschäftigte") == "group"


def test_a_lowercase_german_participle_is_no_group() -> None:
    kinds = actor_kinds(draft("Mehrere der befragten Analysten erwarten einen Rückgang.", "de"))
    assert not any(name.startswith("Unnamed befragt") for name in kinds)


def test_an_english_joined_object_is_no_group() -> None:
    text = "The cut will come as a relief to shoppers and retailers, the analyst said."
    assert "Unnamed retailers" not in actor_kinds(draft(text, "en"))


def test_subjects_joined_with_and_stay_groups() -> None:
    kinds = actor_kinds(draft("Parents and pupils protested outside the school on Monday.", "en"))
    assert kinds.get("Unnamed pupils") == "group" or kinds.get("Unnamed Parents") == "group"


# --- a capitalised group word inside a body's name ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Talks between the firm and the Allied Steel Workers union resumed on Monday.", "en"),
        ("Die Liste Harbour Workers gewann bei der Wahl nur elf Sitze.", "de"),
    ],
)
def test_a_capitalised_group_word_after_a_name_is_part_of_the_name(
    text: str, language: str
) -> None:
    assert not any(
        name.startswith("Unnamed") and "Workers" in name
        for name in actor_kinds(draft(text, language))
    )


def test_a_plural_of_initials_after_a_party_stays_a_group() -> None:
    text = "Labour backbenchers cheered; several Tory MPs shouted across the chamber."
    assert any("MPs" in name for name in actor_kinds(draft(text, "en")))


# --- places taken for people or states ----------------------------------------------------


def test_places_joined_by_and_before_said_are_no_people() -> None:
    text = "Officials in Leeds and Bradford said the stolen van had been found."
    kinds = actor_kinds(draft(text, "en"))
    assert "Leeds" not in kinds and "Bradford" not in kinds


def test_the_group_before_places_joined_by_and_keeps_its_words() -> None:
    from draft_helpers import claim_starting, source_name

    text = "NTSB officials in Leeds and Bradford said on Friday that the brakes had failed."
    briefing = draft(text, "en")
    assert source_name(briefing, claim_starting(briefing, "NTSB officials")) == (
        "Unnamed NTSB officials"
    )


def test_a_peak_after_atop_is_no_person() -> None:
    text = "Researchers using a telescope atop Mount Hale have found a faint comet."
    assert "Mount Hale" not in actor_kinds(draft(text, "en"))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Ein Sturm vor der Küste Schwedens erreicht am Abend ganz Dänemark, so der Wetterdienst.",
            None,
        ),
        ("Der Umschlag im größten Hafen Europas sank um drei Prozent.", None),
        ("Die Regierung Schwedens kritisierte den Plan scharf.", "Sweden"),
        ("Der Außenminister Schwedens warnte vor einer Eskalation.", "Sweden"),
    ],
)
def test_a_german_genitive_after_a_thing_or_whole_country_is_a_place(
    text: str, state: str | None
) -> None:
    kinds = actor_kinds(draft(text, "de"))
    for name in ("Sweden", "Denmark", "Europe"):
        assert (kinds.get(name) is not None) == (name == state), kinds


def test_a_sentences_opening_adverb_is_nobody() -> None:
    kinds = actor_kinds(draft("Erstmals wurden auch Fälle im Nachbarkreis gemeldet.", "de"))
    assert "Erstmals" not in kinds


# --- a school named after someone; a platform someone posts on ---------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("An der Lessingschule wurden in diesem Jahr 91 Kinder angemeldet.", "Lessingschule"),
        ("Die einzügige Lindenhofschule kommt sogar auf 31 Kinder pro Klasse.", "Lindenhofschule"),
    ],
)
def test_a_german_school_by_its_own_name_is_a_body(text: str, school: str) -> None:
    assert actor_kinds(draft(text, "de")).get(school) == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Die Grundschule am Markt kommt auf 31 Kinder pro Klasse.",
        "Viele Grundschulen müssen Kinder abweisen, teilte die Stadt mit.",
        "Die Berufsschule bleibt am Montag geschlossen.",
    ],
)
def test_a_kind_of_german_school_is_no_named_body(text: str) -> None:
    kinds = actor_kinds(draft(text, "de"))
    assert not any(name.endswith(("Grundschule", "Berufsschule")) for name in kinds), kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Sturm erreicht am Abend die Küste, schreibt der Wetterdienst auf Instagram.", "de"),
        ("The coastguard warned on Instagram that the beach would stay closed.", "en"),
    ],
)
def test_a_platform_the_words_were_posted_on_is_an_outlet(text: str, language: str) -> None:
    briefing = draft(text, language)
    assert actor_kinds(briefing).get("Instagram") == "media"
    assert "Instagram" in {s.outlet for s in briefing.sources}


# --- a dateline's place in ordinary case; an editor's initials in the credit -------------


def test_a_mixed_case_dateline_before_an_agencys_credit_is_no_person() -> None:
    text = "Saint-Martin Vésubie (dpa) - Die Läuferin war nach ihrem ersten Sieg euphorisch."
    kinds = actor_kinds(draft(text, "de"))
    assert "Saint-Martin Vésubie" not in kinds
    assert kinds.get("dpa") == "media"


def test_a_name_before_a_partys_bracket_and_a_dash_stays_a_person() -> None:
    text = "Laut Jana Kolb (SPD) - so heißt es im Protokoll - sei die Sitzung vertagt worden."
    assert actor_kinds(draft(text, "de")).get("Jana Kolb") == "person"


def test_an_editors_initials_after_the_agency_are_no_outlet() -> None:
    text = (
        "Lörrach (dpa/hk) \N{EN DASH} Die Zahl der Fälle ist auf 14 gestiegen, teilte das"
        " Landratsamt mit."
    )
    kinds = actor_kinds(draft(text, "de"))
    assert "hk" not in kinds and kinds.get("dpa") == "media"


# --- an employer after a head's post; a union named before the word -----------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('"Bills will rise again," said Jo Hart, head of pricing at Tariffly.', "Tariffly"),
        ("Jo Hart, director of policy at Brightwell, said bills would rise.", "Brightwell"),
        ("Signal workers in the Tssa union walked out on Friday.", "Tssa"),
    ],
)
def test_a_heads_employer_and_a_named_union_are_bodies(text: str, body: str) -> None:
    assert actor_kinds(draft(text, "en")).get(body) == "organisation"


# --- one unnamed person who opens a sentence as its subject ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Ein umsichtiger Lokführer hatte den Zug noch rechtzeitig gebremst.", "de", "Lokführer"),
        ("Eine Passantin alarmierte gegen 22 Uhr die Feuerwehr.", "de", "Passantin"),
        ("One passenger filmed the fire from the platform.", "en", "passenger"),
    ],
)
def test_an_unnamed_person_opening_a_sentence_is_an_actor(
    text: str, language: str, word: str
) -> None:
    kinds = actor_kinds(draft(text, language))
    assert any(word in name and kind == "person" for name, kind in kinds.items()), kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ein Gutachten liegt seit Montag vor.", "de"),
        ("Ein Feuer zerstörte am Montag die Scheune.", "de"),
        ("A report was published on Monday.", "en"),
    ],
)
def test_a_thing_opening_a_sentence_is_no_person(text: str, language: str) -> None:
    assert not any(k == "person" for k in actor_kinds(draft(text, language)).values())


# --- a country as a place: "Great Britain", "parts of the UK", "UK data" ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Petrol prices in Great Britain have fallen for a third week, the survey found.",
        "Callers ring from different parts of the UK, the helpline said.",
        "The report comes a week before the official UK figures on wages, the firm said.",
    ],
)
def test_a_country_named_as_a_place_or_before_a_thing_is_no_state(text: str) -> None:
    assert "United Kingdom" not in actor_kinds(draft(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "UK ministers said on Monday that the plan would go ahead.",
        "The UK said on Monday that it would send more aid.",
        "US troops left the base on Friday, officials said.",
    ],
)
def test_a_country_that_acts_or_before_its_forces_stays_a_state(text: str) -> None:
    kinds = actor_kinds(draft(text, "en"))
    assert "United Kingdom" in kinds or "United States" in kinds


# --- a body's name with "for … and …"; a building after a body's word --------------------


def test_a_body_for_two_fields_keeps_both_in_its_name() -> None:
    text = "Jo Hart, director of the Centre for Tropical Fevers and Parasitic Diseases, said so."
    kinds = actor_kinds(draft(text, "en"))
    assert kinds.get("Centre for Tropical Fevers and Parasitic Diseases") == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was held overnight at the central police station, Hart said.",
        "The fire started near the army barracks on Sunday, Hart said.",
    ],
)
def test_a_building_after_a_bodys_word_is_no_actor(text: str) -> None:
    kinds = actor_kinds(draft(text, "en"))
    assert not any(("police" in n or "army" in n) for n in kinds), kinds


def test_a_run_with_a_genitive_noun_in_its_middle_is_no_person() -> None:
    text = "Die Gäste hatten an Treffen des Evangelischen Vereins Rastatt teilgenommen."
    kinds = actor_kinds(draft(text, "de"))
    assert kinds.get("Evangelischen Vereins Rastatt") != "person"


def test_three_names_stay_a_person() -> None:
    kinds = actor_kinds(draft("Das sagte Hans Peter Brückner am Montag in Kiel.", "de"))
    assert kinds.get("Hans Peter Brückner") == "person"


# --- a bare plural after a group named with its owner ------------------------------------


def test_a_bare_plural_after_an_owned_group_is_that_group() -> None:
    text = (
        "NTSB officials said on Monday that the wreck had been found.\n\n"
        "Officials said the recorder was intact."
    )
    groups = [n for n, k in actor_kinds(draft(text, "en")).items() if k == "group"]
    assert groups == ["Unnamed NTSB officials"], groups


def test_a_counted_plural_is_all_of_them_not_the_group_before() -> None:
    text = (
        "Opposition councillors had tabled five amendments to the budget.\n\n"
        "In the end, 40 of the 51 councillors voted for it, the council said."
    )
    groups = [n for n, k in actor_kinds(draft(text, "en")).items() if k == "group"]
    assert len(groups) == 2, groups
