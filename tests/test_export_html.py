"""The HTML export as a reader uses it: a table of contents, an anchor on every claim,
actor, quote, source and note, references that link to them, sources by name, hedge words
marked without relying on colour, a legend; still one inert, printable file."""

from __future__ import annotations

import re

import pytest
from export_helpers import PageLinks

from tui.export import export_briefing
from tui.export.markdown import briefing_markdown
from tui.loader import load_briefing, parse_briefing
from tui.model import Briefing

from conftest import BRIEFINGS

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"


@pytest.fixture(scope="module")
def seed() -> Briefing:
    return load_briefing(SEED)


@pytest.fixture(scope="module")
def page(seed: Briefing) -> str:
    return export_briefing(seed, "html")


@pytest.fixture(scope="module")
def links(page: str) -> PageLinks:
    return PageLinks(page)


def test_every_record_has_its_anchor(seed: Briefing, links: PageLinks):
    ids = set(links.ids)
    assert len(ids) == len(links.ids), "an id is used twice"
    assert {c.id for c in seed.claims} <= ids  # claims by their own id: #c14
    assert {f"actor-{a.id}" for a in seed.actors} <= ids
    assert {f"quote-{q.id}" for q in seed.quotes} <= ids
    assert {f"source-{s.id}" for s in seed.sources} <= ids
    assert {f"note-{n.id}" for n in seed.notes} <= ids
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name) for name in ids)


def test_every_link_within_the_page_resolves(links: PageLinks):
    assert links.local, "no link to an anchor at all"
    missing = sorted(set(links.local) - set(links.ids))
    assert missing == []
    assert all(href.startswith("https://") for href in links.web)
    assert not {"script", "img", "iframe", "object", "embed", "form"} & set(links.tags)


def test_table_of_contents_lists_every_section(page: str, links: PageLinks):
    nav = page[page.index('<nav class="toc"') : page.index("</nav>")]
    headings = re.findall(r'<h2 id="([^"]+)">', page)
    targets = re.findall(r'href="#([^"]+)"', nav)
    assert headings and [h for h in headings if h in targets] == headings
    assert "section-claims" in targets and "section-sources" in targets
    assert "section-how-to-read-this-briefing" in targets
    assert "section-speculation" in targets  # subsections nested under their section
    assert page.index("</nav>") < page.index('<h2 id="section-bottom-line-up-front">')


def test_profile_and_references_link_to_claims_actors_and_sources(page: str):
    profile = page[page.index('id="section-sourcing-profile"') : page.index('id="section-key')]
    assert '<a href="#c14">c14</a>' in profile
    assert (
        '<a href="#source-zeit-column">Ostasienreise: Wladimir Putin plant die Anti-Nato (Zeit Online)</a>'
        in profile
    )
    c10 = page[page.index('<li id="c10">') : page.index('<li id="c12">')]
    assert '<a href="#actor-north-korea">North Korea</a>' in c10
    assert 'Sources: <a href="#source-derwesten-article">DerWesten</a>' in c10
    quotes = page[page.index('id="section-quotes"') : page.index('id="section-relations"')]
    assert '<p id="quote-q01"><strong><a href="#actor-richter">' in quotes


def test_sources_are_named_by_outlet_and_title_not_by_id(seed: Briefing, page: str):
    sources = page[page.index('id="section-sources"') : page.index('id="section-analyst-notes"')]
    for source in seed.sources:
        entry = re.search(f'<li id="source-{source.id}"><strong>(.*?)</strong>', sources)
        assert entry is not None, source.id
        assert source.id not in entry.group(1)
    assert "Sources: derwesten-article" not in page and "zeit-column," not in page


def test_hedge_words_are_marked_in_bold_and_underlined(page: str):
    assert '“<mark class="hedge">könnte</mark> Nordkorea sieben bis zehn' in page
    rule = re.search(r"mark\.hedge \{([^}]*)\}", page)
    assert rule is not None
    assert "font-weight: bold" in rule.group(1) and "underline" in rule.group(1)
    printed = page[page.index("@media print") :]
    assert "mark.hedge { background: none; }" in printed  # still bold and underlined


def test_markdown_marks_hedges_in_bold_and_has_no_markers(seed: Briefing):
    markdown = briefing_markdown(seed)
    assert "“**könnte** Nordkorea sieben bis zehn" in markdown
    assert "\x02" not in markdown and "\x03" not in markdown
    assert "**würde**" in markdown and "**vermutlich**" in markdown  # c12's two parts


def test_legend_explains_grades_and_likelihood(page: str):
    legend = page[page.index('id="section-how-to-read-this-briefing"') :]
    for words in (
        "roughly even chance (45-55 %)",
        "B usually reliable",
        "6 truth cannot be judged",
    ):
        assert words in legend
    assert "set in bold" in legend


HOSTILE = """\
id: forged
title: Forgery
claims:
  - id: c1
    statement: "\\u0002r:c2\\u0003click\\u0002/r\\u0003 and \\u0002a:evil\\u0003 and \\u0002m\\u0003x"
    kind: reported
    excerpt: "wohl <b>wohl</b> & \\u0002m\\u0003"
    hedges: [wohl, "<b>"]
  - id: actor-x
    statement: A claim whose id looks like an actor's anchor.
    kind: reported
    actors: [x]
actors:
  - {id: x, name: "X <script>"}
sources: []
"""


def test_briefing_text_cannot_forge_anchors_links_or_marks():
    briefing = parse_briefing(HOSTILE, "forged.yaml")
    page = export_briefing(briefing, "html")
    links = PageLinks(page)
    assert "evil" not in links.ids and "c2" not in links.local
    assert set(links.local) <= set(links.ids)
    assert "\x02" not in page and "\x03" not in page and "\u2402r:c2\u2403click" in page
    # the claim keeps its own id; the actor's anchor steps aside
    assert 'id="actor-x"' in page and 'id="actor-x-2"' in page
    assert '<a href="#actor-x-2">X &lt;script&gt;</a>' in page
    assert '<mark class="hedge">wohl</mark> &lt;b&gt;<mark class="hedge">wohl</mark>' in page
    assert "script" not in set(links.tags)


def test_page_stays_self_contained_and_printable(page: str):
    assert "@media print" in page and "nav.toc { display: none; }" in page
    assert "src=" not in page and "url(" not in page
    assert "default-src 'none'" in page


def test_a_document_without_a_section_links_nothing_it_lacks(seed: Briefing):
    from tui.export.html import briefing_html
    from tui.export.markdown import claims, header

    page = briefing_html(seed, sections=[header, claims])  # no sources section
    links = PageLinks(page)
    assert set(links.local) <= set(links.ids)
    assert "source-derwesten-article" not in links.local
    assert "Sources: DerWesten</li>" in page  # the name stays, as text


def test_to_html_turns_markers_into_ids_links_and_marks():
    from tui.export.anchors import to_html

    body = "<li>\x02a:c1\x03x \x02r:c1\x03one\x02/r\x03 \x02r:c9\x03nine\x02/r\x03 \x02m\x03wohl\x02/m\x03</li>"
    assert to_html(body) == (
        '<li id="c1">x <a href="#c1">one</a> nine <mark class="hedge">wohl</mark></li>'
    )
