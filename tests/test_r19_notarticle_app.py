"""The same two mix-ups in the app: the library's ``n`` given a briefing, the app opened
on an article or a PDF, and the ``n`` dialog's hint at 80 columns.

The real app, driven with the pilot, on real files.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tui.ui.app import BriefingApp
from tui.ui.screens.draft import DraftScreen
from tui.ui.screens.problems import ProblemsScreen

from pages import on_top, screen_text, settle

pytestmark = pytest.mark.usefixtures("own_folders")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"
ARTICLE = (
    "Ferry service cut\n\n"
    "The ferry will run only twice a day from May, the operator said: fuel costs rose.\n"
)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copyfile(SEED, folder / "seed.yaml")
    return folder


async def _ask_to_draft(pilot: Pilot[Any], typed: str) -> str:
    """Press ``n`` in the library, type ``typed``, press Enter; what the dialog says."""
    await settle(pilot)
    await pilot.press("n")
    dialog = await on_top(pilot, DraftScreen)
    dialog.query_one("#draft-source", Input).value = typed
    await pilot.press("enter")
    await settle(pilot)
    assert pilot.app.screen is dialog  # it stays, with what was typed
    assert dialog.query_one("#draft-source", Input).value == typed
    return str(dialog.query_one("#draft-message", Static).render())


async def test_n_on_a_briefing_of_the_library_says_to_open_it_from_the_list(
    library: Path,
) -> None:
    before = sorted(library.iterdir())
    async with BriefingApp(library).run_test(size=(100, 30)) as pilot:
        said = await _ask_to_draft(pilot, str(library / "seed.yaml"))
    assert said.splitlines() == [
        f"{library}/seed.yaml is a briefing, not an article; it is in this library:"
        " Escape, then open it from the list",
        "Nothing was drafted.",
    ]
    assert sorted(library.iterdir()) == before  # no junk draft beside it


async def test_n_on_a_briefing_elsewhere_names_the_command_that_opens_it(
    library: Path, tmp_path: Path
) -> None:
    elsewhere = Path(shutil.copyfile(SEED, tmp_path / "other.yaml"))
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    before = sorted(library.iterdir())
    async with BriefingApp(library).run_test(size=(100, 30)) as pilot:
        said = await _ask_to_draft(pilot, f"{tmp_path}/ferry.txt {elsewhere}")
    assert said.splitlines() == [
        f"{elsewhere} is a briefing, not an article; to open it, run: briefing {elsewhere}",
        "Nothing was drafted.",
    ]
    assert sorted(library.iterdir()) == before  # not even the article: one is to be mended


async def test_the_n_dialogs_hint_is_whole_at_80_columns(library: Path) -> None:
    async with BriefingApp(library).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        dialog = await on_top(pilot, DraftScreen)
        hint = dialog.query_one("#draft-source", Input).placeholder
        shown = screen_text(pilot.app)
    assert "→ completes a file name" in hint
    assert hint in shown


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        (
            "ferry.txt",
            ARTICLE.encode(),
            "not a briefing: this reads as an article (plain text), not as a briefing's"
            " YAML (which starts with id: and title:); to draft a briefing from it, run:"
            " briefing new {path}",
        ),
        (
            "scan.pdf",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
            "not a briefing: this is a PDF document (a binary file), not the YAML text of a"
            " briefing; to draft a briefing from the article in it, save its text as a .txt,"
            " .md or .html file and run: briefing new ARTICLE.txt",
        ),
    ],
    ids=["article", "pdf"],
)
async def test_the_app_opened_on_an_article_says_how_to_draft_one(
    tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        problems = await on_top(pilot, ProblemsScreen)
        listed = str(problems.query_one("#problems-list").render())
    assert listed == f"{path}: " + said.format(path=path)
    assert path.read_bytes() == content
