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


# --- an unnamed German person by office with an adjective, or by kin with an owner ------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Prozess in Wendburg\n\n"
            "Das Landgericht Wendburg verhandelt seit Montag gegen einen Kassierer. Kurz nach"
            " neun betritt die vorsitzende Richterin den Saal und eröffnet die Sitzung.",
            "vorsitzende Richterin",
        ),
        (
            "Streit um ein Erbe\n\n"
            "Vor dem Amtsgericht Kallstedt geht es um ein Haus am See. Die Schwester des"
            " Klägers schweigt während der ganzen Verhandlung.",
            "Schwester des Klägers",
        ),
    ],
)
def test_an_unnamed_person_by_described_office_or_kin_is_an_actor(text: str, person: str) -> None:
    kinds = actor_kinds(draft(text, "de"))
    assert kinds.get(person) == "person", kinds


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Streit in Mainfurt\n\n"
            "Der Stadtrat von Mainfurt hat getagt. Später hielt Jonas Wehr der früheren"
            " Bürgermeisterin Fehler vor.",
            "früheren Bürgermeisterin",
        ),
        (
            "Urteil in Oberau\n\n"
            "Die Vorsitzende Richterin Jana Thal sagte, der Schaden sei groß. Die"
            " Richterin nannte die Tat dreist.",
            "Richterin",
        ),
    ],
)
def test_a_dative_office_or_one_named_before_is_no_new_person(text: str, absent: str) -> None:
    kinds = actor_kinds(draft(text, "de"))
    assert absent not in kinds, kinds
