"""Numbers a sentence states, as the format's figures: a value or a range, with a unit.

Reads digits in German and English notation ("10.000", "10,000", "2,5", "2.5"), number
words ("sieben", "seven", "Millionen"), ranges ("sieben bis zehn", "10.000 bis 30.000",
"zwischen 5 und 8", "between 5 and 8", "5-8") and approximations ("rund", "etwa",
"bis zu", "about", "up to"). The unit is the counted noun that follows. Bare years
("1961") are dates, not figures, and are left out.

A number no noun follows takes its unit from the grammar of the sentence, read with
HanTa's tags (German and English models, both in the package): the count before it in a
list or a comparison whose noun it leaves out ("81 Abgeordnete stimmten dafür, 52
dagegen"; "fewer than 2,000"; "the Conservatives 121"), the whole it is part of ("Von den
630 Abgeordneten stimmten 323 dafür"), the subject of a verb of level or change ("users
rose to 675 million") or a plural an earlier verb took as its object ("sammelt
Unterschriften und hat bereits 4.000 zusammen"); an age ("aged 65", "Maria Lopez, 45,").
Not counts, following the corpus gold: shares ("one in five", "half of", "zwei Drittel"),
labels ("Platz 2", "District 9"), ordinals, decades, scores and clock times, a
percentage that names a target ("the 2 percent goal").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any

from tui.cues import ARTICLE_ONES, MEASURED_AFTER_ONE
from tui.currencies import ISO_CURRENCIES

__all__ = ["FigureDraft", "find_figures"]

_WORDS = {
    "de": {
        "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2,
        "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
        "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
        "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
        "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
        "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000, "zehntausend": 10_000,
        "hunderttausend": 100_000, "dutzend": 12, "zweier": 2, "dreier": 3,
    },
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
        "dozen": 12,
    },
}  # fmt: skip
_SCALES = {
    "de": {
        "tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
        "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12, "dutzend": 12,
    },
    "en": {
        "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
        "billions": 1e9, "trillion": 1e12, "trillions": 1e12, "bn": 1e9, "m": 1e6, "tn": 1e12,
        "trn": 1e12, "k": 1e3, "dozen": 12,
    },
}  # fmt: skip
_VAGUE = {
    "hunderte": (200, 999), "hundreds": (200, 999), "tausende": (2000, 9999),
    "thousands": (2000, 9999), "dutzende": (24, 99), "dozens": (24, 99),
    "zehntausende": (20_000, 99_999), "hunderttausende": (200_000, 999_999),
    "millions": (2e6, 999e6), "billions": (2e9, 999e9), "tens": (20, 99),
}  # fmt: skip
"""Plural counts with no number ("Hunderte", "dozens", "billions of euros"): a range,
approximate. A scale word after a number ("2,8 Millionen") is read with the number;
"millions" and "billions" count only as "millions of …" (the gold does not count a loose
German "Millionen Hausbesitzer")."""
_OF_ONLY = frozenset({"millions", "billions", "tens"})
_SEVERAL = {"mehrere", "einige", "several", "some"}
_CURRENCY = {
    "$": "dollars", "€": "euros", "£": "pounds", "US$": "dollars", "NZ$": "dollars",
    "A$": "dollars", "C$": "dollars", "HK$": "dollars", "S$": "dollars", "EUR": "euros",
    "USD": "dollars", "GBP": "pounds",
}  # fmt: skip
"""Currency signs and codes, before a number ("$5", "EUR 5") or after it ("3,50 €",
"5 EUR", as German copy writes them). Other ISO 4217 codes are their own unit
(:func:`_currency`)."""


def _currency(tokens: list[str], k: int) -> str | None:
    """The currency the token at ``k`` names, or None: a sign or a known code by the
    name the corpus gives it ("$": dollars, "EUR": euros), or any other ISO 4217 code as
    itself ("NOK 212.50", "CHF 1,2 Mrd.", "250 SEK"). A code counts only in copy that is
    not all in capitals: an upper-case word right before or after it ("WIN TOP 10",
    "USD NOK 10.5", an exchange rate) makes it no currency of its own."""
    if k < 0 or k >= len(tokens):
        return None
    token = tokens[k]
    known = _CURRENCY.get(token)
    if known is not None or len(token) != 3 or not (token.isalpha() and token.isupper()):
        return known
    for other in (k - 1, k + 1):
        near = tokens[other] if 0 <= other < len(tokens) else ""
        if len(near) > 1 and near.isalpha() and near.isupper():
            return None
    return token if token in ISO_CURRENCIES else None


_NOT_AFTER = {"the", "die", "der", "den", "beiden", "both", "s"}
"""A number after these is not a count ("the two countries", "die beiden Länder")."""
_TIME_UNITS = frozenset(
    "uhr a.m. p.m. am pm januar februar märz april mai juni juli august september oktober"
    " november dezember january february march april may june july august september october"
    " november december".split()
)
_EN_MODIFIERS = frozenset(
    "more fewer less new additional small large big other extra further own old young local"
    " foreign"
    " senior junior armed civilian military".split()
)
_DE_DESCRIBING_TAGS = ("ADJ", "ADV", "PIAT", "PIDAT", "CARD")
"""STTS tags of the words between a German number and its noun: adjectives, adverbs
and quantifiers ("24 russische Standorte", "drei weitere Verdächtige")."""
_EN_NOT_NOUNS = tuple("AV VVD VVB VVI VVG VVN VM VB VH VD PRP CJ ITJ AT DT AJC AJS".split())
"""CLAWS tags of words that count nothing: adverbs, finite verbs, prepositions,
conjunctions, articles, comparatives ("675 million, slightly ahead", "Flight 370
vanished", "voted no", "20 taller", "won 4-0, taking")."""
_EN_ADJECTIVE_ENDINGS = ("ed", "al", "ive", "ic", "ous", "ful", "ian", "ish", "ese", "ern", "est")
_APPROX = {
    "de": ("rund", "etwa", "ungefähr", "circa", "zirka", "ca", "knapp", "fast", "annähernd", "gut"),
    "en": ("about", "around", "roughly", "approximately", "nearly", "almost", "some"),
}
_UP_TO = {"de": ("bis", "zu"), "en": ("up", "to")}
_BOUNDS: dict[str, dict[tuple[str, ...], str]] = {
    "de": {
        ("mehr", "als"): "more than", ("weniger", "als"): "less than", ("unter",): "less than",
        ("über",): "more than", ("mindestens",): "at least", ("höchstens",): "up to",
        ("maximal",): "up to", ("wenigstens",): "at least", ("bis", "zu"): "up to",
    },
    "en": {
        ("more", "than"): "more than", ("fewer", "than"): "less than",
        ("less", "than"): "less than", ("under",): "less than", ("below",): "less than",
        ("over",): "more than", ("above",): "more than", ("at", "least"): "at least",
        ("at", "most"): "up to", ("as", "many", "as"): "up to", ("as", "much", "as"): "up to",
        ("as", "few", "as"): "", ("as", "little", "as"): "", ("upwards", "of"): "more than",
        ("in", "excess", "of"): "more than", ("up", "to"): "up to",
    },
}  # fmt: skip
"""Words that give a number as a bound, not an exact count ("fewer than 800", "weniger
als 800", "höchstens 800", "as many as 600"), and the format's bound each gives: the
number is the figure, approximate, as the corpus writes "mehr als 24" (value 24) and "up
to 12" (value 12), with the bound saying which way ("as few as 3" stresses the number,
so it has none)."""
BOUND_PHRASES: dict[str, str] = {
    " ".join(words): bound
    for by_language in _BOUNDS.values()
    for words, bound in by_language.items()
    if bound
}
"""Every bound with a direction as typed ("mehr als", "at most"), both languages, and the
format's word for it: the form's figure lines read the words the drafter reads."""
APPROXIMATE_WORDS = frozenset(word for words in _APPROX.values() for word in words)
"""Every word that makes a number approximate, both languages ("rund", "about")."""

_RANGE_JOIN = {
    "de": {"bis", "-", "\N{EN DASH}", "oder"},
    "en": {"to", "-", "\N{EN DASH}", "or"},
}
"""Words between the two ends of a range; alternatives ("5 or 6 flights", "zwei oder drei
Tage") are read as a range too, the smaller first."""
_BETWEEN = {"de": ("zwischen", "und"), "en": ("between", "and")}
_PERCENT = {"%", "prozent", "percent", "per cent"}
_NOT_UNITS = frozenset(
    "der die das den dem des ein eine und oder in im mit von zu auf für bis an am um"
    " the a an and or of in on to for by at with from as than according last this"
    " next per each against could would will may might can should was were is are has"
    " have had been be that which who her him them it us me you his their its our my your"
    " she he they we i".split()
)
_TOKEN = re.compile(
    r"(?<![^\W\d_])(?:US|NZ|A|C|HK|S)\$"  # country dollars, before the words take their letters
    r"|[^\W\d_]+-?\d[\w]*(?:-\w+)*"  # designators, one token: Shahed-136, Il-76, G20
    r"|\d+(?:[.,]\d+)*-[^\W\d_]+"  # 12-mile, 35-Stunden
    r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)"  # "10 000"
    r"|\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|%|[-\N{EN DASH}\N{MINUS SIGN}]|[$€£]"
)
"""A number's tokens; a dollar sign with its country's letters ("US$", "NZ$") is one
token, read before the words, so that "US$10.4 billion to US$10.6 billion" repeats one
currency."""
_DESIGNATOR = re.compile(r"[^\W\d_]+-?\d")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
"""A year written as four digits."""
_COMPOUND = re.compile(r"(?P<number>\d+(?:[.,]\d+)*|[^\W\d_]+)-(?P<unit>[^\W\d_]+)\Z")


@dataclass(frozen=True)
class FigureDraft:
    """A figure found in text, before it becomes a :class:`tui.model.Figure`."""

    unit: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    bound: str | None = None
    """"up to", "at least", "more than" or "less than" for a value given as a bound."""
    text: str = ""
    """The words it was read from."""


def _digits(token: str, language: str) -> float | None:
    """The value of a number in digits in the language's notation ("10.000", "2,5",
    "1.000,50"; "2.5" in German copy is read as written). A date or a version with
    several separators ("12.03.2024", "1.2.3") is no number: None."""
    if not token[0].isdigit():
        return None
    token = re.sub(r"[ \u00a0\u202f]", "", token)  # "10 000": thousands set apart by spaces
    thousands, decimal = (".", ",") if language == "de" else (",", ".")
    whole, _, fraction = token.partition(decimal)
    if decimal in fraction or thousands in fraction:
        return None  # "1,2,3", "12.03.2024" in English notation
    parts = whole.split(thousands)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        whole = "".join(parts)
    elif len(parts) == 2 and not fraction:
        whole, fraction = parts  # "2.5" in German copy, "2,5" in English copy
    elif len(parts) > 1:
        return None  # "12.03.2024", "5.3.2024", "1.2.3": a date or a version
    try:
        return float(f"{whole}.{fraction}" if fraction else whole)
    except ValueError:
        return None


_UNITS_SPELLED = {
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9},
    "de": {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
           "acht": 8, "neun": 9},
}  # fmt: skip
_TENS_SPELLED = {
    "en": {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90},
    "de": {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
           "siebzig": 70, "achtzig": 80, "neunzig": 90},
}  # fmt: skip


def _spelled_compound(token: str, language: str) -> int | None:
    """A number from 21 to 99 spelled as one word: English tens and units joined by a
    hyphen ("Sixty-one", "twenty-five"), German units, "und" and tens
    ("einundzwanzig", "fünfundsechzig"); None for any other word."""
    folded = token.casefold()
    if language == "de":
        if "und" not in folded:
            return None
        lang = "de"
        unit, _, tens = folded.partition("und")
    else:
        if "-" not in folded:
            return None
        lang = "en"
        tens, _, unit = folded.partition("-")
    high = _TENS_SPELLED[lang].get(tens)
    low = _UNITS_SPELLED[lang].get(unit)
    return high + low if high is not None and low is not None else None


def _number(tokens: list[str], i: int, language: str) -> tuple[float, int, bool] | None:
    """The number starting at token ``i``: (value, tokens used, written in digits)."""
    if i >= len(tokens):
        return None
    token = tokens[i]
    value = _digits(token, language)
    digits = value is not None
    if value is None:
        value = _WORDS.get(language, {}).get(token.casefold()) or _spelled_compound(token, language)
        if value is None:
            return None
    used = 1
    scales = _SCALES.get(language, _SCALES["en"])
    if i + 1 < len(tokens) and tokens[i + 1].casefold() in scales:
        value = float(f"{value * scales[tokens[i + 1].casefold()]:.12g}")  # 4.1 million: 4100000
        used = 2
    return float(value), used, digits


