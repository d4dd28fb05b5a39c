"""Hedge cues, round eighteen: phrases that weigh a chance or name a view, and words that
look like hedges where they are none.

A likelihood said as a phrase ("aller Voraussicht nach", "mit großer
Wahrscheinlichkeit"), a question the text leaves open ("bleibt abzuwarten"), the state
of knowledge named as such ("nach derzeitigem Stand"), a trend read from signs ("zeichnet
sich ab"), "kaum" before a chance ("kaum Chancen") and a view named as the speaker's own
("meines Erachtens") are cues. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tui.cues import CueLexiconError, classify_hedge, find_cues, parse_lexicon


def _cues(sentence: str, language: str = "de") -> list[str]:
    return [hit.text.lower() for hit in find_cues(sentence, language=language)]


def _has(sentence: str, word: str, language: str = "de") -> bool:
    return any(word in cue.split() for cue in _cues(sentence, language))


# --- a likelihood, an open question, the state of knowledge ---------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Die Brücke wird aller Voraussicht nach im Herbst wieder befahrbar sein.",
         "aller voraussicht nach"),
        ("Der Sieger steht aller Wahrscheinlichkeit nach erst am Sonntag fest.",
         "aller wahrscheinlichkeit nach"),
        ("Im nächsten Jahr werden es mit großer Wahrscheinlichkeit mehr Gäste sein.",
         "mit großer wahrscheinlichkeit"),
        ("Die Preise steigen mit hoher Wahrscheinlichkeit weiter.",
         "mit hoher wahrscheinlichkeit"),
        ("Der Streik wird höchstwahrscheinlich bis Freitag dauern.", "höchstwahrscheinlich"),
    ],
)  # fmt: skip
def test_a_likelihood_said_as_a_phrase_is_a_cue(sentence: str, cue: str) -> None:
    assert cue in _cues(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ob der Damm dem Hochwasser standhält, bleibt abzuwarten.",
        "Wie die Wähler entscheiden, bleibt noch abzuwarten.",
        "Es ist abzuwarten, ob der Verein die Lizenz erhält.",
    ],
)
def test_a_question_left_to_wait_for_is_a_cue(sentence: str) -> None:
    assert _has(sentence, "abzuwarten")


def test_waiting_as_an_action_is_no_cue() -> None:
    assert not _has(
        "Die Feuerwehr rät den Anwohnern, das Gewitter im Haus abzuwarten.", "abzuwarten"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Bahn rechnet nach aktuellem Stand mit Verspätungen bis Mittwoch.",
        "Nach derzeitigem Kenntnisstand wurde niemand verletzt.",
        "Nach dem bisherigen Stand der Ermittlungen handelte der Mann allein.",
    ],
)
def test_the_state_of_knowledge_named_as_such_is_a_cue(sentence: str) -> None:
    assert any("stand" in cue for cue in _cues(sentence))


# --- a trend read from signs ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Tarifstreit zeichnet sich eine Einigung ab.",
        "Schon jetzt zeichnet sich ab, dass die Ernte schlechter ausfällt.",
        "Offen ist, ob sich ein Kompromiss abzeichnet.",
    ],
)
def test_a_trend_that_emerges_is_a_cue(sentence: str) -> None:
    assert any("zeichne" in cue for cue in _cues(sentence))


def test_signing_off_a_paper_is_no_trend() -> None:
    assert _cues("Die Ministerin zeichnete den Vertrag am Montag ab.") == []


# --- "kaum" where it weighs a chance ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Aufsteiger kann sich kaum Hoffnung auf den Klassenerhalt machen.",
        "Die Klage hat kaum Aussicht auf Erfolg.",
        "Eine schnelle Lösung ist kaum zu erwarten.",
    ],
)
def test_hardly_before_a_chance_is_a_cue(sentence: str) -> None:
    assert _has(sentence, "kaum")


@pytest.mark.parametrize(
    "sentence",
    [
        "Geringverdiener sparen durch die Reform kaum etwas.",
        "Die Pfleger schliefen kaum mehr als fünf Stunden.",
        "Mit so vielen Gästen hatte der Wirt kaum noch gerechnet.",
    ],
)
def test_hardly_as_a_degree_is_no_cue(sentence: str) -> None:
    assert not _has(sentence, "kaum")


# --- a view named as the speaker's own ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Meines Erachtens ist die Reform ein Fehler.",
        "Das Urteil ist unseres Erachtens nach zu milde.",
        "Meiner Meinung nach kommt der Beschluss zu spät.",
    ],
)
def test_a_view_named_as_ones_own_is_a_cue(sentence: str) -> None:
    hits = find_cues(sentence, language="de")
    assert [hit.category for hit in hits] == ["attribution"]


def test_in_all_likelihood_is_a_cue() -> None:
    assert "in all likelihood" in _cues("The pool will in all likelihood stay shut.", "en")


def test_recorded_phrases_are_classified() -> None:
    assert classify_hedge("aller Voraussicht nach")[0].category == "modal"
    assert classify_hedge("bleibt abzuwarten")[0].category == "epistemic"
    assert classify_hedge("nach aktuellem Stand")[0].category == "attribution"


# --- a wish in the Konjunktiv II ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "„Wir hätten uns natürlich einen Sieg gewünscht“, sagte der Trainer.",
        "Die Anwohner wären gern früher informiert worden.",
        "Man würde sich wünschen, dass die Stadt schneller handelt.",
        "Auf das Podest würde auch gerne die junge Schweizerin steigen.",
        "Der Verband hätte lieber vor Weihnachten eine Einigung.",
    ],
)
def test_a_wish_in_the_konjunktiv_two_is_no_cue(sentence: str) -> None:
    assert [hit.category for hit in find_cues(sentence, language="de")] in ([], ["attribution"])


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Die Mieter würden die Kosten allein tragen müssen.", "würden … tragen"),
        ("Viele Betriebe hätten keine Rücklagen mehr, sagte sie.", "hätten"),
        ("Die Hallen wären bis Ende Mai belegt, hieß es.", "wären"),
        ("Angriffe würden künftig konsequent verfolgt.", "würden … verfolgt"),
        ("Die Firma würde sich wohl über den Auftrag freuen.", "würde … freuen"),
    ],
)
def test_the_konjunktiv_two_of_reported_speech_stays_a_cue(sentence: str, cue: str) -> None:
    assert cue in _cues(sentence)


def test_a_wish_someone_is_reported_to_have_stays_a_cue() -> None:
    hits = _cues("Der Verein würde gerne im Frühjahr umziehen, sagte die Vorsitzende.")
    assert "würde … umziehen" in hits


# --- the same pattern under other conditions ----------------------------------------------

_LEXICON = """
format: 1
max_gap: 5
categories:
  speculation: {}
  epistemic: {}
  modal: {}
  distancing: {}
  attribution: {}
  subjunctive:
    de:
      - {cue: würde ... <inf>, unless_clause_has: [gerne]}
      - {cue: würde ... <inf>, only_if_clause_has: [gerne], only_if_sentence_has: [sagte]}
  approximation: {}
