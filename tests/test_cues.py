"""The hedge and attribution cue lexicon: recorded hedges sorted, cues found in sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.cues import (
    CATEGORIES,
    OTHER,
    CueLexiconError,
    classify_hedge,
    find_cues,
    hedge_categories,
    lexicon,
    parse_lexicon,
)
from tui.loader import BriefingError


def test_the_shipped_lexicon_covers_every_category_in_german_and_english():
    lex = lexicon()
    assert lex is lexicon(), "read once and cached"
    assert lex.languages[:2] == ("de", "en")  # then the other languages (round fifteen)
    for category in CATEGORIES:
        german = [
            cue.pattern for cue in lex.cues if cue.category == category and cue.language == "de"
        ]
        assert german, category
        assert lex.descriptions[category]
    # English's "subjunctive" list is its conditional "would" (reported speech is backshift)
    assert {cue.category for cue in lex.cues if cue.language == "en"} == set(CATEGORIES)
    english = [c.pattern for c in lex.cues if c.category == "subjunctive" and c.language == "en"]
    assert english == ["would", "would have"]


@pytest.mark.parametrize(
    ("hedge", "categories"),
    [
        ("wird spekuliert", ("speculation",)),
        ("Spekulationen", ("speculation",)),
        ("wird vermutet", ("speculation",)),
        ("vermutlich", ("epistemic",)),
        ("mutmaßliche", ("epistemic",)),
        ("könnte", ("modal",)),
        ("könnten", ("modal",)),
        ("dürfte", ("modal",)),
        ("wohl", ("modal",)),
        ("Sollte", ("modal",)),
        ("angeblich", ("distancing",)),
        ("soll", ("distancing",)),
        ("soll ... haben", ("distancing",)),
        ("sogenannte", ("distancing",)),
        ("Laut", ("attribution",)),
        ("laut", ("attribution",)),
        ("zufolge", ("attribution",)),
        ("nach Angaben", ("attribution",)),
        ("gegenüber", ("attribution",)),
        ("habe", ("subjunctive",)),
        ("wäre", ("subjunctive",)),
        ("würde", ("subjunctive",)),
        ("rund", ("approximation",)),
        ("bis zu", ("approximation",)),
        ("zwischen … und", ("approximation",)),
        ("würde ... vermutlich", ("subjunctive", "epistemic")),
        ("it is speculated", ("speculation",)),
        ("reportedly", ("distancing",)),
        ("according to", ("attribution",)),
        ("about", ("approximation",)),
        ("tatsächlich", (OTHER,)),
        ("bald", (OTHER,)),
    ],
)
def test_recorded_hedges_are_sorted_into_categories(hedge, categories):
    assert hedge_categories(hedge) == categories


def test_a_split_hedge_gives_one_hit_per_cue_and_unknown_words_are_kept():
    hits = classify_hedge("würde ... vermutlich")
    assert [(h.category, h.cue, h.text) for h in hits] == [
        ("subjunctive", "würde|würden ... <inf>", "würde"),
        ("epistemic", "vermutlich", "vermutlich"),
    ]
    (other,) = classify_hedge("  im   Grunde genommen  ")
    assert (other.category, other.cue, other.text) == (OTHER, None, "im Grunde genommen")
    # a number cue left without its number yields to a longer cue that holds its word
    (almost,) = classify_hedge("so gut wie")
    assert (almost.category, almost.cue) == ("approximation", "so gut wie")
    # the longer cue wins the words it shares with shorter ones
    assert [h.cue for h in classify_hedge("wird spekuliert")] == ["wird|wurde spekuliert"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Es wird spekuliert, dass Putin bereits ein anderes Ziel im Blick hat.",
            [("speculation", "wird spekuliert")],
        ),
        (
            "Dafür will er wohl Nordkorea und Vietnam ins Boot holen.",
            [("modal", "wohl")],
        ),
        (
            "Im Gegenzug würde sich Diktator Kim vermutlich über Raketen- und Atomtechnologie"
            " aus Russland freuen.",
            [("subjunctive", "würde … freuen"), ("epistemic", "vermutlich")],
        ),
        (
            "Eine Division besteht aus rund 10.000 bis 30.000 Soldaten.",
            [("approximation", "rund 10.000"), ("approximation", "10.000 bis 30.000")],
        ),
        (
            "Die Länder in Asien werden sich bis auf Nordkorea wohl nicht auf eine Allianz"
            " mit Putin einlassen.",
            [("modal", "werden … einlassen"), ("modal", "wohl")],
        ),
        (
            "Laut Zeit online vermuten Experten deshalb, dass Putin eine „Anti-Nato“ plant.",
            [("attribution", "Laut"), ("speculation", "vermuten")],
        ),
        ("Er soll das Geld gestohlen haben.", [("distancing", "soll … gestohlen haben")]),
        ("Sie sollen verhaftet worden sein.", [("distancing", "sollen … worden sein")]),
        ("Er will es nie gesehen haben.", [("distancing", "will … gesehen haben")]),
        (
            "Angeblich sei der Vertrag unterschrieben.",
            [("distancing", "Angeblich"), ("subjunctive", "sei")],
        ),
        (
            "The minister reportedly met them in May, according to officials.",
            [("distancing", "reportedly"), ("attribution", "according to")],
        ),
        ("It may cost about 300 million.", [("modal", "may"), ("approximation", "about 300")]),
        ("In May, up to ten people came.", [("approximation", "up to ten")]),
    ],
)
def test_cues_are_found_in_running_text(sentence, found):
    hits = find_cues(sentence)
    assert [(h.category, h.text) for h in hits] == found
    for hit in hits:
        if "…" not in hit.text:
            assert sentence[hit.start : hit.end] == hit.text


@pytest.mark.parametrize(
    "sentence",
    [
        # soll/sollen as obligation, will/wollen as wish: no reportative perfect
        "Die Regierung soll endlich handeln.",
        "Die Gesetze sollen das Land schützen.",
        "Er will das Auto haben.",
        "Sie will nicht haben, dass er geht.",
        "Sollte es regnen, bleiben wir zu Hause.",
        # wohl as "well", and the noun
        "Er fühlt sich dort wohl.",
        "Wir haben uns wohl gefühlt.",
        "Das ist ihm wohl bekannt.",
        "Das war sehr wohl möglich.",
        "Wohl oder übel musste er gehen.",
        "Das Wohl der Bürger steht im Mittelpunkt.",
        # laut the adjective, numbers missing, ranges that are not numbers
        "Die Musik war sehr laut.",
        "Er sprach über die Lage rund um Moskau.",
        "Vietnam balanciert zwischen den USA und China.",
        "Er ging bis zu der Brücke.",
        "They talked about the war.",
        # the recorded-only cue never counts in running text
        "Das Haus steht gegenüber der Kirche.",
    ],
)
def test_ambiguous_words_do_not_count_outside_their_patterns(sentence):
    assert find_cues(sentence) == ()


def test_a_capitalised_wohl_counts_only_at_the_start_of_a_sentence():
    assert [h.text for h in find_cues("Wohl kaum. Er kommt wohl nicht.")] == ["Wohl", "wohl"]


def test_cues_do_not_reach_across_clauses():
    # "würde" and the infinitive are in different clauses
    assert find_cues("Er würde, so hieß es, kommen.") == ()
    assert [h.text for h in find_cues("Er würde gerne kommen, sagte sie.")] == [
        "würde … kommen",
        "sagte",
    ]


def test_language_narrows_the_word_lists():
    assert [h.language for h in find_cues("It may rain, vermutlich.")] == ["en", "de"]
    assert [h.text for h in find_cues("It may rain, vermutlich.", language="de")] == ["vermutlich"]
    assert [h.text for h in find_cues("It may rain, vermutlich.", language="en-GB")] == ["may"]
    # a language with no word lists finds nothing (French has some since round fifteen)
    assert find_cues("Het gaat waarschijnlijk regenen, vermutlich.", language="nl") == ()


LEXICON = """\
format: 1
max_gap: 3
categories:
  speculation: {de: [wird spekuliert]}
  epistemic: {de: [vermutlich]}
  modal: {de: [könnte]}
  distancing: {de: [angeblich]}
  attribution: {de: [laut]}
  subjunctive: {de: [sei]}
  approximation: {de: [rund <num>]}
