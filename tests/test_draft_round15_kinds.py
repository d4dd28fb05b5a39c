"""Claim kinds, hedge cues and figures, round fifteen, read off real set L with I, J, M
and the corpus sets: a wish not to speak ("möchte seinen Namen nicht nennen") is a
refusal told as fact, not a plan; a quotation its speaker gives as an account ("…“, räumt
er ein", '"…," he recalled') is reported speech, not a view; a short quoted pledge is a
forecast; "werden" as a copula looks ahead; a verdict that nothing matched a thing is a
view; "seemingly" and "it looked like" before a clause are guesses; the first person
"habe" is the indicative, no mark of reported speech; a count after the article that a
change sets to another number ("die 40 Plätze auf 55") states both sizes. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest
from draft_helpers import claim_starting, draft

from tui.cues import find_cues
from tui.draft.figures import find_figures
from tui.draft.kinds import suggest_kind


def _kind(sentence: str, language: str) -> str:
    """The kind suggested for one sentence with the cues the lexicon finds in it."""
    cues = find_cues(sentence, language=language)
    return suggest_kind(sentence, language, cues, article_year=2026).kind


def _drafted_kind(sentence: str, language: str) -> str:
    """The kind ``briefing new`` gives ``sentence`` as the body of a short article (so a
    quotation in it is read as a speaker's words)."""
    briefing = draft("Eine Meldung\n\n" + sentence, language)
    return claim_starting(briefing, sentence[:20]).kind.value


def _cue_texts(sentence: str, language: str) -> list[str]:
    return [hit.text for hit in find_cues(sentence, language=language)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Seinen Nachnamen möchte der Pfleger nicht nennen.",
        "Mehr wollen die beiden Schichtleiter dazu nicht sagen.",
        "Vor dem Werkstor will sich am Morgen kaum einer der Monteure zur Lage äußern.",
        "Genauere Zahlen mochte die Kämmerin nicht verraten.",
    ],
)
def test_a_wish_not_to_speak_is_a_refusal_reported_not_a_plan(sentence: str) -> None:
    assert _kind(sentence, "de") == "reported"


def test_a_wish_to_speak_later_stays_a_plan() -> None:
    sentence = "Die Bürgermeisterin will am Montag vor dem Rat sprechen."
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "„Ich habe die Tür nur angelehnt und bin dann gegangen“, räumt der Hausmeister ein.",
            "de",
        ),
        ("„Wir mussten die Halle am Abend räumen“, begründete die Trainerin die Absage.", "de"),
        ("„Ich wusste nicht, wohin mit dem Hund“, erklärt der Angeklagte leise.", "de"),
        ('"We locked the gate at six and sent the pickers home," the farm manager recalled.', "en"),
        ('"I forgot to file the form in March," the landlord admitted.', "en"),
    ],
)
def test_a_quotation_given_as_an_account_is_reported(sentence: str, language: str) -> None:
    assert _drafted_kind(sentence, language) == "reported"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("„Die Absage war ein schwerer Fehler“, sagte die Trainerin.", "de"),
        ('"The closure is unacceptable," the farm manager explained.', "en"),
    ],
)
def test_a_quotation_that_judges_or_has_a_plain_frame_stays_a_view(
    sentence: str, language: str
) -> None:
    assert _drafted_kind(sentence, language) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "By the break the visitors had seemingly solved their problems in defence.",
        "It looked like the ferry would leave on time after all.",
        "For an hour it looks like the strike is over.",
    ],
)
def test_seemingly_and_it_looked_like_before_a_clause_are_cues(sentence: str) -> None:
    assert _cue_texts(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    ["It looks like a small comet.", "From the hill it looked like the old mill tower."],
)
def test_a_likeness_named_by_a_noun_phrase_is_no_cue(sentence: str) -> None:
    assert _cue_texts(sentence, "en") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "„Bisher habe ich nie einen Strafzettel bekommen“, sagte die Rentnerin.",
        "„Ich habe den Wagen sofort angehalten“, sagte der Fahrer.",
    ],
)
def test_the_first_person_habe_is_no_reported_speech(sentence: str) -> None:
    assert "habe" not in _cue_texts(sentence, "de")


