"""Attribution and quotations on copy nobody tuned the rules to: the classes of miss the
newest sets showed, two or more sentences each, written for these tests (public figures
by name, events invented).
"""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting as _claim
from draft_helpers import draft as _draft
from draft_helpers import source_name

from tui.draft.quotes import find_quotes
from tui.model import Briefing


def _speaker_of(briefing: Briefing, words: str) -> str | None:
    """The name of the speaker of the quote holding ``words``."""
    names = {a.id: a.name for a in briefing.actors}
    quote = next((q for q in briefing.quotes if words in q.text), None)
    return names.get(quote.speaker) if quote is not None else None


def _media(briefing: Briefing) -> set[str]:
    """The names of the draft's media actors."""
    return {a.name for a in briefing.actors if a.kind.value == "media"}


# --- a source phrase that opens with a paper: the paper's holder -----------------------


@pytest.mark.parametrize(
    ("text", "start", "holder"),
    [
        (
            "The ferry line will drop its winter timetable, according to a confidential"
            " memo seen by Reuters.",
            "The ferry line",
            "Reuters",
        ),
        (
            "Two of the four wards failed on hygiene, according to a Healthwatch report"
            " released on Monday.",
            "Two of the four",
            "Healthwatch",
        ),
        (
            "Honeybees sleep less after pesticide exposure, according to a paper published"
            " last week in the journal Nature.",
            "Honeybees sleep",
            "Nature",
        ),
        (
            "Die Baukosten sind laut einem vertraulichen Vermerk des Verkehrsministeriums"
            " um ein Fünftel gestiegen.",
            "Die Baukosten",
            "Verkehrsministerium",  # the nominative since round 13
        ),
    ],
)
def test_a_paper_in_a_source_phrase_rests_on_its_holder(text: str, start: str, holder: str) -> None:
    draft = _draft(text)
    assert source_name(draft, _claim(draft, start)) == holder


def test_a_journal_a_paper_was_published_in_is_a_cited_outlet() -> None:
    draft = _draft(
        "Older drivers brake later at dusk, according to a study published in the journal Science.",
        "en",
    )
    assert "Science" in _media(draft)
    assert any(s.outlet == "Science" for s in draft.sources)


# --- a second verb joined by "and": its subject opens the sentence ----------------------


@pytest.mark.parametrize(
    ("text", "start", "subject"),
    [
        (
            "Nurses protested outside Leeds General Infirmary and said staffing had"
            " reached a breaking point.",
            "Nurses protested",
            "Nurses",
        ),
        (
            'Auditors found "serious and repeated failings" at Harbourside Council and'
            " warned that its reserves would run out within two years.",
            "Auditors found",
            "Auditors",
        ),
    ],
)
def test_a_verb_after_and_takes_the_opening_subject_not_the_object(
    text: str, start: str, subject: str
) -> None:
    draft = _draft(text, "en")
    assert subject in (source_name(draft, _claim(draft, start)) or "")


# --- an apposition holding a number with a thousands comma -------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A video by the blogger Tessa Marlowe, viewed more than 120,000 times on"
            ' YouTube, claims that "every new road sign will be removed by next spring".',
            "every new road sign",
            "Tessa Marlowe",
        ),
        (
            "The councillor Rhys Pemberton, who won by 1,204 votes in May, said"
            ' "we will reopen the library before the winter".',
            "reopen the library",
            "Rhys Pemberton",
        ),
    ],
)
def test_a_number_comma_does_not_break_an_apposition(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(_draft(text, "en"), words) == speaker


# --- a quotation's trailing comma belongs to the sentence -------------------------------


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ('"We have waited far too long for this," said the head teacher.', "this"),
        ("“The figures speak for themselves,” she told reporters on Friday.", "themselves"),
    ],
)
def test_a_quotation_keeps_no_trailing_comma(paragraph: str, quoted: str) -> None:
    span = find_quotes(paragraph)[0]
    assert span.text.endswith(quoted)


# --- an outlet whose name holds a slash -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "„Wir haben keinen Spielraum mehr“, sagte Bürgermeister Jens Albers der"
            " „Nordsee-Zeitung/Weser-Kurier“.",
            "Nordsee-Zeitung/Weser-Kurier",
        ),
        (
            "Die Schule sei überfüllt, sagte Rektorin Anke Polte der „Oberhessische/Gießener"
            " Presse“.",
            "Oberhessische/Gießener Presse",
        ),
    ],
)
def test_an_outlet_named_with_a_slash_is_an_outlet(text: str, outlet: str) -> None:
    spans = find_quotes(text)
    assert any(s.outlet and s.text == outlet for s in spans)
    assert outlet in _media(_draft(text, "de"))


