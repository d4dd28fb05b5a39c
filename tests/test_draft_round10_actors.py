"""Round ten on actors: classes of actor the unread sets showed the drafter missing.

Each class is a shape of word or phrase, tested on sentences written for these tests."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, draft


def _groups(text: str) -> set[str]:
    """The names of the draft's group actors, with their aliases, lowercased."""
    briefing = draft(text)
    names: set[str] = set()
    for actor in briefing.actors:
        if actor.kind.value == "group":
            names.add(actor.name.casefold())
            names.update(a.name.casefold() for a in actor.aliases)
    return names


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The ferry company said commuters and cyclists would wait longer.", "cyclists"),
        ("Historians doubt that the letter was written in the harbour town.", "historians"),
        ("The hospital said two surgeons had resigned over the rota.", "surgeons"),
        ("Safety inspectors closed the pier after the storm on Sunday.", "inspectors"),
    ],
)
def test_an_english_plural_of_a_persons_noun_is_a_group(text: str, group: str) -> None:
    """A plural of an office the roles name ("surgeons": Surgeon) or of a noun for a
    person by its ending ("-ist", "-ian") is people the text speaks of, listed or not."""
    assert any(group in name for name in _groups(text)), _groups(text)


@pytest.mark.parametrize(
    "text",
    [
        "The state ran three tests on the new engines this spring.",
        "Der Bericht des Managers lag dem Rat am Montag vor.",
        "Christiane Vogt leitet die Schule seit neun Jahren.",
    ],
)
def test_plurals_of_things_and_german_words_are_no_group(text: str) -> None:
    """Plurals of things ("tests", "engines"), a German genitive ("des Managers") and a
    first name the English model reads as a plural ("Christiane") make no group."""
    assert _groups(text) == set(), _groups(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Der Landkreis Oberwald lehnt den Bau der Halle vorerst ab.",
            "Landkreis Oberwald",
        ),
        ("Der Kreis Dithmarschen zahlt die Hälfte der Kosten.", "Kreis Dithmarschen"),
        (
            "Die Sparkasse Oberwiesental erhöht ab Mai die Kontogebühren.",
            "Sparkasse Oberwiesental",
        ),
    ],
)
def test_a_german_district_or_savings_bank_named_with_its_place_is_a_body(
    text: str, body: str
) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(body) == "organisation", kinds


@pytest.mark.parametrize(
    "text",
    [
        "Im Landkreis Lüchow hat ein Sturm mehrere Dächer abgedeckt.",
        "In der Stadt Hameln fiel am Abend für zwei Stunden der Strom aus.",
    ],
)
def test_a_town_or_district_named_as_where_something_happens_is_no_actor(text: str) -> None:
    kinds = actor_kinds(draft(text))
    assert not any(name.startswith(("Landkreis", "Stadt")) for name in kinds), kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shops are opening again in the battered Sorvano City, residents said.", "Sorvano City"),
        ("Engineers closed the Kellaway Bridge to lorries on Monday.", "Kellaway Bridge"),
        ("Flooding cut off parts of Brenmoor County overnight.", "Brenmoor County"),
    ],
)
def test_a_run_ending_in_a_place_word_is_no_person(text: str, place: str) -> None:
    """A run ending in "City", "Bridge" or "County" names a place, never a person."""
    kinds = actor_kinds(draft(text, "en"))
    assert kinds.get(place) != "person", kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Das Landesamt für Wasser, Natur und ländliche Räume (LWNR) gab den Antrag frei.",
            "Landesamt für Wasser, Natur und ländliche Räume",
        ),
        (
            "Das Institut für Schulbau und digitale Lehre stellte die Studie am Montag vor.",
            "Institut für Schulbau und digitale Lehre",
        ),
    ],
)
def test_a_german_bodys_purpose_may_hold_a_lowercase_adjective(text: str, body: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(body) == "organisation", kinds


@pytest.mark.parametrize(
    "text",
    [
        "\u201cMy coach told me to stay calm,\u201d the ten-year-old said after the final.",
        "\u201cOur manager believed in us all season,\u201d the captain said.",
    ],
)
def test_a_possessive_before_coach_or_manager_is_no_club(text: str) -> None:
    kinds = actor_kinds(draft(text, "en"))
    assert "My" not in kinds and "Our" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Quayside Theatre will close in March, its board said.", "Quayside Theatre"),
        ("The Fenwick Museum said the painting would return in May.", "Fenwick Museum"),
        ("The Northgate Library has cut its opening hours to four days.", "Northgate Library"),
    ],
)
def test_an_english_venue_that_acts_is_a_body(text: str, body: str) -> None:
    kinds = actor_kinds(draft(text, "en"))
    assert kinds.get(body) == "organisation", kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Die Vorsitzende Richterin Ilse Brandauer eröffnete den Prozess. Als die"
            " Vorsitzende Richterin Brandauer das Urteil begründete, wurde es laut.",
            "Ilse Brandauer",
        ),
        (
            "Chief Inspector Maya Olufemi led the search. Later, Detective Chief Inspector"
            " Olufemi said the boy had been found safe.",
            "Maya Olufemi",
        ),
    ],
)
def test_two_offices_before_a_surname_leave_the_surname_alone(text: str, person: str) -> None:
    """The person named before ("Vorsitzende Richterin Brandauer"), not a new one whose
    first name is "Richterin"."""
    kinds = actor_kinds(draft(text))
    people = [name for name, kind in kinds.items() if kind == "person"]
    assert people == [person], kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Der Bundesverband der Deutschen Schausteller (BDS) warnt vor hohen Kosten.",
            "Bundesverband der Deutschen Schausteller",
        ),
        (
            "Der Landesverband der Kinder- und Jugendpsychiater fordert mehr Plätze.",
            "Landesverband der Kinder- und Jugendpsychiater",
        ),
    ],
)
def test_a_compound_association_takes_whose_it_is_into_its_name(text: str, body: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds == {body: "organisation"}, kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Quayside Theatre will close in March, its board said on Friday.", "board"),
        ("His federation said the teenager would fly home on Sunday.", "federation"),
        ("Their board voted to sell the club's training ground.", "board"),
    ],
)
def test_a_lowercase_english_body_after_a_possessive_is_a_body(text: str, body: str) -> None:
    kinds = actor_kinds(draft(text, "en"))
    assert kinds.get(body) == "organisation", kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Die Erklärung unterschrieben Petra Lind (SPD) und Jonas Wirth (FfL).",
            "FfL",
        ),
        ("Dagegen stimmten Ute Kramm (UfW) und zwei weitere Ratsmitglieder.", "UfW"),
    ],
)
def test_mixed_case_initials_in_brackets_after_a_name_are_a_body(text: str, body: str) -> None:
    """A local voters' list written with a lowercase letter ("FfL") stands after its
    member's name as a party's initials do."""
    kinds = actor_kinds(draft(text))
    assert kinds.get(body) == "organisation", kinds