"""


def test_another_lexicon_can_be_used_and_its_gap_limit_holds():
    lex = parse_lexicon(
        LEXICON.replace("[könnte]", "[könnte, 'würde ... <inf>']").replace(
            "{de: [sei]}", "{de: [sei], en: [allegedly]}"
        )
    )
    assert [h.text for h in find_cues("Er würde es sehr gern sehen.", using=lex)] == [
        "würde … sehen"
    ]
    assert find_cues("Er würde es sehr, sehr gern sehen.", using=lex) == ()
    assert find_cues("Er würde es wirklich sehr gern sehen.", using=lex) == ()  # gap of 4 > 3
    assert [h.category for h in classify_hedge("rund", using=lex)] == ["approximation"]
    assert [h.category for h in classify_hedge("wohl", using=lex)] == [OTHER]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("max_gap: 3", "max_gap: many"), "max_gap: expected a whole number from 0 to 50"),
        (("format: 1", "format: 2"), "format: only format 1 is known"),
        (("  approximation: {de: [rund <num>]}\n", ""), "missing approximation"),
        (
            ("[rund <num>]", "[rund <zahl>]"),
            "categories.approximation.de.0: unknown placeholder '<zahl>'",
        ),
        (
            ("[vermutlich]", "[... vermutlich]"),
            "categories.epistemic.de.0: '... vermutlich' starts with a gap",
        ),
        (("[vermutlich]", "[vermutlich ...]"), "ends with a gap"),
        (("[vermutlich]", "[<num>]"), "has no word, only placeholders"),
        (
            ("[vermutlich]", "[laut]"),
            "categories.attribution.de.0: 'laut' is already under epistemic",
        ),
        (("[sei]", "[{cue: sei, txt: false}]"), "categories.subjunctive.de.0: unknown key 'txt'"),
        (("[sei]", "[{cue: sei, text: nein}]"), "'text' must be true or false"),
        (("{de: [sei]}", "{deutsch: [sei]}"), "expected a language code"),
    ],
)
def test_a_malformed_lexicon_is_refused_with_its_place(change, message):
    old, new = change
    assert old in LEXICON
    with pytest.raises(CueLexiconError) as caught:
        parse_lexicon(LEXICON.replace(old, new), "cues.yaml")
    assert isinstance(caught.value, BriefingError)
    assert str(caught.value).startswith("cues.yaml: ")
    assert message in str(caught.value)


@given(st.text(max_size=300))
def test_finding_cues_in_any_text_never_fails_and_keeps_order(text):
    hits = find_cues(text)
    starts = [h.start for h in hits]
    assert starts == sorted(starts)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.category in CATEGORIES
    for hit in classify_hedge(text):
        assert hit.category in (*CATEGORIES, OTHER)
