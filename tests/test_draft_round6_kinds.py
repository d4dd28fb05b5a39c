"""Round six of drafting kinds and hedge cues: classes of false cue found in real copy.

Each class has sentences written for this file, in both languages where it applies: a
noun that is what a sentence talks about is no hedge ("the estimate was revised"), but
the same noun naming the source of what follows is ("according to estimates"); a noun
taken up only to be denied is none ("doesn't comment on rumours"); a German subjunctive
form capitalised mid-sentence is a noun ("in seiner Rede"); an English judging verb used
as a noun ("a research note") judges nothing; and a plain claim's reason agrees with the
hedges its draft lists.
"""

from __future__ import annotations

import pytest

from tui.cues import find_cues
from tui.draft.kinds import suggest_kind


def _cue_words(sentence: str, language: str) -> list[str]:
    return [hit.text.casefold() for hit in find_cues(sentence, language=language)]


@pytest.mark.parametrize(
    ("sentence", "language", "noun"),
    [
        ("The new estimate is far higher than the first one.", "en", "estimate"),
        ("Officials revised their estimates twice last month.", "en", "estimates"),
        ("Any estimate of the damage will change as the water recedes.", "en", "estimate"),
        ("Die erste Schätzung wurde am Freitag deutlich nach oben korrigiert.", "de", "schätzung"),
        ("Der Verband hält seine Schätzungen für zu vorsichtig.", "de", "schätzungen"),
    ],
)
def test_an_estimate_talked_about_is_no_hedge(sentence: str, language: str, noun: str) -> None:
    assert noun not in _cue_words(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language", "cue"),
    [
        ("According to official estimates, 4,000 homes lost power.", "en", "estimates"),
        ("Estimates suggest that a third of the harvest is lost.", "en", "estimates"),
        ("Engineers estimate that the repair will take a year.", "en", "estimate"),
        ("The crowd was estimated at 20,000 people.", "en", "estimated"),
        ("Nach Schätzungen des Verbands fehlen 3.000 Lehrkräfte.", "de", "schätzungen"),
        ("Schätzungen der Behörde zufolge sind 500 Häuser beschädigt.", "de", "schätzungen"),
    ],
)
def test_an_estimate_as_a_source_or_a_verb_is_a_hedge(
    sentence: str, language: str, cue: str
) -> None:
    assert cue in _cue_words(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language", "noun"),
    [
        ("The airline does not comment on rumours about its fleet.", "en", "rumours"),
        ("Investors didn't put much stock in speculation about a merger.", "en", "speculation"),
        ("The club dismissed rumors that the coach was leaving.", "en", "rumors"),
        ("Der Konzern äußert sich nicht zu Gerüchten über einen Verkauf.", "de", "gerüchten"),
        ("Spekulationen über einen Rücktritt gab es keine.", "de", "spekulationen"),
    ],
)
def test_a_rumour_denied_or_talked_about_is_no_hedge(
    sentence: str, language: str, noun: str
) -> None:
    assert noun not in _cue_words(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language", "cue"),
    [
        (
            "Amid speculation that the minister will resign, the vote was delayed.",
            "en",
            "speculation",
        ),
        ("Rumours that the factory will close spread through the town.", "en", "rumours"),
        ("Gerüchten zufolge verlässt der Trainer den Verein im Sommer.", "de", "gerüchten"),
        ("Es gibt Spekulationen, dass die Firma verkauft wird.", "de", "spekulationen"),
    ],
)
def test_a_rumour_as_the_source_of_a_claim_is_a_hedge(
    sentence: str, language: str, cue: str
) -> None:
    assert cue in _cue_words(sentence, language)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Ministerin hatte in ihrer Rede die Pläne verteidigt.",
        "Die ganze Habe der Familie wurde bei dem Brand zerstört.",
        "Der Bürgermeister hielt eine kurze Rede vor dem Rathaus.",
    ],
)
def test_a_capitalised_subjunctive_form_mid_sentence_is_a_noun(sentence: str) -> None:
    hits = find_cues(sentence, language="de")
    assert not [hit for hit in hits if hit.category == "subjunctive"]


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("Er sagte, er rede nicht über Zahlen.", "rede"),
        ("Sie betonte, man halte an dem Plan fest.", "halte"),
    ],
)
def test_a_lowercase_subjunctive_form_stays_a_cue(sentence: str, form: str) -> None:
    assert form in _cue_words(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank sent clients a research note on the merger on Monday.",
        "The regulator rejected the claims in a letter to the company.",
        "A short note on the door told visitors the museum was closed.",
    ],
)
def test_an_english_judging_verb_used_as_a_noun_judges_nothing(sentence: str) -> None:
    assert suggest_kind(sentence, "en", find_cues(sentence, language="en")).kind != "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts note that the shares have doubled since March.",
        "The union claims the company broke the agreement.",
    ],
)
def test_an_english_judging_verb_still_judges(sentence: str) -> None:
    assert suggest_kind(sentence, "en", find_cues(sentence, language="en")).kind == "opinion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Stadt zählt rund 40.000 Einwohner.", "de"),
        ("The bridge is about 300 metres long.", "en"),
    ],
)
def test_a_plain_claims_reason_agrees_with_its_hedges(sentence: str, language: str) -> None:
    cues = find_cues(sentence, language=language)
    suggestion = suggest_kind(sentence, language, cues)
    assert cues
    assert suggestion.kind == "reported"
    assert "no hedge" not in suggestion.reason
    assert cues[0].text in suggestion.reason


