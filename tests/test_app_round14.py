"""Round 14 of the app: faults a new user's review found, each shown by the real app
(``App.run_test()``) or the real command on real files of our own: ctrl+a and the typing
after it in one burst replace a several-line field's text; End and ctrl+End reach the end
of a wrapped field's line and text; accepting a drafted source keeps where it came from;
the conflict dialog shows what changed on disk; undo survives a reload; a misspelt
command is named as one; a currency code before a figure's number is its unit; Down
goes from a tick list's search into the list; the problems dialog names F4; a one-key
change keeps the value's quotes; a merge adds aliases in the list's style; the review
reaches an actor where it is first named and counts the records the file holds; a
folder that cannot be written is named; the text filter names the filter bar."""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from test_desk import answer
from textual import events
from textual.widgets import Input, OptionList, Static, TextArea

from tui.edit.figurelines import FigureLineProblem, figures_from_lines
from tui.edit.history import merged
from tui.links import Ref
from tui.ui.app import BriefingApp
from tui.ui.edit.dialogs import ChoiceDialog
from tui.ui.edit.form import RecordForm
from tui.ui.edit.refpicker import RefPicker
from tui.ui.screens.briefing import BriefingScreen
from tui.ui.screens.problems import ProblemsScreen
from tui.ui.screens.review import ReviewScreen

from conftest import BRIEFINGS
from pages import on_top, screen_text, settle

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
KEY_NAMES = {" ": "space", ".": "full_stop", "-": "minus", ",": "comma"}


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    """The bundled briefing, copied into the test's own folder."""
    return Path(shutil.copy(SEED, tmp_path / "seed.yaml"))


def burst(app: BriefingApp, *parts: str) -> None:
    """Queue every key at once, as ``tmux send-keys`` or a slow SSH link does: a part in
    angle brackets is a key's name (``<ctrl+a>``), any other part is typed text."""
    for part in parts:
        if part.startswith("<") and part.endswith(">") and len(part) > 2:
            app.post_message(events.Key(part[1:-1], None))
            continue
        for character in part:
            app.post_message(events.Key(KEY_NAMES.get(character, character), character))


async def opened(pilot) -> BriefingScreen:
    """The briefing screen, once its file is read."""
    for _ in range(200):
        await settle(pilot)
        screen = pilot.app.screen
        loaded = isinstance(screen, BriefingScreen) and screen.briefing is not None
        if loaded and screen.query("#claims"):
            return screen
        await pilot.pause(0.05)
    raise AssertionError("the briefing did not open")


async def opened_any(pilot) -> BriefingScreen:
    """The briefing screen, once its file is read (a briefing with no claims too)."""
    for _ in range(200):
        await settle(pilot)
        screen = pilot.app.screen
        if isinstance(screen, BriefingScreen) and screen.ready:
            return screen
        await pilot.pause(0.05)
    raise AssertionError("the briefing did not open")


async def claim_form(pilot, claim: str) -> RecordForm:
    """The edit form of ``claim`` (E on it in the Claims list)."""
    screen = await opened(pilot)
    screen.jump(Ref("claims", claim))
    await pilot.press("E")
    form: RecordForm = await on_top(pilot, RecordForm)
    return form


# --- A2: ctrl+a then typing, in one burst -------------------------------------------------


async def test_ctrl_a_and_typing_in_one_burst_replace_a_statement(seed: Path) -> None:
    """ctrl+a and the words after it, queued together, replace the statement (before, the
    words landed in front of the old text and were saved so)."""
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        form = await claim_form(pilot, "c03")
        statement = form.query_one("#field-statement", TextArea)
        statement.focus()
        await settle(pilot)
        burst(pilot.app, "<ctrl+a>", "Fresh words here.")
        await settle(pilot)
        assert statement.text == "Fresh words here."
        burst(pilot.app, "<ctrl+a>", "Again", "<home>", "X")
        await settle(pilot)
        assert statement.text == "XAgain"
        burst(pilot.app, "<tab>")
        await settle(pilot)
        assert form.focused is not statement


