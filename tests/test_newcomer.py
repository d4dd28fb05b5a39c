"""What a newcomer tripped over in the first hour, each kept fixed by a test."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tui.ui.app import BriefingApp
from tui.ui.screens.briefing import BriefingScreen

from conftest import BRIEFINGS
from pages import BriefingPage, settle, until_read

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


async def test_escape_never_quits_a_single_briefing() -> None:
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await until_read(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, BriefingScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.is_running and pilot.app.screen is screen
        # From inside the claims filter: Esc leaves the filter, keeps it, and stays.
        await pilot.press("slash")
        await pilot.press("r", "i", "c", "h", "t", "e", "r")
        await pilot.pause()
        assert isinstance(screen.focused, Input)
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.is_running and pilot.app.screen is screen
        assert screen.focused is not None and screen.focused.id == "claims-list"
        assert screen.claim_filter.text == "richter"
        # Nothing to close to: the key bar does not offer Esc as "Library".
        assert screen.check_action("close", ()) is False
        await pilot.press("q")
    assert not pilot.app.is_running


async def test_enter_never_follows_a_link_the_user_cannot_see() -> None:
    from tui.ui.widgets.detail import DetailPane

    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await until_read(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, BriefingScreen)
        pane = screen.query_one("#overview-detail", DetailPane)
        assert screen.focused is pane and pane.links and not pane.link_in_view()
        await pilot.press("enter")  # the first link is below the fold: show it, not follow
        await pilot.pause()
        assert screen.active_section == "overview" and pane.link_in_view()
        assert pane.render_line(
            pane._first_link_line + pane.link_cursor - round(pane.scroll_y)
        ).text.startswith(DetailPane.CURSOR_MARK)
        await pilot.press("enter")  # now it is in view: follow it
        await pilot.pause()
        assert screen.active_section == "claims"


async def test_tab_shows_the_links_below_the_fold() -> None:
    from tui.ui.widgets.detail import DetailPane

    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await until_read(pilot)
        screen = pilot.app.screen
        pane = screen.query_one("#overview-detail", DetailPane)
        await pilot.press("tab")
        await pilot.pause()
        assert pane.link_in_view()
        # In a section with a list, Tab into the detail pane reveals its cursor link too.
        await pilot.press("5")  # Sources
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        sources = screen.query_one("#sources-detail", DetailPane)
        assert screen.focused is sources and sources.link_in_view()


async def test_a_profile_figure_filter_is_named_above_the_list_and_x_keeps_the_claim() -> None:
    from textual.widgets import Static

    from tui.ui.widgets.detail import DetailPane

    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await until_read(pilot)
        screen = pilot.app.screen
        pane = screen.query_one("#overview-detail", DetailPane)
        labels = [link.label for link in pane.links]
        position = next(i for i, label in enumerate(labels) if label.startswith("Speculation"))
        pane._move_link(position)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.active_section == "claims"
        bar = screen.query_one("#filter-label", Static)
        assert bar.display and labels[position] in str(bar.render())
        records = screen.query_one("#claims-list")
        records.move_cursor(2)
        chosen = records.cursor_key
        await pilot.press("x")
        await pilot.pause()
        assert not bar.display
        assert records.row_count == 25 and records.cursor_key == chosen


async def test_a_deleted_file_is_said_to_be_deleted(tmp_path: Path) -> None:
    from textual.widgets import Static

    from conftest import MINIMAL

    path = tmp_path / "b.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        await until_read(pilot)
        screen = pilot.app.screen
        path.unlink()
        screen._check_changed_on_disk()
        await pilot.pause()
        bar = screen.query_one("#changed-bar", Static)
        assert bar.display and "deleted or moved" in str(bar.render())
        assert "changed on disk" not in str(bar.render())


async def test_a_broken_file_keeps_its_problems_on_the_overview(tmp_path: Path) -> None:
    from tui.ui.plain import plain_text
    from tui.ui.screens.problems import ProblemsScreen
    from tui.ui.widgets.detail import DetailPane

    path = tmp_path / "b.yaml"
    path.write_text("id: x\ntitle: [broken\n", encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(50):
            if isinstance(pilot.app.screen, ProblemsScreen):
                break
            await pilot.pause(0.05)
        assert isinstance(pilot.app.screen, ProblemsScreen)
        await pilot.press("escape")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, BriefingScreen)
        shown = plain_text(screen.query_one("#overview-detail", DetailPane).body)
        assert "could not be loaded" in shown and "YAML syntax error" in shown
        assert "press r" in shown


def test_counts_read_as_english() -> None:
    from tui.words import count

    assert count(1, "quote") == "1 quote"
    assert count(2, "quote") == "2 quotes"
    assert count(0, "source") == "0 sources"
    assert count(1, "timeline entry") == "1 timeline entry"
    assert count(3, "timeline entry") == "3 timeline entries"
    assert count(10000, "claim") == "10,000 claims"


def test_a_briefing_with_one_of_everything_says_so(tmp_path: Path, capsys) -> None:
    from tui.cli import main

    path = tmp_path / "one.yaml"
    path.write_text(
        "id: one\ntitle: One of each\n"
        "actors: [{id: a, name: A}]\n"
        "claims: [{id: c1, statement: S, kind: reported, actors: [a]}]\n"
        "quotes: [{id: q1, speaker: a, text: T}]\n"
        "sources: [{id: s}]\n"
        "relations: [{from: a, to: a, kind: other}]\n"
        "timeline: [{date: 2024, label: L}]\n",
        encoding="utf-8",
    )
    assert main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 actor," in out and "1 quote," in out and "1 source," in out
    assert "1 timeline entry" in out and "1 quotes" not in out


@pytest.mark.parametrize("width", [60, 80])
async def test_help_and_search_stay_in_the_key_bar_however_narrow(width: int) -> None:
    from tui.ui.widgets.keybar import KeyBar

    async with BriefingApp(SEED).run_test(size=(width, 24)) as pilot:
        await until_read(pilot)
        bar = pilot.app.screen.query_one(KeyBar)
        line = bar.render().plain
        assert "? Help" in line and "^p Search" in line and len(line) <= width
        # And the pinned hints are clickable where they are drawn.
        start = line.index("? Help")
        await pilot.click(KeyBar, offset=(start + 2, 0))
        await pilot.pause()
        from tui.ui.screens.help import HelpScreen

        assert isinstance(pilot.app.screen, HelpScreen)


def test_claim_rows_give_the_statement_the_room_at_80_columns() -> None:
    from tui.ui.render import KIND_MARKS

    assert max(len(mark) for mark in KIND_MARKS.values()) <= 4


async def test_space_reads_a_long_step_to_its_end_and_brief_me_reopens_where_left() -> None:
    from textual.containers import VerticalScroll

    from tui.ui.screens.brief_me import BriefMeScreen

    async with BriefingApp(SEED).run_test(size=(100, 24)) as pilot:
        await until_read(pilot)
        await pilot.press("m")
        brief = pilot.app.screen
        assert isinstance(brief, BriefMeScreen)
        page = brief.query_one("#brief-page", VerticalScroll)
        await pilot.pause()
        assert page.max_scroll_y > 0  # the summary step is longer than the screen
        presses = 0
        while brief.position == 0:
            await pilot.press("space")
            await pilot.pause()
            presses += 1
            if brief.position == 0:
                assert page.scroll_y > 0
        assert presses > 1 and brief.position == 1  # every line was on screen first
        await pilot.press("n", "n")
        assert brief.position == 3
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("m")
        again = pilot.app.screen
        assert isinstance(again, BriefMeScreen) and again.position == 3


async def test_help_groups_keys_by_task_lists_only_remappable_keys_and_searches() -> None:
    from textual.widgets import Input

    from tui.ui.screens.help import TASKS, HelpScreen

    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await until_read(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        assert all(row.binding_id for row in help_screen.rows)
        tasks = [row.task for row in help_screen.rows]
        assert tasks == sorted(tasks, key=TASKS.index)  # grouped, in task order
        assert {"Moving", "Editing", "Checking", "Exporting and sharing"} <= set(tasks)
        editing = {row.binding_id for row in help_screen.rows if row.task == "Editing"}
        assert {"edit.record", "edit.undo", "edit.review"} <= editing
        assert not any(
            row.binding_id.startswith("edit.") for row in help_screen.rows if row.task == "Moving"
        )
        await pilot.press("slash")
        await pilot.press("f", "e", "t", "c", "h")
        await pilot.pause()
        assert help_screen.query_one("#help-search", Input).value == "fetch"
        shown = {row.binding_id for row in help_screen.shown}
        assert "briefing.fetch_all" in shown and "briefing.export" not in shown
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, HelpScreen)


async def _palette_results(pilot, query: str) -> list[str]:
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p")
    await pilot.pause()
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    for char in query:
        await pilot.press("space" if char == " " else char)
    await pilot.pause(0.5)  # the palette searches in the background
    options = palette.query_one(CommandList).options
    texts = [str(option.prompt).splitlines()[0] for option in options]
    await pilot.press("escape")
    return texts


async def test_search_ranks_whole_words_first_and_finds_translations() -> None:
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await until_read(pilot)
        results = await _palette_results(pilot, "richter")
        assert results and "Richter" in results[0]
        results = await _palette_results(pilot, "bloc formation")
        assert results and results[0].startswith("Quote")
        results = await _palette_results(pilot, "export")
        assert any(r.startswith("Export") for r in results)  # the app's actions too


def test_search_ranking_and_cutting() -> None:
    from tui.textsearch import cut_at_word, rank

    whole = rank("richter", "Actor: Wolfgang Richter")
    start = rank("richt", "Actor: Wolfgang Richter")
    inside = rank("ichte", "Actor: Wolfgang Richter")
    assert whole and start and inside and whole.score > start.score > inside.score
    assert rank("richter", "Claim c1: the rich letter") is None  # no fuzzy letters
    assert rank("muller", "Actor: Müller") is not None
    assert rank("strasse", "Straße") is not None
    assert rank("formation", "Quote q1", "translation: bloc formation") is not None
    cut = cut_at_word("one two three four five six seven", 16)
    assert cut == "one two three…" and len(cut) <= 16


def test_ctrl_z_suspends_the_app_in_a_real_terminal(tmp_path: Path) -> None:
    """As in every terminal program: ctrl+z stops the process, and it draws again on fg."""
    import contextlib
    import os
    import pty
    import select
    import signal
    import sys
    import time

    briefing = Path(sys.executable).with_name("briefing")

    def read_for(fd: int, seconds: float) -> bytes:
        out = b""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if select.select([fd], [], [], 0.05)[0]:
                try:
                    out += os.read(fd, 65536)
                except OSError:
                    break
        return out

    def state(pid: int) -> str:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]

    env = {
        **os.environ,
        "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
        "BRIEFING_CACHE_DIR": str(tmp_path / "cache"),
        "TERM": "xterm-256color",
    }
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(str(briefing), [str(briefing), str(SEED)], env)
    try:
        assert b"Overview" in read_for(fd, 6)
        os.write(fd, b"\x1a")  # ctrl+z
        for _ in range(50):
            if state(pid) == "T":
                break
            time.sleep(0.1)
        assert state(pid) == "T"
        os.kill(pid, signal.SIGCONT)  # what the shell's fg sends
        assert b"Overview" in read_for(fd, 4)
        os.write(fd, b"q")
        read_for(fd, 1)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


async def test_a_briefing_reopens_where_it_was_left() -> None:
    from tui.links import Ref

    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await until_read(pilot)
        screen = pilot.app.screen
        screen.jump(Ref("claims", "c05"))
        await pilot.pause()
        await pilot.press("q")
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        # once every view is filled: the place is restored after the file is read, and
        # on a busy machine the file can be read a while before that
        screen = (await BriefingPage.opened(pilot)).screen
        assert screen.active_section == "claims"
        assert screen.history.current == Ref("claims", "c05")


async def test_the_library_shows_file_names_and_duplicate_ids(tmp_path: Path) -> None:
    import shutil

    from tui.ui.screens.library import LibraryScreen

    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copyfile(SEED, folder / "first.yaml")
    shutil.copyfile(SEED, folder / "second.yaml")
    async with BriefingApp(folder).run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, LibraryScreen)
        records = screen.query_one("#library-list")
        rows = [" ".join(c.plain for c in records.cells_at(i)) for i in range(records.row_count)]
        assert any(row.count("first.yaml") and "also in second.yaml" in row for row in rows)
        assert any(row.count("second.yaml") and "also in first.yaml" in row for row in rows)
        assert sum("⚠ same id · " in row for row in rows) == 2


def test_validate_reports_duplicate_ids_naming_both_files(tmp_path: Path, capsys) -> None:
    import shutil

    from tui.cli import main

    shutil.copyfile(SEED, tmp_path / "a.yaml")
    shutil.copyfile(SEED, tmp_path / "b.yaml")
    assert main(["validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'b.yaml'}:9:5: id 'anti-nato-2024-07' is also the id of" in err
    assert f"{tmp_path / 'a.yaml'}:9:5: id 'anti-nato-2024-07' is also the id of" in err
    assert "0 of 2 briefing files valid" in err


async def test_an_empty_library_says_how_to_draft_a_briefing(tmp_path: Path) -> None:
    from textual.widgets import Static

    async with BriefingApp(tmp_path).run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        status = str(pilot.app.screen.query_one("#library-status", Static).render())
        assert "Press n to draft one from an article" in status
        await pilot.press("n")
        await pilot.pause()
        from tui.ui.screens.draft import DraftScreen

        assert isinstance(pilot.app.screen, DraftScreen)


def test_a_subcommand_with_too_many_paths_prints_its_own_usage(capsys) -> None:
    from tui.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["profile", str(SEED), str(SEED)])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "usage: briefing profile" in err and "unrecognized arguments" in err


async def test_several_files_open_as_a_library_of_those_files(tmp_path: Path) -> None:
    import shutil

    from tui.ui.screens.library import LibraryScreen

    first, second, third = (tmp_path / f"{n}.yaml" for n in ("one", "two", "three"))
    for path in (first, second, third):
        shutil.copyfile(SEED, path)
    app = BriefingApp(first, [first, second])
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, LibraryScreen)
        assert sorted(Path(p).name for p in screen.entries) == ["one.yaml", "two.yaml"]


def test_term_dumb_gets_the_plain_summary(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    briefing = Path(sys.executable).with_name("briefing")
    env = {**os.environ, "TERM": "dumb", "BRIEFING_CONFIG_DIR": str(tmp_path)}
    # `script` gives the command a real terminal, so only TERM=dumb decides.
    done = subprocess.run(
        ["script", "-qec", f"{briefing} {SEED}", "/dev/null"],
        capture_output=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0
    assert b"Putin's rumoured" in done.stdout and b"\x1b[?1049h" not in done.stdout


@pytest.mark.parametrize(
    ("field", "value", "suggested"),
    [
        ("status", "verified", "supported"),
        ("status", "debunked", "refuted"),
        ("status", "unconfirmed", "unverified"),
        ("kind", "rumour", "speculation"),
        ("likelihood", "probable", "likely"),
        ("confidence", "medium", "moderate"),
        ("kind", "speculaton", "speculation"),  # a typo still gets its spelling
    ],
)
def test_vocabulary_suggestions_know_synonyms(write, field: str, value: str, suggested: str):
    from conftest import only_problem

    path = write(
        f"id: x\ntitle: t\nsources: []\nclaims:\n  - id: c1\n    statement: s\n"
        f"    kind: reported\n    {field}: {value}\n".replace(
            "    kind: reported\n    kind:", "    kind:"
        )
    )
    assert f"(did you mean {suggested!r}?)" in only_problem(path).message


def test_a_suggestion_is_never_the_opposite(write) -> None:
    from tui.loader import _did_you_mean

    assert "unverified" not in _did_you_mean("verified", ["unverified", "refuted"])
    assert _did_you_mean("verifed", ["unverified", "supported"]) != " (did you mean 'unverified'?)"


@pytest.mark.parametrize(
    ("text", "where", "hint"),
    [
        ("id: x\ntitle: Putin: the plan\nsources: []\n", (2, 13), "must be in quotes"),
        ("id: x\ntitle: t\nsources:\n\t- id: a\n", (4, 1), "indent with spaces"),
        ("id: x\ntitle t\nsources: []\n", (2, 1), "needs a colon"),
        (
            "id: x\ntitle: t\nsources: []\nclaims:\n  - {id: c1, statement: s, kind: reported,"
            " hedges: könnte}\n",
            None,
            "[könnte]",
        ),
        (
            "id: x\ntitle: t\nsources: []\nclaims:\n  - {id: c1, statement: s, kind: reported,"
            " credibility: high}\n",
            None,
            "1 confirmed by other sources",
        ),
    ],
)
def test_common_yaml_mistakes_get_hints(write, text: str, where, hint: str) -> None:
    from conftest import only_problem

    problem = only_problem(write(text))
    assert hint in problem.message
    if where is not None:
        assert (problem.line, problem.column) == where


async def test_the_library_reopens_at_the_briefing_last_opened(tmp_path: Path) -> None:
    from tui.ui.screens.library import LibraryScreen

    folder = tmp_path / "library"
    folder.mkdir()
    for n in ("a", "b", "c"):
        text = SEED.read_text(encoding="utf-8").replace("id: anti-nato-2024-07", f"id: {n}")
        (folder / f"{n}.yaml").write_text(text, encoding="utf-8")
    async with BriefingApp(folder).run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        library = pilot.app.screen
        assert isinstance(library, LibraryScreen)
        records = library.query_one("#library-list")
        records.move_cursor(2)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("q")
    async with BriefingApp(folder).run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        records = pilot.app.screen.query_one("#library-list")
        assert records.cursor_key is not None and records.cursor_key.endswith("c.yaml")


async def test_a_reopened_briefing_starts_at_the_top_of_its_overview() -> None:
    from tui.ui.widgets.detail import DetailPane

    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await until_read(pilot)
        pane = pilot.app.screen.query_one("#overview-detail", DetailPane)
        await pilot.press("tab")  # into the links, far down the overview
        await pilot.pause()
        assert pane.scroll_y > 0
        await pilot.press("q")
    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await until_read(pilot)
        screen = pilot.app.screen
        pane = screen.query_one("#overview-detail", DetailPane)
        await pilot.pause()
        assert screen.focused is pane and pane.scroll_y == 0
        await pilot.press("enter")  # the first link is below: shown, not followed
        await pilot.pause()
        assert screen.active_section == "overview" and pane.link_in_view()


def test_an_unquoted_dotted_binding_id_is_taken_as_written(tmp_path: Path) -> None:
    from tui.ui.keys import all_binding_ids, load_keymap

    keymap = tmp_path / "keymap.toml"
    keymap.write_text('[keymap]\nbriefing.reload = "R"\n', encoding="utf-8")
    result = load_keymap(all_binding_ids, keymap)
    assert result.problems == [] and result.keymap == {"briefing.reload": "R"}


async def test_keymap_problems_make_one_notice(tmp_path: Path, monkeypatch) -> None:
    config = tmp_path / "keys"
    config.mkdir()
    (config / "keymap.toml").write_text(
        '[keymap]\n"a.b" = "x"\n"c.d" = "y"\n"app.help" = "ctrl-h"\n', encoding="utf-8"
    )
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(config))
    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        notices = [n for n in pilot.app._notifications if n.title == "keymap.toml"]
        assert len(notices) == 1 and "and 2 more" in notices[0].message


def test_check_keys_without_a_keymap_says_the_defaults_are_in_use(tmp_path, capsys, monkeypatch):
    from tui.cli import main

    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "none"))
    assert main(["config", "--check-keys"]) == 0
    assert "no such file; the default keys are in use" in capsys.readouterr().out


async def test_the_key_bar_leads_with_the_focused_views_keys() -> None:
    from tui.ui.widgets.keybar import KeyBar

    async with BriefingApp(SEED).run_test(size=(100, 30)) as pilot:
        await until_read(pilot)
        await pilot.press("tab")  # into the overview's links
        await pilot.pause()
        line = pilot.app.screen.query_one(KeyBar).render().plain
        # (its short label when not every hint fits)
        assert line.lstrip().startswith("⏎ Follow") or line.lstrip().startswith("enter Follow")