"""


def test_a_pattern_may_come_again_in_its_category_under_other_conditions() -> None:
    lexicon = parse_lexicon(_LEXICON)
    assert len(lexicon.cues) == 2
    assert find_cues("Sie würde gerne kommen.", using=lexicon) == ()
    assert [h.text for h in find_cues("Sie würde gerne kommen, sagte er.", using=lexicon)] == [
        "würde … kommen"
    ]


def test_a_pattern_listed_twice_as_it_is_is_refused() -> None:
    text = _LEXICON.replace(
        "only_if_clause_has: [gerne], only_if_sentence_has: [sagte]",
        "unless_clause_has: [gerne]",
    )
    with pytest.raises(CueLexiconError, match="listed twice"):
        parse_lexicon(text)


def test_a_pattern_in_two_categories_is_still_refused() -> None:
    text = _LEXICON.replace("  modal: {}", "  modal: {de: [würde ... <inf>]}")
    with pytest.raises(CueLexiconError, match="already under modal"):
        parse_lexicon(text)


# --- a modal in an indirect question ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver told officers where they could find the stolen van.",
        "Asked how many homes may still be without power, the mayor said crews were working.",
        "I don't know how the club could let its debts grow so large.",
        "Nobody explained why the ferry might be late.",
        "Residents want to know when the road could reopen.",
    ],
)
def test_a_modal_in_an_indirect_question_is_no_cue(sentence: str) -> None:
    assert not any(cue in ("could", "may", "might") for cue in _cues(sentence, "en"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The field where the new homes could be built floods every winter.",
        "The cuts come at a time when the economy may slip into recession.",
        "Police believe the driver might have fled abroad.",
        "In what could be the largest find in decades, divers raised a bronze bell.",
    ],
)
def test_a_modal_outside_a_question_stays_a_cue(sentence: str) -> None:
    assert any(cue in ("could", "may", "might") for cue in _cues(sentence, "en"))


def test_unless_asked_needs_both_lists() -> None:
    text = _LEXICON.replace(
        "  modal: {}", "  modal: {en: [{cue: could, unless_asked: {words: [how]}}]}"
    )
    with pytest.raises(CueLexiconError, match="'unless_asked' needs 'verbs' and 'words'"):
        parse_lexicon(text)


# --- "fast" sizes a number or a quantity, not an adjective -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Umbau dauerte fast drei Jahre.",
        "Fast die Hälfte der Befragten will umziehen.",
        "Die Miete ist fast doppelt so hoch wie vor fünf Jahren.",
        "Fast jeder zweite Betrieb sucht Lehrlinge.",
        "Nahezu alle Plätze waren belegt.",
        "Beinahe 400 Gäste kamen zur Eröffnung.",
        "Die Bestände sind um fast ein Viertel geschrumpft.",
    ],
)
def test_almost_before_a_number_or_a_quantity_is_a_cue(sentence: str) -> None:
    assert [hit.category for hit in find_cues(sentence, language="de")] == ["approximation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Trainerin war nach dem Spiel fast schon euphorisch.",
        "Das Team zeigte ein fast perfektes Spiel.",
        "Die beiden Entwürfe sind nahezu identisch.",
        "Der Neubau wirkt beinahe winzig neben dem Turm.",
    ],
)
def test_almost_before_an_adjective_is_no_cue(sentence: str) -> None:
    assert find_cues(sentence, language="de") == ()


# --- an outlet named by "laut" before "soll" ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Laut „Bild“ soll der Trainer, der erst im Sommer kam, wieder gehen.",
        "Laut einem Medienbericht sollen zwei Clubs an dem Stürmer interessiert sein.",
        "Laut der „Lausitzer Rundschau“ soll die Fusion im Herbst kommen.",
    ],
)
def test_an_outlet_named_by_laut_makes_soll_hearsay(sentence: str) -> None:
    hits = find_cues(sentence, language="de")
    recorded = [part.strip().casefold() for hit in hits for part in hit.text.split("…")]
    assert "laut" in recorded
    assert any(word in recorded for word in ("soll", "sollen"))


def test_a_plan_by_laut_from_its_maker_is_no_hearsay() -> None:
    hits = find_cues("Laut Stadtverwaltung soll die Halle im Mai öffnen.", language="de")
    assert [hit.text for hit in hits] == ["Laut"]


def test_the_perfect_of_hearsay_keeps_its_own_pattern() -> None:
    sentence = "Laut dem „Tagesspiegel“ soll der Senator davon gewusst haben."
    assert "soll … gewusst haben" in [hit.text for hit in find_cues(sentence, language="de")]


# --- short Konjunktiv I forms -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Der Mann sei gestürzt, er lebe aber allein und habe niemanden gerufen.", "lebe"),
        ("Der Verein lege großen Wert auf Nachwuchsarbeit, hieß es.", "lege"),
        ("Sie sage das seit Jahren, betonte die Sprecherin.", "sage"),
    ],
)
def test_a_short_konjunktiv_one_is_a_cue(sentence: str, cue: str) -> None:
    assert cue in _cues(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Ich lebe seit zwanzig Jahren in der Stadt.", "Es lebe der Sport!", "Die Sage ist alt."],
)
def test_the_first_person_a_toast_and_a_noun_are_no_konjunktiv(sentence: str) -> None:
    assert find_cues(sentence, language="de") == ()
