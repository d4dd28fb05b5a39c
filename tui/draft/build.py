"""Assembling the draft briefing: claims, actors, quotes and sources from the article.

Every sentence that states something (not a question, not a fragment) becomes a
candidate claim with its verbatim excerpt, paragraph, hedge cues, figures, actors and a
suggested kind with the reason. Everything generated carries ``status: unverified`` (or
no status where the format has none) and a note starting "Draft:", so the analyst can
see at a glance what nobody has checked yet.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.cues import OTHER, CueHit, classify_hedge, find_cues
from tui.draft.attribution import (
    FEMININE_PERSON,
    SPEECH_VERB,
    Mention,
    RoleSpeaker,
    court_word,
    person_noun,
    quote_speaker,
    role_speaker,
    sentence_source,
)
from tui.draft.attribution import Source as SourceFound
from tui.draft.byline import Byline, date_in_lead, read_byline
from tui.draft.collectives import (
    PEOPLE_OF_A_PLACE,
    collective_base,
    collective_subject,
    subject_position,
)
from tui.draft.figures import find_figures
from tui.draft.gazetteer import REGIONS, Entry, Gazetteer, gazetteer
from tui.draft.gazetteer import Mention as GazetteerMention
from tui.draft.kinds import suggest_kind
from tui.draft.language import RULES_LANGUAGES, article_language, language_name, rules_language
from tui.draft.nouns import (
    TEXT_LANGUAGE,
    compound_parts,
    genitive_lemma,
    is_adjective,
    is_adverb,
    is_english_plural_noun,
    is_english_singular_noun,
    is_finite_verb,
    is_known_common_noun,
    is_proper_name,
)
from tui.draft.organisations import (
    BodyMention,
    find_bodies,
    is_body_head,
    is_kind_of_body,
    name_after_head,
    strong_name,
    trade_of,
)
from tui.draft.outletnames import WEB_ENDINGS
from tui.draft.paragraphs import Block, Layout, split_blocks, word_count
from tui.draft.people import (
    PersonMention,
    after_a_place_word,
    find_people,
    is_aged_name,
    is_party_word,
)
from tui.draft.quotes import find_quotes
from tui.draft.sentences import split_sentences
from tui.draft.source import ArticleText
from tui.draft.statehood import acts_as_state, genitive_of_a_thing
from tui.drafts import (
    ARTICLE_ADVICE,
    CHECK_ACTOR,
    CHECK_ALL,
    CHECK_CLAIM,
    CHECK_LABEL,
    CHECK_OUTLETS,
    CHECK_QUOTE,
    CHECK_SOURCE,
    DATE_FROM_TEXT,
)
from tui.errors import BriefingError
from tui.model import Actor, Alias, Briefing, Claim, Figure, Note, Quote, Source
from tui.words import ID_LANGUAGE, id_words

__all__ = ["DraftError", "draft_briefing", "slugify"]

ARTICLE_ID = "article"
_MIN_CLAIM_WORDS = 3
_DASHES = re.compile(r"\b([a-zäöüß]{2,12})-(?=[^\W\d_])")
"""A hyphen after a lowercase word is a dash ("soll-so heißt es-Truppen verlegt haben"),
which would hide the cue in one long word; replaced by a space (same length, so offsets
hold) before cues are looked for."""
_SINGLE_NAME = re.compile(r"\b[^\W\d_][\w-]*\b")
_POSSESSIVE = re.compile(r"['\u2019]s\Z")
_PARTICLE_SURNAME = re.compile(r"[a-z]{1,3}-[A-ZÄÖÜ]")
"""A surname that opens with a lowercase particle joined by a hyphen ("al-Rashidi",
"el-Sisi"): a capitalised word all the same, when it is a word of a person named before."""
_LOWER_NEXT = re.compile(r"\s+[a-zäöü]")
_ENDING = " .!?;:\"'“”„«»"
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class DraftError(BriefingError):
    """The article holds nothing to draft from (no body paragraph)."""


def slugify(text: str, limit: int = 60) -> str:
    """A format id from free text: lowercase ASCII words joined by '-'. German umlauts
    become their two-letter spellings ("Förderung" -> "foerderung", not "forderung",
    which is another word); other accents are dropped ("Mélenchon" -> "melenchon")."""
    slug = ""
    for word in id_words(text):
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "draft"


@dataclass
class _ActorDraft:
    id: str
    name: str
    kind: str
    aliases: dict[str, int] = field(default_factory=dict)
    loaded: dict[str, int] = field(default_factory=dict)
    paragraphs: list[int] = field(default_factory=list)
    role: str | None = None
    anonymous: bool = False
    tokens: tuple[str, ...] = ()
    company: bool | None = None
    """True for a business the gazetteer knows, False for its institutions, None when the
    name's shape found it: which of them "the company" or "the agency" may point at."""
    acting: bool = False
    """For a state: named at least once as the state, not only as a place or an
    adjective (:func:`tui.draft.statehood.acts_as_state`)."""
    _paragraph_set: set[int] = field(default_factory=set, repr=False)

    def seen(self, alias: str | None, paragraph: int, *, loaded: bool = False) -> None:
        # a set beside the list: a scan of the list made every mention cost O(paragraphs)
        if paragraph not in self._paragraph_set:
            self._paragraph_set.add(paragraph)
            self.paragraphs.append(paragraph)
        if alias:
            target = self.loaded if loaded else self.aliases
            target.setdefault(alias, paragraph)

    def _listed(self, name: str) -> bool:
        """Whether the gazetteer lists ``name`` for this actor ("Kremlchef" for Putin): a
        name of theirs, not only the office they hold."""
        return any(m.entry.id == self.id and m.text == name for m in gazetteer().find(name))

    def to_model(self) -> Actor:
        # An alias equal to the name says nothing more, but an anonymous actor's name is
        # a label (a merge drops it, as docs/format.md has it): the words the text used
        # stay an alias even when they are its name.
        # A named person's office as the text wrote it ("Der Vorsitzende des Verbands, X")
        # is their role, no second name.
        aliases: list[Alias] = [
            Alias(name=name, paragraph=p)
            for name, p in self.aliases.items()
            if (name != self.name or self.anonymous)
            and (self.anonymous or self.kind != "person" or name != self.role or self._listed(name))
        ]
        aliases += [
            Alias(
                name=name,
                loaded=True,
                paragraph=p,
                note=f"Draft: an evaluative label the text puts before the name; {CHECK_LABEL}",
            )
            for name, p in self.loaded.items()
        ]
        numbers = ", ".join(str(p) for p in self.paragraphs)
        where = f"paragraph{'s' if len(self.paragraphs) != 1 else ''} {numbers}"
        if not self.paragraphs:
            where = "the byline (the article's writer)"
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            role=self.role,
            aliases=aliases,
            anonymous=self.anonymous,
            note=f"Draft: found in {where}; {CHECK_ACTOR}",
        )


def _headed_before(words: list[str]) -> bool:
    """Whether a body's name holds the head of a body's name before its last word
    ("Fahrgastverband Pro Bahn", "Verein Mehr Demokratie"): the last word is then part
    of a name of its own, not the body's kind."""
    return any(is_body_head(word) for word in words[:-1])


_MEDIA_REPORTS = "media-reports"
"""The id of the unnamed media that "reports said" rests on."""
_MEDIA_AT_LARGE = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:media|press)(?:\s+reports)?|media\s+reports")
"""Media named by no outlet ("Japanese media", "media reports"): the same source as a
bare "reports said" in the text."""
_BARE_REPORTS = re.compile(
    r"(?:(?:,|\A\W*)\s*|\baccording\s+to\s+)(?:(?:media|press|news|newspaper)\s+)?reports"
    r"(?:\s+(?:said|say|suggested|suggest|indicated|indicate|claimed)\b|\s*[.,;]|\Z)"
)
"""Reports of no outlet as a sentence's source ("…, reports said", "according to media
reports."), not "reports by the BBC": unnamed media."""


def _media_reports(actors: _Actors, paragraph: int) -> str:
    """The unnamed media that "reports said" rests on: the "Japanese media" named before,
    else an anonymous outlet of its own."""
    for actor in actors.by_id.values():
        if actor.kind == "media" and actor.anonymous and _MEDIA_AT_LARGE.fullmatch(actor.name):
            actor.seen("reports", paragraph)
            return actor.id
    reports = actors.other(_MEDIA_REPORTS, "Media reports", "media", anonymous=True)
    reports.seen("reports", paragraph)
    return reports.id


class _Actors:
    """Actors as they are found, merged by id; single words join the person they name."""

    def __init__(self, language: str = "de") -> None:
        self.language = language
        self.accused: list[str] = []
        """Named people a trial may be about, in the order named: each named in a
        sentence of a court or a charge, or with the surname cut to its initial."""
        """The article's: German compounds' initials are looked for in German text only
        (that takes the German model, a tenth of a second to load)."""
        self.by_id: dict[str, _ActorDraft] = {}
        self._by_token: dict[str, tuple[int, _ActorDraft]] = {}
        self._bodies: dict[str, _ActorDraft] = {}
        self.last_company: _ActorDraft | None = None
        self.companies: list[_ActorDraft] = []
        """Businesses in the order last named: "der Konzern" skips a bank named since."""
        self.last_institution: _ActorDraft | None = None
        self.tentative: set[str] = set()
        self.women: set[str] = set()
        """People a German feminine office named ("die Weltmeisterin"): no "er" is theirs."""
        """Actors made for a kind of body alone, dropped from the finished draft."""
        self.unnamed_kinds: set[str] = set()
        """Kinds of body named alone with nothing before to point at ("die Behörde"):
        no actor, even when a verb of saying makes them a speaker."""
        """Each word of a person's name -> the person most recently named with it (and
        when): looking a word up must not scan every actor found so far."""

    def known(self, entry: Entry) -> _ActorDraft:
        if entry.id not in self.by_id:
            actor = _ActorDraft(entry.id, entry.name, entry.kind, company=entry.company)
            self.by_id[entry.id] = actor
            if entry.kind == "person":
                actor.tokens = tuple(entry.name.split())
                for token in actor.tokens:
                    self._by_token[token] = (len(self.by_id), actor)
            elif entry.kind == "organisation" and " " in entry.name:
                # "des Instituts" after "Robert Koch-Institut" refers back to it
                self._bodies.setdefault(_body_key(entry.name), actor)
        return self.by_id[entry.id]

    def body(self, name: str, kind: str, *, anonymous: bool = False) -> _ActorDraft:
        """An organisation or outlet found by the shape of its name; inflected forms
        ("Deutschen Bahn", "Statistischen Bundesamts") join the first form seen."""
        if kind == "media" and anonymous and _MEDIA_AT_LARGE.fullmatch(name):
            reports = self.by_id.get(_MEDIA_REPORTS)
            if reports is not None:
                return reports  # "reports said" … "Japanese media reported": one source
        key = _body_key(name)
        if key in self._bodies:
            known = self._bodies[key]
            if kind == "media" and known.kind == "organisation" and not anonymous:
                known.kind = kind  # "gegenüber der FTD", then "nach FTD-Informationen"
            return known
        earlier = (
            self._earlier_body(name)
            or self._by_last_word(name, kind)
            or self._by_compound_head(name, kind)
        )
        if earlier is not None:
            self._bodies[key] = earlier
            return earlier
        bare = self._bare_body(name, kind)
        if bare is not None:
            return bare
        return self._new_body(key, name, kind, anonymous=anonymous)

    def _bare_body(self, name: str, kind: str) -> _ActorDraft | None:
        """A body first named by its kind alone and now in full ("die Polizei" …
        "die Kieler Polizei"): the same body, which takes the fuller name."""
        words = name.split()
        if len(words) < 2 or kind != "organisation" or _headed_before(words):
            return None  # "Fahrgastverband Pro Bahn" is no fuller "die Bahn"
        actor = self._bodies.get(_body_key(words[-1]))
        if actor is None or actor.kind != "organisation" or " " in actor.name:
            return None
        actor.aliases.setdefault(actor.name, min(actor.paragraphs or [1]))
        actor.name = name
        self._bodies[_body_key(name)] = actor
        return actor

    def _by_last_word(self, name: str, kind: str) -> _ActorDraft | None:
        """The body named before whose name ends in the one word ``name`` after words
        that only qualify it ("die Bahn" after "Deutsche Bahn", "der Bank" after
        "Deutsche Bank"): the same body. A name whose last word follows a body's own
        head ("Fahrgastverband Pro Bahn") is a name of its own, which "die Bahn" is not."""
        if kind != "organisation" or " " in name or name.isupper() or not name[:1].isupper():
            return None
        for actor in reversed(list(self._bodies.values())):
            words = actor.name.split()
            if (
                actor.kind == "organisation"
                and len(words) > 1
                and words[-1] == name
                and not _headed_before(words)
            ):
                return actor
        return None

    def _by_compound_head(self, name: str, kind: str) -> _ActorDraft | None:
        """The German body named before as one compound that ``name`` is the head of
        ("des Ausschusses" after "der Kulturausschuss", "die Kommission" after "die
        Expertenkommission"): the text names it again by its kind, inflected or not."""
        if self.language != "de" or kind != "organisation" or " " in name or name.isupper():
            return None
        head = _body_key(name)
        if len(head) < 6:
            return None
        for actor in reversed(list(self._bodies.values())):
            words = actor.name.split()
            if (
                actor.kind == "organisation"
                and len(words) == 1
                and len(words[0]) > len(head)
                and _body_key(words[0]).endswith(head)
            ):
                return actor
        return None

    def body_around(self, sentence: str, start: int, end: int) -> _ActorDraft | None:
        """A body named before whose name ends in the words at ``start:end`` and stands
        there in full ("Thomson Reuters" around "Reuters")."""
        for actor in self._bodies.values():
            name = actor.name
            if (
                " " in name
                and sentence[start:end] != name
                and name.endswith(" " + sentence[start:end])
                and sentence[max(0, end - len(name)) : end] == name
            ):
                return actor
        return None

    def named_body(self, word: str) -> _ActorDraft | None:
        """The body named before whose name holds ``word`` as a word of its own ("Nordbau"
        after "Wohnungskonzern Nordbau"): a lone word that names it again."""
        key = _body_key(word)
        if key in self._bodies:
            return self._bodies[key]
        for actor in reversed(list(self._bodies.values())):
            if actor.kind in ("organisation", "media") and word in actor.name.split():
                return actor
        return None

    def pointing_body(self, name: str) -> _ActorDraft | None:
        """The body that "der Konzern", "die Behörde" points back at: one named before
        with that name, else the business ("Konzern", "Bank") or the institution named
        last; None when the text has named none, since a kind of body alone names no
        actor of its own."""
        key = _body_key(name)
        if key in self._bodies:
            return self._bodies[key]
        earlier = self._earlier_body(name)
        if earlier is not None:
            return earlier
        head = _uninflected_head(name)
        if head.endswith(_GOVERNMENT_HEADS):
            # "die Landesregierung" after "die IG Metall": a government points back at
            # a government only, never at the union or institute named before
            last = self.last_institution
            return last if last is not None and head in _uninflected_head(last.name) else None
        if head not in _BUSINESS_HEADS:
            if self.other_branch(name):
                return None  # "die Verwaltung" after "der Stadtrat": not the council
            return self.last_institution
        for company in reversed(self.companies):
            # "der Konzern" after "Analystin X von der DZ Bank": a bank is no group
            other = _business_head(company.name)
            if other in (None, head) and not _other_trade(company.name, head):
                return company
            if head in ("unternehmen", "firma"):
                return company
        return self.last_company

    def called_by_kind(self, actor: _ActorDraft, kind: str) -> None:
        """``actor`` was just called by a kind of body alone ("der Verband" after "der
        BUND"): a kind that is no business ("Verband", "Partei", "Behörde") says the body is
        none, so "des Unternehmens" later never points back at it (the company the text
        named is meant, or nobody)."""
        if actor.company is not None or not _uninflected_head(kind).endswith(_NO_BUSINESS_KINDS):
            return
        actor.company = False
        if actor in self.companies:
            self.companies.remove(actor)
        if self.last_company is actor:
            self.last_company = self.companies[-1] if self.companies else None

    def other_branch(self, name: str) -> bool:
        """Whether ``name`` is a kind of body of the other branch than the institution
        named last: an administration after a council, or a council after an office."""
        last = self.last_institution
        branch = _branch(_uninflected_head(name))
        return (
            last is not None
            and branch is not None
            and _branch(_uninflected_head(last.name)) not in (None, branch)
        )

    def named(self, actor: _ActorDraft) -> None:
        """``actor`` was just named: what "the company" or "die Behörde" points back at. A
        body of unknown kind named like an institution (:func:`_institution`) is no
        company "des Unternehmens" may mean."""
        if actor.kind != "organisation":
            return
        if actor.company is not False and not (actor.company is None and _institution(actor.name)):
            self.last_company = actor
            if actor in self.companies:
                self.companies.remove(actor)
            self.companies.append(actor)
        if actor.company is not True:
            self.last_institution = actor

    def _new_body(self, key: str, name: str, kind: str, *, anonymous: bool) -> _ActorDraft:
        name = strong_name(name) if kind == "organisation" else name
        # "der Deutsche Gewerkschaftsbund" is the "Deutscher Gewerkschaftsbund"
        actor_id = _unique(slugify(name), self.by_id, name)
        actor = self.by_id.get(actor_id) or _ActorDraft(actor_id, name, kind, anonymous=anonymous)
        if actor.kind == "person" and kind in ("organisation", "media") and not anonymous:
            # "Halvorsen said …" read as a surname, then "Halvorsen, which makes …": a body
            actor.kind = kind
            for token in actor.tokens:
                if self._by_token.get(token, (0, None))[1] is actor:
                    del self._by_token[token]
            actor.tokens = ()
        self.by_id[actor_id] = actor
        self._bodies[key] = actor
        self._bodies.setdefault(_body_key(name), actor)
        return actor

    def body_keys(self) -> frozenset[str]:
        """The keys of every body named so far."""
        return frozenset(self._bodies)

    def alias(self, name: str, actor: _ActorDraft) -> _ActorDraft:
        """``name`` names ``actor`` from now on ("Deutscher Wetterdienst (DWD)")."""
        self._bodies.setdefault(_body_key(name), actor)
        return self._bodies[_body_key(name)]

    def _earlier_body(self, name: str) -> _ActorDraft | None:
        """A body named before that ``name`` refers back to: "die Gewerkschaft" after
        "Lokführergewerkschaft GDL", "ESA" after "European Space Agency" (or the
        reverse)."""
        initials = _initials(name)
        for actor in reversed(list(self._bodies.values())):
            if (
                " " not in name
                and len(name) >= 5
                and not name.isupper()
                and any(
                    w.casefold().endswith((name.casefold(), name.casefold().removesuffix("s")))
                    for w in _kind_words(actor.name)
                )  # "des Instituts" after "Robert Koch-Institut"
            ):
                return actor
            if " " in name and actor.name.endswith(" " + name) and not name.isupper():
                return actor  # "the City Council" after "Nottingham City Council"
            if name.isupper() and _initials(actor.name) == name.replace("&", ""):
                return actor  # "ESA" for "European Space Agency", "P&G" for "Procter & Gamble"
            if (
                self.language == "de"
                and name.isupper()
                and 3 <= len(name) <= 6
                and name in _part_initials(actor.name)
            ):
                return actor  # "IHK" for "Industrie- und Handelskammer"
            if initials and len(initials) >= 2 and actor.name == initials:
                return actor
            if _ends_in_short_name(actor.name, name) or _ends_in_short_name(name, actor.name):
                return actor  # "EVG" and "Verkehrsgewerkschaft EVG": one union
        return None

    def person_by_role(self, word: str) -> _ActorDraft | None:
        """The person most recently given an office that ends in ``word`` ("Kanzler")."""
        folded = word.casefold()
        if len(folded) < 5:
            return None
        # "der CDU-Chef" after "Unions-Fraktionschef Merz": the office's head noun
        head = folded.rsplit("-", 1)[1] if "-" in folded.strip("-") else None
        best: _ActorDraft | None = None
        if head in ("politiker", "politikerin"):
            # "der SPD-Politiker": the politician named last, whatever their office
            people = [a for a in self.by_id.values() if a.kind == "person" and not a.anonymous]
            return people[-1] if people else None
        for actor in self.by_id.values():
            if actor.kind == "person" and actor.role:
                last = actor.role.split()[-1].casefold()
                if (
                    last == folded
                    or (last.endswith(folded) and len(folded) >= 6)
                    or (head is not None and len(head) >= 4 and last.endswith(head))
                ):
                    best = actor
        return best

    def body_of_kind(self, noun: str) -> str | None:
        """The organisation named last that "the hospital" or "the pollster" may be: one
        whose name holds the noun, else one whose name says no other kind ("Riverside
        Memorial", "YouGov", not "California Nurses Association")."""
        from tui.draft.organisations import names_a_kind

        folded = noun.casefold()
        for actor in reversed(list(self.by_id.values())):
            if actor.kind != "organisation" or actor.anonymous:
                continue
            if actor.company is True and folded not in _BUSINESS_NOUNS_EN:
                continue  # "the port said" after "Maersk": a port is no shipping line
            if folded in actor.name.casefold() or not names_a_kind(actor.name):
                return actor.id
        return None

    def body_with_word(self, word: str) -> _ActorDraft | None:
        """The organisation or outlet named before whose name holds ``word`` as its first
        word ("Campbell" for "Campbell Soup Co"): a lone name beside a verb of saying that
        stands for it."""
        for actor in reversed(list(self._bodies.values())):
            words = actor.name.split()
            if actor.kind in ("organisation", "media") and len(words) > 1 and words[0] == word:
                return actor
        return None

    def last_court(self) -> str | None:
        """The court named last ("Landesarbeitsgericht", "Crown Court"): whom "die
        Kammer" or "the judges" stand for; None when no court was named."""
        for actor in reversed(list(self.by_id.values())):
            if actor.kind == "organisation" and _COURT_NAME.search(actor.name):
                return actor.id
        return None

    def person(self, name: str) -> _ActorDraft:
        actor_id = _unique(slugify(name), self.by_id, name)
        if actor_id not in self.by_id:
            actor = _ActorDraft(actor_id, name, "person", tokens=tuple(name.split()))
            self.by_id[actor_id] = actor
            for token in actor.tokens:
                self._by_token[token] = (len(self.by_id), actor)
        return self.by_id[actor_id]

    def other(self, actor_id: str, name: str, kind: str, *, anonymous: bool = False) -> _ActorDraft:
        if actor_id not in self.by_id:
            self.by_id[actor_id] = _ActorDraft(actor_id, name, kind, anonymous=anonymous)
        return self.by_id[actor_id]

    def person_by_word(self, word: str) -> _ActorDraft | None:
        """The person most recently named in full whose name holds ``word``."""
        bare = word.removesuffix("s") if word.endswith("s") and len(word) > 4 else word
        found = [self._by_token[w] for w in (word, bare) if w in self._by_token]
        return max(found, key=lambda item: item[0])[1] if found else None


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Dd](?:er|ie|as|en|em|es)|[Tt]he)\s+\Z")
_PLACE_AFTER = re.compile(r"\s+(?:in|im|aus|von|of|at|für|der|des)\s+[A-ZÄÖÜ]")


_NAME_PARTICLES = frozenset({"von", "van", "de", "zu", "da", "del", "di"})


def _two_named_before(
    person: PersonMention, actors: _Actors
) -> list[tuple[_ActorDraft, tuple[int, int]]] | None:
    """The two people a run of a surname, a particle and a surname names when both
    surnames belong to different people named in full before ("Bö zu Fourcade", "Müller
    von Schmidt" after both were named): the particle is a preposition between them,
    not part of one name."""
    words = person.name.split()
    if len(words) != 3 or words[1] not in _NAME_PARTICLES:
        return None
    first, last = actors.person_by_word(words[0]), actors.person_by_word(words[2])
    if first is None or last is None or first is last:
        return None
    if first.name == person.name or last.name == person.name:
        return None
    end_first = person.start + len(words[0])
    start_last = person.end - len(words[2])
    return [(first, (person.start, end_first)), (last, (start_last, person.end))]


def _points_back(sentence: str, start: int, end: int) -> bool:
    """Whether a body's kind alone ("die Behörde", "der Konzern") points back at a body
    named before: right after an article, with no adjective between ("die russische
    Armee" names an army) and no place or owner after it ("das Gericht in Zürich")."""
    return bool(_ARTICLE_BEFORE.search(sentence, 0, start)) and not _PLACE_AFTER.match(
        sentence, end
    )


_BUSINESS_NOUNS_EN = frozenset(
    "company firm business group retailer operator developer carrier lender insurer supplier"
    " manufacturer maker chain airline contractor publisher broadcaster carmaker automaker"
    " bank chipmaker brewer exporter importer distributor startup start-up conglomerate"
    " giant owner".split()
)
"""What a business is called in English: "the port" or "the council" is never the company
named before, whatever else its name says."""
_BUSINESS_HEADS = ("konzern", "bank", "unternehmen", "firma", "hersteller", "autobauer")
"""Kinds of body that are businesses: "der Konzern" points back at the company named last."""


_NO_BUSINESS_KINDS = (
    "verband", "verein", "gewerkschaft", "partei", "stiftung", "behörde", "ministerium",
    "initiative", "bündnis",
)  # fmt: skip
"""How German kinds of body end that are never a business: an association, a club, a
union, a party, a foundation, an authority, a ministry, a campaign, an alliance."""


_GOVERNMENT_NOUNS = frozenset(
    "stadt land bund kreis staat freistaat gemeinde kommune bezirk landkreis".split()
)
"""German common nouns that alone name a government ("das Land", "der Bund", "die
Stadt"): a public body, never a company."""


def _institution(name: str) -> bool:
    """Whether a body of unknown kind is named like an institution: its name ends like a
    public body's, a union's or an association's ("BUND", "Mieterbund", "Stadtrat"), or is
    a government's common noun ("Land", "Stadt"). "Nach Angaben des Unternehmens" never
    points back at one, as the attribution's reading of the sentence before does not."""
    return _PUBLIC_BODY.search(name) is not None or name.casefold() in _GOVERNMENT_NOUNS


_ANY_BUSINESS = frozenset(("konzern", "unternehmen", "firma"))
"""Kinds of business that name any company, whatever its trade."""


_GOVERNMENT_HEADS = ("regierung", "senat")
"""How a German government's name ends ("Landesregierung", "Bundesregierung", "Senat")."""


_ASSEMBLY_HEADS = (
    "rat", "parlament", "landtag", "bundestag", "kreistag", "versammlung", "ausschuss",
    "fraktion",
)  # fmt: skip
"""How the name of a German body that debates and votes ends: a council ("Stadtrat",
"Gemeinderat", "Aufsichtsrat"), a parliament, a committee, a parliamentary group."""
_ADMINISTRATION_HEADS = ("verwaltung", "behörde", "amt", "ministerium")
"""How the name of a German body that carries out what others decide ends: an
administration, an authority, an office, a ministry."""


def _branch(head: str) -> str | None:
    """Whether a body's head names an assembly or an administration, None when neither:
    "die Verwaltung" or "die Behörde" never points back at a council named before ("Der
    Stadtrat beschloss … Nach Angaben der Verwaltung"), nor "der Rat" at an office; the
    council decides, its administration carries it out, and they speak apart."""
    if head.endswith(_ADMINISTRATION_HEADS):
        return "administration"
    if head.endswith(_ASSEMBLY_HEADS) and not head.endswith(_NOT_COUNCILS):
        return "assembly"
    return None


