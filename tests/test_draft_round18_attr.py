"""Round eighteen, speakers and attribution: classes read from the real sets R and S (the
present of a body's notice in a side clause, "wie X mitteilt"; a notice given, "hat …
bekannt gegeben"; "kommentiert X" after a quotation; "X verweist auf"; "stuft … als …
ein"; throwing something to someone, "warf ihm … zu", which is no reproach). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting, draft, source_name

from tui.model import Briefing, Quote


def quote_with(briefing: Briefing, words: str) -> Quote:
    return next(q for q in briefing.quotes if words in q.text)


def speaker_name(briefing: Briefing, quote: Quote) -> str:
    return {a.id: a.name for a in briefing.actors}[quote.speaker]


# --- German verbs of saying in the present and in the separated spelling --------------


@pytest.mark.parametrize(
    ("text", "start", "source"),
    [
        (
            "Brand in Lagerhalle\n\n"
            "Wie die Feuerwehr Heilbronn mitteilt, ist der Schaden inzwischen auf 80.000 Euro"
            " geschätzt worden.",
            "Wie die Feuerwehr",
            "Feuerwehr Heilbronn",
        ),
        (
            "Neue Buslinie\n\n"
            "Am Montag hat Verkehrsdezernentin Petra Wallner bekannt gegeben, dass die Linie"
            " 14 ab März bis zum Flughafen fährt.",
            "Am Montag hat",
            "Petra Wallner",
        ),
        (
            "Neue Buslinie\n\n"
            "Am Montag hat Verkehrsdezernentin Petra Wallner bekanntgegeben, dass die Linie"
            " 14 ab März bis zum Flughafen fährt.",
            "Am Montag hat",
            "Petra Wallner",
        ),
        (
            "Masern im Kreis\n\n"
            "Trotz neuer Fälle stuft das Gesundheitsamt Tübingen das Risiko für die"
            " Bevölkerung weiter als niedrig ein.",
            "Trotz neuer Fälle",
            "Gesundheitsamt Tübingen",
        ),
    ],
)
def test_a_present_or_separated_verb_of_saying_names_its_subject(
    text: str, start: str, source: str
) -> None:
    # before, "mitteilt", "bekannt gegeben" and "stuft … als … ein" were no verbs of
    # saying and the sentence rested on nobody's word
    briefing = draft(text, "de")
    assert source_name(briefing, claim_starting(briefing, start)) == source


def test_kommentiert_after_a_quotation_names_the_speaker() -> None:
    text = (
        "Wahl im Werk\n\n"
        "„Das ist ein bitterer Abend für uns“, sagt die Betriebsrätin Carola Hinz.\n\n"
        "„Wir hätten mehr erwartet“, kommentiert Bernd Falk, Bezirkschef der Gewerkschaft,"
        " das Ergebnis, „fair war der Wahlkampf aber nicht.“"
    )
    briefing = draft(text, "de")
    assert speaker_name(briefing, quote_with(briefing, "mehr erwartet")) == "Bernd Falk"
    assert speaker_name(briefing, quote_with(briefing, "fair war")) == "Bernd Falk"
    assert source_name(briefing, claim_starting(briefing, "„Wir hätten")) == "Bernd Falk"


def test_a_comment_in_the_passive_is_no_saying() -> None:
    # "kommentiert werden" is what is done to it, not who comments
    briefing = draft(
        "Neue Regel\n\nDie Entscheidung des Rates soll am Montag kommentiert werden.", "de"
    )
    assert source_name(briefing, claim_starting(briefing, "Die Entscheidung")) is None


def test_verweist_names_the_body_that_points_to_a_cause() -> None:
    text = (
        "Verspätungen\n\n"
        "Die Stadtwerke Kiel verweisen auf Personalmangel. Auch die Kieler Verkehrsbetriebe"
        " GmbH verweist als Grund für die Ausfälle auf fehlende Fahrer."
    )
    briefing = draft(text, "de")
    assert source_name(briefing, claim_starting(briefing, "Auch die Kieler")) == (
        "Kieler Verkehrsbetriebe GmbH"
    )


# --- throwing something to someone is no reproach ---------------------------------------


def test_warf_zu_is_no_saying_and_leaves_the_pronoun_to_the_next_person() -> None:
    text = (
        "Weltcup\n\n"
        "Lena Brandt gewann am Sonntag die Verfolgung. Nach dem Ziel warf sie ihrer"
        " Trainerin eine Kusshand zu und jubelte. In diese Form würde auch gerne Miriam Holm"
        " kommen. Die Staffel-Weltmeisterin klagt über Rückenschmerzen. „Ich bin nicht"
        " richtig in Form“, sagte sie."
    )
    briefing = draft(text, "de")
    assert source_name(briefing, claim_starting(briefing, "Nach dem Ziel")) is None
    assert speaker_name(briefing, quote_with(briefing, "nicht richtig")) == "Miriam Holm"


def test_warf_vor_is_still_a_reproach() -> None:
    briefing = draft(
        "Streit im Rat\n\nDie Stadträtin Jana Keller warf dem Bürgermeister Untätigkeit vor.",
        "de",
    )
    assert source_name(briefing, claim_starting(briefing, "Die Stadträtin")) == "Jana Keller"


# --- a body compounded with its figures by a hyphen -------------------------------------


def test_nach_hyphenated_angaben_names_the_body() -> None:
    text = (
        "Pünktlichkeit\n\n"
        "Die Nordbahn AG hat ihre Zahlen vorgelegt. Die Quote der pünktlichen Züge lag im"
        " Mai nach Nordbahn-Angaben bei 71 Prozent."
    )
    briefing = draft(text, "de")
    assert source_name(briefing, claim_starting(briefing, "Die Quote")) == "Nordbahn AG"


# --- a person's age set off by commas before an apposition ------------------------------


def test_an_age_between_name_and_apposition_keeps_the_person_the_speaker() -> None:
    text = (
        "Train delays\n\n"
        "Priya Natarajan, 38, a pharmacist at St Mary's Hospital in Leeds, said her train"
        " from Manchester Piccadilly was cancelled twice this week."
    )
    briefing = draft(text, "en")
    assert source_name(briefing, claim_starting(briefing, "Priya")) == "Priya Natarajan"


# --- "according to the health department": a body English names in lowercase -----------


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The last outbreak in the county was in 2016, according to the health department.",
            "health department",
        ),
        (
            "Fares will rise by 4 percent in March, according to the regional transport authority.",
            "regional transport authority",
        ),
    ],
)
def test_according_to_a_body_in_lowercase_names_that_body(sentence: str, body: str) -> None:
    briefing = draft(f"News\n\n{sentence}", "en")
    assert source_name(briefing, briefing.claims[0]) == body


# --- a closing participle clause of saying: "…, expressing concern over …" --------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Hospital managers asked patients to stay away from the emergency ward, expressing"
        " concern over the long queues on Monday.",
        "Hospital managers asked patients to stay away from the emergency ward, urging"
        " them to call a helpline first.",
    ],
)
def test_a_closing_participle_of_saying_rests_on_the_main_subject(sentence: str) -> None:
    briefing = draft(f"Queues\n\n{sentence}", "en")
    assert source_name(briefing, briefing.claims[0]) == "Unnamed Hospital managers"


# --- seeing something the text quotes is a view ----------------------------------------


def test_sieht_before_a_quoted_phrase_is_a_view() -> None:
    text = (
        "Pünktlichkeit\n\n"
        "Der Verband der Pendler ist unzufrieden. Die Vorsitzende Helga Brauer sieht zwar"
        " „erste Fortschritte“, aber noch keine Wende."
    )
    briefing = draft(text, "de")
    assert source_name(briefing, claim_starting(briefing, "Die Vorsitzende")) == "Helga Brauer"


def test_a_participle_after_a_closing_verb_of_saying_keeps_that_verbs_subject() -> None:
    # "blaming" shares the subject of "announced", the board, not the theatre that opens
    text = (
        "Closure\n\n"
        "The Harbour Playhouse will shut in June after 40 years, its trustees announced on"
        " Monday, blaming rising rents."
    )
    briefing = draft(text, "en")
    assert source_name(briefing, briefing.claims[0]) != "Harbour Playhouse"


# --- an expectation in the passive with no one named goes on from the source before ----


def test_an_agentless_passive_of_expecting_carries_the_source_before() -> None:
    text = (
        "Legionellen im Hallenbad\n\n"
        "Das Gesundheitsamt Rastatt schätzt die Gefahr für Badegäste als gering ein. Weitere"
        " Fälle werden derzeit nicht erwartet."
    )
    briefing = draft(text, "de")
    assert source_name(briefing, claim_starting(briefing, "Weitere Fälle")) == (
        "Gesundheitsamt Rastatt"
    )


def test_an_expectation_with_its_agent_is_not_carried() -> None:
    text = (
        "Konzert\n\n"
        "Die Stadt Rastatt teilte mit, das Konzert finde statt. Ein Ansturm wird von den"
        " Veranstaltern nicht erwartet."
    )
    briefing = draft(text, "de")
    assert source_name(briefing, claim_starting(briefing, "Ein Ansturm")) != "Stadt Rastatt"


def test_seeing_reasons_is_a_view() -> None:
    text = (
        "Mieten\n\n"
        "„Die Mieten in den Städten werden weiter steigen“, sagen die Fachleute des"
        " Mieterbunds Nord voraus. Dafür sehen sie mehrere Gründe, vor allem den Zuzug."
    )
    briefing = draft(text, "de")
    assert source_name(briefing, claim_starting(briefing, "Dafür sehen")) == (
        source_name(briefing, claim_starting(briefing, "„Die Mieten"))
    )
    assert source_name(briefing, claim_starting(briefing, "Dafür sehen")) is not None


# --- "hat … nicht ausgeschlossen": someone's refusal to rule out, not a possibility -----


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Landrätin Marion Kehl hat eine Schließung der Klinik nicht ausgeschlossen.", True),
        ("Eine Schließung der Klinik ist nicht ausgeschlossen.", False),
        ("Eine Schließung der Klinik wird nicht ausgeschlossen.", False),
    ],
)
def test_nicht_ausgeschlossen_rests_on_who_did_not_rule_it_out(sentence: str, source: bool) -> None:
    briefing = draft(f"Klinik\n\n{sentence}", "de")
    name = source_name(briefing, briefing.claims[0])
    assert (name == "Marion Kehl") if source else (name is None)
