"""Claim kinds, hedge cues and figures, round fourteen: the surprises a new user found in
two drafts, each fixed as a class. A decision due on a named day is a forecast even when a
relative clause argues; the speakers' own quoted expectation is a forecast, figure or not;
what should have been done and was not is a judgement, not history; a future inside an
indirect question is no forecast; "could not" weighs no chance; the verb "suspect" with
what is suspected after it is a cue; a verb of exceeding makes a lower bound; a vote's
tally right after the verb keeps both numbers. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting, draft

from tui.cues import find_cues
from tui.draft.figures import find_figures
from tui.draft.kinds import suggest_kind


def _kind(sentence: str, language: str) -> str:
    """The kind suggested for one sentence with the cues the lexicon finds in it."""
    cues = find_cues(sentence, language=language)
    return suggest_kind(sentence, language, cues, article_year=2026).kind


def _drafted_kind(sentence: str, language: str) -> str:
    """The kind ``briefing new`` gives ``sentence`` as the body of a short article (so a
    quotation in it is read as a speaker's words)."""
    briefing = draft("Eine Meldung\n\n" + sentence, language)
    return claim_starting(briefing, sentence[:20]).kind.value


def _cue_texts(sentence: str, language: str) -> list[str]:
    return [hit.text for hit in find_cues(sentence, language=language)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The district court is expected to rule on Tuesday on a complaint brought by the"
        " fishermen's guild, which argues the port broke its licence terms.",
        "The tribunal is expected to decide on Monday on an appeal lodged by two tenants,"
        " who argue the landlord ignored repeated warnings.",
    ],
)
def test_a_relative_clause_that_argues_leaves_a_scheduled_decision_a_forecast(
    sentence: str,
) -> None:
    assert _kind(sentence, "en") == "forecast"


def test_an_argument_in_the_main_clause_stays_a_view() -> None:
    sentence = "The guild argues the port broke its licence terms."
    assert _kind(sentence, "en") == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("„Wir rechnen mit Einbußen von bis zu 30 Prozent“, sagte der Bäcker Tom Becker.", "de"),
        ("„Ich rechne fest damit, dass wir 40 Kunden verlieren“, sagte die Wirtin.", "de"),
        ('"We anticipate losing about a third of our orders," said the mill owner.', "en"),
    ],
)
def test_a_quoted_expectation_of_the_speakers_is_a_forecast(sentence: str, language: str) -> None:
    assert _drafted_kind(sentence, language) == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Ihm zufolge hätte der Umbau schon 2016 beginnen müssen.", "de"),
        (
            "Nach Ansicht des Rechnungshofs hätte die Stadt die Brücke bereits 2019 sperren sollen.",
            "de",
        ),
        ("The works should have started in 2018, according to the auditor.", "en"),
        ("The inspectors said the dam ought to have been repaired years ago.", "en"),
    ],
)
def test_what_should_have_been_done_is_a_judgement_not_history(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) == "opinion"


def test_should_have_with_no_time_missed_is_no_judgement_of_duty() -> None:
    # "should have arrived by now" guesses how things stand: not this round's rule
    sentence = "The parcel should have arrived by now, the courier said."
    reason = suggest_kind(sentence, "en", find_cues(sentence, language="en")).reason
    assert not reason.startswith("what should have been done")


@pytest.mark.parametrize(
    "sentence",
    [
        '"Nobody at the ministry has even asked us how long it will take."',
        '"No one has told us when the trains will run again," a commuter said.',
    ],
)
def test_a_future_inside_an_indirect_question_is_no_forecast(sentence: str) -> None:
    assert _drafted_kind(sentence, "en") != "forecast"


def test_a_plain_quoted_future_is_still_a_forecast() -> None:
    assert _drafted_kind('"The last ferry will sail in March," the operator said.', "en") == (
        "forecast"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        'She said the ferry could not "risk the safety of 3,000 passengers" on a cracked deck.',
        "He said the yard couldn't afford another delay of that kind.",
        "The firm could never repay the loan, the court found.",
    ],
)
def test_could_not_weighs_no_chance(sentence: str) -> None:
    assert not any(text.casefold().startswith("could") for text in _cue_texts(sentence, "en"))