_NOT_COUNCILS = ("landrat", "apparat", "demokrat")
"""Words that end in "rat" and name no council: a district's head ("Landrat"), a party's
member, a thing."""


def _uninflected_head(name: str) -> str:
    """The casefolded last word of ``name`` without a genitive ending ("Konzerns")."""
    word = name.split()[-1].casefold() if name.split() else ""
    return word.removesuffix("es") if word.endswith("nes") else word.removesuffix("s")


def _business_head(name: str) -> str | None:
    """The kind of business a name ends in ("Volksbank Mitte" -> "bank", "Wohnungskonzern
    Nordbau" -> "konzern"), None when its words say none ("Dürrwang", "Siemens")."""
    for word in reversed(name.split()):
        folded = _uninflected_head(word)
        head = next((h for h in _BUSINESS_HEADS if folded.endswith(h)), None)
        if head is not None:
            return head
    return None


def _other_trade(name: str, head: str) -> bool:
    """Whether a company's name opens with a trade that is not the kind ``head`` names
    ("Anbieter Netpay" for "die Bank"): "der Konzern" may be any business, "die Bank" only
    a bank or one whose name says no trade."""
    words = name.split()
    trade = trade_of(words[0]) if len(words) > 1 else None
    return head not in _ANY_BUSINESS and trade is not None and trade != head


def _ends_in_short_name(long: str, short: str) -> bool:
    """Whether a body's name ends or opens with the capitals it goes by
    ("Lokführergewerkschaft GDL", "SKU Amstetten", "RBC Capital Markets"): the capitals
    alone are that body."""
    if not short.isupper() or len(short) < 2:
        return False
    return long.endswith(" " + short) or long.startswith(short + " ")


def _initials(name: str) -> str:
    """ "European Space Agency" -> "ESA"; "" for a name of one word."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) > 2 and words[-1].casefold() in _LEGAL_FORMS:
        words = words[:-1]  # "Marks & Spencer Ltd" -> "MS", as in "M&S"
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _part_initials(name: str) -> frozenset[str]:
    """The ways a German name's initials are taken: of every noun in its compounds, or of
    each word and the nouns of the last ("Industrie- und Handelskammer" -> "IHK",
    "Handwerks- und Gewerbekammer" -> "HGK", "Deutscher Gewerkschaftsbund" -> "DGB")."""
    words = [w for w in name.split() if w[:1].isupper()]
    if not words or not re.search(r"[a-zäöüß]{4}", name):
        return frozenset()
    every = [p for w in words for p in compound_parts(w)]
    last = [w[0].casefold() for w in words[:-1]] + compound_parts(words[-1])
    return frozenset(
        "".join(p[0] for p in parts).upper() for parts in (every, last) if len(parts) >= 2
    )


_LEGAL_FORMS = frozenset(
    "inc inc. corp corp. corporation co co. ltd ltd. limited plc llc gmbh ag se kgaa n.v"
    " s.a holdings".split()
)
"""A company's legal form, which the text may leave off ("Halden Logistics Inc." and
"Halden Logistics" are one company)."""


def _body_key(name: str) -> str:
    """The same key for the inflected forms of a body's name, with or without its legal
    form; a name in capitals that spells a common word keeps its own key
    (:func:`_capitals_of_a_word`)."""
    if _capitals_of_a_word(name):
        return name
    words = name.casefold().split()
    if len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words = words[:-1]
    stems = []
    for index, word in enumerate(words):
        if index < len(words) - 1:
            for ending, base in (("en", "e"), ("er", "e"), ("es", "e")):
                if word.endswith(ending) and len(word) > 5:
                    word = word[: -len(ending)] + base
                    break
        elif word.endswith(("tes", "sses")):
            word = word.removesuffix("es")  # "Amtes", "Ausschusses" as "Amt", "Ausschuss"
        elif not word.endswith("ss"):
            word = word.removesuffix("s")
        stems.append(word)
    return " ".join(stems)


def _capitals_of_a_word(name: str) -> bool:
    """Whether ``name`` is one word in capitals whose letters, written as a noun, are a
    German common noun ("BUND" and "der Bund", "BILD" and "ein Bild"): the capitals name
    one body (the environmental group) and the word another (the federal government) or
    nobody, so case keeps them apart where other names fold their case. Only in a German
    draft: an English one never loads the German model."""
    return (
        TEXT_LANGUAGE.get() == "de"
        and " " not in name
        and len(name) >= 3
        and name.isalpha()
        and name.isupper()
        and is_known_common_noun(name[0] + name[1:].lower())
    )


def _unique(wanted: str, taken: dict[str, _ActorDraft], name: str) -> str:
    if wanted not in taken or taken[wanted].name == name:
        return wanted
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"


def _figure(draft: object) -> Figure:
    from tui.draft.figures import FigureDraft

    assert isinstance(draft, FigureDraft)
    return Figure(
        value=draft.value,
        low=draft.low,
        high=draft.high,
        unit=draft.unit,
        approximate=draft.approximate,
        bound=draft.bound,
    )


def _year(published: str | None) -> int | None:
    return int(published[:4]) if published else None


def _words_of_single_names(sentence: str) -> list[re.Match[str]]:
    return list(_SINGLE_NAME.finditer(sentence))


def draft_briefing(
    article: ArticleText,
    *,
    language: str = "auto",
    progress: Callable[[int, int], None] | None = None,
) -> Briefing:
    """The draft briefing of ``article``; ``language`` is ``de``, ``en`` or ``auto``.

    ``progress`` is called with (paragraphs done, paragraphs in all) after each
    paragraph, so a long article can show that work goes on.
    """
    layout = split_blocks(article.text)
    paragraphs = layout.paragraphs
    if not paragraphs:
        raise DraftError(
            f"{article.origin}: no body paragraph to draft from ({layout.why_no_body()})"
        )
    written = language  # the code the draft says it is in; ``language`` picks the rules
    if language == "auto":
        written = (article.language or "").split("-")[0].casefold()
        if written not in RULES_LANGUAGES:
            written = article_language(article.text)
        language = rules_language(written)
    token = TEXT_LANGUAGE.set(language)  # word tests that hold for one language only
    spelled = ID_LANGUAGE.set(written)  # ids spell "ü" as "ue" in German text only
    try:
        drafted = _draft_in(article, layout, language, progress, written=written)
        return _written_in(drafted, language, written)
    finally:
        ID_LANGUAGE.reset(spelled)
        TEXT_LANGUAGE.reset(token)


def _written_in(draft: Briefing, rules: str, written: str) -> Briefing:
    """``draft`` (drafted with the ``rules`` language's rules) saying it is in
    ``written``, the article's own language: a Russian article drafted with the English
    rules is Russian all the same, and so are its source and its quotes."""
    if written == rules:
        return draft
    sources = [
        s.model_copy(update={"language": written}) if s.id == ARTICLE_ID else s
        for s in draft.sources
    ]
    quotes = [
        q.model_copy(update={"language": written, "note": _translation_asked(q.note)})
        if q.language == rules
        else q
        for q in draft.quotes
    ]
    claims = [
        c.model_copy(update={"note": _unlisted_hedges(c.note, written)}) if c.note else c
        for c in draft.claims
    ]
    return draft.model_copy(
        update={"language": written, "sources": sources, "quotes": quotes, "claims": claims}
    )


_NO_HEDGE = "stated as fact, with no hedge"


def _unlisted_hedges(note: str, written: str) -> str:
    """A claim's note in a language the rules do not cover: "with no hedge" becomes
    "with no hedge the word lists know for Turkish", since a hedge the short lists of
    other languages lack is not seen at all."""
    return note.replace(
        _NO_HEDGE, f"{_NO_HEDGE} the word lists know for {language_name(written)}", 1
    )


def _cues_in(text: str, rules: str, written: str) -> tuple[CueHit, ...]:
    """The hedge cues of ``text`` in the rules' language and, for an article in another
    language (drafted with the English rules), in its own as well: "может", "ربما" and
    "可能" hedge a claim as "may" does, and the kind rules read their categories."""
    found = find_cues(text, language=rules)
    if written == rules or written in RULES_LANGUAGES:
        return found
    own = find_cues(text, language=written)
    return tuple(sorted((*found, *own), key=lambda hit: (hit.start, hit.end))) if own else found


def _draft_in(
    article: ArticleText,
    layout: Layout,
    language: str,
    progress: Callable[[int, int], None] | None,
    *,
    written: str,
) -> Briefing:
    """The draft of ``article`` (laid out in ``layout``) with the rules of ``language``,
    the article being in ``written``: the body of :func:`draft_briefing`."""
    paragraphs = layout.paragraphs
    byline = next(filter(None, (read_byline(b.text) for b in layout.headings)), None)
    published = article.published or layout.dateline or (byline.published if byline else None)
    dated_by_text = False
    if not published:
        # "am Dienstag, 3. Dezember 2026" in the lead: the article's date, marked as read
        # from the text so the analyst checks it
        published = date_in_lead([b.text for b in paragraphs[:2]])
        dated_by_text = published is not None
    publisher_name = article.outlet or (byline.outlet if byline else None)
    writers = article.author or (", ".join(byline.authors) if byline else None)
    if published and not _DATE.fullmatch(published):
        published = published[:10] if _DATE.fullmatch(published[:10]) else None
    places = gazetteer()
    actors = _Actors(language)
    pointed = _pointed_kinds(article.text) if language == "en" else frozenset()
    claims: list[Claim] = []
    quotes: list[Quote] = []

    context = _Context()
    opinion_piece = _commentary(layout.blocks, language, byline)
    for writer in byline.authors if byline is not None else ():
        actors.person(writer)  # who wrote the article is one of its actors
    author = actors.person(opinion_piece.author).id if opinion_piece.author else None
    running: _RunningQuote | None = None
    continued = False
    """Whether the paragraph before left a quotation open: the next one that opens with
    a quotation mark goes on with it, as news copy runs a long quote over paragraphs."""
    for done, block in enumerate(paragraphs):
        if progress is not None:
            progress(done, len(paragraphs))
        number = block.number
        assert number is not None
        text = block.text
        closing = _unclosed(text)
        spans = find_quotes(text + closing)
        carried = None
        if _OPENS_QUOTE.match(text):
            carried = context.last_speaker if continued else _closing_speaker(context, actors)
        continued = bool(closing)
        context.last_speaker = carried  # a quotation that goes on from the paragraph before
        context.reported_speaker = None
        context.paragraph_person = None
        context.paragraph_group = None
        context.people_before = []
        context.sentence_before = ""
        running = None  # offsets are the paragraph's own
        marks = list(_INTERVIEW_MARK.finditer(text))
        _open_interview(context, marks)
        answering = not marks and context.answering and _goes_on_answering(text)
        answer = context.interviewee if _ANSWER.match(text) or answering else None
        if answer is not None:
            # 'A: "…"': the interview's answers are the interviewee's, named in the lead
            context.last_speaker = answer
        context.answering = bool(marks[-1].group("answer")) if marks else answering
        for sentence in split_sentences(text, language):
            answer = _answer_of(context, marks, sentence.start, answering)
            prefix = _INTERVIEW_MARK.match(sentence.text)
            cut = prefix.end() if prefix is not None else 0
            """The words a claim leaves out: the "A:" or "Frage:" that opens an interview's
            line says who speaks, it is none of what they say."""
            local = [
                (span, span.start - sentence.start, span.end - sentence.start)
                for span in spans
                if sentence.start <= span.start < sentence.end
            ]
            terms = [(s, e) for span, s, e in local if not span.direct]
            direct = [(s, e) for span, s, e in local if span.direct]
            named = " " * cut + sentence.text[cut:]
            dateline = (
                _CAPITALS_LEAD.match(named)
                or _DASH_DATELINE.match(named)
                or _credited_dateline(named)
                if sentence.start == 0
                else None
            )
            lead = 0
            if dateline is not None:
                # "NEW YORK (BUSINESS WIRE) --", "EMBARGOED UNTIL 16:00 GMT": a place or a
                # notice in capitals before the text, no body
                named = " " * dateline.end() + named[dateline.end() :]
                credit = _AGENCY_CREDIT.match(named, dateline.end())
                lead = credit.end() if credit is not None else dateline.end()
            mentions = _mentions(named, language, places, actors, number, terms)
            if language == "en":
                mentions += _unnamed_businesses(named, mentions, actors, number, pointed)
            for span, _s, _e in local:
                if span.outlet:
                    inflected = _OBLIQUE_ARTICLE.search(text, max(0, span.start - 6), span.start)
                    outlet_id = _outlet(span.text, actors, number, oblique=inflected is not None)
                    mentions.append(Mention(outlet_id, "media", _s, _e))
            mentions += _anaphors(sentence.text, mentions, context, actors, number)
            mentions.sort(key=lambda m: m.start)
            mentioned = [m.actor for m in mentions]

            # quotes in this sentence: their speakers
            attributed: str | None = None
            attributed = _named_after_quote(
                sentence.text, mentions, context, quotes, claims, language
            )
            unsure: list[int] = []
            unknown_quote = False
            inner_unknown: list[int] = []  # quotations with no cue after the sentence opens
            paper_quoted = False
            quoted = bool(direct)
            one_of, one_cue = _one_of_group(sentence.text, context, actors, number)
            if one_of is not None:
                attributed = one_of  # "Einer von ihnen sagte": one of the group just named
            for span, local_start, local_end in local:
                if not span.direct:
                    continue
                found = quote_speaker(sentence.text, local_start, local_end, mentions)
                if one_of is not None:
                    found = SourceFound(actor=one_of, cue=one_cue)
                sender = _message_sender(sentence.text, local_start, mentions, actors)
                if sender is not None:  # "read out a message from the director: „…“"
                    found = SourceFound(actor=sender, cue="message from")
                named_before = [
                    m.actor
                    for m in mentions
                    if m.kind == "person"
                    and m.end <= local_start
                    and not any(s <= m.start < e for s, e in direct)
                ]
                if (
                    found is None
                    and context.last_source is not None
                    and _CLOSED_BY_HEARSAY.match(text, span.end)
                ):  # "Wie der Verein mitteilte, …. »… . …«, hieß es": the source goes on
                    found = SourceFound(actor=context.last_source, cue="hieß es")
                if found is None:
                    found = _bystander_after_quote(sentence.text, local_end)
                if found is None:
                    found = _subject_person(sentence.text, mentions, local_start)
                if found is None:
                    found = _role_after_quote(sentence.text, local_end, mentions, direct)
                if (
                    found is None
                    and context.paper_owner is not None
                    and _THE_PAPER_QUOTED.search(sentence.text)
                ):  # '"…," according to the study': the words of the study named before
                    found = SourceFound(actor=context.paper_owner, cue="the paper before")
                if found is None and context.sentence_before and context.group_spoke:
                    # "…, schreiben die Fraktionschefs. »…«": the group goes on speaking
                    found = SourceFound(actor=context.group_spoke, cue=_GROUP_BEFORE)
                if (
                    found is not None
                    and found.pronoun
                    and named_before
                    and not _OPENING_PRONOUN.match(sentence.text)
                ):
                    # 'X: "…", sagte er': the person named in the sentence, not the one
                    # before; 'He added that … X "…"' opens with its subject: not X
                    found = SourceFound(actor=named_before[-1], cue=found.cue)
                guessed = span.end > sentence.end and (found is None or found.cue == _GROUP_BEFORE)
                speaker_id, cue = _resolve(
                    found, actors, context, number, quote=True, sentence=sentence.text
                )
                if guessed:  # a quotation that runs on: its closing sentence may name it
                    running = _RunningQuote(len(quotes), span.end, len(claims) + 1, number)
                if (
                    speaker_id is not None
                    and speaker_id == context.paper_owner
                    and (found is None or found.cue == "the paper before")
                ):  # the study quoted before goes on being quoted: its wording, no view
                    paper_quoted = True
                if not cue:
                    unsure.append(len(quotes))
                role = actors.by_id[speaker_id].role if speaker_id in actors.by_id else None
                outlet = _quote_outlet(sentence.text[local_end:], actors)
                if speaker_id == "unknown-speaker":
                    unknown_quote = True  # the other rules may still find the sentence's source
                    if sentence.text[:local_start].strip(_QUOTE_MARKS):
                        inner_unknown.append(len(quotes))
                else:
                    attributed = attributed or speaker_id
                quotes.append(
                    Quote(
                        id=f"q{len(quotes) + 1:02d}",
                        speaker=speaker_id,
                        text=span.text,
                        language=language,
                        kind="direct",
                        role=role,
                        outlet=outlet,
                        paragraph=number,
                        claims=[f"c{len(claims) + 1:02d}"],
                        note=_quote_note(cue, language),
                    )
                )
            if attributed is not None and direct:
                # "Parents criticised the plan, with one mother saying it was „…“": the
                # quotation is the mother's, the sentence the parents'
                attributed = (
                    _main_clause_source(sentence.text, mentions, direct, actors, context, number)
                    or attributed
                )
            if attributed is None and answer is not None:
                # an interview's answer is the interviewee's, whatever it names
                attributed = answer
            cues = _kept_cues(
                sentence.text, _cues_in(_DASHES.sub(r"\1 ", sentence.text), language, written)
            )
            if language == "de":
                cues = _with_subjunctive(sentence.text, cues, direct)
            if attributed is None and context.last_org is not None:
                attributed = _it_before_names(sentence.text, mentions, context.last_org)
            if attributed is None and _THE_STATEMENT_GOES_ON.match(sentence.text):
                attributed = context.last_named_source  # "The statement added that …"
            if attributed is None:
                attributed = _paper_speaks(sentence.text, mentions, context, actors)
            if attributed is None:
                addressed = _addressed_outlets(sentence.text, mentions)
                found = sentence_source(
                    # a wire's dateline and credit ("WASHINGTON (Reuters) -") hold no subject
                    " " * lead + named[lead:],
                    [m for m in mentions if m.actor not in addressed and m.start >= lead],
                    quotes=direct,
                )
                if found is not None:
                    attributed, _cue = _resolve(
                        found, actors, context, number, quote=False, sentence=sentence.text
                    )
            if attributed is None and language == "de":
                attributed = _subject_before_colon(sentence.text, mentions, cues, direct)
            if (
                attributed is None
                and context.paper_owner is not None
                and _THE_PAPER_CITED.search(sentence.text)
            ):  # "…, heißt es in der Studie": the study named before, its body's word
                attributed = context.paper_owner
            if attributed is None and _IT_SAID.search(sentence.text):
                attributed = context.last_org  # "It said …": the body named last
            if attributed is None and _THEY_SAID.search(sentence.text):
                attributed = context.last_group  # "…, they said": the group named last
            if attributed is None and language == "de":
                attributed = _demonstrative_subject(sentence.text, context)
            introduced: str | None = None  # an unnamed person the sentence introduces
            if attributed is None and not any(m.kind == "person" for m in mentions):
                _role_subject(sentence.text, mentions, actors, number, context.people_before)
                introduced = _introduced_by_trade(sentence.text, direct, actors, number)
            if attributed is None and any(
                span.direct and span.start < sentence.start < span.end for span in spans
            ):
                # the second sentence of a quotation: the quotation's speaker goes on
                attributed = context.last_speaker
            if attributed is None and any(hit.cue in _REPORTED_SPEECH for hit in cues):
                # "Die Summe sei …": reported speech goes on from the last source named,
                # across a sentence of the reporter's own between; a person who spoke
                # before and is the clause's subject now speaks of themself
                attributed = _reported_subject(sentence.text, mentions, context, direct)
            if attributed is None and any(hit.cue in _REPORTED_SPEECH for hit in cues):
                attributed = context.last_source or (
                    context.last_named_source
                    if not context.people_before and role_speaker(context.sentence_before) is None
                    else None
                )
                if attributed is None:
                    # "…, bis der Anwalt der Klägerin einen Antrag stellte. Das habe mit …
                    # nichts zu tun": the one person the sentence before named by role
                    attributed = _person_by_role_before(context, actors, number)
            if (
                attributed is None
                and language == "de"
                and context.sentence_before
                and context.last_source is not None
                and actors.by_id[context.last_source].kind == "person"
                and _REPORTED_CONDITIONAL.search(_without_quotes(sentence.text, direct))
            ):
                # "…, sagte die Ministerin. Das hätte Folgen.": the Konjunktiv II right
                # after a person's words goes on with them, as the Konjunktiv I does
                attributed = context.last_source
            if (
                attributed is None
                and language == "en"
                and not any(m.kind == "media" for m in mentions)
                and _BARE_REPORTS.search(_without_quotes(sentence.text, direct))
            ):
                attributed = _media_reports(actors, number)  # "…, reports said."
            reports_the_last = _REPORTS_THE_LAST.match(sentence.text)
            if attributed is None and reports_the_last is not None:
                # "Das melden die „Lübecker Nachrichten“": whoever the sentence names
                addressed = _addressed_outlets(sentence.text, mentions)
                named_here = [
                    m.actor for m in mentions if not m.adjective and m.actor not in addressed
                ]
                attributed = named_here[0] if named_here else None
            if (
                attributed is not None
                and reports_the_last is not None
                and claims
                and claims[-1].paragraph == number
                and claims[-1].attributed_to is None
            ):
                # "Das berichtet das „Handelsblatt“": the sentences before in the paragraph
                # that rest on nobody's word rest on it too
                back = len(claims) - 1
                while (
                    back >= 0
                    and claims[back].paragraph == number
                    and claims[back].attributed_to is None
                ):
                    claims[back] = _attributed(claims[back], attributed, actors)
                    back -= 1
                    if reports_the_last.group("about"):
                        break  # "Darüber informierte X": what the sentence before told
            if (
                attributed is not None
                and actors.by_id[attributed].kind in ("organisation", "media")
                and _A_PAPER.search(sentence.text)
            ):  # "according to an Ofsted report": the report is Ofsted's
                context.paper_owner = attributed
            if attributed is None and unknown_quote:
                attributed = "unknown-speaker"  # a quotation nobody is said to speak
            elif unknown_quote and attributed is not None:
                _give_unknown_quotes(attributed, inner_unknown, actors, quotes, context)
            if running is not None and sentence.start < running.end <= sentence.end:
                if attributed is not None and _found_by_verb(
                    sentence.text[running.end - sentence.start :]
                ):
                    _closing_names_speaker(running, attributed, quotes, claims, actors)
                    context.last_speaker = attributed
                running = None
            context.after_sentence(attributed, mentions, actors, sentence.text)
            if _speaks_indirectly(attributed, sentence.text, direct, actors):
                # "X sagte dagegen, die Tarifautonomie gelte. „Ich mische mich nicht ein.“":
                # the person who spoke last, if in reported speech, speaks the quotation
                context.last_speaker = context.reported_speaker = attributed
            if introduced is not None:
                # "Deutlichere Worte findet eine Krankenschwester. „…“": the quotation
                # nobody is said to speak is hers
                context.paragraph_person = introduced
            if (
                attributed is not None
                and _found_by_verb(sentence.text)
                and not _opens_statement(sentence.text)
            ):
                # the paragraph's own quotes, or those of the paragraph before when the
                # sentence opens this one ("»…«, heißt es in einer Erklärung." ¶
                # "…, schreiben die Fraktionschefs")
                since = number
                closing_verb = _CLOSING_VERB.search(sentence.text)
                if (
                    sentence.start == 0
                    and closing_verb is not None
                    and not any(
                        m.actor == attributed and m.start < closing_verb.start() for m in mentions
                    )  # "X, der Präsident, sagte der dpa, …": X opens it, nothing closes
                ):
                    since = number - 1
                _name_unknown_speaker(attributed, since, actors, quotes, claims)
            if (
                context.paragraph_person is None
                and context.last_person is not None
                and not any(m.kind == "person" for m in mentions)
                and _PERSON_PRONOUN.search(_without_quotes(sentence.text, direct))
            ):
                # "Asked about jobs, she paused. „…“": the quotation is hers
                context.paragraph_person = context.last_person
            context.sentence_before = sentence.text
            context.unsure_quotes = (unsure, len(claims))
            if sentence.text.rstrip().endswith("?"):
                continue
            if word_count(sentence.text) < _MIN_CLAIM_WORDS:  # Chinese: by characters
                continue
            partial = [
                (s, e) for s, e in direct if language != "de" and _short(sentence.text[s:e])
            ]  # 'said his side had "shown real character"': a quoted term for the kind
            whole = [(s, e) for s, e in direct if (s, e) not in partial]
            if whole and (paper_quoted or _THE_PAPER_QUOTED.search(sentence.text)):
                # '"…," according to the study': a paper's own wording, not a view
                whole = []
            suggestion = suggest_kind(
                sentence.text,
                language,
                cues,
                quoted_view=quoted and bool(whole),
                quotes=[sentence.text[s:e] for s, e in whole],
                quoted_terms=bool(partial)
                or any(
                    not span.outlet and not _names_media(span.text, places)
                    for span, _s, _e in local
                    if not span.direct
                ),
                article_year=_year(published),
                commentary=opinion_piece.commentary and attributed is None,
                lead=not claims,
            )
            if attributed is None and author is not None:
                # an op-ed's plain sentences rest on its author's word
                attributed = author
                actors.by_id[author].seen(None, number)
            figures = [_figure(f) for f in find_figures(sentence.text, language)]
            claim_sources = [ARTICLE_ID]
            if attributed is not None and actors.by_id[attributed].kind == "media":
                claim_sources.append(attributed)
            for outlet_id in _addressed_outlets(sentence.text, mentions):
                if outlet_id not in claim_sources:  # "X told Reuters": X's word, via Reuters
                    claim_sources.append(outlet_id)
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1:02d}",
                    statement=sentence.text[cut:],
                    kind=suggestion.kind,
                    excerpt=sentence.text[cut:],
                    paragraph=number,
                    hedges=_hedges(sentence.text, cues),
                    figures=figures,
                    attributed_to=attributed,
                    actors=list(dict.fromkeys(mentioned)),
                    sources=claim_sources,
                    note=f"Draft: kind suggested as {suggestion.kind} because"
                    f" {_in_marks(suggestion.reason, language)}. The statement copies the"
                    f" article's sentence: {CHECK_CLAIM}",
                )
            )
    claims, quotes = _merge_roles(actors, claims, quotes)
    claims, quotes = _merge_surnames(actors, claims, quotes)
    claims, quotes = _merge_aged(actors, claims, quotes)
    claims, quotes = _merge_body_groups(actors, claims, quotes)
    claims, quotes = _merge_town_bodies(actors, claims, quotes)
    claims, quotes = _merge_outlets(actors, claims, quotes)
    claims, quotes = _drop_tentative(actors, claims, quotes)
    claims = _drop_places(actors, claims, quotes)
    if (
        "unknown-speaker" in actors.by_id
        and not any(q.speaker == "unknown-speaker" for q in quotes)
        and not any(c.attributed_to == "unknown-speaker" for c in claims)
    ):  # every quote it stood for found its speaker after all
        del actors.by_id["unknown-speaker"]
    publisher = _publisher(actors, publisher_name, article.text)
    sources = [s for s in _media_sources(actors) if s.id not in publisher]
    if publisher:  # the outlet that published the article is no source it cites
        claims = [
            c.model_copy(update={"sources": [s for s in c.sources if s not in publisher]})
            for c in claims
        ]
        # a quote given to the paper itself ("told the Courier") first appeared in it
        quotes = [
            q.model_copy(update={"outlet": ARTICLE_ID}) if q.outlet in publisher else q
            for q in quotes
        ]
    # a quote's claim id must exist: drop links to sentences that were not claims
    claim_ids = {claim.id for claim in claims}
    quotes = [
        q.model_copy(update={"claims": [c for c in q.claims if c in claim_ids]}) for q in quotes
    ]

    # the headline: the first heading before the text that is no byline ("By Jane Doe,
    # The Northern Ledger, 3 December 2026" above the headline names who wrote it)
    headings = itertools.takewhile(lambda block: block.number is None, layout.blocks)
    leading = next((b for b in headings if read_byline(b.text) is None), None)
    title = article.title or (leading.text if leading is not None else None)
    title = title or _shorten(paragraphs[0].text)
    article_source = Source(
        id=ARTICLE_ID,
        url=article.url,
        title=article.title,
        outlet=publisher_name,
        author=writers,
        kind="article",
        language=language,
        published=published,
        description=f"{ARTICLE_ADVICE} ({article.recorded_origin})."
        + (DATE_FROM_TEXT if dated_by_text else ""),
    )
    return Briefing(
        id=slugify(title),
        title=title,
        language=language,
        published=published,
        article=ARTICLE_ID,
        actors=[actor.to_model() for actor in actors.by_id.values()],
        claims=claims,
        quotes=quotes,
        sources=[article_source, *sources],
        notes=[
            Note(
                id="n-draft",
                kind="other",
                text="Draft: generated by `briefing new` from the article; every actor,"
                f" claim, quote and source in it {CHECK_ALL}",
                sources=[ARTICLE_ID],
            )
        ],
    )


_PAPER_NOUNS = (
    r"report|study|survey|analysis|review|audit|inquiry|assessment|Bericht|Berichts|Studie"
    r"|Umfrage|Analyse|Gutachten|Gutachtens|Untersuchung|Auswertung"
)
_A_PAPER = re.compile(
    r"\b(?:an?|einem|einer|eines|einen|eine|ein|its|seinem|seiner|ihrem|ihrer)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:" + _PAPER_NOUNS + r")\b"
)
"""A report, study or survey brought in with the indefinite article or its owner's word
("according to an Ofsted report", "laut einer Studie des Instituts")."""
_PAPER_SPEAKS = re.compile(
    r"\A\W*(?:The|This|That|Der|Die|Das|Dieser|Diese|Dieses)\s+(?:[\w-]+\s+){0,2}?(?:"
    + _PAPER_NOUNS
    + r")\b(?P<aside>\s*,[^,]{1,80},)?\s+(?:\w+\s+)?(?:says|said|finds|found|shows|showed"
    r"|recommends|recommended|concludes|concluded|warns|warned|notes|noted|states|stated"
    r"|suggests|suggested|empfiehlt|empfahl|zeigt|zeigte|warnt|warnte|besagt|kritisiert"
    r"|kritisierte|bemängelt|bemängelte|kommt|kam)\b"
)
"""A report or study named with "the" that speaks as the subject ("The report, seen by
the Gazette, says …", "Der Bericht empfiehlt …")."""
_SEEN_BY = re.compile(r"\A\s*,\s*(?:seen|obtained|reviewed|leaked\s+to|eingesehen)\b")
"""An aside that says who got to read the paper ("seen by Reuters"), not who wrote it."""


def _paper_speaks(
    sentence: str, mentions: list[Mention], context: _Context, actors: _Actors
) -> str | None:
    """The body a paper that speaks with no owner named rests on ("The report, seen by
    the Gazette, says …" after "The council's engineers were cautious"): the body whose
    report the text spoke of before, else the body the sentence before rested on, else
    the institution named last. An outlet that only saw it is no author."""
    match = _PAPER_SPEAKS.match(sentence)
    if match is None:
        return None
    aside = match.group("aside")
    if aside is not None and not _SEEN_BY.match(aside):
        return None  # "The report, published by X on Monday, found": X's, read elsewhere
    if any(
        m.start < match.end()
        and not (aside and match.start("aside") <= m.start < match.end("aside"))
        for m in mentions
    ):
        return None  # "The council's report says": its owner is named
    if context.paper_owner is not None:
        return context.paper_owner
    before = context.last_source
    if before is not None and actors.by_id[before].kind in ("organisation", "group"):
        return before
    return context.last_body


_THE_PAPER = re.compile(r"\b(?:[Tt]he|[Dd]er|[Dd]ie|[Dd]em|[Dd]es)\s+(?:" + _PAPER_NOUNS + r")\b")
"""The report or study named again with the definite article ("the report says")."""
_THE_PAPER_CITED = re.compile(
    r"\b(?:heißt\s+es\s+in|[Ll]aut|according\s+to|in)\s+(?:der|dem|the)\s+(?:"
    + _PAPER_NOUNS
    + r")\b(?!\s+(?:des|der|von|of|by|from)\b)|\b(?:der|dem)\s+(?:"
    + _PAPER_NOUNS
    + r")\s+zufolge\b"
)
"""A source phrase that cites the report named before ("heißt es in der Studie", "laut
dem Bericht", "according to the study"), with no other owner after it."""
_THE_PAPER_QUOTED = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Ll]aut|heißt\s+es\s+in)\s+(?:der|dem|the)\s+(?:"
    + _PAPER_NOUNS
    + r")\b(?!\s+(?:des|der|von|of|by|from)\b)|\b(?:der|dem)\s+(?:"
    + _PAPER_NOUNS
    + r")\s+zufolge\b"
)
"""A source phrase that quotes the report named before ("'…,' according to the study",
"heißt es in dem Bericht"): the quotation is the paper's wording, not a person's view;
a paper named in passing ("not involved in the study") quotes nothing."""
_REPORTED_CONDITIONAL = re.compile(
    r"\b(?:wäre|wären|hätte|hätten|würde|würden|müsste|müssten|bräuchte|bräuchten)\b"
)
"""German Konjunktiv II that carries on someone's reported speech ("Das hätte Folgen",
"Dann müssten die Kunden mehr zahlen"): who speaks, for attribution; "dürfte" and
"könnte" are the reporter's own hedges as often. (kinds.py's ``_SUBJUNCTIVE_TWO`` asks
another question, whether "hätte"/"wäre" judge, for the kind.)"""
_BYSTANDER_AFTER_QUOTE = re.compile(
    r"[\s,]*[a-zäöü]+\s+(?:eine|ein)\s+(?:(?:ältere|junge|alte|älterer|junger|alter)\s+)?"
    r"(?P<de>Frau|Mann)\b(?!\s+(?:des|der|von|vom)\b)"
    r"|[\s,]*(?:an?|one)\s+(?:(?:elderly|young|old|older)\s+)?(?P<en>woman|man)\s+"
    r"(?:said|says|told|whispered|shouted|added|called|replied)\b"
    r"|[\s,]*(?:said|says|whispered|shouted|added|called|replied)\s+(?:an?|one)\s+"
    r"(?:(?:elderly|young|old|older)\s+)?(?P<after>woman|man)\b(?!\s+(?:from|of|at)\b)"
)
"""Someone nobody names who speaks after a quotation, by their sex alone with the
indefinite article ("„…“, flüstert eine Frau", '"…," a man shouted'): a person of their
own, never the one the sentence before named."""