# --- A3: End and ctrl+End in a wrapped field ----------------------------------------------


async def test_end_reaches_the_end_of_a_wrapped_statement(seed: Path) -> None:
    """A statement wider than the form wraps: End goes to the end of its line of text, not
    of the screen row, so what is typed after it is appended (before, it landed in the
    middle of the sentence)."""
    async with BriefingApp(seed).run_test(size=(80, 30)) as pilot:
        form = await claim_form(pilot, "c04")
        statement = form.query_one("#field-statement", TextArea)
        statement.focus()
        await settle(pilot)
        assert statement.wrapped_document.height > 1, "the statement must wrap for this test"
        old = statement.text
        statement.move_cursor((0, 0))
        await pilot.press("end", *" TAIL")
        assert statement.text == old + " TAIL"
        await pilot.press("home", "H")
        assert statement.text == "H" + old + " TAIL"


async def test_ctrl_end_and_ctrl_home_reach_the_ends_of_the_whole_text(seed: Path) -> None:
    """In a note of several lines, ctrl+End goes to the end of the last line and
    ctrl+Home to the start of the first (before, ctrl+End did nothing); the field's name
    says so while it has the focus."""
    async with BriefingApp(seed).run_test(size=(80, 30)) as pilot:
        form = await claim_form(pilot, "c04")
        statement = form.query_one("#field-statement", TextArea)
        statement.focus()
        statement.load_text("First line of a note\nsecond line\nthird and last line")
        statement.move_cursor((1, 3))
        await settle(pilot)
        await pilot.press("ctrl+end", *" END")
        assert statement.text.endswith("third and last line END")
        await pilot.press("ctrl+home", *"START ")
        assert statement.text.startswith("START First line")
        assert "ctrl+end: end of text" in str(form.query_one("#label-statement").render())
        form.query_one("#field-id", Input).focus()
        await settle(pilot)
        assert "ctrl+end" not in str(form.query_one("#label-statement").render())


# --- A4: accepting the drafted article source -----------------------------------------------

DRAFTED_SOURCES = """\
id: ferry-strike
title: Ferry strike
sources:
  - id: article
    kind: article
    description: 'Draft: the article this briefing was drafted from (../texts/ferry.txt).'
  - id: harbour-news
    outlet: Harbour News
    cited_in: article
    description: 'Draft: named by the article (paragraph 2); find the piece it cites and add its title and URL if confirmed.'
"""


