"""The relations section: who stands how to whom, grouped by the actor it starts from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text

from tui.links import BriefingIndex, Ref, Section
from tui.text import one_line
from tui.ui.render import Detail, Link, actor_link, field, format_date, source_link
from tui.ui.sections.base import RecordsView, Shown, note_block
from tui.ui.widgets.records import Column

if TYPE_CHECKING:
    from tui.model import Relation

__all__ = ["RelationsView", "relation_detail", "relation_sentence"]


class RelationsView(RecordsView):
    """Relations sorted by the actor they start from, that actor named once per group."""

    SECTION: ClassVar[Section] = "relations"
    TITLE: ClassVar[str] = "Relations"
    EMPTY: ClassVar[str] = "No relations yet"

    def fill(self, shown: Shown) -> None:
        relations = shown.index.briefing.relations
        self._order = sorted(
            range(len(relations)),
            key=lambda i: (shown.index.actor_name(relations[i].from_).casefold(), i),
        )
        self._group_starts = {
            str(position)
            for number, position in enumerate(self._order)
            if number == 0 or relations[self._order[number - 1]].from_ != relations[position].from_
        }
        super().fill(shown)

    def columns(self) -> list[Column]:
        return [Column("Actor", 20), Column("Relation")]

    def row_keys(self) -> list[str]:
        return [str(i) for i in self._order]

    def cells(self, key: str) -> Sequence[Text]:
        relation = self.index.briefing.relations[int(key)]
        group = one_line(self.index.actor_name(relation.from_)) if key in self._group_starts else ""
        return [Text(group, style="bold"), Text(relation_sentence(relation, self.index))]

    def detail(self, key: str) -> Detail | None:
        return relation_detail(self.index.briefing.relations[int(key)], self.index)


def relation_sentence(relation: Relation, index: BriefingIndex) -> str:
    """ "Russia → North Korea: strategic partnership agreement, June 2024"."""
    sentence = f"{index.actor_name(relation.from_)} → {index.actor_name(relation.to)}"
    label = relation.label or relation.kind.value
    sentence += f": {label}"
    when = format_date(relation.date)
    if relation.until:
        when = (
            f"{when} to {format_date(relation.until)}"
            if when
            else f"until {format_date(relation.until)}"
        )
    if when:
        sentence += f", {when}"
    if relation.added_context:
        sentence += " (added context)"
    return one_line(sentence)


def relation_detail(relation: Relation, index: BriefingIndex) -> Detail:
    """The relation as a sentence, its kind, the note, and links to both actors."""
    text = Text()
    text.append(relation_sentence(relation, index) + "\n", style="bold")
    field(text, "Kind", relation.kind.value)
    if relation.added_context:
        text.append("Added context: the article does not say it.\n", style="italic")
    note_block(text, relation.note)
    links = [
        actor_link(index, relation.from_, "From"),
        actor_link(index, relation.to, "To"),
    ]
    links += [Link(f"Claim {c}", Ref("claims", c)) for c in relation.claims]
    links += [source_link(index, s) for s in relation.sources]
    return Detail(text, links)
