"""Whether a country is named as a state that acts, or only as a place or an adjective.

The corpus conventions (round eleven) make a country an actor when it acts, speaks or is
acted on as a state ("Polen blockiert", "sanctions on Russia", "die polnische Regierung")
and no actor when it only says where something happens or what a thing is ("in
Frankreich", "flights from Spain", "französische Weine", "Dutch ports"). A draft keeps a
state when one of its mentions is of the first sort, or when something is said on its
word; the words before and after a mention decide, so the test is the same in German and
English and needs no list of countries.
"""

from __future__ import annotations

import re

from tui.draft.gazetteer import RULERS
from tui.draft.nouns import is_common_noun

__all__ = ["acts_as_state", "genitive_of_a_thing"]

_PLACE_PREPOSITION = re.compile(
    r"(?:^|(?P<owner>\w+)?[\s(\"„“'])"
    r"(?:in|im|ins|aus|nach|außer|into|from|to|off|near|within|across|throughout|inside|outside"
    r"|quer\s+durch)"
    r"(?:\s+(?:der|die|den|dem|das|the))?"
    r"(?:\s+(?:ganz|all|great|greater|northern|southern|eastern|western|central|north|south"
    r"|east|west"
    r"|nördlichen?|südlichen?|östlichen?|westlichen?))?"
    r"(?:\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?(?:,|\s+und|\s+and|\s+or|\s+oder))*"
    r"\s+\Z",
    re.IGNORECASE,
)
"""A preposition of place or direction right before the name, or before a place and
"and" before it: "in Frankreich", "aus Polen", "in the Netherlands", "flights to Spain",
"in England and Wales", "in Rom, Paris und Wien" is a place; "gegen",
"mit", "between" and "against" keep a state (it is acted on or deals with another)."""

_RULERS_BEFORE = (RULERS - {"parliament", "parlament"}) | {
    "regierungskreisen",
    "minister",
    "ministerin",
    "ministers",
    "diplomaten",
    "diplomats",
}
"""Words before "in" that make the country the state: "die Regierung in Moskau",
"ministers in the UK", "officials in Washington" are the state's people (the
gazetteer's rulers, with ministers and diplomats; a parliament is a body of its own)."""

_GOVERNING_AFTER = re.compile(
    r"\s+(?:Regierung|Bundesregierung|Staatsführung|Führung|Behörden|Staat|Armee|Streitkräfte"
    r"|government|authorities|administration|state|army|forces|military)\b",
    re.IGNORECASE,
)
"""The words after a country's adjective that make it the state: "die polnische
Regierung", "the French government", "Russian forces"."""


_COMPOUND_PART = re.compile(r"-(?P<rest>[A-Za-zÄÖÜäöüß]+)")
"""A hyphen joining the name to the noun it qualifies ("Frankreich-Urlaub", "Polen-Reise",
"Japan-based"): the first part of a compound, a place or an adjective, no state, unless
the rest is who governs or fights for it ("US-Regierung", "Russland-Sanktionen")."""
_STATE_PARTS = re.compile(
    r"regierung|präsident|minister|kanzler|armee|militär|truppe|streitkr|behörde|botschaft"
    r"|sanktion|geheimdienst|government|president|minister|army|military|troops|forces"
    r"|embassy|sanctions|led\Z|backed\Z",
    re.IGNORECASE,
)


def _qualified_noun(rest: str) -> bool:
    """Whether the part after a country's hyphen is a thing the country qualifies
    ("-Urlaub", "-based"), not another name ("US-China") or who governs it."""
    if _STATE_PARTS.search(rest):
        return False
    return rest[:1].islower() or is_common_noun(rest)


_RANKED_AFTER = re.compile(
    r"(?:'s|\N{RIGHT SINGLE QUOTATION MARK}s)\s+(?:(?:second|third)-)?(?:most|least|best|worst"
    r"|first|only|leading|top|biggest|largest|busiest|oldest|newest|highest|lowest|longest"
    r"|richest|poorest|greatest|smallest|fastest|strongest|deepest|tallest)\b"
)
"""A possessive before a superlative ("Britain's biggest port", "England's most popular
festival", "Norway's only airline"): the country is the field the thing is ranked in,
a place, not the state acting."""


_CITY_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:Hauptstadt|Stadt|Metropole|Botschaft|Vertretung|capital|city\s+of)\s+\Z",
    re.IGNORECASE,
)
"""A noun that makes the capital after it a town ("die ukrainische Hauptstadt Kiew", "the
city of Lyon") or the seat of a mission ("die Botschaft Neu-Delhi"): a place."""

