"""Telling German from English by their commonest words (enough for a news article),
and any article's own language by its script and commonest words: the drafting rules
cover German and English only, and a draft must say which language it is in all the same."""

from __future__ import annotations

import functools
import re
from importlib import resources

from tui.scripts import ONLY_LANGUAGE, script_counts

__all__ = [
    "LANGUAGE_NAMES",
    "RULES_LANGUAGES",
    "article_language",
    "detect_language",
    "language_mismatch",
    "language_name",
    "rules_language",
    "rules_warning",
]

_COMMON = {
    "de": frozenset(
        "der die das und ist nicht mit von den dem des ein eine einer zu auf für sich im"
        " auch wird werden hat haben wie bei nach über dass noch nur oder aus".split()
    ),
    "en": frozenset(
        "the and is are not with of to a an in on for that this it was were be has have"
        " from by as at which would will said or but".split()
    ),
}


def detect_language(text: str) -> str:
    """``de`` or ``en``, whichever language's common words the text uses more."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    scores = {lang: sum(word in common for word in words) for lang, common in _COMMON.items()}
    if scores["de"] == scores["en"]:  # a sentence or two: umlauts and ß speak German
        return "de" if re.search(r"[äöüßÄÖÜ]", text) else "en"
    return "de" if scores["de"] > scores["en"] else "en"


_MIN_WORDS = 20


def language_mismatch(text: str, language: str) -> str | None:
    """The language ``text`` reads as when that is clearly not ``language`` (for German
    and English, at least
    twice as many of the other language's common words, and a handful of them): a
    forced ``--lang`` that does not fit finds no hedges. None when it fits or the text is
    too short to say. A text in a language the rules do not cover (Russian, Turkish …)
    is named by that language's code."""
    code = article_language(text)
    if code not in RULES_LANGUAGES:
        return code if code != language else None
    words = re.findall(r"[^\W\d_]+", text.casefold())
    scores = {lang: sum(word in common for word in words) for lang, common in _COMMON.items()}
    if language not in scores:
        return None
    other = "en" if language == "de" else "de"
    if scores[other] >= _MIN_WORDS and scores[other] >= 2 * scores[language]:
        return other
    return None


# --- the article's own language (any language), beside the rules' one (de or en) ---

RULES_LANGUAGES = frozenset(_COMMON)
"""The languages the drafting rules (hedges, kinds, speakers) are written for."""

LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "fa": "Persian",
    "fr": "French", "he": "Hebrew", "hi": "Hindi", "hy": "Armenian", "it": "Italian",
    "ja": "Japanese", "ka": "Georgian", "ko": "Korean", "nl": "Dutch", "pl": "Polish",
    "pt": "Portuguese", "ru": "Russian", "sv": "Swedish", "ta": "Tamil", "th": "Thai",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "zh": "Chinese",
}  # fmt: skip
"""English names of the languages :func:`article_language` can tell."""

_LANGUAGE_OF_SCRIPT = {
    **ONLY_LANGUAGE,
    "hebrew": "he",
    "devanagari": "hi",
    "bengali": "bn",
    "tamil": "ta",
}
"""The language a script is read as when its commonest words cannot say (a script that
one language mostly writes in, here)."""

_WORDS_FILE = "data/function_words.txt"
"""Each language's commonest short words, by script, for telling languages that share a
script apart (a data file: word lists of many scripts are data, not code)."""


@functools.cache
def _word_sets() -> dict[str, dict[str, frozenset[str]]]:
    """The lists of :data:`_WORDS_FILE`, read once, by script then language."""
    text = resources.files("tui.draft").joinpath(_WORDS_FILE).read_text("utf-8")
    sets: dict[str, dict[str, frozenset[str]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            script, lang, *words = line.split()
            sets.setdefault(script, {})[lang] = frozenset(words)
    return sets


_DEFAULT_OF_SCRIPT = {"cyrillic": "ru", "arabic": "ar", "latin": "en"}
_LATIN_LEAD = 2
"""How many times more of another Latin-script language's words than of German's or
English's the text needs to be read as it: an English article quoting a French phrase
is English still."""
_LATIN_AT_LEAST = 3


def _script_of(text: str) -> str:
    """The script most of ``text``'s letters are written in (``latin`` for none):
    ``kana`` where a Japanese text's kana and Han together outnumber the rest, else a
    script of :func:`tui.scripts.script_counts`, one language mostly writes in by that
    language's code (``he``, ``ko`` …)."""
    counts = script_counts(text)
    if counts["kana"]:  # Japanese writes Han characters and kana together
        counts["kana"] += counts.pop("han", 0)
    if not counts:
        return "latin"
    best = counts.most_common(1)[0][0]
    return _LANGUAGE_OF_SCRIPT.get(best, best)


def _commonest(text: str, sets: dict[str, frozenset[str]]) -> dict[str, int]:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return {lang: sum(word in common for word in words) for lang, common in sets.items()}


def article_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, by its script and its
    commonest words: ``de`` or ``en`` as :func:`detect_language` says when the text
    reads as either, else the language another script or another language's words
    point to (``ru``, ``tr``, ``zh``, ``ja`` …)."""
    script = _script_of(text)
    if script == "kana":
        return "ja"
    if script == "han":
        return "zh"
    sets = _word_sets()
    if script not in sets:
        return script  # a script of one language: its code
    scores = _commonest(text, sets[script])
    if script != "latin":
        best = max(scores, key=lambda lang: scores[lang])
        return best if scores[best] else _DEFAULT_OF_SCRIPT[script]
    ours = max(_commonest(text, dict(_COMMON)).values())
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] >= _LATIN_AT_LEAST and scores[best] >= _LATIN_LEAD * max(ours, 1):
        return best
    return detect_language(text)


def rules_language(code: str) -> str:
    """The language whose drafting rules a text in ``code`` is drafted with: its own
    for German and English, English for every other (its rules read names by capitals
    as most languages write them, not every noun as German does)."""
    return code if code in RULES_LANGUAGES else "en"


def language_name(code: str) -> str:
    """``code``'s English name, or the code itself for a language not listed."""
    return LANGUAGE_NAMES.get(code, code)


def rules_warning(code: str) -> str | None:
    """What a draft in ``code`` needs said: None for German and English; for any other
    language, that the rules cover those two only, so its kinds, hedges and speakers
    need a careful review."""
    if code in RULES_LANGUAGES:
        return None
    return (
        f"the text reads as {language_name(code)} ({code}): the drafting rules cover"
        " German and English only, so review every claim's kind, hedges and speaker"
        " with care"
    )
