"""Classes of name misses on never-seen copy: a surname cut to its initial, saints' names
that name schools and hospitals, a sentence's opening preposition before a lowercase
body, campaigns named "… United for …", a body's meeting, and outlets by web address."""

from __future__ import annotations

import pytest
from draft_helpers import draft as _draft

from tui.draft.organisations import find_bodies
from tui.model import Briefing


def _actors(briefing: Briefing) -> dict[str, str]:
    """Every actor's name with its kind."""
    return {a.name: a.kind for a in briefing.actors}


def _names(briefing: Briefing) -> set[str]:
    """Every actor's name and alias."""
    return {a.name for a in briefing.actors} | {x.name for a in briefing.actors for x in a.aliases}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vor dem Landgericht schwieg der Angeklagte Jens W. zu allen Vorwürfen.", "Jens W."),
        ("Die Zeugin Petra L. sagte, sie habe den Wagen erst spät bemerkt.", "Petra L."),
    ],
)
def test_a_surname_cut_to_its_initial_keeps_its_dot(text: str, name: str) -> None:
    actors = _actors(_draft(text))
    assert actors.get(name) == "person"


@pytest.mark.parametrize(
    ("text", "body", "saint"),
    [
        (
            "Teachers at St Bride's Primary said the new timetable had helped.",
            "St Bride's Primary",
            "St Bride",
        ),
        (
            "Nurses at St Columba's Hospital said the ward would reopen in spring.",
            "St Columba's Hospital",
            "St Columba",
        ),
    ],
)
def test_a_saints_name_before_a_school_or_hospital_is_the_body(
    text: str, body: str, saint: str
) -> None:
    actors = _actors(_draft(text))
    assert actors.get(body) == "organisation"
    assert saint not in actors


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Under government plans, the old grades will be dropped next year.", "Under government"),
        ("After police arrived, the crowd slowly went home.", "After police"),
    ],
)
def test_an_opening_preposition_is_no_owner_of_a_body(text: str, wrong: str) -> None:
    assert wrong not in _names(_draft(text))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A post on the page of Neighbours United for Elmwood drew hundreds of replies.",
            "Neighbours United for Elmwood",
        ),
        (
            "Volunteers from Parents United Against Knife Crime handed out leaflets.",
            "Parents United Against Knife Crime",
        ),
    ],
)
def test_a_campaign_named_united_for_its_cause_is_one_group(text: str, group: str) -> None:
    bodies = {b.name: b.kind for b in find_bodies(text, "en")}
    assert bodies.get(group) == "group"


def test_a_club_named_united_stays_a_club() -> None:
    bodies = {b.name: b.kind for b in find_bodies("Leeds United against Fulham ended 2-2.", "en")}
    assert bodies == {"Leeds United": "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        "The next town council meeting is on 3 March at the library.",
        "The city council budget was cut by a tenth this year.",
    ],
)
def test_a_bodys_meeting_or_budget_is_no_body(text: str) -> None:
    assert not [b for b in find_bodies(text, "en") if b.name.endswith("council")]


def test_the_council_itself_stays_a_body() -> None:
    bodies = [b.name for b in find_bodies("The town council voted to close the pool.", "en")]
    assert bodies == ["town council"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Das bestätigte ein Sprecher der Stadt auf Anfrage von nordkurier.de.", "nordkurier.de"),
        ("Der Landrat sagte gegenüber t-online.de, er sehe keinen Anlass.", "t-online.de"),
        ("The head teacher told examplenews.co.uk that lessons would resume.", "examplenews.co.uk"),
        ("Wie ruhrbote.de berichtet, fällt das Stadtfest aus.", "ruhrbote.de"),
    ],
)
def test_a_web_address_the_sentence_cites_is_an_outlet(text: str, outlet: str) -> None:
    bodies = {b.name: b.kind for b in find_bodies(text, "de" if "der" in text else "en")}
    assert bodies.get(outlet) == "media"


@pytest.mark.parametrize(
    "text",
    [
        "Karten gibt es ab Montag auf stadtfest-beispiel.de zu kaufen.",
        "Write to info@town.gov.uk or see www.town.co.uk for details.",
    ],
)
def test_a_web_address_nobody_cites_is_no_outlet(text: str) -> None:
    assert not [b for b in find_bodies(text, "en") if b.kind == "media"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Harvest conducted a poll of 400 growers in the spring.", "Harvest"),
        ("Pulse had tipped the young striker for a move abroad.", "Pulse"),
        ("The singer told Rhythm that the tour would be her last.", "Rhythm"),
    ],
)
def test_a_plain_word_that_does_a_newsrooms_deed_is_an_outlet(text: str, outlet: str) -> None:
    bodies = {b.name: b.kind for b in find_bodies(text, "en")}
    assert bodies.get(outlet) == "media"


@pytest.mark.parametrize(
    "text",
    [
        "Police reported a sharp rise in bicycle thefts.",
        "Evidence obtained by the inspectors shows a rise.",
        "Researchers reported that the bees lost their way.",
        "She told Congress that the plan was sound.",
    ],
)
def test_bodies_groups_and_participles_before_a_deed_are_no_outlet(text: str) -> None:
    assert not [b for b in find_bodies(text, "en") if b.kind == "media"]


@pytest.mark.parametrize(
    ("text", "festival"),
    [
        (
            "The jury of the 40th Harbourside Film Festival met on Friday.",
            "Harbourside Film Festival",
        ),
        (
            "Tickets for the Millbrook Folk Festival sold out within an hour.",
            "Millbrook Folk Festival",
        ),
    ],
)
def test_a_festival_named_in_title_case_is_a_body(text: str, festival: str) -> None:
    bodies = {b.name: b.kind for b in find_bodies(text, "en")}
    assert bodies.get(festival) == "organisation"


def test_a_festival_with_no_name_is_no_body() -> None:
    assert not find_bodies("The Festival opened on Monday with a parade.", "en")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "The merger would leave them the third-largest valve maker after Norway's Fjellstad.",
            "Fjellstad",
        ),
        ("Its rivals include Denmark's Tovholm, which cut prices last year.", "Tovholm"),
    ],
)
def test_a_states_one_word_name_in_a_sentence_about_a_trade_is_a_firm(text: str, firm: str) -> None:
    bodies = {b.name: b.kind for b in find_bodies(text, "en")}
    assert bodies.get(firm) == "organisation"


@pytest.mark.parametrize(
    "text",
    ["Spain's Alcaraz won the final in four sets.", "Norway's Fjellstad scored twice on Sunday."],
)
def test_a_states_one_word_name_with_no_trade_is_left_alone(text: str) -> None:
    assert not [b for b in find_bodies(text, "en") if b.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "The assembly passed the Kerala Ports and Shipping (Amendment) Bill on Tuesday.",
            "Kerala Ports",
        ),
        ("Lawyers cited the Harbour Dues and Pilotage Act in court.", "Harbour Dues"),
    ],
)
def test_the_opening_words_of_a_laws_title_name_no_one(text: str, wrong: str) -> None:
    assert wrong not in _names(_draft(text))


def test_a_person_beside_a_laws_title_stays() -> None:
    text = "Senator Maria Lopez and the Renters Reform Bill were in the news again."
    assert "Maria Lopez" in _names(_draft(text))
