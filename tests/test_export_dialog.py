"""The app's export dialog: every format the exporters know, the claims list's filtered
view as an export of its own, and ClaimReview's publisher, URL and date."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Select

from tui.ui.app import BriefingApp
from tui.ui.screens.export import ExportScreen

from pages import BriefingPage, settle

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)


async def test_every_format_is_offered_stix_included():
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("e")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        offered = {value for _, value in dialog.query_one("#export-format", Select)._options}
        assert {"markdown", "html", "json", "claimreview", "stix"} <= offered


async def test_the_filtered_view_is_exported_as_such(tmp_path: Path):
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        page.choose("kind", "speculation")
        await settle(pilot)
        shown = page.rows("claims")
        assert 0 < len(shown) < 25
        await pilot.press("e")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        box = dialog.query_one("#export-filtered", Checkbox)
        assert f"Only the {len(shown)} claims the filter shows" in str(box.label)
        box.value = True
        dialog.query_one("#export-path", Input).value = str(tmp_path / "speculation.md")
        await pilot.press("ctrl+s")
        await settle(pilot)
        text = (tmp_path / "speculation.md").read_text(encoding="utf-8")
        assert "only speculation claims" in text.splitlines()[0]
        assert f"{len(shown)} of 25 claims shown" in text
        assert "- **c10**" in text and "- **c01**" not in text  # c01 is reported


async def test_claimreview_asks_for_its_publisher_url_and_date(tmp_path: Path):
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("e")
        dialog = pilot.app.screen
        dialog.query_one("#export-format", Select).value = "claimreview"
        await settle(pilot)
        assert dialog.query_one("#export-review").display
        target = tmp_path / "reviews.claimreview.json"
        dialog.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        message = str(dialog.query_one("#export-message").render())
        # in the dialog's own words, not the command line's options
        assert "the publisher field" in message and "the date field" in message, message
        assert "--publisher" not in message and "Cannot write" not in message
        assert not target.exists()
        dialog.query_one("#review-publisher", Input).value = "Example Fact Desk"
        dialog.query_one("#review-url", Input).value = "https://factdesk.example/anti-nato"
        dialog.query_one("#review-date", Input).value = "2024-07-20"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert target.exists(), str(dialog.query_one("#export-message").render())
        data = json.loads(target.read_text(encoding="utf-8"))
        reviews = data if isinstance(data, list) else data.get("@graph", [data])
        assert reviews and all("Example Fact Desk" in json.dumps(r) for r in reviews)


async def test_a_message_about_one_file_goes_when_the_format_changes(tmp_path: Path):
    (tmp_path / "taken.md").write_text("someone's notes\n", encoding="utf-8")
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("e")
        dialog = pilot.app.screen
        dialog.query_one("#export-path", Input).value = str(tmp_path / "taken.md")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "exists. Tick 'Replace'" in str(dialog.query_one("#export-message").render())
        dialog.query_one("#export-format", Select).value = "html"
        await settle(pilot)
        assert str(dialog.query_one("#export-message").render()).strip() == ""
        assert (tmp_path / "taken.md").read_text(encoding="utf-8") == "someone's notes\n"


async def test_enter_at_once_exports_what_the_dialog_shows(tmp_path: Path):
    """The dialog opens on its file name, so Enter writes the default export (next to
    the briefing: a copy in the test's own folder)."""
    seed = Path(shutil.copy(SEED, tmp_path / SEED.name))
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("e")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        assert dialog.focused is dialog.query_one("#export-path", Input)
        target = Path(dialog.query_one("#export-path", Input).value)
        assert target.parent == tmp_path
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, ExportScreen)
        assert target.read_text(encoding="utf-8").startswith("# ")
