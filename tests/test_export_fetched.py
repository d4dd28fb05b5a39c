"""Exports with what the fetch cache holds: a real cache, filled by the real fetch engine
from a real HTTP server on 127.0.0.1, then read by ``fetched_for`` and the exporters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import html5lib
import jsonschema
import pytest
from export_helpers import without_navigation

from tui.export import export_briefing
from tui.export.fetched import fetched_for, quote_results
from tui.fetch import FetchResult, fetch_sources, open_cache
from tui.loader import load_briefing, parse_briefing
from tui.model import Briefing

from conftest import ROOT, reference_html
from http_fixtures import FixtureServer, quick_settings, serve

Write = Callable[[str, str], Path]

TITLE = "Gipfel in Hanoi: Was der Staatsbesuch wirklich bedeutet"


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    yield from serve()


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


def _briefing(write: Write, server: FixtureServer, page: str = "/page/morgenkurier-hanoi") -> Path:
    text = f"""\
id: hanoi
title: The Hanoi visit
article: article
actors:
  - {{id: diplomat, name: A diplomat in Hanoi, kind: person, anonymous: true}}
claims:
  - id: c1
    statement: Observers suspect more was at stake.
    kind: speculation
    hedges: [vermuten]
    excerpt: "Beobachter vermuten, dass es um mehr ging"
    sources: [article]
  - id: c2
    statement: Vietnam balances between powers.
    kind: background
    excerpt: "Vietnam pflegt seit vielen Jahren eine Politik der Ausgewogenheit"
    sources: [article]
  - id: c3
    statement: Tanks are on their way to Hanoi.
    kind: reported
    excerpt: "Russland liefert Panzer nach Hanoi"
    sources: [article, gone]
quotes:
  - id: q1
    speaker: diplomat
    text: "An einer neuen regionalen oder globalen Blockbildung ist Vietnam nicht interessiert"
    outlet: article
    claims: [c2]
sources:
  - {{id: article, url: "{server.url(page)}", outlet: Morgenkurier}}
  - {{id: gone, url: "{server.url("/status/404")}", outlet: A vanished page}}
  - {{id: by-name, outlet: Known only by name}}