def test_a_plain_claim_without_cues_says_it_has_no_hedge() -> None:
    sentence = "The council opened the new library on Friday."
    suggestion = suggest_kind(sentence, "en", find_cues(sentence, language="en"))
    assert suggestion.kind == "reported"
    assert "no hedge" in suggestion.reason


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Der Verband hielt der Regierung vor, sie habe zu spät gehandelt.", "de"),
        ("Die Gewerkschaft prangerte die Arbeitsbedingungen im Lager an.", "de"),
        ("Der Trainer wollte nicht dem Schiedsrichter die Schuld geben.", "de"),
        ("Die Bürgermeisterin pries das neue Radwegenetz.", "de"),
        ("Der Minister begrüßte, dass die Zahl der Unfälle gesunken ist.", "de"),
        ("The coach blamed the defeat on a wet pitch.", "en"),
        ("The mayor lauded the volunteers who cleared the park.", "en"),
    ],
)
def test_blame_and_praise_are_views(sentence: str, language: str) -> None:
    assert suggest_kind(sentence, language, find_cues(sentence, language=language)).kind == (
        "opinion"
    )


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The minister declined to say when the talks might resume.", "en"),
        ("The company did not disclose whether more jobs could go.", "en"),
        ("Der Sprecher wollte nicht sagen, wann die Strecke wieder öffnen könnte.", "de"),
    ],
)
def test_a_modal_inside_an_indirect_question_is_no_guess(sentence: str, language: str) -> None:
    assert suggest_kind(sentence, language, find_cues(sentence, language=language)).kind != (
        "speculation"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister did not rule out a second referendum.",
        "The club refused to rule out selling its captain.",
        "The central bank didn't rule out a further rise in rates.",
    ],
)
def test_not_ruling_out_is_a_guess(sentence: str) -> None:
    cues = find_cues(sentence, language="en")
    assert any("rule out" in hit.text for hit in cues)
    assert suggest_kind(sentence, "en", cues).kind == "speculation"


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Her second novel appeared in 1988 to little notice.", False),
        ("The suspect appeared in court on Tuesday.", False),
        ("The singer appeared on television twice that week.", False),
        ("The minister appeared to accept the offer.", True),
        ("The pilots appeared calm after the landing.", True),
    ],
)
def test_appearing_in_public_is_no_hedge(sentence: str, hedged: bool) -> None:
    words = _cue_words(sentence, "en")
    assert ("appeared" in words) is hedged


