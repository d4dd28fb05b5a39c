"""A briefing as a STIX 2.1 bundle, for threat-intelligence platforms (OpenCTI, MISP...).

Mapping (STIX 2.1, OASIS Committee Specification):

- the briefing is a ``report``: ``name`` its title, ``description`` its bottom line,
  ``published`` its date, ``labels`` its tags, ``object_refs`` every other object of the
  bundle, ``external_references`` the article first, then the other sources; while the
  briefing holds records marked ``Draft:`` (unreviewed suggestions of ``briefing new``)
  the description opens with the notice the Markdown export opens with and ``labels``
  holds ``unreviewed-draft``;
- an actor is an ``identity`` (``identity_class`` individual for a person, organization
  for an organisation or an outlet, group for a group, unknown otherwise), a ``location``
  for a state whose name (or one of its aliases) is a country with an ISO 3166-1 code,
  and a ``threat-actor`` only where the briefing says so (``threat_actor: true``). A
  state without a country code (the Soviet Union) stays an identity of class
  organization: a location without a country or region is not valid STIX;
- a relation is a ``relationship``: ``related-to`` (the one type STIX suggests between
  identities and locations) with the briefing's kind and label in ``description``, or
  ``targets`` for a conflict or rivalry started by a threat actor; ``start_time`` from
  ``date`` and ``stop_time`` from ``until``, a partial date covering its whole period
  (``until: 1996`` stops at the end of 1996);
- a claim is a ``note`` (an ``opinion`` for a claim of kind opinion, whose ``opinion``
  value is the briefing's verdict: supported agree, disputed disagree, refuted strongly
  disagree, unverified neutral) with ``object_refs`` to its actors (the report when it
  names none), the claim in words in ``content``/``explanation``, its sources as
  ``external_references``, and ``confidence`` from its likelihood: 5, 15, 30, 50, 70,
  85, 95 for ICD 203's seven words;
- a quote is a ``note`` with its speaker as ``authors``, the words and their translation
  in ``content``, ``object_refs`` to the speaker and the actors it is about, and the
  source it first appeared in as an external reference.

Ids are deterministic, so a re-export updates objects instead of duplicating them: the
UUID is SHA-1 of a fixed namespace and ``<briefing id>/<type>/<record id>``, as UUIDv5
computes it, with the version bits of a UUIDv4. STIX 2.1 asks domain and relationship
objects to carry UUIDv4 ids and the OASIS validator warns about any other version; a
hash is as unpredictable to anyone without the name as random bits are, and the same
name always gives the same id. ``created`` and ``modified`` are the briefing's date (the
article's when the briefing has none); a briefing with neither cannot be exported, since
a date is never made up. The same briefing always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable
from typing import Any

from tui.drafts import draft_count, draft_notice, own_words
from tui.export.selection import Selection, select
from tui.model import (
    Actor,
    ActorKind,
    Briefing,
    Claim,
    ClaimKind,
    ClaimStatus,
    Quote,
    Relation,
    RelationKind,
    Source,
)
from tui.words import CREDIBILITY_WORDS, LIKELIHOOD_WORDS, RELIABILITY_WORDS

__all__ = [
    "CONFIDENCE",
    "DRAFT_LABEL",
    "NAMESPACE",
    "OPINIONS",
    "briefing_stix",
    "stix_bundle",
    "stix_id",
    "stix_time",
]

DRAFT_LABEL = "unreviewed-draft"
"""The report's label while the briefing holds records marked ``Draft:``."""

NAMESPACE = uuid.UUID("6d0c1c52-3b1e-5f0e-9a4c-6b7269656669")
"""The fixed namespace of every id this exporter writes (never change it: ids would)."""

CONFIDENCE: dict[str, int] = {
    "almost-no-chance": 5,
    "very-unlikely": 15,
    "unlikely": 30,
    "roughly-even-chance": 50,
    "likely": 70,
    "very-likely": 85,
    "almost-certain": 95,
}
"""STIX ``confidence`` (0-100) of each ICD 203 likelihood: the middle of its range."""

OPINIONS: dict[ClaimStatus, str] = {
    ClaimStatus.SUPPORTED: "agree",
    ClaimStatus.DISPUTED: "disagree",
    ClaimStatus.REFUTED: "strongly-disagree",
    ClaimStatus.UNVERIFIED: "neutral",
}
"""STIX ``opinion`` value of each checking status."""

IDENTITY_CLASSES: dict[ActorKind, str] = {
    ActorKind.PERSON: "individual",
    ActorKind.ORGANISATION: "organization",
    ActorKind.MEDIA: "organization",
    ActorKind.STATE: "organization",
    ActorKind.GROUP: "group",
    ActorKind.OTHER: "unknown",
}
"""``identity_class`` of each actor kind exported as an identity."""

