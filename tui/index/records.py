"""A briefing taken apart into the records the index holds, one per thing a reader finds.

Each actor, claim, quote, source, analyst note, relation and timeline entry is a record,
and so is the briefing itself (title, summary, tags). A record has a *label* (what a list
shows: the claim's statement, the quote's words, the actor's name) and *fields* (the
rest, each named, so a hit can say where it matched). Quotes carry their speaker's name
and claims the names of the actors on whose word they rest, so that "Richter" finds what
Richter said. Pure: no IO; fetched page titles come in as a mapping from the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.model import Briefing

__all__ = ["KINDS", "Mention", "Record", "records_of"]

KINDS = ("briefing", "actor", "claim", "quote", "source", "note", "relation", "timeline")
"""Record types, in the order a briefing shows its sections."""


@dataclass(frozen=True)
class Mention:
    """An actor a claim or quote involves, and how: ``speaker`` (a quote's), ``source``
    (a claim rests on its word), ``about`` (a quote is about it), ``involved`` (a claim's
    actors)."""

    actor: str
    role: str


@dataclass
class Record:
    """One findable thing of a briefing, as the index stores it."""

    kind: str
    id: str
    label: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def add(self, name: str, *texts: str | None) -> None:
        """Add the non-empty ``texts`` as field ``name`` (each on a line of its own)."""
        for text in texts:
            if text and text.strip():
                self.fields.append((name, " ".join(text.split())))


@dataclass(frozen=True)
class FetchedPage:
    """What the fetch cache knows of a source's page, if it was fetched."""

    title: str | None = None
    description: str | None = None


def records_of(
    briefing: Briefing, fetched: Mapping[str, FetchedPage] | None = None
) -> list[Record]:
    """Every record of ``briefing``, the briefing's own first; ``fetched`` maps a source's
    URL to its fetched page."""
    names = {actor.id: actor.name for actor in briefing.actors}
    pages = fetched or {}

    def name_of(actor_id: str | None) -> str | None:
        return names.get(actor_id) if actor_id else None

    top = Record("briefing", briefing.id, briefing.title)
    top.add("summary", briefing.summary)
    top.add("tags", " ".join(briefing.tags))
    out = [top]

    for actor in briefing.actors:
        record = Record("actor", actor.id, actor.name)
        record.add("aliases", *(alias.name for alias in actor.aliases))
        record.add("role", actor.role)
        record.add("description", actor.description)
        record.add("note", actor.note)
        record.add("note", *(alias.note for alias in actor.aliases))
        out.append(record)

    for claim in briefing.claims:
        record = Record("claim", claim.id, claim.statement)
        excerpt = claim.excerpt
        record.add("excerpt", excerpt.exact if excerpt is not None else None)
        record.add("note", claim.note)
        if claim.status != "unverified":
            record.add("verdict", str(claim.status))
        record.add("hedges", ", ".join(claim.hedges))
        record.add("on the word of", name_of(claim.attributed_to))
        if claim.attributed_to:
            record.mentions.append(Mention(claim.attributed_to, "source"))
        record.mentions += _mentions(claim.actors, "involved", record.mentions)
        out.append(record)

    for quote in briefing.quotes:
        record = Record("quote", quote.id, quote.text)
        record.add("translation", quote.translation)
        record.add("speaker", name_of(quote.speaker))
        record.add("role", quote.role)
        record.add("note", quote.note)
        record.mentions.append(Mention(quote.speaker, "speaker"))
        record.mentions += _mentions(quote.about, "about", record.mentions)
        out.append(record)

    for source in briefing.sources:
        label = source.title or source.outlet or source.description or source.id
        record = Record("source", source.id, label)
        if label != source.title:
            record.add("title", source.title)
        if label != source.outlet:
            record.add("outlet", source.outlet)
        record.add("author", source.author)
        if label != source.description:
            record.add("description", source.description)
        record.add("url", source.url)
        record.add("note", source.note)
        page = pages.get(source.url) if source.url else None
        if page is not None:
            record.add("fetched title", page.title)
            record.add("fetched description", page.description)
        out.append(record)

    for note in briefing.notes:
        record = Record("note", note.id, note.text)
        record.mentions += _mentions(note.actors, "involved", [])
        out.append(record)

    for number, relation in enumerate(briefing.relations, start=1):
        one, other = names.get(relation.from_, relation.from_), names.get(relation.to, relation.to)
        record = Record("relation", str(number), relation.label or f"{one} \N{EN DASH} {other}")
        record.add("between", f"{one} \N{EN DASH} {other}")
        record.add("note", relation.note)
        out.append(record)

    for number, entry in enumerate(briefing.timeline, start=1):
        record = Record("timeline", str(number), entry.label)
        record.add("date", entry.date)
        record.add("note", entry.note)
        out.append(record)
    return out


def _mentions(actor_ids: Iterable[str], role: str, already: list[Mention]) -> list[Mention]:
    seen = {mention.actor for mention in already}
    out = []
    for actor_id in actor_ids:
        if actor_id not in seen:
            seen.add(actor_id)
            out.append(Mention(actor_id, role))
    return out