def test_a_degree_in_brackets_is_no_body() -> None:
    kinds = actor_kinds(draft("Die Studie leitete Jana Weiss (PhD) an der Universität Kiel."))
    assert "PhD" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Der Termin war keiner der Stadt, sondern einer des Heimat-Fördervereins, sagte er.",
            "Heimat-Fördervereins",
        ),
        (
            "Der erste Vorschlag kam von der Stadt, der zweite war einer des Kulturvereins.",
            "Kulturvereins",
        ),
    ],
)
def test_a_body_after_a_definite_genitive_is_named_though_a_pronoun_precedes(
    text: str, body: str
) -> None:
    """In "einer des Fördervereins" the "des" makes it one body; "einer" is a pronoun,
    no indefinite article of the body's."""
    kinds = actor_kinds(draft(text))
    assert any(name.startswith(body[:-1]) for name in kinds), kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Das Land übernimmt die Hälfte der Kosten für die neuen Deiche.", "Land"),
        ("Getragen wird die Klinik vom Bund, vom Land und vom Kreis.", "Kreis"),
        ("Die Gemeinde will bis zum Herbst über das Baugebiet entscheiden.", "Gemeinde"),
        ("Nach dem Hochwasser hat die Stadt zwei Turnhallen geöffnet.", "Stadt"),
    ],
)
def test_a_german_state_district_or_town_named_by_its_level_is_a_body(text: str, body: str) -> None:
    """The public body of the place the text is about ("Das Land zahlt"), named by its
    level alone."""
    kinds = actor_kinds(draft(text))
    assert kinds.get(body) == "organisation", kinds


@pytest.mark.parametrize(
    "text",
    [
        "Vahle war zwölf Jahre lang Bürgermeister der Gemeinde am See.",
        "Das Bauamt des Landes prüft die Pläne seit dem Frühjahr.",
    ],
)
def test_a_level_owned_by_the_noun_before_it_is_no_body_of_its_own(text: str) -> None:
    kinds = actor_kinds(draft(text))
    assert "Gemeinde" not in kinds and "Land" not in kinds, kinds


def test_the_land_beside_its_own_ministry_is_no_second_body() -> None:
    text = "Ein Sprecher des Umweltministeriums sagte, das Land prüfe neue Förderregeln."
    kinds = actor_kinds(draft(text))
    assert "Land" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Die Sperrung gelte bis Freitag, sagte eine Sprecherin am Morgen.", "Sprecherin"),
        ("Ein Polizeisprecher bestätigte den Fund am Sonntag.", "Polizeisprecher"),
        ("A Harbourline spokeswoman said the ferry would sail again on Monday.", "spokeswoman"),
        ("Members backed the plan, with one councillor saying it came far too late.", "councillor"),
    ],
)
def test_an_unnamed_office_that_speaks_with_an_indefinite_article_is_a_person(
    text: str, person: str
) -> None:
    kinds = actor_kinds(draft(text))
    assert any(person in name and kind == "person" for name, kind in kinds.items()), kinds


