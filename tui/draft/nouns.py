"""Common nouns, proper names and reported-speech verbs in German, from HanTa's German model.

German capitalises every noun, so "Süden Bayerns", "Hunderte Feuerwehrleute" or
"Millionen Franken Bargeld" look like names to a rule that only sees capitals. HanTa
(the Hanover Tagger, on PyPI with its German model inside the package: no download at
run time) analyses a word into lemma and STTS tag: ``NN`` for a common noun, ``NE`` for
a proper name. A run whose first word is a common noun, or that ends in one without
starting with a name, is not a person. Each word is analysed once per process; the
model (about a third of a second to load) is loaded only when a German text is drafted.
"""

from __future__ import annotations

import contextvars
import functools
import re
from typing import Any

from tui.taggers import english_tagger, german_tagger

__all__ = [
    "is_adjective",
    "is_common_noun",
    "is_english_common_word",
    "is_english_function_word",
    "is_english_name",
    "is_english_plural_noun",
    "is_function_word",
    "is_known_common_noun",
    "is_nominalised_adjective",
    "is_proper_name",
    "is_subjunctive_one",
]

_INFLECTIONS = frozenset({"e", "en", "n", "s", "es", "er", "ern", "se", "sen", "nen", "ns"})


def _tagger() -> Any:
    return german_tagger()


@functools.lru_cache(maxsize=65536)
def _tag(word: str) -> str:
    try:
        result = _tagger().analyze(word)
    except Exception:  # the tagger fails on odd tokens; a word it cannot read is unknown
        return ""
    return str(result[1]) if isinstance(result, tuple) and len(result) > 1 else ""


@functools.lru_cache(maxsize=65536)
def _morphemes(word: str) -> tuple[tuple[str, str], ...]:
    try:
        result = _tagger().analyze(word, taglevel=3)
    except Exception:  # as in _tag
        return ()
    if not isinstance(result, tuple) or len(result) < 2 or not isinstance(result[1], list):
        return ()
    return tuple((str(m), str(t)) for m, t in result[1])


def is_known_common_noun(word: str) -> bool:
    """A common noun the model knows as one word, perhaps inflected ("Süden", "Jahren",
    "Hunderte"); not a guess pieced together from parts, as the model does for a name
    it has never seen ("Annalena" -> "annalen" + "a")."""
    tag = _tag(word)
    if not tag.startswith("NN"):
        return False
    parts = _morphemes(word)
    if not parts:
        return False
    for morph, part in parts:
        if part.startswith("NN") or part == "FUGE" or (part == "ADJ" and tag == "NNA"):
            continue
        if part in ("SUF_NN", "SUF_ADJ") and morph in _INFLECTIONS:
            continue
        return False  # a piece the model guessed ("annalen" + "a"): perhaps a name
    return True


def is_inflected_common_noun(word: str) -> bool:
    """A common noun with a plural ending the model knows ("Probleme", "Millionen"),
    which a surname never takes ("Fuchs", "Bauer" stay whole). The
    stem must be one the model knows whole, as one piece, and of five letters or more: it guesses a
    stem for names ending in "-e" ("Lagarde", "Korte"), and short ones ("Heer") are
    surnames too. A word with a letter German never writes ("Sørensen", "Wiśniewski")
    is a foreign name, whatever ending the model reads in it."""
    if _FOREIGN_LETTER.search(word):
        return False
    lemma, tag = _analysis(word)
    if not tag.startswith("NN") or lemma == word or len(lemma) < 5:
        return False
    if _morphemes(lemma) != ((lemma.casefold(), "NN"),):
        return False  # a stem the model pieces together ("Klosterhalf" + "e"): a name
    parts = _morphemes(word)
    return bool(parts) and parts[-1][1] == "SUF_NN" and parts[-1][0] in _PLURAL_ENDINGS


_FOREIGN_LETTER = re.compile(r"[^\W\da-zA-ZäöüÄÖÜßéèêàâçôîûÉ_'\u2019-]")
"""A letter outside German spelling and its French loanwords ("ø", "ś", "ł", "ă")."""

