"""Words the app, the command line and the exports share, so that they say things alike.

Counting ("1 quote", "2 quotes", never "1 quotes" or "quote(s)"), the words of the
standards the format uses (ICD 203 likelihood, Admiralty reliability and credibility),
what a claim rests on (its basis), figures as phrases and the name a source goes by.
Keyed by the model's enum *values* (StrEnum members look up the same) and reading records
through small protocols, so this module needs no model and stays cheap to import.

Each function returns plain words; the caller makes them safe for where they go
(:mod:`tui.text` for a terminal, the exporters' escapers for Markdown, HTML and JSON).
A test keeps every other module from defining these words again.
"""

from __future__ import annotations

import contextvars
import re
import unicodedata
from typing import Protocol

from anyascii import anyascii

__all__ = [
    "BASIS_WORDS",
    "CHECK_PRECEDENCE",
    "CHECK_RESULTS",
    "CHECK_WORDS",
    "CREDIBILITY_WORDS",
    "ID_LANGUAGE",
    "LIKELIHOOD_WORDS",
    "RELIABILITY_WORDS",
    "UMLAUT_SPELLINGS",
    "capitalised",
    "count",
    "credibility_text",
    "figure_amount",
    "figure_text",
    "id_words",
    "likelihood_text",
    "number_text",
    "reliability_text",
    "source_name",
    "source_title",
]

UMLAUT_SPELLINGS: tuple[tuple[str, str], ...] = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))
"""How an id spells German letters ASCII has not: "Förderung" is "foerderung" (dropping
the dots gives "forderung", another word). For lower-case text; the drafter's ids and
the editor's new ids both spell with this table, so the two never differ."""


_NOT_GERMAN_LETTERS = re.compile(
    "[\u0130\u0131\u015e\u015f\u011e\u011f"  # Turkish dotless and dotted i, s and g
    "\u00c7\u00e7\u00d1\u00f1\u00c5\u00e5\u00d8\u00f8\u00c6\u00e6"  # c n a o ae
    "\u0141\u0142\u0104\u0105\u0118\u0119\u0150-\u0153\u0170\u0171"  # Polish, Hungarian
    "\u010c\u010d\u0158\u0159\u0160\u0161\u017d\u017e]"  # Czech carons
)
"""Letters German never writes and other Latin-script languages do (Turkish dotless i,
s with cedilla and g with breve, Spanish n with tilde, Polish l with stroke …): a name
or title with one is not German, so its o and u with two dots are plain o and u (the
Turkish place name Golbasi, written with a dotless i, is "golbasi", not "goelbasi")."""
_NO_SPACES = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
"""A character of a script that writes no spaces (Chinese, Japanese): each stands
apart, so its syllable is one word of the id ("zhong-guo", not "zhongguo…" to the limit)."""


ID_LANGUAGE: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "ID_LANGUAGE", default=None
)
"""The language of the text ids are being made from, when a caller knows it for a
whole run (the drafter, for its article): :func:`id_words` takes it when given none."""


def _spelled_german(folded: str, language: str | None) -> bool:
    """Whether ``folded``'s umlauts are German ones, spelled "ae", "oe", "ue": in German
    text; in English text (English articles name German people) or text of no known
    language unless a letter German never writes says the name is another language's;
    never in text of another language."""
    code = (language or ID_LANGUAGE.get() or "en").split("-")[0]
    if code == "de":
        return True
    return code == "en" and _NOT_GERMAN_LETTERS.search(folded) is None


def _kept(char: str) -> str:
    """``char`` as an id reads it: ASCII, letters, marks and digits as they are; a
    symbol or emoji a space (no word: "🤝" is no "handshake"); other punctuation
    nothing, as ASCII-folding always took it (a typographic apostrophe: "its")."""
    if char.isascii():
        return char
    kind = unicodedata.category(char)[0]
    if kind in "LMN":
        return char
    return " " if kind == "S" else ""


