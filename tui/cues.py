"""Hedge and attribution cues: the words that mark a statement as guessed, estimated or
second-hand, sorted into categories a reader can count.

The word lists are data (``tui/data/hedge_cues.yaml``), so adding a cue or a language is
an edit to one file, not to code. Two uses share them:

* :func:`classify_hedge` sorts a hedge as an analyst recorded it in a claim (``wohl``,
  ``wird spekuliert``, ``würde ... vermutlich``) into categories. The analyst has already
  judged that the words hedge the claim, so ambiguous words count and placeholders such as
  the number after ``rund`` may be left out. Words the lexicon does not know are counted
  under ``other`` rather than dropped.
* :func:`find_cues` looks for cues in running text (one sentence or more). There nobody
  has judged yet, so ambiguous words count only in the patterns that make them hedges:

  - ``soll``/``sollen`` and ``will``/``wollen`` only in the reportative perfect: followed
    in the same clause by a past participle and ``haben``/``sein`` ("soll das Geld
    gestohlen haben", "will dort gewesen sein"), or by ``worden sein``; alone they are as
    often obligation or wish;
  - ``wohl`` only as the modal particle ("will er wohl", "werden sich wohl nicht
    einlassen"): lowercase (or first word of a sentence), not after ``sehr`` or ``lebe``,
    not before ``bekannt``, ``überlegt``, ``oder``, ``aber``, ``dem``, and not in a clause
    with a form of ``fühlen`` (the "well" senses);
  - ``werden``/``würde`` + infinitive only when the clause ends in an infinitive;
  - ``rund``, ``etwa``, ``bis zu``, ``zwischen ... und`` (and English ``about``, ``up to``,
    ``between ... and``) only with numbers;
  - ``laut`` not as the adjective "loud" (after ``zu``, ``sehr``... or before a verb of
    speaking); ``May`` and the noun ``Wohl`` not when capitalised mid-sentence;
  - English ``would`` only as a hypothetical in the text's own voice: not in a sentence
    with a verb of saying or thinking (reported speech), not in quotation marks;
    ``claims``/``behauptet`` not where they introduce the quoted words;
  - cues marked ``text: false`` in the data (bare ``soll``, conditional ``sollte``,
    ``gegenüber``) never, in running text.

Cues suggest a reading; the analyst decides the kind and likelihood of a claim.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal, NamedTuple

import yaml

from tui.errors import BriefingError

__all__ = [
    "CATEGORIES",
    "OTHER",
    "Cue",
    "CueHit",
    "CueLexiconError",
    "Lexicon",
    "after_comparison",
    "classify_hedge",
    "english_tags",
    "find_cues",
    "hedge_categories",
    "is_english_noun",
    "lexicon",
    "parse_lexicon",
]

CATEGORIES = (
    "speculation",
    "epistemic",
    "modal",
    "distancing",
    "attribution",
    "subjunctive",
    "approximation",
)
"""The cue categories, in the order profiles and exports list them."""

OTHER = "other"
"""The category of a recorded hedge the lexicon does not know."""

_DATA_FILE = "data/hedge_cues.yaml"
_CUE_KEYS = {
    "cue",
    "text",
    "unless_after",
    "only_if_after",
    "unless_before",
    "unless_clause_has",
    "only_if_clause_has",
    "capitalised_only_at_start",
    "as_noun",
    "topic_of",
    "unless_between",
    "unless_quoted",
    "unless_quote_follows",
    "unless_compared",
    "unless_attribute",
    "unless_sentence_has",
    "only_if_sentence_has",
    "unless_sentence_goes_on_with",
    "only_if_before",
    "unless_asked",
}
_PLACEHOLDERS = {"<num>": "num", "<inf>": "inf", "<part>": "part"}
_GAPS = {"...", "…"}


class CueLexiconError(BriefingError):
    """The cue lexicon file is malformed; the message says where."""


# --- the lexicon ------------------------------------------------------------------------

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
"""Arabic vowel signs (tashkeel) and the stretching tatweel: most news text leaves the
vowels out, some writes them ("يُعتقد", "وفقاً"), and "لـ" stretches a letter; a word
matches a cue with or without them."""


def _fold(word: str) -> str:
    """``word`` casefolded, less Arabic vowel signs and tatweel (so "وفقاً" is "وفقا")."""
    folded = word.casefold()
    if not folded or folded[0] < "\u0600":
        return folded  # a word of a Latin, Greek or Cyrillic script: no Arabic in it
    return _ARABIC_MARKS.sub("", folded)


ElementKind = Literal["word", "gap", "num", "inf", "part"]


@dataclass(frozen=True)
class _Words:
    """Words to compare with, casefolded; those written with ``*`` after them match as
    prefixes, those with ``*`` before them as endings (``*-informationen`` is the last
    part of a compound: "dpa-Informationen", "SZ-Informationen")."""

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()

    @classmethod
    def of(cls, words: Sequence[str]) -> _Words:
        exact = {_fold(w) for w in words if not w.endswith("*") and not w.startswith("*")}
        prefixes = tuple(_fold(w[:-1]) for w in words if w.endswith("*"))
        suffixes = tuple(_fold(w[1:]) for w in words if w.startswith("*") and not w.endswith("*"))
        return cls(frozenset(exact), prefixes, suffixes)

    def __contains__(self, folded: object) -> bool:
        if not isinstance(folded, str):
            return False
        return (
            folded in self.exact
            or (bool(self.prefixes) and folded.startswith(self.prefixes))
            or (bool(self.suffixes) and folded.endswith(self.suffixes))
        )

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes or self.suffixes)


@dataclass(frozen=True)
class _Element:
    """One step of a cue pattern: a word (with alternatives), a gap or a placeholder."""

    kind: ElementKind
    words: _Words = _Words()


@dataclass(frozen=True)
class Cue:
    """One entry of the lexicon, parsed."""

    category: str
    language: str
    pattern: str
    """As written in the data file, e.g. ``soll|sollen ... <part> haben``."""
    elements: tuple[_Element, ...]
    lenient: tuple[_Element, ...]
    """The pattern for recorded hedges: placeholders become optional gaps, ends trimmed."""
    in_text: bool = True
    unless_after: _Words = _Words()
    only_if_after: _Words = _Words()
    """The cue counts only when the word right before it in its clause is one of these: a
    range is rough only when a rough word stands right before it ("rund 10.000 bis
    30.000"), not when one sizes something else in its clause ("zwischen 2019 und 2023
    rund 240.000 Euro": a span of years and a rough sum)."""
    unless_before: _Words = _Words()
    only_if_before: _Words = _Words()
    """The cue counts only when the word right after it in its clause is one of these: "fast"
    sizes a number or a quantity ("fast 20 Jahre", "fast alle", "fast die Hälfte"), not an
    adjective ("fast schon euphorisch", "ein fast perfektes Rennen")."""
    unless_clause_has: _Words = _Words()
    only_if_clause_has: _Words = _Words()
    """The cue counts only when its clause holds one of these words too ("farmers fear
    losses could …": a fear of what may come, not "fear retaliation")."""
    capitalised_only_at_start: bool = False
    unless_quoted: bool = False
    """Not inside quotation marks: a speaker's own hypothetical ("Losing the site would
    break our hearts") is how they talk, not the text's doubt."""
    unless_compared: bool = False
    """Not as the standard of a comparison ("better than we feared", "besser als
    befürchtet", "wie erwartet"): an outcome measured against a fear or an expectation
    puts nothing in doubt (:func:`after_comparison`)."""
    unless_attribute: bool = False
    """Not as a German participle before its noun ("die 2021 veranschlagten 230 Millionen
    Euro", "die im Haushalt veranschlagten Mittel"): a planned or budgeted sum is a fact of
    the plan, where the finite verb ("Die Stadt veranschlagte die Kosten auf …") is an
    estimate (:func:`_attribute_of_noun`)."""
    unless_quote_follows: bool = False
    """Not where a quotation opens right after it (past a colon, a comma or "that"/"dass",
    or past its subject before a colon): a verb that introduces the quoted words
    ('claims that "…"', 'behauptete X: „…“') names whose words they are, as "said" does."""
    unless_sentence_has: _Words = _Words()
    """Not when its sentence holds one of these words anywhere: "would" after or before a
    verb of saying ("said the line would reopen", "…would reopen, the operator said")
    only shifts "will" into reported speech."""
    only_if_sentence_has: _Words = _Words()
    """The cue counts only when its sentence holds one of these words too, on either side
    of a comma ("Ob die Brücke öffnet, ist offen": an open question, where "Die Tür ist
    offen" is none)."""
    unless_sentence_goes_on_with: _Words = _Words()
    """Not when one of these words follows it later in its sentence: "may" before "but"
    concedes a point ("may look like a starfish, but …"), it weighs no chance."""
    unless_asked: tuple[_Words, _Words] = (_Words(), _Words())
    """``unless_asked: {verbs: [...], words: [...]}``: not in an indirect question, where
    one of ``words`` (a question word) stands among the four words before it in its clause
    with one of ``verbs`` before that ("told them where they could find it", "Asked how
    many may be trapped", "don't know how they could"): what is asked or told, no chance
    weighed; a relative clause ("a site where homes could be built") has no such verb."""
    noun_only_as_source: bool = False
    topic_of: _Words = _Words()
    unless_between: tuple[_Words, _Words] = (_Words(), _Words())
    """``unless_between: {after: [...], before: [...]}``: not when the word before it is
    one of the first list and the word after it one of the second, both at once ("Tenants
    may keep pets": a right, where "Prices may keep rising" and "Tenants may face higher
    rents" are guesses)."""
    """``topic_of: [...]``: not where one of these nouns of content stands before it in its
    clause and the word right before it is a noun or a name: then the word is a
    preposition of topic ("a drama by Shirin Mahdavi about two sisters", "a book about
    three brothers"), not a rough size ("the film made about $40 million", "costs the
    planemaker about $50 million")."""
    """``as_noun: source``: used as a noun the word hedges only where it names the source
    of what follows ("according to estimates", "Schätzungen zufolge", "speculation
    that …"), not where it is what the sentence talks about ("the estimate was revised",
    "doesn't comment on rumours")."""


@dataclass(frozen=True)
class Lexicon:
    """Every cue, with the settings that govern matching."""

    cues: tuple[Cue, ...]
    max_gap: int
    numbers: _Words
    descriptions: Mapping[str, str]

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages that have word lists, in the order the file gives them."""
        return tuple(dict.fromkeys(cue.language for cue in self.cues))


def _fail(name: str, where: str, message: str) -> CueLexiconError:
    return CueLexiconError(f"{name}: {where}: {message}" if where else f"{name}: {message}")


def _parse_pattern(text: str, name: str, where: str) -> tuple[_Element, ...]:
    elements: list[_Element] = []
    for part in text.split():
        if part in _GAPS:
            kind: ElementKind = "gap"
            element = _Element("gap")
        elif part.startswith("<"):
            if part not in _PLACEHOLDERS:
                raise _fail(
                    name, where, f"unknown placeholder {part!r}; use {', '.join(_PLACEHOLDERS)}"
                )
            kind = _PLACEHOLDERS[part]  # type: ignore[assignment]
            element = _Element(kind)
        else:
            alternatives = part.split("|")
            if any(not a or a == "*" for a in alternatives):
                raise _fail(name, where, f"empty alternative in {part!r}")
            kind = "word"
            element = _Element("word", _Words.of(alternatives))
        if kind == "gap" and (not elements or elements[-1].kind == "gap"):
            raise _fail(name, where, f"{text!r} starts with a gap or has two gaps in a row")
        elements.append(element)
    if not elements:
        raise _fail(name, where, "empty cue")
    if elements[-1].kind == "gap":
        raise _fail(name, where, f"{text!r} ends with a gap")
    if not any(e.kind == "word" for e in elements):
        raise _fail(name, where, f"{text!r} has no word, only placeholders")
    return tuple(elements)


def _lenient(elements: tuple[_Element, ...]) -> tuple[_Element, ...]:
    """Placeholders become gaps (which may be empty); gaps merge; ends are trimmed."""
    out: list[_Element] = []
    for element in elements:
        step = element if element.kind == "word" else _Element("gap")
        if step.kind == "gap" and (not out or out[-1].kind == "gap"):
            continue
        out.append(step)
    while out and out[-1].kind == "gap":
        out.pop()
    return tuple(out)


def _word_list(value: Any, name: str, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(name, where, "expected a list of words")
    return list(value)


def _between(value: Any, name: str, where: str) -> tuple[_Words, _Words]:
    """The two word lists of ``unless_between``: ``{after: [...], before: [...]}``."""
    if value is None:
        return _Words(), _Words()
    if not isinstance(value, dict) or set(value) != {"after", "before"}:
        raise _fail(name, where, "'unless_between' needs 'after' and 'before' lists")
    return (
        _Words.of(_word_list(value["after"], name, where)),
        _Words.of(_word_list(value["before"], name, where)),
    )


def _asked(value: Any, name: str, where: str) -> tuple[_Words, _Words]:
    """The two word lists of ``unless_asked``: ``{verbs: [...], words: [...]}``."""
    if value is None:
        return _Words(), _Words()
    if not isinstance(value, dict) or set(value) != {"verbs", "words"}:
        raise _fail(name, where, "'unless_asked' needs 'verbs' and 'words' lists")
    return (
        _Words.of(_word_list(value["verbs"], name, where)),
        _Words.of(_word_list(value["words"], name, where)),
    )


def _parse_cue(raw: Any, category: str, language: str, name: str, where: str) -> Cue:
    if isinstance(raw, str):
        raw = {"cue": raw}
    if not isinstance(raw, dict):
        raise _fail(name, where, "a cue is text, or a mapping with 'cue'")
    unknown = sorted(set(raw) - _CUE_KEYS)
    if unknown:
        raise _fail(name, where, f"unknown key {unknown[0]!r}; allowed: {', '.join(_CUE_KEYS)}")
    pattern = raw.get("cue")
    if not isinstance(pattern, str) or not pattern.strip():
        raise _fail(name, where, "'cue' must be non-empty text")
    for flag in (
        "text",
        "capitalised_only_at_start",
        "unless_quoted",
        "unless_quote_follows",
        "unless_compared",
        "unless_attribute",
    ):
        if flag in raw and not isinstance(raw[flag], bool):
            raise _fail(name, where, f"'{flag}' must be true or false")
    if raw.get("as_noun", "source") != "source":
        raise _fail(name, where, "'as_noun' may only be 'source'")
    elements = _parse_pattern(pattern, name, where)
    return Cue(
        category=category,
        language=language,
        pattern=" ".join(pattern.split()),
        elements=elements,
        lenient=_lenient(elements),
        in_text=raw.get("text", True),
        unless_after=_Words.of(_word_list(raw.get("unless_after"), name, where)),
        only_if_after=_Words.of(_word_list(raw.get("only_if_after"), name, where)),
        unless_before=_Words.of(_word_list(raw.get("unless_before"), name, where)),
        only_if_before=_Words.of(_word_list(raw.get("only_if_before"), name, where)),
        unless_clause_has=_Words.of(_word_list(raw.get("unless_clause_has"), name, where)),
        only_if_clause_has=_Words.of(_word_list(raw.get("only_if_clause_has"), name, where)),
        capitalised_only_at_start=raw.get("capitalised_only_at_start", False),
        unless_quoted=raw.get("unless_quoted", False),
        unless_quote_follows=raw.get("unless_quote_follows", False),
        unless_compared=raw.get("unless_compared", False),
        unless_attribute=raw.get("unless_attribute", False),
        unless_sentence_has=_Words.of(_word_list(raw.get("unless_sentence_has"), name, where)),
        only_if_sentence_has=_Words.of(_word_list(raw.get("only_if_sentence_has"), name, where)),
        unless_sentence_goes_on_with=_Words.of(
            _word_list(raw.get("unless_sentence_goes_on_with"), name, where)
        ),
        noun_only_as_source="as_noun" in raw,
        topic_of=_Words.of(_word_list(raw.get("topic_of"), name, where)),
        unless_between=_between(raw.get("unless_between"), name, where),
        unless_asked=_asked(raw.get("unless_asked"), name, where),
    )


def parse_lexicon(text: str, name: str = "<lexicon>") -> Lexicon:
    """Read a cue lexicon from YAML text; raise :class:`CueLexiconError` saying what is wrong."""
    try:
        # libyaml's loader where PyYAML has it: the shipped lexicon loads four times faster
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        raise _fail(name, "", f"not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise _fail(name, "", "expected a mapping with 'format', 'max_gap', 'categories'")
    if data.get("format") != 1:
        raise _fail(name, "format", "only format 1 is known")
    max_gap = data.get("max_gap")
    if not isinstance(max_gap, int) or isinstance(max_gap, bool) or not 0 <= max_gap <= 50:
        raise _fail(name, "max_gap", "expected a whole number from 0 to 50")
    numbers_raw = data.get("numbers") or {}
    if not isinstance(numbers_raw, dict):
        raise _fail(name, "numbers", "expected a mapping of language -> words")
    numbers: list[str] = []
    for language, words in numbers_raw.items():
        numbers += _word_list(words, name, f"numbers.{language}")
    categories = data.get("categories")
    if not isinstance(categories, dict):
        raise _fail(name, "categories", "expected a mapping of category -> word lists")
    missing = [c for c in CATEGORIES if c not in categories]
    extra = [c for c in categories if c not in CATEGORIES]
    if missing or extra:
        raise _fail(
            name,
            "categories",
            f"expected exactly {', '.join(CATEGORIES)}"
            + (f"; missing {', '.join(missing)}" if missing else "")
            + (f"; unknown {', '.join(map(str, extra))}" if extra else ""),
        )
    cues: list[Cue] = []
    descriptions: dict[str, str] = {}
    seen: dict[tuple[str, str], list[Cue]] = {}
    """The cues read so far by language and pattern: a pattern may come again in its
    category under other conditions (one entry per frame that admits it: "würde …
    <inf>" unless a wish, and a wish where someone reports it), never in another
    category and never with the same conditions."""
    for category in CATEGORIES:
        body = categories[category]
        if not isinstance(body, dict):
            raise _fail(name, f"categories.{category}", "expected a mapping")
        descriptions[category] = str(body.get("description") or "")
        for language, entries in body.items():
            if language == "description":
                continue
            where = f"categories.{category}.{language}"
            if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2,3}", language):
                raise _fail(name, where, "expected a language code such as 'de' or 'en'")
            if entries is None:
                entries = []
            if not isinstance(entries, list):
                raise _fail(name, where, "expected a list of cues")
            for index, raw in enumerate(entries):
                cue = _parse_cue(raw, category, language, name, f"{where}.{index}")
                key = (language, cue.pattern.casefold())
                earlier = seen.setdefault(key, [])
                if earlier and earlier[0].category != category:
                    raise _fail(
                        name,
                        f"{where}.{index}",
                        f"{cue.pattern!r} is already under {earlier[0].category}",
                    )
                if cue in earlier:
                    raise _fail(
                        name, f"{where}.{index}", f"{cue.pattern!r} is listed twice as it is"
                    )
                earlier.append(cue)
                cues.append(cue)
    return Lexicon(tuple(cues), max_gap, _Words.of(numbers), descriptions)


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon shipped with the package, read once."""
    text = resources.files("tui").joinpath(_DATA_FILE).read_text(encoding="utf-8")
    return parse_lexicon(text, _DATA_FILE)


# --- tokens -----------------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)|(?P<word>\w[\w\u064b-\u065f\u0670]*"
    r"(?:[-'\u2019]\w[\w\u064b-\u065f\u0670]*)*)|(?P<gap>\.\.\.|…)|(?P<mark>[^\w\s])"
)
"""Numbers, words (an Arabic word with its vowel signs, which are no word characters, is
one word), gaps and marks."""
_CLAUSE_BREAKS = frozenset(",;:.!?()[]\N{EN DASH}\N{EM DASH}")
_SENTENCE_BREAKS = frozenset(".!?:")
_OPENING_QUOTES = '"\u201c\u201e\u00ab\u00bb'
"""Marks that may open a quotation: straight, English and German double quotes,
guillemets either way round."""
_QUOTE_MARKS = frozenset(_OPENING_QUOTES + "\u201d")
_QUOTE_FOLLOWS = re.compile(
    rf"(?:\s*[,:]?\s*(?:that|dass)?|[^.!?;{_OPENING_QUOTES}\u201d]{{0,120}}?:)\s*[{_OPENING_QUOTES}]"
)
"""A quotation that opens right after a cue: past a comma, a colon or "that"/"dass"
('claims that "…"', "erklärte: „…“"), or past the words up to a colon ('behauptete der
Abgeordnete am Sonntag: „…“')."""
_PARTICIPLE_PREFIXES = (
    "ge", "be", "ver", "er", "ent", "zer", "emp", "miss", "über", "unter", "hinter", "wider",
    "durch", "voll",
)  # fmt: skip
"""Prefixes of German past participles without "ge" ("verschoben", "überholt",
"unterschlagen", "hinterzogen")."""


class _Token(NamedTuple):
    """A word or number of the text searched (a tuple: drafting makes tens of thousands)."""

    text: str
    folded: str
    start: int
    end: int
    clause: int
    number: bool
    sentence_start: bool
    clause_final: bool = False
    quoted: bool = False
    """Inside double quotation marks (an odd number of them stands before it)."""


def _tokens(text: str, *, lenient: bool) -> list[_Token]:
    """Word and number tokens with their clause; punctuation only separates clauses.

    For a recorded hedge (``lenient``) everything is one clause and ``...`` is dropped.
    """
    found: list[tuple[str, int, int, int, bool, bool, bool]] = []
    clause = 0
    sentence_start = True
    quoted = False
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "num" or kind == "word":
            found.append(
                (
                    match.group(),
                    match.start(),
                    match.end(),
                    clause,
                    kind == "num",
                    sentence_start,
                    quoted,
                )
            )
            sentence_start = False
        elif kind == "mark" and match.group() in _QUOTE_MARKS:
            quoted = not quoted
        elif not lenient and (kind == "gap" or match.group() in _CLAUSE_BREAKS):
            if match.group() == "." and found and _abbreviated(found[-1][0]):
                continue  # "2,1 Mio. € belaufen", "U.S.": the dot of a short form
            if match.group() == "." and found and _a_day_of_month(found[-1], text, match.end()):
                continue  # "bis 31. August": the dot of a German date's day
            clause += 1
            if kind == "mark" and match.group() in _SENTENCE_BREAKS:
                sentence_start = True
    last = len(found) - 1
    return [
        _Token(
            value,
            _fold(value),
            start,
            end,
            where,
            number,
            first,
            i == last or found[i + 1][3] != where,
            inside,
        )
        for i, (value, start, end, where, number, first, inside) in enumerate(found)
    ]


_SHORT_FORMS = frozenset(
    "mio mrd tsd ca bzw nr vgl bspw usw etc inkl zzgl ggf evtl rd dr prof st abs mr mrs"
    " ms no vs approx".split()
)
"""Short forms written with a dot that ends no clause ("2,1 Mio. Euro", "ca. 300")."""


_MONTH_NEXT = re.compile(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember)\b"
)