async def test_accepting_the_article_source_keeps_the_file_it_was_drafted_from(
    tmp_path: Path,
) -> None:
    """``a`` on the drafted article source drops the mark and keeps which file the draft
    came from (before, the whole description went, the only record of it); another
    source's advice still goes whole."""
    path = tmp_path / "ferry.yaml"
    path.write_text(DRAFTED_SOURCES, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        await opened_any(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        while review.current is not None:
            await pilot.press("a")
            await settle(pilot)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    first, cited = data["sources"]
    assert first["description"] == (
        "The article this briefing was drafted from (../texts/ferry.txt)."
    )
    assert "description" not in cited
    assert "Draft:" not in path.read_text(encoding="utf-8")


# --- B1: the conflict dialog's difference after a one-key edit --------------------------------


async def test_show_what_changed_on_disk_after_a_refused_quick_key(seed: Path) -> None:
    """Another program changes a claim's status while the file is shown; ``s`` on another
    claim is refused, and "Show what changed on disk" shows that other change (before, it
    said "nothing is being edited", as no edit had opened the file yet)."""
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        text = seed.read_text(encoding="utf-8")
        seed.write_text(
            text.replace("    status: disputed\n", "    status: refuted  # checked elsewhere\n", 1),
            encoding="utf-8",
        )
        screen.jump(Ref("claims", "c05"))
        await settle(pilot)
        await pilot.press("s")
        dialog = await on_top(pilot, ChoiceDialog)
        assert "changed on disk" in dialog.question
        await answer(pilot, "diff")
        shown = await on_top(pilot, ChoiceDialog)
        assert shown.question == "Set status of claim c05: what changed on disk"
        assert "-    status: disputed" in shown.details
        assert "+    status: refuted  # checked elsewhere" in shown.details
        await answer(pilot, "cancel")
    assert "status: refuted  # checked elsewhere" in seed.read_text(encoding="utf-8")


# --- B2: the undo history across a reload --------------------------------------------------


def notices(app: BriefingApp) -> list[str]:
    """The toasts' texts, oldest first."""
    return [n.message for n in app._notifications]


async def test_undo_after_a_reload_keeps_the_other_change(seed: Path) -> None:
    """``s`` on a claim, another program changes the title, ``r`` reads the file again:
    ``u`` still undoes the status, and the other program's title stays (before, the reload
    emptied the history: "Nothing to undo")."""
    original = seed.read_text(encoding="utf-8")
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c05"))
        await pilot.press("s")
        await settle(pilot)
        judged = seed.read_text(encoding="utf-8")
        assert judged != original
        title = next(line for line in judged.splitlines() if line.startswith("title:"))
        seed.write_text(judged.replace(title, "title: Retitled elsewhere"), encoding="utf-8")
        await pilot.press("r")
        await opened(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert seed.read_text(encoding="utf-8") == original.replace(
            title, "title: Retitled elsewhere"
        )
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert seed.read_text(encoding="utf-8") == judged.replace(
            title, "title: Retitled elsewhere"
        )


async def test_undo_of_a_line_changed_again_elsewhere_is_refused(seed: Path) -> None:
    """When the other program changed the very line the step changed, ``u`` after the
    reload writes nothing and says why (it never writes over the other change)."""
    original = seed.read_text(encoding="utf-8")
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c05"))
        await pilot.press("s")
        await settle(pilot)
        judged = seed.read_text(encoding="utf-8")
        lines = judged.splitlines(keepends=True)
        opcodes = difflib.SequenceMatcher(None, original.splitlines(True), lines).get_opcodes()
        added = [j for tag, _, _, j1, j2 in opcodes if tag != "equal" for j in range(j1, j2)]
        assert len(added) == 1 and "status:" in lines[added[0]]
        lines[added[0]] = "    status: refuted\n"
        theirs = "".join(lines)
        seed.write_text(theirs, encoding="utf-8")
        await pilot.press("r")
        await opened(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert seed.read_text(encoding="utf-8") == theirs
        assert any(
            "cannot undo" in text and "changed elsewhere" in text for text in notices(pilot.app)
        ), notices(pilot.app)


def test_merged_makes_a_step_beside_another_change_or_refuses() -> None:
    """The undo's merge: changes apart are both kept; changes on the same or neighbouring
    lines are refused (None), never decided by guess."""
    base = "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n"
    before_step = base.replace("b: 2", "b: 0")  # the step changed b; undo wants b: 0 back
    elsewhere = base.replace("e: 5", "e: 50")
    assert merged(base, elsewhere, before_step) == "a: 1\nb: 0\nc: 3\nd: 4\ne: 50\n"
    assert merged(base, base, before_step) == before_step
    assert merged(base, before_step, before_step) == before_step  # undone elsewhere already
    assert merged(base, base.replace("b: 2", "b: 9"), before_step) is None
    assert merged(base, base.replace("c: 3", "c: 30"), before_step) is None  # next to it
    added = base + "f: 6\n"
    assert merged(base, added, before_step) == before_step + "f: 6\n"


# --- C1: a misspelt command word -------------------------------------------------------------


def briefing(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real ``briefing`` command, run in ``cwd`` with output to pipes."""
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        cwd=cwd,
        timeout=120,
    )


def test_a_misspelt_command_is_named_as_one(tmp_path: Path) -> None:
    """``briefing check FILE`` and ``briefing valdate FILE`` name the command meant
    (before: "check: no such file or folder"); a missing path is still said as one, and
    a word that is an existing path still opens it."""
    shutil.copy(SEED, tmp_path / "seed.yaml")
    for word in ("check", "valdate"):
        result = briefing(word, "seed.yaml", cwd=tmp_path)
        assert result.returncode == 2
        assert f"unknown command '{word}' (did you mean 'validate'?)" in result.stderr
    plain = briefing("frobnicate", cwd=tmp_path)
    assert plain.returncode == 2
    assert "unknown command 'frobnicate' (commands: open, summary, validate" in plain.stderr
    missing = briefing("gone.yaml", cwd=tmp_path)
    assert missing.returncode == 2 and "gone.yaml: no such file or folder" in missing.stderr
    (tmp_path / "check").mkdir()
    shutil.copy(SEED, tmp_path / "check" / "seed.yaml")
    folder = briefing("check", cwd=tmp_path)  # a folder of that name: opened (a summary here)
    assert folder.returncode == 0, folder.stderr
    assert "anti-nato-2024-07" in folder.stdout


# --- C2: a currency code before the number -------------------------------------------------

EARNINGS = """\
id: dairy-results
title: Dairy results
language: en
claims:
  - id: c01
    statement: The dairy group's sales grew in the spring quarter.
    kind: reported
sources: []
"""


async def test_a_currency_code_before_the_number_is_the_figures_unit(tmp_path: Path) -> None:
    """ "NOK 9.3bn", "CHF 1.2bn", "SEK 40m" and "about USD 5" are read as "9.3bn NOK" is
    (before, each was refused: "must start with a number")."""
    path = tmp_path / "dairy.yaml"
    path.write_text(EARNINGS, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c01"))
        await settle(pilot)
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        lines = "NOK 9.3bn\nCHF 1.2bn\nSEK 40m\nabout USD 5\nNOK 1.8-2.0bn"
        form.query_one("#field-figures", TextArea).text = lines
        await pilot.press("ctrl+s")
        for _ in range(40):
            await settle(pilot)
            if not isinstance(pilot.app.screen, RecordForm):
                break
            await pilot.pause(0.05)
        assert not isinstance(pilot.app.screen, RecordForm)
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))["claims"][0]["figures"]
    assert saved == [
        {"value": 9_300_000_000, "unit": "NOK"},
        {"value": 1_200_000_000, "unit": "CHF"},
        {"value": 40_000_000, "unit": "SEK"},
        {"value": 5, "unit": "USD", "approximate": True},
        {"low": 1_800_000_000, "high": 2_000_000_000, "unit": "NOK"},
    ]


def test_only_a_currency_code_stands_for_a_unit_before_the_number() -> None:
    """Three capitals that are no currency code are still refused before a number, and a
    scaled amount comes out whole ("about NOK 4.1bn" is 4,100,000,000)."""
    with pytest.raises(FigureLineProblem, match="must start with a number"):
        figures_from_lines("ABC 5 things")
    assert figures_from_lines("about NOK 4.1bn") == [
        {"value": 4_100_000_000, "unit": "NOK", "approximate": True}
    ]
    assert figures_from_lines("EUR 3 per share") == [{"value": 3, "unit": "EUR per share"}]


# --- C3: Down from a tick list's search line --------------------------------------------------


async def test_down_from_the_search_line_goes_into_the_tick_list(seed: Path) -> None:
    """Typing part of a name, Down and Space (in one burst, as tmux sends them) ticks the
    first match (before, Down stayed in the search line and the Space went into it); the
    search line says so."""
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        form = await claim_form(pilot, "c03")
        picker = form.query_one("#field-actors", RefPicker)
        before = list(picker.value)
        search = picker.query_one(Input)
        assert "down: to the list, space ticks" in search.placeholder
        search.focus()
        await settle(pilot)
        burst(pilot.app, "viet", "<down>", " ")
        await settle(pilot)
        assert search.value == "viet"
        assert picker.value == [*before, "vietnam"]
        await pilot.press("ctrl+s")
        await settle(pilot)
    saved = yaml.safe_load(seed.read_text(encoding="utf-8"))
    claim = next(c for c in saved["claims"] if c["id"] == "c03")
    assert claim["actors"][-1] == "vietnam"


# --- C5: the problems dialog names F4 ------------------------------------------------------


async def test_the_problems_dialog_names_f4_and_f4_there_opens_the_editor(tmp_path: Path) -> None:
    """A briefing that does not load: its dialog and the overview behind it name F4 beside
    r (before: "Esc or Enter closes" only), and F4 in the dialog closes it and hands over to
    the editor (the test terminal cannot suspend, which is said)."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: fine\nclaims:\n  - id: c1\n    kind: [oops\n", "utf-8")
    async with BriefingApp(broken).run_test(size=(120, 40)) as pilot:
        problems = await on_top(pilot, ProblemsScreen)
        keys = str(problems.query_one("#problems-keys", Static).render())
        assert "F4 opens the file in your editor at the problem" in keys
        await pilot.press("f4")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, BriefingScreen)
        assert any("cannot hand over to an editor" in text for text in notices(pilot.app))
        overview = screen_text(pilot.app)
        assert "F4 opens it at the problem" in overview


# --- D: quoting kept ------------------------------------------------------------------------


def quoted_seed(seed: Path) -> str:
    """The seed with claim c02's kind in single quotes, its status in double quotes with a
    comment after, and its excerpt in double quotes, as an author may write them."""
    text = seed.read_text(encoding="utf-8")
    c02 = text.index("  - id: c02\n")
    head, tail = text[:c02], text[c02:]
    tail = tail.replace("    kind: opinion\n", "    kind: 'opinion'\n", 1)
    tail = tail.replace("    status: disputed\n", '    status: "disputed"  # checked twice\n', 1)
    tail = tail.replace(
        "    excerpt: Das spielt Russen-Herrscher Wladimir Putin ordentlich in die Karten\n",
        '    excerpt: "Das spielt Russen-Herrscher Wladimir Putin ordentlich in die Karten"\n',
        1,
    )
    seed.write_text(head + tail, encoding="utf-8")
    return head + tail


async def test_a_changed_value_keeps_its_quotes(seed: Path) -> None:
    """``s`` and ``n`` on claim c02 and a form edit of its excerpt change only the values:
    the status stays in double quotes with its comment, the kind in single quotes, the
    excerpt in double quotes (before, each was rewritten plain)."""
    before = quoted_seed(seed)
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c02"))
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        form.query_one("#field-excerpt", TextArea).text = "Das spielt Putin in die Karten"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, RecordForm)
    after = seed.read_text(encoding="utf-8")
    removed = [line for line in before.splitlines() if line not in after.splitlines()]
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert len(removed) == len(added) == 3, (removed, added)
    status = next(line for line in added if "status:" in line)
    kind = next(line for line in added if "kind:" in line)
    excerpt = next(line for line in added if "excerpt:" in line)
    assert status.startswith('    status: "') and status.endswith('"  # checked twice')
    assert kind.startswith("    kind: '") and kind.endswith("'")
    assert excerpt == '    excerpt: "Das spielt Putin in die Karten"'


# --- D: a merge adds aliases in the list's own style ----------------------------------------

COURT = """\
id: council-trial
title: Council trial
language: en
article: wire
sources:
  - id: wire
    kind: article
actors:
  - id: mayer
    name: Jonas Mayer
    kind: person
    aliases:
      - name: Mayer
        paragraph: 1
  - id: accused
    name: The accused
    kind: person
    aliases:
      - name: The accused
        paragraph: 4
      - name: the former treasurer
        paragraph: 5
claims:
  - id: c1
    statement: The former treasurer kept silent through the trial.
    kind: reported
    attributed_to: accused
    sources: [wire]
"""


async def test_a_merge_adds_aliases_as_mappings_to_a_list_of_mappings(tmp_path: Path) -> None:
    """``M`` merging "The accused" into Jonas Mayer adds its name as a mapping with the
    paragraph its alias gave, as the list's other entries are (before: a bare string in a
    list of mappings)."""
    path = tmp_path / "trial.yaml"
    path.write_text(COURT, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        screen = await opened_any(pilot)
        screen.jump(Ref("actors", "mayer"))
        await settle(pilot)
        await pilot.press("M")
        await answer(pilot, "accused")
        for _ in range(60):
            if "id: accused" not in path.read_text(encoding="utf-8"):
                break
            await pilot.pause(0.05)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["actors"]] == ["mayer"]
    assert data["actors"][0]["aliases"] == [
        {"name": "Mayer", "paragraph": 1},
        {"name": "The accused", "paragraph": 4},
        {"name": "the former treasurer", "paragraph": 5},
    ]
    assert data["claims"][0]["attributed_to"] == "mayer"


# --- B4: the review reaches an actor at the first paragraph that names it ---------------------

NAMED_EARLY = """\
id: harbour-ruling
title: Harbour ruling
language: en
article: wire
sources:
  - id: wire
    kind: article
actors:
  - id: district-court
    name: District Court
    kind: organisation
    aliases:
      - name: the court
        paragraph: 3
    note: 'Draft: found in paragraphs 1, 3; check the name, kind and merges.'
  - id: pier-company
    name: Pier Company
    kind: organisation
    aliases:
      - name: Pier Company
        paragraph: 2
    note: 'Draft: found in paragraph 2; check the name, kind and merges.'
claims:
  - id: c01
    statement: The district court fined the pier company for the spill.
    kind: reported
    paragraph: 1
    actors: [district-court]
    sources: [wire]
    note: 'Draft: kind suggested as reported because stated as fact, with no hedge.'
  - id: c02
    statement: The company says it will appeal.
    kind: reported
    paragraph: 2
    attributed_to: pier-company
    sources: [wire]
    note: 'Draft: kind suggested as reported because stated as fact, with no hedge.'
"""


async def test_the_review_reaches_an_actor_where_it_is_first_named(tmp_path: Path) -> None:
    """An actor whose alias is in paragraph 3 but whom a claim of paragraph 1 names comes
    before that claim (before: at paragraph 3, after the claims it is checked for)."""
    path = tmp_path / "ruling.yaml"
    path.write_text(NAMED_EARLY, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        order = [item.address for item in review.items]
    assert order == ["actors:district-court", "claims:c01", "actors:pier-company", "claims:c02"]


# --- C6: review counters after a merge and a reject -------------------------------------------

THREE_DRAFTED = """\
id: quay-fire
title: Quay fire
language: en
article: wire
sources:
  - id: wire
    kind: article
actors:
  - id: fire-service
    name: Fire service
    kind: organisation
    note: 'Draft: found in paragraph 1; check the name, kind and merges.'
  - id: firefighters
    name: Firefighters
    kind: organisation
    note: 'Draft: found in paragraph 1; check the name, kind and merges.'
  - id: harbour-log
    name: Harbour log
    kind: organisation
    note: 'Draft: found in paragraph 2; check the name, kind and merges.'
claims:
  - id: c01
    statement: Firefighters put out a blaze on the quay overnight.
    kind: reported
    paragraph: 1
    actors: [fire-service, firefighters]
    sources: [wire]
    note: 'Draft: kind suggested as reported because stated as fact, with no hedge.'
"""


async def test_review_counters_count_the_records_the_file_holds(tmp_path: Path) -> None:
    """Merging one actor into another and rejecting a third leave one actor: the counter
    reads "Actors 0 of 1" (before, "of 3" went on counting two the file no longer held)."""
    path = tmp_path / "quay.yaml"
    path.write_text(THREE_DRAFTED, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        await pilot.press("v")
        review = await on_top(pilot, ReviewScreen)
        assert review.current is not None and review.current.address == "actors:harbour-log"
        await pilot.press("d")
        dialog = await on_top(pilot, ChoiceDialog)
        ids = [dialog.query_one(OptionList).get_option_at_index(i).id for i in range(2)]
        await answer(pilot, next(i for i in ids if i and i != "cancel"))
        for _ in range(60):
            await settle(pilot)
            if "id: harbour-log" not in path.read_text(encoding="utf-8"):
                break
            await pilot.pause(0.05)
        assert review.current is not None and review.current.address == "actors:fire-service"
        await pilot.press("m")
        await answer(pilot, "firefighters")
        for _ in range(60):
            await settle(pilot)
            if "id: firefighters" not in path.read_text(encoding="utf-8"):
                break
            await pilot.pause(0.05)
        shown = str(review.query_one("#review-progress", Static).render())
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["actors"]] == ["fire-service"]
    assert shown.startswith(("Actors 0 of 1 reviewed", "Claims 0 of 1 reviewed")), shown
    assert "1 of 3 items in all" in shown, shown  # the article source was never a draft


# --- B3: a folder that cannot be written is named --------------------------------------------


def lock_folder(folder: Path) -> Callable[[], None]:
    """Make ``folder`` unwritable (mode 555; for root, which ignores modes, the immutable
    attribute) and return what undoes it; skips the test where neither holds."""
    folder.chmod(0o555)
    undo: list[list[str]] = []
    if not os.access(folder, os.W_OK) or shutil.which("chattr") is None:
        pass
    elif subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0:
        undo.append(["chattr", "-i", str(folder)])

    def unlock() -> None:
        for command in undo:
            subprocess.run(command, check=False, capture_output=True)
        folder.chmod(0o755)

    if os.access(folder, os.W_OK):
        unlock()
        pytest.skip("this machine cannot make a folder unwritable")
    return unlock


async def test_a_folder_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    """A writable file in a folder that cannot be written: the refusal names the folder
    and why a save needs it (before: "could not be written (Operation not permitted)",
    and the file's own ``ls -l`` showed nothing wrong)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    path = Path(shutil.copy(SEED, folder / "inro.yaml"))
    before = path.read_bytes()
    unlock = lock_folder(folder)
    try:
        async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
            screen = await opened(pilot)
            screen.jump(Ref("claims", "c05"))
            await settle(pilot)
            await pilot.press("s")
            await settle(pilot)
            said = "\n".join(notices(pilot.app))
    finally:
        unlock()
    assert path.read_bytes() == before
    assert f"the folder {folder}{os.sep} cannot be written" in said, said
    assert "a save writes a new file beside it and renames it" in said


# --- C4: the filter bar is named where the text filter is typed --------------------------------


async def test_the_text_filter_says_how_to_reach_the_filter_bar(seed: Path) -> None:
    """``/`` puts the cursor in the text filter, whose line names Shift+Tab; Shift+Tab
    from there is on the bar's last choice, hedged (before, nothing said the bar could be
    reached from the keyboard)."""
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        await opened(pilot)
        await pilot.press("slash")
        await settle(pilot)
        field = pilot.app.focused
        assert isinstance(field, Input) and field.id == "filter-text"
        assert "shift+tab: bar above" in field.placeholder
        await pilot.press("shift+tab")
        await settle(pilot)
        assert pilot.app.focused is not None
        assert (pilot.app.focused.id or "").startswith("filter-"), pilot.app.focused
