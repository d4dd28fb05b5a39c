"""Round seventeen, speakers and attribution: classes read from the real set Q (a group's
present plural of a separable verb of saying, "teilen … mit", "weisen … zurück"). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting, draft, source_name

from tui.model import Briefing, Quote


def quote_with(briefing: Briefing, words: str) -> Quote:
    return next(q for q in briefing.quotes if words in q.text)


def speaker_name(briefing: Briefing, quote: Quote) -> str:
    return {a.id: a.name for a in briefing.actors}[quote.speaker]


# --- a group's present plural of a separable verb of saying ----------------------------


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "Streit um Bäderplan\n\n"
            "Die Fraktion um Jana Berger hatte den Bäderplan kritisiert. Der Plan sei"
            " unausgegoren, teilen die Grünen mit.",
            "Der Plan sei",
            "Grünen",
        ),
        (
            "Streit um Schulbus\n\n"
            "Der Landrat Uwe Hollmann hatte den Fahrplan verteidigt. Die Gewerkschaft Verdi"
            " weist das zurück. Die Eltern weisen die Kritik des Landrats entschieden zurück.",
            "Die Eltern weisen",
            "Eltern",
        ),
    ],
)
def test_a_groups_present_plural_of_a_separable_verb_is_saying(
    text: str, start: str, body: str
) -> None:
    # before, "teilen"/"weisen" was no verb of saying: the person named before went on
    briefing = draft(text)
    assert body in (source_name(briefing, claim_starting(briefing, start)) or "")


def test_a_groups_present_plural_names_the_speaker_of_its_quotation() -> None:
    briefing = draft(
        "Streit um Kita-Gebühren\n\n"
        "Der Stadtrat Paul Sommer hatte die Gebühren gelobt. Die Grünen weisen das Lob"
        " „als weltfremd und völlig verfehlt“ zurück."
    )
    assert "Grünen" in speaker_name(briefing, quote_with(briefing, "als weltfremd"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Nachbarn teilen sich den Garten mit der Schule.",
        "Viele Ökonomen teilen diese Sorge.",
        "Die Schilder weisen den Weg zum Bahnhof.",
    ],
)
def test_sharing_or_pointing_the_way_is_no_saying(sentence: str) -> None:
    from tui.draft.attribution import SPEECH_VERB

    assert not any(
        m.group().lower() in ("teilen", "weisen") for m in SPEECH_VERB.finditer(sentence)
    )


# --- an office compounded with its body, then the name, before a colon and a quotation --


@pytest.mark.parametrize(
    ("text", "quoted", "person"),
    [
        (
            "Streit um Radwege\n\n"
            "Der Bürgermeister Tim Roth verteidigte die Pläne. So empfand auch Kölns"
            " SPD-Fraktionschef Jonas Keller: „Die Pläne kommen viel zu spät für die Pendler“.",
            "Die Pläne kommen",
            "Jonas Keller",
        ),
        (
            "Neue Satzung\n\n"
            "Der Verein legte am Montag eine neue Satzung vor. Ähnlich sieht es"
            " CDU-Kreischefin Nora Lindt: „Das ist ein guter Tag für das Ehrenamt im Kreis“.",
            "Das ist ein guter Tag",
            "Nora Lindt",
        ),
    ],
)
def test_the_name_after_an_office_compound_speaks_the_quotation_after_the_colon(
    text: str, quoted: str, person: str
) -> None:
    # before, the body the compound opens with ("SPD") was taken for the speaker
    briefing = draft(text)
    assert speaker_name(briefing, quote_with(briefing, quoted)) == person


# --- German "man" as the subject of a verb of saying: nobody named speaks -------------


@pytest.mark.parametrize(
    ("text", "start", "person"),
    [
        (
            "Feuerwehr im Kreis\n\n"
            "Die Wehr sei gut ausgestattet, sagte der Landrat Peter Brandl. Die Opposition"
            " habe keinen eigenen Plan und man könne nur hoffen, dass sich das ändere.",
            "Die Opposition habe",
            "Peter Brandl",
        ),
        (
            "Neue Halle\n\n"
            "Die Halle werde im Mai fertig, sagte die Trainerin Sina Wolter. Der Verein sei"
            " finanziell gesund, aber man rechne mit höheren Kosten.",
            "Der Verein sei",
            "Sina Wolter",
        ),
    ],
)
def test_impersonal_man_leaves_reported_speech_with_its_speaker(
    text: str, start: str, person: str
) -> None:
    # before, the body that opened the sentence was taken for the subject of "hoffen"
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == person


# --- English acts of saying: rejecting an argument, paying tribute, voicing a view ------


@pytest.mark.parametrize(
    ("text", "start", "who"),
    [
        (
            "Zoning appeal\n\n"
            "A developer had appealed against the zoning plan. The judges rebuffed the claim"
            " that the county had acted in bad faith.",
            "The judges rebuffed",
            "judges",
        ),
        (
            "Bridge dispute\n\n"
            "The ferry company wants compensation for the new bridge. Norway, meanwhile,"
            " expressed its deep concern over the cost of the crossing.",
            "Norway, meanwhile",
            "Norway",
        ),
        (
            "Flood clean-up\n\n"
            "The river burst its banks on Sunday night. Council leader Priya Nandra paid"
            " tribute to the volunteers who filled sandbags until dawn.",
            "Council leader Priya Nandra",
            "Priya Nandra",
        ),
    ],
)
def test_english_acts_of_saying_name_their_subject(text: str, start: str, who: str) -> None:
    # before, none of these was a verb of saying, and the sentence rested on nobody
    briefing = draft(text)
    assert who in (source_name(briefing, claim_starting(briefing, start)) or "")


def test_rejecting_a_bill_stays_the_articles_report() -> None:
    briefing = draft(
        "Budget vote\n\nThe opposition tabled a motion on Tuesday. The assembly rejected the"
        " bill by 40 votes to 12."
    )
    assert source_name(briefing, claim_starting(briefing, "The assembly")) is None


# --- informing someone is telling them ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "who"),
    [
        (
            "Verhandlung vertagt\n\n"
            "Der Prozess gegen einen Autohändler wurde vertagt. Darüber informierte die"
            " Richterin Anke Voss am Mittwoch.",
            "Darüber informierte",
            "Anke Voss",
        ),
        (
            "Wasser abgestellt\n\n"
            "In drei Straßen fällt am Dienstag das Wasser aus. Die Stadtwerke Kerpen"
            " informierten die Anwohner mit einem Brief über die Arbeiten.",
            "Die Stadtwerke Kerpen",
            "Stadtwerke",
        ),
    ],
)
def test_informing_names_who_informs(text: str, start: str, who: str) -> None:
    # before, "informierte" was no verb of saying and the sentence rested on nobody
    briefing = draft(text)
    assert who in (source_name(briefing, claim_starting(briefing, start)) or "")


def test_being_informed_is_no_saying() -> None:
    briefing = draft(
        "Wasser abgestellt\n\nIn drei Straßen fällt am Dienstag das Wasser aus. Die Anwohner"
        " wurden am Montag informiert."
    )
    assert source_name(briefing, claim_starting(briefing, "Die Anwohner wurden")) is None


# --- calling back an envoy or goods is no remembering ---------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Diplomatic row\n\nPeru recalled its ambassador to Chile on Friday over a fishing"
            " dispute.",
            "Peru recalled",
        ),
        (
            "Brake fault\n\nThe carmaker Velto recalled 12,000 vans in March after a brake fault.",
            "The carmaker Velto",
        ),
    ],
)
def test_recalling_an_envoy_or_goods_is_the_articles_report(text: str, start: str) -> None:
    # before, "recalled" was read as remembering, and the subject was the source
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) is None


def test_recalling_what_happened_is_still_saying() -> None:
    briefing = draft(
        "Flood anniversary\n\nThe river rose two metres in one night. Local farmer Ellen"
        " Price recalled that the water reached her kitchen within an hour."
    )
    assert source_name(briefing, claim_starting(briefing, "Local farmer")) == "Ellen Price"


# --- "Für X ist das …": a named person's judgement ------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "person"),
    [
        (
            "Antrag abgelehnt\n\n"
            "Die Verteidigung legte ein Attest vor. Für Richterin Anke Voss war das aber"
            " nicht ausreichend.",
            "Für Richterin Anke Voss",
            "Anke Voss",
        ),
        (
            "Abstieg droht\n\n"
            "Der Verein verlor auch das dritte Spiel. Für den Trainer Jonas Kern ist klar,"
            " dass die Abwehr zu viele Fehler macht.",
            "Für den Trainer Jonas Kern",
            "Jonas Kern",
        ),
    ],
)
def test_fuer_a_named_person_ist_das_is_their_judgement(text: str, start: str, person: str) -> None:
    # before, the sentence went to a person its second clause named, or to nobody
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == person


def test_fuer_a_group_is_whom_it_concerns() -> None:
    briefing = draft(
        "Neue Preise\n\nDie Stadtwerke erhöhen im Mai die Preise. Für die Kunden ist das eine"
        " Mehrbelastung von rund zehn Euro im Monat."
    )
    assert source_name(briefing, claim_starting(briefing, "Für die Kunden")) is None


# --- English: someone moved to speak ("prompted X to describe …") ----------------------


@pytest.mark.parametrize(
    ("text", "start", "who"),
    [
        (
            "Council budget\n\n"
            "The debate ran late into the night. It prompted one councillor to describe the"
            " meeting as a farce.",
            "It prompted",
            "councillor",
        ),
        (
            "Stadium plan\n\n"
            "The club unveiled its new stadium on Monday. The cost led fans' spokesman Tom"
            " Ashby to warn that ticket prices would rise.",
            "The cost led",
            "Tom Ashby",
        ),
    ],
)
def test_someone_moved_to_speak_is_the_source(text: str, start: str, who: str) -> None:
    # before, "describe" was no verb of saying and what moved them was taken for no one
    briefing = draft(text)
    assert who in (source_name(briefing, claim_starting(briefing, start)) or "")


def test_describing_with_no_as_is_no_saying() -> None:
    from tui.draft.attribution import SPEECH_VERB

    sentence = "Words cannot describe the damage to the old mill."
    assert not any(m.group() == "describe" for m in SPEECH_VERB.finditer(sentence))


# --- German V2: a body's plan with the verb before the body ---------------------------


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "Neue Halle\n\n"
            "Der Sportverein wächst seit Jahren. Im Herbst will der Landessportbund Hessen"
            " eine neue Halle in Kassel bauen.",
            "Im Herbst will",
            "Landessportbund Hessen",
        ),
        (
            "Klage\n\n"
            "Die Fraktion klagt gegen den Rat. Mit der Klage wollen die Grünen erreichen,"
            " dass der Rat besser informiert wird.",
            "Mit der Klage",
            "Grünen",
        ),
    ],
)
def test_a_bodys_plan_after_a_fronted_phrase_rests_on_the_body(
    text: str, start: str, body: str
) -> None:
    # before, only a body that opened its clause stated its own plan
    briefing = draft(text)
    assert body in (source_name(briefing, claim_starting(briefing, start)) or "")


def test_a_states_plan_after_a_fronted_phrase_stays_the_articles_report() -> None:
    briefing = draft("Grenze\n\nDer Streit dauert an. Im Mai will Polen die Grenze wieder öffnen.")
    assert source_name(briefing, claim_starting(briefing, "Im Mai will")) is None


# --- past plurals of verbs of saying: a group speaks as one person does ----------------


@pytest.mark.parametrize(
    ("text", "start", "who"),
    [
        (
            "Unfall auf der A7\n\n"
            "Auf der A7 stießen am Morgen drei Autos zusammen. Die Zeugen schilderten, dass"
            " ein Lastwagen plötzlich die Spur gewechselt habe.",
            "Die Zeugen schilderten",
            "Zeugen",
        ),
        (
            "Streit um Klinik\n\n"
            "Der Kreistag will die Klinik schließen. Die Hebammen bezeichneten den Plan als"
            " Gefahr für werdende Mütter.",
            "Die Hebammen bezeichneten",
            "Hebammen",
        ),
        (
            "Neue Gebühren\n\n"
            "Die Stadt erhöht die Parkgebühren. Die Händler kündigen Widerstand an.",
            "Die Händler kündigen",
            "Händler",
        ),
    ],
)
def test_a_groups_past_plural_of_saying_names_the_group(text: str, start: str, who: str) -> None:
    briefing = draft(text)
    assert who in (source_name(briefing, claim_starting(briefing, start)) or "")


def test_a_present_plural_after_a_modal_is_an_infinitive() -> None:
    from tui.draft.attribution import SPEECH_VERB

    sentence = "Im Gegenzug könnte die Regierung Zugeständnisse verlangen oder Namen nennen."
    assert not any(m.group() in ("verlangen", "nennen") for m in SPEECH_VERB.finditer(sentence))


# --- more English ways of saying: hitting out, playing down, appealing ------------------


@pytest.mark.parametrize(
    ("text", "start", "who"),
    [
        (
            "Depot closure\n\n"
            "The bus company will shut its depot in May. The drivers' union Unitra hit out"
            " at the decision on Tuesday.",
            "The drivers' union Unitra",
            "Unitra",
        ),
        (
            "Water shortage\n\n"
            "Reservoirs in the region are at 40 percent. Water minister Dara Quinlan played"
            " down fears of a hosepipe ban.",
            "Water minister Dara Quinlan",
            "Dara Quinlan",
        ),
        (
            "Shop raid\n\n"
            "A jeweller in Bristol was robbed on Friday. Inspector Mark Ellery appealed for"
            " witnesses to come forward.",
            "Inspector Mark Ellery",
            "Mark Ellery",
        ),
    ],
)
def test_more_english_ways_of_saying_name_their_subject(text: str, start: str, who: str) -> None:
    briefing = draft(text)
    assert who in (source_name(briefing, claim_starting(briefing, start)) or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Spain defended their title with a late goal.",
        "The crowd observed a minute's silence before kick-off.",
        "The Court of Appeals sits in Richmond.",
    ],
)
def test_a_title_defended_or_a_silence_observed_is_no_saying(sentence: str) -> None:
    from tui.draft.attribution import SPEECH_VERB

    assert not any(
        m.group().casefold() in ("defended", "observed", "appeals")
        for m in SPEECH_VERB.finditer(sentence)
    )


# --- more German ways of saying: "hob hervor", "wandte ein", "ließ verlauten" ------------


@pytest.mark.parametrize(
    ("text", "start", "who"),
    [
        (
            "Neue Brücke\n\n"
            "Die Brücke über die Saale ist fertig. Verkehrsministerin Lea Brandt hob bei der"
            " Eröffnung die kurze Bauzeit hervor.",
            "Verkehrsministerin Lea Brandt",
            "Lea Brandt",
        ),
        (
            "Haushalt\n\n"
            "Der Rat beriet am Montag den Haushalt. Stadtkämmerer Olaf Rieck wandte ein, dass"
            " die Rücklagen nicht reichten.",
            "Stadtkämmerer Olaf Rieck",
            "Olaf Rieck",
        ),
        (
            "Wechsel\n\n"
            "Der Stürmer verlässt den Verein. Trainer Mehmet Aydin ließ verlauten, er bedauere"
            " den Abschied.",
            "Trainer Mehmet Aydin",
            "Mehmet Aydin",
        ),
    ],
)
def test_more_german_ways_of_saying_name_their_subject(text: str, start: str, who: str) -> None:
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == who


@pytest.mark.parametrize(
    "sentence",
    [
        "Die bekannte Sängerin tritt im Mai in Halle auf.",
        "Der Händler versicherte die Ware gegen Diebstahl.",
        "Er ließ das Auto in der Werkstatt reparieren.",
    ],
)
def test_a_known_singer_or_an_insured_good_is_no_saying(sentence: str) -> None:
    from tui.draft.attribution import SPEECH_VERB

    assert not any(
        m.group() in ("bekannte", "versicherte", "ließ") for m in SPEECH_VERB.finditer(sentence)
    )


# --- the verbs of saying grouped by their first letter match as the flat list does -----


def test_verbs_of_saying_grouped_by_initial_match_as_the_flat_list() -> None:
    import re

    from tui.draft import attribution

    flat = re.compile(rf"\b(?:{attribution._SPEECH_DE}|{attribution._SPEECH_EN})\b", re.IGNORECASE)
    text = (
        "Die Grünen weisen das zurück, teilten die Eltern mit. Äußerte sich der Verband? "
        "Sie forderte auf, sagten sie. Er lehnte das ab. The union hit out at the plan and "
        "said it was, as the court heard, wrong; she is urging calm, they are calling for "
        "talks. Police appealed for witnesses and recalled 3,000 cars. Schools are closed."
    )
    found = [(m.span(), m.group()) for m in attribution.SPEECH_VERB.finditer(text)]
    assert found == [(m.span(), m.group()) for m in flat.finditer(text)]
    assert len(found) > 10
