"""A briefing as plain text: for terminals without the app, pipes, and quick looks."""

from __future__ import annotations

import textwrap

from tui.model import Briefing, Claim
from tui.profile import sourcing_profile
from tui.text import title_rule, visible
from tui.words import count, credibility_text

__all__ = ["plain_summary"]


def _wrap(text: str, width: int, indent: str = "", hang: str | None = None) -> list[str]:
    """``text`` wrapped to ``width`` columns at spaces: a hyphenated word
    ("short-sighted") stays whole on its line, split only when it is wider than a line."""
    return textwrap.wrap(
        visible(text, keep_newlines=False),
        width=max(width, 20),
        initial_indent=indent,
        subsequent_indent=indent if hang is None else hang,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def _judgement(claim: Claim) -> str:
    """The analyst's verdict on ``claim`` as one line ("" while nothing is judged): the
    status once it is more than unverified, the likelihood and the credibility."""
    parts: list[str] = []
    if claim.status.value != "unverified":
        parts.append(claim.status.value)
    if claim.likelihood is not None:
        parts.append(f"likelihood {claim.likelihood.value}")
    if claim.credibility is not None:
        parts.append(f"credibility {credibility_text(claim.credibility)}")
    return "; ".join(parts)


def plain_summary(briefing: Briefing, *, width: int = 80) -> str:
    """Title, summary, counts, actors and claims, wrapped to ``width`` columns."""
    lines: list[str] = []
    title = visible(briefing.title, keep_newlines=False)
    lines += [title, title_rule(title, width)]
    facts = [f"id: {briefing.id}"]
    if briefing.published:
        facts.append(f"published: {briefing.published}")
    if briefing.language:
        facts.append(f"language: {briefing.language}")
    if briefing.article:
        article = next((s for s in briefing.sources if s.id == briefing.article), None)
        if article is not None and (article.outlet or article.title):
            facts.append(f"article: {visible(article.outlet or article.title or '')}")
    lines += _wrap(" | ".join(facts), width)
    if briefing.summary:
        lines += ["", *_wrap(briefing.summary, width)]

    profile = sourcing_profile(briefing)  # the figures every view and export shows
    hedged = profile.hedged.count
    by_kind = ", ".join(f"{t.count:,} {kind}" for kind, t in profile.by_kind.items() if t.count)
    verdicts = [(status, t.count) for status, t in profile.by_status.items()]
    lines.append("")
    lines += _wrap(
        f"{count(len(briefing.actors), 'actor')}, {count(len(briefing.claims), 'claim')}"
        f" ({hedged:,} hedged), {count(len(briefing.quotes), 'quote')},"
        f" {count(len(briefing.relations), 'relation')},"
        f" {count(len(briefing.sources), 'source')},"
        f" {count(len(briefing.timeline), 'timeline entry')},"
        f" {count(len(briefing.notes), 'analyst note')}",
        width,
    )
    drafts = profile.drafts
    if drafts:
        lines += _wrap(f"Unreviewed draft: {count(drafts, 'item')} still marked Draft:", width)
    if by_kind:
        lines += _wrap(f"Claims by kind: {by_kind}", width)
        lines += _wrap("Verdicts: " + ", ".join(f"{n:,} {status}" for status, n in verdicts), width)

    if briefing.actors:
        lines += ["", "Actors", "------"]
        for actor in briefing.actors:
            detail = actor.kind.value + (f", {actor.role}" if actor.role else "")
            lines += _wrap(f"{actor.name} ({detail})", width, "  ", "    ")

    if briefing.claims:
        lines += ["", "Claims", "------"]
        for claim in briefing.claims:
            head = f"{claim.id} [{claim.kind.value}] {claim.statement}"
            lines += _wrap(head, width, "  ", " " * (len(claim.id) + 3))
            if claim.hedges:
                lines += _wrap("hedged by: " + ", ".join(claim.hedges), width, "      ")
            if judged := _judgement(claim):
                lines += _wrap("judged: " + judged, width, "      ")
    return "\n".join(lines) + "\n"
