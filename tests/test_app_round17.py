"""Round 17 review findings, through the real app and the real commands on real files:
a read-only briefing is never replaced."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from test_app_round14 import notices
from test_desk import opened
from textual.widgets import Input

from tui.cli import main
from tui.draft.source import SourceError, read_source
from tui.draftchild import chosen_sources
from tui.links import Ref
from tui.loader import load_briefing
from tui.ui.app import BriefingApp
from tui.ui.screens.help import HelpScreen

from conftest import BRIEFINGS, drafted
from http_fixtures import FixtureServer, quick_settings, serve
from pages import settle

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"


@contextlib.asynccontextmanager
async def _seed_at(
    tmp_path: Path, claim: str, size: tuple[int, int] = (120, 40)
) -> AsyncIterator[tuple[Any, Path]]:
    """The app on a copy of the seed, on claim ``claim``: the pilot and the copy's path."""
    path = Path(shutil.copy(SEED, tmp_path / "seed.yaml"))
    async with BriefingApp(path).run_test(size=size) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", claim))
        await settle(pilot)
        yield pilot, path


# --- R1: a file made read-only (chmod a-w) is not replaced by a save -------------------------


def _read_only_copy(tmp_path: Path) -> Path:
    path = Path(shutil.copy(SEED, tmp_path / "locked.yaml"))
    path.chmod(0o444)
    return path


async def test_the_app_refuses_to_save_a_read_only_briefing(tmp_path: Path) -> None:
    """Before, the save renamed a new file over it (the folder allowed that) and put mode
    444 back, so ``ls -l`` showed nothing and the file had changed."""
    path = _read_only_copy(tmp_path)
    before = path.read_bytes()
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c05"))
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        said = "\n".join(notices(pilot.app))
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert f"{path}: the file is read-only" in said, said
    assert "nothing was written" in said
    assert not [p for p in tmp_path.iterdir() if p.name != "locked.yaml"]  # no temp left


def test_briefing_set_refuses_a_read_only_briefing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _read_only_copy(tmp_path)
    before = path.read_bytes()
    assert main(["set", str(path), "c05", "status=refuted"]) != 0
    err = capsys.readouterr().err
    assert path.read_bytes() == before
    assert f"{path}: the file is read-only" in err, err
    # made writable again, the same command saves
    path.chmod(0o644)
    assert main(["set", str(path), "c05", "status=refuted"]) == 0
    assert b"status: refuted" in path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert os.access(path, os.W_OK)


# --- R3: several articles in the new-draft dialog when the first is an address ----------------


def test_an_address_first_among_several_articles_is_one_of_them(tmp_path: Path) -> None:
    """A line that opened with an http(s) address was taken whole as one address ("not a
    complete http(s) URL"); an address holds no space, so the line is several articles."""
    (tmp_path / "ferry.txt").write_text("The ferry runs again.\n", encoding="utf-8")
    address = "http://127.0.0.1:9/harbour/article"
    assert chosen_sources(f"{address} ferry.txt", tmp_path) == (
        [address, str(tmp_path / "ferry.txt")],
        None,
    )
    assert chosen_sources(f"{address} {address}?page=2", tmp_path) == (
        [address, f"{address}?page=2"],
        None,
    )
    assert chosen_sources(address, tmp_path) == ([address], None)
    sources, problem = chosen_sources(f"{address} gone.txt", tmp_path)
    assert sources is None and problem == f"{tmp_path / 'gone.txt'}: no such file"


# --- R6: the drafter's words stay out of what a reader is given ------------------------------

HARBOUR_ARTICLE = """\
Harbour strike on Monday

Dockworkers in the port will stop work on Monday, the union said. About 1,200 workers
are affected.
"""


