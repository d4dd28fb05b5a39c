"""Forms a new user met: figures typed as JSON are checked in plain words, counted from
1 ("figure 2: 'low' must be a number, got 'ten'"), never in a parser's terms, and every
date field says the shapes it takes. Real files, the real app."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_desk import answer, opened, said, settle
from textual.widgets import Label, TextArea

from tui.edit.values import field_specs, item_problems
from tui.links import Ref
from tui.ui.app import BriefingApp
from tui.ui.edit.fields import hint
from tui.ui.edit.form import RecordForm

from conftest import BRIEFINGS
from pages import on_top

DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD"


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def test_figure_problems_are_plain_and_counted_from_one() -> None:
    typed = [
        {"low": 3, "high": 5, "unit": "ferries"},
        {"low": "ten", "high": 12, "unti": "berths"},
        "twelve",
        {"value": True, "unit": "cranes"},
    ]
    assert item_problems("claims", "figures", typed) == [
        "figure 2: 'low' must be a number, got 'ten'",
        "figure 2: 'unti' is not a field of a figure (did you mean 'unit'?)",
        "figure 2: 'unit' is missing",
        "figure 3: must be an object in braces, {\"key\": value, ...}, got 'twelve'",
        "figure 4: 'value' must be a number, got true",
    ]
    assert item_problems("claims", "figures", [{"value": 2.5, "unit": "km"}]) == []
    assert item_problems("claims", "statement", "not a list field") == []


@pytest.mark.parametrize(
    ("section", "key"),
    [("", "published"), ("sources", "published"), ("timeline", "date"), ("relations", "until")],
)
def test_every_date_field_says_its_shapes(section: str, key: str) -> None:
    spec = next(s for s in field_specs(section) if s.key == key)
    assert hint(spec) == DATE_HINT
    assert not any(hint(s) == DATE_HINT for s in field_specs("claims"))


async def test_the_claim_form_refuses_a_figure_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    shutil.copy(BRIEFINGS / "anti-nato-2024-07.yaml", path)
    before = path.read_bytes()
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c03"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        typed = '[{"value": 4, "unit": "ports"}, {"low": "ten", "high": 20, "unit": "ships"}]'
        form.query_one("#field-figures", TextArea).text = typed
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form
        problems = said(form, "#form-problems")
        assert "figure 2: 'low' must be a number, got 'ten'" in problems
        assert "JSON" not in problems and "Input should" not in problems
        assert form.query_one("#field-figures", TextArea).text == typed  # kept as typed
        await pilot.press("escape")
        await answer(pilot, "discard")  # the form asks before dropping what was typed
        assert app.screen is screen
        screen.jump(Ref("timeline", "0"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        labels = [str(label.render()) for label in form.query(Label)]
        assert any(label.startswith("date") and DATE_HINT in label for label in labels), (
            form.section,
            labels,
            type(app.screen),
        )
    assert path.read_bytes() == before
