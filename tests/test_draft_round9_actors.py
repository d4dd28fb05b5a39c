"""Round nine, actors: no actor made of a kind of body alone or of a count word, a
company after a bare trade word, the noun that says whose a group is, and a label before
a person's name that makes no group."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name


@pytest.mark.parametrize(
    "text",
    [
        "Nach Angaben des Unternehmens sind 40 Stellen betroffen.",
        "Die Firma teilte mit, das Werk in Suhl bleibe offen.",
        "Laut einer Sprecherin sei die Lage ernst. Nach Angaben des Konzerns fehlen Teile.",
    ],
)
def test_a_kind_of_body_alone_with_nothing_named_is_no_actor(text: str) -> None:
    kinds = actor_kinds(draft(text))
    assert not any(k == "organisation" for k in kinds.values()), kinds
    assert not any(name.startswith(("Unternehmen", "Firma", "Konzern")) for name in kinds)


@pytest.mark.parametrize(
    ("text", "start", "company"),
    [
        (
            "Der Versandhändler Zelvano streicht Stellen. Nach Angaben des Unternehmens"
            " sind 300 Stellen betroffen.",
            "Nach Angaben",
            "Zelvano",
        ),
        (
            "Die Reederei Kalvex verkauft zwei Schiffe. Nach Angaben der Firma bleiben"
            " alle Stellen erhalten.",
            "Nach Angaben",
            "Kalvex",
        ),
    ],
)
def test_a_kind_of_body_in_the_genitive_points_back_at_the_company(
    text: str, start: str, company: str
) -> None:
    briefing = draft(text)
    name = source_name(briefing, claim_starting(briefing, start))
    assert name is not None and company in name
    assert [n for n, k in actor_kinds(briefing).items() if k == "organisation"] == [name]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Die Reederei Kalvex verkauft zwei Schiffe an einen Konkurrenten.", "Kalvex"),
        ("Der Konzern Brontek hat seine Prognose am Freitag gesenkt.", "Brontek"),
        ("Der Verlag Velmora bringt das Buch im Mai heraus.", "Velmora"),
    ],
)
def test_a_company_after_a_trade_word_of_its_own(text: str, company: str) -> None:
    kinds = actor_kinds(draft(text, language="de"))
    found = [n for n in kinds if company in n]
    assert found and kinds[found[0]] == "organisation"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Die Preise würden steigen, sagte Händler Jonas Fink am Montag.", "Jonas Fink"),
        ("Der Bauer Lukas Thiel hat seine Felder verkauft.", "Lukas Thiel"),
    ],
)
def test_a_trade_label_before_a_name_is_a_person_not_a_group(text: str, person: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(person) == "person"
    assert list(kinds.values()).count("person") == 1
    assert "group" not in kinds.values() and "organisation" not in kinds.values()


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The mayor spoke first. Some council members objected to the plan.", "council members"),
        ("Many bus drivers said the new shifts were too long.", "bus drivers"),
        ("Several hospital workers complained about the offer.", "hospital workers"),
    ],
)
def test_a_noun_before_a_speaking_plural_belongs_to_the_group(text: str, group: str) -> None:
    briefing = draft(text)
    kinds = actor_kinds(briefing)
    assert any(name.endswith(group) and k == "group" for name, k in kinds.items()), kinds
    assert not any(name.startswith(("Some ", "Many ", "Several ")) for name in kinds)
    assert not any(k == "organisation" for k in kinds.values())


@pytest.mark.parametrize(
    "text",
    [
        "Some council staff were moved to the new offices.",
        "Many council candidates stood for the first time.",
    ],
)
def test_a_count_word_before_council_names_no_council(text: str) -> None:
    kinds = actor_kinds(draft(text))
    assert not any(k == "organisation" for k in kinds.values()), kinds


def test_a_council_named_by_its_place_stays_a_body() -> None:
    kinds = actor_kinds(draft("Torby council said the bridge would close in May."))
    assert kinds.get("Torby council") == "organisation"


@pytest.mark.parametrize(
    ("text", "woman"),
    [
        (
            "ERFURT \N{EN DASH} Eine Busfahrerin aus Sömmerda hat vor Gericht gewonnen. Sie selbst"
            " gab an, wegen der Hitze eine Pause gemacht zu haben.",
            "Busfahrerin",
        ),
        (
            "Eine Lehrerin aus Suhl kritisiert den neuen Stundenplan. Sie sagte, die Klassen"
            " seien viel zu groß.",
            "Lehrerin",
        ),
    ],
)
def test_a_woman_by_what_she_does_opens_the_sentence_as_a_person(text: str, woman: str) -> None:
    briefing = draft(text, language="de")
    assert actor_kinds(briefing).get(woman) == "person"
    assert source_name(briefing, claim_starting(briefing, "Sie ")) == woman


@pytest.mark.parametrize(
    "text",
    [
        "Die Medizin hilft in diesem Fall leider nicht mehr weiter.",
        "Eine Vitrine aus Glas stand im Flur des Museums.",
    ],
)
def test_a_word_that_only_ends_like_a_woman_is_no_person(text: str) -> None:
    assert "person" not in actor_kinds(draft(text, language="de")).values()


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Eine Kassiererin aus Gera ist entlassen worden. Der Frau war vorgeworfen worden,"
            " Geld genommen zu haben.",
            "Der Frau",
        ),
        (
            "A delivery driver named Tom Quill was stopped on Monday. The man said he had"
            " not seen the sign.",
            "The man said",
        ),
    ],
)
def test_the_woman_or_the_man_is_the_person_named_before(text: str, start: str) -> None:
    briefing = draft(text)
    kinds = actor_kinds(briefing)
    assert "organisation" not in kinds.values()
    assert not any(name.casefold() in ("frau", "man") for name in kinds)
    name = source_name(briefing, claim_starting(briefing, start))
    assert name is None or kinds[name] == "person"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Some parents remain unhappy about the plan to close the library.", "parents"),
        ("Many farmers are still worried about the long dry spell.", "farmers"),
    ],
)
def test_a_plural_that_holds_a_stance_is_a_group_and_the_source(text: str, group: str) -> None:
    briefing = draft(text)
    name = source_name(briefing, briefing.claims[0])
    assert name is not None and name.endswith(group)
    assert actor_kinds(briefing)[name] == "group"


@pytest.mark.parametrize(
    "text",
    ["Prices remain high across the whole region.", "Roads were closed after the storm."],
)
def test_things_in_a_state_are_no_group(text: str) -> None:
    briefing = draft(text)
    assert briefing.actors == []
    assert briefing.claims[0].attributed_to is None