def _bystander_after_quote(sentence: str, end: int) -> SourceFound | None:
    """The unnamed woman or man :data:`_BYSTANDER_AFTER_QUOTE` finds after a quotation."""
    match = _BYSTANDER_AFTER_QUOTE.match(sentence, end)
    if match is None:
        return None
    group = next(g for g in ("de", "en", "after") if match.group(g))
    start, stop = match.span(group)
    role = RoleSpeaker(match.group(group), start, stop, "person")
    return SourceFound(role=role, cue=match.group().strip(" ,"))


_CLOSED_BY_HEARSAY = re.compile(
    r"[\"\u201c\u00ab\u00bb\u2019']?\s*,\s*(?:hieß|heißt)\s+es(?:\s+weiter)?\s*[.!]"
)
"""A quotation closed by a bare ", hieß es." or ", hieß es weiter." ("»…«, hieß es."):
nobody new is named, so the words are those of the source the sentence before rested on."""
_OPENING_PRONOUN = re.compile(r"\W*(?:He|She|Er|Sie)\s+[a-zäöü]")
"""A sentence that opens with a pronoun for one person as its subject ("He added that
…", "Sie sagte, …"): whoever it names later is not the one who speaks."""
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ee]r)\b")
"""A pronoun for one person outside quotation marks: the person named last acts in
the sentence, and a quotation after it with no speaker is most likely theirs."""


def _without_quotes(sentence: str, direct: list[tuple[int, int]]) -> str:
    """``sentence`` with its direct quotations blanked out."""
    for start, end in direct:
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


_PARTIAL_WORDS = 4
_SENTENCE_SOURCE = "the source of its sentence"
_LATER_VERB = "a verb of saying after it"
_REPORTED_BEFORE = "the reported speech of the sentence before"
_DESCRIBED_CUES = frozenset(
    (
        "the quotation before",
        "the person named before",
        _SENTENCE_SOURCE,
        _LATER_VERB,
        _REPORTED_BEFORE,
    )
)
"""Cues that describe where a speaker came from rather than quote the text."""


def _short(quoted: str) -> bool:
    """A quotation of fewer than four words: in English copy, words set into the
    sentence that the kinds step reads as a quoted term, as it reads German ones."""
    return (
        len(
            quoted.strip("\"'\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}").split()
        )
        < _PARTIAL_WORDS
    )


_PAIRS = (
    ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
    ("»", "«"),
    ("«", "»"),
)


def _closing_speaker(context: _Context, actors: _Actors) -> str | None:
    """The person the paragraph before ended on as a speaker ("…, sagte Obermüller",
    '"…," Pellegrini said'): a paragraph that opens with a quotation nobody is said to
    speak goes on with them, as news copy runs a speaker's words over paragraphs."""
    source = context.last_source
    if source is None or actors.by_id[source].kind != "person":
        return None
    return source


_OPENS_QUOTE = re.compile('\\s*["\N{LEFT DOUBLE QUOTATION MARK}„»«]')


def _unclosed(text: str) -> str:
    """The closing mark a paragraph lacks when its quotation goes on in the next
    paragraph (news copy opens each paragraph of a long quote and closes only the
    last), so that the quotation is read as one; "" when every mark is closed."""
    if text.count('"') % 2:
        return '"'
    if "„" in text:  # German marks: „…“ (or „…”), the English opening mark closes
        closed = text.count("\N{LEFT DOUBLE QUOTATION MARK}") + text.count(
            "\N{RIGHT DOUBLE QUOTATION MARK}"
        )
        return "\N{LEFT DOUBLE QUOTATION MARK}" if text.count("„") > closed else ""
    for opening, closing in _PAIRS:
        if text.count(opening) > text.count(closing):
            return closing
    return ""


_GERMAN_QUOTED = re.compile("„([^“„]*)“")


def _in_marks(text: str, language: str) -> str:
    """``text`` with the words it quotes in the draft's quotation marks: “…” in an
    English draft, „…“ in a German one, as the reader of each expects."""
    if language == "de":
        return text
    return _GERMAN_QUOTED.sub(
        "\N{LEFT DOUBLE QUOTATION MARK}\\1\N{RIGHT DOUBLE QUOTATION MARK}", text
    )


def _translation_asked(note: str | None) -> str | None:
    """A drafted quote's note asking for a translation (:func:`_quote_note` asks none
    of a quote drafted with the English rules, whatever its language)."""
    plain = f"; {CHECK_QUOTE}"
    if note is None or not note.endswith(plain) or note.endswith(f"and {CHECK_QUOTE}"):
        return note
    return f"{note.removesuffix(plain)}; add a translation and {CHECK_QUOTE}"


def _quote_note(cue: str, language: str) -> str:
    """The note on a drafted quote: what its speaker was guessed from, the cue in the
    quotation marks of the draft's language, and a translation asked for only when the
    quote is not in English, the language the desk is used in."""
    if cue in _DESCRIBED_CUES:
        guessed = f"speaker guessed from {cue}"
    elif cue:
        marked = (
            f"„{cue}“"
            if language == "de"
            else f"\N{LEFT DOUBLE QUOTATION MARK}{cue}\N{RIGHT DOUBLE QUOTATION MARK}"
        )
        guessed = f"speaker guessed from {marked}"
    else:
        guessed = "no speaker found near the quote (unknown)"
    translation = "add a translation and " if language != "en" else ""
    return f"Draft: {guessed}; {translation}{CHECK_QUOTE}"


@dataclass(frozen=True)
class _Commentary:
    """Whether the article is an op-ed or a column, and who wrote it."""

    commentary: bool
    author: str | None


_NAME = r"((?:[A-ZÄÖÜ][\w'\u2019.-]+\s+){1,3}[A-ZÄÖÜ][\w'\u2019-]+)"
_GENRE_LINE = re.compile(
    r"\A\s*(?:(?:Ein|Eine)\s+)?(?:Gastbeitrag|Kommentar|Gastkommentar|Kolumne|Essay|Leitartikel"
    r"|Meinungsbeitrag|Standpunkt)\s+von\s+" + _NAME + r"\s*\Z"
    r"|\A\s*(?:An?\s+)?(?:Comment|Opinion|Column|Commentary|Essay|Op-ed|Viewpoint)\s+(?:by|from)"
    r"\s+" + _NAME + r"\s*\Z",
    re.I,
)
"""A line that names the genre and the writer ("Ein Gastbeitrag von …", "Opinion by …")."""
_COLUMNIST = re.compile(
    r"\A\s*" + _NAME + r"\s+(?:is|ist)\s+(?:an?\s+|eine?\s+)?(?:[\w-]+\s+)?(?:columnist|"
    r"commentator|Kolumnist\w*|Kommentator\w*|Publizist\w*)\b"
)
"""A closing "X is a columnist for …" / "X ist Kolumnistin …": the writer of a column."""
_FIRST_PERSON_VOICE = {
    "de": re.compile(r"\b(?:ich|Ich|wir|Wir|uns|unser\w*|Unser\w*)\b"),
    "en": re.compile(r"\b(?:I|we|We|us|our|Our)\b"),
}
_SAYS = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|according|sagte|sagten|sagt|sagen|erklärte"
    r"|erklärt|betonte|betont|fügte|meinte|meint|zufolge|laut)\b",
    re.I,
)
"""A verb of saying or a phrase of attribution: the sentence gives someone else's words."""
_ROUGH_SENTENCES = re.compile(r"(?<=[.!?])\s+")
"""Sentence ends, roughly: enough to keep a verb of saying with its own sentence, at a
fraction of the sentence splitter's cost."""
_NORMATIVE_VOICE = {
    "de": re.compile(r"\b(?:sollte|sollten|müssen|muss|müsste|müssten)\b"),
    "en": re.compile(r"\b(?:should|must|ought\s+to)\b", re.I),
}


def _commentary(blocks: tuple[Block, ...], language: str, byline: Byline | None) -> _Commentary:
    """An op-ed or a column, told by its genre line ("Ein Gastbeitrag von X", "Opinion by
    X"), a columnist line, or by the writer's own voice: the first person and what should
    or must be done, outside quotation marks, in the body (a news report keeps both
    inside quotes, or gives them to a speaker: "We must act, the minister said" is not the
    writer's voice). An interview in questions and answers is none. A plain byline
    (``byline``; wire reports have them too) names the writer but does not make the text
    an op-ed."""
    lang = "de" if language == "de" else "en"
    author = None
    labelled = False
    for block in blocks:
        line = _GENRE_LINE.match(block.text) or _COLUMNIST.match(block.text)
        if line is not None:
            author = author or next(g for g in line.groups() if g)
            labelled = True
    if author is None and byline is not None:
        author = byline.authors[0]
    first_person = normative = False
    for block in blocks:
        if block.number is None:
            continue
        if _ANSWER.match(block.text) or _QUESTION_LINE.match(block.text):
            return _Commentary(False, author if labelled else None)
        plain = block.text
        for span in find_quotes(block.text):
            plain = plain.replace(span.text, " ")
        for sentence in _ROUGH_SENTENCES.split(plain):
            if _SAYS.search(sentence):
                continue  # "We must act, the minister said": reported speech, not the writer
            first_person = first_person or bool(_FIRST_PERSON_VOICE[lang].search(sentence))
            normative = normative or bool(_NORMATIVE_VOICE[lang].search(sentence))
    commentary = labelled or (first_person and normative)
    return _Commentary(commentary, author if commentary else None)


def _shorten(text: str, limit: int = 80) -> str:
    """A title from the article's first paragraph: a headline (one line that ends in no
    full stop) whole, however long; else the first sentence, cut at a word past
    ``limit`` characters with " …"."""
    if "\n" not in text.strip() and not text.rstrip().endswith((".", "!", "?", ":")):
        return text.strip()
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(first) <= limit:
        return first.rstrip(".")
    return first[:limit].rsplit(" ", 1)[0] + " …"


_SPEECH_CUES = frozenset(
    {
        "sagte|sagten|sagt|sagen",
        "meint|meinen|meinte|meinten",
        "berichtet|berichten|berichtete|berichteten",
        "said",
        "says",
        "told",
        "wird|werden|wirst|werdet ... <inf>",
    }
)
"""Cues that say who speaks, or mark the plain future, rather than hedge: attribution goes
to ``attributed_to``, and "Es wird weitere Proteste geben" states rather than doubts."""


_KONJUNKTIV = "<Konjunktiv I>"
"""The cue name of a Konjunktiv I form the tagger finds, beyond the lexicon's list."""
_REPORTED_SPEECH = frozenset(
    {
        "sei|seien",
        "habe",
        "werde",
        "könne",
        "müsse|solle|wolle|dürfe|gebe|komme|stehe|liege|gehe|bleibe|handle|fehle|wisse",
        "rede|ergebe|betrage|sehe|lasse|halte|trage|zeige|gelte|brauche|plane|verliere|nehme",
        _KONJUNKTIV,
        "wären",
        "hätten",
        "kämen|gäben|stünden|lägen|wüssten|brächten|fänden|nähmen|sähen|trügen|zögen|gälten"
        "|bräuchten|würfen",
        "würde|würden ... <inf>",
        "würde|würden ... <part>",
    }
)
"""Konjunktiv I cues, and the Konjunktiv II reported speech takes where the Konjunktiv I
equals the indicative ("Sie hätten mit der Presse gesprochen", "Auch würden Anfragen
weitergeleitet"): German reported speech, which goes on from the sentence before."""
_PERMISSION = re.compile(
    r"\A\s+(?:not\s+(?:yet\s+)?be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
    r"|not\s+(?!rule\b|exclude\b|be\b)[a-z]+\b|be\s+(?:fined|jailed|"
    r"imprisoned|sentenced|charged|prosecuted|punished|sanctioned|banned|barred|started|"
    r"allowed|permitted|required|ordered)\b)"
)
""""could not be verified", "could not prove", "could be fined", "could be started": what
nobody could do or what the rules allow or threaten, not a guess ("could be moved" and
"could not rule out" stay hedges)."""
_TOPIC_ONLY = re.compile(r"\s*(?:about|darüber)?\s*[.!]?\s*\Z")
"""A verb of speculating that closes its sentence ("Über einen Nachfolger wird seit Wochen
spekuliert", "His future has been speculated about"): it reports that people speculate,
and states nothing it could hedge."""
_SPECULATING = re.compile(r"spekul|specul", re.I)
"""The verbs :data:`_TOPIC_ONLY` is about; other doubts that close a sentence ("Ein
Streik ist nicht ausgeschlossen", "cannot be ruled out", "wird vermutet") hedge it."""
_CONDITION = re.compile(
    r"\b(?:if|unless|before|until|wenn|falls|sofern|bevor|ehe)\b[^,;:.!?]*\Z", re.I
)
"""A modal inside a condition or a clause of time ("if they could see the queues
shrinking", "before any conclusions could be drawn", "wenn sie … könnten"): the frame of
the statement, not a doubt about it."""


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüß]{4,}e\b")
_FIRST_PERSON = re.compile(r"\b(?:ich|Ich)\s+(?:\S+\s+)?\Z")


def _with_subjunctive(
    sentence: str, cues: tuple[CueHit, ...], quotes: list[tuple[int, int]]
) -> tuple[CueHit, ...]:
    """The cues and the Konjunktiv I forms the lexicon does not list ("ergebe", "betrage"),
    outside quotations (where "ich komme" is the indicative)."""
    from tui.draft.nouns import is_subjunctive_one

    cues = tuple(  # "ich habe", "ich komme": the indicative, not reported speech
        hit
        for hit in cues
        if not (hit.category == "subjunctive" and _FIRST_PERSON.search(sentence, 0, hit.start))
    )
    taken = [(hit.start, hit.end) for hit in cues]
    extra = [
        CueHit("subjunctive", _KONJUNKTIV, "de", m.group(), m.start(), m.end())
        for m in _LOWER_WORD.finditer(sentence)
        if not any(s <= m.start() < e for s, e in [*taken, *quotes])
        and not _FIRST_PERSON.search(sentence, 0, m.start())
        and is_subjunctive_one(m.group())
    ]
    return tuple(sorted([*cues, *extra], key=lambda hit: hit.start)) if extra else cues


_ASKED = re.compile(
    r"(?:\b[Aa]sked\s+(?:about|whether|if)|\bwhether|\b[Gg]efragt,?\s+ob|,\s*ob"
    r"|\b(?:declined|refused|did\s+not|didn't|would\s+not|wouldn't)\s+(?:to\s+)?say"
    r"\s+(?:when|how|why|where|what|who|which))\b[^,;:.!?]*\Z"
)
"""An indirect question ("Asked whether the war could end", "Asked about a possible
move", "gefragt, ob … möglich sei", "declined to say when the plant might reopen"): what
was asked or left unsaid, not what the sentence doubts."""


_CITING_A_REASON = re.compile(
    r"\s+(?!(?:sources|officials|people|diplomats|analysts|unnamed|anonymous|documents|data"
    r"|figures|reports?|estimates|statements?|a|an|the|two|three|four|five|several)\b)[a-z]"
)
""""citing strong demand": a reason given, not a source named (a source is capitalised,
or words such as "sources", "officials", "a report")."""


def _kept_cues(sentence: str, cues: tuple[CueHit, ...]) -> tuple[CueHit, ...]:
    """The cues less "could" where it states what nobody could do or the rules allow, and
    less the words of an indirect question."""
    return tuple(
        hit
        for hit in cues
        if not (hit.cue == "could" and _PERMISSION.match(sentence[hit.end :]))
        and not (hit.category == "modal" and _CONDITION.search(sentence, 0, hit.start))
        and not (
            hit.category == "speculation"
            and _SPECULATING.search(hit.text)
            and _TOPIC_ONLY.match(sentence, hit.end)
        )
        and not (hit.category != "attribution" and _ASKED.search(sentence, 0, hit.start))
        and not (hit.cue == "citing" and _CITING_A_REASON.match(sentence, hit.end))
    )


def _hedges(sentence: str, cues: tuple[CueHit, ...]) -> list[str]:
    """The hedges a claim records: its cues less the verbs of saying and the plain future;
    a cue made of two cues ("mutmaßliche … sollen", "Nach Informationen … soll") is
    recorded as both, as an analyst lists them."""
    found = (hit.text for hit in cues if hit.cue not in _SPEECH_CUES)
    return list(dict.fromkeys(part for text in found for part in _cue_parts(text)))


def _cue_parts(text: str) -> list[str]:
    """The parts of a gapped cue when each is a cue of its own ("mutmaßliche", "sollen");
    a verb and its particle ("warf … vor") or a verb and its complement ("würden …
    verfolgt") stay one hedge."""
    parts = [part.strip() for part in text.split("\N{HORIZONTAL ELLIPSIS}")]
    if len(parts) < 2 or not all(parts):
        return [text]
    if all(hit.category != OTHER for part in parts for hit in classify_hedge(part)):
        return parts
    return [text]


