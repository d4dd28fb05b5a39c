"""Deciding, field by field, which of a page's statements about itself to believe.

Each :class:`~tui.fetch.metadata.Candidate` has a prior weight by its source (what a
source is usually right about: ``og:title`` for titles, the visible byline and JSON-LD
``Person`` authors for authors, ``datePublished`` and ``article:published_time`` for
dates, ``og:site_name`` for the outlet) and gains the weight of every other source that
says the same (evidence: when ``og:title``, ``<h1>`` and the JSON-LD headline agree, a
different ``<title>`` loses). Values that cannot be right are dropped first: a title or
author that is only the site's name, a description that is the title again, a URL where
a name belongs. Dates are compared by day and the most precise statement of the winning
day is kept, so a full timestamp with its offset survives. A page with no description
gets the first paragraph of its main text, which is what a reader takes for one.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable, Sequence

from tui.fetch.metadata import Candidate, clean

__all__ = [
    "choose_author",
    "choose_date",
    "choose_description",
    "choose_site",
    "choose_title",
    "normalise_date",
    "split_names",
    "text_paragraph",
]

_SEPARATORS = re.compile("\\s+(?:\\||-|\u2013|\u2014|\u00b7|::|\u00bb|/|:)\\s+")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"})
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026)\s*$")


def _key(text: str) -> str:
    """A value as compared: case, quotes and white space ignored."""
    return (clean(text) or "").translate(_QUOTES).casefold()


def _weight(weights: dict[str, int], source: str) -> int:
    return weights.get(source, weights.get(source.split(":")[0], 1))


def _agrees(a: str, b: str) -> bool:
    """Same text, or one visibly cut from the other: ending in an ellipsis, or cut at a
    length limit (Google's 110 characters for a headline) without one."""
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    stem = _ELLIPSIS.sub("", shorter)
    cut = stem != shorter or len(shorter) >= 100
    return cut and len(stem) >= 20 and longer.startswith(stem)


def _best(scored: Sequence[tuple[str, str, int]]) -> str | None:
    """The value whose own weight plus the weight of every other source agreeing with it
    is highest; the longer of two equals (a headline over its truncation)."""
    if not scored:
        return None
    keys = [_key(value) for value, _, _ in scored]
    best: tuple[int, int, str] | None = None
    for index, (value, source, weight) in enumerate(scored):
        support = sum(
            other_weight
            for other, (_, other_source, other_weight) in enumerate(scored)
            if other != index and other_source != source and _agrees(keys[index], keys[other])
        )
        rank = (weight + support, len(value), value)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None


# --- site ---------------------------------------------------------------------------------

SITE_WEIGHTS = {
    "meta:og:site_name": 6,
    "jsonld:publisher": 5,
    "jsonld:website": 4,
    "jsonld:organization": 3,
    "itemprop:publisher": 3,
    "meta:dc.publisher": 3,
    "meta:dcterms.publisher": 3,
    "meta:application-name": 2,
    "meta:publisher": 2,
    "title-suffix": 2,
    "extractor": 1,
}


def title_affix(title: str, sites: Iterable[str]) -> tuple[str, str | None]:
    """``"Headline | Outlet"`` or ``"Outlet: Headline"`` -> ``("Headline", "Outlet")``.

    A part is taken for the site's name when it equals a known one; without one, a short
    last part after a separator (at most four words, shorter than the rest) is.
    """
    known = {_key(site) for site in sites}
    for site in sites:
        if _key(title).startswith(_key(site) + ":") and len(title) > len(site) + 3:
            return title[len(site) + 1 :].strip(), title[: len(site)]
    matches = list(_SEPARATORS.finditer(title))
    if not matches:
        return title, None
    last = title[matches[-1].end() :].strip()
    head = title[: matches[-1].start()].strip()
    first = title[: matches[0].start()].strip()
    rest = title[matches[0].end() :].strip()
    if head and _key(last) in known:
        return title_affix(head, sites)[0], last
    if rest and _key(first) in known:
        # "Outlet - Section - Headline": a short section name may follow the outlet's
        section = _SEPARATORS.search(rest)
        if section and len(rest[: section.start()].split()) <= 2:
            remainder = rest[section.end() :].strip()
            if len(remainder) > 2 * section.start():
                return remainder, first
        return rest, first
    short = len(last.split()) <= 4 and len(last) < len(head)
    if not known and head and short and ":" not in matches[-1].group():
        return head, last
    return title, None


def choose_site(candidates: Sequence[Candidate], extracted: str | None = None) -> str | None:
    """The outlet's name."""
    scored = [
        (c.value, c.source, _weight(SITE_WEIGHTS, c.source))
        for c in candidates
        if c.field == "site" and len(c.value) <= 80 and not c.value.startswith("@")
    ]
    if not scored:
        for c in candidates:
            if c.source == "title":
                suffix = title_affix(c.value, ())[1]
                if suffix:
                    scored.append((suffix, "title-suffix", SITE_WEIGHTS["title-suffix"]))
    if extracted:
        scored.append((extracted, "extractor", 1))
    return _best(scored)


# --- title --------------------------------------------------------------------------------

TITLE_WEIGHTS = {
    "meta:og:title": 6,
    "jsonld:headline": 5,
    "h1": 4,
    "meta:twitter:title": 3,
    "meta:dc.title": 3,
    "meta:dcterms.title": 3,
    "meta:parsely-title": 3,
    "meta:sailthru.title": 3,
    "itemprop:headline": 3,
    "title": 3,
    "meta:title": 2,
    "meta:headline": 2,
    "jsonld:name": 2,
    "jsonld:webpage": 2,
    "extractor": 1,
}


def choose_title(
    candidates: Sequence[Candidate], site: str | None, extracted: str | None = None
) -> str | None:
    """The headline, without the site's name before or after it."""
    sites = [c.value for c in candidates if c.field == "site"] + ([site] if site else [])
    site_keys = {_key(s) for s in sites}
    scored = []
    for c in candidates:
        if c.field != "title":
            continue
        text = title_affix(c.value, sites)[0]
        if _key(text) in site_keys or len(text) < 3:
            continue  # a logo in <h1>, or a title that is only the outlet's name
        scored.append((text, c.source, _weight(TITLE_WEIGHTS, c.source)))
    if extracted:
        scored.append((title_affix(extracted, sites)[0], "extractor", 1))
    return _best(scored)


# --- author -------------------------------------------------------------------------------

AUTHOR_WEIGHTS = {
    "jsonld:author": 6,
    "byline": 5,
    "rel-author": 5,
    "itemprop:author": 4,
    "meta:byl": 4,
    "meta:parsely-author": 4,
    "meta:sailthru.author": 4,
    "meta:author": 3,
    "meta:article:author": 3,
    "meta:og:article:author": 3,
    "meta:dc.creator": 3,
    "meta:dcterms.creator": 3,
    "meta:citation_author": 3,
    "jsonld:author-org": 2,
    "extractor": 2,
}
_GENERIC = {
    "redaktion",
    "staff",
    "newsroom",
    "admin",
    "editor",
    "editorial team",
    "the editors",
    "online-redaktion",
    "nachrichtenredaktion",
    "web desk",
    "news desk",
}
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\||\band\b|\bund\b|&)\s*", re.IGNORECASE)
_BY_PREFIX = re.compile(r"^(?:by|von)\s+", re.IGNORECASE)