def test_the_third_person_habe_stays_reported_speech() -> None:
    sentence = "Der Fahrer sagte, er habe den Wagen sofort angehalten."
    assert "habe" in _cue_texts(sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ('"We will appeal," the club\'s lawyer told reporters.', "en"),
        ('"I shall return," the skipper told the harbour master.', "en"),
        ("„Wir werden klagen“, sagte die Anwältin der Mieter.", "de"),
    ],
)
def test_a_short_quoted_pledge_is_a_forecast(sentence: str, language: str) -> None:
    assert _drafted_kind(sentence, language) == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Den Umbau der Halle bis zum Saisonstart zu schaffen, wird schwer.",
        "Die neuen Auflagen werden für den kleinen Verein ein teurer Spaß.",
        "Der kommende Winter wird für die Schäfer hart.",
    ],
)
def test_werden_as_a_copula_says_what_will_be(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brot und Butter werden immer teurer.",
        "Die Brücke wird seit Jahren saniert.",
    ],
)
def test_a_change_going_on_or_a_passive_is_no_copula_future(sentence: str) -> None:
    assert _kind(sentence, "de") != "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Abend wird die Landrätin, Vorsitzende des Klinikverbunds, vor den Pflegekräften"
        " sprechen und Fragen beantworten.",
        "Morgen werden die beiden Trainer, Jonas Ebert und Lea Sand, das neue Konzept vorstellen.",
    ],
)
def test_a_future_holds_across_an_apposition_in_commas(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("„So einen Sommer habe ich in 25 Jahren noch nie erlebt“, sagte der Eisverkäufer.", "de"),
        (
            "„In 40 Jahren am Hafen habe ich nie so viele leere Kais gesehen“, sagte der Lotse.",
            "de",
        ),
        ("The ferry captain said she had never seen such a calm crossing in winter.", "en"),
        ("The referee said he could not recall a worse night for the home side.", "en"),
    ],
)
def test_a_verdict_that_nothing_matched_it_is_a_view(sentence: str, language: str) -> None:
    assert _drafted_kind(sentence, language) == "opinion"


def test_a_first_time_told_as_an_event_stays_a_report() -> None:
    sentence = "The ferry had never sailed in such a storm before, the harbour log shows."
    assert _kind(sentence, "en") != "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Kiosk wurde am 3. Mai vorigen Jahres von zwei Männern ausgeraubt.", "de"),
        ("Die Fähre lief im Herbst vergangenen Jahres vor Sylt auf Grund.", "de"),
        ("The skipper had previously rescued two anglers off the same rocks.", "en"),
    ],
)
def test_a_time_before_the_news_is_history(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "historical"


def test_a_possibility_up_to_and_including_a_date_is_ahead() -> None:
    sentence = (
        "Die Karten könnten noch bis einschließlich zum 30. Mai getauscht werden,"
        " teilte der Verein mit."
    )
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The trust is one of the three main sponsors of the regatta.", "en"),
        ("Das bedeutet für jede der vier Familien zwei Wochen ohne Strom.", "de"),
    ],
)
def test_a_count_in_words_makes_one_of_a_report(sentence: str, language: str) -> None:
    assert _kind(sentence, language) != "background"


def test_one_of_with_no_count_still_defines() -> None:
    assert _kind("The lynx is one of the shyest cats in Europe.", "en") == "background"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thought to possibly be grave goods, the bones of two dogs were found beside the urn.",
        "The fee, said to probably be near 3 million, was paid in May.",
    ],
)
def test_a_hedged_participle_on_a_noun_is_one_cue_and_the_clause_reports(sentence: str) -> None:
    cues = find_cues(sentence, language="en")
    assert len(cues) == 1
    assert suggest_kind(sentence, "en", cues, article_year=2026).kind == "reported"


def test_the_full_verb_with_an_adverb_of_doubt_stays_a_guess() -> None:
    assert _kind("The bones are thought to possibly be grave goods.", "en") == "speculation"


@pytest.mark.parametrize(
    ("sentence", "language", "unit", "values"),
    [
        ("Die Stadt will die 40 Kitaplätze auf 55 erhöhen.", "de", "Kitaplätze", [40, 55]),
        ("The trust plans to cut the 36 beds to 24 by spring.", "en", "beds", [36, 24]),
    ],
)
def test_a_count_changed_to_another_gives_both_sizes(
    sentence: str, language: str, unit: str, values: list[int]
) -> None:
    found = find_figures(sentence, language)
    assert [(f.unit, f.value) for f in found] == [(unit, v) for v in values]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die beiden Vereine einigten sich auf einen Vergleich.", "de"),
        ("The two countries agreed to talks in May.", "en"),
    ],
)
def test_a_group_named_before_with_the_article_is_still_no_figure(
    sentence: str, language: str
) -> None:
    assert find_figures(sentence, language) == []


def test_a_level_after_a_change_in_percent_takes_no_unit() -> None:
    found = find_figures("The shares rose 3 percent to 41.20 on Friday.", "en")
    assert [(f.unit, f.value) for f in found] == [("percent", 3)]


def test_what_it_looks_like_is_no_cue() -> None:
    sentence = "The film shows what it looks like when a glacier is calving into the sea."
    assert "it looks like" not in [t.casefold() for t in _cue_texts(sentence, "en")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The guard scored 15 points on 5-for-9 shooting.",
        "The council backed the budget by a 3-to-1 margin.",
    ],
)
def test_a_ratio_written_as_one_word_gives_no_figure_with_a_function_word_unit(
    sentence: str,
) -> None:
    units = [f.unit for f in find_figures(sentence, "en")]
    assert not {"for", "to", "shooting", "margin"} & set(units)
