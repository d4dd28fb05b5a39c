"""Names of people: runs of capitalised words that are not places, offices or nouns.

German capitalises every noun, so a run of capitalised words is only a name candidate.
A run is cut at known actors (countries, organisations), leading function words and
offices or labels ("Diktator Kim Jong-un" -> role "Diktator", name "Kim Jong-un") are
taken off, and what is left counts as a person's name when it has two to four words
that do not look like German nouns (long compounds, -ung/-heit/-schaft endings) or an
adjective with a genitive noun ("Kalten Krieges").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.draft.attribution import SPEECH_VERB
from tui.draft.gazetteer import Gazetteer, Mention

__all__ = [
    "POST_NOMINALS",
    "PersonMention",
    "after_a_place_word",
    "find_people",
    "is_aged_name",
    "is_party_word",
]

_TOKEN = re.compile(r"[^\W\d_][\w'\u2019]*(?:-[\w'\u2019]+)*-?")
_PARTICLES = {"von", "van", "de", "da", "al", "bin", "zu", "el", "ibn"}
_FUNCTION_WORDS = frozenset(
    """der die das den dem des ein eine einer eines einem einen mit im in am an auf aus bei
    für nach von vor zu zum zur über unter und oder aber doch denn auch schon noch nun so
    wie wo wer was als laut dazu dafür damit dabei sein seine seiner ihr ihre dies diese
    dieser dieses jener es er sie wir man hinsichtlich sollte wenn ob dass trotz während
    the a an of in on at to for by with from and or but as after before when while this
    that these those his her its their our he she it they we mr mrs ms several many some
    most all both few other another each every any such etwas nichts alles viel wenig
    jemand niemand""".split()
)
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", "nis", "ment")
_EN_NOUN_ENDINGS = ("ship", "ships")
"""English nouns no surname ends in ("Premiership", "Championship", "Partnership")."""
_EN_PREFIXES = ("anti-", "non-", "pro-", "post-", "pre-", "counter-", "inter-", "multi-")
_MAX_WORD = 16
_POSSESSIVE = re.compile(r"['\u2019]s\Z")
_NOT_NAME_WORDS = frozenset(
    "Act Agreement Treaty Summit Conference Day War Cup Games Prize Award Index Report Plan"
    " Accord Forum Strait Sea Ocean River Island Islands Street Square Airport Station"
    " Ministry Department Office Agency Council Court Strip Republic Mediterranean Gulf Bay"
    " Valley Coast Peninsula Princess Operations Operation Road Avenue Lane Crescent Street"
    " Boulevard Terrace Academy School College University Hospital Survey Parliament"
    " Assembly Committee Commission Union Party Tax Taxes Laws Bills Tribes Radio Television"
    " TV News Stadium Arena Centre Center Theatre Theater Museum Cathedral Church Mosque"
    " Temple Palace Castle Prison Tower City County Province District Borough Bridge Canal"
    " Tunnel Reservoir Pier Harbour Harbor Motorway Highway Mall Plaza".split()
)
"""Words that name a place, a building or a venue ("Etihad Stadium", "Harwick City", "Tyne
Bridge"), a body, a law or an event, never part of a person's name."""
_NOT_LAST_NAME_WORDS = frozenset("Bill Law Way Close Drive Rules Code Scheme Programme".split())
"""Heads of a street, a law or a scheme that are also first names or surnames ("Bill
Gates", "Jude Law"): they end no person's name ("Goa Bill", "Wigman Way")."""
_SAINTS = frozenset({"St", "St.", "Saint", "Sankt", "Ste", "Sainte"})
"""Words that make a saint of the name after them: in the news a saint's name is that of a
school, a church, a hospital or a place ("St Anne's Primary"), not of anyone speaking."""


def _initial_surname(words: list[str], sentence: str, end: int) -> bool:
    """Whether the name ends in a surname cut to its initial and its dot ("Frank S.",
    "Maria K."): the dot belongs to the name."""
    return (
        len(words) >= 2
        and len(words[-1]) == 1
        and words[-1].isupper()
        and sentence[end : end + 1] == "."
    )


_TIME_OF_MONTH = frozenset("Anfang Mitte Ende Beginn Early Mid Late".split())
_MONTHS = frozenset(
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember"
    " January February March May June July October December".split()
)
"""A part of a month and the month ("Mitte Mai", "Ende März"): a time, never a name."""


_COMPASS_WORDS = frozenset("North South East West Central Nord Süd Ost West Mid".split())
"""Points of the compass, which together name a region ("the South East")."""


_JOINED_PARTICLES = {"von": {"der", "den", "dem"}, "van": {"der", "den"}, "de": {"la", "los"}}


def _single_name(word: str, language: str) -> bool:
    """A lone capitalised word after an office that is a name, not a noun."""
    if not word[:1].isupper() or len(word) < 2 or word.isupper():
        return False
    if language == "de":
        from tui.draft.nouns import is_common_noun

        return not is_common_noun(word)
    return word not in _NOT_NAME_WORDS


def _apposed_name(word: str, language: str) -> bool:
    """A word set between commas after an office: a name unless the tagger knows it as a
    common noun whole ("Hofreiter" is guessed from pieces, so it may be a name)."""
    if not word[:1].isupper() or len(word) < 2 or word.isupper():
        return False
    if language == "de":
        from tui.draft.nouns import is_known_common_noun

        return not is_known_common_noun(word)
    return word not in _NOT_NAME_WORDS


def _genitive_noun(word: str) -> bool:
    """A German common noun in the genitive ("Zentrums", "Vereins"), which no person's
    name has in its middle."""
    from tui.draft.nouns import genitive_lemma

    return word.endswith("s") and genitive_lemma(word) is not None


def _common_nouns(words: list[str]) -> bool:
    """A German run that starts with a common noun ("Süden Bayerns", "Typ Shahed"), or
    ends in one without starting with a known name ("Moskauer Angriffskrieg")."""
    from tui.draft.nouns import is_common_noun, is_known_common_noun, is_proper_name

    first = words[0].split("-")[0]
    if is_known_common_noun(first):
        return True
    if len(words) >= 3 and any(_genitive_noun(w) for w in words[1:-1]):
        return True  # "des Christlichen Zentrums Karlsruhe": a body's name in the genitive
    return (
        is_common_noun(words[-1])
        and not is_proper_name(first)
        and not any(is_proper_name(w) for w in words[1:])
    )


_SPEECH_BEFORE = re.compile(
    r"\b(?:sagte|sagt|erklärte|betonte|meinte|schrieb|warnte|kritisierte|ergänzte|so)\s+\Z"
)


def _named_after_speech(piece: list[re.Match[str]], sentence: str) -> bool:
    """ "sagte Friederike Otto": a German common noun after a verb of saying would take an
    article, so two words there that end in a name the tagger knows are a person, even when
    the first is also a noun."""
    from tui.draft.nouns import is_proper_name

    return (
        len(piece) == 2
        and _SPEECH_BEFORE.search(sentence, 0, piece[0].start()) is not None
        and is_proper_name(piece[-1].group())
    )


def _after_preposition(
    piece: list[re.Match[str]], language: str, places: Gazetteer
) -> list[re.Match[str]]:
    """ "Ein Gastbeitrag von Ursula Münch", "die Studie von Lena Vogt": after a German
    common noun that is no office, "von" is a preposition, not a name's particle, and the
    name starts after it."""
    if language != "de" or len(piece) < 4 or piece[1].group() not in _PARTICLES:
        return piece
    from tui.draft.nouns import is_known_common_noun

    first = piece[0].group()
    if places.is_role(first) or not is_known_common_noun(first):
        return piece
    if piece[2].group() in _JOINED_PARTICLES.get(piece[1].group(), ()):
        return piece  # "von der Leyen" may follow a noun too
    return piece[2:]


_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Mx"})
_ACADEMIC_TITLES = frozenset({"Dr", "Prof"})
"""Academic titles written with a dot before a name ("der Statiker Dr. Henrik Sørensen",
"Prof. Dr. Anna Berg"): no part of the name nor of the office before it."""
POST_NOMINALS = frozenset("KC QC MP MEP MSP MS OBE CBE MBE KBE DBE FRS JP".split())
"""Letters after a person's name for an honour or an office ("Helen Achebe KC", "Sir Ian
Lowe MBE", "Labour MP"): part of how a person is named, never a body nor the name."""


def is_role_word(places: Gazetteer, word: str, language: str) -> bool:
    """An office or label before a name: one the roles list, or in German the feminine
    of one they list in the masculine ("Oppositionsführerin" of "*führer",
    "Generalsekretärin", "Botschafterin"), as German forms a woman's office by adding
    "-in" to the man's, or one inflected for its case ("den Präsidenten", "dem
    Abgeordneten", "des Kanzlers") as German inflects an office before a name."""
    if places.is_role(word):
        return True
    if language != "de" or len(word) < 6 or not word[:1].isupper():
        return False
    stems = [word[:-2]] if word.endswith(("in", "en", "es")) else []
    if word.endswith(("n", "s")):
        stems.append(word[:-1])
    return any(places.is_role(stem) for stem in stems)


def _uninflected_role(places: Gazetteer, word: str, language: str) -> str:
    """An office as a draft names it, without the case ending the sentence gave it
    ("den Präsidenten" -> "Präsident", "des SPD-Abgeordneten" -> "SPD-Abgeordnete",
    "des Kanzlers" -> "Kanzler"); a woman's office keeps its "-in"."""
    if language != "de" or places.is_role(word) or word.endswith("in"):
        return word
    for cut in (1, 2):
        if word.endswith(("n", "s") if cut == 1 else ("en", "es")) and places.is_role(word[:-cut]):
            return word[:-cut]
    return word


def _honorific(piece: list[re.Match[str]]) -> bool:
    """ "Ms Warrington": a title of address before one capitalised word is a person's,
    even when the text never gave the first name."""
    return len(piece) == 2 and piece[0].group() in _HONORIFICS


def _named_after_office(words: list[str]) -> bool:
    """ "Fraktionschef Sebastian Lechner": after an office a German common noun would take
    an article or a genitive, so a first name and a surname there are a person's even when
    the tagger also knows the first name as a noun ("Sebastian"); the surname must not be
    a noun it knows whole."""
    from tui.draft.nouns import is_known_common_noun

    return len(words) == 2 and not is_known_common_noun(words[-1])


_PARTY_AFTER = re.compile(r"\s?\((?:[A-ZÄÖÜ]{2,5}|Grüne|Linke|parteilos)\)")
"""A party's short name in brackets after a name ("(SPD)", "(parteilos)"), as German
copy writes it after a politician."""


def _party_after(sentence: str, end: int) -> bool:
    """ "Die Gesundheitssenatorin Melanie Schlotzhauer (SPD)": two words after an office
    with a party in brackets are a politician's name, even when the tagger reads the
    surname as a compound noun ("Schlotz" + "hauer")."""
    return _PARTY_AFTER.match(sentence, end) is not None


def _english_label_before_name(piece: list[re.Match[str]]) -> bool:
    """An English common noun before a first name and a surname the tagger knows as
    names ("Undersecretary Ernesto Abella", "Midfielder Rosa Lindqvist"): a title or
    label, not the first word of the name."""
    from tui.draft.nouns import is_english_common_word, is_english_name

    if len(piece) != 3:
        return False
    first, given, family = (m.group() for m in piece)
    if not is_english_common_word(first) or is_english_name(first):
        return False
    return is_english_name(given) and not is_english_common_word(family)


def _english_common_phrase(words: list[str]) -> bool:
    """An English title-case phrase of common words ("Healthy Request", "Geological
    Survey", "Scheduled Tribes"): two words the tagger knows whole as common nouns or
    adjectives, or a common last word after a first word that is no name. A surname that
    is also a noun ("Donald Trump", "Hope Hicks") has a name beside it."""
    from tui.draft.nouns import is_english_common_word, is_english_name

    common = [is_english_common_word(w) for w in words]
    if sum(common) >= 2:
        return True
    return common[-1] and not is_english_name(words[0])


def _without_genitive_head(
    piece: list[re.Match[str]],
) -> tuple[list[re.Match[str]], bool]:
    """ "Jenny Wolfs Hattrick", "Thomas Müllers Tor": a German name in the genitive before
    the common noun it owns; the name ends before the noun, and its "-s" is the case's."""
    from tui.draft.nouns import is_common_noun, is_proper_name

    if len(piece) < 3 or not piece[-2].group().endswith("s"):
        return piece, False
    last = piece[-1].group()
    if not is_common_noun(last) or is_proper_name(last) or not is_proper_name(piece[-3].group()):
        return piece, False  # "Arbeitsminister Hubertus Heil": an office, then a name
    return piece[:-1], True


def _genitive_owner(piece: list[re.Match[str]]) -> PersonMention | None:
    """ "Merkels Sprecher", "Pistorius' Plan": a surname in the genitive before the noun it
    owns is that person, and the noun is no part of the name."""
    from tui.draft.nouns import is_common_noun, is_proper_name

    if len(piece) != 2:
        return None
    first, last = piece[0].group(), piece[1].group()
    bare = first[:-1] if first.endswith(("s", "'", "\u2019")) else None
    if bare is None or len(bare) < 3 or first.endswith("ss") or not is_proper_name(bare):
        return None
    if is_common_noun(first):
        return None  # "Landkreis Harburg", "Schloss Tegel": a noun that ends in "s"
    if not is_common_noun(last) or is_proper_name(last):
        return None
    return PersonMention(bare, piece[0].start(), piece[0].start() + len(bare))


def _label_before_name(piece: list[re.Match[str]]) -> bool:
    """A German common noun before two words that are no nouns ("Erzrivalin Wang Beixing",
    "Teamkollegin Anna Berg"): a label before a first name and a surname."""
    from tui.draft.nouns import is_common_noun, is_proper_name

    name = [m.group() for m in piece[1:] if m.group() not in _PARTICLES]
    if len(name) != 2 or len(piece) > 4:
        return False  # "Analystin Katrin van Aken": the particle is part of the name
    first = piece[0].group()
    if not (is_common_noun(first) or _nominalised_adjective(first)) or is_proper_name(first):
        return False
    nouns = [is_common_noun(w) and not _FOREIGN_LETTER.search(w) for w in name]
    if not any(nouns):
        return True
    # "Kämmerin Maria Keller", "Stadtplaner Jonas Schmied": after a noun for a person, a
    # first name the tagger knows as a name starts one, though the surname is a noun too
    return not nouns[0] and is_proper_name(name[0]) and _person_label(first)


_PERSON_LABEL_ENDINGS = ("in", "er", "ent", "ist", "eur", "or", "ant")
"""How a German noun for a person by office, trade or deed ends ("Kämmerin", "Planer",
"Dezernent", "Jurist", "Ingenieur", "Direktor", "Praktikant")."""
_SEASONS = frozenset("Sommer Winter Frühjahr Herbst Frühling".split())


def _person_label(word: str) -> bool:
    """A German noun that may name a person before a name: one with a person's ending
    that is no month or season ("Seit Oktober", "Im Sommer")."""
    return word.endswith(_PERSON_LABEL_ENDINGS) and word not in _MONTHS and word not in _SEASONS


def _nominalised_adjective(word: str) -> bool:
    """A capitalised word the German model reads as an adjective in "-en" or "-er", as a
    person's office made from one is inflected ("dem Landtagsabgeordneten Uwe Kröger",
    "des Vorsitzenden Jan Ohlsen"): a label before a name, like a noun."""
    from tui.draft.nouns import is_adjective

    return word[:1].isupper() and word.endswith(("en", "er")) and is_adjective(word)


_FOREIGN_LETTER = re.compile(r"[áàâãåçéèêëíìîïñóòôõøúùûýÿćčđěłńřśšťźżőű]")
"""Letters no German common noun has ("Péter", "Szijjártó", "Dvořák"): a foreign name,
whatever the tagger guesses for it."""


@dataclass(frozen=True)
class PersonMention:
    """A person's name in a sentence, with the office or label written before it."""

    name: str
    start: int
    end: int
    role: str | None = None
    role_loaded: bool = False
    alias: str | None = None
    """The words as the text has them when ``name`` is their base form ("Angeklagter"
    for "Angeklagte")."""


def _looks_like_noun(word: str, language: str) -> bool:
    if len(word) > _MAX_WORD or (len(word) > 2 and word.isupper()):
        return True
    folded = word.casefold()
    if language != "de" and len(folded) >= 8 and folded.endswith(_EN_NOUN_ENDINGS):
        return True
    if language != "de" and folded.startswith(_EN_PREFIXES):
        return True  # "Anti-Doping", "Non-Proliferation": a prefix no name takes
    return (
        language == "de"
        and len(folded) >= 6
        and any(folded.endswith(e) and len(folded) > len(e) + 2 for e in _NOUN_ENDINGS)
    )


def _particle_joined(word: str) -> bool:
    """A surname joined to its particle ("al-Assad", "el-Sisi", "bin-Salman"): one name
    word, although it starts in lowercase."""
    particle, _, rest = word.partition("-")
    return particle in _PARTICLES and rest[:1].isupper()


def _middle_initial(current: list[re.Match[str]]) -> bool:
    """Whether the run so far is a first name and an initial ("Steven E." of "Steven E.
    Zipperstein"): the dot after a middle initial ends no name, so the surname after it
    joins the run."""
    return (
        len(current) >= 2
        and len(current[-1].group()) == 1
        and current[-1].group().isupper()
        and len(current[-2].group()) > 1
    )


def _runs(sentence: str) -> list[list[re.Match[str]]]:
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    previous_end = -1
    for match in _TOKEN.finditer(sentence):
        word = match.group()
        previous = current[-1].group() if current else ""
        gap = sentence[previous_end : match.start()] if previous_end >= 0 else ""
        joined = (
            gap.isspace()
            or (_middle_initial(current) and gap == ". " and word[:1].isupper())
            or (previous in _ACADEMIC_TITLES and gap == ". " and word[:1].isupper())
        )  # "Dr. Henrik Sørensen": the title's dot ends no name
        capital = word[0].isupper() or bool(
            current
            and (
                word in _PARTICLES
                or word in _JOINED_PARTICLES.get(previous, ())
                or _particle_joined(word)
            )
        )
        if capital and (joined or not current):
            current.append(match)
        else:
            if current:
                runs.append(current)
            current = [match] if word[0].isupper() else []
        previous_end = match.end()
    if current:
        runs.append(current)
    return runs


def _surname(sentence: str, mention: Mention) -> bool:
    """A country adjective that ends a name rather than starts a phrase ("Thierry Breton",
    not "Russian President"): a capitalised word just before, none just after."""
    before = sentence[: mention.start]
    after = sentence[mention.end :]
    joined = _CAPITAL_BEFORE.search(before) is not None
    return joined and _CAPITAL_AFTER.match(after) is None and mention.text[:1].isupper()


def _given_name_before(sentence: str, mention: Mention, language: str) -> bool:
    """Whether a one-word outlet or body the gazetteer lists is a surname here, after a
    given name the tagger knows as a name ("Anne Spiegel", not "Der Spiegel"): the
    person's name, not the magazine's. English text asks the English model, which is
    loaded for it anyway (the German one costs a tenth of a second to load)."""
    if mention.entry.kind not in ("media", "organisation") or " " in mention.text:
        return False
    if not _surname(sentence, mention):
        return False
    before = _GIVEN_NAME_BEFORE.search(sentence, 0, mention.start)
    if before is None:
        return False
    from tui.draft.nouns import is_common_noun, is_english_name, is_proper_name

    word = before.group("given")
    if language == "en":
        return is_english_name(word)
    return is_proper_name(word) and not is_common_noun(word)


_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<given>[A-ZÄÖÜ][a-zäöüß]+) \Z")
_CAPITAL_BEFORE = re.compile(r"[A-ZÄÖÜ][\w'\u2019-]* \Z")
_CAPITAL_AFTER = re.compile(r" [A-ZÄÖÜ]")
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|nahe|outside|across|into|off|toward|towards|atop|aus|nach)\s+(?:the\s+)?"
    r"(?:[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?,?\s+(?:and|und|or|oder)\s+)?\Z"
    r"|\b(?:rockets|missiles|drones|fire|fired|firing)\s+at\s+\Z"
    r"|\b(?:member|members|MP|MPs|MS|MSP|AM|councillor|councillors|candidate|representative"
    r"|senator|congressman|congresswoman|Abgeordneter|Abgeordnete|Kandidat|Kandidatin)"
    r"\s+(?:for|für)\s+\Z"
)
"""Where, not who: "in Tel Aviv", "in the Eastern Mediterranean", "toward Jerusalem", "eine
Familie aus Hildesheim", "nach Bad Nauheim", "atop Mount Hood", the second of two places
("in Leeds and Bradford"), and
the seat an office is for ("ward member for Croesyceiliog North", "MP for Bath")."""


