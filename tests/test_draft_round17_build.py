"""Round seventeen, build: misses a new user found in two drafts of their own (a hedge
word after an article, an office named with its body, an alias equal to the name, a
source named as a report's author, "laut" with an office and a name) and leftovers of
the real set Q. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting, draft, read_figures, source_name

from tui.draft.figures import find_figures

# --- a hedge word between an article and the number ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Verband hatte die rund 4.500 Mitglieder zur Abstimmung geladen.", "de"),
        ("Die Stadt lud die etwa 300 Anwohner zu einer Versammlung ein.", "de"),
        ("The club wrote to its roughly 900 members on Friday.", "en"),
        ("Organisers said the some 250 volunteers had left.", "en"),
    ],
)
def test_a_hedge_after_an_article_makes_the_figure_approximate(
    sentence: str, language: str
) -> None:
    figures = find_figures(sentence, language)
    assert len(figures) == 1
    assert figures[0].approximate


def test_an_article_before_a_bare_number_is_still_no_count() -> None:
    assert read_figures("Die beiden Länder einigten sich.", "de") == []
    assert read_figures("The two countries agreed on a deal.", "en") == []


# --- an office named with its body, an alias equal to the name -----------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Bridge plan shelved\n\n"
            '"We will look at it again next year," said council leader Helen Garvey.',
            "Helen Garvey",
            "council leader",
        ),
        (
            "Strike talks\n\n"
            "The walkout will go ahead, union spokesman Colin Marsh told reporters.",
            "Colin Marsh",
            "union spokesman",
        ),
    ],
)
def test_a_lowercase_office_keeps_the_body_before_it(text: str, name: str, role: str) -> None:
    briefing = draft(text)
    person = next(a for a in briefing.actors if a.name == name)
    assert person.role == role


def test_no_named_actor_has_an_alias_equal_to_its_name() -> None:
    """An anonymous actor keeps the text's words as an alias even when they are its name:
    its name is a label a merge drops (docs/format.md), the alias keeps what was said."""
    briefing = draft(
        "Ferry timetable\n\n"
        "A spokeswoman for the harbour board said the ferries would run again on Monday."
        " The harbour board also said fares would stay the same."
    )
    for actor in briefing.actors:
        if not actor.anonymous:
            assert all(alias.name != actor.name for alias in actor.aliases)


# --- a body named by its field and kind, after another body --------------------------


def test_a_field_and_kind_names_a_body_of_its_own() -> None:
    # before, "the health authority" pointed back at the county council named first
    briefing = draft(
        "Clinic to close\n\n"
        "The Westmoor county council voted on Monday to sell the old clinic building.\n\n"
        "Waiting times could fall by a third, according to a study by the health authority.\n\n"
        "A spokeswoman for the health authority said the new clinic would open in spring."
    )
    names = {a.id: a.name for a in briefing.actors}
    claim = claim_starting(briefing, "Waiting times")
    assert source_name(briefing, claim) == "health authority"
    later = claim_starting(briefing, "A spokeswoman")
    assert "Westmoor county council" not in [names[a] for a in later.actors]


# --- "laut" with an office compound and a name ---------------------------------------


def test_laut_an_office_compound_and_a_name_is_the_person() -> None:
    briefing = draft(
        "Streit um Fähre\n\n"
        "Die Reederei Nordlicht hat den Fahrplan gekürzt. Laut Nordlicht-Sprecherin Maren"
        " Ohlsen könnten im Winter weitere Fahrten ausfallen."
    )
    claim = claim_starting(briefing, "Laut Nordlicht-Sprecherin")
    assert source_name(briefing, claim) == "Maren Ohlsen"


# --- "Darüber informierte X": what the sentence before told --------------------------


def test_darueber_informierte_attributes_the_sentence_before_only() -> None:
    briefing = draft(
        "Prozess vertagt\n\n"
        "Der Prozess gegen den Wirt begann am Dienstag. Die Zeugen waren geladen."
        " Doch zu einer Aussage kam es nicht mehr, weil der Verteidiger erkrankt war."
        " Darüber informierte Richterin Anke Vollmer."
    )
    told = claim_starting(briefing, "Doch zu einer Aussage")
    assert source_name(briefing, told) == "Anke Vollmer"
    before = claim_starting(briefing, "Die Zeugen waren")
    assert before.attributed_to is None


# --- a "dass" clause as the subject: "er" is the main clause's person ----------------


def test_er_after_a_that_clause_is_the_main_clauses_person() -> None:
    briefing = draft(
        "Streit im Kreistag\n\n"
        "Dass der Grünen-Sprecher die Landräte als „Totengräber der Dörfer“ bezeichnete,"
        " brachte den Bürgermeister und CDU-Abgeordneten Hans Weigl in Rage. Die Worte"
        " seien „eine bodenlose Frechheit“, sagte er."
    )
    claim = claim_starting(briefing, "Die Worte seien")
    assert source_name(briefing, claim) == "Hans Weigl"
    names = {a.id: a.name for a in briefing.actors}
    quote = next(q for q in briefing.quotes if "Frechheit" in q.text)
    assert names[quote.speaker] == "Hans Weigl"


# --- "reports said": unnamed media, one with the "Korean media" named later ----------


def test_bare_reports_are_unnamed_media_merged_with_the_nations_media() -> None:
    briefing = draft(
        "Envoy leaves\n\n"
        "The ambassador left Seoul on Monday after a row over fishing rights, reports said.\n\n"
        "He had been called home for talks with the minister, they said.\n\n"
        "The ministry has denied any protest was meant, Korean media reported."
    )
    media = [a for a in briefing.actors if a.kind.value == "media"]
    assert len(media) == 1
    assert "Korean media" in [alias.name for alias in media[0].aliases]
    for start in ("The ambassador left", "He had been called"):
        assert claim_starting(briefing, start).attributed_to == media[0].id
