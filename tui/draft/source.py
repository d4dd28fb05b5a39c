"""Reading the article to draft from: a text, Markdown or HTML file, or an http(s) URL.

Whatever the input, the drafter works on plain text with blank lines between
paragraphs, plus what the source says about itself (title, date, outlet). Bad input
(empty, binary, not UTF-8, a failed fetch, a page with no main text) raises
:class:`SourceError` with a message that names the file or URL.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from tui.boundedread import ReadRefused, read_regular
from tui.errors import BriefingError
from tui.text import shown_path, visible

__all__ = ["ArticleText", "SourceError", "check_article_file", "read_source"]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|body)\b", re.I)
_MAX_BYTES = 20 * 1024 * 1024


class SourceError(BriefingError):
    """The source cannot be drafted from; the message names it and says why."""


@dataclass(frozen=True)
class ArticleText:
    """The article as plain text, with what its source says about itself."""

    text: str
    """Paragraphs separated by blank lines; Markdown headings keep their ``#``."""
    origin: str
    """The file path or URL, as given."""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None

    @property
    def recorded_origin(self) -> str:
        """What the briefing records of where the article came from: the address, or a
        file's name without its folders. A briefing is shared and exported; a path such
        as ``/home/ana/leaks/tip-from-x.md`` tells where a journalist keeps a source."""
        if self.origin.startswith(("http://", "https://")) or self.origin == "standard input":
            return self.origin
        return Path(self.origin).name or self.origin


def read_source(source: str, *, settings: object | None = None) -> ArticleText:
    """The article at ``source`` (a path or an http(s) URL) as :class:`ArticleText`.

    ``settings`` is a :class:`tui.fetch.FetchSettings` for URLs (tests pass their own).
    """
    if re.match(r"(?i)https?://", source):
        return _read_url(source, settings)
    if source == "-":
        return _read_stdin()
    return _read_file(_file_path(source))


def check_article_file(source: str) -> None:
    """Raise the :class:`SourceError` that reading the file ``source`` would raise for
    its bytes (missing, empty, binary, not UTF-8 …), without extracting a page's text:
    for a dialog that lists every article's problem before drafting starts, in the
    app's process, where parsing HTML has no place (the drafting child does that)."""
    path = _file_path(source)
    _text_of(_read_capped(path, _MAX_BYTES), path, shown_path(path))


def _file_path(source: str) -> Path:
    """``source`` as a file's path; a web address typed without its scheme that names
    no file is refused with the address to give instead."""
    path = Path(source)
    if _LOOKS_LIKE_ADDRESS.match(source) and not os.path.lexists(path):
        raise SourceError(
            f"{shown_path(path)}: no such file; for a web page, give its whole address:"
            f" https://{visible(source, keep_newlines=False)}"
        )
    return path


_LOOKS_LIKE_ADDRESS = re.compile(
    r"(?i)^(www\.[a-z0-9-]+(\.[a-z0-9-]+)+(/|$)|[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/)"
)
"""A web address typed without its scheme: "www.example.org", "example.com/story" (a name
such as "notes.txt", with no slash, is a file name)."""


def _read_stdin() -> ArticleText:
    """The article piped in (``briefing new -``), read as a text file would be."""
    data = sys.stdin.buffer.read(_MAX_BYTES + 1)
    if len(data) > _MAX_BYTES:
        raise SourceError(
            f"-: more than {_MAX_BYTES:,} bytes on standard input, too large for an article"
        )
    return replace(_from_bytes(data, Path("-"), "standard input"), origin="standard input")


