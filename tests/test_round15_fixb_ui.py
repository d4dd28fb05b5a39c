"""Round 15, the app with content in many languages and a large library: a Chinese or
Japanese quote wraps beside its translation, and the hint agrees with where side by side
starts; a cold library keeps its order and the cursor while it is read; the last column
is whole beside a scroll bar; titles sort with their letters folded, files whatever their
case; the actor list never cuts a year; a Backspace on a joined emoji saves no dangling
joiner. The real app (``App.run_test()``) on briefings of our own."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, Select

from tui.loader import load_briefing
from tui.ui.app import BriefingApp
from tui.ui.edit.form import RecordForm
from tui.ui.screens import library as library_screen
from tui.ui.screens.actor import ActorScreen
from tui.ui.sections.quotes import QuotesView

from pages import BriefingPage, LibraryPage, on_top, screen_text, settle

pytestmark = pytest.mark.usefixtures("own_folders")

JAPANESE = "港の橋は来月に開通する予定だ。" * 6
QUOTED = f"""\
id: harbour-bridge
title: Harbour bridge
language: ja
actors:
  - id: mayor
    name: 港町の市長
    kind: person
quotes:
  - id: q01
    speaker: mayor
    text: {JAPANESE}
    translation: The harbour bridge is to open next month (said six times).
    language: ja
    kind: direct
sources:
  - id: s1
    url: https://example.org/bridge
"""


@pytest.fixture
def quoted(tmp_path: Path) -> Path:
    path = tmp_path / "harbour-bridge.yaml"
    path.write_text(QUOTED, encoding="utf-8")
    return path


def _joined(app: BriefingApp) -> str:
    """The screen's text with the line breaks and the pane's borders taken out."""
    lines = screen_text(app).splitlines()
    return "".join("".join(ch for ch in line if ord(ch) > 0x2FFF) for line in lines)


async def test_a_japanese_quote_beside_its_translation_wraps_in_full(quoted: Path) -> None:
    app = BriefingApp(quoted)
    async with app.run_test(size=(220, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("4")
        await settle(pilot)
        view = app.screen.query_one(QuotesView)
        assert view.side_by_side
        shown = screen_text(app)
        assert "Original (ja)" in shown and "Translation" in shown
        assert "…" not in shown.split("Original (ja)", 1)[1]
        assert JAPANESE in _joined(app)  # every character, over several lines


@pytest.mark.parametrize(("width", "beside"), [(160, True), (120, False)])
async def test_the_hint_names_t_only_where_the_two_are_not_side_by_side(
    quoted: Path, width: int, beside: bool
) -> None:
    app = BriefingApp(quoted)
    async with app.run_test(size=(width, 50)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("4")
        await settle(pilot)
        assert app.screen.query_one(QuotesView).side_by_side is beside
        shown = screen_text(app)
        assert ("Translation" in shown) is beside
        assert ("t shows the translation (a wider window shows both)" in shown) is not beside


# --- the library while a cold folder is read (C2), its columns and sorts (C5) -------------

SEED = Path(__file__).resolve().parents[1] / "briefings" / "anti-nato-2024-07.yaml"


def _library_of(folder: Path, names: list[str]) -> Path:
    """A folder of copies of the seed briefing, one per name, each with its own id."""
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    for number, name in enumerate(names):
        text = re.sub(r"(?m)^id: .*$", f"id: b{number:04d}", seed, count=1)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _file_order(keys: list[str]) -> list[str]:
    return sorted(keys, key=lambda key: (key.casefold(), key))


async def test_a_cold_library_keeps_file_order_and_the_cursor_while_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Watched while it is read (how much of it is seen half read depends on the
    machine), then set half read again: files not read yet, as a cold start has them,
    and the list shown anew as each batch read is."""
    monkeypatch.setattr(library_screen, "RELOAD_EVERY", 0.25)  # list what is read often
    names = [f"{'Brief' if n % 3 else 'brief'}-{n:04d}.yaml" for n in range(150)]
    folder = _library_of(tmp_path / "cold", names)
    app = BriefingApp(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        page = LibraryPage(pilot)
        for _ in range(400):
            await pilot.pause(0.02)
            if isinstance(page.screen, library_screen.LibraryScreen) and page.records().keys:
                break
        records = page.records()
        await pilot.press("j", "j", "j", "j", "j")
        chosen = records.cursor_key
        assert chosen is not None
        while not page.screen.listed or page.screen.waiting:
            keys = list(records.keys)
            if page.screen.waiting and page.screen.entries:
                assert keys == _file_order(keys), "rows read moved above rows not read"
                assert records.cursor_key == chosen
            await pilot.pause(0.02)
        await settle(pilot)
        assert records.cursor_key == chosen
        assert list(records.keys) == _file_order(list(records.keys))
        screen = page.screen
        whole = dict(screen.entries)
        cursor = records.cursor_key
        for done in (40, 90, 150):  # the files read so far: the first ones by sorted path
            read = set(sorted(whole)[::-1][:done])  # read in another order than listed
            screen.entries = {k: v for k, v in whole.items() if k in read}
            screen.waiting = set(whole) - read
            screen.relist()
            await pilot.pause()
            assert list(records.keys) == _file_order(list(whole)), done
            assert records.cursor_key == cursor, done


async def test_the_last_column_is_whole_beside_a_scroll_bar(tmp_path: Path) -> None:
    folder = _library_of(tmp_path / "many", [f"b{n:03d}.yaml" for n in range(60)])
    for width in (160, 100):
        app = BriefingApp(folder)
        async with app.run_test(size=(width, 30)) as pilot:
            await settle(pilot)
            header = next(line for line in screen_text(app).splitlines() if "Briefing" in line)
            assert "Quotes" in header, (width, header)


async def test_sorting_by_title_folds_letters_and_by_file_ignores_case(tmp_path: Path) -> None:
    folder = tmp_path / "titles"
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    titles = {"Zoë-café.yaml": "Zoë wins", "ml.yaml": "Łukasiewicz logic", "a.yaml": "Apples"}
    for number, (name, title) in enumerate(titles.items()):
        text = re.sub(r"(?m)^id: .*$", f"id: t{number}", seed, count=1)
        text = re.sub(r"(?m)^title: .*$", f"title: {title}", text, count=1)
        (folder / name).write_text(text, encoding="utf-8")
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 30)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        assert [Path(k).name for k in page.records().keys] == ["a.yaml", "ml.yaml", "Zoë-café.yaml"]
        page.screen._sort_by("title", reverse=False)
        await settle(pilot)
        assert [Path(k).name for k in page.records().keys] == ["a.yaml", "ml.yaml", "Zoë-café.yaml"]