@dataclass
class _Context:
    """What the sentences before have said: whom a pronoun or a "demnach" points at."""

    last_person: str | None = None
    last_speaker: str | None = None
    """The paragraph's last quoted speaker: a quotation with no attribution continues it."""
    reported_speaker: str | None = None
    """The person whose reported speech made them the last speaker ("X sagte, …"): a
    quotation given to them says so in its note, not "the quotation before"."""
    last_source: str | None = None
    last_named_source: str | None = None
    last_org: str | None = None
    """The organisation or outlet named last, whom an English "it said" points back at."""
    paper_owner: str | None = None
    """The body whose report, study or survey a sentence rested on last: "the report
    says" later in the text goes back to it."""
    """The last source any sentence named ("…, the statement said" goes back to it)."""
    last_company: str | None = None
    """The business named last: "the company", "der Konzern" point back at it."""
    last_body: str | None = None
    """The institution named last: "the agency", "die Behörde" point back at it."""
    last_agency: str | None = None
    """The body or outlet named last: "the agency" may be a news agency."""
    last_group: str | None = None
    """The group or body named last: whom a plural "sie" ("sagten sie") points at."""
    paragraph_person: str | None = None
    """The person the paragraph named last: a quotation nobody is said to speak is most
    likely theirs ("Die Ministerin Eva Lang besuchte die Baustelle. „…“")."""
    people_before: list[str] = field(default_factory=list)
    """The named people of the sentence before (a definite role may be one of them)."""
    sentence_before: str = ""
    """The text of the sentence before."""
    unsure_quotes: tuple[list[int], int] = ([], 0)
    """The quotes of the sentence before whose speaker no cue named (their indices), and
    the index its claim has: a following "Mit diesen Worten reagierte X" names X."""
    interviewee: str | None = None
    """Whom an interview's "A:" answers are from: the person named last before its first
    question, else the first person the article names."""
    last_media: str | None = None
    """The outlet any sentence named last: whom "the publication" points back at."""
    last_reporter: str | None = None
    """The outlet a sentence rested on last: whose "dem Bericht zufolge" is."""
    paragraph_group: str | None = None
    """The group the paragraph named last ("Einer von ihnen" is one of them)."""
    spoke: set[str] = field(default_factory=set)
    """The people any sentence so far rested on."""
    named_people: list[str] = field(default_factory=list)
    """The named people in the order the text named them last."""
    last_named_person: str | None = None
    """The person any sentence named last (whom an interview's lead introduces)."""
    interview_open: bool = False
    """Whether an interview's first question has come."""
    answering: bool = False
    """Whether the paragraph before ended in an interview's answer."""
    group_spoke: str | None = None
    """The group the sentence before rests on: a quotation with no cue right after it is
    the group's."""

    def _speaking_body(self, body: _ActorDraft) -> None:
        """A body no finder listed, known only as the one who speaks the sentence
        ("Halvex warned that …"): what "the company" or "it" points back at next, as a
        body the sentence named is."""
        self.last_org = body.id
        self.last_group = body.id
        self.last_agency = body.id
        if body.company is not False and not (body.company is None and _institution(body.name)):
            self.last_company = body.id
        if body.company is not True:
            self.last_body = body.id

    def after_sentence(
        self, source: str | None, mentions: list[Mention], actors: _Actors, sentence: str = ""
    ) -> None:
        self.group_spoke = (
            source if source is not None and actors.by_id[source].kind == "group" else None
        )
        if source is not None and actors.by_id[source].kind == "person":
            self.spoke.add(source)
        if source is not None and actors.by_id[source].kind == "media":
            self.last_reporter = source
        if source is not None:
            self.last_named_source = source
            if actors.by_id[source].kind == "person" and self.last_speaker is None:
                # a quotation with no attribution goes on from the paragraph's last speaker
                self.last_speaker = source
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.adjective:
                continue
            if mention.kind in ("group", "organisation"):
                self.last_group = mention.actor
            if mention.kind == "group":
                self.paragraph_group = mention.actor
            if mention.kind in ("organisation", "media"):
                self.last_org = mention.actor
            if mention.kind == "media":
                self.last_media = mention.actor
            if mention.kind == "media" or (
                mention.kind == "organisation" and actors.by_id[mention.actor].company is not True
            ):
                self.last_agency = mention.actor
            if mention.kind != "organisation" or mention.adjective:
                continue
            if _INSTITUTION_AFTER.match(sentence, mention.end):
                # "The GMB union said": named as a union, never the company "the company"
                # points back at, in this sentence or any later one
                actors.by_id[mention.actor].company = False
            company = actors.by_id[mention.actor].company
            public = company is None and _institution(actors.by_id[mention.actor].name)
            if company is not False and not public:
                # "the company" after "the city council": still the firm named before
                self.last_company = mention.actor
            if company is not True:
                self.last_body = mention.actor
        if (
            source is not None
            and actors.by_id[source].kind == "organisation"
            and not any(m.actor == source for m in mentions)
        ):
            self._speaking_body(actors.by_id[source])
        if (
            source is not None
            and self.last_company is None
            and actors.by_id[source].kind == "media"
        ):
            # "Reuters, the news giant, said its revenue …. The company warned": a news
            # business that speaks for itself before any company is named is the company
            self.last_company = source
        if source is not None and (
            actors.by_id[source].kind == "group"
            or (actors.by_id[source].kind == "media" and actors.by_id[source].anonymous)
        ):
            # "Many parents have complained …": the group the sentence rests on, which a
            # following "they said" points back at, even when no mention named it (as
            # "reports said" is: unnamed media)
            self.last_group = source
        if self.interviewee is None:
            first = [m for m in sorted(mentions, key=lambda m: m.start) if m.kind == "person"]
            if first and not actors.by_id[first[0].actor].anonymous:
                self.interviewee = first[0].actor
        people_here = [
            m.actor for m in mentions if m.kind == "person" and not actors.by_id[m.actor].anonymous
        ]
        if people_here:
            self.paragraph_person = people_here[-1]
            self.last_named_person = people_here[-1]
        for person in people_here:
            if person in self.named_people:
                self.named_people.remove(person)
            self.named_people.append(person)
        self.people_before = list(dict.fromkeys(people_here))
        subject = _subject_after_that_clause(sentence, mentions, source, actors)
        if subject is not None:
            # "Dass X … bezeichnete, ließ Y … steigen": a later "er" is Y, not X
            self.last_person = subject
        elif source is not None and actors.by_id[source].kind == "person":
            self.last_person = source
        else:
            people = [
                m
                for m in sorted(mentions, key=lambda m: m.start)
                if m.kind == "person" and not _AT_A_PLACE.search(sentence, 0, m.start)
            ]
            leading = _LEADING_CLAUSE.match(sentence)
            main = [m for m in people if leading is not None and m.start >= leading.end()]
            if main:
                # "Asked about X, Quinn demurred": the main clause's subject, not X
                self.last_person = main[0].actor
            elif people:
                self.last_person = people[0].actor
        self.last_source = source


_THAT_CLAUSE = re.compile(r"\W*(?:Dass|Daß)\s[^,;:]+,")
"""A German "dass" clause as the sentence's subject, to its first comma ("Dass X sie Lügner
nannte, empörte Y"): who spoke in it is not who the main clause is about."""


def _subject_after_that_clause(
    sentence: str, mentions: list[Mention], source: str | None, actors: _Actors
) -> str | None:
    """The person the main clause names after a "dass" clause that opens the sentence and
    holds its source ("Dass der Sprecher … bezeichnete, ließ Y … steigen": Y), else None."""
    if source is None or actors.by_id[source].kind != "person":
        return None
    clause = _THAT_CLAUSE.match(sentence)
    if clause is None:
        return None
    after = [m for m in mentions if m.start >= clause.end()]
    if any(m.actor == source for m in after):
        return None
    people = [m.actor for m in after if m.kind == "person" and not actors.by_id[m.actor].anonymous]
    return people[0] if people else None


_LEADING_CLAUSE = re.compile(
    r"\W*(?:Asked|Pressed|Questioned|Speaking|Talking|Gefragt|Angesprochen|Als|Wenn|Nachdem"
    r"|Während|Bevor|Sobald|When|After|While|Before|Once)\s[^,;:]+,"
)
"""A side clause or a participle clause that opens the sentence, to its first comma
("Asked about X, …", "When X left, …", "Nachdem X gegangen war, …"): a person named in it
is not the subject of the main clause."""
_AT_A_PLACE = re.compile(
    r"(?<![\w-])(?:in|at|near|across|throughout|im|nahe)\s+(?:(?:a|an|the|ein|einem|einer|dem|der)\s+)?"
    r"(?:[a-zäöü][\w-]*\s+)?\Z"
)
"""A place preposition right before a name ("in a flooded Corvana", "near Tavira"): a
place, whatever the name looks like, and no one a later "she said" points back at."""


_NO_SUBJECT_BEFORE = re.compile(
    r"(?i)(?:\b(?:von|vom|mit|für|bei|beim|gegen|über|an|auf|aus|nach|zu|zum|zur|ohne|um"
    r"|wie|als|dass|ob|weil|wenn|damit)|[,;:])\s+(?:\S+\s+){0,2}\Z"
    r"|\b(?:der|die|den|dem|des)\s+\Z"
)
"""Words that make a name after them no subject of the main clause: a preposition, a
side clause's opener, an article (a genitive's owner), or a comma before it."""


def _reported_subject(
    sentence: str, mentions: list[Mention], context: _Context, direct: list[tuple[int, int]]
) -> str | None:
    """A named person who spoke before and is the subject of a sentence in reported
    speech ("Die Inflation bekomme Rager zu spüren" after Rager's own words and another's
    between): their own account, not the words of whoever spoke last. None when the
    sentence names no such person, or the one who spoke last."""
    candidates = [
        m
        for m in mentions
        if m.kind == "person"
        and m.actor in context.spoke
        and m.actor != context.last_source
        and not any(s <= m.start < e for s, e in direct)
    ]
    if len(candidates) != 1:
        return None
    mention = candidates[0]
    if _NO_SUBJECT_BEFORE.search(sentence, 0, mention.start) or sentence[mention.end :].startswith(
        ("s ", "'s ")
    ):
        return None
    return mention.actor


_ONE_OF = re.compile(
    r"\W*(?P<one>(?:Einer|Eine)\s+von\s+ihnen|One\s+of\s+them)\b"
    r"(?=(?:\s+[\w-]+){0,4}?\s+(?:sagte|sagt|erklärte|erklärt|berichtete|räumte|gab|said|says"
    r"|told|added|explained|admitted|claimed)\b)"
)
"""A subject that is one of a group ("Einer von ihnen sagte", "One of them told …")."""
_COUNTED_PLURAL = re.compile(
    r"\b(?:[Dd]ie|[Tt]he)\s+(?:beiden|zwei|drei|vier|fünf|two|three|four|five|both)\s+"
    r"(?:[a-zäöüß][\w-]*\s+)?(?P<noun>[\w-]+)"
)
"""A counted plural ("Die beiden Bauunternehmer", "the two drivers"): a group."""


def _one_of_group(
    sentence: str, context: _Context, actors: _Actors, paragraph: int
) -> tuple[str | None, str]:
    """The unnamed person who speaks as one of a group ("Die beiden Bauunternehmer …
    Einer von ihnen sagte", "The two drivers … One of them said"), and the words that
    say so: one of the group this paragraph named, never a group of a paragraph before;
    (None, "") when the paragraph named none."""
    one = _ONE_OF.match(sentence)
    if one is None:
        return None, ""
    english = one.group("one").startswith("One")
    noun: str | None = None
    if context.paragraph_group is not None:
        group = actors.by_id[context.paragraph_group]
        noun = group.name.removeprefix("Unnamed ")
    else:
        counted = _COUNTED_PLURAL.search(context.sentence_before)
        if counted is not None:
            noun = counted.group("noun")
    if noun is None:
        return None, ""
    name = f"one of the {noun}" if english else f"{one.group('one').split()[0]} der {noun}"
    person = actors.body(name, "person", anonymous=True)
    person.seen(one.group("one"), paragraph)
    return person.id, one.group("one")


def _person_by_role_before(context: _Context, actors: _Actors, paragraph: int) -> str | None:
    """The person the sentence before named by role alone, when it named one and no other
    person but the one whose role it is ("die Anwältin der Klägerin"): an actor of its
    own, as a speaker by role is. Else None."""
    sentence = context.sentence_before
    role = role_speaker(sentence) if sentence else None
    if role is None or role.kind != "person":
        return None
    owner = sentence[role.start : role.end + 40]
    if not all(_named_in(actors.by_id[p].name, owner) for p in context.people_before):
        return None
    person = actors.body(role.name, "person", anonymous=True)
    person.seen(role.name, paragraph)
    return person.id


def _named_in(name: str, role: str) -> bool:
    """Whether the person ``name`` is the owner named in the role ``role`` with the words
    after it ("die Anwältin der Klägerin Mara Voss"; "der Anwalt von Lenas Vater" names
    Lena, whatever label the draft put before her name): not a second speaker."""
    if name in role:
        return True
    last = name.split()[-1] if name.split() else ""
    owned = rf"\b(?:von|der|des|of)\s+(?:\w+\s+)?{re.escape(last)}"
    return len(last) > 2 and re.search(owned, role) is not None


_PUBLIC_BODY = re.compile(
    r"(?i)(?:council|ministry|agency|authority|office|court|tribunal|commission|department|police"
    r"|service|government|parliament|assembly|senate|university|hospital|amt|ämter|behörde"
    r"|ministerium|gericht|rat|kommission|polizei|gemeinde|regierung|verwaltung|landkreis"
    r"|dienst|universität|klinik|institut|institute|parlament|tag|gewerkschaft|verband|verein"
    r"|bund|partei|stiftung|union|association|federation|party|charity|foundation)(?:e?s)?\b"
)
"""A body's name that ends like a public one ("Stadtrat", "Met Office", "Landgericht") or
like a union, an association or a party ("Gewerkschaft Verdi", "Mieterbund"): an
institution, which "the company" or "der Hersteller" never points at."""

_INSTITUTION_AFTER = re.compile(
    r"\s+(?:union|party|association|federation|charity|foundation|Gewerkschaft|Partei"
    r"|Verband|Verein|Stiftung)\b"
)
"""The kind of institution written right after a body's name ("The GMB union", "die
Linke Partei"): "the company" never points back at it."""

_CAPITALS_LEAD = re.compile(
    r"\A(?=[A-ZÄÖÜ. ]*[A-ZÄÖÜ]{4})(?:[A-ZÄÖÜ][A-ZÄÖÜ.]+\s+)+[A-ZÄÖÜ][A-ZÄÖÜ.]+"
    r"(?=\s*(?:\(|--|[-\N{EN DASH}\N{EM DASH}:]\s|\d))"
)
"""A paragraph's opening run of words in capitals before a bracket, a dash or a time."""

_DASH_DATELINE = re.compile(
    r"\A\s*[A-Z\u00c0-\u00de]{3,}(?:(?:\s+|/|-)[A-Z\u00c0-\u00de]{2,})*"
    r"(?:,\s+[A-ZÄÖÜ][\w.'\u2019-]*(?:\s+[A-ZÄÖÜ][\w.'\u2019-]*){0,2})?"
    r"(?=\s*(?:\([^()]{1,40}\)\s*)?[-\N{EN DASH}\N{EM DASH}]\s)"
)
"""A wire's dateline before a dash: the city in capitals, perhaps its region or country
("ERFURT \N{EN DASH}", "LONDON -", "KOUROU, French Guiana (AFP) -"). Where the story was
filed, not who is in it: neither the city (nor the state its capital stands for) nor
the region is an actor. The agency in brackets after it stays."""

_PLACE_BEFORE_CREDIT = re.compile(
    r"\A\s*[A-ZÄÖÜ][\w'\u2019.-]*(?:\s+[A-ZÄÖÜ][\w'\u2019.-]*){0,3}"
    r"(?:,\s+[A-ZÄÖÜ][\w'\u2019.-]*(?:\s+[A-ZÄÖÜ][\w'\u2019.-]*){0,2})?"
    r"(?=\s*\((?P<credit>[^()]{1,40})\)\s*(?:--|[-\N{EN DASH}\N{EM DASH}])\s)"
)
"""A dateline's place in ordinary case before an agency's credit and a dash ("Le
Grand-Bornand (dpa) -", "Bad Homburg (AFP) \N{EN DASH}")."""


def _credited_dateline(text: str) -> re.Match[str] | None:
    """The place of a dateline in ordinary case: only when the bracket after it credits an
    agency or outlet the gazetteer knows ("(dpa)", "(dpa/lhe)", "(AFP)"), not a party
    after a name ("Anna Berg (CDU) -")."""
    from tui.draft.organisations import is_known_outlet

    found = _PLACE_BEFORE_CREDIT.match(text)
    if found is None:
        return None
    first = re.split(r"\s*[/,]\s*", found.group("credit").strip())[0]
    return found if is_known_outlet(first) else None


_AGENCY_CREDIT = re.compile(r"\s*\([^()]{1,40}\)\s*(?:--|[-\N{EN DASH}\N{EM DASH}:])\s")
"""The agency credited after a dateline ("(Reuters) -", "(dpa) --"): who filed the story,
not the subject of its first sentence."""

_ANSWER = re.compile(r"\A\s*(?:A|Antwort)\s*:\s")
_QUESTION_LINE = re.compile(r"\A\s*(?:Q|F|Frage)\s*:\s")
"""An interview's answer paragraph ("A: …", "Antwort: …")."""


def _label_gap(gap: str, places: Gazetteer) -> bool:
    """Whether the words between a group word and a person's name leave the group word a
    label of that person: nothing, or one or two offices ("Opposition councillor")."""
    words = gap.split()
    return gap[:1].isspace() and len(words) <= 2 and all(places.is_role(w) for w in words)


def _kind_words(name: str) -> list[str]:
    """The words of a body's name that may say what kind of body it is: all of them, but
    only the first of a community named after it ("Händlergemeinschaft Altstadt": not
    "Altstadt", which "die Stadt" would otherwise point back at)."""
    words = name.split()
    return words[:1] if name_after_head(name) else words


def _open_interview(context: _Context, marks: list[re.Match[str]]) -> None:
    """At an interview's first question, the person named last is whom it talks to: the
    lead introduces them ("In an interview, the firm's chief engineer, X, explained the
    plans."), and a person named earlier in the story is another's voice."""
    if context.interview_open or not any(m.group("question") for m in marks):
        return
    context.interview_open = True
    if context.last_named_person is not None:
        context.interviewee = context.last_named_person


def _answer_of(
    context: _Context, marks: list[re.Match[str]], start: int, answering: bool
) -> str | None:
    """The interviewee when the sentence at ``start`` lies in an answer: after an "A:" or
    "Antwort:" line and before the next question, or in a paragraph that goes on with the
    answer before."""
    before = [m for m in marks if m.start() <= start]
    if before:
        return context.interviewee if before[-1].group("answer") else None
    return context.interviewee if answering else None


def _goes_on_answering(text: str) -> bool:
    """A paragraph with no "Q:" or "A:" goes on with the answer before when the
    interviewee still speaks in it, in the first person ("We have seen this before."); a
    paragraph of the reporter's own names no "we"."""
    return _FIRST_PERSON_WORD.search(text) is not None


_INTERVIEW_MARK = re.compile(
    r"(?:\A|(?<=[?.!\N{HORIZONTAL ELLIPSIS}\"\N{LEFT DOUBLE QUOTATION MARK}"
    r"\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    r"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]\s))\s*"
    r"(?:(?P<answer>A|Antwort|Answer)|(?P<question>Q|F|Frage|Question))[ \t]*:\s+"
)
"""A line of an interview that opens with who speaks: the answer's "A:" / "Antwort:", or
the question's "Q:" / "F:" / "Frage:" (the outlet's), at a paragraph's start or after a
sentence's end, as a paragraph that holds both lines reads ("Q: …? A: …")."""

_FIRST_PERSON_WORD = re.compile(
    r"(?<![\w-])(?:[Ii]ch|[Ww]ir|mir|mich|uns|[Uu]nser\w*|[Mm]ein\w*|I|[Ww]e|[Mm]y|[Oo]ur|us|me)"
    r"(?![\w-])"
)
"""A first-person word: a paragraph with one right after an answer goes on answering."""

_REPORTS_THE_LAST = re.compile(
    r"\A\W*(?P<about>Darüber|Davon|Hierüber|Hiervon)\s+(?:informierte|informiert|informierten"
    r"|informieren|berichtete|berichtet|berichteten|berichten|unterrichtete|unterrichtet"
    r"|unterrichteten)\b"
    r"|\A\W*(?:Das|Dies|This|That)\s+(?:(?:berichtet|berichtete|berichten|berichteten|meldet"
    r"|meldete|melden|meldeten|teilte|teilt|teilen|teilten|sagte|sagten|kündigte|kündigt"
    r"|kündigten|gab|gibt|gaben|geben|erklärte|erklärt|erklärten|ergab|ergibt|ergaben"
    r"|schreibt|schrieb|schreiben|schrieben|bestätigte|bestätigt|bestätigten|was|has|had)\b"
    r"|(?:geht|ging|gehen|gingen)\s(?=[^.;]*\bhervor\b)|(?:emerges|emerged|comes|came)\s+from\b"
    r"|(?:[\w-]+\s+){1,6}(?:said|reported|says|say|report|confirmed)\b)"
    r"|\A\W*(?:Diese|Dieser|Diesen|Jene)\s+(?:Haltung|Position|Ansicht|Auffassung|Meinung"
    r"|Einschätzung|Forderung|Sicht)\s+(?:vertrat|vertritt|vertreten|vertraten|präsentierte"
    r"|präsentiert|äußerte|äußert|bekräftigte|bekräftigt)\b(?![^.;]*\bnicht\b)"
)
"""A sentence that only says who reported the one before ("Darüber informierte X",
"Das berichtet das
„Handelsblatt“", "Das teilte die Polizei mit", "This was reported by …", "Das geht aus
dem Bericht hervor, den der Verband vorstellte"), or whose stance it was ("Diese Haltung
vertrat X", "Diese Forderung äußerte X"; not "Diese Haltung teilen viele nicht": who
shares a stance did not state it first)."""
_BODY_ANAPHOR = re.compile(
    r"\b(?P<company>[Tt]he\s+(?:[\w]+-based\s+|No\.?\s?\d+\s+)?(?:company|firm|group|carmaker"
    r"|automaker|bank|chipmaker|airline|carrier|insurer|lender|retailer|operator|maker"
    r"|producer|manufacturer)"
    r"|(?:[Dd]er|[Dd]es|[Dd]em)\s+(?:Konzern|Konzerns|Autobauer|Autobauers|Hersteller|Herstellers"
    r"|Versicherer|Versicherers|Händler|Händlers|Betreiber|Betreibers)"
    r"|(?:[Dd]as|[Dd]es|[Dd]em)\s+(?:Unternehmen|Unternehmens)"
    r"|(?:[Dd]ie|[Dd]er)\s+(?:Firma|Bank|Fluggesellschaft|Airline|Reederei|Bahn))"
    r"|(?P<body>[Tt]he\s+(?:(?P<field>transport|health|local|regional)\s+)?(?:agency"
    r"|ministry|union|club|court|organisation|organization|authority|regulator|watchdog|forecaster)"
    r"|(?:[Dd]ie|[Dd]er)\s+(?:Behörde|Organisation|Gewerkschaft)"
    r"|(?:[Dd]er|[Dd]es)\s+(?:Verein|Vereins|Klub|Klubs|Club|Clubs))"
    r"|(?P<named>(?:[Tt]he\s+(?:city\s+|county\s+|district\s+|borough\s+)?(?:council|commission"
    r"|department|university|hospital|board)|(?:[Dd]ie|[Dd]er)\s+(?:Gemeinde|Kommission"
    r"|Stadtverwaltung|Universität|Klinik|Hochschule)))"
    r"\b(?!\s+[A-ZÄÖÜ])(?!-)"
)
"""A body named by what it is ("the company said", "teilte der Konzern mit"): the
organisation named last, so that the sentence's attribution finds it."""


def _anaphors(
    sentence: str, mentions: list[Mention], context: _Context, actors: _Actors, paragraph: int
) -> list[Mention]:
    """Mentions of the organisation named before for "the company", "der Konzern" …"""
    found = []
    for match in _BODY_ANAPHOR.finditer(sentence):
        if match.group("named"):
            # "the council", "die Gemeinde": the body named last whose name says so
            body = _named_like(match.group().split()[-1], actors)
        else:
            body = _named_kind(match.group().split()[-1], actors) or (
                context.last_company if match.group("company") else context.last_body
            )
        field = match.group("field")
        if field and (body is None or _of_another_kind(actors.by_id[body].name, match.group())):
            # "the transport authority" after "the city council": a body of its own, not
            # the one named last (after "the Transit Agency" it is that one)
            if any(m.start < match.end() and match.start() < m.end for m in mentions):
                continue
            named = actors.body(match.group().split(None, 1)[1], "organisation")
            named.seen(None, paragraph)
            body = named.id
        if match.group().casefold().endswith(("agency", "agentur")):
            body = context.last_agency or body  # "seen by the agency": the outlet named last
        if body is None or any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        found.append(Mention(body, "organisation", match.start(), match.end()))
    return found


_OTHER_KINDS = frozenset(
    "council court party union club university school hospital police parliament senate"
    " government company bank church army".split()
)
"""The last words of bodies' names that a field and a kind ("the transport authority",
"the health agency") never point back at."""


def _of_another_kind(name: str, anaphor: str) -> bool:
    """Whether the body ``name`` is of a kind ``anaphor`` cannot mean: "the city council"
    is no "transport authority" (though it is "the local authority")."""
    last = name.split()[-1].casefold()
    if last == "council" and "local" in anaphor.casefold():
        return False
    return last in _OTHER_KINDS and last not in anaphor.casefold()


def _named_kind(noun: str, actors: _Actors) -> str | None:
    """The organisation found last with a word of its name that ends in the kind noun
    ("Deutsche Bahn" for "die Bahn", "Verkehrsgewerkschaft EVG" for "die Gewerkschaft",
    "DZ Bank" for "die Bank"): the body of that kind, though another body came later."""
    folded = noun.casefold()
    stem = folded.removesuffix("s") if folded.endswith(("ns", "rs", "ts")) else folded
    for actor in reversed(list(actors.by_id.values())):
        if actor.kind != "organisation" or actor.anonymous:
            continue
        whole = " ".join(w for w in actor.name.split() if not w.endswith("-"))
        # "Eisenbahn- und Verkehrsgewerkschaft": the truncated first part is no head
        if any(w.casefold().endswith(stem) for w in re.split(r"[\s-]+", whole)):
            return actor.id
    return None


def _named_like(noun: str, actors: _Actors) -> str | None:
    """The organisation found last whose name holds ``noun`` ("Bristol City Council" for
    "the council", "Gemeinde Oberau" for "die Gemeinde")."""
    folded = noun.casefold()
    for actor in reversed(list(actors.by_id.values())):
        if actor.kind == "organisation" and folded in actor.name.casefold():
            return actor.id
    return None


_WOMAN_OPENS = re.compile(
    r"\A(?:[A-ZÄÖÜ]{3,}(?:\s*\([^()]*\))?\s*[-\N{EN DASH}\N{EM DASH}]\s*)?\W*(?:Eine|Die)\s+"
    r"(?:[\w-]+(?:e|en)\s+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]{4,}in)\b"
    r"(?=\s+(?:aus|von|vom|in|im|bei|beim|hat|habe|hatte|ist|war|wird|wurde|soll|muss|darf"
    r"|kann|[a-zäöüß]+t)\b)"
)
"""A sentence that opens, perhaps after a dateline, with a woman by what she does ("Eine
Paketzustellerin aus Gotha hat …", "Eine 40-jährige Radfahrerin wurde …"): German marks
the woman, so the noun is a person's even when no list of offices knows it."""


def _woman_by_what_she_does(sentence: str) -> RoleSpeaker | None:
    opens = _WOMAN_OPENS.match(sentence)
    if opens is None or not FEMININE_PERSON(opens.group("noun")):
        return None
    return RoleSpeaker(opens.group("noun"), opens.start("noun"), opens.end("noun"), "person")


def _role_subject(
    sentence: str,
    mentions: list[Mention],
    actors: _Actors,
    paragraph: int,
    people_before: list[str] | None = None,
) -> None:
    """A sentence that opens with an unnamed person ("A senior detective leading the
    investigation appealed for witnesses", "Die Vorsitzende Richterin …"): that person is
    an actor, and the "she said" that follows points at them. A woman by trade with the
    definite article right after a sentence that named one person ("Jana P. ist
    angeklagt. Die Kellnerin soll …") is that person, no second one."""
    woman = _woman_by_what_she_does(sentence)
    opener = role_speaker(sentence, 0, min(len(sentence), 80)) or woman
    if opener is None or opener.kind != "person":
        return
    words = sentence[: opener.start].split()
    if (len(words) > 1 and opener is not woman) or any(
        m.start < opener.end and opener.start < m.end for m in mentions
    ):
        return
    if (
        opener is woman
        and people_before is not None
        and len(people_before) == 1
        and _DEFINITE_OPENER.match(sentence, 0, opener.start)
    ):
        named = actors.by_id[people_before[0]]
        named.seen(opener.name, paragraph)
        mentions.append(Mention(named.id, "person", opener.start, opener.end))
        return
    person = actors.body(opener.name, "person", anonymous=True)
    person.seen(opener.name, paragraph)
    mentions.append(Mention(person.id, "person", opener.start, opener.end))


_INVERTED_TRADE = re.compile(
    r"\A\W*(?:[\w-]+\s+){1,3}?(?P<verb>[a-zäöüß]{3,}t)\s+(?:(?:sich|es)\s+)?(?P<art>eine?)\s+"
    r"(?:[a-zäöüß]+e[rn]?\s+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})\b"
    r"(?=\s*[,.]|\s+(?:aus|von|vom|mit|die|der|am|im)\b)"
)
"""A German sentence whose subject, a person by trade with "ein"/"eine", stands after
the verb ("Deutlichere Worte findet eine Krankenschwester, die …", "Dann meldet sich
ein Pfleger aus Kassel zu Wort")."""


