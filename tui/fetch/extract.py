"""Metadata and main text from an HTML page, deciding field by field whom to believe.

trafilatura (well kept, used widely for news) gives the main text. The metadata comes
from every statement the page makes about itself (:mod:`tui.fetch.metadata`: JSON-LD,
OpenGraph, Twitter cards, Dublin Core, ``<meta>``, microdata, bylines, ``<title>``),
with trafilatura's own findings as one more voice, decided field by field on the
evidence (:mod:`tui.fetch.choose`); the language comes from ``<html lang>``
(trafilatura only reports a language when asked to filter by one). This runs in the
extraction worker processes (:mod:`tui.fetch.workers`), and trafilatura is imported
inside :func:`extract_page` so nothing pays for it until a page is actually extracted.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Extracted", "extract_page", "split_site_suffix", "strip_site_suffix"]

_SEPARATORS = re.compile(
    "\\s+(?:\\||-|\u2013|\u2014|\u00b7|::|\u00bb|/)\\s+"
)  # | - en/em dash, middle dot, ::, guillemet, /
_SPACES = re.compile(r"\s+")
_quiet = False


@dataclass(frozen=True)
class Extracted:
    """What a page says about itself, plus its main text."""

    title: str | None = None
    site_name: str | None = None
    author: str | None = None
    published: str | None = None
    description: str | None = None
    language: str | None = None
    text: str | None = None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = _SPACES.sub(" ", value).strip()
    return cleaned or None


def split_site_suffix(title: str, site_name: str | None) -> tuple[str, str | None]:
    """``"Headline | Outlet"`` -> ``("Headline", "Outlet")`` when the last part names the site.

    Without a known site name, a short last part after a separator (at most four words,
    shorter than the rest) is taken for the site name, as outlets write it.
    """
    matches = list(_SEPARATORS.finditer(title))
    if not matches:
        return title, None
    head = title[: matches[-1].start()].strip()
    last = title[matches[-1].end() :].strip()
    if not head or not last:
        return title, None
    if site_name and last.casefold() == site_name.casefold():
        return head, last
    if site_name is None and len(last.split()) <= 4 and len(last) < len(head):
        return head, last
    return title, None


def strip_site_suffix(title: str, site_name: str | None) -> str:
    """``title`` without a trailing " | Site" part (see :func:`split_site_suffix`)."""
    return split_site_suffix(title, site_name)[0]


def _meta(tree: Any) -> dict[str, str]:
    """``<meta>`` values by lowercased property/name (first one wins)."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        if not key and element.get("http-equiv"):
            key = "http-equiv:" + element.get("http-equiv", "").strip().lower()
        content = _clean(element.get("content"))
        if key and content and key not in found:
            found[key] = content
    return found


def _language(tree: Any, meta: dict[str, str], header: str | None) -> str | None:
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        meta.get("og:locale"),
        meta.get("http-equiv:content-language"),
        meta.get("language"),
        header,
    ]
    for candidate in candidates:
        value = _clean(candidate)
        if value:
            value = value.split(",")[0].strip().replace("_", "-")
            if re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*", value):
                return value
    return None


def _silence_extractor_logs() -> None:
    # trafilatura and its helpers log warnings about odd pages; without a handler Python
    # would print them on stderr over the progress bar. Our results carry the outcome.
    global _quiet
    if not _quiet:
        for name in ("trafilatura", "htmldate", "courlan", "justext"):
            logging.getLogger(name).addHandler(logging.NullHandler())
            logging.getLogger(name).propagate = False
        _quiet = True


def extract_page(html: str, url: str, *, content_language: str | None = None) -> Extracted:
    """Title, site name, author, date, description, language and main text of ``html``."""
    import lxml.html
    import trafilatura
    from lxml.etree import ParserError
    from trafilatura.settings import set_date_params

    from tui.fetch.choose import (
        choose_author,
        choose_date,
        choose_description,
        choose_site,
        choose_title,
    )
    from tui.fetch.metadata import first_paragraph, read_candidates

    _silence_extractor_logs()
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return Extracted(text=_clean(html) if html.strip() else None)
    meta = _meta(tree)
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # a date from the page's markup or address only: the extensive search reads
        # years in the running text ("fallen by 18 percent since 2015") as the date the
        # page was published
        date_extraction_params=set_date_params(extensive=False),
    )
    found: dict[str, Any] = {}
    if document is not None and not isinstance(document, dict):
        found = {
            slot: getattr(document, slot, None)
            for slot in ("title", "author", "date", "sitename", "description", "text")
        }
    elif isinstance(document, dict):
        found = document

    text = found.get("text") if isinstance(found.get("text"), str) else None
    if not text or not text.strip():
        body = tree.find(".//body")
        text = _clean((body if body is not None else tree).text_content())
    candidates = read_candidates(tree)
    site_name = choose_site(candidates, _clean(found.get("sitename")))
    title = choose_title(candidates, site_name, _clean(found.get("title")))
    author = choose_author(candidates, site_name, _clean(found.get("author")))
    published = choose_date(candidates, _clean(found.get("date")))
    description = choose_description(
        candidates, title, text, _clean(found.get("description")), first_paragraph(tree)
    )
    return Extracted(
        title=title,
        site_name=site_name,
        author=author,
        published=published,
        description=description,
        language=_language(tree, meta, content_language),
        text=text.strip() if text else None,
    )
