"""Figures, hedge cues and claim kinds, round fourteen (second pass): the surprises a new
user found in two drafts, each fixed as a class. An ISO 4217 code before or after a number
is its currency ("NOK 212.50", "roughly SEK 2.2bn", "between CHF 400m and CHF 450m");
"dürfte … liegen" with a decimal number still estimates the present; a range is rough only
with a rough word right before it, so a span of years is no approximation; a fear or an
expectation that is the standard of a comparison ("better than we feared", "besser als
befürchtet") is no cue and makes no forecast; a time ahead inside an account of what was
done ("said it had hedged … for next year and would …") leaves the report a report. Every
sentence here is written for the test."""

from __future__ import annotations

import datetime

import pytest
from babel.core import get_global
from babel.numbers import get_territory_currencies
from draft_helpers import claim_starting, draft, read_figures

from tui.cues import after_comparison, find_cues
from tui.currencies import ISO_CURRENCIES
from tui.draft.figures import find_figures
from tui.draft.kinds import suggest_kind


def _kind(sentence: str, language: str) -> str:
    """The kind suggested for one sentence with the cues the lexicon finds in it."""
    cues = find_cues(sentence, language=language)
    return suggest_kind(sentence, language, cues, article_year=2026).kind


def _drafted(sentence: str, language: str) -> tuple[str, list[str]]:
    """The kind and hedges ``briefing new`` gives ``sentence`` as the body of a short
    article (so a quotation in it is read as a speaker's words)."""
    briefing = draft("Eine Meldung\n\n" + sentence, language)
    claim = claim_starting(briefing, sentence[:20])
    return claim.kind.value, list(claim.hedges)


def _cue_texts(sentence: str, language: str) -> list[str]:
    return [hit.text for hit in find_cues(sentence, language=language)]


# --- currency codes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "The ferry line's shares closed at SEK 84.30, wiping about SEK 2.2bn off its value.",
            "en",
            [(84.3, "SEK"), (2.2e9, "SEK")],
        ),
        ("Turnover at the brewery rose to DKK 7.8 billion.", "en", [(7.8e9, "DKK")]),
        ("The broker cut its target to PLN 48 from PLN 61.", "en", [(48.0, "PLN"), (61.0, "PLN")]),
        ("A night in the hostel costs 650 CZK.", "en", [(650.0, "CZK")]),
        ("Die Reederei meldete einen Umsatz von NOK 3,4 Mrd.", "de", [(3.4e9, "NOK")]),
        ("Eine Übernachtung kostet 95 CHF.", "de", [(95.0, "CHF")]),
        (
            "Der Händler senkte das Kursziel auf JPY 410 von JPY 530.",
            "de",
            [(410.0, "JPY"), (530.0, "JPY")],
        ),
    ],
)
def test_an_iso_currency_code_is_the_unit_of_the_number_beside_it(
    sentence: str, language: str, expected: list[tuple[float, str]]
) -> None:
    assert read_figures(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "low", "high", "unit"),
    [
        (
            "The utility now sees earnings of between CHF 400m and CHF 450m this year.",
            "en",
            4e8,
            4.5e8,
            "CHF",
        ),
        ("Der Gewinn soll zwischen PLN 20 und PLN 25 Millionen liegen.", "de", 2e7, 2.5e7, "PLN"),
    ],
)
def test_a_range_in_a_currency_code_keeps_both_ends(
    sentence: str, language: str, low: float, high: float, unit: str
) -> None:
    assert read_figures(sentence, language)[0] == ((low, high), unit)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The ferry line's value fell by roughly NOK 1.1bn.", "en"),
        ("Der Verein zahlte rund DKK 3,5 Millionen.", "de"),
    ],
)
def test_a_rough_word_before_a_currency_code_makes_the_sum_approximate(
    sentence: str, language: str
) -> None:
    (figure,) = find_figures(sentence, language)
    assert figure.approximate
    assert figure.unit in ("NOK", "DKK")


def test_the_currency_codes_are_those_in_legal_tender_by_babels_data() -> None:
    """The written-out list is Babel's (CLDR) list of the codes in legal tender in 2026,
    less the two that news copy uses for something else."""
    tender: set[str] = set()
    for territory in get_global("territory_currencies"):
        tender |= set(get_territory_currencies(territory, datetime.date(2026, 1, 1), tender=True))
    assert tender - {"COP", "AMD"} == set(ISO_CURRENCIES)


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates at COP 29 argued about money.",
        "The ICE 578 to Munich was cancelled.",
        "READ THE TOP 10 STORIES HERE",
    ],
)
def test_capitals_before_a_number_that_name_no_currency_give_no_sum(sentence: str) -> None:
    units = [f.unit for f in find_figures(sentence, "en")]
    assert not {"COP", "ICE", "TOP"} & set(units)


# --- "dürfte … liegen" with a decimal number ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Verlust des Vereins dürfte nach Einschätzung der Prüfer bei etwa 1,8 Millionen"
        " Euro liegen.",
        "Die Zahl der Betroffenen dürfte nach Angaben des Verbands bei rund 2.400 liegen.",
        "Der Fehlbetrag dürfte sich auf 4,7 Prozent des Haushalts belaufen.",
    ],
)
def test_an_estimate_of_the_present_with_a_decimal_number_is_speculation(sentence: str) -> None:
    assert _kind(sentence, "de") == "speculation"


