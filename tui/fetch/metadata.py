"""Every piece of metadata a page carries about itself, read from its parsed tree.

News pages state their title, authors, date and description several times over, in
vocabularies that disagree: JSON-LD (``@graph`` lists, arrays, ``author`` objects,
lists and ``@id`` references), OpenGraph and ``article:*``, Twitter cards, Dublin Core
(``DC.*`` and ``dcterms.*``, any case), plain ``<meta name=author|description|date>``
and the analytics variants outlets add (``parsely-*``, ``sailthru.*``), microdata
(``itemprop``), ``rel=author`` links and visible bylines, ``<time datetime>``, and the
``<title>`` and ``<h1>`` a reader sees. :func:`read_candidates` collects all of them as
:class:`Candidate` values, each with the source it came from; :mod:`tui.fetch.choose`
decides per field which to believe.

Why our own reader rather than extruct: extruct covers JSON-LD, microdata, OpenGraph,
RDFa and microformats, but not Dublin Core in its ``DC.*`` meta form, the analytics
meta names, ``rel=author`` or visible bylines, and it brings rdflib, pyRdfa3, mf2py and
their parsers into every extraction worker. This reader works on the lxml tree the
extractor parses anyway (lxml is already a dependency, through trafilatura), in one
pass over ``<meta>`` and a few XPath queries, and reads malformed JSON-LD (comments,
CDATA, trailing commas, raw newlines) that a strict ``json.loads`` refuses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Candidate", "byline_names", "first_paragraph", "read_candidates"]

FIELDS = ("title", "author", "site", "date", "description")
MAX_PER_SOURCE = 4
"""Values kept of one source for one field (the first ones: where a page states them)."""
MAX_PER_FIELD = 40
"""Values kept for one field, whatever their sources."""
MAX_NAMES = 20
"""Authors kept of one statement: a longer list is a page's list of staff, not a byline."""
MAX_VALUE = 2000
"""Characters kept of one value."""


@dataclass(frozen=True)
class Candidate:
    """One value for one field, and where the page said it (``og:title``, ``jsonld``...)."""

    field: str
    value: str
    source: str

    def __post_init__(self) -> None:
        if len(self.value) > MAX_VALUE:
            object.__setattr__(self, "value", self.value[:MAX_VALUE])


_SPACES = re.compile(r"\s+")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Report|LiveBlogPosting|Posting)$")
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)


def clean(value: object) -> str | None:
    """Text with runs of white space as one space; None when empty or not text."""
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", value).strip()
    return text or None


def _looks_like_url(text: str) -> bool:
    return bool(_URL.match(text))


# --- JSON-LD ------------------------------------------------------------------------------


def _json(text: str) -> Any:
    """JSON-LD as pages write it: maybe inside a comment or CDATA, maybe with trailing
    commas or raw control characters; None when it cannot be read."""
    body = text.strip()
    for opener, closer in (("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")):
        if body.startswith(opener) and body.endswith(closer):
            body = body[len(opener) : -len(closer)].strip()
    for attempt in (body, _TRAILING_COMMA.sub(r"\1", body)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):  # RecursionError: nesting past the stack
            continue
    return None


