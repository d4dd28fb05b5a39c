"""Numbers a sentence states, as the format's figures: a value or a range, with a unit.

Reads digits in German and English notation ("10.000", "10,000", "2,5", "2.5"), number
words ("sieben", "seven", "Millionen"), ranges ("sieben bis zehn", "10.000 bis 30.000",
"zwischen 5 und 8", "between 5 and 8", "5-8") and approximations ("rund", "etwa",
"bis zu", "about", "up to"). The unit is the counted noun that follows. Bare years
("1961") are dates, not figures, and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["FigureDraft", "find_figures"]

_WORDS = {
    "de": {
        "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2,
        "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
        "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
        "fünfzig": 50, "hundert": 100, "tausend": 1000, "zehntausend": 10_000,
        "hunderttausend": 100_000, "dutzend": 12,
    },
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
        "dozen": 12,
    },
}  # fmt: skip
_SCALES = {
    "tausend": 1e3, "thousand": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6,
    "millions": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "billion": 1e9,
    "billions": 1e9,
}  # fmt: skip
_APPROX = {
    "de": ("rund", "etwa", "ungefähr", "circa", "ca", "knapp", "fast", "annähernd", "gut"),
    "en": ("about", "around", "roughly", "approximately", "nearly", "almost", "some"),
}
_UP_TO = {"de": ("bis", "zu"), "en": ("up", "to")}
_RANGE_JOIN = {"de": {"bis", "-", "\N{EN DASH}"}, "en": {"to", "-", "\N{EN DASH}"}}
_BETWEEN = {"de": ("zwischen", "und"), "en": ("between", "and")}
_PERCENT = {"%", "prozent", "percent", "per cent"}
_NOT_UNITS = frozenset(
    "der die das den dem des ein eine und oder in im mit von zu auf für bis an am um"
    " the a an and or of in on to for by at with from as than jahre".split()
)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|%|[-\N{EN DASH}]")


@dataclass(frozen=True)
class FigureDraft:
    """A figure found in text, before it becomes a :class:`tui.model.Figure`."""

    unit: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    text: str = ""
    """The words it was read from."""


def _digits(token: str, language: str) -> float | None:
    if not token[0].isdigit():
        return None
    thousands, decimal = (".", ",") if language == "de" else (",", ".")
    parts = token.split(thousands)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and decimal not in parts[-1]:
        token = "".join(parts)
    elif thousands in token:
        return None if decimal in token else float(token.replace(thousands, "."))
    try:
        return float(token.replace(decimal, "."))
    except ValueError:
        return None


def _number(tokens: list[str], i: int, language: str) -> tuple[float, int, bool] | None:
    """The number starting at token ``i``: (value, tokens used, written in digits)."""
    if i >= len(tokens):
        return None
    token = tokens[i]
    value = _digits(token, language)
    digits = value is not None
    if value is None:
        value = _WORDS.get(language, {}).get(token.casefold())
        if value is None:
            return None
    used = 1
    if i + 1 < len(tokens) and tokens[i + 1].casefold() in _SCALES:
        value *= _SCALES[tokens[i + 1].casefold()]
        used = 2
    return float(value), used, digits


def _unit(tokens: list[str], i: int, language: str) -> tuple[str, int] | None:
    """The counted noun at or just after token ``i`` (skipping up to two adjectives)."""
    for skip in range(3):
        j = i + skip
        if j >= len(tokens):
            return None
        word = tokens[j]
        folded = word.casefold()
        if folded in _PERCENT:
            return "percent", j + 1
        if not word[0].isalpha() or folded in _NOT_UNITS:
            return None
        if language != "de" or word[0].isupper():
            return word, j + 1
    return None


def find_figures(sentence: str, language: str) -> list[FigureDraft]:
    """Every figure in ``sentence``, in order."""
    lang = "de" if language == "de" else "en"
    tokens = _TOKEN.findall(sentence)
    folded = [t.casefold() for t in tokens]
    figures: list[FigureDraft] = []
    i = 0
    while i < len(tokens):
        start = i
        approximate = False
        up_to = False
        between = False
        if folded[i] in _APPROX[lang] and _number(tokens, i + 1, lang):
            approximate, i = True, i + 1
        elif tuple(folded[i : i + 2]) == _UP_TO[lang] and _number(tokens, i + 2, lang):
            approximate, up_to, i = True, True, i + 2
        elif folded[i] == _BETWEEN[lang][0] and _number(tokens, i + 1, lang):
            between, i = True, i + 1
        first = _number(tokens, i, lang)
        if first is None:
            i = start + 1
            continue
        low, used, digits = first
        i += used
        high = None
        join = _BETWEEN[lang][1] if between else None
        joins = {join} if between else _RANGE_JOIN[lang]
        if i < len(tokens) and folded[i] in joins:
            second = _number(tokens, i + 1, lang)
            if second is not None:
                high, used2, digits2 = second
                digits = digits or digits2
                i += 1 + used2
        unit = _unit(tokens, i, lang)
        is_year = (
            digits and high is None and low.is_integer() and 1800 <= low <= 2100
            and re.fullmatch(r"\d{4}", tokens[i - 1] if used == 1 else "")
        )  # fmt: skip
        if unit is None or (is_year and unit[0] != "percent") or (not digits and unit is None):
            i = start + 1
            continue
        if high is None and not digits and low == 1 and not approximate:
            i = start + 1  # "ein", "eine", "one": an article, not a count
            continue
        name, i = unit
        text = " ".join(tokens[start:i])
        if high is not None and high >= low:
            figures.append(
                FigureDraft(name, low=low, high=high, approximate=approximate, text=text)
            )
        else:
            figures.append(
                FigureDraft(name, value=low, approximate=approximate or up_to, text=text)
            )
    return figures
