"""Patterns drafting got wrong on the third unseen set (and the general shapes behind
them), one test each.

Texts are short and written for these tests (public figures by name, events invented).
"""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting as _claim
from draft_helpers import draft as _draft

from tui.cues import find_cues
from tui.draft.figures import find_figures
from tui.model import Briefing


def _names(briefing: Briefing) -> dict[str, str]:
    return {a.id: a.name for a in briefing.actors}


# --- interviews in question-and-answer form --------------------------------------------


def test_an_answer_paragraph_is_the_interviewee_named_in_the_lead() -> None:
    draft = _draft(
        "The head of the port authority, Maria Lindqvist, says shipping will recover. "
        "We met her in Gothenburg.\n\n"
        "Q: Ms Lindqvist, when will volumes return?\n\n"
        'A: "Not before the spring. Our bookings fell by a fifth in the autumn."\n\n'
        "Q: Are you worried?\n\n"
        'A: "No. The new terminal opens in March and it will bring customers back."',
        language="en",
    )
    names = _names(draft)
    assert draft.quotes and all(names[q.speaker] == "Maria Lindqvist" for q in draft.quotes)
    bookings = _claim(draft, '"Not before')  # the "A:" is no part of the claim
    assert names[bookings.attributed_to or ""] == "Maria Lindqvist"
    assert "Unknown speaker" not in names.values()


def test_a_paragraph_that_only_starts_with_a_capital_a_is_no_answer() -> None:
    draft = _draft(
        "The minister, Karl Berg, opened the bridge on Monday.\n\n"
        'A spokesman for the city said: "Traffic will flow better."',
        language="en",
    )
    names = _names(draft)
    quote = draft.quotes[0]
    assert names[quote.speaker] != "Karl Berg"


# --- datelines and notices in capitals ------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "NEW YORK (BUSINESS WIRE) -- Harbor Foods Inc. today announced a dividend.",
        "EMBARGOED UNTIL 16:00 GMT WEDNESDAY. A new vaccine halves infections, a study says.",
    ],
)
def test_capitals_before_the_text_are_no_actor(lead: str) -> None:
    names = set(_names(_draft(lead + "\n\nThe figures were published on Monday.", "en")).values())
    assert not {"NEW YORK", "NEW", "YORK", "UNTIL", "EMBARGOED", "EMBARGOED UNTIL"} & names


# --- collective actors and parliaments ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Die Opposition kritisierte den Haushalt als unsolide.", "de", "Opposition"),
        ("Die Koalition verteidigte den Entwurf am Abend.", "de", "Koalition"),
        ("MPs said the plan was unfair to small shops.", "en", "MPs"),
        ("Several backbenchers warned that the ban would fail.", "en", "backbenchers"),
    ],
)
def test_collective_actors(text: str, language: str, word: str) -> None:
    draft = _draft(text, language)
    groups = [a for a in draft.actors if a.kind.value == "group" and word in a.name]
    assert groups, _names(draft)
    assert draft.claims[0].attributed_to == groups[0].id


def test_the_houses_of_parliament_are_bodies() -> None:
    draft = _draft("The bill passed the House of Commons and now goes to the House of Lords.", "en")
    kinds = {a.name: a.kind.value for a in draft.actors}
    assert kinds.get("House of Commons") == "organisation"
    assert kinds.get("House of Lords") == "organisation"


def test_criticism_from_a_body_then_a_named_speaker_after_a_colon() -> None:
    draft = _draft(
        "Kritik kam von der Opposition: CDU-Chef Friedrich Merz warf der Regierung vor, "
        "das Land zu spalten.",
        "de",
    )
    names = _names(draft)
    assert names[draft.claims[0].attributed_to or ""] == "Friedrich Merz"