def _unit(tokens: list[str], i: int, language: str) -> tuple[str, int] | None:
    """The counted noun at or just after token ``i``, skipping the words that describe it:
    German lowercase adjectives ("24 russische Standorte"), English adverbs, adjectives
    and capitalised modifiers ("300 remotely piloted aircraft", "150 Palestinian
    prisoners", "seven more Patriot batteries"); in English past "of" and a determiner
    or a possessive name ("3,200 of Britain's road bridges", "40 of the club's members")."""
    whole = _of_whole(tokens, i) if language == "en" else None
    if whole is not None:
        return _unit(tokens, whole, language)
    for skip in range(4):
        j = i + skip
        if j >= len(tokens):
            return None
        word = tokens[j]
        folded = word.casefold()
        if folded in _PERCENT:
            return "percent", j + 1
        if folded == "per" and tokens[j + 1 : j + 2] and tokens[j + 1].casefold() == "cent":
            return "percent", j + 2  # "60 per cent"
        if not word[0].isalpha() or folded in _NOT_UNITS or folded in _TIME_UNITS:
            return None
        if folded == "p" and tokens[j + 1 : j + 2] == ["m"]:
            return None  # "5 p.m.": a clock time ("a.m." stops at the article "a")
        if language == "de":
            if word[0].isupper():
                if _place_adjective(word) and tokens[j + 1 : j + 2] and tokens[j + 1][:1].isupper():
                    continue  # "300 000 Stuttgarter Haushalte", "200 Kölner Fans"
                return word, j + 1
            if folded in _DE_MEASURES:
                if folded in ("km", "m") and tokens[j + 1 : j + 2] == ["h"]:
                    return f"{word}/h", j + 2  # "120 km/h"
                return word, j + 1  # "12 km", "20 kg": German writes measures in lowercase
            if not _tag(word, language).startswith(_DE_DESCRIBING_TAGS):
                return None  # "der ICE 578 fiel aus, Fahrgäste …": a verb ends the phrase
            continue
        following = tokens[j + 1] if j + 1 < len(tokens) else ""
        more = bool(following[:1].isalpha()) and following.casefold() not in _NOT_UNITS
        describes = (
            folded.endswith("ly")
            or word[0].isupper()
            or folded in _EN_MODIFIERS
            or (folded.endswith(_EN_ADJECTIVE_ENDINGS) and len(folded) > 4)
            or _tag(word, language) in ("AJ0", "VVG", "VVN")  # "3 striking workers"
            or _tag(word, language).startswith("AV")  # "10 straight days"
        )
        if word[0].isupper() and _capitalised_plural(word, following):
            return word, j + 1  # "passed eight Bills", "three Democrats voted against"
        if describes and more:
            continue
        if word[0].isupper() or _tag(word, language).startswith(_EN_NOT_NOUNS):
            return None  # "675 million, slightly ahead", "Flight 370 vanished"
        return _english_head(tokens, j, first=skip == 0)
    return None


_WHOLE_DETERMINERS = frozenset("the its their our his her these those".split())


def _of_whole(tokens: list[str], i: int) -> int | None:
    """Where the noun of "N of the …" starts: past "of" and a determiner, or "of" and a
    capitalised name with its "'s" ("of Britain's"); None when "of" does not follow or a
    number comes next ("12 of the 40 seats": that number counts the whole itself)."""
    if tokens[i : i + 1] != ["of"] or i + 2 >= len(tokens):
        return None
    if tokens[i + 1].casefold() in _WHOLE_DETERMINERS:
        at = i + 2
    elif tokens[i + 1][:1].isupper() and tokens[i + 2] == "s":
        at = i + 3
    else:
        return None
    if at >= len(tokens) or not tokens[at][:1].isalpha():
        return None
    if tokens[at].casefold() == "total" and "".join(tokens[at + 1 : at + 2])[:1].isdigit():
        return None  # "87 of the total 99 councillors": the number counts the whole
    if at + 1 < len(tokens) and tokens[at + 1] == "s":
        at += 2  # "of the council's bridges"
    return at if at < len(tokens) and tokens[at][:1].isalpha() else None


_DE_MEASURES = frozenset("km m cm mm kg g mg t l ml hl ha qm kwh mwh gwh kw mw gw ps".split())
"""Measures German writes in lowercase abbreviations after a number ("120 km/h", "20 kg",
"3 ha"); every other German unit is a capitalised noun."""


def _capitalised_plural(word: str, following: str) -> bool:
    """A capitalised English plural noun with no noun after it counts ("eight Bills",
    "two Republicans"); one that stands before a noun describes it ("300 Marine
    Corps troops"), and an adjective of a people ("150 Palestinian prisoners") is no
    plural noun."""
    if _tag(word.casefold(), "en") != "NN2":
        return False
    return not following[:1].isalpha() or not (
        following[0].isupper() or _tag(following.casefold(), "en").startswith("NN")
    )


def _english_head(tokens: list[str], j: int, *, first: bool) -> tuple[str, int]:
    """The plural noun a singular modifier stands before ("three maritime security
    sources" -> sources, "26 of the 27 member states" -> states), else the word at
    ``j``; and the token after it. A head that only says its people belong to something
    ("members") keeps the noun right after the count that says to what: the compound is
    what is counted ("19 crew members", "150 union members", "two family members")."""
    word = tokens[j].casefold()
    if word.endswith("s") or word in _IRREGULAR_PLURALS:
        return tokens[j], j + 1
    for k in (j + 1, j + 2):
        if k >= len(tokens) or not tokens[k].isalpha() or not tokens[k].islower():
            break
        later = tokens[k].casefold()
        if later in _NOT_UNITS:
            break
        if later.endswith("s") and not later.endswith(("ss", "us", "is")):
            if (
                first
                and k == j + 1
                and later in _RELATIONAL_HEADS
                and _tag(tokens[j], "en").startswith("NN")
            ):
                return f"{tokens[j]} {tokens[k]}", k + 1
            return tokens[k], j + 1
    return tokens[j], j + 1


_IRREGULAR_PLURALS = frozenset("feet people men women children teeth mice geese cattle".split())
"""Plurals with no "-s": the counted noun itself, not a modifier of a plural after it
("25 feet deep, researchers said" counts feet; the tokens hold no comma to stop at).
"police" and "staff" are left out: they modify ("three police officers", "200 staff
members")."""
_RELATIONAL_HEADS = frozenset({"members"})
"""Plural heads that name belonging, not a kind of thing: the noun before says to what."""

_DE_COUNTS = {
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "vierzehn": 14, "zwanzig": 20, "dreißig": 30,
}  # fmt: skip
_DE_SPAN_UNITS = {
    "tägig": "Tage", "wöchig": "Wochen", "monatig": "Monate", "jährig": "Jahre",
    "stündig": "Stunden", "minütig": "Minuten",
}  # fmt: skip
_DE_SPAN_ONE = {
    "tägig": "Tag", "wöchig": "Woche", "monatig": "Monat", "jährig": "Jahr",
    "stündig": "Stunde", "minütig": "Minute",
}  # fmt: skip
"""The same spans for one ("einwöchiger Streik": 1 Woche, not "1 Wochen")."""
_DE_SPAN = re.compile(
    rf"(?P<count>\d+|{'|'.join(_DE_COUNTS)})-?(?P<unit>{'|'.join(_DE_SPAN_UNITS)})(?:e|en|er|es|em)?\Z"
)
"""A German compound that spans a time ("zweitägigen Besuch", "12-stündige Schicht")."""
_HOW_OFTEN = frozenset({"time", "off", "mal"})
"""Compounds that say how often, not how many ("one-time", "one-off", "dreimalig")."""
_KIND_COMPOUNDS = frozenset({"way", "sided", "piece", "seater", "speed", "door"})
"""Compounds that name a kind of thing, not a count of it ("three-way traffic lights", "a
two-seater", "a three-speed gearbox"), as "type 2" is a class; a rating ("four-star") is
a score and stays a figure."""
_ONE_MEASURES = frozenset(
    "second minute hour day week month year decade night game match mile metre meter"
    " kilometre kilometer foot yard inch pound kilo kilogram litre liter gallon acre"
    " hectare".split()
)
"""What a compound with "one" measures when it is a figure ("a one-day strike", "a
one-year contract", "a one-mile stretch"); with another noun it names a kind ("one-word
grades", "a one-party state", "a one-way ticket")."""
_LABELS = frozenset(
    "type typ stufe phase level category kategorie grade article artikel paragraph paragraf"
    " section clause chapter kapitel absatz ziffer schedule tier stage etappe top".split()
)
"""Words that name a class or a place in an order by its number ("type 2 diabetes",
"Artikel 5", "Section 21 notices", "Stage 3", "the top 10")."""


_CURRENCY_WORDS = {
    "euro": "euros", "euros": "euros", "dollar": "dollars", "dollars": "dollars",
    "pound": "pounds", "pounds": "pounds",
}  # fmt: skip
"""Currencies named in words inside an English compound ("a 40-million-euro contract")."""
_COMPOUND_SCALES = frozenset({"thousand", "million", "billion", "trillion"})
"""Scale words spelled out, the only ones a compound multiplies by ("a $2-billion deal")."""


def _scaled_compound(
    tokens: list[str], i: int, number: tuple[float, int, bool] | None, scale_word: str, lang: str
) -> tuple[FigureDraft, int] | None:
    """An English compound of a number and a scale ("a $2-billion deal", "a
    40-million-euro contract"): the whole amount, counted in the currency before it or
    named after it, else in the noun it describes. None for any other compound."""
    word = scale_word.casefold()
    if lang != "en" or number is None or word not in _COMPOUND_SCALES:
        return None  # "a 100-m sprint" is metres, not millions
    scale = _SCALES["en"][word]
    value = float(f"{number[0] * scale:.12g}")
    j = i + 1
    unit = _currency(tokens, i - 1)
    if j + 1 < len(tokens) and tokens[j] == "-" and tokens[j + 1].casefold() in _CURRENCY_WORDS:
        unit, j = _CURRENCY_WORDS[tokens[j + 1].casefold()], j + 2
    if unit is None:
        noun = _unit(tokens, j, lang)
        if noun is None:
            return None
        unit, j = noun
    return FigureDraft(unit, value=value, text=tokens[i]), j


_RATIO_JOINED = re.compile(r"\d+-(?:for|to|of|zu)")
"""The first half of a ratio or a record written as one hyphened word ("6-for-12
shooting", "went 3-for-5", "a 2-to-1 margin", "3-zu-1-Mehrheit"): no count of a thing, so
neither number is a figure (the function word is no unit)."""


def _special(
    tokens: list[str], folded: list[str], i: int, lang: str, figures: list[FigureDraft]
) -> tuple[FigureDraft | None, int] | None:
    """Figures the main rule does not read: vague plurals ("Hunderte", "several
    hundred", "dozens of"), compounds ("four-day", "12-mile") and designators ("Il-76",
    which are skipped). (figure or None, next token) or None when nothing special."""
    word = folded[i]
    if _DESIGNATOR.match(tokens[i]):
        return None, i + 1  # a model or a group: Shahed-136, Il-76, G20
    if word in _LABELS and i + 1 < len(tokens) and tokens[i + 1].isdigit():
        return None, i + 2  # "type 2 diabetes", "Stufe 3": a label with a number
    if (
        _RATIO_JOINED.fullmatch(word)
        and tokens[i + 1 : i + 2] == ["-"]
        and i + 2 < len(tokens)
        and _number(tokens, i + 2, lang) is not None
    ):
        return None, i + 3  # "6-for-12 shooting", "a 2-to-1 margin": a ratio or a record
    magnitude = _digit_count(tokens, folded, i, lang)
    if magnitude is not None:
        return magnitude
    span = _DE_SPAN.match(word) if lang == "de" else None
    if span is not None:  # "zweitägigen Besuch": two days
        count = span.group("count")
        value = float(count) if count.isdigit() else float(_DE_COUNTS[count])
        units = _DE_SPAN_ONE if value == 1 else _DE_SPAN_UNITS
        return FigureDraft(units[span.group("unit")], value=value, text=tokens[i]), i + 1
    measure = _german_measure_compound(tokens, folded, i, lang)
    if measure is not None:
        return measure
    suspended = _suspended(tokens, folded, i, lang, figures)
    if suspended is not None:
        return suspended
    if _spelled_compound(tokens[i], lang) is not None:
        return None  # "Sixty-one": one number, read by the main rule, no compound with a unit
    compound = _COMPOUND.match(tokens[i])
    if compound is not None:
        number = _number([compound.group("number")], 0, lang)
        scaled = _scaled_compound(tokens, i, number, compound.group("unit"), lang)
        if scaled is not None:
            return scaled
        if number is not None and compound.group("unit").islower():
            unit = compound.group("unit")
            if unit.casefold() in _FRACTIONS:
                return None, i + 1  # "two-thirds": a share
            if unit.casefold() in _HOW_OFTEN:
                return None, i + 1  # "one-time charges", "a three-time champion": how often
            if unit.casefold() in _KIND_COMPOUNDS:
                return None, i + 1  # "three-way traffic lights", "a two-seater": a kind
            if (
                number[0] == 1
                and compound.group("number").isalpha()
                and unit.casefold() not in _ONE_MEASURES
            ):
                return None, i + 1  # "one-word grades", "a one-party state": a kind
            if unit.casefold() == "strong" and i + 1 < len(tokens) and tokens[i + 1].isalpha():
                # "a 10,000-strong crowd": the noun after says what is counted
                return FigureDraft(tokens[i + 1], value=number[0], text=tokens[i]), i + 2
            return FigureDraft(unit, value=number[0], text=tokens[i]), i + 1
    vague = _VAGUE.get(word)
    scales = _SCALES.get(lang, _SCALES["en"])
    several = (
        word in _SEVERAL
        and i + 1 < len(tokens)
        and (folded[i + 1] in ("hundert", "hundred") or folded[i + 1] in scales)
    )
    if vague is None and not several:
        return None
    if word in _OF_ONLY and folded[i + 1 : i + 2] != ["of"]:
        return None
    if several:  # "several hundred", "mehrere Millionen": two to nine of the scale
        base = 100.0 if folded[i + 1] in ("hundert", "hundred") else scales[folded[i + 1]]
        low, high, j = 2 * base, 10 * base - 1, i + 2
    else:
        assert vague is not None
        low, high, j = float(vague[0]), float(vague[1]), i + 1
    if (
        j + 1 < len(tokens)
        and folded[j] in ("und", "and", "oder", "or")
        and (folded[j + 1] in _VAGUE or folded[j + 1].startswith("aber"))
    ):
        j += 2  # "Tausende und Abertausende": one vague count
    if j < len(tokens) and folded[j] in ("of", "von"):
        j += 1
        if lang == "en" and j < len(tokens) and tokens[j][:1].isupper() and folded[j].endswith("s"):
            # "thousands of Israelis": the people counted, named by a capitalised plural
            text = " ".join(tokens[i : j + 1])
            return FigureDraft(tokens[j], low=low, high=high, approximate=True, text=text), j + 1
    if j < len(tokens) and folded[j] in scales:
        # "tens of thousands" runs to 99,999, not 99,000, as the corpus README has it (and
        # as "Zehntausende" does); "tens of millions" stays 99 million, as the sets write it
        scale = scales[folded[j]]
        low, high = low * scale, (high + 1) * scale - 1 if scale == 1e3 else high * scale
        j += 1
        if j < len(tokens) and folded[j] == "of":
            j += 1  # "hundreds of millions of dollars": the scale, then what it counts
    unit = _unit(tokens, j, lang)
    if unit is None:
        return None, i + 1
    name, end = unit
    text = " ".join(tokens[i:end])
    return FigureDraft(name, low=low, high=high, approximate=True, text=text), end


