"""The sourcing profile of a briefing: how much of a story is known, how much is guessed,
and on whose word, at a glance.

A reader's first question about a story is what it rests on. :func:`sourcing_profile`
answers it from the model alone (no files, no network, no Textual), so the command line,
the app and the exports show the same figures. Every figure carries the ids of the claims
behind it, so a reader can go from "hedged: 13" straight to those 13 claims.

Definitions the figures follow:

* **hedged**: a claim with at least one recorded hedge. Cues are counted per occurrence
  (a claim hedged "würde ... vermutlich" adds one subjunctive and one epistemic cue);
  words the lexicon does not know count under ``other``.
* **on whose word** (first rule that applies): a claim attributed to an actor rests on a
  named person, a named outlet (a media actor), a named organisation (a state,
  organisation or group), or is unnamed when the actor is anonymous. A claim with no
  attribution is unnamed when its hedges hold a speculation cue ("wird spekuliert"),
  rests on a named outlet when one of its sources is cited by the article (reached from
  it through ``cited_in``), and otherwise on the article alone.
* **attribution chain**: the article, then the longest path of cited sources from the
  article to one of the claim's sources, then the actor the claim is attributed to.
  Its depth is the number of links after the article: 0 is the article's own voice,
  article -> Zeit column -> unnamed experts is 2. Sources that the article does not cite
  (context the analyst added) are not links. When the briefing names no article, a
  chain starts at the top of a source's ``cited_in`` path.
* **experts** (:func:`expert_kind`): people. A named expert is a person, not anonymous,
  who speaks (a quote's speaker, or a claim's ``attributed_to``); an unnamed expert is an
  anonymous person or group of people ("experts", "a diplomat"), spoken or not. Outlets
  and agencies (media), states and organisations are voices, never experts, even when
  they speak or go unnamed.
* **loaded labels**: aliases marked ``loaded``; the claims behind one are the claims
  whose excerpt uses it.

Citation cycles are refused by the loader; a model built by other means is checked again
here and a cycle raises :class:`ProfileError` naming it, so no walk can loop.

Time and memory grow linearly with the briefing (a 50,000-link ``cited_in`` chain is a
small valid file): each source's distance from the top of its ``cited_in`` path is
worked out once, a chain keeps only the links it shows (the article, then the last
:data:`SHOWN_LINKS` hands, "... N more" between; :attr:`Chain.links` walks the whole
path on demand), and loaded labels are found in every excerpt in one Aho-Corasick pass.
A caller that may have to give up (the app's load worker) passes ``should_stop``; it is
asked every :data:`STOP_EVERY` items and :class:`Cancelled` ends the work.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any, Literal

from tui.cues import CATEGORIES, OTHER, classify_hedge
from tui.drafts import draft_count, own_words
from tui.errors import BriefingError
from tui.model import (
    Actor,
    ActorKind,
    Briefing,
    Claim,
    ClaimKind,
    ClaimStatus,
    NoteKind,
    QuoteKind,
    Source,
)
from tui.words import BASIS_WORDS, CHECK_RESULTS, figure_amount, source_name

__all__ = [
    "BASES",
    "CHECK_RESULTS",
    "SHOWN_LINKS",
    "STOP_EVERY",
    "Cancelled",
    "Chain",
    "ChainLink",
    "Checks",
    "CueCount",
    "FigureEntry",
    "LoadedLabel",
    "NoteEntry",
    "ProfileError",
    "SourcingProfile",
    "Tally",
    "Voice",
    "WordBasis",
    "expert_kind",
    "sourcing_profile",
]


def expert_kind(actor: Actor) -> Literal["named", "unnamed"] | None:
    """Whether ``actor`` is a named or an unnamed expert, or no expert (None).

    An expert is a person: a named one is an actor of kind person; an unnamed one is an
    anonymous person or an anonymous group of people ("experts cited by the column"). A
    media actor (an outlet, an agency), a state or an organisation is never an expert,
    named or not. The profile counts experts through this alone, so the app, the
    command line and every export give the same figure.
    """
    if actor.anonymous:
        return "unnamed" if actor.kind in (ActorKind.PERSON, ActorKind.GROUP) else None
    return "named" if actor.kind == ActorKind.PERSON else None


BASES = ("named-person", "named-outlet", "named-organisation", "unnamed", "article-alone")
"""On whose word a claim rests, in the order profiles list them."""


SHOWN_LINKS = 12
"""Most links a chain shows: longer ones show the article, "... N more", then the hands
nearest the claim. Showing every chain whole would make the output (and the memory)
grow with the square of a long ``cited_in`` chain."""

STOP_EVERY = 1000
"""How many items (sources, claims, excerpts) pass between two calls of ``should_stop``."""


class ProfileError(BriefingError):
    """The briefing cannot be profiled: a citation cycle or a reference that leads nowhere."""


class Cancelled(Exception):
    """``should_stop`` asked :func:`sourcing_profile` to give up; there is no profile.

    Not a :class:`ProfileError`: the briefing is fine, the caller no longer wants it, and a
    handler that reports profile problems must not report this one.
    """


class _Stopper:
    """Asks ``should_stop`` every :data:`STOP_EVERY` ticks; counts the ticks for tests."""

    def __init__(self, should_stop: Callable[[], bool] | None) -> None:
        self.should_stop = should_stop
        self.ticks = 0

    def tick(self) -> None:
        self.ticks += 1
        if self.should_stop is not None and self.ticks % STOP_EVERY == 0 and self.should_stop():
            raise Cancelled("the sourcing profile was cancelled")


# --- the profile's parts ----------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    """A figure: how many, and the claims behind it (in the briefing's order).

    ``count`` counts what the figure is about; when that is not claims (sources, quotes,
    figures, notes...), ``items`` names them and ``item_kind`` says what they are, and
    ``claims`` are the claims that rest on them.
    """

    count: int
    claims: tuple[str, ...]
    items: tuple[str, ...] = ()
    item_kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """``{"count": ..., "<item_kind>s": [...], "claims": [...]}``."""
        out: dict[str, Any] = {"count": self.count}
        if self.item_kind is not None:
            out[self.item_kind + "s"] = list(self.items)
        out["claims"] = list(self.claims)
        return out


@dataclass(frozen=True)
class CueCount:
    """Cues of one category: occurrences, the claims that carry them, and the words."""

    category: str
    count: int
    claims: tuple[str, ...]
    words: tuple[tuple[str, int], ...]
    """Each cue as recorded, with how often; most frequent first, then alphabetical."""

    def to_dict(self) -> dict[str, Any]:
        return {"count": self.count, "claims": list(self.claims), "words": dict(self.words)}


@dataclass(frozen=True)
class Voice:
    """Someone a claim rests on: an actor, or a cited source."""

    kind: Literal["actor", "source"]
    id: str
    name: str
    claims: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "name": self.name, "claims": list(self.claims)}


@dataclass(frozen=True)
class WordBasis:
    """The claims resting on one kind of word, and whose word it is."""

    basis: str
    tally: Tally
    voices: tuple[Voice, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**self.tally.to_dict(), "by": [v.to_dict() for v in self.voices]}


@dataclass(frozen=True)
class ChainLink:
    """One hand a claim passed through: a source, or the actor it is attributed to."""

    kind: Literal["source", "actor"]
    id: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "name": self.name}


@dataclass(frozen=True)
class Chain:
    """A claim's attribution chain from the article; ``depth`` counts links after it.

    Only the links shown are kept: all of them when there are at most
    :data:`SHOWN_LINKS`, else the first (``head``) and the last ones (``tail``), with
    ``omitted`` between. Keeping every chain whole costs the square of a long chain.
    """

    claim: str
    depth: int
    length: int
    """How many links the whole chain has."""
    head: tuple[ChainLink, ...]
    tail: tuple[ChainLink, ...] = ()
    expand: Callable[[], tuple[ChainLink, ...]] | None = field(
        default=None, repr=False, compare=False
    )
    """Builds the whole chain when some links are omitted."""

    @property
    def omitted(self) -> int:
        """Links between ``head`` and ``tail`` that are not kept."""
        return self.length - len(self.head) - len(self.tail)

    @property
    def links(self) -> tuple[ChainLink, ...]:
        """Every link, article first; walks a long chain anew on each call (O(depth))."""
        if self.omitted and self.expand is not None:
            return self.expand()
        return self.head + self.tail

    def path(self, shown: Callable[[str], str], arrow: str = " \N{RIGHTWARDS ARROW} ") -> str:
        """The chain as text, each name through ``shown``; "... N more" where links are cut."""
        names = [shown(link.name) for link in self.head]
        if self.omitted:
            names.append(f"\N{HORIZONTAL ELLIPSIS} {self.omitted:,} more")
        names += [shown(link.name) for link in self.tail]
        return arrow.join(names)

    def to_dict(self) -> dict[str, Any]:
        """``chain`` lists the links kept; a long one holds ``{"kind": "omitted", "count": N}``
        where links are cut."""
        links: list[dict[str, Any]] = [link.to_dict() for link in self.head]
        if self.omitted:
            links.append({"kind": "omitted", "count": self.omitted})
        links += [link.to_dict() for link in self.tail]
        return {"claim": self.claim, "depth": self.depth, "chain": links}


@dataclass(frozen=True)
class FigureEntry:
    """A number a claim carries, as text, stated by the article or derived by the analyst."""

    claim: str
    text: str
    derived: bool
    approximate: bool
    basis: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "text": self.text,
            "derived": self.derived,
            "approximate": self.approximate,
            "basis": self.basis,
        }


@dataclass(frozen=True)
class LoadedLabel:
    """An evaluative label the outlet uses for an actor, and the claims whose excerpt uses it."""

    actor: str
    actor_name: str
    label: str
    paragraph: int | None
    claims: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "actor_name": self.actor_name,
            "label": self.label,
            "paragraph": self.paragraph,
            "claims": list(self.claims),
        }


@dataclass(frozen=True)
class NoteEntry:
    """An analyst note, as listed in the profile (the contradiction notes)."""

    id: str
    text: str
    claims: tuple[str, ...]
    paragraph: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "claims": list(self.claims),
            "paragraph": self.paragraph,
        }


@dataclass(frozen=True)
class Checks:
    """How the quotes and excerpts fared against their sources, when that is known."""

    results: Mapping[str, Tally]
    """``found``, ``similar``, ``missing``: the claim and quote ids checked with that result."""
    unchecked: Tally
    """Claims with an excerpt, and quotes, that have no result."""
    unknown: tuple[str, ...]
    """Ids with a result that name no claim or quote of this briefing (a stale cache)."""

    def to_dict(self) -> dict[str, Any]:
        out = {name: tally.to_dict() for name, tally in self.results.items()}
        return {**out, "unchecked": self.unchecked.to_dict(), "unknown": list(self.unknown)}


@dataclass(frozen=True)
class SourcingProfile:
    """What a briefing's article rests on, figure by figure; see the module docstring."""

    briefing: str
    title: str
    claims: Tally
    by_kind: Mapping[str, Tally]
    by_status: Mapping[str, Tally]
    """Claims by where checking them stands: the analyst's verdicts (supported,
    disputed, refuted) and those still unverified."""
    hedged: Tally
    cues: Mapping[str, CueCount]
    word: Mapping[str, WordBasis]
    chains: tuple[Chain, ...]
    """Every claim's chain, in claim order (depth 0 included)."""
    depths: Mapping[int, Tally]
    """Claims by chain depth, every depth from 0 to the deepest."""
    unsourced: Tally
    sources_with_url: Tally
    sources_without_url: Tally
    experts_named: Tally
    experts_unnamed: Tally
    quotes_direct: Tally
    quotes_indirect: Tally
    figures: tuple[FigureEntry, ...]
    figures_stated: Tally
    figures_derived: Tally
    loaded: Tally
    loaded_labels: tuple[LoadedLabel, ...]
    notes_by_kind: Mapping[str, Tally]
    contradictions: tuple[NoteEntry, ...]
    checks: Checks | None = None
    drafts: int = 0
    """Records still marked ``Draft:`` (:func:`tui.drafts.draft_count`): a draft not yet
    reviewed says so in every export, the JSON one included."""

    @property
    def hedged_share(self) -> float:
        """Hedged claims as a share of all claims (0.0 when there are none)."""
        return self.hedged.count / self.claims.count if self.claims.count else 0.0

    @property
    def second_hand(self) -> tuple[Chain, ...]:
        """The chains of claims that are not in the article's own voice."""
        return tuple(chain for chain in self.chains if chain.depth > 0)

    @cached_property
    def _basis_by_claim(self) -> dict[str, str]:
        return {claim: b for b, w in self.word.items() for claim in w.tally.claims}

    @cached_property
    def _chain_by_claim(self) -> dict[str, Chain]:
        return {chain.claim: chain for chain in self.chains}

    def basis_of(self, claim_id: str) -> str | None:
        """On whose word one claim rests (one of :data:`BASES`); None for an unknown id.

        A lookup, not a scan: a view asking for every claim's basis stays linear.
        """
        return self._basis_by_claim.get(claim_id)

    @cached_property
    def _voice_by_claim(self) -> dict[str, Voice]:
        return {claim: v for w in self.word.values() for v in w.voices for claim in v.claims}

    def word_of(self, claim_id: str) -> str | None:
        """On whose word one claim rests, in words, as the profile counts it: the basis
        ("a named outlet") and, where one is named, who ("a named outlet: FOCUS online").
        The claim's detail shows this, so it never answers otherwise than the profile."""
        basis = self.basis_of(claim_id)
        if basis is None:
            return None
        voice = self._voice_by_claim.get(claim_id)
        words = BASIS_WORDS.get(basis, basis)
        return f"{words}: {voice.name}" if voice is not None else words

    def chain_of(self, claim_id: str) -> Chain | None:
        """One claim's attribution chain; None for an unknown id."""
        return self._chain_by_claim.get(claim_id)

    def to_dict(self) -> dict[str, Any]:
        """The profile as JSON-ready data, keys in a fixed order."""
        return {
            "briefing": self.briefing,
            "title": self.title,
            "drafts": self.drafts,
            "claims": {
                **self.claims.to_dict(),
                "by_kind": {kind: t.to_dict() for kind, t in self.by_kind.items()},
                "by_status": {status: t.to_dict() for status, t in self.by_status.items()},
            },
            "hedged": {**self.hedged.to_dict(), "share": round(self.hedged_share, 4)},
            "cues": {category: c.to_dict() for category, c in self.cues.items()},
            "word": {basis: w.to_dict() for basis, w in self.word.items()},
            "chains": {
                "second_hand": [chain.to_dict() for chain in self.second_hand],
                "depths": [{"depth": d, **t.to_dict()} for d, t in self.depths.items()],
            },
            "unsourced": self.unsourced.to_dict(),
            "sources": {
                "with_url": self.sources_with_url.to_dict(),
                "without_url": self.sources_without_url.to_dict(),
            },
            "experts": {
                "named": self.experts_named.to_dict(),
                "unnamed": self.experts_unnamed.to_dict(),
            },
            "quotes": {
                "direct": self.quotes_direct.to_dict(),
                "indirect": self.quotes_indirect.to_dict(),
            },
            "figures": {
                "stated": self.figures_stated.to_dict(),
                "derived": self.figures_derived.to_dict(),
                "list": [figure.to_dict() for figure in self.figures],
            },
            "loaded_labels": {
                **self.loaded.to_dict(),
                "list": [label.to_dict() for label in self.loaded_labels],
            },
            "notes": {
                "by_kind": {kind: t.to_dict() for kind, t in self.notes_by_kind.items()},
                "contradictions": [note.to_dict() for note in self.contradictions],
            },
            "checks": None if self.checks is None else self.checks.to_dict(),
        }


# --- building it ------------------------------------------------------------------------


class _Index:
    """Lookups by id, claim order, and the checks that keep every walk finite."""

    def __init__(self, briefing: Briefing, stopper: _Stopper) -> None:
        self.briefing = briefing
        self.stopper = stopper
        self.actors: dict[str, Actor] = {a.id: a for a in briefing.actors}
        self.sources: dict[str, Source] = {s.id: s for s in briefing.sources}
        self.claims: dict[str, Claim] = {c.id: c for c in briefing.claims}
        self.order = {claim_id: i for i, claim_id in enumerate(self.claims)}
        if briefing.article is not None and briefing.article not in self.sources:
            raise ProfileError(f"the briefing's article {briefing.article!r} is not a source")
        self.length: dict[str, int] = {}
        """For each source, how many sources its ``cited_in`` path holds, itself included."""
        self.top: dict[str, str] = {}
        """For each source, the source its ``cited_in`` path ends at."""
        self._walk_citations()
        self._names: dict[str, frozenset[str]] = {}

    def _walk_citations(self) -> None:
        """Fill :attr:`length` and :attr:`top`, visiting each source once.

        Raises ProfileError on a cycle (naming it) or a ``cited_in`` that names nothing.
        """
        for start in self.sources:
            self.stopper.tick()
            path: list[str] = []
            on_path: dict[str, int] = {}
            node: str | None = start
            while node is not None and node not in self.length:
                if node in on_path:
                    cycle = [*path[on_path[node] :], node]
                    raise ProfileError(
                        "sources cite one another in a circle: " + " -> ".join(cycle)
                    )
                on_path[node] = len(path)
                path.append(node)
                cited_in = self.sources[node].cited_in
                if cited_in is not None and cited_in not in self.sources:
                    raise ProfileError(f"source {node!r} is cited in unknown source {cited_in!r}")
                node = cited_in
            length, top = (self.length[node], self.top[node]) if node is not None else (0, None)
            for visited in reversed(path):
                length += 1
                top = top if top is not None else visited
                self.length[visited] = length
                self.top[visited] = top

    def up(self, source_id: str, steps: int) -> list[str]:
        """``source_id`` and the sources it is known through, ``steps`` of them at most."""
        out: list[str] = []
        node: str | None = source_id
        while node is not None and len(out) < steps:
            out.append(node)
            node = self.sources[node].cited_in
        return out

    def names(self, actor: Actor) -> frozenset[str]:
        """An actor's name and aliases, casefolded; worked out once per actor."""
        known = self._names.get(actor.id)
        if known is None:
            known = frozenset(
                {actor.name.casefold(), *(alias.name.casefold() for alias in actor.aliases)}
            )
            self._names[actor.id] = known
        return known

    def actor(self, actor_id: str, claim: str) -> Actor:
        try:
            return self.actors[actor_id]
        except KeyError:
            raise ProfileError(
                f"claim {claim!r} is attributed to unknown actor {actor_id!r}"
            ) from None

    def source(self, source_id: str, claim: str) -> Source:
        try:
            return self.sources[source_id]
        except KeyError:
            raise ProfileError(f"claim {claim!r} names unknown source {source_id!r}") from None

    def ordered(self, ids: Iterable[str]) -> tuple[str, ...]:
        """Claim ids without repeats, in the briefing's order; unknown ids are refused."""
        unique = set(ids)
        # not ``unique - self.order.keys()``: that copies every key, on every call
        unknown = sorted(i for i in unique if i not in self.order)
        if unknown:
            raise ProfileError(f"unknown claim {unknown[0]!r} is referred to")
        return tuple(sorted(unique, key=self.order.__getitem__))

    def tally(self, claims: Iterable[str]) -> Tally:
        ordered = self.ordered(claims)
        return Tally(len(ordered), ordered)


def _source_link(index: _Index, source_id: str) -> ChainLink:
    return ChainLink("source", source_id, source_name(index.sources[source_id]))


def _chain(index: _Index, claim: Claim) -> tuple[str | None, int, Chain]:
    """The claim's deepest cited source (or the article), how many sources lead from the
    article to it, and the chain."""
    root = index.briefing.article
    best: str | None = None
    for source_id in claim.sources:
        source = index.source(source_id, claim.id)
        reaches = index.top[source_id] == root if root is not None else not source.added_context
        if reaches and (best is None or index.length[source_id] > index.length[best]):
            best = source_id
    if best is not None:
        last, sources = best, index.length[best]
    else:
        last, sources = root, (0 if root is None else 1)  # type: ignore[assignment]
    depth = max(sources - 1, 0)
    actor_link: tuple[ChainLink, ...] = ()
    if claim.attributed_to is not None:
        actor = index.actor(claim.attributed_to, claim.id)
        outlet = index.sources[last].outlet if last is not None else None
        is_that_outlet = (
            actor.kind == ActorKind.MEDIA
            and outlet is not None
            and outlet.casefold() in index.names(actor)
        )
        if not is_that_outlet:
            actor_link = (ChainLink("actor", actor.id, actor.name),)
            depth += 1
    length = sources + len(actor_link)

    def links_up(steps: int) -> tuple[ChainLink, ...]:
        """The last ``steps`` sources of the path, in the article-first order."""
        if last is None:
            return ()
        return tuple(_source_link(index, s) for s in reversed(index.up(last, steps)))

    if length <= SHOWN_LINKS:
        chain = Chain(claim.id, depth, length, links_up(sources) + actor_link)
    else:
        head = (_source_link(index, index.top[last]),) if last is not None else ()
        tail = links_up(SHOWN_LINKS - 1 - len(actor_link)) + actor_link
        chain = Chain(claim.id, depth, length, head, tail, lambda: links_up(sources) + actor_link)
    return last, sources, chain


def _basis(
    index: _Index, claim: Claim, last: str | None, sources: int, speculative: bool
) -> tuple[str, Voice | None]:
    """On whose word ``claim`` rests, and the actor or source that is."""
    if claim.attributed_to is not None:
        actor = index.actor(claim.attributed_to, claim.id)
        voice = Voice("actor", actor.id, actor.name, ())
        if actor.anonymous:
            return "unnamed", voice
        if actor.kind == ActorKind.PERSON:
            return "named-person", voice
        if actor.kind == ActorKind.MEDIA:
            return "named-outlet", voice
        return "named-organisation", voice
    if speculative:
        return "unnamed", None
    if sources > 1 and last is not None:
        source = index.sources[last]
        return "named-outlet", Voice("source", source.id, source_name(source), ())
    return "article-alone", None


def _word(index: _Index, bases: list[tuple[str, str, Voice | None]]) -> dict[str, WordBasis]:
    out: dict[str, WordBasis] = {}
    for basis in BASES:
        claims = [claim for claim, b, _ in bases if b == basis]
        voices: dict[tuple[str, str], Voice] = {}
        who_claims: dict[tuple[str, str], list[str]] = {}
        for claim, b, voice in bases:
            if b != basis or voice is None:
                continue
            key = (voice.kind, voice.id)
            voices.setdefault(key, voice)
            who_claims.setdefault(key, []).append(claim)
        listed = tuple(
            Voice(v.kind, v.id, v.name, index.ordered(who_claims[key])) for key, v in voices.items()
        )
        out[basis] = WordBasis(basis, index.tally(claims), listed)
    return out


def _cues(index: _Index) -> dict[str, CueCount]:
    counts: dict[str, int] = dict.fromkeys((*CATEGORIES, OTHER), 0)
    claims: dict[str, list[str]] = {category: [] for category in counts}
    words: dict[str, Counter[str]] = {category: Counter() for category in counts}
    for claim in index.briefing.claims:
        for hedge in claim.hedges:
            for hit in classify_hedge(hedge):
                counts[hit.category] += 1
                claims[hit.category].append(claim.id)
                words[hit.category][hit.text] += 1
    return {
        category: CueCount(
            category,
            counts[category],
            index.ordered(claims[category]),
            tuple(sorted(words[category].items(), key=lambda kv: (-kv[1], kv[0]))),
        )
        for category in counts
    }


def _loaded_labels(index: _Index) -> list[LoadedLabel]:
    """Every loaded alias, with the claims whose excerpt holds it (casefolded, anywhere).

    One Aho-Corasick automaton of all the labels reads each excerpt once: testing every
    label against every excerpt took minutes for 50,000 actors. A label found in an
    excerpt is noted once per claim, however often it occurs there.
    """
    loaded = [(actor, alias) for actor in index.briefing.actors for alias in actor.aliases]
    loaded = [(actor, alias) for actor, alias in loaded if alias.loaded]
    using: dict[str, list[str]] = {}
    if loaded:
        import ahocorasick  # only here: a C extension the start-up path does not need

        automaton = ahocorasick.Automaton()
        for _, alias in loaded:
            label = alias.name.casefold()  # never empty: the model requires a name
            automaton.add_word(label, label)
        automaton.make_automaton()
        for claim in index.briefing.claims:
            index.stopper.tick()
            if not claim.excerpt:
                continue
            seen: set[str] = set()
            for _, label in automaton.iter(claim.excerpt.exact.casefold()):
                if label not in seen:
                    seen.add(label)
                    using.setdefault(label, []).append(claim.id)
    return [
        LoadedLabel(
            actor.id,
            actor.name,
            alias.name,
            alias.paragraph,
            index.ordered(using.get(alias.name.casefold(), ())),
        )
        for actor, alias in loaded
    ]


def _items(
    index: _Index,
    kind: str,
    items: Sequence[tuple[str, Iterable[str]]],
    count: int | None = None,
) -> Tally:
    """A tally of things other than claims: their ids, and the claims they bear on."""
    claims = index.ordered(c for _, related in items for c in related)
    return Tally(len(items) if count is None else count, claims, tuple(i for i, _ in items), kind)


def _checks(index: _Index, checks: Mapping[str, str]) -> Checks:
    briefing = index.briefing
    quote_claims = {q.id: q.claims for q in briefing.quotes}
    checkable = list(
        dict.fromkeys([*(c.id for c in briefing.claims if c.excerpt is not None), *quote_claims])
    )
    for item_id, result in checks.items():
        if result not in CHECK_RESULTS:
            raise ProfileError(
                f"check result for {item_id!r} is {result!r};"
                f" expected one of: {', '.join(CHECK_RESULTS)}"
            )

    def related(item_id: str) -> list[str]:
        own = [item_id] if item_id in index.claims else []
        return own + list(quote_claims.get(item_id, ()))

    known = list(dict.fromkeys([*index.claims, *quote_claims]))
    results = {
        result: _items(
            index,
            "id",
            [(i, related(i)) for i in known if checks.get(i) == result],
        )
        for result in CHECK_RESULTS
    }
    unchecked = _items(index, "id", [(i, related(i)) for i in checkable if i not in checks])
    unknown = tuple(sorted(i for i in checks if i not in index.claims and i not in quote_claims))
    return Checks(MappingProxyType(results), unchecked, unknown)


def sourcing_profile(
    briefing: Briefing,
    checks: Mapping[str, str] | None = None,
    *,
    should_stop: Callable[[], bool] | None = None,
) -> SourcingProfile:
    """The sourcing profile of ``briefing``; a pure function of the model.

    ``checks`` maps claim and quote ids to what checking their excerpt or text against the
    source found (``found``, ``similar`` or ``missing``), when the fetch cache knows.
    Raises :class:`ProfileError` on a citation cycle or a reference to nothing (which the
    loader never lets through).

    ``should_stop`` is called every :data:`STOP_EVERY` sources, claims or excerpts (from
    the calling thread); when it returns True, :class:`Cancelled` is raised and nothing
    is returned. A worker passes its own cancellation flag, e.g.
    ``should_stop=lambda: worker.is_cancelled``.
    """
    stopper = _Stopper(should_stop)
    return _profile(briefing, checks, stopper)


def _profile(
    briefing: Briefing, checks: Mapping[str, str] | None, stopper: _Stopper
) -> SourcingProfile:
    index = _Index(briefing, stopper)
    claims = briefing.claims
    all_claims = index.tally(c.id for c in claims)
    by_kind = {
        kind.value: index.tally(c.id for c in claims if c.kind == kind) for kind in ClaimKind
    }
    by_status = {
        status.value: index.tally(c.id for c in claims if c.status == status)
        for status in ClaimStatus
    }
    hedged = index.tally(c.id for c in claims if c.hedged)

    chains: list[Chain] = []
    bases: list[tuple[str, str, Voice | None]] = []
    at_depth: dict[int, list[str]] = {}
    for claim in claims:
        stopper.tick()
        last, sources, chain = _chain(index, claim)
        chains.append(chain)
        at_depth.setdefault(chain.depth, []).append(claim.id)
        speculative = any(
            hit.category == "speculation" for hedge in claim.hedges for hit in classify_hedge(hedge)
        )
        basis, voice = _basis(index, claim, last, sources, speculative)
        bases.append((claim.id, basis, voice))
    deepest = max(at_depth, default=0)
    depths = {depth: index.tally(at_depth.get(depth, ())) for depth in range(deepest + 1)}

    claims_citing: dict[str, list[str]] = {}
    for claim in claims:
        for source_id in claim.sources:
            claims_citing.setdefault(source_id, []).append(claim.id)
    with_url = [(s.id, claims_citing.get(s.id, [])) for s in briefing.sources if s.url]
    without_url = [(s.id, claims_citing.get(s.id, [])) for s in briefing.sources if not s.url]

    spoken: dict[str, list[str]] = {}
    for claim in claims:
        if claim.attributed_to is not None:
            spoken.setdefault(claim.attributed_to, []).append(claim.id)
    for quote in briefing.quotes:
        spoken.setdefault(quote.speaker, []).extend(quote.claims)
    named = [
        (a.id, spoken[a.id])
        for a in briefing.actors
        if a.id in spoken and expert_kind(a) == "named"
    ]
    unnamed = [(a.id, spoken.get(a.id, [])) for a in briefing.actors if expert_kind(a) == "unnamed"]
    unknown_speakers = sorted(spoken.keys() - index.actors.keys())
    if unknown_speakers:
        raise ProfileError(f"unknown actor {unknown_speakers[0]!r} is quoted or attributed")

    figures = tuple(
        FigureEntry(claim.id, figure_amount(f), f.derived, f.approximate, f.basis)
        for claim in claims
        for f in claim.figures
    )
    stated = [f for f in figures if not f.derived]
    derived = [f for f in figures if f.derived]

    labels = _loaded_labels(index)
    by_actor: dict[str, list[str]] = {}
    for label in labels:
        by_actor.setdefault(label.actor, []).extend(label.claims)
    loaded = _items(index, "actor", list(by_actor.items()), count=len(labels))

    # a draft's general note is the drafter's advice, not an analyst's note: counted with
    # the draft's items (``drafts``), as every export leaves it out of the notes
    analysts = [n for n in briefing.notes if own_words(n.text) is not None]
    notes_by_kind = {
        kind.value: _items(index, "note", [(n.id, n.claims) for n in analysts if n.kind == kind])
        for kind in NoteKind
    }
    contradictions = tuple(
        NoteEntry(n.id, n.text, index.ordered(n.claims), n.paragraph)
        for n in briefing.notes
        if n.kind == NoteKind.CONTRADICTION
    )

    return SourcingProfile(
        briefing=briefing.id,
        title=briefing.title,
        claims=all_claims,
        by_kind=MappingProxyType(by_kind),
        by_status=MappingProxyType(by_status),
        hedged=hedged,
        cues=MappingProxyType(_cues(index)),
        word=MappingProxyType(_word(index, bases)),
        chains=tuple(chains),
        depths=MappingProxyType(depths),
        unsourced=index.tally(c.id for c in claims if not c.sources),
        sources_with_url=_items(index, "source", with_url),
        sources_without_url=_items(index, "source", without_url),
        experts_named=_items(index, "actor", named),
        experts_unnamed=_items(index, "actor", unnamed),
        quotes_direct=_items(
            index,
            "quote",
            [(q.id, q.claims) for q in briefing.quotes if q.kind == QuoteKind.DIRECT],
        ),
        quotes_indirect=_items(
            index,
            "quote",
            [(q.id, q.claims) for q in briefing.quotes if q.kind == QuoteKind.INDIRECT],
        ),
        figures=figures,
        figures_stated=Tally(len(stated), index.ordered(f.claim for f in stated)),
        figures_derived=Tally(len(derived), index.ordered(f.claim for f in derived)),
        loaded=loaded,
        loaded_labels=tuple(labels),
        notes_by_kind=MappingProxyType(notes_by_kind),
        contradictions=contradictions,
        checks=None if checks is None else _checks(index, checks),
        drafts=draft_count(briefing),
    )
