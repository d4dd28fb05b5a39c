"""Hedge cues by class: compound and named sources, topic "about", effort "possibly",
expectations measured against, rough sizes, and every form of reported speech."""

from __future__ import annotations

import pytest

from tui.cues import find_cues, parse_lexicon


def _texts(sentence: str, language: str) -> list[str]:
    return [hit.text for hit in find_cues(sentence, language=language)]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "Die Ministerin reiste nach SZ-Informationen bereits am Montag ab.",
            "nach SZ-Informationen",
        ),
        ("Nach NDR-Recherchen fehlen in dem Heim zwölf Pflegekräfte.", "Nach NDR-Recherchen"),
        ("Der Konzern plant nach dpa Informationen einen Verkauf.", "nach dpa Informationen"),
        (
            "Nach einer Umfrage des Verbands will jeder dritte Betrieb Stellen abbauen.",
            "Nach einer Umfrage",
        ),
        ("Nach einer neuen Analyse der Kasse fehlen 300 Ärzte.", "Nach einer neuen Analyse"),
    ],
)
def test_a_named_account_is_an_attribution(sentence: str, cue: str) -> None:
    hits = [hit for hit in find_cues(sentence, language="de") if hit.category == "attribution"]
    assert [hit.text for hit in hits] == [cue]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach einem Brand in der Altstadt sperrte die Feuerwehr zwei Straßen.",
        "Nach der Auswertung der Bilder nahm die Polizei einen Mann fest.",
    ],
)
def test_nach_after_an_event_is_no_source(sentence: str) -> None:
    assert not [h for h in find_cues(sentence, language="de") if h.category == "attribution"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The jury chose a quiet film by the director Ana Ruiz about two brothers at sea.",
        "Her new novel about three sisters in Lagos sold well.",
    ],
)
def test_about_after_a_work_names_its_topic(sentence: str) -> None:
    assert not any(text.startswith("about") for text in _texts(sentence, "en"))


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The film made about 40 million dollars in its first week.", "about 40"),
        ("The strike costs the carrier about 20 million dollars a day.", "about 20"),
        ("Each year about 5,000 people visit the island.", "about 5,000"),
    ],
)
def test_about_before_a_size_stays_a_rough_size(sentence: str, cue: str) -> None:
    assert cue in _texts(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        'The mayor promised to clear "as many streets as we possibly can" by Monday.',
        "Crews worked as fast as they possibly could to restore power.",
    ],
)
def test_possibly_of_utmost_effort_is_no_hedge(sentence: str) -> None:
    assert "possibly" not in _texts(sentence, "en")


def test_possibly_before_a_verb_stays_a_hedge() -> None:
    assert "possibly" in _texts("The fire was possibly started by a cigarette.", "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Umsatz fiel stärker als erwartet.",
        "Die Zinsen blieben, wie erwartet, unverändert.",
    ],
)
def test_an_outcome_against_an_expectation_is_no_hedge(sentence: str) -> None:
    assert not [h for h in find_cues(sentence, language="de") if h.category == "epistemic"]


def test_an_expectation_before_its_clause_stays_a_hedge() -> None:
    hits = find_cues("Fachleute erwarten, dass die Preise steigen.", language="de")
    assert any(h.category == "epistemic" for h in hits)


@pytest.mark.parametrize(
    ("sentence", "language", "cue"),
    [
        ("The closure hits some 40,000 commuters a day.", "en", "some 40,000"),
        ("Der Unfall ereignete sich gegen 22 Uhr auf der Landstraße.", "de", "gegen 22 Uhr"),
        ("Der Kürbis wiegt gut 300 Kilogramm.", "de", "gut 300"),
    ],
)
def test_a_rounded_number_is_an_approximation(sentence: str, language: str, cue: str) -> None:
    hits = [h for h in find_cues(sentence, language=language) if h.category == "approximation"]
    assert [h.text for h in hits] == [cue]


def test_some_of_a_number_is_no_approximation() -> None:
    assert not _texts("Some of the 200 guests left early.", "en")


