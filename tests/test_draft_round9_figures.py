"""Figures, round nine: bounds, sizes after "the", changes written downwards, estimates.

The sentences are written for these tests. A number given as a bound ("fewer than 800",
"höchstens 800", "as many as 600") is the figure, approximate, as the corpus writes "mehr
als 24"; a count of a hundred or more in digits after "the" states a size; "from 60 to
30" after a verb of change is two levels of the noun before it; "estimated the crowd at
4,500" measures the object; "one-word grades" names a kind; "binnen eines Monats" is one
month.
"""

from __future__ import annotations

import pytest

from tui.draft.build import draft_briefing
from tui.draft.figures import find_figures
from tui.draft.source import ArticleText

Reading = tuple[float | None, str, bool]


def _read(sentence: str, language: str) -> list[Reading]:
    return [(f.value, f.unit, f.approximate) for f in find_figures(sentence, language)]


# --- a bound is the figure, approximate -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "value", "unit"),
    [
        ("Fewer than 800 runners finished the course.", "en", 800, "runners"),
        ("The ferry carried less than 300 tonnes of grain.", "en", 300, "tonnes"),
        ("Tickets went to under 900 fans this season.", "en", 900, "fans"),
        ("At most 40 boats may moor in the harbour.", "en", 40, "boats"),
        ("No more than 25 pupils sit in each class.", "en", 25, "pupils"),
        ("Weniger als 800 Läufer erreichten das Ziel.", "de", 800, "Läufer"),
        ("Es kamen unter 900 Zuschauer ins Stadion.", "de", 900, "Zuschauer"),
        ("Höchstens 40 Boote dürfen im Hafen liegen.", "de", 40, "Boote"),
        ("Maximal 25 Kinder sitzen in einer Gruppe.", "de", 25, "Kinder"),
    ],
)
def test_an_upper_bound_is_the_number_approximate(
    sentence: str, language: str, value: float, unit: str
) -> None:
    assert _read(sentence, language) == [(value, unit, True)]


@pytest.mark.parametrize(
    ("sentence", "language", "value", "unit"),
    [
        ("As many as 600 nurses could walk out next week.", "en", 600, "nurses"),
        ("Up to 600 nurses could walk out next week.", "en", 600, "nurses"),
        ("As much as $70 was charged for a seat.", "en", 70, "dollars"),
        ("More than 450 flights were cancelled.", "en", 450, "flights"),
        ("At least 12 houses were flooded.", "en", 12, "houses"),
        ("Bis zu 600 Pflegekräfte könnten streiken.", "de", 600, "Pflegekräfte"),
        ("Mehr als 450 Flüge fielen aus.", "de", 450, "Flüge"),
        ("Mindestens 12 Häuser standen unter Wasser.", "de", 12, "Häuser"),
    ],
)
def test_other_bounds_are_approximate_too(
    sentence: str, language: str, value: float, unit: str
) -> None:
    assert _read(sentence, language) == [(value, unit, True)]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The club sold 800 season tickets.", "en"),
        ("Der Verein verkaufte 800 Dauerkarten.", "de"),
    ],
)
def test_a_plain_count_stays_exact(sentence: str, language: str) -> None:
    ((_, _, approximate),) = _read(sentence, language)
    assert not approximate


