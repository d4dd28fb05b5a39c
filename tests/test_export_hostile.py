"""A hostile briefing comes out of every export inert.

The briefing below holds Rich markup, HTML, Markdown links, images, headings, reference
definitions, HTML comments, ``javascript:`` URLs, terminal escape sequences (ESC, BEL, CSI),
a bidi override and table pipes. Each is data: rendered through markdown-it (with raw HTML
switched *on*, the most permissive reading) the Markdown must yield no link, image,
heading or HTML that came from briefing text; the HTML page must hold no script, image,
frame or event handler and no link other than the briefing's own http(s) source URL; no
export may carry a raw control character.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import html5lib
import jsonschema
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.export import export_briefing
from tui.export.claimreview import Review
from tui.loader import load_briefing, parse_briefing
from tui.model import Briefing
from tui.text import visible

from conftest import ROOT

HOSTILE = textwrap.dedent(
    r"""
    id: hostile
    title: "[bold red]x[/] [link=file:///etc/passwd]y[/link] <script>alert(1)</script> \e[31m red \a"
    language: en
    published: 2024-01-02
    summary: "[click](javascript:alert(1)) ![img](http://x/y.png) <img src=x onerror=alert(1)> &lt;b&gt; &#106;avascript:"
    article: art
    actors:
      - id: evil
        name: "<script>alert(1)</script>"
        kind: person
        role: "| pipe | in | a | table |"
        aliases:
          - "[x](javascript:alert(1))"
          - {name: "# heading", loaded: true}
    claims:
      - id: c1
        statement: "# Not a heading"
        kind: reported
        hedges: ["<b>bold</b>", "`code`"]
        excerpt: "![img](http://x/y.png)"
        attributed_to: evil
        note: "<javascript:alert(1)> <http://evil.example/> *emph* __strong__ ~~gone~~"
        figures: [{value: 1, unit: "[u](javascript:x)"}]
        sources: [art]
        credibility: 5
        status: refuted
      - id: c2
        statement: "1. ordered\n- list\n> quote\n    code\n===\n---\n[a]: javascript:alert(1)\n[a]"
        kind: speculation
        likelihood: roughly-even-chance
    quotes:
      - id: q1
        speaker: evil
        text: "\e]8;;http://evil.example/\a link \e]8;;\a"
        translation: "\x9b31m CSI \x85 NEL \u202e RLO \x7f DEL"
        outlet: art
    relations:
      - {from: evil, to: evil, label: "<iframe src=x></iframe>", date: 2024}
    sources:
      - id: art
        url: "https://example.org/a?q=%3Cscript%3E&x=')(*[]!$;=&#27;"
        outlet: "[x](javascript:alert(1))"
        title: "```"
        reliability: E
    timeline:
      - {date: 2024-01, label: "<style>body{}</style>", added_context: true}
    notes:
      - {id: n1, text: "<!-- comment --> <?php ?> <![CDATA[x]]> \\\\ trailing backslash \\"}
    """
)

# Control characters that must never reach an export raw.
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SECTION_HEADINGS = re.compile(
    r"(Bottom line up front|(Key actors|Claims|Quotes|Relations|Timeline|Sources"
    r"|Analyst notes|Reported facts|Speculation|Opinion|Historical facts|Forecasts"
    r"|Background|Claims by kind|Claims by verdict) \(\d+\)"
    r"|Sourcing profile|Hedging|On whose word|Attribution chains|Sources and links"
    r"|Experts and quotes|Figures|Loaded labels|Analyst notes by kind|How to read this briefing)"
)


@pytest.fixture(scope="module")
def hostile() -> Briefing:
    return parse_briefing(HOSTILE, "hostile.yaml")


def _walk(tokens: list[Token]) -> list[Token]:
    found: list[Token] = []
    for token in tokens:
        found.append(token)
        if token.children:
            found += _walk(token.children)
    return found


def _permissive_tokens(markdown: str) -> list[Token]:
    """markdown-it at its most trusting: raw HTML on, tables on, linkify off."""
    return _walk(MarkdownIt("commonmark", {"html": True}).enable("table").parse(markdown))


def test_the_hostile_briefing_really_is_hostile(hostile: Briefing):
    assert "\x1b" in hostile.title and "\x07" in hostile.title
    assert "\x9b" in (hostile.quotes[0].translation or "")
    # A URL cannot carry ESC or '<' (validation refuses them); it can carry every
    # character that means something to Markdown and a character reference.
    assert hostile.sources[0].url is not None and ")(*[]" in hostile.sources[0].url


def test_markdown_yields_no_link_image_heading_or_html_from_briefing_text(hostile: Briefing):
    markdown = export_briefing(hostile, "markdown")
    tokens = _permissive_tokens(markdown)
    types = {token.type for token in tokens}
    assert not types & {"image", "html_inline", "html_block", "code_inline", "code_block"}
    assert "fence" not in types and "ordered_list_open" not in types
    hrefs = [str(token.attrGet("href")) for token in tokens if token.type == "link_open"]
    # Only the two links the exporter writes itself: the article line and the source entry.
    assert len(hrefs) == 2
    assert all(href.startswith("https://example.org/a?q=%3Cscript%3E") for href in hrefs)
    headings = [
        "".join(child.content for child in tokens[i + 1].children or [])
        for i, token in enumerate(tokens)
        if token.type == "heading_open"
    ]
    assert headings[0] == visible(hostile.title).strip()
    assert [t.tag for t in tokens if t.type == "heading_open"].count("h1") == 1
    assert all(SECTION_HEADINGS.fullmatch(text) for text in headings[1:]), headings
    # No emphasis from briefing text: the only strong runs are the exporter's own labels.
    emphasis = [t for t in tokens if t.type in ("em_open", "s_open")]
    assert emphasis == []
    assert not RAW_CONTROLS.search(markdown)


def test_markdown_keeps_the_text_readable(hostile: Briefing):
    html = MarkdownIt("commonmark").enable("table").render(export_briefing(hostile, "markdown"))
    # What the briefing says is shown, literally, as text.
    assert "[bold red]x[/] [link=file:///etc/passwd]y[/link]" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[click](javascript:alert(1))" in html
    assert "# Not a heading" in html
    assert "␛[31m red ␇" in html
    assert "| pipe | in | a | table |" in html  # pipes stay inside their table cell


def _elements(document: Any) -> list[Any]:
    return list(document.iter())


def test_html_is_inert(hostile: Briefing):
    page = export_briefing(hostile, "html")
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document = parser.parse(page)
    tags = [element.tag for element in _elements(document)]
    for forbidden in ("script", "img", "iframe", "object", "embed", "link", "base", "form"):
        assert forbidden not in tags, forbidden
    assert tags.count("style") == 1 and document.find("head/style") is not None
    for element in _elements(document):
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            if name in ("href", "src", "action") and not value.startswith("#"):
                assert value.startswith("https://example.org/"), value
    ids = {element.get("id") for element in _elements(document)}
    local = [a.get("href") for a in _elements(document) if str(a.get("href")).startswith("#")]
    assert all(href[1:] in ids for href in local)
    links = [
        element
        for element in _elements(document)
        if element.tag == "a" and not str(element.get("href")).startswith("#")
    ]
    assert len(links) == 2
    assert "javascript:" not in " ".join(str(a.get("href")) for a in links)
    assert not RAW_CONTROLS.search(page)
    assert document.find("head/title").text == visible(hostile.title).strip()


def test_json_carries_hostile_text_exactly_and_stays_valid(hostile: Briefing):
    text = export_briefing(hostile, "json")
    assert not RAW_CONTROLS.search(text)  # escaped as \u001b and so on
    schema = json.loads((ROOT / "schema" / "briefing.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(text), schema)
    assert parse_briefing(text, "hostile.json") == hostile


def test_claimreview_is_valid_json_without_raw_controls(hostile: Briefing):
    review = Review(publisher="Desk \x1b[2J", url="https://reviews.example/r", date="2024-01-02")
    text = export_briefing(hostile, "claimreview", review=review)
    assert not RAW_CONTROLS.search(text)
    graph = json.loads(text)["@graph"]
    assert [item["claimReviewed"] for item in graph] == ["# Not a heading"]
    assert graph[0]["author"]["name"] == "Desk \x1b[2J"  # JSON escapes it: \u001b
    assert graph[0]["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "<script>alert(1)</script>",
    }


def test_a_hostile_file_on_disk_exports_the_same(tmp_path: Path, hostile: Briefing):
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    assert export_briefing(load_briefing(path), "html") == export_briefing(hostile, "html")


_MARKDOWN_ALPHABET = "ab A1.)#>+-=\\`*_[]<|~&;x9²/!?\x1b\u202e\n"


def _as_html_text(text: str) -> str:
    """``text`` as both CommonMark renderers write plain text in HTML."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _rendered(markdown: str) -> list[str]:
    """``markdown`` rendered by markdown-it and by cmark (what the HTML export uses)."""
    from tui.export.html import markdown_to_html

    from conftest import reference_html

    return [reference_html(markdown), markdown_to_html(markdown)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MARKDOWN_ALPHABET), max_size=40))
