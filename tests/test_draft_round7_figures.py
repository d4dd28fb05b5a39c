"""Figures, seventh round: each class of miss with sentences written for the test."""

from __future__ import annotations

import pytest

from tui.draft.figures import find_figures


def _read(
    sentence: str, language: str
) -> list[tuple[float | None, float | None, float | None, str]]:
    return [(f.value, f.low, f.high, f.unit) for f in find_figures(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("All 23 crew members reached the shore in lifeboats.", "crew members"),
        ("Six board members resigned on Friday.", "board members"),
        ("Some 150 union members gathered outside the depot.", "union members"),
    ],
)
def test_a_noun_right_after_the_count_forms_the_unit_with_its_plural(
    sentence: str, unit: str
) -> None:
    assert [f.unit for f in find_figures(sentence, "en")] == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The tanker was boarded, four regional security sources told reporters.", "sources"),
        ("The charity pulled 40 aid workers out of the district.", "workers"),
        ("Ministers of 14 of the 15 member countries signed.", "countries"),
    ],
)
def test_otherwise_the_head_noun_is_the_unit(sentence: str, unit: str) -> None:
    assert [f.unit for f in find_figures(sentence, "en")] == [unit]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The agency plans 3 or 4 launches this winter.", "en", (3, 4, "launches")),
        ("Officials expect two or three more storms.", "en", (2, 3, "storms")),
        ("Die Reparatur dauert zwei oder drei Wochen.", "de", (2, 3, "Wochen")),
        ("Der Umbau kostet 4 oder 5 Millionen Euro.", "de", (4e6, 5e6, "Euro")),
    ],
)
def test_alternatives_are_a_range(
    sentence: str, language: str, expected: tuple[float, float, str]
) -> None:
    figures = find_figures(sentence, language)
    assert [(f.low, f.high, f.unit) for f in figures] == [expected]


@pytest.mark.parametrize(
    "sentence",
    ["Der Prozess kann zwei bis vier Jahre dauern.", "Die Sanierung soll 3 bis 5 Monate dauern."],
)
def test_german_ranges_with_bis(sentence: str) -> None:
    (figure,) = find_figures(sentence, "de")
    assert figure.low is not None and figure.high is not None and figure.high > figure.low


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The stock dropped $3.40 to $51.10 after the warning.", [3.4, 51.1]),
        ("Its shares climbed $0.85, to $12.30, in early trading.", [0.85, 12.3]),
    ],
)
def test_a_change_and_the_level_it_reached_are_two_values(
    sentence: str, expected: list[float]
) -> None:
    assert [f.value for f in find_figures(sentence, "en")] == expected


def test_a_price_range_stays_a_range() -> None:
    figures = find_figures("The notes are offered at $9.50 to $10.25 each.", "en")
    assert [(f.low, f.high) for f in figures] == [(9.5, 10.25)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The probe reported back roughly an hour after separation.", (1, "hour")),
        ("The ferry was held for about a week in port.", (1, "week")),
        ("The hearing lasted one day.", (1, "day")),
        ("Talks were put off for one month.", (1, "month")),
    ],
)
def test_one_span_of_time_is_a_figure(sentence: str, expected: tuple[float, str]) -> None:
    assert [(f.value, f.unit) for f in find_figures(sentence, "en")] == [expected]


@pytest.mark.parametrize(
    "sentence",
    ["The fee rises by one year every year.", "Tenants pay $900 a month, a year in advance."],
)
def test_a_rate_is_no_span(sentence: str) -> None:
    assert all(f.value != 1 for f in find_figures(sentence, "en"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rule sets one teacher for every 25 pupils.", [(1, "teacher"), (25, "pupils")]),
        ("Wards need one midwife per 3 mothers in labour.", [(1, "midwife"), (3, "mothers")]),
    ],
)
def test_one_in_a_ratio_counts(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in find_figures(sentence, "en")] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Vega 2 rocket is due to fly next spring.",
        "Engineers grounded the Falcon 9 booster after the landing.",
    ],
)
def test_a_number_inside_a_name_is_no_count(sentence: str) -> None:
    assert find_figures(sentence, "en") == []


