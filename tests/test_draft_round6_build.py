"""Assembling the draft on real copy: bylines, bodies named by their kind, lone names
beside verbs of saying, roles named before a person, closing reports in the plural,
plural pronouns, quotations whose speaker is named around them, and the notes a user
reads. Two or more sentences of each class.

Texts are short and written for these tests (people and events invented).
"""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting as _claim
from draft_helpers import draft as _draft
from draft_helpers import source_name as _source_name

from tui.draft.build import draft_briefing
from tui.draft.paragraphs import split_blocks
from tui.draft.source import ArticleText
from tui.model import Briefing


def _names(briefing: Briefing) -> dict[str, str]:
    return {a.id: a.name for a in briefing.actors}


def _speakers(briefing: Briefing) -> list[str]:
    names = _names(briefing)
    return [names[q.speaker] for q in briefing.quotes]


# --- bylines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Storm damage in the north\n\nBy Clara Voss\nThe storm felled hundreds of trees overnight.",
        "Neue Brücke eröffnet\n\nVon Jonas Albers\nDie Brücke über den Kanal ist seit Montag frei.",
        "Budget row\n\nBy Ruth Adler and Sam Pike\nThe council delayed its budget vote again.",
    ],
)
def test_a_byline_above_the_text_is_a_heading_not_a_claim(text: str) -> None:
    layout = split_blocks(text)
    assert [b.text.split()[0] for b in layout.headings][-1] in ("By", "Von")
    briefing = _draft(text)
    assert not any(c.statement.startswith(("By ", "Von ")) for c in briefing.claims)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Ein Gastbeitrag von Miriam Lenz\n\nWir müssen die Innenstädte neu denken. Die"
            " Politik sollte endlich handeln.",
            "Miriam Lenz",
        ),
        (
            "Opinion by Daniel Hart\n\nWe should stop pretending the rail network can cope."
            " Ministers must fund repairs now.",
            "Daniel Hart",
        ),
    ],
)
def test_an_op_ed_writer_holds_the_plain_sentences(text: str, author: str) -> None:
    briefing = _draft(text)
    assert {_source_name(briefing, c) for c in briefing.claims} == {author}


# --- a body named by its kind alone ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Behörde teilte am Montag mit, die Straße bleibe bis Freitag gesperrt.",
        "Der Konzern kündigte an, im Herbst zwei Werke zu schließen.",
    ],
)
def test_a_kind_of_body_with_nothing_named_before_is_no_actor(text: str) -> None:
    assert [a.name for a in _draft(text, "de").actors] == []


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "Das Landesamt für Umwelt maß am Wochenende hohe Ozonwerte. Die Behörde riet"
            " Älteren, draußen Sport zu meiden.",
            "Die Behörde",
            "Landesamt für Umwelt",
        ),
        (
            "Der Autobauer Kestrel meldete einen Verlust. Der Konzern teilte mit, man werde"
            " 800 Stellen streichen.",
            "Der Konzern",
            "Autobauer Kestrel",
        ),
    ],
)
def test_a_kind_of_body_points_back_at_the_body_named_before(
    text: str, start: str, body: str
) -> None:
    briefing = _draft(text, "de")
    assert _source_name(briefing, _claim(briefing, start)) == body
    assert len([a for a in briefing.actors if a.kind.value == "organisation"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Die russische Armee soll mehrere Dörfer beschossen haben.",
        "Das Gericht in Lübeck wies die Klage am Dienstag ab.",
    ],
)
def test_a_kind_of_body_with_an_adjective_or_a_place_names_a_body(text: str) -> None:
    assert any(a.kind.value == "organisation" for a in _draft(text, "de").actors)


# --- a lone name beside a verb of saying -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ScotRail said it would run extra trains on Saturday.",
        "EuroWings said the delays would last until Monday.",
        "In Schwerin sagte die Ministerin, der Plan stehe.",
        "Aus Kiel sagte ein Sprecher, die Fähre fahre wieder.",
    ],
)
def test_no_person_from_part_of_a_word_or_a_place(text: str) -> None:
    briefing = _draft(text)
    assert not any(
        a.kind.value == "person"
        and " " not in a.name
        and a.name in ("Rail", "Wings", "Schwerin", "Kiel")
        for a in briefing.actors
    )


