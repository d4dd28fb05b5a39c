"""Round fifteen: hedge cues in ten more languages, and sentences of Chinese and Japanese.

Every sentence here is written for these tests; none comes from a corpus text.
"""

# The sentences are Russian, Ukrainian, Turkish and Chinese on purpose: their letters and
# full-width marks are what ruff's check for look-alike characters flags.
# ruff: noqa: RUF001

from __future__ import annotations

import textwrap

import pytest

from tui.cues import CATEGORIES, OTHER, classify_hedge, find_cues, hedge_categories
from tui.draft.build import draft_briefing
from tui.draft.sentences import split_sentences
from tui.draft.source import ArticleText
from tui.loader import parse_briefing
from tui.profile import sourcing_profile


def found(text: str, language: str) -> list[tuple[str, str]]:
    """(category, words) of each cue ``find_cues`` finds in ``text``."""
    return [(hit.category, hit.text) for hit in find_cues(text, language=language)]


# --- hedges in running text, one language at a time ---------------------------------------


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "ru",
            "По словам мэра, мост, вероятно, откроют весной.",
            [("attribution", "По словам"), ("epistemic", "вероятно")],
        ),
        (
            "ru",
            "Завод может закрыться, а директор якобы уже уехал.",
            [("modal", "может"), ("distancing", "якобы")],
        ),
        (
            "ru",
            "Не исключено, что выборы перенесут на осень; пришли около 300 человек.",
            [("speculation", "Не исключено"), ("approximation", "около 300")],
        ),
        (
            "uk",
            "За даними служби, рейс, можливо, скасують.",
            [("attribution", "За даними"), ("epistemic", "можливо")],
        ),
        (
            "fr",
            "Selon la mairie, le pont rouvrira peut-être en mai.",
            [("attribution", "Selon"), ("epistemic", "peut-être")],
        ),
        (
            "fr",
            "Le musée pourrait fermer, et le voleur présumé est probablement parti.",
            [("modal", "pourrait"), ("distancing", "présumé"), ("epistemic", "probablement")],
        ),
        (
            "es",
            "Según la policía, el ladrón presuntamente huyó y quizás vuelva.",
            [("attribution", "Según"), ("distancing", "presuntamente"), ("epistemic", "quizás")],
        ),
        (
            "it",
            "Secondo il sindaco, la scuola forse riaprirà a settembre.",
            [("attribution", "Secondo"), ("epistemic", "forse")],
        ),
        (
            "pt",
            "Segundo a empresa, a fábrica provavelmente vai fechar.",
            [("attribution", "Segundo"), ("epistemic", "provavelmente")],
        ),
        (
            "tr",
            "Valiliğe göre köprü muhtemelen yazın açılacak.",
            [("epistemic", "muhtemelen")],
        ),
        (
            "tr",
            "Ajans'a göre toplantı ertelenebilir; iddiaya göre bakan istifa etti.",
            [
                ("attribution", "Ajans'a göre"),
                ("modal", "ertelenebilir"),
                ("distancing", "iddiaya göre"),
            ],
        ),
        (
            "ar",
            "ربما يتأخر القطار، وفقا للشركة.",
            [("epistemic", "ربما"), ("attribution", "وفقا")],
        ),
        (
            "ar",
            "قد يرتفع سعر الخبز بحسب الوزارة.",
            [("modal", "قد يرتفع"), ("attribution", "بحسب")],
        ),
        (
            "zh",
            "据报道，这座桥可能明年才能通车。",
            [("distancing", "据报道"), ("epistemic", "可能")],
        ),
        (
            "zh",
            "根据气象台，明天也许会下雪，约20厘米。",
            [("attribution", "根据"), ("epistemic", "也许"), ("approximation", "约20")],
        ),
        (
            "ja",
            "市によると、橋は来年まで閉鎖されるかもしれない。",
            [("attribution", "によると"), ("modal", "かもしれない")],
        ),
        (
            "ja",
            "犯人は北へ逃げたとみられる。約30人が避難した可能性がある。",
            [("distancing", "とみられる"), ("approximation", "約30"), ("epistemic", "可能性")],
        ),
    ],
)
def test_hedges_in_other_languages_are_found_with_their_category(language, sentence, expected):
    assert found(sentence, language) == expected


def test_the_categories_are_the_german_and_english_ones():
    for language in ("ru", "uk", "fr", "es", "it", "pt", "tr", "ar", "zh", "ja"):
        hits = [
            hit
            for text in (
                "возможно",
                "probablement",
                "quizás",
                "muhtemelen",
                "ربما",
                "也许",
                "たぶん",
            )
            for hit in classify_hedge(text)
        ]
        assert all(hit.category in CATEGORIES for hit in hits), language
        assert all(hit.category != OTHER for hit in hits)


def test_arabic_matches_with_or_without_vowel_signs():
    with_signs = "وفقاً للتقرير، يُعتقد أن الحريق بدأ ليلاً."
    without = "وفقا للتقرير، يعتقد أن الحريق بدأ ليلا."
    assert found(with_signs, "ar") == [("attribution", "وفقاً"), ("distancing", "يُعتقد")]
    assert found(without, "ar") == [("attribution", "وفقا"), ("distancing", "يعتقد")]


def test_arabic_qad_before_a_perfect_verb_is_no_hedge():
    # "qad" before the past tense stresses that it happened
    assert found("قد وصل الوفد إلى المدينة.", "ar") == []
    assert found("وقد قال الوزير إن المصنع مغلق.", "ar") == []
    assert found("وقد يصل الوفد غدا.", "ar") == [("modal", "وقد يصل")]


