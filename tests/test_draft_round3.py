"""Patterns drafting got wrong on the second unseen set (and the general shapes behind
them), one test each.

Texts are short and written for these tests (public figures by name, events invented).
"""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds as _kinds
from draft_helpers import draft as _draft
from draft_helpers import source_name as _source

from tui.cues import find_cues
from tui.draft.figures import find_figures

# --- actors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Northwind Logistics Inc. priced its shares on Friday.", "Northwind Logistics Inc"),
        ("FedEx Corp. raised its outlook.", "FedEx Corp"),
        ("Die Siemens AG hat ihre Prognose gesenkt.", "Siemens AG"),
        ("Die Deutsche Bahn sperrt die Strecke ab August.", "Deutsche Bahn"),
        ("Transport for London said fares would rise in March.", "Transport for London"),
    ],
)
def test_companies_by_their_legal_form_and_transport_bodies(text: str, name: str) -> None:
    kinds = _kinds(_draft(text))
    assert kinds.get(name) == "organisation"
    assert "person" not in kinds.values()


def test_a_stock_ticker_names_no_actor() -> None:
    kinds = _kinds(_draft("FedEx Corp. (NYSE:FDX) said on Tuesday that it would cut jobs."))
    assert set(kinds) == {"FedEx Corp"}


def test_a_person_in_apposition_after_a_body() -> None:
    draft = _draft(
        "Die Vorsitzende des Deutschen Gewerkschaftsbundes, Yasmin Fahimi, nannte die "
        "Erhöhung dagegen enttäuschend."
    )
    assert _kinds(draft).get("Yasmin Fahimi") == "person"
    assert _source(draft, draft.claims[0]) == "Yasmin Fahimi"


def test_a_quote_spoken_by_the_person_after_an_office_of_a_body() -> None:
    draft = _draft(
        '"We came here for a lifeline," said the chair of the Alliance of Small Island '
        "States, Cedric Schuster."
    )
    speaker = {a.id: a.name for a in draft.actors}[draft.quotes[0].speaker]
    assert speaker == "Cedric Schuster"


def test_an_unnamed_person_opening_a_sentence_is_who_she_is() -> None:
    draft = _draft(
        "A senior detective leading the investigation appealed for witnesses. "
        '"Somebody knows who did this," she said.'
    )
    speaker = {a.id: a.name for a in draft.actors}[draft.quotes[0].speaker]
    assert speaker == "senior detective"


# --- kinds ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Deutsche Bahn sperrt die Strecke zwischen Hamburg und Berlin ab August.",
        "Der Landkreis schließt die Geburtsstation zum Jahresende.",
        "Bis 2030 sollen insgesamt 40 Strecken auf diese Weise erneuert werden.",
        "Nach der Sanierung werde die Strecke deutlich weniger störanfällig sein, sagte er.",
        "The company plans to open 40 new stores across Scotland.",
        "A larger trial is scheduled to start in the spring.",
        "The target is unlikely to be met, the minister said.",
    ],
)
def test_plans_and_schedules_are_forecasts(text: str) -> None:
    assert _draft(text).claims[0].kind.value == "forecast"


def test_a_past_statement_with_a_month_is_no_plan() -> None:
    assert _draft("Die Zahl der Fahrgäste sank im August deutlich.").claims[0].kind.value != (
        "forecast"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bundeskanzler Olaf Scholz würdigte ihn als „leidenschaftlichen Demokraten“.",
        "Arbeitsminister Hubertus Heil begrüßte die Entscheidung als „guten Kompromiss“.",
        "Admirers called him the architect of modern Europe.",
        'UN climate chief Simon Stiell called the deal "a floor, not a ceiling".',
        "Margaret Thatcher saw him as the embodiment of a federal superstate.",
        "Bundesverkehrsminister Volker Wissing erklärte, die Sanierung sei ohne Alternative.",
    ],
)
def test_views_without_a_judging_verb_of_the_old_kind(text: str) -> None:
    assert _draft(text).claims[0].kind.value == "opinion"


def test_calling_the_police_is_no_view() -> None:
    assert _draft("A neighbour called the police at midnight.").claims[0].kind.value != "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "Er war Innenminister, Finanzminister und zuletzt Bundestagspräsident.",
        "She became finance minister at the age of 41.",
    ],
)
def test_careers_in_a_profile_are_history(text: str) -> None:
    assert _draft(text).claims[0].kind.value == "historical"


def test_the_speaker_of_a_judging_verb_is_its_subject() -> None:
    draft = _draft("Bundeskanzler Olaf Scholz würdigte ihn als „leidenschaftlichen Demokraten“.")
    assert _source(draft, draft.claims[0]) == "Olaf Scholz"