def id_words(text: str, language: str | None = None) -> list[str]:
    """The lowercase ASCII words an id is made of, from text in any script: for German
    (and English) text umlauts and ß are spelled out by :data:`UMLAUT_SPELLINGS`
    ("Förderung" -> "foerderung"); other letters are transliterated by ``anyascii``
    ("Mélenchon" -> "melenchon", "Başkan" -> "baskan", "Путин" -> "putin", "中国" ->
    "zhong guo"); symbols and emoji make no words. ``language`` is the text's code when
    known; with None, letters German never writes tell a name of another language. The
    drafter's ids and the editor's new ids both start from these words, so the two
    spell a name alike."""
    folded = unicodedata.normalize("NFC", text).casefold()
    if _spelled_german(folded, language):
        for letter, spelled in UMLAUT_SPELLINGS:
            folded = folded.replace(letter, spelled)
    kept = "".join(_kept(c) for c in folded)
    plain = anyascii(_NO_SPACES.sub(r" \1 ", kept)).casefold()
    return re.findall(r"[a-z0-9]+", plain)


LIKELIHOOD_WORDS: dict[str, tuple[str, str]] = {
    "almost-no-chance": ("almost no chance", "1-5 %"),
    "very-unlikely": ("very unlikely", "5-20 %"),
    "unlikely": ("unlikely", "20-45 %"),
    "roughly-even-chance": ("roughly even chance", "45-55 %"),
    "likely": ("likely", "55-80 %"),
    "very-likely": ("very likely", "80-95 %"),
    "almost-certain": ("almost certain", "95-99 %"),
}
"""ICD 203 words of estimative probability and the ranges they stand for."""

RELIABILITY_WORDS: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
"""Admiralty grading of a source."""

CREDIBILITY_WORDS: dict[int, str] = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}
"""Admiralty grading of a piece of information."""

CHECK_RESULTS = ("found", "similar", "differs", "missing")
"""What checking an excerpt or quote against a fetched page can find, in the order lists
and counts show them."""

CHECK_PRECEDENCE = ("differs", "found", "similar", "missing")
"""Which result a claim or quote keeps when several pages were checked. ``differs`` (a
near match that changes a number, a negation or a name) comes first: every excerpt is
found on the article's own page, so ranking found above it would hide the one result a
fact-checker most needs, the cited source saying something else. Then the best of the
rest: words found on one page it rests on are found, whatever other pages say."""

CHECK_WORDS = {
    "found": "Found",
    "similar": "Similar",
    "differs": "Differs",
    "missing": "Missing",
}
"""How each check result reads as a label."""

