"""Exported JSON inside a web page, as it is published, in a real headless browser.

Fact-checkers publish ClaimReview inside a page's ``<script type="application/ld+json">``.
A ``</script>`` in a claim, a note or the publisher's name ended that element and ran what
followed on the publisher's page; a hostile article is enough, since ``briefing new``
copies its sentences into statements. The JSON writer now writes ``<``, ``>`` and ``&``
as ``\\u`` escapes: the page's script never runs and the data read back is the same.
The browser is the system's chromium, driven by Playwright; the page is set in memory and
every request it might make is aborted, so nothing leaves the machine.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_serve_browser import launch_local_chromium, needs_chromium

from tui.export.claimreview import Review, briefing_claimreview
from tui.loader import load_briefing

from conftest import BRIEFINGS

HOSTILE = "Costs rise </script><script>document.title='PWNED'</script> & more <b>bold</b>"


def _hostile_briefing(tmp_path: Path) -> Path:
    text = (BRIEFINGS / "anti-nato-2024-07.yaml").read_text(encoding="utf-8")
    line = "    statement: The start of Ukraine's EU accession talks plays into Putin's hands.\n"
    assert line in text
    path = tmp_path / "hostile.yaml"
    path.write_text(text.replace(line, f"    statement: {json.dumps(HOSTILE)}\n"), "utf-8")
    return path


def _jsonld(tmp_path: Path) -> str:
    briefing = load_briefing(_hostile_briefing(tmp_path))
    review = Review(publisher="Desk <i>&</i>", url="https://example.org/r", date="2026-12-06")
    return briefing_claimreview(briefing, review)


def test_the_claimreview_holds_no_markup_and_reads_back_the_same(tmp_path: Path) -> None:
    text = _jsonld(tmp_path)
    assert "<" not in text and ">" not in text and "&" not in text
    statements = [review["claimReviewed"] for review in json.loads(text)["@graph"]]
    assert HOSTILE in statements


@needs_chromium
def test_a_claimreview_in_a_page_script_runs_nothing(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    text = _jsonld(tmp_path)
    page_html = (
        "<!doctype html><html><head><title>Our fact check</title>"
        f'<script type="application/ld+json">{text}</script></head><body>ok</body></html>'
    )
    with sync_playwright() as playwright:
        browser = launch_local_chromium(playwright)
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.abort())
            page.set_content(page_html)
            assert page.title() == "Our fact check"
            embedded = page.eval_on_selector(
                "script[type='application/ld+json']", "element => element.textContent"
            )
        finally:
            browser.close()
    statements = [review["claimReviewed"] for review in json.loads(embedded)["@graph"]]
    assert HOSTILE in statements
