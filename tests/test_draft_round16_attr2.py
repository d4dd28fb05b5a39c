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
    quote = quote_with(briefing, quoted)
    assert speaker_name(briefing, quote) == speaker
    assert "reported speech" in (quote.note or "")  # the note says where it came from


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


# --- "laut Angaben der X", "nach einer Schätzung der X": X, never "Angaben" ------------


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "Pflege\n\n"
            "Im Heim fehlt Personal. Laut Angaben der Gewerkschaft Verdi sind vor allem"
            " Nachtschichten unbesetzt.",
            "Laut Angaben",
            "Gewerkschaft Verdi",
        ),
        (
            "Unfall\n\n"
            "Auf der Landstraße kam ein Lieferwagen von der Fahrbahn ab. Laut Angaben der"
            " Polizei wurde der Fahrer leicht verletzt.",
            "Laut Angaben",
            "Polizei",
        ),
    ],
)
def test_laut_angaben_rests_on_the_body_not_on_angaben(text: str, start: str, body: str) -> None:
    # before, "Angaben" became an unnamed group the claim rested on
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == body
    assert "Angaben" not in actor_kinds(briefing)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Hafen\n\n"
            "Die Industrie- und Handelskammer warnt vor dem Umbau. Die Bauzeit könnte die"
            " Betriebe nach einer Schätzung der Industrie- und Handelskammer bis zu neun"
            " Millionen Euro kosten.",
            "Die Bauzeit",
        ),
        (
            "Messe\n\n"
            "Der Umzug der Messe verzögert sich. Der Ausfall bringt den Hotels nach einer"
            " Berechnung der Industrie- und Handelskammer rund zwei Millionen Euro weniger ein.",
            "Der Ausfall",
        ),
    ],
)
def test_nach_einer_schaetzung_der_body_rests_on_it(text: str, start: str) -> None:
    # before, "nach einer Schätzung" was no source phrase: the claim rested on nobody
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == "Industrie- und Handelskammer"


# --- a genitive body with its initials: one body, named as "das" would name it --------


@pytest.mark.parametrize(
    ("text", "start", "body", "initials"),
    [
        (
            "Streik\n\n"
            "Die Gewerkschaft droht mit Streik. Nach Berechnungen des Instituts der"
            " deutschen Wirtschaft (IW) kostet jeder Streiktag rund 100 Millionen Euro.",
            "Nach Berechnungen",
            "Institut der deutschen Wirtschaft",
            "IW",
        ),
        (
            "Ernte\n\n"
            "Der Bauernverband klagt über die Dürre. Nach Angaben des Verbands der"
            " ländlichen Genossenschaften (VLG) fällt die Ernte um ein Drittel kleiner aus.",
            "Nach Angaben",
            "Verband der ländlichen Genossenschaften",
            "VLG",
        ),
    ],
)
def test_a_body_spelled_out_before_its_initials_is_one_actor(
    text: str, start: str, body: str, initials: str
) -> None:
    # before, the genitive head alone ("Instituts") became an alias of the body named before
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == body
    actor = next(a for a in briefing.actors if a.name == body)
    assert initials in [alias.name for alias in actor.aliases or []]
    assert not any(
        alias.name.startswith(("Instituts", "Verbands"))
        for a in briefing.actors
        if a.name != body
        for alias in a.aliases or []
    )


# --- "der Bahn" is the body whose name ends in it, not one holding it in a name ----------


@pytest.mark.parametrize(
    ("text", "start", "body", "other"),
    [
        (
            "Bahnstreik\n\n"
            "Die Lokführer haben der Deutschen Bahn ein Ultimatum gestellt. Im Sommer fielen"
            " nach Angaben der Bahn zwei von drei Regionalzügen aus. Der Fahrgastverband Pro"
            " Bahn sprach von Chaos.",
            "Im Sommer",
            "Deutsche Bahn",
            "Fahrgastverband Pro Bahn",
        ),
        (
            "Sparkurs\n\n"
            "Die Deutsche Bank und der Kundenverein Pro Bank streiten über Gebühren. Im Jahr"
            " zahlten Kunden nach Angaben der Bank im Schnitt 40 Euro.",
            "Im Jahr",
            "Deutsche Bank",
            "Kundenverein Pro Bank",
        ),
    ],
)
def test_a_bare_last_word_is_the_body_it_qualifies_not_a_name_after_a_head(
    text: str, start: str, body: str, other: str
) -> None:
    # before, "der Bahn" became a body that the association named later took over
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == body
    assert actor_kinds(briefing).get(other) == "organisation"


