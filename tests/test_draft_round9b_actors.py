"""Round nine, second pass on actors: a name with a middle initial is one person, and a
German body with a masculine head is named in the form its name has alone."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name


@pytest.mark.parametrize(
    ("text", "person", "start"),
    [
        (
            "\u201cThe refund figures in that note are simply wrong,\u201d Mara T. Oyelaran,"
            " the firm\u2019s general counsel, said in a statement.",
            "Mara T. Oyelaran",
            "\u201cThe refund",
        ),
        (
            "Richter Paul W. Brandt sagte, das Urteil falle erst im Juni.",
            "Paul W. Brandt",
            "Richter Paul",
        ),
        (
            "Club treasurer Jonah R. Whitlow said the roof would be fixed by spring.",
            "Jonah R. Whitlow",
            "Club treasurer",
        ),
    ],
)
def test_a_middle_initial_keeps_first_name_and_surname_together(
    text: str, person: str, start: str
) -> None:
    briefing = draft(text)
    kinds = actor_kinds(briefing)
    assert kinds.get(person) == "person", kinds
    assert source_name(briefing, claim_starting(briefing, start)) == person


def test_a_surname_cut_to_its_initial_still_ends_the_name() -> None:
    kinds = actor_kinds(draft("Der Angeklagte Frank S. schwieg zu den Vorwürfen."))
    assert "Frank S." in kinds, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Deutsche Mieterbund begrüßt die neue Regel.", "Deutscher Mieterbund"),
        (
            "Nach Angaben des Deutschen Wetterdienstes wird es am Sonntag stürmisch.",
            "Deutscher Wetterdienst",
        ),
        ("Der Hessische Bauernverband warnt vor Dürre.", "Hessischer Bauernverband"),
        ("Der Paritätische Gesamtverband kritisiert die Kürzung.", "Paritätischer Gesamtverband"),
    ],
)
def test_a_masculine_body_takes_the_strong_adjective_of_its_own_name(text: str, name: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(name) == "organisation", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Deutsche Bahn hat den Fahrplan geändert.", "Deutsche Bahn"),
        ("Der Münchner Stadtrat hat den Plan gebilligt.", "Münchner Stadtrat"),
    ],
)
def test_a_feminine_head_or_an_uninflected_word_is_left_as_written(text: str, name: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(name) == "organisation", kinds


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        ("Die Bremer IG Metall kritisiert den Sozialplan scharf.", "IG Metall", "Die Bremer"),
        (
            "Das sei ein fauler Kompromiss, sagte IG Bergbau-Sprecherin Ina Vogt.",
            "IG Bergbau",
            None,
        ),
        ("The union IG Metall said the pay offer was far too low.", "IG Metall", "The union"),
    ],
)
def test_two_letters_and_the_word_after_them_are_one_name(
    text: str, name: str, start: str | None
) -> None:
    briefing = draft(text)
    kinds = actor_kinds(briefing)
    assert kinds.get(name) == "organisation", kinds
    assert "IG" not in kinds
    if start is not None:
        assert source_name(briefing, claim_starting(briefing, start)) == name


def test_a_known_place_or_office_after_two_letters_is_not_part_of_a_name() -> None:
    kinds = actor_kinds(draft("Die IG BCE und der US Präsident schweigen zu dem Plan."))
    assert "IG BCE" in kinds, kinds
    assert not any(n.startswith("US ") for n in kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "Mitte Mai hatte die Firma angekündigt, das Werk in Hof zu schließen.",
        "Ende März hatte der Verein gewarnt, die Halle sei marode.",
        "Anfang Juni hatte die Stadt erklärt, die Brücke bleibe offen.",
    ],
)
def test_a_part_of_a_month_opening_the_sentence_is_no_actor(text: str) -> None:
    kinds = actor_kinds(draft(text))
    assert not any(n.startswith(("Mitte", "Ende", "Anfang")) for n in kinds), kinds


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("The leaders of a school facing a merger say the plan was rushed.", "leaders of a"),
        ("Parents have called for the two directors to step down over the move.", "two director"),
        ("Residents urged the three managers to resign after the flood.", "three manager"),
    ],
)
def test_a_role_in_the_plural_is_no_single_person(text: str, bad: str) -> None:
    kinds = actor_kinds(draft(text))
    assert bad not in kinds, kinds
    assert not any(kind == "person" for kind in kinds.values()), kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Securities and Exchange Commission said it would look into the trades.",
            "Securities and Exchange Commission",
        ),
        (
            "The Transport, Roads and Rural Affairs Committee said the bridge plan was weak.",
            "Transport, Roads and Rural Affairs Committee",
        ),
        (
            "Members of the Parks and Leisure Committee said the lido should reopen.",
            "Parks and Leisure Committee",
        ),
    ],
)
def test_a_list_before_a_head_after_the_article_is_one_name(text: str, name: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(name) == "organisation", kinds


def test_two_names_joined_without_an_article_stay_two() -> None:
    kinds = actor_kinds(draft("Siemens and Bosch Group said the plant would stay open."))
    assert "Siemens and Bosch Group" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "start", "group"),
    [
        ("But councillors said the budget was too tight.", "But", "Unnamed councillors"),
        ("But officials said the road would reopen in May.", "But", "Unnamed officials"),
    ],
)
def test_a_joining_word_opening_the_sentence_is_no_part_of_a_group(
    text: str, start: str, group: str
) -> None:
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == group


@pytest.mark.parametrize(
    ("text", "start", "group"),
    [
        (
            "Opposition councillors have called for the mayor to resign.",
            "Opposition",
            "Unnamed Opposition councillors",
        ),
        (
            "Opposition officers said the rota was unfair to night staff.",
            "Opposition",
            "Unnamed Opposition officers",
        ),
    ],
)
def test_people_after_a_group_word_are_part_of_the_group(text: str, start: str, group: str) -> None:
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == group


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Die Verbraucherzentrale Bremen hält den neuen Tarif für zu teuer.",
            "Verbraucherzentrale Bremen",
            "Die Verbraucherzentrale",
        ),
        (
            "Die Landeszentrale Sachsen rät Schulen zu mehr Projekttagen.",
            "Landeszentrale Sachsen",
            "Die Landeszentrale",
        ),
    ],
)
def test_a_zentrale_is_a_body_and_the_holder_of_its_view(text: str, name: str, start: str) -> None:
    briefing = draft(text)
    assert actor_kinds(briefing).get(name) == "organisation"
    assert source_name(briefing, claim_starting(briefing, start)) == name


@pytest.mark.parametrize(
    "text",
    [
        "Storms hit the South East and the North West overnight, the forecasters said.",
        "Frost is likely across the East Midlands and the South West, the agency said.",
    ],
)
def test_points_of_the_compass_name_a_region_not_a_person(text: str) -> None:
    kinds = actor_kinds(draft(text))
    assert not any(kind == "person" for kind in kinds.values()), kinds


@pytest.mark.parametrize(
    "text",
    [
        "Norvale (NASDAQ:) shares closed down 3 per cent on Monday.",
        "Halden Group (NYSE: ) shares rose after the results.",
    ],
)
def test_an_exchange_in_a_ticker_whose_symbol_was_lost_is_no_actor(text: str) -> None:
    kinds = actor_kinds(draft(text))
    assert "NASDAQ" not in kinds and "NYSE" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The leaflet made claims about councillors and officers, the council said.",
            "Unnamed councillors and officers",
        ),
        (
            "The blog made remarks about directors and officers, the company said.",
            "Unnamed directors and officers",
        ),
    ],
)
def test_two_kinds_of_office_holders_joined_by_and_are_one_group(text: str, group: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(group) == "group", kinds
    assert "Unnamed officers" not in kinds