# --- a size after "the" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "value", "unit"),
    [
        ('"We put the 1,200 stranded commuters on buses," she said.', "en", 1200, "commuters"),
        ("He said the 4,800 mAh cell was the largest yet.", "en", 4800, "mAh"),
        ("The 350 volunteers cleared the beach by noon.", "en", 350, "volunteers"),
        ("„Wir haben die 1.200 Pendler in Busse gesetzt“, sagte sie.", "de", 1200, "Pendler"),
        ("Die 350 Helfer räumten den Strand bis Mittag.", "de", 350, "Helfer"),
    ],
)
def test_a_count_of_a_hundred_or_more_after_the_article_is_a_figure(
    sentence: str, language: str, value: float, unit: str
) -> None:
    assert _read(sentence, language) == [(value, unit, False)]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The 40 delegates voted to adjourn.", "en", []),
        ("The three brothers run the bakery together.", "en", []),
        ("The 747 jet was towed away.", "en", []),
        ("Of the 400 members, 250 voted yes.", "en", [(250, "members", False)]),
        ("Die drei Brüder führen die Bäckerei.", "de", []),
        ("Von den 630 Mitgliedern stimmten 410 dafür.", "de", [(410, "Mitglieder", False)]),
        ("310 der 320 Mitglieder stimmten zu.", "de", [(310, "Mitglieder", False)]),
    ],
)
def test_the_article_still_points_back_at_small_counts_and_wholes(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


# --- a change written downwards, and a year before "to" ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "The council will cut its library branches from 14 to 9 next spring.",
            "en",
            [(14, "branches", False), (9, "branches", False)],
        ),
        (
            "The airline reduced its daily flights from 80 to 55.",
            "en",
            [(80, "flights", False), (55, "flights", False)],
        ),
        (
            "Die Stadt senkt die Zahl der Parkplätze von 120 auf 90.",
            "de",
            [(120, "Parkplätze", False), (90, "Parkplätze", False)],
        ),
        (
            "Der Kreis kürzt seine Buslinien von 30 auf 22.",
            "de",
            [(30, "Buslinien", False), (22, "Buslinien", False)],
        ),
    ],
)
def test_a_change_downwards_is_two_levels_of_the_noun_before(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "values"),
    [
        ("The pass rate rose from 61 percent in 2022 to 74 percent this year.", "en", [61, 74]),
        ("Turnout fell from 70 percent in 2019 to 58 percent.", "en", [70, 58]),
        ("Die Quote stieg von 12 Prozent im Jahr 2020 auf 19 Prozent.", "de", [12, 19]),
    ],
)
def test_a_year_before_the_second_level_is_no_range_and_hides_nothing(
    sentence: str, language: str, values: list[float]
) -> None:
    assert [f.value for f in find_figures(sentence, language)] == values


@pytest.mark.parametrize(
    ("sentence", "language"),
    [("The home side won 4-1 on Sunday.", "en"), ("Das Spiel endete 3-0.", "de")],
)
def test_a_score_with_a_dash_is_still_no_figure(sentence: str, language: str) -> None:
    assert find_figures(sentence, language) == []


# --- an estimate puts a size on its object ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Police estimated the crowd at about 4,500.", "en", [(4500, "crowd", True)]),
        ("Organisers put the turnout at 12,000.", "en", [(12000, "turnout", False)]),
        ("Die Polizei schätzte die Menge auf rund 4.500.", "de", [(4500, "Menge", True)]),
        ("Der Veranstalter bezifferte die Besucherzahl auf 12.000.", "de",
         [(12000, "Besucherzahl", False)]),
    ],
)  # fmt: skip
def test_an_estimate_measures_its_object(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The organisers put it at 7,000.", "en"),
        ("Die Veranstalter schätzten sie auf 7.000.", "de"),
    ],
)
def test_an_estimate_of_a_pronoun_names_no_unit(sentence: str, language: str) -> None:
    assert find_figures(sentence, language) == []


# --- "one-" compounds and German deadlines ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Inspectors will drop the one-word verdicts next year.",
        "The island was a one-party state for decades.",
        "She bought a one-way ticket to Lisbon.",
    ],
)
def test_a_compound_with_one_names_a_kind(sentence: str) -> None:
    assert find_figures(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Teachers held a one-day strike.", 1, "day"),
        ("He signed a one-year contract.", 1, "year"),
        ("They walked a two-mile loop.", 2, "mile"),
    ],
)
def test_a_compound_with_a_measure_is_still_a_figure(
    sentence: str, value: float, unit: str
) -> None:
    assert _read(sentence, "en") == [(value, unit, False)]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Ein Widerspruch ist binnen eines Monats möglich.", "Monats"),
        ("Die Stadt will innerhalb einer Woche entscheiden.", "Woche"),
    ],
)
def test_a_german_deadline_of_one_span_is_a_figure(sentence: str, unit: str) -> None:
    assert _read(sentence, "de") == [(1, unit, False)]


