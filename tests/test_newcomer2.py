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
        await page.press("down", "enter")  # Enter alone keeps it: the second answer deletes
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


# --- experts are people, in the app and in every export ------------------------------------

VOICES = """\
id: voices
title: Who speaks
actors:
  - {id: ana, name: Ana Lopez, kind: person, role: Economist}
  - {id: reuters, name: Reuters, kind: media}
  - {id: agencies, name: Russian news agencies, kind: media, anonymous: true}
  - {id: kremlin, name: The Kremlin, kind: organisation}
  - {id: russia, name: Russia, kind: state}
  - {id: experts, name: Unnamed experts, kind: group, anonymous: true}
  - {id: diplomat, name: A diplomat, kind: person, anonymous: true}
claims:
  - {id: c1, statement: One., kind: reported, attributed_to: reuters}
  - {id: c2, statement: Two., kind: reported, attributed_to: agencies}
  - {id: c3, statement: Three., kind: opinion, attributed_to: kremlin}
  - {id: c4, statement: Four., kind: opinion, attributed_to: russia}
  - {id: c5, statement: Five., kind: speculation, attributed_to: experts}
  - {id: c6, statement: Six., kind: opinion, attributed_to: ana}
quotes:
  - {id: q1, speaker: ana, text: So ist es., kind: direct, claims: [c6]}
sources: []
"""


async def _export(page: BriefingPage, fmt: str, target: Path) -> str:
    """Export through the app's dialog, as a reader does: ``e``, a format, a file."""
    from textual.widgets import Input, Select

    from tui.ui.screens.export import ExportScreen

    await page.press("e")
    dialog = page.pilot.app.screen
    assert isinstance(dialog, ExportScreen)
    dialog.query_one("#export-format", Select).value = fmt
    await page.pilot.pause()
    dialog.query_one("#export-path", Input).value = str(target)
    await page.press("ctrl+s")
    for _ in range(50):
        await page.pilot.app.workers.wait_for_complete()
        await page.pilot.pause()
        if target.exists():
            break
        await page.pilot.pause(0.05)
    return target.read_text(encoding="utf-8")