def after_a_place_word(sentence: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` follows a word that makes it a place ("in
    Leeds and Bradford said", "atop Mount Hood"): see ``_PLACE_BEFORE``."""
    return _PLACE_BEFORE.search(sentence[:start]) is not None


_THING_NAME_BEFORE = re.compile(r"(?:^|[^\w'\u2019])(?:[Tt]he|an?|A|An)\s+\Z")
"""An English article right before a run of capitalised words: a river, a canal, a
region used as an adjective ("the Nieuwe Waterweg", "a West Yorkshire town"), never a
person, whom English names bare."""
_STATES_OF_A_UNION = frozenset(
    "New York|New Jersey|New Mexico|New Hampshire|North Carolina|South Carolina"
    "|North Dakota|South Dakota|West Virginia|Rhode Island|New South Wales"
    "|Western Australia|South Australia|British Columbia|Nova Scotia|New Brunswick".split("|")
)
"""The states and provinces of the US, Australia and Canada whose names are two
capitalised words (a closed list): they name where a town lies ("Rochester, New
York"), never a person, and no country list holds them."""
_NAMED_DISASTER = re.compile(
    r"\s+(?:disaster|spill|oil\s+spill|sinking|explosion|blast|meltdown|crash|collapse"
    r"|shipwreck|wreck|leak|fire|accident)s?\b"
)
"""A proper noun an accident is named after is a ship, a rig or a plant ("the Exxon Valdez
disaster", "the Deepwater Horizon explosion"), not a person."""


_HEADLINE_WORD = re.compile(r"[A-Za-z][a-z'\u2019-]{3,}")


def _title_case(sentence: str) -> bool:
    """Whether an English sentence is a headline in title case ("Hogan Says We Are Starting
    To Level Off"): four words of four letters or more, nearly all capitalised."""
    words = _HEADLINE_WORD.findall(sentence)
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and capitalised >= 0.8 * len(words)


def _headline_name(person: PersonMention) -> PersonMention | None:
    """A name found in a title-case headline without the verbs after it ("Hogan Says" ->
    "Hogan"), or None when a word of English's common stock is in it ("Covid Latest",
    "Construction Crews"): such a run is words, not someone's name."""
    from tui.draft.nouns import is_english_common_word
    from tui.taggers import english_tagger

    tagger = english_tagger()

    def verb(word: str) -> bool:
        found = tagger.analyze(word)
        return isinstance(found, tuple) and len(found) > 1 and str(found[1]).startswith("VV")

    words = person.name.split()
    while len(words) > 1 and verb(words[-1]):
        words.pop()
    if any(is_english_common_word(w) or verb(w) for w in words):
        return None
    name = " ".join(words)
    if name == person.name:
        return person
    return PersonMention(name, person.start, person.start + len(name), person.role)


_LISTED_NAME = r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?"
_LONG_LIST = re.compile(
    rf"{_LISTED_NAME}(?:,\s+{_LISTED_NAME}){{2,}}(?:,?\s+(?:und|and|or|oder)\s+{_LISTED_NAME})?"
)
"""Four or more capitalised names in a row, joined by commas."""


def _among_places(sentence: str, person: PersonMention, mentions: Sequence[Mention]) -> bool:
    """Whether ``person`` is one item of a list of four or more names of which two others
    are places the gazetteer knows ("Tel Aviv, Moskau, Madrid und Peking"): a place too."""
    for found in _LONG_LIST.finditer(sentence):
        if found.start() <= person.start and person.end <= found.end():
            places = [
                m
                for m in mentions
                if m.entry.kind in ("state", "group")
                and found.start() <= m.start < found.end()
                and not (person.start <= m.start < person.end)
            ]
            return len(places) >= 2
    return False


def find_people(
    sentence: str,
    language: str,
    places: Gazetteer,
    taken: Sequence[tuple[int, int]] = (),
    *,
    found: Sequence[Mention] | None = None,
) -> list[PersonMention]:
    """Candidate person names in ``sentence``, in order; ``taken`` are spans already
    known to name something else (an organisation, an outlet)."""
    mentions = places.find(sentence) if found is None else found
    known = {
        (m.start, m.end)
        for m in mentions
        if (m.name and not _given_name_before(sentence, m, language)) or not _surname(sentence, m)
    }
    known |= set(taken)
    known_starts = {start for start, _ in known}
    people: list[PersonMention] = []
    for run in _runs(sentence):
        pieces: list[list[re.Match[str]]] = [[]]
        for match in run:
            word = match.group()
            stop = (
                match.start() in known_starts
                or any(s <= match.start() < e for s, e in known)
                or places.is_group(word)
            ) and not ("-" in word.strip("-") and is_role_word(places, word, language))
            # "FDP-Fraktionschef Lindner": an office that holds a party's name is an office
            if stop:
                pieces.append([])
            else:
                pieces[-1].append(match)
        for piece in pieces:
            person = _person(piece, sentence, language, places)
            if person is not None and _NAMED_DISASTER.match(sentence, person.end):
                continue  # "the Exxon Valdez disaster": a ship, a rig, a plant
            if person is not None and _LAW_TITLE_AFTER.match(sentence, person.end):
                continue  # "The Manipur Goods and Services Tax (Amendment) Bill"
            if person is None or _PLACE_BEFORE.search(sentence[: person.start]):
                continue
            if "," in sentence and _among_places(sentence, person, mentions):
                continue  # "neu: Tel Aviv, Moskau, Madrid": one of a list of places
            if language != "de" and _THING_NAME_BEFORE.search(sentence, 0, person.start):
                continue  # "the Nieuwe Waterweg", "a West Yorkshire town": no one's name
            if person.name in _STATES_OF_A_UNION:
                continue  # "in Albany, New York,": a state of the US, no one's name
            if language != "de" and _title_case(sentence):
                # "Covid Latest: Hogan Says …": a headline capitalises every word; a verb
                # after a name is no part of it, a common word makes the run no name
                person = _headline_name(person)
                if person is None:
                    continue
            people.append(person)
    for match in _NAME_IN_APPOSITION.finditer(sentence):
        name = match.group("name")
        start = match.start("name")
        if not places.is_role(match.group("role")) or any(p.start <= start < p.end for p in people):
            continue
        if any(s <= start < e for s, e in known) or not _apposed_name(name.split()[-1], language):
            # the surname decides: a first name may also be a noun ("Yasmin")
            continue
        if name in _STATES_OF_A_UNION:
            continue  # "the mayor of Rochester, New York,": the place's state, no person
        people.append(PersonMention(name, start, start + len(name), role=match.group("role")))
    people.extend(_participants(sentence, language, people, known, places))
    people.extend(_envoys(sentence, language, mentions, people))
    people.extend(_held_one(sentence, language, people))
    people.extend(_former_partners(sentence, language, people))
    return sorted(people, key=lambda p: p.start)


_ENVOY = re.compile(
    r"\s+(?P<noun>ambassador|envoy|consul|consul-general|charg\u00e9 d'affaires"
    r"|Botschafter(?:in)?|Generalkonsul(?:in)?|Konsul(?:in)?|Gesandten?)\b"
)
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[Dd](?:er|ie|en|em|es))\s+\Z")


def _envoys(
    sentence: str, language: str, mentions: Sequence[Mention], people: list[PersonMention]
) -> list[PersonMention]:
    """A state's unnamed envoy, by the definite article and the adjective of the state
    ("summoned the Chinese ambassador", "hat den ungarischen Botschafter einbestellt"):
    one person, the state's ambassador, an actor though never named. A name after the
    office ("the Chinese ambassador Li Wei") names the person instead."""
    found: list[PersonMention] = []
    for mention in mentions:
        if mention.name or mention.entry.kind != "state":
            continue
        envoy = _ENVOY.match(sentence, mention.end)
        if envoy is None or _DEFINITE_BEFORE.search(sentence, 0, mention.start) is None:
            continue
        if (language == "de") != envoy.group("noun")[:1].isupper():
            continue
        if _NAME_AFTER_ROLE.match(sentence, envoy.end()) or _CAPITAL_AFTER.match(
            sentence, envoy.end()
        ):
            continue
        start, end = mention.start, envoy.end()
        if any(p.start < end and start < p.end for p in people):
            continue
        found.append(PersonMention(sentence[start:end], start, end))
    return found


_HELD_EN = re.compile(
    r"(?:(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?P<noun>man|woman|boy|girl|teenager|youth)"
    r"\s+(?:has|had|was|is|have|will)\s+(?:also\s+|since\s+|now\s+|later\s+)?(?:been|be)\s+"
    r"(?:\w+ly\s+)?(?:arrested|charged|detained|jailed|remanded|convicted|sentenced"
    r"|taken\s+into\s+custody)"
    r"|\b(?:arrested|charged|detained|jailed|convicted|sentenced)\s+(?:an?|one)\s+"
    r"(?P<object>man|woman|boy|girl|teenager|youth))\b"
)
_HELD_DE = re.compile(
    r"(?<![\w-])(?:[Ee]ine?)\s+(?P<noun>Mann|Frau|Jugendlicher|Junge)\s+(?:ist|wurde)\b"
    r"[^,.;:!?]{0,60}?\b(?:festgenommen|verhaftet|angeklagt|verurteilt|gefasst"
    r"|in\s+Gewahrsam\s+genommen)\b"
)


def _held_one(sentence: str, language: str, people: list[PersonMention]) -> list[PersonMention]:
    """One unnamed person the police hold or a court charges, by a plain noun with the
    indefinite article ("A man has been arrested", "police arrested a woman", "Ein Mann
    wurde am Abend festgenommen"): the suspect the report is about, an actor though never
    named. Victims are left out, as for the parties to a case."""
    pattern = _HELD_DE if language == "de" else _HELD_EN
    found: list[PersonMention] = []
    for match in pattern.finditer(sentence):
        group = "noun" if match.group("noun") else "object"
        start, end = match.span(group)
        if any(p.start < end and start < p.end for p in people):
            continue
        found.append(PersonMention(match.group(group), start, end))
    return found


_FORMER_PARTNER = re.compile(
    r"(?<![\w-])(?:[Ss]ein|[Ii]hr)e[mnrs]?\s+(?P<adjective>früher|ehemalig)e[nmrs]?\s+"
    r"(?P<noun>(?:Lebens|Ehe)?(?:[Pp]artnerin|[Gg]efährtin)|Ehefrau|Frau|Freundin"
    r"|(?:Lebens)?[Pp]artner|Lebensgefährten?|Ehemann|Mann|Freund)\b"
    r"|(?<![\w-])(?:[Hh]is|[Hh]er)\s+(?P<english>(?:former|ex-)\s*"
    r"(?:partner|wife|husband|girlfriend|boyfriend))\b"
)


def _former_partners(
    sentence: str, language: str, people: list[PersonMention]
) -> list[PersonMention]:
    """A former partner named by whose they were ("der Wohnung seiner früheren
    Lebenspartnerin", "his former partner"): in a report of a crime or a restraining order
    the one person it was done to, an actor though never named. The adjective takes its
    plain form ("frühere Lebenspartnerin")."""
    found: list[PersonMention] = []
    for match in _FORMER_PARTNER.finditer(sentence):
        if match.group("english"):
            if language == "de":
                continue
            start, end = match.span("english")
            name = match.group("english")
        else:
            if language != "de":
                continue
            start, end = match.start("adjective"), match.end("noun")
            noun = match.group("noun")
            if noun.endswith("gefährten"):
                noun = noun[:-1]
            name = f"{match.group('adjective')}e {noun}"
        if any(p.start < end and start < p.end for p in people):
            continue
        found.append(PersonMention(name, start, end))
    return found


_LAW_TITLE_AFTER = re.compile(
    r"(?:\s+(?:and|of|for|on|&)|\s+\(?[A-Z][\w'\u2019-]*\)?){1,8}\s+\(?(?:Bill|Act|Ordinance"
    r"|Regulations|Order|Amendment)\b"
)
"""The rest of a law's title after capitalised words ("… Goods and Services Tax
(Amendment) Bill"): the words open the title, they name no one."""


_PARTICIPANT_DE = re.compile(
    r"\b(?:[Dd](?:er|ie|em|en|es)|[Ee]ine?[mnr]?)\s+(?:(?:\d{1,3}-)?[a-zäöüß]+(?:e|er|en|em|es)\s+)?"
    r"(?P<noun>(?:Tat)?[Vv]erdächtige[nr]?|Angeklagte[nr]?|Beschuldigte[nr]?|Täter(?:in)?"
    r"|Schiedsrichter(?:in)?|Kläger(?:in)?|Beklagte[nr]?|Arbeitgeber(?:in)?)\b"
    r"(?!\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])"
)
_PARTICIPANT_EN = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+(?:(?:first|second|third|fourth|fifth|[a-z]+-year-old)\s+)?"
    r"(?P<noun>defendant|suspect|referee|claimant|plaintiff|respondent)\b"
    r"(?!\s+(?:vehicle|package|device|car|van|substance|item|bag)s?\b)"
)
"""The unnamed people a court, crime or match report is about ("der Angeklagte", "ein
dritter Täter", "der 72-jährige Kläger", "dem Schiedsrichter", "der Arbeitgeber" of a
labour-court case, "die Beklagte", "a third suspect", "the referee", "the respondent"):
each is an actor even when the text never names them. Victims and witnesses are left out: a report
names them as those things happened to, seldom as sources."""


_AGED = re.compile(
    r"(?<!,\s)\b(?:[Ee]ine?[mnr]?|[Aa]n?)\s+(?P<name>\d{1,3}-(?:jährige[nmr]?|year-old)"
    r"\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+|[a-z]+))\b(?!\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])"
)
"""An unnamed person the text introduces by age ("ein 19-jähriger Fahrer", "eine 42-jährige
Frau", "a 64-year-old man"): someone the report is about, an actor though never named.
After a comma the phrase is an apposition to a name before ("X, a 41-year-old father"),
and after "the" it points back at someone named; neither is a new actor."""


_MODEL_AFTER = re.compile(r"\s?-?\d+(?:[A-Za-z]{1,3})?\b(?![.,:]\d)(?!\s*(?:Uhr|%|Prozent))")
"""A number right after a run that ends in capitals ("Drohne QX 300", "the Vela GT 2"):
the run names a product's model. After a name a number is a year or a score ("Monique
Garbrecht 2000 und 2003"), so only capitals count."""
_AGED_NAME = re.compile(r"\d{1,3}-(?:jährige[nmr]?|year-old) ")
_PARTY_NAME = re.compile(
    r"(?:(?:Tat)?[Vv]erdächtige|Angeklagte|Beschuldigte|Täter(?:in)?|Kläger(?:in)?|Beklagte"
    r"|defendant|suspect|claimant|plaintiff|respondent)\Z"
)


def is_aged_name(name: str) -> bool:
    """Whether an actor's name is an unnamed person's age and noun ("41-jährigen Mann")."""
    return _AGED_NAME.match(name) is not None


def is_party_word(name: str) -> bool:
    """Whether an actor's name is a party to a case named by role ("Angeklagte")."""
    return _PARTY_NAME.match(name) is not None


def _aged(sentence: str, language: str) -> list[PersonMention]:
    found: list[PersonMention] = []
    for match in _AGED.finditer(sentence):
        noun = match.group("noun")
        if (language == "de") != noun[:1].isupper():
            continue  # a German noun is capitalised, an English one here is not
        if language == "de" and not noun.casefold().endswith(_PERSON_NOUN_ENDINGS_DE):
            continue
        if language != "de" and not _english_noun(noun):
            continue  # "a 17-year-old was stabbed": no noun, the age stands alone
        found.append(PersonMention(match.group("name"), *match.span("name")))
    return found


_PERSON_NOUN_ENDINGS_DE = ("er", "in", "frau", "mann", "kind", "junge", "mädchen", "e")
"""Endings of German nouns for people ("Fahrer", "Radfahrerin", "Frau", "Mann",
"Rentnerin", "Jugendliche"); "ein 30-jähriger Vertrag" names a thing."""


_INDEFINITE_ROLE = re.compile(
    r"(?<![\w-])(?:[Ee]ine?[mnrs]?|[Aa]n?|[Oo]ne)\s+"
    r"(?P<words>(?:[\w\u2019'-]+\s+){0,2}[\w-]+)"
)
_WORD_AT = re.compile(r"[\w-]+")
_NAME_AFTER_ROLE = re.compile(r",?\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ]")
"""A first name and a surname after the office (perhaps after a comma): they name the
person instead."""
_OWNER_AFTER_ROLE = re.compile(
    r"\s+(?:der|des|von|vom|bei|beim|im|of|for|at|from|with|in|to)\b|['\u2019]"
)
"""Whose office it is or where ("eine Sprecherin der Bahn", "a spokesman for the
council", "an analyst's report"): those the attribution names with their body."""
_EN_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ge", "ant", "ent")
"""Endings of English offices for a person ("councillor", "spokeswoman", "judge"); the
roles also hold words that only open an office ("prime", "home", "state")."""
_CLAUSE_WORDS = re.compile(r"[^,;:.!?\u201c\u201d\u201e\"]*")


def _says_beside(sentence: str, start: int, end: int) -> bool:
    """Whether a verb of saying stands in the same clause right before the article
    ("sagte eine Sprecherin") or in the two words after the office ("one councillor
    saying", "a spokeswoman has said")."""
    before = sentence[max(0, start - 30) : start].split()[-2:]
    after_clause = _CLAUSE_WORDS.match(sentence, end)
    after = (after_clause.group() if after_clause else "").split()[:2]
    return any(
        w[:1].islower() and SPEECH_VERB.fullmatch(w.strip(".,;:")) is not None
        for w in [*before, *after]
    )


_OPENING_SOMEONE = {
    "de": re.compile(
        r"\A\W*(?:Ein|Eine)\s+(?P<words>(?:[a-zäöüß][\w-]*e[nrs]?\s+){0,2}"
        r"(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+))\s+(?P<verb>[a-zäöüß]+)\b"
    ),
    "en": re.compile(
        r"\A\W*(?:A|An|One)\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}"
        r"(?P<noun>man|woman|boy|girl|teenager|resident|passenger|driver|witness|neighbour"
        r"|neighbor|passer-by|bystander|survivor|worker|employee|nurse|doctor|officer|pupil"
        r"|student|shopper|customer|tourist|hiker|cyclist|pedestrian|motorist))"
        r"\s+(?P<verb>[a-z]+)\b"
    ),
}
"""One unnamed person by what they are who opens a sentence as its subject ("Ein
aufmerksamer Bahnmitarbeiter hatte …", "Eine Passantin rief …", "One woman used her
phone …"): someone who acts in the story, an actor though never named."""
_EN_FINITE = re.compile(r"(?:[a-z]+ed|says|said|told|rang|ran|saw|took|gave|found|sent)\Z")
_DE_PASSIVE = frozenset("wurde wurden wird werden ist war".split())


def _opening_someone(
    sentence: str,
    language: str,
    people: list[PersonMention],
    known: set[tuple[int, int]],
    places: Gazetteer,
) -> list[PersonMention]:
    """The unnamed person who opens ``sentence`` as its subject (see ``_OPENING_SOMEONE``):
    a German noun for a person by trade or office followed by a finite verb, or an English
    noun for someone followed by a verb in the past; not one something happened to ("A man
    was injured", "Ein Fahrgast wurde verletzt")."""
    lang = "de" if language == "de" else "en"
    match = _OPENING_SOMEONE[lang].match(sentence)
    if match is None:
        return []
    start, end = match.span("words")
    if any(p.start <= start < p.end or start <= p.start < end for p in people):
        return []
    if any(s <= start < e for s, e in known):
        return []
    noun, verb = match.group("noun"), match.group("verb")
    if lang == "de":
        from tui.draft.attribution import person_noun
        from tui.draft.nouns import is_finite_verb

        if places.is_group(noun) or not (person_noun(noun) or places.is_role(noun)):
            return []
        if not is_finite_verb(verb) or verb in _DE_PASSIVE:
            return []  # "Ein Fahrgast wurde verletzt": one it happened to, no actor here
    elif not _EN_FINITE.match(verb):
        return []
    return [PersonMention(sentence[start:end], start, end)]


_ORDINAL_BEFORE = re.compile(
    r"\b(?:zweite|dritte|vierte|weitere|second|third|fourth|fifth)[nmrs]?\s+\Z"
)
"""An ordinal before the office ("ein zweiter Richter", "a second judge"): one more
holder of the office, a new person in the story, whether or not he speaks."""


def _unnamed_roles(
    sentence: str,
    language: str,
    people: list[PersonMention],
    known: set[tuple[int, int]],
    places: Gazetteer,
) -> list[PersonMention]:
    """One unnamed person who speaks, introduced by an office with an indefinite article
    ("…, sagte eine Sprecherin", "ein LKA-Sprecher bestätigte", "an Orbicom spokeswoman
    said", "one councillor saying"): an actor though never named. The office is the
    first of the three words after the article that the roles name; the words before it
    describe it."""
    found: list[PersonMention] = []
    for match in _INDEFINITE_ROLE.finditer(sentence):
        ordinal: re.Match[str] | None = None
        for word in _WORD_AT.finditer(sentence, match.start("words"), match.end("words")):
            noun = word.group()
            start, end = word.span()
            if not places.is_role(noun):
                if language == "de" and noun[:1].isupper():
                    break  # a German noun that is no office: "ein Bericht", not a person
                continue  # a describing word ("externer", "senior", "Orbicom")
            if (language == "de") != noun[:1].isupper() and "-" not in noun:
                break
            if language != "de" and not noun.endswith(_EN_PERSON_ENDINGS):
                break
            if (
                places.is_group(noun)
                or _NAME_AFTER_ROLE.match(sentence, end)
                or _OWNER_AFTER_ROLE.match(sentence, end)
                or not (
                    _says_beside(sentence, match.start(), end)
                    or (ordinal := _ORDINAL_BEFORE.search(sentence, match.start("words"), start))
                )
                or any(p.start <= start < p.end for p in people)
                or any(s <= start < e for s, e in known)
            ):
                break
            if language != "de":
                start = match.start("words")  # "an Orbicom spokeswoman": the office's words
            elif ordinal is not None:
                start = ordinal.start()  # "ein zweiter Richter": one more, not the judge before
            found.append(PersonMention(sentence[start:end], start, end))
            break
    return found


_PLURAL_PARTY = re.compile(r"[Dd]ie\s")


def _plural_party(noun: str) -> bool:
    """Whether a party's noun after "die" is a plural: a masculine "-er" noun ("die
    Täter", "die Arbeitgeber", "die Kläger"), which the collectives then name as a group;
    "die Klägerin", "die Angeklagte" are one woman ("die Angeklagten" the drafter makes a
    group by its ending)."""
    return noun.endswith("er")


def _participants(
    sentence: str,
    language: str,
    people: list[PersonMention],
    known: set[tuple[int, int]],
    places: Gazetteer,
) -> list[PersonMention]:
    pattern = _PARTICIPANT_DE if language == "de" else _PARTICIPANT_EN
    found: list[PersonMention] = [
        p
        for p in _aged(sentence, language)
        if not any(q.start <= p.start < q.end or p.start <= q.start < p.end for q in people)
    ]
    found.extend(_unnamed_roles(sentence, language, people + found, known, places))
    found.extend(_opening_someone(sentence, language, people + found, known, places))
    if language == "de":
        found.extend(_definite_roles(sentence, people + found, known, places))
    for match in pattern.finditer(sentence):
        start, end = match.span("noun")
        if any(p.start <= start < p.end for p in people) or any(s <= start < e for s, e in known):
            continue
        noun = match.group("noun")
        if language == "de" and _PLURAL_PARTY.match(match.group(), 0) and _plural_party(noun):
            continue  # "Die Arbeitgeber lehnen ab", "die Täter flohen": many, a group
        if language == "de" and noun[:-1].endswith(("dächtige", "klagte", "schuldigte")):
            noun = noun[:-1]  # "den Angeklagten", "ein Verdächtiger": "Angeklagte"
        name = noun[:1].upper() + noun[1:] if language == "de" else noun
        surface = match.group("noun")
        found.append(PersonMention(name, start, end, alias=surface if surface != name else None))
    return found


_DEFINITE_ROLE = re.compile(
    r"(?<![\w-])(?:[Dd]er|[Dd]ie)\s+(?P<adjective>[a-zäöüß]+e[nr]?\s+)?"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)(?P<owner>\s+(?:des|der)\s+(?:[a-zäöüß]+e[nr]?\s+)?"
    r"[A-ZÄÖÜ][\w-]+)?"
)
"""A German office or kin by its definite article, perhaps with one adjective before it
and an owner after it ("die vorsitzende Richterin", "die Mutter des Angeklagten")."""
_KIN_DE = frozenset(
    "Mutter Vater Bruder Schwester Sohn Tochter Ehefrau Ehemann Witwe Witwer Großmutter"
    " Großvater Onkel Tante Freundin Freund Lebensgefährtin Lebensgefährte".split()
)
"""People named by whose kin they are; only with an owner after ("die Mutter des
Angeklagten") do they name one person the story is about."""
_CLAUSE_START_DE = re.compile(
    r"(?:\A\W*|[,;:]\s+|\b(?:und|aber|doch|dann|Dann|nun|Nun|zudem|Zudem|auch|Auch)\s+)\Z"
)
_PLAIN_WORD = re.compile(r"\s+(?P<word>[a-zäöüß]+)\b")
_NOT_A_VERB_DE = frozenset(
    "in im aus von vom mit am an auf für bei beim zum zur nach über unter vor ohne und oder"
    " der die das des dem den ein eine einer einem einen zu".split()
)


def _definite_roles(
    sentence: str,
    people: list[PersonMention],
    known: set[tuple[int, int]],
    places: Gazetteer,
) -> list[PersonMention]:
    """One unnamed German person by office or kin with the definite article, as the
    subject of the clause ("Dann betritt die vorsitzende Richterin den Saal", "Die Mutter
    des Angeklagten schweigt"): an actor though never named (round eleven). The clause's
    finite verb stands right before the article, or the article opens the clause and a
    verb follows the person. A name after the office ("der Richter Jonas Thal") names
    the person instead; an office's owner ("der Sprecher des Landgerichts") is left to
    the attribution, which names the speaker with the body."""
    found: list[PersonMention] = []
    for match in _DEFINITE_ROLE.finditer(sentence):
        noun = match.group("noun")
        start, end = match.start("adjective"), match.end()
        if match.group("adjective") is None:
            start = match.start("noun")
        kin = noun in _KIN_DE
        if kin != (match.group("owner") is not None):
            continue  # kin names one person only with an owner; an office's owner speaks for it
        if not kin and (
            match.group("adjective") is None
            or not places.is_role(noun)
            or places.is_group(noun)
            or not noun.endswith(_PERSON_NOUN_ENDINGS_DE)
            or _OWNER_AFTER_ROLE.match(sentence, end)
        ):
            # "sagte der Kanzler": a bare office points back at its holder, whom the text
            # may have named without it; "die vorsitzende Richterin" is one of her own
            continue
        if not _nominative(match.group().split()[0], noun):
            continue
        if any(p.start <= start < p.end or start <= p.start < end for p in people) or any(
            s <= match.start("noun") < e for s, e in known
        ):
            continue
        if _NAME_AFTER_ROLE.match(sentence, match.end("noun")) or _CAPITAL_AFTER.match(
            sentence, match.end("noun")
        ):
            continue  # "die Richterin Maria Kolb": the name names her
        if not _subject_of_clause(sentence, match.start(), end):
            continue
        found.append(PersonMention(sentence[start:end], start, end))
    return found


_FEMALE_KIN_DE = frozenset(
    "Mutter Schwester Tochter Ehefrau Witwe Großmutter Tante Freundin Lebensgefährtin".split()
)


def _nominative(article: str, noun: str) -> bool:
    """Whether the article and noun agree as one person in the nominative: "der" before
    a man ("der Richter"; "der Richterin" is her dative or genitive), "die" before a
    woman ("die Richterin"; "die Richter" are many); "-e" nouns take either ("der" or
    "die Vorsitzende")."""
    if noun.endswith("e") and noun not in _FEMALE_KIN_DE:
        return True
    female = noun.endswith("in") or noun in _FEMALE_KIN_DE
    return female == (article.casefold() == "die")


def _subject_of_clause(sentence: str, article: int, end: int) -> bool:
    """Whether the German words from ``article`` to ``end`` are their clause's subject:
    a finite verb right before ("betritt die Richterin"), or the clause opens with them
    and a verb follows ("Die Richterin betritt")."""
    from tui.draft.nouns import is_finite_verb

    before = sentence[:article].split()
    if before and before[-1][:1].islower() and is_finite_verb(before[-1].strip(",;:")):
        return True
    if _CLAUSE_START_DE.search(sentence, 0, article) is None:
        return False
    after = _PLAIN_WORD.match(sentence, end)
    return after is not None and after.group("word") not in _NOT_A_VERB_DE


_NAME_IN_APPOSITION = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ss]eine?|[Ii]hre?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<role>[\w-]+)\s+(?:der|des|of(?:\s+the)?)\s+[\w-]+"
    r"(?:\s+(?:[A-ZÄÖÜ][\w-]*|of|for|and|the)){0,5}"
    r",\s+(?P<name>[A-ZÄÖÜ][a-zäöüß'-]+(?:\s+[A-ZÄÖÜ][a-zäöüß'-]+){0,2}),"
)
"""A name in apposition after its office: "Der Fraktionsvorsitzende der AfD, Gauland,
sagte", "the leader of the party, X, said"."""


def _english_noun(word: str) -> bool:
    from tui.draft.nouns import is_english_common_word

    return is_english_common_word(word)


def _inflected_noun(word: str) -> bool:
    from tui.draft.nouns import is_inflected_common_noun

    return is_inflected_common_noun(word)


def _opening_adverb(word: str, language: str) -> bool:
    """A word the tagger reads as an adverb, conjunction or preposition, which starts no
    name ("Later", "Meanwhile", "Zuvor", "Später")."""
    from tui.draft.nouns import is_english_function_word, is_function_word

    return is_function_word(word) if language == "de" else is_english_function_word(word)


def _person(
    piece: list[re.Match[str]], sentence: str, language: str, places: Gazetteer
) -> PersonMention | None:
    while piece and (
        (piece[0].group().casefold() in _FUNCTION_WORDS and not _honorific(piece))
        or piece[0].group() in _PARTICLES
    ):
        piece = piece[1:]  # a name does not start with "von" ("Regierungschef von Nagaland")
    while len(piece) > 1 and _opening_adverb(piece[0].group(), language):
        piece = piece[1:]  # "Later Amara Okafor said", "Zuvor hatte …": the clause's opener
    piece = _after_preposition(piece, language, places)
    for index in range(2, len(piece) - 1):
        if piece[index].group() == "von" and piece[index + 1].group() in ("der", "den", "dem"):
            # "Birte van Loon von der Sparkasse": after two words or more, "von der" says
            # where the person works; "Ursula von der Leyen" has one word before it
            piece = piece[:index]
            break
    while len(piece) > 2 and (
        piece[-1].group() in _PARTICLES
        or any(piece[-1].group() in joined for joined in _JOINED_PARTICLES.values())
    ):
        piece = piece[:-1]  # "Jan Korte von der Linkspartei": the party is no part of it
    genitive = False
    if language == "de":
        owner = _genitive_owner(piece)
        if owner is not None:
            return owner
        piece, genitive = _without_genitive_head(piece)
    # the office or label ends at the last role word that leaves a name of two words
    cut = 0
    for index, match in enumerate(piece[:-2] if len(piece) > 2 else piece[:1]):
        word = match.group()
        if is_role_word(places, word, language) or places.is_loaded(word) or word.endswith("-"):
            cut = index + 1
    if cut == 0 and len(piece) >= 2 and is_role_word(places, piece[-2].group(), language):
        cut = len(piece) - 1  # "am Dienstag Gastgeber Kim": the office, then one name
        start = cut - 1
        while start > 0 and is_role_word(places, piece[start - 1].group(), language):
            start -= 1
        piece = piece[start:]
        cut = len(piece) - 1
    if cut == 0 and language == "de" and _label_before_name(piece):
        cut = 1  # "Erzrivalin Wang Beixing": a label the tagger builds from parts
    if cut == 0 and language != "de" and _english_label_before_name(piece):
        cut = 1  # "Undersecretary Ernesto Abella": a title the office list lacks
    roles, piece = piece[:cut], piece[cut:]
    while len(piece) > 2 and piece[0].group() in _ACADEMIC_TITLES:
        piece = piece[1:]  # "Statiker Dr. Henrik Sørensen": the title joins neither side
    while (
        roles
        and len(piece) == 2
        and places.is_role(piece[0].group())
        and not places.is_role(piece[1].group())
    ):  # "die Vorsitzende Richterin Kessler": two offices, then the surname alone
        roles, piece = [*roles, piece[0]], piece[1:]
    if (
        language == "de"
        and roles
        and len(piece) == 2
        and (places.is_role(piece[-1].group()) or places.is_group(piece[-1].group()))
    ):
        piece = piece[:-1]  # "Innenminister Seehofer Abgeordnete brüskiert": the object
    if roles and piece and piece[0].group() in _PARTICLES:
        return None  # "Regierungschef von Nagaland": an office and its place
    if (
        len(piece) == 1
        and roles
        and not places.is_role(piece[0].group())
        and _single_name(piece[0].group(), language)
    ):
        pass  # "Gastgeber Kim": an office, then one name
    elif not 2 <= len(piece) <= 4:
        return None
    if len(piece) >= 3 and piece[-1].group() in POST_NOMINALS:
        piece = piece[:-1]  # "Helen Achebe KC": the letters after a name are no part of it
    words = [_POSSESSIVE.sub("", m.group().rstrip("-")) for m in piece]
    words = [
        w + "." if len(w) == 1 and w.isupper() and sentence[m.end() : m.end() + 1] == "." else w
        for w, m in zip(words[:-1], piece[:-1], strict=True)
    ] + words[-1:]  # "Steven E. Zipperstein": the middle initial keeps its dot
    if words and places.is_role(words[-1]) and sentence[piece[-1].end() :].startswith("."):
        return None  # "Pinconning Capt. Terry Spencer": the place and a rank, cut by its dot
    if any(any(c.isdigit() for c in w) for w in words) or (
        words[-1].isupper() and _MODEL_AFTER.match(sentence, piece[-1].end())
    ):
        return None  # "Audi A4", "the X3 Pro": a model's name holds its number, a person's not
    if genitive and words:
        words[-1] = words[-1].removesuffix("s")
    if all(w in _COMPASS_WORDS for w in words):
        return None  # "the South East", "North West": a region, not a name
    if len(words) == 2 and words[0] in _TIME_OF_MONTH and words[1] in _MONTHS:
        return None  # "Mitte Mai hatte die Firma angekündigt": when, not who
    if words[0] in _SAINTS:
        return None  # "St Anne's Primary", "Sankt Georg": a school, a church, a place
    if any(_looks_like_noun(w, language) for w in words) or words[-1] in _PARTICLES:
        return None
    if (
        language == "de"
        and _common_nouns(words)
        and not _named_after_speech(piece, sentence)
        and not (roles and (_named_after_office(words) or _party_after(sentence, piece[-1].end())))
    ):
        return None
    if language != "de" and (
        any(w in _NOT_NAME_WORDS for w in words)
        or words[-1] in _NOT_LAST_NAME_WORDS
        or _english_common_phrase(words)
    ):
        return None
    if language == "de" and _inflected_noun(words[-1]):
        return None  # "rund um München Probleme": a plural noun ends no name
    if language == "de" and words[0].endswith("en") and words[-1].endswith(("es", "ens")):
        return None  # "Kalten Krieges": an adjective and a genitive noun
    role = (
        " ".join(
            _uninflected_role(places, m.group(), language)
            for m in roles
            if m.group() not in _HONORIFICS and m.group() not in _ACADEMIC_TITLES
        )
        or None
    )
    end = piece[-1].start() + len(words[-1])
    if _initial_surname(words, sentence, end):
        words[-1] += "."  # "Frank S.": the press shortens a defendant's surname to its initial
        end += 1
    return PersonMention(
        name=" ".join(words),
        start=piece[0].start(),
        end=end,
        role=role,
        role_loaded=any(places.is_loaded(m.group()) for m in roles),
    )
