"""Briefing records as Rich ``Text`` for the app's detail panes and lists.

Everything a briefing holds is appended to ``Text`` objects as plain strings (never parsed
as markup) after :func:`tui.text.visible` has made control characters visible, so a
title like ``[bold]x[/]`` shows its brackets and an ESC byte cannot reach the terminal.
Each detail also returns the links it shows, so the screen can offer them for jumping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text

from tui.dates import human_date
from tui.links import BriefingIndex, Ref
from tui.text import one_line, visible
from tui.words import count, credibility_text, likelihood_text, reliability_text

if TYPE_CHECKING:  # shown before the model is imported, so only for type checking
    from tui.model import (
        Actor,
        Briefing,
        Claim,
        ClaimKind,
        Figure,
        Quote,
        Relation,
        Source,
        TimelineEntry,
    )

__all__ = [
    "KIND_STYLE",
    "Detail",
    "Link",
    "actor_detail",
    "claim_detail",
    "format_date",
    "kind_badge",
    "kind_mark",
    "one_line",
    "quote_detail",
    "relation_sentence",
    "source_detail",
    "summary_detail",
    "timeline_label",
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


def _field(text: Text, label: str, value: str | Text | None) -> None:
    if value is None or value == "":
        return
    text.append(f"{label}: ", style=LABEL)
    text.append(value if isinstance(value, Text) else visible(value))
    text.append("\n")


def _section(text: Text, title: str) -> None:
    text.append(f"\n{title}\n", style="bold underline")


def figure_text(figure: Figure) -> str:
    """A figure as a phrase: "about 10,000-30,000 soldiers (derived: ...)"."""

    def number(value: float | None) -> str:
        if value is None:
            return "?"
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"

    amount = (
        number(figure.value)
        if figure.value is not None
        else f"{number(figure.low)}-{number(figure.high)}"
    )
    phrase = f"{'about ' if figure.approximate else ''}{amount} {one_line(figure.unit)}"
    if figure.derived:
        phrase += " (derived" + (f": {one_line(figure.basis)}" if figure.basis else "") + ")"
    return phrase


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


def _actor_link(index: BriefingIndex, actor_id: str, role: str = "Actor") -> Link:
    return Link(f"{role}: {one_line(index.actor_name(actor_id))}", Ref("actors", actor_id))


def _source_link(index: BriefingIndex, source_id: str, role: str = "Source") -> Link:
    return Link(f"{role}: {one_line(index.source_name(source_id))}", Ref("sources", source_id))


def _claim_link(claim: Claim) -> Link:
    return Link(f"Claim {claim.id}: {one_line(claim.statement)[:70]}", Ref("claims", claim.id))


def summary_detail(briefing: Briefing, index: BriefingIndex, profile: Text | None = None) -> Detail:
    """Top of the briefing: title, facts, the bottom line, ``profile``, the analyst notes."""
    text = Text()
    text.append(visible(briefing.title) + "\n", style="bold")
    facts = [format_date(briefing.published), briefing.language or ""]
    links: list[Link] = []
    if briefing.article:
        links.append(_source_link(index, briefing.article, "Article"))
        facts.append(one_line(index.source_name(briefing.article)))
    text.append(" · ".join(f for f in facts if f) + "\n", style="dim")
    if briefing.summary:
        _section(text, "Bottom line")
        text.append(visible(briefing.summary.strip()) + "\n")
    hedged = sum(1 for claim in briefing.claims if claim.hedges)
    _section(text, "At a glance")
    text.append(
        f"{count(len(briefing.actors), 'actor')} · {count(len(briefing.claims), 'claim')}"
        f" ({hedged} hedged) · {count(len(briefing.quotes), 'quote')} ·"
        f" {count(len(briefing.sources), 'source')} ·"
        f" {count(len(briefing.relations), 'relation')} · {count(len(briefing.timeline), 'date')}\n"
    )
    if profile is not None:
        text.append_text(profile)
    if briefing.notes:
        _section(text, "Analyst notes")
        for note in briefing.notes:
            text.append(f"[{note.kind.value}] ", style="bold")
            text.append(visible(note.text.strip()) + "\n")
            for claim_id in note.claims:
                links.append(Link(f"Claim {claim_id} (note {note.id})", Ref("claims", claim_id)))
    return Detail(text, links)


def claim_detail(claim: Claim, index: BriefingIndex) -> Detail:
    """Statement, kind badge, the excerpt with its hedges marked, and the judgement."""
    text = Text()
    text.append_text(kind_badge(claim.kind))
    text.append(f" {claim.id}", style="dim")
    text.append(f"  {claim.status.value}\n\n", style="italic")
    text.append(visible(claim.statement.strip()) + "\n", style="bold")
    if claim.excerpt is not None:
        _section(
            text, "In the article" + (f" (paragraph {claim.paragraph})" if claim.paragraph else "")
        )
        text.append("“")
        text.append_text(highlight_hedges(claim.excerpt.exact, claim.hedges))
        text.append("”\n")
    elif claim.paragraph:
        _field(text, "Paragraph", str(claim.paragraph))
    _section(text, "Judgement")
    _field(text, "Hedges", ", ".join(claim.hedges) if claim.hedges else "none (stated flatly)")
    _field(text, "On whose word", index.actor_name(claim.attributed_to))
    if claim.likelihood is not None:
        _field(text, "Likelihood", likelihood_text(claim.likelihood.value))
    if claim.confidence is not None:
        _field(text, "Confidence", claim.confidence.value)
    if claim.credibility is not None:
        _field(text, "Credibility", credibility_text(claim.credibility))
    _field(text, "Status", claim.status.value)
    if claim.figures:
        _section(text, "Figures")
        for figure in claim.figures:
            text.append("• " + figure_text(figure) + "\n")
    if claim.note:
        _section(text, "Analyst note")
        text.append(visible(claim.note.strip()) + "\n")
    for note in index.notes_for_claim(claim.id):
        text.append(f"[{note.kind.value}] ", style="bold")
        text.append(visible(note.text.strip()) + "\n")
    links = [_actor_link(index, a) for a in claim.actors]
    if claim.attributed_to and claim.attributed_to not in claim.actors:
        links.insert(0, _actor_link(index, claim.attributed_to, "Attributed to"))
    links += [_source_link(index, s) for s in claim.sources]
    links += [
        Link(f"Quote {q.id}: {one_line(q.text)[:60]}", Ref("quotes", q.id))
        for q in index.quotes_for_claim(claim.id)
    ]
    return Detail(text, links)


def actor_detail(actor: Actor, index: BriefingIndex) -> Detail:
    """Who the actor is, the names the article uses, and everything that involves them."""
    text = Text()
    text.append(visible(actor.name) + "\n", style="bold")
    kind = actor.kind.value + (" · unnamed" if actor.anonymous else "")
    text.append(kind + "\n", style="italic")
    _field(text, "Role", actor.role)
    if actor.affiliation:
        _field(text, "Affiliation", index.actor_name(actor.affiliation))
    _field(text, "About", actor.description)
    if actor.aliases:
        _section(text, "Also called")
        for alias in actor.aliases:
            text.append("• " + visible(alias.name))
            if alias.loaded:
                text.append("  loaded label (the outlet's wording)", style="bold")
            if alias.paragraph:
                text.append(f"  ¶{alias.paragraph}", style="dim")
            text.append("\n")
            if alias.note:
                text.append("  " + visible(alias.note.strip()) + "\n", style="dim")
    if actor.note:
        _section(text, "Analyst note")
        text.append(visible(actor.note.strip()) + "\n")
    involvement = index.involving(actor.id)
    _section(text, "Involved in")
    text.append(
        f"{count(len(involvement.claims), 'claim')} · {count(len(involvement.quotes), 'quote')} ·"
        f" {count(len(involvement.relations), 'relation')} ·"
        f" {count(len(involvement.timeline), 'date')}\n"
    )
    links: list[Link] = []
    if actor.affiliation:
        links.append(_actor_link(index, actor.affiliation, "Affiliation"))
    links += [_claim_link(c) for c in involvement.claims]
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


def quote_detail(quote: Quote, index: BriefingIndex, *, side_by_side: bool, show: str) -> Detail:
    """Original and translation: together when ``side_by_side``, else the one in ``show``."""
    text = Text()
    text.append(visible(index.actor_name(quote.speaker)) + "\n", style="bold")
    speaker = index.actors.get(quote.speaker)
    role = quote.role or (speaker.role if speaker else None)
    _field(text, "Role", role)
    if quote.outlet:
        _field(text, "Outlet", index.source_name(quote.outlet))
    where = f"{quote.kind.value} quote" + (
        f", paragraph {quote.paragraph}" if quote.paragraph else ""
    )
    text.append(where + "\n", style="italic")
    original = f"Original ({quote.language})" if quote.language else "Original"
    if side_by_side or show == "original":
        _section(text, original)
        text.append("„" + visible(quote.text.strip()) + "“\n")
    if (side_by_side or show == "translation") and quote.translation:
        _section(text, "Translation")
        text.append("“" + visible(quote.translation.strip()) + "”\n")
    elif show == "translation" and not quote.translation:
        text.append("\n(no translation recorded)\n", style="dim")
    if quote.note:
        _section(text, "Analyst note")
        text.append(visible(quote.note.strip()) + "\n")
    links = [_actor_link(index, quote.speaker, "Speaker")]
    if quote.outlet:
        links.append(_source_link(index, quote.outlet, "Outlet"))
    links += [_actor_link(index, a, "About") for a in quote.about]
    links += [Link(f"Claim {c}", Ref("claims", c)) for c in quote.claims]
    return Detail(text, links)


def source_detail(source: Source, index: BriefingIndex) -> Detail:
    """What the source is, how it is graded, and what in the briefing cites it."""
    text = Text()
    text.append(visible(source.title or source.outlet or source.id) + "\n", style="bold")
    _field(text, "Outlet", source.outlet)
    _field(text, "Author", source.author)
    _field(text, "Kind", source.kind.value)
    _field(text, "Published", format_date(source.published))
    _field(text, "Language", source.language)
    _field(text, "Link", source.url or "none recorded (known only by name)")
    if source.reliability is not None:
        _field(text, "Reliability", reliability_text(source.reliability.value))
    if source.cited_in:
        _field(text, "Known through", index.source_name(source.cited_in))
    if source.added_context:
        text.append("Added context: the article does not cite it.\n", style="italic")
    _field(text, "About", source.description)
    if source.note:
        _section(text, "Analyst note")
        text.append(visible(source.note.strip()) + "\n")
    citing = index.citing(source.id)
    _section(text, "Cited by")
    text.append(f"{count(len(citing.claims), 'claim')} · {count(len(citing.quotes), 'quote')}\n")
    links: list[Link] = []
    if source.cited_in:
        links.append(_source_link(index, source.cited_in, "Known through"))
    links += [_claim_link(c) for c in citing.claims]
    links += [Link(f"Quote {q.id}", Ref("quotes", q.id)) for q in citing.quotes]
    return Detail(text, links)


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
    text = Text()
    text.append(relation_sentence(relation, index) + "\n", style="bold")
    _field(text, "Kind", relation.kind.value)
    if relation.added_context:
        text.append("Added context: the article does not say it.\n", style="italic")
    if relation.note:
        _section(text, "Analyst note")
        text.append(visible(relation.note.strip()) + "\n")
    links = [
        _actor_link(index, relation.from_, "From"),
        _actor_link(index, relation.to, "To"),
    ]
    links += [Link(f"Claim {c}", Ref("claims", c)) for c in relation.claims]
    links += [_source_link(index, s) for s in relation.sources]
    return Detail(text, links)


def timeline_label(entry: TimelineEntry) -> str:
    label = f"{format_date(entry.date)}: {entry.label}"
    if entry.added_context:
        label += " (added context)"
    return one_line(label)


def timeline_detail(entry: TimelineEntry, index: BriefingIndex) -> Detail:
    text = Text()
    text.append(format_date(entry.date) + "\n", style="bold")
    text.append(visible(entry.label) + "\n")
    if entry.added_context:
        text.append("Added context: the article does not give this date.\n", style="italic")
    if entry.note:
        _section(text, "Analyst note")
        text.append(visible(entry.note.strip()) + "\n")
    links = [_actor_link(index, a) for a in entry.actors]
    links += [Link(f"Claim {c}", Ref("claims", c)) for c in entry.claims]
    links += [_source_link(index, s) for s in entry.sources]
    return Detail(text, links)
