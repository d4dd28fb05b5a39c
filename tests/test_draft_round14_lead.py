"""Round fourteen, from a second new user's business story: a currency code before an
amount ("NOK 212.50", "CHF 1,2 Mrd.") is the amount's unit, never a body, so "the
company" after it points back at the firm named before. Every sentence here is written
for the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name

from tui.currencies import ISO_CURRENCIES


@pytest.mark.parametrize(
    ("text", "firm", "later"),
    [
        (
            "Outlook cut\n\nSkagen Foods, the Bergen-listed fish farmer, cut its outlook on"
            " Monday. Its shares fell 8 percent to"
            " NOK 131.40, wiping about NOK 2.2bn off its value.\n\n"
            "The company now expects a profit of NOK 700m.",
            "Skagen Foods",
            "The company now expects",
        ),
        (
            "Prognose gesenkt\n\nDie Alpenmolkerei Brunner AG hat ihre Prognose gesenkt. Der Umsatz stieg um"
            " 4 Prozent auf CHF 1,2 Mrd.\n\n"
            "Das Unternehmen erwartet nun einen Gewinn von CHF 80 Mio.",
            "Alpenmolkerei Brunner AG",
            "Das Unternehmen erwartet",
        ),
    ],
)
def test_a_currency_code_before_an_amount_is_no_body(text: str, firm: str, later: str) -> None:
    briefing = draft(text)
    kinds = actor_kinds(briefing)
    assert not ({"NOK", "CHF"} & kinds.keys()), kinds
    assert kinds.get(firm) == "organisation", kinds
    assert source_name(briefing, claim_starting(briefing, later)) == firm


def test_a_currency_code_alone_or_a_body_before_a_number_stays_what_it_was() -> None:
    """Only an ISO code before a number is a unit: an acronym of a body stays a body."""
    briefing = draft(
        "The GMB union said 300 jobs were at risk. GMB 2030, its new plan, was published on Friday."
    )
    assert actor_kinds(briefing).get("GMB") == "organisation"
    assert {"NOK", "CHF", "USD", "EUR", "GBP", "SEK", "DKK", "PLN"} <= ISO_CURRENCIES
    assert "GMB" not in ISO_CURRENCIES


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Results\n\nNorvald Foods cut its forecast. Its rival Halvorsen Confectionery,"
            " which reports next week, declined to comment.",
            ["Halvorsen Confectionery"],
        ),
        (
            "Freight\n\nSkagen Seafood, the Bergen-listed fish farmer, cut its outlook on"
            " Monday. Nordic Shipping said freight rates fell.",
            ["Skagen Seafood", "Nordic Shipping"],
        ),
    ],
)
def test_a_firm_named_for_its_trade_as_a_mass_noun_is_an_organisation(
    text: str, bodies: list[str]
) -> None:
    """ "Halvorsen Confectionery", like "Norvald Foods": a name and the trade it is in,
    never a person's first name and surname."""
    kinds = actor_kinds(draft(text))
    assert all(kinds.get(body) == "organisation" for body in bodies), kinds


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Cocoa\n\nPrices could fall back if the West African harvest recovers, traders said.",
            False,
        ),
        ("Chips\n\nDemand in East Asian markets slowed, the chipmaker said.", False),
        ("Sanctions\n\nThe West has imposed new sanctions, officials said.", True),
        ("Sanktionen\n\nDer Westen verhängte neue Sanktionen.", True),
    ],
)
def test_a_region_inside_a_compound_adjective_is_no_actor(text: str, region: bool) -> None:
    """ "the West African harvest" names a harvest, not the West; "The West has imposed"
    is the region acting."""
    assert ("The West" in actor_kinds(draft(text))) is region


@pytest.mark.parametrize(
    ("text", "later", "firm"),
    [
        (
            "Plant closure\n\nBrackwell Foods will close its plant in Leeds. The GMB union said"
            " it had not been consulted.\n\nThe company will publish its results in March.",
            "The company will publish",
            "Brackwell Foods",
        ),
        (
            "Werk schließt\n\nDie Kessler Foods AG schließt ihr Werk in Kassel. Die NGG"
            " Gewerkschaft kritisierte den Schritt.\n\nDas Unternehmen teilte mit, es lege im März"
            " Zahlen vor.",
            "Das Unternehmen teilte",
            "Kessler Foods AG",
        ),
    ],
)
def test_a_body_named_as_a_union_is_never_the_company(text: str, later: str, firm: str) -> None:
    """ "The GMB union said …. The company will publish": the firm, not the union."""
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, later)) == firm


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'Results\n\n"We passed on what we could," chief executive Ingrid Solberg told'
            " analysts.",
            "Ingrid Solberg",
            "chief executive",
        ),
        (
            "Plan\n\nThe plan is sound, deputy finance minister Tom Reyes said on Monday.",
            "Tom Reyes",
            "deputy finance minister",
        ),
        (
            "Film\n\nThe Iranian director Shirin Mahdavi said the film was done.",
            "Shirin Mahdavi",
            "director",
        ),
    ],
)
def test_a_rank_before_a_lowercase_office_is_part_of_it(text: str, name: str, role: str) -> None:
    """ "chief executive Ingrid Solberg": her role is the chief executive, not "executive"."""
    roles = {a.name: a.role for a in draft(text).actors}
    assert roles.get(name) == role, roles


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Freight\n\nRates will fall, said Maria Lopez of Nordic Shipping Research.",
            "Maria Lopez",
            "Nordic Shipping Research",
        ),
        (
            "Freight\n\nRates will fall, said Tom Baxter of Harwick Bank.",
            "Tom Baxter",
            "Harwick Bank",
        ),
    ],
)
def test_a_name_before_of_and_a_body_is_a_person_of_that_body(
    text: str, person: str, body: str
) -> None:
    """ "Maria Lopez of Nordic Bank": a person and her body, not one body of five words."""
    kinds = actor_kinds(draft(text))
    assert kinds.get(person) == "person" and kinds.get(body) == "organisation", kinds


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Wahl\n\nDer Politikwissenschaftler Hans Vorländer sagte, die Wahl sei offen.",
            "Hans Vorländer",
            "Politikwissenschaftler",
        ),
        (
            "Preise\n\nAgrarökonomin Lena Berg erwartet steigende Preise, sagte sie.",
            "Lena Berg",
            "Agrarökonomin",
        ),
    ],
)
def test_a_compound_scholar_before_a_name_is_the_persons_office(
    text: str, person: str, role: str
) -> None:
    """ "Der Politikwissenschaftler Hans Vorländer": a named expert with his field, not a
    body named "Politikwissenschaftler Hans Vorländer" (as "Wissenschaftler" alone was)."""
    roles = {a.name: (a.kind.value, a.role) for a in draft(text).actors}
    assert roles.get(person) == ("person", role), roles