# --- cues -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "cue"),
    [
        ("I think we are very close to the peak.", "en", "I think"),
        ("Ministers hope it will become law before the summer.", "en", "hope"),
        ("The club are understood to have inserted a clause.", "en", "are understood to"),
        ("Temperatures are forecast to fall sharply.", "en", "are forecast to"),
        ("The striker is reported to have signed.", "en", "is reported to"),
        ("Ich glaube, die Kommunen müssen mehr tun.", "de", "Ich glaube"),
    ],
)
def test_cues_of_a_guess_or_hearsay(text: str, language: str, cue: str) -> None:
    found = [hit.text.casefold() for hit in find_cues(text, language=language)]
    assert cue.casefold() in found, found


@pytest.mark.parametrize(
    "text",
    ["There is hope for the talks.", "The hope of a deal faded.", "Fans lost all hope."],
)
def test_the_noun_hope_is_no_cue(text: str) -> None:
    assert not [h for h in find_cues(text, language="en") if h.text.casefold() == "hope"]


# --- figures --------------------------------------------------------------------------


def test_minus_is_a_sign() -> None:
    (figure,) = find_figures("Temperatures fell to minus 12 degrees overnight.", "en")
    assert figure.value == -12 and figure.unit == "degrees"
    (figure,) = find_figures("In der Nacht wurden minus 7 Grad gemessen.", "de")
    assert figure.value == -7


def test_a_subtraction_keeps_its_numbers() -> None:
    figures = find_figures("The score was 20 minus 8 points after the penalty.", "en")
    assert 8 in [f.value for f in figures]
    assert all((f.value or 0) >= 0 for f in figures)


# --- kinds ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A forecaster said the cold spell would probably last until early next week.", "en"),
        ("The sale could be completed by the end of the year, the company said.", "en"),
        ("Eine Zulassung könnte frühestens 2027 kommen.", "de"),
    ],
)
def test_a_hedged_statement_about_a_time_ahead_is_a_forecast(text: str, language: str) -> None:
    assert _draft(text, language).claims[0].kind.value == "forecast"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Diplomats said a new resolution was possible at next week's meeting.", "en"),
        ("Beobachter halten einen Börsengang im kommenden Jahr für möglich.", "de"),
        ("The rumour is that the club could sell him next season.", "en"),
    ],
)
def test_a_judgement_that_something_is_possible_stays_speculation(text: str, language: str) -> None:
    assert _draft(text, language).claims[0].kind.value == "speculation"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Nach Informationen des „Kicker“ soll die Ablöse bei zwölf Millionen Euro liegen.",
            "soll",
        ),
        ("Zwei mutmaßliche Komplizen sollen sich im Ausland aufhalten.", "sollen"),
    ],
)
def test_hearsay_soll_by_its_frame(text: str, cue: str) -> None:
    found = " ".join(hit.text for hit in find_cues(text, language="de"))
    assert cue in found.split(), found


def test_a_plan_soll_alone_is_no_hedge() -> None:
    hedges = _draft("Der Bundesrat soll sich im Dezember mit dem Gesetz befassen.", "de")
    assert not hedges.claims[0].hedges


def test_a_plan_with_a_month_ahead_is_a_forecast() -> None:
    draft = _draft("Der Bundesrat soll sich im Dezember mit dem Gesetz befassen.", "de")
    assert draft.claims[0].kind.value == "forecast"


def test_a_strong_past_with_a_date_is_no_plan() -> None:
    draft = _draft("Ab August stiegen die Preise für Strom deutlich.", "de")
    assert draft.claims[0].kind.value != "forecast"


def test_a_vote_tally_with_no_noun() -> None:
    figures = find_figures("MPs voted by 312 to 248 on Tuesday night to approve it.", "en")
    assert [(f.value, f.unit) for f in figures] == [(312, "votes"), (248, "votes")]
    figures = find_figures("The motion was carried by 312 votes to 248.", "en")
    assert sorted(f.value or 0 for f in figures) == [248, 312]


def test_a_german_count_of_voters_takes_the_unit_before() -> None:
    figures = find_figures("Für den Entwurf stimmten 399 Abgeordnete, 275 votierten dagegen.", "de")
    assert [(f.value, f.unit) for f in figures] == [(399, "Abgeordnete"), (275, "Abgeordnete")]