def _read_capped(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of the regular file at ``path``; SourceError otherwise.

    The size ``stat`` gives is not trusted: ``/dev/zero`` (or a link to it) reports 0 and
    never ends, and a file can grow between the look and the read. The file is opened
    without blocking (a FIFO would wait for a writer), refused unless it is a regular
    file, and read up to ``limit + 1`` bytes: one byte more means it is too large.
    """
    shown = shown_path(path)
    try:
        return read_regular(path, limit)
    except ReadRefused as refused:
        message = {
            "missing": "no such file",
            "folder": "is a folder, not an article file",
            "special": "not a regular file (a device, pipe or socket); save the article"
            " to a file and draft from that",
            "too_big": f"more than {limit:,} bytes, too large for an article"
            f" (the limit is {limit // (1024 * 1024)} MiB)",
            "bad_name": "no such file (the name holds a NUL byte)",
        }.get(refused.why) or f"cannot be read ({refused.reason})"
        raise SourceError(f"{shown}: {message}") from None


def _read_file(path: Path) -> ArticleText:
    return _from_bytes(_read_capped(path, _MAX_BYTES), path, shown_path(path))


def _from_bytes(data: bytes, path: Path, shown: str) -> ArticleText:
    """A file's (or standard input's) bytes as an article: text, Markdown or HTML."""
    text, html = _text_of(data, path, shown)
    if html:
        return _from_html(text, str(path), path.resolve().as_uri())
    if path.suffix.lower() in _MARKDOWN_SUFFIXES:
        return ArticleText(text=_plain_markdown(text), origin=str(path))
    return ArticleText(text=text, origin=str(path))


def _text_of(data: bytes, path: Path, shown: str) -> tuple[str, bool]:
    """The text of an article's bytes with ``\\n`` line ends, and whether it is an HTML
    page; :class:`SourceError` when it is empty, binary or not UTF-8 (a page may say its
    own charset)."""
    if not data.strip():
        raise SourceError(f"{shown}: the file is empty; there is no article to draft from")
    if b"\0" in data[:8192]:
        raise SourceError(f"{shown}: looks like a binary file (it holds NUL bytes), not text")
    html = path.suffix.lower() in _HTML_SUFFIXES or bool(_HTML_START.match(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        declared = _declared(data) if html else None
        if declared is not None:  # '<meta charset="iso-8859-1">': the page says how
            return _lines(declared[0]), True
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise SourceError(
            f"{shown}:{line}:{column}: not UTF-8 text (byte 0x{data[error.start]:02x});"
            f" {_how_to_convert(data, None if path == Path('-') else shown)}"
        ) from None
    return _lines(text), html


_LATIN_LETTERS = frozenset("äöüßÄÖÜéèêàâçñáíóúëïœ«»„“”\N{EN DASH}\N{EM DASH}")
"""Letters and marks that a Western single-byte encoding gives as one byte each."""


def _declared(data: bytes) -> tuple[str, str] | None:
    """A saved page in the charset its meta tag declares (:func:`decode_declared`): the
    fetcher's module, imported only for a page that is not UTF-8, as :func:`_from_html`
    imports the extractor (drafting a text file loads nothing of the fetcher)."""
    from tui.fetch.charset import decode_declared

    return decode_declared(data)


def _lines(text: str) -> str:
    """``text`` with Windows and old Mac line ends made ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _how_to_convert(data: bytes, shown: str | None) -> str:
    """How to make ``data`` UTF-8: with the encoding named when every byte reads as
    Windows-1252 (of which Latin-1 is most) and the high bytes give Western letters, as
    old newsroom exports are, and the command for the file ``shown`` (None: standard
    input); the general advice otherwise. A guess is only advice: the file is not read
    in it."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return "save the article as UTF-8 and try again"
    high = [char for char in text if ord(char) > 127]
    if not high or sum(char in _LATIN_LETTERS for char in high) < len(high) * 0.8:
        return "save the article as UTF-8 and try again"
    if shown is None:  # standard input: convert it on its way in
        return (
            "save the article as UTF-8 and try again (it reads as Windows-1252/Latin-1:"
            " pipe it through iconv -f cp1252 -t utf-8)"
        )
    return (
        "save the article as UTF-8 and try again (it reads as Windows-1252/Latin-1:"
        f" iconv -f cp1252 -t utf-8 {shlex.quote(shown)} > article-utf8.txt)"
    )


def _from_html(html: str, origin: str, url: str) -> ArticleText:
    from tui.fetch.extract import extract_page

    page = extract_page(html, url)
    if not page.text or not page.text.strip():
        raise SourceError(f"{origin}: the page has no main text to draft from")
    return ArticleText(
        text=page.text,
        origin=origin,
        title=page.title,
        published=page.published,
        outlet=page.site_name,
        author=page.author,
        language=page.language,
    )


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def _plain_markdown(text: str) -> str:
    """Markdown to plain text: links keep their words, emphasis loses its marks."""
    lines = []
    for line in text.split("\n"):
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = re.sub(r"^\s{0,3}[-*+]\s+", "", line)
        lines.append(line)
    return "\n".join(lines)


def _read_url(url: str, settings: object | None) -> ArticleText:
    from tui.fetch import FetchSettings, fetch_sources_now
    from tui.fetch.content import media_type, reads_as_text
    from tui.model import Source

    if settings is not None and not isinstance(settings, FetchSettings):
        raise TypeError("settings must be a FetchSettings")
    try:
        source = Source(id="article", url=url)
    except ValueError:
        raise SourceError(f"{url}: not a complete http(s) URL") from None
    results = fetch_sources_now([source], settings=settings or FetchSettings())
    result = results[0]
    if not result.ok:
        raise SourceError(f"{url}: could not be fetched: {result.error or 'unknown error'}")
    if not result.text or not result.text.strip():
        media = media_type(result.content_type)
        if media == "application/pdf":
            raise SourceError(
                f"{url}: the address gives a PDF, whose text is not read: save the article's"
                " text to a file and draft that"
            )
        if not reads_as_text(media):
            raise SourceError(f"{url}: the address gives {media}, not a page with text to draft")
        raise SourceError(f"{url}: the page has no main text to draft from")
    return ArticleText(
        text=result.text,
        origin=url,
        url=result.final_url or url,
        title=result.title,
        published=result.published,
        outlet=result.site_name,
        author=result.author,
        language=result.language,
    )