def _a_day_of_month(
    before: tuple[str, int, int, int, bool, bool, bool], text: str, after: int
) -> bool:
    """A dot glued to a day's number before a month's name ("noch bis 31. August
    möglich"): the German ordinal of a date, which ends no clause."""
    word, _start, end, *_rest = before
    return (
        word.isdigit()
        and len(word) <= 2
        and end == after - 1
        and bool(_MONTH_NEXT.match(text, after))
    )


def _abbreviated(word: str) -> bool:
    """A dot after ``word`` closes a short form (a single letter, as in "U.S." or "z.B.",
    or one of :data:`_SHORT_FORMS`), not a clause."""
    return (len(word) == 1 and word.isalpha()) or word.casefold() in _SHORT_FORMS


def _is_infinitive(token: _Token) -> bool:
    word = token.text
    return (
        token.clause_final
        and word[:1].islower()
        and word.isalpha()
        and (
            token.folded in ("sein", "tun")
            or (len(word) >= 4 and word.endswith(("en", "rn", "ln")))
        )
    )


def _is_participle(token: _Token) -> bool:
    word = token.folded
    return (
        token.text[:1].islower()
        and word.isalpha()
        and len(word) >= 5
        and word.endswith(("t", "en"))
        and (word.startswith(_PARTICIPLE_PREFIXES) or "ge" in word[1:6] or word.endswith("iert"))
    )