def _introduced_by_trade(
    sentence: str, direct: list[tuple[int, int]], actors: _Actors, paragraph: int
) -> str | None:
    """The unnamed person by trade a German sentence with no quotation of its own
    introduces as its subject after the verb: an actor, and the speaker of a quotation
    that follows with no cue. None when there is no such subject."""
    if direct:
        return None
    found = _INVERTED_TRADE.match(sentence)
    if found is None or not person_noun(found.group("noun")):
        return None
    person = actors.body(found.group("noun"), "person", anonymous=True)
    person.seen(found.group("noun"), paragraph)
    return person.id


_DEFINITE_OPENER = re.compile(r"\W*(?:Die|Der)\s+(?:[\w-]+(?:e|en)\s+)?\Z")
"""A definite article, perhaps with an adjective, before the noun that opens a sentence."""


_OPENING_MARK = r"[„“\"\N{SINGLE LOW-9 QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}»«']"
"""A quotation mark that may open an outlet's name."""
_TOLD_OUTLET = re.compile(
    r"\b(?:told|tells|telling|(?:spoke|speaking|talking|talked|said)\s+to|[Ii]n\s+(?:an?\s+)?"
    r"(?:interview|conversation|comments|remarks|statement)\s+(?:with|to)"
    r"|(?:Interview|Gespräch|Telefonat)\s+mit|[Gg]egenüber)\s+(?:the\s+|dem\s+|der\s+|den\s+)?"
    r"(?:[a-zäöüß][\w-]*\s+){0,2}" + _OPENING_MARK + r"?\Z"
)
"""Words that make an outlet the one a speaker talked to ("told Reuters", "in an interview
with the BBC", "im Gespräch mit der „Zeit“", "gegenüber dem Sender")."""
_SAID_TO_OUTLET = re.compile(
    r"\b(?:sagte|sagt|sagten|erklärte|erklärt|bestätigte|bestätigt|betonte|betont|räumte"
    r"|kündigte|versicherte|verriet|meinte|meint|warnte|warnt|schilderte|berichtete)\b"
    r"\s+(?:[^.;:!?„“\"»«\s]+\s+){1,8}?(?:dem|der|den)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
    + _OPENING_MARK
    + r"?\Z"
)
"""A German verb of saying, then its subject, then its dative ("sagte sie der „Zeit“",
"bestätigte ein Sprecher dem Sender X"): the outlet the words were said to. Right after
the verb, "der" opens the subject ("bestätigte der „Kurier“")."""


def _addressed_outlets(sentence: str, mentions: list[Mention]) -> list[str]:
    """The outlets a sentence says its speaker talked to: the claim reaches the reader
    through them, so each is a cited source of the claim as well as the speaker's word."""
    found: list[str] = []
    for mention in mentions:
        if mention.kind != "media":
            continue
        before = max(0, mention.start - 140)
        if (
            _TOLD_OUTLET.search(sentence, before, mention.start)
            or _SAID_TO_OUTLET.search(sentence, before, mention.start)
            or (
                _OUTLETS_PROGRAMME.fullmatch(sentence, 0, mention.start)
                and any(
                    m.kind == "person" and _VERB_NEXT.fullmatch(sentence, mention.end, m.start)
                    for m in mentions
                )
            )
            or _said_to_after_subject(sentence, mention, mentions)
        ):
            found.append(mention.actor)
    return found


_DATIVE_AFTER_VERB = re.compile(
    r"\b(?:sagte|sagt|sagten|erklärte|erklärt|bestätigte|bestätigt|betonte|betont|versicherte"
    r"|verriet|schilderte)\s+(?:dem|der)\s+(?:[a-zäöüß][\w-]*\s+){0,2}" + _OPENING_MARK + r"?\Z"
)
"""A German verb of saying with an outlet right after it in the dative ("…, sagte der
Deutschen Presse-Agentur", "sagte dem „Stern“")."""


def _said_to_after_subject(sentence: str, outlet: Mention, mentions: list[Mention]) -> bool:
    """Whether the outlet right after a German verb of saying is whom the words were said
    to: the person who speaks is named before the verb ("X, der Präsident des Verbands,
    sagte der Deutschen Presse-Agentur, …"), so "der" there is a dative, not the article
    of a subject after the verb ("bestätigte der „Kurier“")."""
    verb = _DATIVE_AFTER_VERB.search(sentence, max(0, outlet.start - 60), outlet.start)
    return verb is not None and any(m.kind == "person" and m.end <= verb.start() for m in mentions)


_OUTLETS_PROGRAMME = re.compile(
    r"\W*(?:Im|In|Bei|Beim)\s+(?:[\w-]+\s+){0,2}(?:der|des)\s+" + _OPENING_MARK + r"?"
)
"""A German sentence that opens with an outlet's programme or page ("Im Morgenmagazin der
ARD", "In der Talkshow des „Stern“"): where the speaker said it, who carried it."""
_VERB_NEXT = re.compile(
    r"[\u201c\u00ab\"']?\s+[a-zäöü]+\s+(?:(?:der|die)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){0,2}"
)
"""The verb right after the outlet, then the person who speaks, perhaps by office ("…
warnte Rukwied", "… sagte die Ministerin Anna Kolb")."""


def _attributed(claim: Claim, source: str, actors: _Actors) -> Claim:
    """``claim`` resting on ``source``, which is cited when it is an outlet."""
    sources = list(claim.sources)
    if actors.by_id[source].kind == "media" and source not in sources:
        sources.append(source)
    return claim.model_copy(update={"attributed_to": source, "sources": sources})


def _fold(text: str) -> str:
    """Casefolded without umlauts: "Anwältin" holds "anwalt"."""
    return text.casefold().translate(str.maketrans("äöü", "aou"))


_IT_SAID = re.compile(
    r"(?:^|[,;:]\s*)\W*(?:[Ii]t\s+(?:also\s+|has\s+|had\s+|later\s+)?(?:said|says|added|signalled"
    r"|signaled|warned|announced|reported|confirmed|expects|expected|estimated|stated|noted"
    r"|told|denied|insisted|argued|predicted|forecast|promised|pledged|vowed|apologised"
    r"|apologized|admitted|acknowledged|blamed|claimed|stressed|explained|urged|declined"
    r"|defended|welcomed)\b|(?:said|added|warned)\s+it\s*[.,;])"
)
"""An English "it" as the one who speaks ("It said demand had fallen", "…, it added",
"It promised to pay", "It apologised"): the body named last, as "they said" is the
group."""


_OPENING_WORDS = re.compile(r"\A\W*(?:(?:[A-ZÄÖÜ][\w-]*|[a-zäöü]+)\s+){0,2}\Z")
"""At most an office and an article before the name that opens a sentence ("Anwalt
Georg Lenz …", "Die Trainerin Mia Kolb …", "Councillor Ann Reid …")."""


def _subject_person(sentence: str, mentions: list[Mention], quote_start: int) -> SourceFound | None:
    """The person who opens the sentence as its subject, when no verb of saying names
    the speaker of a quotation later in it ("Anwalt X nutzte seine Rede, … warf ihr
    „…“ vor"): the subject's words, not those of someone named inside the clause."""
    people = [m for m in mentions if m.kind == "person" and m.end <= quote_start]
    if not people or people[0] is not min(mentions, key=lambda m: m.start):
        return None
    first = people[0]
    if not _OPENING_WORDS.match(sentence[: first.start]):
        return None
    return SourceFound(actor=first.actor, cue="subject")


def _role_after_quote(
    sentence: str, quote_end: int, mentions: list[Mention], direct: list[tuple[int, int]]
) -> SourceFound | None:
    """An unnamed person by office or trade that the sentence's verb of saying names
    after the quotation ("„…“, sagte ein Schichtleiter in Bochum", '"…," one crane
    operator said'): their words, not the speaker of the quotation before."""
    found = sentence_source(sentence, mentions, quotes=direct)
    if found is None or found.role is None or found.role.kind != "person":
        return None
    return found if found.role.start >= quote_end else None


_CLOSING_VERB = re.compile(r",\s+(?:[a-zäöü]+)\s+(?:die|der|das|the)\s+[A-ZÄÖÜa-z]")
"""A verb of saying after the words it reports, then its subject ("…, schreiben die
Fraktionschefs", "…, said the residents"): the sentence closes what was said before."""


_SUBJECT_OPENS = re.compile(r"\W*(?:(?:Der|Die|Das)\s+)?")
"""What may stand before a subject that opens a German sentence: its article."""


def _subject_before_colon(
    sentence: str,
    mentions: list[Mention],
    cues: tuple[CueHit, ...],
    direct: list[tuple[int, int]],
) -> str | None:
    """The body or person that opens a German sentence whose clause before a colon says
    what it did and whose words after the colon are in reported speech ("Der Verband hat
    seine Bilanz vorgestellt: Der Ertrag sei gestiegen"): the colon hands over to what the
    subject said, so the Konjunktiv I after it is theirs."""
    colon = sentence.find(": ")
    if colon < 0 or any(s < colon for s, _ in direct):
        return None
    if not any(hit.cue in _REPORTED_SPEECH and hit.start > colon for hit in cues):
        return None
    named = [m for m in mentions if not m.adjective]
    if not named or named[0].end > colon or named[0].kind not in _SPEAKING_KINDS:
        return None
    if not _SUBJECT_OPENS.fullmatch(sentence, 0, named[0].start):
        return None
    return named[0].actor


_SPEAKING_KINDS = frozenset({"organisation", "person", "group", "media"})
"""Kinds of actor that say things (a state or a place is named by its government)."""


_GROUP_BEFORE = "group before"
"""The cue of a quotation given to the group the sentence before rested on: a guess."""


@dataclass
class _RunningQuote:
    """A quotation of several sentences whose first sentence named no speaker: the
    sentence it closes in may name one ("„… . …“, sagte ein Bankmanager")."""

    index: int
    """Its place among the quotes."""
    end: int
    """Where it closes in the paragraph."""
    first_claim: int
    """The number of the claim of its first sentence."""
    paragraph: int


def _closing_names_speaker(
    running: _RunningQuote, speaker: str, quotes: list[Quote], claims: list[Claim], actors: _Actors
) -> None:
    """The quotation ``running`` and the claims of its sentences before the closing one
    are ``speaker``'s, whom the closing sentence's verb of saying names: a guess from the
    sentences before (the person named last, the last quotation's speaker) gives way."""
    quote = quotes[running.index]
    if quote.speaker == speaker:
        return
    guessed = quote.speaker
    note = _quote_note(_LATER_VERB, quote.language or "en")
    quotes[running.index] = quote.model_copy(update={"speaker": speaker, "note": note})
    for index, claim in enumerate(claims):
        if (
            index + 1 >= running.first_claim
            and claim.paragraph == running.paragraph
            and claim.attributed_to == guessed
        ):
            claims[index] = _attributed(claim, speaker, actors)


def _speaks_indirectly(
    source: str | None, sentence: str, direct: list[tuple[int, int]], actors: _Actors
) -> bool:
    """Whether ``sentence`` is a person's words in reported speech, with no quotation of
    its own ("Die Ministerin sagte dem Sender, die Lage sei ernst"): a quotation right
    after it with no cue of its own is most likely that person's, not the speaker of an
    earlier quotation whom the article has since moved on from."""
    if source is None or direct or actors.by_id[source].kind != "person":
        return False
    return _found_by_verb(sentence)


def _opens_statement(sentence: str) -> bool:
    """Whether the sentence's verb of saying hands over to a colon ("Die Gewerkschaft
    widersprach: …", "The union replied: …"): its subject opens a statement of its own
    and closes none said before it, so a quotation before with no speaker is not theirs."""
    bare = re.sub(r"[„“\"»«][^„“\"»«]*[“\"«»]", " ", sentence)
    return any(
        v.group()[:1].islower() and bare[v.end() : v.end() + 2].strip().startswith(":")
        for v in SPEECH_VERB.finditer(bare)
    )


def _found_by_verb(sentence: str) -> bool:
    """Whether a verb of saying stands in the sentence outside quotation marks."""
    bare = re.sub(r"[„“\"»«][^„“\"»«]*[“\"«»]", " ", sentence)
    return any(v.group()[:1].islower() for v in SPEECH_VERB.finditer(bare))


_QUOTE_MARKS = " \"'\u201e\u201c\u201d\u00bb\u00ab\u201a\u2018"
"""Spaces and quotation marks that may stand before a quotation opening its sentence."""


_DEMONSTRATIVE = re.compile(r"\W*(?P<pronoun>Der|Die|Dieser|Diese)\s+(?P<verb>[a-zäöüß]+)\b")


def _demonstrative_subject(sentence: str, context: _Context) -> str | None:
    """The person (or, with a plural verb, the group) named last, when a German sentence
    opens with a demonstrative pronoun as its subject ("Der sieht sich zu Unrecht
    kritisiert", "Die sehen das anders"): "der" before a finite verb is "he", not an
    article, which a noun or an adjective would follow."""
    opening = _DEMONSTRATIVE.match(sentence)
    if opening is None or not is_finite_verb(opening.group("verb")):
        return None
    if opening.group("verb").endswith("en") and opening.group("pronoun").startswith("Die"):
        return context.last_group
    # the pronoun points at the person named last, often the object of the sentence before
    return context.people_before[-1] if context.people_before else context.last_person


def _give_unknown_quotes(
    speaker: str, indexes: list[int], actors: _Actors, quotes: list[Quote], context: _Context
) -> None:
    """Give the quotations inside one sentence that no cue of their own attributed to the
    source the sentence's other rules found ("Der Verwalter sprach von einem „zähen
    Prozess“", 'Klar sei, dass sein Team das Spiel "früh verloren" habe'): the words
    quoted after the sentence opens are its source's, not an unknown speaker's. A
    quotation that opens the sentence ("»…«, heißt es in einer Erklärung von X") waits
    for a later sentence to name its voice."""
    if actors.by_id[speaker].kind not in ("person", "group", "organisation"):
        return
    for index in indexes:
        if quotes[index].speaker == "unknown-speaker":
            quotes[index] = quotes[index].model_copy(
                update={
                    "speaker": speaker,
                    "role": actors.by_id[speaker].role,
                    # the note says where the speaker came from, as the field now has one
                    "note": _quote_note(_SENTENCE_SOURCE, quotes[index].language or "en"),
                }
            )
            context.last_speaker = speaker


def _name_unknown_speaker(
    speaker: str, since: int, actors: _Actors, quotes: list[Quote], claims: list[Claim]
) -> None:
    """Give the quotes from paragraph ``since`` on that no cue attributed to the speaker
    a later sentence names with a verb of saying ("»…«, heißt es in einer Erklärung. …,
    schreiben die Fraktionschefs", '"…," the letter reads. … the residents say'): one
    voice speaks through the paragraph. Only a person or a group speaks so."""
    unknown = "unknown-speaker"
    if unknown not in actors.by_id or actors.by_id[speaker].kind not in ("person", "group"):
        return
    for index, quote in enumerate(quotes):
        if (quote.paragraph or 0) >= since and quote.speaker == unknown:
            note = _quote_note(_LATER_VERB, quote.language or "en")
            quotes[index] = quote.model_copy(update={"speaker": speaker, "note": note})
    for index, claim in enumerate(claims):
        if (claim.paragraph or 0) >= since and claim.attributed_to == unknown:
            claims[index] = claim.model_copy(update={"attributed_to": speaker})
    if not any(q.speaker == unknown for q in quotes) and not any(
        c.attributed_to == unknown for c in claims
    ):
        del actors.by_id[unknown]


_THE_STATEMENT_GOES_ON = re.compile(
    r"\W*(?:The|That|Its|Her|His|Their)\s+(?:statement|letter|release)\s+(?:also\s+)?"
    r"(?:added|said|says|stated|went\s+on)\b"
    r"|\W*(?:Die|Diese|Seine|Ihre)\s+(?:Mitteilung|Erklärung|Stellungnahme|Presseerklärung)"
    r"\s+(?:fügte|ergänzte|ergänzt|führte|betonte|betont)\b"
)
"""A sentence whose subject is the statement quoted before ("The statement added that
…", "Die Erklärung betonte, …"): the words of whoever gave it."""


def _it_before_names(sentence: str, mentions: list[Mention], last_org: str) -> str | None:
    """The body named last when "it said" opens the sentence before any name ("Further,
    it said it would ask the Securities and Exchange Commission to …"): the names after
    the verb are whom it spoke of, not who spoke."""
    said = _IT_SAID.search(sentence)
    if said is None or not said.group().lstrip(",;: ").casefold().startswith("it"):
        return None  # "…, said it.": a closing attribution, which the usual rules read
    if any(m.start < said.end() for m in mentions):
        return None
    return last_org


_THEY_SAID = re.compile(
    r"(?:^|[,;]\s*|\s)(?:[Tt]hey\s+(?:said|say|told|added|warned|argued|insisted|claimed|want"
    r"|demand|fear|doubt|believe)"
    r"|(?:said|say|added|warned)\s+they\s*[.,;])"
)
"""An English plural pronoun as the speaker ("They said the plan would fail", "…, they
warned"): the group or body named last, not the last person."""
_DEFINITE_END = re.compile(r"(?:^|\s)(?:[Tt]he|[Dd]er|[Dd]ie)\s+\Z")
_PLURAL_PRONOUN = re.compile(
    r"\b(?:[Ss]ie\s+[a-zäöü]+(?:en|ern|eln)|[a-zäöü]+(?:en|ern|eln)\s+sie|[Tt]hey"
    r"|(?i:many|most|some|others|several|viele|einige|manche|andere|mehrere)\s+\w+)\b"
    r"(?!\s+(?:[Ss]ie|Ihnen)\b)"
)
"""A plural pronoun with its verb ("sie erklärten", "teilten sie mit", "they said"),
not the singular "sie sagte"."""


_NAMES_THE_QUOTE_BEFORE = re.compile(
    r"\A\W*(?:Mit\s+(?:diesen|dieser|diesem|der|dem|den|seiner|seinen|seinem|ihrer|ihren|ihrem)"
    r"\s+(?:Worten|Sätzen|Satz|Aussagen?|Äußerung(?:en)?|Bemerkung(?:en)?|Sprüchen|Spruch)"
    r"|With\s+(?:that|this|those|these|the|his|her|their)\s+(?:words|remarks?|comments?"
    r"|statements?)|So\s+(?:reagierte|kommentierte|äußerte|beschrieb)"
    r"|Das\s+(?:sagte|erklärte|meinte|schrieb)|(?:That|This|Such)\s+(?:was|is)\s+the\s+"
    r"(?:verdict|view|reaction|assessment|response|message|warning)\s+(?:of|from)"
    r"|(?:Those|These)\s+were\s+the\s+words\s+of|(?:So|Thus)\s+(?:said|wrote))\b"
)
"""A sentence after a quotation that says whose words they were ("Mit diesen Worten
reagierte X", "Mit der Aussage hat X …", "With those remarks X …", "That was the verdict
of X"): the words of the quotation named again by a noun for an utterance."""


def _named_after_quote(
    sentence: str,
    mentions: list[Mention],
    context: _Context,
    quotes: list[Quote],
    claims: list[Claim],
    language: str,
) -> str | None:
    """Give the quotes of the sentence before, which no cue attributed, to the person
    this sentence names as their speaker ("Mit diesen Worten reagierte X"); that person
    is returned, as the sentence rests on their word too."""
    unsure, claim_index = context.unsure_quotes
    opening = _NAMES_THE_QUOTE_BEFORE.match(sentence)
    if not unsure or opening is None:
        return None
    people = [m.actor for m in mentions if m.kind == "person"]
    if not people:
        return None
    speaker = people[0]
    cue = opening.group().strip()
    for index in unsure:
        quotes[index] = quotes[index].model_copy(
            update={"speaker": speaker, "note": _quote_note(cue, language)}
        )
    if claim_index + 1 == len(claims):  # the quotation's own sentence
        claims[-1] = claims[-1].model_copy(update={"attributed_to": speaker})
    context.last_speaker = speaker
    context.unsure_quotes = ([], 0)
    return speaker


_OBLIQUE = frozenset({"den", "dem", "des"})
"""German articles no subject takes ("Den Namen nannte sie nicht", "Dem Sportler")."""
_PRONOUN_SUBJECT = re.compile(r"\s+(?:sie|er|wir|ich|man)\b")
"""A German pronoun right after the verb is its subject ("Den Preis nannte sie nicht")."""
_THING_VERBS = ("droht", "drohte", "drohen", "drohten")
"""A verb whose subject after it is a thing as often as not ("Ihm droht eine Sperre")."""


def _no_subject(role: RoleSpeaker, cue: str, sentence: str) -> bool:
    """Whether a noun phrase read off a clause as its speaker cannot be one: a phrase that
    is only a determiner ("The claim is false"), or, before the verb, a determiner in a
    case no subject takes ("Den Namen nannte sie") or a fronted object before a German
    verb whose subject is the pronoun after it; or a thing after a verb things do ("Ihm
    droht eine Sperre"). After a preposition ("laut dem Grenzschutz") any case goes."""
    words = role.name.split()
    if all(w.casefold() in ("the", "a", "an", "der", "die", "das") for w in words):
        return True
    if words[-1].casefold() in _NUMBER_WORDS:
        return True  # "Six in ten of the respondents said": a share, not who
    verb = sentence.find(cue, role.end) if cue[:1].islower() else -1
    if verb < 0:
        return cue in _THING_VERBS and 0 <= sentence.find(cue) < role.start
    before = sentence[: role.start].split()[-1:]
    article = (before[0] if before else words[0]).casefold()
    if article in _OBLIQUE or words[0].casefold() in _OBLIQUE:
        return True
    return role.kind != "person" and bool(_PRONOUN_SUBJECT.match(sentence, verb + len(cue)))


_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")


def _kind_of_body(role: RoleSpeaker, sentence: str) -> bool:
    """An English body named only by its kind, with "the" and one lowercase noun ("the
    hospital said", "the pollster questioned"): it points back at a body named before."""
    return (
        role.kind == "organisation"
        and role.name.isalpha()
        and role.name.islower()
        and _THE_BEFORE.search(sentence, 0, role.start) is not None
    )


_FEMININE_ROLE = re.compile(r"(?<![\w-])die\s+(?:[\w-]+\s+){0,3}[A-ZÄÖÜ][\w-]*in\Z")
"""A German office in the feminine with its article, ending where the role ends ("die
siebenmalige Weltmeisterin"): the person it points back at is a woman."""
_MASCULINE_PRONOUN = re.compile(r"(?<![\w-])er\b")


_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty hundred thousand"
    " half third quarter eins zwei drei vier fünf sechs sieben acht neun zehn hälfte"
    " drittel viertel".split()
)


def _resolve(
    found: SourceFound | None,
    actors: _Actors,
    context: _Context,
    paragraph: int,
    *,
    quote: bool,
    sentence: str = "",
) -> tuple[str | None, str]:
    """(actor id, cue) for a source the attribution rules found; a quotation nobody is
    said to speak continues the paragraph's last speaker, else an unknown speaker."""
    actor_id: str | None = None
    cue = found.cue if found is not None else ""
    if found is not None:
        if found.actor is not None:
            actor_id = found.actor
        elif found.role is not None and found.role.name in actors.unnamed_kinds:
            pass
        elif (
            found.role is not None
            and found.role.kind == "person"
            and len(context.people_before) == 1
            and _DEFINITE_END.search(sentence, 0, found.role.start)
            and _fold(found.role.name.split()[0]) not in _fold(context.sentence_before)
            and not (
                _COURT_STAFF.search(found.role.name) and context.people_before[0] in actors.accused
            )  # "der Staatsanwalt" after the defendant is named: never the defendant
        ):  # "Die Anwältin der Familie, X, …. Der Anwalt des Veranstalters": another one
            # "Sofia Lindqvist … The chief executive of Nordhavn said": a role with the
            # definite article right after one person is named is that person
            actor_id = context.people_before[0]
        elif found.role is not None and _no_subject(found.role, found.cue, sentence):
            pass
        elif (
            found.role is not None
            and found.role.name.casefold() in _PERSON_NOUNS
            and _DEFINITE_ADJECTIVE_END.search(sentence, 0, found.role.start)
            and context.last_person is not None
        ):  # "Eine Paketzustellerin … Der Frau war vorgeworfen worden": the same woman;
            # "„…“, sagt die junge Frau" after another's quotation: the one named before
            actor_id = _other_than_speaker(context) if quote else context.last_person
            actors.by_id[actor_id].seen(found.role.name, paragraph)
        elif (
            found.role is not None
            and found.role.name.casefold() in _OUTLET_NOUNS
            and _DEFINITE_END.search(sentence, 0, found.role.start)
            and context.last_media is not None
        ):  # "…, the publication reported" after "according to The New York Times"
            actor_id = context.last_media
            actors.by_id[actor_id].seen(found.role.name, paragraph)
        elif found.role is not None and (group := _named_group(found.role, sentence, actors)):
            # "according to people familiar with the matter … the people said": that group
            group.seen(None, paragraph)
            actor_id = group.id
        elif found.role is not None and (holder := _role_holder(found.role, sentence, actors)):
            # "Mayor Jane Doe …. The mayor said": the office named alone is its holder's
            holder.seen(None, paragraph)
            actor_id = holder.id
        elif (
            found.role is not None
            and _kind_of_body(found.role, sentence)
            and actors.body_of_kind(found.role.name) is not None
        ):  # "The hospital said" after "nurses at Riverside Memorial": that body
            actor_id = actors.body_of_kind(found.role.name)
        elif (
            found.role is not None
            and court_word(found.role.name)
            and actors.last_court() is not None
        ):  # "nach Auffassung der Kammer", "die Richter": the court named before; with
            # no court named, the judges are an actor of their own (below)
            actor_id = actors.last_court()
        elif (
            found.role is not None
            and found.role.kind != "person"
            and gazetteer().is_role(found.role.name.split()[-1])
            and len(context.people_before) == 1
            and _DEFINITE_END.search(sentence, 0, found.role.start)
        ):  # "…, sagte der Kanzler" after "Merz sprach …": an office is a person's
            actor_id = context.people_before[0]
        elif found.role is not None and _german_kind_alone(found.role, sentence, actors):
            # "Das bestätigte der Klub": the club named before, not a body of its own
            kind_word = _body_kind_word(found.role, sentence) or ""
            pointed = actors.pointing_body(kind_word)
            assert pointed is not None
            pointed.seen(found.role.name, paragraph)
            actors.called_by_kind(pointed, kind_word)
            actor_id = pointed.id
        elif (
            found.role is not None
            and actors.last_company is not None
            and _establishment_alone(found.role, sentence)
            and _body_key(found.role.name) not in actors.body_keys()
        ):  # "rechnet die Auskunftei" after "laut Creditreform": the firm named before
            actors.last_company.seen(found.role.name, paragraph)
            actor_id = actors.last_company.id
        elif found.role is not None and _kind_alone(found.role, sentence):
            pass
        elif found.role is not None and _german_adverb(found.role.name):
            pass  # "Erstmals wurden auch Fälle gemeldet": a sentence's opening adverb, nobody
        elif found.role is not None:
            kind = _person_by_office(found.role.name) or found.role.kind
            role = actors.body(found.role.name, kind, anonymous=kind in ("person", "group"))
            role.seen(found.role.name, paragraph)
            actors.named(role)
            actor_id = role.id
        elif found.pronoun and _PLURAL_PRONOUN.search(found.cue):
            actor_id = context.last_group  # "sagten sie": the group named last, not a person
        elif found.pronoun:
            actor_id = context.last_person
            if (
                actor_id in actors.women
                and _MASCULINE_PRONOUN.search(found.cue)
                and context.paragraph_person not in actors.women
            ):  # "…, sagte er" after a woman spoke: the man the paragraph names
                actor_id = context.paragraph_person
        elif found.carried and context.paper_owner and _THE_PAPER.search(sentence):
            actor_id = context.paper_owner  # "…, the report says": the report's body
        elif found.carried and found.cue == "the paper before":
            # "dem Bericht zufolge" after "Wie ndr.de berichtet": the outlet that reported
            actor_id = context.paper_owner or context.last_reporter
        elif found.carried:
            actor_id = context.last_source or (
                context.last_named_source if found.cue.startswith("statement") else None
            )
    if (
        found is not None
        and found.role is not None
        and actor_id is not None
        and _FEMININE_ROLE.search(sentence, 0, found.role.end)
    ):
        actors.women.add(actor_id)  # "sagte die Weltmeisterin": she, never a later "er"
    if actor_id is None and quote and found is None:
        actor_id = context.last_speaker
        cue = "the quotation before" if actor_id else ""
        if actor_id is not None and actor_id == context.reported_speaker:
            cue = _REPORTED_BEFORE
        if actor_id is None and context.paragraph_person is not None:
            # a quotation after a sentence that names a person: most likely theirs
            actor_id = context.paragraph_person
            cue = "the person named before"
    if actor_id is None:
        if not quote:
            return None, ""
        unknown = actors.other("unknown-speaker", "Unknown speaker", "other", anonymous=True)
        unknown.seen(None, paragraph)
        return unknown.id, ""
    if quote:
        if actor_id != context.reported_speaker:
            context.reported_speaker = None
        context.last_speaker = actor_id
    return actor_id, cue


