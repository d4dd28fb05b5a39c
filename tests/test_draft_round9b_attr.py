"""Round nine, second pass on attribution: short quotations that are someone's words (a
cry, a question, the word a speaker described a thing with) are quotes with a speaker,
and a label after a verb of naming stays a term."""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting, draft, source_name

from tui.draft.quotes import find_quotes
from tui.model import Briefing


def _speakers(briefing: Briefing) -> dict[str, str]:
    """Each quote's text and its speaker's name."""
    names = {a.id: a.name for a in briefing.actors}
    return {q.text: names.get(q.speaker or "", "") for q in briefing.quotes}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'The lights went out; several angry tenants shouted "why now?" at the landlord.',
            "why now?",
            "tenants",
        ),
        ('Away fans chanted "off!" as the referee left the pitch.', "off!", "fans"),
        (
            'Ravi Castell said he was "gutted" and would appeal. The club gave no reply.',
            "gutted",
            "Ravi Castell",
        ),
        (
            'Nadia Brook told the meeting that the staff were "exhausted" after the winter.',
            "exhausted",
            "Nadia Brook",
        ),
    ],
)
def test_a_cry_or_a_word_a_speaker_used_is_a_quote_with_a_speaker(
    text: str, quote: str, speaker: str
) -> None:
    speakers = _speakers(draft(text))
    assert quote in speakers, speakers
    assert speaker in speakers[quote], speakers


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ('The minister called the deal "historic". The rules apply from May.', "historic"),
        (
            'The council has promised to cut waiting times "significantly" this year.',
            "significantly",
        ),
        ('The quiz show "Who Knows?" ends after ten years.', "Who Knows?"),
    ],
)
def test_a_label_a_manner_word_or_a_title_in_marks_stays_a_term(
    paragraph: str, quoted: str
) -> None:
    spans = {q.text: q.direct for q in find_quotes(paragraph)}
    assert spans.get(quoted) is False, spans


@pytest.mark.parametrize(
    ("text", "body", "starts"),
    [
        (
            "Im Harz haben erstmals mehr Gäste gezeltet als an der Küste. Im ersten Halbjahr"
            " waren es rund 2,1 Millionen Nächte. Das geht aus dem Campingreport hervor, den"
            " der Deutsche Zeltverband am Montag in Goslar vorstellte.",
            "Deutscher Zeltverband",
            ("Im Harz", "Im ersten"),
        ),
        (
            "Die Zahl der Leihräder ist um ein Drittel gestiegen. Dies ging aus einer Umfrage"
            " hervor, die der Fahrradverband Nordstadt veröffentlichte.",
            "Fahrradverband Nordstadt",
            ("Die Zahl",),
        ),
        (
            "More people cycled to work in Leeds than in York last year. Almost 40,000 trips"
            " were logged in May alone. That emerges from a survey that the Cycling Trust"
            " published on Monday.",
            "Cycling Trust",
            ("More people", "Almost 40,000"),
        ),
    ],
)
def test_a_closing_sentence_naming_the_source_covers_its_paragraph(
    text: str, body: str, starts: tuple[str, ...]
) -> None:
    briefing = draft(text)
    for start in starts:
        assert source_name(briefing, claim_starting(briefing, start)) == body, start


@pytest.mark.parametrize(
    ("text", "quote", "group"),
    [
        (
            "Residents have complained about the noise for months.\n\nIn a statement, they"
            ' said the council had "ignored every single letter we sent".',
            "ignored every single letter",
            "Residents",
        ),
        (
            "Many parents have complained to the school about the new timetable.\n\nIn a"
            ' joint letter, they said the change had "left families with no say at all".',
            "left families with no say",
            "parents",
        ),
    ],
)
def test_they_before_a_quote_is_the_group_named_before(text: str, quote: str, group: str) -> None:
    speakers = _speakers(draft(text))
    spoken = next(name for q, name in speakers.items() if q.startswith(quote))
    assert group in spoken, speakers


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "Norvale Foods called the report false. Furthermore, it said it would ask the"
            " Competition and Markets Authority to look into the report.",
            "Furthermore",
            "Norvale Foods",
        ),
        (
            "Brightwater Homes rejected the claims. It said it had written to Ashford Borough"
            " Council about the delays.",
            "It said",
            "Brightwater Homes",
        ),
    ],
)
def test_it_said_before_any_name_is_the_body_named_last(text: str, start: str, body: str) -> None:
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == body


@pytest.mark.parametrize(
    ("text", "quotes", "speaker"),
    [
        (
            "Die Verteidiger gehen von einem Unfall aus, bei dem Lena Roth ins Wasser fiel."
            " Anwalt Georg Lenz nutzte seine Rede, um mit der Richterin abzurechnen, warf ihr"
            " das „Fehlen jeder Neutralität“ vor, „Hochmut und Eitelkeit“ sowie „blanken"
            " Unsinn“.",
            ("Fehlen jeder Neutralität", "Hochmut und Eitelkeit", "blanken Unsinn"),
            "Georg Lenz",
        ),
        (
            "Tessa Grant lost the seat to Omar Deeb. Councillor Ruth Ames opened the session"
            ' with a long look back at "years of drift and excuses" in the town hall.',
            ("years of drift and excuses",),
            "Ruth Ames",
        ),
    ],
)
def test_a_quote_no_verb_claims_is_the_opening_subjects(
    text: str, quotes: tuple[str, ...], speaker: str
) -> None:
    speakers = _speakers(draft(text))
    for quote in quotes:
        assert speakers.get(quote) == speaker, speakers


