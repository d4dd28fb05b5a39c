"""What a fetch reports of each source, at the command line and in the app, beyond counts.

Review 19: the table said "1 differs" and nothing of which claim or how; no time per
page anywhere; a PDF was "text not read", not named as the PDF it is. A real server on
127.0.0.1, the real command, the real app.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tui.cli import main
from tui.ui.app import BriefingApp

from http_fixtures import FixtureServer, serve
from pages import BriefingPage, settle

pytestmark = pytest.mark.usefixtures("own_folders")

GAZETTE = "/page/harbour-gazette-treaty"


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    yield from serve()


def checked_briefing(tmp_path: Path, server: FixtureServer) -> Path:
    """A briefing whose claims the gazette's page has whole, with another year, in other
    words, and not at all; one source is a PDF, one a missing page."""
    path = tmp_path / "treaty.yaml"
    path.write_text(
        f"""\
id: treaty
title: The treaty as the gazette reports it
sources:
  - {{id: gazette, url: "{server.url(GAZETTE)}"}}
  - {{id: text-1961, url: "{server.url("/pdf")}"}}
  - {{id: gone, url: "{server.url("/status/404")}"}}
claims:
  - id: c1
    statement: The treaty was signed on Wednesday.
    kind: reported
    excerpt: signed a comprehensive strategic partnership treaty on Wednesday
    sources: [gazette]
  - id: c2
    statement: Analysts compared it with the treaty of 1971.
    kind: reported
    excerpt: Analysts compared the clause with a treaty signed in 1971, which lapsed in the 1990s.
    sources: [gazette]
  - id: c3
    statement: The fleet left at dawn.
    kind: reported
    excerpt: The fleet sailed north at dawn without a word to the harbour master.
    sources: [gazette]
""",
        encoding="utf-8",
    )
    return path


def table_rows(out: str) -> dict[str, list[list[str]]]:
    """The table's rows by source id: each a list of its columns, each column its lines."""
    rows: dict[str, list[list[str]]] = {}
    current: list[list[str]] = []
    for line in out.splitlines():
        rule = line[:1]
        if rule not in {"│", "┃"}:  # a row's line, or the header's
            continue
        cells = [cell.strip() for cell in line.strip(rule).split(rule)]
        if cells[0]:
            current = [[] for _ in cells]
            rows[cells[0]] = current
        for column, cell in zip(current, cells, strict=True):
            if cell:
                column.append(cell)
    return rows


def fetch_table(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[list[str]]]:
    """Run ``briefing fetch PATH`` and read its table back."""
    main(["fetch", str(path)])
    out = capsys.readouterr().out
    return table_rows(out)


def test_the_table_says_which_checks_differ_and_how(
    tmp_path: Path,
    server: FixtureServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # one line for each thing said in a cell
    rows = fetch_table(checked_briefing(tmp_path, server), capsys)
    _source, state, title, quotes = rows["gazette"]
    assert state[0] == "ok 200" and title == ["Treaty signed after a day of talks"]
    assert quotes == [
        "1 found, 1 differs, 1 missing",
        "claim c2 differs: 1971 → 1961",
        "missing: claim c3",
    ]


def test_the_table_names_a_pdf_as_a_pdf(
    tmp_path: Path,
    server: FixtureServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    rows = fetch_table(checked_briefing(tmp_path, server), capsys)
    assert rows["text-1961"][3] == ["not checked (a PDF: its text is not read)"]


def test_the_table_says_how_long_each_page_took_this_time(
    tmp_path: Path,
    server: FixtureServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    path = checked_briefing(tmp_path, server)
    first = fetch_table(path, capsys)
    for source, state in (("gazette", "ok 200"), ("text-1961", "ok 200"), ("gone", "failed 404")):
        said, took = first[source][1]  # fetched, a file, a failure: each timed under its state
        assert said == state
        assert re.fullmatch(r"\d{1,3} ms|\d\.\d s|\d+ s", took), (source, took)
    again = fetch_table(path, capsys)
    assert again["gazette"][1] == ["cached"]  # the cache answered: no time of this run
    assert again["gone"][1][0] == "failed 404" and len(again["gone"][1]) == 2  # asked again


async def fetched_all(pilot: Pilot[Any]) -> BriefingPage:
    """The briefing open on its sources, after ``F`` fetched every one of them."""
    page = await BriefingPage.opened(pilot)
    await page.show("sources")
    await pilot.press("F")
    await settle(pilot)
    return page


async def test_the_app_names_a_pdf_and_says_how_long_a_page_took(
    tmp_path: Path, server: FixtureServer
) -> None:
    from tui.ui.screens.briefing import Ref

    path = checked_briefing(tmp_path, server)
    async with BriefingApp(path).run_test(size=(140, 45)) as pilot:
        page = await fetched_all(pilot)
        [pdf_row] = [row for row in page.rows("sources") if row.endswith("not read")]
        assert pdf_row.endswith("PDF not read")
        page.screen.jump(Ref("sources", "text-1961"))
        await pilot.pause()
        detail = page.detail("sources")
        assert (
            "Not checked: a PDF: its text is not read, so no excerpt or quote is checked"
            " against it" in detail
        )
        assert re.search(r"^Took: (\d{1,3} ms|\d\.\d s|\d+ s)$", detail, re.MULTILINE)
        page.screen.jump(Ref("sources", "gazette"))
        await pilot.pause()
        assert re.search(r"^Took: ", page.detail("sources"), re.MULTILINE)
