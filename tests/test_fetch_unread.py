"""A fetched file whose text is not read (a PDF) says so wherever it shows: "ok 200"
must never pass for "the quotes were checked there". A real server on 127.0.0.1, the
real command, the real app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.cli import main
from tui.ui.app import BriefingApp
from tui.ui.screens.briefing import Ref

from http_fixtures import FixtureServer, serve
from pages import BriefingPage, settle


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    yield from serve()


pytestmark = pytest.mark.usefixtures("own_folders")


def briefing(tmp_path: Path, server: FixtureServer) -> Path:
    path = tmp_path / "report.yaml"
    path.write_text(
        f"""\
id: report
title: A report behind a claim
sources:
  - {{id: gazette, url: "{server.url("/page/harbour-gazette-treaty")}", title: Gazette}}
  - {{id: report, url: "{server.url("/pdf")}", title: The agency's report}}
claims:
  - id: c1
    statement: The report puts the damage at two million.
    kind: reported
    excerpt: the damage comes to two million
    sources: [report]
""",
        encoding="utf-8",
    )
    return path


def test_the_fetch_table_says_a_pdf_was_not_checked(
    tmp_path: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    path = briefing(tmp_path, server)
    main(["fetch", str(path)])
    rows = [line for line in capsys.readouterr().out.splitlines() if "report" in line]
    assert rows and "not checked (a PDF: its" in rows[0]  # the rest on the next line


async def test_the_app_says_a_pdf_was_not_read_on_the_source_and_the_claim(
    tmp_path: Path, server: FixtureServer
) -> None:
    path = briefing(tmp_path, server)
    async with BriefingApp(path).run_test(size=(140, 45)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("sources")
        await pilot.press("F")
        await settle(pilot)
        page.screen.jump(Ref("sources", "report"))
        await pilot.pause()
        source = page.detail("sources")
        assert "Type: application/pdf" in source
        assert (
            "Not checked: a PDF: its text is not read, so no excerpt or quote is checked"
            " against it" in source
        )
        page.screen.jump(Ref("claims", "c1"))
        await pilot.pause()
        claim = page.detail("claims")
        assert "not read in report: a PDF: its text is not read" in claim
        page.screen.jump(Ref("sources", "gazette"))
        await pilot.pause()
        assert "Not checked" not in page.detail("sources")