def test_chinese_and_japanese_cues_keep_out_of_other_words():
    # "impossible" is certain; "数据" is "data", not "according to"; New York is no "about"
    assert found("这不可能发生。", "zh") == []
    assert found("数据显示纽约的人口增加了。", "zh") == []
    assert found("据新华社报道，大桥关闭。", "zh") == [("attribution", "据新华社报道")]
    # "約束" is a promise, "約" before a number a rough size
    assert found("彼は約束を守った。", "ja") == []
    assert found("約５０人が集まった。", "ja") == [("approximation", "約５０")]


def test_ordinal_secondo_and_segundo_are_no_source():
    assert found("Il secondo turno si vota domenica.", "it") == []
    assert found("O segundo lugar ficou com a equipa da casa.", "pt") == []


def test_the_language_narrows_the_new_lists_too():
    assert find_cues("据报道，可能下雨。", language="de") == ()
    assert find_cues("Selon le maire, il pleuvra probablement.", language="en") == ()
    assert [h.language for h in find_cues("Selon X, peut-être. According to Y, perhaps.")] == [
        "fr",
        "fr",
        "en",
        "en",
    ]


def test_german_and_english_text_finds_what_it_found_before():
    assert found("Der Bau wird wohl teurer, sagte der Minister.", "de") == [
        ("modal", "wohl"),
        ("attribution", "sagte"),
    ]
    assert found("The bridge may reopen in May, officials said.", "en") == [
        ("modal", "may"),
        ("attribution", "said"),
    ]


def test_recorded_hedges_in_other_languages_are_sorted():
    assert hedge_categories("возможно") == ("epistemic",)
    assert hedge_categories("может") == ("modal",)
    assert hedge_categories("probablement") == ("epistemic",)
    assert hedge_categories("selon") == ("attribution",)
    assert hedge_categories("muhtemelen") == ("epistemic",)
    assert hedge_categories("ربما") == ("epistemic",)
    assert hedge_categories("据称") == ("distancing",)
    assert hedge_categories("かもしれない") == ("modal",)
    # a rough-size word recorded alone counts, as "rund" does in German
    assert hedge_categories("約") == ("approximation",)


# --- the sourcing profile -------------------------------------------------------------------

MULTI = """\
id: multi
title: Hedges in several languages
article: art
claims:
  - {id: c1, statement: One., kind: speculation, sources: [art], hedges: [возможно, может]}
  - {id: c2, statement: Two., kind: speculation, sources: [art], hedges: [probablement]}
  - {id: c3, statement: Three., kind: reported, sources: [art], hedges: [según, 据报道]}
  - {id: c4, statement: Four., kind: reported, sources: [art], hedges: [görünüşe göre, ربما]}
  - {id: c5, statement: Five., kind: reported, sources: [art], hedges: [dunno]}
sources:
  - {id: art, url: "https://example.org/a", outlet: Example News, kind: article}
"""


def test_the_profile_counts_other_languages_under_their_categories():
    profile = sourcing_profile(parse_briefing(textwrap.dedent(MULTI)))
    counts = {category: tally.count for category, tally in profile.cues.items()}
    assert counts == {
        "speculation": 0,
        "epistemic": 4,
        "modal": 1,
        "distancing": 1,
        "attribution": 1,
        "subjunctive": 0,
        "approximation": 0,
        OTHER: 1,
    }
    assert profile.cues["epistemic"].claims == ("c1", "c2", "c4")
    assert dict(profile.cues[OTHER].words) == {"dunno": 1}


# --- Chinese and Japanese sentences ---------------------------------------------------------


def texts(paragraph: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(paragraph, "en")]


def test_chinese_sentences_end_at_full_width_marks():
    paragraph = "市政府今天开会。预算可能增加！居民满意吗？会议明天继续。"
    assert texts(paragraph) == [
        "市政府今天开会。",
        "预算可能增加！",
        "居民满意吗？",
        "会议明天继续。",
    ]
    sentences = split_sentences(paragraph, "zh")
    assert [paragraph[s.start : s.end] for s in sentences] == [s.text for s in sentences]


def test_a_quotation_is_kept_whole():
    # the marks inside the quotation end its speaker's sentences; what follows the closing
    # mark may go on with the sentence ("…”他说。", "「…」と述べた。"), so it stays with it
    chinese = "市长说：“我们会修路。明年完工。”居民表示欢迎。天气很好。"
    assert texts(chinese) == ["市长说：“我们会修路。明年完工。”居民表示欢迎。", "天气很好。"]
    japanese = "雨が続いた。「道は閉鎖する。再開は未定だ。」と市長は述べた。店は開いている。"
    assert texts(japanese) == [
        "雨が続いた。",
        "「道は閉鎖する。再開は未定だ。」と市長は述べた。",
        "店は開いている。",
    ]


def test_latin_text_splits_as_before():
    assert texts("Der Rat tagte lange. Am Ende stand ein Kompromiss.") == [
        "Der Rat tagte lange.",
        "Am Ende stand ein Kompromiss.",
    ]
    assert texts("The board met. It agreed.") == ["The board met.", "It agreed."]


def test_a_chinese_paragraph_drafts_one_claim_per_sentence():
    text = "# 新桥\n\n市政府今天开会讨论新桥。预算明年增加三成。工程下个月开始施工。\n"
    draft = draft_briefing(ArticleText(text=text, origin="bridge.txt"))
    assert draft.language == "zh"
    assert [str(claim.statement) for claim in draft.claims] == [
        "市政府今天开会讨论新桥。",
        "预算明年增加三成。",
        "工程下个月开始施工。",
    ]