def _suspended(
    tokens: list[str], folded: list[str], i: int, lang: str, figures: list[FigureDraft]
) -> tuple[FigureDraft | None, int] | None:
    """A number whose compound is left hanging and finished by the next one ("16- and
    17-year-olds", "16- und 17-Jährige", "two- and three-bedroom flats"): the number with
    the unit of the compound after it."""
    if tokens[i + 1 : i + 2] != ["-"] or folded[i + 2 : i + 3] not in (
        ["and"],
        ["or"],
        ["und"],
        ["oder"],
        ["bis"],
        ["to"],
    ):
        return None
    number = _number([tokens[i]], 0, lang)
    if number is None or i + 3 >= len(tokens):
        return None
    after = _special(tokens, folded, i + 3, lang, figures)
    if after is None or after[0] is None:
        return None
    first = FigureDraft(after[0].unit, value=number[0], text=f"{tokens[i]}-")
    figures.append(first)
    return after


_DE_MEASURE = re.compile(r"(?P<number>\d+(?:[.,]\d+)*)-(?P<unit>[A-ZÄÖÜ][^\W\d_]*)\Z")


def _german_measure_compound(
    tokens: list[str], folded: list[str], i: int, lang: str
) -> tuple[FigureDraft | None, int] | None:
    """A German compound that opens with a measure ("500-Meter-Sprint", "35-Stunden-Woche",
    "8-Millionen-Euro-Projekt"): the number and its unit, as "500 Meter"; a scale takes
    the unit after it. A percentage there names a threshold ("die 5-Prozent-Hürde"),
    no amount, as "the 2 percent goal" does."""
    if lang != "de" or tokens[i + 1 : i + 2] != ["-"] or i + 2 >= len(tokens):
        return None
    match = _DE_MEASURE.match(tokens[i])
    if match is None or not tokens[i + 2][:1].isupper():
        return None
    value = _digits(match.group("number"), lang)
    if value is None:
        return None
    unit = match.group("unit")
    scale = _SCALES["de"].get(unit.casefold())
    rest = tokens[i + 2].split("-")
    if scale is not None:
        if len(rest) < 2:
            return None  # "8-Millionen-Euro": no head after the unit
        value, unit = float(f"{value * scale:.12g}"), rest[0]
    if unit.casefold() in _PERCENT:
        return None, i + 3
    return FigureDraft(unit, value=value, text=" ".join(tokens[i : i + 3])), i + 3


def _digit_count(
    tokens: list[str], folded: list[str], i: int, lang: str
) -> tuple[FigureDraft | None, int] | None:
    """ "sechsstellige Summe", "a six-figure sum": the amount lies between the smallest
    and the largest number with that many digits; its unit is the noun after it."""
    match = _DIGIT_COUNT.match(folded[i])
    if match is None:
        return None
    count = match.group("count") or match.group("en")
    digits = (
        int(count) if count.isdigit() else int(_WORDS[lang].get(count, _DE_COUNTS.get(count, 0)))
    )
    if not 1 < digits < 16:
        return None
    unit = _unit(tokens, i + 1, lang)
    if unit is None:
        return None, i + 1
    name, end = unit
    low, high = float(10 ** (digits - 1)), float(10**digits - 1)
    text = " ".join(tokens[i:end])
    return FigureDraft(name, low=low, high=high, approximate=True, text=text), end


_TALLY_EN = re.compile(
    r"\b(?:voted|vote|votes|backed|passed|approved|rejected|carried|defeated)\b"
    r"(?:[^.;]*?\bby\s+|,?\s+)(?P<yes>\d[\d,]*)\s*(?:(?:votes\s+)?to\s+|[-\u2013]\s*)"
    r"(?P<no>\d[\d,]*)\b(?!\s*(?:%|percent|per\s+cent))"
)
"""A vote's tally with no noun after the numbers ("voted by 312 to 248", "voted 9 to 4",
"approved 7-2": the numbers right after the verb; "won by three votes, 1,412 to 1,409":
after "votes" and a comma)."""
_TALLY_DE = re.compile(r"(?<![\d.,])(?P<count>\d[\d.]*)\s+(?:stimmten|votierten|enthielten)\b")
"""A count of voters before the verb with no noun ("275 votierten dagegen"): it counts
what the sentence's figure before it counts ("399 Abgeordnete")."""


_SPAN_STEPS = {
    # a larger time unit, the smaller one it is counted in, and how many of those it holds
    # (a month in days is no fixed number, so "a month and ten days" stays two figures)
    "de": (
        (("jahr", "jahre", "jahren"), ("monat", "monate", "monaten"), 12),
        (("woche", "wochen"), ("tag", "tage", "tagen"), 7),
        (("tag", "tage", "tagen"), ("stunde", "stunden"), 24),
        (("stunde", "stunden"), ("minute", "minuten"), 60),
        (("minute", "minuten"), ("sekunde", "sekunden"), 60),
    ),
    "en": (
        (("year", "years"), ("month", "months"), 12),
        (("week", "weeks"), ("day", "days"), 7),
        (("day", "days"), ("hour", "hours"), 24),
        (("hour", "hours"), ("minute", "minutes"), 60),
        (("minute", "minutes"), ("second", "seconds"), 60),
    ),
}


def _two_unit_span(larger: str, smaller: str, lang: str) -> int | None:
    """How many ``smaller`` units one ``larger`` holds, when the two make one span."""
    for big, small, factor in _SPAN_STEPS[lang]:
        if larger.casefold() in big and smaller.casefold() in small:
            return factor
    return None


def span_factor(larger: str, smaller: str) -> int | None:
    """How many ``smaller`` units one ``larger`` holds in either language ("Jahr",
    "Monate": 12; "hours", "minutes": 60), or None: the figure lines of the claim form
    read "1 Jahr und 5 Monate" as the drafter does, one figure in the smaller unit."""
    return _two_unit_span(larger, smaller, "de") or _two_unit_span(larger, smaller, "en")


_SPAN_ONE = {"a": 1, "an": 1}
"""The article that counts one before the larger unit ("a year and five months")."""
_SPAN_PAIR = re.compile(
    r"(?<![\w.,])(?P<a>\d+|[^\W\d_]+)\s+(?P<big>[^\W\d_]+)\s+(?:und|and)\s+"
    r"(?P<b>\d+|[^\W\d_]+)\s+(?P<small>[^\W\d_]+)\b"
)


def _span_count(word: str, lang: str) -> float | None:
    """The count of one unit of a two-unit span: digits, a number word or "a"."""
    folded = word.casefold()
    return _SPAN_ONE.get(folded) or _WORDS[lang].get(folded) or _digits(word, lang)


def _joined_spans(sentence: str, lang: str, figures: list[FigureDraft]) -> list[FigureDraft]:
    """A span told in two units ("ein Jahr und fünf Monate", "two hours and 20 minutes")
    as one figure in the smaller unit (17 months, 140 minutes), as the corpus counts it
    (README, round eleven), in place of the figures read from its parts."""
    for pair in _SPAN_PAIR.finditer(sentence):
        factor = _two_unit_span(pair.group("big"), pair.group("small"), lang)
        if factor is None:
            continue
        a, b = _span_count(pair.group("a"), lang), _span_count(pair.group("b"), lang)
        if a is None or b is None or a != int(a) or b != int(b) or b >= factor:
            continue
        start, end = pair.span()
        kept = [f for f in figures if not (f.text and f.text in sentence[start:end])]
        joined = FigureDraft(pair.group("small"), value=a * factor + b, text=pair.group())
        at = next((n for n, f in enumerate(figures) if f not in kept), len(kept))
        figures = [*kept[:at], joined, *kept[at:]]
    return figures


def find_figures(sentence: str, language: str) -> list[FigureDraft]:
    """Every figure in ``sentence``, in order; a German unit in the dative plural is
    given in the nominative ("mit 28 Kindern": Kinder, see :func:`_nominative_plural`)."""
    lang = "de" if language == "de" else "en"
    figures = _joined_spans(sentence, lang, _figures(sentence, lang))
    if lang == "de":
        figures = [
            f if (unit := _nominative_plural(f.unit)) == f.unit else replace(f, unit=unit)
            for f in figures
        ]
    values = {f.value for f in figures}
    if lang == "en":
        for tally in _TALLY_EN.finditer(sentence):
            for group in ("yes", "no"):
                value = float(tally.group(group).replace(",", ""))
                # a side of the tally the main rule gave a noun from further back
                figures = [f for f in figures if f.value != value or f.text != tally.group(group)]
                values = {f.value for f in figures}
                if value not in values:
                    figures.append(FigureDraft("votes", value=value, text=tally.group(group)))
                    values.add(value)
    elif figures:
        for tally in _TALLY_DE.finditer(sentence):
            value = float(tally.group("count").replace(".", ""))
            if value not in values:
                figures.append(FigureDraft(figures[-1].unit, value=value, text=tally.group()))
                values.add(value)
    return figures


@functools.lru_cache(maxsize=4096)
def _place_adjective(word: str) -> bool:
    """A German adjective made of a place's name with "-er" ("Stuttgarter", "Kölner",
    "Bremer", "Münchner"): the name less "-er" (or with "-en" for "-n": München) is a
    proper name HanTa's German model knows. Such a word before a noun describes it."""
    if len(word) < 5 or not word.endswith("er") or not word[0].isupper():
        return False
    stem = word[:-2]
    model = _model("de")
    known = getattr(model, "cache", {})
    for name in (stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else ""):
        if name and name.casefold() in known and _analyse(name, "de")[1] == "NE":
            return True
    return False


_FEMININE_ER = (
    "steuer", "mauer", "nummer", "schwester", "ziffer", "kammer", "ader", "feder", "wimper",
    "faser", "folter", "dauer", "feier", "trauer", "schulter", "schleuder", "auster",
    "klammer", "bauer",
)  # fmt: skip
"""Nouns in "-er" whose plural itself ends in "-n" ("Steuern", "Schwestern", and the weak
"Bauern"): their "-n" is no dative ending."""


@functools.lru_cache(maxsize=4096)
def _nominative_plural(unit: str) -> str:
    """A German noun in the dative plural as the nominative plural the unit is named by
    ("Kindern" -> Kinder, "Windrädern" -> Windräder, "Fehlern" -> Fehler, "Projekten" ->
    Projekte, "Stundenkilometern" -> Stundenkilometer), read off HanTa's morphemes: an
    "-ern" ending; an "-n" after a stem in "-er" (not a feminine or weak noun whose
    plural is in "-n": "Steuern", "Bauern"); an "-en" whose form less "-n" is a plural in
    "-e" the model knows ("Projekte"; not "Patienten", "Zeugen", "Menschen"). Any other
    unit as it is."""
    if not unit[:1].isupper() or not unit.endswith("n") or " " in unit:
        return unit
    model = _model("de")
    try:
        lemma, morphemes, tag = model.analyze(unit, taglevel=3)
    except Exception:  # the tagger fails on odd tokens; leave the unit as written
        return unit
    if tag != "NN" or not morphemes or morphemes[-1][1] != "SUF_NN":
        return unit
    ending, stem = morphemes[-1][0], unit[:-1]
    if ending == "ern":
        return stem  # Kindern, Ländern, Windrädern
    folded_lemma = str(lemma).casefold()
    if ending == "n":
        plain = folded_lemma.endswith("er") and not folded_lemma.endswith(_FEMININE_ER)
        return stem if plain and stem.casefold() == folded_lemma else unit  # Fehlern
    if ending != "en" or stem.casefold() not in getattr(model, "cache", {}):
        return unit
    try:
        plural = model.analyze(stem, taglevel=3)[1]
    except Exception:  # pragma: no cover - the stem is a word the model knows
        return unit
    return stem if plural and tuple(plural[-1]) == ("e", "SUF_NN") else unit  # Projekten


@functools.cache
def _model(lang: str) -> Any:
    """HanTa's model for the language, shared with the cues and the noun tests."""
    from tui.taggers import english_tagger, german_tagger

    return german_tagger() if lang == "de" else english_tagger()


@functools.lru_cache(maxsize=65536)
def _analyse(word: str, lang: str) -> tuple[str, str]:
    """(lemma, tag) of one word: STTS tags for German ("NN", "VV(FIN)", "PROAV"),
    CLAWS tags for English ("NN2" a plural noun, "AV0" an adverb, "VVD" a past verb)."""
    try:
        result = _model(lang).analyze(word)
    except Exception:  # the tagger fails on odd tokens; a word it cannot read is unknown
        return word, ""
    if not isinstance(result, tuple) or len(result) < 2:
        return word, ""
    return str(result[0]), str(result[1])


def _tag(word: str, lang: str) -> str:
    return _analyse(word, lang)[1]


def _is_noun(word: str, lang: str) -> bool:
    """A noun; an English word the model reads as a verb ending in -s ("suspects",
    "calls") is a plural noun where a count or an article stands before it."""
    tag = _tag(word, lang)
    return tag.startswith("NN") or (tag == "VVZ" and word.endswith("s"))


def _is_verb(word: str, lang: str) -> bool:
    tag = _tag(word, lang)
    if lang == "de":
        return tag.startswith(("VV", "VA", "VM"))
    return tag[:2] in ("VV", "VB", "VH", "VD", "VM")