_PLURAL_ENDINGS = frozenset({"e", "en", "n", "nen"})
"""Plural endings no surname is read with: "-er" and "-s" are left out, since the model
reads many surnames so ("Rehlinger" as "Rehling" + "er", "Peters" as "Peter" + "s")."""


def is_simple_common_noun(word: str) -> bool:
    """A common noun the model knows as one piece ("Geld", "Haus"), not a compound it
    builds from parts as it does for place names ("Wiessee" -> "wies" + "see")."""
    return _tag(word).startswith("NN") and _morphemes(word) == ((word.casefold(), "NN"),)


def is_nominalised_adjective(word: str) -> bool:
    """True for a German adjective or participle used as a noun ("Abgeordnete",
    "Angehörige", "Erkrankte", "Forschende"), which names people by what they are or do."""
    return _tag(word) == "NNA"


def is_adverb(word: str) -> bool:
    """True for a German adverb ("Erstmals", "Inzwischen", "Bisher"), which opens a
    sentence capitalised and names nobody."""
    return _tag(word) in ("ADV", "PROAV")


def is_common_noun(word: str) -> bool:
    """True for a German common noun ("Süden", "Reihe", "Haft"), not for a name."""
    return _tag(word).startswith("NN")


def is_adjective(word: str) -> bool:
    """True for an attributive adjective ("ukrainische", "zuständige"), not for a
    pronoun that ends like one ("allem", "jeder")."""
    return _tag(word).startswith("ADJ(A")


def is_proper_name(word: str) -> bool:
    """True for a word the model knows as a proper name ("Putin", "Wladimir")."""
    return _tag(word) == "NE"


def compound_parts(word: str) -> list[str]:
    """The nouns a German compound is made of, as the tagger splits it ("Handelskammer"
    -> ["handel", "kammer"]); the word itself when it is no known compound."""
    parts = [m for m, tag in _morphemes(word) if tag.startswith("NN")]
    return parts or [word.strip("-").casefold()]


def is_finite_verb(word: str) -> bool:
    """A German finite verb ("sieht", "hat", "will"), or a plural form the model reads
    as an infinitive out of context ("sehen"), which after a subject is finite too."""
    tag = _tag(word)
    return tag.endswith("(FIN)") or (tag == "VV(INF)" and word.endswith("en"))


def genitive_lemma(word: str) -> str | None:
    """The nominative of a German noun in the genitive singular ("Wirtschaftsministeriums"
    -> "Wirtschaftsministerium", "Landesamtes" -> "Landesamt"), or None when the word is
    no such form: the model's lemma must be the word less its "-s" or "-es"."""
    if not word.endswith("s") or len(word) < 5:
        return None
    if "-" in word:  # "Ifo-Instituts": the last part decides, the rest is a name
        head, _, last = word.rpartition("-")
        base = genitive_lemma(last) if last[:1].isupper() else None
        return f"{head}-{base}" if base is not None else None
    lemma, tag = _analysis(word)
    if lemma not in (word[:-1], word[:-2]):
        return None
    # a long compound the model takes for a name ("Bundesverteidigungsministeriums"):
    # no surname is so long, so it is a noun in the genitive all the same
    if not tag.startswith("NN") and not (tag == "NE" and len(lemma) >= 12):
        return None
    return lemma


@functools.lru_cache(maxsize=65536)
def _analysis(word: str) -> tuple[str, str]:
    try:
        result = _tagger().analyze(word)
    except Exception:  # as in _tag
        return "", ""
    if not isinstance(result, tuple) or len(result) < 2:
        return "", ""
    return str(result[0]), str(result[1])


