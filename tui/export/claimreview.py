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
  ``ratingExplanation`` the analyst's note (without the advice ``briefing new`` wrote in
  it); ``ratingValue`` 3, 2, 1 on a scale from
  ``worstRating`` 1 to ``bestRating`` 3, for tools that want a number.
- ``author``: the ``Organization`` publishing the review; ``url``: the page the review
  is published on, with the claim's anchor (``#c14``, as the HTML export writes it), so
  each review points at its own claim; ``datePublished``: the review's date. The briefing
  holds none of the three, so they are given by the caller (:class:`Review`: the
  ``--publisher``, ``--review-url`` and ``--date`` options); without them no review is
  written, and the error says what is missing. A publisher, a URL or a date is never made
  up, and other URLs appear only where a source in the briefing gives one.
- ``inLanguage``, as schema.org means it, is the language of the work it is on. On the
  reviewed ``Claim`` (``itemReviewed``) it is the language the statement is written in,
  told from its writing system among the languages the briefing and the claim's sources
  name (a Russian briefing's Arabic statement beside an Arabic page is ``ar``; English
  statements about a German article stay ``en``). On the ``ClaimReview`` it is the
  language of the review's own text: the analyst's explanation, told the same way, or,
  without one, English, the language of the verdict's name. Aggregators read the
  review's ``inLanguage`` as the review's, so an English verdict on an Arabic claim is
  not labelled ``ar``. Either is left out where it cannot be told, never guessed.
