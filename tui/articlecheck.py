"""Why a file cannot be drafted from, in the words ``briefing new`` says it: one place,
so the library's ``n`` dialog can list every article's problem at once, as the command
would, before any drafting starts."""

from __future__ import annotations

import re
from pathlib import Path

from tui.errors import BriefingError
from tui.text import shown_path

__all__ = ["article_problem", "known_format", "known_format_problem"]

FORMATS = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (as Word, OpenDocument and EPUB files are)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
"""How files that are no text start, and what they are: "not UTF-8 text (byte 0xe2)"
told the user of a PDF nothing about what to do."""


def known_format(source: str) -> str | None:
    """What the file at ``source`` is when it is a document or image no article can be
    read from (a PDF, a Word file, a picture); None for text, an address, standard
    input, or a file that cannot be opened (the reader says why)."""
    path = Path(source)
    if source == "-" or re.match(r"(?i)https?://", source) or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError:
        return None
    return next((kind for magic, kind in FORMATS if start.startswith(magic)), None)


def known_format_problem(source: str) -> str | None:
    """The command's words for a file of a :func:`known_format`; None otherwise."""
    kind = known_format(source)
    if kind is None:
        return None
    return (
        f"{shown_path(source)}: looks like {kind} (a binary file), not text; save the"
        " article's text (or its web page) as a .txt, .md or .html file and draft from that"
    )


def article_problem(source: str) -> str | None:
    """Why the article file at ``source`` cannot be drafted from (empty, not UTF-8, a
    PDF …), as ``briefing new`` says it; None when it can be read. Reads the file's
    bytes (up to the reader's limit), never parses a page: for a check made once, not on
    every key."""
    from tui.draft.source import check_article_file

    if re.match(r"(?i)https?://", source):
        return None  # fetched by the drafting itself: its problems are said then
    problem = known_format_problem(source)
    if problem is not None:
        return problem
    try:
        check_article_file(source)
    except BriefingError as error:
        return str(error)
    return None