def is_subjunctive_one(word: str) -> bool:
    """A finite verb in the Konjunktiv I form of reported speech ("ergebe", "abhänge",
    "handele"): the verb's stem and "-e", not its past ("richtete") nor a noun. The
    lexicon lists the commonest forms ("sei", "habe"); this finds the rest."""
    if not word.islower() or not word.endswith("e") or len(word) < 4:
        return False
    lemma, tag = _analysis(word)
    if not (tag.startswith(("VV", "VM", "VA")) and tag.endswith("(FIN)")):
        return False
    if lemma.endswith(("eln", "ern")):
        stem = lemma[:-1]
    elif lemma.endswith("en"):
        stem = lemma[:-2]
    else:
        stem = lemma[:-1]
    return word == stem + "e" or word == lemma[:-1]


def _english_tagger() -> Any:
    return english_tagger()


_EN_WORD_TAGS = ("NN1", "NN2", "AJ0", "AJS", "AJC")
_EN_WHOLE_PARTS = frozenset({"NN", "NN_VAR", "AJ", "AJ_VAR", "NNpt"})


@functools.lru_cache(maxsize=65536)
def is_english_common_word(word: str) -> bool:
    """A capitalised English word that HanTa's English model knows whole as a common noun
    or adjective even when capitalised ("Healthy", "Survey", "Tribes", "Road"), not as a
    name ("Baker", "Rice" and "King" come back as proper names). Words it pieces together
    from parts ("Wigman" -> "wig" + "man") are left as possible names."""
    analysis = _english_parts(word)
    if analysis is None or analysis[0] not in _EN_WORD_TAGS:
        return False
    parts = analysis[1]
    if not parts or parts[0][1] not in _EN_WHOLE_PARTS:
        return _people_compound(word)
    if all(t.startswith("SUF_NN_S") or t.startswith("SUF_AJ") for _, t in parts[1:]):
        return True
    return _people_compound(word)


def is_english_plural_noun(word: str) -> bool:
    """A capitalised English plural common noun known whole ("Constituencies", "Goods")
    or a closed compound ending in one for people ("Dockworkers", "Shipbuilders")."""
    if not is_english_common_word(word):
        return False
    if _people_compound(word):
        return True
    result = _english_tagger().analyze(word)
    return isinstance(result, tuple) and len(result) > 1 and str(result[1]) == "NN2"


_AGENT_PLURAL = ("ers", "ors", "ists")
_KIN_PLURALS = frozenset("brothers sisters mothers fathers daughters".split())


def _people_compound(word: str) -> bool:
    """Whether ``word`` is a closed English compound of a known word and a known plural
    for people by what they do ("Dockworkers", "Shipbuilders", "Steelworkers"): the
    tagger, which knows neither whole, would leave it a possible name."""
    if len(word) < 9 or not word.endswith(_AGENT_PLURAL) or not word[:1].isupper():
        return False
    for cut in range(4, len(word) - 5):
        head, tail = word[:cut], word[cut:]
        if len(tail) < 7 or tail in _KIN_PLURALS:
            continue  # "Winch-esters", "Fair-brothers": a surname, no trade
        tail_word = tail.capitalize()
        result = _english_tagger().analyze(tail_word)
        if not (isinstance(result, tuple) and len(result) > 1 and str(result[1]) == "NN2"):
            continue
        if _known_whole(tail_word) and _known_whole(head):
            return True
    return False


def _known_whole(word: str) -> bool:
    """A capitalised word the English model knows whole as a common noun or adjective."""
    analysis = _english_parts(word)
    if analysis is None:
        return False
    tag, parts = analysis
    return tag in _EN_WORD_TAGS and len(parts) >= 1 and parts[0][1] in _EN_WHOLE_PARTS


def _english_parts(word: str) -> tuple[str, list[tuple[str, str]]] | None:
    """HanTa's English tag of ``word`` and its morphemes with their tags, or None when
    the model cannot read it."""
    try:
        result = _english_tagger().analyze(word, taglevel=3)
    except Exception:  # as in _tag
        return None
    if not isinstance(result, tuple) or len(result) < 3 or not isinstance(result[1], list):
        return None
    return str(result[2]), [(str(m), str(t)) for m, t in result[1]]


