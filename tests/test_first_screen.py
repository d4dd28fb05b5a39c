"""The first screen: a file opened before shows its overview in the first frame, from a
signed entry named by the file's exact bytes, and never from an entry that is stale,
edited or made for other bytes."""

from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

import pytest

from tui.signedstore import content_key
from tui.ui.app import BriefingApp
from tui.ui.firstscreen import file_key, remembered_first_screen
from tui.ui.plain import plain_text
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.sections.overview import OverviewView
from tui.ui.widgets.detail import DetailPane

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def overview_text(app: BriefingApp) -> str:
    pane = app.screen.query_one("#overview-detail", DetailPane)
    return plain_text(pane.body)  # type: ignore[arg-type]


async def open_and_read(path: Path) -> tuple[str, list[str], str]:
    """Open ``path`` until it is read: the overview as drawn, its links' labels, and the
    text the overview was drawn from."""
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            if isinstance(screen, BriefingScreen) and screen.shown is not None:
                break
        await app.workers.wait_for_complete()  # the first screen is saved by a worker
        pane = app.screen.query_one("#overview-detail", DetailPane)
        detail = app.screen.query_one(OverviewView).detail("")
        assert detail is not None
        return overview_text(app), [link.label for link in pane.links], detail.text.plain


def large_briefing(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import synthetic_briefing

    path = folder / "large.yaml"
    path.write_text(synthetic_briefing(claims=10_000, actors=1_000, quotes=2_000), "utf-8")
    return path


async def test_the_overview_is_kept_as_drawn_for_the_same_bytes(tmp_path: Path):
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    _, links, source = await open_and_read(path)
    key = file_key(path)
    assert key == content_key(path.read_bytes())
    first = remembered_first_screen(key)
    assert first is not None
    assert first.title.startswith("Putin's rumoured")
    assert first.text.plain == source and [link.label for link in first.links] == links
    assert "Bottom line" in first.text.plain and first.text.spans  # styles are kept too


async def test_a_file_opened_before_shows_its_overview_before_it_is_read(
    tmp_path: Path, held_read: threading.Event
):
    path = large_briefing(tmp_path)
    held_read.set()
    shown, _, _ = await open_and_read(path)
    shutil.rmtree(tmp_path / "cache" / "models")  # read from the YAML again
    held_read.clear()  # and looked at while that reading is still going on
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.shown is None  # the 10,000 claims are still being read...
        assert overview_text(app) == shown  # ...but the overview is already there
        assert "Synthetic briefing" in str(screen.title)
        held_read.set()


async def test_a_changed_file_is_never_shown_from_the_old_entry(
    tmp_path: Path, held_read: threading.Event
):
    path = large_briefing(tmp_path)
    held_read.set()
    await open_and_read(path)
    path.write_text(path.read_text("utf-8").replace("Synthetic briefing", "Edited briefing", 1))
    assert remembered_first_screen(file_key(path) or "") is None
    held_read.clear()  # this time the screen is looked at while the file is still read
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.shown is None  # type: ignore[attr-defined]
        assert overview_text(app).startswith("Reading large.yaml")
        held_read.set()


async def test_an_edited_entry_is_dropped_and_the_file_read(tmp_path: Path):
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    await open_and_read(path)
    key = file_key(path)
    assert key is not None
    entry = tmp_path / "cache" / "screens" / f"{key}.json"
    entry.write_bytes(entry.read_bytes().replace(b"Bottom line", b"Bottom lime"))
    assert remembered_first_screen(key) is None
    assert not entry.exists()
    shown, _, _ = await open_and_read(path)
    assert "Bottom line" in shown and "Bottom lime" not in shown
