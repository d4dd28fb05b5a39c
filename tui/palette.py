"""Command palette search over the open briefing: any actor, claim, quote or source."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from tui.links import Ref
from tui.render import one_line

__all__ = ["BriefingSearch"]


class BriefingSearch(Provider):
    """Fuzzy-finds records of the briefing on screen; choosing one jumps to it."""

    def _candidates(self) -> Iterator[tuple[str, Ref]]:
        from tui.screens.briefing import BriefingScreen

        screen = self.screen
        if not isinstance(screen, BriefingScreen) or screen.index is None:
            return
        briefing = screen.index.briefing
        for actor in briefing.actors:
            names = " / ".join(one_line(a.name) for a in actor.aliases[:3])
            yield (
                f"Actor: {one_line(actor.name)}" + (f" ({names})" if names else ""),
                Ref("actors", actor.id),
            )
        for claim in briefing.claims:
            yield f"Claim {claim.id}: {one_line(claim.statement)[:100]}", Ref("claims", claim.id)
        for quote in briefing.quotes:
            speaker = one_line(screen.index.actor_name(quote.speaker))
            yield (
                f"Quote {quote.id} ({speaker}): {one_line(quote.text)[:90]}",
                Ref("quotes", quote.id),
            )
        for source in briefing.sources:
            title = one_line(source.title or source.outlet or source.id)[:100]
            yield f"Source: {title}", Ref("sources", source.id)

    def _jump(self, ref: Ref) -> None:
        from tui.screens.briefing import BriefingScreen

        screen = self.screen
        if isinstance(screen, BriefingScreen):
            screen.jump(ref)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, ref in self._candidates():
            score = matcher.match(text)
            if score > 0:
                # The text is data: escape it so highlighting never reads it as markup.
                yield Hit(
                    score, matcher.highlight(escape(text)), partial(self._jump, ref), text=text
                )

    async def discover(self) -> Hits:
        for text, ref in list(self._candidates())[:50]:
            yield DiscoveryHit(escape(text), partial(self._jump, ref), text=text)