def test_a_drafted_articles_source_is_named_without_the_draft_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exports named the drafted article's source "Draft: the article this briefing was
    drafted from (harbour.txt)" in every claim's source list, and printed the draft's
    general note, the drafter's advice, among the analyst's notes."""
    monkeypatch.chdir(tmp_path)
    draft = drafted(HARBOUR_ARTICLE, Path("harbour.txt"), Path("harbour.yaml"))
    for suffix in ("md", "html"):
        out = tmp_path / f"out.{suffix}"
        assert main(["export", str(draft), "--output", str(out)]) == 0
        written = out.read_text(encoding="utf-8")
        # (the path as given, its underscores escaped in Markdown)
        assert re.search(
            r"The article this briefing was drafted from \([^()]*harbour\.txt\)", written
        )
        assert "Draft: the article" not in written
        assert "Draft: generated by" not in written


async def test_copy_gives_the_drafters_advice_its_own_heading(tmp_path: Path) -> None:
    """``c`` on a draft claim copied the drafter's advice under "Analyst note"."""
    draft = drafted(HARBOUR_ARTICLE, tmp_path / "harbour.txt", tmp_path / "harbour.yaml")
    async with BriefingApp(draft).run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c01"))
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        copied = pilot.app.clipboard
    assert "Analyst note" not in copied
    assert "Draft advice (briefing new)" in copied
    assert "kind suggested as" in copied


# --- R7: help searches what is typed, letters in order, and knows "verdict" ------------------


async def test_help_searches_a_word_typed_fast_in_order_and_finds_the_verdict_keys() -> None:
    """Typed fast, "judge" came out "ujdge" (j and k scrolled the table), and
    "quote" closed help at its q; "verdict" found nothing though the README calls the
    status a verdict."""
    async with BriefingApp(SEED).run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        for word, wanted in (
            ("judge", "edit.status"),
            ("verdict", "edit.status"),
            ("quote", None),
            ("kind", "edit.kind"),
        ):
            await pilot.press("question_mark")
            await settle(pilot)
            help_screen = pilot.app.screen
            assert isinstance(help_screen, HelpScreen)
            await pilot.press(*word)
            await settle(pilot)
            assert pilot.app.screen is help_screen, word  # q no longer closes it
            assert help_screen.query_one("#help-search", Input).value == word
            shown = {row.binding_id for row in help_screen.shown}
            assert shown, word
            if wanted is not None:
                assert any(b.startswith(wanted) for b in shown), (word, shown)
            await pilot.press("escape")  # leaves the search field
            await pilot.press("escape")  # closes help
            await settle(pilot)
            assert not isinstance(pilot.app.screen, HelpScreen)


# --- R9: a figure too large for a float's whole numbers shows no invented digits --------------


def test_a_huge_figure_is_shown_without_invented_digits() -> None:
    from tui.model import Figure
    from tui.words import figure_text, number_text

    nines = 99999999999999999999999999999999999999
    figure = Figure(value=nines, unit="rockets")
    assert figure_text(figure) == "1e+38 rockets"  # was 99,999,…,997,748,809,823,456,…
    assert number_text(2**53 - 1) == "9,007,199,254,740,991"  # still exact: all digits
    assert number_text(12_000.0) == "12,000"


# --- R15: fetch wording: a PDF is named as one, sizes are rounded ----------------------------


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    yield from serve()


def test_drafting_a_pdf_address_says_it_is_a_pdf(server: FixtureServer) -> None:
    """It said "the page has no main text to draft from"; the README names PDFs."""
    url = server.url("/pdf")
    with pytest.raises(SourceError) as raised:
        read_source(url, settings=quick_settings())
    assert str(raised.value) == (
        f"{url}: the address gives a PDF, whose text is not read: save the article's text"
        " to a file and draft that"
    )


def test_a_fetched_pdf_is_listed_as_not_read(server: FixtureServer) -> None:
    """The sources list said "fetched" in green, as for a page whose quotes were checked
    ("fetched, text not read" was cut in the column)."""
    from tui.fetch import fetch_sources_now
    from tui.model import Source
    from tui.ui.sections.fetched import state_cell

    [pdf] = fetch_sources_now([Source(id="s", url=server.url("/pdf"))], settings=quick_settings())
    assert pdf.ok and pdf.unread
    assert state_cell(pdf, True).plain == "PDF not read"  # short enough for the column


