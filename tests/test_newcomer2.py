"""More of what a new user tripped over, each kept fixed by a test through the real app:
real keys, real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text

from tui.ui.app import BriefingApp
from tui.ui.edit.form import RecordForm

from pages import BriefingPage

TINY = """\
id: tiny
title: A tiny briefing
actors:
  - {id: anna, name: Anna Muster, kind: person}
sources: []
"""


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    return path


async def _form_on_top(page: BriefingPage) -> RecordForm:
    for _ in range(100):
        await page.pilot.app.workers.wait_for_complete()
        await page.pilot.pause()
        if isinstance(page.pilot.app.screen, RecordForm):
            return page.pilot.app.screen
        await page.pilot.pause(0.05)
    raise AssertionError(f"no form on top, but {page.pilot.app.screen!r}")


# --- an empty section says how to add to it ------------------------------------------------


@pytest.mark.parametrize(
    ("section", "said", "title"),
    [
        ("timeline", "No timeline entries yet: a adds one", "Add a timeline entry"),
        ("relations", "No relations yet: a adds one", "Add a relation"),
    ],
)
async def test_an_empty_section_names_the_key_that_adds_one(
    tiny: Path, section: str, said: str, title: str
) -> None:
    async with BriefingApp(tiny).run_test(size=(80, 24)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show(section)  # type: ignore[arg-type]
        assert page.detail().strip() == said
        body = page.pane().body
        assert isinstance(body, Text) and "dim" in str(body.style)
        # The key it names is the one that adds: pressed, it opens the form to add one.
        await page.press("a")
        form = await _form_on_top(page)
        assert form.form_title == title


async def test_the_hint_names_the_key_the_keymap_gives(tiny: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "keymap.toml").write_text('[keymap]\n"edit.add" = "ctrl+n,plus"\n', "utf-8")
    async with BriefingApp(tiny).run_test(size=(80, 24)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("timeline")
        assert page.detail().strip() == "No timeline entries yet: ^n adds one"
        await page.press("ctrl+n")
        assert (await _form_on_top(page)).form_title == "Add a timeline entry"


async def test_a_section_emptied_by_a_delete_no_longer_shows_the_deleted_record(
    tmp_path: Path,
) -> None:
    path = tmp_path / "one.yaml"
    path.write_text(TINY + "timeline:\n  - {date: 2024-06-19, label: Treaty signed}\n", "utf-8")
    async with BriefingApp(path).run_test(size=(80, 24)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("timeline")
        assert "Treaty signed" in page.detail()
        await page.press("d")
        await page.press("enter")  # the dialog's default answer deletes
        for _ in range(50):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause(0.05)
            if "Treaty signed" not in path.read_text("utf-8"):
                break
        await pilot.pause()
        assert "Treaty signed" not in path.read_text("utf-8")
        assert page.detail().strip() == "No timeline entries yet: a adds one"


async def test_claims_with_none_at_all_say_how_to_add_not_that_a_filter_hides_them(
    tiny: Path,
) -> None:
    async with BriefingApp(tiny).run_test(size=(80, 24)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        assert page.detail().strip() == "No claims yet: a adds one"
