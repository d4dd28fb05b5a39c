"""Command palette search over the open briefing: any actor, claim, quote or source.

Each record is searched with everything a reader might remember of it (a quote's
translation, a claim's excerpt and note, a source's fetched title and description, an
actor's aliases and role), ranked by :func:`tui.textsearch.rank`: whole words first,
then word starts, then fragments, so "richter" finds Wolfgang Richter, not every claim
with an r, i, c, h, t, e and r in it. Labels are cut at a word, never inside one.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tui.links import Ref
from tui.text import one_line
from tui.textsearch import cut_at_word, rank

__all__ = ["BriefingSearch"]

LABEL_LENGTH = 100


class BriefingSearch(Provider):
    """Finds records of the briefing on screen; choosing one jumps to it."""

    def _candidates(self) -> Iterator[tuple[str, str, Ref]]:
        """(label, the rest of the record's searchable text, where it is)."""
        from tui.ui.screens.briefing import BriefingScreen

        screen = self.screen
        if not isinstance(screen, BriefingScreen) or screen.index is None:
            return
        index = screen.index
        briefing = index.briefing
        for actor in briefing.actors:
            names = " / ".join(one_line(a.name) for a in actor.aliases[:3])
            label = f"Actor: {one_line(actor.name)}" + (f" ({names})" if names else "")
            body = " ".join([*(a.name for a in actor.aliases), actor.role or ""])
            yield cut_at_word(label, LABEL_LENGTH), body, Ref("actors", actor.id)
        for claim in briefing.claims:
            label = f"Claim {claim.id}: {one_line(claim.statement)}"
            excerpt = claim.excerpt.exact if claim.excerpt is not None else ""
            body = " ".join([claim.statement, excerpt, claim.note or ""])
            yield cut_at_word(label, LABEL_LENGTH), body, Ref("claims", claim.id)
        for quote in briefing.quotes:
            speaker = one_line(index.actor_name(quote.speaker))
            label = f"Quote {quote.id} ({speaker}): {one_line(quote.text)}"
            body = " ".join([quote.text, quote.translation or ""])
            yield cut_at_word(label, LABEL_LENGTH), body, Ref("quotes", quote.id)
        for source in briefing.sources:
            label = f"Source: {one_line(source.title or source.outlet or source.id)}"
            fetched = screen.fetched.get(source.id)
            body = " ".join(
                [
                    source.outlet or "",
                    source.note or "",
                    source.url or "",
                    (fetched.title or "") if fetched else "",
                    (fetched.description or "") if fetched else "",
                ]
            )
            yield cut_at_word(label, LABEL_LENGTH), body, Ref("sources", source.id)

    def _jump(self, ref: Ref) -> None:
        from tui.ui.screens.briefing import BriefingScreen

        screen = self.screen
        if isinstance(screen, BriefingScreen):
            screen.hold_letters()  # the search's Enter: letters typed on are not edits
            screen.jump(ref)

    async def search(self, query: str) -> Hits:
        for label, body, ref in self._candidates():
            found = rank(query, label, body)
            if found is None:
                continue
            shown = Content(label)  # data, never markup
            for start, end in found.spans:
                shown = shown.stylize("bold underline", start, end)
            yield Hit(found.score, shown, partial(self._jump, ref), text=label)

    async def discover(self) -> Hits:
        for label, _body, ref in list(self._candidates())[:50]:
            yield DiscoveryHit(Content(label), partial(self._jump, ref), text=label)
