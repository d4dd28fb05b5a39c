"""The overview: the briefing's title, the bottom line, the sourcing profile and the
analyst notes, in one pane; the view drawn first when a briefing opens.

Every figure of the profile is a link that filters the claims list to the claims behind
it, so "hedged: 13" leads straight to those 13 claims. The figures come from
:func:`tui.profile.sourcing_profile`, as in every export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text

from tui.drafts import DRAFT_MARK, DRAFT_ORIGIN, draft_count, split_advice
from tui.links import BriefingIndex, Ref, Section
from tui.text import one_line, shown_path, visible
from tui.ui.render import Detail, Link, desk_hint, format_date, heading, source_link
from tui.ui.sections.base import SectionView, Shown
from tui.words import BASIS_WORDS, count, source_title

if TYPE_CHECKING:
    from pathlib import Path

    from tui.model import Briefing
    from tui.profile import SourcingProfile, Tally

__all__ = ["OverviewView", "draft_count", "profile_section", "summary_detail"]


class OverviewView(SectionView):
    """The bottom line and the profile; a file that did not load shows its problems here."""

    SECTION: ClassVar[Section] = "overview"
    TITLE: ClassVar[str] = "Overview"

    def fill(self, shown: Shown) -> None:
        super().fill(shown)
        self.show("")

    def detail(self, key: str) -> Detail | None:
        if self.shown is None:
            return None
        index = self.shown.index
        if self.shown.profile is None:
            from tui.profile import sourcing_profile

            self.shown.profile = sourcing_profile(index.briefing)
        text, links = profile_section(self.shown.profile)
        detail = summary_detail(index.briefing, index, text, review_key=True)
        return Detail(detail.text, [*links, *detail.links])

    def selected_url(self) -> str | None:
        """The article's link."""
        if self.shown is None:
            return None
        index = self.shown.index
        article = index.sources.get(index.briefing.article or "")
        return article.url if article else None

    def fetched_changed(self, source_ids: object) -> None:
        self.show("")

    def show_reading(self, path: Path) -> None:
        """Before the file is read: which file, and that it is being read (a still line,
        not an animation, whose frames would take time from reading the file)."""
        self.pane.show(Text(f"Reading {shown_path(path.name)}…", style="italic"), [])

    def show_problems(self, path: Path, problems: list[str]) -> None:
        """A file that never loaded: its problems stay on screen with the way out, instead
        of a blank overview once the dialog is closed."""
        text = Text(f"{shown_path(path.name)} could not be loaded\n\n", style="bold")
        for problem in problems:
            text.append("• " + one_line(problem) + "\n")
        text.append(
            "\nFix the file in your editor (F4 opens it at the problem), then press r to read"
            " it again",
            style="italic",
        )
        text.append(f" (the file: {shown_path(path)}).", style="italic")
        self.pane.show(text, [])


def summary_detail(
    briefing: Briefing,
    index: BriefingIndex,
    profile: Text | None = None,
    *,
    review_key: bool = False,
) -> Detail:
    """Top of the briefing: an unreviewed draft's notice (naming ``v`` when
    ``review_key``: the overview's key), title, facts, the bottom line, ``profile``, the
    analyst notes. Brief me shows it too, so a draft never reads as finished analysis."""
    text = Text()
    drafts = draft_count(briefing)
    if drafts:
        text.append(f"Draft: {count(drafts, 'item')} still to review", style="bold reverse")
        if review_key:  # a key for the desk, left out of what is copied
            desk_hint(text, "  press v to review them one by one\n\n")
        else:
            text.append(f"  {DRAFT_ORIGIN}\n\n", style="italic")
    text.append(visible(briefing.title) + "\n", style="bold")
    facts = [format_date(briefing.published), briefing.language or ""]
    links: list[Link] = []
    if briefing.article:
        links.append(source_link(index, briefing.article, "Article"))
        source = index.sources.get(briefing.article)
        # a source with no outlet or title (a draft's article file) is named as the exports
        # name it, by its description, not by its bare id ("article")
        if source is not None and not (source.outlet or source.title):
            facts.append(one_line(source_title(source)))
        else:
            facts.append(one_line(index.source_name(briefing.article)))
    text.append(" · ".join(f for f in facts if f) + "\n", style="dim")
    if briefing.summary:
        heading(text, "Bottom line")
        text.append(visible(briefing.summary.strip()) + "\n")
    hedged = sum(1 for claim in briefing.claims if claim.hedged)
    heading(text, "At a glance")
    text.append(
        f"{count(len(briefing.actors), 'actor')} · {count(len(briefing.claims), 'claim')}"
        f" ({hedged:,} hedged) · {count(len(briefing.quotes), 'quote')} ·"
        f" {count(len(briefing.sources), 'source')} ·"
        f" {count(len(briefing.relations), 'relation')} · {count(len(briefing.timeline), 'date')}\n"
    )
    if profile is not None:
        text.append_text(profile)
    # the drafter's advice is shown apart from the analyst's notes, as the profile and
    # every export count it: a draft's general note is no analyst note of kind "other"
    split = [
        (note, *(split_advice(note.text) if note.text.startswith(DRAFT_MARK) else ("", note.text)))
        for note in briefing.notes
    ]
    if any(own for _, _, own in split):
        heading(text, "Analyst notes")
        for note, _, own in split:
            if not own:
                continue
            text.append(f"[{note.kind.value}] ", style="bold")
            text.append(visible(own.strip()) + "\n")
            for claim_id in note.claims:
                links.append(Link(f"Claim {claim_id} (note {note.id})", Ref("claims", claim_id)))
    if any(advice for _, advice, _ in split):
        heading(text, "Draft advice (briefing new)")
        for _, advice, _ in split:
            if advice:
                text.append(visible(advice[len(DRAFT_MARK) :].strip()) + "\n", style="italic")
    return Detail(text, links)


