"""Round sixteen, actors: classes of actor misses read from the real sets I, J, L, M and O
and the read corpus sets (collectives that act as the subject of a side clause or after
an owner, English plurals of an office after an owner). Every sentence here is written
for the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, draft

from tui.draft.collectives import collective_subject

# --- collectives that act: side clauses, owners, bodies counted as many -----------------


@pytest.mark.parametrize(
    ("sentence", "word", "language"),
    [
        (
            "Niemand erklärte, warum die Fraktionen davon erst aus der Presse erfuhren.",
            "Fraktionen",
            "de",
        ),
        (
            "Der Wirt sagte, nachdem die Vereine ihre Feste abgesagt hätten, fehle Umsatz.",
            "Vereine",
            "de",
        ),
        ("Im Herbst klagten die Hoteliers an der Küste über leere Zimmer.", "Hoteliers", "de"),
        (
            "The gallery was relieved because thieves had dumped the prints in a skip.",
            "thieves",
            "en",
        ),
        ("During the inquiry, some of Harlow's victims spoke about the abuse.", "victims", "en"),
        ("He said that the hospitals could not cope with another winter wave.", "hospitals", "en"),
    ],
)
def test_a_collective_opening_a_side_clause_or_after_an_owner_is_a_subject(
    sentence: str, word: str, language: str
) -> None:
    start = sentence.index(word)
    assert collective_subject(sentence, start, start + len(word), language)


@pytest.mark.parametrize(
    ("sentence", "word", "language"),
    [
        ("Die Stadt zahlt für Straßen, Parks und Vereine im Ortsteil.", "Vereine", "de"),
        ("Sie nahm sich eine Auszeit für ihren Mann und ihre drei Kinder erklärt.", "Kinder", "de"),
        ('"Our members have waited for years," the union leader said.', "members", "en"),
        ("The fund offers support for victims of the flood in the valley.", "victims", "en"),
        ("He has written books, so tipsters often call him first.", "tipsters", "en"),
    ],
)
def test_a_collective_in_passing_or_of_the_speaker_is_no_subject(
    sentence: str, word: str, language: str
) -> None:
    start = sentence.index(word)
    assert not collective_subject(sentence, start, start + len(word), language)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Urteil in Bremerhaven\n\n"
            "Der Unternehmer Paul Renner wurde am Montag wegen Betrugs verurteilt. His"
            " attorneys have two weeks to appeal, said the clerk of the court in Bremerhaven.",
            "attorneys",
        ),
        (
            "Verdict in Dunmore\n\n"
            "The landlord Paul Renner was convicted of fraud in Dunmore on Monday. His"
            " lawyers said they would appeal the ruling within a fortnight.",
            "lawyers",
        ),
    ],
)
def test_an_office_plural_after_an_owner_is_a_group(text: str, group: str) -> None:
    kinds = actor_kinds(draft(text, "en"))
    assert any(group in name and kind == "group" for name, kind in kinds.items()), kinds


# --- a German body named again by the head of its compound, inflected or not -----------


@pytest.mark.parametrize(
    ("text", "body", "again"),
    [
        (
            "Streit im Rathaus von Kleinbach\n\n"
            "Der Bauausschuss hat am Dienstag über die neue Halle beraten. Der Vorsitzende"
            " Otto Brenner (SPD) sagte, die Mitglieder des Ausschusses seien sich einig.",
            "Bauausschuss",
            "Ausschusses",
        ),
        (
            "Gutachten in Lindau\n\n"
            "Die Prüfkommission hat ihren Bericht vorgelegt. Nach Angaben der Kommission"
            " fehlen im Haushalt der Stadt rund zwei Millionen Euro.",
            "Prüfkommission",
            "Kommission",
        ),
    ],
)
def test_a_compound_bodys_head_names_it_again(text: str, body: str, again: str) -> None:
    briefing = draft(text, "de")
    names = [a.name for a in briefing.actors]
    assert body in names, names
    assert again not in names, names