# --- "laut/nach einem Gutachten des Ingenieurbüros X": the firm is the source -----------


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "Schule marode\n\n"
            "Der Kreis prüft die Turnhalle. Laut einem Gutachten des Ingenieurbüros Wendtland,"
            " das dem Lokalradio vorliegt, ist das Dach seit Jahren undicht.",
            "Laut einem Gutachten",
            "Ingenieurbüro Wendtland",
        ),
        (
            "Halle gesperrt\n\n"
            "Die Stadt sperrt die Eishalle. Nach einem Gutachten des Planungsbüros Kessler"
            " tragen die Stützen die Schneelast nicht mehr.",
            "Nach einem Gutachten",
            "Planungsbüro Kessler",
        ),
    ],
)
def test_a_report_by_a_named_firm_rests_on_the_firm(text: str, start: str, body: str) -> None:
    # before, the firm was no actor and the claim rested on the article alone
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == body


# --- a word quoted after "spricht von" is a term, never an outlet ----------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Streit um die Klinik: Kreis droht mit Schließung \N{EN DASH} Betriebsrat spricht von"
            " „Kahlschlag“ der Pflege\n\n"
            "Der Kreis will die Geburtsstation schließen. Viele Familien seien betroffen,"
            " sagte ein Sprecher des Betriebsrats.",
            "Kahlschlag",
        ),
        (
            "Ärger im Nahverkehr: Stadt streicht Buslinien \N{EN DASH} Fahrgastbeirat sprach von"
            " „Raubbau“ am Angebot\n\n"
            "Die Stadt streicht drei Buslinien. Die Einsparung solle den Haushalt entlasten,"
            " teilte die Verwaltung mit.",
            "Raubbau",
        ),
    ],
)
def test_a_term_after_spricht_von_is_no_outlet(text: str, term: str) -> None:
    # before, the quoted word in the headline became a media actor and a source to find
    briefing = draft(text)
    assert term not in actor_kinds(briefing)
    assert not any(s.outlet == term for s in briefing.sources if hasattr(s, "outlet"))


# --- "The company's works council said": the council, a body of its own -----------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Harbor Freight posts weak quarter\n\n"
            "Harbor Freight Lines said on Tuesday that sales slipped in the summer. The"
            " carrier's works council said it would not accept longer shifts.",
            "The carrier's works council",
        ),
        (
            "Plant to close\n\n"
            "Velden Motors will close its plant in Ghent next year, the company said. The"
            " company's works council said it learned of the decision from the radio.",
            "The company's works council",
        ),
    ],
)
def test_a_companys_works_council_speaks_for_itself(text: str, start: str) -> None:
    # before, the council's words rested on the company it disputes with
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == "works council"


# --- the figure analysts expected is a yardstick: the sentence is not theirs -------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Harbor Freight posts weak quarter\n\n"
            "Harbor Freight Lines published its results on Tuesday. Sales fell 9 percent to"
            " $810 million, short of the $850 million analysts surveyed by LSEG had expected.",
            "Sales fell",
        ),
        (
            "Chipmaker beats forecasts\n\n"
            "Orvane Semiconductor reported its results after the bell. Earnings came in at"
            " 41 cents a share, above the 38 cents analysts had expected.",
            "Earnings came in",
        ),
    ],
)
def test_a_figure_measured_against_analysts_expectation_is_not_theirs(
    text: str, start: str
) -> None:
    # before, the company's own result rested on the unnamed analysts
    briefing = draft(text)
    assert "analysts" not in (source_name(briefing, claim_starting(briefing, start)) or "")


