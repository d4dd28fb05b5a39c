"""Hedge cues, round eighteen: phrases that weigh a chance or name a view, and words that
look like hedges where they are none.

A likelihood said as a phrase ("aller Voraussicht nach", "mit großer
Wahrscheinlichkeit"), a question the text leaves open ("bleibt abzuwarten"), the state
of knowledge named as such ("nach derzeitigem Stand"), a trend read from signs ("zeichnet
sich ab"), "kaum" before a chance ("kaum Chancen") and a view named as the speaker's own
("meines Erachtens") are cues. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tui.cues import classify_hedge, find_cues


def _cues(sentence: str, language: str = "de") -> list[str]:
    return [hit.text.lower() for hit in find_cues(sentence, language=language)]


def _has(sentence: str, word: str, language: str = "de") -> bool:
    return any(word in cue.split() for cue in _cues(sentence, language))


# --- a likelihood, an open question, the state of knowledge ---------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Die Brücke wird aller Voraussicht nach im Herbst wieder befahrbar sein.",
         "aller voraussicht nach"),
        ("Der Sieger steht aller Wahrscheinlichkeit nach erst am Sonntag fest.",
         "aller wahrscheinlichkeit nach"),
        ("Im nächsten Jahr werden es mit großer Wahrscheinlichkeit mehr Gäste sein.",
         "mit großer wahrscheinlichkeit"),
        ("Die Preise steigen mit hoher Wahrscheinlichkeit weiter.",
         "mit hoher wahrscheinlichkeit"),
        ("Der Streik wird höchstwahrscheinlich bis Freitag dauern.", "höchstwahrscheinlich"),
    ],
)  # fmt: skip
def test_a_likelihood_said_as_a_phrase_is_a_cue(sentence: str, cue: str) -> None:
    assert cue in _cues(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ob der Damm dem Hochwasser standhält, bleibt abzuwarten.",
        "Wie die Wähler entscheiden, bleibt noch abzuwarten.",
        "Es ist abzuwarten, ob der Verein die Lizenz erhält.",
    ],
)
def test_a_question_left_to_wait_for_is_a_cue(sentence: str) -> None:
    assert _has(sentence, "abzuwarten")


def test_waiting_as_an_action_is_no_cue() -> None:
    assert not _has(
        "Die Feuerwehr rät den Anwohnern, das Gewitter im Haus abzuwarten.", "abzuwarten"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Bahn rechnet nach aktuellem Stand mit Verspätungen bis Mittwoch.",
        "Nach derzeitigem Kenntnisstand wurde niemand verletzt.",
        "Nach dem bisherigen Stand der Ermittlungen handelte der Mann allein.",
    ],
)
def test_the_state_of_knowledge_named_as_such_is_a_cue(sentence: str) -> None:
    assert any("stand" in cue for cue in _cues(sentence))


# --- a trend read from signs ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Tarifstreit zeichnet sich eine Einigung ab.",
        "Schon jetzt zeichnet sich ab, dass die Ernte schlechter ausfällt.",
        "Offen ist, ob sich ein Kompromiss abzeichnet.",
    ],
)
def test_a_trend_that_emerges_is_a_cue(sentence: str) -> None:
    assert any("zeichne" in cue for cue in _cues(sentence))


def test_signing_off_a_paper_is_no_trend() -> None:
    assert _cues("Die Ministerin zeichnete den Vertrag am Montag ab.") == []


# --- "kaum" where it weighs a chance ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Aufsteiger kann sich kaum Hoffnung auf den Klassenerhalt machen.",
        "Die Klage hat kaum Aussicht auf Erfolg.",
        "Eine schnelle Lösung ist kaum zu erwarten.",
    ],
)
def test_hardly_before_a_chance_is_a_cue(sentence: str) -> None:
    assert _has(sentence, "kaum")


@pytest.mark.parametrize(
    "sentence",
    [
        "Geringverdiener sparen durch die Reform kaum etwas.",
        "Die Pfleger schliefen kaum mehr als fünf Stunden.",
        "Mit so vielen Gästen hatte der Wirt kaum noch gerechnet.",
    ],
)
def test_hardly_as_a_degree_is_no_cue(sentence: str) -> None:
    assert not _has(sentence, "kaum")


# --- a view named as the speaker's own ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Meines Erachtens ist die Reform ein Fehler.",
        "Das Urteil ist unseres Erachtens nach zu milde.",
        "Meiner Meinung nach kommt der Beschluss zu spät.",
    ],
)
def test_a_view_named_as_ones_own_is_a_cue(sentence: str) -> None:
    hits = find_cues(sentence, language="de")
    assert [hit.category for hit in hits] == ["attribution"]


def test_in_all_likelihood_is_a_cue() -> None:
    assert "in all likelihood" in _cues("The pool will in all likelihood stay shut.", "en")


def test_recorded_phrases_are_classified() -> None:
    assert classify_hedge("aller Voraussicht nach")[0].category == "modal"
    assert classify_hedge("bleibt abzuwarten")[0].category == "epistemic"
    assert classify_hedge("nach aktuellem Stand")[0].category == "attribution"
