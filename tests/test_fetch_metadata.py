"""Page metadata: every source a page carries is read, and each field is chosen on the
evidence. The floors are the goals of the metadata work, measured on the fixture pages
(``tests/fixtures/metadata``, scored by ``benchmarks/metadata_score.py``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest

from tui.cli import main
from tui.fetch.choose import (
    choose_author,
    choose_date,
    choose_description,
    choose_site,
    choose_title,
    normalise_date,
    split_names,
    title_affix,
)
from tui.fetch.metadata import Candidate, byline_names, first_paragraph, read_candidates

from http_fixtures import serve_pages

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import metadata_score  # noqa: E402  (the benchmark's scorer, shared with this test)

FIXTURES = ROOT / "tests" / "fixtures" / "metadata"


@pytest.fixture(scope="module")
def misses() -> dict[str, list[tuple[str, str | None, str | None]]]:
    """The pages the reader gets wrong, field by field, in both sets (48 pages)."""
    found = metadata_score.score(metadata_score.briefing_extractor)
    held_out = metadata_score.score(metadata_score.briefing_extractor, metadata_score.HELD_OUT)
    return {field: found[field] + held_out[field] for field in found}


def test_there_are_enough_pages_of_enough_shapes():
    expected = metadata_score.expected()
    assert len(expected) >= 30
    assert len({page["shape"] for page in expected.values()}) >= 15
    assert sum(page["author"] is None for page in expected.values()) >= 2


@pytest.mark.parametrize("field", metadata_score.FIELDS)
def test_each_field_meets_its_goal(field: str, misses):
    pages = len(metadata_score.expected()) + len(metadata_score.expected(metadata_score.HELD_OUT))
    share = 1 - len(misses[field]) / pages
    wrong = "\n".join(
        f"{page}: got {got!r}, expected {want!r}" for page, got, want in misses[field]
    )
    assert share >= metadata_score.GOALS[field], wrong


def test_the_scorer_is_strict_where_it_should_be():
    same = metadata_score.same
    assert same("author", "Jane Doe and John Doe", "John Doe, Jane Doe")
    assert not same("author", "Jane Doe", "Jane Doe, John Doe")
    assert same("author", None, None) and not same("author", "Site", None)
    assert same("published", "2024-03-12T18:45:00Z", "2024-03-12T19:45:00+01:00")
    assert not same("published", "2024-03-12", "2024-03-12T19:45:00+01:00")  # time lost
    assert same("title", "A “quoted”  title", 'a "quoted" title')
    long = "The new terminal is meant to double capacity by 2028, but residents fear more."
    assert same("description", long[:50] + "...", long)
    assert not same("description", long[:50], long)


def parse(html: str) -> list[Candidate]:
    return read_candidates(lxml.html.document_fromstring(html))


def test_jsonld_graph_references_and_author_lists():
    html = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "@id": "#site", "name": "Valley Post"},
      {"@type": ["NewsArticle"], "headline": "H", "datePublished": "2024-01-02T03:04:05Z",
       "author": [{"@id": "#p1"}, {"@type": "Person", "name": ["Jane Doe"]},
                  {"@type": "Person", "givenName": "John", "familyName": "Doe"}],
       "isPartOf": {"@id": "#site"}},
      {"@type": "Person", "@id": "#p1", "name": "Jan Kowalski"}
    ]}</script></head><body></body></html>"""
    found = {(c.field, c.source): c.value for c in parse(html)}
    assert found[("author", "jsonld:author")] == "Jan Kowalski, Jane Doe, John Doe"
    assert found[("site", "jsonld:website")] == "Valley Post"
    assert found[("date", "jsonld:datePublished")] == "2024-01-02T03:04:05Z"


def test_malformed_jsonld_is_read_and_broken_jsonld_is_skipped():
    html = """<html><head>
    <script type="application/ld+json"><!-- {"@type": "Article", "headline": "Kept",
      "author": "Jane Doe", } --></script>
    <script type="application/ld+json">{"@type": "Article", "headline": </script>
    </head><body></body></html>"""
    found = {(c.field, c.value) for c in parse(html)}
    assert ("title", "Kept") in found and ("author", "Jane Doe") in found


def test_meta_vocabularies_any_case_and_repeated_authors():
    html = """<html><head>
    <meta name="DC.Creator" content="Jane Doe"><meta name="dcterms.issued" content="2024-05-06">
    <meta name="parsely-author" content="A One"><meta name="parsely-author" content="B Two">
    <meta property="article:author" content="https://social.example/someone">
    <meta name="twitter:creator" content="@handle">
    </head><body></body></html>"""
    found = {(c.source, c.value) for c in parse(html)}
    assert ("meta:dc.creator", "Jane Doe") in found
    assert ("meta:parsely-author", "A One, B Two") in found
    assert ("meta:dcterms.issued", "2024-05-06") in found
    assert not any("social.example" in v or v.startswith("@") for _, v in found)