def _fits(element: _Element, token: _Token, numbers: _Words) -> bool:
    if element.kind == "word":
        return token.folded in element.words
    if element.kind == "num":
        return token.number or token.folded in numbers
    if element.kind == "inf":
        return _is_infinitive(token)
    if element.kind == "part":
        return _is_participle(token)
    return False


def _match_at(
    elements: tuple[_Element, ...], tokens: list[_Token], first: int, lex: Lexicon
) -> list[int] | None:
    """Indices of the tokens the pattern's non-gap steps match, starting at ``first``.

    Gaps try the shortest skip first, so each match is the tightest one; every token of a
    match lies in the clause of the first.
    """
    clause = tokens[first].clause

    def walk(step: int, position: int, matched: list[int]) -> list[int] | None:
        if step == len(elements):
            return matched
        element = elements[step]
        if element.kind == "gap":
            for skip in range(lex.max_gap + 1):
                found = walk(step + 1, position + skip, matched)
                if found is not None:
                    return found
                if position + skip >= len(tokens) or tokens[position + skip].clause != clause:
                    break
            return None
        if position >= len(tokens) or tokens[position].clause != clause:
            return None
        if not _fits(element, tokens[position], lex.numbers):
            return None
        return walk(step + 1, position + 1, [*matched, position])

    return walk(0, first, [])


