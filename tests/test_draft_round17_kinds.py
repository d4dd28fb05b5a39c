"""Claim kinds, round seventeen: views voiced with no judging verb (a confidence shown,
a verdict from someone's point of view, a tribute, an opposition expressed, a thing
described as something, a wait-and-see), a German wish, a passive "was called for" that
is no demand, and a quotation whose closing mark differs from its opening one.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.kinds import suggest_kind


def _kind(sentence: str, language: str, quotes: tuple[str, ...] = ()) -> str:
    cues = find_cues(sentence, language=language)
    return suggest_kind(sentence, language, cues, quoted_view=bool(quotes), quotes=quotes).kind


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Vor dem Derby ist Trainerin Vogt für das Rückspiel zuversichtlich.", "de"),
        ("Der Kämmerer zeigte sich beim Haushalt skeptisch.", "de"),
        ("Für die Schiedsrichterin war das aber nicht regelkonform; sie gab Gelb.", "de"),
        ("Die Brücke sei marode und man könne nur hoffen, dass sie den Winter übersteht.", "de"),
        ("The mayor paid tribute to the volunteers for their patience.", "en"),
        ("The league expressed its deep regret over the abandoned match.", "en"),
        ("The union voiced concerns about the new rota.", "en"),
        ("It led one trustee to describe the budget as a gamble.", "en"),
        ("It was encouraging to see so many families at the fair.", "en"),
        ("A spokesman said there are no concerns about the water supply.", "en"),
        ("So let's wait and see how the committee votes.", "en"),
    ],
)
def test_a_view_voiced_without_a_judging_verb_is_an_opinion(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


def test_a_hope_with_a_time_ahead_is_left_to_the_forecast_rules() -> None:
    assert _kind("Der Verein hofft, dass die Halle ab Montag wieder öffnet.", "de") != "opinion"


def test_a_passive_called_for_is_no_demand() -> None:
    assert _kind("The hearing was called for the first week of May.", "en") != "opinion"
    assert _kind("The tenants called for a rent freeze.", "en") == "opinion"


def test_a_frame_after_a_quotation_closed_by_another_mark_is_read() -> None:
    sentence = (
        '"Der Umbau wird von den Leuten geschätzt“, ist Ortsvorsteher Bauer für den Sommer'
        " zuversichtlich."
    )
    assert _kind(sentence, "de", quotes=(sentence,)) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Kulturdezernentin besetzt die Leitung der drei Stadtbibliotheken neu.",
        "Im Landesmuseum übernimmt der bisherige Kurator die Direktorenstelle.",
        "Den Vorsitz übernimmt die derzeitige Stellvertreterin, Ines Rauch.",
        "Ihm folgt in Kassel, wie erwartet, Intendantin Marta Kühn.",
        "Die Architektin löst im Bauamt den langjährigen Leiter Peter Sand ab.",
        "Nachfolger in Passau wird Dekan Tobias Lenz.",
        "Die Trainerin wechselt zum Ligarivalen nach Ulm.",
        "Laut einem Bericht soll die Kapitänin, derzeit verletzt, nach Bremen wechseln.",
        "Ole Brandt, derzeit Konsul in Lyon, kehrt nach Rom zurück, wo er 2015 schon war.",
    ],
)
def test_a_change_of_office_in_the_german_present_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Über eine Nachfolgerin wird seit Monaten gerätselt.",
        "Die Kapitänin war bereits 2019 nach Bremen gewechselt.",
        "Die Gemeinde übernimmt die Kosten für den Schulbus.",
    ],
)
def test_no_change_of_office_ahead(sentence: str) -> None:
    assert _kind(sentence, "de") != "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Bauträger weist die Vorwürfe der Mieter als unbegründet zurück.",
        "Die Reederei wies die Kritik „als völlig überzogen und falsch“ zurück.",
    ],
)
def test_a_german_denial_is_reported(sentence: str) -> None:
    assert _kind(sentence, "de") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "The valley is grazed by herds claimed by two rival villages.",
        "It is the night when the fees are argued out and approved.",
    ],
)
def test_a_participle_or_argued_out_judges_nothing(sentence: str) -> None:
    assert _kind(sentence, "en") != "opinion"


def test_might_as_a_noun_is_no_hedge() -> None:
    sentence = "The club has grown in size over the past decade as it gained financial might."
    assert _kind(sentence, "en") != "speculation"
    assert _kind("The club might sell its stadium, the paper said.", "en") == "speculation"


def test_a_courts_written_opinion_is_a_document() -> None:
    sentence = "The tribunal released its ruling in a majority opinion on Friday."
    assert _kind(sentence, "en") == "reported"


def test_a_verb_of_showing_in_reported_speech_is_no_conditional() -> None:
    sentence = "Messungen würden dem Fluss niedrige Nitratwerte bescheinigen, so die Behörde."
    assert _kind(sentence, "de") == "reported"
    assert _kind("Ein neuer Pächter würde den Kiosk renovieren, sagte sie.", "de") == "forecast"


def test_a_konjunktiv_two_past_beside_a_konjunktiv_one_is_reported_speech() -> None:
    sentence = "Erst als die Streife angekommen sei, wären die Diebe davongerannt und geflohen."
    assert _kind(sentence, "de") == "reported"
    assert _kind("Ohne den Deich wären die Felder überflutet worden.", "de") != "reported"


def test_a_record_since_a_year_told_at_length_leaves_the_news_reported() -> None:
    sentence = (
        "The Greens won 412 votes, the best result the party has had in this seat since 2001."
    )
    assert _kind(sentence, "en") == "reported"


def test_a_time_in_an_after_clause_does_not_make_history() -> None:
    sentence = "Ms Ortiz ran for the seat after the sitting councillor retired last year."
    assert _kind(sentence, "en") == "reported"


def test_a_pluperfect_giving_the_reason_does_not_make_history() -> None:
    sentence = (
        "Zur Anhörung kam es am Ende nicht, denn die Firma hatte ihren Antrag kurz vorher"
        " zurückgenommen."
    )
    assert _kind(sentence, "de") == "reported"
    assert _kind("Die Firma hatte ihren Antrag kurz vorher zurückgenommen.", "de") == "historical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Sie war zuvor bereits als Konsulin in Lyon und Porto tätig.", "de"),
        ("She had previously served as deputy head of the mission in Oslo.", "en"),
    ],
)
def test_an_earlier_post_is_history(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "historical"


@pytest.mark.parametrize(
    ("sentence", "quote", "language"),
    [
        (
            '"We are not naming the driver at this stage," a police spokeswoman said.',
            '"We are not naming the driver at this stage,"',
            "en",
        ),
        (
            '"The woman has been taken to hospital with minor injuries," the officer said.',
            '"The woman has been taken to hospital with minor injuries,"',
            "en",
        ),
        (
            "„Wir nennen derzeit keine Namen“, sagte ein Polizeisprecher.",
            "„Wir nennen derzeit keine Namen“",
            "de",
        ),
    ],
)
def test_a_quoted_account_of_a_case_or_a_refusal_to_disclose_is_reported(
    sentence: str, quote: str, language: str
) -> None:
    assert _kind(sentence, language, quotes=(quote,)) == "reported"


def test_a_quoted_we_are_not_with_a_view_stays_an_opinion() -> None:
    sentence = '"We are not ready for this, and it shows," the coach said.'
    assert _kind(sentence, "en", quotes=('"We are not ready for this, and it shows,"',)) == (
        "opinion"
    )


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Talks between the two unions are often fraught, especially over pensions.", "en"),
        ("Ein Schöffengericht bestehe aus einem Richter und zwei Laien, so die Sprecherin.", "de"),
        (
            "Die Schweigepflicht sei ein Grundpfeiler, und das bedeute, dass nichts nach außen"
            " dringe, sagte der Arzt.",
            "de",
        ),
    ],
)
def test_what_holds_as_a_habit_or_a_definition_in_reported_speech_is_background(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) == "background"


def test_a_habit_told_of_a_past_event_is_not_background() -> None:
    assert _kind("The ferry was often late last winter.", "en") != "background"


def test_a_belief_about_ones_own_need_ahead_is_a_forecast() -> None:
    sentence = '"I think we will have to move the final to Sunday," the organiser said.'
    quote = '"I think we will have to move the final to Sunday,"'
    assert _kind(sentence, "en", quotes=(quote,)) == "forecast"
    advice = '"I think the league has to move the final," the organiser said.'
    assert _kind(advice, "en", quotes=('"I think the league has to move the final,"',)) == (
        "opinion"
    )


def test_likely_on_the_noun_before_a_participle_leaves_the_news_reported() -> None:
    sentence = "The board rejected the merger on Monday, in a vote likely headed for court."
    assert _kind(sentence, "en") == "reported"
    assert _kind("The merger is likely to be rejected, the paper said.", "en") != "reported"


def test_a_modal_on_the_people_of_a_relative_clause_is_no_guess_at_the_statement() -> None:
    sentence = (
        "The council was making good on election promises to house those who might be left"
        " homeless."
    )
    assert _kind(sentence, "en") not in ("speculation", "forecast", "opinion")


def test_a_move_of_no_office_holder_is_no_forecast() -> None:
    assert _kind("Die Ampel an der Kreuzung wechselt nach zehn Sekunden zu Rot.", "de") != (
        "forecast"
    )
