"""Round sixteen, speakers and attribution: classes read from the real set O (a club's
statement closed by "hieß es" or "schrieb der Klub", a club by the initials its name opens
with, an outlet's programme before the speaker, a body's reported speech after a colon, a
closing "sagte X weiter" after a clause with a verb of its own, a pronoun that opens its
sentence, the person a leading clause only mentions). Every sentence here is written for
the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name

from tui.model import Briefing, Quote


def quote_with(briefing: Briefing, words: str) -> Quote:
    return next(q for q in briefing.quotes if words in q.text)


def speaker_name(briefing: Briefing, quote: Quote) -> str:
    return {a.id: a.name for a in briefing.actors}[quote.speaker]


# --- a club by the kind word "Klub" / "Club" points back at the club named before ------


@pytest.mark.parametrize(
    ("text", "quoted", "club"),
    [
        (
            "Trainerwechsel\n\n"
            "Der TSV Oberwald hat sich von seinem Trainer Max Kern getrennt. „Wir danken"
            " ihm für drei gute Jahre an der Seitenlinie“, schrieb der Klub am Abend.",
            "Wir danken",
            "TSV Oberwald",
        ),
        (
            "Neuer Torwart\n\n"
            "Der FC Nordhafen holt den Torwart Lars Vogt aus Dänemark. „Er passt genau in"
            " unser junges und hungriges Team“, erklärte der Club.",
            "Er passt genau",
            "FC Nordhafen",
        ),
    ],
)
def test_der_klub_after_a_quotation_is_the_club_named_before(
    text: str, quoted: str, club: str
) -> None:
    # before, the quotation went to the person the sentence before named (the coach)
    briefing = draft(text)
    assert speaker_name(briefing, quote_with(briefing, quoted)) == club


# --- a club by the mixed-case initials its name opens with -----------------------------


@pytest.mark.parametrize(
    ("text", "start", "club"),
    [
        (
            "Trainer beurlaubt\n\n"
            "Der VfL Sandhausen hat seinen Trainer Ole Brandt beurlaubt. Wie der VfL am"
            " Montag mitteilte, habe Brandt um ein Gespräch gebeten.",
            "Wie der VfL",
            "VfL Sandhausen",
        ),
        (
            "Neuer Vertrag\n\n"
            "Die Spielerin Mara Quast bleibt beim TuS Kirchberg. Nach Angaben des TuS"
            " unterschrieb Quast einen Vertrag bis zum Jahr 2028.",
            "Nach Angaben des TuS",
            "TuS Kirchberg",
        ),
    ],
)
def test_a_club_by_its_opening_initials_is_that_club(text: str, start: str, club: str) -> None:
    # before, "der VfL" named nobody, and the sentence rested on the person in it
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == club


# --- a quotation closed by a bare "hieß es" is the source of the sentence before ----------


@pytest.mark.parametrize(
    ("text", "quoted", "body"),
    [
        (
            "Abschied im Verein\n\n"
            "Der SC Oberwald trennt sich von Max Kern. Wie der Verein mitteilte, habe Kern"
            " am Morgen kein Gespräch gewollt. „Wir haben lange über alles nachgedacht. Am"
            " Ende braucht das Team einen neuen Anfang“, hieß es.",
            "Wir haben lange",
            "SC Oberwald",
        ),
        (
            "Streit um die Halle\n\n"
            "Die Sportlerin Jana Lutz hatte die Halle kritisiert. Wie die Stadtverwaltung"
            " Oberwald erklärte, sei die Halle sicher. „Die Prüfung im Mai hat keine Mängel"
            " gezeigt. Wir sehen keinen Grund zur Sorge“, hieß es weiter.",
            "Die Prüfung im Mai",
            "Stadtverwaltung",
        ),
    ],
)
def test_a_quotation_closed_by_hiess_es_is_the_source_before(
    text: str, quoted: str, body: str
) -> None:
    # before, it went to the person the sentence before named
    briefing = draft(text)
    assert body in speaker_name(briefing, quote_with(briefing, quoted))


# --- an outlet's programme that opens the sentence carries the speaker after the verb ----


@pytest.mark.parametrize(
    ("text", "start", "person", "outlet"),
    [
        (
            "Sorgen der Bauern\n\n"
            "Der Verbandspräsident Anton Riedl ist besorgt. Im Morgenmagazin der ARD warnte"
            " Riedl, für viele Höfe werde es eng.",
            "Im Morgenmagazin",
            "Anton Riedl",
            "ARD",
        ),
        (
            "Haushalt der Stadt\n\n"
            "Die Kämmerin Petra Wolf legt den Haushalt vor. In der Abendschau des NDR sagte"
            " die Kämmerin Petra Wolf, die Stadt müsse sparen.",
            "In der Abendschau",
            "Petra Wolf",
            "NDR",
        ),
    ],
)
def test_an_outlets_programme_before_the_verb_is_no_speaker(
    text: str, start: str, person: str, outlet: str
) -> None:
    # before, the outlet in the fronted phrase was read as the subject
    briefing = draft(text)
    claim = claim_starting(briefing, start)
    assert source_name(briefing, claim) == person
    names = {a.id: a.name for a in briefing.actors}
    assert outlet in [names.get(s, "") for s in claim.sources]  # the outlet carried it


def test_a_programme_with_no_speaker_named_after_the_verb_stays_as_it_was() -> None:
    # "Im Programm der ARD laufen …": no verb of saying, no person, nobody's word
    briefing = draft("Fernsehabend\n\nIm Programm der ARD laufen am Abend gleich drei neue Krimis.")
    assert claim_starting(briefing, "Im Programm").attributed_to is None


# --- a body's reported speech after a colon ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "starts", "body"),
    [
        (
            "Bilanz der Imker\n\n"
            "Der Deutsche Imkerbund hat seine Jahresbilanz vorgestellt: Die Ernte sei um ein"
            " Drittel gesunken. Vor allem der nasse Mai habe den Bienen geschadet.",
            ("Der Deutsche Imkerbund", "Vor allem der nasse Mai"),
            "Deutscher Imkerbund",
        ),
        (
            "Zahlen der Kasse\n\n"
            "Die Sparkasse Mittelholstein hat am Dienstag ihre Zahlen genannt: Der Gewinn"
            " betrage 12 Millionen Euro. Die Zahl der Kunden sei leicht gestiegen.",
            ("Die Sparkasse Mittelholstein", "Die Zahl der Kunden"),
            "Sparkasse Mittelholstein",
        ),
    ],
)
def test_reported_speech_after_a_bodys_colon_is_its_word(
    text: str, starts: tuple[str, ...], body: str
) -> None:
    # before, the sentence and the reported speech after it rested on nobody
    briefing = draft(text)
    for start in starts:
        assert body in (source_name(briefing, claim_starting(briefing, start)) or "")


def test_a_colon_with_no_reported_speech_after_it_names_no_source() -> None:
    briefing = draft(
        "Neue Zahlen\n\n"
        "Der Deutsche Imkerbund hat seine Jahresbilanz vorgestellt: Die Ernte ist um ein"
        " Drittel gesunken."
    )
    assert claim_starting(briefing, "Der Deutsche Imkerbund").attributed_to is None


# --- "sagte X weiter" closes a sentence whose first clause has its own verb --------------


@pytest.mark.parametrize(
    ("text", "start", "person"),
    [
        (
            "Trockenheit\n\n"
            "Der Verbandschef Anton Riedl sprach am Montag. Viele Winzer versuchten, mit"
            " neuen Reben gegen die Hitze anzukommen, sagte Riedl weiter.",
            "Viele Winzer",
            "Anton Riedl",
        ),
        (
            "Personalnot\n\n"
            "Die Pflegedirektorin Eva Sommer gab Auskunft. Die Pflegekräfte versuchten, die"
            " Lücken mit Überstunden zu füllen, erklärte Sommer am Abend.",
            "Die Pflegekräfte",
            "Eva Sommer",
        ),
    ],
)
def test_a_closing_verb_with_its_subject_after_a_clause_of_its_own(
    text: str, start: str, person: str
) -> None:
    # before, the group that opens the sentence was taken for a subject set off by commas
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == person


# --- a pronoun that opens the sentence is its speaker, not a name after it ---------------


@pytest.mark.parametrize(
    ("text", "quoted", "person"),
    [
        (
            "Court hears victims\n\n"
            "The court heard from a witness, Paul Reed, on Monday. “It never stopped,” said"
            " Reed. He added that he still dreams of Martin Cole “shouting at all of us in"
            " the kitchen.”",
            "shouting at all of us",
            "Paul Reed",
        ),
        (
            "Streit im Rat\n\n"
            "Die Stadträtin Anna Kolb meldete sich zu Wort. „Das geht so nicht“, sagte Kolb."
            " Sie warf dem Bürgermeister Jan Berger vor, er habe „den Rat völlig übergangen"
            " und nichts erklärt“.",
            "den Rat völlig übergangen",
            "Anna Kolb",
        ),
    ],
)
def test_an_opening_pronoun_is_the_speaker_not_a_later_name(
    text: str, quoted: str, person: str
) -> None:
    # before, the person named after the pronoun, right before the quotation, was taken
    briefing = draft(text)
    assert speaker_name(briefing, quote_with(briefing, quoted)) == person


# --- a person a leading clause only mentions is not the one "he" points back at ----------


@pytest.mark.parametrize(
    ("text", "quoted", "person"),
    [
        (
            "Coach on the injury\n\n"
            "The coach Dan Reilly spoke after the game against the Kentwick Kings.\n\n"
            "Asked whether he would rest the striker Tom Ashby next week, Reilly only"
            " shrugged.\n\n"
            "'We will look at it day by day,' he said.",
            "day by day",
            "Dan Reilly",
        ),
        (
            "After the vote\n\n"
            "When the councillor Mary Stone finished her speech, the mayor Paul Grant"
            " stood up. 'I have heard enough for one evening,' he said.",
            "heard enough",
            "Paul Grant",
        ),
    ],
)
def test_he_points_at_the_main_clauses_person_not_the_leading_clauses(
    text: str, quoted: str, person: str
) -> None:
    # before, the first person of the sentence, inside the leading clause, was taken
    briefing = draft(text)
    assert speaker_name(briefing, quote_with(briefing, quoted)) == person


# --- outlets named as things printed or owned, or by their own reporting -----------------


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        (
            "Print plant to close\n\n"
            "The plant in Kentwick also prints the Harbour Bulletin, the Moorside Recorder"
            " and the Eastbrook Advocate, the union said.",
            ("Harbour Bulletin", "Moorside Recorder", "Eastbrook Advocate"),
        ),
        (
            "Printing goes south\n\n"
            "The owners want to move the printing to media giant Carrowmore, which runs a"
            " press near Dunford. The Kentwick Ledger will be printed there from May.",
            ("Carrowmore", "Kentwick Ledger"),
        ),
        (
            "Verlag verkauft\n\n"
            "Der Medienkonzern Nordkurs übernimmt den Verlag. Die Belegschaft erfuhr davon"
            " am Montag.",
            ("Nordkurs",),
        ),
    ],
)
def test_newspapers_printed_or_owned_are_outlets(text: str, outlets: tuple[str, ...]) -> None:
    # before, papers by "Bulletin", "Recorder", "Advocate", "Ledger" and a media giant
    # named before its name were no actors at all
    kinds = actor_kinds(draft(text))
    for outlet in outlets:
        assert kinds.get(outlet) == "media"


@pytest.mark.parametrize(
    "text",
    [
        "Streit um Kredite\n\n"
        "Mehrere Banken widersprachen gegenüber der NWZ dem Eigentümer. Nach"
        " NWZ-Informationen liegt noch kein Plan vor.",
        "Neue Vorwürfe\n\n"
        "Die Firma wollte sich gegenüber dem KRN nicht äußern. Laut KRN-Recherchen fehlen"
        " seit Monaten Unterlagen.",
    ],
)
def test_initials_with_their_own_reporting_are_an_outlet(text: str) -> None:
    # before, the initials were an organisation, though "nach X-Informationen" and
    # "X-Recherchen" are what only a newsroom has
    kinds = actor_kinds(draft(text))
    name = "NWZ" if "NWZ" in text else "KRN"
    assert kinds.get(name) == "media"


def test_a_report_by_initials_is_not_a_newsroom() -> None:
    # a body's report ("der ADAC-Bericht") is no newsroom's own reporting
    kinds = actor_kinds(
        draft("Pannenstatistik\n\nDer ADAC-Bericht zählt mehr Pannen als im Jahr davor.")
    )
    assert kinds.get("ADAC") != "media"


# --- a body known only as the one who spoke is what "the company" points back at ---------


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "Profit warning\n\n"
            "Halvex warned on Monday that it would post a loss for the year.\n\n"
            "The company, which lost a third of its value in March, also said its finance"
            " chief was leaving.",
            "The company, which",
            "Halvex",
        ),
        (
            "Job cuts\n\n"
            "Brambury warned that it would close two of its five plants.\n\n"
            "The company also said its chairman would step down in June.",
            "The company also",
            "Brambury",
        ),
    ],
)
def test_the_company_points_at_a_body_found_only_as_a_speaker(
    text: str, start: str, body: str
) -> None:
    # before, a body no finder lists, known only as the one who spoke, was no body that
    # "the company" pointed back at, and the claim rested on nobody or on its officer
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == body


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "Phone maker warns\n\n"
            "Nordwind Electronics Inc. cut its sales forecast on Tuesday.\n\n"
            "The No 3 maker of handsets said it expects a loss of 4 cents per share.",
            "The No 3 maker",
            "Nordwind Electronics",
        ),
        (
            "Pump maker\n\n"
            "Kessler Pumps Ltd reported lower orders.\n\n"
            "The No 1 producer of farm pumps said demand had fallen by a fifth.",
            "The No 1 producer",
            "Kessler Pumps",
        ),
    ],
)
def test_the_maker_points_at_the_company_named_before(text: str, start: str, body: str) -> None:
    # before, "the No 3 maker" or "the No 1 producer" pointed at nobody
    briefing = draft(text)
    assert body in (source_name(briefing, claim_starting(briefing, start)) or "")


# --- a quotation cut into sentences is the speaker its closing sentence names ------------


@pytest.mark.parametrize(
    ("text", "quoted", "start", "speaker"),
    [
        (
            "Streit um Kredite\n\n"
            'Die Banken widersprechen dem Eigentümer Georg Lenz. "Es gibt mehrere knappe'
            ' Papiere, auch eines von Lenz. Als Grundlage taugen diese Papiere aber nicht",'
            " sagte ein hochrangiger Bankmanager.",
            "Es gibt mehrere",
            '"Es gibt mehrere',
            "Bankmanager",
        ),
        (
            "Streit im Rat\n\n"
            'Die Stadträtin Anna Kolb kritisierte den Bürgermeister Jan Berger. "Es liegen'
            " zwei kurze Entwürfe vor, auch einer von Berger. Als Grundlage reichen sie"
            ' nicht", sagte ein Sprecher des Bauamts.',
            "Es liegen zwei",
            '"Es liegen zwei',
            "Sprecher des Bauamts",
        ),
    ],
)
def test_a_quotation_over_sentences_is_whom_its_closing_sentence_names(
    text: str, quoted: str, start: str, speaker: str
) -> None:
    # before, the quotation and its first sentence went to the group or the person the
    # sentence before named, though the sentence it closes in names its speaker
    briefing = draft(text)
    assert speaker in speaker_name(briefing, quote_with(briefing, quoted))
    assert speaker in (source_name(briefing, claim_starting(briefing, start)) or "")


# --- "Diese Haltung vertrat X": the stance of the sentence before is X's -----------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Streit im Rat\n\n"
            "Die Musikschule solle geschlossen werden. Diese Haltung vertrat die Stadträtin"
            " Anna Kolb am Dienstag im Rat.",
            "Anna Kolb",
        ),
        (
            "Steuerstreit\n\n"
            "Die Steuer auf Speisen müsse dauerhaft sinken. Diese Forderung äußerte der"
            " Verband der Wirte am Montag in Kiel.",
            "Verband der Wirte",
        ),
    ],
)
def test_a_stance_named_back_is_the_one_who_stated_it(text: str, speaker: str) -> None:
    # before, the stance itself rested on nobody
    briefing = draft(text)
    assert source_name(briefing, briefing.claims[0]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Streit im Rat\n\nDie Schule wird saniert. Diese Haltung teilen viele Eltern nicht.",
        "Streit im Rat\n\n"
        "Die Schule werde saniert. Diese Ansicht vertrat der Bürgermeister Jan Berger aber"
        " nicht.",
    ],
)
def test_who_shares_or_denies_a_stance_did_not_state_it(text: str) -> None:
    briefing = draft(text)
    assert source_name(briefing, briefing.claims[0]) is None


# --- "hat … geäußert" is a perfect of saying ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Trainer in der Kritik\n\n"
            "Der Trainer Max Kern bleibt vorerst. Am Samstag hatte der 48-Jährige Zweifel"
            " geäußert, ob er noch der Richtige sei.",
            "Am Samstag",
            "Max Kern",
        ),
        (
            "Schulbau\n\n"
            "Die Ministerin Eva Lang besuchte Kiel. Die Schule werde zu teuer, hatte Lang"
            " schon im Mai geäußert.",
            "Die Schule werde",
            "Eva Lang",
        ),
    ],
)
def test_a_perfect_of_aeussern_names_its_speaker(text: str, start: str, speaker: str) -> None:
    # before, "geäußert" was no verb of saying, and the claim rested on nobody
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == speaker


# --- a demand in the progressive ("is urging", "is calling on") is the subject's ---------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Print jobs\n\n"
            "But the Harbour Workers Union is urging readers to sign a petition to keep the"
            " presses in Kentwick.",
            "Harbour Workers Union",
        ),
        (
            "Depot row\n\n"
            "The Kentwick Cyclists Alliance is calling on the council to keep the old depot"
            " as a bike park.",
            "Kentwick Cyclists Alliance",
        ),
    ],
)
def test_a_demand_in_the_progressive_is_the_subjects(text: str, speaker: str) -> None:
    # before, "is urging" and "is calling on" were no verbs of saying or demanding
    briefing = draft(text)
    assert source_name(briefing, briefing.claims[0]) == speaker


def test_a_demand_named_in_a_side_phrase_has_no_speaker() -> None:
    # "without demanding …": nobody demands anything yet
    briefing = draft(
        "Merger\n\n"
        "It is unclear whether the regulators in Brussels would clear the merger without"
        " demanding the sale of two plants."
    )
    assert briefing.claims[0].attributed_to is None


# --- a closing "concluded" names whose finding the sentence is ---------------------------


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Old bones\n\n"
            "A team of researchers at Kentwick University studied the bones.\n\n"
            "The bones are about 3,000 years old and belonged to two adults, the study team"
            " concluded.",
            "The bones are",
            "study team",
        ),
        (
            "Depot checks\n\n"
            "Inspectors from the Rail Safety Board visited the depot.\n\n"
            "The brakes had not been checked for two years, the inspectors concluded.",
            "The brakes had",
            "inspectors",
        ),
    ],
)
def test_a_closing_concluded_names_whose_finding_it_is(text: str, start: str, speaker: str) -> None:
    # before, "concluded" was a verb of finding only before "that"
    briefing = draft(text)
    assert speaker in (source_name(briefing, claim_starting(briefing, start)) or "")


def test_something_that_concluded_says_nothing() -> None:
    briefing = draft("Talks\n\nThe talks concluded. Nothing was agreed before the talks concluded.")
    assert all(c.attributed_to is None for c in briefing.claims)


# --- an unnamed woman or man who speaks after a quotation is a person of their own -------


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Prozessauftakt\n\n"
            "Der Angeklagte Tim B. betritt den Saal. „Gefährlich sieht der heute aus“,"
            " flüstert eine Frau ihrer Nachbarin zu.",
            "Gefährlich sieht",
            "Frau",
        ),
        (
            "Market day\n\n"
            "The mayor Jan Berger opened the new market on Saturday. “Finally we have fresh"
            " fish again,” said an elderly man.",
            "fresh fish",
            "man",
        ),
        (
            "Trial opens\n\n"
            "The defendant Tim Baker entered the court. “He looks really calm today,” a"
            " woman whispered.",
            "really calm",
            "woman",
        ),
    ],
)
def test_an_unnamed_woman_or_man_after_a_quotation_speaks_it(
    text: str, quoted: str, speaker: str
) -> None:
    # before, the quotation went to the person the sentence before named
    briefing = draft(text)
    assert speaker_name(briefing, quote_with(briefing, quoted)) == speaker


# --- "Vertreter" with no article is a group of representatives ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Streit um Kredite\n\n"
        "Vertreter mehrerer Banken wiesen die Darstellung des Eigentümers Georg Lenz zurück.",
        "Hafenstreit\n\n"
        "Vertreter beider Reedereien kritisierten den Plan des Hafenchefs Ole Brandt scharf.",
    ],
)
def test_representatives_with_no_article_are_a_group(text: str) -> None:
    # before, the claim rested on the person whose account they rejected or criticised
    briefing = draft(text)
    claim = briefing.claims[0]
    kinds = {a.id: a.kind.value for a in briefing.actors}
    assert kinds[claim.attributed_to or ""] == "group"


def test_one_representative_stays_a_person() -> None:
    briefing = draft(
        "Plan der Stadt\n\n"
        "Ein Vertreter der Stadt sagte, der Plan sei zu teuer. Der Vertreter des Landes"
        " widersprach."
    )
    kinds = actor_kinds(briefing)
    assert kinds.get("Vertreter der Stadt") == "person"
    assert kinds.get("Vertreter des Landes") == "person"


# --- "X sagte der Zeitung": the person speaks, the outlet carries it ----------------------


@pytest.mark.parametrize(
    ("text", "person", "outlet"),
    [
        (
            "Sorgen der Bauern\n\n"
            "Anton Riedl, der Präsident des Verbands, sagte der Deutschen Presse-Agentur, im"
            " Juni habe es kaum geregnet.",
            "Anton Riedl",
            "dpa",
        ),
        (
            "Schulden\n\n"
            "Die Ministerin Eva Lang sagte dem „Stern“, der Plan sei zu teuer für das Land.",
            "Eva Lang",
            "Stern",
        ),
    ],
)
def test_an_outlet_right_after_the_verb_carries_the_persons_words(
    text: str, person: str, outlet: str
) -> None:
    # before, the outlet was no source of the claim: "der" right after the verb was read
    # as a subject's article, though the speaker stands before the verb
    briefing = draft(text)
    claim = briefing.claims[0]
    names = {a.id: a.name for a in briefing.actors}
    assert source_name(briefing, claim) == person
    assert any(outlet in names.get(s, "") for s in claim.sources)


# --- a brand whose last part is a newsroom's word is an outlet -----------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Probe trouble\n\nThe panels may not get enough light, the engineer told OrbitNews.",
            "OrbitNews",
        ),
        (
            "Nach dem Spiel\n\n"
            "Der Trainer Jan Wolf wollte die Niederlage bei KanalSport nicht lange erklären.",
            "KanalSport",
        ),
    ],
)
def test_a_brand_ending_in_news_or_sport_is_an_outlet(text: str, outlet: str) -> None:
    # before, any brand with a capital inside was a company
    assert actor_kinds(draft(text)).get(outlet) == "media"


def test_other_brands_stay_companies() -> None:
    kinds = actor_kinds(draft("Jobs\n\nShe left ScotRail last year to work for NordFreight."))
    assert kinds.get("ScotRail") == "organisation"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Theaterstreit\n\n"
            "Der Stadtrat Paul Weber meinte damit einen OKZ-Artikel vom 3. Mai über die Bühne.",
            "OKZ",
        ),
        (
            "Klinik schließt\n\n"
            "Die Pflegerinnen sind sauer, dass sie aus der KNZ erfahren mussten, dass die"
            " Klinik schließt.",
            "KNZ",
        ),
    ],
)
def test_an_article_by_initials_or_news_learned_from_them_is_an_outlets(
    text: str, outlet: str
) -> None:
    # before, the initials were no actor, or an organisation
    assert actor_kinds(draft(text)).get(outlet) == "media"