def test_sizes_in_messages_are_rounded_to_a_tenth() -> None:
    from tui.fetch.body import _mib

    assert _mib(int(53.4058 * 1024 * 1024)) == "53.4 MiB"
    assert _mib(5 * 1024 * 1024) == "5 MiB"


# --- R12: a form's refusal speaks of its fields, not of lines in a file not yet written ------


async def test_adding_a_claim_with_no_kind_says_the_kind_is_required(tmp_path: Path) -> None:
    from textual.widgets import TextArea

    from tui.ui.edit.form import RecordForm

    from pages import on_top

    async with _seed_at(tmp_path, "c01") as (pilot, path):
        before = path.read_bytes()
        await pilot.press("a")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-statement", TextArea).text = "The harbour reopens in May."
        await pilot.press("ctrl+s")
        await settle(pilot)
        said = str(form.query_one("#form-problems").render())
    assert "kind is required: choose or type one" in said, said
    assert "seed.yaml:" not in said and "missing required key" not in said
    assert path.read_bytes() == before


# --- R11: the judging keys are in the command palette, found by "verdict" ---------------------


async def test_the_palette_offers_the_judgements_and_steps_the_status(tmp_path: Path) -> None:
    """ctrl+p offered Undo and Export but no judgement: "verdict" found nothing."""
    from test_newcomer import _palette_results
    from textual.command import CommandList

    async with _seed_at(tmp_path, "c05") as (pilot, path):
        assert any(
            r.startswith("Status (verdict): next value")
            for r in await _palette_results(pilot, "verdict")
        )
        assert any(r.startswith("Likelihood") for r in await _palette_results(pilot, "likelihood"))
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"verdict")
        await pilot.pause(0.5)
        palette = pilot.app.screen
        prompts = [str(o.prompt) for o in palette.query_one(CommandList).options]
        assert prompts[0].startswith("Status (verdict): next value"), prompts
        await pilot.press("enter")
        for _ in range(40):
            await settle(pilot)
            if b"status: " in path.read_bytes().split(b"id: c05", 1)[1].split(b"- id:", 1)[0]:
                break
    record = path.read_bytes().split(b"id: c05", 1)[1].split(b"- id:", 1)[0]
    assert b"status: supported" in record, record


# --- R13: toasts of earlier actions do not cover the form -----------------------------------


async def test_opening_a_form_clears_the_toasts_over_it(tmp_path: Path) -> None:
    from tui.ui.edit.form import RecordForm

    from pages import on_top

    async with _seed_at(tmp_path, "c05") as (pilot, _path):
        await pilot.press("u")  # "Nothing to undo"
        await settle(pilot)
        assert list(pilot.app._notifications)
        await pilot.press("E")
        await on_top(pilot, RecordForm)
        await settle(pilot)
        assert not list(pilot.app._notifications)


# --- R18: at 80x24 a field's hint wraps instead of being cut ---------------------------------


async def test_the_figures_hint_is_whole_on_an_80_column_screen(tmp_path: Path) -> None:
    from tui.ui.edit.form import RecordForm

    from pages import on_top, screen_text

    async with _seed_at(tmp_path, "c10", (80, 24)) as (pilot, _path):
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        label = form.query_one("#label-figures")
        form.query_one("#form-fields").scroll_to_widget(label, animate=False)
        await settle(pilot)
        shown = screen_text(pilot.app)
        assert label.size.height == 2  # the hint wraps onto a second line
    assert "up to 60" in shown and "percent" in shown  # was cut at "up to 60 perce"


# --- a named pipe called *.yaml in the output folder no longer holds briefing new -----------