@pytest.mark.parametrize(
    ("text", "start", "holder"),
    [
        (
            "Bürgermeister Ole Brandt kann die Kritik der Fraktionen nicht nachvollziehen.",
            "Bürgermeister",
            "Ole Brandt",
        ),
        ("Die Winzerin Karla Voss sieht das deutlich gelassener.", "Die Winzerin", "Karla Voss"),
        (
            "Analyst Tom Reyes forecast that sales would shrink by five per cent next year.",
            "Analyst",
            "Tom Reyes",
        ),
        (
            "Fishing crews are far less enthusiastic about the new wind farm.",
            "Fishing crews",
            "crews",
        ),
    ],
)
def test_a_view_held_or_a_forecast_rests_on_its_holder(text: str, start: str, holder: str) -> None:
    briefing = draft(text)
    assert holder in (source_name(briefing, claim_starting(briefing, start)) or "")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            '"We stand by our research and welcome any review," Dana Kole said in a'
            " statement.\n\nThe statement added that no one on the team held shares in the"
            " company.",
            "The statement",
            "Dana Kole",
        ),
        (
            "In einer Mitteilung erklärte Landrat Udo Henn, die Straße bleibe gesperrt. Die"
            " Mitteilung fügte hinzu, dass die Arbeiten bis Mai dauern.",
            "Die Mitteilung",
            "Udo Henn",
        ),
    ],
)
def test_the_statement_going_on_is_its_givers_word(text: str, start: str, speaker: str) -> None:
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == speaker


@pytest.mark.parametrize(
    ("text", "quotes", "group"),
    [
        (
            "Die Stadt will das Hallenbad schließen.\n\n»Das halten wir für falsch«, heißt es"
            " in einer gemeinsamen Erklärung von Anna Berger (CDU), Tom Keller (SPD) und Ute"
            " Rahn (Grüne).\n\nDer Plan komme viel zu spät, schreiben die"
            " Fraktionsvorsitzenden. »Am Anfang stand ein langer Streit um das Geld.«",
            ("Das halten wir für falsch", "Am Anfang stand ein langer Streit um das Geld."),
            "Fraktionsvorsitzenden",
        ),
        (
            'The council wants to shut the library.\n\n"We think this is short-sighted and'
            ' wrong," reads a joint letter from six local groups.\n\nThe plan came far too'
            ' late, wrote the campaigners. "It started with a long row over money."',
            ("We think this is short-sighted and wrong", "It started with a long row over money."),
            "campaigners",
        ),
    ],
)
def test_a_voice_named_after_its_words_speaks_them_and_goes_on(
    text: str, quotes: tuple[str, ...], group: str
) -> None:
    briefing = draft(text)
    speakers = _speakers(briefing)
    for quote in quotes:
        assert group in speakers.get(quote, ""), speakers
    assert "Unknown speaker" not in {a.name for a in briefing.actors}


def test_a_subject_opening_the_next_paragraph_takes_no_quote_before_it() -> None:
    text = (
        "»Das halten wir für falsch«, heißt es in einer Erklärung.\n\nBürgermeister Ole"
        " Brandt kann die Kritik nicht nachvollziehen."
    )
    speakers = _speakers(draft(text))
    assert speakers.get("Das halten wir für falsch") != "Ole Brandt", speakers


@pytest.mark.parametrize(
    ("text", "start", "source"),
    [
        (
            "Im Harz haben mehr Gäste gezeltet als an der Küste. Das geht aus dem Campingreport"
            " hervor, den der Deutsche Zeltverband in Goslar vorstellte.\n\nMit einem Plus von"
            " 2 Prozent liegt Sachsen vorn. Grund dafür sei das gute Wetter.",
            "Grund dafür",
            "Deutscher Zeltverband",
        ),
        (
            "Die Stadtwerke Lindau kündigten am Montag höhere Preise an.\n\nIm Vorjahr"
            " stiegen die Kosten um 8 Prozent. Der Schritt sei daher unvermeidlich.",
            "Der Schritt",
            "Stadtwerke Lindau",
        ),
    ],
)
def test_reported_speech_goes_on_across_a_sentence_of_the_reporters_own(
    text: str, start: str, source: str
) -> None:
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == source


def test_reported_speech_after_a_new_speaker_is_named_is_not_carried_back() -> None:
    text = (
        "Anwalt Jens Horn sprach von einem Fehler.\n\nDann stellte die Anwältin der Familie"
        " einen Antrag. Das Verfahren sei zu lang."
    )
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, "Das Verfahren")) != "Jens Horn"


@pytest.mark.parametrize(
    ("text", "start", "group"),
    [
        (
            "Aus Kreisen der Grünen-Fraktion hieß es, mehrere Abgeordnete hätten nur unter"
            " Druck zugestimmt.",
            "Aus Kreisen",
            "Kreise der Grünen-Fraktion",
        ),
        (
            "In Kreisen des Vorstands hieß es, der Verkauf sei beschlossen.",
            "In Kreisen",
            "Kreise des Vorstands",
        ),
    ],
)
def test_circles_of_a_body_are_the_unnamed_source(text: str, start: str, group: str) -> None:
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == group


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Die Bremer IG Metall bezeichnet diesen Schritt allerdings als „Etikettenschwindel“.",
            "Etikettenschwindel",
            "IG Metall",
        ),
        (
            "Der Betriebsrat bezeichnete den Sparplan am Montag als „Kahlschlag“.",
            "Kahlschlag",
            "Betriebsrat",
        ),
    ],
)
def test_a_word_a_german_speaker_names_a_thing_as_is_their_quote(
    text: str, quote: str, speaker: str
) -> None:
    assert _speakers(draft(text)).get(quote) == speaker


def test_a_name_in_german_marks_without_als_stays_a_term() -> None:
    spans = {q.text: q.direct for q in find_quotes("Das Blatt „Morgenpost“ bezeichnet sich neu.")}
    assert spans.get("Morgenpost") is False, spans