def test_durfte_with_a_time_ahead_and_a_decimal_number_stays_a_forecast() -> None:
    sentence = "Die Reparatur der Schleuse dürfte bis Ende März 1,5 Millionen Euro kosten."
    assert _kind(sentence, "de") == "forecast"


# --- ranges and spans of years -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "span"),
    [
        (
            "Nach Feststellung des Gerichts zweigte die Kassiererin zwischen 2017 und 2021"
            " rund 90.000 Euro ab.",
            "de",
            "zwischen 2017 und 2021",
        ),
        (
            "Der Betrieb zahlte von 2016 bis 2020 etwa 3 Millionen Euro an Subventionen zurück.",
            "de",
            "2016 bis 2020",
        ),
        (
            "Between 2015 and 2020 the charity raised roughly £2 million for the hospice.",
            "en",
            "Between 2015 and 2020",
        ),
    ],
)
def test_a_span_of_years_beside_a_rough_sum_is_no_approximation(
    sentence: str, language: str, span: str
) -> None:
    cues = _cue_texts(sentence, language)
    assert span not in cues
    assert any(word in " ".join(cues) for word in ("rund", "etwa", "roughly"))


@pytest.mark.parametrize(
    ("sentence", "language", "cue"),
    [
        ("Ein Bataillon zählt rund 600 bis 1.000 Soldaten.", "de", "600 bis 1.000"),
        ("The herd numbers roughly between 40 and 60 animals.", "en", "between 40 and 60"),
    ],
)
def test_a_rough_word_right_before_a_range_keeps_the_range_a_cue(
    sentence: str, language: str, cue: str
) -> None:
    assert cue in _cue_texts(sentence, language)


# --- comparisons with a fear or an expectation ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Bookings have held up better than we feared over the summer.", "en"),
        ("The losses were smaller than the insurers had feared.", "en"),
        ("Sales rose faster than analysts expected in the spring.", "en"),
        ("Die Schäden am Deich sind geringer als zunächst befürchtet.", "de"),
        ("Die Ernte fiel deutlich besser aus als befürchtet.", "de"),
        ("Wie befürchtet stiegen die Preise für Heizöl.", "de"),
    ],
)
def test_the_standard_of_a_comparison_is_no_hedge_cue(sentence: str, language: str) -> None:
    cues = _cue_texts(sentence, language)
    assert not [c for c in cues if c.casefold().startswith(("fear", "befürcht", "expect"))]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The insurers feared the losses would climb.", "en"),
        ("Der Verband befürchtet Einbußen im Winter.", "de"),
        ("Aber als die Anwohner befürchteten, dass der Deich bricht, kam die Feuerwehr.", "de"),
    ],
)
def test_a_fear_held_is_still_a_cue(sentence: str, language: str) -> None:
    assert any(
        c.casefold().startswith(("fear", "befürcht")) for c in _cue_texts(sentence, language)
    )


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        (
            '"Bookings held up better than we feared, but costs will stay high into 2028,"'
            " the hotelier said.",
            "en",
            "forecast",
        ),
        (
            '"Footfall came in better than we expected, and we will open a second shop in'
            ' spring," said the owner.',
            "en",
            "forecast",
        ),
        (
            "The harvest was better than the growers had feared, the ministry said.",
            "en",
            "reported",
        ),
        ("Die Ernte fiel besser aus als befürchtet, teilte das Ministerium mit.", "de", "reported"),
    ],
)
def test_a_comparison_with_a_fear_leaves_the_kind_to_the_other_words(
    sentence: str, language: str, kind: str
) -> None:
    drafted, hedges = _drafted(sentence, language)
    assert drafted == kind
    assert not [h for h in hedges if h.casefold().startswith(("fear", "befürcht", "expect"))]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Umsatz der Kette stieg stärker als erwartet.", "de"),
        ("Die Arbeiten an der Brücke endeten schneller als geplant.", "de"),
        ("The repairs finished earlier than planned.", "en"),
    ],
)
def test_an_outcome_measured_against_a_plan_or_expectation_is_reported(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) == "reported"


def test_after_comparison_tells_a_comparison_from_a_temporal_als() -> None:
    compared = "Die Ernte fiel besser aus als befürchtet."
    temporal = "Aber als die Anwohner befürchteten, dass der Deich bricht."
    assert after_comparison(compared, compared.index("befürchtet"))
    assert not after_comparison(temporal, temporal.index("befürchteten"))


# --- "said it had … and would …" -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery said it had bought enough flour for next winter and would keep its prices.",
        "The club said it had signed two players for next season and that it would not sell"
        " its captain.",
    ],
)
def test_a_time_ahead_inside_an_account_of_what_was_done_leaves_it_reported(
    sentence: str,
) -> None:
    assert _kind(sentence, "en") == "reported"


def test_a_plain_said_would_with_a_time_ahead_stays_a_forecast() -> None:
    assert _kind("The bakery said it would keep its prices until next year.", "en") == "forecast"