# --- names whole and in the nominative; roles that a name in apposition fills ------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Brücke gesperrt\n\n"
            "Die Talbrücke bleibt nach Angaben des Landesbetriebs Mobilität bis Mai gesperrt.",
            "Landesbetrieb Mobilität",
        ),
        (
            "Gebühren steigen\n\n"
            "Der Eigenbetrieb Stadtentwässerung erhöht die Abwassergebühr um zwölf Prozent.",
            "Eigenbetrieb Stadtentwässerung",
        ),
    ],
)
def test_a_state_enterprise_keeps_the_word_it_is_called_after(text: str, body: str) -> None:
    # before, "Landesbetriebs" stood alone, its genitive ending kept
    assert actor_kinds(draft(text)).get(body) == "organisation"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Tariffs bite\n\n"
            "Economists at the Kiel Institute for the World Economy said exports were falling.",
            "Kiel Institute for the World Economy",
        ),
        (
            "Malaria study\n\n"
            "A researcher at the Liverpool School of Hygiene and Tropical Medicine said the"
            " sample was too small.",
            "Liverpool School of Hygiene and Tropical Medicine",
        ),
        (
            "Fish stocks\n\n"
            "Cod in the North Sea is recovering, the International Council for the"
            " Exploration of the Sea said on Friday.",
            "International Council for the Exploration of the Sea",
        ),
        (
            "Care plan\n\n"
            "The Department of Health and Social Care said it would publish the plan in May.",
            "Department of Health and Social Care",
        ),
        (
            "Freight costs\n\n"
            "Rival carrier Ostmann said it would shut two depots, while Kuehne+Nagel said it"
            " planned to save 90 million francs.",
            "Kuehne+Nagel",
        ),
    ],
)
def test_an_english_body_name_is_found_whole(text: str, body: str) -> None:
    # before, the name was cut at "for the", at "and" or at the "+"
    assert actor_kinds(draft(text)).get(body) == "organisation"


@pytest.mark.parametrize(
    ("text", "start", "named"),
    [
        (
            "Vaccine supply\n\n"
            "The vaccine's maker, the Indian firm Bharat Biotech, said it could double output"
            " by 2028.",
            "The vaccine's maker",
            "Bharat Biotech",
        ),
        (
            "Wind farm appeal\n\n"
            "The turbines will stay idle until spring. The wind farm's owner, the Danish group"
            " Vestora, said it would appeal the ruling.",
            "The wind farm's owner",
            "Vestora",
        ),
    ],
)
def test_a_role_filled_by_a_name_in_apposition_is_that_name(
    text: str, start: str, named: str
) -> None:
    # before, "vaccine's maker" became an organisation of its own
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == named
    assert not any("'s " in a.name for a in briefing.actors)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Job cuts\n\n"
            "Most of the cuts will fall in Belgium, according to a person familiar with the"
            " plans.",
            "Most of the cuts",
        ),
        (
            "Merger talks\n\n"
            "The two lenders have held early talks, one official briefed on the negotiations"
            " said.",
            "The two lenders",
        ),
    ],
)
def test_one_person_familiar_with_the_plans_is_unnamed(text: str, start: str) -> None:
    # before, "person familiar" became a person's name
    briefing = draft(text)
    claim = claim_starting(briefing, start)
    actor = next(a for a in briefing.actors if a.id == claim.attributed_to)
    assert actor.kind.value == "person"
    assert actor.anonymous
    assert "familiar with" in actor.name or "briefed on" in actor.name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Rentenreform\n\n"
            "Nach Berechnungen des Deutschen Instituts für Wirtschaftsforschung kostet die"
            " Reform bis 2030 rund zehn Milliarden Euro.",
            "Deutsches Institut für Wirtschaftsforschung",
        ),
        (
            "Hochwasser\n\n"
            "Nach Angaben des Bayerischen Landesamts für Umwelt steigen die Pegel weiter.",
            "Bayerisches Landesamt für Umwelt",
        ),
    ],
)
def test_a_genitive_body_with_a_field_is_named_as_it_stands_alone(text: str, body: str) -> None:
    # before, the genitive head kept its ending ("Deutschen Instituts für …")
    assert actor_kinds(draft(text)).get(body) == "organisation"
