"""Which language a piece of a briefing's text is in, as far as the briefing tells.

A briefing names its article's language (``language:``) and each source's; a claim's
statement is the analyst's wording, often in another language (a German article, English
statements). Exports that label text with a language (ClaimReview's ``inLanguage``, the
HTML export's ``lang``) take it from the text's writing system, checked against the
languages the briefing names: a Cyrillic statement in a briefing whose sources are in
Russian is ``ru``; an Arabic one beside an Arabic page is ``ar``. Where the briefing names
no language of that writing system, the label is left out rather than guessed, except for
the writing systems only one language uses here (Hangul is Korean, Greek is Greek).

Latin-script text is told apart only as English or not: English's most common function
words (a closed list) mark it English; otherwise it takes the first Latin-script
language the briefing names, and English when it names none (as before).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from tui.scripts import ONLY_LANGUAGE, script_of

__all__ = ["RTL_SCRIPTS", "language_of", "script_of", "script_of_language"]

_LANGUAGE_SCRIPTS = {
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"), "cyrillic"),
    **dict.fromkeys(("ar", "fa", "ur", "ps", "ug", "ckb"), "arabic"),
    **dict.fromkeys(("he", "yi"), "hebrew"),
    "el": "greek",
    **dict.fromkeys(("zh", "ja"), "han"),
    "ko": "hangul",
    **dict.fromkeys(("hi", "mr", "ne", "sa"), "devanagari"),
    "th": "thai",
    "ka": "georgian",
    "hy": "armenian",
}
"""A language's usual writing system (its primary subtag); any other is Latin here."""

RTL_SCRIPTS = frozenset({"arabic", "hebrew"})
"""Writing systems set right to left."""

_ENGLISH = frozenset(
    "the of and is are was were has have had that with from will would said not this"
    " which been by for".split()
)
"""English function words: one of them among a Latin-script text's words marks it English."""

_WORD = re.compile(r"[^\W\d_]+")


def script_of_language(language: str) -> str:
    """The usual writing system of a BCP 47 tag (``zh-Hant`` is Han, ``sr-Latn`` Latin)."""
    tag = language.lower()
    if "-latn" in tag:
        return "latin"
    return _LANGUAGE_SCRIPTS.get(tag.split("-", 1)[0], "latin")


def language_of(text: str, named: Iterable[str | None]) -> str | None:
    """The language ``text`` is in, among the languages the briefing ``named`` (the
    briefing's first, then its sources'), or None where it cannot tell (see the module)."""
    script = script_of(text)
    languages = [lang for lang in dict.fromkeys(named) if lang]
    if script is None:
        return languages[0] if languages else None
    if script == "latin":
        words = {word.casefold() for word in _WORD.findall(text)}
        if words & _ENGLISH:
            return "en"
        latin = [lang for lang in languages if script_of_language(lang) == "latin"]
        return latin[0] if latin else "en"
    if script == "han":
        return _han_language(text, languages)
    same = [lang for lang in languages if script_of_language(lang) == script]
    return same[0] if same else ONLY_LANGUAGE.get(script)


def _han_language(text: str, languages: list[str]) -> str | None:
    """Chinese or Japanese: kana marks Japanese; else the briefing's Han language."""
    has_kana = any(unicodedata.name(c, "").startswith(("HIRAGANA", "KATAKANA")) for c in text)
    han = [lang for lang in languages if script_of_language(lang) == "han"]
    if has_kana:
        return "ja"
    chinese = [lang for lang in han if lang.lower().startswith("zh")]
    return chinese[0] if chinese else (han[0] if han else None)
