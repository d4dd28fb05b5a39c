"""A briefing as a Markdown summary a person can read, print and forward.

The document is an ordered list of section functions (:data:`SECTIONS`), each turning the
briefing into a block of Markdown lines; the HTML export renders this same document, so
there is one formatter, not two. The sourcing profile (:mod:`tui.export.profile_md`)
follows the bottom line. What the fetch cache holds (``fetched``, gathered by the caller
with :func:`tui.export.fetched.fetched_for`) is shown under each source and feeds the
profile's quote checks; without it the document depends on the briefing alone. To add a
section, pass ``sections=`` with the extra function inserted where it belongs.

Briefing text is data: every string from the file goes through :func:`md_text`, which
makes control characters visible and backslash-escapes what Markdown would act on, so no
title or statement can open a link, an image, a heading or raw HTML. Only the links this
module writes itself (source URLs, checked to be http or https) are links. Same briefing,
same bytes: nothing here reads the clock, the locale or the environment (fetch times are
written in UTC from the cached record).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from tui.drafts import draft_count, own_words
from tui.export.anchors import anchor, hedge_spans, mark, ref, to_markdown
from tui.export.fetched import Fetched, quote_results
from tui.export.mdtext import ids as _ids
from tui.export.mdtext import md_date, md_inline, md_text, md_url
from tui.export.mdtext import word as _word
from tui.export.profile_md import profile_section
from tui.export.selection import Selection, select
from tui.model import (
    Actor,
    Briefing,
    Claim,
    ClaimKind,
    Figure,
    Quote,
    Source,
)
from tui.words import (
    CHECK_RESULTS,
    CREDIBILITY_WORDS,
    LIKELIHOOD_WORDS,
    RELIABILITY_WORDS,
    count,
    figure_text,
    source_title,
)
from tui.words import source_name as short_source_name

if TYPE_CHECKING:
    from tui.fetch.result import FetchResult, QuoteCheck

__all__ = [
    "SECTIONS",
    "Section",
    "briefing_markdown",
    "document_sections",
    "md_date",
    "md_text",
    "md_url",
]

Section = Callable[[Briefing], list[str]]
"""Lines of one part of the document (no trailing blank line); an empty list is left out."""

CLAIM_GROUPS: dict[ClaimKind, str] = {
    ClaimKind.REPORTED: "Reported facts",
    ClaimKind.SPECULATION: "Speculation",
    ClaimKind.OPINION: "Opinion",
    ClaimKind.HISTORICAL: "Historical facts",
    ClaimKind.FORECAST: "Forecasts",
    ClaimKind.BACKGROUND: "Background",
}


def _number(value: float) -> str:
    if math.isfinite(value) and value == int(value):
        return f"{int(value):,}"
    return f"{value:,g}"


def shown_figure(figure: Figure) -> str:
    """A figure in the one wording of :func:`tui.words.figure_text`, as Markdown."""
    return md_text(figure_text(figure))


def shown_source(source: Source) -> str:
    """How a source is named to a reader (:func:`tui.words.source_title`), as Markdown.

    A name taken from a description may end as a sentence does; the stop goes, since a
    name stands in lists joined by ``;`` and in bold before one (never "from x.; y")."""
    name = source_title(source).rstrip()
    if name.endswith(".") and not name.endswith(".."):
        name = name[:-1].rstrip()
    return md_text(name)


def grade(claim: Claim, source: Source | None) -> str | None:
    """Admiralty grade of a claim, e.g. ``C1``: reliability of ``source`` and credibility.

    ``source`` is the claim's first listed source, the one that carries it (usually the
    article); the other sources are what confirm or contradict it.
    """
    reliability = source.reliability if source is not None else None
    if source is not None and reliability is not None and claim.credibility is not None:
        return (
            f"{reliability.value}{claim.credibility} ({md_text(short_source_name(source))}"
            f" {RELIABILITY_WORDS[reliability]}; information"
            f" {CREDIBILITY_WORDS[claim.credibility]})"
        )
    if claim.credibility is not None:
        return f"credibility {claim.credibility} ({CREDIBILITY_WORDS[claim.credibility]})"
    return None


# --- lookups ----------------------------------------------------------------------------------


class Index:
    """Names for ids, so references read as words; an unknown id is shown as itself."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.actors: dict[str, Actor] = {actor.id: actor for actor in briefing.actors}
        self.sources: dict[str, Source] = {source.id: source for source in briefing.sources}
        self._names: dict[str, str] = {}
        """Escaped actor names: a large briefing names the same actors thousands of times."""
        self._actor_refs: dict[str, str] = {}
        self._source_refs: dict[str, str] = {}

    def actor(self, actor_id: str) -> str:
        name = self._names.get(actor_id)
        if name is None:
            actor = self.actors.get(actor_id)
            name = md_text(actor.name if actor is not None else actor_id)
            self._names[actor_id] = name
        return name

    def actor_list(self, ids: Iterable[str]) -> str:
        return ", ".join(self.actor(actor_id) for actor_id in ids)

    def source_label(self, source_id: str) -> str:
        source = self.sources.get(source_id)
        return md_text(source_id) if source is None else shown_source(source)

    def actor_ref(self, actor_id: str) -> str:
        shown = self._actor_refs.get(actor_id)
        if shown is None:
            shown = ref(self.briefing, "actor", actor_id, self.actor(actor_id))
            self._actor_refs[actor_id] = shown
        return shown

    def actor_refs(self, ids: Iterable[str]) -> str:
        return ", ".join(self.actor_ref(actor_id) for actor_id in ids)

    def source_ref(self, source_id: str) -> str:
        shown = self._source_refs.get(source_id)
        if shown is None:
            shown = ref(self.briefing, "source", source_id, self.source_label(source_id))
            self._source_refs[source_id] = shown
        return shown

    def source_refs(self, ids: Iterable[str]) -> str:
        return "; ".join(self.source_ref(source_id) for source_id in ids)

    def claim_refs(self, ids: Iterable[str]) -> str:
        return claim_refs(self.briefing, ids)