_OUTLET_NOUNS = frozenset(
    "publication newspaper paper outlet broadcaster magazine tabloid daily website zeitung"
    " blatt sender magazin zeitschrift".split()
)
"""Words for an outlet that, with the definite article, point back at the outlet named
last ("the publication reported", "berichtet die Zeitung")."""


_DEFINITE_ADJECTIVE_END = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Dd]er|[Dd]ie)\s+(?:(?:young|old|elderly|junge|ältere|alte)\s+)?\Z"
)
"""The definite article before a plain noun for a person, perhaps with an age's
adjective ("die junge Frau", "the elderly man")."""


def _other_than_speaker(context: _Context) -> str:
    """Whom "die Frau" or "the man" who speaks after another's quotation is: the person
    named last who did not speak that quotation (a dialogue takes turns), else the person
    named last."""
    assert context.last_person is not None
    for person in reversed(context.named_people):
        if person != context.last_speaker:
            return person
    return context.last_person


_COURT_NAME = re.compile(r"(?i)gericht|court|tribunal")
_GERMAN_DEFINITE = re.compile(r"(?:^|\s)[Dd](?:er|ie|as|em|en)\s+\Z")


_PERSON_NOUNS = frozenset("frau mann woman man".split())
"""Plain words for a person that, with the definite article, name the one the text spoke
of last ("der Mann", "the woman"), never a body."""


def _named_group(role: RoleSpeaker, sentence: str, actors: _Actors) -> _ActorDraft | None:
    """The unnamed group named before whose head word a speaker with the definite
    article is ("the people said" after "people familiar with the matter", "die
    Experten" after "Experten des Instituts"): the same people, not a new actor."""
    words = role.name.split()
    whose = len(words) > 2 and words[1] in _OF_WORDS  # "die Berater des Klägers"
    if (len(words) != 1 and not whose) or not _DEFINITE_END.search(sentence, 0, role.start):
        return None
    if whose:  # "nach Angaben seiner Berater" … "Die Berater des Klägers"
        same = [
            a
            for a in actors.by_id.values()
            if a.kind == "group" and a.name.casefold() == words[0].casefold()
        ]
        if same:
            return same[-1]
    return _earlier_group(words[0], actors)


_OF_WORDS = frozenset("des der von vom of".split())


def _earlier_group(word: str, actors: _Actors) -> _ActorDraft | None:
    """The unnamed group found last whose name has ``word`` as its head."""
    head = word.casefold()
    for actor in reversed(list(actors.by_id.values())):
        if actor.kind != "group" or not actor.anonymous:
            continue
        for name in actor.aliases:
            words = name.split()
            if words and words[-1].casefold() == head:
                return actor  # "Experten" … "die Experten"
            if len(words) > 2 and words[0].casefold() == head and words[1] in _QUALIFIERS:
                return actor  # "people familiar with the matter" … "the people"
    return None


_QUALIFIERS = frozenset("familiar close briefed with who at in from of".split())
"""Words after a group's head that say which people they are, not whose."""


def _role_holder(role: RoleSpeaker, sentence: str, actors: _Actors) -> _ActorDraft | None:
    """The one named person whose office is the bare office a speaker is called by, with
    the definite article ("the mayor", "die Bürgermeisterin"): a role with no name of its
    own is the person the text named holding it, not a second, nameless person."""
    words = role.name.split()
    if (
        role.kind != "person"
        or len(words) != 1
        or not _DEFINITE_END.search(sentence, 0, role.start)
    ):
        return None
    holder = actors.person_by_role(words[0])
    if holder is None or holder.anonymous:
        return None
    return holder


def _german_kind_alone(role: RoleSpeaker, sentence: str, actors: _Actors) -> bool:
    """A German body's kind alone with the definite article ("der Klub", "die Firma")
    as a speaker, when a body was named before: it points back at that body, as "der
    Konzern" does, rather than making a body of its own."""
    kind = _body_kind_word(role, sentence)
    return kind is not None and actors.pointing_body(kind) is not None


_GERMAN_DEFINITE_OR_GENITIVE = re.compile(r"(?:^|\s)[Dd](?:er|ie|as|em|en|es)\s+\Z")


def _body_kind_word(role: RoleSpeaker, sentence: str) -> str | None:
    """The German kind of body a source is called by alone, with the definite article
    ("die Firma", "nach Angaben des Unternehmens"), in its base form; None for a name."""
    name = role.name
    if role.kind != "organisation" or " " in name or not name[:1].isupper():
        return None
    if _GERMAN_DEFINITE_OR_GENITIVE.search(sentence, 0, role.start) is None:
        return None
    if is_kind_of_body(name):
        return name
    bare = name.removesuffix("es") if name.endswith("es") else name.removesuffix("s")
    return bare if bare != name and is_kind_of_body(bare) else None


def _establishment_alone(role: RoleSpeaker, sentence: str) -> bool:
    """A German word for a trade's establishment alone, with the definite article ("die
    Auskunftei", "die Reederei", "die Brauerei": nouns in "-ei"), as a speaker: a kind of
    firm, which points back at the firm named before rather than naming one."""
    name = role.name
    return (
        role.kind == "organisation"
        and " " not in name
        and len(name) >= 6
        and name.endswith("ei")
        and not is_body_head(name)  # "die Polizei", "die Partei": bodies of their own
        and _GERMAN_DEFINITE_OR_GENITIVE.search(sentence, 0, role.start) is not None
    )


def _kind_alone(role: RoleSpeaker, sentence: str) -> bool:
    """A German kind of body alone ("nach Angaben des Unternehmens", "die Firma teilte
    mit") that nothing named before points back at: which body is meant the text does
    not say, so it is no actor of its own (a source with no name)."""
    return _body_kind_word(role, sentence) is not None


def _person_by_office(name: str) -> str | None:
    """ "person" for an unnamed speaker named by an office joined to a body ("ein
    Nordbau-Sprecher", "die Bahn-Sprecherin"): the office makes a person, though the
    body's name opens the word; None when the phrase ends in a body's head ("Vorstand")."""
    last = name.split()[-1]
    if "-" not in last.strip("-") or not gazetteer().is_role(last) or is_body_head(last):
        return None
    return "person"


_BUSINESS_KINDS = (
    "company|firm|retailer|operator|developer|carrier|lender|insurer|supplier|manufacturer"
    "|maker|chain|airline|contractor|subcontractor|publisher|broadcaster|landlord|start-up"
    "|startup|pollster|brewer|exporter|importer|distributor"
)
_UNNAMED_BUSINESS = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?P<name>(?:[\w-]+\s+){0,3}?(?P<head>" + _BUSINESS_KINDS + r"))\b"
    r"(?!['\u2019-])(?!\s+(?:of\s+)?(?:director|executive|spokes\w+|official|employee"
    r"|worker|staff|boss|chief|founder|owner|manager|analyst)s?\b)"
)
"""A business the text never names, brought in with an indefinite article ("a major online
retailer", "a Hamburg-based shipping company"); "a company director" is a person."""
_POINTED = re.compile(r"\b[Tt]he\s+(?P<head>" + _BUSINESS_KINDS + r")\b")
_NOT_PART_OF_NAME = frozenset(
    "major big large small leading local little giant well-known leading global private"
    " family-owned family-run struggling".split()
)
"""Words that say how big or how well known a business is, not which kind it is."""


_PREDICATE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|become|became|becomes|remains|remained|as)\s+\Z"
)
_APPOSED_NAME = re.compile(
    r"(?<![\w&'\u2019-])(?P<name>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,2}),\s+\Z"
)
"""A name set before an apposition that says what it is ("Voltra, a maker of …")."""


def _pointed_kinds(text: str) -> frozenset[str]:
    """The kinds of business the text points back at ("the company", "the retailer")."""
    return frozenset(m.group("head").casefold() for m in _POINTED.finditer(text))


def _unnamed_businesses(
    sentence: str,
    mentions: list[Mention],
    actors: _Actors,
    paragraph: int,
    pointed: frozenset[str],
) -> list[Mention]:
    """Businesses the text never names but points back at later ("a major online retailer"
    … "the company said"): an anonymous organisation each, which "the company", "the
    firm" or "the retailer" then finds. Without a later "the …" it is a passing mention
    ("he joined a firm in 2010") and no actor."""
    found: list[Mention] = []
    for match in _UNNAMED_BUSINESS.finditer(sentence):
        head = match.group("head").casefold()
        if any(m.start < match.end() and match.start("head") < m.end for m in mentions):
            continue
        if _PREDICATE.search(sentence, 0, match.start()):
            continue  # "had become a much more disciplined company": says what one is
        apposed = _APPOSED_NAME.search(sentence, 0, match.start())
        if (
            apposed is None
            and head not in pointed
            and not (head in ("company", "firm") and pointed)
        ):
            continue
        if apposed is not None:
            # "Voltra, a maker of scooters,": the name before is a business
            if not any(m.start <= apposed.start("name") < m.end for m in mentions):
                name = apposed.group("name")
                actor = actors.body(name, "organisation")
                actor.company = True
                actor.seen(name, paragraph)
                actors.named(actor)
                found.append(Mention(actor.id, "organisation", *apposed.span("name")))
            continue
        words = match.group("name").split()
        while len(words) > 1 and (
            words[0].casefold() in _NOT_PART_OF_NAME
            or words[0].endswith("-based")
            or words[0][:1].isupper()
        ):
            words.pop(0)
        if len(words) > 1 and not all(w.islower() for w in words):
            continue  # "a Siemens company": a named owner, not an unnamed business
        name = " ".join(words)
        start = match.end("name") - len(name)
        actor = actors.body(name, "organisation", anonymous=True)
        actor.company = True
        actor.seen(name, paragraph)
        actors.named(actor)
        found.append(Mention(actor.id, "organisation", start, match.end("name")))
    return found


def _joint_lists(
    sentence: str, found: list[GazetteerMention], bodies: list[BodyMention]
) -> tuple[list[GazetteerMention], list[BodyMention]]:
    """Parties or bodies joined by a slash ("CDU/FDP", "BSW/BI"): a joint faction or list
    that votes and speaks as one, so one group actor, not each of its members. A name the
    gazetteer knows whole ("CDU/CSU", "Bündnis 90/Die Grünen") is left to it."""
    spans = sorted(
        [(m.start, m.end) for m in found if m.name and m.entry.kind == "organisation"]
        + [(b.start, b.end) for b in bodies if b.kind == "organisation"]
    )
    runs: list[tuple[int, int, int]] = []  # start, end, how many names
    for start, end in spans:
        if runs and sentence[runs[-1][1] : start] == "/":
            runs[-1] = (runs[-1][0], end, runs[-1][2] + 1)
        elif runs and runs[-1][1] >= end:
            continue
        else:
            runs.append((start, end, 1))
    # "CDU/SPD-Koalition": the parties of a compound's first part stay parties of their own
    joint = [(s, e) for s, e, n in runs if n > 1 and sentence[e : e + 1] != "-"]
    if not joint:
        return found, bodies

    def inside(start: int) -> bool:
        return any(s <= start < e for s, e in joint)

    found = [m for m in found if not inside(m.start)]
    bodies = [b for b in bodies if not inside(b.start)]
    bodies += [BodyMention(sentence[s:e], "group", s, e) for s, e in joint]
    bodies.sort(key=lambda b: b.start)
    return found, bodies


def _mentions(
    sentence: str,
    language: str,
    places: Gazetteer,
    actors: _Actors,
    paragraph: int,
    terms: list[tuple[int, int]],
) -> list[Mention]:
    """Every actor the sentence names, with where: the gazetteer's, organisations and
    outlets by the shape of their names, people, surnames and offices of people named
    before, and unnamed groups. Overlaps are settled before any actor is made: a body's
    longer name wins over the country inside it ("Deutsche Bank", "EU Tax Observatory"),
    and a person's name over a word that is also an adjective ("Thierry Breton")."""
    found = places.find(sentence)
    known_words = frozenset(sentence[m.start : m.end] for m in found)
    bodies = [
        b
        for b in find_bodies(sentence, language, known_words)
        if b.kind == "media" or not any(s <= b.start < e for s, e in terms)
    ]
    if language == "en":
        bodies += _bodies_named_after_country(sentence, found, bodies)
    if language == "de":
        bodies = [b for b in bodies if not _body_ends_in_first_name(sentence, b)]

    def inside_longer_body(m: GazetteerMention) -> bool:
        return m.entry.kind != "person" and any(
            b.start <= m.start and m.end <= b.end and (b.end - b.start) > (m.end - m.start)
            for b in bodies
            if not b.owned
        )

    found = [m for m in found if not inside_longer_body(m)]
    bodies = [
        b for b in bodies if b.owned or not any(m.start < b.end and b.start < m.end for m in found)
    ]
    found, bodies = _joint_lists(sentence, found, bodies)
    taken = [(b.start, b.end) for b in bodies]
    people = [
        p
        for p in find_people(sentence, language, places, taken, found=found)
        if not any(s <= p.start < e for s, e in terms)  # a name in quotation marks
    ]
    found = [m for m in found if not any(p.start <= m.start < p.end for p in people)]

    mentions: list[Mention] = []
    datelines = [(m.start(), m.end()) for m in _DATELINE.finditer(sentence)]
    found = [m for m in found if not any(s <= m.start < e for s, e in datelines)]
    bodies = [
        b for b in bodies if b.kind == "media" or not any(s <= b.start < e for s, e in datelines)
    ]
    for mention in list(found):
        around = actors.body_around(sentence, mention.start, mention.end)
        if around is not None:  # "Thomson Reuters" named before: not the agency inside it
            found.remove(mention)
            around.seen(None, paragraph)
            start = mention.end - len(around.name)
            mentions.append(Mention(around.id, around.kind, start, mention.end))
    for mention in found:
        if _edition_of(sentence, mention, found):
            continue  # "Politico Europe": the outlet's edition, part of its name
        bearer = _surname_bearer(sentence, mention, actors)
        if bearer is not None:  # "dass Spiegel Fehler eingeräumt habe" after "Anne Spiegel"
            bearer.seen(None, paragraph)
            mentions.append(Mention(bearer.id, "person", mention.start, mention.end))
            continue
        actor = actors.known(mention.entry)
        actor.seen(mention.text if mention.name else None, paragraph)
        if actor.kind == "state" and not actor.acting:
            actor.acting = acts_as_state(
                sentence, mention.start, mention.end, adjective=not mention.name
            )
        elif _state_or_region(actor) and not actor.acting:
            actor.acting = not _region_as_place(sentence, mention)
        if mention.name:
            actors.named(actor)
        if actor.kind == "person" and actor.role is None:
            actor.role = _role_before(sentence, mention.start, places)
        mentions.append(
            Mention(actor.id, actor.kind, mention.start, mention.end, adjective=not mention.name)
        )
    previous: tuple[int, _ActorDraft] | None = None
    for body in bodies:
        bearer = _surname_of_body(sentence, body, actors)
        if bearer is not None:  # "Brand revealed the recovery" after "Arthur Brand"
            bearer.seen(None, paragraph)
            mentions.append(Mention(bearer.id, "person", body.start, body.end))
            continue
        if (
            previous is not None
            and body.name.isupper()
            and sentence[previous[0] : body.start].strip() == "("
            and sentence[body.end : body.end + 1] == ")"
        ):  # "des Deutschen Wetterdienstes (DWD)": the initials name the body before
            actor = actors.alias(body.name, previous[1])
        elif (
            body.kind == "organisation"
            and actors.last_company is not None
            and _establishment_alone(
                RoleSpeaker(body.name, body.start, body.end, body.kind), sentence
            )
            and _body_key(body.name) not in actors.body_keys()
        ):  # "rechnet die Auskunftei" after "laut Creditreform": the firm named before
            actor = actors.last_company
        elif body.pointing and _points_back(sentence, body.start, body.end):
            pointed = actors.pointing_body(body.name)
            if pointed is None:
                # "die Behörde" with no body named before: a mention the clause needs
                # ("Dem Ministerium hielt X vor"), but no actor of its own in the draft
                actor = actors.body(body.name, body.kind)
                if not (
                    _uninflected_head(body.name).endswith(_GOVERNMENT_HEADS)
                    or actors.other_branch(body.name)
                ):
                    # a government is the one of the place the text is about: an actor;
                    # so is "die Verwaltung" after "der Stadtrat", the council's own
                    actors.unnamed_kinds.add(body.name)
                    actors.tentative.add(actor.id)
            else:
                actor = pointed
                actors.called_by_kind(pointed, body.name)
        elif body.kind == "media" and _OBLIQUE_BEFORE.search(sentence, 0, body.start):
            # "einem Bericht der „Märkischen Rundschau“": the name as "die" would have it
            actor = actors.body(_nominative_name(body.name), body.kind, anonymous=body.unnamed)
        elif body.kind == "organisation" and _GENITIVE_BEFORE.search(sentence, 0, body.start):
            # "ein Sprecher des Wirtschaftsministeriums": the body as "das" would name it
            actor = actors.body(_genitive_to_nominative(body.name), body.kind)
        else:
            actor = actors.body(body.name, body.kind, anonymous=body.unnamed)
        actor.seen(body.name, paragraph)
        actors.named(actor)
        mentions.append(Mention(actor.id, actor.kind, body.start, body.end))
        previous = (body.end, actor)
    accused = _trial_sentence(sentence)
    accused_before = list(actors.accused)  # never someone this sentence names besides
    for person in people:
        if _plural_party(sentence, person):
            # "die Angeklagten": those on trial, a group, no one person
            group = actors.body(sentence[person.start : person.end], "group", anonymous=True)
            group.seen(sentence[person.start : person.end], paragraph)
            mentions.append(Mention(group.id, "group", person.start, person.end))
            continue
        pair = _two_named_before(person, actors)
        if pair is not None:
            # "machte er Bö zu Fourcade härtestem Rivalen": two people named before, each
            # by the surname alone, with a preposition between them that a name also holds
            for actor, (start, end) in pair:
                actor.seen(sentence[start:end], paragraph)
                mentions.append(Mention(actor.id, "person", start, end))
            continue
        single = actors.person_by_word(person.name) if " " not in person.name else None
        if (
            single is None
            and places.is_role(person.name.split()[-1])
            and _ARTICLE_BEFORE.search(sentence, 0, person.start)
        ):
            # "Die Richterin nannte …" after "Richterin Jana Thal": the office's holder
            single = actors.person_by_role(person.name.split()[-1])
        party = _named_party(sentence, person, actors, accused_before)
        actor = party or single or actors.person(person.name)
        if (
            party is None
            and not actor.anonymous
            and (accused or _INITIAL_SURNAME.search(actor.name))
            and not _VICTIM_BEFORE.search(sentence, 0, person.start)
        ):
            actors.accused.append(actor.id)  # "Kathrin K." or named in a trial's sentence
        # "ein Angeklagter": the text's own form; "die Angeklagte": a named party's alias
        actor.seen(person.alias or (person.name if party else None), paragraph)
        if person.role and not person.role_loaded and actor.role is None:
            actor.role = person.role
        if actor.role is None and not actor.anonymous:
            actor.role = _apposed_role(sentence, person.start, person.end, places)
        if actor.role is None and not actor.anonymous:
            actor.role = _lower_role_before(sentence, person.start, places)
        if person.role and person.role_loaded:
            actor.seen(person.role, paragraph, loaded=True)
        mentions.append(Mention(actor.id, "person", person.start, person.end))
    taken = [(m.start, m.end) for m in mentions]
    for match in _SAYS_NAME.finditer(sentence):
        name = match.group("before") or match.group("after")
        start = match.start("before") if match.group("before") else match.start("after")
        if any(s <= start < e for s, e in taken) or not _unknown_name(name, language, places):
            continue
        if after_a_place_word(sentence, start):
            continue  # "Officials in Leeds and Bradford said": where they are, not who
        company = actors.body_with_word(name)
        if company is not None and actors.person_by_word(name) is None:
            # "Campbell said" after "Campbell Soup Co": the company, not a person
            company.seen(name, paragraph)
            mentions.append(Mention(company.id, company.kind, start, start + len(name)))
            taken.append((start, start + len(name)))
        elif actors.person_by_word(name) is None:
            actor = actors.person(name)
            actor.seen(None, paragraph)
            mentions.append(Mention(actor.id, "person", start, start + len(name)))
            taken.append((start, start + len(name)))
    for start, name in _coordinated_surnames(sentence, mentions, language, places):
        if any(s <= start < e for s, e in taken):
            continue
        actor = actors.person_by_word(name) or actors.person(name)
        actor.seen(None, paragraph)
        mentions.append(Mention(actor.id, "person", start, start + len(name)))
        taken.append((start, start + len(name)))
    for match in _words_of_single_names(sentence):
        word = match.group()
        prefix_only = (
            "-" in word
            and places.is_role(word)
            and all(e < match.end() for s, e in taken if s <= match.start() < e)
        )  # "der CDU-Chef": the party is a mention, the office points at a person
        if not (word[0].isupper() or _PARTICLE_SURNAME.match(word)) or (
            any(s <= match.start() < e for s, e in taken) and not prefix_only
        ):
            continue
        bare = _POSSESSIVE.sub("", word)
        by_role = None
        if _LOWER_NEXT.match(sentence, match.end()) or not sentence[match.end() :].strip(_ENDING):
            by_role = actors.person_by_role(bare)  # "Der Kanzler sagte", not "Minister Keir …"
        single = actors.person_by_word(bare) or by_role
        if single is not None:
            single.seen(bare, paragraph)
            mentions.append(Mention(single.id, "person", match.start(), match.start() + len(bare)))
            taken.append((match.start(), match.end()))
    for match in _INFORMED.finditer(sentence):
        if any(s <= match.start() < e for s, e in taken):
            continue
        name = match.group("who")
        group = actors.other(slugify(name) + "-unnamed", f"Unnamed {name}", "group", anonymous=True)
        group.seen(name, paragraph)
        mentions.append(Mention(group.id, "group", match.start("who"), match.end("who")))
        taken.append((match.start(), match.end()))
    for match in _INFORMED_ONE.finditer(sentence):
        if any(s <= match.start() < e for s, e in taken):
            continue
        name = match.group("who")  # "a person familiar with the plans": one unnamed person
        one = actors.other(slugify(name) + "-unnamed", f"Unnamed {name}", "person", anonymous=True)
        one.seen(name, paragraph)
        mentions.append(Mention(one.id, "person", match.start("who"), match.end("who")))
        taken.append((match.start(), match.end()))
    for match in _GROUP_WORD.finditer(sentence):
        word = match.group("word")
        if any(s <= match.start() < e for s, e in taken):
            continue
        if language == "de" and word[:1].islower():
            continue  # "Einige der befragten Ökonomen": an adjective, the noun follows
        if _in_a_bodys_name(sentence, match.start(), word, language):
            continue  # "the United Auto Workers union", "die Liste Tesla Workers"
        if _PREMISES_AFTER.match(sentence, match.end()):
            continue  # "at the central police station": a building, where, not who
        plural = _PLURAL_GROUPS.match(sentence, match.end())
        if plural is not None and word.casefold() in _NOT_GROUP_KINDS:
            continue
        if (
            plural is None
            and not places.is_group(word)
            and not (
                _role_plural(word, language)
                and (
                    _opens_clause(sentence, match.start())
                    or subject_position(sentence, match.start(), match.end(), language)
                )
            )
            and not collective_subject(sentence, match.start(), match.end(), language)
        ):
            continue
        if _MEMBER_OF.match(sentence, match.end()):
            continue  # "Ökonomen der Deutschen Bank": the bank's word, not a group's
        if plural is None and any(
            m.kind == "person"
            and m.start > match.end()
            and _label_gap(sentence[match.end() : m.start], places)
            for m in mentions
        ):
            # "Händler Jonas Fink", "Opposition councillor Grace Hale": a label before one
            # person's name (with the office between), no group
            continue
        if language == "en" and _TOLD_GROUP.search(sentence, 0, match.start()):
            continue  # "Ek told analysts on a call": whom the words were said to
        if plural is None and _OBJECT_PREPOSITION.search(sentence, 0, match.start()):
            continue  # "Angriffe auf Kommunen", "talks with officials": whom, not who says
        if plural is None and _COORDINATED_OBJECT.search(sentence, 0, match.start()):
            continue  # "ein Verbot für Mitglieder und Besucher": the second of whom, too
        owner = _OWNER.search(sentence, 0, match.start())
        by = (
            owner.group("by")
            if owner is not None and owner.group("by") not in _NOT_OWNERS
            else None
        )
        start = owner.start("by") if by and owner is not None else match.start()
        if by and owner is not None:
            whole = [s for s, e in _spans(mentions) if e == owner.end("by") and s < start]
            if whole and by[:1].isupper():
                start = min(whole)  # "Johns Hopkins researchers": the owner's whole name
        if not by and language == "en":
            start = _noun_modifier_start(sentence, match.start(), taken + _spans(mentions))
        prefix = _HYPHEN_PREFIX.search(sentence, 0, match.start())
        if prefix is not None and not by and not any(s <= prefix.start() < e for s, e in taken):
            start = prefix.start()  # "IT-Fachleute": the field is part of the group's name
        end = plural.end() if plural is not None else match.end()
        joined = _PEOPLE_AND_BEFORE.search(sentence, max(0, start - 40), start)
        if joined is not None and not by and _role_plural(joined.group("word"), language):
            start = joined.start("word")  # "councillors and officers": people of one group
        whose = _PEOPLE_AFTER.match(sentence, end)
        if plural is None and whose is not None and _role_plural(whose.group("word"), language):
            end = whose.end()  # "Opposition councillors": the group word says whose they are
        place = PEOPLE_OF_A_PLACE.match(sentence, end)
        if place is not None and word.casefold() in ("people", "menschen", "leute"):
            end = place.end()  # "People in Otley": the place names the group
        name = sentence[start:end]
        earlier = (
            _earlier_group(name, actors)
            if " " not in name
            and (
                _DEFINITE_END.search(sentence, 0, start)
                or (
                    language == "en"
                    and _BARE_PLURAL_EN.match(name)
                    and not _COUNT_BEFORE_EN.search(sentence, 0, start)
                )
            )
            else None
        )
        if earlier is not None:  # "the officials" after "officials close to the talks"
            earlier.seen(None, paragraph)
            mentions.append(Mention(earlier.id, "group", start, end))
            continue
        base = collective_base(name, language) if " " not in name else name
        group = actors.other(slugify(base) + "-unnamed", f"Unnamed {base}", "group", anonymous=True)
        group.seen(name, paragraph)  # "die Beschäftigten": the group "Beschäftigte"
        if language == "en":
            # "top federal officials": the words that say which, as the text has them
            group.seen(sentence[_described_start(sentence, start) : end], paragraph)
        where = _PLACES_OF_A_GROUP.match(sentence, end)
        if where is not None:
            end = where.end()  # "officials in Leeds and Bradford said": the group says it
        mentions.append(Mention(group.id, "group", start, end))
    for start, end in _bare_plural_speakers(sentence, language, places, taken, mentions):
        name = sentence[start:end]
        named = actors.named_body(name)
        if named is not None:  # "Nordbau kündigte an" after "den Wohnungskonzern Nordbau"
            named.seen(name, paragraph)
            mentions.append(Mention(named.id, named.kind, start, end))
            continue
        group = actors.other(slugify(name) + "-unnamed", f"Unnamed {name}", "group", anonymous=True)
        group.seen(name, paragraph)
        mentions.append(Mention(group.id, "group", start, end))
    mentions += _short_club_names(sentence, mentions, actors, paragraph)
    mentions.sort(key=lambda m: m.start)
    for found_here in mentions:  # however a body was found, "der Konzern" may point at it
        if found_here.kind == "organisation" and not found_here.adjective:
            actors.named(actors.by_id[found_here.actor])
    return mentions


