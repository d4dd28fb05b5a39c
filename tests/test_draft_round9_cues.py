"""Hedge cues, round nine: speech that introduces a quotation, permission, plans, the
conditional, and a court's own finding.

The sentences are written for these tests. A verb of claiming that introduces the quoted
words names whose words they are, as "said" does; "may" of permission and "möglich" of
what the rules allow are no doubt; a plan's "soll … fertiggestellt sein" with a time ahead
is no hearsay; English "would" is a cue only as a hypothetical in the text's own voice,
not where it shifts "will" into reported speech; "nach Auffassung der Kammer" reports a
ruling.
"""

from __future__ import annotations

import pytest

from tui.cues import CueLexiconError, find_cues, parse_lexicon


def _cues(sentence: str, language: str) -> list[str]:
    return [hit.text.casefold() for hit in find_cues(sentence, language=language)]


def _has(sentence: str, language: str, word: str) -> bool:
    return any(word in cue.split() for cue in _cues(sentence, language))


# --- a verb of claiming before the quoted words -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "word"),
    [
        ('A viral video claims that "every bridge in the county is unsafe".', "en", "claims"),
        ('The flyer claimed: "Rents will triple by spring."', "en", "claimed"),
    ],
)  # fmt: skip
def test_a_claim_that_introduces_a_quotation_is_no_cue(
    sentence: str, language: str, word: str
) -> None:
    assert not _has(sentence, language, word)


@pytest.mark.parametrize(
    ("sentence", "language", "word"),
    [
        ("The opposition claims that the count was flawed.", "en", "claims"),
        ("He has long claimed the plant is safe.", "en", "claimed"),
        ("Der Verband behauptet, die Preise hätten sich verdoppelt.", "de", "behauptet"),
        ("Die Firma behauptete, sie habe von nichts gewusst.", "de", "behauptete"),
    ],
)
def test_a_claim_in_the_texts_own_words_stays_a_cue(
    sentence: str, language: str, word: str
) -> None:
    assert _has(sentence, language, word)


# --- permission is no doubt -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants may keep a cat or a small dog.",
        "Residents may apply for a parking permit online.",
        "Members may vote by post until Friday.",
        "Passengers may rebook free of charge.",
    ],
)
def test_may_of_permission_is_no_cue(sentence: str) -> None:
    assert not _has(sentence, "en", "may")


@pytest.mark.parametrize(
    "sentence",
    [
        "The frost may damage the early blossom.",
        "Some clinics may struggle to fill the rota.",
        "The ruling may also affect older contracts.",
        "Rents may keep rising through the winter.",
        "Tenants may face higher bills next year.",
        "Parliament may vote on the bill next week.",
    ],
)
def test_may_of_possibility_stays_a_cue(sentence: str) -> None:
    assert _has(sentence, "en", "may")


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Ein Widerspruch ist binnen zwei Wochen möglich.", False),
        ("Die Anmeldung ist ab sofort online möglich.", False),
        ("Eine Einigung ist nach Ansicht beider Seiten noch möglich.", True),
        ("Weitere Schäden an den Deichen sind möglich.", True),
    ],
)
def test_moeglich_of_what_the_rules_allow_is_no_cue(sentence: str, hedged: bool) -> None:
    assert _has(sentence, "de", "möglich") is hedged


# --- a plan's "soll" with a time ahead --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Die Brücke soll spätestens im Mai fertiggestellt sein.", False),
        ("Bis zum kommenden Jahr soll der Versorger alle Zähler getauscht haben.", False),
        ("Der Neubau soll im nächsten Sommer bezogen sein.", False),
        ("Die Arbeiten sollen bis Ende Juni abgeschlossen sein.", False),
        ("Die Brücke soll bis Oktober gesperrt sein.", False),
        ("Der Mann soll bis zu 30 Fahrräder gestohlen haben.", True),
        ("Der Mann soll die Scheibe eingeschlagen haben.", True),
        ("Das Feuer soll in einer Garage ausgebrochen sein.", True),
    ],
)
def test_a_plans_soll_with_a_time_ahead_is_no_cue(sentence: str, hedged: bool) -> None:
    assert _has(sentence, "de", "soll") is hedged


