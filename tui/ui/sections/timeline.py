"""The timeline section: the dates the article gives (and those the analyst added), in
date order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text

from tui.links import BriefingIndex, Ref, Section
from tui.text import one_line, visible
from tui.ui.render import Detail, Link, actor_link, format_date, source_link
from tui.ui.sections.base import RecordsView, note_block
from tui.ui.widgets.records import Column

if TYPE_CHECKING:
    from tui.model import TimelineEntry

__all__ = ["TimelineView", "timeline_detail", "timeline_label"]


class TimelineView(RecordsView):
    """Timeline entries by date; added context in italics."""

    SECTION: ClassVar[Section] = "timeline"
    TITLE: ClassVar[str] = "Timeline"
    EMPTY: ClassVar[str] = "No timeline entries yet"

    def columns(self) -> list[Column]:
        return [Column("Date", 17), Column("Event")]

    def row_keys(self) -> list[str]:
        timeline = self.index.briefing.timeline
        return [str(i) for i in sorted(range(len(timeline)), key=lambda i: (timeline[i].date, i))]

    def cells(self, key: str) -> Sequence[Text]:
        entry = self.index.briefing.timeline[int(key)]
        label = one_line(entry.label) + ("  (added context)" if entry.added_context else "")
        return [
            Text(format_date(entry.date)),
            Text(label, style="italic" if entry.added_context else ""),
        ]

    def detail(self, key: str) -> Detail | None:
        return timeline_detail(self.index.briefing.timeline[int(key)], self.index)


def timeline_label(entry: TimelineEntry) -> str:
    """``19 June 2024: treaty signed`` on one line."""
    label = f"{format_date(entry.date)}: {entry.label}"
    if entry.added_context:
        label += " (added context)"
    return one_line(label)


def timeline_detail(entry: TimelineEntry, index: BriefingIndex) -> Detail:
    """The date, the event, and links to its actors, claims and sources."""
    text = Text()
    text.append(format_date(entry.date) + "\n", style="bold")
    text.append(visible(entry.label) + "\n")
    if entry.added_context:
        text.append("Added context: the article does not give this date.\n", style="italic")
    note_block(text, entry.note)
    links = [actor_link(index, a) for a in entry.actors]
    links += [Link(f"Claim {c}", Ref("claims", c)) for c in entry.claims]
    links += [source_link(index, s) for s in entry.sources]
    return Detail(text, links)