def _claims_link(label: str, tally: Tally) -> Link | None:
    if not tally.claims:
        return None
    return Link(f"{label}: {tally.count}", Ref("claims"), claims=tuple(tally.claims))


def profile_section(profile: SourcingProfile) -> tuple[Text, list[Link]]:
    """The profile as text, and a link per figure that has claims behind it."""
    text = Text()
    text.append("\nWhat it rests on\n", style="bold underline")
    total = profile.claims.count
    share = round(profile.hedged_share * 100)
    text.append("Hedged: ", style="bold")
    text.append(f"{profile.hedged.count:,} of {count(total, 'claim')} ({share} %)")
    cues = [f"{c.category} {c.count:,}" for c in profile.cues.values() if c.count]
    if cues:
        text.append(" · cues: " + ", ".join(cues))
    text.append("\nKinds: ", style="bold")
    text.append(", ".join(f"{t.count:,} {kind}" for kind, t in profile.by_kind.items() if t.count))
    text.append("\nVerdicts: ", style="bold")
    text.append(", ".join(f"{t.count:,} {status}" for status, t in profile.by_status.items()))
    text.append("\nOn whose word: ", style="bold")
    text.append(
        ", ".join(
            f"{BASIS_WORDS.get(basis, basis)} {word.tally.count:,}"
            for basis, word in profile.word.items()
            if word.tally.count
        )
    )
    second = [chain for chain in profile.chains if chain.depth > 0]
    text.append("\nSecond-hand: ", style="bold")
    text.append(
        f"{count(len(second), 'claim')}"
        + (
            f" (up to {count(max(c.depth for c in second), 'link')} from the article)"
            if second
            else ""
        )
    )
    for chain in second[:5]:
        path = chain.path(one_line)
        text.append(f"\n  {chain.claim}: {path}", style="dim")
    text.append("\nSources: ", style="bold")
    text.append(
        f"{count(profile.unsourced.count, 'claim')} with no source ·"
        f" {profile.sources_with_url.count} with a link, {profile.sources_without_url.count}"
        " without"
    )
    text.append("\nExperts: ", style="bold")
    text.append(
        f"{profile.experts_named.count} named, {profile.experts_unnamed.count} unnamed ·"
        f" quotes {profile.quotes_direct.count} direct, {profile.quotes_indirect.count} indirect"
    )
    text.append("\nFigures: ", style="bold")
    text.append(f"{profile.figures_stated.count} stated, {profile.figures_derived.count} derived")
    for figure in profile.figures:
        if figure.derived:
            text.append(f"\n  {figure.claim}: {one_line(figure.text)}", style="dim")
    if profile.loaded_labels:
        text.append("\nLoaded labels: ", style="bold")
        text.append(
            ", ".join(
                f"„{one_line(label.label)}“ for {one_line(label.actor_name)}"
                for label in profile.loaded_labels
            )
        )
    if profile.checks is not None:
        text.append("\nQuote checks: ", style="bold")
        text.append(
            ", ".join(f"{t.count} {result}" for result, t in profile.checks.results.items())
        )
    text.append("\n")

    links = [
        _claims_link("Hedged claims", profile.hedged),
        *(_claims_link(f"{kind.capitalize()} claims", t) for kind, t in profile.by_kind.items()),
        *(
            _claims_link(f"{status.capitalize()} claims", t)
            for status, t in profile.by_status.items()
        ),
        *(
            _claims_link(f"Claims resting on {BASIS_WORDS.get(basis, basis)}", word.tally)
            for basis, word in profile.word.items()
        ),
        *(
            _claims_link(f"Claims {count(depth, 'link')} from the article", tally)
            for depth, tally in profile.depths.items()
            if depth > 0
        ),
        _claims_link("Claims with no source", profile.unsourced),
    ]
    if profile.checks is not None:
        links += [
            _claims_link(f"Quote check {result}", tally)
            for result, tally in profile.checks.results.items()
        ]
    return text, [link for link in links if link is not None]