def split_names(value: str) -> list[str]:
    """``By Ann Example and Bo Sample`` -> ``["Ann Example", "Bo Sample"]`` (at most 20)."""
    text = _BY_PREFIX.sub("", clean(value) or "")
    names = [part.strip(" .") for part in _NAME_SPLIT.split(text)]
    return list(dict.fromkeys(name for name in names if name))[:20]


def choose_author(
    candidates: Sequence[Candidate], site: str | None, extracted: str | None = None
) -> str | None:
    """The people who wrote the page, as ``Ann Example, Bo Sample``; None when the page
    credits only its outlet (the site name says that already)."""
    sites = {_key(c.value) for c in candidates if c.field == "site"} | (
        {_key(site)} if site else set()
    )
    found = [(c.value, c.source) for c in candidates if c.field == "author"]
    if extracted:
        found.append((extracted, "extractor"))
    options: list[tuple[list[str], str, int]] = []
    for value, source in found:
        names = [n for n in split_names(value) if _key(n) not in sites]
        if not names or any(len(n) > 60 for n in names):
            continue
        weight = _weight(AUTHOR_WEIGHTS, source)
        if all(_key(n) in _GENERIC for n in names):
            weight -= 3
        options.append((names, source, weight))
    if not options:
        return None
    best: tuple[float, int, list[str]] | None = None
    for names, source, weight in options:
        mine = {_key(n) for n in names}
        support = 0.0
        for other_names, other_source, other_weight in options:
            if other_source == source:
                continue
            theirs = {_key(n) for n in other_names}
            if theirs == mine:
                support += other_weight
            elif theirs < mine or mine < theirs:
                support += other_weight / 2
        rank = (weight + support, len(names), names)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return ", ".join(best[2]) if best else None


# --- date ---------------------------------------------------------------------------------

DATE_WEIGHTS = {
    "jsonld:datePublished": 6,
    "meta:article:published_time": 6,
    "meta:og:article:published_time": 6,
    "meta:og:published_time": 5,
    "itemprop:datepublished": 5,
    "meta:dc.date.issued": 4,
    "meta:dcterms.issued": 4,
    "meta:parsely-pub-date": 4,
    "time:pubdate": 4,
    "microformat:published": 4,
    "meta:citation_publication_date": 4,
    "jsonld:dateCreated": 3,
    "jsonld:webpage": 3,
    "meta:sailthru.date": 3,
    "meta:date": 3,
    "meta:pubdate": 3,
    "meta:publishdate": 3,
    "meta:publish-date": 3,
    "meta:publish_date": 3,
    "meta:article.published": 3,
    "meta:dc.date": 3,
    "meta:dcterms.date": 3,
    "meta:dc.date.created": 3,
    "meta:dcterms.created": 3,
    "extractor": 3,
    "time": 1,
}
_ISO = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")