@pytest.mark.parametrize(
    ("sentence", "forms"),
    [
        (
            "Es sei kaum denkbar, dass die Firma den Vertrag verlängern werde, sagte er.",
            ["sei", "werde"],
        ),
        ("Jene kämen zurück, die man verloren habe.", ["habe"]),
        ("Der Bürgermeister könne nicht länger warten und müsse handeln.", ["könne", "müsse"]),
    ],
)
def test_every_form_of_reported_speech_counts_in_main_and_side_clauses(
    sentence: str, forms: list[str]
) -> None:
    found = [h.text for h in find_cues(sentence, language="de") if h.category == "subjunctive"]
    assert [f for f in forms if f in found] == forms


def test_an_ending_matches_the_last_part_of_a_compound() -> None:
    lexicon = parse_lexicon(
        "format: 1\nmax_gap: 3\ncategories:\n"
        + "".join(
            f"  {c}:\n    de: []\n"
            for c in ("speculation", "epistemic", "modal", "distancing", "subjunctive")
        )
        + '  attribution:\n    de: ["nach *-Auskunft"]\n  approximation:\n    de: []\n'
    )
    hits = find_cues("Das Amt schloss nach Stadt-Auskunft um 12 Uhr.", language="de", using=lexicon)
    assert [h.text for h in hits] == ["nach Stadt-Auskunft"]


@pytest.mark.parametrize(
    ("sentence", "language", "cue"),
    [
        (
            "Der Verein hatte nach eigenen Angaben mit weniger Gästen gerechnet.",
            "de",
            "nach eigenen Angaben",
        ),
        (
            "Die Mieten würden künftig strenger kontrolliert, sagte sie.",
            "de",
            "würden … kontrolliert",
        ),
        ("She expects a slower second half for the chain.", "en", "expects"),
        ("We continue to expect the bank to cut rates.", "en", "expect"),
        ("The broker also forecasts profits of 2 billion dollars.", "en", "forecasts"),
        ("Residents fear the mill potentially closing its gates.", "en", "potentially"),
        ("Officers searched for the alleged getaway driver.", "en", "alleged"),
        ("There were reports that the coach is about to leave.", "en", "There were reports that"),
        ("The fund kept buying, despite believing the market could fall.", "en", "believing"),
    ],
)
def test_more_hedges_by_class(sentence: str, language: str, cue: str) -> None:
    assert cue in _texts(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Drivers should expect delays on the bridge.", "expect"),
        ("Sales grew faster than the market expects.", "expects"),
        ("The forecasts were revised twice.", "forecasts"),
        ("Solar power has great potential.", "potential"),
        ("The fans never stopped believing in the team.", "believing"),
    ],
)
def test_the_same_words_where_they_hedge_nothing(sentence: str, word: str) -> None:
    assert not any(word in text for text in _texts(sentence, "en"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry expects inflation of 2 percent next year.",
        "The board expects growth of 1.5 percent in the spring.",
    ],
)
def test_expects_before_a_bare_noun_names_a_projection(sentence: str) -> None:
    assert not any("expect" in text for text in _texts(sentence, "en"))


def test_an_own_account_with_a_count_is_no_hedge() -> None:
    sentence = "Die Initiative hat nach eigenen Angaben schon 2.500 Unterschriften gesammelt."
    assert "nach eigenen Angaben" not in _texts(sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("Viele Familien kämen mit dem Zuschuss kaum aus, sagte sie.", "kämen"),
        (
            "Die Kunden fänden in der Innenstadt keine Parkplätze mehr, klagte der Verband.",
            "fänden",
        ),
    ],
)
def test_the_plural_konjunktiv_two_of_reported_speech_is_a_cue(sentence: str, form: str) -> None:
    hits = [h.text for h in find_cues(sentence, language="de") if h.category == "subjunctive"]
    assert form in hits


def test_a_plural_that_is_also_the_indicative_is_no_cue() -> None:
    hits = find_cues("Die Wege führen durch den Wald und blieben lange gesperrt.", language="de")
    assert not [h for h in hits if h.category == "subjunctive"]