@pytest.mark.parametrize(
    "sentence", ["Vor einem Jahr war die Halle noch leer.", "Eine Stunde kostet 2 Euro."]
)
def test_a_span_with_the_article_alone_is_no_deadline(sentence: str) -> None:
    assert all(f.value != 1 for f in find_figures(sentence, "de"))


# --- labels, rankings and "-strong" -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Section 21 notices will be scrapped.", "en"),
        ("The single climbed into the top 10.", "en"),
        ("Riders abandoned after Stage 3.", "en"),
        ("Nach Absatz 3 ist das zulässig.", "de"),
        ("Die Fahrer gaben nach Etappe 4 auf.", "de"),
    ],
)
def test_a_label_or_a_rank_with_a_number_is_no_figure(sentence: str, language: str) -> None:
    assert find_figures(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("A 2,000-strong workforce faces cuts.", 2000, "workforce"),
        ("A 400-strong crowd met the team.", 400, "crowd"),
    ],
)
def test_a_strong_compound_counts_the_noun_after_it(sentence: str, value: float, unit: str) -> None:
    assert _read(sentence, "en") == [(value, unit, False)]


# --- dates and versions with several separators, reading times --------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Am 12.03.2024 kamen 300 Gäste ins Rathaus.", "de", [(300, "Gäste", False)]),
        ("Die Sitzung am 5.3.2024 dauerte zwei Stunden.", "de", [(2, "Stunden", False)]),
        ("Die Version 2.4.1 behebt den Fehler.", "de", []),
        ("Release 3,1,4 fixed the bug.", "en", []),
        ("Der Eintritt kostet 1.250,50 Euro.", "de", [(1250.5, "Euro", False)]),
        ("The bill came to 1,250.50 dollars.", "en", [(1250.5, "dollars", False)]),
    ],
)
def test_a_date_or_a_version_with_dots_is_no_number_and_no_crash(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


def test_a_german_dotted_date_drafts_without_an_error() -> None:
    text = "Haushalt beschlossen\n\nDer Rat hat am 12.03.2024 den Haushalt beschlossen.\n"
    briefing = draft_briefing(ArticleText(text=text, origin="rat.txt"), language="de")
    assert [c.excerpt.exact for c in briefing.claims if c.excerpt] == [
        "Der Rat hat am 12.03.2024 den Haushalt beschlossen."
    ]
    assert [f.value for c in briefing.claims for f in c.figures] == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [("Lesedauer: 4 Min.", "de"), ("6 min read", "en"), ("Reading time: 3 minutes", "en")],
)
def test_a_reading_time_is_no_figure(sentence: str, language: str) -> None:
    assert find_figures(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("She finished fourth in the 400 metres.", "en", []),
        ("He took gold in the 1500m on Sunday.", "en", []),
        ("Sie gewann die 800 Meter in Rekordzeit.", "de", []),
        ("Crews laid the 600 metres of new cycle lane.", "en", [(600, "metres", False)]),
        ("Der 700 Meter lange Tunnel bleibt zu.", "de", [(700, "Meter", False)]),
        ("Die 140 Meter hohe Brücke wird saniert.", "de", [(140, "Meter", False)]),
    ],
)
def test_a_distance_after_the_article_names_a_race(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


# --- German lowercase measures, and two ages after "die beiden" -------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Der Wagen war mit 140 km/h unterwegs.", 140, "km/h"),
        ("Die Umleitung ist 9 km lang.", 9, "km"),
        ("Der Koffer wog 23 kg.", 23, "kg"),
        ("Der Betrieb bewirtschaftet 40 ha Wald.", 40, "ha"),
    ],
)
def test_a_german_measure_in_lowercase_is_a_unit(sentence: str, value: float, unit: str) -> None:
    assert _read(sentence, "de") == [(value, unit, False)]