# --- "heißt es" and whom it was heard from ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "teller"),
    [
        (
            "Der Entwurf werde noch vor der Sommerpause vorgelegt, hieß es aus dem"
            " Bundesinnenministerium.",
            "Der Entwurf",
            "Bundesinnenministerium",
        ),
        (
            "Eine Einigung sei nicht in Sicht, hieß es am Abend von der Gewerkschaft Verdi.",
            "Eine Einigung",
            "Verdi",
        ),
        (
            "Viele Busse dürften am Freitag ausfallen, heißt es beim Verkehrsverbund Rhein-Ruhr.",
            "Viele Busse",
            "Verkehrsverbund",
        ),
    ],
)
def test_heisst_es_names_whom_it_was_heard_from(text: str, start: str, teller: str) -> None:
    draft = _draft(text, "de")
    assert teller in (source_name(draft, _claim(draft, start)) or "")


# --- a paper described by a participle before what it shows -----------------------------


@pytest.mark.parametrize(
    ("text", "start", "owner"),
    [
        (
            "A Deltapoll poll published on Sunday showed the two parties level on 38 percent.",
            "A Deltapoll poll",
            "Deltapoll",
        ),
        (
            "The Ipsos survey released on Monday suggests that support has fallen to 31 percent.",
            "The Ipsos survey",
            "Ipsos",
        ),
    ],
)
def test_a_paper_with_a_participle_phrase_rests_on_its_owner(
    text: str, start: str, owner: str
) -> None:
    draft = _draft(text, "en")
    assert source_name(draft, _claim(draft, start)) == owner


# --- a relative clause with commas between the subject and its verb ---------------------


@pytest.mark.parametrize(
    ("text", "start", "subject"),
    [
        (
            "Unilever, whose brands include Dove, Knorr and Hellmann's, reported sales of"
            " 15 billion euros for the quarter.",
            "Unilever, whose",
            "Unilever",
        ),
        (
            "Siemens, which makes trains, turbines and scanners, said orders rose by 8 percent.",
            "Siemens, which",
            "Siemens",
        ),
    ],
)
def test_a_relative_clause_with_a_list_keeps_the_opening_subject(
    text: str, start: str, subject: str
) -> None:
    draft = _draft(text, "en")
    assert source_name(draft, _claim(draft, start)) == subject


# --- a participle's agent is no subject; a progressive is no passive ---------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Economists polled by Bloomberg were expecting growth of 0.2 percent.", "Economists"),
        ("Analysts surveyed by FactSet were projecting a profit of 40 cents a share.", "Analysts"),
    ],
)
def test_the_agent_of_a_participle_is_not_the_source(text: str, start: str) -> None:
    draft = _draft(text, "en")
    assert start in (source_name(draft, _claim(draft, start)) or "")


# --- a short German quotation before the verb that closes its clause --------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Die Kritik kam von der Landrätin, die dem Bund eine „Politik der leeren"
            " Kassen“ vorgeworfen hatte.",
            "Politik der leeren Kassen",
        ),
        ("Der Verband hat das Gesetz als „Angriff der Behörden“ bezeichnet.", "Angriff der"),
    ],
)
def test_a_short_quote_before_a_clause_final_verb_is_a_quotation(text: str, quoted: str) -> None:
    spans = [s for s in find_quotes(text) if s.text.startswith(quoted)]
    assert spans
    assert spans[0].direct


def test_a_title_before_a_second_clause_stays_a_term() -> None:
    spans = find_quotes("Er las „Die Blechtrommel“ und sagte danach nichts mehr.")
    assert not spans[0].direct


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Anlass sind Worte von Ministerpräsident Robert Fico, der Brüssel eine"
            " „Politik der Bevormundung“ vorgeworfen hatte.",
            "Politik der Bevormundung",
            "Robert Fico",
        ),
        (
            "The plan was opposed by Councillor Maria Okafor, who called it"
            ' "a gift to property developers" on Tuesday.',
            "a gift to property developers",
            "Maria Okafor",
        ),
    ],
)
def test_a_quote_in_a_relative_clause_is_the_named_one_s(
    text: str, words: str, speaker: str
) -> None:
    assert _speaker_of(_draft(text), words) == speaker


# --- quoted titles are no outlets; journals and programmes are --------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The top prize went on Sunday to "The Long Winter", a film about two brothers.',
        'The award was given to "Harbour Lights" for its score.',
    ],
)
def test_a_title_after_to_is_no_outlet(text: str) -> None:
    assert not any(s.outlet for s in find_quotes(text))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Die Ergebnisse sind im Fachblatt „Lancet Neurology“ erschienen.",
            "Lancet Neurology",
        ),
        (
            'The minister said so when she spoke to "Newsnight" on Monday evening.',
            "Newsnight",
        ),
    ],
)
def test_a_journal_or_a_programme_in_quotation_marks_is_an_outlet(text: str, outlet: str) -> None:
    assert any(s.outlet and s.text == outlet for s in find_quotes(text))


