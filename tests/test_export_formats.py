"""Exports of the seed briefing: golden files, determinism, schema, round trip, JSON-LD.

Golden files live in ``tests/golden/`` (one per format). After an intended change to an
exporter, regenerate them and review the diff:

    BRIEFING_UPDATE_GOLDEN=1 python -m pytest -q tests/test_export_formats.py
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import html5lib
import jsonschema
import pytest
from export_helpers import without_navigation
from markdown_it import MarkdownIt

import tui.commands.export
from tui.export import FORMATS, SUFFIXES, ExportError, default_filename, export_briefing
from tui.export.claimreview import Review
from tui.export.html import markdown_to_html
from tui.export.markdown import SECTIONS, briefing_markdown, md_date, md_text
from tui.loader import BriefingError, load_briefing, parse_briefing
from tui.model import Briefing, ClaimStatus

from conftest import BRIEFINGS, MINIMAL, ROOT, reference_html

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def seed() -> Briefing:
    return load_briefing(SEED)


@pytest.fixture(autouse=True)
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Golden files are made without fetched data: no user cache may leak in."""
    folder = tmp_path / "empty-cache"
    folder.mkdir()
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (ROOT / "schema" / "briefing.schema.json").read_text(encoding="utf-8")
    )
    return loaded


REVIEW = Review(
    publisher="Example Review Desk", url="https://reviews.example/anti-nato", date="2024-08-01"
)
"""What the ClaimReview golden file and tests are made with."""


def export(briefing: Briefing, fmt: str) -> str:
    """``briefing`` in ``fmt``; ClaimReview with :data:`REVIEW`."""
    return export_briefing(briefing, fmt, review=REVIEW if fmt == "claimreview" else None)


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_export_matches_its_golden_file(seed: Briefing, fmt: str):
    golden = GOLDEN / f"{seed.id}{SUFFIXES[fmt]}"
    text = export(seed, fmt)
    if UPDATE:
        golden.write_bytes(text.encode("utf-8"))
    assert golden.exists(), f"{golden} is missing; run with BRIEFING_UPDATE_GOLDEN=1"
    assert text.encode("utf-8") == golden.read_bytes(), (
        f"{fmt} export differs from {golden.name}; if intended, regenerate with"
        " BRIEFING_UPDATE_GOLDEN=1 and review the diff"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_input_same_bytes(fmt: str):
    first = export(load_briefing(SEED), fmt)
    second = export(load_briefing(SEED), fmt)
    assert first == second and first.endswith("\n")


def test_the_command_line_offers_exactly_the_formats_there_are():
    assert tui.commands.export.FORMATS == FORMATS
    assert set(SUFFIXES) == set(FORMATS)


def test_unknown_format_is_refused(seed: Briefing):
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        export_briefing(seed, "pdf")


def test_default_file_names(seed: Briefing):
    assert [default_filename(seed, fmt) for fmt in FORMATS] == [
        "anti-nato-2024-07.md",
        "anti-nato-2024-07.html",
        "anti-nato-2024-07.json",
        "anti-nato-2024-07.claimreview.json",
        "anti-nato-2024-07.stix.json",
    ]


# --- Markdown -------------------------------------------------------------------------------


def test_markdown_has_every_part_in_order(seed: Briefing):
    text = export_briefing(seed, "markdown")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Bottom line up front",
        "## Sourcing profile",
        "## Key actors (22)",
        "## Claims (25)",
        "## Quotes (2)",
        "## Relations (18)",
        "## Timeline (11)",
        "## Sources (10)",
        "## Analyst notes (11)",
        "## How to read this briefing",
    ]
    assert text.startswith(f"# {md_text(seed.title)}\n")
    assert "- Article: DerWesten, July 2024, <https://www.derwesten.de/" in text


def test_markdown_claims_carry_hedges_likelihood_grade_and_status(seed: Briefing):
    text = export_briefing(seed, "markdown")
    c10 = text[text.index("- **c10**") : text.index("- **c11**")]
    assert "  - Hedges: “könnte”" in c10
    assert "  - Likelihood: very unlikely (5-20 %)" in c10
    assert "  - Confidence: moderate" in c10
    assert "  - Grade: C5 (DerWesten fairly reliable; information improbable)" in c10
    assert "  - Status: unverified" in c10
    assert "about 70,000\N{EN DASH}300,000 soldiers (derived by the analyst: 7-10 divisions" in c10
    # Grouped by kind, each group in article order.
    speculation = text[text.index("### Speculation") : text.index("### Opinion")]
    order = [line.split("**")[1] for line in speculation.splitlines() if line.startswith("- **")]
    assert order == ["c04", "c05", "c09", "c10", "c12", "c14"]