"""
    return write(text, "hanoi.yaml")


async def _fill_cache(briefing: Briefing) -> list[FetchResult]:
    with open_cache() as cache:
        return await fetch_sources(
            briefing.sources, settings=quick_settings(), cache=cache, briefing=briefing
        )


def _export(path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    runner = (
        "import sys\n"
        "from tui.commands import COMMANDS\n"
        "COMMANDS.setdefault('export', 'tui.commands.export')\n"
        "from tui.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", runner, "export", str(path), *args],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        cwd=ROOT,
        timeout=120,
    )


async def test_markdown_and_html_show_fetched_metadata_and_quote_checks(
    write: Write, server: FixtureServer
):
    path = _briefing(write, server)
    briefing = load_briefing(path)
    fetched_now = await _fill_cache(briefing)
    assert [r.ok for r in fetched_now] == [True, False, None]

    fetched = fetched_for(briefing)
    assert list(fetched) == ["article", "gone"]  # the source known by name has no url
    article = fetched["article"]
    assert article.from_cache and article.title == TITLE
    # The checks made from the cached text are the ones the fetch run made.
    assert article.quote_checks == fetched_now[0].quote_checks
    assert quote_results(fetched) == {
        "c1": "found",
        "c2": "similar",
        "c3": "missing",
        "q1": "found",
    }
    assert fetched["gone"].ok is False and fetched["gone"].status == 404

    markdown = export_briefing(briefing, "markdown", fetched=fetched)
    sources = markdown[markdown.index("\n## Sources") :]
    assert f"  - Title as fetched: “{TITLE}”\n" in sources
    assert "  - Site as fetched: Morgenkurier\n" in sources
    assert "  - Author as fetched: Redaktion Außenpolitik\n" in sources
    assert "  - Published as fetched: 21 June 2024, 08:30 (UTC+02:00)\n" in sources
    assert "  - Fetched: HTTP 200, 20" in sources and " UTC\n" in sources
    assert "  - Excerpts and quotes checked on the page: 2 found, 1 similar, 1 missing\n" in sources
    assert "    - claim c1: found\n" in sources
    assert "    - claim c3: missing\n" in sources
    assert "    - quote q1: found\n" in sources
    similar = next(line for line in sources.splitlines() if "claim c2: similar" in line)
    assert "; the page has “" in similar  # the page's own words, not the excerpt's
    assert "Vietnam pflegt seit Jahren eine Politik der Ausgewogenheit" in similar
    assert "  - Fetch failed: HTTP 404 Not Found, last tried 20" in sources
    assert "Known only by name" in sources and "Fetched: not yet" not in sources
    # c3 names the failed source too; only the article's page could check it.
    profile = markdown[markdown.index("## Sourcing profile") : markdown.index("\n## Claims")]
    checks = profile[profile.index("### Excerpts and quotes checked") :]
    # a claim's own excerpt is named once; the claims behind a quote follow it
    assert "- Found: 2 (c1, q1; claim c2)\n" in checks
    assert "- Similar: 1 (c2)\n" in checks
    assert "- Missing: 1 (c3)\n" in checks
    assert "- Not checked: 0\n" in checks

    page = export_briefing(briefing, "html", fetched=fetched)
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    parser.parse(page)
    assert parser.errors == []
    assert f"<li>Title as fetched: “{TITLE}”</li>" in page
    assert "<li>claim c1: found</li>" in page
    assert "<li>quote q1: found</li>" in page
    # cmark gives the page markdown-it gives
    assert reference_html(markdown) in without_navigation(page)

    # Same briefing, same cache contents: same bytes, through the command line too.
    assert export_briefing(briefing, "markdown", fetched=fetched_for(briefing)) == markdown
    result = _export(path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == markdown
    without = _export(path, "--no-fetched", "--format", "html")
    assert without.returncode == 0, without.stderr
    assert without.stdout.decode("utf-8") == export_briefing(briefing, "html")
    assert TITLE not in without.stdout.decode("utf-8")


async def test_json_carries_the_checks_in_its_profile_and_still_loads_back(
    write: Write, server: FixtureServer
):
    briefing = load_briefing(_briefing(write, server))
    await _fill_cache(briefing)
    text = export_briefing(briefing, "json", fetched=fetched_for(briefing))
    data: dict[str, Any] = json.loads(text)
    checks = data["profile"]["checks"]
    assert checks["found"] == {"count": 2, "ids": ["c1", "q1"], "claims": ["c1", "c2"]}
    assert checks["similar"]["ids"] == ["c2"] and checks["missing"]["ids"] == ["c3"]
    assert checks["unchecked"]["count"] == 0 and checks["unknown"] == []
    schema = json.loads((ROOT / "schema" / "briefing.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert parse_briefing(text, "hanoi.json") == briefing
    assert json.loads(export_briefing(briefing, "json"))["profile"]["checks"] is None


async def test_page_text_in_the_cache_is_shown_as_data(write: Write, server: FixtureServer):
    briefing = load_briefing(_briefing(write, server, page="/escapes"))
    await _fill_cache(briefing)
    fetched = fetched_for(briefing)
    assert fetched["article"].title is not None and "\x1b" in fetched["article"].title
    markdown = export_briefing(briefing, "markdown", fetched=fetched)
    assert "\x1b" not in markdown and "\x07" not in markdown
    assert "Title as fetched: “\\[bold red\\]Alarm\\[/\\] \u241b\\]0;owned\u2407" in markdown
    page = export_briefing(briefing, "html", fetched=fetched)
    assert "\x1b" not in page and "\x07" not in page
    document = html5lib.parse(page, namespaceHTMLElements=False)
    hrefs = {anchor.get("href") for anchor in document.iter("a")}
    hrefs = {href for href in hrefs if not href.startswith("#")}
    assert hrefs == {str(source.url) for source in briefing.sources if source.url}


def test_no_cache_file_means_no_fetched_data_and_nothing_is_created(cache_dir: Path):
    briefing = parse_briefing(
        "id: t\ntitle: T\nsources:\n  - {id: s, url: 'https://example.org/a'}\n", "t.yaml"
    )
    assert fetched_for(briefing) == {}
    assert fetched_for(briefing, cache_dir / "elsewhere") == {}
    assert list(cache_dir.iterdir()) == []
    assert export_briefing(briefing, "markdown", fetched={}) == export_briefing(
        briefing, "markdown"
    )


async def test_an_open_cache_can_be_passed_in_and_is_left_open(
    write: Write, server: FixtureServer, cache_dir: Path
):
    briefing = load_briefing(_briefing(write, server))
    await _fill_cache(briefing)
    with open_cache(cache_dir) as cache:
        first = fetched_for(briefing, cache)
        assert fetched_for(briefing, cache) == first
    assert first["article"].title == TITLE
    assert fetched_for(briefing, cache_dir) == first


async def test_a_failed_fetch_alone_checks_nothing_and_says_so_once(
    write: Write, server: FixtureServer
):
    path = _briefing(write, server)
    briefing = load_briefing(path)
    gone = [s for s in briefing.sources if s.id == "gone"]
    with open_cache() as cache:
        tried = await fetch_sources(gone, settings=quick_settings(), cache=cache, briefing=briefing)
    assert [r.ok for r in tried] == [False]
    markdown = export_briefing(briefing, "markdown", fetched=fetched_for(briefing))
    profile = markdown[markdown.index("## Sourcing profile") : markdown.index("\n## Claims")]
    checks = profile[profile.index("### Excerpts and quotes checked") :]
    assert "- None checked yet: no page the 4 excerpts and quotes cite is fetched" in checks
    assert "c1" not in checks and "Not checked" not in checks
    sources = markdown[markdown.index("## Sources") :]
    assert sources.count("  - Fetched: not yet") == 1  # the article's page, never tried
    assert "  - Fetch failed: HTTP 404" in sources