# --- a role named before the person ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "A federal judge blocked the new rules on Tuesday. Judge Helen Marsh said the"
            " agency had overstepped its powers.",
            "Helen Marsh",
        ),
        (
            "A senior detective appealed for witnesses on Friday. Detective Inspector Mark"
            " Bell said the attack was unprovoked.",
            "Mark Bell",
        ),
    ],
)
def test_a_role_before_the_person_is_that_person(text: str, person: str) -> None:
    briefing = _draft(text, "en")
    people = [a.name for a in briefing.actors if a.kind.value == "person"]
    assert people == [person]
    assert briefing.claims[0].actors == [briefing.actors[0].id] or person in people


# --- closing reports in the plural ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Der Hafen bleibt bis Mittwoch geschlossen. Das melden die „Lübecker Nachrichten“.",
            "Lübecker Nachrichten",
        ),
        (
            "Die Preise für Butter steigen weiter. Das berichten die „Kieler Nachrichten“.",
            "Kieler Nachrichten",
        ),
    ],
)
def test_a_plural_closing_report_attributes_the_sentence_before(text: str, source: str) -> None:
    briefing = _draft(text, "de")
    assert _source_name(briefing, briefing.claims[0]) == source


# --- body anaphors and plural pronouns -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "The Harwick Borough Council approved the plan on Monday. The council said it"
            " would save money.",
            "The council",
            "Harwick Borough Council",
        ),
        (
            "Die Lufthansa strich am Freitag 200 Flüge. Die Fluggesellschaft sagte, der"
            " Streik koste Millionen.",
            "Die Fluggesellschaft",
            "Lufthansa",
        ),
    ],
)
def test_a_body_named_by_what_it_is_points_back(text: str, start: str, body: str) -> None:
    briefing = _draft(text)
    assert _source_name(briefing, _claim(briefing, start)) == body


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Mehrere Ökonomen widersprachen Finanzminister Lars Kühn deutlich. Sie erklärten,"
            " die Steuer schade dem Mittelstand.",
            "Sie erklärten",
        ),
        (
            "Viele Ärzte kritisierten Ministerin Jana Roth scharf. Die Reform komme zu spät,"
            " betonten sie.",
            "Die Reform",
        ),
    ],
)
def test_a_plural_pronoun_goes_to_the_group_not_the_person(text: str, start: str) -> None:
    briefing = _draft(text, "de")
    source = _source_name(briefing, _claim(briefing, start))
    assert source is not None and source.startswith("Unnamed")


# --- quotations whose speaker is named around them --------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ministerin Eva Lang besuchte am Morgen die Baustelle. „Wir werden hier bis Ende"
            " des Jahres fertig sein.“",
            "Eva Lang",
        ),
        (
            "Coach Tara Quinn watched from the stands. “We have never defended this badly in"
            " a final.”",
            "Tara Quinn",
        ),
    ],
)
def test_a_quotation_after_a_named_person_is_theirs(text: str, speaker: str) -> None:
    assert _speakers(_draft(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Das ist ein schwarzer Tag für die Stadt und ihre Bürger.“ Mit diesen Worten"
            " reagierte Bürgermeister Tom Ackermann auf die Schließung.",
            "Tom Ackermann",
        ),
        (
            "“This ruling sets us back by a decade at least.” That was the verdict of"
            " campaigner Rosa Fenn after the hearing.",
            "Rosa Fenn",
        ),
    ],
)
def test_a_sentence_after_the_quotation_names_its_speaker(text: str, speaker: str) -> None:
    briefing = _draft(text)
    assert _speakers(briefing) == [speaker]
    assert _source_name(briefing, briefing.claims[0]) == speaker
    assert "Unknown speaker" not in _names(briefing).values()


def test_a_quotation_with_no_speaker_anywhere_stays_reviewable() -> None:
    briefing = _draft("“Nobody saw this coming, and nobody was ready for it.”", "en")
    assert _speakers(briefing) == ["Unknown speaker"]


