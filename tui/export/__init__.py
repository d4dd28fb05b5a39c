"""Exporting a briefing: Markdown, HTML, JSON, schema.org ClaimReview and STIX 2.1.

Every writer is a pure function of what it is given: the model and, optionally, what the
fetch cache holds for its sources (``fetched``, gathered by the caller with
:func:`tui.export.fetched.fetched_for`). The same input always gives the same bytes. This
package is imported by the command line and the app only when an export is asked for,
and each writer (cmark for HTML, pydantic dumps for JSON) is imported only when its
format is used, so nothing here slows start-up.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING

from tui.errors import BriefingError

if TYPE_CHECKING:
    from tui.export.claimreview import Review
    from tui.export.selection import Selection
    from tui.fetch.result import FetchResult
    from tui.model import Briefing

__all__ = [
    "FORMATS",
    "FORMAT_LABELS",
    "SUFFIXES",
    "ExportError",
    "default_filename",
    "endings_for",
    "export_briefing",
    "format_for_filename",
]

FORMAT_LABELS: dict[str, str] = {
    "markdown": "Markdown summary (.md)",
    "html": "HTML page (.html)",
    "json": "JSON, the whole briefing (.json)",
    "claimreview": "ClaimReview JSON-LD (.claimreview.json)",
    "stix": "STIX 2.1 bundle (.stix.json)",
}
"""Every export format and how menus name it, in the order menus and ``--help`` list
them: the registry the app's export dialog and the command line read."""

FORMATS: tuple[str, ...] = tuple(FORMAT_LABELS)
"""Export formats, in the order menus and ``--help`` list them."""

SUFFIXES: dict[str, str] = {
    "markdown": ".md",
    "html": ".html",
    "json": ".json",
    "claimreview": ".claimreview.json",
    "stix": ".stix.json",
}
"""File name ending for each format."""

_FORMAT_OF_ENDING: tuple[tuple[str, str], ...] = (
    (".claimreview.json", "claimreview"),
    (".stix.json", "stix"),
    (".jsonld", "claimreview"),
    (".json", "json"),
    (".md", "markdown"),
    (".markdown", "markdown"),
    (".html", "html"),
    (".htm", "html"),
)
"""File name endings that name a format, longest first so ``.claimreview.json`` wins."""
KNOWN_ENDINGS = ", ".join(ending for ending, _ in _FORMAT_OF_ENDING)

_WRITERS: dict[str, tuple[str, str, frozenset[str]]] = {
    "markdown": ("tui.export.markdown", "briefing_markdown", frozenset({"fetched", "selection"})),
    "html": ("tui.export.html", "briefing_html", frozenset({"fetched", "selection"})),
    "json": ("tui.export.json_export", "briefing_json", frozenset({"fetched"})),
    "claimreview": (
        "tui.export.claimreview",
        "briefing_claimreview",
        frozenset({"review", "selection"}),
    ),
    "stix": ("tui.export.stix", "briefing_stix", frozenset({"selection"})),
}
"""Module and function of each writer, and what else it takes: fetched data (ClaimReview
and STIX have no place for it), a filtered view (JSON is the whole briefing, so it
refuses one), the review's publisher, URL and date (ClaimReview alone)."""


class ExportError(BriefingError, ValueError):
    """The briefing holds something the chosen format cannot represent."""


def export_briefing(
    briefing: Briefing,
    fmt: str,
    fetched: Mapping[str, FetchResult] | None = None,
    *,
    selection: Selection | None = None,
    review: Review | None = None,
) -> str:
    """``briefing`` in format ``fmt`` (one of :data:`FORMATS`) as text.

    ``fetched`` maps source ids to what the fetch cache holds for them: the Markdown and
    HTML summaries then show it under each source, and the sourcing profile (in those and
    in JSON) counts how the excerpts and quotes fared against the fetched pages.
    ``selection`` (a :class:`tui.export.selection.Selection`: claim ids and the filter in
    words) exports a filtered view, whose heading says so; ``review`` (a
    :class:`tui.export.claimreview.Review`) gives ClaimReview its publisher, URL and date.
    Raises ``ValueError`` for an unknown format and :class:`ExportError` when the briefing
    cannot be written in that format (a figure of infinity in JSON, a ClaimReview without
    a publisher or with no verdict to review, a filtered view as JSON).
    """
    try:
        module_name, function_name, takes = _WRITERS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}"
        ) from None
    if selection is not None and "selection" not in takes:
        raise ExportError(
            f"a {fmt} export is the whole briefing and cannot hold a filtered view"
            f" ({selection.description}); clear the filter, or choose Markdown, HTML,"
            " ClaimReview or STIX"
        )
    given = {"fetched": fetched, "selection": selection, "review": review}
    arguments = {name: value for name, value in given.items() if name in takes}
    writer = getattr(importlib.import_module(module_name), function_name)
    text: str = writer(briefing, **arguments)
    return text


def default_filename(briefing: Briefing, fmt: str) -> str:
    """A sensible file name for ``briefing`` exported as ``fmt``: its id plus the suffix."""
    return briefing.id + SUFFIXES[fmt]


def format_for_filename(name: str) -> str | None:
    """The export format a file name's ending asks for (``report.html`` -> html); None
    when the ending names no format."""
    lowered = name.lower()
    for ending, fmt in _FORMAT_OF_ENDING:
        if lowered.endswith(ending):
            return fmt
    return None


_JSON_FORMATS = frozenset({"json", "claimreview", "stix"})
"""Formats written as JSON: a plain ``.json`` file name suits each of them."""


def endings_for(fmt: str) -> list[str]:
    """The file name endings a ``fmt`` export may have: those that name it, and ``.json``
    for every format that is JSON."""
    named = [ending for ending, named_fmt in _FORMAT_OF_ENDING if named_fmt == fmt]
    if fmt in _JSON_FORMATS and ".json" not in named:
        named.append(".json")
    return named


def format_problem(fmt: str | None, name: str) -> tuple[str | None, str | None]:
    """The format to write ``name`` in, given the one asked for (or None), and a problem.

    The format comes from ``fmt`` when given, else from the file name's ending. A file
    name whose ending names another format than ``fmt`` is refused, so ``report.html``
    never holds Markdown, except a plain ``.json`` for any format written as JSON
    (``--format claimreview --output reviews.json`` is what people type). The refusal
    names the endings each format takes.
    """
    implied = format_for_filename(name)
    if fmt is None:
        if implied is None:
            return None, (
                f"cannot tell the format from the file name; end it in one of {KNOWN_ENDINGS}"
                f" or give --format ({', '.join(FORMATS)})"
            )
        return implied, None
    plain_json = implied == "json" and fmt in _JSON_FORMATS
    if implied is not None and implied != fmt and not plain_json:
        return None, (
            f"the file name ends like {implied}, but the format asked for is {fmt}; a {fmt}"
            f" export's name ends in {' or '.join(endings_for(fmt))} (formats: "
            + ", ".join(f"{each} {SUFFIXES[each]}" for each in FORMATS)
            + ")"
        )
    return fmt, None