_TARGETING = (RelationKind.CONFLICT, RelationKind.RIVALRY)


def stix_id(kind: str, briefing_id: str, record: str) -> str:
    """``<kind>--<uuid>``: the same briefing, type and record always give the same id."""
    digest = hashlib.sha1(NAMESPACE.bytes + f"{briefing_id}/{kind}/{record}".encode()).digest()
    return f"{kind}--{uuid.UUID(bytes=digest[:16], version=4)}"


def stix_time(date: str, *, end: bool = False) -> str:
    """A partial date (``2024``, ``2024-06``, ``2024-06-19``) as a STIX timestamp.

    The start of the period it names, or with ``end`` the first instant after it, so that
    ``until: 1996`` covers all of 1996.
    """
    parts = [int(part) for part in date.split("-")]
    year, month, day = (*parts, 1, 1)[:3]
    if end:
        if len(parts) == 1:
            year += 1
        elif len(parts) == 2:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        else:
            following = dt.date(year, month, day) + dt.timedelta(days=1)
            year, month, day = following.year, following.month, following.day
    return f"{year:04d}-{month:02d}-{day:02d}T00:00:00.000Z"


def reference_description(source: Source) -> str | None:
    """What an external reference says about ``source``: title, description and link.

    The link is written here, not as the reference's ``url``: STIX asks a reference with
    a ``url`` to carry ``hashes`` of what the URL serves (the OASIS validator warns
    without them), and the briefing holds no such hash; one is never made up. The page
    may also change after the briefing was written, which a hash would have to pin.
    """
    parts = []
    if source.title and (source.outlet or source.description):
        parts.append(f"\u201c{source.title}\u201d")
    if description := own_words(source.description):  # the drafter's advice is no news
        parts.append(description)
    if source.published:
        parts.append(f"Published {source.published}.")
    if source.url:
        parts.append(f"Link: {source.url}")
    return " ".join(parts) or None


def _present(mapping: dict[str, Any]) -> dict[str, Any]:
    """``mapping`` without the keys whose value is None or empty."""
    return {key: value for key, value in mapping.items() if value not in (None, "", [])}