_claim_refs: tuple[Briefing, dict[str, str]] | None = None
"""Each claim id of the briefing last written, as its reference: the profile names the
same claims over and over (64,000 times for a briefing of 10,000 claims)."""


def claim_refs(briefing: Briefing, ids: Iterable[str]) -> str:
    """Claim ids as a comma-separated list, each a reference to its claim."""
    global _claim_refs
    if _claim_refs is None or _claim_refs[0] is not briefing:
        _claim_refs = (briefing, {})
    known = _claim_refs[1]
    shown = []
    for claim_id in ids:
        text = known.get(claim_id)
        if text is None:
            text = known[claim_id] = ref(briefing, "claim", claim_id, md_text(claim_id))
        shown.append(text)
    return ", ".join(shown)


def excerpt_text(text: str, hedges: Iterable[str]) -> str:
    """An excerpt in quotation marks, its hedge words marked."""
    spans = hedge_spans(text, hedges)
    parts = []
    at = 0
    for start, end in spans:
        parts.append(md_inline(text[at:start]))
        parts.append(mark(md_inline(text[start:end])))
        at = end
    parts.append(md_inline(text[at:]))
    return "“" + "".join(parts).strip() + "”"


def _note(value: str | None) -> str | None:
    """A note or description as the export shows it: the analyst's words, without the
    drafter's advice (:func:`tui.drafts.own_words`); the notice at the top says how many
    records are still drafts."""
    words = own_words(value)
    return md_text(words) if words else None


def _details(items: Sequence[tuple[str, str | None]], indent: str = "  ") -> list[str]:
    """Nested list items ``Label: value`` for the values that are present."""
    return [f"{indent}- {label}: {value}" for label, value in items if value]


# --- sections ---------------------------------------------------------------------------------


def header(briefing: Briefing) -> list[str]:
    """Title, the article it was built from, date, language and tags."""
    title = md_text(briefing.title) or md_text(briefing.id)
    lines = [f"# {title}", ""]
    drafts = draft_count(briefing)
    if drafts:
        # Machine suggestions must not pass for analysis once the file leaves the desk.
        lines += [
            f"**Unreviewed draft:** {count(drafts, 'item')} still marked “Draft:” (suggested"
            " by `briefing new`, not yet checked by a person).",
            "",
        ]
    facts: list[tuple[str, str | None]] = [("Briefing", md_text(briefing.id))]
    if briefing.published:
        facts.append(("Published", md_date(briefing.published)))
    if briefing.language:
        facts.append(("Language of the article", md_text(briefing.language)))
    article = next((s for s in briefing.sources if s.id == briefing.article), None)
    if article is not None:
        name = md_text(article.outlet or article.title or "") or shown_source(article)
        parts = [ref(briefing, "source", article.id, name)]
        if article.title and article.outlet:
            parts.append(f"“{md_text(article.title)}”")
        if article.published:
            parts.append(md_date(article.published))
        link = md_url(article.url)
        if link:
            parts.append(link)
        facts.append(("Article", ", ".join(parts)))
    if briefing.tags:
        facts.append(("Tags", _ids(briefing.tags)))
    lines += [f"- {label}: {value}" for label, value in facts if value]
    return lines


