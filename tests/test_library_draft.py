"""``n`` in the library drafts an article into the library's folder and opens the draft.

The real app, a real child process running ``briefing new``, real files, and a real HTTP
server on 127.0.0.1 for a page and for one that answers too slowly.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tui.draftchild import chosen_source
from tui.loader import load_briefing
from tui.ui.app import BriefingApp
from tui.ui.screens.draft import DraftScreen

from http_fixtures import serve_pages
from pages import BriefingPage, LibraryPage, screen_text, settle

pytestmark = pytest.mark.usefixtures("own_folders")

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "Harbour plan approved\n\n"
    "The city council approved the harbour plan on Tuesday, a spokeswoman said.\n\n"
    "Critics say the plan could cost about 40 million euros more than planned.\n"
)
PAGE = (
    "<html lang='en'><head><title>Tram line opens | Example News</title></head><body>"
    "<article><h1>Tram line opens</h1>"
    "<p>The new tram line opened on Monday, the transport authority said, and about"
    " 12,000 people are expected to ride it every day.</p>"
    "<p>Some residents fear the works may start again next year.</p>"
    "</article></body></html>"
)
SLOW_SECONDS = 3.0


@pytest.fixture
def server() -> Iterator[str]:
    with serve_pages({"/tram": PAGE, "/slow": PAGE}, delays={"/slow": SLOW_SECONDS}) as base:
        yield base


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(ROOT / "briefings" / "anti-nato-2024-07.yaml", folder)
    return folder


def _message(app: BriefingApp) -> str:
    return str(app.screen.query_one("#draft-message", Static).render())


async def _ask(pilot, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Open the dialog with ``n``, type ``typed`` into it and press Enter."""
    await pilot.press("n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, DraftScreen)
    pilot.app.screen.query_one("#draft-source", Input).value = typed
    await pilot.press("enter")


async def _until(pilot, condition, seconds: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the condition never held")


async def test_n_drafts_a_file_into_the_library_and_opens_the_draft(
    library: Path, tmp_path: Path
) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    async with BriefingApp(library).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _ask(pilot, str(article))
        briefing = await BriefingPage.opened(pilot)
        draft = library / "harbour-plan-approved.yaml"
        assert briefing.screen.path == draft
        loaded = load_briefing(draft)
        assert loaded.title == "Harbour plan approved" and loaded.language == "en"
        assert loaded.claims and all(c.statement for c in loaded.claims)
        assert "press v to review them" in screen_text(pilot.app)
        assert article.read_text(encoding="utf-8") == ARTICLE  # the article is untouched
        # the schema the draft's first line names is not there: the toast says how to get
        # it, as the command does on its error stream
        [drafted] = [n.message for n in pilot.app._notifications if n.title == "Drafted"]
        assert (
            "Editors check drafts against briefing.schema.json once it is beside them:" in drafted
        )
        assert f"briefing schema --output {library / 'briefing.schema.json'}" in drafted
        await pilot.press("escape")  # back to the library, which lists the new file
        page = LibraryPage(pilot)
        await page.until(lambda: any("Harbour plan approved" in row for row in page.rows()))


async def test_a_page_is_drafted_from_its_address(library: Path, server: str) -> None:
    async with BriefingApp(library).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _ask(pilot, f"{server}/tram")
        briefing = await BriefingPage.opened(pilot)
        assert briefing.screen.path == library / "tram-line-opens.yaml"
        loaded = load_briefing(briefing.screen.path)
        assert any(s.url == f"{server}/tram" for s in loaded.sources)


async def test_what_cannot_be_drafted_is_said_in_the_dialog_which_keeps_the_typing(
    library: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    before = sorted(p.name for p in library.iterdir())
    async with BriefingApp(library).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _ask(pilot, str(tmp_path / "no-such-article.txt"))
        await pilot.pause()
        assert "no-such-article.txt: no such file" in _message(pilot.app)
        await pilot.press("enter")  # nothing changes: still said, still open
        assert isinstance(pilot.app.screen, DraftScreen)
        pilot.app.screen.query_one("#draft-source", Input).value = str(empty)
        await pilot.press("enter")
        await _until(pilot, lambda: "No draft:" in _message(pilot.app))
        assert "the file is empty" in _message(pilot.app)
        field = pilot.app.screen.query_one("#draft-source", Input)
        assert field.value == str(empty)  # kept, to be mended
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, DraftScreen)
    assert sorted(p.name for p in library.iterdir()) == before


async def test_escape_stops_a_draft_under_way_and_leaves_no_file_then_closes(
    library: Path, server: str
) -> None:
    before = sorted(p.name for p in library.iterdir())
    async with BriefingApp(library).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _ask(pilot, f"{server}/slow")
        await _until(pilot, lambda: "Drafting" in _message(pilot.app), 10)
        await pilot.press("escape")  # stops the draft; the dialog keeps the address
        await pilot.pause()
        assert isinstance(pilot.app.screen, DraftScreen)
        assert "Stopped: nothing was written" in _message(pilot.app)
        field = pilot.app.screen.query_one("#draft-source", Input)
        assert field.value == f"{server}/slow"
        await pilot.pause(SLOW_SECONDS + 4)  # past the time a draft of the page would be written
        await settle(pilot)
        assert isinstance(pilot.app.screen, DraftScreen)
        await pilot.press("ctrl+a", "x")  # ctrl+a selects what is there: typing replaces it
        assert field.value == "x"
        await pilot.press("escape")  # nothing under way: closes
        await pilot.pause()
        assert not isinstance(pilot.app.screen, DraftScreen)
    assert sorted(p.name for p in library.iterdir()) == before


def test_the_typed_source_is_checked_before_a_child_starts(tmp_path: Path) -> None:
    """An address passes as typed; a file is found from the app's folder or ``~``; a
    folder, standard input and nothing are refused with a reason."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert chosen_source("  https://example.org/x  ", tmp_path) == ("https://example.org/x", None)
    assert chosen_source("a.txt", tmp_path) == (str(tmp_path / "a.txt"), None)
    for typed, said in [
        ("", "Give a file"),
        ("-", "Standard input"),
        (".", "is a folder"),
        ("b.txt", "no such file"),
        ("example.org/story", "give its whole address"),
    ]:
        source, problem = chosen_source(typed, tmp_path)
        assert source is None and problem is not None and said in problem, typed


def test_the_child_never_runs_a_tui_folder_of_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder named ``tui`` where the app was started is no part of the child's
    import path: the child is this package's ``briefing new``."""
    import asyncio

    from tui.draftchild import draft_in_child

    planted = tmp_path / "tui"
    planted.mkdir()
    (planted / "__init__.py").write_text("", encoding="utf-8")
    (planted / "__main__.py").write_text("raise SystemExit('the planted package ran')\n")
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(tmp_path)
    drafted = asyncio.run(draft_in_child(str(article), out))
    assert drafted.path == out / "harbour-plan-approved.yaml" and drafted.path.exists()


def test_a_file_name_is_completed_as_a_shell_would(tmp_path: Path) -> None:
    """An article's file before other files, a folder with its slash, hidden names only
    after a dot, names with control characters never, and nothing for an address."""
    from tui.ui.widgets.filenames import completion

    (tmp_path / "harbour-plan.txt").write_text("x", encoding="utf-8")
    (tmp_path / "harbour-plan.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "harbours").mkdir()
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "odd\x1b[31m.txt").write_text("x", encoding="utf-8")
    assert completion("harb", tmp_path) == "harbour-plan.txt"
    assert completion("harbours", tmp_path) == "harbours/"
    assert completion("harbour-plan.y", tmp_path) == "harbour-plan.yaml"
    assert completion(f"{tmp_path}/harbour-", tmp_path) == f"{tmp_path}/harbour-plan.txt"
    assert completion("hid", tmp_path) is None and completion(".hid", tmp_path) == ".hidden.txt"
    assert completion("od", tmp_path) is None
    assert completion("https://exa", tmp_path) is None
    assert completion("nothing-here", tmp_path) is None


async def test_right_takes_the_offered_file_name(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # where the app was started: names are offered from here
    async with BriefingApp(library).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        field = pilot.app.screen.query_one("#draft-source", Input)
        for key in "harb":
            await pilot.press(key)
        await _until(pilot, lambda: "harbour.txt" in screen_text(pilot.app), 10)  # offered
        await pilot.press("right")
        assert field.value == "harbour.txt"


async def test_a_draft_joins_a_library_of_named_files(library: Path, tmp_path: Path) -> None:
    """A library opened on files: the draft is written beside them and listed with them."""
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    first = library / "anti-nato-2024-07.yaml"
    second = library / "notes" / "seed-copy.yaml"
    second.parent.mkdir()
    second.write_text(
        first.read_text(encoding="utf-8").replace("id: anti-nato-2024-07", "id: copy")
    )
    async with BriefingApp(first, paths=[first, second]).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _ask(pilot, str(article))
        await BriefingPage.opened(pilot)
        await pilot.press("escape")
        page = LibraryPage(pilot)
        await page.until(lambda: any("Harbour plan approved" in row for row in page.rows()))
