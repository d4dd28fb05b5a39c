"""Round seventeen, actors: classes of actor misses read from the real set Q (cities named
as places, posts or venues rather than as their states; a place's name taken for a
person; a body's long compound in the genitive; a person's "said it" with no company in
it; a dateline's place set in capitals). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, draft

from tui.draft.collectives import collective_subject
from tui.draft.nouns import genitive_lemma
from tui.draft.statehood import acts_as_state

# --- a capital as a place: listed, after "in" in a list, after "Hauptstadt" -------------


@pytest.mark.parametrize(
    ("sentence", "name", "state"),
    [
        ("Die Tournee führt nach Wien: Rom, Paris, Wien und Prag stehen im Plan.", "Paris", False),
        ("Sie war zuvor Konsulin in Oslo, Warschau und Moskau gewesen.", "Moskau", False),
        ("Er übernahm den Posten in der russischen Hauptstadt Moskau.", "Moskau", False),
        ("The orchestra plays in the capital Warsaw next spring.", "Warsaw", False),
        ("Die Leitung der Botschaft Warschau wechselt im Herbst.", "Warschau", False),
        ("Moskau wies die Vorwürfe am Montag zurück.", "Moskau", True),
        ("Moskau und Peking kritisierten den Beschluss scharf.", "Peking", True),
        ("Frankreich, Polen, Spanien und Italien stimmten dagegen.", "Polen", True),
    ],
)
def test_a_capital_listed_or_after_a_town_noun_is_a_place(
    sentence: str, name: str, state: bool
) -> None:
    start = sentence.index(name)
    assert acts_as_state(sentence, start, start + len(name), adjective=False) is state


def test_a_list_of_posts_makes_no_states_and_no_person() -> None:
    text = (
        "Neue Konsuln\n\n"
        "Die Ministerin besetzt vier Konsulate neu: Tel Aviv, Moskau, Madrid und Peking. "
        "Das bestätigte ihr Sprecher Jonas Brandt am Montag.\n\n"
        "Der bisherige Konsul in Moskau, Felix Adler, wechselt nach Tel Aviv.\n"
    )
    kinds = actor_kinds(draft(text, "de"))
    assert "Tel Aviv" not in kinds
    assert not [name for name, kind in kinds.items() if kind == "state"]
    assert kinds.get("Jonas Brandt") == "person"


def test_a_shopping_mall_is_no_person() -> None:
    text = (
        "Alarm at a shopping centre\n\n"
        "Officers cleared Harbourside Mall on Friday after a false alarm, a spokesman said.\n"
    )
    kinds = actor_kinds(draft(text, "en"))
    assert "Harbourside Mall" not in kinds


# --- a long compound in the genitive ----------------------------------------------------


def test_a_long_compound_in_the_genitive_loses_its_ending() -> None:
    assert genitive_lemma("Bundesverteidigungsministeriums") == "Bundesverteidigungsministerium"
    assert genitive_lemma("Umweltministeriums") == "Umweltministerium"


def test_a_body_named_only_in_the_genitive_is_named_in_the_nominative() -> None:
    text = (
        "Neuer Direktor\n\n"
        "Die Stelle zieht Wechsel in der Spitze des Bundesverteidigungsministeriums nach "
        "sich, sagte die Sprecherin Lea Hahn.\n"
    )
    kinds = actor_kinds(draft(text, "de"))
    assert kinds.get("Bundesverteidigungsministerium") == "organisation"
    assert "Bundesverteidigungsministeriums" not in kinds


# --- "said it" of no one, a dateline in capitals ------------------------------------------


def test_a_person_saying_it_was_unclear_is_no_company() -> None:
    text = (
        "Talks resume\n\n"
        "The envoy, Maren Okafor, flew home on Sunday.\n\n"
        "Okafor said it had yet to be decided when she would go back.\n\n"
        "Harlow Freight said it would hire 200 drivers.\n"
    )
    kinds = actor_kinds(draft(text, "en"))
    assert "Okafor" not in kinds
    assert kinds.get("Maren Okafor") == "person"
    assert kinds.get("Harlow Freight") == "organisation"


def test_a_dateline_place_in_capitals_is_no_body() -> None:
    text = (
        "Court rules on permit\n\n"
        "SAN FRANCISCO \N{BULLET} A state court on Tuesday struck down the permit, "
        "the city's lawyer Dana Fox said.\n"
    )
    kinds = actor_kinds(draft(text, "en"))
    assert "SAN" not in kinds


# --- a party's name before the noun of one of its people ---------------------------------


def test_a_party_before_its_candidate_is_no_actor_but_acting_alone_is() -> None:
    text = (
        "By-election result\n\n"
        "The Conservative candidate Jo Marsh won the ward with 812 votes.\n\n"
        "The Labour councillor Sam Reid said the turnout was low.\n"
    )
    kinds = actor_kinds(draft(text, "en"))
    assert "Conservative Party" not in kinds
    assert "Labour Party" not in kinds
    text = (
        "By-election result\n\n"
        "The Conservative candidate Jo Marsh won the ward with 812 votes.\n\n"
        "Labour doubled its share of the vote, its agent said.\n"
    )
    kinds = actor_kinds(draft(text, "en"))
    assert "Conservative Party" not in kinds
    assert kinds.get("Labour Party") == "organisation"


# --- collectives: compounds of a listed word, singled out, after "als", attackers ---------


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Vor allem Dorfbewohner, die den Brand gesehen haben, sollen sich melden.",
            "Dorfbewohner",
        ),
        ("Erst als Rettungskräfte eintrafen, ließ der Mann von ihr ab.", "Rettungskräfte"),
        ("Die Stammkunden beschwerten sich über die neuen Preise.", "Stammkunden"),
        ("Nach dem Überfall flohen die Angreifer in einem Kleinwagen.", "Angreifer"),
        ("The attackers fled on foot before officers arrived.", "attackers"),
    ],
)
def test_more_collectives_that_act_are_subjects(sentence: str, word: str) -> None:
    start = sentence.index(word)
    language = "en" if word == "attackers" else "de"
    assert collective_subject(sentence, start, start + len(word), language)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Man habe Proben von mehr als 800 Patienten ausgewertet.", "Patienten"),
        ("Sie sollen zuvor mehrfach als Besucher im Haus gewesen sein.", "Besucher"),
        ("Der Vermieter erhöhte die Miete.", "Vermieter"),
    ],
)
def test_a_comparison_or_a_word_of_its_own_is_no_collective(sentence: str, word: str) -> None:
    start = sentence.index(word)
    assert not collective_subject(sentence, start, start + len(word), "de")


# --- a council whose name ends like a word that is no body -------------------------------


def test_a_municipal_council_is_a_body() -> None:
    text = (
        "Streit um Schwimmbad\n\n"
        "Die Bürgerinitiative zieht gegen den Gemeinderat vor Gericht. Der Beschluss war "
        "im Mai vom Gemeinderat gefasst worden, sagte ihr Sprecher Paul Wendt.\n"
    )
    kinds = actor_kinds(draft(text, "de"))
    assert kinds.get("Gemeinderat") == "organisation"


# --- a hospital the hurt are taken to is a place ------------------------------------------


def test_a_hospital_the_hurt_are_taken_to_is_a_place_its_staff_make_it_a_body() -> None:
    text = (
        "Crash on the ring road\n\n"
        "Two drivers were taken to Westbrook General Hospital after the crash, "
        "a police spokesman said.\n"
    )
    assert "Westbrook General Hospital" not in actor_kinds(draft(text, "en"))
    text = (
        "Crash on the ring road\n\n"
        "Both are stable, said Ada Kerr, a surgeon at Westbrook General Hospital.\n"
    )
    assert actor_kinds(draft(text, "en")).get("Westbrook General Hospital") == "organisation"