# --- one actor across the library (C4) ------------------------------------------------------


def _dated(folder: Path) -> Path:
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    for number, date in enumerate(("2026-12-27", "2019-09-30", "2024-06")):
        text = re.sub(r"(?m)^id: .*$", f"id: d{number}", seed, count=1)
        text = re.sub(r"(?m)^published: .*$", f"published: {date}", text, count=1)
        (folder / f"d{number}.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("width", "dates"),
    [
        (100, ["2026-12-27", "2024-06", "2019-09-30"]),
        (160, ["27 December 2026", "June 2024", "30 September 2019"]),
    ],
)
async def test_the_actor_list_never_cuts_the_year(
    tmp_path: Path, width: int, dates: list[str]
) -> None:
    folder = _dated(tmp_path / "dated")
    actor = load_briefing(SEED).actors[0]
    app = BriefingApp(folder)
    async with app.run_test(size=(width, 40)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status())
        screen = ActorScreen(folder, actor.id, actor.name)
        await app.push_screen(screen)
        await page.until(lambda: bool(screen.appearances))
        await settle(pilot)
        shown = screen_text(app)
        for date in dates:
            assert date in shown, (date, width)
        assert "…" not in "".join(line[:20] for line in shown.splitlines())


# --- a dangling joiner (D) ----------------------------------------------------------------


async def test_backspace_on_a_zwj_emoji_saves_no_dangling_joiner(tmp_path: Path) -> None:
    path = Path(shutil.copy(SEED, tmp_path / "seed.yaml"))
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await BriefingPage.opened(pilot)
        await pilot.press("2", "a")
        form = await on_top(pilot, RecordForm)
        name = form.query_one("#field-name", Input)
        name.value = "Laborleiterin 👩🏽\u200d🔬"
        name.focus()
        name.cursor_position = len(name.value)
        await pilot.press("backspace")  # takes the 🔬 only: the joiner is left dangling
        assert name.value.endswith("\u200d")
        form.query_one("#field-kind", Select).value = "person"
        await pilot.press("ctrl+s")
        await settle(pilot)
    names = [a.name for a in load_briefing(path).actors]
    assert "Laborleiterin 👩🏽" in names
    assert not any("\u200d" in n for n in names)


async def test_files_in_a_subfolder_are_told_apart_in_a_narrow_file_column(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    names = [f"archive/2019/b{n:04d}.yaml" for n in range(3)]
    folder.mkdir()
    (folder / "archive" / "2019").mkdir(parents=True)
    seed = SEED.read_text(encoding="utf-8")
    for number, name in enumerate(names):
        text = re.sub(r"(?m)^id: .*$", f"id: a{number}", seed, count=1)
        (folder / name).write_text(text, encoding="utf-8")
    app = BriefingApp(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        for number in range(3):
            assert f"…2019/b{number:04d}.yaml" in shown  # 16 cells: its end, whole
        assert "archive/2019/b0…" not in shown
