"""A quote and the claim it backs that name different people: one of them is wrong.

The drafter guesses a quote's speaker and the claim's ``attributed_to`` from the same
place, so its mistakes come in pairs; a reviewer who fixes one of the pair (the claim,
say) would publish the other. One function finds every such pair, for ``briefing
validate`` (a warning), the claim's and the quote's detail panes, the form that changes
a claim's ``attributed_to`` (which offers to change the quote too) and the form that
changes a quote's speaker (which offers to change the claims too). Pure: no IO, no UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.text import one_line

if TYPE_CHECKING:
    from tui.model import Briefing

__all__ = ["SpeakerMismatch", "speaker_mismatches"]


@dataclass(frozen=True)
class SpeakerMismatch:
    """Quote ``quote`` (at ``quote_index`` in ``quotes``) backs claim ``claim`` (its
    ``claims:`` names it), but its speaker is not the claim's ``attributed_to``."""

    quote: str
    quote_index: int
    claim: str
    speaker: str
    attributed_to: str
    speaker_name: str
    attributed_name: str

    def warning(self) -> str:
        """The disagreement as a detail pane's warning line: "⚠ Quote q04 backs …"."""
        sentence = self.sentence()
        return f"⚠ {sentence[:1].upper()}{sentence[1:]}"

    def sentence(self) -> str:
        """The disagreement in words, names first and ids after them (plain text: the
        names are data, made one safe line here)."""
        speaker = _named(self.speaker_name, self.speaker)
        attributed = _named(self.attributed_name, self.attributed_to)
        return (
            f"quote {one_line(self.quote)} backs claim {one_line(self.claim)}, but its speaker"
            f" is {speaker} while the claim is attributed to {attributed}; one of the two is"
            " likely wrong"
        )


def _named(name: str, ident: str) -> str:
    """ "Mira Holt (mira-holt)", or the id alone when the name is the id."""
    return one_line(ident) if name == ident else f"{one_line(name)} ({one_line(ident)})"


def speaker_mismatches(
    briefing: Briefing, claim: str | None = None, *, quote: str | None = None
) -> list[SpeakerMismatch]:
    """Every quote whose speaker differs from the ``attributed_to`` of a claim it backs,
    in the quotes' order (only those backing ``claim``, or only the quote ``quote``, when
    given). A claim that rests on the article alone (no ``attributed_to``) disagrees with
    no one."""
    names = {actor.id: actor.name for actor in briefing.actors}
    claims = {c.id: c for c in briefing.claims}
    found: list[SpeakerMismatch] = []
    for position, record_quote in enumerate(briefing.quotes):
        if quote is not None and record_quote.id != quote:
            continue
        for backed in record_quote.claims:
            if claim is not None and backed != claim:
                continue
            record = claims.get(backed)
            attributed = record.attributed_to if record is not None else None
            if attributed is None or attributed == "article" or attributed == record_quote.speaker:
                continue
            found.append(
                SpeakerMismatch(
                    record_quote.id,
                    position,
                    backed,
                    record_quote.speaker,
                    attributed,
                    names.get(record_quote.speaker, record_quote.speaker),
                    names.get(attributed, attributed),
                )
            )
    return found
