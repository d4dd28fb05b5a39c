"""Round seven of hedge cues: classes of missed and false cue, each with sentences written
for this file.

A range states both its ends and is a figure, not a hedge, unless it is given as rough
("rund 300 bis 400"); a verb of expectation before
what is to happen is a hedge ("expects prices to fall", "erwarten, dass …",
"befürchtet", "voraussichtlich"), but not advice ("should expect delays") nor an
expectation that is itself the news ("erwarten zwei Zinsschritte"); "hieß es", an account
named with its standing ("nach ersten Angaben") are cues (not the aside "so hieß es"), "nach
eigenen Angaben" (the subject speaking for itself) is not; "per" before a
number is a rate, "appeared" with nothing after it is coming out, a passive charge ("war
vorgeworfen worden") names no accuser, and the singular Konjunktiv II ("hätte", "wäre")
is a counterfactual, not reported speech.
"""

from __future__ import annotations

import pytest

from tui.cues import classify_hedge, find_cues


def _cue_words(sentence: str, language: str) -> list[str]:
    return [hit.text.lower() for hit in find_cues(sentence, language=language)]


def _has_cue(sentence: str, language: str, word: str) -> bool:
    return any(word in text.split() for text in _cue_words(sentence, language))


# --- ranges --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Im Park leben heute zwischen 40 und 55 Rehe.", "de"),
        ("Die Sanierung dauert drei bis fünf Monate.", "de"),
        ("Der Eintritt kostet künftig zwischen 8 und 12 Euro.", "de"),
        ("Tickets will cost between 15 and 40 dollars.", "en"),
        ("The court may award between £5,000 and £9,000 in damages.", "en"),
    ],
)
def test_a_range_in_running_text_is_no_hedge(sentence: str, language: str) -> None:
    assert not [h for h in find_cues(sentence, language=language) if h.category == "approximation"]


@pytest.mark.parametrize("hedge", ["zwischen 40 und 55", "drei bis fünf", "between 15 and 40"])
def test_a_range_an_analyst_records_is_still_an_approximation(hedge: str) -> None:
    assert classify_hedge(hedge)[0].category == "approximation"


def test_a_range_given_as_rough_stays_an_approximation() -> None:
    hits = find_cues("Der Saal fasst rund 300 bis 400 Gäste.", language="de")
    assert "300 bis 400" in [h.text for h in hits]


# --- expectations --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Brokers expect rents to climb again in the spring.",
        "The chain expects its new stores to open in May.",
        "Economists expect that the central bank will hold rates.",
    ],
)
def test_an_expectation_of_what_is_to_happen_is_a_cue(sentence: str) -> None:
    assert _has_cue(sentence, "en", "expect") or _has_cue(sentence, "en", "expects")


@pytest.mark.parametrize(
    "sentence",
    [
        "Commuters should expect long queues at the station.",
        "The ministry expects growth of 1.1 percent for the year.",
        "Visitors can expect warm weather.",
    ],
)
def test_advice_or_a_stated_target_is_no_expectation_cue(sentence: str) -> None:
    assert not any("expect" in text for text in _cue_words(sentence, "en"))


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Juristen erwarten, dass das Gericht den Fall zurückverweist.", "erwarten"),
        ("Der Hotelverband befürchtet Stornierungen in großer Zahl.", "befürchtet"),
        ("Die Brücke ist voraussichtlich bis Ende Juli gesperrt.", "voraussichtlich"),
    ],
)
def test_a_german_expectation_or_fear_is_a_cue(sentence: str, cue: str) -> None:
    assert cue in _cue_words(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        "Händler rechnen damit, dass die Preise im Herbst sinken.",
        "Die Reederei rechnet damit, dass der Kanal bald wieder frei ist.",
    ],
)
def test_rechnen_damit_is_no_cue_since_round_eleven(sentence: str) -> None:
    # settled in round eleven (corpus README): the gold of every set has 0 of 13 as cues
    assert not any("rechne" in text for text in _cue_words(sentence, "de"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Analysten erwarten bis Jahresende zwei weitere Zinsschritte.",
        "Der Steuerzahlerbund rechnet vor, dass die Abgabe sich verdoppelt.",
        "Der Verband rechnet mit höheren Beiträgen.",
    ],
)
def test_an_expectation_that_is_itself_the_news_is_no_cue(sentence: str) -> None:
    assert not any(w in text for text in _cue_words(sentence, "de") for w in ("erwart", "rechn"))


# --- sources -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Aus dem Ministerium hieß es, die Pläne seien noch nicht fertig.", "hieß es"),
        ("Im Rathaus hieß es dazu nur, man prüfe den Antrag.", "hieß es"),
        ("Der Verband hat nach offiziellen Angaben 800 Mitglieder.", "nach offiziellen angaben"),
        ("Nach ersten Angaben wurde niemand verletzt.", "nach ersten angaben"),
        ("Nach unseren Berechnungen fehlen dem Land 300 Lehrer.", "nach unseren berechnungen"),
    ],
)
def test_hearsay_and_an_account_named_with_its_standing_are_cues(sentence: str, cue: str) -> None:
    assert cue in _cue_words(sentence, "de")