def test_markdown_relations_quotes_timeline(seed: Briefing):
    text = export_briefing(seed, "markdown")
    assert (
        "- Russia → North Korea: Treaty on Comprehensive Strategic Partnership (includes a"
        " mutual-assistance clause) (agreement), 19 June 2024\n" in text
    )
    assert "  > “seine Politik der Unabhängigkeit" in text
    assert "  > Translation: “\\[Vietnam wants to\\] preserve its policy" in text
    timeline = text[text.index("\n## Timeline") : text.index("\n## Sources")]
    dates = [line.split("**")[1] for line in timeline.splitlines() if line.startswith("- **")]
    assert dates[:3] == ["6 July 1961", "1996", "24 February 2022"]
    assert dates[-1] == "July 2024"
    assert "- **July 2024**: DerWesten publishes the article briefed\n" in timeline
    assert timeline.count("(added context)") == 10


def test_markdown_links_only_the_urls_the_briefing_gives(seed: Briefing):
    tokens = MarkdownIt("commonmark").enable("table").parse(export_briefing(seed, "markdown"))
    hrefs = {
        str(child.attrGet("href"))
        for token in tokens
        for child in token.children or []
        if child.type == "link_open"
    }
    assert hrefs == {source.url for source in seed.sources if source.url}


def test_human_dates():
    assert md_date("2024-06-19") == "19 June 2024"
    assert md_date("2024-06") == "June 2024"
    assert md_date("1961") == "1961"


def test_sections_can_be_chosen_and_extended(seed: Briefing):
    def extra(briefing: Briefing) -> list[str]:
        return ["## Extra", "", md_text(f"{len(briefing.sources)} sources")]

    text = briefing_markdown(seed, [SECTIONS[0], extra])
    assert text.endswith("## Extra\n\n10 sources\n")
    assert "## Claims" not in text


def test_a_minimal_briefing_exports_in_every_format():
    tiny = parse_briefing(MINIMAL, "tiny.yaml")
    assert export_briefing(tiny, "markdown") == "# A tiny briefing\n\n- Briefing: tiny\n"
    data = json.loads(export_briefing(tiny, "json"))
    profile = data.pop("profile")
    assert profile["briefing"] == "tiny" and profile["claims"]["count"] == 0
    assert profile["checks"] is None
    assert data == {"format": 1, "id": "tiny", "title": "A tiny briefing", "sources": []}
    with pytest.raises(ExportError, match="no claim has a verdict"):
        export(tiny, "claimreview")
    assert "<h1>A tiny briefing</h1>" in export_briefing(tiny, "html")


# --- HTML -----------------------------------------------------------------------------------


def test_html_is_one_clean_self_contained_page(seed: Briefing):
    page = export_briefing(seed, "html")
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document = parser.parse(page)
    assert parser.errors == []
    assert document.get("lang") == "en"
    assert document.find("head/meta").get("charset") == "utf-8"
    tags = {element.tag for element in document.iter()}
    assert not tags & {"script", "img", "link", "iframe", "object"}
    assert "@media print" in page and "<table>" in page
    ids = {element.get("id") for element in document.iter() if element.get("id")}
    for anchor in document.iter("a"):
        href = anchor.get("href", "")
        assert href.startswith("https://") or href[1:] in ids, href
    assert "src=" not in page and "url(" not in page  # nothing fetched from elsewhere


def test_html_is_rendered_from_the_markdown(seed: Briefing):
    page = export_briefing(seed, "html")
    assert reference_html(export_briefing(seed, "markdown")) in without_navigation(page)


def test_the_html_renderer_lets_through_no_image_raw_html_or_other_scheme():
    """Markdown the export never writes still renders inert: the guards hold on their own."""
    body = markdown_to_html(
        '![a map *of* it](https://example.org/map.png "t") <b onclick="x()">bold</b>\n\n'
        "<mailto:a@example.org> <ftp://example.org/f> [j](javascript:alert(1))"
        " [d](data:text/html,x) <https://example.org/ok> www.example.org\n\n"
        "<script>alert(1)</script>\n"
    )
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    fragment = parser.parseFragment(body)
    assert parser.errors == []
    tags = [element.tag for element in fragment.iter() if isinstance(element.tag, str)]
    assert not {"img", "b", "script"} & set(tags)
    hrefs = [a.get("href") for a in fragment.iter("a") if a.get("href") is not None]
    assert hrefs == ["https://example.org/ok"]
    assert tags.count("a") == 5  # the other four stay as plain text in an inert <a>
    assert "a map of it" in body and "onclick" not in body and "alert" not in hrefs[0]


