"""Figures, round sixteen: ranges that write their unit twice, labels, records and names.

The sentences are written for these tests. A range may repeat its unit or its currency at
both ends ("7 cents to 9 cents", "US$2.1 billion to US$2.4 billion"), and is still one
figure from low to high; numbers after a plural label ("Weeks 3 and 4") are labels; the
second number of a record ("fell to 3-6") counts nothing; a club's number ("Schalke 04")
is part of its name; a colon ends a number's phrase; "eine knappe halbe Stunde" is about
half an hour; "two quarters" counts periods unless "of" follows.
"""

from __future__ import annotations

import pytest

from tui.draft.figures import find_figures

Reading = tuple[float | None, float | None, float | None, str]


def _read(sentence: str, language: str) -> list[Reading]:
    return [(f.value, f.low, f.high, f.unit) for f in find_figures(sentence, language)]


# --- a range may write its unit at both ends --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "low", "high", "unit"),
    [
        ("The bakery expects a loss of 4 cents to 6 cents per loaf.", "en", 4, 6, "cents"),
        ("Each ticket costs between 12 euros and 15 euros.", "en", 12, 15, "euros"),
        ("The walk takes 3 hours to 4 hours in the rain.", "en", 3, 4, "hours"),
        ("Die Karten kosten zwischen 12 Euro und 15 Euro.", "de", 12, 15, "Euro"),
        ("Der Umbau kostet 2 Millionen Euro bis 3 Millionen Euro.", "de", 2e6, 3e6, "Euro"),
        ("Die Fahrt dauert 40 Minuten bis 50 Minuten.", "de", 40, 50, "Minuten"),
    ],
)
def test_a_range_that_repeats_its_unit_is_one_figure(
    sentence: str, language: str, low: float, high: float, unit: str
) -> None:
    assert _read(sentence, language) == [(None, low, high, unit)]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Sales were US$2.1 billion to US$2.4 billion last year.", 2.1e9, 2.4e9),
        ("The port expects NZ$40 million to NZ$45 million in fees.", 40e6, 45e6),
    ],
)
def test_a_dollar_sign_with_its_country_repeats_as_one_currency(
    sentence: str, low: float, high: float
) -> None:
    assert _read(sentence, "en") == [(None, low, high, "dollars")]


@pytest.mark.parametrize(
    ("sentence", "language", "values"),
    [
        ("Fares rose from 80 cents to 95 cents in May.", "en", [80.0, 95.0]),
        ("Margins went from -2 percent to 3 percent.", "en", [-2.0, 3.0]),
        ("Der Preis stieg von 20 Euro auf 30 Euro.", "de", [20.0, 30.0]),
        ("A coffee costs 3 euros or 4 euros there.", "en", [3.0, 4.0]),
        ("Readings fell from 9 cents to 7 cents a unit.", "en", [9.0, 7.0]),
    ],
)
def test_a_change_or_a_choice_stays_two_figures(
    sentence: str, language: str, values: list[float]
) -> None:
    assert [value for value, _low, _high, _unit in _read(sentence, language)] == values


# --- labels, records and names count nothing --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("She had missed two races, Weeks 5 and 6 of the tour.", "en", [(2.0, "races")]),
        ("Pupils in Years 7 and 8 walked four miles.", "en", [(4.0, "miles")]),
        ("Die Klassen 5 und 6 fahren mit drei Bussen.", "de", [(3.0, "Bussen")]),
    ],
)
def test_numbers_after_a_plural_label_are_labels(
    sentence: str, language: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, unit) for value, _low, _high, unit in _read(sentence, language)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Falcons fell to 2-7 after a long road trip.",
        "The Rovers now stand at 11-4 with one home game left.",
    ],
)
def test_a_record_counts_nothing(sentence: str) -> None:
    assert _read(sentence, "en") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Vorstand von Schalke 04 traf sich am Montag.",
        "Der Präsident von Lübeck 93 sprach mit dem Förderverein Lübeck 93 e.V.",
    ],
)
def test_a_club_number_is_part_of_its_name(sentence: str) -> None:
    assert _read(sentence, "de") == []