_MIXED_INITIALS = re.compile(
    r"(?<![\w-])(?=(?:[a-zäöü]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,4}(?![\w-])"
)
"""Initials written in mixed case ("VfL", "VfB", "TuS", "SpVgg"): how German clubs and
associations open their names."""


def _short_club_names(
    sentence: str, mentions: list[Mention], actors: _Actors, paragraph: int
) -> list[Mention]:
    """Mentions of a body named before by the mixed-case initials its name opens with
    ("der VfL" after "VfL Bochum", "beim TuS" after "TuS Koblenz"): a club goes by its
    first word, which no finder takes for a name of its own."""
    found: list[Mention] = []
    for match in _MIXED_INITIALS.finditer(sentence):
        if any(m.start <= match.start() < m.end for m in mentions):
            continue
        for actor in reversed(list(actors.by_id.values())):
            words = actor.name.split()
            if actor.kind == "organisation" and len(words) > 1 and words[0] == match.group():
                actor.seen(match.group(), paragraph)
                found.append(Mention(actor.id, actor.kind, match.start(), match.end()))
                break
    return found


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<word>[a-z][a-z-]{2,})\s+\Z")


def _described_start(sentence: str, start: int) -> int:
    """Where an English group's describing words begin: up to two adjectives or noun
    modifiers right before its word ("top federal officials", "senior health officials");
    ``start`` when there are none."""
    from tui.taggers import english_tagger

    tagger = english_tagger()
    for _ in range(2):
        before = _LOWER_WORD_BEFORE.search(sentence, 0, start)
        if before is None:
            break
        found = tagger.analyze(before.group("word"))
        tag = str(found[1]) if isinstance(found, tuple) and len(found) > 1 else ""
        if not (tag.startswith("AJ") or tag == "NN1"):
            break
        start = before.start("word")
    return start


_MODIFIER_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<noun>[a-z]{3,})\s+\Z")


_WITH_SAYING = re.compile(
    r",?\s+with\s+(?:[\w-]+\s+){1,4}?(?:saying|adding|arguing|warning|noting|claiming"
    r"|insisting|complaining)\b"
)
"""A trailing clause of someone saying something ("…, with one councillor saying …"): what
they say is theirs, the main clause before it is its own subject's."""


def _main_clause_source(
    sentence: str,
    mentions: list[Mention],
    direct: list[tuple[int, int]],
    actors: _Actors,
    context: _Context,
    paragraph: int,
) -> str | None:
    """The source of the main clause before a trailing "with X saying" clause that holds
    every quotation of the sentence, or None when there is no such clause or the main
    clause names no source of its own."""
    trailing = _WITH_SAYING.search(sentence)
    if trailing is None or any(start < trailing.start() for start, _ in direct):
        return None
    head = sentence[: trailing.start()]
    found = sentence_source(head, [m for m in mentions if m.end <= trailing.start()])
    if found is None or found.pronoun or found.carried:
        return None
    source, _cue = _resolve(found, actors, context, paragraph, quote=False, sentence=head)
    return source


_NAME_AFTER = re.compile(r"\s(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?![-.])")


def _body_ends_in_first_name(sentence: str, body: BodyMention) -> bool:
    """Whether a German body's name ends in a first name that a surname follows
    ("Barbetreiber Luca Ferraro", "Kioskbetreiber Anna Weber"): an office before a
    person, whom the people finder then names, not a business called "… Luca"."""
    if body.kind != "organisation" or body.unnamed or body.owned:
        return False
    words = body.name.split()
    if len(words) != 2 or not is_proper_name(words[-1]) or is_proper_name(words[0]):
        return False
    after = _NAME_AFTER.match(sentence, body.end)
    return after is not None and is_proper_name(after.group("name"))


_NOUN_BEFORE_COUNTRY = re.compile(r"(?<![\w'\u2019.-])(?P<noun>[A-Z][a-z]{2,})\s\Z")
_NO_BODY_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|Today|Yesterday)\Z"
)
"""Days and months, a closed class: "on Sunday Britain said" names a day, not a body."""


def _bodies_named_after_country(
    sentence: str, found: list[GazetteerMention], bodies: list[BodyMention]
) -> list[BodyMention]:
    """English bodies whose name is a capitalised noun and a country ("Universities UK",
    "Sport England", "Transport Scotland"): the body, not the country inside its name. A
    demonym or a direction before a country is an adjective ("Northern Ireland") and no
    noun, so it stays the place."""
    extra: list[BodyMention] = []
    for mention in found:
        if mention.entry.kind != "state" or not mention.name:
            continue
        if any(b.start <= mention.start < b.end for b in bodies):
            continue
        before = _NOUN_BEFORE_COUNTRY.search(sentence, max(0, mention.start - 30), mention.start)
        if before is None or _NO_BODY_WORD.match(before.group("noun")):
            continue
        noun = before.group("noun")
        if not (is_english_plural_noun(noun) or is_english_singular_noun(noun)):
            continue
        start = before.start("noun")
        extra.append(BodyMention(sentence[start : mention.end], "organisation", start, mention.end))
    return extra


def _spans(mentions: list[Mention]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions]


_PEOPLE_AFTER = re.compile(r" (?P<word>[a-z]{4,}s)\b")
_PEOPLE_AND_BEFORE = re.compile(r"(?<![\w-])(?P<word>[a-z]{4,}s)\s+and\s+\Z")
_JOINING_OPENERS = frozenset("but and yet or so now then still also however meanwhile".split())
"""Words that open an English sentence before its subject ("But protesters say …"): they
join it to the one before and are no part of a group's name."""


def _noun_modifier_start(sentence: str, start: int, taken: list[tuple[int, int]]) -> int:
    """Where an English group's name starts when a singular noun stands before its word
    ("hospital workers", "council members"): the noun says whose people they are."""
    from tui.draft.nouns import is_english_singular_noun

    before = _MODIFIER_BEFORE.search(sentence, max(0, start - 30), start)
    if before is None or any(s <= before.start() < e for s, e in taken):
        return start
    if before.group("noun").casefold() in _JOINING_OPENERS:
        return start
    if not is_english_singular_noun(before.group("noun").capitalize()):
        return start
    return before.start("noun")


_BARE_PLURAL = re.compile(
    r"(?:(?P<many>[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Ee]inige|[Vv]iele|[Mm]anche"
    r"|[Mm]ehrere|[Aa]ndere|[Zz]ahlreiche)\s+(?:(?P<modifier>[a-zäöüß]+)\s+)?)?"
    r"(?P<word>[A-ZÄÖÜa-z][a-zäöüß]{3,})\b"
)
_PREPOSITIONS_DE = frozenset(
    "Gegenüber Laut Trotz Dank Statt Anstatt Wegen Während Seit Infolge Angesichts Mithilfe"
    " Entgegen Gemäß Zufolge Binnen Außerhalb Innerhalb Oberhalb Unterhalb".split()
)
"""German prepositions that open a sentence, which the tagger may read as nouns ("das
Gegenüber"): they open a phrase, never a group that speaks."""
_PLURAL_FROM = re.compile(r"\s+(?:at|from|of|for|in|aus|von|bei|der|des)\s")
_OF_BODY = re.compile(r"\s+(?:at|from|of|for|in|aus|von|bei|der|des)\s+(?:the\s+|dem\s+|den\s+)?")
_AUXILIARY = frozenset("also auch have haben had hatten".split())
"""A bare plural that opens its clause and speaks ("Fahrgastverbände kritisierten …",
"Researchers at X found …", "Some parents complained …"): people the text cites as a
group, though no word list names them. "Some", "Viele" and the like may stand before
it, and where they come from after it."""
_FINDING_VERBS = frozenset(
    "found find declined refused complained protested demonstrated voted criticised"
    " criticized kritisierten protestierten klagten klagen demonstrierten".split()
)
"""Verbs of finding, refusing and protesting that the list of verbs of saying leaves out,
which only people (or bodies) do."""
_NOT_SPEAKING_PLURALS = frozenset(
    "reports studies figures data documents polls surveys records estimates results"
    " statements papers rules numbers analyses findings forecasts projections models tests"
    " filings minutes emails messages posts photos images videos headlines signs prices"
    " shares markets sales media years months weeks days hours zahlen daten studien"
    " berichte umfragen prognosen dokumente unterlagen ergebnisse preise aktien märkte"
    " kurse medien jahre monate wochen tage stunden".split()
)
"""Plurals of documents, measures and spans of time, which "show" and "suggest" but
are no group of people ("Reports said", "Studien belegen")."""


def _bare_plural_speakers(
    sentence: str,
    language: str,
    places: Gazetteer,
    taken: list[tuple[int, int]],
    mentions: list[Mention],
) -> list[tuple[int, int]]:
    from tui.draft.attribution import SPEECH_VERB
    from tui.draft.nouns import is_english_singular_noun, is_function_word

    found: list[tuple[int, int]] = []
    used = taken + [(m.start, m.end) for m in mentions]

    def speaks(verb: str) -> bool:
        return verb in _FINDING_VERBS or (
            verb[:1].islower() and SPEECH_VERB.fullmatch(verb) is not None
        )

    for match in _BARE_PLURAL.finditer(sentence):
        start = match.start("many") if match.group("many") else match.start("word")
        word = match.group("word")
        if not _opens_clause(sentence, start) or any(s <= match.start("word") < e for s, e in used):
            continue
        if word.casefold() in _NOT_SPEAKING_PLURALS or places.find(word):
            continue
        after = sentence[match.end("word") :].split(",", 1)[0].split()
        after = [w.strip(".;:!?") for w in after if w not in _AUXILIARY]
        if _PLURAL_FROM.match(sentence, match.end("word")):
            # "Researchers at the lab found": where they come from, then the verb; "Analysts
            # at Jefferies said" is the named body's word, as the listed groups are
            if not any(speaks(w) for w in after[1:8]):
                continue
            end = match.end("word")
            if any(m.start > end and _OF_BODY.fullmatch(sentence, end, m.start) for m in mentions):
                continue
        elif not after or not (speaks(after[0]) or _holds_a_stance(after)):
            continue
        if not _plural_people_noun(word, language, bool(match.group("many"))):
            continue
        if language == "de" and (word in _PREPOSITIONS_DE or is_function_word(word)):
            continue  # "Gegenüber der Zeitung erklärte …": a preposition, no group
        modifier = match.group("modifier")
        if language == "en" and modifier and is_english_singular_noun(modifier.capitalize()):
            # "Some council members objected": the noun before says whose, and is named
            found.append((match.start("modifier"), match.end("word")))
            continue
        found.append((match.start("word"), match.end("word")))
    return found


_STANCE_VERBS = frozenset("are were remain remained".split())
_STANCES = frozenset(
    "unhappy unconvinced worried concerned opposed angry furious sceptical skeptical"
    " optimistic pessimistic hopeful doubtful".split()
)


def _holds_a_stance(after: list[str]) -> bool:
    """Words after a plural that say how its people feel about something ("Some parents
    remain unhappy about …", "Many farmers are worried"): a view they hold, as a verb of
    saying would give it."""
    words = [w for w in after[:4] if w not in ("still", "very", "deeply", "not")]
    return len(words) > 1 and words[0] in _STANCE_VERBS and words[1] in _STANCES


def _plural_people_noun(word: str, language: str, counted: bool) -> bool:
    """A plural common noun: in English the tagger's plural; in German a capitalised noun
    that opens the clause with no article, which only a plural or a mass noun does."""
    if language == "de":
        from tui.draft.nouns import is_adjective, is_common_noun

        if not word[:1].isupper() or word.endswith(_ABSTRACT_ENDINGS):
            return False
        return is_common_noun(word) or is_adjective(word)  # the model calls some "ADJ"
    from tui.draft.nouns import is_english_plural_noun

    if not word[:1].isupper() and not counted:
        return False  # a lowercase word opens no sentence: "Some parents", not "parents"
    return is_english_plural_noun(word.capitalize())


_DATELINE = re.compile(r"(?<![\w,/])[A-ZÄÖÜ]{4,}(?:(?:\s+|/)[A-ZÄÖÜ]{3,})*(?=\s*[,(])")
"""A wire dateline's city ("TEHRAN, Oct. 04", "WASHINGTON (Reuters)"): where the story
was filed, not an actor."""
_SAYS_NAME = re.compile(
    r"\b(?:sagte|meinte|erklärte|betonte|said|says|added)\s+"
    r"(?P<after>[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?=[.,;])"
    r"|(?<![\w-])(?<!\b[Ii]n\s)(?<!\b[Aa]us\s)(?<!\b[Nn]ach\s)(?<!\b[Bb]ei\s)(?<!\b[Ii]m\s)"
    r"(?P<before>[A-ZÄÖÜ][a-zäöüß]{2,})(?=\s+(?:sagte|meinte|erklärte|betonte|said|says|added|told)\b)"
)
"""A lone name beside a verb of saying ("…“, sagte Peskow", "Peskov said"): a person the
text never introduces in full. The name is a whole word ("ScotRail said" names no
"Rail"), and not a place after a preposition ("in Schwerin sagte")."""


_AND_NAME = re.compile(
    r"\s+(?:und|and|sowie|oder|or)\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,})\b(?![-'\u2019])"
)
_NAME_AND = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,})\s+(?:und|and|sowie|oder|or)\s+\Z"
)


def _coordinated_surnames(
    sentence: str, mentions: list[Mention], language: str, places: Gazetteer
) -> list[tuple[int, str]]:
    """Lone capitalised words joined by "und" or "and" to a person the sentence names
    ("Tusk und Meloni", "Macron, Tusk and Sánchez"): a list holds one kind of thing, so a
    word there that is no common noun, place or office is a surname too. A comma alone
    may set off an apposition ("Der Bürgermeister von Wolgast, Stefan Weigler")."""
    people = [m for m in mentions if m.kind == "person" and not m.adjective]
    found: list[tuple[int, str]] = []
    for person in people:
        after = _AND_NAME.match(sentence, person.end)
        if after is not None:
            found.append((after.start("name"), after.group("name")))
        before = _NAME_AND.search(sentence, 0, person.start)
        if before is not None and before.end() == person.start:
            found.append((before.start("name"), before.group("name")))
    return [(start, name) for start, name in found if _listed_name(name, language, places)]


def _listed_name(word: str, language: str, places: Gazetteer) -> bool:
    """A word in a list beside a person that may be a surname: no group, office, known
    actor, pronoun or day; in English no common word the tagger knows. German's tagger
    takes unknown surnames for nouns ("Frederiksen"), so only an abstract noun's ending
    rules a German word out."""
    if places.is_group(word) or places.is_role(word) or places.find(word):
        return False
    if word in _NOT_OWNERS or word.casefold() in _PRONOUNS or word.casefold() in _CALENDAR:
        return False
    if language == "de":
        # a German common noun in a list with a name takes an article ("Merz und die
        # Regierung"); without one, only an abstract noun's ending tells a noun apart
        return not word.casefold().endswith(_ABSTRACT_ENDINGS)
    from tui.draft.nouns import is_english_common_word

    return not is_english_common_word(word)


_ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis")


def _unknown_name(word: str, language: str, places: Gazetteer) -> bool:
    if places.is_group(word) or places.is_role(word) or places.find(word):
        return False
    if word in _NOT_OWNERS or word.casefold() in _PRONOUNS or word.casefold() in _CALENDAR:
        return False
    if language == "de":
        from tui.draft.nouns import is_common_noun, is_function_word

        return not is_common_noun(word) and not is_function_word(word)
    from tui.draft.nouns import is_english_function_word, is_english_plural_noun

    if is_english_plural_noun(word):
        return False  # "Reports said", "Figures show": things, or people as a group
    return not is_english_function_word(word)  # "Later said", "Meanwhile told"


_CLAUSE_OPENING = re.compile(r"(?:\A\W*|(?:[,;:]|\b(?:but|and|that|said|says|say))\s+)\Z")


def _opens_clause(sentence: str, start: int) -> bool:
    """Whether the word at ``start`` opens its clause with no article or preposition
    before it, where a bare plural is the clause's subject ("Lawyers expect …", "…,
    but nurses say …", "said voters had …")."""
    return _CLAUSE_OPENING.search(sentence, 0, start) is not None


def _role_plural(word: str, language: str) -> bool:
    """An English plural of a word for a person's role or trade ("lawyers", "nurses",
    "owners"): people the text speaks of as a group, as the listed group words are."""
    if language != "en" or len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return False
    return gazetteer().is_role(word[:-1].casefold())


_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch"
    " donnerstag freitag samstag sonntag january february march april may june july august"
    " september october november december januar februar märz juni juli oktober dezember"
    " today yesterday tomorrow heute gestern morgen".split()
)
_PRONOUNS = frozenset("er sie es he she it they we i wir ich man this that dies das".split())
_GROUP_WORD = re.compile(r"\b(?P<word>[^\W\d_]+)\b")
_INFORMED = re.compile(
    r"\b(?:(?:two|three|four|five|six|several|many|\d+)\s+)?(?P<who>(?:people|persons|sources"
    r"|officials|diplomats)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?"
    r"knowledge\s+of)\s+the\s+(?:[a-z]+\s+)?(?:matter|plans?|talks|discussions|situation|deal"
    r"|negotiations|investigation|decision|case))\b"
)
"""Unnamed sources by what they know ("three people familiar with the matter"): one group."""
_INFORMED_ONE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:senior|government|company|industry)\s+)?"
    r"(?P<who>(?:person|source|official|diplomat|insider)\s+(?:familiar\s+with|close\s+to"
    r"|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)\s+the\s+(?:[a-z]+\s+)?(?:matter|plans?"
    r"|talks|discussions|situation|deal|negotiations|investigation|decision|case))\b"
)
"""One unnamed source by what they know ("a person familiar with the plans"): an unnamed
person, never a name ("person familiar")."""
_PLURAL_GROUPS = re.compile(r"\s+groups\b")
_NOT_GROUP_KINDS = frozenset(
    "larger smaller bigger several many other some various different both all these those"
    " two three four five age small large big few such the of in".split()
)
"""Words before "groups" that say how many or how big, not who ("in larger groups")."""
_OWNER = re.compile(
    r"\b(?P<by>[A-Z][\w.]*|(?:westlich|russisch|ukrainisch|amerikanisch|chinesisch|"
    r"europäisch|deutsch|französisch|britisch|israelisch|iranisch|türkisch)e[nr]?|union|party"
    r"|industry|fund|government|military|intelligence|security|opposition|rebel|aid|rights"
    r"|health|company|bank|senior)\s+\Z"
)
"""Who an unnamed group belongs to: "U.S. officials", "Western diplomats", "westliche
Diplomaten", and the lowercase noun that says which ("union leaders", "party officials")."""
_NOT_OWNERS = frozenset(
    "The A An Die Der Das Den Dem Des Some Many Most Other Several Two Three Four Five"
    " Einige Viele Manche Andere Zwei Drei Vier Fünf Aus Von Nach Bei Mit In Im Laut Unter"
    " Zu Für Of From At By With Among For But And Yet Or So Now Then Still Also However"
    " Meanwhile Aber Und Doch Auch Nun Dann Jetzt".split()
)
"""Capitalised words before a group that say how many, or where from ("Aus
Regierungskreisen"), or join its sentence to the one before ("But protesters say"), not
whose it is."""
_TOLD_GROUP = re.compile(
    r"(?<![\w-])(?:told|tells|telling|briefed|briefing)\s+(?:(?:its|their|his|her|the|some"
    r"|several|many)\s+)?(?:[a-z]+\s+)?\Z"
)
"""A verb of telling right before an English group ("told investors", "told its
shareholders"): the listeners, neither source nor actor of the statement."""
_OBJECT_PREPOSITION = re.compile(
    r"(?<![\w-])(?:(?<!Berufung\s)auf|für|gegen|mit|an|um|gegenüber|for|against|with|on|to"
    r"|into|about"
    r"|over)\s+(?:(?:[a-zäöüß]+(?:e|en|er|es|em)|many|more|local|other|some|all)\s+)?[\w-]*\Z"
)
"""A preposition before a group that makes it the one acted on or spoken to ("Angriffe auf
Kommunen", "Hilfe für Familien", "talks with officials"), never a source; "von", "by",
"from", "laut", "according to" and "unter Berufung auf" name a source and stay."""
_COORDINATED_OBJECT = re.compile(
    r"(?<![\w-])(?:für|gegen|mit|an|um|gegenüber|zu|bei|vor|for|against|with|to|into"
    r"|between|among)\s+(?:[\w-]+\s+){0,3}(?:und|and|oder|or)\s+"
    r"(?:[a-zäöüß]+(?:e|en|er|es|em)\s+|(?:many|more|local|other|some|all)\s+)?\Z"
)
"""A preposition that makes the first of two joined words acted on or spoken to makes the
second so too ("für bestimmte Mitglieder und Besucher", "a relief to shoppers and
retailers"), with no comma between: no source."""
_PLACES_OF_A_GROUP = re.compile(
    r"\s+(?:in|at|from|aus|in\s+der|im)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?"
    r"(?:,?\s+(?:and|und)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)+(?=\s+[a-zäöüß])"
)
"""Two places or more after a group ("officials in Leeds and Bradford said"): where its
members are, part of its mention, so the places joined by "and" are not taken for the
subjects of the verb after them."""
_BARE_PLURAL_EN = re.compile(r"[A-Za-z][a-z]+s\Z")
"""An English plural with no article ("Officials said", "officials would not say"):
after "F.B.I. officials" the same group again, as "the officials" would be."""
_COUNT_BEFORE_EN = re.compile(r"(?:\d|\b(?:total|all|two|three|four|five|six|ten))\s+\Z")
"""A count before a plural ("87 of the total 99 councillors"): all of them, counted, not
the group named before."""
_PREMISES_AFTER = re.compile(
    r"\s+(?:station|stations|headquarters|building|buildings|base|bases|barracks|cells?)\b"
)
"""A building after a group's word ("police station", "army barracks"): a place."""
_NAME_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w&.-]*\s\Z")
_LONG_WORDS = re.compile(r"\b[A-Za-z][a-z'\u2019-]{3,}")


def _in_a_bodys_name(sentence: str, start: int, word: str, language: str) -> bool:
    """Whether an English group word, capitalised inside a sentence and right after another
    capitalised word, is the last word of a body's name ("United Auto Workers", "Tesla
    Workers"), not people: English writes a group word in lowercase ("Tesla workers")
    except in a title-cased headline. German capitalises every noun, so only an English
    agent's plural counts there ("Workers", not "Kölner Fans"). Initials' plurals are
    written so anywhere ("Tory MPs")."""
    if not word[:1].isupper() or not word[1:].islower() or not word.endswith("s") or start == 0:
        return False
    if language == "de" and not word[:-1].casefold().endswith(("er", "or")):
        return False
    before = _NAME_WORD_BEFORE.search(sentence, 0, start)
    if before is None or not sentence[: before.start()].strip():
        return False  # "Workers" after the sentence's opening word only
    if language == "de":
        return True
    words = _LONG_WORDS.findall(sentence)
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) < 4 or capitalised < 0.8 * len(words)  # not a title-cased headline


_HYPHEN_PREFIX = re.compile(r"(?<![\w-])[^\W\d_][\w]*-\Z")
"""The field before a hyphen that a group's word takes ("IT-Fachleute", "Klima-Experten")."""
_MEMBER_OF = re.compile(r"\s+(?:der|des|at|of|from|bei|von)\s+(?:the\s+|dem\s+|den\s+)?[A-ZÄÖÜ]")


_APPOSITION_AFTER = re.compile(r",\s+(?P<words>[^,;:.!?()]{1,60}?)\s*(?:,|\Z|[.;:])")
_APPOSITION_BEFORE = re.compile(r"(?:\A|[,;:]\s*)(?P<words>[^,;:.!?()]{1,60}?),\s+\Z")
_APPOSITION_WORDS = 6


def _apposed_role(sentence: str, start: int, end: int, places: Gazetteer) -> str | None:
    """The office set off by commas beside a name ("Jane Doe, the town's mayor, said",
    "Die Bürgermeisterin von Lauda, Eva Stamm, eröffnete"): what "the mayor" or "die
    Bürgermeisterin" later points back at."""
    after = _APPOSITION_AFTER.match(sentence, end)
    if after is not None:
        words = after.group("words").split()
        if len(words) <= _APPOSITION_WORDS and words[0].casefold() in _APPOSITION_ARTICLES:
            roles = [w for w in words if places.is_role(w.strip("'\u2019"))]
            if roles:
                return roles[-1]
    before = _APPOSITION_BEFORE.search(sentence, 0, start)
    if before is not None and before.end() == start:
        words = before.group("words").split()
        if len(words) <= _APPOSITION_WORDS and words[0].casefold() in _APPOSITION_ARTICLES:
            roles = [w for w in words[1:3] if w[:1].isupper() and places.is_role(w)]
            if roles:
                return roles[0]
    return None