# --- a side clause between commas is no apposition --------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Die Anwälte hätten Unterlagen an die Presse gegeben, obwohl er das verboten"
            " habe, erklärte Jonas Reimer.",
            "Die Anwälte",
            "Jonas Reimer",
        ),
        (
            "The board ignored the warnings from the auditors, although it had been told"
            " twice, said Hannah Kowalczyk.",
            "The board",
            "Hannah Kowalczyk",
        ),
    ],
)
def test_a_side_clause_before_a_closing_verb_is_no_apposition(
    text: str, start: str, speaker: str
) -> None:
    draft = _draft(text)
    assert source_name(draft, _claim(draft, start)) == speaker


# --- an apposition before an auxiliary and a verb of estimating --------------------------


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Fiona Drummond, an analyst at Berenberg, has pegged annual sales at 4 billion euros.",
            "Fiona Drummond",
            "Fiona Drummond",
        ),
        (
            "Marcus Oyelaran, chief economist at the bank, has projected growth of 1.2"
            " percent for next year.",
            "Marcus Oyelaran",
            "Marcus Oyelaran",
        ),
    ],
)
def test_an_apposition_before_an_auxiliary_keeps_the_named_subject(
    text: str, start: str, speaker: str
) -> None:
    draft = _draft(text, "en")
    assert source_name(draft, _claim(draft, start)) == speaker


# --- two words closed by a comma and an attribution are a quotation ----------------------


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ("She left early to deal with “urgent family business,” Morales said.", "urgent"),
        ("The delay was caused by “technical reasons”, he said on Monday.", "technical"),
        ("Die Lage sei „völlig entspannt“, sagte sie am Abend.", "völlig"),
    ],
)
def test_a_short_quote_closed_by_an_attribution_is_a_quotation(paragraph: str, quoted: str) -> None:
    span = next(s for s in find_quotes(paragraph) if s.text.startswith(quoted))
    assert span.direct


# --- findings: what a team found or concluded rests on the team -------------------------


@pytest.mark.parametrize(
    ("text", "start", "finder"),
    [
        (
            "The Met Office found that the summer had been the wettest in forty years.",
            "The Met Office",
            "Met Office",
        ),
        (
            "Die Bundesnetzagentur stellte im Mai fest, dass die Netze überlastet seien.",
            "Die Bundesnetzagentur",
            "Bundesnetzagentur",
        ),
        (
            "Das Robert Koch-Institut kam zu dem Schluss, dass die Welle abflaue.",
            "Das Robert Koch-Institut",
            "Robert Koch-Institut",
        ),
    ],
)
def test_a_finding_rests_on_whoever_found_it(text: str, start: str, finder: str) -> None:
    draft = _draft(text)
    assert finder in (source_name(draft, _claim(draft, start)) or "")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Harriet Mensah said that a traffic survey shows the scheme would have "only a'
            ' marginal effect".',
            "marginal effect",
            "Harriet Mensah",
        ),
        (
            'Councillor Idris Baptiste said a noise study found that the venue was "well'
            ' within every limit".',
            "well within every limit",
            "Idris Baptiste",
        ),
    ],
)
def test_a_paper_s_verb_before_a_quote_leaves_the_speaker_before_it(
    text: str, words: str, speaker: str
) -> None:
    assert _speaker_of(_draft(text, "en"), words) == speaker


# --- a paper's owner after a possessive or before its kind noun -------------------------


@pytest.mark.parametrize(
    ("text", "start", "owner"),
    [
        (
            "Rents rose by 6 percent in a year, figures from the Halifax mortgage lender show.",
            "Rents rose",
            "Halifax",
        ),
        (
            "Data from Norway's Public Roads Administration show 41 crashes on the road"
            " last winter.",
            "Data from Norway",
            "Public Roads Administration",
        ),
    ],
)
def test_a_paper_s_owner_is_found_past_a_possessive_or_a_kind_noun(
    text: str, start: str, owner: str
) -> None:
    draft = _draft(text, "en")
    assert owner in (source_name(draft, _claim(draft, start)) or "")


