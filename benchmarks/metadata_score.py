"""Per-field accuracy of page metadata on the fixture pages, against the single extractors.

    python benchmarks/metadata_score.py [--misses] [--time]

Two sets: the fixture pages the reader was built with, and a held-out set written after
it (``heldout/``), whose first score is kept in ``docs/metadata.md``.

Reads ``tests/fixtures/metadata/*.html`` with the expected values in ``expected.json``
(pages written for the tests in the shapes news sites use; see ``make_pages.py`` there)
and prints, for each field, the share of pages on which each extractor gives the
expected value:

- ``briefing``: :func:`tui.fetch.extract.extract_page`, what ``briefing fetch`` stores;
- ``trafilatura``: trafilatura's own metadata alone (``bare_extraction``);
- ``plain``: a plain reader of ``og:*``, ``<title>``, ``<meta name=author|description>``
  and ``article:published_time``, the first of each that is present.

A value is right when it matches ignoring case, white space and quote style; authors as
a set of names; a date as the same instant (or the same day when one side gives only the
day); a description also when the value is the expected one cut short (ending in "..."),
as ``og:description`` often is. ``--misses`` lists every wrong value.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ROOT / "tests" / "fixtures" / "metadata"
FIELDS = ("title", "author", "site_name", "published", "description")
GOALS = {"title": 0.95, "author": 0.88, "site_name": 0.95, "published": 0.97, "description": 0.90}
"""The goals of the metadata issue, per field."""

Extractor = Callable[[str, str], dict[str, str | None]]

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"})


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").translate(_QUOTES)).strip().casefold()


def _names(text: str | None) -> set[str]:
    parts = re.split(r"\s*(?:,|;|\band\b|\bund\b|&)\s*", re.sub(r"^(by|von)\s+", "", _norm(text)))
    return {part for part in parts if part}


def _moment(text: str) -> tuple[dt.datetime | dt.date, bool] | None:
    value = text.strip().replace("Z", "+00:00")
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value), False
        return dt.datetime.fromisoformat(value), True
    except ValueError:
        return None


def same(field: str, got: str | None, want: str | None) -> bool:
    """Whether ``got`` is right for ``field`` (see the module docstring)."""
    if want is None or got is None:
        return want is None and got is None
    if field == "author":
        return _names(got) == _names(want)
    if field == "published":
        a, b = _moment(got), _moment(want)
        if a is None or b is None:
            return False
        (x, x_time), (y, y_time) = a, b
        if x_time and y_time:
            assert isinstance(x, dt.datetime) and isinstance(y, dt.datetime)
            if (x.tzinfo is None) != (y.tzinfo is None):
                return x.replace(tzinfo=None) == y.replace(tzinfo=None)
            return x == y
        if x_time != y_time:
            return False  # a day where the page gives the time, or the other way round
        return x == y
    g, w = _norm(got), _norm(want)
    if field == "description" and g != w:
        stem = re.sub(r"\s*(\.\.\.|\u2026)$", "", g)
        return stem != g and len(stem) >= 40 and w.startswith(stem)
    return g == w


def briefing_extractor(html: str, url: str) -> dict[str, str | None]:
    from tui.fetch.extract import extract_page

    found = extract_page(html, url)
    return {field: getattr(found, field) for field in FIELDS}


def trafilatura_extractor(html: str, url: str) -> dict[str, str | None]:
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    get: Callable[[str], Any] = (
        document.get if isinstance(document, dict) else lambda k: getattr(document, k, None)
    )
    return {
        "title": get("title"),
        "author": get("author"),
        "site_name": get("sitename"),
        "published": get("date"),
        "description": get("description"),
    }


def plain_extractor(html: str, url: str) -> dict[str, str | None]:
    import lxml.html

    tree = lxml.html.document_fromstring(html)
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").lower()
        if key and element.get("content") and key not in meta:
            meta[key] = element.get("content") or ""
    return {
        "title": meta.get("og:title") or tree.findtext(".//title"),
        "author": meta.get("author"),
        "site_name": meta.get("og:site_name"),
        "published": meta.get("article:published_time"),
        "description": meta.get("og:description") or meta.get("description"),
    }


EXTRACTORS: dict[str, Extractor] = {
    "briefing": briefing_extractor,
    "trafilatura": trafilatura_extractor,
    "plain": plain_extractor,
}


HELD_OUT = PAGES / "heldout"
"""Pages written after the reader was built and scored once, before any change to it."""


def expected(folder: Path = PAGES) -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads((folder / "expected.json").read_text("utf-8"))
    return data


def score(
    extractor: Extractor, folder: Path = PAGES
) -> dict[str, list[tuple[str, str | None, str | None]]]:
    """Field -> the pages it got wrong, as (page, got, expected); the share right is
    ``1 - len(misses) / pages``."""
    misses: dict[str, list[tuple[str, str | None, str | None]]] = {f: [] for f in FIELDS}
    for name, want in expected(folder).items():
        html = (folder / name).read_text(encoding="utf-8")
        got = extractor(html, want["url"])
        for field in FIELDS:
            if not same(field, got[field], want[field]):
                misses[field].append((name, got[field], want[field]))
    return misses


def main(argv: list[str]) -> int:
    import logging

    logging.disable(logging.WARNING)
    for folder in (PAGES, HELD_OUT):
        report(folder, argv)
    if "--time" in argv:
        timing()
    return 0


def timing(runs: int = 5) -> None:
    """Median time to extract every fixture page: ``briefing`` (trafilatura plus every
    metadata source and the choice) against trafilatura alone, in the same run."""
    import statistics
    import time

    pages = [
        ((PAGES / name).read_text(encoding="utf-8"), want["url"])
        for name, want in expected().items()
    ]
    medians = {}
    for name in ("trafilatura", "briefing"):
        extractor = EXTRACTORS[name]
        extractor(*pages[0])  # warm up: imports, trafilatura's first-call set-up
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            for html, url in pages:
                extractor(html, url)
            times.append(time.perf_counter() - start)
        medians[name] = statistics.median(times)
    per_page = medians["briefing"] / len(pages) * 1000
    ratio = medians["briefing"] / medians["trafilatura"]
    print(f"extraction: {per_page:.1f} ms a page, {ratio:.2f}x trafilatura alone")


def report(folder: Path, argv: list[str]) -> None:
    """The table for the pages in ``folder``."""
    pages = len(expected(folder))
    results = {name: score(extractor, folder) for name, extractor in EXTRACTORS.items()}
    print(f"{pages} pages in {folder.relative_to(ROOT)}")
    print(f"{'field':<12} {'goal':>6}" + "".join(f" {name:>12}" for name in EXTRACTORS))
    for field in FIELDS:
        row = f"{field:<12} {GOALS[field]:>6.0%}"
        for name in EXTRACTORS:
            row += f" {1 - len(results[name][field]) / pages:>12.0%}"
        print(row)
    row = f"{'(same day)':<12} {'':>6}"
    for extractor in EXTRACTORS.values():
        right = 0
        for page, want in expected(folder).items():
            got = extractor((folder / page).read_text(encoding="utf-8"), want["url"])["published"]
            right += bool(got and want["published"] and got[:10] == want["published"][:10])
        row += f" {right / pages:>12.0%}"
    print(row)
    if "--misses" in argv:
        for name, misses in results.items():
            for field, wrong in misses.items():
                for page, got, want in wrong:
                    print(f"{name} {field} {page}: got {got!r}, expected {want!r}")
    print()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