def test_a_count_named_once_after_a_name_still_counts() -> None:
    # "Dortmund 39" in a table of points is not a name: it repeats no pair
    assert [v for v, _l, _h, _u in _read("Bayern 45, Dortmund 39, Leipzig 38.", "de")] == [
        45.0,
        39.0,
        38.0,
    ]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Oberliga, Kickers 12: Trainer Jan Roth bleibt im Amt.", "de"),
        ("League table, Rangers 30: manager Ann Lee stays on.", "en"),
    ],
)
def test_a_colon_ends_a_numbers_phrase(sentence: str, language: str) -> None:
    assert all(unit not in ("Trainer", "manager") for *_n, unit in _read(sentence, language))


# --- halves and quarters ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Die Sitzung dauerte eine knappe halbe Stunde.", "Stunde"),
        ("Der Umbau dauerte ein gutes halbes Jahr.", "Jahr"),
    ],
)
def test_an_approximate_half(sentence: str, unit: str) -> None:
    [figure] = find_figures(sentence, "de")
    assert (figure.value, figure.unit, figure.approximate) == (0.5, unit, True)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Profits fell in each of the last two quarters.", 2.0),
        ("The shop lost money for three quarters in a row.", 3.0),
    ],
)
def test_quarters_count_periods(sentence: str, value: float) -> None:
    assert _read(sentence, "en") == [(value, None, None, "quarters")]


def test_three_quarters_of_a_whole_is_a_share() -> None:
    assert _read("Three quarters of the members voted for the plan.", "en") == []


# --- ages after a changed name, wholes after a part -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Zeugin Anna B.* (52) schilderte den Abend.",
        "Der Angeklagte Jonas R. (23) schwieg.",
    ],
)
def test_an_age_in_brackets_after_an_initial(sentence: str) -> None:
    assert _read(sentence, "de") == [(float(sentence.split("(")[1][:2]), None, None, "Jahre")]


@pytest.mark.parametrize(
    ("sentence", "language", "value", "unit"),
    [
        ("Mehr als die Hälfte der 18 Schulen macht mit.", "de", 18, "Schulen"),
        ("Ein Drittel der 90 Beschäftigten streikt.", "de", 90, "Beschäftigten"),
        ("Half of the 40 volunteers stayed overnight.", "en", 40, "volunteers"),
        ("A majority of the 300 members backed the plan.", "en", 300, "members"),
    ],
)
def test_the_whole_a_part_is_taken_of_is_a_figure(
    sentence: str, language: str, value: float, unit: str
) -> None:
    assert _read(sentence, language) == [(value, None, None, unit)]


# --- from a new user's drafts -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Towns with the scheme saw 40 fewer burglaries a year.", 40, "burglaries"),
        ("The ward reported 12 less infections than in May.", 12, "infections"),
    ],
)
def test_a_difference_counts_the_noun_after_it(sentence: str, value: float, unit: str) -> None:
    assert _read(sentence, "en")[0] == (value, None, None, unit)


@pytest.mark.parametrize(
    ("sentence", "language", "value", "unit"),
    [
        ("The virus killed 9,000 people, most of them children under five.", "en", 5, "years"),
        ("Für Menschen über 80 gilt die Empfehlung.", "de", 80, "Jahre"),
    ],
)
def test_an_age_bound_after_a_group_of_people(
    sentence: str, language: str, value: float, unit: str
) -> None:
    assert _read(sentence, language)[-1] == (value, None, None, unit)


def test_a_bound_before_a_unit_is_no_age() -> None:
    assert _read("Children under 5 kilograms need care.", "en") == [(5.0, None, None, "kilograms")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Ein einwöchiger Streik legt den Hafen lahm.", "Woche"),
        ("Nach einer eintägigen Pause geht es weiter.", "Tag"),
    ],
)
def test_a_span_of_one_takes_the_singular(sentence: str, unit: str) -> None:
    assert _read(sentence, "de") == [(1.0, None, None, unit)]