# --- English "would" --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the new rules, smaller farms would pay a lower levy.",
        "Combined, the two chains would be the largest grocer in the region.",
        "Such a merger would need the approval of both boards.",
        "If approved, the tower would be the tallest in the county.",
    ],
)
def test_would_as_a_hypothetical_in_the_texts_voice_is_a_cue(sentence: str) -> None:
    hits = [hit for hit in find_cues(sentence, language="en") if hit.text == "would"]
    assert [hit.category for hit in hits] == ["subjunctive"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said the pool would reopen in June.",
        "The pool would reopen in June, the mayor said.",
        "Officials told residents that the road would stay closed.",
        "The operator promised that fares would not rise.",
        '"Closing the ward would be a disaster," a nurse said.',
        "The bill would have banned sales to minors.",
        "A spokesman would not comment on the report.",
        "Critics fear a levy that would hit small farms hardest.",
        "It is unclear whether the council would agree.",
        "It is unclear if the board would back the bid.",
        "The U.S. ambassador said the U.S. would respond.",
        "She would later become the town's first female mayor.",
        "As a boy he would often walk to the harbour.",
    ],
)
def test_would_in_reported_speech_quotes_and_refusals_is_no_cue(sentence: str) -> None:
    assert not _has(sentence, "en", "would")


# --- a court's finding ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Die Kündigung war nach Auffassung der Kammer unwirksam.", False),
        ("Eine Abmahnung hätte nach Ansicht der Richterin genügt.", False),
        ("Nach Ansicht des Landgerichts fehlte eine Genehmigung.", False),
        ("Nach Auffassung vieler Juristen ist das Gesetz zu vage.", True),
        ("Der Zins ist nach Meinung der Ökonomen zu hoch.", True),
    ],
)
def test_a_courts_view_is_a_ruling_not_a_hedge(sentence: str, hedged: bool) -> None:
    found = _cues(sentence, "de")
    assert any(cue.startswith("nach ") for cue in found) is hedged


# --- estimate words are cues ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "word"),
    [
        ("Schätzungsweise 400 Schafe standen auf der Weide.", "de", "schätzungsweise"),
        ("Der Verein veranschlagt die Kosten auf 90.000 Euro.", "de", "veranschlagt"),
        ("Gutachter taxieren den Wert des Hofes auf 2 Millionen Euro.", "de", "taxieren"),
        ("Die geschätzten Kosten liegen bei 3 Millionen Euro.", "de", "geschätzten"),
        ("Die Schätzung der Kammer liegt bei 120 Betrieben.", "de", "schätzung"),
        ("Traders reckon the outage cost £4m.", "en", "reckon"),
        ("By one estimate, 900 cars were stuck on the bridge.", "en", "estimate"),
        ("The charity's estimate is 250 families.", "en", "estimate"),
    ],
)
def test_an_estimate_word_is_a_cue(sentence: str, language: str, word: str) -> None:
    assert _has(sentence, language, word)


@pytest.mark.parametrize(
    ("sentence", "language", "word"),
    [
        ("Ein geschätzter Kollege verlässt das Team.", "de", "geschätzter"),
        ("Die Schätzung wurde am Montag korrigiert.", "de", "schätzung"),
        ("The new side is a team to be reckoned with.", "en", "reckoned"),
        ("Profits beat the consensus estimate of $2.10 a share.", "en", "estimate"),
        ("The estimate was revised on Monday.", "en", "estimate"),
    ],
)
def test_esteem_a_benchmark_and_an_estimate_talked_about_are_no_cue(
    sentence: str, language: str, word: str
) -> None:
    assert not _has(sentence, language, word)


# --- faith, "as soon as possible", and cues the lexicon lacked --------------------------


@pytest.mark.parametrize(
    ("sentence", "word", "hedged"),
    [
        ("Volunteers believe in the garden scheme.", "believe", False),
        ("Engineers believe the crack is old.", "believe", True),
        ("The roof will be fixed as soon as possible.", "possible", False),
        ("Staff should cycle to work wherever possible.", "possible", False),
        ("It was the best possible start for the new coach.", "possible", False),
        ("It is possible that the ferry sails late.", "possible", True),
    ],
)
def test_faith_and_doing_what_can_be_done_are_no_cue(
    sentence: str, word: str, hedged: bool
) -> None:
    assert _has(sentence, "en", word) is hedged


