"""A near match that changes a number, a negation or a name is ``differs``, not similar.

The pages and excerpts here are written for these tests; each differs case says what must
be named as different, each negative case a change that must not count.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tui.fetch import QuoteCheck, check_quotes
from tui.fetch.quotes import check_text, name_words
from tui.loader import load_briefing

DE_PAGE = (
    "Nach Angaben des Verteidigungsministeriums sollen rund 10.000 Soldaten an die Grenze"
    " verlegt werden. Die Kosten lägen \u2013 so das Ministerium \u2013 bei 1,5 Millionen Euro"
    " am Tag. Bundeskanzler Scholz"
    " sagte am Abend, die Regierung werde die Hilfen für die Ukraine nicht kürzen. Am"
    " 3. Oktober solle der Ausschuss erneut beraten, der Sprecher nannte aber keine"
    " weiteren Einzelheiten."
)
EN_PAGE = (
    "Port officials said roughly 7 ships had left the harbour by Tuesday evening, carrying"
    " 20,000 tonnes of grain. The minister, Anna Smith, said the agreement isn't final and"
    " that the talks would continue in Geneva next week. Nobody from the opposition attended."
)
NAMES = name_words(["Olaf Scholz", "Friedrich Merz", "Anna Smith"])


def de(needle: str, **kwargs: Any) -> QuoteCheck:
    return check_text(needle, DE_PAGE, language="de", names=NAMES, **kwargs)


def en(needle: str, **kwargs: Any) -> QuoteCheck:
    return check_text(needle, EN_PAGE, language="en", names=NAMES, **kwargs)


def assert_differs(check: QuoteCheck, *what: str, page: str) -> None:
    assert check.result == "differs", (check.result, check.difference)
    assert check.difference is not None
    for part in what:
        assert part in check.difference, check.difference
    assert check.passage is not None and check.passage in page  # the page's own words


# --- numbers ------------------------------------------------------------------------------


def test_a_changed_figure_differs_and_says_which():
    check = de("sollen rund 20.000 Soldaten an die Grenze verlegt werden")
    assert_differs(check, "20.000 → 10.000", page=DE_PAGE)
    assert "10.000 Soldaten" in check.passage
    assert check.score >= 85  # it used to read as a near match


def test_a_changed_figure_in_a_short_excerpt_differs():
    check = de("sollen rund 20.000 Soldaten")
    assert_differs(check, "20.000 → 10.000", page=DE_PAGE)


@pytest.mark.parametrize(
    "needle",
    [
        "sollen rund 10000 Soldaten an die Grenze verlegt werden",
        "sollen rund 10,000 Soldaten an die Grenze verlegt werden",
        "sollen rund 10\u202f000 Soldaten an die Grenze verlegt werden",
        "sollen rund 10 000 Soldaten an die Grenze verlegt werden",
    ],
)
def test_the_same_figure_written_otherwise_is_found(needle: str):
    """Only the writing of the number differs (its digits are the same): the excerpt is
    on the page, as "found" says."""
    check = de(needle)
    assert check.result == "found" and check.difference is None


def test_a_number_in_words_against_digits_is_similar_not_found():
    check = en("officials said roughly seven ships had left the harbour")
    assert check.result == "similar" and check.difference is None


def test_decimal_commas_and_points_are_the_same_number():
    assert de("so das Ministerium - bei 1.5 Millionen Euro am Tag").result == "found"
    check = de("so das Ministerium - bei 2,5 Millionen Euro am Tag")
    assert_differs(check, "2,5 Millionen → 1,5 Millionen", page=DE_PAGE)
    check = de("so das Ministerium - bei 1,5 Milliarden Euro am Tag")
    assert_differs(check, "1,5 Milliarden → 1,5 Millionen", page=DE_PAGE)


def test_a_changed_date_differs():
    check = de("Am 4. Oktober solle der Ausschuss erneut beraten")
    assert_differs(check, "4 → 3", page=DE_PAGE)


def test_english_numbers_in_words_and_with_separators():
    assert_differs(
        en("officials said roughly eight ships had left the harbour"), "eight → 7", page=EN_PAGE
    )
    assert_differs(en("officials said roughly 9 ships had left the harbour"), "9 → 7", page=EN_PAGE)
    assert en("carrying 20.000 tonnes of grain, the minister said").result != "differs"
    assert_differs(en("evening, carrying 30,000 tonnes of grain"), "30,000 → 20,000", page=EN_PAGE)


# --- negations ----------------------------------------------------------------------------


def test_a_dropped_nicht_differs():
    check = de("die Regierung werde die Hilfen für die Ukraine kürzen")
    assert_differs(check, 'negation "nicht" on the page, not in the excerpt', page=DE_PAGE)
    assert "nicht kürzen" in check.passage


def test_an_added_nicht_differs():
    check = de("sollen rund 10.000 Soldaten nicht an die Grenze verlegt werden")
    assert_differs(check, 'negation "nicht" missing on the page', page=DE_PAGE)


def test_keine_against_einige_differs():
    check = de("der Sprecher nannte aber einige weitere Einzelheiten")
    assert_differs(check, 'negation "keine"', page=DE_PAGE)


def test_a_dropped_contraction_differs():
    check = en("said the agreement is final and that the talks would continue")
    assert_differs(check, 'negation "isn\'t" on the page, not in the excerpt', page=EN_PAGE)


def test_an_added_not_differs():
    check = en("the talks would not continue in Geneva next week")
    assert_differs(check, 'negation "not" missing on the page', page=EN_PAGE)


def test_a_contraction_spelt_out_is_no_difference():
    assert en("said the agreement is not final and that the talks would continue").result == (
        "similar"
    )


# --- names --------------------------------------------------------------------------------


def test_a_changed_name_differs_in_german_when_the_briefing_names_it():
    check = de("Bundeskanzler Merz sagte am Abend, die Regierung werde die Hilfen nicht kürzen")
    assert_differs(check, 'name "Merz" → "Scholz"', page=DE_PAGE)


def test_in_german_an_unknown_capitalised_word_is_not_a_name():
    # Every German noun is capitalised: without the briefing naming it, "Merz" could be
    # any noun, and a changed noun is not a changed name.
    needle = (
        "Bundeskanzler Merz sagte am Abend, die Regierung werde die Hilfen für die Ukraine"
        " nicht kürzen"
    )
    assert check_text(needle, DE_PAGE, language="de").result == "similar"
    assert de(needle).result == "differs"  # the briefing names Merz and Scholz
    assert de("Bundeskanzler Scholz sagte am Abend, die Koalition werde").result != "differs"


def test_a_changed_name_differs_in_english_by_its_capital():
    check = check_text("The minister, Anna Jones, said the agreement", EN_PAGE, language="en-GB")
    assert_differs(check, 'name "Jones" → "Smith"', page=EN_PAGE)
    check = check_text("the talks would continue in Vienna next week", EN_PAGE, language="en")
    assert_differs(check, 'name "Vienna" → "Geneva"', page=EN_PAGE)


def test_without_a_language_only_known_names_count():
    needle = "the talks would continue in Vienna next week"
    assert check_text(needle, EN_PAGE).result == "similar"
    needle = "The minister, Anna Jones, said the agreement"
    assert check_text(needle, EN_PAGE).result == "similar"
    # The briefing knows "Smith": replaced by another capitalised word, it is a change.
    check = check_text(needle, EN_PAGE, names=NAMES)
    assert_differs(check, 'name "Jones" → "Smith"', page=EN_PAGE)
    other = EN_PAGE.replace("Smith", "Jones")
    check = check_text("The minister, Anna Smith, said the agreement", other, names=NAMES)
    assert_differs(check, 'name "Smith" → "Jones"', page=other)


def test_a_pronoun_for_a_name_is_vaguer_not_different():
    assert de("sagte am Abend, sie werde die Hilfen für die Ukraine nicht kürzen").result != (
        "differs"
    )
    assert en("The minister, she said the agreement isn't final").result != "differs"


# --- what must not count ------------------------------------------------------------------


@pytest.mark.parametrize(
    "needle",
    [
        # typographic quotes, dashes and whitespace
        "\u201eBundeskanzler Scholz sagte am Abend, die Regierung werde die Hilfen"
        " f\u00fcr die Ukraine nicht k\u00fcrzen\u201c",
        "Die Kosten l\u00e4gen \u2014 so das Ministerium - bei 1,5 Millionen Euro",
        "sollen  rund\n10.000   Soldaten an die Grenze verlegt werden",
        # an omission marked with "…", the words left out holding a number and a negation
        "sollen rund 10.000 Soldaten \u2026 der Sprecher nannte aber keine weiteren Einzelheiten",
        "bei 1,5 Millionen Euro [...] die Hilfen für die Ukraine nicht kürzen",
    ],
)
def test_found_stays_found(needle: str):
    assert de(needle).result == "found"


@pytest.mark.parametrize(
    "needle",
    [
        # a changed article or ending
        "die Regierung werde der Hilfen für die Ukraine nicht kürzen",
        "die Regierung werde die Hilfe für die Ukraine nicht kürzen",
        # a dropped adjective
        "der Sprecher nannte aber keine Einzelheiten",
        # a typo and a quotation mark in the middle
        "Bundeskanzler Scholz sagte am Abned, \u201edie Regierung werde die Hilfen nicht kürzen",
        # an omission (the words left out hold a number) with a changed ending in a part
        "Bundeskanzler Scholz sagte am Abend, die Regierung … Hilfe für die Ukraine nicht kürzen",
        "Die Kosten lägen … 1,5 Millionen Euro am Tag. Bundeskanzler Scholz sagt am Abend",
    ],
)
def test_similar_stays_similar_in_german(needle: str):
    check = de(needle)
    assert check.result == "similar", check.difference
    # Only plain words may be named: no number, negation or name.
    assert check.difference is None or check.difference.startswith("words "), check.difference


@pytest.mark.parametrize(
    "needle",
    [
        "The minister, Anna Smith, said a agreement isn't final",
        "the minister said the agreement isn't final and that the talks would continue",
        "said the agreement isn\u2019t final and that talks would continue in Geneva next week",
        "Port officials said roughly 7 ship had left the harbour by Tuesday evening",
    ],
)
def test_similar_stays_similar_in_english(needle: str):
    check = en(needle)
    assert check.result == "similar", check.difference


def test_below_the_similar_score_a_well_aligned_change_still_differs():
    # An added "nicht" costs a short excerpt enough points to fall below 85.
    check = de("10.000 Soldaten nicht an die Grenze")
    assert 75 <= check.score < 85
    assert_differs(check, 'negation "nicht" missing on the page', page=DE_PAGE)


def test_an_unrelated_passage_is_still_missing():
    assert de("Die Verhandlungen wurden nach 3 Stunden ohne Ergebnis abgebrochen").result == (
        "missing"
    )
    assert en("Seven people were injured in Vienna on Monday").result == "missing"
    # Close enough for a look (75 to 85), and a number and a negation differ, but only two
    # words line up: another sentence, not a changed one.
    check = de("nannte aber 3 weitere Gründe")
    assert 75 <= check.score < 85 and check.result == "missing"


def test_several_differences_are_listed_together():
    check = de("sollen rund 20.000 Soldaten nicht an die Grenze verlegt werden")
    assert_differs(check, "20.000 → 10.000", 'negation "nicht" missing', page=DE_PAGE)
    assert "; " in check.difference and "\n" not in check.difference


def test_only_the_passage_is_compared_on_a_long_page():
    filler = "Weitere Meldungen des Tages folgen hier in loser Reihenfolge. " * 3000
    page = filler + DE_PAGE + filler
    check = check_text("sollen rund 20.000 Soldaten an die Grenze verlegt werden", page)
    assert check.result == "differs" and check.difference == "20.000 → 10.000"


# --- in the record and through a briefing -------------------------------------------------


def test_the_json_names_the_difference_only_when_it_differs():
    check = de(
        "sollen rund 20.000 Soldaten an die Grenze verlegt werden", kind="claim", item_id="c1"
    )
    assert check.to_json() == {
        "kind": "claim",
        "id": "c1",
        "result": "differs",
        "score": round(check.score, 1),
        "passage": check.passage,
        "difference": "20.000 → 10.000",
    }
    assert "difference" not in de("die Regierung werde die Hilfe für die Ukraine").to_json()


BRIEFING = """\
id: differs
title: Differs
language: de
article: article
actors:
  - {id: scholz, name: Olaf Scholz, kind: person}
  - {id: merz, name: Friedrich Merz, kind: person, aliases: [Oppositionsführer]}
