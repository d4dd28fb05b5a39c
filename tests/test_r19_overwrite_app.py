"""The app's export dialog keeps the same promise as the commands: with 'Replace' ticked
it still never writes over a briefing, however that briefing's YAML is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input

from tui.ui.app import BriefingApp
from tui.ui.screens.export import ExportScreen

from conftest import BRIEFINGS
from pages import BriefingPage, on_top, settle

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"

KEPT = {
    "windows.yaml": b"\xef\xbb\xbfid: windows\r\ntitle: Saved with a byte-order mark\r\nsources: []\r\n",
    "flow.json": b'{"id": "flow", "title": "Written as JSON by hand", "sources": []}\n',
}


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)


async def test_replace_ticked_still_keeps_a_briefing(tmp_path: Path) -> None:
    seed = Path(shutil.copy(SEED, tmp_path / SEED.name))
    for name, raw in KEPT.items():
        (tmp_path / name).write_bytes(raw)
    async with BriefingApp(seed).run_test(size=(100, 30)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("e")
        dialog = await on_top(pilot, ExportScreen)
        dialog.query_one("#export-replace").value = True
        for name in KEPT:
            dialog.query_one("#export-path", Input).value = str(tmp_path / name)
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert pilot.app.screen is dialog, name  # the dialog stays and says why
            said = str(dialog.query_one("#export-message").render())
            assert f"{name} is a briefing file; refusing to write over it" in said
    for name, raw in KEPT.items():
        assert (tmp_path / name).read_bytes() == raw, name