_PREPOSITIONS = frozenset(
    "in im an am auf aus bei mit nach seit von vom zu zum zur für über unter vor hinter"
    " neben zwischen durch gegen ohne um wegen trotz laut per of on at to for from with"
    " by about over under after before since during against into through".split()
)
"""Prepositions: a noun after one sits in a phrase of its own ("nach eigenen Angaben",
"for a study"), not in the clause a bare count belongs to."""
_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines the a an this that these those"
    " its their his her our my your sein seine seinen seiner ihr ihre ihren ihrer".split()
)
_SPAN_UNITS = frozenset(
    "seconds minutes hours days weeks months years second minute hour day week month year"
    " sekunden minuten stunden tage tagen wochen monate monaten jahre jahren".split()
)
"""Time spans: a count of them is a figure even after an article ("the twelve months
ended", "der 23 Jahre alte Spieler"), unlike "the two countries"."""
_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    " januar februar märz mai juni juli oktober dezember jan feb mar apr jun jul aug sep sept"
    " oct nov dec".split()
)
_AGE_BEFORE = {"aged", "age", "alter"}
"""A bare number after these is an age in years ("aged 65", "over the age of 65", "im
Alter von 70")."""
_COPULAS = frozenset("was is became war ist wurde".split())
_PERSONAL = frozenset("he she er sie".split())
_ELLIPSIS_JOINS = frozenset(
    "und and oder or than als sowie statt anstatt gegenüber versus vs from von".split()
)
"""Words that join a count to one before it whose noun it leaves out ("52 dafür und 3
dagegen", "fewer than 2,000", "4,50 Euro statt 3,80", "to 4.3 percent from 4.1")."""
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
_FRACTIONS = frozenset(
    "half halves third thirds quarter quarters fifth fifths tenth tenths hälfte drittel"
    " viertel fünftel zehntel".split()
)
"""Fractions: a share of a whole, which the gold does not count ("half of the
patients")."""
_DIGIT_COUNT = re.compile(
    rf"(?P<count>\d+|{'|'.join(_DE_COUNTS)})-?stellig(?:e|en|er|es|em)?\Z"
    r"|(?P<en>one|two|three|four|five|six|seven|eight|nine|ten|\d+)-figure\Z"
)
"""An amount given by its number of digits ("eine sechsstellige Summe", "a six-figure
salary"): a range from the smallest to the largest number of that many digits."""
_HUNDREDTHS = frozenset({"10", "100", "1000"})
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch"
    " donnerstag freitag samstag sonntag".split()
)
_LEVEL_VERBS = frozenset(
    "rise fall climb drop grow increase decrease reach stand total hit jump slip sink soar"
    " surge plunge decline shrink slump edge steigen sinken fallen wachsen klettern liegen"
    " belaufen erreichen betragen schrumpfen zulegen".split()
)
"""Verbs of level and change (lemmas): the number they take measures their subject."""
_CHANGE_VERBS = _LEVEL_VERBS | frozenset(
    "raise cut lower reduce lift boost trim increase change move senken erhöhen kürzen"
    " reduzieren anheben verringern aufstocken".split()
)
"""Verbs that move a value from one level to another (lemmas)."""
_ESTIMATE_VERBS = frozenset("estimate put value peg schätzen beziffern taxieren".split())
"""Verbs that put a size on their object ("Police estimated the crowd at about 4,500",
"bezifferte den Schaden auf 2.000"): the bare number after "at"/"auf" measures it."""
_ESTIMATE_FORMS = frozenset(
    "estimate estimates estimated put puts valued values pegged pegs schätzt schätzte"
    " schätzten beziffert bezifferte bezifferten".split()
)
"""The forms of :data:`_ESTIMATE_VERBS`, which the tagger, reading one word alone, may
take for adjectives ("estimated")."""
_FROM = frozenset({"from", "von"})
_DEGREES = re.compile(r"(?:\s?°\s?(?P<scale>[CF]\b)?|(?P<scale2>[CF])\b)")
"""A temperature's scale right after the number ("38C", "-5 °C", "100°F")."""
_CLOCK = re.compile(r"\s*(?:[ap]\.?m\b|h\b|Uhr\b|GMT\b|BST\b|CET\b|MEZ\b|MESZ\b)", re.IGNORECASE)
"""A clock time after a number ("at 3 a.m.", "um 8 Uhr")."""


@dataclass(frozen=True)
class _Words:
    """A sentence's tokens with their offsets, so the punctuation between two tokens
    (which the tokens leave out) can be read."""

    text: str
    tokens: list[str]
    folded: list[str]
    starts: list[int]
    ends: list[int]

    def gap(self, i: int) -> str:
        """The text between token ``i - 1`` and token ``i`` (the sentence's end or start
        at either edge)."""
        before = self.ends[i - 1] if i > 0 else 0
        after = self.starts[i] if i < len(self.tokens) else len(self.text)
        return self.text[before:after]


def _words(sentence: str) -> _Words:
    matches = list(_TOKEN.finditer(sentence))
    tokens = [m.group() for m in matches]
    return _Words(
        sentence,
        tokens,
        [t.casefold() for t in tokens],
        [m.start() for m in matches],
        [m.end() for m in matches],
    )


def _not_a_count(words: _Words, i: int, lang: str) -> bool:
    """No count but part of a word: an ordinal ("78th", "3rd"; German "3. Spieltag",
    digits and a full stop before another word of the same sentence), a decade ("in her
    40s", "the 1990s"), a designator glued to a capital ("5G", "3D"; "38C" is a
    temperature), a score or a clock time ("3:1", "8:30")."""
    token = words.tokens[i]
    if not token.isdigit():
        return False
    follows = words.text[words.ends[i] : words.ends[i] + 3]
    glued = follows[1:2].isalpha()
    if follows[:1].isupper() and not glued and follows[:1] not in "CF":
        return True  # "5G", "3D", "4K"
    if follows[:1] == ":" and follows[1:2].isdigit():
        return True  # "3:1", "8:30": a score or a clock time
    before = words.text[max(words.starts[i] - 2, 0) : words.starts[i]]
    if before[-1:] == ":" and before[:1].isdigit():
        return True
    if lang == "en":
        if follows[:1] == "s" and not glued:
            return True  # "the 1990s"
        return follows[:2].casefold() in _ORDINAL_SUFFIXES and not follows[2:3].isalpha()
    return follows[:1] == "." and i + 1 < len(words.tokens) and words.gap(i + 1).strip() == "."


_PLURAL_LABELS = frozenset(
    "weeks games rounds stages chapters sections articles paragraphs levels phases grades"
    " years matchdays legs holes gates platforms terminals episodes seasons runden etappen"
    " klassen spieltage gleise stufen phasen kapitel paragrafen".split()
)
"""Plural nouns that label numbers in an order ("kept him out Weeks 3 and 4", "Years 7
and 8", "die Klassen 5 und 6"): the numbers after them are labels, not counts."""
_LABEL_JOINS = frozenset("and und or oder to bis - \N{EN DASH}".split())


def _label_end(words: _Words, start: int, lang: str) -> int:
    """Where the labels starting at ``start`` end: past a second label joined to the first
    ("Weeks 3 and 4", "Gleis 9 oder 10"), which is a label too, not a count of the noun
    named before."""
    end = start + 1
    joined = end + 1 < len(words.tokens) and words.folded[end] in _LABEL_JOINS
    return end + 2 if joined and words.tokens[end + 1].isdigit() else end


def _labelled(words: _Words, start: int, lang: str) -> bool:
    """A number right after a capitalised common noun or initials with no article: the
    noun's label ("auf Platz 2", "Gleis 9", "District 9", "Chapter 11 protection"), not
    a subject or a place whose verb a list left out ("ihr Komplize fünf", "the
    Conservatives 121", "Dortmund 39", "in Bonn 34"), nor a weekday or a month."""
    if start == 0 or words.gap(start).strip() or not words.tokens[start].isdigit():
        return False  # a label is plain digits; "laut Veranstalter 1.000" is a count
    before = words.tokens[start - 1]
    if not before[:1].isupper() or before.casefold() in _MONTHS | _WEEKDAYS:
        return False
    if _currency(words.tokens, start - 1) is not None:
        return False  # "NOK 190", "EUR 5": a sum in a currency, not "ICE 578"
    if before.casefold() in _PLURAL_LABELS and (lang == "de" or not before.isupper()):
        return start < 2 or words.folded[start - 2] not in _DETERMINERS
    if _tag(before, lang) not in ("NN", "NN1", "NN0") and not before.isupper():
        return False  # a name or a plural ("Bonn 34"); initials label ("S&P 500", "ICE 578")
    return start < 2 or words.folded[start - 2] not in _DETERMINERS


def _a_change(words: _Words, start: int, join: int, lang: str) -> bool:
    """ "from X to Y" after a verb of change is two values, not a range ("prices will rise
    from £2.80 to £3.10"; "from 5 to 8 people" is a range); so is an amount of money
    right after the verb and the level it reached ("shares fell $6.25 to $64.25")."""
    if lang != "en" or words.folded[join] != "to":
        return False
    if _moved_by(words, start, join, lang):
        return True
    at = start - 1 if start > 0 and words.folded[start - 1] == "from" else start - 2
    if at < 0 or words.folded[at] != "from":
        return False
    return any(
        _analyse(words.tokens[k], lang)[0].casefold() in _CHANGE_VERBS
        for k in range(max(at - 8, 0), at)
    )


def _moved_by(words: _Words, start: int, join: int, lang: str) -> bool:
    """A verb of change or "by", then an amount in a currency, then "to" and another amount
    in it: the change and the new level ("rose $1.12 to $81", "by £10m to £55m"), not a
    range of prices."""
    if start < 2 or _currency(words.tokens, start - 1) is None:
        return False
    if join + 1 >= len(words.tokens) or words.tokens[join + 1] != words.tokens[start - 1]:
        return False
    if words.folded[start - 2] == "by":
        return True  # "raised the target by £10m to £55m": the change, then the new level
    return _analyse(words.tokens[start - 2], lang)[0].casefold() in _CHANGE_VERBS


def _in_a_ratio(words: _Words, start: int, lang: str) -> bool:
    """The second number of a ratio ("one in five adults", "three out of ten", "drei von
    zehn Befragten"): a share, which the gold does not count (nor "half of", "ein
    Drittel")."""
    if start < 2 or words.folded[start - 1] not in ("in", "von", "of"):
        return False
    back = 3 if words.folded[start - 2] == "out" else 2
    if start < back or (words.folded[start - 1] == "of" and back == 2):
        return False
    share = _number(words.tokens, start - back, lang)
    whole = _number(words.tokens, start, lang)
    return share is not None and whole is not None and _is_share(share[0], whole[0])


def _is_share(part: float, whole: float) -> bool:
    """ "N in M" or "N von M" with a round whole is a share ("one in five", "neun von
    zehn", "1 in 100"); "513 von 720 Abgeordneten" counts people."""
    return part < whole and (whole <= 10 or whole in (100, 1000))


_MEASURE_MODIFIERS = {
    "light": frozenset({"year", "years"}),
    "square": frozenset(
        "metre metres meter meters mile miles kilometre kilometres kilometer kilometers"
        " foot feet yard yards".split()
    ),
    "cubic": frozenset("metre metres meter meters foot feet".split()),
    "nautical": frozenset({"mile", "miles"}),
    "metric": frozenset({"ton", "tons", "tonne", "tonnes"}),
}
"""English measures named by two words, the first no adjective of the second ("500 light
years" is a distance, "80 square metres" an area): the unit is both words."""


def _compound_measure(words: _Words, unit: tuple[str, int]) -> tuple[str, int]:
    """The two-word measure a unit ends ("about 500 light years away": light years)."""
    name, after = unit
    tokens = words.tokens
    # the unit's token: the last one read, or the plural right after a modifier read as
    # the end ("500 light years": years, with the reading stopped after "light")
    at = after - 1 if tokens[after - 1] == name else after
    if at < 1 or at >= len(tokens) or tokens[at] != name or words.gap(at) != " ":
        return unit
    heads = _MEASURE_MODIFIERS.get(words.folded[at - 1])
    if heads is None or name.casefold() not in heads:
        return unit
    return f"{tokens[at - 1]} {name}", at + 1


def _plural_after_a_noun_in_s(words: _Words, unit: tuple[str, int]) -> tuple[str, int]:
    """The plural noun after a singular or mass noun in "-s" that modifies it ("84
    measles cases", "3,000 gas leaks", "20 news stories"): the plural is what is counted.
    A plural in "-s" stays the unit ("300 workers injured"), and so does a noun before a
    comma ("40 cases, doctors said")."""
    name, after = unit
    tokens = words.tokens
    if after >= len(tokens) or tokens[after - 1] != name or not name.casefold().endswith("s"):
        return unit
    following = tokens[after]
    if not following.isalpha() or not following.islower() or words.gap(after) != " ":
        return unit
    if _tag(name.casefold(), "en") not in ("NN0", "NN1") or _tag(following, "en") != "NN2":
        return unit
    return following, after + 1


def _is_day(token: str) -> bool:
    return token.isdigit() and 1 <= int(token) <= 31


def _month_after(words: _Words, i: int) -> bool:
    """A month's name in capitals right after the number at ``i``, as British copy dates
    a day ("to 11 June", "on 3 May"): the number is the day, no count."""
    after = words.tokens[i + 1] if i + 1 < len(words.tokens) else ""
    return after[:1].isupper() and after.casefold() in _MONTHS and words.gap(i + 1).strip() == ""


def _stands_alone(words: _Words, i: int, lang: str) -> bool:
    """Nothing the number could count follows it at ``i``: the sentence or clause ends,
    or an adverb, verb or particle comes next ("52 dagegen", "3 enthielten sich", "4.000
    zusammen"), not a noun, a number, a time or a month."""
    if _CLOCK.match(words.text, words.ends[i - 1]):
        return False
    if i >= len(words.tokens) or words.gap(i).strip(" \u00a0") not in ("", "-"):
        return True
    word, folded = words.tokens[i], words.folded[i]
    if not word[0].isalpha() or folded in _TIME_UNITS or folded in _MONTHS:
        return False
    if _number(words.tokens, i, lang) is not None:
        return False
    if lang == "de":
        return word[0].islower()
    return not _is_noun(word, lang) or folded in _NOT_UNITS