_NUM = "<num>"
_END = "<end>"
_WORD = "<word>"
_NOUN = "<noun>"
_UNTIL = "<until>"


def _listed(token: _Token, words: _Words) -> bool:
    """Whether a neighbouring token is one of an ``unless_*`` list's words; ``<num>`` in
    the list stands for any number ("3.8 fires per 100,000": a rate, not a source)."""
    return token.folded in words or (token.number and _NUM in words.exact)


def _allowed_in_text(cue: Cue, tokens: list[_Token], matched: list[int], text: str) -> bool:
    """The conditions that keep ambiguous words out of running text."""
    first, last = tokens[matched[0]], tokens[matched[-1]]
    if cue.language == "de" and _article_as_number(cue, tokens, matched):
        return False
    if cue.capitalised_only_at_start and first.text[:1].isupper() and not first.sentence_start:
        return False
    if cue.unless_quoted and first.quoted:
        return False
    if cue.unless_quote_follows and _QUOTE_FOLLOWS.match(text, last.end):
        return False
    if cue.unless_compared and after_comparison(text, first.start):
        return False
    if cue.unless_attribute and _attribute_of_noun(tokens, matched[0]):
        return False
    if cue.unless_sentence_has and any(
        _listed(t, cue.unless_sentence_has)
        for i, t in _sentence_of(tokens, matched[0]).items()
        if i not in matched
    ):
        return False
    if not _sentence_allows(cue, tokens, matched):
        return False
    before = matched[0] - 1
    if (
        before >= 0
        and tokens[before].clause == first.clause
        and _listed(tokens[before], cue.unless_after)
    ):
        return False
    if cue.only_if_after and not (
        before >= 0
        and tokens[before].clause == first.clause
        and _listed(tokens[before], cue.only_if_after)
    ):
        return False
    if cue.unless_between[0] and _between_listed(cue, tokens, matched):
        return False
    if last.clause_final and _END in cue.unless_before.exact:
        return False  # "after the first extracts appeared.": nothing follows the verb
    if not last.clause_final and _WORD in cue.unless_before.exact:
        return False  # "erwarten zwei Zinsschritte": not before a clause of its own
    after = matched[-1] + 1
    if (
        after < len(tokens)
        and tokens[after].clause == last.clause
        and _listed(tokens[after], cue.unless_before)
    ):
        return False
    if cue.only_if_before and not (
        after < len(tokens)
        and tokens[after].clause == last.clause
        and _listed(tokens[after], cue.only_if_before)
    ):
        return False
    if cue.unless_asked[0] and _asked_about(cue, tokens, matched[0]):
        return False
    if (
        _NOUN in cue.unless_before.exact
        and after < len(tokens)
        and tokens[after].clause == last.clause
        and _bare_noun(cue, tokens, after)
    ):
        return False  # "expects growth of 0.2 percent": a projection named by a bare noun
    if cue.only_if_clause_has:
        others = (t for i, t in enumerate(tokens) if t.clause == first.clause and i not in matched)
        if not any(_listed(t, cue.only_if_clause_has) for t in others):
            return False
    if cue.unless_clause_has:
        # the word a placeholder stood for is the clause's too ("würde sich wünschen":
        # the infinitive is the wish); only the cue's own words are left out
        own = {i for i, kind in zip(matched, _steps(cue.elements), strict=True) if kind == "word"}
        in_clause = [i for i, t in enumerate(tokens) if t.clause == first.clause and i not in own]
        if any(_listed(tokens[i], cue.unless_clause_has) for i in in_clause):
            return False
        if _UNTIL in cue.unless_clause_has.exact and any(_a_deadline(tokens, i) for i in in_clause):
            return False
    if cue.noun_only_as_source and _is_noun(cue, tokens, matched[0]):
        return _names_a_source(tokens, matched[0])
    if cue.topic_of and before >= 0 and tokens[before].clause == first.clause:
        return not _topic(cue, tokens, before)
    return True