class _Bundle:
    """The objects of one bundle, built in a fixed order."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        moment = briefing.published or next(
            (s.published for s in briefing.sources if s.id == briefing.article and s.published),
            None,
        )
        if moment is None:
            from tui.export import ExportError

            raise ExportError(
                "a STIX bundle needs a date for created/modified and the report's"
                " 'published': give the briefing 'published' (or its article source one)"
            )
        self.time = stix_time(moment)
        self.sources = {source.id: source for source in briefing.sources}
        self.actor_refs: dict[str, str] = {}
        self.actor_types: dict[str, str] = {}
        self.objects: list[dict[str, Any]] = []

    def common(self, kind: str, record: str) -> dict[str, Any]:
        return {
            "type": kind,
            "spec_version": "2.1",
            "id": stix_id(kind, self.briefing.id, record),
            "created": self.time,
            "modified": self.time,
        }

    # --- actors -------------------------------------------------------------------------

    def actor(self, actor: Actor, countries: dict[str, str]) -> None:
        aliases = [a.name for a in actor.aliases if a.name != actor.name and not a.loaded]
        about = [text for text in (actor.role, own_words(actor.description)) if text]
        loaded = [alias.name for alias in actor.aliases if alias.loaded]
        if loaded:
            about.append("The outlet's own labels: " + "; ".join(loaded) + ".")
        if actor.threat_actor:
            kinds = ["nation-state"] if actor.kind == ActorKind.STATE else ["unknown"]
            body = _present(
                {
                    "name": actor.name,
                    "description": " ".join(about) or None,
                    "threat_actor_types": kinds,
                    "aliases": [a.name for a in actor.aliases if a.name != actor.name] or None,
                }
            )
            kind = "threat-actor"
        else:
            country = countries.get(actor.id)
            if aliases:
                about.append("Also called: " + "; ".join(aliases) + ".")
            if country is not None:
                kind = "location"
                body = _present(
                    {"name": actor.name, "description": " ".join(about) or None, "country": country}
                )
            else:
                kind = "identity"
                if actor.kind == ActorKind.STATE:
                    about.append("A state with no ISO 3166-1 country code.")
                body = _present(
                    {
                        "name": actor.name,
                        "description": " ".join(about) or None,
                        "identity_class": IDENTITY_CLASSES[actor.kind],
                        "roles": [actor.role] if actor.role else None,
                    }
                )
        record = {**self.common(kind, actor.id), **body}
        self.actor_refs[actor.id] = record["id"]
        self.actor_types[actor.id] = kind
        self.objects.append(record)

    # --- relations ----------------------------------------------------------------------

    def relation(self, relation: Relation, key: str) -> None:
        source = self.actor_refs.get(relation.from_)
        target = self.actor_refs.get(relation.to)
        if source is None or target is None:
            return
        kind = relation.kind.value.replace("-", " ")
        words = f"{kind}: {relation.label}" if relation.label else kind
        if relation.added_context:
            words += " (context the analyst added; the article does not say it)"
        if note := own_words(relation.note):
            words += f". {note}"
        targeting = (
            self.actor_types.get(relation.from_) == "threat-actor"
            and self.actor_types.get(relation.to) in ("identity", "location")
            and relation.kind in _TARGETING
        )
        start = stix_time(relation.date) if relation.date else None
        stop = stix_time(relation.until, end=True) if relation.until else None
        if start is not None and stop is not None and stop <= start:
            words += f" (until {relation.until}, before its start {relation.date})"
            stop = None
        self.objects.append(
            {
                **self.common("relationship", key),
                **_present(
                    {
                        "relationship_type": "targets" if targeting else "related-to",
                        "description": words,
                        "source_ref": source,
                        "target_ref": target,
                        "start_time": start,
                        "stop_time": stop,
                        "external_references": self.references(relation.sources) or None,
                    }
                ),
            }
        )

    # --- claims -------------------------------------------------------------------------

    def reference(self, source: Source) -> dict[str, Any]:
        """A source as an external reference; its link goes in the description (see
        :func:`reference_description`)."""
        return _present(
            {
                "source_name": source.outlet or source.title or source.id,
                "description": reference_description(source),
                "external_id": source.id,
            }
        )

    def references(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        return [self.reference(self.sources[i]) for i in ids if i in self.sources]

    def claim_text(self, claim: Claim) -> str:
        lines = [claim.statement, "", f"Kind: {claim.kind.value}."]
        if claim.attributed_to:
            actor = next((a for a in self.briefing.actors if a.id == claim.attributed_to), None)
            lines.append(f"On the word of: {actor.name if actor else claim.attributed_to}.")
        else:
            lines.append("On the word of: the article itself.")
        if claim.excerpt is not None:
            where = f" (paragraph {claim.paragraph})" if claim.paragraph else ""
            lines.append(f"Excerpt{where}: \u201c{claim.excerpt.exact}\u201d")
        if claim.hedges:
            lines.append("Hedges: " + ", ".join(f"\u201c{h}\u201d" for h in claim.hedges) + ".")
        if claim.likelihood is not None:
            words, percent = LIKELIHOOD_WORDS[claim.likelihood]
            lines.append(f"Likelihood: {words} ({percent}).")
        if claim.confidence is not None:
            lines.append(f"Analytic confidence: {claim.confidence.value}.")
        if claim.credibility is not None:
            first = self.sources.get(claim.sources[0]) if claim.sources else None
            grade = f"Credibility: {claim.credibility}, {CREDIBILITY_WORDS[claim.credibility]}"
            if first is not None and first.reliability is not None:
                grade += (
                    f"; source reliability {first.reliability.value},"
                    f" {RELIABILITY_WORDS[first.reliability]}"
                )
            lines.append(grade + ".")
        lines.append(f"Status: {claim.status.value}.")
        if note := own_words(claim.note):
            lines.append(f"Analyst note: {note}")
        return "\n".join(lines)

    def claim(self, claim: Claim, report_ref: str) -> None:
        refs = list(dict.fromkeys(self.actor_refs[a] for a in claim.actors if a in self.actor_refs))
        common = _present(
            {
                "object_refs": refs or [report_ref],
                "confidence": CONFIDENCE[claim.likelihood] if claim.likelihood else None,
                "external_references": self.references(claim.sources) or None,
            }
        )
        if claim.kind == ClaimKind.OPINION:
            body = {
                "explanation": self.claim_text(claim),
                "opinion": OPINIONS[claim.status],
                **common,
            }
            self.objects.append({**self.common("opinion", claim.id), **body})
        else:
            body = {"abstract": f"{claim.id}: {claim.statement}", "content": self.claim_text(claim)}
            self.objects.append({**self.common("note", claim.id), **body, **common})

    def quote(self, quote: Quote, report_ref: str) -> None:
        """A quote as a ``note`` authored by its speaker, about the speaker and the actors
        it is about: the words, the translation, and where they first appeared."""
        speaker = next((a for a in self.briefing.actors if a.id == quote.speaker), None)
        name = speaker.name if speaker is not None else quote.speaker
        lines = [f"{quote.kind.value.capitalize()} quote of {name}: \u201c{quote.text}\u201d"]
        if quote.translation:
            lines.append(f"Translation: \u201c{quote.translation}\u201d")
        if quote.role:
            lines.append(f"Role as given: {quote.role}.")
        if quote.claims:
            lines.append("Supports claims: " + ", ".join(quote.claims) + ".")
        if note := own_words(quote.note):
            lines.append(f"Analyst note: {note}")
        about = [quote.speaker, *quote.about]
        refs = list(dict.fromkeys(self.actor_refs[a] for a in about if a in self.actor_refs))
        body = _present(
            {
                "abstract": f"{quote.id}: quote of {name}",
                "content": "\n".join(lines),
                "authors": [name],
                "object_refs": refs or [report_ref],
                "external_references": self.references([quote.outlet] if quote.outlet else [])
                or None,
            }
        )
        self.objects.append({**self.common("note", f"quote/{quote.id}"), **body})

    # --- the report ---------------------------------------------------------------------

    def report(self, report_ref: str) -> dict[str, Any]:
        briefing = self.briefing
        ordered = sorted(briefing.sources, key=lambda s: s.id != briefing.article)
        return {
            **self.common("report", briefing.id),
            **_present(
                {
                    "name": briefing.title,
                    "description": briefing.summary,
                    "published": self.time,
                    "labels": list(briefing.tags) or None,
                    "lang": "en",
                    "object_refs": [record["id"] for record in self.objects],
                    "external_references": [self.reference(s) for s in ordered] or None,
                }
            ),
        }


def _countries(briefing: Briefing) -> dict[str, str]:
    """Actor id -> ISO 3166-1 code for each state whose name or alias is a country's name
    in English or the article's language (CLDR's names, through Babel)."""
    from babel import Locale, UnknownLocaleError

    names: dict[str, str] = {}
    languages = ["en"]
    if briefing.language and briefing.language.split("-")[0].lower() != "en":
        languages.append(briefing.language.replace("-", "_"))
    for language in languages:
        try:
            territories = Locale.parse(language).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(name.casefold(), code)
    found: dict[str, str] = {}
    for actor in briefing.actors:
        if actor.kind != ActorKind.STATE:
            continue
        for name in (actor.name, *(alias.name for alias in actor.aliases)):
            code = names.get(name.casefold())
            if code is not None:
                found[actor.id] = code
                break
    return found


def stix_bundle(briefing: Briefing, selection: Selection | None = None) -> dict[str, Any]:
    """The STIX 2.1 bundle of ``briefing`` as plain data (see the module docstring).

    With ``selection``, only the selected claims become notes and opinions, and the
    report's name and description say which view it is.
    """
    total = len(briefing.claims)
    if selection is not None:
        briefing = select(briefing, selection)
    bundle = _Bundle(briefing)
    countries = _countries(briefing)
    for actor in briefing.actors:
        bundle.actor(actor, countries)
    seen: dict[str, int] = {}
    for relation in briefing.relations:
        base = f"{relation.from_}/{relation.kind.value}/{relation.to}/{relation.date or ''}"
        seen[base] = seen.get(base, 0) + 1
        bundle.relation(relation, base if seen[base] == 1 else f"{base}/{seen[base]}")
    report_ref = stix_id("report", briefing.id, briefing.id)
    for claim in briefing.claims:
        bundle.claim(claim, report_ref)
    for quote in briefing.quotes:
        bundle.quote(quote, report_ref)
    if not bundle.objects:  # a report must refer to something
        bundle.objects.append(
            {
                **bundle.common("note", "empty"),
                "content": "This briefing records no actors, relations or claims.",
                "object_refs": [report_ref],
            }
        )
    report = bundle.report(report_ref)
    said = [briefing.summary] if briefing.summary else []
    if selection is not None:
        report["name"] += f" ({selection.description})"
        view = f"Filtered view: {selection.description}; {len(briefing.claims)} of {total} claims."
        said.insert(0, view)
    drafts = draft_count(briefing)
    if drafts:  # the notice comes first, as at the top of the Markdown and HTML exports
        said.insert(0, draft_notice(drafts))
        report["labels"] = [*report.get("labels", []), DRAFT_LABEL]
    if said:
        report["description"] = " ".join(said)
    objects = [*bundle.objects, report]
    return {
        "type": "bundle",
        "id": stix_id("bundle", briefing.id, briefing.id),
        "objects": objects,
    }


def briefing_stix(briefing: Briefing, selection: Selection | None = None) -> str:
    """The bundle as indented JSON text."""
    from tui.export.json_export import dumps

    return dumps(stix_bundle(briefing, selection))
