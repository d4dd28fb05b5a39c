"""Sentence splitting and short quotations, round fifteen: two quotations in a row are two
sentences; a quotation of several sentences that is a sentence of its own is cut into
them; a
cut never falls inside a name with an initial and an asterisk or an age after it; a
quoted whole sentence of two or three words is a quote, a quoted noun phrase a term.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting, draft, source_name

from tui.draft.quotes import find_quotes
from tui.draft.sentences import split_sentences


def _texts(paragraph: str, language: str) -> list[str]:
    return [s.text for s in split_sentences(paragraph, language)]


@pytest.mark.parametrize(
    ("paragraph", "language", "first", "second"),
    [
        (
            "„Ich habe die Rechnung zu spät geprüft.“ „Der Schaden ist beträchtlich“,"
            " sagt die Kassenprüferin.",
            "de",
            "„Ich habe die Rechnung zu spät geprüft.“",
            "„Der Schaden ist beträchtlich“, sagt die Kassenprüferin.",
        ),
        (
            "Er meinte: »Wir warten den Bericht ab!« »Das reicht nicht«, entgegnete sie.",
            "de",
            "Er meinte: »Wir warten den Bericht ab!«",
            "»Das reicht nicht«, entgegnete sie.",
        ),
        (
            "“We checked the pumps twice.” “That was not enough,” the inspector replied.",
            "en",
            "“We checked the pumps twice.”",
            "“That was not enough,” the inspector replied.",
        ),
        (
            'She said: "Nobody warned us?" "We sent three letters," the landlord said.',
            "en",
            'She said: "Nobody warned us?"',
            '"We sent three letters," the landlord said.',
        ),
    ],
)
def test_two_quotations_in_a_row_are_two_sentences(
    paragraph: str, language: str, first: str, second: str
) -> None:
    assert _texts(paragraph, language) == [first, second]


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        ("Sie nannte den Plan „mutig.“ „Zu mutig“ fanden ihn andere nicht.", "de"),
        ('He read "Night Falls." and "Dawn" aloud to the class.', "en"),
    ],
)
def test_a_closing_mark_with_no_new_quotation_after_it_cuts_nothing_new(
    paragraph: str, language: str
) -> None:
    sentences = split_sentences(paragraph, language)
    assert all(s.text == paragraph[s.start : s.end] for s in sentences)
    assert len(sentences) <= 2


@pytest.mark.parametrize(
    ("paragraph", "language", "sentences"),
    [
        (
            "»Wir haben den Antrag zweimal gestellt. Niemand hat geantwortet.«",
            "de",
            ["»Wir haben den Antrag zweimal gestellt.", "Niemand hat geantwortet.«"],
        ),
        (
            "„Die Halle ist zu klein. Wir brauchen mehr Platz. Das weiß jeder.“",
            "de",
            ["„Die Halle ist zu klein.", "Wir brauchen mehr Platz.", "Das weiß jeder.“"],
        ),
        (
            '"The roof leaks in three places. Repairs will take a month."',
            "en",
            ['"The roof leaks in three places.', 'Repairs will take a month."'],
        ),
        (
            "“Keep away from the cliffs. The path is closed until spring.”",
            "en",
            ["“Keep away from the cliffs.", "The path is closed until spring.”"],
        ),
    ],
)
def test_a_quotation_of_several_sentences_that_is_its_sentence_is_cut_into_them(
    paragraph: str, language: str, sentences: list[str]
) -> None:
    assert _texts(paragraph, language) == sentences


@pytest.mark.parametrize(
    ("paragraph", "language"),
    [
        ("„Die Halle ist zu klein. Wir brauchen mehr Platz“, sagt die Trainerin.", "de"),
        ('"The roof leaks. Repairs will take a month," the caretaker said.', "en"),
        ("Sie sagte: „Wir haben den Antrag gestellt. Niemand hat geantwortet.“", "de"),
        ("The warden added: “Keep away from the cliffs. The path is closed.”", "en"),
    ],
)
def test_a_quotation_with_its_attribution_in_its_sentence_stays_whole(
    paragraph: str, language: str
) -> None:
    assert _texts(paragraph, language) == [paragraph]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Streit im Verein\n\nDie Kassenwartin Greta Lohse trat am Abend zurück."
            " „Ich habe genug“, sagte Lohse.\n\n„Die Kasse stimmt nicht. Ich gehe.“"
            " „Die Kasse stimmt sehr wohl“, sagt der Vorsitzende.",
            "de",
            "Greta Lohse",
        ),
        (
            "Club row\n\nThe treasurer Gwen Hollis resigned on Tuesday."
            " “I have had enough,” Hollis said.\n\n“The books do not add up. I am leaving.”"
            " “The books are fine,” the chairman said.",
            "en",
            "Gwen Hollis",
        ),
    ],
)
def test_each_of_two_quotations_in_a_row_keeps_its_own_speaker(
    text: str, language: str, speaker: str
) -> None:
    briefing = draft(text, language)
    first = claim_starting(briefing, text.split("\n\n")[2][:12])
    assert source_name(briefing, first) == speaker
    second = next(
        c for c in briefing.claims if "Vorsitzende" in c.statement or "chairman" in c.statement
    )
    assert source_name(briefing, second) != speaker
    assert first.id != second.id


@pytest.mark.parametrize(
    ("paragraph", "language", "sentences"),
    [
        (
            "Vor dem Amtsgericht stand Greta L.* (52). Sie soll Pfandbons gefälscht haben.",
            "de",
            [
                "Vor dem Amtsgericht stand Greta L.* (52).",
                "Sie soll Pfandbons gefälscht haben.",
            ],
        ),
        (
            "Auch Bernd W.* (38) muss sich verantworten.",
            "de",
            ["Auch Bernd W.* (38) muss sich verantworten."],
        ),
        (
            "Angeklagt ist Jana P. (34). Die Verkäuferin soll Kassenbons gefälscht haben.",
            "de",
            [
                "Angeklagt ist Jana P. (34).",
                "Die Verkäuferin soll Kassenbons gefälscht haben.",
            ],
        ),
        (
            "In the dock was Colin T.* (61). He denied taking the tools.",
            "en",
            ["In the dock was Colin T.* (61).", "He denied taking the tools."],
        ),
        (
            "Next came Alice R.* (29), who had driven without a licence.",
            "en",
            ["Next came Alice R.* (29), who had driven without a licence."],
        ),
    ],
)
def test_a_name_with_an_initial_and_an_asterisk_or_an_age_is_never_cut(
    paragraph: str, language: str, sentences: list[str]
) -> None:
    assert _texts(paragraph, language) == sentences


def test_the_sentence_keeps_the_defendants_name() -> None:
    briefing = draft(
        "Amtsgericht\n\nVor Gericht stand Greta L.* (52). Auch Bernd W.* (38) ist angeklagt.",
        "de",
    )
    assert any(c.statement.startswith("Auch Bernd W.* (38) ist") for c in briefing.claims)
    assert not any(c.statement.startswith("*") for c in briefing.claims)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Die Anwältin kündigte an: „Wir klagen.“",
        "„Das stimmt nicht!“ Mehr war von der Sprecherin nicht zu hören.",
        'Her answer was short: "Nobody knew."',
        "“We will appeal.” That was all the lawyer would say.",
    ],
)
def test_a_quoted_short_sentence_is_a_quote(paragraph: str) -> None:
    (span,) = find_quotes(paragraph)
    assert span.direct


@pytest.mark.parametrize(
    "paragraph",
    [
        "Das „Stadtradeln“ beginnt im Mai.",
        "Die Aktion „Saubere Ufer“ endet heute.",
        "The scheme, known as “Clean Streets”, starts in May.",
        "Fans sang “Blue Moon” after the match.",
        "Die Sendung „Wer Weiß Es?“ endet im Mai.",
        "The podcast “Who Pays Now?” returns in June.",
    ],
)
def test_a_quoted_noun_phrase_stays_a_term(paragraph: str) -> None:
    (span,) = find_quotes(paragraph)
    assert not span.direct


@pytest.mark.parametrize(
    ("paragraph", "language", "sentences"),
    [
        (
            "Er rief: »Wir bleiben hier. Niemand geht.« Danach schwieg der Sprecher.",
            "de",
            ["Er rief: »Wir bleiben hier.", "Niemand geht.«", "Danach schwieg der Sprecher."],
        ),
        (
            "„Das war mein Fehler“, gibt er zu. Ich zahle den Schaden.“ Der Richter nickt.",
            "de",
            ["„Das war mein Fehler“, gibt er zu.", "Ich zahle den Schaden.“", "Der Richter nickt."],
        ),
    ],
)
def test_a_closing_mark_that_would_open_a_sentence_ends_the_one_before(
    paragraph: str, language: str, sentences: list[str]
) -> None:
    assert _texts(paragraph, language) == sentences
