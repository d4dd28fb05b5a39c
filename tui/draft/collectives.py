"""Unnamed collectives of people as the subject of a statement: actors of kind group.

The corpus conventions (round eleven) make "Kunden", "Eltern", "staff" or "residents" an
actor when the text makes them the subject of a statement ("Viele Kunden beschwerten
sich", "Rund 200 Beschäftigte verlieren ihre Stelle", "Commuters face delays") and no
actor when it only names them in passing ("Angebote für Kunden", "advice for parents").
The words are a closed class of everyday nouns for the people a story is about
(``data/collectives.yaml``); the position decides: the word opens its clause, with at
most a determiner or a count before it, and a verb follows.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

__all__ = ["PEOPLE_OF_A_PLACE", "collective_base", "collective_subject", "subject_position"]


@functools.cache
def _words(language: str) -> frozenset[str]:
    text = resources.files("tui.draft").joinpath("data/collectives.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return frozenset(str(w).casefold() for w in data.get(language, ()))


_OPENING = {
    "de": re.compile(
        r"(?:\A\W*|[,;:]\s+|\b(?:und|aber|doch|dass|weil|wenn|sagte|sagten|ob|warum|weshalb"
        r"|nachdem|bevor|obwohl|denn)\s+"
        r"|(?:\A\W*|[,;]\s+|\b(?:[Ee]rst|[Nn]och|[Ss]chon|[Gg]erade)\s+)[Aa]ls\s+)"
        r"(?:(?:Die|die|Viele|viele|Einige|einige|Manche|manche|Zahlreiche|zahlreiche|Alle|alle"
        r"|Mehrere|mehrere|Beide|beide"
        r"|Tausende|Hunderte|Dutzende|Rund|rund|Etwa|etwa|Fast|fast|Mehr\s+als|mehr\s+als"
        r"|Knapp|knapp|Gut|gut)\s+)?(?:[\d.,]+\s+)?(?:[a-zäöüß]+e[nrs]?\s+)?\Z"
    ),
    "en": re.compile(
        r"(?:\A\W*|[,;:]\s+|\b(?:and|but|that|said|says|say|while|as|because|when|if"
        r"|after|before|since|although|though|why|whether|once|until)\s+)"
        r"(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+of\s+)?"
        r"(?:(?:The|the|His|his|Her|her|Their|their|Its|its|[A-Z][\w-]*['\u2019]s)\s+)?"
        r"(?:(?:Many|many|Some|some|Most|most|All|all|Thousands\s+of|thousands\s+of"
        r"|Hundreds\s+of|hundreds\s+of|Dozens\s+of|dozens\s+of|About|about|Around|around"
        r"|More\s+than|more\s+than|Nearly|nearly|Several|several|Few|few)\s+)?"
        r"(?:[\d.,]+\s+)?(?:(?!(?:so|then|thus|also|now|still|often|even|only)\s)[a-z]+\s+)?\Z"
    ),
}
"""What may stand before the word as it opens a clause: a conjunction that opens a side
clause ("warum die Fraktionen …", "because thieves had"), a determiner or an owner ("His
attorneys have", "some of Smith's tenants"; not "our members", the speaker's own, nor a
German "ihre", as often "her" as "their"), a quantity, a count and one lowercase
adjective ("Viele ältere Kunden", "Many local residents"; an adverb such as "so" or
"then" describes no group); an article
or a preposition of its own ("für Kunden", "for parents") is no opening."""

_VERB_AFTER = {
    "de": re.compile(
        r"\s+(?:(?:in|im|aus|der|des|von|vom|mit|am)\s+[\w-]+\s+)?"
        r"(?!(?:in|im|aus|von|vom|mit|am|an|auf|für|bei|beim|zum|zur|nach|über|unter|vor|ohne)"
        r"\s+(?:(?:de[mnrs]|die|das)\s+)?[\w-]+\s*(?:[.,;:!?]|\Z))[a-zäöüß]"
    ),
    "en": re.compile(
        r"\s+(?:(?:in|at|of|on|from|across)\s+(?:the\s+)?[\w-]+\s+)?"
        r"(?!(?:of|in|at|for|to|and|or|the|a|an|with|who|whose|which|that|from|on|by|as|than"
        r"|like|into|over|under|about|after|before)\b)[a-z]+\b"
    ),
}
"""A verb right after the word (or after a short place or owner: "Kunden in Bayern
zahlen", "residents of the town say"): a lowercase word, which after a plural opening
its clause is its verb, unless it is a preposition, an article, a conjunction or a
relative pronoun ("parents of", "customers who"), or a German place that ends the
clause ("für Parks und Vereine im Ortsteil."; "Eltern vor dem Rathaus protestierten"
still has its verb)."""


_RELATIVE_AFTER = {
    "de": re.compile(r",\s+(?:die|denen|deren)\s"),
    "en": re.compile(r",?\s+(?:who|whose)\s"),
}
"""A relative clause right after the word ("Fahrgäste, die eine Reise gebucht haben,
können …", "Residents who live nearby say"): the word still opens its clause as subject."""
_ANYONE = frozenset({"people", "menschen", "leute"})
_BARE_OPENING = re.compile(
    r"(?:\A\W*|[;:]\s+)(?:(?:Insbesondere|Vor\s+allem|Besonders|Especially|Particularly)\s+)?"
    r"(?:(?:Die|die|Viele|viele|Einige|einige|Manche|manche|The|the|Many|many|Some|some|Most"
    r"|most)\s+)?\Z"
)
"""The opening of a sentence, with at most a word that singles them out and a
determiner, before a collective that a relative clause follows ("Kunden, die …",
"Vor allem Eltern, die …", "Residents who …"; not "for people who")."""
_INVERTED = re.compile(
    r"\b(?P<verb>[a-zäöüß]+)\s+(?:die|viele|einige|manche|zahlreiche|alle|rund|etwa|knapp"
    r"|mehrere)\s+(?:[\d.,]+\s+)?(?:[a-zäöüß]+e[nrs]?\s+)?\Z"
)
"""A German subject after the finite verb ("Im Bereich sind die Beschäftigten …
aufgerufen", "Am meisten verloren die Hoteliers"): verb second, subject third."""


def collective_subject(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether the word at ``sentence[start:end]`` is a collective of people that is
    the subject of its clause."""
    lang = "de" if language == "de" else "en"
    word = sentence[start:end]
    folded = word.casefold()
    counted = lang == "de" and _counted_people(sentence, start, word)
    known = (
        folded in _words(lang)
        or (lang == "de" and folded.removesuffix("n") in _words(lang))
        or counted
        or (lang == "de" and word[:1].isupper() and _listed_compound(folded))
    )
    if not known or (lang == "de" and not word[:1].isupper()):
        return False  # German "versicherte Summe": an adjective, no people; "Beschäftigten"
    if lang == "de" and _dative_plural(word):
        return False  # "den Läufern und Zuschauern": whom it is for, no subject
    if (
        folded in _ANYONE
        and _inside_quotation(sentence, start)
        and PEOPLE_OF_A_PLACE.match(sentence, end) is None
    ):
        return False  # '"People are being asked to save water," she said': anyone, in her words
    return subject_position(sentence, start, end, lang, counted=counted)


@functools.cache
def _compound_tails() -> tuple[str, ...]:
    return tuple(w for w in _words("de") if len(w) >= 6)


def _listed_compound(folded: str) -> bool:
    """Whether a German word is a compound whose last part is a listed collective of six
    letters or more ("Viertelbewohner", "Bahnkunden", "Saisonkräfte" by "Pflegekräfte"'s
    head): the first part says which of them, the word still names people. A first part
    of four letters at least: "Ver-" makes a word of its own ("Vermieter")."""
    if len(folded) < 9:
        return False
    if folded.endswith("kräfte"):
        return len(folded) > len("kräfte") + 2
    bare = folded.removesuffix("n")
    return any(
        (folded.endswith(tail) and len(folded) - len(tail) >= 4)
        or (bare.endswith(tail) and len(bare) - len(tail) >= 4)
        for tail in _compound_tails()
    )


def subject_position(
    sentence: str, start: int, end: int, language: str, *, counted: bool = False
) -> bool:
    """Whether the plural at ``sentence[start:end]`` stands where its clause's subject
    stands: it opens the clause (perhaps after a determiner, an owner or a count) and a
    verb follows, or a German finite verb comes first. The caller knows the word names
    people (a listed collective, or an English plural of an office: "His attorneys
    have", "so lawyers say")."""
    lang = "de" if language == "de" else "en"
    folded = sentence[start:end].casefold()
    if lang == "de" and _inverted_subject(sentence, start):
        return True
    if counted and _inverted_count(sentence, start):
        return True  # "Für den Entwurf stimmten 399 Abgeordnete": verb, count, subject
    if _RELATIVE_AFTER[lang].match(sentence, end) is not None:
        if folded in _ANYONE:
            return False  # "People who walk more live longer": anyone, a generic statement
        return _BARE_OPENING.search(sentence, 0, start) is not None
    if _OPENING[lang].search(sentence, 0, start) is None:
        return False
    return _VERB_AFTER[lang].match(sentence, end) is not None


PEOPLE_OF_A_PLACE = re.compile(r"\s+(?:in|from|aus|in\s+der|im)\s+[A-ZÄÖÜ][\w-]+")
"""The place after "people" that makes them a group of their own ("People in Otley",
"Menschen in Gaza"), the group's name with it."""
_QUOTE_MARKS = frozenset('"\u201e\u201c\u201d\u00ab\u00bb')


def _inside_quotation(sentence: str, start: int) -> bool:
    """Whether ``start`` lies inside a quotation: an odd number of quotation marks before
    it (German „…“, English “…”, «…» and straight marks all come in pairs)."""
    return sum(1 for c in sentence[:start] if c in _QUOTE_MARKS) % 2 == 1


_COUNT_BEFORE = re.compile(
    r"(?:(?<![\w.,])\d[\d.,]*|(?<![\w-])(?:[Mm]ehrere|[Vv]iele|[Ee]inige|[Zz]ahlreiche|[Ee]tliche"
    r"|[Ww]enige|[Mm]anche|Tausende|Hunderte|Dutzende))\s+\Z"
)


def _counted_people(sentence: str, start: int, word: str) -> bool:
    """Whether a German adjective or participle used as a noun, after a count or a
    quantifier, is a plural of people ("81 Abgeordnete", "mehrere Angehörige", "viele
    Erkrankte"): the tagger tells such a noun; the strong plural ends in "-e"."""
    from tui.draft.nouns import is_nominalised_adjective

    return (
        word.endswith("e")
        and _COUNT_BEFORE.search(sentence, 0, start) is not None
        and is_nominalised_adjective(word)
    )


def _dative_plural(word: str) -> bool:
    """Whether a German collective's word is the dative plural of a listed noun: the "-n"
    a noun's plural takes only in the dative ("Zuschauern", "Wählern", "Gästen"), which no
    subject has. The weak "-n" of an adjective used as a noun ("die Beschäftigten") is
    no dative."""
    from tui.draft.nouns import is_nominalised_adjective

    folded = word.casefold()
    if folded in _words("de") or not folded.endswith("n"):
        return False
    base = folded[:-1]
    if base not in _words("de"):
        return False
    return base.endswith(("er", "el")) or not is_nominalised_adjective(word[:-1])


def collective_base(word: str, language: str) -> str:
    """The listed form of a collective's word ("Beschäftigten" -> "Beschäftigte"): a
    German weak plural after its article loses the "-n" the list does not have."""
    folded = word.casefold()
    if language == "de" and folded not in _words("de") and folded.removesuffix("n") in _words("de"):
        return word[:-1]
    return word


_VERB_AND_COUNT = re.compile(r"\b(?P<verb>[a-zäöüß]+)\s+[\d.,]*\d\s+\Z")


def _inverted_count(sentence: str, start: int) -> bool:
    """Whether a counted German plural follows its clause's finite verb with only the count
    between ("stimmten 399 Abgeordnete")."""
    from tui.draft.nouns import is_finite_verb

    inverted = _VERB_AND_COUNT.search(sentence, 0, start)
    return inverted is not None and is_finite_verb(inverted.group("verb"))


def _inverted_subject(sentence: str, start: int) -> bool:
    """Whether the German word at ``start`` follows its clause's finite verb with only a
    determiner or a count between (see ``_INVERTED``)."""
    from tui.draft.nouns import is_finite_verb

    inverted = _INVERTED.search(sentence, 0, start)
    return inverted is not None and is_finite_verb(inverted.group("verb"))