_PER = frozenset({"pro", "per", "je"})


def _rate_of_the_count_before(words: _Words, end: int, figures: list[FigureDraft]) -> str | None:
    """The unit of a bare number given per a base ("86 Kinder für zwei Klassen, das
    wären 43 pro Klasse", "1,200 tickets over four days, or 300 per day"): the thing the
    sentence counted before it, passing over a count of the base itself (Klassen, days)."""
    if end + 1 >= len(words.tokens) or words.folded[end] not in _PER:
        return None
    base = words.folded[end + 1]
    if not base.isalpha() or len(base) < 3:
        return None
    stem = base[: max(3, len(base) - 2)]
    for figure in reversed(figures[-3:]):
        unit = figure.unit.casefold()
        if unit != "percent" and stem not in unit:
            return figure.unit
    return None


def _elided_unit(
    words: _Words, start: int, end: int, value: float, lang: str, figures: list[FigureDraft]
) -> str | None:
    """The noun a count leaves out because the count before it names it: the same
    sentence lists counts of one thing ("81 Abgeordnete stimmten dafür, 52 dagegen, drei
    enthielten sich"; "neun wurden verletzt, zwei davon schwer") or compares them ("at
    least 7,000 steps … fewer than 2,000"; "2,81 Millionen Arbeitslose, rund 40.000
    weniger"; "mit 2,2 Mrd. Euro knapp 200 Millionen mehr")."""
    if not figures or start == 0:
        return None
    if (
        start >= 3
        and words.folded[start - 1] in ("to", "auf", "bis")
        and words.folded[start - 3] in _FROM
        and _number(words.tokens, start - 2, lang) is not None
    ):
        return figures[-1].unit  # "cut its places from 60 to 30": the level it reached
    difference = end < len(words.tokens) and words.folded[end] in _COMPARATIVES
    if not difference and not _joined(words, start, lang):
        return None
    for figure in reversed(figures[-3:]):  # the nearest few: a list stays linear
        if figure.unit != "percent" or value <= 100:  # no share is 2,000 percent
            return figure.unit
    return None


_PARTITIVES = frozenset("von of unter among".split())
_COMPARATIVES = frozenset("mehr weniger more fewer less höher niedriger higher lower".split())
"""A count followed by one of these is a difference in the unit of the count before
it ("200 Millionen mehr")."""


def _partitive(words: _Words, start: int, lang: str) -> str | None:
    """The noun of a whole named earlier in the clause that a bare count is part of:
    "Von den 630 Abgeordneten stimmten 323 dafür", "Of the 40 members, 25 voted yes",
    "Among the 90 staff, 12 left"."""
    for k in range(start - 2, max(start - 12, -1), -1):
        if ";" in words.gap(k + 1):
            return None
        if words.folded[k] not in _PARTITIVES or words.folded[k + 1] not in _DETERMINERS:
            continue
        at = k + 2 + int(words.folded[k + 2 : k + 3] == ["insgesamt"])
        whole = _number(words.tokens, at, lang) if at < start else None
        if whole is None:
            continue
        unit = _unit(words.tokens, at + whole[1], lang)
        return unit[0] if unit is not None and unit[0] != "percent" else None
    return None


_OF_THEM = {
    "en": frozenset({("of", "them"), ("of", "whom"), ("of", "which")}),
    "de": frozenset({("von", "ihnen"), ("von", "denen")}),
}


def _of_them(words: _Words, start: int, end: int, lang: str) -> str | None:
    """The plural a count "of them" picks from, named earlier in its sentence ("British
    universities slipped, with only two of them in the top 20", "Von den Schulen … drei
    von ihnen"), also in a relative clause ("the judges, two of whom …", "die Bäume,
    drei von denen …"): the nearest plural noun before the count, as the tagger reads
    it."""
    if tuple(words.folded[end : end + 2]) not in _OF_THEM[lang]:
        return None
    for k in range(start - 1, -1, -1):
        if ";" in words.gap(k + 1):
            return None
        word = words.tokens[k]
        if lang == "en" and _tag(word, lang) == "NN2":
            return word
        if lang == "de" and word[:1].isupper() and _tag(word, lang) == "NN" and k > 0:
            return word
    return None


def _joined(words: _Words, start: int, lang: str) -> bool:
    """The count at ``start`` opens a new member of a list or a comparison: a comma, a
    semicolon or a joining word before it, with at most a few words between and no verb
    but an auxiliary among them ("450 Stellen, davon 200 in Bayern"; "2,3 Prozent, nach
    2,1 im September"; "davon sind etwa 800"; the verb left out: "Labour won 411 seats
    and the Conservatives 121", "die SPD auf 16,4")."""
    for k in range(start, max(start - 6, 0), -1):
        if any(mark in words.gap(k) for mark in ",;") or words.folded[k - 1] in _ELLIPSIS_JOINS:
            return True
        if k >= 2 and words.folded[k - 1] in ("with", "to") and words.folded[k - 2] == "compared":
            return True  # "2,340 complaints, compared with 1,050 a year before"
        before = words.tokens[k - 1]
        if _not_a_count(words, k - 1, lang) or _YEAR.fullmatch(before):
            continue  # "am 13. Mai 500", "und 2024 weitere 2.500"
        if not before[0].isalpha() or (_is_verb(before, lang) and not _is_auxiliary(before, lang)):
            return False
    return False


def _is_auxiliary(word: str, lang: str) -> bool:
    """ "sind", "waren", "were", "has": a verb that says nothing of its own, so a list
    may keep it ("davon sind etwa 800 unter 18")."""
    tag = _tag(word, lang)
    return tag.startswith("VA") if lang == "de" else tag[:2] in ("VB", "VH")


def _antecedent(words: _Words, start: int, lang: str, scaled: bool) -> str | None:
    """The noun a bare count refers back to when no count came before it. After a verb
    of level or change the count measures the clause's noun ("Monthly users rose to 675
    million", "net migration stood at 728,000", "Die Zahl der Mitglieder stieg auf
    8.000"); after another verb it counts a plural named earlier as the object of a verb
    ("Ein Verein sammelt Unterschriften … und hat bereits 4.000 zusammen"), never the
    subject that does it ("Residents paid 800"), nor when a scale word says it is an
    amount ("investiert 300 Millionen"). Nouns in a prepositional phrase or naming a time
    are passed over."""
    verb_at = next(
        (
            k
            for k in range(start - 1, max(start - 7, -1), -1)
            if _is_verb(words.tokens[k], lang) or words.folded[k] in _ESTIMATE_FORMS
        ),
        None,
    )
    perfect = _participle_after(words, start) if lang == "de" else None
    if perfect is not None:
        # "ist die Zahl der Infizierten inzwischen auf 27 gestiegen": the auxiliary
        # stands further back than a finite verb of level would
        verb_at = next(
            (
                k
                for k in range(start - 1, max(start - 10, -1), -1)
                if _is_auxiliary(words.tokens[k], lang)
            ),
            verb_at,
        )
    if verb_at is None:
        return None
    lemma = _analyse(words.tokens[verb_at], lang)[0].casefold()
    if perfect is not None and _is_auxiliary(words.tokens[verb_at], lang):
        lemma = perfect
    moved = lemma in _CHANGE_VERBS and words.folded[start - 1] in _FROM  # "cut X from 60"
    estimate = lemma in _ESTIMATE_VERBS or words.folded[verb_at] in _ESTIMATE_FORMS
    level = (lemma in _LEVEL_VERBS or estimate or moved) and all(
        _completes_a_level(words, m) for m in range(verb_at + 1, start)
    )
    for k in range(start - 1, max(start - 16, -1), -1):
        word = words.tokens[k]
        if ";" in words.gap(k + 1):
            return None
        if k == verb_at or not word[0].isalpha() or not _candidate_noun(words, k, lang):
            continue
        if k > 0 and _number(words.tokens, k - 1, lang) is not None:
            return None  # "rose 3 percent to 41.20": that noun is a figure's unit
        if level and k < verb_at and lemma not in _LEVEL_VERBS:
            return None  # "The campaign put it at 7,000": the object, not who estimates
        if level:
            if lang == "de" and k > 1 and _measured(words, k - 2, lang) == word:
                return _strong_plural(word)  # "die Zahl der Infizierten … auf 27": Infizierte
            return _measured(words, k, lang) or word
        if scaled:
            return None  # "baut Wohnungen und investiert 300 Millionen": money, not homes
        if k < verb_at and _is_plural(word, lang) and _object_of_verb(words, k, lang):
            return word
    return None


def _participle_after(words: _Words, start: int) -> str | None:
    """The lemma of a German participle of level or change that closes the clause of a
    perfect after the number at ``start`` ("Die Zahl der Infizierten ist auf 27
    gestiegen", "… hat sich auf 300 erhöht"), within three words and before any comma."""
    for k in range(start + 1, min(start + 4, len(words.tokens))):
        if any(mark in words.gap(k) for mark in ",;:()"):
            return None
        if _tag(words.tokens[k], "de") == "VV(PP)":
            lemma = _analyse(words.tokens[k], "de")[0].casefold()
            return lemma if lemma in _LEVEL_VERBS else None
    return None


_LEVEL_LINKS = frozenset("to at by on from auf bei um von über als than more mehr".split())
"""Words between a verb of level or change and its value ("rose to", "stood at", "stieg
auf", "lag bei"); "fell for 10 days" measures a time, not the subject."""


def _completes_a_level(words: _Words, m: int) -> bool:
    """No preposition but one that leads to a level or a time stands between the verb
    and the number (the subject may: "sank die Zahl der Anmeldungen auf 2.300"; "stieg
    im Mai auf 2,9 Millionen")."""
    folded = words.folded[m]
    if folded in _LEVEL_LINKS or folded not in _PREPOSITIONS:
        return True
    return any(w in _TIMES or _YEAR.fullmatch(w) for w in words.folded[m + 1 : m + 4])


_TIMES = (
    _MONTHS
    | _WEEKDAYS
    | _SPAN_UNITS
    | frozenset(
        "jahr quartal halbjahr vorjahr year quarter half herbst frühjahr sommer winter autumn"
        " spring summer".split()
    )
)
"""Words that make a prepositional phrase a time ("im Mai", "in the quarter")."""
_MEASURE_NOUNS = frozenset("number total count zahl anzahl gesamtzahl".split())
"""Nouns that only measure the noun after them ("the number of people", "die Zahl der
Mitglieder")."""


def _measured(words: _Words, k: int, lang: str) -> str | None:
    """The noun a measure noun at ``k`` counts: "The number of people … fell to
    300,000" -> people."""
    if words.folded[k] not in _MEASURE_NOUNS:
        return None
    at = k + 1
    if words.folded[at : at + 1] not in (["of"], ["der"], ["des"], ["an"]):
        return None
    unit = _unit(words.tokens, at + 1, lang)
    return unit[0] if unit is not None and unit[0] != "percent" else None


def _strong_plural(word: str) -> str:
    """A German adjective used as a noun, as the genitive plural after "die Zahl der"
    gives it ("der Infizierten", "der Arbeitslosen"), in the form a count takes ("27
    Infizierte", "300 Arbeitslose"): HanTa's lemma, the word less its "-n". Other nouns
    as they are ("der Mitglieder")."""
    lemma, tag = _analyse(word, "de")
    if tag == "NNA" and word.endswith("en") and lemma == word[:-1]:
        return lemma
    return word


def _candidate_noun(words: _Words, k: int, lang: str) -> bool:
    word, folded = words.tokens[k], words.folded[k]
    if folded in _TIMES or folded in _NOT_UNITS or not _is_noun(word, lang):
        return False
    if lang == "de" and not word[0].isupper():
        return False
    return not _in_phrase(words, k, lang)


def _is_plural(word: str, lang: str) -> bool:
    lemma, tag = _analyse(word, lang)
    if lang == "de":
        return lemma.casefold() != word.casefold()
    return tag in ("NN2", "NN0") or (tag == "VVZ" and word.endswith("s"))


def _object_of_verb(words: _Words, k: int, lang: str) -> bool:
    """A verb comes shortly before the noun at ``k``: the noun is its object, not the
    clause's subject."""
    return any(_is_verb(words.tokens[m], lang) for m in range(max(k - 5, 0), k))


def _in_phrase(words: _Words, k: int, lang: str) -> bool:
    """Token ``k`` is a noun inside a prepositional phrase: a preposition before it,
    with only articles and adjectives between ("nach eigenen Angaben")."""
    for back in range(k - 1, max(k - 4, -1), -1):
        folded = words.folded[back]
        if folded in _PREPOSITIONS:
            return True
        if folded in _DETERMINERS:
            continue
        tag = _tag(words.tokens[back], lang)
        if not tag.startswith(("ADJ", "AJ", "CRD", "CARD", "ORD")):
            return False
    return False


_AGE_BOUNDS = frozenset("under over unter über".split())
_AGED_GROUPS = frozenset(
    "children kids people adults those women men girls boys pupils patients residents"
    " kinder menschen erwachsene frauen männer mädchen jungen patienten".split()
)
"""People named by an age bound that follows them with no noun ("children under five",
"Menschen über 80"): the number is their age in years."""


def _age(words: _Words, start: int, end: int, value: float, lang: str) -> str | None:
    """A bare number that is an age: "aged 65", "the age of 65", "im Alter von 70", set
    between commas after a person ("Maria Lopez, 45, said"), and "He was 98." / "Sie
    wurde 81." closing the sentence."""
    if not (value.is_integer() and 0 < value <= 125) or start == 0:
        return None
    unit = "Jahre" if lang == "de" else "years"
    before = words.folded[start - 1]
    if before in _AGE_BOUNDS and start > 1 and words.folded[start - 2] in _AGED_GROUPS:
        return unit  # "children under five", "Menschen über 80": an age as a bound
    if before in _AGE_BEFORE or (
        start > 1 and before in ("of", "von") and words.folded[start - 2] in _AGE_BEFORE
    ):
        return unit
    if _in_apposition(words, start, end, lang):
        return unit  # "The striker, 30, has scored"
    closes = end >= len(words.tokens) and not words.gap(end).strip().startswith(("%", "-"))
    if (
        closes
        and start > 1
        and before in _COPULAS
        and (
            words.folded[start - 2] in _PERSONAL
            or _tag(words.tokens[start - 2], lang) in ("NE", "NP0")  # "Delors was 98."
        )
    ):
        return unit
    return None