@pytest.mark.parametrize(
    "text",
    [
        "A new mayor will be elected in the town in May.",
        "Ein neuer Trainer soll im Sommer kommen, heißt es.",
        "A spokesman, Tom Hollis, said the road would reopen.",
    ],
)
def test_an_office_that_does_not_speak_or_has_a_name_is_no_unnamed_person(text: str) -> None:
    kinds = actor_kinds(draft(text))
    assert not {"mayor", "Trainer", "spokesman", "A spokesman"} & set(kinds), kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Der 64-jährige Kläger wohnt seit Jahren über dem Club.", "Kläger"),
        ("Die 31-jährige Angeklagte schwieg am ersten Prozesstag.", "Angeklagte"),
    ],
)
def test_a_party_to_a_case_named_by_age_is_a_person(text: str, person: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(person) == "person", kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Das Bundeskabinett befasst sich am Mittwoch mit dem Entwurf.", "Bundeskabinett"),
        ("Das Landeskabinett beschloss die Hilfen am Dienstag.", "Landeskabinett"),
    ],
)
def test_a_cabinet_is_a_body(text: str, body: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(body) == "organisation", kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Severnside Water will ban hosepipes from Friday.", "Severnside Water"),
        ("Coastline Rail said trains would run again on Monday.", "Coastline Rail"),
    ],
)
def test_an_english_utility_is_a_body_not_a_person(text: str, body: str) -> None:
    kinds = actor_kinds(draft(text, "en"))
    assert kinds.get(body) == "organisation", kinds


def test_a_presidency_with_its_owner_acts_and_a_term_of_office_does_not() -> None:
    acting = actor_kinds(draft("The deal was backed on Friday, the Danish presidency said.", "en"))
    term = actor_kinds(draft("Under his presidency the common market was completed.", "en"))
    assert acting.get("Danish presidency") == "organisation", acting
    assert "presidency" not in term, term


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Die Bar „Seestern“ am Hafen muss künftig um 23 Uhr schließen.", "Seestern"),
        ("Das Konzert im Club „Kesselhaus“ wurde kurzfristig abgesagt.", "Kesselhaus"),
    ],
)
def test_a_venue_named_in_quotation_marks_after_its_kind_is_a_body(text: str, body: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(body) == "organisation", kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Das Kreiskrankenhaus Uhlenbrook schließt seine Geburtsstation.",
            "Kreiskrankenhaus Uhlenbrook",
        ),
        ("Die Bergwacht Garmisch barg den Mann am Abend.", "Bergwacht Garmisch"),
    ],
)
def test_a_hospital_or_a_mountain_rescue_named_with_its_place_is_a_body(
    text: str, body: str
) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(body) == "organisation", kinds


@pytest.mark.parametrize(
    "text",
    [
        "Drei Kinder mussten im Krankenhaus behandelt werden.",
        "Die Klasse ging am Freitag ins Museum und danach in den Park.",
    ],
)
def test_a_building_alone_after_im_or_ins_says_where(text: str) -> None:
    kinds = actor_kinds(draft(text))
    assert "Krankenhaus" not in kinds and "Museum" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The orchestra is said to be looking for new sponsors, The Stage reported.", "The Stage"),
        (
            "The bridge will stay shut until May, according to the Harbourton Echo.",
            "Harbourton Echo",
        ),
    ],
)
def test_an_outlet_named_with_its_article_or_an_echo_is_a_cited_medium(
    text: str, outlet: str
) -> None:
    briefing = draft(text, "en")
    kinds = actor_kinds(briefing)
    assert kinds.get(outlet) == "media", kinds
    assert outlet in {s.outlet for s in briefing.sources}, briefing.sources


def test_a_body_that_reports_is_no_outlet() -> None:
    kinds = actor_kinds(draft("The Ministry reported that exports fell in May.", "en"))
    assert "media" not in kinds.values(), kinds


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Die Richter wiesen den Antrag der Verteidigung am Montag zurück.", "Richter"),
        ("Die Schiedsrichter des Turniers lobten die Fairness der Teams.", "Schiedsrichter"),
    ],
)
def test_a_masculine_office_after_die_is_a_group(text: str, group: str) -> None:
    """The article "die" before a masculine office makes it a plural: people holding it."""
    kinds = actor_kinds(draft(text))
    assert kinds.get(group) == "group", kinds


@pytest.mark.parametrize(
    "text",
    [
        "Die Richterin wies den Antrag am Montag zurück.",
        "Die Minister Hans Beck und Jan Ott reisten am Abend ab.",
    ],
)
def test_a_feminine_office_or_named_holders_make_no_group(text: str) -> None:
    kinds = actor_kinds(draft(text))
    assert "group" not in kinds.values(), kinds
