"""The export dialog's refusal to write over a briefing speaks of its 'Replace' box,
not of "whatever the flags": the dialog has none.
The real app, driven with the pilot, on real files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input

from tui.ui.app import BriefingApp
from tui.ui.screens.export import ExportScreen

from pages import BriefingPage, on_top, settle

pytestmark = pytest.mark.usefixtures("own_folders")

SEED = Path(__file__).resolve().parent.parent / "briefings" / "anti-nato-2024-07.yaml"


async def test_the_export_dialog_speaks_of_its_replace_box_not_of_flags(tmp_path: Path) -> None:
    seed = Path(shutil.copyfile(SEED, tmp_path / "seed.yaml"))
    other = Path(shutil.copyfile(SEED, tmp_path / "other.yaml"))
    kept = other.read_bytes()
    async with BriefingApp(seed).run_test(size=(100, 30)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("e")
        dialog = await on_top(pilot, ExportScreen)
        dialog.query_one("#export-replace").value = True
        messages = []
        for target in (other, seed):
            dialog.query_one("#export-path", Input).value = str(target)
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert pilot.app.screen is dialog
            messages.append(str(dialog.query_one("#export-message").render()))
    assert messages == [
        f"{other} is a briefing file; refusing to write over it, even with 'Replace'"
        " ticked (choose another name, or delete it yourself first)",
        f"{seed} is the file being read (this briefing's own); refusing to write over it,"
        " even with 'Replace' ticked (choose another name)",
    ]
    assert other.read_bytes() == kept and seed.read_bytes() == SEED.read_bytes()
