"""The pieces every record's detail is drawn with: labelled fields, headings, links, the
claim-kind badge, dates and marked hedge words.

Each section view (:mod:`tui.ui.sections`) draws its own records from these. Everything a
briefing holds is appended to ``Text`` objects as plain strings (never parsed as markup)
after :func:`tui.text.visible` has made control characters visible, so a title like
``[bold]x[/]`` shows its brackets and an ESC byte cannot reach the terminal. A detail
returns the links it shows, so the pane can offer them for jumping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

from tui.dates import human_date
from tui.links import BriefingIndex, Ref
from tui.text import one_line, visible

if TYPE_CHECKING:  # drawn before the model is imported, so only for type checking
    from tui.model import Claim, ClaimKind, ClaimStatus

__all__ = [
    "HEDGE",
    "KIND_MARKS",
    "KIND_STYLE",
    "LABEL",
    "Detail",
    "Link",
    "actor_link",
    "claim_link",
    "copied_text",
    "desk_hint",
    "field",
    "format_date",
    "heading",
    "highlight_hedges",
    "kind_badge",
    "kind_mark",
    "one_line",
    "source_link",
    "visible",
]

KIND_STYLE: dict[str, str] = {
    "reported": "bold black on green",
    "speculation": "bold black on yellow",
    "opinion": "bold white on magenta",
    "historical": "bold white on blue",
    "forecast": "bold black on cyan",
    "background": "bold black on white",
}
"""Colour of each claim kind's badge, by the model's ClaimKind values; the badge also
spells the kind, for NO_COLOR."""

LABEL = "bold"
HEDGE = "bold underline reverse"


@dataclass(frozen=True)
class Link:
    """Something a detail pane refers to, which Enter can jump to.

    A link with ``claims`` leads to the claims list filtered to those claims.
    """

    label: str
    ref: Ref
    claims: tuple[str, ...] = ()


@dataclass
class Detail:
    """A detail pane's text and the links it offers."""

    text: Text
    links: list[Link]


_HINT = Style(italic=True, color="yellow", meta={"desk_hint": True})
"""A line for the analyst at the desk (which key does what), not part of the record."""


def desk_hint(text: Text, words: str) -> None:
    """Append ``words`` (a line ending in a newline) as a hint for the person at the desk;
    :func:`copied_text` leaves it out of what is copied for a colleague."""
    text.append(words, style=_HINT)


def copied_text(text: Text) -> str:
    """``text`` as plain text without its desk hints, each line's trailing spaces off."""
    plain = text.plain
    hints = sorted(
        (span.start, span.end)
        for span in text.spans
        if isinstance(span.style, Style) and span.style.meta.get("desk_hint")
    )
    kept, at = [], 0
    for start, end in hints:
        kept.append(plain[at:start])
        at = max(at, end)
    kept.append(plain[at:])
    return "\n".join(line.rstrip() for line in "".join(kept).strip().splitlines())


def format_date(value: str | None) -> str:
    """``2024-06`` as "June 2024", ``2024-06-19`` as "19 June 2024", a year as itself."""
    if not value:
        return ""
    shown = human_date(value)
    return shown if shown is not None else one_line(value)


def kind_badge(kind: ClaimKind) -> Text:
    """The claim kind as a coloured label that still reads without colour."""
    return Text(f" {kind.value.upper()} ", style=KIND_STYLE[kind.value])


KIND_MARKS: dict[str, str] = {
    "reported": "REP",
    "speculation": "SPEC",
    "opinion": "OPIN",
    "historical": "HIST",
    "forecast": "FCST",
    "background": "BKGR",
}
"""Four-cell kind marks for lists, where the statement needs the room; the detail pane
spells the kind out (a test keeps these in step with the model)."""


def kind_mark(kind: ClaimKind) -> Text:
    """The claim kind in at most four cells, coloured as its badge."""
    return Text(f"{KIND_MARKS[kind.value]:<4}", style=KIND_STYLE[kind.value])


STATUS_MARKS: dict[str, tuple[str, str]] = {
    "unverified": ("?", "dim"),
    "supported": ("✓", "bold green"),
    "disputed": ("!", "bold yellow"),
    "refuted": ("✗", "bold red"),
}
"""One-cell marks of where checking a claim stands, for lists: a reader judging claims
sees which are done without opening each (a test keeps these in step with the model)."""


def status_mark(status: ClaimStatus) -> Text:
    """The claim's status in one cell: a sign that reads without colour, and its colour."""
    mark, style = STATUS_MARKS[status.value]
    return Text(mark, style=style)


def field(text: Text, label: str, value: str | Text | None) -> None:
    """``Label: value`` on its own line; nothing when there is no value."""
    if value is None or value == "":
        return
    text.append(f"{label}: ", style=LABEL)
    text.append(value if isinstance(value, Text) else visible(value))
    text.append("\n")


def heading(text: Text, title: str) -> None:
    """A part of a detail: a blank line, then its title."""
    text.append(f"\n{title}\n", style="bold underline")


def highlight_hedges(excerpt: str, hedges: Iterable[str]) -> Text:
    """The excerpt with each hedge word (or each part of "würde ... vermutlich") marked."""
    text = Text(visible(excerpt))
    for hedge in hedges:
        for part in hedge.split("..."):
            part = part.strip()
            if not part:
                continue
            pattern = r"(?<!\w)" + re.escape(visible(part)) + r"(?!\w)"
            text.highlight_regex(re.compile(pattern, re.IGNORECASE), style=HEDGE)
    return text


def actor_link(index: BriefingIndex, actor_id: str, role: str = "Actor") -> Link:
    return Link(f"{role}: {one_line(index.actor_name(actor_id))}", Ref("actors", actor_id))


def source_link(index: BriefingIndex, source_id: str, role: str = "Source") -> Link:
    return Link(f"{role}: {one_line(index.source_name(source_id))}", Ref("sources", source_id))


def claim_link(claim: Claim) -> Link:
    return Link(f"Claim {claim.id}: {one_line(claim.statement)[:70]}", Ref("claims", claim.id))