@pytest.mark.parametrize(
    ("sentence", "language", "cue"),
    [
        ("Detectives have not ruled out arson.", "en", "have not ruled out"),
        ("The club hasn't ruled out a late signing.", "en", "hasn't ruled out"),
        ("It seems the talks have stalled.", "en", "seems"),
        ("The mayor was tipped to stand again.", "en", "was tipped to"),
        ("Die Reform scheint zu scheitern.", "de", "scheint zu scheitern"),
        ("Die Preise schienen zu sinken.", "de", "schienen zu sinken"),
    ],
)
def test_leaving_open_and_seeming_are_cues(sentence: str, language: str, cue: str) -> None:
    assert cue in _cues(sentence, language)


def test_a_sun_that_shines_is_no_cue() -> None:
    assert _cues("Am Nachmittag scheint die Sonne über dem Tal.", "de") == []


# --- "would have" before a noun, and German warnings of what may happen -----------------


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Together, the two dairies would have 900 staff.", True),
        ("Merged, the lenders would have a quarter of the market.", True),
        ("The plan would have closed the branch in May.", False),
        ("The deal would have been the largest in a decade.", False),
        ("He said the new firm would have 900 staff.", False),
    ],
)
def test_would_have_before_a_noun_is_a_hypothetical(sentence: str, hedged: bool) -> None:
    assert _has(sentence, "en", "would") is hedged


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Auf den Straßen kann es zu Glätte kommen.", True),
        ("Es kann am Abend zu Gewittern kommen.", True),
        ("Im Bergland können bis zu 40 Zentimeter Schnee fallen.", True),
        ("An der Küste können schwere Sturmböen auftreten.", True),
        ("Die Kinder können zu Fuß zur Schule kommen.", False),
        ("Kunden können die Ware zurückgeben.", False),
    ],
)
def test_a_warning_of_what_can_happen_is_a_cue(sentence: str, hedged: bool) -> None:
    found = _cues(sentence, "de")
    assert any(cue.split()[0] in ("kann", "können", "es") for cue in found) is hedged


# --- "not clear" as "unclear", and a standing others give ------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "cue"),
    [
        ("It is not clear how many homes lost power.", "en", "is not clear"),
        ("It is not yet clear who will chair the inquiry.", "en", "is not yet clear"),
        ("It remains to be seen whether the truce holds.", "en", "remains to be seen"),
        ("Wie viele Häuser betroffen sind, ist noch nicht klar.", "de", "ist noch nicht klar"),
        ("Ob die Fähre fährt, ist nicht klar.", "de", "ist nicht klar"),
        ("The by-election is seen as a test for the new leader.", "en", "is seen as"),
        ("The mare is widely regarded as the favourite.", "en", "is widely regarded as"),
    ],
)
def test_not_clear_and_seen_as_are_cues(sentence: str, language: str, cue: str) -> None:
    assert cue in _cues(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The message of the vote is clear.", "en"),
        ("The comet was seen from the hills.", "en"),
        ("Die Botschaft ist klar.", "de"),
    ],
)
def test_a_plain_clear_or_seen_is_no_cue(sentence: str, language: str) -> None:
    assert _cues(sentence, language) == []


# --- hearsay about a size, and an assumption --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Die Baukosten sollen sich auf 4 Millionen Euro belaufen.", True),
        ("Die Ablösesumme soll bei acht Millionen Euro liegen.", True),
        ("Der Schaden soll rund 50.000 Euro betragen.", True),
        ("Der Mitgliedsbeitrag soll ab Januar 8 Euro betragen.", False),
        ("Die Gebühr soll im kommenden Jahr bei 30 Euro liegen.", False),
    ],
)
def test_hearsay_about_a_size_now_is_a_cue(sentence: str, hedged: bool) -> None:
    found = _cues(sentence, "de")
    assert any(cue.startswith(("soll", "sollen")) for cue in found) is hedged