def test_could_alone_is_still_a_cue() -> None:
    assert "could" in _cue_texts("The strike could spread to other ports.", "en")


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Inspectors could not rule out a leak in the second tank.", "could"),
        ("The club couldn't rule out a late sale of its captain.", "couldn't"),
    ],
)
def test_could_not_rule_out_leaves_a_chance_open(sentence: str, cue: str) -> None:
    assert cue in _cue_texts(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Several residents liked the plan; others suspect the sale is a way to raise cash.",
        "Many suspect a cover-up, the paper said.",
        "Police suspect arson in the fire at the depot.",
    ],
)
def test_the_verb_suspect_with_what_is_suspected_is_a_cue(sentence: str) -> None:
    assert "suspect" in _cue_texts(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspect fled on foot.",
        "Two suspects were arrested on Sunday.",
        "A suspect package was found near the station.",
        "Officers questioned the main suspect for hours.",
    ],
)
def test_the_noun_suspect_is_no_cue(sentence: str) -> None:
    assert _cue_texts(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "language", "value"),
    [
        ("He later added that the repairs would probably exceed 12 million euros.", "en", 12e6),
        ("The bill is likely to surpass 5 million pounds, the treasurer said.", "en", 5e6),
        ("Der Schaden übersteigt 3 Millionen Euro, schätzt die Versicherung.", "de", 3e6),
    ],
)
def test_a_verb_of_exceeding_makes_a_lower_bound(
    sentence: str, language: str, value: float
) -> None:
    figure = find_figures(sentence, language)[0]
    assert (figure.value, figure.bound) == (value, "more than")


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        ("The committee voted 7 to 2 to approve the budget.", [7.0, 2.0]),
        ("The board voted 11-3 against the merger on Monday.", [11.0, 3.0]),
        ("Councillors backed the plan by 30 votes to 12.", [30.0, 12.0]),
    ],
)
def test_a_vote_tally_after_the_verb_keeps_both_numbers(sentence: str, tally: list[float]) -> None:
    figures = find_figures(sentence, "en")
    assert [f.value for f in figures if f.unit == "votes"] == tally


def test_a_change_from_one_number_to_another_is_no_tally() -> None:
    figures = find_figures("Members voted to raise the fee from 3 to 4 pounds.", "en")
    assert not any(f.unit == "votes" for f in figures)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Einige Höfe dürften im Winter schließen, fürchtet der Verband.", "fürchtet"),
        ("Händler fürchten weitere Schließungen in der Innenstadt.", "fürchten"),
    ],
)
def test_the_plain_german_verb_of_fearing_is_a_cue(sentence: str, cue: str) -> None:
    assert cue in _cue_texts(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    ["Die Beschäftigten fürchten um ihre Jobs.", "Viele fürchten sich vor dem langen Winter."],
)
def test_fearing_for_someone_or_being_afraid_is_no_cue(sentence: str) -> None:
    assert _cue_texts(sentence, "de") == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("I would not put it that way.", "en"),
        ("I wouldn't call the delay a crisis.", "en"),
        ("He said he would not describe it as a failure.", "en"),
        ("Das würde ich so nicht sagen.", "de"),
        ("Ich würde das keine Krise nennen, sagte der Ingenieur.", "de"),
    ],
)
def test_how_the_speaker_would_put_it_is_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


def test_a_third_person_would_say_more_is_no_view() -> None:
    assert _kind("She said she would say more about the budget on Friday.", "en") != "opinion"


@pytest.mark.parametrize(
    "sentence", ["Das wollen wir nicht riskieren.", "Darauf möchte ich mich nicht einlassen."]
)
def test_a_short_refusal_of_what_was_just_said_is_a_stance(sentence: str) -> None:
    assert _kind(sentence, "de") == "opinion"


def test_a_plan_with_wollen_stays_a_plan() -> None:
    assert _kind("Wir wollen im Mai mit dem Bau der Halle beginnen.", "de") == "forecast"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("It is unlikely, but we cannot rule it out under heavy loads.", "cannot rule it out"),
        ("The coach said he can't rule out a late change.", "can't rule out"),
    ],
)
def test_the_speakers_cannot_rule_out_is_a_cue(sentence: str, cue: str) -> None:
    assert cue in _cue_texts(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Mieter müssten mit höheren Nebenkosten rechnen, sagte der Verband.",
        "Die Fahrgäste müssten mit Verspätungen von bis zu einer Stunde rechnen, hieß es.",
    ],
)
def test_what_someone_must_reckon_with_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


def test_what_someone_says_must_be_done_stays_a_view() -> None:
    assert _kind("Nun müssten die Mitarbeiter die Fehler ausbaden, sagte er.", "de") == "opinion"
