"""The sourcing profile as the app shows it: a few lines of figures, each a way in.

Every figure becomes a link that filters the claims list to the claims behind it, so
"hedged: 13" leads straight to those 13 claims.
"""

from __future__ import annotations

from rich.text import Text

from tui.links import Ref
from tui.profile import SourcingProfile, Tally
from tui.ui.render import Link, one_line
from tui.words import count

__all__ = ["profile_section"]

BASIS_WORDS = {
    "named-person": "a named person",
    "named-outlet": "a named outlet",
    "named-organisation": "a named organisation",
    "unnamed": "unnamed sources",
    "article-alone": "the article alone",
}


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
    text.append(f"{profile.hedged.count} of {count(total, 'claim')} ({share} %)")
    cues = [f"{c.category} {c.count}" for c in profile.cues.values() if c.count]
    if cues:
        text.append(" · cues: " + ", ".join(cues))
    text.append("\nKinds: ", style="bold")
    text.append(", ".join(f"{t.count} {kind}" for kind, t in profile.by_kind.items() if t.count))
    text.append("\nOn whose word: ", style="bold")
    text.append(
        ", ".join(
            f"{BASIS_WORDS.get(basis, basis)} {word.tally.count}"
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
