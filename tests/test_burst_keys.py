"""Keys typed in one burst (fast typing, a paste, tmux send-keys) follow the focus.

The pilot's ``press`` waits for each key to be handled; a terminal does not. These tests
queue every key before the app handles the first, as a fast typist or a multiplexer does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input

from tui.ui.app import BriefingApp
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.library import LibraryScreen

from conftest import BRIEFINGS
from pages import settle, until_read

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
KEY_NAMES = {"/": "slash", "?": "question_mark", ":": "colon", " ": "space"}


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def burst(app: BriefingApp, typed: str) -> None:
    """Queue every key of ``typed`` at once, as the terminal delivers a fast burst."""
    for character in typed:
        app.post_message(events.Key(KEY_NAMES.get(character, character), character))


async def test_a_burst_after_slash_lands_in_the_library_search() -> None:
    async with BriefingApp(BRIEFINGS).run_test(size=(100, 30)) as pilot:
        await until_read(pilot)
        assert isinstance(pilot.app.screen, LibraryScreen)
        burst(pilot.app, "/lang:de")
        await settle(pilot)
        field = pilot.app.screen.query_one("#library-search", Input)
        assert pilot.app.focused is field
        assert field.value == "lang:de"


async def test_a_burst_after_slash_lands_in_the_claims_filter_not_on_the_list() -> None:
    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await until_read(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, BriefingScreen)
        # "l" would open the links and "o" a browser if they reached the list's bindings
        burst(pilot.app, "/nato lo")
        await settle(pilot)
        field = screen.query_one("#filter-text", Input)
        assert pilot.app.focused is field
        assert field.value == "nato lo"
        assert pilot.app.unexpected_error is None


async def test_help_then_search_in_one_burst_keeps_help_open_and_searches() -> None:
    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await until_read(pilot)
        burst(pilot.app, "?/undo")
        await settle(pilot)
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        assert help_screen.query_one("#help-search", Input).value == "undo"
        assert {row.binding_id for row in help_screen.shown} >= {"edit.undo"}
        assert pilot.app.unexpected_error is None


async def test_keys_typed_one_by_one_still_reach_the_bindings() -> None:
    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await until_read(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("question_mark")  # closes help, as its key bar says
        await settle(pilot)
        assert isinstance(pilot.app.screen, BriefingScreen)


async def test_a_burst_after_question_mark_searches_the_help_and_leaves_the_briefing() -> None:
    """``?judge`` pasted: the letters were queued at the briefing's list before help
    opened, came back unhandled once it had, and were lost; now they search the help."""
    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await until_read(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, BriefingScreen)
        before = screen.briefing.model_dump()
        burst(pilot.app, "?judge")
        await settle(pilot)
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        assert help_screen.query_one("#help-search", Input).value == "judge"
        assert any(row.binding_id.startswith("edit.status") for row in help_screen.shown)
        assert screen.briefing.model_dump() == before  # no letter acted on the briefing