def normalise_date(value: str) -> tuple[str, int] | None:
    """A date as ISO 8601 (``2024-06-19``, or ``2024-06-19T10:15:00+02:00`` with the time
    and offset the page gives), and how precise it is (0 day, 1 time, 2 time and offset);
    None when it is not a date this reader knows."""
    text = value.strip()
    match = _ISO.match(text)
    if match:
        year, month, day, hour, minute, second, zone = match.groups()
        try:
            moment = dt.datetime(
                int(year),
                int(month),
                int(day),
                int(hour or 0),
                int(minute or 0),
                int(second or 0),
            )
        except ValueError:
            return None
        if not 1990 <= moment.year <= 2100:
            return None
        if hour is None:
            return moment.date().isoformat(), 0
        if zone is None:
            return moment.isoformat(timespec="seconds"), 1
        if zone == "Z":
            offset = dt.timedelta(0)
        else:
            digits = zone.replace(":", "")
            sign = -1 if digits[0] == "-" else 1
            offset = sign * dt.timedelta(hours=int(digits[1:3]), minutes=int(digits[3:5]))
        aware = moment.replace(tzinfo=dt.timezone(offset))
        shown = aware.isoformat(timespec="seconds")
        return (shown.replace("+00:00", "Z") if zone == "Z" else shown), 2
    match = _SLASHED.match(text)
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat(), 0
        except ValueError:
            return None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return parsed.isoformat(timespec="seconds"), 1
    return parsed.isoformat(timespec="seconds"), 2


def choose_date(candidates: Sequence[Candidate], extracted: str | None = None) -> str | None:
    """The publication date: the day most sources (by weight) give, stated as precisely as
    any of them states it."""
    found = [(c.value, c.source) for c in candidates if c.field == "date"]
    if extracted:
        found.append((extracted, "extractor"))
    days: dict[str, float] = {}
    statements: list[tuple[str, int, int, str]] = []
    for value, source in found:
        normal = normalise_date(value)
        if normal is None:
            continue
        text, precision = normal
        weight = _weight(DATE_WEIGHTS, source)
        day = text[:10]
        days[day] = days.get(day, 0) + weight
        statements.append((day, precision, weight, text))
    if not days:
        return None
    day = max(days, key=lambda d: (days[d], d))
    best = max((s for s in statements if s[0] == day), key=lambda s: (s[1], s[2]))
    return best[3]


# --- description --------------------------------------------------------------------------

DESCRIPTION_WEIGHTS = {
    "meta:og:description": 5,
    "meta:description": 4,
    "jsonld:description": 4,
    "meta:twitter:description": 3,
    "meta:dc.description": 3,
    "meta:dcterms.description": 3,
    "meta:dcterms.abstract": 3,
    "itemprop:description": 3,
    "jsonld:webpage": 2,
    "extractor": 2,
}
_WORD = re.compile(r"\w{4,}")


def _overlap(text: str, context: set[str]) -> float:
    words = {w.casefold() for w in _WORD.findall(text)}
    return len(words & context) / len(words) if words else 0.0


def text_paragraph(text: str | None, title: str | None) -> str | None:
    """The first paragraph of the main text that reads as one: a sentence of some length,
    not the headline again."""
    if not text:
        return None
    for paragraph in text.split("\n"):
        line = clean(paragraph)
        if not line or len(line) < 60 or (title and _key(line) == _key(title)):
            continue
        if not re.search(r"[.!?\u2026\"\u201c\u201d]$", line):
            continue
        return line
    return None


def choose_description(
    candidates: Sequence[Candidate],
    title: str | None,
    text: str | None,
    extracted: str | None = None,
    paragraph: str | None = None,
) -> str | None:
    """The page's summary; when it states none, the first paragraph of its main text
    (``paragraph``, as found in the page's article, else the first of ``text``).

    A description that shares almost no words with the title and the text (a site-wide
    slogan in ``<meta name=description>``) loses to one that does.
    """
    found = [(c.value, c.source) for c in candidates if c.field == "description"]
    if extracted:
        found.append((extracted, "extractor"))
    context = {w.casefold() for w in _WORD.findall(f"{title or ''} {(text or '')[:4000]}")}
    scored = []
    for value, source in found:
        if len(value) < 25 or (title and _key(value) == _key(title)):
            continue
        weight = _weight(DESCRIPTION_WEIGHTS, source)
        if context and _overlap(value, context) < 0.2:
            weight -= 4
        scored.append((value, source, weight))
    chosen = _best([s for s in scored if s[2] > 0]) if scored else None
    return chosen or paragraph or text_paragraph(text, title)
