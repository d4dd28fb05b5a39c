"""Claim kinds by class, as round nine's conventions read them
(tests/data/drafting/README.md, "Settled in round nine"): a statement takes the kind of
what it says; a plan, schedule or pledge for a time ahead is a forecast; an estimate of a
size is reported with its estimate word as the cue, one of what will be a forecast.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.kinds import suggest_kind


def _kind(sentence: str, language: str, quotes: list[str] | None = None) -> str:
    quotes = quotes or []
    cues = find_cues(sentence, language=language)
    return suggest_kind(
        sentence, language, cues, quoted_view=bool(quotes), quotes=quotes, article_year=2026
    ).kind


# --- estimates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Sachschaden wird auf gut zwei Millionen Euro geschätzt.", "de"),
        ("Der Verband schätzt, dass die wahre Zahl der Fälle weit höher liegt.", "de"),
        ("Die Feuerwehr schätzte die Zahl der Schaulustigen auf etwa 800.", "de"),
        ("Organisers estimated the crowd at roughly 12,000.", "en"),
        ("The library is estimated to hold about 40,000 old maps.", "en"),
        ("The insurer estimates that hail damaged hundreds of cars in the town.", "en"),
    ],
)
def test_an_estimate_of_a_size_is_reported(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "reported"


def test_an_estimate_keeps_its_word_as_the_cue() -> None:
    sentence = "Organisers estimated the crowd at roughly 12,000."
    cues = {c.text.casefold() for c in find_cues(sentence, language="en")}
    assert "estimated" in cues
    assert suggest_kind(sentence, "en", find_cues(sentence, language="en")).reason.startswith(
        "an estimate of a size"
    )


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Nach Schätzungen der Kammer wären rund 3.000 Betriebe betroffen.", "de"),
        ("Der Mieterverein schätzt, dass die Reform rund 900 Haushalte entlasten würde.", "de"),
        ("The council estimates that about 600 pupils would lose their bus pass.", "en"),
        ("Engineers estimate that the new lock will take three years to build.", "en"),
    ],
)
def test_an_estimate_of_what_will_be_is_a_forecast(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Zahl der Fälle dürfte höher liegen, schätzt ein Arzt der Klinik.", "de"),
        ("The toll could be far higher, one official estimated.", "en"),
    ],
)
def test_an_estimate_with_a_modal_of_its_own_stays_a_guess(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "speculation"


# --- pledges and plans for a time ahead --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "language"),
    [
        ("„Wir werden das Werk nicht aufgeben“, sagte der Betriebsrat.",
         "„Wir werden das Werk nicht aufgeben“", "de"),
        ('"We will rebuild every classroom," the mayor told parents.',
         '"We will rebuild every classroom,"', "en"),
    ],
)  # fmt: skip
def test_a_quoted_pledge_is_a_forecast(sentence: str, quote: str, language: str) -> None:
    assert _kind(sentence, language, [quote]) == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Landrätin sagte, sie werde keine weiteren Kürzungen mittragen.", "de"),
        ("The club said it would appeal against the points deduction.", "en"),
        ("The new coach promised to bring back the youth teams.", "en"),
        ("The ferry operator has pledged that crossings will resume by spring.", "en"),
    ],
)
def test_a_pledge_in_indirect_speech_is_a_forecast(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Brauerei kündigte an, ihr Stammhaus zu verkaufen.",
        "Der Elternbeirat kündigte Protest gegen die Schließung an.",
        "Die Gewerkschaft hat für Freitag einen Warnstreik angekündigt.",
        "Die Anhörung ist für den 3. Juni im Rathaus angesetzt.",
    ],
)
def test_a_german_announcement_of_what_will_be_done_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


def test_an_announcement_that_points_back_keeps_the_report() -> None:
    assert _kind("Das kündigte der Verein am Montag an.", "de") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Landkreis will die Buslinie nach Norden verlängern.",
        "Die Mehreinnahmen sollen in den Schulbau fließen.",
        "Ein Sachverständiger soll nun prüfen, ob die Brücke noch trägt.",
        "Im Frühjahr will der Wirt das Lokal abgeben.",
    ],
)
def test_a_german_plan_is_a_forecast_with_or_without_a_time(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Verein wollte sich zu dem Urteil nicht äußern.",
        "Die Halle soll 2019 eröffnen.",
        "Der Dieb soll durch ein Kellerfenster geflohen sein.",
    ],
)
def test_a_past_wish_a_past_year_or_hearsay_is_no_plan(sentence: str) -> None:
    assert _kind(sentence, "de") != "forecast"


def test_a_plans_modal_outside_a_quote_with_its_infinitive_inside() -> None:
    sentence = "Die Kandidatin sagte, sie wolle „zuerst den Bahnhof sanieren“."
    assert _kind(sentence, "de", ["„zuerst den Bahnhof sanieren“"]) == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "The next council election is not due until 2028.",
        "The airline plans about forty new routes next year.",
        "The speed limit applies from March 2027 on all estate roads.",
    ],
)
def test_an_english_schedule_without_will_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "en") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "The head teacher said the school would close its pool in June.",
        "A police spokesman said detectives would review the footage again.",
    ],
)
def test_what_someone_said_would_be_done_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "en") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said the town had spent 3 percent more on roads and would not cut that.",
        "He said the region would need at least four more ambulances.",
    ],
)
def test_a_past_fact_or_a_need_after_said_would_is_no_forecast(sentence: str) -> None:
    assert _kind(sentence, "en") != "forecast"


# --- warnings against, assessments -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The coastguard warned walkers against crossing the sands at dusk.", "en"),
        ("Doctors cautioned parents against giving the syrup to babies.", "en"),
        ("Der Hausärzteverband warnte davor, die Praxen am Samstag zu schließen.", "de"),
    ],
)
def test_a_warning_against_doing_something_is_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


def test_a_warning_of_what_could_happen_is_a_view() -> None:
    # a guess until round eleven settled that a warning is its giver's view
    assert _kind("The engineer warned that the bridge could fail in a storm.", "en") == "opinion"


def test_a_warning_only_heard_of_stays_a_guess() -> None:
    sentence = "Officials have reportedly warned the club that the stand could be closed."
    assert _kind(sentence, "en") == "speculation"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Nach Einschätzung vieler Lehrer würde die Reform wenig ändern.", "de"),
        ("Nach Ansicht des Verbands ist das neue Gesetz überfällig.", "de"),
        ("In the view of most economists, the tax is a poor tool.", "en"),
    ],
)
def test_an_assessment_with_no_figure_or_modal_is_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Nach Einschätzung von Beobachtern dürfte der Rat den Plan im Mai billigen.", "forecast"),
        ("Nach Einschätzung der Polizei waren rund 300 Menschen auf dem Platz.", "reported"),
        ("Die Entlassung war nach Auffassung der Kammer unwirksam.", "reported"),
    ],
)
def test_an_assessment_with_a_modal_a_figure_or_a_courts_finding_is_no_plain_view(
    sentence: str, kind: str
) -> None:
    assert _kind(sentence, "de") == kind


# --- years that do not make a statement history ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die neue Satzung gilt seit März 2019.", "de"),
        ("The ban has applied since June 2018 in every county.", "en"),
        ("The pass rate rose from 61 percent in 2022 to 74 percent this year.", "en"),
        ("Die Quote stieg von 40 Prozent im Jahr 2021 auf 55 Prozent in diesem Jahr.", "de"),
    ],
)
def test_a_span_from_a_dated_start_up_to_now_is_no_history(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Kreis hatte einen ähnlichen Antrag zuletzt im Herbst abgelehnt.",
        "Die Stadt hatte den Zuschuss zuletzt im März gekürzt.",
    ],
)
def test_a_pluperfect_of_the_last_time_before_now_is_the_run_up_not_history(sentence: str) -> None:
    assert _kind(sentence, "de") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dem Fahrer war vorgeworfen worden, die Ladung nicht gesichert zu haben.",
        "Den beiden Männern war Betrug in mehreren Fällen vorgeworfen worden.",
    ],
)
def test_a_charge_in_the_pluperfect_passive_is_the_case_not_history(sentence: str) -> None:
    assert _kind(sentence, "de") == "reported"


def test_a_pluperfect_with_an_old_year_stays_history() -> None:
    assert _kind("Die Firma hatte das Werk 1995 gebaut.", "de") == "historical"


# --- demands, wishes, advice and stated reactions ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Mieterbund fordert eine Obergrenze für Nebenkosten.", "de"),
        ("Die Landwirte verlangen mehr Geld für den Hochwasserschutz.", "de"),
        ("Die Ministerin beharrt auf ihrem Zeitplan für die Reform.", "de"),
        ("Der Verband wirbt für einen gemeinsamen Einkauf der Kliniken.", "de"),
        ("Die Ärzte raten, bei Hitze viel Wasser zu trinken.", "de"),
        ("The charity urged ministers to lift the benefit cap.", "en"),
        ("Local traders have called for a ban on lorries in the old town.", "en"),
        ("The tenants' group wants a freeze on rents for two years.", "en"),
        ("Health officials advised parents to keep sick children at home.", "en"),
    ],
)
def test_a_demand_a_wish_or_advice_is_a_view(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Entschädigung, die er verlangt hatte, wies das Gericht ab.", "de"),
        ("Kunden dürfen nur eine Rückzahlung verlangen, wenn der Zug ausfällt.", "de"),
        ("Die Stadt könnte im Gegenzug höhere Gebühren verlangen.", "de"),
        ("The control room took more than 400 calls for help overnight.", "en"),
    ],
)
def test_a_past_perfect_a_rule_a_guess_or_a_count_is_no_demand(
    sentence: str, language: str
) -> None:
    assert _kind(sentence, language) != "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Elternverein reagierte empört auf die Kürzung.",
        "Die Bürgermeisterin zeigte sich erschüttert über den Unfall.",
    ],
)
def test_a_reaction_stated_by_its_feeling_is_a_view(sentence: str) -> None:
    assert _kind(sentence, "de") == "opinion"


def test_a_reaction_is_its_holders_view() -> None:
    """Round eleven settled it: a reaction voiced, with a feeling or without, is an
    opinion (it was reported before)."""
    assert _kind("Das Ministerium reagierte zurückhaltend.", "de") == "opinion"


# --- quoted accounts, ratings, consequences, hypotheticals, signatures ---------------------


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ('"We stopped the night shifts and hired two more cooks," the owner said.',
         '"We stopped the night shifts and hired two more cooks,"'),
        ('"I walked the whole route twice before the race," she told the paper.',
         '"I walked the whole route twice before the race,"'),
    ],
)  # fmt: skip
def test_a_quoted_account_of_what_the_speaker_did_is_reported(sentence: str, quote: str) -> None:
    assert _kind(sentence, "en", [quote]) == "reported"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The care home has been rated good by inspectors, the council said.", "en"),
        ("Die Brücke wurde bei der Prüfung als mangelhaft eingestuft, teilte das Amt mit.", "de"),
    ],
)
def test_a_grade_given_by_an_inspection_is_reported(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council is preparing to close two depots, officials said, a move that could"
        " cost 80 jobs.",
        "The brewer opened a second site on Monday, betting that demand will keep growing.",
    ],
)
def test_a_consequence_or_a_bet_set_after_the_statement_leaves_the_report(sentence: str) -> None:
    assert _kind(sentence, "en") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Together the two clubs would have about 90,000 members.",
        "Merged, the firms would have a combined workforce of 7,000.",
    ],
)
def test_would_have_with_a_figure_is_a_hypothetical_ahead(sentence: str) -> None:
    assert _kind(sentence, "en") == "forecast"


def test_would_have_with_a_participle_looks_back() -> None:
    sentence = "The rule, dropped in May, would have made parking free on Sundays."
    assert _kind(sentence, "en") != "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "The goalkeeper has signed a three-year contract and will join in July.",
        "The two towns signed a deal on Friday and will share a fire station.",
    ],
)
def test_a_signature_is_the_decision_reported_though_it_sets_a_time_ahead(
    sentence: str,
) -> None:
    assert _kind(sentence, "en") == "reported"


def test_a_year_in_a_relative_clause_without_commas_is_no_history() -> None:
    sentence = "A library that was closed in 2021 has reopened with longer hours."
    assert _kind(sentence, "en") == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Brand dürfte erst nach dem Wochenende gelöscht sein, sagte der Einsatzleiter.",
        "Die Straße dürfte erst ab Mittwoch wieder frei sein.",
    ],
)
def test_a_duerfte_state_reached_later_is_a_forecast(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


def test_a_quoted_figure_of_what_would_be_is_a_forecast() -> None:
    sentence = 'The mayor told reporters the repairs would cost "at least $12 million".'
    assert _kind(sentence, "en", ['"at least $12 million"']) == "forecast"


# --- spans that began long ago, a plan's passive over a list -------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Eine Apotheke gibt es im Ort seit 1988 nicht mehr.", "de"),
        ("Otter numbers in the valley have fallen steadily since the 1960s.", "en"),
    ],
)
def test_a_span_that_began_a_generation_ago_tells_history(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "historical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Fähre fährt seit 2021 nur noch im Sommer.", "de"),
        ("Rents in the city are rising faster than at any time since the 1970s.", "en"),
    ],
)
def test_a_recent_span_or_a_record_since_is_about_now(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "reported"


def test_a_plans_passive_over_a_list_is_a_forecast() -> None:
    sentence = "Zwei Sporthallen sollen saniert, das alte Freibad abgerissen werden."
    assert _kind(sentence, "de") == "forecast"


# --- what someone claims takes the kind of its content -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Abgeordnete behauptete, die Stadt habe 300 Wohnungen leer stehen lassen.", "de"),
        ("The radio host claimed that scooters catch fire ten times more often than bikes.", "en"),
    ],
)
def test_a_claimed_figure_is_reported(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "reported"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("A viral post claims that the council will ban wood stoves from May.", "en"),
        ("Der Blogger behauptet, die Stadt werde die Altstadt für Autos sperren.", "de"),
    ],
)
def test_a_claimed_plan_or_future_is_a_forecast(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister has claimed that the opposition is sabotaging the talks.",
        "The landlord claimed that the flat had been empty since 2019.",
    ],
)
def test_a_claim_with_no_figure_or_future_stays_a_view(sentence: str) -> None:
    assert _kind(sentence, "en") == "opinion"


# --- modals of ability and permission, a group's stated feeling ----------------------------


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ('The mayor said the cut was "the smallest we could make" this year.',
         '"the smallest we could make"'),
        ('The coach said the team ran "as hard as they could" in the heat.',
         '"as hard as they could"'),
    ],
)  # fmt: skip
def test_a_modal_after_a_superlative_or_as_as_is_no_guess(sentence: str, quote: str) -> None:
    assert _kind(sentence, "en", [quote]) != "speculation"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Gegen das Urteil ist eine Berufung binnen zwei Wochen möglich.", "de"),
        ("An appeal against the fine is possible within 28 days.", "en"),
    ],
)
def test_a_legal_remedy_said_to_be_possible_is_no_guess(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "reported"


def test_a_possibility_of_an_event_stays_a_guess() -> None:
    assert _kind("Ein zweiter Wahlgang ist möglich.", "de") == "speculation"


@pytest.mark.parametrize(
    "sentence",
    [
        "Many residents remain unhappy about the new bus timetable.",
        "Shop owners are still angry about the closure of the car park next month.",
    ],
)
def test_a_groups_stated_feeling_is_a_view(sentence: str) -> None:
    assert _kind(sentence, "en") == "opinion"


# --- a German warning of a danger ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Verbraucherzentrale warnt vor gefälschten Paketmitteilungen per SMS.",
        "Der Ärzteverband warnte eindringlich vor einer Grippewelle in den Heimen.",
    ],
)
def test_a_german_warning_of_a_danger_is_a_view(sentence: str) -> None:
    assert _kind(sentence, "de") == "opinion"


def test_a_german_warning_for_a_day_ahead_is_a_forecast() -> None:
    assert _kind("Der Wetterdienst warnt für Montag vor Glatteis im Bergland.", "de") == (
        "forecast"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Anwohner müssten monatelang mit Baulärm leben, sagte die Stadtsprecherin.",
        "Die Vollsperrung könnte wochenlang dauern.",
    ],
)
def test_a_modal_with_a_span_of_weeks_or_months_looks_ahead(sentence: str) -> None:
    assert _kind(sentence, "de") == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Some villages could be cut off for several days, the forecaster said.",
        "The bridge may stay closed for two more weeks.",
    ],
)
def test_an_english_modal_with_a_span_of_days_or_weeks_looks_ahead(sentence: str) -> None:
    assert _kind(sentence, "en") == "forecast"


def test_a_perfect_modal_with_a_span_stays_a_guess_about_the_past() -> None:
    sentence = "The hiker could have been lost for several days, police said."
    assert _kind(sentence, "en") == "speculation"


def test_an_aim_an_expert_gives_as_his_view_is_no_plan() -> None:
    sentence = (
        "Mit dem neuen Bündnis will die Insel „ihre Neutralität wahren. An einem Streit"
        " der Großmächte ist sie nicht interessiert“, meint der Politologe."
    )
    quote = "„ihre Neutralität wahren. An einem Streit der Großmächte ist sie nicht interessiert“"
    assert _kind(sentence, "de", [quote]) != "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nachdem die Firma den Abbau angekündigt hatte, protestierten die Mitarbeiter.",
        "Wie angekündigt stiegen die Preise zum Monatsbeginn.",
    ],
)
def test_an_announcement_in_the_pluperfect_or_as_announced_is_no_plan(sentence: str) -> None:
    assert _kind(sentence, "de") != "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("A spokesman said he would not comment on the case.", "en"),
        ("The builder said it would not disclose the price.", "en"),
        ("Eine Sprecherin sagte, man werde sich dazu nicht äußern.", "de"),
        ("Die Reederei will sich zu dem Unfall nicht äußern.", "de"),
    ],
)
def test_a_refusal_to_speak_is_reported_not_a_pledge(sentence: str, language: str) -> None:
    assert _kind(sentence, language) == "reported"
