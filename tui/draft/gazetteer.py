"""Countries, organisations and their other names: who a word in the text stands for.

Country names come from Babel's CLDR data (``Locale('de').territories``: every country
in German and English), so no country list is typed by hand; their adjectives
("nordkoreanische", "Vietnamese") are read off those names and off the names of each
country's main language ("russische" -> Russisch -> Russia, via CLDR's likely
subtags). What CLDR lacks (organisations and alliances, historical states, capitals and
seats of government such as "Moskau" or "Kreml") is in ``tui/draft/data/actors.yaml``.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tui.config import cache_dir
from tui.draft.nouns import (
    english_plural_lemma,
    is_english_people_plural,
)

__all__ = ["REGIONS", "RULERS", "Entry", "Gazetteer", "Mention", "gazetteer", "words"]

_LANGUAGES = ("en", "de")
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"}
_REGIONS = {
    "002": "Africa", "142": "Asia", "150": "Europe", "019": "Americas", "005": "South America",
    "145": "Western Asia",
}  # fmt: skip
REGIONS = frozenset(_REGIONS.values())
"""The world's regions the gazetteer names ("Europe", "Asia"): like a country, one named
only as a place ("für Europa", "exports to Asia") is no actor."""
_WORLD_LANGUAGES = {"en", "ar", "pt", "es", "sw"}
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d+")
"""Words, numbers and dotted initials ("U.S.", "U.K."), which are one word, not two."""
_POSSESSIVE = re.compile(r"['\u2019]s\Z")
_ADJECTIVE_ENDINGS = re.compile(
    r"(?:e?s?isch|n?isch|an?isch|ian|ians|an|ans|n|ns|ese|ish)(?:e|en|er|es|em)?\Z"
)
_INFLECTIONS = ("", "e", "en", "er", "es", "em", "s")
_LANGUAGE_ADJECTIVE_ENDINGS = ("isch", "sch", "an", "ese", "ish", "ic", "ch")
"""A language's name that is also an adjective ("Russisch", "Vietnamese", "Turkish");
names that are not ("Seri", a language of Mexico) would take nouns ("Serie") for it."""


_PLACE_BEFORE = re.compile(
    r"(?:(?P<owner>[^\W\d_]+)\s+)?(?:(?P<in>in|near)|nach|zwischen|between)\s+"
    r"(?:[A-ZÄÖÜ][\w-]*\s+(?:und|and)\s+)?\Z"
)
"""The words before a capital that make it a place; ``owner`` is the word before the
preposition. German "in Moskau" is left alone: a German report writes "hat in Moskau …
empfangen" of the state's own leader, and "die Regierung in Moskau" of the state."""
_HYPHENED_NAME_PART = re.compile(
    r"-(?:Süd|Nord|Ost|West|Mitte|Südwest|Nordwest|Südost|Nordost|Süd-West|Nord-Ost"
    r"|South|North|East|West|Central)(?![\w-])"
)
"""A compass word joined to a company's name ("Brenntag-Süd"): a regional firm of its own,
which the body finder names in full, not the company the gazetteer lists."""
_DEMONYM_AFTER = re.compile(r"[ -][A-Z][a-z]+(?:an|ese|ish|ic)\b")
"""A region's name right before a capitalised adjective of a people or a place ("the West
African harvest", "East Asian markets"): one compound adjective with it, no region that
acts."""
_NEW_BEFORE = re.compile(r"(?<![\w-])(?:New|Neu|Nueva|Nuevo|Nouvelle|Nova)\s+\Z")
""""New" right before a country's name ("New Jersey", "New Mexico", "Nova Scotia"): the
name of another place, a state of a union or a province, not that country."""
_PAIRED_PLACE_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w]+-\Z")
_PAIRED_PLACE_AFTER = re.compile(r"-[A-ZÄÖÜ]\w+(?:\s+[a-zäöüß]|-)")
"""Two places joined by a hyphen before a noun ("Asia-Europe services", "Asien-Europa-
Verkehr"): the ends of a route or a link, a place, no acting region."""


def _paired_place(text: str, start: int, end: int) -> bool:
    """Whether the region at ``text[start:end]`` is one end of a hyphened pair of places
    before a noun (see ``_PAIRED_PLACE_AFTER``)."""
    before = _PAIRED_PLACE_BEFORE.search(text, 0, start)
    if before is not None:
        return bool(re.match(r"\s+[a-zäöüß]|-", text[end:]))
    return _PAIRED_PLACE_AFTER.match(text, end) is not None


