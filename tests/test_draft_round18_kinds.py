"""Claim kinds, round eighteen: doubts the cue list does not read (what signs suggest,
a presumed cause, a modal in the answer to an indirect question).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.build import draft_briefing
from tui.draft.kinds import suggest_kind
from tui.draft.source import ArticleText


def _kind(sentence: str, language: str, quotes: tuple[str, ...] = ()) -> str:
    cues = find_cues(sentence, language=language)
    return suggest_kind(sentence, language, cues, quoted_view=bool(quotes), quotes=quotes).kind


def _drafted(text: str) -> list[str]:
    return [
        claim.kind.value for claim in draft_briefing(ArticleText(text=text, origin="a.txt")).claims
    ]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Schon vor der Auszählung zeichnet sich ab, dass die Wahlbeteiligung gesunken ist.", "de"),
        ("Im Streit um die Mieten deutet sich eine Einigung an.", "de"),
        ("Vieles spricht dafür, dass der Einbrecher einen Schlüssel hatte.", "de"),
        ("There are signs that demand for flats in the city is cooling.", "en"),
        ("Als Brandursache gilt ein defekter Akku in der Garage.", "de"),
        ("Als Auslöser der Störung gelten Bauarbeiten an einem Stellwerk.", "de"),
    ],
)
def test_what_signs_suggest_or_a_presumed_cause_is_speculation(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) == "speculation"


def test_signs_of_what_will_come_are_a_forecast() -> None:
    sentence = "Schon jetzt zeichnet sich ab, dass die Ernte im kommenden Herbst kleiner ausfällt."
    assert _kind(sentence, "de") == "forecast"


def test_a_modal_in_the_quoted_answer_to_a_question_is_a_doubt() -> None:
    text = 'Asked how many homes were flooded, the fire chief said: "It could be two hundred."'
    assert _drafted(text) == ["speculation"]


def test_a_modal_inside_the_question_itself_is_still_no_doubt() -> None:
    sentence = "The mayor declined to say when the bridge might reopen."
    assert _kind(sentence, "en") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Lieferung war dem Zoll bereits am 3. März gemeldet worden.",
        "Der Antrag war schon am 12. Januar abgelehnt worden.",
    ],
)
def test_a_pluperfect_dated_by_a_day_of_the_month_is_history(sentence: str) -> None:
    assert _kind(sentence, "de") == "historical"


def test_a_pluperfect_with_a_count_stays_reported() -> None:
    sentence = "Bis zum Abend waren 40 Gäste evakuiert worden."
    assert _kind(sentence, "de") == "reported"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "Trotz neuer Fälle stuft das Landratsamt das Risiko für Besucher weiterhin als gering ein.",
            "de",
        ),
        ("Die Feuerwehr schätzt die Lage am Deich als ernst ein.", "de"),
        ("Residents are now concerned they were not told about the closure.", "en"),
        ("Shop owners remain worried that the works will last all summer.", "en"),
    ],
)
def test_an_appraisal_or_a_concern_is_an_opinion(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


def test_an_estimate_of_a_size_is_no_appraisal() -> None:
    assert _kind("Die Polizei schätzt den Schaden auf 20.000 Euro.", "de") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        '"We are searching every garden on the street," a police spokeswoman said.',
        '"But I haven\'t had any letter from the council," the tenant said.',
        '"My neighbour rang me last night to say the water was rising," she said.',
        '"We went down to the harbour yesterday and the boats were gone," he said.',
    ],
)
def test_a_quoted_account_of_what_is_being_done_or_just_happened_is_reported(text: str) -> None:
    assert _drafted(text) == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        '"We are hoping the council listens this time," the tenant said.',
        '"We are losing more money than ever," the owner said.',
    ],
)
def test_a_quoted_hope_or_comparison_stays_a_view(text: str) -> None:
    assert _drafted(text) == ["opinion"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Wetterdienst warnt vor Glatteis am Wochenende.", "de"),
        ("Der Verband warnt vor neuen Streiks ab Montag.", "de"),
        ("Für das Wochenende sind im Allgäu kräftige Gewitter angesagt.", "de"),
        ("Für Sonntag ist im Harz Schnee vorhergesagt.", "de"),
        ("Heavy snow is forecast for the hills on Sunday.", "en"),
    ],
)
def test_a_warning_or_a_weather_forecast_for_a_time_ahead_is_a_forecast(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) == "forecast"


def test_a_warning_with_no_time_ahead_stays_a_view() -> None:
    assert _kind("Die Ärztekammer warnt vor einer Überlastung der Kliniken.", "de") == "opinion"


def test_a_call_that_is_announced_with_no_time_is_no_forecast() -> None:
    assert _kind("Jetzt ist Sparen angesagt.", "de") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Für das Wochenende war Regen angesagt, doch es blieb trocken.",
        "Im Sommer hatte der Wetterdienst Hitze angesagt.",
    ],
)
def test_what_was_announced_before_is_no_forecast(sentence: str) -> None:
    assert _kind(sentence, "de") != "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("An der Küste sind Orkanböen möglich.", "de"),
        ("Für Südbayern ist Dauerregen wahrscheinlich.", "de"),
        ("In den Alpen können bis zu 40 Zentimeter Schnee fallen.", "de"),
        ("Im Harz könne es sogar Schnee geben.", "de"),
        ("Heavy rain may cause flooding in low-lying areas.", "en"),
    ],
)
def test_weather_that_may_come_is_a_forecast(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Sturm könnte Schäden in Millionenhöhe verursacht haben.", "de"),
        ("Gales could have damaged the roof.", "en"),
    ],
)
def test_a_guess_about_what_weather_did_stays_speculation(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "speculation"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Prüfer kontrollieren solche Anlagen regelmäßig, um Mängel früh zu finden.", "de"),
        ("Inspectors routinely check the dams for cracks.", "en"),
        ("National guidelines recommend that adults get a booster every ten years.", "en"),
    ],
)
def test_a_habit_or_a_guideline_is_background(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "background"


def test_the_closing_sentence_of_a_quotation_that_judges_is_an_opinion() -> None:
    assert _kind("Das war wieder ein gutes Spiel.“", "de") == "opinion"


def test_a_thing_called_trivial_in_reported_speech_is_judged() -> None:
    assert (
        _kind("Leicht sei die Aufgabe nicht, trivial sei sie aber auch nicht.", "de") == "opinion"
    )


def test_a_plain_sentence_that_judges_nothing_stays_reported() -> None:
    assert _kind("Das Spiel endete mit einem Unentschieden.", "de") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brandt war zwölf Jahre Kapitän der Mannschaft und prägte sie.",
        "Die Ärztin leitete die Klinik mehr als 20 Jahre lang.",
    ],
)
def test_a_tenure_of_years_told_in_the_past_is_history(sentence: str) -> None:
    assert _kind(sentence, "de") == "historical"


def test_an_age_is_no_tenure() -> None:
    assert _kind("Der Fahrer war 25 Jahre alt.", "de") != "historical"


def test_a_quoted_present_with_a_day_ahead_is_a_forecast() -> None:
    text = '"Das Tief erfasst ab Sonntag ganz Bayern", schreibt der Wetterdienst.'
    assert _drafted(text) == ["forecast"]


def test_a_quoted_past_with_a_day_stays_no_forecast() -> None:
    text = '"Am Montag war im Hafen alles ruhig", sagte der Sprecher.'
    assert _drafted(text) != ["forecast"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Auf das Podest würde auch gerne die junge Staffel kommen.", "de"),
        ("Man würde sich wünschen, dass die Sanierung schneller vorankommt.", "de"),
        ("The mayor would love to see the tram extended.", "en"),
    ],
)
def test_a_wish_in_the_conditional_is_an_opinion(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


def test_as_soon_as_with_a_past_is_no_time_ahead() -> None:
    sentence = "The club said members were told as soon as staff were able to."
    assert _kind(sentence, "en") == "reported"


def test_as_soon_as_possible_still_looks_ahead() -> None:
    assert _kind("The road will reopen as soon as possible.", "en") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein Regionalzug ist am Freitag bei Husum wegen eines umgestürzten Baums entgleist.",
        "Zwei Lastwagen sind am Montag auf der Brücke kollidiert.",
    ],
)
def test_the_perfect_of_an_accident_with_a_weekday_is_the_news(sentence: str) -> None:
    assert _kind(sentence, "de") == "reported"


def test_a_present_with_a_weekday_still_looks_ahead() -> None:
    assert _kind("Der Minister kommt am Freitag nach Kiel.", "de") == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("I think it is time the council listened to us.", "en"),
        ("It's time to stop talking and start building.", "en"),
        ("Es ist höchste Zeit, die Brücke zu sanieren.", "de"),
        ("Jetzt ist es an der Zeit, zu handeln.", "de"),
    ],
)
def test_saying_it_is_time_for_something_is_a_demand(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


def test_time_consuming_is_no_demand() -> None:
    assert _kind("It is time-consuming work.", "en") == "reported"
