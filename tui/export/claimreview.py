"""Checked claims as schema.org ClaimReview (JSON-LD), for fact-checking tools.

One ``ClaimReview`` per claim whose status is ``supported``, ``disputed`` or ``refuted``.
An ``unverified`` claim (the default) has no verdict, so it gets no review: a review
without a verdict would tell a fact-checking tool something the briefing never said.

Mapping, following schema.org's ClaimReview:

- ``claimReviewed``: the claim's statement; ``identifier``: ``<briefing id>/<claim id>``.
- ``itemReviewed``: a ``Claim`` whose ``author`` is the actor the claim is attributed to
  (a ``Person`` for a person, else an ``Organization``) or, for the article's own voice,
  the article's outlet; ``datePublished`` is the article's date; ``appearance`` is the
  article (its URL, headline, publisher and date, as far as the briefing gives them).
  ``firstAppearance`` is not given: a briefing does not record where a claim first
  appeared.
- ``reviewRating``: ``alternateName`` is the verdict (Supported, Disputed, Refuted),
  ``ratingExplanation`` the analyst's note; ``ratingValue`` 3, 2, 1 on a scale from
  ``worstRating`` 1 to ``bestRating`` 3, for tools that want a number.
- ``author``: an ``Organization`` named after the briefing (``briefing <id>``); the format
  names no reviewer, and none is invented.
- No ``url`` and no review ``datePublished``: the briefing has neither, and a URL or a date
  is never made up. URLs appear only where a source in the briefing gives one.
"""

from __future__ import annotations

from typing import Any

from tui.model import ActorKind, Briefing, Claim, ClaimStatus, Source

__all__ = ["VERDICTS", "briefing_claimreview", "claim_reviews"]

VERDICTS: dict[ClaimStatus, tuple[str, int]] = {
    ClaimStatus.SUPPORTED: ("Supported", 3),
    ClaimStatus.DISPUTED: ("Disputed", 2),
    ClaimStatus.REFUTED: ("Refuted", 1),
}
"""Verdict text and rating value of each status that is a verdict."""


def _present(mapping: dict[str, Any]) -> dict[str, Any]:
    """``mapping`` without the keys whose value is None."""
    return {key: value for key, value in mapping.items() if value is not None}


def _article(briefing: Briefing) -> Source | None:
    return next((s for s in briefing.sources if s.id == briefing.article), None)


def _appearance(article: Source) -> dict[str, Any]:
    publisher = {"@type": "Organization", "name": article.outlet} if article.outlet else None
    return _present(
        {
            "@type": "CreativeWork",
            "url": article.url,
            "headline": article.title,
            "publisher": publisher,
            "datePublished": article.published,
            "inLanguage": article.language,
        }
    )


def _author(claim: Claim, briefing: Briefing, article: Source | None) -> dict[str, Any] | None:
    if claim.attributed_to is not None:
        actor = next((a for a in briefing.actors if a.id == claim.attributed_to), None)
        if actor is not None:
            kind = "Person" if actor.kind == ActorKind.PERSON else "Organization"
            return {"@type": kind, "name": actor.name}
    if article is not None and article.outlet:
        return {"@type": "Organization", "name": article.outlet}
    return None


def _review(claim: Claim, briefing: Briefing, article: Source | None) -> dict[str, Any]:
    verdict, value = VERDICTS[claim.status]
    item = _present(
        {
            "@type": "Claim",
            "author": _author(claim, briefing, article),
            "datePublished": briefing.published or (article.published if article else None),
            "appearance": _appearance(article) if article is not None else None,
        }
    )
    rating = _present(
        {
            "@type": "Rating",
            "alternateName": verdict,
            "ratingValue": value,
            "bestRating": 3,
            "worstRating": 1,
            "ratingExplanation": claim.note,
        }
    )
    return {
        "@type": "ClaimReview",
        "identifier": f"{briefing.id}/{claim.id}",
        "claimReviewed": claim.statement,
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": f"briefing {briefing.id}"},
        "inLanguage": "en",
    }


def claim_reviews(briefing: Briefing) -> list[dict[str, Any]]:
    """A ClaimReview object for every claim with a verdict, in article order."""
    article = _article(briefing)
    return [
        _review(claim, briefing, article) for claim in briefing.claims if claim.status in VERDICTS
    ]


def briefing_claimreview(briefing: Briefing) -> str:
    """The reviews as one JSON-LD document: a schema.org ``@context`` and an ``@graph``."""
    from tui.export.json_export import dumps

    return dumps({"@context": "https://schema.org", "@graph": claim_reviews(briefing)})
