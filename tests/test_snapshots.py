"""What the app looks like, view by view, at 80x24 and 120x40 (SVG snapshots).

Regenerate after an intended change with ``pytest tests/test_snapshots.py
--snapshot-update`` and look at the report before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tui.links import Ref
from tui.ui.app import BriefingApp

from conftest import ROOT

SIZES = [(80, 24), (120, 40)]
SEED = Path("briefings") / "anti-nato-2024-07.yaml"


@pytest.fixture(autouse=True)
def _stable_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative paths from the project root, and empty config and cache folders."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


async def _settled(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def _at(ref: Ref | None = None, *keys: str):
    async def run_before(pilot) -> None:
        await _settled(pilot)
        if ref is not None:
            pilot.app.screen.jump(ref)
        if keys:
            await pilot.press(*keys)
        await _settled(pilot)

    return run_before


VIEWS = {
    "overview": _at(),
    "actors": _at(Ref("actors", "richter")),
    "claims": _at(Ref("claims", "c10")),
    "quotes": _at(Ref("quotes", "q01")),
    "sources": _at(Ref("sources", "focus-richter")),
    "relations": _at(Ref("relations", "6")),
    "timeline": _at(Ref("timeline", "0")),
    "brief_me": _at(None, "m", "3", "n", "n"),
    "help": _at(None, "question_mark"),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("view", list(VIEWS))
def test_briefing_views(snap_compare, view, size):
    assert snap_compare(BriefingApp(SEED), terminal_size=size, run_before=VIEWS[view])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_library(snap_compare, size):
    assert snap_compare(BriefingApp(Path("briefings")), terminal_size=size, run_before=_settled)


@pytest.mark.parametrize("view", ["claims", "overview"])
def test_the_readme_screenshots_are_what_the_app_shows(view: str) -> None:
    """docs/images holds copies of the 120x40 snapshots: after --snapshot-update, copy
    them again (cp tests/__snapshots__/test_snapshots/test_briefing_views[VIEW-120x40].svg
    docs/images/VIEW.svg)."""
    snapshot = ROOT / "tests" / "__snapshots__" / "test_snapshots"
    shown = (snapshot / f"test_briefing_views[{view}-120x40].svg").read_text(encoding="utf-8")
    assert (ROOT / "docs" / "images" / f"{view}.svg").read_text(encoding="utf-8") == shown
