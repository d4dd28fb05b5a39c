"""Classes of speaker and attribution misses in the build of a draft: a paragraph of
quotation nobody is said to speak after a paragraph that ended on a speaker."""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting, source_name
from draft_helpers import draft as _draft

from tui.draft.sentences import split_sentences
from tui.model import Briefing


def _speaker_of(briefing: Briefing, words: str) -> str | None:
    """The name of the speaker of the quote holding ``words``."""
    names = {a.id: a.name for a in briefing.actors}
    quote = next((q for q in briefing.quotes if words in q.text), None)
    return names.get(quote.speaker) if quote is not None else None


# --- a quotation paragraph goes on with the speaker the paragraph before ended on ------


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        (
            "Die Stadtwerke Kellinghusen erhöhen die Preise zum Januar. Man müsse die"
            " gestiegenen Kosten weitergeben, erklärte Geschäftsführerin Doris Hansen.\n\n"
            "„Das fällt uns nicht leicht. Wir haben lange gerechnet.“ Der Aufsichtsrat hat"
            " der Erhöhung bereits zugestimmt.",
            "de",
            "fällt uns nicht leicht",
            "Doris Hansen",
        ),
        (
            "Der Trainer des FC Lohmar fehlt am Samstag wegen einer Grippe.\n\n"
            "„Wir sind vorbereitet“, sagte Kapitän Jonas Reuter.\n\n"
            "„Die Mannschaft kennt die Abläufe genau.“",
            "de",
            "kennt die Abläufe",
            "Jonas Reuter",
        ),
        (
            "The ferry service to Arran will be cut to two sailings a day, operations"
            ' director Fiona Baird said. "We have one vessel in dry dock," Baird said.\n\n'
            '"It is frustrating for islanders and we are sorry for it."',
            "en",
            "frustrating for islanders",
            "Fiona Baird",
        ),
    ],
)
def test_a_quote_paragraph_with_no_speaker_continues_the_last_speaker(
    text: str, language: str, words: str, speaker: str
) -> None:
    briefing = _draft(text, language)
    assert _speaker_of(briefing, words) == speaker
    assert not any(a.name == "Unknown speaker" for a in briefing.actors)


def test_a_quote_paragraph_after_a_paragraph_with_no_speaker_has_none() -> None:
    briefing = _draft(
        "The ferry service to Arran will be cut to two sailings a day from Monday.\n\n"
        '"It is frustrating for islanders and we are sorry for it."',
        "en",
    )
    assert _speaker_of(briefing, "frustrating for islanders") == "Unknown speaker"


# --- a first name and one closing initial may end a sentence -----------------------------


@pytest.mark.parametrize(
    ("paragraph", "language", "first", "second"),
    [
        (
            "Gestanden hat die Tat bisher nur Jannik P. Sein Verteidiger will Berufung einlegen.",
            "de",
            "Gestanden hat die Tat bisher nur Jannik P.",
            "Sein Verteidiger will Berufung einlegen.",
        ),
        (
            "Angeklagt ist die Nachbarin Sabine L. Staatsanwältin Meier fordert drei Jahre.",
            "de",
            "Angeklagt ist die Nachbarin Sabine L.",
            "Staatsanwältin Meier fordert drei Jahre.",
        ),
        (
            "The court identified the boy only as Tyler M. His mother attended every hearing.",
            "en",
            "The court identified the boy only as Tyler M.",
            "His mother attended every hearing.",
        ),
    ],
)
def test_a_closing_initial_before_a_sentence_opener_ends_the_sentence(
    paragraph: str, language: str, first: str, second: str
) -> None:
    assert [s.text for s in split_sentences(paragraph, language)] == [first, second]


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        ("Der Physiker Albert J. Brenner erhielt den Preis am Montag.", "de"),
        ("Nach Angaben von Dr. Lena Vogt ist das Wasser sauber.", "de"),
        ("Former senator Harriet K. Lowell opened the library on Sunday.", "en"),
        ("Das bestätigte Paul W. Schröder, der Sprecher des Vereins.", "de"),
    ],
)
def test_an_initial_inside_a_name_does_not_end_the_sentence(paragraph: str, language: str) -> None:
    assert len(split_sentences(paragraph, language)) == 1


# --- a definite kind noun points at the body of that kind, not the body named last -------


@pytest.mark.parametrize(
    ("text", "language", "start", "by"),
    [
        (
            "Die Beschäftigten der Deutschen Bahn folgen dem Aufruf der Gewerkschaft GDL."
            " Die Bahn erwartet, dass am Freitag jeder zweite Zug ausfällt.",
            "de",
            "Die Bahn erwartet",
            "Deutsche Bahn",
        ),
        (
            "Die Kunden der Sparda-Bank klagen über den Anbieter Netpay. Die Bank teilte"
            " mit, der Fehler sei inzwischen behoben.",
            "de",
            "Die Bank teilte",
            "Sparda-Bank",
        ),
        (
            "Workers at Halden Steel were balloted by the Metal Trades Union, and the"
            " regulator Ofgem was informed. The union said nine in ten backed a strike.",
            "en",
            "The union said",
            "Metal Trades Union",
        ),
    ],
)
def test_a_definite_kind_noun_points_at_the_body_of_that_kind(
    text: str, language: str, start: str, by: str
) -> None:
    briefing = _draft(text, language)
    assert source_name(briefing, claim_starting(briefing, start)) == by


# --- the plural Konjunktiv II of reported speech goes on from the sentence before --------


@pytest.mark.parametrize(
    ("text", "start", "by"),
    [
        (
            "Die Lage sei ernst, sagte Kita-Leiterin Petra Sommer im Ausschuss. Mehrere"
            " Erzieherinnen hätten in diesem Jahr bereits gekündigt.",
            "Mehrere Erzieherinnen hätten",
            "Petra Sommer",
        ),
        (
            "Der Haushalt sei knapp, erklärte Kämmerer Uwe Brandt. Künftig würden die"
            " Zuschüsse an die Sportvereine gekürzt.",
            "Künftig würden die Zuschüsse",
            "Uwe Brandt",
        ),
        (
            "Der Sommer sei zu trocken gewesen, sagte Henrik Bolte vom Bauernverband. Viele Betriebe"
            " kämen kaum noch über die Runden.",
            "Viele Betriebe kämen",
            "Henrik Bolte",
        ),
    ],
)
def test_the_plural_konjunktiv_two_goes_on_with_the_speaker(text: str, start: str, by: str) -> None:
    briefing = _draft(text, "de")
    assert source_name(briefing, claim_starting(briefing, start)) == by


# --- a sentence that names a quotation again by a noun for an utterance names its speaker


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        (
            "„Wer Radwege will, soll eben Fahrrad fahren.“ Mit dieser Bemerkung hat"
            " Bürgermeister Tobias Rehm den Bauausschuss verärgert.",
            "de",
            "soll eben Fahrrad fahren",
            "Tobias Rehm",
        ),
        (
            "„Die Schule ist kein Parkplatz.“ Mit ihrer Äußerung löste Schulleiterin Anke"
            " Friedrichs eine Debatte unter den Eltern aus.",
            "de",
            "kein Parkplatz",
            "Anke Friedrichs",
        ),
        (
            '"Nobody reads the small print anyway." With those remarks, regulator chief'
            " Gareth Pryce angered consumer groups on Tuesday.",
            "en",
            "small print anyway",
            "Gareth Pryce",
        ),
    ],
)
def test_an_utterance_noun_after_a_quote_names_its_speaker(
    text: str, language: str, words: str, speaker: str
) -> None:
    briefing = _draft(text, language)
    assert _speaker_of(briefing, words) == speaker
