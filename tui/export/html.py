"""A briefing as one self-contained HTML file, rendered from the Markdown export.

The page is the Markdown document (:mod:`tui.export.markdown`) run through cmark in
CommonMark mode with tables, raw HTML off, images off and links limited to http and https,
wrapped in a page with inline CSS for screen and print. No scripts, no external assets,
and a Content-Security-Policy that forbids both, in case a browser is ever handed more
than this module writes.

A colleague can link to any claim (``#c14``), actor (``#actor-putin``), quote, source or
note: the document's markers (:mod:`tui.export.anchors`) become ``id`` attributes, and
every mention of a claim, actor or source becomes a link to its anchor. Each section
heading gets an id too (``#section-claims``), and a table of contents after the header
links to them. Hedge words in excerpts are ``<mark>`` elements, set in bold and
underlined as well as highlighted, so they read in print and without colour.

The page's own words are English (``<html lang="en">``). Text in another writing system
(a Russian statement, an Arabic excerpt, a Chinese title) is set in a ``<span>`` with
``dir="auto"`` and, where the briefing tells it, its ``lang`` (:func:`with_languages`):
a browser then sets Arabic right to left with its parentheses and full stop on the right
side, and picks a Chinese or Japanese font by the language.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from tui.export.anchors import to_html
from tui.export.fetched import Fetched
from tui.export.markdown import Section, marked_document
from tui.export.scripts import language_of
from tui.export.selection import Selection
from tui.model import Briefing
from tui.text import visible, visible_in_html

__all__ = ["STYLE", "briefing_html", "markdown_to_html", "with_languages"]

STYLE = """\
:root { color-scheme: light dark; }
body {
  margin: 0 auto; padding: 1.5rem 1rem 3rem; max-width: 52rem;
  font: 1rem/1.5 Georgia, "Times New Roman", serif; color: #1b1b1b; background: #fdfdfb;
}
h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 1.7rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
ul { padding-left: 1.4rem; }
li { margin: 0.2rem 0; }
li > ul { margin: 0.2rem 0 0.6rem; font-size: 0.95rem; color: #333; }
blockquote { margin: 0.5rem 0; padding: 0.25rem 1rem; border-left: 4px solid #8a9bb0;
  background: #f1f3f6; }
blockquote p { margin: 0.4rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 0.5rem 0; }
th, td { border: 1px solid #c8c8c8; padding: 0.3rem 0.5rem; text-align: left;
  vertical-align: top; }
th { background: #eceff3; }
a { color: #0b4f9c; overflow-wrap: anywhere; }
mark.hedge { background: #fde68a; color: inherit; font-weight: bold;
  text-decoration: underline; text-underline-offset: 0.15em; }
nav.toc { margin: 1rem 0 1.5rem; padding: 0.5rem 1rem; border: 1px solid #bbb; }
nav.toc h2 { margin: 0.25rem 0 0.5rem; border: none; font-size: 1.1rem; }
nav.toc ol { margin: 0; padding-left: 1.4rem; }
:target { outline: 2px solid #0b4f9c; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  body { color: #e6e6e6; background: #1c1d20; }
  li > ul { color: #cfcfcf; }
  blockquote { background: #26292e; border-left-color: #6b7c91; }
  th { background: #2a2d33; }
  th, td { border-color: #4a4d55; }
  a { color: #8ab4f8; }
  mark.hedge { background: #5b4a12; }
  nav.toc { border-color: #4a4d55; }
}
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; background: #fff; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  li, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
  blockquote, th { background: none; }
  li > ul { color: #000; }
  a { color: #000; text-decoration: none; }
  mark.hedge { background: none; }
  nav.toc { display: none; }
}
"""
"""The page's only styling, inline so the file stands alone."""

_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


_HREF = re.compile(r'<a href="([^"]*)"')
_IMAGE = re.compile(r'<img src="[^"]*" alt="([^"]*)"(?: title="[^"]*")? />')


def _only_web_links(body: str) -> str:
    """``body`` with every link that is not http or https made inert (its href removed).

    cmark's safe mode already drops javascript:, vbscript:, file: and data: links; the
    export's own links are the briefing's source URLs, which the model limits to http and
    https. This keeps that promise for anything else, such as a mailto: or ftp: autolink.
    """

    def keep(match: re.Match[str]) -> str:
        url = match.group(1)
        return match.group(0) if url.lower().startswith(("http://", "https://")) else "<a"

    return _HREF.sub(keep, body)


_H2 = re.compile(r"<h([23])>(.*?)</h\1>")
_TAGS = re.compile(r"<[^>]*>")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_COUNT = re.compile(r"\s*\(\d[\d,]*\)\Z")


def _section_id(heading: str, taken: set[str]) -> str:
    """``Claims (25)`` -> ``section-claims``; a clash gets ``-2``."""
    text = _COUNT.sub("", html.unescape(_TAGS.sub("", heading)))
    slug = _NOT_SLUG.sub("-", text.lower()).strip("-") or "part"
    name = base = f"section-{slug}"
    number = 1
    while name in taken:
        number += 1
        name = f"{base}-{number}"
    taken.add(name)
    return name


def with_contents(body: str) -> str:
    """``body`` with an id on every section heading and, before the first section, a
    table of contents: the sections, and under each its subsections."""
    taken = set(re.findall(r' id="([^"]*)"', body))
    entries: list[tuple[int, str, str]] = []

    def named(match: re.Match[str]) -> str:
        level, inner = match.group(1), match.group(2)
        name = _section_id(inner, taken)
        entries.append((int(level), name, inner))
        return f'<h{level} id="{name}">{inner}</h{level}>'

    body = _H2.sub(named, body)
    if not any(level == 2 for level, _, _ in entries):
        return body
    lines = ['<nav class="toc" aria-label="Contents">', "<h2>Contents</h2>", "<ol>"]
    open_sub = False
    started = False
    for level, name, inner in entries:
        link = f'<a href="#{name}">{_TAGS.sub("", inner)}</a>'
        if level == 2:
            if open_sub:
                lines.append("</ol>")
                open_sub = False
            if started:
                lines.append("</li>")
            lines.append(f"<li>{link}")
            started = True
        elif started:
            if not open_sub:
                lines.append("<ol>")
                open_sub = True
            lines.append(f"<li>{link}</li>")
    if open_sub:
        lines.append("</ol>")
    lines += ["</li>", "</ol>", "</nav>", ""]
    first = body.find("<h2 ")
    return body[:first] + "\n".join(lines) + body[first:]


def markdown_to_html(markdown: str) -> str:
    """The HTML body of Markdown ``markdown``: no raw HTML, no images, http(s) links only.

    cmark (GitHub's C implementation of CommonMark, through cmarkgfm) in its safe mode,
    with the table extension and no other: raw HTML becomes a comment saying it was left
    out, and bare URLs are not turned into links. For what the export writes it gives the
    same page as markdown-it in CommonMark mode (the test suite compares the two) in a
    fortieth of the time, which lets a 10,000-claim briefing export to HTML in well under
    a second. Where cmark strays from CommonMark (it decodes character references inside
    an autolink), control characters are shown as their stand-ins all the same.
    """
    from cmarkgfm import markdown_to_html_with_extensions

    rendered = markdown_to_html_with_extensions(markdown, options=0, extensions=["table"])
    if "<img" in rendered:
        rendered = _IMAGE.sub(r"\1", rendered)  # an image is never loaded: its alt text
    # The export writes no control character but its own markers (turned into ids, links
    # and marks first), yet cmark decodes character references (&#27;) even inside an
    # autolink, where CommonMark says they stay as written.
    return visible_in_html(to_html(_only_web_links(rendered)))


_LATIN = "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff"
_FOREIGN = rf"[^\W\d_{_LATIN}]"
_FOREIGN_RUN = re.compile(
    rf"{_FOREIGN}(?:[^{_LATIN}\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]*{_FOREIGN})?"
    "[)\\]\uff09\u300d\u300f.,;:!?\u2026\u3002\u3001\uff0c\uff01\uff1f]*"
)
"""A stretch of text in a writing system other than Latin: from its first such letter to
its last, with what stands between them (spaces, digits, punctuation, no Latin letter and
no quotation mark, which belong to the page's English around it) and the closing marks
right after it ("(300 …)." keeps its bracket and full stop)."""
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")


def with_languages(body: str, named: Sequence[str | None]) -> str:
    """``body`` with every stretch of non-Latin text in a ``<span dir="auto">`` with its
    ``lang`` where :func:`tui.export.scripts.language_of` tells it from the languages the
    briefing ``named``. Only text between tags is touched; the text is already escaped
    (data, never markup), and the span's attributes are built from language tags alone."""
    pieces = _TAG_OR_TEXT.split(body)
    for number in range(0, len(pieces), 2):  # the even pieces are text, the odd ones tags
        text = pieces[number]
        if not text or not _FOREIGN_RUN.search(text):
            continue
        # Runs are found in the text as read ("&amp;" holds Latin letters) and written
        # back escaped: what stood in the page as text stays text.
        plain, out, last = html.unescape(text), [], 0
        for run in _FOREIGN_RUN.finditer(plain):
            out += [_escaped(plain[last : run.start()]), _span(run.group(), named)]
            last = run.end()
        out.append(_escaped(plain[last:]))
        pieces[number] = "".join(out)
    return "".join(pieces)


def _escaped(text: str) -> str:
    """``text`` as HTML text, as cmark escapes it (``&``, ``<``, ``>`` and ``"``)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


_TAG_SAFE = re.compile(r"[A-Za-z0-9-]{1,35}")


def _span(text: str, named: Sequence[str | None]) -> str:
    """``text`` (as read, not escaped) in a span with its direction and language."""
    language = language_of(text, named)
    lang = f' lang="{language}"' if language and _TAG_SAFE.fullmatch(language) else ""
    return f'<span dir="auto"{lang}>{_escaped(text)}</span>'


def briefing_html(
    briefing: Briefing,
    sections: Sequence[Section] | None = None,
    fetched: Fetched | None = None,
    selection: Selection | None = None,
) -> str:
    """The briefing as a complete HTML page, built from the same Markdown as the export;
    with ``selection``, the filtered view (see :func:`tui.export.markdown.marked_document`)."""
    document = marked_document(briefing, sections, fetched, selection)
    named = [briefing.language, *(source.language for source in briefing.sources)]
    body = with_languages(with_contents(markdown_to_html(document)), named)
    title = visible(briefing.title, keep_newlines=False).strip() or briefing.id
    if selection is not None:
        title += f" ({visible(selection.description, keep_newlines=False).strip()})"
    title = html.escape(title)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        f"<style>\n{STYLE}</style>\n"
        "</head>\n"
        "<body>\n"
        "<main>\n"
        f"{body}"
        "</main>\n"
        "</body>\n"
        "</html>\n"
    )
