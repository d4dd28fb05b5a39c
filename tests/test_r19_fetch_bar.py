"""The app's word after fetching every source, and its bar while it fetches.

Review 19: the summary named three failures of five and said nothing of the other two (a
200 MiB page and a redirect loop); at 100 columns the bar lost its "(Esc cancels)" to a
long id and host. A real server on 127.0.0.1 and the real app, at the sizes reviewed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.ui.app import BriefingApp

from http_fixtures import FixtureServer, serve
from pages import BriefingPage, screen_text, settle

pytestmark = pytest.mark.usefixtures("own_folders")

GAZETTE = "/page/harbour-gazette-treaty"


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    yield from serve()


def failing_briefing(tmp_path: Path, server: FixtureServer) -> Path:
    """One page that comes, and five sources that fail, each for its own reason."""
    failing = ["/status/404", "/status/500", "/forbidden", "/loop/a", "/empty"]
    lines = ["id: failing", "title: Five broken links", "sources:"]
    lines.append(f'  - {{id: good, url: "{server.url(GAZETTE)}"}}')
    lines += [f'  - {{id: bad-{n}, url: "{server.url(p)}"}}' for n, p in enumerate(failing)]
    path = tmp_path / "failing.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def test_the_summary_of_a_fetch_counts_the_failures_it_does_not_name(
    tmp_path: Path, server: FixtureServer
) -> None:
    path = failing_briefing(tmp_path, server)
    app = BriefingApp(path)
    async with app.run_test(size=(140, 45), notifications=True) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("sources")
        await pilot.press("F")
        await settle(pilot)
        [summary] = [str(n.message) for n in app._notifications if "fetched;" in str(n.message)]
    assert summary.startswith("1 of 6 fetched; failed: bad-0 (HTTP 404 Not Found), ")
    assert summary.endswith(" and 2 more (their rows say why)")
    assert "bad-3" not in summary and "bad-4" not in summary


def waiting_briefing(tmp_path: Path, server: FixtureServer) -> Path:
    """A quick page, and one with a long id on a server that does not answer."""
    path = tmp_path / "waiting.yaml"
    slow = "yonhap-via-the-korea-herald-on-the-treaty-of-comprehensive-partnership"
    path.write_text(
        f"""\
id: waiting
title: One source keeps us waiting
sources:
  - {{id: gazette, url: "{server.url(GAZETTE)}"}}
  - {{id: {slow}, url: "{server.url("/slow-headers")}"}}
""",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_the_fetch_bar_keeps_its_cancel_hint_whole(
    tmp_path: Path, server: FixtureServer, size: tuple[int, int]
) -> None:
    path = waiting_briefing(tmp_path, server)
    async with BriefingApp(path).run_test(size=size) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("sources")
        await pilot.press("F")
        bar = page.bar("fetch")
        for _ in range(200):  # until the quick page is in and the bar waits for the slow one
            await pilot.pause(0.05)
            if "1 of 2 done" in str(bar.render()):
                break
        for width in (size[0], size[0] - 10):  # as shown, then after the window narrows
            await pilot.resize_terminal(width, size[1])
            await pilot.pause()
            [line] = [ln for ln in screen_text(pilot.app).splitlines() if "Fetching" in ln]
            assert line.rstrip().endswith("…  (Esc cancels)"), line
            assert line.lstrip().startswith("Fetching sources: 1 of 2 done; waiting for yonhap-")
        await pilot.press("escape")
        await settle(pilot)
        assert not bar.display