def test_a_count_after_a_name_in_a_list_still_counts() -> None:
    figures = find_figures("Labour won 398 seats and the Liberals 72.", "en")
    assert [(f.value, f.unit) for f in figures] == [(398, "seats"), (72, "seats")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A poll of the 140 delegates found little support.", (140, "delegates")),
        ("He is one of the 87 residents who sued the council.", (87, "residents")),
    ],
)
def test_a_total_in_digits_after_the_counts(sentence: str, expected: tuple[float, str]) -> None:
    assert [(f.value, f.unit) for f in find_figures(sentence, "en")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The three suspects were released on bail.", "en"),
        ("Die zwei Firmen streiten seit Jahren.", "de"),
    ],
)
def test_a_number_word_after_the_points_back(sentence: str, language: str) -> None:
    assert find_figures(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Leaders of 19 of the 20 nations agreed.", "en", [19]),
        ("Of the 45 councillors, 30 backed the plan.", "en", [30]),
        ("The 60 trustees voted to sell.", "en", []),
        ("Unter den 80 Gästen waren 12 Kinder.", "de", [12]),
    ],
)
def test_a_whole_whose_parts_are_counted_is_not_counted_again(
    sentence: str, language: str, expected: list[float]
) -> None:
    assert [f.value for f in find_figures(sentence, language)] == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Die Polizei nahm einen Radfahrer (52) fest.", "de", (52, "Jahre")),
        ("Eine Frau (67) wurde leicht verletzt, ihr Hund blieb unverletzt.", "de", (67, "Jahre")),
        ("Police questioned Ruth Fenwick (38) on Monday.", "en", (38, "years")),
    ],
)
def test_a_number_in_brackets_after_a_person_is_an_age(
    sentence: str, language: str, expected: tuple[float, str]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(sentence, language)][:1] == [expected]


def test_a_numbered_clause_in_brackets_is_no_age() -> None:
    assert find_figures("Gemäß Absatz (3) entfällt die Gebühr.", "de") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The data are at go.example.org/7bqzt for anyone to check.",
        "Details: www.example.com/4sale and nowhere else.",
    ],
)
def test_digits_inside_a_web_address_are_no_count(sentence: str) -> None:
    assert find_figures(sentence, "en") == []


@pytest.mark.parametrize(
    "sentence",
    ["The firm booked one-time costs of $40 million.", "A two-time winner returned."],
)
def test_how_often_is_no_count(sentence: str) -> None:
    assert all(f.unit != "time" for f in find_figures(sentence, "en"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Forecasters expect 28 to 31 °C on Friday.", (28, 31)),
        ("Warming of 1.5-2 °C is the target range.", (1.5, 2)),
    ],
)
def test_a_temperature_range_keeps_both_ends(sentence: str, expected: tuple[float, float]) -> None:
    (figure,) = find_figures(sentence, "en")
    assert (figure.low, figure.high, figure.unit) == (*expected, "degrees")


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Die Sitzung wurde um ein halbes Jahr verschoben.", "de", (0.5, "Jahr")),
        ("Sie warteten anderthalb Stunden auf den Zug.", "de", (1.5, "Stunden")),
        ("The crew waited half an hour before docking.", "en", (0.5, "hour")),
        ("Almost half a million voters stayed at home.", "en", (500_000, "voters")),
    ],
)
def test_halves_are_figures(sentence: str, language: str, expected: tuple[float, str]) -> None:
    assert [(f.value, f.unit) for f in find_figures(sentence, language)] == [expected]


def test_half_of_a_whole_is_a_share() -> None:
    assert find_figures("Half of the tenants objected.", "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sie lief den 800-Meter-Lauf in Rekordzeit.", (800, "Meter")),
        ("Die Gewerkschaft verlangt die 32-Stunden-Woche.", (32, "Stunden")),
        ("Ein 12-Millionen-Euro-Neubau ist geplant.", (12e6, "Euro")),
    ],
)
def test_a_german_compound_opening_with_a_measure(
    sentence: str, expected: tuple[float, str]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(sentence, "de")] == [expected]


def test_a_percentage_threshold_in_a_compound_is_no_amount() -> None:
    assert find_figures("Die Liste scheiterte an der 3-Prozent-Hürde.", "de") == []