def bottom_line(briefing: Briefing) -> list[str]:
    """The summary, first: what a reader needs if they read nothing else."""
    if not briefing.summary or not briefing.summary.strip():
        return []
    return ["## Bottom line up front", "", md_text(briefing.summary)]


def _cell(text: str) -> str:
    return text or " "


def actors_table(briefing: Briefing) -> list[str]:
    """Every actor in a table: name, kind, role, what it belongs to, other names."""
    if not briefing.actors:
        return []
    index = Index(briefing)
    lines = [
        f"## Key actors ({len(briefing.actors)})",
        "",
        "| Actor | Kind | Role | Part of | Also called |",
        "| --- | --- | --- | --- | --- |",
    ]
    for actor in briefing.actors:
        name = anchor(briefing, "actor", actor.id) + md_text(actor.name)
        name += " (unnamed)" if actor.anonymous else ""
        role = md_text(actor.role or actor.description or "")
        part_of = index.actor_ref(actor.affiliation) if actor.affiliation else ""
        aliases = "; ".join(
            md_text(alias.name) + (" (outlet's label)" if alias.loaded else "")
            for alias in actor.aliases
        )
        row = [name, _word(actor.kind.value), role, part_of, aliases]
        lines.append("| " + " | ".join(_cell(cell) for cell in row) + " |")
    return lines + _actor_notes(briefing)


_OPEN, _CLOSE = "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"


def _actor_notes(briefing: Briefing) -> list[str]:
    """The analyst's notes on actors and on the names the article gives them, below the
    table (a table cell holds no paragraphs): a caveat on who an unnamed source may be,
    or why a label is the outlet's wording, reaches the reader of the export too."""
    lines: list[str] = []
    for actor in briefing.actors:
        name = md_text(actor.name)
        note = own_words(actor.note)
        if note and note.strip():
            lines.append(f"- **{name}**: {md_text(note.strip())}")
        for alias in actor.aliases:
            said_of = own_words(alias.note)
            if said_of and said_of.strip():
                said = f"{_OPEN}{md_text(alias.name)}{_CLOSE}"
                lines.append(f"- **{name}**, {said}: {md_text(said_of.strip())}")
    return ["", "Notes on actors:", "", *lines] if lines else []


def _claim_lines(claim: Claim, index: Index) -> list[str]:
    first_source = index.sources.get(claim.sources[0]) if claim.sources else None
    likelihood = None
    if claim.likelihood is not None:
        words, percent = LIKELIHOOD_WORDS[claim.likelihood]
        likelihood = f"{words} ({percent})"
    excerpt = None
    if claim.excerpt is not None:
        excerpt = excerpt_text(claim.excerpt.exact, claim.hedges)
        if claim.paragraph is not None:
            excerpt += f" (paragraph {claim.paragraph})"
    elif claim.paragraph is not None:
        excerpt = f"paragraph {claim.paragraph}"
    details: list[tuple[str, str | None]] = [
        ("Hedges", ", ".join(f"“{md_text(hedge)}”" for hedge in claim.hedges)),
        ("Figures", "; ".join(shown_figure(figure) for figure in claim.figures)),
        (
            "Attributed to",
            index.actor_ref(claim.attributed_to) if claim.attributed_to else None,
        ),
        ("Likelihood", likelihood),
        ("Confidence", claim.confidence.value if claim.confidence else None),
        ("Grade", grade(claim, first_source)),
        ("Status", claim.status.value),
        ("Excerpt", excerpt),
        ("Actors", index.actor_refs(claim.actors)),
        ("Sources", index.source_refs(claim.sources)),
        ("Note", _note(claim.note)),
    ]
    head = f"- {anchor(index.briefing, 'claim', claim.id)}**{md_text(claim.id)}**"
    return [f"{head} {md_text(claim.statement)}", *_details(details)]