def test_drafting_beside_a_named_pipe_called_yaml_finishes(tmp_path: Path) -> None:
    """Looking for the ids already taken opened every *.yaml there, and opening a named
    pipe waits for a writer: the command hung for good. Run as a child with a timeout, so
    a hang fails the test instead of holding the suite."""
    import subprocess
    import sys

    library = tmp_path / "lib"
    (library / "2024").mkdir(parents=True)
    os.mkfifo(library / "2024" / "pipe.yaml")
    article = tmp_path / "harbour.txt"
    article.write_text(HARBOUR_ARTICLE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tui", "new", str(article), "--output", str(library)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (library / "harbour-strike-on-monday.yaml").is_file()


# --- a figure that is no finite number is refused where it stands ----------------------------


def test_a_figure_that_is_not_a_finite_number_is_refused_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """.nan, .inf and 1e400 (a float's infinity) passed validate and exported as "about
    nan euros"."""
    path = tmp_path / "nan.yaml"
    path.write_text(
        "id: n\ntitle: Not a number\nsources: []\nclaims:\n  - id: c1\n    statement: A lot.\n"
        "    kind: reported\n    figures:\n      - {value: .nan, unit: euros}\n"
        "      - {value: 1e400, unit: euros}\n      - {low: 1, high: .inf, unit: euros}\n",
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) != 0
    err = capsys.readouterr().err.splitlines()
    assert err[:3] == [
        f"{path}:9:17: claims.0.figures.0.value: Input should be a finite number",
        f"{path}:10:17: claims.0.figures.1.value: Input should be a finite number",
        f"{path}:11:24: claims.0.figures.2.high: Input should be a finite number",
    ]


def test_the_profile_counts_no_drafters_advice_among_the_analysts_notes(tmp_path: Path) -> None:
    """The exports' profile said "Analyst notes by kind: Other: 1 (n-draft)" for a draft."""
    from tui.loader import load_briefing
    from tui.profile import sourcing_profile

    draft = drafted(HARBOUR_ARTICLE, tmp_path / "harbour.txt", tmp_path / "harbour.yaml")
    briefing = load_briefing(draft)
    assert [n.id for n in briefing.notes] == ["n-draft"]
    profile = sourcing_profile(briefing)
    assert all(tally.count == 0 for tally in profile.notes_by_kind.values())
    assert profile.drafts > 0  # the draft's items to review are counted there


def test_a_name_is_completed_after_an_escaped_space_among_several(tmp_path: Path) -> None:
    """→ offered the first of two names that share a start ("harbour notes.txt") and
    nothing once the space was typed escaped, so "harbour plan.txt" could not be reached."""
    from tui.ui.widgets.filenames import completion

    for name in ("bridge.txt", "harbour notes.txt", "harbour plan.txt"):
        (tmp_path / name).write_text("The ferry runs again.\n", encoding="utf-8")
    assert completion("bridge.txt harbour\\ p", tmp_path) == "bridge.txt harbour\\ plan.txt"
    assert completion("bridge.txt harbour\\ n", tmp_path) == "bridge.txt harbour\\ notes.txt"
    assert completion("bridge.txt harbour\\ x", tmp_path) is None
    line = completion("bridge.txt harbour\\ p", tmp_path)
    assert line is not None
    assert chosen_sources(line, tmp_path) == (
        [str(tmp_path / "bridge.txt"), str(tmp_path / "harbour plan.txt")],
        None,
    )


async def test_every_section_gives_the_drafters_advice_its_own_heading(tmp_path: Path) -> None:
    """Claims, quotes and sources did; an actor's (and a date's, a relation's) draft note
    still stood under "Analyst note"."""
    draft = drafted(HARBOUR_ARTICLE, tmp_path / "harbour.txt", tmp_path / "harbour.yaml")
    async with BriefingApp(draft).run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        actor = load_briefing(draft).actors[0].id
        screen.jump(Ref("actors", actor))
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        copied = pilot.app.clipboard
    assert "Draft advice (briefing new)" in copied and "Analyst note" not in copied