ARTICLE_ONES = frozenset({"ein", "eine", "einen", "einem", "einer"})
"""German forms of "one" that are also the indefinite article."""
MEASURED_AFTER_ONE = re.compile(
    r"(?:halb|viertel|drittel|fünftel|zehntel|hälfte|dutzend|million|milliard|billion"
    r"|tausend|hundert|jahr|monat|woche|tag|nacht|stunde|minute|sekunde|quartal|saison"
    r"|prozent|percent|euro|dollar|franken|pfund|cent|grad|meter|kilometer|kilo|gramm"
    r"|liter|tonne|hektar|quadratmeter|mal\b)"
)
"""What an article-like "one" measures when a rough word before it makes a number of
it ("knapp ein Jahr", "rund eine Million", "etwa ein Drittel", "gut eine halbe Stunde");
before another noun the rough word says narrowly, not about ("knapp einem
Frontalzusammenstoß entgangen"). The figures read it the same way."""


def _article_as_number(cue: Cue, tokens: list[_Token], matched: list[int]) -> bool:
    """A German cue's number step filled by the article "ein"/"einem" before a noun that
    is no measure: "nur knapp einem Frontalzusammenstoß entgangen" says narrowly, and
    sizes nothing. Before a span, a fraction, a scale word or a unit of measure the
    article counts one ("knapp einem Jahr")."""
    steps = _steps(cue.elements)
    for index, kind in zip(matched, steps, strict=True):
        token = tokens[index]
        if kind != "num" or token.number or token.folded not in ARTICLE_ONES:
            continue
        after = tokens[index + 1 : index + 3]
        if not any(MEASURED_AFTER_ONE.match(t.folded) for t in after):
            return True
    return False


_COMPARED = re.compile(
    r"(?:\b[Tt]han\s+(?:[\w'\u2019-]+\s+){0,3}"
    r"|\b(?:(?!(?:wieder|immer|jeder|weder|unser|einer|keiner|dieser|jener|seiner|ihrer"
    r"|meiner|deiner|leider|außer|unter|hinter)\s)[a-zäöüß]{3,}er|mehr|weniger|eher|anders"
    r"|lieber)\s+(?:[\w-]+\s+){0,2}?als\s+(?:[\w-]+\s+){0,2}"
    r"|\b(?:[Aa]s|[Ww]ie)\s+)\Z"
)
"""What stands right before the standard of a comparison: "than" and up to three words
("than we feared", "than the market had expected"), a German comparative, up to two words
of its verb, and "als" ("besser als befürchtet", "höher als zunächst erwartet", "fiel
besser aus als befürchtet"; not "aber als" or "immer als"), or "as"/"wie" ("as expected",
"Wie befürchtet, …")."""