def test_a_subjects_own_account_names_no_new_source() -> None:
    sentence = "Der Verein hat nach eigenen Angaben schon 900 Unterschriften gesammelt."
    assert not any("eigenen" in text for text in _cue_words(sentence, "de"))


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("The region recorded 4.2 burglaries per 1,000 homes last year.", False),
        ("Cases rose to 12 per 100,000 people.", False),
        ("The vote was delayed, per a statement from the speaker's office.", True),
    ],
)
def test_per_before_a_number_is_a_rate_not_a_source(sentence: str, hedged: bool) -> None:
    assert _has_cue(sentence, "en", "per") is hedged


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("He stopped answering calls after the first reports appeared.", False),
        ("She was furious when the photos appeared.", False),
        ("The minister appeared to accept the plan.", True),
        ("The driver appeared confused.", True),
    ],
)
def test_appearing_with_nothing_after_is_coming_out(sentence: str, hedged: bool) -> None:
    assert _has_cue(sentence, "en", "appeared") is hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "Dem Fahrer war vorgeworfen worden, die Ladung falsch gesichert zu haben.",
        "Den beiden Männern war Betrug vorgeworfen worden.",
    ],
)
def test_a_charge_in_the_past_passive_names_no_accuser(sentence: str) -> None:
    assert "vorgeworfen" not in _cue_words(sentence, "de")


# --- the subjunctive -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein klärendes Gespräch hätte nach Ansicht des Gerichts ausgereicht.",
        "Eine Maut für Lastwagen wäre fairer.",
    ],
)
def test_the_singular_konjunktiv_two_is_no_hedge(sentence: str) -> None:
    assert not {"hätte", "wäre"} & set(_cue_words(sentence, "de"))


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("Die Anwohner hätten sich mehrfach beschwert, sagte ein Sprecher.", "hätten"),
        ("Nach Berechnungen des Verbands wären 5.000 Betriebe betroffen.", "wären"),
    ],
)
def test_the_plural_konjunktiv_two_stays_a_cue(sentence: str, form: str) -> None:
    assert form in _cue_words(sentence, "de")


# --- a fear of what may come -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Fishermen fear stocks could collapse within a decade.",
        "The mayor fears the closure will cost the town 300 jobs.",
    ],
)
def test_a_fear_of_what_may_come_is_a_cue(sentence: str) -> None:
    assert any(t.split()[0] in ("fear", "fears") for t in _cue_words(sentence, "en"))


def test_a_fear_of_a_thing_is_no_cue() -> None:
    assert _cue_words("Shopkeepers fear burglaries.", "en") == []


# --- wishes, inferences and possible things ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("I hope the new park will be well used.", False),
        ("We hope the talks resume soon.", False),
        ("Organisers hope the festival will return next year.", True),
    ],
)
def test_the_speakers_own_hope_is_a_wish_not_a_hedge(sentence: str, hedged: bool) -> None:
    assert _has_cue(sentence, "en", "hope") is hedged


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Der Fahrer muss die rote Ampel verpasst haben.", "muss … verpasst haben"),
        ("Die Täter müssen ortskundig gewesen sein.", "müssen … gewesen sein"),
    ],
)
def test_must_with_a_perfect_infinitive_infers(sentence: str, cue: str) -> None:
    assert cue in _cue_words(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Antrag muss bis Freitag gestellt sein.",
        "Alle Gäste müssen um zehn Uhr gehen.",
    ],
)
def test_must_that_obliges_is_no_cue(sentence: str) -> None:
    assert not any(t.startswith(("muss", "müssen")) for t in _cue_words(sentence, "de"))


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Die Feuerwehr prüft einen möglichen Defekt an der Heizung.", "möglichen"),
        ("Ein möglicher Käufer hat sich bereits gemeldet.", "möglicher"),
    ],
)
def test_possible_as_an_attribute_is_a_cue(sentence: str, cue: str) -> None:
    assert cue in _cue_words(sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The ferry docked about an hour late.", "about an hour"),
        ("Around a third of the seats were empty.", "around a third"),
    ],
)
def test_a_quantity_counted_with_the_article_is_an_approximation(sentence: str, cue: str) -> None:
    assert cue in _cue_words(sentence, "en")


def test_about_before_an_article_and_a_plain_noun_is_no_approximation() -> None:
    assert _cue_words("The mayor spoke about a new bridge.", "en") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was gathered that the gates had been locked all night.",
        "It is gathered that two ministers will resign.",
    ],
)
def test_what_was_gathered_is_hearsay_attributed_to_no_one(sentence: str) -> None:
    hits = find_cues(sentence, language="en")
    assert [h.category for h in hits if "gathered" in h.text] == ["attribution"]