@pytest.mark.parametrize(
    ("sentence", "language", "cue"),
    [
        ("Die Ermittler gehen davon aus, dass das Feuer gelegt wurde.", "de", "gehen davon aus"),
        ("Der Verband geht davon aus, dass die Preise steigen.", "de", "geht davon aus"),
        ("Engineers assume that the cable snapped in the cold.", "en", "assume that"),
    ],
)
def test_an_assumption_is_a_cue(sentence: str, language: str, cue: str) -> None:
    assert cue in _cues(sentence, language)


def test_a_danger_that_comes_from_somewhere_is_no_assumption() -> None:
    assert _cues("Die größte Gefahr geht von der alten Brücke aus.", "de") == []


# --- what is known so far, hearsay by its frame, the conceivable ------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Nach ersten Erkenntnissen fuhr der Bus zu schnell.", "nach ersten erkenntnissen"),
        ("Nach Erkenntnissen der Ermittler stammt das Geld aus Betrug.", "nach erkenntnissen"),
        ("Dem Vernehmen nach verhandelt der Verein mit zwei Spielern.", "dem vernehmen nach"),
        ("Fachleute halten eine Fusion der Kliniken für denkbar.", "denkbar"),
    ],
)
def test_findings_so_far_hearsay_and_the_conceivable_are_cues(sentence: str, cue: str) -> None:
    assert cue in _cues(sentence, "de")


def test_the_inconceivable_is_no_hedge() -> None:
    assert _cues("Ein Abstieg ist für den Verein undenkbar.", "de") == []


@pytest.mark.parametrize(
    ("sentence", "language", "cue"),
    [
        ("It is probable that the ferry sails late.", "en", "probable"),
        ("Maybe the club will sell the ground.", "en", "maybe"),
        ("It is conceivable that fares fall.", "en", "conceivable"),
        ("It is doubtful whether the pier can be saved.", "en", "doubtful"),
        ("Ob der Markt im Dezember stattfindet, ist fraglich.", "de", "fraglich"),
        ("Ob die Zahlen stimmen, ist zweifelhaft.", "de", "zweifelhaft"),
    ],
)
def test_a_doubt_said_as_such_is_a_cue(sentence: str, language: str, cue: str) -> None:
    assert cue in _cues(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Abstimmung ging denkbar knapp aus.", "de"),
        ("Der Start kam zum denkbar schlechtesten Zeitpunkt.", "de"),
        ("Officers had probable cause to stop the van.", "en"),
    ],
)
def test_an_intensifier_and_a_legal_term_are_no_doubt(sentence: str, language: str) -> None:
    assert _cues(sentence, language) == []


def test_unless_between_needs_both_lists() -> None:
    text = """
format: 1
max_gap: 3
categories:
  speculation: {de: [], en: []}
  epistemic: {de: [], en: []}
  modal:
    en:
      - cue: may
        unless_between: {after: [tenants]}
  distancing: {de: [], en: []}
  attribution: {de: [], en: []}
  subjunctive: {de: [], en: []}
  approximation: {de: [], en: []}
"""
    with pytest.raises(CueLexiconError, match="unless_between"):
        parse_lexicon(text)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Die Kosten sollen sich auf 2,1 Mio. € belaufen.", "sollen sich … belaufen"),
        ("Der Schaden liegt bei ca. 300 Euro.", "ca. 300"),
    ],
)
def test_the_dot_of_a_short_form_ends_no_clause(sentence: str, cue: str) -> None:
    assert cue in _cues(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Fahrer soll zuvor drei Lastwagen überholt haben.",
        "Die Wirtin soll Steuern hinterzogen haben.",
        "Der Kassierer soll Spenden unterschlagen haben.",
    ],
)
def test_hearsay_with_a_participle_without_ge_is_a_cue(sentence: str) -> None:
    assert any(cue.startswith("soll") for cue in _cues(sentence, "de"))


def test_an_assumption_with_a_word_between_is_a_cue() -> None:
    found = _cues("Sie gehe aber davon aus, dass die Halle bald öffne.", "de")
    assert any(cue.startswith("gehe") and cue.endswith("davon aus") for cue in found)