_IRREGULAR = {
    "entry": "entries",
    "timeline entry": "timeline entries",
    "briefing file": "briefing files",
    "analysis": "analyses",
}


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, the noun in the plural unless ``number`` is one."""
    if number == 1:
        return f"1 {noun}"
    return f"{number:,} {plural or _IRREGULAR.get(noun) or noun + 's'}"


def draft_contents(claims: int, actors: int, quotes: int) -> str:
    """What a new draft holds, as ``briefing new`` and the library's draft dialog say it:
    "draft with 12 claims, 5 actors, 1 quote"."""
    return (
        f"draft with {count(claims, 'claim')}, {count(actors, 'actor')}, {count(quotes, 'quote')}"
    )


def likelihood_text(value: str) -> str:
    """``likely (55-80 %)``."""
    words, percent = LIKELIHOOD_WORDS[value]
    return f"{words} ({percent})"


def reliability_text(value: str) -> str:
    """``C: fairly reliable``."""
    return f"{value}: {RELIABILITY_WORDS[value]}"


def credibility_text(value: int) -> str:
    """``1: confirmed by other sources``."""
    return f"{value}: {CREDIBILITY_WORDS[value]}"


BASIS_WORDS: dict[str, str] = {
    "named-person": "a named person",
    "named-outlet": "a named outlet",
    "named-organisation": "a named organisation",
    "unnamed": "unnamed sources",
    "article-alone": "the article alone",
}
"""What a claim rests on, for each basis of :data:`tui.profile.BASES`; a label starts
with :func:`capitalised`."""


def capitalised(words: str) -> str:
    """``a named person`` -> ``A named person``: a phrase as a label."""
    return words[:1].upper() + words[1:]


class FigureLike(Protocol):
    """What :func:`figure_text` reads of a figure (:class:`tui.model.Figure`)."""

    @property
    def value(self) -> float | None: ...
    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...
    @property
    def unit(self) -> str: ...
    @property
    def approximate(self) -> bool: ...
    @property
    def bound(self) -> str | None: ...
    @property
    def derived(self) -> bool: ...
    @property
    def basis(self) -> str | None: ...


def number_text(value: float) -> str:
    """``10000`` as ``10,000``, ``142.1`` as ``142.1``: whole numbers without a point."""
    if value != value or value in (float("inf"), float("-inf")):  # NaN and infinities
        return str(value)
    if abs(value) >= _EXACT_WHOLE:
        # past 2**53 a float holds no exact whole number: its digits would be invented
        # ("99,999,…,997,748,809,…" for a value typed as 38 nines); its shortest form
        # ("1e+38") says no more than it holds
        return repr(float(value))
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


_EXACT_WHOLE = float(2**53)
"""The first whole number a float cannot tell from its neighbour."""


def figure_amount(figure: FigureLike) -> str:
    """How much of what: ``about 10,000-30,000 soldiers`` (a range takes an en dash,
    ``approximate`` reads "about"), ``up to 60 percent`` (a bound says which)."""
    if figure.value is not None:
        amount = number_text(figure.value)
    else:
        low = number_text(figure.low) if figure.low is not None else "?"
        high = number_text(figure.high) if figure.high is not None else "?"
        amount = f"{low}\N{EN DASH}{high}"
    if figure.bound:  # "up to 60 percent" is no "about 60 percent"
        return f"{figure.bound} {amount} {figure.unit}"
    return ("about " if figure.approximate else "") + f"{amount} {figure.unit}"


def figure_text(figure: FigureLike) -> str:
    """A figure as a phrase: its amount and, for a derived one, how the analyst worked it
    out: ``about 70,000-300,000 soldiers (derived by the analyst: ...)``."""
    phrase = figure_amount(figure)
    if figure.derived:
        basis = f": {figure.basis}" if figure.basis else ""
        phrase += f" (derived by the analyst{basis})"
    return phrase


class SourceLike(Protocol):
    """What :func:`source_name` reads of a source (:class:`tui.model.Source`)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...


def source_name(source: SourceLike) -> str:
    """The short name a source goes by in a chain, a citation or a link: its outlet
    (``Zeit Online``), else its title, else its id."""
    return (source.outlet or "").strip() or (source.title or "").strip() or source.id


DRAFT_MARK_TEXT = "Draft:"
"""The mark of the drafter's advice, spelled here because names are made here;
:data:`tui.drafts.DRAFT_MARK` is this."""


def unmarked(text: str) -> str:
    """``text`` without the drafter's mark, as a sentence starts: "Draft: the article …"
    reads "The article …" (what an accepted article source keeps, and how a reader is
    shown one not yet reviewed)."""
    if not text.startswith(DRAFT_MARK_TEXT):
        return text
    kept = text[len(DRAFT_MARK_TEXT) :].strip()
    return kept[:1].upper() + kept[1:]


def source_title(source: SourceLike) -> str:
    """The full name a source is listed and headed by: its title with its outlet,
    ``Kim in Moskau (Tagesschau)``; the one it has when it has one; else the start of its
    description; its bare id only when it has nothing else."""
    title, outlet = (source.title or "").strip(), (source.outlet or "").strip()
    if title and outlet and outlet.casefold() not in title.casefold():
        return f"{title} ({outlet})"
    if title or outlet:
        return title or outlet
    about = unmarked((source.description or "").strip())  # a reader never sees the mark
    if about:
        return about if len(about) <= 70 else about[:69].rstrip() + "\N{HORIZONTAL ELLIPSIS}"
    return source.id