def _in_apposition(words: _Words, start: int, end: int, lang: str) -> bool:
    """Plain digits set between commas right after a name or a singular noun ("Maria
    Lopez, 45, said", "the striker, 30, has")."""
    if start == 0 or end >= len(words.tokens) or not words.tokens[start].isdigit():
        return False
    if words.gap(start).strip() != "," or words.gap(end).strip() != ",":
        return False
    before = words.tokens[start - 1]
    return before[0].isalpha() and _tag(before, lang) in ("NE", "NP0", "NN", "NN1")


def _names_a_target(words: _Words, start: int, end: int, lang: str) -> bool:
    """A percentage after an article that describes the noun after it names a goal or
    a rule ("the 2 percent goal", "die 5-Prozent-Hürde"), not an amount the sentence
    states."""
    return (
        start > 0
        and words.folded[start - 1] in _NOT_AFTER
        and end < len(words.tokens)
        and words.gap(end).strip() in ("", "-")
        and words.tokens[end][:1].isalpha()
        and words.folded[end] not in _NOT_UNITS
        and _is_noun(words.tokens[end], lang)
    )


def _in_an_address(words: _Words, i: int) -> bool:
    """Digits inside a web address or a path, glued by "/" or "." to the letters before
    them ("nature.com/3pjupro"): part of a name, not a count."""
    if i == 0 or words.gap(i) not in ("/", "."):
        return False
    return words.tokens[i - 1][-1:].isalpha()


def _a_stated_total(words: _Words, start: int, value: float, lang: str) -> bool:
    """A total in digits, ten or more, after "of the" that follows one person or a noun
    ("one of the 234 scientists", "a survey of the 233 living authors"): the text
    states how many there are. Otherwise a number after an article points back at what
    was named ("the two countries", "The 40 members voted yes", "die drei
    Angeklagten"), and the whole of a part already counted is no figure of its own
    ("26 of the 27 member states", "Von den 630 Abgeordneten stimmten 323 dafür")."""
    if lang != "en" or not words.tokens[start].isdigit() or value < 10:
        return False
    if start < 3 or words.folded[start - 2] != "of" or _YEAR.fullmatch(words.tokens[start]):
        return False
    part = _number(words.tokens, start - 3, lang)
    return part is None or words.folded[start - 3] == "one"


def _defined_by_a_clause(words: _Words, start: int, end: int, value: float, lang: str) -> bool:
    """An English count in digits, ten or more, after "the" whose noun a clause right
    after it defines ("Of the 5,200 members who were balloted, 71 percent took part",
    "the 61 companies that took part"): the text states the group's size, not a group
    named before ("Of the 40 members, 25 voted yes")."""
    if lang != "en" or not words.tokens[start][:1].isdigit() or value < 10:
        return False
    if _YEAR.fullmatch(words.tokens[start]) or end >= len(words.tokens):
        return False
    return words.folded[end] in _RELATIVES and "," not in words.gap(end)


_ARTICLES = frozenset("the die der den dem des".split())
_PART_OF_GENITIVE = frozenset("der seiner ihrer unserer eurer".split())
"""German genitives that name the whole a count is part of ("26 der 27 Staaten", "1.800
seiner 9.500 Stellen", "zwei ihrer Kinder")."""
_PART_OF = frozenset({"of", "von"}) | _PART_OF_GENITIVE
_WHOLE_ARTICLES = frozenset(
    "the die den its their his her our my your seiner ihrer seinen ihren unserer".split()
)
"""Words before the whole a count is part of ("two of the suspects", "three of its
stores", "zwei ihrer Kinder" is read by the genitive rule)."""


_PART_NOUNS = frozenset(
    "hälfte drittel viertel mehrheit großteil minderheit half third quarter majority"
    " minority most".split()
)
"""Parts of a whole ("die Hälfte der 16 Vereine", "half of the 40 staff", "most of the
12 jurors")."""


def _whole_of_a_part(words: _Words, start: int) -> bool:
    """A count after the article that a part is taken of ("Mehr als die Hälfte der 16
    Vereine", "a majority of the 300 members"): the text states the whole's size, a
    figure, not a group it named before ("the two countries")."""
    k = start - 2 - int(words.folded[start - 2 : start - 1] == ["of"])
    return k >= 0 and words.folded[k] in _PART_NOUNS


def _changed_to(words: _Words, end: int, lang: str) -> bool:
    """A count after the article that a change sets to another number right after it ("die
    40 Plätze auf 55 erhöhen", "cut the 73 posts to 63"): the text states both sizes, so
    the first is a figure too, not a group named before ("the two countries")."""
    return (
        words.folded[end : end + 1] == (["auf"] if lang == "de" else ["to"])
        and _number(words.tokens, end + 1, lang) is not None
    )


def _a_size_with_the(words: _Words, start: int, value: float, unit: str, lang: str) -> bool:
    """A count of a hundred or more in digits after the definite article states a size
    ("we moved the 1,200 commuters onto buses", "die 1.200 Pendler", "the 5,500 mAh
    battery"): a number that large is not how a text points back at a group it named
    ("the two countries", "The 40 members voted yes"). Not a whole after a part or a
    preposition of parts ("26 der 27 Staaten", "Von den 630 Abgeordneten stimmten 323
    dafür"), and in English only before a plural or a measure, not a singular name
    ("the 747 jet")."""
    if value < 100 or not words.tokens[start][:1].isdigit():
        return False
    if words.folded[start - 1] not in _ARTICLES or _YEAR.fullmatch(words.tokens[start]):
        return False
    if start >= 2 and (
        words.folded[start - 2] in _PARTITIVES
        or words.folded[start - 2] == "among"
        or _number(words.tokens, start - 2, lang) is not None
    ):
        return False
    after = words.folded[start + 2 : start + 3]
    if unit.casefold() in _RACE_DISTANCES and not (
        after == ["of"] or (after and after[0].startswith(_SIZE_WORDS))
    ):
        return False  # "won the 100 metres", "im Finale über die 400 Meter": a race
    if lang == "de":
        return unit[:1].isupper()
    return _tag(unit, lang) in ("NN2", "NN0") or not unit.islower()


_SIZE_WORDS = ("lang", "hoh", "hoch", "breit", "tief", "long", "high", "wide", "deep", "tall")
"""Words after a distance that make it a size ("der 500 Meter lange Tunnel")."""
_RACE_DISTANCES = frozenset(
    "m metres meters metre meter km kilometres kilometers miles mile meter yards".split()
)
"""Distances after the article name a race ("the 100 metres", "die 400 Meter"), not a
size stated; "the 300 metres of cycle lane" is one."""


def _bracketed_age(words: _Words, start: int, end: int, value: float, lang: str) -> bool:
    """A whole number alone in brackets right after a capitalised word: an age, as police
    reports and local news give it ("ein Mann (44)", "Tom Barker (31)"): a name, or a
    noun after an article ("Nach Absatz (2)" is a clause of a law)."""
    if start == 0 or end != start + 1 or not value.is_integer() or not 0 < value <= 120:
        return False
    gap = words.gap(start).replace(" ", "")
    if gap.lstrip(".*") != "(" or not words.gap(end).lstrip().startswith(")"):
        return False  # "Tom Barker (31)", "Maria K.* (67)": a changed name's mark or initial
    if gap != "(" and len(words.tokens[start - 1]) > 1:
        return False  # past a dot or a mark only an initial ("K.", "K.*") takes an age
    before = words.tokens[start - 1]
    if not before[:1].isupper() or not before.isalpha() or before.casefold() in _LABELS:
        return False
    if _tag(before, lang) in ("NE", "NP0"):
        return True
    if len(before) == 1 and start >= 2 and words.tokens[start - 2][:1].isupper():
        return True  # "Anna B.* (52)": a first name and an initial
    return start >= 2 and words.folded[start - 2] in _DETERMINERS


def _in_a_name(words: _Words, start: int, unit: str, lang: str) -> bool:
    """English digits right after a name, before a singular noun: the number is part of
    the name of a thing ("the Ariane 6 rocket", "a Falcon 9 launch", "Boeing 737 jet"),
    not a count, which would take a plural ("Labour 411 seats" is a list's count)."""
    if lang != "en" or start == 0 or not words.tokens[start].isdigit():
        return False
    if words.gap(start) != " " or " " in unit or not unit.islower():
        return False
    before = words.tokens[start - 1]
    if not before[:1].isupper() or not before.isalpha() or before.casefold() in _MONTHS | _WEEKDAYS:
        return False
    return _tag(unit, lang) == "NN1"


_ONE_FOCUS = frozenset("only just exactly merely".split())
"""Words that stress "one" as a number ("only one person", "just one bid")."""
_ONE_SPAN_UNITS = frozenset("second minute hour day week month year decade".split())
_RATIO_LINKS = frozenset("to per for".split())


def _counts_one(words: _Words, start: int, end: int, unit: str, lang: str) -> bool:
    """English "one" that counts: stressed as a number ("only one person", "all but one
    amendment"), a span of time ("one hour later", "for one year") or the first side of a
    ratio ("one nurse to four patients", "one doctor for every 1,000
    residents", "one teacher per 30 pupils"). German "ein" is the article."""
    if lang != "en" or words.folded[start] != "one":
        return False
    stressed = start > 0 and (
        words.folded[start - 1] in _ONE_FOCUS
        or words.folded[max(start - 2, 0) : start] == ["all", "but"]
    )
    if stressed and words.folded[start + 1 : start + 2] != ["of"]:
        return True  # "only one person was charged", "all but one amendment fell"
    if unit.casefold() in _ONE_SPAN_UNITS:
        # "by one year every year" is a rate, as "$26,000 a year" is
        return words.folded[end : end + 1] not in (["every"], ["each"], ["a"], ["per"])
    if end >= len(words.tokens) or words.folded[end] not in _RATIO_LINKS:
        return False
    after = end + 1 + int(words.folded[end + 1 : end + 2] == ["every"])
    return _number(words.tokens, after, lang) is not None


