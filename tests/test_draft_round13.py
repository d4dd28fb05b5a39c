"""Claim kinds and hedge cues on real copy, round thirteen: a belief the speakers state as
their own about how things are is their opinion; a quotation that puts a case or judges
what it counts is a view, not a count reported; a name in title case in quotation marks
is no one's words; disbelief ("I can't believe it") is no hedge and "aus meiner Sicht" is
one; praise, liking and thanks are a stance, and "rief X auf, … zu" a demand; criticism as
a state ("steht in der Kritik") is reported; an earlier year as the base of a comparison,
a year in a German noun's attribute and a pluperfect of the last few days make no
history; an English plan or progressive with a day ahead after "from" is a schedule.
Every sentence here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cues import find_cues
from tui.draft.figures import find_figures
from tui.draft.kinds import suggest_kind
from tui.loader import load_briefing

from conftest import drafted


def _kind(sentence: str, language: str) -> str:
    """The kind suggested for one sentence with the cues the lexicon finds in it."""
    cues = find_cues(sentence, language=language)
    return suggest_kind(sentence, language, cues, article_year=2026).kind


def _claims(text: str, tmp_path: Path) -> list[tuple[str, str, list[str]]]:
    """(statement, kind, hedges) of each claim ``briefing new`` drafts from ``text``."""
    path = drafted("Eine Meldung\n\n" + text, tmp_path / "a.txt", tmp_path / "a.yaml")
    return [(c.statement, c.kind.value, c.hedges) for c in load_briefing(path).claims]


def _cue_texts(sentence: str, language: str) -> list[str]:
    return [hit.text for hit in find_cues(sentence, language=language)]


# --- a belief of the speakers' own ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Ich glaube nicht, dass die Gäste besser gespielt haben.", "de"),
        ("Ich glaube, es gibt genug Gründe für einen Freispruch.", "de"),
        ("I think we felt the bridge was sound enough at that stage.", "en"),
        ("The bakery chain said on Monday it believed its wage offer was fair.", "en"),
    ],
)
def test_a_belief_the_speakers_state_as_their_own_is_their_opinion(
    sentence: str, language: str
) -> None:
    # before, the belief was read as a guess at a fact (speculation)
    assert _kind(sentence, language) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("Ich glaube, die Preise werden im Herbst wieder sinken.", "de", "forecast"),
        ("I believe the ferry will sail again next week.", "en", "forecast"),
        ("Investigators believe the fire started in the kitchen.", "en", "speculation"),
    ],
)
def test_a_belief_about_what_will_be_or_someone_elses_stays_an_estimate(
    sentence: str, language: str, kind: str
) -> None:
    assert _kind(sentence, language) == kind


# --- quotations that put a case or judge what they count -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "„Wenn du bei vier Ecken kein einziges Kopfballduell gewinnst, dann wird es eng“, "
        "sagte der Trainer.",
        '"If you miss four penalties in one match, it is hard to win anything," the captain said.',
        '"Nine injured children is unheard of here, and it is shameful," the mayor said.',
    ],
)
def test_a_quotation_that_puts_a_case_or_judges_its_count_is_a_view(
    text: str, tmp_path: Path
) -> None:
    # before, any figure in a one-sentence quotation made it reported speech
    ((_statement, kind, _hedges),) = _claims(text, tmp_path)
    assert kind == "opinion"


def test_a_quoted_count_of_a_fact_stays_reported_speech(tmp_path: Path) -> None:
    text = "„Wir haben im Herbst 40 neue Fahrer eingestellt“, sagte die Geschäftsführerin."
    ((_statement, kind, _hedges),) = _claims(text, tmp_path)
    assert kind == "reported"


# --- a name in quotation marks -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Volunteers from the "Streets to Schools" scheme handed out leaflets on Monday.',
        "Im Herbst zeigte das Stadtmuseum einen Überblick über «Mode in der Nachkriegszeit».",
    ],
)
def test_a_name_in_title_case_between_quotation_marks_is_no_quoted_view(
    text: str, tmp_path: Path
) -> None:
    ((_statement, kind, _hedges),) = _claims(text, tmp_path)
    assert kind == "reported"


# --- disbelief and a point of view -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["She won the final in two sets. I still can't believe it!", "I don't quite believe it."],
)
def test_disbelief_at_what_happened_is_no_hedge(sentence: str) -> None:
    assert not any("believe" in cue for cue in _cue_texts(sentence, "en"))


def test_a_belief_that_something_is_so_stays_a_hedge() -> None:
    assert "believe" in _cue_texts("Engineers believe it was a fault in the wiring.", "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Das ist aus meiner Sicht nicht nachvollziehbar.",
        "Aus Sicht der Opposition ist der Haushalt ungedeckt.",
    ],
)
def test_a_point_of_view_named_as_such_is_a_cue_and_an_opinion(sentence: str) -> None:
    assert any("Sicht" in cue for cue in _cue_texts(sentence, "de"))
    assert _kind(sentence, "de") == "opinion"


def test_a_courts_point_of_view_is_its_finding() -> None:
    sentence = "Der Angeklagte trägt aus Sicht der Richter die volle Schuld."
    assert not any("Sicht" in cue for cue in _cue_texts(sentence, "de"))
    assert _kind(sentence, "de") == "reported"


# --- praise, thanks and a call on someone ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Besucher lobten vor allem die neue Beleuchtung der Halle.", "de"),
        ("Besonders die Führung durch den Keller gefiel.", "de"),
        ("Die Lesung im Rathaus kam bei den Gästen gut an.", "de"),
        ("She thanked the volunteers and the local fire brigade.", "en"),
        ("Die Opposition rief den Landrat auf, den Vertrag offenzulegen.", "de"),
    ],
)
def test_praise_thanks_and_a_call_on_someone_are_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


# --- criticism as a state ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Bürgermeister steht wegen der Kosten für den Neubau in der Kritik.",
        "Die Kritik an der Schließung des Hallenbads reißt nicht ab.",
    ],
)
def test_criticism_as_a_state_is_reported(sentence: str) -> None:
    assert _kind(sentence, "de") == "reported"


def test_criticism_someone_voices_stays_a_view() -> None:
    assert _kind("Die Grünen kritisierten den Plan scharf.", "de") == "opinion"


# --- years that date no statement ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Operating profit was £12m, from a loss of £40m last year.", "en"),
        (
            "The ombudsman received 900 complaints, compared with 610 in the whole of last year.",
            "en",
        ),
        ("Der Umsatz stieg auf 3,4 Millionen Euro, nach 2,9 Millionen im Vorjahr.", "de"),
        ("Die Kammer verwies auf ein Gesetz von 2019, das solche Verträge verbietet.", "de"),
        ("Sie steht zwei Wochen nach dem Hochwasser im Juni 2024 unter Druck.", "de"),
        (
            "Mit einer knappen Erklärung hatte der Landrat am Sonntagabend um Geduld gebeten.",
            "de",
        ),
    ],
)
def test_a_comparison_base_an_attribute_or_a_recent_pluperfect_is_no_history(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) != "historical"


def test_a_pluperfect_of_an_earlier_time_stays_history() -> None:
    sentence = "Der Verein hatte den Platz damals von der Stadt gepachtet."
    assert _kind(sentence, "de") == "historical"


# --- schedules --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Bus drivers plan five days of strikes from Sept. 4 over pay.",
        "The theatre is, as usual, selling tickets from Monday 2 March.",
    ],
)
def test_a_plan_or_a_progressive_with_a_day_ahead_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "en") == "forecast"


def test_a_belief_that_estimates_a_fact_stays_a_guess() -> None:
    # no denial and no appraisal: the speaker estimates how things are
    assert _kind("I think the bridge is older than the church next to it.", "en") == "speculation"


# --- what holds as a rule, a habit or an ability -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The regulator typically needs six months to approve a merger.", "en"),
        ("Hailstorms tend to hit the valley in late summer.", "en"),
        ("Tenants can ask the housing office for a second inspection.", "en"),
        ("Die Versicherung übernimmt in der Regel zwei Drittel der Kosten.", "de"),
    ],
)
def test_what_holds_as_a_rule_or_a_habit_is_background(sentence: str, language: str) -> None:
    # before, these general statements were drafted as reported news
    assert _kind(sentence, language) == "background"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The regulator usually met on Mondays, but it was called in on Sunday.", "en"),
        ("Tenants can ask for a second inspection from Monday, the council said.", "en"),
        ("Die Versicherung zahlte in der Regel zwei Drittel, sagte der Sprecher gestern.", "de"),
    ],
)
def test_a_habit_with_a_time_or_event_of_its_own_is_no_background(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) != "background"


# --- a German present passive with a day ahead -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Wegen der geplanten Bauarbeiten wird die Brücke am kommenden Samstag gesperrt.",
        "Das Freibad wird am nächsten Montag wegen der erwarteten Hitze früher geöffnet.",
    ],
)
def test_a_present_passive_with_a_day_ahead_is_a_forecast(sentence: str) -> None:
    # before, the participles ("gesperrt", "geplanten") were read as a past
    assert _kind(sentence, "de") == "forecast"


def test_a_past_passive_with_a_weekday_stays_reported() -> None:
    assert _kind("Die Brücke wurde am Samstag wegen Bauarbeiten gesperrt.", "de") == "reported"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Verboten sind auf dem Gelände Grillfeuer und offene Kerzen.", "de"),
        ("Nötig ist dafür eine Zweidrittelmehrheit im Kreistag.", "de"),
        ("Federal rules require pilots to rest ten hours between shifts.", "en"),
    ],
)
def test_a_rule_stated_in_the_present_is_background(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "background"


# --- compounds that name a kind ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Workers put up three-way signals at the junction.",
        "The club bought a two-seater for the airfield.",
    ],
)
def test_a_compound_that_names_a_kind_is_no_figure(sentence: str) -> None:
    assert find_figures(sentence, "en") == []


def test_a_rating_and_a_span_stay_figures() -> None:
    assert [f.value for f in find_figures("The hotel kept its four-star rating.", "en")] == [4]
    assert [f.unit for f in find_figures("They called a three-day strike.", "en")] == ["day"]


def test_a_change_by_an_amount_to_a_level_is_two_figures() -> None:
    sentence = "The board raised its savings goal by $20m to $70m."
    assert [(f.value, f.low, f.high) for f in find_figures(sentence, "en")] == [
        (20_000_000, None, None),
        (70_000_000, None, None),
    ]


def test_a_range_after_by_without_a_repeated_currency_stays_a_range() -> None:
    (figure,) = find_figures("Fares went up by 4 to 6 percent.", "en")
    assert (figure.low, figure.high) == (4, 6)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Landlords often skip the safety checks, the tenants' union reported last year.", "en"),
        ("Viele Praxen nehmen keine neuen Patienten auf, berichtete die Zeitung im Vorjahr.", "de"),
    ],
)
def test_a_closing_frame_dated_last_year_dates_the_report_not_the_statement(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) != "historical"


def test_an_event_last_year_before_a_plain_frame_stays_history() -> None:
    assert _kind("The plant closed last year, the union said.", "en") == "historical"


# --- a bare "dann" in a German present ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein Monatsticket kostet dann 58 Euro statt bisher 49 Euro, wie der Verbund mitteilte.",
        "Die Entscheidung liegt dann beim Stadtrat.",
    ],
)
def test_a_bare_dann_in_a_present_points_ahead(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Fahrer bremste und dann prallte der Wagen gegen die Mauer.",
        "Sie hat dann den Saal verlassen.",
        "Wer zur Fähre will, muss am Hafen links abbiegen und dann zwei Kilometer fahren.",
    ],
)
def test_dann_of_a_sequence_or_a_past_is_no_time_ahead(sentence: str) -> None:
    assert _kind(sentence, "de") != "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "New simulations by the team suggest the crater is younger than thought.",
        "The fact that the signal repeats suggests a rotating source.",
    ],
)
def test_what_simulations_or_a_fact_suggest_is_a_hedge(sentence: str) -> None:
    assert any(cue.startswith("suggest") for cue in _cue_texts(sentence, "en"))


def test_a_person_who_suggests_is_speaking() -> None:
    assert not any(
        cue.startswith("suggest") for cue in _cue_texts("The mayor suggested a new route.", "en")
    )


# --- an English warning with no "that" ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Repairs may take another month, the engineer warned.",
        "The insurer warned premiums had not yet peaked, although claims appeared to ease.",
    ],
)
def test_an_english_warning_without_that_is_the_warners_view(sentence: str) -> None:
    # before, the modal or the hedge inside it decided (forecast, speculation)
    assert _kind(sentence, "en") == "opinion"


def test_a_warning_named_to_compare_is_not_the_statement() -> None:
    sentence = "Staff went home early on Friday, as the manager had warned on Monday."
    assert _kind(sentence, "en") != "opinion"


# --- "müssten" of reported speech ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Jetzt müssten wieder die Pflegekräfte die Lücken füllen.",
        "Der Sprecher sagte, ob der Plan trage, müssten die Gutachter entscheiden.",
    ],
)
def test_muessten_with_no_time_ahead_says_what_must_be(sentence: str) -> None:
    assert _kind(sentence, "de") == "opinion"


def test_muessten_with_a_time_ahead_stays_a_forecast() -> None:
    sentence = "Reisende müssten wochenlang auf Busse ausweichen, sagte eine Sprecherin."
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach dem 3:1 gegen 1899 Hoffenheim fehlte der Mannschaft die Kraft.",
        "The side struggled again days after beating 1860 Munich at home.",
    ],
)
def test_a_club_named_with_a_year_dates_nothing(sentence: str) -> None:
    lang = "de" if "Mannschaft" in sentence else "en"
    assert _kind(sentence, lang) != "historical"
