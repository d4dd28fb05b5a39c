"""Helpers shared by the export tests: the HTML page read back as data."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_NAV = re.compile(r'<nav class="toc".*?</nav>\n', re.DOTALL)
_ID = re.compile(r' id="[^"]*"')
_SPAN = re.compile(r"<span></span>")
_LOCAL = re.compile(r'<a href="#[^"]*">(.*?)</a>', re.DOTALL)
_MARK = re.compile(r'<mark class="hedge">(.*?)</mark>', re.DOTALL)


def without_navigation(page: str) -> str:
    """``page`` without what the HTML adds to the Markdown: the table of contents, ids,
    links to anchors (their text kept) and hedge marks (as the bold Markdown gives)."""
    page = _NAV.sub("", page)
    page = _ID.sub("", page)
    page = _SPAN.sub("", page)
    page = _LOCAL.sub(r"\1", page)
    return _MARK.sub(r"<strong>\1</strong>", page)


class PageLinks(HTMLParser):
    """Every id and every href of a page, read with the standard library's parser."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value is not None:
                self.ids.append(value)
            if name == "href" and value is not None:
                self.hrefs.append(value)

    @property
    def local(self) -> list[str]:
        """The targets of links within the page (without the ``#``)."""
        return [href[1:] for href in self.hrefs if href.startswith("#")]

    @property
    def web(self) -> list[str]:
        """The links out of the page."""
        return [href for href in self.hrefs if not href.startswith("#")]