_LOWER_ROLE = re.compile(r"(?<![\w-])(?P<role>[a-z][a-z-]{3,})\s+\Z")
_RANK_BEFORE = re.compile(
    r"(?<![\w-])(?P<rank>chief|deputy|senior|vice|assistant|acting|interim|managing"
    r"|executive|associate|junior|principal|stellvertretende[rn]?)\s+(?:[a-z][a-z-]+\s+)?\Z"
)
"""A rank before a lowercase office, perhaps with one word between ("chief executive",
"deputy finance minister", "chief financial officer"): part of the office."""
_FIELD_BEFORE = re.compile(
    r"(?<![\w-])(?P<field>council|party|union|opposition|government|cabinet|committee|board"
    r"|club|team|campaign|company|group|police|army|church|school|hospital|city|county"
    r"|state|town|village|parish|district)\s+\Z"
)
"""The body whose office a lowercase office before a name is ("council leader Ann Roe",
"union spokesman Tom Field"): part of the office, as "chief" is."""


def _lower_role_before(sentence: str, start: int, places: Gazetteer) -> str | None:
    """An office written in lowercase right before a name ("the Iranian director Shirin
    Mahdavi", "the actress Leila Tavakoli"): what "the director" later points back at."""
    before = _LOWER_ROLE.search(sentence, max(0, start - 30), start)
    if before is None or not places.is_role(before.group("role")):
        return None
    ranked = _RANK_BEFORE.search(sentence, max(0, before.start() - 40), before.start())
    if ranked is not None:  # "chief executive", "deputy finance minister"
        return sentence[ranked.start("rank") : before.end("role")]
    field = _FIELD_BEFORE.search(sentence, max(0, before.start() - 30), before.start())
    if field is not None:  # "council leader", "union spokesman": the body is part of it
        return sentence[field.start("field") : before.end("role")]
    return before.group("role")


_MESSAGE_FROM = re.compile(
    r"\b(?:message|statement|letter|note|words|greeting|Botschaft|Nachricht|Erklärung|Brief"
    r"|Grußwort)\s+(?:from|by|of|von|vom|des|der)\s+(?P<who>[^:;,.!?]{2,60}?)\s*:\s*\Z"
)
"""A quotation brought in as someone's message ("read out a message from the director:",
"verlas eine Botschaft der Regisseurin:"): the sender speaks, not the one who reads it."""


def _message_sender(
    sentence: str, quote_start: int, mentions: list[Mention], actors: _Actors
) -> str | None:
    """The sender of a message a quotation is said to be, when the text names them."""
    found = _MESSAGE_FROM.search(sentence, max(0, quote_start - 120), quote_start)
    if found is None:
        return None
    start, end = found.span("who")
    named = [m for m in mentions if start <= m.start < end and m.kind == "person"]
    if named:
        return named[0].actor
    words = found.group("who").split()
    if len(words) == 2 and words[0].casefold() in ("the", "der", "dem", "die"):
        holder = actors.person_by_role(words[1])
        return holder.id if holder is not None and not holder.anonymous else None
    return None


_APPOSITION_ARTICLES = frozenset("the a an its his her their der die das ein eine".split())


def _role_before(sentence: str, start: int, places: Gazetteer) -> str | None:
    """The office written just before a known person's name ("Bundeskanzler Olaf Scholz")."""
    words = sentence[:start].split()[-3:]
    role: list[str] = []
    for word in reversed(words):
        if places.is_role(word.strip(",")) and word[:1].isupper():
            role.insert(0, word)
        else:
            break
    return " ".join(role) or None


def _names_media(text: str, places: Gazetteer) -> bool:
    """A quoted name that is an outlet the gazetteer knows ("„Handelsblatt“")."""
    return any(
        m.entry.kind == "media" and m.end - m.start >= len(text) - 1 for m in places.find(text)
    )


_OBLIQUE_ARTICLE = re.compile(r"(?:^|\s)(?:der|dem|den)\s+\Z", re.IGNORECASE)
_OBLIQUE_BEFORE = re.compile(r"(?:^|\s)(?:der|dem|den)\s+" + _OPENING_MARK + r"?\Z", re.I)


def _outlet(name: str, actors: _Actors, paragraph: int, *, oblique: bool = False) -> str:
    """The media actor for an outlet named in quotation marks ("„Spiegel“"); after "der",
    "dem" or "den" its adjectives are inflected ("der „Märkischen Rundschau“"), and the
    actor takes the name as it stands after "die" ("Märkische Rundschau")."""
    for mention in gazetteer().find(name):
        if mention.entry.kind == "media":
            actor = actors.known(mention.entry)
            actor.seen(name, paragraph)
            return actor.id
    actor = actors.body(_nominative_name(name) if oblique else name, "media")
    actor.seen(name, paragraph)
    return actor.id


_GENITIVE_BEFORE = re.compile(r"(?<![\w-])(?:des|eines|dieses|seines|ihres|unseres)\s+\Z")
"""A German article or possessive of the genitive singular (masculine or neuter) right
before a body's name."""


def _genitive_to_nominative(name: str) -> str:
    """A body's name after "des" as "der"/"das" would have it ("Wirtschaftsministeriums"
    -> "Wirtschaftsministerium", "Deutschen Wetterdienstes" -> "Deutsche Wetterdienst"):
    the last word loses its genitive ending where the tagger knows the noun, the
    adjectives their "-n"."""
    words = name.split()
    joint = next((i for i, w in enumerate(words) if i and w in _NAME_JOINTS), len(words))
    # "des Instituts für Weltwirtschaft": the head before "für" takes the ending;
    # "des Ingenieurbüros Lahmeyer": the head before the name after it
    heads = [joint - 1, *(i for i, w in enumerate(words[: joint - 1]) if is_body_head(w))]
    for head in heads:
        lemma = genitive_lemma(words[head])
        if lemma is not None:
            before = [_weak_adjective(w) for w in words[:head]]
            return " ".join([*before, lemma, *words[head + 1 :]])
    return name


def _weak_adjective(word: str) -> str:
    """A capitalised adjective of a body's name in the form after "der" or "das" rather
    than "des" ("Deutschen" -> "Deutsche"), also one the tagger reads as a noun when
    capitalised (a German, "der Deutsche")."""
    inflected = len(word) > 4 and word.endswith("en") and word[:1].isupper()
    if inflected and (is_adjective(word) or is_adjective(word.lower())):
        return word[:-1]
    return word


_NAME_JOINTS = frozenset("für der des von zur zum".split())
"""Words that join a German body's head to the rest of its name ("Institut für …", "Bund
der …"): the head before them is the word a genitive inflects."""


def _surname_bearer(
    sentence: str, mention: GazetteerMention, actors: _Actors
) -> _ActorDraft | None:
    """The person named before whose surname a listed outlet's or body's one-word name is,
    when it stands with no article ("dass Spiegel Fehler eingeräumt habe" after "Anne
    Spiegel"; "der Spiegel berichtet" is the magazine)."""
    if mention.entry.kind not in ("media", "organisation") or " " in mention.text:
        return None
    if not mention.name or _ARTICLE_BEFORE.search(sentence, 0, mention.start):
        return None
    person = actors.person_by_word(mention.text)
    if person is None or person.name.split()[-1] != mention.text:
        return None
    return person


def _surname_of_body(sentence: str, body: BodyMention, actors: _Actors) -> _ActorDraft | None:
    """The person named before whose surname is a one-word outlet the shape rules found
    ("Brand revealed the recovery" after "Arthur Brand": a newsroom's deed; "told
    Walters" after "Rex Walters"), when no article stands before it: that person, no
    outlet."""
    if body.kind != "media" or " " in body.name or body.unnamed:
        return None  # "Kowalski, which makes pumps": a body's own clue outweighs the name
    if _ARTICLE_BEFORE.search(sentence, 0, body.start):
        return None
    person = actors.person_by_word(body.name)
    if person is None or person.anonymous or person.name.split()[-1] != body.name:
        return None
    return person


def _nominative_name(name: str) -> str:
    """An outlet's name with its inflected adjectives in the form after "die" or "der"
    ("Neuen Oderzeitung" -> "Neue Oderzeitung", "Augsburger Allgemeinen" -> "Augsburger
    Allgemeine"); nouns ("Nachrichten") stay as they are."""
    from tui.draft.nouns import is_adjective

    words = name.split()
    return " ".join(
        w[:-1] if len(w) > 4 and w.endswith("en") and w[:1].isupper() and is_adjective(w) else w
        for w in words
    )


def _quote_outlet(after: str, actors: _Actors) -> str | None:
    """The source id of an outlet named just after a quote's attribution."""
    head = after[:160]
    for actor in actors.by_id.values():
        names = (actor.name, *actor.aliases)
        if actor.kind == "media" and not actor.anonymous and any(n in head for n in names):
            return actor.id
    return None


def _drop_tentative(
    actors: _Actors, claims: list[Claim], quotes: list[Quote]
) -> tuple[list[Claim], list[Quote]]:
    """The draft without the actors made for a kind of body alone ("die Behörde" with
    no body named before): nothing in the text says which body it is."""
    gone = {a for a in actors.tentative if a in actors.by_id}
    if not gone:
        return claims, quotes
    for actor_id in gone:
        del actors.by_id[actor_id]
    if any(q.speaker in gone for q in quotes):
        actors.other("unknown-speaker", "Unknown speaker", "other", anonymous=True)
    claims = [
        c.model_copy(
            update={
                "attributed_to": None if c.attributed_to in gone else c.attributed_to,
                "actors": [a for a in c.actors if a not in gone],
            }
        )
        for c in claims
    ]
    quotes = [
        q.model_copy(
            update={"speaker": "unknown-speaker", "note": _quote_note("", q.language or "en")}
        )
        if q.speaker in gone
        else q
        for q in quotes
    ]
    return claims, quotes


def _state_or_region(actor: _ActorDraft) -> bool:
    """A country or a world region ("Europe"): named only as a place, no actor."""
    return actor.kind == "state" or (actor.kind == "group" and actor.name in REGIONS)


_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")
_REGION_PREPOSITION = re.compile(
    r"(?<![\w-])(?:for|für|to|into|from|across|throughout|beyond|nach|aus|quer\s+durch)\s+\Z",
    re.IGNORECASE,
)
"""A preposition of market, direction or origin right before a region ("for Europe",
"nach Europa", "exports to Asia"), which a continent, unlike a state, never stands for
as a body that is acted on. "in" is left out: the corpus keeps a region where something
spreads ("in Südamerika")."""


def _german_adverb(word: str) -> bool:
    """Whether a source the attribution read off a sentence is one capitalised German
    adverb ("Erstmals", "Inzwischen") that opens it: nobody. The German tagger calls some
    English plurals adverbs too ("respondents"), so a word English knows is none."""
    from tui.draft.nouns import is_english_common_word

    return (
        " " not in word
        and word[:1].isupper()
        and is_adverb(word)
        and not is_english_common_word(word)
    )


def _region_as_place(sentence: str, mention: GazetteerMention) -> bool:
    """Whether a world region is named as a place: after a preposition, unless it owns
    what follows ("für Europas Sicherheit", "for Europe's farmers"), or in the genitive
    after a thing it qualifies ("der größte Hafen Europas")."""
    if mention.entry.kind == "group" and genitive_of_a_thing(sentence, mention.start, mention.end):
        return True  # "des wertvollsten Konzerns Europas": where the firm is first
    if mention.entry.kind != "group" or not _REGION_PREPOSITION.search(sentence, 0, mention.start):
        return False
    owner = mention.text.endswith("s") and not mention.entry.name.endswith("s")
    return not owner and not _POSSESSIVE_AFTER.match(sentence, mention.end)


def _edition_of(sentence: str, mention: GazetteerMention, found: list[GazetteerMention]) -> bool:
    """Whether a world region names an outlet's edition right after the outlet ("Politico
    Europe reported"): part of the outlet's name, no actor and no speaker of its own."""
    return (
        mention.entry.kind == "group"
        and mention.entry.name in REGIONS
        and any(
            other.entry.kind == "media" and sentence[other.end : mention.start] == " "
            for other in found
        )
    )


def _drop_places(actors: _Actors, claims: list[Claim], quotes: list[Quote]) -> list[Claim]:
    """The draft without the countries named only as places or adjectives ("in
    Frankreich", "Dutch ports"): no actor, as the corpus conventions have it. A state
    something is said on the word of stays, whatever its mentions."""
    heard = {c.attributed_to for c in claims} | {q.speaker for q in quotes}
    gone = {
        a.id
        for a in actors.by_id.values()
        if _state_or_region(a) and not a.acting and a.id not in heard
    }
    if not gone:
        return claims
    for actor_id in gone:
        del actors.by_id[actor_id]
    return [
        c.model_copy(update={"actors": [a for a in c.actors if a not in gone]})
        if gone.intersection(c.actors)
        else c
        for c in claims
    ]


def _merge_roles(
    actors: _Actors, claims: list[Claim], quotes: list[Quote]
) -> tuple[list[Claim], list[Quote]]:
    """A role named before a person ("a federal judge" … "Judge Helen Marsh"): when one
    named person holds that office, the unnamed role is that person, not a second one."""
    merged: dict[str, str] = {}
    order = list(actors.by_id.values())
    for place, role in enumerate(order):
        if role.kind != "person" or not role.anonymous or not role.name.split():
            continue
        head = role.name.split()[-1].casefold()
        holders = [  # named after the role: "the shadow health secretary" after the
            p  # Health Secretary named in full is someone else
            for p in order[place + 1 :]
            if p.kind == "person"
            and not p.anonymous
            and p.role is not None
            and any(w.casefold().strip(",") == head for w in p.role.split())
        ]
        if len(holders) != 1:
            continue
        _absorb(actors, merged, role, holders[0])
    return _remap(merged, claims, quotes)


def _merge_surnames(
    actors: _Actors, claims: list[Claim], quotes: list[Quote]
) -> tuple[list[Claim], list[Quote]]:
    """A surname named alone before the full name ("Innenminister Seehofer" … "Horst
    Seehofer"): when one person named in full has that surname, the lone one is them."""
    merged: dict[str, str] = {}
    people = [a for a in actors.by_id.values() if a.kind == "person" and not a.anonymous]
    for lone in people:
        if " " in lone.name:
            # "Van Horn" after "Gregory Van Horn": a surname of two words, with its particle
            if lone.name.split()[0].casefold() not in _SURNAME_PARTICLES:
                continue
            tail = " " + lone.name.casefold()  # "De Boer" opening a sentence: "de Boer"
            full = [p for p in people if p is not lone and p.name.casefold().endswith(tail)]
        else:
            bare = lone.name.removesuffix("s") if lone.name.endswith("s") else None
            full = [
                p
                for p in people
                if p is not lone and " " in p.name and p.name.split()[-1] in (lone.name, bare)
            ]
        if len(full) != 1:
            continue
        full[0].role = full[0].role or lone.role
        _absorb(actors, merged, lone, full[0])
    return _remap(merged, claims, quotes)


_TRIAL_CUE = re.compile(
    r"(?i)\b(?:\w*gericht\w*|angeklagt\w*|anklage\w*|verurteil\w*|prozess\w*|beschuldigt\w*"
    r"|verhandlung\w*|court|trial|charged|accused|convicted|sentenced|defendant|indicted"
    r"|pleaded|prosecut\w*)\b"
)
"""Words of a court or a charge: a person named in such a sentence may be the one on
trial ("Das Landgericht hat X verurteilt", "X was charged with …")."""
_VICTIM_BEFORE = re.compile(
    r"(?i)\b(?:tod|tötung|opfer|mord|ermordung|victim|death|killing|murder)\w*\s+(?:\S+\s+){0,3}\Z"
)
"""Words before a name that make them the one a crime was done to ("den Tod der
Studentin X", "the murder of X"): never the one on trial."""
_INITIAL_SURNAME = re.compile(r"\s[A-ZÄÖÜ]\.\Z")
"""A surname cut to its initial ("Kathrin K."): how the press names a defendant."""
_COURT_STAFF = re.compile(
    r"(?i)richter|anwalt|anwält|verteidig|gutacht|schöff|zeug|staatsanw|judge|prosecut|lawyer"
    r"|attorney|counsel|juror|witness|solicitor|barrister|magistrate"
)
"""Offices of those who try a case or speak in it for others: never the one on trial."""
_SINGLE_PARTY = re.compile(
    r"(?:\b(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]em|[Dd]es|[Tt]he)\s+(?:(?:\d{1,3}-)?[\w-]+\s+)?)\Z"
)
_PLURAL_PARTY = re.compile(r"\b[Dd]ie\s+(?:[\w-]+\s+)?\Z")


def _trial_sentence(sentence: str) -> bool:
    """Whether ``sentence`` speaks of a court, a trial or a charge."""
    return _TRIAL_CUE.search(sentence) is not None


def _plural_party(sentence: str, person: PersonMention) -> bool:
    """Whether a party to a case by role is several ("die Angeklagten", "die
    Verdächtigen"): German's plural article with the weak ending."""
    return (
        is_party_word(person.name)
        and sentence[person.start : person.end].endswith("en")
        and _PLURAL_PARTY.search(sentence, 0, person.start) is not None
    )


def _named_party(
    sentence: str, person: PersonMention, actors: _Actors, accused: list[str]
) -> _ActorDraft | None:
    """The named person a party to a case by role stands for ("Der Angeklagte schwieg",
    "the defendant told the court") when the text named someone on trial before: the
    last named person of a trial's sentence, or written with an initial, who is not on
    the bench or at the bar ("Richterin X", "der Verteidiger Y"). None for a plural ("die
    Angeklagten"), an indefinite party ("ein Angeklagter") or when nobody was named; a
    person the same sentence names is someone else ("Im Prozess um den Tod der Studentin
    X bestreitet der Angeklagte …")."""
    if " " in person.name or not is_party_word(person.name):
        return None
    if not _SINGLE_PARTY.search(sentence, 0, person.start):
        return None
    for actor_id in reversed(accused):
        actor = actors.by_id[actor_id]
        if actor.kind != "person" or actor.anonymous or is_party_word(actor.name):
            continue
        if actor.role is not None and _COURT_STAFF.search(actor.role):
            continue
        return actor
    return None


_SURNAME_PARTICLES = frozenset("van von de da del della di du le la al el bin ten ter".split())
"""Particles a surname of two words opens with ("Van Horn", "de Vries", "von Hagen")."""


def _merge_aged(
    actors: _Actors, claims: list[Claim], quotes: list[Quote]
) -> tuple[list[Claim], list[Quote]]:
    """A person first named by age ("einen 41-jährigen Mann") in a text whose only party
    of its kind is then named by role ("der Angeklagte", "the defendant"): that party,
    not a second person."""
    merged: dict[str, str] = {}
    people = [a for a in actors.by_id.values() if a.kind == "person"]
    parties = [p for p in people if is_party_word(p.name)]
    for aged in [p for p in people if is_aged_name(p.name)]:
        later = [p for p in parties if min(p.paragraphs or [0]) >= min(aged.paragraphs or [0])]
        if len(parties) == 1 and later:
            _absorb(actors, merged, aged, parties[0])
    return _remap(merged, claims, quotes)


def _merge_body_groups(
    actors: _Actors, claims: list[Claim], quotes: list[Quote]
) -> tuple[list[Claim], list[Quote]]:
    """An unnamed group whose word also names a body in the draft ("police" as a group
    and "the police" as the force): one actor, the body, not two."""
    merged: dict[str, str] = {}
    bodies: dict[str, _ActorDraft] = {}
    for actor in actors.by_id.values():
        if actor.kind == "organisation":
            for name in (actor.name, *actor.aliases):
                bodies.setdefault(name.casefold(), actor)
    for group in [a for a in actors.by_id.values() if a.kind == "group" and a.anonymous]:
        words = {w.casefold() for w in group.aliases}
        body = next((bodies[w] for w in words if w in bodies), None)
        if body is not None:
            _absorb(actors, merged, group, body)
            body.aliases.pop(group.name, None)  # "Unnamed police" is a placeholder
            for word, paragraph in group.aliases.items():
                body.aliases.setdefault(word, paragraph)
    return _remap(merged, claims, quotes)


_TOWN_BODY = re.compile(
    r"(?:(?P<level_de>Stadt|Gemeinde)(?:verwaltung)?(?:\s+(?P<place_de>[A-ZÄÖÜ][\w-]*(?:\s+[\w-]+){0,2}))?"
    r"|(?:[Tt]he\s+)?(?P<place_en>[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3}?\s+)??"
    r"(?:(?P<level_en>[Cc]ity|[Tt]own|[Bb]orough|[Cc]ounty|[Dd]istrict|[Pp]arish)\s+)?[Cc]ouncil)\Z"
)
"""A town's own body by its level and perhaps its place ("Stadt Leverkusen",
"Stadtverwaltung", "die Gemeinde", "Kentwick City Council", "the city council",
"council")."""


def _town_key(actor: _ActorDraft) -> tuple[str, str | None, str | None] | None:
    """(language, level, place) of a town's own body, or None for any other actor: the
    town and its administration are one actor, as "the council" and "the city council"
    of one place are."""
    if actor.kind != "organisation":
        return None
    found = _TOWN_BODY.match(actor.name)
    if found is None:
        return None
    if found.group("level_de"):
        return "de", found.group("level_de"), found.group("place_de")
    level = found.group("level_en")
    place = (found.group("place_en") or "").strip() or None
    return "en", level.casefold() if level else None, place


def _merge_town_bodies(
    actors: _Actors, claims: list[Claim], quotes: list[Quote]
) -> tuple[list[Claim], list[Quote]]:
    """A town's body named several ways ("Stadt Leverkusen", "die Stadt", "die
    Stadtverwaltung"; "Kentwick City Council", "the council"): one actor, the one with
    the place in its name, when the draft names one place only; unplaced forms of the
    same level, or of no level, join it."""
    merged: dict[str, str] = {}
    towns = [(a, key) for a in list(actors.by_id.values()) if (key := _town_key(a)) is not None]
    for language in ("de", "en"):
        these = [(a, key) for a, key in towns if key[0] == language]
        places = {key[2] for _a, key in these if key[2] is not None}
        if len(these) < 2 or len(places) > 1:
            continue
        placed = [(a, key) for a, key in these if key[2] is not None]
        into, into_key = placed[0] if placed else these[0]
        for actor, key in these:
            if actor is into or actor.id in merged:
                continue
            if language == "en" and None not in (key[1], into_key[1]) and key[1] != into_key[1]:
                continue  # "the county council" is not the city's
            _absorb(actors, merged, actor, into)
    return _remap(merged, claims, quotes)


_WEB_ADDRESS_END = re.compile(rf"\.(?:{WEB_ENDINGS})\Z")


def _merge_outlets(
    actors: _Actors, claims: list[Claim], quotes: list[Quote]
) -> tuple[list[Claim], list[Quote]]:
    """An outlet found twice under names that differ only by "The" or case ("according
    to The New York Times", the listed "New York Times"): one outlet, the first found."""
    merged: dict[str, str] = {}
    first: dict[str, _ActorDraft] = {}
    for actor in list(actors.by_id.values()):
        if actor.kind != "media":
            continue
        key = _outlet_key(actor.name)
        if key in first:
            _absorb(actors, merged, actor, first[key])
        else:
            first[key] = actor
    return _remap(merged, claims, quotes)


def _absorb(actors: _Actors, merged: dict[str, str], gone: _ActorDraft, into: _ActorDraft) -> None:
    """``gone`` is ``into`` named another way: its paragraphs and its name join
    ``into``, and :func:`_remap` is to point its references there (``merged``)."""
    for paragraph in gone.paragraphs:
        into.seen(None, paragraph)
    into.paragraphs.sort()
    into.aliases.setdefault(gone.name, min(gone.paragraphs or [1]))
    merged[gone.id] = into.id
    del actors.by_id[gone.id]


def _remap(
    merged: dict[str, str], claims: list[Claim], quotes: list[Quote]
) -> tuple[list[Claim], list[Quote]]:
    """Claims and quotes with each merged actor's id replaced by the one it joined."""
    if not merged:
        return claims, quotes

    def same(actor_id: str) -> str:
        return merged.get(actor_id, actor_id)

    claims = [
        c.model_copy(
            update={
                "attributed_to": same(c.attributed_to) if c.attributed_to else None,
                "actors": list(dict.fromkeys(same(a) for a in c.actors)),
                "sources": list(dict.fromkeys(same(s) for s in c.sources)),  # an outlet's id
            }
        )
        for c in claims
    ]
    quotes = [q.model_copy(update={"speaker": same(q.speaker)}) for q in quotes]
    return claims, quotes


def _outlet_key(name: str) -> str:
    """An outlet's name compared loosely: "The Guardian" and "guardian" are one, and so
    are "ndr.de" and "NDR" (a site named by its address)."""
    name = _WEB_ADDRESS_END.sub("", name)
    words = name.casefold().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").split()
    if words and words[0] in ("the", "die", "der", "das"):
        words = words[1:]
    return " ".join(words)


def _publisher(actors: _Actors, outlet: str | None, text: str = "") -> set[str]:
    """The ids of the media actors that are the article's own outlet (the page's site
    name, or the byline's), also by its short name: the text names its publisher in a
    dateline or a credit, or as whom a speaker told something, which the analyst does not
    need to find as a piece the article cites. A short name the text gives with a capital
    "The" inside a sentence ("told The Times" in the Financial Times) is another paper's
    whole name, not the publisher's short one ("told the Courier" in The Harbour
    Courier)."""
    if not outlet or not outlet.strip():
        return set()
    wanted = _outlet_key(outlet).split()
    own = set()
    for actor in actors.by_id.values():
        if actor.kind != "media":
            continue
        keys = [_outlet_key(n).split() for n in (actor.name, *actor.aliases)]
        whole = any(key == wanted for key in keys)
        short = any(_short_for(key, wanted) for key in keys)
        if whole or (short and not any(_another_paper(text, " ".join(k)) for k in keys if k)):
            own.add(actor.id)
    return own


def _another_paper(text: str, key: str) -> bool:
    """Whether ``text`` names the outlet ``key`` (its name folded, without an article)
    with a capital "The" after a word or a comma, not at a sentence's start: the article
    is part of that paper's own name ("told The Times"), so it is not the publisher's
    short name, which a paper writes with a lowercase "the" ("told the Courier")."""
    words = r"\s+".join(re.escape(w) for w in key.split())
    pattern = re.compile(rf"(?<=[\w,;]\s)The\s+(?i:{words})\b")
    return pattern.search(text) is not None


def _short_for(name: list[str], outlet: list[str]) -> bool:
    """Whether ``name`` (words) is ``outlet`` or its short form, the last words of it: a
    paper says "told the Courier" of itself when its masthead reads "The Harbour
    Courier"."""
    return bool(name) and name == outlet[len(outlet) - len(name) :]


def _media_sources(actors: _Actors) -> list[Source]:
    """Every outlet or agency the article names, as a source it cites."""
    sources = []
    for actor in actors.by_id.values():
        if actor.kind != "media":
            continue
        where = ", ".join(str(p) for p in actor.paragraphs[:5])
        unnamed = f" It is not named: {CHECK_OUTLETS}" if actor.anonymous else ""
        sources.append(
            Source(
                id=actor.id,
                outlet=actor.name,
                cited_in=ARTICLE_ID,
                description=f"Draft: named by the article (paragraph {where}); find the piece"
                f" it cites and {CHECK_SOURCE}{unnamed}",
            )
        )
    return sources
