"""What the drafting pattern tests ask of a draft: made from a short text, a claim by the
start of its statement, actors' kinds, the name a claim is attributed to."""

from __future__ import annotations

from tui.draft.build import draft_briefing
from tui.draft.source import ArticleText
from tui.model import Briefing, Claim


def draft(text: str, language: str = "auto") -> Briefing:
    return draft_briefing(ArticleText(text=text, origin="t.txt"), language=language)


def claim_starting(briefing: Briefing, start: str) -> Claim:
    return next(c for c in briefing.claims if c.statement.startswith(start))


def actor_kinds(briefing: Briefing) -> dict[str, str]:
    """Each actor's name and kind."""
    return {a.name: a.kind.value for a in briefing.actors}


def source_name(briefing: Briefing, claim: Claim) -> str | None:
    """The name of the actor ``claim`` is attributed to."""
    return {a.id: a.name for a in briefing.actors}.get(claim.attributed_to or "")


Reading = tuple[float | tuple[float, float], str]


def read_figures(sentence: str, language: str) -> list[Reading]:
    """Each figure of ``sentence`` as its value (or low and high) and its unit."""
    from tui.draft.figures import find_figures

    readings: list[Reading] = []
    for figure in find_figures(sentence, language):
        if figure.value is not None:
            readings.append((figure.value, figure.unit))
        else:
            assert figure.low is not None and figure.high is not None
            readings.append(((figure.low, figure.high), figure.unit))
    return readings