def is_english_singular_noun(word: str) -> bool:
    """A capitalised English singular common noun known whole ("Council", "Union"), not
    an adjective ("Local"): a noun before a plural says whose people they are."""
    if not is_english_common_word(word):
        return False
    result = _english_tagger().analyze(word)
    return isinstance(result, tuple) and len(result) > 1 and str(result[1]) == "NN1"


@functools.lru_cache(maxsize=65536)
def is_english_name(word: str) -> bool:
    """A capitalised word HanTa's English model reads as a proper name ("Donald", "Goa")."""
    try:
        result = _english_tagger().analyze(word)
    except Exception:  # as in _tag
        return False
    return isinstance(result, tuple) and len(result) > 1 and str(result[1]) == "NP0"


_FUNCTION_TAGS = ("ADV", "ADJ(D)", "PROAV", "KON", "KOUS", "APPR", "PTK")
"""German tags of words that start a clause but no name: adverbs ("Zuvor", "Später" as an
adverbial adjective), pronominal adverbs ("Damit"), conjunctions and prepositions."""


def is_function_word(word: str) -> bool:
    """A capitalised German word the model reads as an adverb, conjunction or preposition
    ("Später sagte X", "Zuvor hatte X"): it opens the sentence, it is no name."""
    return _tag(word).startswith(_FUNCTION_TAGS)


_EN_FUNCTION_TAGS = frozenset({"AV0", "PRP", "CJC", "CJS", "CJT", "DT0", "AT0", "AVP"})


@functools.lru_cache(maxsize=65536)
def is_english_function_word(word: str) -> bool:
    """A capitalised English word the model reads as an adverb, preposition, conjunction
    or determiner ("Later", "Meanwhile", "Despite"): it opens a sentence, it is no name.
    Surnames that are also words come back as names ("Best", "Rice")."""
    try:
        result = _english_tagger().analyze(word)
    except Exception:  # as in _tag
        return False
    return isinstance(result, tuple) and len(result) > 1 and str(result[1]) in _EN_FUNCTION_TAGS


TEXT_LANGUAGE: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "draft_text_language", default=None
)
"""The language of the article being drafted, set by the drafter for the draft's run:
English plurals are asked of English text only, so a German draft never loads the
English model for them."""

_EN_PEOPLE_ENDINGS = ("ist", "ian")
"""Endings of English nouns for a person by field or place ("cyclist", "pedestrian",
"politician"): their plurals are people."""


def english_plural_lemma(word: str) -> str | None:
    """The singular of a regular English plural common noun (:func:`_plural_lemma`); None
    in a German draft (:data:`TEXT_LANGUAGE`) and for a word that does not end in -s, both
    asked before the taggers, which cost far more."""
    language = TEXT_LANGUAGE.get()
    if not word.endswith("s") or language == "de":
        return None
    return _plural_lemma(word, german_genitive_possible=language != "en")


@functools.lru_cache(maxsize=65536)
def _plural_lemma(word: str, *, german_genitive_possible: bool = True) -> str | None:
    """The singular of a regular English plural common noun the model knows ("surgeons"
    -> "surgeon", "families" -> "family"), or None for any other word. A capitalised
    word the German model reads as a common noun ("Managers", "Stürmers": a German
    genitive) is left out unless the text is known to be English, as are words with
    letters English does not use."""
    if not word.isascii() or not word.isalpha() or len(word) < 5 or not word[1:].islower():
        return None
    if german_genitive_possible and word[0].isupper() and is_common_noun(word):
        return None  # not asked of English text: the German model would load for it
    try:
        result = _english_tagger().analyze(word.casefold())
    except Exception:  # as in _tag
        return None
    if not isinstance(result, tuple) or len(result) < 2 or str(result[1]) != "NN2":
        return None
    lemma, folded = str(result[0]), word.casefold()
    if folded not in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return None
    return lemma


def is_english_people_plural(word: str) -> bool:
    """An English plural of a noun for a person by its ending ("cyclists", "historians")."""
    lemma = english_plural_lemma(word)
    return lemma is not None and len(lemma) >= 6 and lemma.endswith(_EN_PEOPLE_ENDINGS)
