"""A filtered view of a briefing, for exporting what the reader is looking at.

The app's claim filter (only hedged claims, only speculation, one actor's claims...) picks
claims; an export of that view holds those claims and says so in its heading. The rest of
the briefing (actors, quotes, relations, sources, timeline) stays, since it is the
context the claims are read in; references to claims left out are dropped from it, and
an analyst note about left-out claims only is left out too, so every reference in the
export resolves and the sourcing profile counts the claims shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tui.model import Briefing

__all__ = ["Selection", "select"]


@dataclass(frozen=True)
class Selection:
    """Which claims to export, and how to say which in the export's heading.

    ``claims`` are claim ids (any order; the export keeps article order); ``description``
    is the filter in words, as the app shows it (``only hedged claims``).
    """

    claims: frozenset[str]
    description: str

    @classmethod
    def of(cls, claims: Iterable[str], description: str) -> Selection:
        """A selection of ``claims`` described as ``description``."""
        return cls(frozenset(claims), description)


def select(briefing: Briefing, selection: Selection) -> Briefing:
    """``briefing`` with only the selected claims, and no reference to the others.

    Raises :class:`tui.export.ExportError` for a claim id the briefing does not hold (a
    selection made before the file changed), rather than export another view than the
    one asked for.
    """
    known = {claim.id for claim in briefing.claims}
    unknown = sorted(selection.claims - known)
    if unknown:
        from tui.export import ExportError

        raise ExportError(
            "the filtered view names claims the briefing no longer holds: " + ", ".join(unknown)
        )
    keep = selection.claims

    def kept(ids: list[str]) -> list[str]:
        return [claim_id for claim_id in ids if claim_id in keep]

    return briefing.model_copy(
        update={
            "claims": [claim for claim in briefing.claims if claim.id in keep],
            "quotes": [q.model_copy(update={"claims": kept(q.claims)}) for q in briefing.quotes],
            "relations": [
                r.model_copy(update={"claims": kept(r.claims)}) for r in briefing.relations
            ],
            "timeline": [
                t.model_copy(update={"claims": kept(t.claims)}) for t in briefing.timeline
            ],
            "notes": [
                n.model_copy(update={"claims": kept(n.claims)})
                for n in briefing.notes
                if not n.claims or kept(n.claims)
            ],
        }
    )
