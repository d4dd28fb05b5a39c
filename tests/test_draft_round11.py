"""Drafting to the conventions settled in round eleven (tests/data/drafting/README.md):
a country named only as a place or an adjective is no actor, an unnamed collective of
people that is the subject of a statement is a group, a stance or reaction is its
holder's opinion, history told as background (a time before the news, a record, a change
over past years) is historical except in the article's first statement, and a present
tense with a date ahead is a forecast. Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cues import find_cues
from tui.draft.collectives import collective_subject
from tui.draft.kinds import suggest_kind
from tui.draft.statehood import acts_as_state
from tui.loader import load_briefing

from conftest import drafted


def _kind(sentence: str, language: str, *, lead: bool = False) -> str:
    cues = find_cues(sentence, language=language)
    return suggest_kind(sentence, language, cues, article_year=2026, lead=lead).kind


# --- a country as the state, or only as a place ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "adjective", "state"),
    [
        ("Die Äpfel kommen vor allem aus Polen.", "Polen", False, False),
        ("Polen blockiert den Kompromiss seit Wochen.", "Polen", False, True),
        ("Die polnische Regierung lehnt den Plan ab.", "polnische", True, True),
        ("Polnische Äpfel sind billiger geworden.", "Polnische", True, False),
        ("Im Sommer fuhren viele Familien nach Kroatien.", "Kroatien", False, False),
        ("Die EU verhängte Sanktionen gegen Belarus.", "Belarus", False, True),
        ("Ferries to Norway were cancelled in the storm.", "Norway", False, False),
        ("Prices are highest in the Netherlands.", "Netherlands", False, False),
        ("Norway rejected the proposal on Friday.", "Norway", False, True),
        ("Dutch ports handled less cargo.", "Dutch", True, False),
        ("The Dutch government called the vote.", "Dutch", True, True),
        ("Talks with Ukraine resume next week.", "Ukraine", False, True),
    ],
)
def test_a_country_is_the_state_only_when_it_acts(
    sentence: str, name: str, adjective: bool, state: bool
) -> None:
    start = sentence.index(name)
    assert acts_as_state(sentence, start, start + len(name), adjective=adjective) is state


def test_a_draft_names_no_country_that_is_only_a_place(tmp_path: Path) -> None:
    text = (
        "Obstbauern unter Druck\n\n"
        "Die Obstbauern am Bodensee verkaufen weniger Äpfel. Billigere Ware kommt aus "
        "Polen und aus Italien, sagte der Verbandschef Jonas Riedl am Dienstag.\n\n"
        "Spanien dagegen hat die Zölle auf Obst gesenkt, sagte Riedl.\n"
    )
    briefing = load_briefing(drafted(text, tmp_path / "obst.txt", tmp_path / "obst.yaml"))
    states = {a.name for a in briefing.actors if a.kind.value == "state"}
    assert states == {"Spain"}
    claims_actors = {a for c in briefing.claims for a in c.actors}
    assert claims_actors <= {a.id for a in briefing.actors}


def test_a_country_something_rests_on_stays_whatever_its_mentions(tmp_path: Path) -> None:
    text = (
        "Fishing quotas\n\n"
        "Boats from Iceland may fish the northern grounds again, according to Iceland.\n"
    )
    briefing = load_briefing(drafted(text, tmp_path / "fish.txt", tmp_path / "fish.yaml"))
    kept = {a.id for a in briefing.actors}
    assert all(c.attributed_to in kept for c in briefing.claims if c.attributed_to)


# --- a stance or a reaction is an opinion ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Bürgermeisterin verteidigte die Entscheidung am Abend.", "de"),
        ("Der Elternbeirat begrüßte den Beschluss des Rates.", "de"),
        ("Der Bauernverband reagierte verärgert auf die Zahlen.", "de"),
        ("Der Plan stößt im Stadtrat auf Widerstand.", "de"),
        ("Der Mieterbund schlägt Alarm.", "de"),
        ("The chief executive defended the pay rise on Tuesday.", "en"),
        ("The coach credited his goalkeeper for the win.", "en"),
        ("The airline blamed a software supplier for the delays.", "en"),
        ("Police appealed for witnesses to come forward.", "en"),
    ],
)
def test_a_stance_or_reaction_is_an_opinion(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


# --- history told as background, but not the news itself -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Im vergangenen Jahr zählte der Verein 40 neue Mitglieder.", "de"),
        ("Seitdem ist die Zahl der Besucher um ein Drittel gesunken.", "de"),
        ("Die Kirche wurde im 14. Jahrhundert gebaut.", "de"),
        ("The club signed 40 new members last year.", "en"),
        ("Visitor numbers have fallen by a third over the past five years.", "en"),
        ("It is the first closure of the line since the floods.", "en"),
    ],
)
def test_a_time_before_the_news_is_historical(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "historical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The marathon has sold out for the first time in its history, organisers said.", "en"),
        ("Der Stausee ist zum ersten Mal seit Jahren wieder voll.", "de"),
    ],
)
def test_the_articles_first_statement_is_the_news(sentence: str, language: str) -> None:
    assert _kind(sentence, language, lead=True) != "historical"
    assert _kind(sentence, language) == "historical"


# --- a present tense with a date ahead ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Stadtwerke erhöhen zum 1. Februar die Preise.", "de"),
        ("Der Landtag wird am 12. Dezember über den Antrag beraten.", "de"),
        ("Der Tarif gilt ab 1. März für alle Kunden.", "de"),
        ("The vote is on November 3.", "en"),
        ("The new tablet goes on sale on September 26.", "en"),
        ("Fares rise from January 2, the operator said.", "en"),
    ],
)
def test_a_present_with_a_date_ahead_is_a_forecast(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "forecast"


def test_a_past_tense_with_a_date_stays_reported() -> None:
    assert _kind("The shop opened on Monday.", "en") == "reported"
    assert _kind("The vote was held on November 3.", "en") == "reported"


# --- unnamed collectives that are the subject of a statement ---------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "word"),
    [
        ("Viele Kunden beschwerten sich über die neuen Gebühren.", "de", "Kunden"),
        ("Rund 200 Beschäftigte verlieren ihre Stelle.", "de", "Beschäftigte"),
        ("Die Schule ist zu, und Eltern suchen eine Betreuung.", "de", "Eltern"),
        ("Commuters face long delays on the northern line.", "en", "Commuters"),
        ("Many local residents have signed the petition.", "en", "residents"),
        ("The council said tenants would get a rebate.", "en", "tenants"),
    ],
)
def test_a_collective_that_is_the_subject_is_a_group(
    sentence: str, language: str, word: str
) -> None:
    start = sentence.index(word)
    assert collective_subject(sentence, start, start + len(word), language)


@pytest.mark.parametrize(
    ("sentence", "language", "word"),
    [
        ("Die Bank bietet neue Konten für Kunden an.", "de", "Kunden"),
        ("Die versicherte Summe steigt.", "de", "versicherte"),
        ("The leaflet gives advice for parents.", "en", "parents"),
        ("The firm wrote to its customers on Monday.", "en", "customers"),
    ],
)
def test_a_collective_named_in_passing_is_none(sentence: str, language: str, word: str) -> None:
    start = sentence.index(word)
    assert not collective_subject(sentence, start, start + len(word), language)


def test_a_draft_lists_the_collective_that_acts(tmp_path: Path) -> None:
    text = (
        "Busse fallen aus\n\n"
        "Viele Pendler warteten am Montag vergeblich auf den Bus, sagte eine Sprecherin der "
        "Stadtwerke. Die Stadtwerke bieten Gutscheine für Fahrgäste an.\n"
    )
    briefing = load_briefing(drafted(text, tmp_path / "bus.txt", tmp_path / "bus.yaml"))
    groups = [a for a in briefing.actors if a.kind.value == "group"]
    names = {n for a in groups for n in (a.name, *(x.name for x in a.aliases))}
    assert any("Pendler" in n for n in names)
    assert not any("Fahrgäste" in n for n in names)


# --- whom a verb is aimed at is no speaker ----------------------------------------------


def test_the_one_accused_is_not_who_speaks(tmp_path: Path) -> None:
    """'… said X "…" and accused the Netherlands of …': the quote is the spokesperson's,
    and the country accused is the object of the verb, never its speaker."""
    text = (
        "Export row\n\n"
        "The Dutch government stopped the licence on Monday. China's commerce ministry "
        "criticised the step.\n\n"
        'A spokesperson said the ministry "will answer in kind" and accused the '
        "Netherlands of protectionism.\n"
    )
    briefing = load_briefing(drafted(text, tmp_path / "row.txt", tmp_path / "row.yaml"))
    speakers = {q.speaker for q in briefing.quotes}
    assert speakers and "netherlands" not in speakers
    assert all(c.attributed_to != "netherlands" for c in briefing.claims)


def test_someone_who_said_nothing_is_no_source(tmp_path: Path) -> None:
    """ "Frankreich und Polen äußerten sich nicht" reports, on the article's word, that
    they said nothing; "äußerte sich kritisch" is someone's word."""
    text = (
        "Streit um Exporte\n\n"
        "Die Regierung stoppte am Montag die Lizenz. Frankreich und Polen äußerten sich "
        "zunächst nicht. Der Bauernverband äußerte sich kritisch.\n"
    )
    briefing = load_briefing(drafted(text, tmp_path / "lizenz.txt", tmp_path / "lizenz.yaml"))
    by = {c.excerpt.exact.split()[0]: c.attributed_to for c in briefing.claims if c.excerpt}
    assert by["Frankreich"] is None
    assert by["Der"] == "bauernverband"