# --- JSON -----------------------------------------------------------------------------------


def test_json_validates_against_the_published_schema(seed: Briefing):
    data = json.loads(export_briefing(seed, "json"))
    jsonschema.Draft202012Validator(_schema()).validate(data)
    assert data["format"] == 1
    assert next(iter(data)) == "format"
    assert data["relations"][0]["from"] == "putin"  # the YAML's key, not the Python name


def test_json_round_trips_to_an_equal_model(seed: Briefing, tmp_path: Path):
    text = export_briefing(seed, "json")
    assert parse_briefing(text, "seed.json") == seed
    path = tmp_path / "seed.json"
    path.write_text(text, encoding="utf-8")
    assert load_briefing(path) == seed
    # ...and exporting what was loaded back gives the same bytes.
    assert export_briefing(load_briefing(path), "json") == text


def test_json_is_minimal(seed: Briefing):
    data = json.loads(export_briefing(seed, "json"))
    claims = {claim["id"]: claim for claim in data["claims"]}
    assert "status" not in claims["c03"]  # unverified is the default
    assert claims["c01"]["status"] == "supported"
    assert "kind" not in data["quotes"][0]  # direct is the default
    assert claims["c10"]["figures"][0] == {"low": 7, "high": 10, "unit": "divisions"}

    def nulls(value: Any) -> Iterator[Any]:
        if value is None or value == [] or value is False:
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from nulls(item)
        elif isinstance(value, list):
            for item in value:
                yield from nulls(item)

    skip = {"sources", "profile"}  # a source may have no url; the profile is computed
    assert list(nulls({k: v for k, v in data.items() if k not in skip})) == []


def test_json_refuses_an_infinite_figure():
    """The loader refuses a figure that is no finite number (with its place); a briefing
    built in code past the loader is still refused by the JSON export."""
    text = (
        MINIMAL + "claims:\n  - {id: c1, statement: s, kind: reported,"
        " figures: [{value: .inf, unit: km}]}\n"
    )
    with pytest.raises(BriefingError, match="finite number"):
        parse_briefing(text, "inf.yaml")
    good = parse_briefing(text.replace(".inf", "12"), "twelve.yaml")
    figure = good.claims[0].figures[0].model_copy(update={"value": float("inf")})
    claim = good.claims[0].model_copy(update={"figures": [figure]})
    briefing = good.model_copy(update={"claims": [claim]})
    with pytest.raises(ExportError, match="not a finite number"):
        export_briefing(briefing, "json")


# --- ClaimReview ----------------------------------------------------------------------------


def _urls(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("url", "@id", "sameAs"):
                yield item
            else:
                yield from _urls(item)
    elif isinstance(value, list):
        for item in value:
            yield from _urls(item)


def test_claimreview_has_the_json_ld_shape(seed: Briefing):
    document = json.loads(export(seed, "claimreview"))
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    checked = [claim for claim in seed.claims if claim.status != ClaimStatus.UNVERIFIED]
    assert [review["claimReviewed"] for review in reviews] == [c.statement for c in checked]
    assert len({review["identifier"] for review in reviews}) == len(reviews)
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["author"] == {"@type": "Organization", "name": "Example Review Desk"}
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
        assert item["datePublished"] == "2024-07"
        assert item["appearance"]["url"] == seed.sources[0].url
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["alternateName"] in ("Supported", "Disputed", "Refuted")
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        claim_id = review["identifier"].split("/")[1]
        assert review["url"] == f"https://reviews.example/anti-nato#{claim_id}"
        assert review["datePublished"] == "2024-08-01"


def test_claimreview_names_the_speaker_of_an_attributed_claim():
    briefing = parse_briefing(
        MINIMAL.replace("sources: []", "")
        + "actors: [{id: ann, name: Ann Example, kind: person}]\n"
        "claims:\n  - {id: c1, statement: S., kind: opinion, attributed_to: ann,"
        " status: refuted}\n  - {id: c2, statement: T., kind: opinion}\n"
        "sources: []\n",
        "attributed.yaml",
    )
    reviews = json.loads(export(briefing, "claimreview"))["@graph"]
    assert len(reviews) == 1
    assert reviews[0]["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Ann Example"},
        "inLanguage": "en",  # the claim's language is on the reviewed Claim
    }
    assert reviews[0]["reviewRating"]["alternateName"] == "Refuted"


def test_claimreview_never_invents_a_url(seed: Briefing):
    document = json.loads(export(seed, "claimreview"))
    known = {source.url for source in seed.sources if source.url} | {
        f"{REVIEW.url}#{claim.id}" for claim in seed.claims
    }
    assert set(_urls(document)) <= known
