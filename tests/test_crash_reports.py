"""Unexpected errors in the app's background work: the report names the line that
failed, and reading the library never takes the app (and an open form) down."""

from __future__ import annotations

from pathlib import Path

import pytest
from index_corpus import briefing_text

import tui.index
from tui.crash import traceback_text, write_report
from tui.ui.app import BriefingApp
from tui.ui.screens.library import LibraryScreen

from pages import LibraryPage

pytestmark = pytest.mark.usefixtures("own_folders")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    for number in range(3):
        (folder / f"b{number}.yaml").write_text(briefing_text(f"b{number}", f"Walrus {number}"))
    return folder


def failing_search(*args: object, **kwargs: object) -> object:
    raise RuntimeError("injected search failure")


async def test_a_failed_worker_is_reported_with_the_line_that_failed(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual's WorkerFailed says only that a worker failed; the report carries the
    worker's own traceback too."""
    from tui.commands.open import exit_status

    monkeypatch.setattr(tui.index.LibraryIndex, "search", failing_search)
    app = BriefingApp(library)
    with pytest.raises(Exception, match="injected search failure"):
        async with app.run_test(size=(100, 30)) as pilot:
            page = LibraryPage(pilot)
            await page.until(lambda: "indexed for search" in page.status())
            await pilot.press("slash", *"walrus")
            for _ in range(100):
                await pilot.pause(0.05)
    assert exit_status(app) == 1
    (report,) = (tmp_path / "cache" / "reports").iterdir()
    text = report.read_text(encoding="utf-8")
    assert "WorkerFailed" in text
    assert "The error the worker raised:" in text
    assert 'in failing_search\n    raise RuntimeError("injected search failure")' in text


def test_a_plain_error_is_written_once() -> None:
    try:
        raise ValueError("plain")
    except ValueError as error:
        text = traceback_text(error)
    assert text.count("ValueError: plain") == 1 and "worker raised" not in text


async def test_reading_the_library_stops_with_a_report_and_the_app_stays_open(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_update(*args: object, **kwargs: object) -> object:
        raise RuntimeError("injected reading failure")

    monkeypatch.setattr(tui.index.LibraryIndex, "update", failing_update)
    async with BriefingApp(library).run_test(size=(100, 30)) as pilot:
        page = LibraryPage(pilot)
        await page.until(lambda: "stopped on an unexpected error" in page.status())
        await pilot.pause(0.2)
        assert isinstance(pilot.app.screen, LibraryScreen)
        assert pilot.app.return_code is None
        status = page.status()
    (report,) = (tmp_path / "cache" / "reports").iterdir()
    assert "injected reading failure" in report.read_text(encoding="utf-8")
    assert f"(report in {report}" in status


def test_write_report_uses_the_worker_traceback(tmp_path: Path, monkeypatch) -> None:
    from textual.worker import WorkerFailed

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache2"))
    try:
        failing_search()
    except RuntimeError as inner:
        failed = WorkerFailed(inner)
    saved = write_report(failed)
    assert saved is not None
    assert "in failing_search" in saved.read_text(encoding="utf-8")
