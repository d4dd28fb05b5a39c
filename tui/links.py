"""What refers to what in a briefing: ids to records, and everything an actor touches.

Built once per loaded briefing so the app can follow any link, and list an actor's
claims, quotes, relations and timeline entries, without scanning the whole briefing on
every keypress. Pure data: no Textual, no IO.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from tui.words import source_name

if TYPE_CHECKING:  # the app imports this before any briefing is loaded: keep it light
    from tui.model import Actor, Briefing, Claim, Note, Quote, Relation, Source, TimelineEntry

__all__ = ["SECTIONS", "BriefingIndex", "Ref", "Section"]

Section = Literal["overview", "actors", "claims", "quotes", "sources", "relations", "timeline"]
SECTIONS: tuple[Section, ...] = (
    "overview",
    "actors",
    "claims",
    "quotes",
    "sources",
    "relations",
    "timeline",
)


@dataclass(frozen=True)
class Ref:
    """A place in a briefing: a section and, for records, the record's key.

    The key is the record's id, or its position for relations and timeline entries,
    which have no ids.
    """

    section: Section
    key: str = ""


@dataclass
class Involvement:
    """Everything one actor or source appears in."""

    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    relations: list[tuple[int, Relation]] = field(default_factory=list)
    timeline: list[tuple[int, TimelineEntry]] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


class BriefingIndex:
    """Lookups by id and reverse links for one briefing."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.actors: dict[str, Actor] = {a.id: a for a in briefing.actors}
        self.claims: dict[str, Claim] = {c.id: c for c in briefing.claims}
        self.quotes: dict[str, Quote] = {q.id: q for q in briefing.quotes}
        self.sources: dict[str, Source] = {s.id: s for s in briefing.sources}
        self._by_actor: dict[str, Involvement] = defaultdict(Involvement)
        self._by_source: dict[str, Involvement] = defaultdict(Involvement)
        self._quotes_by_claim: dict[str, list[Quote]] = defaultdict(list)
        for claim in briefing.claims:
            for actor_id in dict.fromkeys([*claim.actors, *filter(None, [claim.attributed_to])]):
                self._by_actor[actor_id].claims.append(claim)
            for source_id in claim.sources:
                self._by_source[source_id].claims.append(claim)
        for quote in briefing.quotes:
            for actor_id in dict.fromkeys([quote.speaker, *quote.about]):
                self._by_actor[actor_id].quotes.append(quote)
            if quote.outlet:
                self._by_source[quote.outlet].quotes.append(quote)
            for claim_id in quote.claims:
                self._quotes_by_claim[claim_id].append(quote)
        for position, relation in enumerate(briefing.relations):
            for actor_id in dict.fromkeys([relation.from_, relation.to]):
                self._by_actor[actor_id].relations.append((position, relation))
            for source_id in relation.sources:
                self._by_source[source_id].relations.append((position, relation))
        for position, entry in enumerate(briefing.timeline):
            for actor_id in entry.actors:
                self._by_actor[actor_id].timeline.append((position, entry))
            for source_id in entry.sources:
                self._by_source[source_id].timeline.append((position, entry))
        for note in briefing.notes:
            for actor_id in note.actors:
                self._by_actor[actor_id].notes.append(note)
            for source_id in note.sources:
                self._by_source[source_id].notes.append(note)
        self._notes_by_claim: dict[str, list[Note]] = defaultdict(list)
        for note in briefing.notes:
            for claim_id in note.claims:
                self._notes_by_claim[claim_id].append(note)

    def involving(self, actor_id: str) -> Involvement:
        """Claims, quotes, relations, timeline entries and notes that name the actor."""
        return self._by_actor.get(actor_id, Involvement())

    def citing(self, source_id: str) -> Involvement:
        """Claims, quotes, relations, timeline entries and notes that cite the source."""
        return self._by_source.get(source_id, Involvement())

    def quotes_for_claim(self, claim_id: str) -> list[Quote]:
        return self._quotes_by_claim.get(claim_id, [])

    def notes_for_claim(self, claim_id: str) -> list[Note]:
        return self._notes_by_claim.get(claim_id, [])

    def actor_name(self, actor_id: str | None) -> str:
        """The actor's name, or the id itself when it is unknown."""
        if actor_id is None:
            return "the article"
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id

    def source_name(self, source_id: str) -> str:
        source = self.sources.get(source_id)
        return source_id if source is None else source_name(source)

    def exists(self, ref: Ref) -> bool:
        """Whether ``ref`` names something in this briefing."""
        if ref.section == "actors":
            return ref.key in self.actors
        if ref.section == "claims":
            return ref.key in self.claims
        if ref.section == "quotes":
            return ref.key in self.quotes
        if ref.section == "sources":
            return ref.key in self.sources
        if ref.section in ("relations", "timeline"):
            records = getattr(self.briefing, ref.section)
            return ref.key.isdigit() and int(ref.key) < len(records)
        return ref.section == "overview"