def test_briefing_text_reads_back_exactly_and_makes_no_markdown(text: str):
    """Whatever a text holds, as a line of its own (or under a paragraph's line, where
    "---" would underline it) it renders as one paragraph of exactly that text: no
    heading, list, quote, link, code or emphasis, nothing escaped too much."""
    from tui.export.mdtext import md_text

    shown = visible(text, keep_newlines=False).strip()
    if not shown:
        return
    line = md_text(text)
    for html in _rendered(line + "\n"):
        assert html == f"<p>{_as_html_text(shown)}</p>\n", (text, line)
    for html in _rendered("Before\n" + line + "\n"):
        assert html == f"<p>Before\n{_as_html_text(shown)}</p>\n", (text, line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_MARKDOWN_ALPHABET), max_size=12), max_size=4))
@example(parts=["<", "A>"])  # a tag opened across two parts
@example(parts=["x &", "amp;"])  # an entity across two parts
def test_parts_of_a_line_join_without_making_markdown(parts: list[str]):
    """Parts escaped one by one (an excerpt around its hedge marks) read back as the
    whole, whatever ends up beside what."""
    from tui.export.mdtext import md_inline

    whole = "".join(visible(part, keep_newlines=False) for part in parts)
    line = "x " + "".join(md_inline(part) for part in parts) + " x"
    for html in _rendered(line + "\n"):
        assert html == f"<p>{_as_html_text(('x ' + whole + ' x').strip())}</p>\n", (parts, line)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("8.5 million people", "8.5 million people"),
        ("10.000 Soldaten", "10.000 Soldaten"),
        ("2024. Then", "2024\\. Then"),
        ("1) first", "1\\) first"),
        ("-5 °C at night", "-5 °C at night"),
        ("- a list", "\\- a list"),
        ("+3 % in a year", "+3 % in a year"),
        ("#1 priority", "#1 priority"),
        ("# Heading", "\\# Heading"),
        ("> quoted", "\\> quoted"),
        ("---", "\\---"),
        ("< 5 % of the vote", "< 5 % of the vote"),
        ("<b>bold</b>", "\\<b>bold\\</b>"),
        ("3 * 4 = 12", "3 * 4 = 12"),
        ("a *b* c", "a \\*b\\* c"),
        ("snake_case_name", "snake_case_name"),
        ("_under_", "\\_under\\_"),
        ("[x](https://evil.example)", "\\[x\\](https://evil.example)"),
        ("Q&A &amp; more", "Q&A \\&amp; more"),
    ],
)
def test_only_what_markdown_would_misread_is_escaped(text: str, written: str):
    from tui.export.mdtext import md_text

    assert md_text(text) == written