claims:
  - id: c1
    statement: Troops move to the border.
    kind: reported
    excerpt: sollen rund 20.000 Soldaten an die Grenze verlegt werden
    sources: [ministry]
  - id: c2
    statement: Aid stays.
    kind: reported
    excerpt: Bundeskanzler Merz sagte am Abend, die Regierung werde die Hilfen nicht kürzen
    sources: [ministry]
  - id: c3
    statement: Committee meets.
    kind: reported
    excerpt: Am 3. Oktober solle der Ausschuss erneut beraten
    sources: [ministry]
quotes:
  - id: q1
    speaker: scholz
    text: "„Am 3. Oktober soll der Ausschuss erneut beraten“"
    outlet: ministry
sources:
  - {id: article, url: "https://example.org/article"}
  - {id: ministry, url: "https://example.org/ministry"}
"""


def test_check_quotes_uses_the_briefings_language_and_names(write: Callable[[str, str], Path]):
    briefing = load_briefing(write(BRIEFING, "differs.yaml"))
    checks = {c.id: c for c in check_quotes(briefing, "ministry", DE_PAGE)}
    assert {key: c.result for key, c in checks.items()} == {
        "c1": "differs",
        "c2": "differs",
        "c3": "found",
        "q1": "similar",
    }
    assert checks["c1"].difference == "20.000 → 10.000"
    assert checks["c2"].difference == 'name "Merz" → "Scholz"'


def test_the_pages_language_serves_when_the_briefing_gives_none(
    write: Callable[[str, str], Path],
):
    yaml = BRIEFING.replace("language: de\n", "").replace(
        "sources: [ministry]\n  - id: c3",
        "sources: [ministry]\n  - id: c9\n"
        "    statement: Talks go on.\n    kind: reported\n"
        "    excerpt: the talks would continue in Vienna next week\n"
        "    sources: [ministry]\n  - id: c3",
    )
    briefing = load_briefing(write(yaml, "differs.yaml"))
    unknown = {c.id: c.result for c in check_quotes(briefing, "ministry", EN_PAGE)}
    assert unknown["c9"] == "similar"
    english = {c.id: c for c in check_quotes(briefing, "ministry", EN_PAGE, language="en-GB")}
    assert english["c9"].result == "differs"
    assert english["c9"].difference == 'name "Vienna" → "Geneva"'


def test_the_next_sentence_on_the_page_is_not_the_excerpts() -> None:
    """When the excerpt's last words are missing on the page, the page's next sentence
    does not stand in for them: its "no" is no negation of the excerpt, and the number
    of the sentence before the excerpt is no different number."""
    page = (
        'It was 9 am. Port director Lena Brandt defended the decision. "We had no choice,"'
        " she said."
    )
    tail = check_text(
        "Port director Lena Brandt defended the decision at a press conference.",
        page,
        kind="claim",
        language="en",
    )
    assert tail.result != "differs" and tail.difference is None
    head = check_text(
        "At noon port director Lena Brandt defended the decision.",
        page,
        kind="claim",
        language="en",
    )
    assert head.result == "similar" and head.difference == 'words "At noon" not on the page'
    negated = check_text(
        "Port director Lena Brandt did not defend the decision.", page, kind="claim", language="en"
    )
    assert negated.result == "differs" and "negation" in (negated.difference or "")


# --- the other words of a near match --------------------------------------------------------

ROAD_PAGE = (
    "The old bridge carried 41,000 vehicles a day before it closed. The engineers wrote that"
    " the girders may retain adequate capacity for light vehicles. It is not safe, the mayor"
    " said on Monday."
)


def road(needle: str) -> QuoteCheck:
    return check_text(needle, ROAD_PAGE, kind="claim", language="en")


def test_a_near_match_names_the_words_that_are_not_the_same():
    """A changed word that is no number, negation or name leaves the check similar, but
    the reader is told which word: "a week" is not "a day"."""
    week = road("The old bridge carried 41,000 vehicles a week before it closed.")
    assert week.result == "similar" and week.difference == 'words "week" → "day"'
    heavy = road("the girders may retain adequate capacity for heavy vehicles")
    assert heavy.result == "similar" and heavy.difference == 'words "heavy" → "light"'
    assert heavy.passage is not None and "light vehicles" in heavy.passage


def test_a_number_written_with_a_space_is_found():
    assert road("The old bridge carried 41 000 vehicles a day").result == "found"
    assert road("The old bridge carried 41000 vehicles a day").result == "found"
    assert road("The old bridge carried 41,000 vehicles, a day").result == "found"


def test_a_close_sentence_with_another_speaker_shows_the_passage_it_found():
    check = road("It is not safe, the council said on Monday.")
    assert check.result in ("missing", "similar")
    assert check.passage is not None and "the mayor said" in check.passage
    assert check.difference == 'words "council" → "mayor"'


def test_inflections_and_articles_are_not_named():
    check = road("the girder may retain adequate capacity for the light vehicles")
    assert check.result == "similar" and check.difference is None