async def test_outlets_states_and_organisations_are_no_experts_in_app_or_export(
    tmp_path: Path,
) -> None:
    import json
    import re
    import subprocess
    import sys

    from tui.loader import load_briefing
    from tui.profile import expert_kind

    path = tmp_path / "voices.yaml"
    path.write_text(VOICES, encoding="utf-8")
    kinds = {a.id: expert_kind(a) for a in load_briefing(path).actors}
    assert kinds == {
        "ana": "named",
        "reuters": None,
        "agencies": None,
        "kremlin": None,
        "russia": None,
        "experts": "unnamed",
        "diplomat": "unnamed",
    }
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        overview = " ".join(page.detail("overview").split())
        shown = re.search(r"Experts: (\d+) named, (\d+) unnamed", overview)
        assert shown is not None, overview
        app_figures = (int(shown[1]), int(shown[2]))
        markdown = await _export(page, "markdown", tmp_path / "voices.md")
        html = await _export(page, "html", tmp_path / "voices.html")
        exported = await _export(page, "json", tmp_path / "voices.json")
    assert app_figures == (1, 2)
    for text in (markdown, html):
        named = re.search(r"Named experts: (\d+)", text)
        unnamed = re.search(r"Unnamed experts: (\d+)", text)
        assert named is not None and unnamed is not None
        assert (int(named[1]), int(unnamed[1])) == app_figures
    assert "Named experts: 1 (Ana Lopez; claim" in markdown
    experts = json.loads(exported)["profile"]["experts"]
    assert (experts["named"]["count"], experts["unnamed"]["count"]) == app_figures
    assert experts["named"]["actors"] == ["ana"]
    command = subprocess.run(
        [sys.executable, "-m", "tui", "profile", str(path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    experts = json.loads(command.stdout)["experts"]
    assert (experts["named"]["count"], experts["unnamed"]["count"]) == app_figures


# --- the key bar at 80 columns keeps the most used keys --------------------------------------


def _draft(tmp_path: Path) -> Path:
    """A draft made by ``briefing new`` from the test corpus's article page."""
    import argparse

    from tui.commands import new

    page = Path(__file__).parent / "fixtures" / "pages" / "harbour-gazette-treaty.html"
    output = tmp_path / "draft.yaml"
    args = argparse.Namespace(sources=[str(page)], output=str(output), lang="auto", force=False)
    assert new.run(args) == 0
    return output


def _hints(page: BriefingPage) -> list[str]:
    """The key bar's hints left of help and the palette, as drawn."""
    from tui.ui.widgets.keybar import KeyBar

    bar = page.screen.query_one(KeyBar)
    line = bar.render().plain
    left = line.split("▏")[0]
    return [left[start:end].strip() for start, end, _, _ in bar._spans if end <= len(left)]


@pytest.mark.parametrize("section", ["overview", "claims", "timeline"])
async def test_at_80_columns_the_key_bar_shows_review_edit_and_export(
    tmp_path: Path, section: str
) -> None:
    path = _draft(tmp_path)
    async with BriefingApp(path).run_test(size=(80, 24)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show(section)  # type: ignore[arg-type]
        if section == "overview":
            await page.press("tab")  # into the links: the pane's own Enter comes first
        hints = _hints(page)
        assert {"v Review", "E Edit", "e Export", "/ Filter", "b Back"} <= set(hints), hints
        # The hints keep their usual order, so a key is always found in the same place.
        order = ["b Back", "/ Filter", "v Review", "E Edit", "e Export"]
        assert [h for h in hints if h in order] == order
        if section == "overview":
            assert hints[0] == "⏎ Follow"
        # A click on a short hint runs its key.
        from tui.ui.screens.review import ReviewScreen
        from tui.ui.widgets.keybar import KeyBar

        bar = page.screen.query_one(KeyBar)
        line = bar.render().plain
        start = next(s for s, e, _, _ in bar._spans if line[s:e].strip() == "v Review")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        for _ in range(50):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause(0.02)
            if isinstance(pilot.app.screen, ReviewScreen):
                break
        assert isinstance(pilot.app.screen, ReviewScreen)


async def test_at_120_columns_every_hint_has_its_whole_label(tmp_path: Path) -> None:
    path = _draft(tmp_path)
    async with BriefingApp(path).run_test(size=(120, 30)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        hints = _hints(page)
        for hint in ("m Brief me", "v Review drafts", "E Edit", "e Export", "c Copy", "r Reload"):
            assert hint in hints, hints


async def test_at_80_columns_without_drafts_edit_export_and_close_show(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "tiny.yaml").write_text(TINY, encoding="utf-8")
    async with BriefingApp(library).run_test(size=(80, 24)) as pilot:
        from pages import settle

        await settle(pilot)
        await pilot.press("enter")
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        hints = _hints(page)
        assert "v Review" not in hints and "v Review drafts" not in hints
        assert {"esc Close", "E Edit", "e Export", "m Brief me"} <= set(hints), hints


# --- a quick key's toast leaves the line it changed in view ----------------------------------


async def _toasts(pilot, says: str) -> list:
    """The toasts on screen, once the latest change's toast (saying ``says``) shows: one
    change's toast at a time, the earlier ones taken down."""
    for _ in range(100):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.02)
        toasts = [t for t in pilot.app.screen.query("Toast") if t.region.area]
        said = [str(n.message) for n in pilot.app._notifications]
        if toasts and any(says in m for m in said):
            assert len(toasts) == 1, said
            return [t.region for t in toasts]
    raise AssertionError(f"no toast saying {says!r} showed")


def _pane_line(page: BriefingPage, starts: str):
    """The region on screen of the detail pane's line that starts with ``starts``."""
    from textual.geometry import Region

    pane = page.pane()
    for y in range(pane.size.height):
        if pane.render_line(y).text.strip(" ▶").startswith(starts):
            return Region(pane.region.x, pane.region.y + y, pane.region.width, 1)
    raise AssertionError(f"no line starting {starts!r} in view")


def _cursor_row(page: BriefingPage):
    from textual.geometry import Region

    records = page.records("claims")
    y = records.region.y + 1 + records.cursor_row - round(records.scroll_y)
    return Region(records.region.x, y, records.region.width, 1)


@pytest.mark.parametrize(("size", "where"), [((80, 24), "g"), ((80, 24), "G"), ((120, 40), "G")])
async def test_quick_key_toasts_never_cover_the_line_they_changed(
    tmp_path: Path, size: tuple[int, int], where: str
) -> None:
    import shutil

    from conftest import BRIEFINGS

    path = tmp_path / "seed.yaml"
    shutil.copy(BRIEFINGS / "anti-nato-2024-07.yaml", path)
    async with BriefingApp(path).run_test(size=size, notifications=True) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        await page.press(where)  # the first claim, or the last (its row at the bottom)
        changed = []
        for key, line, says in [
            ("s", "Status:", "status"),
            ("p", "Likelihood:", "likelihood"),
            ("i", "Credibility:", "credibility"),
        ]:
            await page.press(key)
            toasts = await _toasts(pilot, says)  # each press brings its own toast
            changed.append(_pane_line(page, line))
            for region in [*changed, _pane_line(page, "Status:"), _cursor_row(page)]:
                covering = [t for t in toasts if t.overlaps(region)]
                assert not covering, (key, region, covering)


async def test_in_review_a_quick_keys_toast_leaves_the_changed_field_in_view(
    tmp_path: Path,
) -> None:
    from textual.geometry import Region
    from textual.widgets import Static

    from tui.ui.screens.review import ReviewScreen

    path = _draft(tmp_path)
    async with BriefingApp(path).run_test(size=(80, 24), notifications=True) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.press("v")
        for _ in range(50):
            await pilot.pause(0.02)
            if isinstance(pilot.app.screen, ReviewScreen):
                break
        review = pilot.app.screen
        assert isinstance(review, ReviewScreen)
        while review.current is not None and review.current.ref.section != "claims":
            await page.press("j")
        assert review.current is not None
        for key, field in [("s", "status: "), ("p", "likelihood: "), ("i", "credibility: ")]:
            await page.press(key)
            toasts = await _toasts(pilot, field.rstrip(": "))
            body = review.query_one("#review-item", Static)
            lines = body.render_lines(Region(0, 0, body.size.width, body.size.height))
            rows = [
                Region(body.region.x, body.region.y + y, body.region.width, 1)
                for y, strip in enumerate(lines)
                if strip.text.strip().startswith(field)
            ]
            assert rows, field
            assert not [t for t in toasts if t.overlaps(rows[0])], (key, rows[0], toasts)


# --- the review's merge picker filters as one types ------------------------------------------


async def test_typing_in_the_merge_picker_narrows_the_actors(tmp_path: Path) -> None:
    import yaml
    from textual.widgets import Input, OptionList

    from tui.ui.edit.dialogs import ChoiceDialog
    from tui.ui.screens.review import ReviewScreen

    path = _draft(tmp_path)
    actors = {a["id"] for a in yaml.safe_load(path.read_text("utf-8"))["actors"]}
    assert {"analysts-unnamed", "neighbouring-governments", "officials-unnamed"} <= actors
    async with BriefingApp(path).run_test(size=(80, 24)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.press("v")
        for _ in range(50):
            await pilot.pause(0.02)
            if isinstance(pilot.app.screen, ReviewScreen):
                break
        review = pilot.app.screen
        assert isinstance(review, ReviewScreen)
        for _ in range(len(review.items)):
            item = review.current
            if item is not None and item.label.endswith("analysts-unnamed"):
                break
            await page.press("j")
        await page.press("m")
        dialog = pilot.app.screen
        assert isinstance(dialog, ChoiceDialog)
        assert isinstance(dialog.focused, Input)  # the search line takes the keys at once
        answers = dialog.query_one(OptionList)

        def shown() -> list[str]:
            return [str(answers.get_option_at_index(i).id) for i in range(answers.option_count)]

        assert set(shown()) == actors - {"analysts-unnamed"} | {"cancel"}
        await page.press(*"NEIGH")  # any case; part of a name or an id
        assert shown() == ["neighbouring-governments", "cancel"]
        await page.press("x")
        assert shown() == ["cancel"]  # Cancel stays, whatever is typed
        await page.press("backspace", "down", "up")
        assert answers.highlighted == 0
        await page.press("enter")  # the first match
        for _ in range(100):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause(0.02)
            if "neighbouring-governments" not in {
                a["id"] for a in yaml.safe_load(path.read_text("utf-8"))["actors"]
            }:
                break
        saved = yaml.safe_load(path.read_text("utf-8"))
        kept = next(a for a in saved["actors"] if a["id"] == "analysts-unnamed")
        assert "neighbouring-governments" not in {a["id"] for a in saved["actors"]}
        # an anonymous group's name is a label; the words the text used are its alias
        names = [a["name"] if isinstance(a, dict) else a for a in kept["aliases"]]
        assert "Neighbouring governments" in names


# --- names in lists to choose from are data, never markup ------------------------------------

MARKED_UP = """\
id: marked
title: Names that look like markup
actors:
  - {id: anna, name: "[bold red]Anna[/] Muster", kind: person, note: "Draft: check the name"}
  - {id: bob, name: "[link=https://evil.example]Bob[/link]", kind: person}
claims:
  - {id: c1, statement: One., kind: reported, actors: [anna, bob]}
sources: []
"""


def _lines(widget) -> str:
    """What ``widget`` draws, without spaces or line breaks (a narrow list wraps)."""
    return "".join("".join(widget.render_line(y).text.split()) for y in range(widget.size.height))


async def test_names_in_pickers_and_dialogs_show_as_written(tmp_path: Path) -> None:
    from textual.widgets import OptionList, Select, SelectionList

    from tui.ui.edit.dialogs import ChoiceDialog
    from tui.ui.screens.review import ReviewScreen

    path = tmp_path / "marked.yaml"
    path.write_text(MARKED_UP, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        # The claims filter's actor list.
        await page.show("claims")
        select = page.claims.query_one("#filter-actor", Select)
        select.focus()
        await page.press("enter")
        overlay = select.query_one(OptionList)
        shown = _lines(overlay)
        assert "[boldred]Anna[/]Muster" in shown and "[link=https://evil.example]Bob" in shown
        await page.press("escape")
        # The claim form's actors picker.
        await page.press("E")
        form = await _form_on_top(page)
        picker = form.query_one("#field-actors").query_one(SelectionList)
        shown = _lines(picker)
        assert "[boldred]Anna[/]Muster" in shown and "[link=https://evil.example]Bob" in shown
        await page.press("escape")
        for _ in range(20):
            await pilot.pause(0.02)
        # The review's merge picker.
        await page.show("overview")
        await page.press("v")
        for _ in range(50):
            await pilot.pause(0.02)
            if isinstance(pilot.app.screen, ReviewScreen):
                break
        await page.press("m")
        dialog = pilot.app.screen
        assert isinstance(dialog, ChoiceDialog)
        assert "[link=https://evil.example]Bob[/link]" in _lines(dialog.query_one(OptionList))
