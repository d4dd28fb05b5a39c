"""The actors section: people, states, organisations and media, and all that involves each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text

from tui.drafts import DRAFT_GLYPH, is_draft
from tui.links import BriefingIndex, Ref, Section
from tui.text import one_line, visible
from tui.ui.render import Detail, Link, actor_link, claim_link, field, heading
from tui.ui.sections.base import RecordsView, note_block
from tui.ui.sections.relations import relation_sentence
from tui.ui.sections.timeline import timeline_label
from tui.ui.widgets.records import Column
from tui.words import count

if TYPE_CHECKING:
    from tui.model import Actor

__all__ = ["ActorsView", "actor_detail"]


class ActorsView(RecordsView):
    """Actors in the briefing's order: name, kind, role."""

    SECTION: ClassVar[Section] = "actors"
    TITLE: ClassVar[str] = "Actors"
    EMPTY: ClassVar[str] = "No actors yet"

    def columns(self) -> list[Column]:
        return [Column("Actor", weight=3), Column("Kind", 15), Column("Role", weight=2)]

    def row_keys(self) -> list[str]:
        return [a.id for a in self.index.briefing.actors]

    def cells(self, key: str) -> Sequence[Text]:
        actor = self.index.actors[key]
        kind = actor.kind.value + (" (unnamed)" if actor.anonymous else "")
        name = Text(one_line(actor.name))
        if is_draft("actors", actor):  # still a draft of briefing new, not yet reviewed
            name = Text.assemble((DRAFT_GLYPH + " ", "yellow"), name)
        return [name, Text(kind), Text(one_line(actor.role or ""))]

    def detail(self, key: str) -> Detail | None:
        return actor_detail(self.index.actors[key], self.index)


def actor_detail(actor: Actor, index: BriefingIndex) -> Detail:
    """Who the actor is, the names the article uses, and everything that involves them."""
    text = Text()
    text.append(visible(actor.name) + "\n", style="bold")
    kind = actor.kind.value + (" · unnamed" if actor.anonymous else "")
    text.append(kind + "\n", style="italic")
    field(text, "Role", actor.role)
    if actor.affiliation:
        field(text, "Affiliation", index.actor_name(actor.affiliation))
    field(text, "About", actor.description)
    if actor.aliases:
        heading(text, "Also called")
        for alias in actor.aliases:
            text.append("• " + visible(alias.name))
            if alias.loaded:
                text.append("  loaded label (the outlet's wording)", style="bold")
            if alias.paragraph:
                text.append(f"  ¶{alias.paragraph}", style="dim")
            text.append("\n")
            if alias.note:
                text.append("  " + visible(alias.note.strip()) + "\n", style="dim")
    note_block(text, actor.note)
    involvement = index.involving(actor.id)
    heading(text, "Involved in")
    text.append(
        f"{count(len(involvement.claims), 'claim')} · {count(len(involvement.quotes), 'quote')} ·"
        f" {count(len(involvement.relations), 'relation')} ·"
        f" {count(len(involvement.timeline), 'date')}\n"
    )
    links: list[Link] = []
    if actor.affiliation:
        links.append(actor_link(index, actor.affiliation, "Affiliation"))
    links += [claim_link(c) for c in involvement.claims]
    links += [
        Link(f"Quote {q.id}: {one_line(q.text)[:70]}", Ref("quotes", q.id))
        for q in involvement.quotes
    ]
    links += [
        Link(f"Relation: {relation_sentence(r, index)}", Ref("relations", str(i)))
        for i, r in involvement.relations
    ]
    links += [
        Link(f"Date: {timeline_label(e)}", Ref("timeline", str(i))) for i, e in involvement.timeline
    ]
    return Detail(text, links)