def test_character_references_in_a_link_never_become_control_characters():
    """cmark decodes &#27; even inside an autolink: the page still holds no raw ESC or BEL,
    nor a bidi override, and the link's href stays percent-encoded."""
    url = "https://example.org/a&#27;[2J&#27;]0;pwned&#7;&#8238;b"
    briefing = parse_briefing(
        f"id: refs\ntitle: References\nsources:\n  - {{id: s, url: '{url}'}}\n", "refs.yaml"
    )
    page = export_briefing(briefing, "html")
    assert not RAW_CONTROLS.search(page)
    assert "␛[2J␛]0;pwned␇&lt;U+202E&gt;b" in page
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document = parser.parse(page)
    assert parser.errors == []
    hrefs = [a.get("href") for a in document.iter("a") if not a.get("href").startswith("#")]
    assert hrefs == ["https://example.org/a%1B%5B2J%1B%5D0;pwned%07%E2%80%AEb"]


def test_stix_carries_hostile_text_exactly_without_raw_controls(hostile: Briefing):
    """The data formats share one rule: the text exactly, every control character and
    bidirectional mark written as a JSON escape (docs/exports.md)."""
    text = export_briefing(hostile, "stix")
    assert not RAW_CONTROLS.search(text)
    names = {item["name"] for item in json.loads(text)["objects"] if item.get("type") == "identity"}
    assert {actor.name for actor in hostile.actors} <= names