def after_comparison(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the standard a comparison measures against ("better
    than we feared", "schneller als erwartet", "as expected"): a fear or an expectation
    named there is no doubt about what the sentence states."""
    return _COMPARED.search(text, max(0, start - 80), start) is not None


_GERMAN_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines diese dieser diesen diesem"
    " dieses jene jener jenen jenem jenes seine seiner seinen seinem ihre ihrer ihren ihrem"
    " unsere unserer unseren unserem alle".split()
)
"""German words that open a noun phrase, before any participle that describes its noun."""
_GERMAN_PREPOSITIONS = frozenset(
    "von vom für im in am an auf aus bei beim mit nach seit zum zur über unter vor durch"
    " gegen ohne um bis".split()
)
"""German prepositions: a noun after one inside a noun phrase ("die im Haushalt
veranschlagten Mittel") belongs to the phrase before the participle, not to a subject."""
_GERMAN_SUBJECT_PRONOUNS = frozenset("ich du er sie es wir ihr man".split())
"""Pronouns that stand right after a finite verb as its subject ("…veranschlagten sie")."""
_ATTRIBUTE_REACH = 6
"""How many words back a participle's determiner is looked for."""


def _attribute_of_noun(tokens: list[_Token], at: int) -> bool:
    """Whether the German word at ``at`` is a participle before its noun: a determiner opens
    its phrase a few words before, with only numbers, small words and prepositional phrases
    between ("die 2021 veranschlagten 230 Millionen", "die vom Land veranschlagten
    Kosten"), and no subject follows it. A finite verb has its subject before it ("Die
    Planer veranschlagten 230 Millionen") or right after it ("Im Frühjahr veranschlagten
    die Planer …"), or ends its clause; those still count."""
    clause = tokens[at].clause
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if following is None or following.clause != clause:
        return False
    if following.folded in _GERMAN_DETERMINERS or following.folded in _GERMAN_SUBJECT_PRONOUNS:
        return False
    for j in range(at - 1, max(-1, at - 1 - _ATTRIBUTE_REACH), -1):
        token = tokens[j]
        if token.clause != clause:
            return False
        if token.folded not in _GERMAN_DETERMINERS:
            continue
        after = tokens[j + 1]
        inside = j > 0 and tokens[j - 1].clause == clause
        inside = inside and tokens[j - 1].folded in _GERMAN_PREPOSITIONS
        if inside:
            continue  # "für das Projekt": a phrase inside the one the participle is in
        return j + 1 == at or after.number or not after.text[:1].isupper()
    return False


def _sentence_allows(cue: Cue, tokens: list[_Token], matched: list[int]) -> bool:
    """``only_if_sentence_has`` and ``unless_sentence_goes_on_with``: words the cue's
    sentence must hold anywhere, and words that must not follow the cue in it."""
    if not (cue.only_if_sentence_has or cue.unless_sentence_goes_on_with):
        return True
    sentence = _sentence_of(tokens, matched[0])
    if cue.only_if_sentence_has and not any(
        _listed(t, cue.only_if_sentence_has) for i, t in sentence.items() if i not in matched
    ):
        return False
    return not any(
        _listed(t, cue.unless_sentence_goes_on_with) for i, t in sentence.items() if i > matched[-1]
    )


def _between_listed(cue: Cue, tokens: list[_Token], matched: list[int]) -> bool:
    """The word before the cue is one of ``unless_between``'s first list and the word
    after it one of its second, in the cue's clause."""
    before, after = matched[0] - 1, matched[-1] + 1
    clause = tokens[matched[0]].clause
    if before < 0 or after >= len(tokens):
        return False
    if tokens[before].clause != clause or tokens[after].clause != clause:
        return False
    first, second = cue.unless_between
    return _listed(tokens[before], first) and _listed(tokens[after], second)


def _asked_about(cue: Cue, tokens: list[_Token], at: int) -> bool:
    """A question word of ``unless_asked`` among the four words before ``at`` in its clause,
    after one of its verbs there: the cue stands in an indirect question."""
    verbs, words = cue.unless_asked
    clause = tokens[at].clause
    for question in range(at - 1, max(-1, at - 5), -1):
        if tokens[question].clause != clause:
            return False
        if tokens[question].folded in words:
            return any(
                t.clause == clause and t.folded in verbs
                for t in tokens[max(0, question - 12) : question]
            )
    return False


def _a_deadline(tokens: list[_Token], at: int) -> bool:
    """ "bis" before a time, not "bis zu" before an amount ("soll bis Ende Mai
    abgeschlossen sein" is a plan; "soll bis zu 40 Mal zugestochen haben" hearsay)."""
    if tokens[at].folded != "bis":
        return False
    return at + 1 < len(tokens) and tokens[at + 1].folded != "zu"


def _sentence_of(tokens: list[_Token], at: int) -> dict[int, _Token]:
    """The tokens of the sentence the token at ``at`` stands in, by index; a lowercase
    word after a full stop, and any word after an initial, go on with the sentence ("the
    U.S. would send", "J. Smith said")."""

    def opens(i: int) -> bool:
        return (
            tokens[i].sentence_start
            and not tokens[i].text[:1].islower()
            and (i == 0 or len(tokens[i - 1].text) > 1)
        )

    begin = at
    while begin > 0 and not opens(begin):
        begin -= 1
    end = at + 1
    while end < len(tokens) and not opens(end):
        end += 1
    return {i: tokens[i] for i in range(begin, end)}


def _bare_noun(cue: Cue, tokens: list[_Token], at: int) -> bool:
    """Whether the word at ``at`` is a noun with no article before it: in German a
    capitalised word, in English as HanTa's English model tags it in its sentence."""
    if cue.language == "de":
        return tokens[at].text[:1].isupper()
    return english_tags(tuple(t.text for t in tokens))[at].startswith("NN")


def _topic(cue: Cue, tokens: list[_Token], before: int) -> bool:
    """Whether the cue, right after a noun or a name, follows a noun of content of its
    clause (``topic_of``) and so says what that is about ("a drama … about two sisters")."""
    clause = tokens[before].clause
    if not any(t.clause == clause and t.folded in cue.topic_of for t in tokens[: before + 1]):
        return False
    if cue.language == "de":
        return tokens[before].text[:1].isupper() and not tokens[before].sentence_start
    words = tuple(t.text for t in tokens)
    return english_tags(words)[before].startswith(("NN", "NP"))


_SOURCE_BEFORE = frozenset({"nach", "laut", "according", "gemäß", "per", "amid", "inmitten", "by"})
"""Words a few places before a noun that make it the source of what follows: "nach
Schätzungen des Ministeriums", "according to UN estimates", "amid speculation", "by one
estimate"."""
_SOURCE_AFTER = frozenset(
    {
        "zufolge",
        "that",
        "dass",
        "suggest",
        "suggests",
        "suggested",
        "put",
        "puts",
        "show",
        "shows",
        "showed",
        "indicate",
        "indicates",
    }
)
"""Words after a noun that make it the source: "Schätzungen zufolge", "speculation that",
"estimates suggest", "estimates put the toll at"."""
_DENIAL = frozenset(
    {
        "not",
        "n't",
        "no",
        "never",
        "nicht",
        "kein",
        "keine",
        "keinen",
        "keiner",
        "nie",
        "dismissed",
        "dismisses",
        "denied",
        "denies",
        "rejected",
        "dementierte",
        "dementiert",
        "wies",
        "zurückgewiesen",
    }
)
"""Words before a noun in its clause that say the source is not taken up ("doesn't
comment on rumours", "didn't put much stock in speculation that …", "wies Gerüchte
zurück")."""


def _is_noun(cue: Cue, tokens: list[_Token], at: int) -> bool:
    """Whether the word at ``at`` is a noun here: in German a capitalised word (nouns are
    capitalised, and such cues list nouns only); in English as HanTa's English model
    tags it in its sentence ("analysts estimate" is a verb, "the estimate" a noun)."""
    if cue.language == "de":
        return tokens[at].text[:1].isupper()
    return is_english_noun(tuple(t.text for t in tokens), at)


def is_english_noun(words: tuple[str, ...], at: int) -> bool:
    """Whether ``words[at]`` is a noun in its sentence, as HanTa's English model tags it,
    less the model's habit of reading a noun subject and its verb as a compound ("the
    rebel group claims it …", "the agency estimates that …")."""
    tags = english_tags(words)
    if not tags[at].startswith("NN"):
        return False
    after_noun = at > 0 and tags[at - 1].startswith(("NN", "NP"))
    before_clause = at + 1 < len(tags) and (
        tags[at + 1] in ("PNP", "AT0") or words[at + 1].casefold() == "that"
    )
    return not (after_noun and before_clause)


@functools.lru_cache(maxsize=1024)
def english_tags(words: tuple[str, ...]) -> tuple[str, ...]:
    """HanTa's English part-of-speech tags (CLAWS: ``NN1``, ``VVB`` …) of ``words``,
    loaded only when a cue that needs them matches; without the model every word is
    taken as a noun, the cautious reading (no hedge)."""
    tagger = _english_tagger()
    if tagger is None:
        return tuple("NN" for _ in words)
    try:
        tagged = tagger.tag_sent(list(words))
    except Exception:  # the tagger fails on odd tokens; read them as nouns
        return tuple("NN" for _ in words)
    return tuple(str(item[-1]) for item in tagged)


def _english_tagger() -> Any:
    try:
        from tui.taggers import english_tagger
    except ImportError:  # pragma: no cover - HanTa is a dependency
        return None
    return english_tagger()


def _names_a_source(tokens: list[_Token], at: int) -> bool:
    """A noun cue names the source of what follows: a preposition of sourcing up to three
    words before it, or a word after it within four ("zufolge", "that", "suggest"); and
    no negation or denial before it in its clause."""
    clause = tokens[at].clause
    before = [t.folded for t in tokens[max(0, at - 3) : at] if t.clause == clause]
    in_clause = [t.folded for t in tokens[:at] if t.clause == clause]
    if any(word in _DENIAL or word.endswith("n't") for word in in_clause):
        return False
    if any(word in _SOURCE_BEFORE for word in before):
        return True
    after = [t.folded for t in tokens[at + 1 : at + 5]]
    # "speculation that", "the rumour is that", "Gerüchte, dass", "Schätzungen … zufolge"
    that = any(word in ("that", "dass") for word in after[:2])
    if any(word in _SOURCE_AFTER for word in after[:1]) or that or "zufolge" in after:
        return True
    # a noun of estimating that gives the figure ("the union's estimate is 300 jobs", "Die
    # Schätzung des Verbands liegt bei 300 Millionen"): the size stated is estimated; a
    # market's "consensus estimate" is a benchmark a result is measured against
    if at > 0 and tokens[at - 1].folded in ("consensus", "konsens"):
        return False
    return _ESTIMATE_NOUN.match(tokens[at].folded) is not None and any(
        t.number for t in tokens[at + 1 :] if t.clause == clause
    )


_ESTIMATE_NOUN = re.compile(r"(?:estimate|schätzung)")


# --- hits -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CueHit:
    """A cue found in a text: its category, the lexicon entry, and the words as written."""

    category: str
    """One of :data:`CATEGORIES`, or :data:`OTHER` for a recorded hedge the lexicon lacks."""
    cue: str | None
    """The lexicon pattern that matched (None under ``other``)."""
    language: str | None
    text: str
    """The matched words as they stand in the text, ``…`` where words were skipped."""
    start: int
    """Character offset of the first matched word in the text searched."""
    end: int
    """Character offset just after the last matched word."""


def _hit(cue: Cue, text: str, tokens: list[_Token], matched: list[int]) -> CueHit:
    runs: list[str] = []
    run_start = matched[0]
    for previous, index in zip(matched, [*matched[1:], None], strict=True):
        if index is None or index != previous + 1:
            runs.append(text[tokens[run_start].start : tokens[previous].end])
            if index is not None:
                run_start = index
    return CueHit(
        category=cue.category,
        cue=cue.pattern,
        language=cue.language,
        text=" … ".join(runs),
        start=tokens[matched[0]].start,
        end=tokens[matched[-1]].end,
    )


_UNSPACED = frozenset({"zh", "ja"})
"""Languages written without spaces between words: their cues are runs of characters,
found anywhere in the text (:func:`_unspaced_hits`), not words between boundaries."""
_HAN_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_UNSPACED_GAP = "[^\\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\\W]{0,12}?"
"""A gap in an unspaced cue: up to twelve characters with no punctuation among them, so
it stays in its clause ("据新华社报道")."""
_UNSPACED_NUMBER = "[\\d\uff10-\uff19一二三四五六七八九十百千万亿億两]+"
"""A number in Chinese or Japanese: digits (also full-width) or numeral characters."""


def _unspaced_pattern(cue: Cue, *, lenient: bool) -> re.Pattern[str]:
    """The regular expression of an unspaced cue: its words one after the other, a gap as
    :data:`_UNSPACED_GAP`, ``<num>`` as a number (left out for a recorded hedge), and one
    lookbehind per ``unless_after`` word ("不可能" is no "可能")."""
    parts: list[str] = []
    for part in cue.pattern.split():
        if part in _GAPS:
            parts.append(_UNSPACED_GAP)
        elif part == "<num>":
            parts.append("" if lenient else _UNSPACED_NUMBER)
        else:
            parts.append("(?:" + "|".join(re.escape(w) for w in part.split("|")) + ")")
    guards = "".join(f"(?<!{re.escape(w)})" for w in sorted(cue.unless_after.exact))
    return re.compile(guards + "".join(parts))


_UnspacedPatterns = tuple[tuple[Cue, re.Pattern[str]], ...]
_UNSPACED_CACHE: dict[tuple[int, bool], tuple[Lexicon, _UnspacedPatterns]] = {}


def _unspaced_patterns(lex: Lexicon, lenient: bool) -> _UnspacedPatterns:
    """The unspaced cues of ``lex`` with their expressions, built once per lexicon."""
    key = (id(lex), lenient)
    cached = _UNSPACED_CACHE.get(key)
    if cached is not None and cached[0] is lex:
        return cached[1]
    patterns = tuple(
        (cue, _unspaced_pattern(cue, lenient=lenient))
        for cue in lex.cues
        if cue.language in _UNSPACED and (lenient or cue.in_text)
    )
    if len(_UNSPACED_CACHE) > 16:
        _UNSPACED_CACHE.clear()
    _UNSPACED_CACHE[key] = (lex, patterns)
    return patterns


def _unspaced_hits(text: str, lex: Lexicon, *, lenient: bool, language: str | None) -> list[CueHit]:
    """The cues of Chinese and Japanese in ``text``, as substrings: the longest match
    wins its characters, then the earlier, then the lexicon's order (as for words)."""
    if language is not None and language not in _UNSPACED:
        return []
    if not _HAN_OR_KANA.search(text):
        return []
    found: list[tuple[tuple[int, int, int], CueHit]] = []
    for order, (cue, pattern) in enumerate(_unspaced_patterns(lex, lenient)):
        if language is not None and cue.language != language:
            continue
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            hit = CueHit(
                cue.category, cue.pattern, cue.language, match.group(), match.start(), match.end()
            )
            found.append(((match.start() - match.end(), match.start(), order), hit))
    found.sort(key=lambda pair: pair[0])
    taken: list[CueHit] = []
    for _, hit in found:
        if all(hit.end <= other.start or other.end <= hit.start for other in taken):
            taken.append(hit)
    return taken


def _search(text: str, lex: Lexicon, *, lenient: bool, language: str | None) -> tuple[CueHit, ...]:
    unspaced = _unspaced_hits(text, lex, lenient=lenient, language=language)
    spaced = _spaced_search(text, lex, lenient=lenient, language=language)
    if not unspaced:
        return spaced
    return tuple(sorted([*spaced, *unspaced], key=lambda hit: (hit.start, hit.end)))


def _spaced_search(
    text: str, lex: Lexicon, *, lenient: bool, language: str | None
) -> tuple[CueHit, ...]:
    """The cues of languages written with spaces, matched word by word."""
    tokens = _tokens(text, lenient=lenient)
    candidates: list[tuple[tuple[int, int, int, int], Cue, list[int], frozenset[int]]] = []
    starts = _first_words(lex, lenient=lenient)
    index = starts.index(tokens)
    every = range(len(tokens))
    # only the cues whose first word stands in the text (or that may start anywhere)
    for order in sorted(index.keys() | starts.everywhere):
        cue = lex.cues[order]
        if language is not None and cue.language != language:
            continue
        if cue.language in _UNSPACED:
            continue
        if not lenient and not cue.in_text:
            continue
        elements = cue.lenient if lenient else cue.elements
        steps = _steps(elements)
        for first in every if order in starts.everywhere else index[order]:
            matched = _match_at(elements, tokens, first, lex)
            if matched is None:
                continue
            if not lenient and not _allowed_in_text(cue, tokens, matched, text):
                continue
            words = frozenset(i for i, kind in zip(matched, steps, strict=True) if kind == "word")
            rank = (-len(words), matched[0], matched[-1] - matched[0], order)
            candidates.append((rank, cue, matched, words))
    # The most specific cue wins a word: more literal words first, then the earlier and
    # tighter match. Placeholders (the number after "rund") may be shared between cues.
    candidates.sort(key=lambda candidate: candidate[0])
    taken: set[int] = set()
    chosen: list[tuple[int, CueHit]] = []
    for _, cue, matched, words in candidates:
        if words & taken:
            continue
        taken |= words
        chosen.append((matched[0], _hit(cue, text, tokens, matched)))
    chosen.sort(key=lambda pair: (pair[0], pair[1].end))
    return tuple(hit for _, hit in chosen)


@dataclass(frozen=True)
class _Starts:
    """Where each cue may start, looked up by its first word instead of tried everywhere.

    A cue whose pattern begins with a word can only match at a token that is one of its
    words (or starts with one of its prefixes); trying every cue at every token made cue
    finding the slowest step of drafting. Cues that begin with a placeholder are tried at
    every token, as before; the matches, and so the hits, are the same.
    """

    exact: dict[str, tuple[int, ...]]
    prefixes: tuple[tuple[str, int], ...]
    everywhere: frozenset[int]

    def index(self, tokens: list[_Token]) -> dict[int, list[int]]:
        """Cue order -> the token positions where its first word stands, in order."""
        index: dict[int, list[int]] = {}
        exact = self.exact
        heads = tuple(prefix for prefix, _ in self.prefixes)
        for position, token in enumerate(tokens):
            folded = token.folded
            orders = exact.get(folded)
            if orders is not None:
                for order in orders:
                    index.setdefault(order, []).append(position)
            if heads and folded.startswith(heads):
                for prefix, order in self.prefixes:
                    if folded.startswith(prefix):
                        index.setdefault(order, []).append(position)
        for positions in index.values():
            positions.sort()
        return index


_STARTS: dict[tuple[int, bool], tuple[Lexicon, _Starts]] = {}


def _first_words(lex: Lexicon, *, lenient: bool) -> _Starts:
    key = (id(lex), lenient)
    cached = _STARTS.get(key)
    if cached is not None and cached[0] is lex:
        return cached[1]
    starts = _build_starts(lex, lenient=lenient)
    if len(_STARTS) > 16:
        _STARTS.clear()
    _STARTS[key] = (lex, starts)
    return starts


def _build_starts(lex: Lexicon, *, lenient: bool) -> _Starts:
    exact: dict[str, list[int]] = {}
    prefixes: list[tuple[str, int]] = []
    everywhere: set[int] = set()
    for order, cue in enumerate(lex.cues):
        elements = cue.lenient if lenient else cue.elements
        head = elements[0]
        if head.kind != "word" or head.words.suffixes:
            everywhere.add(order)  # a placeholder or an ending may stand at any word
            continue
        for word in head.words.exact:
            exact.setdefault(word, []).append(order)
        prefixes.extend((prefix, order) for prefix in head.words.prefixes)
    return _Starts(
        {word: tuple(orders) for word, orders in exact.items()},
        tuple(prefixes),
        frozenset(everywhere),
    )


def _steps(elements: tuple[_Element, ...]) -> list[ElementKind]:
    """The kinds of the non-gap steps, aligned with the indices a match returns."""
    return [e.kind for e in elements if e.kind != "gap"]


def _language_code(language: str | None) -> str | None:
    return None if language is None else language.split("-", 1)[0].casefold()


def find_cues(
    text: str, *, language: str | None = None, using: Lexicon | None = None
) -> tuple[CueHit, ...]:
    """Every cue in running ``text``, in text order; ambiguous words only in their patterns.

    ``language`` is a BCP 47 tag (``de``, ``en-GB``): only that language's word lists are
    used; None uses them all. A language the lexicon has no list for finds nothing.
    ``using`` is another lexicon (default: the shipped one). See the
    module docstring for the patterns ``soll``, ``wohl`` and the other ambiguous words
    need before they count.
    """
    return _search(text, using or lexicon(), lenient=False, language=_language_code(language))


@functools.lru_cache(maxsize=4096)
def _classify_shipped(hedge: str) -> tuple[CueHit, ...]:
    return _classify(hedge, lexicon())


def _classify(hedge: str, lex: Lexicon) -> tuple[CueHit, ...]:
    hits = _search(hedge, lex, lenient=True, language=None)
    if hits:
        return hits
    words = " ".join(hedge.split())
    return (CueHit(OTHER, None, None, words, 0, len(hedge)),)


def classify_hedge(hedge: str, using: Lexicon | None = None) -> tuple[CueHit, ...]:
    """The cues in a hedge as recorded in a claim, at least one.

    ``"würde ... vermutlich"`` gives two hits (subjunctive, epistemic); a hedge with no
    known cue gives one hit under :data:`OTHER` carrying the hedge's own words. Matching
    is lenient: the analyst chose these words, so ``soll`` or ``wohl`` count alone and
    ``rund`` needs no number after it. ``using`` is another lexicon (default: the shipped
    one).
    """
    if using is None:
        return _classify_shipped(hedge)
    return _classify(hedge, using)


def hedge_categories(hedge: str) -> tuple[str, ...]:
    """The distinct categories of a recorded hedge, in the order its words come."""
    return tuple(dict.fromkeys(hit.category for hit in classify_hedge(hedge)))