# --- cues and figures -----------------------------------------------------------------


def test_calculations_of_a_body_are_a_cited_source() -> None:
    text = "Nach Berechnungen des ADAC wären etwa 80.000 Haushalte betroffen."
    assert any(hit.text.casefold() == "nach berechnungen" for hit in find_cues(text, language="de"))
    draft = _draft(text)
    assert _source(draft, draft.claims[0]) == "ADAC"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The range was $17.00-$18.50 per share.", 17.0, 18.5),
        ("It was marketed at €9-€11 a share.", 9.0, 11.0),
    ],
)
def test_a_price_range_with_the_currency_twice_is_one_figure(
    text: str, low: float, high: float
) -> None:
    figures = find_figures(text, "en")
    assert [(f.low, f.high) for f in figures] == [(low, high)]


def test_two_numbers_joined_share_the_unit_after_the_second() -> None:
    figures = find_figures("Die Männer im Alter von 19 und 23 Jahren wurden gefasst.", "de")
    assert [(f.value, f.unit) for f in figures] == [(19.0, "Jahre"), (23.0, "Jahre")]


def test_a_span_of_years_is_no_figure() -> None:
    assert find_figures("He led it from 1985 to 1995, longer than anyone since.", "en") == []


def test_a_landrat_is_an_office_before_a_name() -> None:
    draft = _draft("Landrat Marcel Musolf sagte, die Lage sei ernst.")
    assert _kinds(draft).get("Marcel Musolf") == "person"


def test_das_kuendigte_x_an_covers_the_paragraph_before_it() -> None:
    draft = _draft(
        "Die Deutsche Bahn sperrt die Strecke ab August für neun Monate. Während der "
        "Sanierung fahren Fernzüge über Stendal. Das kündigte das Unternehmen am Donnerstag an."
    )
    assert [_source(draft, c) for c in draft.claims] == ["Deutsche Bahn"] * 3


def test_criticism_came_from_a_body() -> None:
    draft = _draft("Kritik kam vom Deutschen Museumsbund.", language="de")
    assert _source(draft, draft.claims[0]) == "Deutscher Museumsbund"  # the name as it stands alone


def test_an_office_after_a_relative_pronoun_speaks() -> None:
    draft = _draft(
        "Kritik kam vom Deutschen Museumsbund. Dessen Präsidentin warnte, viele kleinere "
        "Häuser seien mit der Erforschung ihrer Bestände überfordert."
    )
    assert _source(draft, draft.claims[1]) == "Präsidentin"


@pytest.mark.parametrize(
    "text",
    [
        "But those are problems of design, not reasons for doing nothing.",
        "If ministers are serious about growth, they should stop treating rest as a luxury.",
    ],
)
def test_the_writers_own_view_in_an_op_ed(text: str) -> None:
    assert _draft(text, language="en").claims[0].kind.value == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "He was jailed for eight years, not ten as prosecutors had asked.",
        "The meeting was held on Monday, not Tuesday.",
        "Residents should be able to return home by Friday.",
    ],
)
def test_contrasts_and_estimates_that_state_facts(text: str) -> None:
    assert _draft(text, language="en").claims[0].kind.value != "opinion"


def test_unnamed_groups_of_councillors_and_admirers() -> None:
    draft = _draft(
        "Local councillors said knife crime had risen by almost 30 percent. "
        "Admirers called him the architect of modern Europe."
    )
    assert [_source(draft, c) for c in draft.claims] == [
        "Unnamed Local councillors",
        "Unnamed Admirers",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Deutsche Bahn sperrt die Strecke zwischen Hamburg und Berlin ab August für neun Monate.",
        "Ab dem nächsten Monat gilt für alle Fahrgäste die neue Regel.",
    ],
)
def test_a_german_present_with_a_date_ahead_is_a_plan(text: str) -> None:
    assert _draft(text, language="de").claims[0].kind.value == "forecast"


def test_a_weak_past_tense_with_a_date_is_no_plan() -> None:
    text = "Ab August verdoppelte der Konzern die Zahl der Fahrten."
    assert _draft(text, language="de").claims[0].kind.value != "forecast"


def test_holding_something_likely_is_a_forecast() -> None:
    text = "Das Robert Koch-Institut hält weitere Ansteckungen für wahrscheinlich."
    assert _draft(text, language="de").claims[0].kind.value == "forecast"


def test_the_authority_points_back_at_the_body_named_before() -> None:
    draft = _draft(
        "Transport for London will raise fares by 4.6 percent from March. "
        "The transport authority announced the increase on Wednesday."
    )
    assert _source(draft, draft.claims[1]) == "Transport for London"
