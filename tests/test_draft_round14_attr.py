"""Round fourteen, speakers, attribution and actors: classes a new user found in two
articles of their own (an interview in questions and answers, a name with a letter German
never writes, a spokeswoman for a body named in lowercase, a report that speaks, a new
plural subject, a closing "hieß es", a group word before an office and a name, a
person's office as an alias, a federal state and a community of interest named as
bodies, a byline's paper with its edition), and "people" in someone's words. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name

from tui.draft.byline import read_byline

# --- an interview in questions and answers ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "answers", "speaker"),
    [
        (
            "Die Fähre nach Norderoog fährt seit Mai nicht mehr. Bürgermeisterin Petra Lund"
            " sagte, man suche einen neuen Betreiber.\n\n"
            "Im Gespräch erläuterte die Meeresbiologin Dr. Ingrid Sjøberg die Lage.\n\n"
            "Frage: Wie schlimm ist der Schaden am Anleger?\n"
            "Antwort: Die Pfähle sind morsch, aber sie tragen noch.\n\n"
            "Frage: Wann kann die Fähre wieder fahren?\n"
            "Antwort: Vor dem Herbst rechne ich nicht damit. Wir müssen erst die Pfähle"
            " tauschen.",
            ["Die Pfähle sind morsch", "Vor dem Herbst rechne ich", "Wir müssen erst"],
            "Ingrid Sjøberg",
        ),
        (
            "The ferry to Carrow Island has not sailed since May. Mayor Ruth Ennis said the"
            " town was looking for a new operator.\n\n"
            "In an interview, the harbour's chief surveyor, Paweł Nowicki, explained the"
            " damage.\n\n"
            "Q: How bad is the pier?\n"
            "A: The piles are rotten but still bear the load. We found cracks in most of"
            " them.\n\n"
            "Q: When will the ferry sail again?\n"
            "A: Not before autumn, I am afraid.",
            ["The piles are rotten", "We found cracks", "Not before autumn"],
            "Paweł Nowicki",
        ),
    ],
)
def test_an_interviews_answers_are_the_interviewees_without_the_prefix(
    text: str, answers: list[str], speaker: str
) -> None:
    # before, the answers rested on no one and kept "A:" / "Antwort:" in the statement
    briefing = draft(text)
    for answer in answers:
        claim = claim_starting(briefing, answer)
        assert source_name(briefing, claim) == speaker
        assert claim.excerpt is not None
        assert not claim.statement.startswith(("A:", "Antwort:"))


def test_a_first_person_paragraph_after_an_answer_goes_on_answering() -> None:
    text = (
        "In an interview, the museum's curator, Nora Quist, explained the move.\n\n"
        "Q: Why close the east wing?\n"
        "A: The roof leaks over the paintings.\n\n"
        "We cannot risk the collection for another winter.\n\n"
        "The city council will vote on the repairs next month."
    )
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, "We cannot risk")) == "Nora Quist"
    later = claim_starting(briefing, "The city council will vote")
    assert source_name(briefing, later) != "Nora Quist"


def test_a_question_is_the_outlets_and_keeps_no_prefix() -> None:
    text = (
        "Im Interview spricht der Hafenmeister Jens Ahlers über den Winter.\n\n"
        "Frage: Herr Ahlers, im Januar lag der Hafen drei Wochen still. Was war los?\n"
        "Antwort: Das Eis war zu dick für unsere Schlepper."
    )
    briefing = draft(text)
    question = claim_starting(briefing, "Herr Ahlers, im Januar")
    assert question.attributed_to is None
    answer = claim_starting(briefing, "Das Eis war zu dick")
    assert source_name(briefing, answer) == "Jens Ahlers"


# --- names and verbs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Am Montag erläuterte der Statiker Dr. Henrik Løvaas die Messwerte.",
            "Henrik Løvaas",
        ),
        ("Vor dem Ausschuss erläuterte die Geologin Agnieszka Wiśniewska die Proben.", None),
    ],
)
def test_a_name_with_a_letter_german_never_writes_is_a_person_who_explains(
    text: str, name: str | None
) -> None:
    # before, the tagger read "Løvaas"-like names as a plural noun and no actor was made
    briefing = draft(text)
    people = [a.name for a in briefing.actors if a.kind.value == "person"]
    assert len(people) == 1
    if name is not None:
        assert people == [name]
    assert source_name(briefing, briefing.claims[0]) == people[0]


# --- a spokeswoman for a body named in lowercase ---------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "A spokeswoman for the regional water authority told the Gazette that supplies"
            " would be cut for a day, adding that tankers would be sent.",
            "regional water authority",
        ),
        (
            "A spokesman for the county fire service said the blaze was under control.",
            "county fire service",
        ),
    ],
)
def test_a_spokesperson_for_a_lowercase_body_names_the_whole_body(text: str, body: str) -> None:
    # before, the role was cut after the first lowercase word ("spokeswoman for the
    # regional") and the sentence rested on no one when a participle clause followed
    briefing = draft(text)
    speaker = source_name(briefing, briefing.claims[0])
    assert speaker is not None
    assert speaker.endswith(body)
    assert body in actor_kinds(briefing)


def test_the_body_named_again_with_one_word_points_back() -> None:
    text = (
        "The Southvale Transit Agency will cut three routes in June. The transport authority"
        " announced the change on Friday."
    )
    briefing = draft(text)
    assert "transport authority" not in actor_kinds(briefing)
    later = claim_starting(briefing, "The transport authority")
    assert source_name(briefing, later) == "Southvale Transit Agency"


# --- a report that speaks ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        (
            "The harbour board ordered a survey of the quay walls in March. The report,"
            ' seen by the Gazette, says the walls "may shift in a storm" and asks for'
            " repairs.",
            "The report, seen by",
            "harbour board",
        ),
        (
            "Die Stadtwerke Nordheim ließen die Leitungen im Frühjahr prüfen. Der Bericht"
            " empfiehlt, die ältesten Rohre bis 2028 zu tauschen.",
            "Der Bericht empfiehlt",
            "Stadtwerke Nordheim",
        ),
    ],
)
def test_a_report_that_speaks_rests_on_the_body_before(text: str, start: str, body: str) -> None:
    # before, the claim and its quotation went to "Unknown speaker" or to no one
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == body
    assert all(q.speaker != "unknown-speaker" for q in briefing.quotes)


# --- a new plural subject, a closing hearsay -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "group"),
    [
        (
            "Vereinschef Jonas Weber sagte, der Platz sei in gutem Zustand. Die Anwohner"
            " argumentieren, die Stadt habe die Lärmregeln gebrochen.",
            "Die Anwohner argumentieren",
            "Anwohner",
        ),
        (
            "Mayor Ann Hill said the road was safe. The residents argue the council ignored"
            " its own rules.",
            "The residents argue",
            "residents",
        ),
    ],
)
def test_a_new_plural_subject_is_a_new_source(text: str, start: str, group: str) -> None:
    # before, the claim went on with the person named in the sentence before
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == f"Unnamed {group}"


@pytest.mark.parametrize(
    ("text", "start", "source"),
    [
        (
            "Ein Sprecher des Wasserverbands warnte vor Engpässen. Die Kunden müssten mit"
            " längeren Sperrzeiten rechnen, hieß es.",
            "Die Kunden müssten",
            "Sprecher des Wasserverbands",
        ),
        (
            "A spokesman for the Lakeside Trust warned of delays. Visitors would face long"
            " queues at the gates, it was said.",
            "Visitors would face",
            "spokesman for the Lakeside Trust",
        ),
    ],
)
def test_a_closing_hearsay_goes_on_with_the_source_before(
    text: str, start: str, source: str
) -> None:
    # before, the sentence's subject ("Die Kunden") was made its source
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == source


# --- actors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Opposition councillor Mara Quinn called the budget a gamble.",
        "Opposition leader Tom Hart said the plan was a mistake.",
    ],
)
def test_a_group_word_before_an_office_and_a_name_is_a_label(text: str) -> None:
    briefing = draft(text)
    assert not any(a.kind.value == "group" for a in briefing.actors)
    assert [a.kind.value for a in briefing.actors] == ["person"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Vorsitzende des Mieterbunds, Anna-Lena Roth, sprach von einem „schweren Tag“.",
        "Der Sprecher des Vereins, Tim Kraus, sagte, man sei enttäuscht.",
    ],
)
def test_a_persons_office_is_no_alias(text: str) -> None:
    briefing = draft(text)
    person = next(a for a in briefing.actors if a.kind.value == "person")
    assert person.role is not None
    assert person.role not in [alias.name for alias in person.aliases]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Laut dpa prüft das Land Brandenburg bereits neue Hilfen für Bauern.", "Land Brandenburg"),
        ("Das Land Hessen zahlt die Hälfte der Kosten.", "Land Hessen"),
        (
            "Das Gericht entscheidet über einen Antrag der Händlergemeinschaft Altstadt.",
            "Händlergemeinschaft Altstadt",
        ),
        ("Die Bürgerinitiative Südufer sammelte Unterschriften.", "Bürgerinitiative Südufer"),
    ],
)
def test_a_state_and_a_community_named_after_their_kind_are_bodies(text: str, body: str) -> None:
    assert actor_kinds(draft(text)).get(body) == "organisation"


@pytest.mark.parametrize(
    "text",
    ["Im Land Hessen regnet es seit Tagen.", "Die Initiative Frankreichs scheiterte am Montag."],
)
def test_a_state_as_a_place_and_a_plain_initiative_are_no_such_body(text: str) -> None:
    names = actor_kinds(draft(text))
    assert "Land Hessen" not in names
    assert "Initiative Frankreichs" not in names


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Von Jonas Brandt, Weserkurier Nord, 3. Dezember 2026", "Weserkurier Nord"),
        ("Von Anna Roth, Abendblatt Harburg, 2. Mai 2026", "Abendblatt Harburg"),
    ],
)
def test_a_bylines_paper_keeps_its_edition(line: str, outlet: str) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert byline.outlet == outlet
    assert byline.published is not None


@pytest.mark.parametrize(
    "text",
    [
        '"People are being asked to save water," said the firm\'s head, Dana Hill.',
        "„Die Leute kommen nicht mehr zu uns“, sagte die Wirtin Anna Roth.",
    ],
)
def test_people_in_someones_words_are_no_group(text: str) -> None:
    assert not any(a.kind.value == "group" for a in draft(text).actors)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ('"People in Harwick have walked over it for years," said Ann Blake.', "People in Harwick"),
        ("People in Harwick say the bridge is unsafe.", "People in Harwick"),
    ],
)
def test_people_of_a_place_are_a_group_with_the_place(text: str, group: str) -> None:
    briefing = draft(text)
    groups = [a for a in briefing.actors if a.kind.value == "group"]
    assert [alias.name for g in groups for alias in g.aliases] == [group]


# --- world regions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Der Hersteller liefert Impfstoff für Europa.", "Most of the grain is shipped to Asia."],
)
def test_a_region_named_as_a_market_or_destination_is_no_actor(text: str) -> None:
    # before, "Europe" and "Asia" were groups wherever they were named
    assert draft(text).actors == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The deal could still collapse, Bloomberg Asia reported.", "Bloomberg"),
        ("Die Einigung könnte noch scheitern, berichtete Politico Europe.", "Politico"),
    ],
)
def test_a_region_after_an_outlet_is_its_edition(text: str, outlet: str) -> None:
    # before, the region was a group and the claim rested on it
    briefing = draft(text)
    assert [a.name for a in briefing.actors] == [outlet]
    assert source_name(briefing, briefing.claims[0]) == outlet


@pytest.mark.parametrize(
    "text",
    ["Europe must act now, the minister said.", "Die Preise für Europas Landwirte steigen."],
)
def test_a_region_that_acts_or_owns_stays(text: str) -> None:
    assert "Europe" in actor_kinds(draft(text))


# --- one word of the speaker's own -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        (
            'A school spokeswoman told the Gazette that it was still its "plan" to close the pool.',
            "plan",
            "school spokeswoman",
        ),
        ('The club said the pitch was "unplayable" after the storm.', "unplayable", "club"),
    ],
)
def test_one_quoted_word_after_a_verb_of_saying_is_the_speakers(
    text: str, word: str, speaker: str
) -> None:
    # before, a single quoted noun in reported speech was a term with no speaker
    briefing = draft(text)
    quote = next(q for q in briefing.quotes if q.text == word)
    assert {a.id: a.name for a in briefing.actors}[quote.speaker] == speaker


@pytest.mark.parametrize(
    "text",
    ['The minister called the vote "historic" on Monday.', 'The so-called "tax" was dropped.'],
)
def test_one_quoted_word_after_a_verb_of_naming_stays_a_label(text: str) -> None:
    assert draft(text).quotes == []


# --- a role owned with "von", plurals of things ------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "role"),
    [
        (
            "Das ging so lange, bis der Anwalt von Lenas Mutter einen Antrag stellte. Das habe"
            " nichts mit dem Fall zu tun.",
            "Das habe nichts",
            "Anwalt von Lenas Mutter",
        ),
        (
            "Ein Sprecher von Siemens sagte, die Zahlen seien gut.",
            "Ein Sprecher von Siemens",
            "Sprecher von Siemens",
        ),
    ],
)
def test_a_role_owned_with_von_keeps_its_owner(text: str, start: str, role: str) -> None:
    # before, the role was "Anwalt" or "Sprecher" alone
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, start)) == role


@pytest.mark.parametrize(
    "text",
    [
        "Für drei der Fälle ist der Hund laut DNA-Untersuchungen verantwortlich.",
        "Laut Messungen ist das Wasser im See sauber.",
        "Betriebsbedingte Kündigungen schließt die Firma aus.",
    ],
)
def test_a_plural_of_things_is_no_source(text: str) -> None:
    # before, "DNA-Untersuchungen", "Messungen", "Kündigungen" were groups that spoke
    briefing = draft(text)
    assert briefing.claims[0].attributed_to is None
    assert not any(a.kind.value == "group" for a in briefing.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Demand is still growing, the chief executive told investors.",
        "The mayor told local residents the road would reopen in May.",
    ],
)
def test_a_group_told_something_is_no_actor(text: str) -> None:
    # before, the listeners were a group actor
    assert not any(a.kind.value == "group" for a in draft(text).actors)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("57 Abgeordnete stimmten für den Antrag, 12 dagegen.", "Abgeordnete"),
        ("Für das Gesetz stimmten 312 Abgeordnete, 201 votierten dagegen.", "Abgeordnete"),
        ("Viele Erkrankte warten seit Wochen auf einen Termin.", "Erkrankte"),
        ("Der Verein teilte mit, mehrere Angehörige hätten Anzeige erstattet.", "Angehörige"),
    ],
)
def test_a_counted_plural_of_an_adjective_as_noun_is_a_group(text: str, group: str) -> None:
    # before, "Abgeordnete", "Erkrankte", "Angehörige" were no actor (the list lacked them)
    assert actor_kinds(draft(text)).get(f"Unnamed {group}") == "group"


def test_one_member_by_the_same_noun_is_no_group() -> None:
    briefing = draft("Der Abgeordnete Jens Kahl sagte, der Plan sei gut.")
    assert not any(a.kind.value == "group" for a in briefing.actors)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Im Gespräch erläuterte der Statiker Dr. Henrik Løvaas die Befunde.",
            "Henrik Løvaas",
            "Statiker",
        ),
        ("Am Montag erklärte die Geologin Dr. Maren Holt die Messwerte.", "Maren Holt", "Geologin"),
        ("Prof. Dr. Anna Berg sagte, die Werte seien gut.", "Anna Berg", None),
    ],
)
def test_an_academic_title_is_neither_name_nor_office(
    text: str, name: str, role: str | None
) -> None:
    # before, "Dr." cut the run: the office before it was lost
    person = next(a for a in draft(text).actors if a.kind.value == "person")
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "later", "body"),
    [
        (
            "Das Gericht prüft einen Antrag der Händlergemeinschaft Altstadt. Die Stadt weist"
            " die Vorwürfe zurück.",
            "Die Stadt weist",
            "Stadt",
        ),
        (
            "Das Gericht prüft einen Antrag der Händlergemeinschaft Altstadt. Die"
            " Händlergemeinschaft kündigte Widerstand an.",
            "Die Händlergemeinschaft",
            "Händlergemeinschaft Altstadt",
        ),
    ],
)
def test_the_town_is_not_the_community_named_after_its_quarter(
    text: str, later: str, body: str
) -> None:
    briefing = draft(text)
    assert source_name(briefing, claim_starting(briefing, later)) == body
