"""Claim kinds by class, second pass of round nine (issue 17): a statement takes the kind
of what it says (tests/data/drafting/README.md, "Settled in round nine"). Opinions carried
by a verb or a word of judgement with no "meint", facts inside reported speech, aims,
guidance and quoted predictions as forecasts, a rumour that is only the topic of a
refusal, an assumption as a guess and a prosecutor's charge as a report. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.kinds import suggest_kind


def _kind(sentence: str, language: str, quotes: list[str] | None = None) -> str:
    quotes = quotes or []
    cues = find_cues(sentence, language=language)
    return suggest_kind(
        sentence, language, cues, quoted_view=bool(quotes), quotes=quotes, article_year=2026
    ).kind


# --- opinions carried by a judging word in reported speech ------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Ein Umstieg auf die Bahn lohne sich für Pendler kaum, sagte der Sprecher.", "de"),
        ("Der Andrang an den Schaltern sei enorm, sagte die Filialleiterin.", "de"),
        ("Viele Eltern unterschätzen den Schulweg im Winter, sagte die Polizistin.", "de"),
        ("Grundsätzlich sei es erfreulich, dass die Halle wieder öffne, schrieb der Verein.", "de"),
        ("Der Antrag habe mit Sparsamkeit nichts zu tun, sagte die Kämmerin.", "de"),
        ("Ohne neue Beiträge sei die Kasse auf Dauer nicht zu halten, sagte er.", "de"),
        ("The coach said people underestimate how hard the climb is.", "en"),
        ("She said the row had nothing to do with money.", "en"),
    ],
)
def test_a_judging_word_in_reported_speech_is_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


# --- stances taken by a verb, with no judging word -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Mieterbund begrüßt die neue Obergrenze.", "de"),
        ("Die Imkerin sieht das deutlich gelassener.", "de"),
        ("Sorgen macht den Bauern dagegen die Trockenheit.", "de"),
        ("A council leader has blasted the traders' figures as invented.", "en"),
        ("The airline contends that the fee was set by the airport.", "en"),
        ("Local fishermen are less enthusiastic.", "en"),
        ("Two brokers attributed the slide to a newspaper column.", "en"),
    ],
)
def test_a_stance_taken_by_a_verb_is_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Bürgermeister begrüßte die Gäste im Rathaus.", "de"),
        ("The fire was attributed to a faulty heater.", "en"),
    ],
)
def test_a_greeting_or_a_cause_found_is_no_stance(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "reported"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Koalition müsse ihre Streitereien beenden.", "de"),
        ("Der Konzern müsse die Preise für Stammkunden senken.", "de"),
    ],
)
def test_a_reported_must_is_a_demand(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


# --- a prosecutor's charge is reported ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "quotes"),
    [
        ("Die Staatsanwaltschaft wirft dem 44-Jährigen Betrug in neun Fällen vor.", "de", []),
        (
            "Die Anklage wirft der Frau vor, den Hund „aus reiner Wut“ ausgesetzt zu haben.",
            "de",
            ["„aus reiner Wut“"],
        ),
        ("Prosecutors accuse the former treasurer of taking club funds.", "en", []),
    ],
)
def test_a_prosecutors_charge_is_reported(sentence: str, language: str, quotes: list[str]) -> None:
    assert _kind(sentence, language, quotes) == "reported"


def test_a_charge_by_someone_else_stays_a_view() -> None:
    assert _kind("Die Opposition wirft dem Minister Untätigkeit vor.", "de") == "opinion"


# --- an assumption and an inference are guesses -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Ermittler gehen davon aus, dass der Brand in der Küche begann.", "de"),
        ("Die Eltern gehen fest davon aus, dass der Junge den Bus verpasst hat.", "de"),
        ("The family assumes that the parcel was stolen from the doorstep.", "en"),
        ("An engineer said sensor data suggested the dam was leaking.", "en"),
    ],
)
def test_an_assumption_or_inference_is_speculation(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "speculation"


def test_an_assumption_about_a_time_ahead_is_a_forecast() -> None:
    sentence = "Die Händler gehen davon aus, dass die Preise im kommenden Jahr steigen."
    assert _kind(sentence, "de") == "forecast"


# --- aims, guidance and quoted predictions look ahead ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "quotes"),
    [
        ("Ziel sei, den Umbau bis zum Herbst abzuschließen.", "de", []),
        (
            "„Unser Ziel ist, die Schulden schon zum Jahresende zu tilgen“, sagt die Chefin.",
            "de",
            ["„Unser Ziel ist, die Schulden schon zum Jahresende zu tilgen“"],
        ),
        ("The goal is to reopen the ferry route in spring.", "en", []),
    ],
)
def test_an_aim_is_a_forecast(sentence: str, language: str, quotes: list[str]) -> None:
    assert _kind(sentence, language, quotes) == "forecast"


def test_an_aim_in_the_past_is_no_forecast() -> None:
    assert _kind("Ziel war damals, den Hafen zu vergrößern.", "de") != "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery chain said the drop in sales should ease in the coming months.",
        "Repairs begin in May and should take about three years.",
        "The agency said waiting times should improve after the new staff arrive.",
    ],
)
def test_guidance_with_should_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "en") == "forecast"


def test_should_for_a_conduct_stays_a_view() -> None:
    assert _kind("Ministers should take responsibility, she said.", "en") == "opinion"


@pytest.mark.parametrize(
    "quote",
    [
        '"The next few winters are going to be very hard for growers."',
        '"We are not going to see prices fall before the autumn."',
    ],
)
def test_a_quoted_going_to_is_a_forecast(quote: str) -> None:
    sentence = f'{quote[:-1]}" the farmer said.'
    assert _kind(sentence, "en", [quote[:-1] + '"']) == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The union said the walkout could begin as early as 3 March.", "en"),
        ("Officials said the tank could run dry as early as Friday.", "en"),
    ],
)
def test_a_possibility_at_a_time_ahead_is_a_forecast(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "forecast"


def test_a_said_would_over_a_long_subject_is_a_forecast() -> None:
    sentence = "The minister said tax changes agreed in the autumn would take years to bite."
    assert _kind(sentence, "en") == "forecast"


def test_an_estimate_up_to_a_year_ahead_is_a_forecast() -> None:
    sentence = "Nach Berechnungen des Verbands kostet der Umbau bis 2032 rund 40 Millionen Euro."
    assert _kind(sentence, "de") == "forecast"


# --- facts inside reported speech or quotes ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        (
            "The firm declined to comment, but said: “We do not comment on rumours. Were there "
            "any truth in a rumour that could move our shares we would tell the market.”",
            [
                "“We do not comment on rumours. Were there any truth in a rumour that could "
                "move our shares we would tell the market.”"
            ],
        ),
        ("The club declined to comment on speculation about its manager.", []),
    ],
)
def test_a_rumour_that_is_only_refused_is_reported(sentence: str, quotes: list[str]) -> None:
    assert _kind(sentence, "en", quotes) == "reported"


def test_a_rumour_told_stays_speculation() -> None:
    sentence = "There are rumours that the manager could leave the club in the summer."
    assert _kind(sentence, "en") in ("speculation", "forecast")


@pytest.mark.parametrize(
    ("sentence", "language", "quotes"),
    [
        (
            '"Nur jede 12. Buchung kommt aus dem Ausland", sagte die Sprecherin.',
            "de",
            ['"Nur jede 12. Buchung kommt aus dem Ausland"'],
        ),
        (
            "Inzwischen seien Einladungen für die Feier am kommenden Freitag verschickt worden.",
            "de",
            [],
        ),
        ("Die Bibliothek bleibt bis Montag geschlossen.", "de", []),
        ("Für einen Haushalt bedeutet das Mehrkosten von etwa 90 Euro im Jahr.", "de", []),
        ("The village is one of 14 sites proposed for new homes.", "en", []),
        ("The tribunal said the firm had promised 300 jobs but kept only 40.", "en", []),
    ],
)
def test_a_fact_stays_reported(sentence: str, language: str, quotes: list[str]) -> None:
    assert _kind(sentence, language, quotes) == "reported"


def test_claims_as_a_noun_leave_the_blame_a_view() -> None:
    sentence = "Insurers blamed the floods: claims for water damage reached £2 billion."
    assert _kind(sentence, "en") == "opinion"


def test_a_span_between_recent_years_is_no_history() -> None:
    sentence = "The regulator said the firm overcharged customers between 2020 and 2025."
    assert _kind(sentence, "en") == "reported"


# --- expectations, days ahead and what would be ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The forecaster expects Friday to be the wettest day, with gusts that may reach 70mph.",
        "The ministry expects the harvest to be late, and prices could rise sharply.",
    ],
)
def test_an_expectation_with_a_modal_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "en") == "forecast"


def test_a_fear_of_what_may_be_is_its_holders_view() -> None:
    # a guess until round eleven settled that a fear is an opinion (gold: 8 of 8)
    assert _kind("Some residents fear that the works may damage old walls.", "en") == "opinion"


def test_an_expectation_of_the_past_stays_a_guess() -> None:
    assert _kind("Police expect the thieves may have fled abroad.", "en") == "speculation"


@pytest.mark.parametrize(
    "sentence",
    [
        "Heavy rain could arrive on Thursday night, a forecaster said.",
        "The ferry may resume sailing on Monday morning, the operator said.",
    ],
)
def test_a_modal_set_on_a_day_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "en") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die fusionierte Kasse hätte rund 900 Mitarbeiter und 40 Filialen.",
        "Der gemeinsame Verband hätte etwa 12.000 Mitglieder.",
    ],
)
def test_what_a_merger_would_have_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


def test_a_lost_option_with_a_figure_stays_reported() -> None:
    sentence = "Eine Sanierung hätte bei rund drei Millionen Euro gelegen."
    assert _kind(sentence, "de") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers are said to be arguing over the budget, which could reach £2 billion.",
        "The two owners are reportedly arguing about the lease.",
    ],
)
def test_arguing_as_a_progressive_is_no_view(sentence: str) -> None:
    assert _kind(sentence, "en") == "speculation"


# --- a decade back, a quoted plain future, a claim of a plain fact ----------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Regional airports have shrunk steadily over the past decade.", "en"),
        ("Die Zahl der Höfe ist in den vergangenen Jahrzehnten stark gesunken.", "de"),
    ],
)
def test_a_change_over_a_decade_is_history(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "historical"


@pytest.mark.parametrize(
    "quote",
    [
        '"We are fixing the roof first, and the visitors will come back,"',
        '"The last ferry of the season will sail on Sunday,"',
    ],
)
def test_a_quoted_plain_future_is_a_forecast(quote: str) -> None:
    assert _kind(f"{quote} the harbour master said.", "en", [quote]) == "forecast"


def test_a_quoted_future_that_judges_stays_a_view() -> None:
    quote = '"This terrible plan will ruin the valley,"'
    assert _kind(f"{quote} she said.", "en", [quote]) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "But residents claim the council does not own the land.",
        "The tenants claim the landlord keeps the deposits.",
    ],
)
def test_a_claim_of_a_plain_fact_is_reported(sentence: str) -> None:
    assert _kind(sentence, "en") == "reported"


# --- a thing called impossible, a hedge in a trailing side clause ---------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Ein geregelter Unterricht sei so nicht möglich, sagte die Schulleiterin.", "de"),
        ("The inspector said a full check would be impossible in one week.", "en"),
    ],
)
def test_a_speaker_calling_a_thing_impossible_is_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


def test_a_thing_possible_stays_a_guess() -> None:
    assert _kind("A delay to the opening is possible, the builder said.", "en") == "speculation"


@pytest.mark.parametrize(
    "sentence",
    [
        "The blogger was facing a lawsuit after his posts allegedly named a juror.",
        "The shop was losing customers because its rent had reportedly doubled.",
    ],
)
def test_a_hedge_in_a_trailing_side_clause_leaves_the_report(sentence: str) -> None:
    assert _kind(sentence, "en") == "reported"


def test_a_hedge_in_the_main_clause_stays_speculation() -> None:
    sentence = "The blogger allegedly named a juror after the trial had ended."
    assert _kind(sentence, "en") == "speculation"
