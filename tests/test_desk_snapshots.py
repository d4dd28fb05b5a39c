"""What the desk looks like: the record form and review mode at 80x24 and 120x40.

Regenerate after an intended change with ``pytest tests/test_desk_snapshots.py
--snapshot-update`` and look at the SVGs before committing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from tui.links import Ref
from tui.ui.app import BriefingApp

from conftest import ROOT

SIZES = [(80, 24), (120, 40)]
SEED = Path("briefings") / "anti-nato-2024-07.yaml"
PAGE = Path("tests") / "fixtures" / "pages" / "harbour-gazette-treaty.html"


@pytest.fixture(autouse=True)
def _stable_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


async def _settled(pilot) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    for area in pilot.app.screen.query(TextArea):
        area.cursor_blink = False
    await pilot.pause()


async def _loaded(pilot) -> None:
    for _ in range(200):
        await _settled(pilot)
        screen = pilot.app.screen
        if getattr(screen, "briefing", None) is not None and screen.query("#claims"):
            return
        await pilot.pause(0.05)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_claim_form(snap_compare, size) -> None:
    async def run_before(pilot) -> None:
        await _loaded(pilot)
        pilot.app.screen.jump(Ref("claims", "c10"))
        await pilot.press("E")
        await _settled(pilot)

    assert snap_compare(BriefingApp(SEED), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_review_mode(snap_compare, size, tmp_path: Path) -> None:
    from tui.commands import new

    output = tmp_path / "draft.yaml"
    args = argparse.Namespace(sources=[str(PAGE)], output=str(output), lang="auto", force=False)
    assert new.run(args) == 0

    async def run_before(pilot) -> None:
        await _loaded(pilot)
        await pilot.press("v")
        await _settled(pilot)
        await pilot.press("j", "j", "j")  # the source, the note, the first actor: a claim
        await _settled(pilot)

    assert snap_compare(BriefingApp(output), terminal_size=size, run_before=run_before)