@pytest.mark.parametrize(
    ("sentence", "language", "cue"),
    [
        ("I do think the council should listen to the residents.", "en", "i do think"),
        ("I really believe the plan can still work.", "en", "i really believe"),
        ("Engineers suspect that the crack began years ago.", "en", "suspect that"),
        (
            "Doctors who suspect that the drug is unsafe have written to the agency.",
            "en",
            "suspect that",
        ),
        ("Nach Meinung vieler Ökonomen ist der Zins zu hoch.", "de", "nach meinung"),
        ("Nach Ansicht vieler Ärzte fehlt eine Genehmigung.", "de", "nach ansicht"),
    ],
)
def test_views_and_suspicions_are_cues(sentence: str, language: str, cue: str) -> None:
    assert cue in _cue_words(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Survival rates were as low as 20 percent in some wards.", "as low as 20"),
        ("Prices rose as high as 90 dollars a barrel.", "as high as 90"),
        ("Turnout was just under 40 percent.", "just under 40"),
        ("The fund lost just over 3 billion euros.", "just over 3"),
    ],
)
def test_the_edge_of_a_range_is_an_approximation(sentence: str, cue: str) -> None:
    assert cue in _cue_words(sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Reluctantly, I will probably vote for the scheme.", "en"),
        ("The bridge will presumably reopen in the spring.", "en"),
        ("Der Tunnel wird wahrscheinlich erst im Herbst fertig werden.", "de"),
    ],
)
def test_a_likelihood_on_a_plain_future_is_a_forecast(sentence: str, language: str) -> None:
    cues = find_cues(sentence, language=language)
    assert suggest_kind(sentence, language, cues).kind == "forecast"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ('"Some, probably, and I will not deny it."', "en"),
        ("Der Schaden ist wahrscheinlich größer, und die Stadt wird ihn prüfen.", "de"),
    ],
)
def test_a_likelihood_beside_a_future_in_another_clause_stays_a_guess(
    sentence: str, language: str
) -> None:
    cues = find_cues(sentence, language=language)
    assert suggest_kind(sentence, language, cues).kind == "speculation"


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Farmers queued to file claims for the flood damage.", False),
        ("The insurer has paid most claims within a month.", False),
        ("The rebel group claims it shot down the drone.", True),
        ("Claims that the ballots were forged spread quickly.", True),
    ],
)
def test_a_claim_as_a_thing_is_no_hedge(sentence: str, hedged: bool) -> None:
    words = _cue_words(sentence, "en")
    assert any(word.startswith("claim") for word in words) is hedged


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Er hätte sich von der Regierung mehr Mut gewünscht, sagte der Verbandschef.", "de"),
        ("Die Opposition hätte eine Abstimmung im Plenum vorgezogen.", "de"),
        ("The union would have preferred a shorter contract.", "en"),
        ("She said she would have liked more time to read the report.", "en"),
    ],
)
def test_a_wish_left_unmet_is_a_view(sentence: str, language: str) -> None:
    cues = find_cues(sentence, language=language)
    assert suggest_kind(sentence, language, cues).kind == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die neue Brücke soll 2031 eröffnen.",
        "Eine zweite Ausbaustufe soll im Jahr 2030 folgen.",
    ],
)
def test_a_german_plan_for_a_year_ahead_is_a_forecast(sentence: str) -> None:
    cues = find_cues(sentence, language="de")
    assert suggest_kind(sentence, "de", cues, article_year=2026).kind == "forecast"


def test_a_german_plan_for_a_past_year_is_no_forecast() -> None:
    sentence = "Die Brücke soll 2019 eröffnen."
    cues = find_cues(sentence, language="de")
    assert suggest_kind(sentence, "de", cues, article_year=2026).kind != "forecast"