_ACROSS = re.compile(
    r"\b(?:across|throughout|quer\s+durch)\s+(?:(?:the\s+)?(?:north|south|east|west|central"
    r"|northern|southern|eastern|western|north-east|north-west|south-east|south-west)\s+)?\Z"
)
"""Words that make any state or region after them an area ("across northern Scotland",
"throughout Europe", "quer durch Deutschland"), not an actor."""
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eon", "ain", "se", "ach", "man")
"""Endings of an English role that names a person ("surgeon", "prosecutor", "nurse",
"coach"); the roles also hold the fields of ministries ("State", "Trade", "Health"),
whose plurals are no people."""
RULERS = frozenset(
    "government authorities officials leadership regime leaders parliament regierung"
    " führung staatsführung behörden machthaber parlament".split()
)
"""Who a capital after "in" stands for: "die Regierung in Moskau" is the state."""
_WIRE_AFTER = re.compile(r"\s*\([A-Za-z][\w/ -]{1,20}\)\s*[-\N{EN DASH}\N{EM DASH}]")
"""A wire dateline's agency after a place ("Berlin (dpa) -"): the place the story was
filed from."""


_ENGLISH_PARTIES = frozenset(
    "conservative-party labour-party liberal-democrats snp reform-uk plaid-cymru dup sinn-fein"
    " democratic-party-us republican-party-us".split()
)
"""The parties of the United Kingdom and the United States (data/actors.yaml), whose
names English sets before the noun of a party's people as an adjective."""
_WORD_AFTER = re.compile(r" ([A-Za-z]+)\b")
_PARTY_PERSON = frozenset(
    "candidate member peer politician figure grandee donor MP MEP MSP".split()
)
"""Nouns of one of a party's people that the roles do not list. A group of them
("Conservative backbenchers") is left: the gold of the read sets names the party beside
such a group in one text and not in another."""


@dataclass(frozen=True)
class Entry:
    """An actor the gazetteer knows."""

    id: str
    name: str
    kind: str
    company: bool = False
    """A business ("the company", "der Konzern" can point back at it), not an institution."""


@dataclass(frozen=True)
class Mention:
    """A word or words in a text that name a known actor."""

    entry: Entry
    text: str
    start: int
    end: int
    name: bool
    """True for a name (a possible alias); False for an adjective such as "russische"."""


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int


def words(text: str) -> list[_Word]:
    """Words of ``text`` with offsets; hyphens split compounds ("Kreml-Truppe") and a
    possessive "'s" is left off ("North Korea's" -> "North", "Korea")."""
    found = []
    for m in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", m.group())
        found.append(_Word(word, m.start(), m.start() + len(word)))
    return found


_EN_FUNCTION_WORDS = frozenset("the of and to is was for with that on by has have".split())
_DE_FUNCTION_WORDS = frozenset("der die das und ist war für mit dass den dem des hat".split())


def _english_text(found: list[_Word]) -> bool:
    """Whether a sentence reads as English: more English than German function words."""
    english = sum(w.text.casefold() in _EN_FUNCTION_WORDS for w in found)
    german = sum(w.text.casefold() in _DE_FUNCTION_WORDS for w in found)
    return english > german


def _inside_longer_name(found: list[_Word], after: int, text: str) -> bool:
    """Whether an English company's name runs on into a longer proper noun ("Exxon
    Valdez", "Shell Beach"): the next word, joined by a space, is capitalised and no
    acronym. German capitalises every noun, so there it proves nothing."""
    if after >= len(found) or not _english_text(found):
        return False
    word = found[after].text
    joined = text[found[after - 1].end : found[after].start] == " "
    return joined and word[:1].isupper() and not word.isupper() and len(word) > 1


def _slug(name: str) -> str:
    """An id as the drafter's other ids are made: letters with accents lose them
    ("Türkiye" -> "turkiye", not "t-rkiye"), "ß" becomes "ss"."""
    folded = name.casefold().replace("ß", "ss")
    ascii_name = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    return slug or "actor"