def claims(briefing: Briefing) -> list[str]:
    """Claims grouped by kind, each with hedges, likelihood, grade and status."""
    if not briefing.claims:
        return []
    index = Index(briefing)
    lines = [f"## Claims ({len(briefing.claims)})"]
    for kind, heading in CLAIM_GROUPS.items():
        group = [claim for claim in briefing.claims if claim.kind == kind]
        if not group:
            continue
        lines += ["", f"### {heading} ({len(group)})", ""]
        for claim in group:
            lines += _claim_lines(claim, index)
    return lines


def _quote_lines(quote: Quote, index: Index) -> list[str]:
    speaker = index.actors.get(quote.speaker)
    role = quote.role or (speaker.role if speaker is not None else None)
    head = f"- {anchor(index.briefing, 'quote', quote.id)}**{index.actor_ref(quote.speaker)}**"
    if role:
        head += f" ({md_text(role)})"
    where = [f"{quote.kind.value} quote"]
    if quote.outlet:
        where.append(f"in {index.source_ref(quote.outlet)}")
    if quote.paragraph is not None:
        where.append(f"paragraph {quote.paragraph}")
    head += ", " + ", ".join(where) + ":"
    language = f" ({md_text(quote.language)})" if quote.language else ""
    lines = [head, "", f"  > “{md_text(quote.text)}”{language}"]
    if quote.translation:
        lines += ["  >", f"  > Translation: “{md_text(quote.translation)}”"]
    details: list[tuple[str, str | None]] = [
        ("About", index.actor_refs(quote.about)),
        ("Claims", index.claim_refs(quote.claims)),
        ("Note", _note(quote.note)),
    ]
    extra = _details(details)
    return [*lines, *([""] if extra else []), *extra]


def quotes(briefing: Briefing) -> list[str]:
    """What speakers said, in the original language and in translation."""
    if not briefing.quotes:
        return []
    index = Index(briefing)
    lines = [f"## Quotes ({len(briefing.quotes)})"]
    for quote in briefing.quotes:
        lines += ["", *_quote_lines(quote, index)]
    return lines


def _span(start: str | None, until: str | None) -> str | None:
    if start and until:
        return f"{md_date(start)} to {md_date(until)}"
    if until:
        return f"until {md_date(until)}"
    return md_date(start) if start else None


def relations(briefing: Briefing) -> list[str]:
    """Ties between actors as sentences: ``Russia → North Korea: agreement, June 2024``."""
    if not briefing.relations:
        return []
    index = Index(briefing)
    lines = [f"## Relations ({len(briefing.relations)})", ""]
    for relation in briefing.relations:
        kind = _word(relation.kind.value)
        what = md_text(relation.label) if relation.label else kind
        if relation.label and relation.kind.value != "other":
            what += f" ({kind})"
        sentence = f"{index.actor_ref(relation.from_)} → {index.actor_ref(relation.to)}: {what}"
        when = _span(relation.date, relation.until)
        if when:
            sentence += f", {when}"
        if relation.added_context:
            sentence += " (added context)"
        lines.append(f"- {sentence}")
        lines += _details(
            [
                ("Claims", index.claim_refs(relation.claims)),
                ("Sources", index.source_refs(relation.sources)),
                ("Note", _note(relation.note)),
            ]
        )
    return lines


def timeline(briefing: Briefing) -> list[str]:
    """Dated events in date order; what the analyst added is marked as added context."""
    if not briefing.timeline:
        return []
    # ISO partial dates sort as text; sorted() is stable, so ties keep the file's order.
    entries = sorted(briefing.timeline, key=lambda entry: entry.date)
    index = Index(briefing)
    lines = [f"## Timeline ({len(entries)})", ""]
    for entry in entries:
        mark = " (added context)" if entry.added_context else ""
        lines.append(f"- **{md_date(entry.date)}**: {md_text(entry.label)}{mark}")
        lines += _details(
            [
                ("Actors", index.actor_refs(entry.actors)),
                ("Claims", index.claim_refs(entry.claims)),
                ("Sources", index.source_refs(entry.sources)),
                ("Note", _note(entry.note)),
            ]
        )
    return lines


