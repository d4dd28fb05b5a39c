"""Round sixteen, second pass on who said what (a new user's review): a quotation right
after a named person's reported speech is theirs, not the last quotation's speaker's nor
that of someone who opens a statement of their own with a colon; an office, a first
name and a compound-looking surname with a party in brackets are a person; bodies named
in the genitive after "nach Angaben", "nach Berechnungen", "laut einem Gutachten";
words that are no actor. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name

from tui.model import Briefing, Quote


def quote_with(briefing: Briefing, words: str) -> Quote:
    return next(q for q in briefing.quotes if words in q.text)


def speaker_name(briefing: Briefing, quote: Quote) -> str:
    return {a.id: a.name for a in briefing.actors}[quote.speaker]


# --- a quotation after a named person's reported speech is that person's ---------------


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Streit um die Fähre\n\n"
            "Die Reederei will den Fahrplan kürzen. Bürgerin Greta Olsen sprach von einem"
            " „Schlag ins Gesicht“. Sie forderte den Landkreis auf, einzuschreiten."
            " Landrat Bernd Achterberg (CDU) sagte dagegen der Kreiszeitung, die Reederei"
            " entscheide selbst. „Ich kann da nichts anordnen.“",
            "Ich kann da nichts anordnen",
            "Bernd Achterberg",
        ),
        (
            "Ferry row\n\n"
            'Islanders called the cuts "a slap in the face", said Moira Gunn, who leads the'
            " residents' group. Transport secretary Callum Reid told the BBC the operator"
            ' alone decided its timetable. "I cannot order them to run more boats."',
            "I cannot order them",
            "Callum Reid",
        ),
    ],
)
def test_a_quotation_after_reported_speech_is_that_speakers(
    text: str, quoted: str, speaker: str
) -> None:
    # before, the quotation went to the speaker of the last direct quotation
    briefing = draft(text)
    assert speaker_name(briefing, quote_with(briefing, quoted)) == speaker


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Schwimmbad bleibt zu\n\n"
            "Die Gemeinde hat die Schließung am Montag beschlossen. „Niemand muss sich"
            " Sorgen um den Schulsport machen.“ Elternsprecher Tim Kolbe widersprach: Die"
            " Kinder verlören ein halbes Jahr Unterricht.",
            "Niemand muss sich",
        ),
        (
            "Bücherei zieht um\n\n"
            "Der Kreis verlegt die Bücherei ins Rathaus. „Das spart uns Miete und Wege.“"
            " Die Förderverein-Chefin Ida Marquardt entgegnete: Der Umzug koste mehr, als"
            " er bringe.",
            "Das spart uns",
        ),
    ],
)
def test_a_colon_after_the_verb_opens_a_statement_not_closes_one(text: str, quoted: str) -> None:
    # before, the person who contradicts got the quotation before their colon
    briefing = draft(text)
    assert quote_with(briefing, quoted).speaker == "unknown-speaker"


# --- an office, a first name, a surname and a party in brackets: a politician -----------


@pytest.mark.parametrize(
    ("text", "start", "person"),
    [
        (
            "Kliniken\n\n"
            "Die Gesundheitssenatorin Melanie Schlotzhauer (SPD) sagte dem Sender, die"
            " Versorgung sei gesichert.",
            "Die Gesundheitssenatorin",
            "Melanie Schlotzhauer",
        ),
        (
            "Schulbau\n\n"
            "Der Bildungssenator Lukas Steinhauer (Grüne) sagte am Freitag, die neuen"
            " Schulen würden pünktlich fertig.",
            "Der Bildungssenator",
            "Lukas Steinhauer",
        ),
    ],
)
def test_an_office_name_and_party_is_a_person(text: str, start: str, person: str) -> None:
    # before, the statement rested on the party in brackets
    briefing = draft(text)
    assert actor_kinds(briefing).get(person) == "person"
    assert source_name(briefing, claim_starting(briefing, start)) == person