def test_microdata_and_bylines():
    html = """<html><body><article itemscope>
    <h1 itemprop="headline">Headline here</h1>
    <span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>
    <time itemprop="datePublished" datetime="2024-02-03">3 Feb</time>
    <p class="byline">Von Erika Mustermann und Max Mustermann, Berlin</p>
    <a rel="author" href="/a">Jan Kowalski</a>
    </article></body></html>"""
    found = {(c.source, c.value) for c in parse(html)}
    assert ("itemprop:author", "Jane Doe") in found
    assert ("itemprop:datepublished", "2024-02-03") in found
    assert ("byline", "Erika Mustermann, Max Mustermann") in found
    assert ("rel-author", "Jan Kowalski") in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe and John Doe | 2024-12-04", "Jane Doe, John Doe"),
        ("Von der Redaktion Außenpolitik", "Redaktion Außenpolitik"),
        ("by Jane Doe, 12.03.2024", "Jane Doe"),
        ("Text: Anna Beispiel · Updated 3 hours ago", "Anna Beispiel"),
        ("Press Office of the Ministry of Transport", "Press Office of the Ministry of Transport"),
        ("", None),
    ],
)
def test_byline_names(text: str, names: str | None):
    assert byline_names(text) == names


@pytest.mark.parametrize(
    ("value", "normal"),
    [
        ("2024-06-19T10:15:00+02:00", ("2024-06-19T10:15:00+02:00", 2)),
        ("2024-06-19T08:15:00.000Z", ("2024-06-19T08:15:00Z", 2)),
        ("2024-06-19 10:15", ("2024-06-19T10:15:00", 1)),
        ("20240619", ("2024-06-19", 0)),
        ("2024/6/9", ("2024-06-09", 0)),
        ("Wed, 19 Jun 2024 10:00:00 GMT", ("2024-06-19T10:00:00+00:00", 2)),
        ("2024-02-30", None),
        ("yesterday", None),
    ],
)
def test_normalise_date(value: str, normal: tuple[str, int] | None):
    assert normalise_date(value) == normal


def c(field: str, value: str, source: str) -> Candidate:
    return Candidate(field, value, source)


def test_the_day_most_sources_give_wins_and_keeps_its_time():
    chosen = choose_date(
        [
            c("date", "2024-12-30T09:00:00+01:00", "time"),
            c("date", "2024-06-01", "meta:date"),
            c("date", "2024-06-01T10:00:00+02:00", "meta:article:published_time"),
        ],
        extracted="2024-06-01",
    )
    assert chosen == "2024-06-01T10:00:00+02:00"


def test_site_title_and_author_by_evidence():
    found = [
        c("site", "Valley Post", "meta:og:site_name"),
        c("title", "Valley Post", "h1"),  # the logo
        c("title", "Bridge opens | Valley Post", "title"),
        c("title", "Bridge opens", "meta:twitter:title"),
        c("author", "Valley Post", "meta:author"),
        c("author", "Jane Doe", "byline"),
    ]
    site = choose_site(found)
    assert site == "Valley Post"
    assert choose_title(found, site) == "Bridge opens"
    assert choose_author(found, site) == "Jane Doe"
    assert choose_author(found[:-1], site) is None  # only the outlet: no author


def test_title_affixes():
    assert title_affix("Valley Post: Bridge opens", ["Valley Post"]) == (
        "Bridge opens",
        "Valley Post",
    )
    assert (
        title_affix("Bridge opens - by Jane Doe - Valley Post", ["Valley Post"])[1] == "Valley Post"
    )
    assert title_affix("Putin - the man and the myth", ["Other"]) == (
        "Putin - the man and the myth",
        None,
    )


def test_a_slogan_loses_to_the_teaser_and_no_description_means_the_first_paragraph():
    text = "The harbour authority voted to build a second container terminal on the quay."
    found = [
        c("description", "News, sport and weather from the region, every day", "meta:description"),
        c(
            "description",
            "A second container terminal on the quay was approved.",
            "meta:og:description",
        ),
    ]
    chosen = choose_description(found, "Terminal approved", text)
    assert chosen == "A second container terminal on the quay was approved."
    assert choose_description([], "T", text, paragraph="First paragraph.") == "First paragraph."
    tree = lxml.html.document_fromstring(
        "<html><body><article><p class='byline'>By Jane Doe, a long byline of the kind pages have.</p>"
        f"<p>{text}</p></article></body></html>"
    )
    assert first_paragraph(tree) == text


def test_split_names():
    assert split_names("By Jane Doe & John Doe; Jan Kowalski") == [
        "Jane Doe",
        "John Doe",
        "Jan Kowalski",
    ]


@pytest.fixture
def served() -> Iterator[tuple[str, dict[str, dict[str, str | None]]]]:
    expected = metadata_score.expected()
    chosen = sorted(expected)[::6]  # one page in six: every third shape or so
    pages = {f"/{name}": (FIXTURES / name).read_text(encoding="utf-8") for name in chosen}
    with serve_pages(pages) as base:
        yield base, {name: expected[name] for name in chosen}


def test_fetch_stores_the_chosen_metadata(
    served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """End to end: ``briefing fetch`` over HTTP, extraction in its worker processes."""
    base, expected = served
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    sources = "\n".join(
        f"  - {{id: s{i}, url: '{base}/{name}'}}" for i, name in enumerate(expected)
    )
    path = tmp_path / "b.yaml"
    path.write_text(f"id: b\ntitle: B\nsources:\n{sources}\n", encoding="utf-8")
    assert main(["fetch", str(path), "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert len(records) == len(expected)
    for record, (name, want) in zip(records, expected.items(), strict=True):
        for field in metadata_score.FIELDS:
            assert metadata_score.same(field, record[field], want[field]), (
                name,
                field,
                record[field],
            )