def _source_lines(source: Source, index: Index) -> list[str]:
    parts = [f"{anchor(index.briefing, 'source', source.id)}**{shown_source(source)}**"]
    if source.author:
        parts.append(f"by {md_text(source.author)}")
    facts = [_word(source.kind.value)]
    if source.language:
        facts.append(md_text(source.language))
    if source.published:
        facts.append(md_date(source.published))
    parts.append(", ".join(facts))
    head = "- " + "; ".join(parts)
    if source.added_context:
        head += " (added context)"
    reliability = None
    if source.reliability is not None:
        reliability = f"{source.reliability.value} ({RELIABILITY_WORDS[source.reliability]})"
    details: list[tuple[str, str | None]] = [
        ("Link", md_url(source.url)),
        ("Reliability", reliability),
        ("Known through", index.source_ref(source.cited_in) if source.cited_in else None),
        ("Description", _note(source.description)),
        ("Note", _note(source.note)),
    ]
    return [head, *_details(details)]


def _moment(timestamp: float | None) -> str | None:
    """A Unix time as ``2024-06-19 10:00 UTC``: UTC, so the bytes do not depend on where."""
    if timestamp is None or not math.isfinite(timestamp):
        return None
    try:
        moment = datetime.fromtimestamp(timestamp, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _check_line(check: QuoteCheck) -> str:
    line = f"    - {check.kind} {md_text(check.id)}: {check.result}"
    if check.difference:
        line += f" ({md_text(check.difference)})"
    if check.result in ("similar", "differs") or check.passage:
        line += f" (score {check.score:.0f})"
        if check.passage:
            closest = "the closest passage is" if check.result == "missing" else "the page has"
            line += f"; {closest} “{md_text(check.passage)}”"
    return line


def _fetched_lines(source: Source, result: FetchResult | None) -> list[str]:
    """What the fetch cache holds for ``source``: page metadata, state, quote checks.

    Page text is as untrusted as briefing text, so it goes through :func:`md_text` too;
    the final URL of a redirect is shown as text, not as a link.
    """
    if result is None:
        return ["  - Fetched: not yet"] if source.url else []
    when = _moment(result.fetched_at)
    if result.ok is not True:
        state = md_text(result.error or "failed")
        if result.status is not None and str(result.status) not in state:
            state += f" (HTTP {result.status})"
        return [f"  - Fetch failed: {state}" + (f", last tried {when}" if when else "")]
    state = f"HTTP {result.status}" if result.status is not None else "fetched"
    redirected = result.final_url if result.final_url and result.final_url != result.url else None
    details: list[tuple[str, str | None]] = [
        ("Fetched", state + (f", {when}" if when else "")),
        ("Redirected to", md_text(redirected) if redirected else None),
        ("Title as fetched", f"“{md_text(result.title)}”" if result.title else None),
        ("Site as fetched", md_text(result.site_name) if result.site_name else None),
        ("Author as fetched", md_text(result.author) if result.author else None),
        ("Published as fetched", md_date(result.published) if result.published else None),
    ]
    lines = _details(details)
    if result.quote_checks:
        counts = dict.fromkeys(CHECK_RESULTS, 0)
        for check in result.quote_checks:
            counts[check.result] += 1
        summary = ", ".join(f"{count} {name}" for name, count in counts.items() if count)
        lines.append(f"  - Excerpts and quotes checked on the page: {summary}")
        lines += [_check_line(check) for check in result.quote_checks]
    return lines


def sources(briefing: Briefing, fetched: Fetched | None = None) -> list[str]:
    """What the briefing rests on, with links only where the briefing gives a URL.

    With ``fetched`` (source id -> what the fetch cache holds), each source also shows
    what fetching it found and how its excerpts and quotes fared against the page.
    """
    if not briefing.sources:
        return []
    index = Index(briefing)
    lines = [f"## Sources ({len(briefing.sources)})", ""]
    for source in briefing.sources:
        lines += _source_lines(source, index)
        if fetched:
            lines += _fetched_lines(source, fetched.get(source.id))
    return lines


def notes(briefing: Briefing) -> list[str]:
    """Analyst notes: contradictions, unsourced claims, loaded wording, missing context."""
    # a draft's general note is the drafter's advice, not the analyst's: it is left out
    # as every other record's advice is (:func:`_note`), words typed below it stay
    kept = [(note, text) for note in briefing.notes if (text := own_words(note.text))]
    if not kept:
        return []
    index = Index(briefing)
    lines = [f"## Analyst notes ({len(kept)})", ""]
    for note, text in kept:
        about = [_word(note.kind.value)]
        if note.paragraph is not None:
            about.append(f"paragraph {note.paragraph}")
        if note.claims:
            about.append(f"claims {index.claim_refs(note.claims)}")
        if note.actors:
            about.append(f"actors {index.actor_refs(note.actors)}")
        if note.sources:
            about.append(f"sources {index.source_refs(note.sources)}")
        head = f"- {anchor(briefing, 'note', note.id)}**{md_text(note.id)}**"
        lines.append(f"{head} ({'; '.join(about)}): {md_text(text)}")
    return lines


def legend(briefing: Briefing) -> list[str]:
    """What the marks, words and grades mean, for a reader who does not know the scales."""
    if not (briefing.claims or briefing.sources):
        return []
    likelihood = "; ".join(f"{words} ({percent})" for words, percent in LIKELIHOOD_WORDS.values())
    reliability = "; ".join(f"{grade} {words}" for grade, words in RELIABILITY_WORDS.items())
    credibility = "; ".join(f"{grade} {words}" for grade, words in CREDIBILITY_WORDS.items())
    return [
        "## How to read this briefing",
        "",
        "- Hedge words: in an excerpt, the words that hedge or attribute it are set in"
        " bold (and highlighted on screen).",
        f"- Likelihood, in ICD 203's words of estimative probability: {likelihood}."
        " Confidence (low, moderate, high) is the analyst's confidence in that judgement,"
        " given apart from it.",
        f"- Source reliability, on the Admiralty scale: {reliability}.",
        f"- Credibility of a piece of information: {credibility}.",
        "- A grade such as B2 gives both: the reliability of the source that carries a"
        " claim, then the credibility of the claim.",
        "- Status of checking: unverified (no verdict yet), supported, disputed, refuted.",
    ]


SECTIONS: tuple[Section, ...] = (
    header,
    bottom_line,
    profile_section,
    actors_table,
    claims,
    quotes,
    relations,
    timeline,
    sources,
    notes,
    legend,
)
"""The document's sections, in order, as written without fetched data."""


def document_sections(fetched: Fetched | None = None) -> tuple[Section, ...]:
    """The sections in order; with ``fetched``, the profile and the sources use it.

    The sourcing profile then counts how the excerpts and quotes fared against the fetched
    pages (see :func:`tui.export.fetched.quote_results`). An empty mapping is no data.
    """
    if not fetched:
        return SECTIONS
    checks = quote_results(fetched)
    swap: dict[Section, Section] = {
        profile_section: partial(profile_section, checks=checks),
        sources: partial(sources, fetched=fetched),
    }
    return tuple(swap.get(section, section) for section in SECTIONS)


def view_lines(selection: Selection, shown: int, total: int) -> list[str]:
    """What a filtered view says under its title: the filter, and how much it shows."""
    return [
        f"**Filtered view: {md_text(selection.description)}.** {shown} of"
        f" {count(total, 'claim')} shown; the sourcing profile and every list below count"
        " only these."
    ]


def marked_document(
    briefing: Briefing,
    sections: Sequence[Section] | None = None,
    fetched: Fetched | None = None,
    selection: Selection | None = None,
) -> str:
    """The document with its anchor, reference and hedge markers (see
    :mod:`tui.export.anchors`), for :func:`briefing_markdown` and the HTML export.

    With ``selection``, only the selected claims (see :mod:`tui.export.selection`), and
    the title says which.
    """
    total = len(briefing.claims)
    if selection is not None:
        briefing = select(briefing, selection)
    chosen = document_sections(fetched) if sections is None else sections
    parts = [section(briefing) for section in chosen]
    if selection is not None:
        lines = next((p for p in parts if p and p[0].startswith("# ")), None)
        view = view_lines(selection, len(briefing.claims), total)
        if lines is None:
            parts.insert(0, view)
        else:
            lines[0] += f" ({md_text(selection.description)})"
            lines[1:1] = ["", *view]
    blocks = ["\n".join(lines) for lines in parts if lines]
    return "\n\n".join(blocks) + "\n"


def briefing_markdown(
    briefing: Briefing,
    sections: Sequence[Section] | None = None,
    fetched: Fetched | None = None,
    selection: Selection | None = None,
) -> str:
    """The briefing as a Markdown document: sections in order, blank lines between.

    ``sections`` defaults to :func:`document_sections` of ``fetched``; ``selection``
    makes it a filtered view (see :func:`marked_document`).
    """
    return to_markdown(marked_document(briefing, sections, fetched, selection))
