"""Countries, organisations and their other names: who a word in the text stands for.

Country names come from Babel's CLDR data (``Locale('de').territories``: every country
in German and English), so no country list is typed by hand; their adjectives
("nordkoreanische", "Vietnamese") are read off those names and off the names of each
country's main language ("russische" -> Russisch -> Russia, via CLDR's likely
subtags). What CLDR lacks (organisations and alliances, historical states, capitals and
seats of government such as "Moskau" or "Kreml") is in ``tui/draft/data/actors.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

__all__ = ["Entry", "Gazetteer", "Mention", "gazetteer", "words"]

_LANGUAGES = ("en", "de")
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"}
_REGIONS = {
    "002": "Africa", "142": "Asia", "150": "Europe", "019": "Americas", "005": "South America",
    "145": "Western Asia",
}  # fmt: skip
_WORLD_LANGUAGES = {"en", "ar", "pt", "es", "sw"}
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d+")
"""Words, numbers and dotted initials ("U.S.", "U.K."), which are one word, not two."""
_POSSESSIVE = re.compile(r"['\u2019]s\Z")
_ADJECTIVE_ENDINGS = re.compile(
    r"(?:e?s?isch|n?isch|an?isch|ian|ians|an|ans|n|ns|ese|ish)(?:e|en|er|es|em)?\Z"
)
_INFLECTIONS = ("", "e", "en", "er", "es", "em", "s")


@dataclass(frozen=True)
class Entry:
    """An actor the gazetteer knows."""

    id: str
    name: str
    kind: str


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


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
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
    return folded == target or (pattern[0].isupper() and folded == target + "s")


def _prefixes(folded: str) -> list[str]:
    return [folded[:k] for k in range(1, len(folded) + 1)]


class _FirstWords:
    """Which names may start at a word, looked up by that word instead of tried one by one.

    Finding names used to test every name at every word of the text (85 % of drafting).
    A name can only start where its first word matches, and :func:`_token_matches` has
    three kinds of pattern, each of which a word can look up directly: a prefix
    (``Kreml*``: every prefix of the word), an acronym (``EU``: the word, or the word
    less a final "s") and a word (casefolded, with or without a final "s"). The lookup
    returns a superset of the names whose first word matches, in the gazetteer's order;
    :meth:`Gazetteer._name_at` then checks each in full exactly as before.
    """

    def __init__(self, names: tuple[tuple[tuple[str, ...], Entry], ...]) -> None:
        self.prefix: dict[str, list[int]] = {}
        self.acronym: dict[str, list[int]] = {}
        self.word: dict[str, list[int]] = {}
        for position, (pattern, _) in enumerate(names):
            first = pattern[0]
            if first.endswith("*"):
                table, key = self.prefix, first[:-1].casefold()
            elif len(first) > 1 and first.isupper():
                table, key = self.acronym, first
            else:
                table, key = self.word, first.casefold()
            table.setdefault(key, []).append(position)

    def candidates(self, word: str) -> list[int]:
        folded = word.casefold()
        keys = [
            (self.acronym, word),
            (self.acronym, word[:-1] if word.endswith("s") else None),
            (self.word, folded),
            (self.word, folded[:-1] if folded.endswith("s") else None),
            *((self.prefix, key) for key in _prefixes(folded)),
        ]
        found: set[int] = set()
        for table, key in keys:
            if key is not None:
                found.update(table.get(key, ()))
        return sorted(found)


class _Starts:
    """Strings looked up by every prefix of a word, first in the original order wins."""

    def __init__(self, items: tuple[tuple[str, Entry], ...]) -> None:
        self.items = items
        self.positions: dict[str, list[int]] = {}
        for position, (text, _) in enumerate(items):
            self.positions.setdefault(text, []).append(position)

    def starting(self, folded: str) -> list[int]:
        """Positions of the items ``folded`` starts with, in order."""
        return sorted(p for key in _prefixes(folded) for p in self.positions.get(key, ()))


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

    @functools.cached_property
    def _first_words(self) -> _FirstWords:
        return _FirstWords(self.names)

    @functools.cached_property
    def _stem_index(self) -> _Starts:
        return _Starts(self.stems)

    @functools.cached_property
    def _adjective_index(self) -> _Starts:
        return _Starts(self.adjectives)

    @functools.cached_property
    def _role_index(self) -> _WordList:
        return _WordList(self.roles)

    @functools.cached_property
    def _loaded_index(self) -> _WordList:
        return _WordList(self.loaded)

    def find(self, text: str) -> list[Mention]:
        """Every mention of a known actor in ``text``, longest names first, in order."""
        found = words(text)
        mentions: list[Mention] = []
        i = 0
        while i < len(found):
            hit = self._name_at(found, i)
            if hit is not None:
                entry, length, is_name = hit
                start, end = found[i].start, found[i + length - 1].end
                is_name = is_name and found[i].text[0].isupper()
                mentions.append(Mention(entry, text[start:end], start, end, is_name))
                i += length
                continue
            adjective = self._adjective(found[i].text)
            if adjective is not None:
                w = found[i]
                mentions.append(Mention(adjective, w.text, w.start, w.end, False))
            i += 1
        return mentions

    def _name_at(self, found: list[_Word], i: int) -> tuple[Entry, int, bool] | None:
        """The longest name starting at word ``i``; a multi-word name may end in its
        adjective ("North Korean"), which is reported as not a name."""
        best: tuple[Entry, int, bool] | None = None
        for position in self._first_words.candidates(found[i].text):
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

    def _adjective(self, word: str) -> Entry | None:
        folded = word.casefold()
        for position in self._stem_index.starting(folded):
            stem, entry = self.stems[position]
            if _ADJECTIVE_ENDINGS.match(folded[len(stem) :]):
                return entry
        for position in self._adjective_index.starting(folded):
            adjective, entry = self.adjectives[position]
            if folded[len(adjective) :] in _INFLECTIONS:
                return entry
        return None

    def is_role(self, word: str) -> bool:
        return self._role_index.holds(word)

    def is_loaded(self, word: str) -> bool:
        return any(self._loaded_index.holds(part) for part in re.split(r"-", word))


class _WordList:
    """Words (casefolded) and ``*suffix`` patterns, looked up rather than scanned."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        folded = [p.casefold() for p in patterns]
        self.words = frozenset(p for p in folded if not p.startswith("*"))
        self.suffixes = frozenset(p[1:] for p in folded if p.startswith("*"))

    def holds(self, word: str) -> bool:
        folded = word.casefold()
        if folded in self.words:
            return True
        return any(folded[k:] in self.suffixes for k in range(len(folded) + 1))


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
            if adjective and " " not in adjective and len(adjective) >= 4:
                names.setdefault("lang:" + territory, []).append(adjective.casefold())
    return entries, names


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer built from Babel and the shipped data file, once per process."""
    text = resources.files("tui.draft").joinpath("data/actors.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
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
    for raw in data["actors"]:
        if "territory" in raw:
            entry = entries[raw["territory"]]
        else:
            entry = Entry(raw["id"], raw["name"], raw["kind"])
        for name in raw["names"]:
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
    return Gazetteer(tuple(names), tuple(stems), tuple(adjectives), anonymous, roles, loaded)