# --- a body named with a place after a source phrase -------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Laut Flughafen Wien fielen am Morgen 40 Flüge aus.", "Flughafen Wien"),
        ("Nach Angaben von Hafen Hamburg lagen am Montag 30 Schiffe vor Anker.", "Hafen Hamburg"),
    ],
)
def test_a_body_named_with_a_place_is_the_source_not_the_place(text: str, body: str) -> None:
    draft = _draft(text, "de")
    assert source_name(draft, draft.claims[0]) == body


# --- ", wie X mitteilte" with a body the actor finder did not list -----------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Die Wahlbeteiligung lag bei knapp 38 Prozent, wie die Stadt mitteilte.", "Stadt"),
        ("Das Freibad öffnet erst im Juni, wie die Gemeinde am Dienstag bestätigte.", "Gemeinde"),
    ],
)
def test_wie_x_mitteilte_names_an_unlisted_body(text: str, body: str) -> None:
    draft = _draft(text, "de")
    assert body in (source_name(draft, draft.claims[0]) or "")


# --- a stance held: "is bullish", "ist skeptisch" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "holder"),
    [
        (
            "Lena Marquardt, an economist at Nordbank, is far more optimistic about the"
            " second half.",
            "Lena Marquardt",
            "Lena Marquardt",
        ),
        (
            "Der Ökonom Felix Brandauer ist weiterhin skeptisch, dass die Inflation rasch sinkt.",
            "Der Ökonom",
            "Felix Brandauer",
        ),
    ],
)
def test_a_stance_rests_on_whoever_holds_it(text: str, start: str, holder: str) -> None:
    draft = _draft(text)
    assert source_name(draft, _claim(draft, start)) == holder


def test_a_pronoun_holding_a_stance_is_the_person_named_before() -> None:
    draft = _draft(
        "Amara Okonkwo has studied coral reefs for twenty years. She isn't confident that"
        " the reefs will recover.",
        "en",
    )
    assert source_name(draft, _claim(draft, "She isn't")) == "Amara Okonkwo"


# --- a body in an apposition after a preposition is where the speaker works --------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Omar Haddad, analyst with Kestrel Partners, is sceptical that the deal is "a'
            ' sound use of capital".',
            "sound use of capital",
            "Omar Haddad",
        ),
        (
            'Greta Lindholm, strategist at Fjord Capital, said the move was "long overdue'
            ' and welcome".',
            "long overdue",
            "Greta Lindholm",
        ),
    ],
)
def test_a_body_in_an_apposition_is_not_the_speaker(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(_draft(text, "en"), words) == speaker


# --- two names as one subject: the first is the source ----------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("SPD und Grüne forderten am Dienstag eine Sondersitzung des Landtags.", "SPD"),
        ("UNICEF and the WHO said the camps lacked clean water.", "UNICEF"),
    ],
)
def test_the_first_of_two_joined_subjects_is_the_source(text: str, first: str) -> None:
    draft = _draft(text)
    assert first in (source_name(draft, draft.claims[0]) or "")


# --- outlets the attribution reads off the words: by their shape -------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Der Bürgermeister tritt zurück, wie nordkurier.de berichtet.", "nordkurier.de"),
        ("Two ferries were cancelled on Friday, islandnews.co.uk reported.", "islandnews.co.uk"),
        ("Die Polizei sucht Zeugen, wie mopo.de meldet.", "mopo.de"),
    ],
)
def test_an_outlet_named_by_its_web_address_is_a_cited_outlet(text: str, outlet: str) -> None:
    draft = _draft(text)
    assert outlet in _media(draft)
    assert any(s.outlet == outlet for s in draft.sources)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The pier will close for a year, the Dorset Echo Gazette reported.", "Gazette"),
        ("Der Stadtrat stimmte knapp zu, wie das Obermain-Tagblatt berichtete.", "Tagblatt"),
    ],
)
def test_a_body_with_an_outlet_s_last_part_is_an_outlet(text: str, outlet: str) -> None:
    assert any(outlet in name for name in _media(_draft(text)))


# --- someone's producer, agent or aide before a closing verb ----------------------------


@pytest.mark.parametrize(
    ("text", "start", "role"),
    [
        (
            "The singer cancelled the tour for health reasons, her manager said.",
            "The singer",
            "manager",
        ),
        (
            "The actor had no plans to retire, his publicist told reporters.",
            "The actor",
            "publicist",
        ),
    ],
)
def test_someone_s_aide_before_a_closing_verb_is_a_speaker(
    text: str, start: str, role: str
) -> None:
    draft = _draft(text, "en")
    assert source_name(draft, _claim(draft, start)) == role


def test_someone_s_letter_before_a_closing_verb_is_no_speaker() -> None:
    draft = _draft("The flat was damp and cold, their letter said.", "en")
    assert source_name(draft, _claim(draft, "The flat")) != "letter"
