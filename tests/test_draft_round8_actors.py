"""Classes of actor misses on never-seen copy: product models taken for people or bodies,
companies named after the word for their trade, unnamed people introduced by their age,
offices before names with a particle, plural nouns that end no name, a short name and
the long name that ends in it, and surnames of two words."""

from __future__ import annotations

import pytest
from draft_helpers import draft as _draft

from tui.model import Briefing


def _names(briefing: Briefing) -> set[str]:
    """Every actor's name and alias."""
    return {a.name for a in briefing.actors} | {x.name for a in briefing.actors for x in a.aliases}


def _kinds(briefing: Briefing) -> dict[str, str]:
    return {a.name: a.kind.value for a in briefing.actors}


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Der Kunde fuhr mit seinem Opel Astra K4 in die Werkstatt.", "Astra"),
        ("Reviewers liked the Nova Z5 Ultra, which Brightline sells for $700.", "Nova"),
        ("Die neue Drohne QX 300 wird nach Angaben des Herstellers gut verkauft.", "QX"),
        ("Orders for the compact RT 90 tractor rose in the spring, the dealer said.", "RT"),
    ],
)
def test_a_model_name_is_no_actor(text: str, model: str) -> None:
    briefing = _draft(text)
    assert not any(model in name for name in _names(briefing))


def test_capitals_before_a_year_or_a_share_stay_a_body() -> None:
    briefing = _draft("Die Partei ÖVP 2024 hatte andere Pläne, sagte die Sprecherin der ÖVP.")
    assert "ÖVP" in _names(briefing)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Der Spielzeughersteller Kolbrand hat seine Prognose gesenkt.", "Kolbrand"),
        ("Der Versandhändler Zelvano streicht 300 Stellen in Leipzig.", "Zelvano"),
        ("Beim Energieversorger Ostrava gab es am Montag eine Störung.", "Ostrava"),
        ("Talks at the arbitration service Concilio ended on Friday.", "Concilio"),
        ("The housing association Kestrel raised rents by 6 percent.", "Kestrel"),
    ],
)
def test_a_company_after_the_word_for_its_trade(text: str, company: str) -> None:
    briefing = _draft(text)
    found = [a for a in briefing.actors if company in a.name]
    assert found and found[0].kind.value == "organisation"


def test_a_known_company_after_its_trade_keeps_its_name() -> None:
    briefing = _draft("Der Autobauer Volkswagen will ein Werk in Sachsen schließen.")
    assert "Volkswagen" in _kinds(briefing)


def test_the_group_after_a_bank_points_at_the_group_not_the_bank() -> None:
    briefing = _draft(
        "Der Pumpenbauer Wendtner hat weniger verdient. Ein Analyst der Volksbank Mitte"
        " sagte, das sei erwartet worden. Heute beschäftigt der Konzern 4000 Menschen."
    )
    wendtner = next(a for a in briefing.actors if "Wendtner" in a.name)
    assert "Konzern" in {x.name for x in wendtner.aliases}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Nach Angaben der Polizei kam ein 23-jähriger Radfahrer ums Leben.", "Radfahrer"),
        ("Eine 71-jährige Rentnerin wurde bei dem Brand leicht verletzt.", "Rentnerin"),
        ("Police said a 30-year-old woman was taken to hospital.", "woman"),
        ("Witnesses saw an 18-year-old cyclist fall near the bridge.", "cyclist"),
    ],
)
def test_an_unnamed_person_named_by_age_is_an_actor(text: str, person: str) -> None:
    briefing = _draft(text)
    assert any(name.endswith(person) for name in _names(briefing))


@pytest.mark.parametrize(
    "text",
    [
        "Two men were charged after a 19-year-old was injured in the park.",
        "Das Gericht verhandelt über einen 20-jährigen Vertrag mit der Stadt.",
    ],
)
def test_an_age_without_a_person_noun_is_no_actor(text: str) -> None:
    briefing = _draft(text)
    assert not any("year-old" in n or "jährig" in n for n in _names(briefing))


def test_a_person_by_age_is_the_defendant_named_later() -> None:
    briefing = _draft(
        "Das Amtsgericht Kiel hat einen 52-jährigen Mann zu drei Jahren Haft verurteilt.\n\n"
        "Der Angeklagte hatte die Taten gestanden."
    )
    people = [a for a in briefing.actors if a.kind.value == "person"]
    assert len(people) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Analystin Birte van Loon von der Sparkasse hält das für zu optimistisch.",
            "Birte van Loon",
        ),
        ("Tierärztin Maren de Groot aus Husum sagte, die Lage sei ernst.", "Maren de Groot"),
    ],
)
def test_a_label_before_a_name_with_a_particle(text: str, name: str) -> None:
    assert name in _names(_draft(text))


@pytest.mark.parametrize(
    "text",
    [
        "Autofahrer dürften vor allem rund um Dresden Probleme bekommen.",
        "Die Fähre hatte wegen Sturm in Kiel Verspätungen.",
    ],
)
def test_a_plural_noun_ends_no_name(text: str) -> None:
    assert not any(a.kind.value == "person" for a in _draft(text).actors)


def test_a_surname_ending_in_e_is_still_a_name() -> None:
    briefing = _draft("Finanzministerin Petra Runde sprach von einem schwierigen Jahr.")
    assert "Petra Runde" in _names(briefing)


@pytest.mark.parametrize(
    "text",
    [
        "Die Lokführergewerkschaft GDL hat zum Streik aufgerufen. Die GDL fordert mehr Geld.",
        "Die Pilotengewerkschaft VC droht mit Streik. Ein VC-Sprecher bestätigte das.",
    ],
)
def test_a_short_name_at_the_end_of_a_long_one_is_one_body(text: str) -> None:
    bodies = [a for a in _draft(text).actors if a.kind.value == "organisation"]
    assert len(bodies) == 1


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "Senator Laura Van Dyke said the bill was rushed. Van Dyke will vote no.",
            "Laura Van Dyke",
        ),
        (
            "Die Ärztin Hanna de Boer warnte vor Grippe. De Boer rät zur Impfung.",
            "Hanna de Boer",
        ),
    ],
)
def test_a_surname_of_two_words_is_the_person_named_in_full(text: str, full: str) -> None:
    people = [a for a in _draft(text).actors if a.kind.value == "person"]
    assert [p.name for p in people] == [full]


@pytest.mark.parametrize(
    "text",
    [
        "Die Sache sei erledigt, teilte ein Brauerei-Sprecher mit.",
        "Man prüfe den Fall, sagte eine Klinik-Sprecherin am Abend.",
    ],
)
def test_a_spokesperson_joined_to_a_body_is_a_person(text: str) -> None:
    kinds = _kinds(_draft(text))
    assert any(k == "person" and "Sprecher" in n for n, k in kinds.items())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Zuvor hatte nur die Dresdnerin Carola Weinhold 1998 und 2001 gewonnen.",
            "Carola Weinhold",
        ),
        ("The list of winners names Gareth Pryce 2011 and Tom Hale 2014.", "Gareth Pryce"),
    ],
)
def test_a_year_after_a_name_leaves_the_person(text: str, name: str) -> None:
    assert name in _names(_draft(text))