def _nodes(data: Any, found: list[dict[str, Any]], depth: int = 0) -> None:
    """Every object of a JSON-LD document that has a type, nested ones included."""
    if depth > 12 or len(found) >= 500:
        return
    if isinstance(data, list):
        for item in data:
            _nodes(item, found, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            found.append(data)
        for key, value in data.items():
            if key in (
                "@graph",
                "mainEntity",
                "mainEntityOfPage",
                "hasPart",
                "itemListElement",
            ) or (
                key in ("author", "publisher", "isPartOf", "creator") and isinstance(value, dict)
            ):
                _nodes(value, found, depth + 1)


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type")
    values = kind if isinstance(kind, list) else [kind]
    return [value.rsplit("/", 1)[-1] for value in values if isinstance(value, str)]


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """A ``{"@id": ...}`` reference replaced by the object it names, where the page has it."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
        return by_id.get(str(value["@id"]), value)
    return value


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """(name, kind) of each author or publisher ``value`` holds: text, objects, lists."""
    value = _resolve(value, by_id)
    if isinstance(value, list):
        return [name for item in value for name in _names(item, by_id)]
    if isinstance(value, str):
        text = clean(value)
        return [(text, "")] if text and not _looks_like_url(text) else []
    if isinstance(value, dict):
        kind = next(iter(_types(value)), "")
        name = value.get("name")
        if isinstance(name, list):
            name = next((n for n in name if isinstance(n, str)), None)
        text = clean(name)
        if text is None:
            parts = [clean(value.get(k)) for k in ("givenName", "familyName")]
            text = " ".join(p for p in parts if p) or None
        if text and not _looks_like_url(text):
            return [(text, kind)]
    return []


def _text_of(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str)), None)
    if isinstance(value, dict):
        value = value.get("@value")
    return clean(value)


def _jsonld(tree: Any) -> Iterator[Candidate]:
    nodes: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        kind = (script.get("type") or "").split(";")[0].strip().lower()
        if kind == "application/ld+json" and script.text:
            _nodes(_json(script.text), nodes)
    by_id = {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str)}
    articles = [n for n in nodes if any(_ARTICLE_TYPES.search(t) for t in _types(n))]
    # the main article: the first one with a headline and a date, else the first one
    articles.sort(key=lambda n: not (n.get("headline") and n.get("datePublished")))
    if articles:
        main = articles[0]
        for key, field in (("headline", "title"), ("name", "title")):
            text = _text_of(main.get(key))
            if text:
                yield Candidate(field, text, f"jsonld:{key}")
                break
        authors = _names(main.get("author"), by_id) or _names(main.get("creator"), by_id)
        authors = authors[:MAX_NAMES]
        people = [name for name, kind in authors if kind != "Organization"]
        if people:
            yield Candidate("author", ", ".join(people), "jsonld:author")
        elif authors:
            yield Candidate("author", ", ".join(n for n, _ in authors), "jsonld:author-org")
        for key in ("datePublished", "dateCreated", "uploadDate"):
            text = _text_of(main.get(key))
            if text:
                yield Candidate("date", text, f"jsonld:{key}")
                break
        text = _text_of(main.get("description"))
        if text:
            yield Candidate("description", text, "jsonld:description")
        for name, _ in _names(main.get("publisher"), by_id)[:1]:
            yield Candidate("site", name, "jsonld:publisher")
        part = _resolve(main.get("isPartOf"), by_id)
        if isinstance(part, dict) and "WebSite" in _types(part):
            for name, _ in _names(part, by_id)[:1]:
                yield Candidate("site", name, "jsonld:website")
    for node in nodes:
        types = _types(node)
        if "WebSite" in types:
            for name, _ in _names(node, by_id)[:1]:
                yield Candidate("site", name, "jsonld:website")
        elif "NewsMediaOrganization" in types or ("Organization" in types and not articles):
            for name, _ in _names(node, by_id)[:1]:
                yield Candidate("site", name, "jsonld:organization")
        elif not articles and "WebPage" in types:
            text = _text_of(node.get("name") or node.get("headline"))
            if text:
                yield Candidate("title", text, "jsonld:webpage")
            text = _text_of(node.get("datePublished"))
            if text:
                yield Candidate("date", text, "jsonld:webpage")
            text = _text_of(node.get("description"))
            if text:
                yield Candidate("description", text, "jsonld:webpage")


# --- <meta> -------------------------------------------------------------------------------

_META_FIELDS: dict[str, str] = {
    "og:title": "title",
    "twitter:title": "title",
    "dc.title": "title",
    "dcterms.title": "title",
    "parsely-title": "title",
    "sailthru.title": "title",
    "title": "title",
    "headline": "title",
    "og:site_name": "site",
    "application-name": "site",
    "dc.publisher": "site",
    "dcterms.publisher": "site",
    "publisher": "site",
    "author": "author",
    "article:author": "author",
    "og:article:author": "author",
    "dc.creator": "author",
    "dcterms.creator": "author",
    "parsely-author": "author",
    "sailthru.author": "author",
    "byl": "author",
    "twitter:creator": "author",
    "citation_author": "author",
    "article:published_time": "date",
    "og:article:published_time": "date",
    "og:published_time": "date",
    "datepublished": "date",
    "dc.date.issued": "date",
    "dcterms.issued": "date",
    "dc.date.created": "date",
    "dcterms.created": "date",
    "dc.date": "date",
    "dcterms.date": "date",
    "date": "date",
    "pubdate": "date",
    "publishdate": "date",
    "publish-date": "date",
    "publish_date": "date",
    "article.published": "date",
    "article_date_original": "date",
    "parsely-pub-date": "date",
    "sailthru.date": "date",
    "citation_publication_date": "date",
    "og:description": "description",
    "twitter:description": "description",
    "description": "description",
    "dc.description": "description",
    "dcterms.description": "description",
    "dcterms.abstract": "description",
}
"""Which field each ``<meta>`` name, property or itemprop states (lowercased)."""


def _meta(tree: Any) -> Iterator[Candidate]:
    """Each ``<meta>`` that names a field; an author meta given once per author (as
    ``parsely-author`` and ``article:author`` are) is one candidate with all of them."""
    authors: dict[str, list[str]] = {}
    for candidate in _meta_each(tree):
        if candidate.field == "author":
            authors.setdefault(candidate.source, []).append(candidate.value)
        else:
            yield candidate
    for source, values in authors.items():
        yield Candidate("author", ", ".join(dict.fromkeys(values)), source)


def _meta_each(tree: Any) -> Iterator[Candidate]:
    for element in tree.iter("meta"):
        content = clean(element.get("content"))
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().lower()
            field = _META_FIELDS.get(key)
            if field is None:
                continue
            if field == "author" and (_looks_like_url(content) or content.startswith("@")):
                continue  # article:author as a profile link, twitter:creator as a handle
            source = f"meta:{key}" if attribute != "itemprop" else f"itemprop:{key}"
            yield Candidate(field, content, source)


# --- microdata, bylines, the visible page ------------------------------------------------


def _element_text(element: Any) -> str | None:
    for attribute in ("content", "datetime"):
        value = clean(element.get(attribute))
        if value:
            return value
    try:
        return clean(element.text_content())
    except ValueError:
        return None


_BY = re.compile(
    r"^(?:(?:written\s+)?by|von|text(?:\s+von)?|autor(?:in)?|author|par|por)\s*:?\s+"
    r"(?:(?:der|dem|den|the)\s+)?",
    re.IGNORECASE,
)
_BYLINE_TAIL = re.compile(
    r"\s*(?:\|.*|[,;\u00b7\u2022\u2014\u2013-]?\s*(?:\d{1,2}[./]\s*\d{1,2}[./]|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\.?\s+\w+\s+\d{4}|\w+ \d{1,2}, \d{4}"
    r"|updated|aktualisiert|published|veröffentlicht).*)$",
    re.IGNORECASE,
)


def byline_names(text: str) -> str | None:
    """``By Ann Example and Bo Sample, Berlin`` -> ``Ann Example, Bo Sample``: the names of
    a visible byline, without the "By", places, dates and roles after them."""
    text = clean(text) or ""
    text = _BY.sub("", text)
    text = _BYLINE_TAIL.sub("", text)
    parts = re.split(r"\s*(?:,|\band\b|\bund\b|&|\bet\b|\by\b)\s*", text)
    names = [part.strip(" .") for part in parts if part and part.strip(" .")]
    # a place or a role after a comma ("Ann Example, Berlin"): names have two words or more
    # when any does; a one-word part after a full name is dropped
    if len(names) > 1 and any(len(n.split()) > 1 for n in names[:1]):
        names = [names[0]] + [n for n in names[1:] if len(n.split()) > 1]
    longest = 8 if len(names) == 1 else 5  # one credit may be an office's long name
    names = [n for n in names if 1 <= len(n.split()) <= longest and not any(c.isdigit() for c in n)]
    return ", ".join(names) or None


def _microdata(tree: Any) -> Iterator[Candidate]:
    for element in tree.xpath("//*[@itemprop][not(self::meta)]"):
        prop = (element.get("itemprop") or "").strip().lower()
        if prop == "headline":
            text = _element_text(element)
            if text:
                yield Candidate("title", text, "itemprop:headline")
        elif prop in ("author", "creator"):
            inner = element.xpath(".//*[@itemprop='name']")
            text = _element_text(inner[0]) if inner else _element_text(element)
            names = byline_names(text) if text else None
            if names:
                yield Candidate("author", names, "itemprop:author")
        elif prop in ("datepublished", "datecreated"):
            text = _element_text(element)
            if text:
                yield Candidate("date", text, "itemprop:datepublished")
        elif prop == "description":
            text = _element_text(element)
            if text:
                yield Candidate("description", text, "itemprop:description")
        elif prop == "publisher":
            inner = element.xpath(".//*[@itemprop='name']")
            text = _element_text(inner[0]) if inner else None
            if text:
                yield Candidate("site", text, "itemprop:publisher")


_BYLINE_XPATH = (
    "//*[self::a or self::span or self::p or self::div or self::address]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
    " or contains(@class, 'byline__') or contains(@class, 'author-name')"
    " or contains(@class, 'article-author') or contains(@class, 'author__name')"
    " or contains(@class, 'autor')]"
)


def _bylines(tree: Any) -> Iterator[Candidate]:
    links = [
        _element_text(a) for a in tree.xpath("//a[contains(concat(' ', @rel, ' '), ' author ')]")
    ]
    names = [byline_names(text) for text in links if text]
    people = list(dict.fromkeys(n for n in names if n))
    if people:
        yield Candidate("author", ", ".join(people), "rel-author")
    # every byline element of the article (one per author on some sites), else of the page
    elements = tree.xpath("//article" + _BYLINE_XPATH[1:]) or tree.xpath(_BYLINE_XPATH)
    credited: list[str] = []
    for element in elements[:6]:
        text = _element_text(element)
        if text and len(text) < 200:
            found = byline_names(text)
            if found:
                credited.extend(found.split(", "))
    if credited:
        yield Candidate("author", ", ".join(dict.fromkeys(credited)), "byline")
    # microformats: <abbr class="published" title="..."> (hAtom), class="dt-published" (h-entry)
    for element in tree.xpath(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' published ')"
        " or contains(concat(' ', normalize-space(@class), ' '), ' dt-published ')]"
        "[@title or @datetime]"
    )[:1]:
        value = clean(element.get("datetime") or element.get("title"))
        if value:
            yield Candidate("date", value, "microformat:published")
    for element in tree.xpath("//time[@datetime]")[:5]:
        marked = element.get("pubdate") is not None or "publish" in (element.get("class") or "")
        yield Candidate(
            "date", element.get("datetime").strip(), "time:pubdate" if marked else "time"
        )
        if marked:
            break


_PARAGRAPH_XPATH = (
    "(//article | //main | //*[@itemprop='articleBody'])[1]//p"
    "[not(ancestor::header) and not(ancestor::nav) and not(ancestor::footer)"
    " and not(ancestor::aside) and not(ancestor::figure)]"
)
_SENTENCE_END = re.compile(r"[.!?\u2026\"\u201c\u201d)]$")
_NOT_BODY = re.compile(r"byline|author|meta|date|caption|credit|lead|teaser|intro", re.IGNORECASE)


def first_paragraph(tree: Any) -> str | None:
    """The first paragraph of the article's body that reads as one: inside ``<article>``
    or ``<main>``, not a byline, date line or caption, a sentence of some length."""
    for element in tree.xpath(_PARAGRAPH_XPATH)[:12]:
        if _NOT_BODY.search(element.get("class") or ""):
            continue
        text = _element_text(element)
        if text and len(text) >= 60 and _SENTENCE_END.search(text):
            return text
    return None


def _visible(tree: Any) -> Iterator[Candidate]:
    title = clean(tree.findtext(".//title"))
    if title:
        yield Candidate("title", title, "title")
    for h1 in tree.xpath("//article//h1 | //main//h1 | //h1")[:1]:
        text = _element_text(h1)
        if text:
            yield Candidate("title", text, "h1")


def read_candidates(tree: Any) -> list[Candidate]:
    """Every title, author, site name, date and description the page states, in the order
    read: JSON-LD, ``<meta>``, microdata, bylines and ``<time>``, ``<title>`` and ``<h1>``."""
    found: list[Candidate] = []
    per_source: dict[tuple[str, str], int] = {}
    per_field: dict[str, int] = {}
    for reader in (_jsonld, _meta, _microdata, _bylines, _visible):
        try:
            for candidate in reader(tree):
                # bounded: choosing compares candidates pairwise, and a hostile page may
                # repeat a tag ten thousand times
                source = (candidate.field, candidate.source)
                if per_source.get(source, 0) >= MAX_PER_SOURCE:
                    continue
                if per_field.get(candidate.field, 0) >= MAX_PER_FIELD:
                    continue
                per_source[source] = per_source.get(source, 0) + 1
                per_field[candidate.field] = per_field.get(candidate.field, 0) + 1
                found.append(candidate)
        except (ValueError, TypeError, AttributeError):  # a reader must never cost the page
            continue
    return found