# --- notes a user reads ---------------------------------------------------------------


def test_quote_notes_use_the_drafts_quotation_marks_and_ask_for_translation_only_abroad() -> None:
    english = _draft(
        "“We will rebuild the pier before summer comes,” said harbour master Ian Cole.", "en"
    )
    german = _draft(
        "„Wir bauen die Mole bis zum Sommer wieder auf“, sagte Ministerin Eva Lang.", "de"
    )
    assert "\N{LEFT DOUBLE QUOTATION MARK}" in english.quotes[0].note
    assert "translation" not in english.quotes[0].note
    assert "„" in german.quotes[0].note and "translation" in german.quotes[0].note


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "LONDON (Reuters) - The central bank held rates on Thursday, the Guardian reported.",
            "Reuters",
        ),
        (
            "BERLIN (dpa) - Die Bahn erhöht die Preise, wie der „Spiegel“ berichtet.",
            "dpa",
        ),
    ],
)
def test_the_publishing_outlet_is_no_cited_source(text: str, outlet: str) -> None:
    briefing = draft_briefing(ArticleText(text=text, origin="t.txt", outlet=outlet))
    cited = {s.outlet for s in briefing.sources if s.id != "article"}
    assert outlet not in cited and cited
    assert all(len(c.sources) <= 2 for c in briefing.claims)


@pytest.mark.parametrize(
    ("text", "start", "person"),
    [
        (
            "Lena Frost looked tired but relieved. At the launch, the chief executive said"
            " sales had doubled.",
            "At the launch",
            "Lena Frost",
        ),
        (
            "Kommissarin Ina Wendt war vor Ort. Die Ermittlerin sagte, es gebe noch keine Spur.",
            "Die Ermittlerin",
            "Ina Wendt",
        ),
    ],
)
def test_a_definite_role_after_one_named_person_is_that_person(
    text: str, start: str, person: str
) -> None:
    briefing = _draft(text)
    assert _source_name(briefing, _claim(briefing, start)) == person


def test_a_role_with_an_indefinite_article_is_someone_else() -> None:
    briefing = _draft(
        "Minister Jo Park met the union on Monday. A union spokesman said the talks had failed.",
        "en",
    )
    assert _source_name(briefing, _claim(briefing, "A union")) != "Jo Park"


@pytest.mark.parametrize(
    ("text", "start", "person"),
    [
        (
            "Die Anwältin der Klägerin, Sara Moll, zeigte sich zufrieden. Der Anwalt der"
            " Stadt sagte, man prüfe eine Berufung.",
            "Der Anwalt",
            "Sara Moll",
        ),
        (
            "Coach Tara Quinn praised her players. The coach of the visitors said the"
            " referee had cost them the match.",
            "The coach",
            "Tara Quinn",
        ),
    ],
)
def test_a_definite_role_the_sentence_before_gave_someone_is_another_person(
    text: str, start: str, person: str
) -> None:
    briefing = _draft(text)
    assert _source_name(briefing, _claim(briefing, start)) != person


@pytest.mark.parametrize(
    ("text", "language", "mark"),
    [
        ("The merger may collapse before the summer, analysts in London think.", "en", "“"),
        ("The striker could miss the final after a knee injury in training.", "en", "“"),
        ("Die Fusion könnte noch vor dem Sommer scheitern, heißt es in Berlin.", "de", "„"),
    ],
)
def test_claim_notes_quote_cues_in_the_drafts_marks(text: str, language: str, mark: str) -> None:
    note = _draft(text, language).claims[0].note or ""
    assert mark in note
    assert ("„" in note) == (language == "de")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Several economists criticised Chancellor Rachel Reeves on Monday. They said the"
            " tax would hurt small firms.",
            "They said",
        ),
        (
            "Local residents met Mayor Tom Hale at the town hall. The road is unsafe for"
            " children, they warned.",
            "The road",
        ),
    ],
)
def test_they_said_goes_to_the_group_not_the_person(text: str, start: str) -> None:
    briefing = _draft(text, "en")
    source = _source_name(briefing, _claim(briefing, start))
    assert source is not None and source.startswith("Unnamed")