def _token_matches(pattern: str, word: str) -> bool:
    """One word of a name against a word of the text (see the data file for the rules)."""
    if pattern.endswith("*"):
        return word.casefold().startswith(pattern[:-1].casefold()) and (
            not pattern[0].isupper() or word[0].isupper()
        )
    if len(pattern) > 1 and pattern.isupper():
        return word == pattern or word == pattern + "s"
    if pattern[0].isupper() and not word[0].isupper():
        return False
    folded, target = word.casefold(), pattern.casefold()
    if folded == target:
        return True
    # "Russlands", and the dative plural of a plural name: "in den Niederlanden"
    return pattern[0].isupper() and (
        folded == target + "s" or (target.endswith("de") and folded == target + "n")
    )


_WORD_START = "\x00"


class _Automaton:
    """Every key a word may start with, found for all the words of a text in one pass.

    An Aho-Corasick automaton (pyahocorasick, in C) holds the lowercased first words of
    names, their prefixes (``Kreml*``), country stems and language adjectives, each
    behind a word-start mark; the text is searched as its words, each behind the same
    mark, so a key can only match at the start of a word and the search is linear in
    the length of the text however many names the gazetteer holds. For each word it
    gives a superset of the names, stems and adjectives whose key matches there, in the
    gazetteer's order; :meth:`Gazetteer._name_at` and :meth:`Gazetteer._adjective` then
    check each exactly.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        import ahocorasick  # only here: drafting needs it, the app's start-up does not

        self.keys: dict[str, tuple[list[int], list[int], list[int], list[int]]] = {}
        for position, (pattern, _) in enumerate(gazetteer.names):
            first = pattern[0]
            if first.endswith("*"):
                self._slot(first[:-1])[1].append(position)
            else:
                self._slot(first)[0].append(position)
        for position, (stem, _) in enumerate(gazetteer.stems):
            self._slot(stem)[2].append(position)
        for position, (adjective, _) in enumerate(gazetteer.adjectives):
            self._slot(adjective)[3].append(position)
        self.automaton = ahocorasick.Automaton()
        for key in self.keys:
            self.automaton.add_word(_WORD_START + key, key)
        self.automaton.make_automaton()

    def _slot(self, key: str) -> tuple[list[int], list[int], list[int], list[int]]:
        return self.keys.setdefault(key.lower(), ([], [], [], []))

    def candidates(self, found: list[_Word]) -> list[tuple[list[int], list[int], list[int]]]:
        """For each word: (names, stems, adjectives) that may start there, in order."""
        starts: dict[int, int] = {}
        pieces: list[str] = []
        offset = 0
        for index, word in enumerate(found):
            starts[offset] = index
            lowered = word.text.lower()
            pieces.append(_WORD_START + lowered + " ")
            offset += len(lowered) + 2
        haystack = "".join(pieces)
        result: list[tuple[set[int], set[int], set[int]]] = [(set(), set(), set()) for _ in found]
        for end, key in self.automaton.iter(haystack):
            begin = end - len(key)
            index = starts[begin]
            lowered_word = found[index].text.lower()
            whole, prefix, stems, adjectives = self.keys[key]
            names, stem_hits, adjective_hits = result[index]
            if len(key) in (len(lowered_word), len(lowered_word) - 1):
                names.update(whole)
            names.update(prefix)
            stem_hits.update(stems)
            adjective_hits.update(adjectives)
        return [(sorted(n), sorted(st), sorted(a)) for n, st, a in result]


@dataclass(frozen=True)
class Gazetteer:
    """Names (as word tuples) and adjective stems, each pointing at an :class:`Entry`."""

    names: tuple[tuple[tuple[str, ...], Entry], ...]
    stems: tuple[tuple[str, Entry], ...]
    """Country-name stems: a word that starts with one and ends like an adjective."""
    adjectives: tuple[tuple[str, Entry], ...]
    """Language adjectives ("russisch", "russian") standing for the country."""
    anonymous: frozenset[str]
    roles: tuple[str, ...]
    loaded: tuple[str, ...]
    german_only: frozenset[tuple[str, ...]] = frozenset()
    """Names that mean the actor only in German text ("Union" is the CDU/CSU there; in
    English a "union" or "Union minister" is something else)."""
    cities: frozenset[str] = frozenset()
    """Capitals that stand for their state ("Moskau"), which are mere places after "in",
    "zwischen" or "nach" ("Shares rose in London", "zwischen Hamburg und Berlin")."""

    @functools.cached_property
    def _automaton(self) -> _Automaton:
        return _Automaton(self)

    @functools.cached_property
    def _role_index(self) -> _WordList:
        return _WordList(self.roles)

    @functools.cached_property
    def _group_index(self) -> _WordList:
        return _WordList(tuple(self.anonymous))

    @functools.cached_property
    def _loaded_index(self) -> _WordList:
        return _WordList(self.loaded)

    def find(self, text: str) -> list[Mention]:
        """Every mention of a known actor in ``text``, longest names first, in order."""
        found = words(text)
        candidates = self._automaton.candidates(found)
        mentions: list[Mention] = []
        i = 0
        while i < len(found):
            hit = self._name_at(found, i, candidates[i][0])
            if hit is not None:
                entry, length, is_name = hit
                start, end = found[i].start, found[i + length - 1].end
                # lowercase is an adjective ("russische"), except for names written so ("dpa")
                is_name = is_name and (found[i].text[0].isupper() or entry.kind == "media")
                if is_name and length == 1 and entry.kind == "state":
                    # "The Scottish author": an English adjective of a country, capitalised
                    # as the language writes it, no name of the state
                    is_name = not _ENGLISH_ADJECTIVE.search(found[i].text)
                matched = tuple(w.text for w in found[i : i + length])
                if matched in self.german_only and _english_text(found):
                    pass  # "Union minister", "the union Verdi": not the German party
                elif entry.company and _inside_longer_name(found, i + length, text):
                    pass  # "the Exxon Valdez disaster": a ship named after the company
                elif entry.company and _HYPHENED_NAME_PART.match(text, end):
                    pass  # "Brenntag-Süd", "Nordbau-Ost": another firm, named after it
                elif entry.kind == "state" and _NEW_BEFORE.search(text, max(0, start - 12), start):
                    pass  # "in central New Jersey": another place that bears the name
                elif entry.kind == "group" and _paired_place(text, start, end):
                    pass  # "Asia-Europe services", "die Asien-Europa-Route": a route's ends
                elif entry.kind == "group" and _DEMONYM_AFTER.match(text, end):
                    pass  # "the West African harvest": part of a compound adjective
                elif entry.id in _ENGLISH_PARTIES and self._party_member_after(text, end):
                    pass  # "the Conservative candidate": whose side the person is on
                elif entry.kind not in ("state", "group") or not self._only_a_place(
                    text, start, end
                ):  # a group here is a region ("sales in Europe")
                    mentions.append(Mention(entry, text[start:end], start, end, is_name))
                i += length
                continue
            adjective = self._adjective(found[i].text, candidates[i][1], candidates[i][2])
            if adjective is not None:
                w = found[i]
                mentions.append(Mention(adjective, w.text, w.start, w.end, False))
            i += 1
        return mentions

    def _party_member_after(self, text: str, end: int) -> bool:
        """Whether a party's name stands before the noun of one of its people ("the
        Conservative candidate", "the Labour councillor", "the Tory leader"): it says whose
        side that person is on; the party acts where it is named alone ("Labour had a good
        turnout")."""
        after = _WORD_AFTER.match(text, end)
        if after is None:
            return False
        word = after.group(1)
        return word in _PARTY_PERSON or (word[:1].islower() and self.is_role(word))

    def _only_a_place(self, text: str, start: int, end: int) -> bool:
        """Whether a capital names where something happens, not its state: after "in",
        "nach", "zwischen" (also as the second of two places: "zwischen Hamburg und
        Berlin") or a wire dateline's agency ("Berlin (dpa) -"); but "die Regierung in
        Moskau" and "officials in Washington" are the state's people."""
        name = text[start:end]
        if _WIRE_AFTER.match(text, end) and name[:1].isupper():
            return True
        if _ACROSS.search(text, 0, start):
            return True  # "snow across northern Scotland": an area, whoever governs it
        if name not in self.cities:
            return False
        before = _PLACE_BEFORE.search(text, 0, start)
        if before is None:
            return False
        owner = before.group("owner")
        if before.group("in") and not (owner and owner.islower()):
            return False  # "in London" after a lowercase English word only ("rose in London")
        return not owner or not (
            owner.casefold() in RULERS or self.is_group(owner) or self.is_role(owner)
        )

    def _name_at(
        self, found: list[_Word], i: int, candidates: list[int]
    ) -> tuple[Entry, int, bool] | None:
        """The longest name starting at word ``i``; a multi-word name may end in its
        adjective ("North Korean"), which is reported as not a name."""
        best: tuple[Entry, int, bool] | None = None
        for position in candidates:
            pattern, entry = self.names[position]
            n = len(pattern)
            if i + n > len(found) or (best is not None and n <= best[1]):
                continue
            if not all(_token_matches(p, found[i + k].text) for k, p in enumerate(pattern[:-1])):
                continue
            last, word = pattern[-1], found[i + n - 1].text
            if _token_matches(last, word):
                best = (entry, n, True)
            elif n > 1 and entry.kind == "state" and not last.endswith("*"):
                stem = last.casefold().removesuffix("e")
                folded = word.casefold()
                if folded.startswith(stem) and _ADJECTIVE_ENDINGS.match(folded[len(stem) :]):
                    best = (entry, n, False)
        return best

    def _adjective(self, word: str, stems: list[int], adjectives: list[int]) -> Entry | None:
        folded = word.casefold()
        # longer stems first, as the stems are sorted
        for position in stems:
            stem, entry = self.stems[position]
            if folded.startswith(stem) and _ADJECTIVE_ENDINGS.match(folded[len(stem) :]):
                return entry
        for position in adjectives:
            adjective, entry = self.adjectives[position]
            if folded.startswith(adjective) and folded[len(adjective) :] in _INFLECTIONS:
                return entry
        return None

    def is_group(self, word: str) -> bool:
        """Whether ``word`` names people the text cites as a group ("Experten",
        "Verfassungsrechtler" by its ending "*rechtler", "analysts"), or is a plural
        whose form says it means people: see :func:`_people_plural`."""
        return self._group_index.holds(word) or self._people_plural(word)

    def _people_plural(self, word: str) -> bool:
        """An English plural that means people though no list names it: the plural of
        an office or trade the roles name ("surgeons", "prosecutors": Surgeon,
        Prosecutor) or of a person's noun by its ending ("cyclists", "pedestrians")."""
        if is_english_people_plural(word):
            return True
        lemma = english_plural_lemma(word)
        return (
            lemma is not None
            and lemma.endswith(_AGENT_ENDINGS)
            and lemma.casefold() not in _ONE_HOLDER_OFFICES
            and self._role_index.holds(lemma)
        )

    def is_role(self, word: str) -> bool:
        return self._role_index.holds(word)

    def is_loaded(self, word: str) -> bool:
        return any(self._loaded_index.holds(part) for part in re.split(r"-", word))


_ONE_HOLDER_OFFICES = frozenset({"president", "chancellor", "pope"})
"""Offices one person holds at a time: their plural ("appointed by Democratic presidents")
means holders over the years or of several states, no group that acts together."""


_ENGLISH_ADJECTIVE = re.compile(r"[a-z](?:ish|ese)\Z")
"""How an English adjective of a country ends ("Scottish", "Welsh" aside, "Maltese"): a
country's name never does."""


class _WordList:
    """Words (casefolded) and ``*suffix`` patterns, looked up rather than scanned."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        folded = [p.casefold() for p in patterns]
        self.words = frozenset(p for p in folded if not p.startswith("*"))
        self.suffixes = frozenset(p[1:] for p in folded if p.startswith("*"))
        self._seen: dict[str, bool] = {}
        """Answers by word: a text asks about the same words again and again."""

    def holds(self, word: str) -> bool:
        known = self._seen.get(word)
        if known is not None:
            return known
        folded = word.casefold()
        answer = folded in self.words or any(
            folded[k:] in self.suffixes for k in range(len(folded) + 1)
        )
        if len(self._seen) < 100_000:  # bounded: a long-running process stays small
            self._seen[word] = answer
        return answer


def _clean_name(name: str) -> str:
    return re.sub(r"\s*\(.*?\)", "", name).strip()


def _babel_countries() -> tuple[dict[str, Entry], dict[str, list[str]]]:
    from babel import Locale
    from babel.core import get_global

    locales = {lang: Locale(lang) for lang in _LANGUAGES}
    entries: dict[str, Entry] = {}
    names: dict[str, list[str]] = {}
    for code, english in locales["en"].territories.items():
        is_country = len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
        if not is_country and code not in _REGIONS:
            continue
        name = _clean_name(english)
        kind = "state" if is_country else "group"
        entries[code] = Entry(_slug(name), name, kind)
        names[code] = [
            _clean_name(locale.territories[code])
            for locale in locales.values()
            if code in locale.territories
        ]
    likely = get_global("likely_subtags")
    for language, tag in likely.items():
        if not re.fullmatch(r"[a-z]{2,3}", language) or language in _WORLD_LANGUAGES:
            continue
        territory = str(tag).split("_")[-1]
        if territory not in entries or entries[territory].kind != "state":
            continue
        for locale in locales.values():
            adjective = locale.languages.get(language)
            if (
                adjective
                and " " not in adjective
                and len(adjective) >= 4
                and adjective.casefold().endswith(_LANGUAGE_ADJECTIVE_ENDINGS)
            ):
                names.setdefault("lang:" + territory, []).append(adjective.casefold())
    return entries, names


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer, once per process: read back from the user's cache folder when an
    entry made from exactly these inputs is there and verifies, else built from Babel
    and the shipped data file (a fifth of a second: most of Babel's country and language
    names are read for it) and cached for the next process."""
    text = resources.files("tui.draft").joinpath("data/actors.yaml").read_text(encoding="utf-8")
    key = _inputs_key(text)
    if key is not None:
        cached = _read_cache(key)
        if cached is not None:
            return cached
    built = _build(text)
    if key is not None:
        _write_cache(key, built)
    return built


def _build(text: str) -> Gazetteer:
    """The gazetteer from the data file's ``text`` and Babel's CLDR data."""
    # our own shipped data, so the C loader (much faster) is safe to use here
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data: dict[str, Any] = yaml.load(text, Loader=loader)
    entries, country_names = _babel_countries()
    names: list[tuple[tuple[str, ...], Entry]] = []
    stems: list[tuple[str, Entry]] = []
    adjectives: list[tuple[str, Entry]] = []
    for code, entry in entries.items():
        for name in dict.fromkeys(country_names.get(code, [])):
            pattern = tuple(w.text for w in words(name))
            if pattern:
                names.append((pattern, entry))
            if len(pattern) == 1 and entry.kind == "state":
                stem = pattern[0].casefold()
                stem = stem[:-1] if stem.endswith("e") else stem
                if len(stem) >= 4:
                    stems.append((stem, entry))
        for adjective in country_names.get("lang:" + code, []):
            adjectives.append((adjective, entry))
    cities: set[str] = set()
    german_only: set[tuple[str, ...]] = set()
    for raw in data["actors"]:
        if "territory" in raw:
            entry = entries[raw["territory"]]
        else:
            entry = Entry(raw["id"], raw["name"], raw["kind"], bool(raw.get("company")))
        cities.update(raw.get("cities", ()))
        german_only.update(tuple(w.text for w in words(n)) for n in raw.get("names_de", ()))
        for name in [*raw.get("names", ()), *raw.get("names_de", ()), *raw.get("cities", ())]:
            star = name.endswith("*")
            pattern = tuple(w.text for w in words(name.rstrip("*")))
            if star:
                pattern = (*pattern[:-1], pattern[-1] + "*")
            names.append((pattern, entry))
    names.sort(key=lambda item: -len(item[0]))
    stems.sort(key=lambda item: -len(item[0]))
    anonymous = frozenset(w.casefold() for ws in data["anonymous_groups"].values() for w in ws)
    roles = tuple(w for ws in data["roles"].values() for w in ws)
    loaded = tuple(w for ws in data["loaded_labels"].values() for w in ws)
    return Gazetteer(
        tuple(names),
        tuple(stems),
        tuple(adjectives),
        anonymous,
        roles,
        loaded,
        frozenset(german_only),
        frozenset(cities),
    )


# -- the cached form -------------------------------------------------------------------
#
# An entry of the user's cache folder (``draft/``, see :func:`tui.config.cache_dir`), kept
# by :class:`tui.signedstore.SignedStore`: named by the SHA-256 of everything the
# gazetteer is built from (the data file, this module's source, Babel's version and the
# format below), signed with the folder's key, written atomically. A stale entry is never
# found (another input, another name); an edited, truncated or foreign one fails its MAC
# or the shape checks of :func:`_decode` and is deleted, and the gazetteer is built.
# Losing the folder costs one build.

_CACHE_FORMAT = 1
"""Bumped whenever the stored shape changes."""
_CACHE_PURPOSE = "draft-gazetteer"
_CACHE_KEEP = 4


def _inputs_key(data_text: str) -> str | None:
    """The name of the cache entry built from these inputs, or None when one of them
    cannot be read (then nothing is cached). Babel stands in by its ``__init__.py``,
    which holds its version: read, not imported (importing it costs more than the
    cache saves when the entry is there)."""
    try:
        spec = importlib.util.find_spec("babel")
        if spec is None or spec.origin is None:
            return None
        babel_init = Path(spec.origin).read_bytes()
        source = Path(__file__).read_bytes()
    except (ImportError, OSError, ValueError):
        return None
    digest = hashlib.sha256(f"{_CACHE_FORMAT}\0".encode())
    for part in (babel_init, source, data_text.encode("utf-8")):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def _store() -> Any:
    from tui.signedstore import SignedStore

    return SignedStore(cache_dir() / "draft", _CACHE_PURPOSE, keep=_CACHE_KEEP)


def _read_cache(key: str) -> Gazetteer | None:
    """The cached gazetteer for ``key``; a body that does not decode is deleted."""
    try:
        store = _store()
        body = store.get(key)
    except OSError:
        return None
    if body is None:
        return None
    try:
        return _decode(json.loads(body))
    except (ValueError, TypeError, KeyError, IndexError):
        store.forget(key)
        return None


def _write_cache(key: str, built: Gazetteer) -> None:
    """Cache ``built`` under ``key``; a folder that cannot be written is no error."""
    body = json.dumps(_encode(built), ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(OSError):
        _store().put(key, body.encode("utf-8"))


def _encode(built: Gazetteer) -> dict[str, Any]:
    """``built`` as JSON data: each entry once, referred to by its index."""
    index: dict[Entry, int] = {}

    def ref(entry: Entry) -> int:
        return index.setdefault(entry, len(index))

    names = [[list(pattern), ref(entry)] for pattern, entry in built.names]
    stems = [[stem, ref(entry)] for stem, entry in built.stems]
    adjectives = [[adjective, ref(entry)] for adjective, entry in built.adjectives]
    return {
        "entries": [[e.id, e.name, e.kind, e.company] for e in index],
        "names": names,
        "stems": stems,
        "adjectives": adjectives,
        "anonymous": sorted(built.anonymous),
        "roles": list(built.roles),
        "loaded": list(built.loaded),
        "german_only": sorted(list(n) for n in built.german_only),
        "cities": sorted(built.cities),
    }


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("expected a list of strings")
    return tuple(value)


def _decode(data: Any) -> Gazetteer:
    """The gazetteer from :func:`_encode`'s data; ``TypeError``, ``KeyError`` or
    ``IndexError`` for anything not of that shape."""
    if not isinstance(data, dict):
        raise TypeError("expected an object")
    entries = []
    for row in data["entries"]:
        ident, name, kind, company = row
        if not (isinstance(ident, str) and isinstance(name, str) and isinstance(kind, str)):
            raise TypeError("bad entry")
        if not isinstance(company, bool):
            raise TypeError("bad entry")
        entries.append(Entry(ident, name, kind, company))

    def entry(position: Any) -> Entry:
        if not isinstance(position, int) or isinstance(position, bool) or position < 0:
            raise TypeError("bad entry index")
        return entries[position]

    names = tuple((_strings(pattern), entry(at)) for pattern, at in data["names"])
    if any(not pattern for pattern, _ in names):
        raise ValueError("empty name")

    def keyed(rows: Any) -> tuple[tuple[str, Entry], ...]:
        pairs = tuple((word, entry(at)) for word, at in rows)
        if not all(isinstance(word, str) and word for word, _ in pairs):
            raise TypeError("bad key")
        return pairs

    return Gazetteer(
        names,
        keyed(data["stems"]),
        keyed(data["adjectives"]),
        frozenset(_strings(data["anonymous"])),
        _strings(data["roles"]),
        _strings(data["loaded"]),
        frozenset(_strings(n) for n in data["german_only"]),
        frozenset(_strings(data["cities"])),
    )
