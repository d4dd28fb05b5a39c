"""Round fifteen, speakers, attribution and actors: classes read from the real set L and
from a new user's own articles (a party to a case by role who was named before, framing
verbs after a quotation with a subject by article and noun, reported speech of a person
who spoke before, documents after a source phrase, figures from a body named by its
initials, one of a group as a speaker, a town and its administration, bodies named with
"of the" or a short first word). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name

from tui.model import Briefing, Quote


def quote_with(briefing: Briefing, words: str) -> Quote:
    return next(q for q in briefing.quotes if words in q.text)


def speaker_name(briefing: Briefing, quote: Quote) -> str:
    return {a.id: a.name for a in briefing.actors}[quote.speaker]


# --- a party to a case by role is the person on trial named before ----------------------


@pytest.mark.parametrize(
    ("text", "quoted", "person", "party"),
    [
        (
            "Urteil in Oberwald\n\n"
            "Das Landgericht Oberwald hat den früheren Kämmerer Bernd Lüttke wegen Untreue"
            " verurteilt. Der Vorsitzende Richter Jonas Thal sagte, der Schaden sei groß.\n\n"
            "Der Angeklagte selbst schwieg lange. Er hatte zu Beginn nur erklärt: „Ich habe"
            " keinen Cent für mich behalten.“",
            "keinen Cent",
            "Bernd Lüttke",
            "Angeklagte",
        ),
        (
            "Verhandlung am Amtsgericht\n\n"
            "Vor dem Amtsgericht steht heute Jana P. (31). Sie soll betrunken Auto gefahren"
            " sein. „Ich bereue das alles sehr“, sagt die Angeklagte leise.",
            "Ich bereue",
            "Jana P.",
            "Angeklagte",
        ),
        (
            "Fraud trial in Kentwick\n\n"
            "Marcus Hale, 44, was charged with fraud at Kentwick Crown Court on Monday. Judge"
            " Alice Byrne said the hearing would take a week.\n\n"
            'The defendant told the court: "I never took a penny from anyone at all."',
            "never took a penny",
            "Marcus Hale",
            "defendant",
        ),
    ],
)
def test_a_party_by_role_is_the_person_on_trial_named_before(
    text: str, quoted: str, person: str, party: str
) -> None:
    # before, "der Angeklagte" / "the defendant" was a new person, and the quote theirs
    briefing = draft(text)
    assert speaker_name(briefing, quote_with(briefing, quoted)) == person
    assert party not in actor_kinds(briefing)


def test_a_party_named_beside_a_victim_is_not_the_victim() -> None:
    # the one a crime was done to, named in the trial's sentence, is never the defendant
    briefing = draft(
        "Prozess in Oberwald\n\n"
        "Im Prozess um den Tod der Rentnerin Hilde Brandt bestreitet der Angeklagte alle"
        " Vorwürfe. Die Verhandlung dauert noch eine Woche."
    )
    kinds = actor_kinds(briefing)
    assert kinds.get("Angeklagte") == "person"
    assert "Hilde Brandt" in kinds


def test_several_parties_by_role_are_a_group() -> None:
    briefing = draft(
        "Schnellverfahren\n\n"
        "Im Amtsgericht wechseln die Angeklagten heute im Viertelstundentakt. Den Anfang"
        " macht ein Radfahrer aus Oberwald."
    )
    assert actor_kinds(briefing).get("Angeklagten") == "group"


def test_a_woman_by_trade_with_the_article_after_one_named_person_is_that_person() -> None:
    briefing = draft(
        "Verhandlung am Amtsgericht\n\n"
        "Jana P. (31) ist wegen Trunkenheit angeklagt. Die Kellnerin soll im Mai mit dem"
        " Rad gestürzt sein."
    )
    assert "Kellnerin" not in actor_kinds(briefing)
    assert "Jana P." in actor_kinds(briefing)


# --- German framing after a quotation: a subject by article and noun, any verb ---------


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Im Amtsgericht\n\n"
            "Jana P. (31) ist angeklagt. „Sie waren in jener Nacht sehr laut“, hält ihr"
            " Richterin Eva Roth vor. „Ich war müde und wollte nur nach Hause“, begründet die"
            " junge Frau ihr Verhalten.",
            "Ich war müde",
            "Jana P.",
        ),
        (
            "Im Amtsgericht\n\n"
            "Jana P. (31) ist angeklagt. „Das gefährdet vor allem andere Leute“, gibt der"
            " Staatsanwalt zu bedenken und fordert eine Geldstrafe.",
            "Das gefährdet",
            "Staatsanwalt",
        ),
        (
            "Streit um die Klinik\n\n"
            "„Das ist wirklich sehr bitter für uns“, ruft ein Pfleger, der gerade zur Schicht"
            " geht.",
            "sehr bitter",
            "Pfleger",
        ),
        (
            "Streit um die Klinik\n\n"
            "„Wir machen trotzdem einfach weiter“, schimpft eine Apothekerin vor dem Eingang.",
            "trotzdem einfach",
            "Apothekerin",
        ),
    ],
)
def test_a_framing_clause_names_its_speaker_by_article_and_noun(
    text: str, quoted: str, speaker: str
) -> None:
    # before, the verbs ("begründet", "gibt … zu bedenken", "ruft", "schimpft") named
    # nobody, and the quote went to the speaker before or to no one
    briefing = draft(text)
    assert speaker_name(briefing, quote_with(briefing, quoted)) == speaker


def test_a_firm_by_trade_after_a_quotation_is_no_person() -> None:
    briefing = draft(
        "Preise steigen\n\n„Wir müssen die Preise bald wieder erhöhen“, schreibt ein"
        " Hersteller aus Oberwald."
    )
    assert actor_kinds(briefing).get("Hersteller") != "person"


# --- reported speech of a person who spoke before -----------------------------------


def test_reported_speech_of_someone_who_spoke_before_is_their_account() -> None:
    # before, the sentence went to the last speaker (the association's head), and the
    # "sagt er" after it too
    briefing = draft(
        "Bäckereien in Not\n\n"
        '"Seit ich den Laden führe, war es nie so schlimm", sagt Anton Weyrich.\n\n'
        'Der Sprecher des Handwerksverbands, Paul Reuter, bestätigt die Lage. "Viele'
        ' Betriebe sparen jetzt an allem", sagt Reuter.\n\n'
        'Die Teuerung bekomme Weyrich vor allem beim Mehl zu spüren. "Der Preis hat sich'
        ' mehr als verdoppelt", sagt er.'
    )
    assert source_name(briefing, claim_starting(briefing, "Die Teuerung")) == "Anton Weyrich"
    assert speaker_name(briefing, quote_with(briefing, "verdoppelt")) == "Anton Weyrich"


# --- a document is no actor ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "document"),
    [
        (
            "Streit im Rat\n\nLaut Sitzungsprotokoll stimmten 20 von 31 Mitgliedern für den"
            " Antrag.",
            "Laut Sitzungsprotokoll",
            "Sitzungsprotokoll",
        ),
        (
            "Streit im Rat\n\nLaut Urteil muss die Firma den Schaden voll ersetzen.",
            "Laut Urteil",
            "Urteil",
        ),
        (
            "Council row\n\nAccording to the minutes, twelve members voted for the plan.",
            "According to the minutes",
            "minutes",
        ),
    ],
)
def test_a_document_after_a_source_phrase_is_no_actor(text: str, start: str, document: str) -> None:
    briefing = draft(text)
    assert document not in actor_kinds(briefing)
    assert claim_starting(briefing, start).attributed_to is None


def test_a_document_rests_on_the_body_named_as_its_holder() -> None:
    briefing = draft(
        "Council row\n\nAccording to the Harbour Board's minutes, twelve members voted for"
        " the plan."
    )
    assert source_name(briefing, claim_starting(briefing, "According")) == "Harbour Board"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Cocoa prices\n\nCocoa traded at $8,950 a tonne on Tuesday, according to data from ICE.",
            "ICE",
        ),
        ("Grain prices\n\nWheat fell 4 percent in May, according to figures from CBOT.", "CBOT"),
    ],
)
def test_figures_from_a_body_named_by_initials_rest_on_it(text: str, body: str) -> None:
    # before, initials that spell a common word ("ICE") were no name
    briefing = draft(text)
    claim = next(c for c in briefing.claims)
    assert source_name(briefing, claim) == body


# --- one of a group speaks --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Urteil in Oberwald\n\n"
            "Beobachter rechnen mit einer langen Revision. Sie halten das Urteil für hart.\n\n"
            "Die beiden Bauunternehmer waren schon im Mai verurteilt worden. Einer von ihnen"
            " sagte vor Gericht, ohne Geld habe man „in der Stadt keinen einzigen Auftrag"
            " bekommen“.",
            "keinen einzigen Auftrag",
            "Einer der Bauunternehmer",
        ),
        (
            "Drivers fined\n\n"
            "The two drivers were fined in March. One of them said the firm had told them"
            ' "to ignore the speed limit on every single route".',
            "ignore the speed limit",
            "one of the drivers",
        ),
    ],
)
def test_one_of_them_is_one_of_the_group_this_paragraph_named(
    text: str, quoted: str, speaker: str
) -> None:
    # before, "Einer von ihnen" went to the group of the paragraph before (or to no one)
    briefing = draft(text)
    quote = quote_with(briefing, quoted)
    assert speaker_name(briefing, quote) == speaker
    assert quote.note is not None and "no speaker found" not in quote.note


def test_a_quote_given_its_speaker_later_has_a_note_that_agrees() -> None:
    briefing = draft(
        "Streit um die Brücke\n\n"
        "Die Anwohner sprechen von einem „völlig überstürzten Beschluss“, sagte Petra Lund"
        " am Abend."
    )
    for quote in briefing.quotes:
        if quote.speaker != "unknown-speaker":
            assert quote.note is not None and "no speaker found" not in quote.note


# --- a town and its administration, one place's council -------------------------------


@pytest.mark.parametrize(
    ("text", "one", "gone"),
    [
        (
            "Streit um den Haushalt\n\n"
            "Die Stadt Oberwald will den Plan prüfen. Die Stadtverwaltung kündigte eine"
            " Prüfung bis zum Sommer an.",
            "Stadt Oberwald",
            "Stadtverwaltung",
        ),
        (
            "Budget row\n\n"
            "Kentwick City Council approved the budget. The council said it would publish"
            " the figures next week.",
            "Kentwick City Council",
            "council",
        ),
    ],
)
def test_a_town_and_its_administration_are_one_actor(text: str, one: str, gone: str) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(one) == "organisation"
    assert gone not in kinds


# --- bodies named with "of the" or a short first word ----------------------------------


@pytest.mark.parametrize(
    ("text", "body", "not_a_person"),
    [
        (
            "Plastic row\n\nThe Royal Society of Acoustics said the report was flawed.",
            "Royal Society of Acoustics",
            "Acoustics",
        ),
        (
            "Plastic row\n\nFriends of the Marshes called the plan a disaster for birds.",
            "Friends of the Marshes",
            "Marshes",
        ),
        (
            "Streit um die Bahn\n\nDer Fahrgastverband Pro Schiene kritisierte den Plan scharf.",
            "Fahrgastverband Pro Schiene",
            "Schiene",
        ),
    ],
)
def test_a_body_named_with_of_the_or_a_short_first_word_is_whole(
    text: str, body: str, not_a_person: str
) -> None:
    kinds = actor_kinds(draft(text))
    assert kinds.get(body) == "organisation"
    assert not_a_person not in kinds


# --- a person by trade introduced after the verb speaks the quotation that follows ------


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Streit um die Klinik\n\n"
            "Klare Worte wählt eine Erzieherin, die seit zwanzig Jahren im Haus arbeitet. „Für"
            " uns alle ist das ein sehr harter Schlag.“ Ihren Namen nennt sie nicht.",
            "harter Schlag",
            "Erzieherin",
        ),
        (
            "Streit um die Klinik\n\n"
            "Dann meldet sich ein Krankenpfleger aus Oberwald zu Wort. „Wir arbeiten schon"
            " jetzt an der Grenze.“",
            "an der Grenze",
            "Krankenpfleger",
        ),
    ],
)
def test_a_person_by_trade_introduced_after_the_verb_speaks_the_next_quotation(
    text: str, quoted: str, speaker: str
) -> None:
    # before, the quotation had no speaker: the person was no actor
    briefing = draft(text)
    assert speaker_name(briefing, quote_with(briefing, quoted)) == speaker


# --- a surname is no outlet; one outlet with and without "The" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Painting found\n\nThe collector Rita Stone had searched for years. Stone revealed"
        " the find on Monday, thanking the police for their help.",
        "Painting found\n\nThe dealer Tom Hill had searched for years. Hill revealed the find"
        " on Monday and said he was relieved.",
    ],
)
def test_a_surname_doing_a_newsroom_deed_is_the_person(text: str) -> None:
    # before, "Stone revealed" made an outlet called Stone next to the person
    kinds = actor_kinds(draft(text))
    assert "media" not in kinds.values()


@pytest.mark.parametrize(
    "text",
    [
        "Painting found\n\nThe painting was taken in March, according to The New York Times."
        " The thief told the New York Times he regretted it.",
        "Ship seized\n\nThe ship was held in port, according to The Financial Times. Its"
        " owner told the Financial Times that the papers were in order.",
    ],
)
def test_an_outlet_with_and_without_the_is_one(text: str) -> None:
    briefing = draft(text)
    media = [a for a in briefing.actors if a.kind.value == "media"]
    assert len(media) == 1
    assert {s.id for s in briefing.sources} >= {media[0].id}


# --- a title-case headline names no one by its capitals -------------------------------


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        (
            "Flood Update: Ferris Warns 'Worst Is Still Ahead' As Rivers Keep Rising\n\n"
            "Governor Dana Ferris said on Tuesday that the rivers would rise further.",
            ["Flood Update", "Ferris Warns"],
            "Dana Ferris",
        ),
        (
            "Harbour News: Okafor Says New Pier Will Open In Spring\n\n"
            "Harbour master Chidi Okafor said the pier would open in April.",
            ["Harbour News", "Okafor Says"],
            "Chidi Okafor",
        ),
    ],
)
def test_a_title_case_headline_names_no_one_by_its_capitals(
    text: str, words: list[str], person: str
) -> None:
    kinds = actor_kinds(draft(text))
    assert person in kinds
    for run in words:
        assert run not in kinds


# --- "dem Bericht zufolge" is the report cited before; a site and its outlet are one ----


@pytest.mark.parametrize(
    ("text", "start", "source"),
    [
        (
            "Theater in Not\n\nWie swr.de berichtet, will der Intendant Karl Brenner das"
            " Orchester verkleinern. Brenner wolle dem Bericht zufolge beim Ballett nicht"
            " sparen.",
            "Brenner wolle",
            "swr.de",
        ),
        (
            "Kosten steigen\n\nLaut einer Studie des Umweltbundesamts steigen die Kosten. Der"
            " Studie zufolge fehlen im Land mehrere tausend Stellen.",
            "Der Studie zufolge",
            "Umweltbundesamt",
        ),
    ],
)
def test_the_paper_before_zufolge_is_the_one_cited_before(
    text: str, start: str, source: str
) -> None:
    # before, "dem Bericht zufolge" gave the sentence to the name before it (Brenner)
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == source


def test_a_site_and_its_outlet_are_one() -> None:
    briefing = draft(
        "Theater in Not\n\nWie swr.de berichtet, will der Intendant Karl Brenner das Orchester"
        " verkleinern. Die deutsche Orchestergewerkschaft hat dem SWR zufolge Klage"
        " eingereicht."
    )
    media = [a for a in briefing.actors if a.kind.value == "media"]
    assert len(media) == 1


# --- thanking someone is saying so ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "source"),
    [
        (
            "Museum gets painting back\n\nDirector Paul Avery spoke at the opening. He said:"
            ' "We are proud of this day and of our city."\n\n'
            "He thanked Kentwick City Council and all the sponsors.",
            "He thanked",
            "Paul Avery",
        ),
        (
            "Nach dem Hochwasser\n\nDie Bürgermeisterin Eva Lang sprach am Abend. Sie dankte"
            " den Helfern für ihren großen Einsatz.",
            "Sie dankte",
            "Eva Lang",
        ),
    ],
)
def test_thanking_someone_is_saying_so(text: str, start: str, source: str) -> None:
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == source


def test_a_body_that_thanks_someone_speaks_the_quotation() -> None:
    briefing = draft(
        "Museum gets painting back\n\nThe painting is back, and the Lakeside Gallery, which"
        ' lent it to the show, thanked Ms Reyes for her "tireless work on this case".'
    )
    assert speaker_name(briefing, quote_with(briefing, "tireless work")) == "Lakeside Gallery"


# --- an English group keeps the words that say which ---------------------------------


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "Flu season\n\nWhile nurses are tired, top federal officials warn the virus is"
            " spreading fast.",
            "top federal officials",
        ),
        (
            "Flu season\n\nSenior health officials said the wards were already full.",
            "health officials",
        ),
    ],
)
def test_an_english_group_keeps_the_words_that_say_which(text: str, described: str) -> None:
    briefing = draft(text)
    aliases = {a.name for actor in briefing.actors for a in actor.aliases}
    assert described in aliases


# --- German perfects and "dass" clauses in reported speech -------------------------------


@pytest.mark.parametrize(
    ("text", "start", "source"),
    [
        (
            "Streit um die Ministerin\n\nIn den vergangenen Tagen hatten mehrere"
            " Landespolitiker gefordert, Berger müsse ihr Amt abgeben.",
            "In den vergangenen Tagen",
            "Landespolitiker",
        ),
        (
            "Streit um den Bahnhof\n\nAm Montag hatten zahlreiche Anwohner gefordert, Müller"
            " solle den Plan stoppen.",
            "Am Montag",
            "Anwohner",
        ),
    ],
)
def test_a_group_between_auxiliary_and_participle_is_the_subject(
    text: str, start: str, source: str
) -> None:
    # before, the name in the clause after the participle took the claim
    briefing = draft(text)
    found = source_name(briefing, claim_starting(briefing, start)) or ""
    assert found.removeprefix("Unnamed ") == source


@pytest.mark.parametrize(
    ("text", "start", "source"),
    [
        (
            "Streit um die Ministerin\n\nDer Abgeordnete Tom Kessler sagte dem Sender, er habe"
            " Verständnis. So sei es gut, dass Berger Fehler eingeräumt habe.",
            "So sei es gut",
            "Tom Kessler",
        ),
        (
            "Streit um den Bahnhof\n\nDie Stadträtin Eva Lang sagte, der Plan sei falsch. Es"
            " sei aber richtig, dass Müller den Fehler erklärt habe.",
            "Es sei aber richtig",
            "Eva Lang",
        ),
    ],
)
def test_a_verb_of_saying_in_a_dass_clause_of_reported_speech_is_not_the_source(
    text: str, start: str, source: str
) -> None:
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == source


# --- a reporter by role speaks as a person ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Trial in Boston\n\nThe lawyer said the sentence was too harsh, a Tribune reporter"
            " said.",
            "The lawyer said",
            "Tribune reporter",
        ),
        (
            "Prozess in Bern\n\nDie Anwältin wies das zurück, sagte ein SRF-Korrespondent.",
            "Die Anwältin",
            "SRF-Korrespondent",
        ),
    ],
)
def test_a_reporter_by_role_is_a_person(text: str, start: str, speaker: str) -> None:
    briefing = draft(text)
    claim = claim_starting(briefing, start)
    assert source_name(briefing, claim) == speaker
    assert actor_kinds(briefing)[speaker] == "person"


# --- "the publication", "die Zeitung" point back at the outlet named last ---------------


@pytest.mark.parametrize(
    ("text", "start", "outlet"),
    [
        (
            "Painting found\n\nThe painting was taken in March, according to The Harbour"
            " Gazette. The thief later returned it to a church, the publication reported.",
            "The thief later",
            "Harbour Gazette",
        ),
        (
            "Stellen in Gefahr\n\nLaut der „Oberwalder Rundschau“ fehlen 40 Stellen. Die Stadt"
            " wolle nun sparen, berichtet die Zeitung.",
            "Die Stadt wolle",
            "Oberwalder Rundschau",
        ),
    ],
)
def test_the_publication_is_the_outlet_named_last(text: str, start: str, outlet: str) -> None:
    # before, "the publication" was an organisation of its own
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == outlet
    assert "publication" not in actor_kinds(briefing)
