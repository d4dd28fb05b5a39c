"""Which writing system a text is in, by the Unicode names of its letters.

One count serves every part that needs it: the drafter, to tell an article's language
before it picks rules (Cyrillic, Arabic, Han …), and the exports, to label text in
another language than the page's (ClaimReview's ``inLanguage``, HTML's ``lang`` and
``dir``). Two counts of their own once disagreed on which letters belong to a script.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

__all__ = ["ONLY_LANGUAGE", "script_counts", "script_of"]

_SCRIPT_NAMES = {
    "LATIN": "latin",
    "CYRILLIC": "cyrillic",
    "ARABIC": "arabic",
    "HEBREW": "hebrew",
    "GREEK": "greek",
    "CJK": "han",
    "HIRAGANA": "kana",
    "KATAKANA": "kana",
    "HANGUL": "hangul",
    "DEVANAGARI": "devanagari",
    "BENGALI": "bengali",
    "TAMIL": "tamil",
    "THAI": "thai",
    "GEORGIAN": "georgian",
    "ARMENIAN": "armenian",
}
"""The first word of a letter's Unicode name -> its writing system."""

ONLY_LANGUAGE = {"hangul": "ko", "greek": "el", "thai": "th", "georgian": "ka", "armenian": "hy"}
"""Writing systems one language uses (here): the script names the language."""


def script_counts(text: str) -> Counter[str]:
    """How many of ``text``'s letters each writing system holds (kana apart from Han;
    letters of scripts not named here are not counted)."""
    counts: Counter[str] = Counter()
    for char in text:
        if char < "\x80":  # ASCII: only its letters count, all Latin
            if char.isalpha():
                counts["latin"] += 1
            continue
        if not char.isalpha():
            continue
        script = _SCRIPT_NAMES.get(unicodedata.name(char, "").split(" ", 1)[0])
        if script is not None:
            counts[script] += 1
    return counts


def script_of(text: str) -> str | None:
    """The writing system most of ``text``'s letters are in, kana counted with Han (Japanese
    mixes them), or None for text with no letters."""
    counts = script_counts(text)
    if "kana" in counts:
        counts["han"] += counts.pop("kana")
    if not counts:
        return None
    return counts.most_common(1)[0][0]
