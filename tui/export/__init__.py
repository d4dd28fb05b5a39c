"""Exporting a briefing: Markdown, HTML, JSON and schema.org ClaimReview.

Every writer is a pure function of the model, ``Briefing -> str``, and the same input
always gives the same bytes. This package is imported by the command line and the app only
when an export is asked for, and each writer (markdown-it for HTML, pydantic dumps for
JSON) is imported only when its format is used, so nothing here slows start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.model import Briefing

__all__ = ["FORMATS", "SUFFIXES", "ExportError", "default_filename", "export_briefing"]

FORMATS: tuple[str, ...] = ("markdown", "html", "json", "claimreview")
"""Export formats, in the order menus and ``--help`` list them."""

SUFFIXES: dict[str, str] = {
    "markdown": ".md",
    "html": ".html",
    "json": ".json",
    "claimreview": ".claimreview.json",
}
"""File name ending for each format."""

_WRITERS: dict[str, tuple[str, str]] = {
    "markdown": ("tui.export.markdown", "briefing_markdown"),
    "html": ("tui.export.html", "briefing_html"),
    "json": ("tui.export.json_export", "briefing_json"),
    "claimreview": ("tui.export.claimreview", "briefing_claimreview"),
}


class ExportError(ValueError):
    """The briefing holds something the chosen format cannot represent."""


def export_briefing(briefing: Briefing, fmt: str) -> str:
    """``briefing`` in format ``fmt`` (one of :data:`FORMATS`) as text.

    Raises ``ValueError`` for an unknown format and :class:`ExportError` when the briefing
    cannot be written in that format (a figure of infinity in JSON, for instance).
    """
    try:
        module_name, function_name = _WRITERS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}"
        ) from None
    writer = getattr(importlib.import_module(module_name), function_name)
    text: str = writer(briefing)
    return text


def default_filename(briefing: Briefing, fmt: str) -> str:
    """A sensible file name for ``briefing`` exported as ``fmt``: its id plus the suffix."""
    return briefing.id + SUFFIXES[fmt]