_SCALE_NAMES = frozenset("windstärke stärke magnitude".split())
"""Scales of measure named before the value ("eine Windstärke 10", "Böen der Stärke 9 bis
10", "a magnitude 6.1 earthquake"): the value is a figure in the scale's name, not a
label like "Platz 2"."""
_ABOUT_HALF = frozenset("knapp knappe knappen knappes gut gute guten gutes".split())
"""German words between the article and "halb" that make the half approximate ("eine
knappe halbe Stunde", "ein gutes halbes Jahr")."""
_SINGLE_SPANS = frozenset("jahr stunde woche monat tag minute sekunde".split())
_ONE_AND_A_HALF = {"anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5}


def _halves(
    tokens: list[str], folded: list[str], i: int, lang: str
) -> tuple[FigureDraft, int] | None:
    """Spans and amounts in halves: "ein halbes Jahr", "anderthalb Stunden", "half an
    hour", "half a million people", "one and a half years". ("half of the patients" is
    a share, which the gold does not count.)"""
    value: float | None = None
    approximate = False
    at = i
    if lang == "de":
        if folded[i] in _ONE_AND_A_HALF:
            value, at = _ONE_AND_A_HALF[folded[i]], i + 1
        elif folded[i] in ("ein", "eine", "einen", "einem", "einer"):
            about = int(folded[i + 1 : i + 2] != [] and folded[i + 1] in _ABOUT_HALF)
            approximate = bool(about)
            if folded[i + 1 + about : i + 2 + about] and folded[i + 1 + about].startswith("halb"):
                value, at = 0.5, i + 2 + about
    elif folded[i] == "half" and folded[i + 1 : i + 2] in (["a"], ["an"]):
        value, at = 0.5, i + 2
    elif folded[i : i + 4] == ["one", "and", "a", "half"]:
        value, at = 1.5, i + 4
    if value is None or at >= len(tokens):
        return None
    scale = _SCALES[lang].get(folded[at])
    if scale is not None and scale >= 1000:
        value, at = value * scale, at + 1
    elif folded[at] not in _SPAN_UNITS and folded[at] not in _SINGLE_SPANS:
        return None
    unit = _unit(tokens, at, lang)
    if unit is None:
        return None
    text = " ".join(tokens[i : unit[1]])
    return FigureDraft(unit[0], value=value, approximate=approximate, text=text), unit[1]


def _about_a_span(tokens: list[str], folded: list[str], i: int, lang: str) -> FigureDraft | None:
    """ "about an hour later", "nearly a year", "roughly a decade": one span of time,
    approximate. A bare "a year" is left alone: "$26,000 a year" is a rate."""
    if lang != "en" or folded[i] not in _APPROX["en"] or i + 2 >= len(tokens):
        return None
    if folded[i + 1] not in ("a", "an") or folded[i + 2] not in _ONE_SPAN_UNITS:
        return None
    text = " ".join(tokens[i : i + 3])
    return FigureDraft(tokens[i + 2], value=1.0, approximate=True, text=text)


_WITHIN = frozenset({"binnen", "innerhalb"})
_ONE_ARTICLE = frozenset({"eines", "einer", "einem"})
_ONE_SPAN = frozenset(
    "monats monat jahres jahr woche tages tag stunde minute sekunde quartals quartal".split()
)


def _within_a_span(tokens: list[str], folded: list[str], i: int, lang: str) -> FigureDraft | None:
    """A German deadline of one span ("binnen eines Monats", "innerhalb einer Woche"):
    one span of time, as "within one month" is; "vor einem Jahr" is a time and is left
    alone, and so is English "within a year", where "a" reads as often as a rate
    ("doubled within a year")."""
    if lang != "de" or folded[i] not in _WITHIN or i + 2 >= len(tokens):
        return None
    if folded[i + 1] not in _ONE_ARTICLE or folded[i + 2] not in _ONE_SPAN:
        return None
    return FigureDraft(tokens[i + 2], value=1.0, text=" ".join(tokens[i + 1 : i + 3]))


_SIGNS = frozenset({"-", "\N{EN DASH}", "\N{MINUS SIGN}"})


def _sign_before(words: _Words, start: int) -> bool:
    """A dash or a minus sign written onto the number with a space, an opening bracket or
    the sentence's start before it ("fell to -8.5 per cent", "Hessen (-10,8 Prozent)"):
    a minus sign, not a range's or a compound's hyphen."""
    if words.tokens[start - 1] not in _SIGNS or words.gap(start) != "":
        return False
    before = words.gap(start - 1)
    return start - 1 == 0 or before[-1:].isspace() or before.endswith(("(", "["))


def _figures(sentence: str, lang: str) -> list[FigureDraft]:
    words = _words(sentence)
    tokens, folded = words.tokens, words.folded
    figures: list[FigureDraft] = []
    i = 0
    while i < len(tokens):
        about = _about_a_span(tokens, folded, i, lang) or _within_a_span(tokens, folded, i, lang)
        if about is not None:
            figures.append(about)
            i += 3
            continue
        halves = _halves(tokens, folded, i, lang)
        if halves is not None:
            figures.append(halves[0])
            i = halves[1]
            continue
        special = _special(tokens, folded, i, lang, figures)
        if special is not None:
            figure, i = special
            if figure is not None:
                figures.append(figure)
            continue
        start = i
        approximate = False
        up_to = False
        between = False
        if folded[i] in _APPROX[lang] and _number(tokens, i + 1, lang):
            approximate, i = True, i + 1
        elif (
            folded[i] in _APPROX[lang]
            and _currency(tokens, i + 1) is not None
            and _number(tokens, i + 2, lang)
        ):
            approximate, i = True, i + 2  # "roughly NOK 4.1bn", "about $40 million"
        elif tuple(folded[i : i + 2]) == _UP_TO[lang] and _number(tokens, i + 2, lang):
            approximate, up_to, i = True, True, i + 2
        elif folded[i] == _BETWEEN[lang][0] and _number(tokens, i + 1, lang):
            between, i = True, i + 1
        elif (
            folded[i] == _BETWEEN[lang][0]
            and tokens[i + 1 : i + 2] != []
            and _currency(tokens, i + 1) is not None
            and _number(tokens, i + 2, lang)
        ):
            between, i = True, i + 2  # "between £20 and £35"
        first = _number(tokens, i, lang)
        if first is None or _not_a_count(words, i, lang):
            i = start + 1
            continue
        if i == start and _a_year_in_time(words, i):
            i = start + 1  # "from £2.1m in 2019 to £1.4m": the year opens no range
            continue
        if i == start and _part_of_a_name(words, i):
            i = start + 1  # "Hannover 96", "Schalke 04": a club's name, no count
            continue
        if _second_of_pair(words, i):
            i = start + 1  # "fell to 3-6", "won 38-7": the second of a record or a score
            continue
        if i > 0 and words.gap(i) == "/" and tokens[i - 1][:1].isdigit():
            i = start + 1  # "24/7", "37,78/38,09": the second half of a pair or a date
            continue
        if _in_an_address(words, i):
            i = start + 1  # "go.example.com/3xkq", "www.example.org/2024": no count
            continue
        if _in_a_ratio(words, start, lang):
            i = start + 1  # "one in five adults", "drei von zehn Befragten": a share
            continue
        if lang == "en" and start > 0 and folded[start - 1] in _MONTHS and _is_day(tokens[i]):
            i = start + 1  # "September 30": a day of a month
            continue
        if lang == "en" and _is_day(tokens[i]) and _month_after(words, i):
            i = start + 1  # "in the four weeks to 11 June": a day of a month
            continue
        low, used, digits = first
        if _a_fraction(words, i, used):  # "12/100 Sekunden": twelve hundredths
            low, used = float(f"{low / float(tokens[i + 1]):.12g}"), 2
        first_at, second_at = i, -1
        whole: FigureDraft | None = None
        i += used
        high = None
        join = _BETWEEN[lang][1] if between else None
        joins = {join} if between else _RANGE_JOIN[lang]
        join_at = i
        if (
            i < len(tokens)
            and folded[i] in joins
            and "," not in words.gap(i)  # "rose $1.12, to $81": a level after a change
            and not _a_change(words, start, i, lang)
        ):
            # "$17.00-$18.50": the second number may repeat the first one's currency
            again = int(_currency(tokens, i + 1) is not None
                        and tokens[i + 1] in tokens[max(start - 1, 0) : first_at])  # fmt: skip
            second = _number(tokens, i + 1 + again, lang)
            second_at = i + 1 + again
            if second is not None:
                high, used2, digits2 = second
                digits = digits or digits2
                i += 1 + again + used2
                if used == 1 and used2 == 2:
                    low = _shared_scale(low, high, folded[second_at + 1], lang)
        if (
            high is not None
            and high < low
            and not between
            and folded[start - 1 : start] != ["minus"]
        ):
            if folded[join_at].isalpha():
                # "from 52 percent in 2023 to 78 percent", "from 60 to 30": no range
                # downwards; the second number is read on its own
                i = second_at
            continue  # "won 4-0", "52-48": a score or a tally, not a range
        currency = _currency(tokens, first_at - 1)
        after_code = _currency(tokens, i) if currency is None else None
        if after_code is not None:
            currency, i = after_code, i + 1  # "3,50 €", "5 EUR", "250 SEK"
        degrees = _DEGREES.match(sentence, words.ends[i - 1])
        if degrees is not None:  # also a range: "1.5-2 °C", "30 to 35C"
            currency = "Grad" if lang == "de" else "degrees"  # "38C", "-5 °C"
            i += 1 if degrees.group("scale") or degrees.group("scale2") else 0
        hedged = approximate and first_at > start  # "die rund 12.000 Beschäftigten"
        if start > 0 and folded[start - 1] in _NOT_AFTER and high is None and not hedged:
            unit = _unit(tokens, i, lang) or _listed_span(tokens, folded, i, lang)
            if unit is None or (
                unit[0] != "percent"
                and unit[0].casefold() not in _SPAN_UNITS
                and not _a_stated_total(words, start, low, lang)
                and not _defined_by_a_clause(words, start, unit[1], low, lang)
                and not _a_size_with_the(words, start, low, unit[0], lang)
                and not _whole_of_a_part(words, start)
                and not _changed_to(words, unit[1], lang)
            ):
                i = start + 1  # "the two countries", but "the twelve months"
                continue
            if unit[0] == "percent" and _names_a_target(words, start, unit[1], lang):
                i = unit[1]
                continue
        unit = (currency, i) if currency is not None else _unit(tokens, i, lang)
        if currency is None and unit is not None and lang == "en":
            unit = _compound_measure(words, _plural_after_a_noun_in_s(words, unit))
        if currency is None and unit is not None and _across_a_stop(words, i, unit[1]):
            unit = None  # "Hannover 96: Klubchef Martin Kind": the colon ends the number
        if (
            currency is None
            and high is not None
            and start > 0
            and folded[start - 1] in _AGE_BEFORE
            and (unit is None or unit[0].casefold() not in _SPAN_UNITS)
        ):
            unit = ("Jahre" if lang == "de" else "years", i)  # "aged between 18 and 25"
        if currency is None and high is None and _bracketed_age(words, start, i, low, lang):
            unit = ("Jahre" if lang == "de" else "years", i)  # "ein Mann (44)"
        if unit is not None and high is None and currency is None:
            repeated = _range_repeating_unit(words, start, unit, low, lang, between=between)
            if repeated is not None:
                high, unit = repeated  # "7 cents to 9 cents", "zwischen 20 Euro und 30 Euro"
        shares = i + 1 < len(tokens) and (
            folded[i] in _SHARING or (folded[i] == "to" and _a_change(words, start, i, lang))
        )
        shared = False
        if unit is None and shares:
            # "im Alter von 19 und 23 Jahren", "mit 380 zu 290 Stimmen", "von 20 auf 31
            # Grad", "rose from 20 to 31 degrees": the first shares the second's unit,
            # and its scale when it has none ("auf 5,13 beziehungsweise 18,05 Milliarden
            # Euro": 5.13 billion)
            after = _number(tokens, i + 1, lang)
            if after is not None:
                second_unit = _unit(tokens, i + 1 + after[1], lang)
                unit = (second_unit[0], i) if second_unit is not None else None
                shared = unit is not None
                if shared and used == 1 and after[1] == 2 and high is None:
                    low = _shared_scale(low, after[0], folded[i + 2], lang)
        if unit is None and i + 2 < len(tokens) and folded[i] in _PART_OF:
            # "26 of the 27 member states", "26 der 27 Mitgliedstaaten": the first counts
            # ("drei von zehn Befragten", with no article, is a share: no figure); with
            # no second number it counts the whole named after it
            skip = 2 if folded[i + 1] in _WHOLE_ARTICLES else 1
            owner = _possessive_owner(words, i + skip, lang)  # "of the council's 93 seats"
            skip += owner
            total = folded[i + skip : i + skip + 1] in (["insgesamt"], ["total"])
            skip += int(total)  # "der insgesamt 64", "of the total 99"
            after = _number(tokens, i + skip, lang)
            ratio = folded[i] == "von" and after is not None and _is_share(low, after[0])
            if after is not None and not ratio:
                unit = _unit(tokens, i + skip + after[1], lang)
                if unit is not None and _whole_stated(
                    words, i, skip, owner > 0, total, unit[1], lang
                ):
                    # "451 von 573 Gemeindechefs", "46 of the council's 93 seats": the
                    # whole's size is news too, a figure after the part's
                    whole = FigureDraft(
                        unit[0],
                        value=after[0],
                        text=" ".join(tokens[i + skip : unit[1]]),
                    )
            elif after is None and (skip == 2 or folded[i] in _PART_OF_GENITIVE):
                unit = _unit(tokens, i + skip, lang)  # "48 der Unfälle", "two of the suspects"
                unit = (unit[0], i) if unit is not None and unit[0] != "percent" else None
        on_a_scale = currency is None and start > 0 and folded[start - 1] in _SCALE_NAMES
        if on_a_scale:
            unit = (tokens[start - 1], i)  # "Windstärke 10", "Böen der Stärke 9 bis 10"
        if (
            not on_a_scale
            and _labelled(words, start, lang)
            and (
                unit is None
                or (lang == "en" and _tag(unit[0], lang) not in ("NN2", "NN0"))
                or words.folded[start - 1] in _PLURAL_LABELS
            )
        ):
            i = _label_end(words, start, lang)  # "District 9", "Platz 2", "Weeks 3 and 4"
            continue
        if unit is not None and high is None and _in_a_name(words, start, unit[0], lang):
            i = start + 1  # "the Ariane 6 rocket", "a Falcon 9 launch": part of a name
            continue
        if unit is None and high is None:
            unit = _bare_unit(words, start, i, low, lang, figures)
        is_year = (
            digits and high is None and low.is_integer() and 1800 <= low <= 2100
            and not approximate
            and re.fullmatch(r"\d{4}", tokens[i - 1] if used == 1 else "")
        )  # fmt: skip
        years = high is not None and all(
            _YEAR.fullmatch(tokens[k]) for k in (first_at, second_at)
        )  # "from 1985 to 1995": a span of years, no figure ("1.800 bis 2.000" counts)
        if (
            unit is None
            or ((is_year or years) and (unit[0] != "percent" or shared))
            or (not digits and unit is None)
        ):
            i = start + 1
            continue
        if (
            high is None
            and not digits
            and low == 1
            and not approximate
            and not _counts_one(words, start, unit[1], unit[0], lang)
        ):
            i = start + 1  # "ein", "eine", "one": an article, not a count
            continue
        if (
            high is None
            and not digits
            and low == 1
            and lang == "de"
            and folded[first_at] in ARTICLE_ONES
            and not MEASURED_AFTER_ONE.match(unit[0].casefold())
        ):
            i = start + 1  # "nur knapp einem Frontalzusammenstoß entgangen": narrowly
            continue
        name, i = unit
        if name.casefold() in _FRACTIONS and not _periods(words, i, name):
            continue  # "zwei Drittel der Mitglieder": a share, as "half of" is
        if _reading_time(words, start, i, name):
            continue  # "5 min read", "Lesedauer: 4 Min.": the page's furniture
        signed = start > 0 and (folded[start - 1] == "minus" or _sign_before(words, start))
        if signed and (start < 2 or _number(tokens, start - 2, lang) is None):
            # "minus 12 degrees", "minus 3 Prozent", "growth of -6.9 per cent": a sign, not
            # a subtraction ("20 minus 8") or a range ("5-6")
            start -= 1
            low, high = -low, (-high if high is not None else None)
            if high is not None:
                low, high = high, low
        text = " ".join(tokens[start:i])
        if tokens[start] in _SIGNS:
            text = tokens[start] + " ".join(tokens[start + 1 : i])
        bound = "up to" if up_to else _bound(words, start, lang)
        approximate = approximate or bound is not None
        if high is not None and high >= low:
            figures.append(
                FigureDraft(name, low=low, high=high, approximate=approximate, text=text)
            )
        else:
            figures.append(
                FigureDraft(
                    name, value=low, approximate=approximate, bound=bound or None, text=text
                )
            )
        if whole is not None:
            figures.append(whole)
    return figures


def _possessive_owner(words: _Words, at: int, lang: str) -> int:
    """How many tokens an English owner with "'s" takes before a whole's number ("of the
    council's 93 seats", "of Britain's 650 MPs"): two, or none."""
    if lang != "en" or at + 2 >= len(words.tokens) or not words.tokens[at][:1].isalpha():
        return 0
    if words.tokens[at + 1] != "s" or words.gap(at + 1) not in _APOSTROPHES:
        return 0
    return 2 if _number(words.tokens, at + 2, lang) is not None else 0


_APOSTROPHES = ("'", "\N{RIGHT SINGLE QUOTATION MARK}")
_RELATIVES = frozenset({"that", "who", "which"})


def _whole_stated(
    words: _Words, i: int, skip: int, owned: bool, total: bool, end: int, lang: str
) -> bool:
    """The whole after an English part ("N of the M …") is a figure of its own where the
    text states its size rather than pointing back at a group it knows: with no article
    ("12 of 31 stores"), an owner ("of the council's 93 seats", "of its 31 stores"), "the
    total" ("87 of the total 99 councillors") or a defining clause ("56 of the 61
    companies that took part"). A plain article points back ("26 of the 27 member
    states"). German wholes are left as earlier rounds' tests read them ("513 von 720
    Abgeordneten", "1.800 seiner 9.500 Stellen", "Zehn der insgesamt 64"): one figure."""
    if lang != "en":
        return False
    if skip == 1 and words.folded[i] == "of":
        return True
    if owned or total or words.folded[i + 1] in _OWNERS_EN:
        return True
    return end < len(words.tokens) and words.folded[end] in _RELATIVES and "," not in words.gap(end)


_OWNERS_EN = frozenset("its their our his her my your".split())


def _range_repeating_unit(
    words: _Words, start: int, unit: tuple[str, int], low: float, lang: str, *, between: bool
) -> tuple[float, tuple[str, int]] | None:
    """The high end and the unit's end of a range that writes its unit at both ends ("a
    loss of 7 cents to 9 cents", "zwischen 20 Euro und 30 Euro", "2 Millionen Euro bis 3
    Millionen Euro"), or None: the second number must follow the first one's unit past a
    range's word, be no smaller, and take the same unit. English "from 7 cents to 9
    cents" tells a change ("went from -1.5 percent to 2 percent"), a signed first number
    is read with its sign, and "3 Euro oder 4 Euro" are two choices."""
    name, end = unit
    if start > 0 and (
        (lang == "en" and words.folded[start - 1] == "from")
        or words.folded[start - 1] == "minus"
        or _sign_before(words, start)
    ):
        return None
    joins = {_BETWEEN[lang][1]} if between else _RANGE_JOIN[lang] - {"oder", "or"}
    if end + 2 >= len(words.tokens) or words.folded[end] not in joins:
        return None
    if "," in words.gap(end):
        return None
    second = _number(words.tokens, end + 1, lang)
    if second is None or second[0] < low:
        return None
    again = _unit(words.tokens, end + 1 + second[1], lang)
    if again is None or again[0].casefold() != name.casefold():
        return None
    return second[0], (name, again[1])


def _periods(words: _Words, end: int, unit: str) -> bool:
    """English "quarters" that count periods of a year ("for the last two quarters"), not
    a share: no "of" follows, as it does in "three quarters of the members"."""
    return unit.casefold() == "quarters" and words.folded[end : end + 1] != ["of"]


def _listed_span(tokens: list[str], folded: list[str], i: int, lang: str) -> tuple[str, int] | None:
    """The span of time a count shares with the one after it ("die beiden 17 und 19
    Jahre alten Männer", "the 12 and 14 months before"): its unit, with the count ending
    at ``i``; None when the second count names no span."""
    if folded[i : i + 1] not in (["und"], ["and"], ["oder"], ["or"]):
        return None
    after = _number(tokens, i + 1, lang)
    if after is None:
        return None
    unit = _unit(tokens, i + 1 + after[1], lang)
    if unit is None or unit[0].casefold() not in _SPAN_UNITS:
        return None
    return unit[0], i


_TIME_BEFORE_YEAR = frozenset("in im jahr year since seit of".split())


def _part_of_a_name(words: _Words, i: int) -> bool:
    """Digits right after a capitalised word that are part of a name ("Schalke 04", "Mainz
    05", "Hannover 96" when the sentence names it again): a count written with a leading
    zero is none, and a count does not repeat with the same word before it, where a name
    does ("Klubchef von Hannover 96 … mit dem Stammverein Hannover 96 e.V.")."""
    token = words.tokens[i]
    if i == 0 or not token.isdigit() or words.gap(i) != " ":
        return False
    before = words.tokens[i - 1]
    if not before[:1].isupper() or not before.isalpha():
        return False
    if len(token) == 2 and token.startswith("0"):
        return True
    pairs = sum(
        1
        for k in range(1, len(words.tokens))
        if words.tokens[k] == token and words.tokens[k - 1] == before and words.gap(k) == " "
    )
    return pairs > 1


def _across_a_stop(words: _Words, start: int, end: int) -> bool:
    """Whether a colon or a semicolon stands between token ``start`` and token ``end``: a
    number's unit follows it within one phrase ("Hannover 96: Klubchef …" counts no
    Klubchef)."""
    return any(stop in words.gap(k) for k in range(start, end) for stop in ":;")


def _second_of_pair(words: _Words, i: int) -> bool:
    """The number after a hyphen or a dash glued to another number ("fell to 3-6", "won
    38-7"): a range that had a unit was read with its first number, so what is left is
    a record or a score, and the second number alone counts nothing."""
    if i < 2 or words.tokens[i - 1] not in _SIGNS or words.gap(i) or words.gap(i - 1):
        return False
    return words.tokens[i - 2][:1].isdigit()


def _a_year_in_time(words: _Words, i: int) -> bool:
    """A year after a word that places it in time ("in 2019", "im Jahr 2020", "seit
    2018"): no count, and no low end of a range with the number after it ("from 2.1
    million pounds in 2019 to 1.4 million"). A plain "2000 bis 3000 Euro" is a range."""
    if i == 0 or not _YEAR.fullmatch(words.tokens[i]) or words.gap(i).strip():
        return False
    return words.folded[i - 1] in _TIME_BEFORE_YEAR


def _bound(words: _Words, start: int, lang: str) -> str | None:
    """How the figure at ``start`` is given as a bound ("fewer than 800", "unter 800", "at
    most $50", "as many as 600"), when the words right before it, past a currency sign,
    are one of :data:`_BOUNDS`: the bound's words ("" for a bound of no direction), else
    None."""
    end = start - int(_currency(words.tokens, start - 1) is not None)
    if lang == "de" and _amounting_to(words, end):
        return None
    if end > 0 and words.folded[end - 1] in _EXCEEDING[lang]:
        return "more than"
    return next(
        (
            said
            for bound, said in _BOUNDS[lang].items()
            if end >= len(bound) and tuple(words.folded[end - len(bound) : end]) == bound
        ),
        None,
    )


_EXCEEDING = {
    "de": frozenset(
        "übersteigt übersteigen überstieg überstiegen überschreitet überschreiten überschritt"
        " übertrifft übertreffen übertraf".split()
    ),
    "en": frozenset(
        "exceed exceeds exceeded exceeding surpass surpasses surpassed surpassing top tops"
        " topped topping".split()
    ),
}
"""Verbs of going beyond a number, right before it ("would probably exceed 40 million
dollars", "übersteigt 2 Millionen Euro", "topped 500 runs"): the number is a lower bound,
"more than", as "mehr als" gives it."""


def _amounting_to(words: _Words, end: int) -> bool:
    """German "über" right after a noun names what a thing amounts to ("einen
    Bürgschaftsfonds über 1,5 Mrd. Euro", "eine Rechnung über 300 Euro"), no bound;
    after a verb, a time ("Im Januar über 300 Fälle") or at the start it is one ("kamen
    über 300 Menschen")."""
    if end < 3 or words.folded[end - 1] != "über":
        return False
    before = words.tokens[end - 2]
    return (
        before[:1].isupper()
        and before.isalpha()
        and words.folded[end - 2] not in _MONTHS
        and words.folded[end - 2] not in _WEEKDAYS
        and words.folded[end - 2] not in _TIME_NOUNS_DE
    )


_TIME_NOUNS_DE = frozenset(
    "jahr jahren jahres monat monaten woche wochen tag tagen wochenende vorjahr halbjahr".split()
)


_READING = frozenset({"lesedauer", "lesezeit", "reading"})
_MINUTES = frozenset({"min", "mins", "minute", "minutes", "minuten"})


def _reading_time(words: _Words, start: int, end: int, unit: str) -> bool:
    """A page's reading time ("5 min read", "Lesedauer: 4 Min.", "Reading time: 3
    minutes"), which web copy carries above the text: no figure of the story."""
    if unit.casefold() not in _MINUTES:
        return False
    after = words.folded[end : end + 1] == ["read"]
    before = any(word in _READING for word in words.folded[max(start - 3, 0) : start])
    return after or before


def _a_fraction(words: _Words, i: int, used: int) -> bool:
    """A number over a slash and ten, a hundred or a thousand ("12/100 Sekunden", "3/10
    of a second"): one number, the fraction, not two counts."""
    return (
        used == 1
        and words.tokens[i][:1].isdigit()
        and i + 1 < len(words.tokens)
        and words.tokens[i + 1] in _HUNDREDTHS
        and words.gap(i + 1) == "/"
    )


def _shared_scale(low: float, high: float, scale_word: str, lang: str) -> float:
    """The low end of a range whose scale is written once, after the high end ("60
    bis 70 Milliarden Euro", "$8.37 to $8.45 billion"): it takes that scale when its
    bare number is no larger than the high end's ("500 to 2 million" keeps 500)."""
    scale = _SCALES.get(lang, _SCALES["en"]).get(scale_word)
    if scale is None or scale < 1000 or low > high / scale:
        return low
    return float(f"{low * scale:.12g}")


_SHARING = frozenset("und and oder or zu auf beziehungsweise bzw".split())
"""Words between two numbers the second's unit is written once for ("19 und 23 Jahre",
"380 zu 290 Stimmen", "5,13 beziehungsweise 18,05 Milliarden Euro")."""
_SIZE_NOUNS = frozenset(
    "crowd population electorate workforce membership audience turnout attendance"
    " headcount enrolment enrollment readership bevölkerung belegschaft wählerschaft"
    " einwohnerzahl mitgliederzahl besucherzahl teilnehmerzahl zuschauerzahl publikum".split()
)
"""Nouns of a collective whose size a bare number gives ("an electorate of 5,672",
"The turnout was 1,167", "eine Belegschaft von 900")."""
_SIZE_COPULAS = frozenset("was is were are war ist".split())


def _size_of(words: _Words, start: int, lang: str) -> str | None:
    """The collective a bare number sizes: right after "of"/"von" and the collective ("an
    electorate of 5,672", "einer Belegschaft von 900"), or after a copula whose subject
    it is ("The turnout for the election was 1,167"); None otherwise."""
    if start < 2:
        return None
    if words.folded[start - 1] in ("of", "von") and words.folded[start - 2] in _SIZE_NOUNS:
        return words.tokens[start - 2]
    if words.folded[start - 1] not in _SIZE_COPULAS:
        return None
    for k in range(start - 2, max(start - 8, -1), -1):
        if any(mark in words.gap(k + 1) for mark in ",;:"):
            return None
        if words.folded[k] in _SIZE_NOUNS:
            return words.tokens[k]
    return None


_VOTE_VERBS = {
    "en": {"voted": "votes", "abstained": "abstentions"},
    "de": {"stimmten": "Stimmen", "votierten": "Stimmen", "enthielten": "Enthaltungen"},
}
"""Verbs of a vote right after a bare count: what the count is, when the sentence names
no body the voters belong to ("Sixty-one voted yes, 20 abstained and six voted no")."""
_VOTE_UNITS = frozenset(unit for verbs in _VOTE_VERBS.values() for unit in verbs.values())


def _bare_unit(
    words: _Words, start: int, end: int, value: float, lang: str, figures: list[FigureDraft]
) -> tuple[str, int] | None:
    """The unit of a number no noun follows: an age ("aged 65", "He was 98."), the
    noun of a count it is changed to ("die 40 Plätze auf 55", "the 73 posts to 63"), the
    noun of the count before it, left out ("52 dagegen"), the whole it is part of ("Von
    den 630 Abgeordneten stimmten 323 dafür"), or the noun the clause named before the
    verb ("users rose to 675 million"). Only when nothing it could count comes next
    (:func:`_stands_alone`)."""
    age = _age(words, start, end, value, lang)
    if age is not None:
        return age, end
    if (
        start >= 4
        and figures
        and words.folded[start - 1] == ("auf" if lang == "de" else "to")
        and words.tokens[start - 2] == figures[-1].unit
        and words.folded[start - 4] in _NOT_AFTER
        and _number(words.tokens, start - 3, lang) is not None
    ):
        # "die 73 Stellen auf 63": the size a count named with the article is changed to
        # (not "rose 3 percent to 41.20", a level with no unit)
        return figures[-1].unit, end
    per = _rate_of_the_count_before(words, end, figures)
    if per is not None:
        return per, end
    if not _stands_alone(words, end, lang):
        return None
    vote = _VOTE_VERBS[lang].get(words.folded[end]) if end < len(words.tokens) else None
    elided = _elided_unit(words, start, end, value, lang, figures)
    if elided is not None and (vote is None or elided not in _VOTE_UNITS):
        return elided, end
    whole = (
        _partitive(words, start, lang)
        or _of_them(words, start, end, lang)
        or _size_of(words, start, lang)
    )
    if whole is not None:
        return whole, end
    if vote is not None:
        return vote, end  # "Sixty-one voted yes, 20 abstained": votes and abstentions
    in_digits = any(token[0].isdigit() for token in words.tokens[start:end])
    if value < 2 or not in_digits:
        return None  # "Sie hatten drei": a number word alone is too loose to read
    scaled = words.folded[end - 1] in _SCALES.get(lang, _SCALES["en"])
    noun = _antecedent(words, start, lang, scaled)
    return (noun, end) if noun is not None else None