- ``creativeWorkStatus``: ``Draft`` (schema.org's lifecycle term) on every review while
  the briefing holds records marked ``Draft:``, unreviewed suggestions of ``briefing new``.

A briefing with no claim that has a verdict has nothing to review: that is an error too,
rather than an empty document a fact-checking tool would take for a review.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from tui.drafts import draft_count, own_words
from tui.export.scripts import language_of
from tui.export.selection import Selection, select
from tui.model import ActorKind, Briefing, Claim, ClaimStatus, Source

__all__ = [
    "VERDICTS",
    "Review",
    "briefing_claimreview",
    "claim_reviews",
    "explained_claims",
    "review_problems",
]

VERDICTS: dict[ClaimStatus, tuple[str, int]] = {
    ClaimStatus.SUPPORTED: ("Supported", 3),
    ClaimStatus.DISPUTED: ("Disputed", 2),
    ClaimStatus.REFUTED: ("Refuted", 1),
}
"""Verdict text and rating value of each status that is a verdict."""


@dataclass(frozen=True)
class Review:
    """Who publishes the reviews, where and when: what ClaimReview needs and a briefing
    does not hold."""

    publisher: str | None = None
    """The reviewing organisation's name."""
    url: str | None = None
    """The http(s) page the reviews are published on."""
    date: str | None = None
    """The date of the review, ``YYYY-MM-DD``."""


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


OPTION_NAMES = {
    "publisher": "--publisher NAME",
    "url": "--review-url URL",
    "date": "--date YYYY-MM-DD",
}
"""How the command line asks for each part of a review (the app names its fields)."""


def review_problems(review: Review | None, named: Mapping[str, str] = OPTION_NAMES) -> list[str]:
    """What is missing or wrong in ``review``, each naming where it is given (``named``:
    the command's options, or the export dialog's fields); empty when usable."""
    review = review or Review()
    problems = []
    if not (review.publisher and review.publisher.strip()):
        problems.append(f"the reviewing organisation ({named['publisher']})")
    if not review.url:
        problems.append(f"the URL the review is published at ({named['url']})")
    else:
        from tui.model import Url

        try:
            TypeAdapter(Url).validate_python(review.url)
        except ValidationError as error:
            problems.append(f"a usable review URL ({error.errors()[0]['msg']})")
    if not review.date:
        problems.append(f"the date of the review ({named['date']})")
    else:
        try:
            ok = bool(_DAY.match(review.date)) and dt.date.fromisoformat(review.date) is not None
        except ValueError:
            ok = False
        if not ok:
            problems.append(f"a review date as YYYY-MM-DD, not {review.date!r}")
    return problems


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


def explained_claims(briefing: Briefing) -> list[str]:
    """The claims with a verdict whose note is published as their review's
    ``ratingExplanation``: an analyst's working note becomes public text, so the export
    names them."""
    return [
        claim.id for claim in briefing.claims if claim.status in VERDICTS and own_words(claim.note)
    ]


def _review(
    claim: Claim, briefing: Briefing, article: Source | None, review: Review, draft: bool
) -> dict[str, Any]:
    verdict, value = VERDICTS[claim.status]
    item = _present(
        {
            "@type": "Claim",
            "author": _author(claim, briefing, article),
            "datePublished": briefing.published or (article.published if article else None),
            "appearance": _appearance(article) if article is not None else None,
            "inLanguage": _statement_language(claim, briefing),
        }
    )
    rating = _present(
        {
            "@type": "Rating",
            "alternateName": verdict,
            "ratingValue": value,
            "bestRating": 3,
            "worstRating": 1,
            "ratingExplanation": own_words(claim.note),
        }
    )
    from tui.export.anchors import anchor_names

    fragment = anchor_names(briefing).get(("claim", claim.id), claim.id)
    return _present(
        {
            "@type": "ClaimReview",
            "identifier": f"{briefing.id}/{claim.id}",
            "url": f"{review.url}#{fragment}",
            "datePublished": review.date,
            "claimReviewed": claim.statement,
            "itemReviewed": item,
            "reviewRating": rating,
            "author": {"@type": "Organization", "name": (review.publisher or "").strip()},
            "inLanguage": _review_language(claim, briefing),
            # schema.org's lifecycle term: the briefing still holds unreviewed suggestions.
            "creativeWorkStatus": "Draft" if draft else None,
        }
    )


def _statement_language(claim: Claim, briefing: Briefing) -> str | None:
    """The language the review's text (the claim's statement) is in: told from its
    writing system among the languages the briefing and the claim's sources name
    (:func:`tui.export.scripts.language_of`); left out where it cannot be told."""
    sources = {source.id: source for source in briefing.sources}
    named = [briefing.language] + [sources[key].language for key in claim.sources if key in sources]
    named += [source.language for source in briefing.sources]
    return language_of(claim.statement, named)


def _review_language(claim: Claim, briefing: Briefing) -> str | None:
    """The language of the review's own text: its explanation's, told from its writing
    system as the statement's is; without an explanation, English (the verdict's name,
    Supported, Disputed or Refuted, is the only text of the review then)."""
    explanation = own_words(claim.note)
    if not explanation:
        return "en"
    return language_of(explanation, [briefing.language, *(s.language for s in briefing.sources)])


def claim_reviews(briefing: Briefing, review: Review) -> list[dict[str, Any]]:
    """A ClaimReview object for every claim with a verdict, in article order; each says
    ``creativeWorkStatus: Draft`` while the briefing holds records marked ``Draft:``."""
    article = _article(briefing)
    draft = draft_count(briefing) > 0
    return [
        _review(claim, briefing, article, review, draft)
        for claim in briefing.claims
        if claim.status in VERDICTS
    ]


def briefing_claimreview(
    briefing: Briefing, review: Review | None = None, selection: Selection | None = None
) -> str:
    """The reviews as one JSON-LD document: a schema.org ``@context`` and an ``@graph``.

    With ``selection``, only the selected claims are reviewed. Raises
    :class:`tui.export.ExportError` when no claim (of the selection) has a verdict, or
    when ``review`` lacks the publisher, URL or date, saying which.
    """
    from tui.export import ExportError
    from tui.export.json_export import dumps

    if selection is not None:
        briefing = select(briefing, selection)
    if not any(claim.status in VERDICTS for claim in briefing.claims):
        where = f" in the filtered view ({selection.description})" if selection else ""
        raise ExportError(
            f"no claim{where} has a verdict (supported, disputed or refuted), so there is"
            " nothing to review; set a claim's status first"
        )
    problems = review_problems(review)
    if problems:
        raise ExportError("a ClaimReview needs " + "; ".join(problems))
    assert review is not None
    reviews = claim_reviews(briefing, review)
    return dumps({"@context": "https://schema.org", "@graph": reviews})
