"""Hostile keymaps: key names Textual never produces, two ids on one key, quit moved away.

Real keymap.toml files in a temporary config folder, read by the real loader, applied by
the real app (through ``run_test``) and checked by ``briefing config`` run as a process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tui.ui.app import BriefingApp
from tui.ui.keys import all_binding_ids, load_keymap
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.screens.problems import ProblemsScreen

from conftest import BRIEFINGS, ROOT

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty config folder (and cache folder) used by the app and by child processes."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(folder))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    return folder


def keymap(config: Path, body: str) -> Path:
    path = config / "keymap.toml"
    path.write_text("[keymap]\n" + body, encoding="utf-8")
    return path


def briefing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_bad_key_names_are_reported_with_a_guess_and_skipped(config: Path):
    path = keymap(
        config,
        '"briefing.brief_me" = "ctrl-b"\n'
        '"app.help" = ","\n'
        '"library.rescan" = "nosuchkey+foo"\n'
        '"briefing.filter" = "Ctrl+F,ctrl-f,ctrl-f"\n'
        '"briefing.copy" = "z"\n',
    )
    result = load_keymap(all_binding_ids, path)
    assert result.keymap == {"briefing.copy": "z"}  # the bad entries keep their defaults
    problems = result.problems
    assert len(problems) == 5, problems  # one per bad key, never twice for the same one
    assert problems[0] == (
        f"{path}:2: briefing.brief_me: 'ctrl-b': 'ctrl-b' is not a key name Textual knows;"
        " did you mean 'ctrl+b'?; its default keys stay"
    )
    assert problems[1].startswith(f"{path}:3: app.help: ',' separates keys;")
    assert "the comma key is written 'comma'" in problems[1]
    assert problems[2].startswith(f"{path}:4: library.rescan: 'nosuchkey+foo': 'nosuchkey'")
    assert "is not a modifier" in problems[2]
    assert "did you mean 'ctrl+f'?" in problems[3] and "did you mean 'ctrl+f'?" in problems[4]


def test_an_unknown_binding_id_gets_a_guess(config: Path):
    path = keymap(config, '"app.halp" = "h"\n')
    (problem,) = load_keymap(all_binding_ids, path).problems
    assert problem == f"{path}:2: unknown binding id 'app.halp'; did you mean 'app.help'?"


def test_two_ids_on_one_key_in_one_place_are_reported(config: Path):
    path = keymap(config, '"app.help" = "q"\n"briefing.copy" = "x"\n"list.down" = "k"\n')
    problems = load_keymap(all_binding_ids, path).problems
    assert f"{path}:2: 'q' is bound to both app.quit and app.help in BriefingApp" in problems[0]
    assert "BriefingScreen" in problems[1] and "briefing.clear_filter" in problems[1]
    assert "'k' is bound to both list.down and list.up in RecordList" in problems[2]
    assert len(problems) == 3


def test_ctrl_q_cannot_be_taken_for_something_else(config: Path):
    path = keymap(config, '"briefing.export" = "ctrl+q"\n')
    result = load_keymap(all_binding_ids, path)
    assert "briefing.export" not in result.keymap
    (problem,) = result.problems
    assert "ctrl+q is kept for app.quit" in problem


async def test_quit_moved_away_from_ctrl_q_still_quits_on_ctrl_q(config: Path):
    keymap(config, '"app.quit" = "x"\n')
    app = BriefingApp(SEED)
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.keymap_problems == []
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app._exit, "ctrl+q no longer quits"


async def test_ctrl_q_quits_from_the_problems_dialog(config: Path, tmp_path: Path):
    """A modal screen hides the app's own bindings: ctrl+q must reach through it."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [\n", encoding="utf-8")
    app = BriefingApp(broken)
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app._exit, "ctrl+q did nothing under the problems dialog"


async def test_a_keymap_cannot_take_ctrl_q_from_quit_in_the_app(config: Path):
    keymap(config, '"briefing.export" = "ctrl+q"\n"briefing.brief_me" = "z"\n')
    app = BriefingApp(SEED)
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert any("ctrl+q is kept for app.quit" in p for p in app.keymap_problems)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app._exit


def test_config_check_keys_reports_problems_and_exits_1(config: Path):
    keymap(config, '"app.help" = "ctrl-h"\n"briefing.copy" = "z"\n')
    checked = briefing("config", "--check-keys")
    assert checked.returncode == 1
    assert "app.help: 'ctrl-h'" in checked.stderr and "did you mean 'ctrl+h'?" in checked.stderr
    assert checked.stdout == ""
    plain = briefing("config")
    assert plain.returncode == 1 and "did you mean 'ctrl+h'?" in plain.stderr
    listing = briefing("config", "--keys")
    assert listing.returncode == 1
    table = tomllib.loads(listing.stdout)["keymap"]
    assert set(table) == all_binding_ids()
    assert table["briefing.copy"] == "z" and table["app.help"] == "question_mark,f1"
    (config / "keymap.toml").write_text(listing.stdout, encoding="utf-8")
    clean = briefing("config", "--check-keys")
    assert clean.returncode == 0 and "no problems" in clean.stdout, clean.stderr