_LISTED_PLACE = r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?"
_LONG_LIST = re.compile(
    rf"{_LISTED_PLACE}(?:,\s+{_LISTED_PLACE}){{2,}}(?:,?\s+(?:und|and|or|oder)\s+{_LISTED_PLACE})?"
)
"""Four or more capitalised names in a row, joined by commas ("Rom, Paris, Wien und
Prag"): a list of cities is a tour, a set of posts or venues, places."""


def _listed_city(sentence: str, start: int, end: int) -> bool:
    """Whether the city at ``sentence[start:end]`` is one of four or more names listed in a
    row: a place, whatever state it is the capital of (a country's own name is left)."""
    from tui.draft.gazetteer import gazetteer

    if sentence[start:end] not in gazetteer().cities:
        return False
    for found in _LONG_LIST.finditer(sentence, max(0, start - 200), min(len(sentence), end + 200)):
        if found.start() <= start and end <= found.end():
            return len(re.findall(r",|\s(?:und|and|or|oder)\s", found.group())) >= 3
    return False


_WHOLE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Gg]anz|all\s+of|the\s+whole\s+of"
    r"|(?:parts?|rest|much|most|areas?|regions?)\s+of(?:\s+the)?)\s+\Z"
)
"""Words that make the country after them its whole area or a part of it ("erfasst ganz
Deutschland", "rain across all of Ireland", "from different parts of the UK"), a place,
with no preposition needed."""
_NOUN_TAGS = frozenset({"NN0", "NN1", "NN2"})
_NOUN_AFTER = re.compile(r"\s+(?P<noun>[a-z]{3,})\b")


def _attributive(sentence: str, end: int) -> bool:
    """Whether an English country's name stands before a lowercase noun it qualifies
    ("the official UK data", "the US market"): a place or an adjective, as "French
    wines" is; not before who governs or fights for it ("UK ministers", "US troops") or
    people ("US regulators")."""
    from tui.draft.gazetteer import gazetteer
    from tui.taggers import english_tagger

    after = _NOUN_AFTER.match(sentence, end)
    if after is None:
        return False
    noun = after.group("noun")
    if _STATE_PARTS.search(noun) or noun in _RULERS_BEFORE or gazetteer().is_group(noun):
        return False
    found = english_tagger().analyze(noun)
    return isinstance(found, tuple) and len(found) > 1 and str(found[1]) in _NOUN_TAGS


_NOUN_BEFORE = re.compile(r"(?<![\w-])(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+\Z")


def genitive_of_a_thing(sentence: str, start: int, end: int) -> bool:
    """Whether a German genitive name follows a common noun it qualifies as a place ("vor
    der Küste Norwegens", "des größten Konzerns Europas"), not one who governs or speaks
    for it ("die Regierung Norwegens", "der Außenminister Russlands")."""
    if not sentence[start:end].endswith("s"):
        return False
    before = _NOUN_BEFORE.search(sentence, 0, start)
    if before is None or not sentence[: before.start()].strip():
        return False
    noun = before.group("noun")
    if _STATE_PARTS.search(noun) or noun.casefold() in _RULERS_BEFORE:
        return False
    from tui.draft.gazetteer import gazetteer

    places = gazetteer()
    if places.is_role(noun) or places.is_group(noun) or places.find(noun):
        return False
    return is_common_noun(noun)


def acts_as_state(sentence: str, start: int, end: int, *, adjective: bool) -> bool:
    """Whether the country named at ``sentence[start:end]`` is the state: a name not
    after a preposition of place (or owning what follows it), or an adjective before its
    government or forces; never the first part of a compound or a possessive before a
    superlative."""
    if adjective:
        return _GOVERNING_AFTER.match(sentence, end) is not None
    if not sentence[:start].strip() and sentence[end:].strip() in ("", ".", "-", ":"):
        return False  # "Berlin." alone before the text: the dateline, where it was written
    compound = _COMPOUND_PART.match(sentence, end)
    if compound is not None and _qualified_noun(compound.group("rest")):
        return False
    if _RANKED_AFTER.match(sentence, end):
        return False
    if _WHOLE_BEFORE.search(sentence, 0, start) or genitive_of_a_thing(sentence, start, end):
        return False
    if sentence[start:end].isupper() and _attributive(sentence, end):
        return False  # "the official UK data on inflation": the data's, no state acting
    if _CITY_NOUN_BEFORE.search(sentence, 0, start) or _listed_city(sentence, start, end):
        return False
    if sentence[end : end + 2] in ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"):
        return True  # "data from Norway's road authority": the preposition is the body's
    place = _PLACE_PREPOSITION.search(sentence, 0, start)
    if place is None:
        return True
    owner = place.group("owner")
    return owner is not None and owner.casefold() in _RULERS_BEFORE