@pytest.mark.parametrize(
    ("sentence", "language", "values"),
    [
        ("Die beiden 16 und 18 Jahre alten Brüder wurden gefasst.", "de", [16, 18]),
        ("The two 15 and 17 year old riders were unhurt.", "en", [15, 17]),
    ],
)
def test_two_ages_after_both_share_their_span(
    sentence: str, language: str, values: list[float]
) -> None:
    assert [f.value for f in find_figures(sentence, language)] == values


@pytest.mark.parametrize(
    ("sentence", "language", "value", "unit"),
    [
        ("Eine Brezel kostet 1,20 €.", "de", 1.2, "euros"),
        ("Der Zuschuss beträgt 2,5 Mio. €.", "de", 2_500_000, "euros"),
        ("Der Eintritt kostet 8 EUR pro Person.", "de", 8, "euros"),
        ("The deposit is EUR 50.", "en", 50, "euros"),
        ("Each ticket cost 12 USD.", "en", 12, "dollars"),
    ],
)
def test_a_currency_sign_or_code_after_or_before_the_number_is_its_unit(
    sentence: str, language: str, value: float, unit: str
) -> None:
    assert _read(sentence, language) == [(value, unit, False)]


# --- a compound left hanging, and an age range ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The scheme is open to 16- and 17-year-olds.", "en",
         [(16, "year", False), (17, "year", False)]),
        ("The developer builds two- and three-bedroom homes.", "en",
         [(2, "bedroom", False), (3, "bedroom", False)]),
        ("Der Kurs ist für 16- und 17-Jährige.", "de", [(16, "Jahre", False), (17, "Jahre", False)]),
    ],
)  # fmt: skip
def test_a_compound_left_hanging_takes_the_unit_of_the_next(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Voters aged between 18 and 24 backed the plan.", 18, 24),
        ("Riders aged 30 to 39 rode first.", 30, 39),
    ],
)
def test_an_age_range_is_in_years_not_the_word_after(
    sentence: str, low: float, high: float
) -> None:
    ((figure),) = find_figures(sentence, "en")
    assert (figure.low, figure.high, figure.unit) == (low, high, "years")


def test_a_pronoun_is_never_a_unit() -> None:
    assert all(f.unit != "them" for f in find_figures("Between 5 and 8 guarded them.", "en"))


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The trust cut its grant from 2.1 million pounds in 2019 to 1.4 million pounds.", "en",
         [(2_100_000, "pounds", False), (1_400_000, "pounds", False)]),
        ("Der Zuschuss sank von 3 Millionen Euro im Jahr 2018 auf 2 Millionen Euro.", "de",
         [(3_000_000, "Euro", False), (2_000_000, "Euro", False)]),
        ("Between 2000 and 3000 people signed.", "en", [(None, "people", False)]),
    ],
)  # fmt: skip
def test_a_year_in_time_opens_no_range(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Inspectors found mould at three of its kitchens.", 3, "kitchens"),
        ("Two of their sons run the farm now.", 2, "sons"),
    ],
)
def test_a_count_of_a_whole_named_with_a_possessive(sentence: str, value: float, unit: str) -> None:
    assert _read(sentence, "en") == [(value, unit, False)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "approximate"),
    [
        ("Die Firma streicht rund 1.800 seiner 9.500 Stellen.", 1800, "Stellen", True),
        ("Drei ihrer Filialen schließen im Mai.", 3, "Filialen", False),
    ],
)
def test_a_german_count_of_a_whole_named_with_a_possessive(
    sentence: str, value: float, unit: str, approximate: bool
) -> None:
    assert _read(sentence, "de") == [(value, unit, approximate)]
