"""Figures and hedge cues, round seventeen: spelled compound numbers, counts of a vote,
a tally after "votes", the whole a part is taken of, sizes of a collective, a count
of one, counts "of whom", and cue words used in another sense.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.figures import find_figures

Reading = tuple[float | None, str]


def _read(sentence: str, language: str) -> list[Reading]:
    return [(f.value, f.unit) for f in find_figures(sentence, language)]


# --- a number from 21 to 99 spelled as one word ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Twenty-four pupils sat the exam.", "en", [(24, "pupils")]),
        ("The club signed thirty-two new members.", "en", [(32, "members")]),
        ("Einundzwanzig Läufer gingen an den Start.", "de", [(21, "Läufer")]),
        ("Der Verein zählt fünfundsechzig Mitglieder.", "de", [(65, "Mitglieder")]),
    ],
)
def test_a_spelled_compound_number_is_one_number(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


# --- a bare count right before a verb of voting -------------------------------------------


def test_bare_counts_of_a_vote_are_votes_and_abstentions() -> None:
    assert _read("Forty-two voted for the plan, 9 abstained and three voted against.", "en") == [
        (42, "votes"),
        (9, "abstentions"),
        (3, "votes"),
    ]


def test_a_body_named_before_still_gives_the_unit_of_a_vote() -> None:
    assert _read("Of the 30 trustees, 18 voted yes and 12 voted no.", "en") == [
        (18, "trustees"),
        (12, "trustees"),
    ]
    assert _read("52 MPs voted for the bill, 40 voted against and 2 abstained.", "en") == [
        (52, "MPs"),
        (40, "MPs"),
        (2, "MPs"),
    ]


# --- a tally after "votes" and a comma ------------------------------------------------------


def test_a_tally_after_a_margin_of_votes() -> None:
    sentence = "After two recounts of 9 disputed ballots she won by four votes, 2,318 to 2,314."
    assert _read(sentence, "en") == [
        (2, "recounts"),
        (9, "ballots"),
        (4, "votes"),
        (2318, "votes"),
        (2314, "votes"),
    ]


# --- the whole a part is taken of, when the text states its size -------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Greens now hold 14 of the assembly's 60 seats.", [(14, "seats"), (60, "seats")]),
        ("The bakery chain will shut 9 of its 44 shops.", [(9, "shops"), (44, "shops")]),
        ("Only 18 of the total 75 delegates turned up.", [(18, "delegates"), (75, "delegates")]),
        (
            "In the pilot, 38 of the 45 schools that signed up kept the later start.",
            [(38, "schools"), (45, "schools")],
        ),
        ("The party took 210 of 400 seats.", [(210, "seats"), (400, "seats")]),
    ],
)
def test_a_stated_whole_after_a_part_is_a_figure(sentence: str, expected: list[Reading]) -> None:
    assert _read(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("31 of the 32 allies signed the letter.", [(31, "allies")]),
        ("Of the 60 members, 41 backed the motion.", [(41, "members")]),
        ("Acht der 16 Länder stimmten zu.", [(8, "Länder")]),
    ],
)
def test_a_whole_after_the_plain_article_points_back(
    sentence: str, expected: list[Reading]
) -> None:
    assert _read(sentence, "en" if sentence[0] != "A" else "de") == expected


def test_a_whole_defined_by_a_clause_is_a_size() -> None:
    sentence = "Of the 3,400 nurses who were balloted, 62 percent voted."
    assert _read(sentence, "en") == [(3400, "nurses"), (62, "percent")]


# --- a count "of whom", "of which", "von denen" -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The ruling came from the arbiters, two of whom had sat before.", "en", [(2, "arbiters")]),
        ("The trust runs museums, four of which open on Sundays.", "en", [(4, "museums")]),
        (
            "Der Verband hat neue Trainer, zwei von denen aus Spanien kommen.",
            "de",
            [(2, "Trainer")],
        ),
    ],
)
def test_a_count_in_a_relative_clause_counts_the_plural_before(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


# --- "one" stressed as a number --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officers said only one driver was fined.", [(1, "driver")]),
        ("In the end all but one motion passed.", [(1, "motion")]),
        ("Just one buyer made an offer.", [(1, "buyer")]),
        ("The report led one reader to complain.", []),
        ("Only one of the boats returned.", []),
    ],
)
def test_one_after_only_just_or_all_but_counts(sentence: str, expected: list[Reading]) -> None:
    assert _read(sentence, "en") == expected


# --- the size of a collective given by a bare number ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The ward has an electorate of 8,240.", "en", [(8240, "electorate")]),
        ("Attendance at the final was 2480 on a wet night.", "en", [(2480, "Attendance")]),
        ("The village, with a population of 1,350, has no shop.", "en", [(1350, "population")]),
        ("Die Fabrik mit einer Belegschaft von 640 bleibt offen.", "de", [(640, "Belegschaft")]),
        ("The turnout was lower than in 2018.", "en", []),
    ],
)
def test_a_bare_number_sizes_a_collective(
    sentence: str, language: str, expected: list[Reading]
) -> None:
    assert _read(sentence, language) == expected


# --- cue words used in another sense --------------------------------------------------------


def _cues(text: str, language: str) -> list[str]:
    return [hit.text for hit in find_cues(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Die Arbeit der Pflegekräfte wird im Ort sehr geschätzt.", "de", []),
        ("Viele Helfer merken, dass ihr Einsatz nicht geschätzt wird.", "de", []),
        ("Der Schaden wird auf 40.000 Euro geschätzt.", "de", ["geschätzt"]),
        ("Die Kosten werden auf mehrere Millionen geschätzt.", "de", ["geschätzt"]),
        ("The navy has grown in naval and economic might.", "en", []),
        ("She pushed the door with all her might, but it held.", "en", []),
        ("The ferry might leave later on Friday.", "en", ["might"]),
        ("Fishing boats entered a reef claimed by three states.", "en", []),
        ("The rebels claimed they had taken the bridge.", "en", ["claimed"]),
        ("After the gales, claims for roof damage doubled.", "en", []),
        ("The theatre is in talks with potential sponsors.", "en", []),
        ("A potential merger is on the table.", "en", ["potential"]),
    ],
)
def test_cue_words_in_another_sense(text: str, language: str, expected: list[str]) -> None:
    assert _cues(text, language) == expected
