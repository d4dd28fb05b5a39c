"""A claim's figures in the form: one line each in the exports' words, read back into the
file's mappings without touching a figure whose line was left alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from test_desk import opened, settle
from textual.widgets import TextArea

from tui.edit.figurelines import FigureLineProblem, figure_lines, figures_from_lines
from tui.edit.values import field_specs
from tui.links import Ref
from tui.model import Figure
from tui.ui.app import BriefingApp
from tui.ui.edit.fields import FormProblem, as_text, from_text, hint
from tui.ui.edit.form import RecordForm
from tui.words import figure_text

from conftest import BRIEFINGS
from pages import on_top

FIGURES = next(s for s in field_specs("claims") if s.key == "figures")


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def _every_figure() -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for path in sorted(BRIEFINGS.glob("*.yaml")):
        for claim in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]:
            found += claim.get("figures") or []
    return found


def test_a_line_is_the_phrase_every_export_uses() -> None:
    figures = _every_figure()
    assert len(figures) >= 3
    lines = figure_lines(figures)
    assert lines is not None
    assert lines.splitlines() == [figure_text(Figure.model_validate(f)) for f in figures]
    assert lines.splitlines()[0] == "7\N{EN DASH}10 divisions"
    assert lines.splitlines()[1].startswith("about 70,000\N{EN DASH}300,000 soldiers (derived")


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("12 percent", {"value": 12, "unit": "percent"}),
        ("60%", {"value": 60, "unit": "%"}),
        (
            "about 7\N{EN DASH}10 divisions",
            {"low": 7, "high": 10, "unit": "divisions", "approximate": True},
        ),
        ("7-10 divisions", {"low": 7, "high": 10, "unit": "divisions"}),
        ("7 to 10 divisions", {"low": 7, "high": 10, "unit": "divisions"}),
        ("10,000 soldiers per division", {"value": 10000, "unit": "soldiers per division"}),
        ("2.5 km", {"value": 2.5, "unit": "km"}),
        ("-4 degrees", {"value": -4, "unit": "degrees"}),
        (
            "up to 60 percent",
            {"value": 60, "unit": "percent", "approximate": True, "bound": "up to"},
        ),
        (
            "More than 24 sites",
            {"value": 24, "unit": "sites", "approximate": True, "bound": "more than"},
        ),
        (
            "9 brigades (derived by the analyst: 3 x 3 (see c04))",
            {"value": 9, "unit": "brigades", "derived": True, "basis": "3 x 3 (see c04)"},
        ),
        ("9 brigades (derived by the analyst)", {"value": 9, "unit": "brigades", "derived": True}),
        ("7 bis 10 Divisionen", {"low": 7, "high": 10, "unit": "Divisionen"}),
        ("between 3 and 5 ports", {"low": 3, "high": 5, "unit": "ports"}),
        ("zwischen 3 und 5 Häfen", {"low": 3, "high": 5, "unit": "Häfen"}),
        ("rund 300 Soldaten", {"value": 300, "unit": "Soldaten", "approximate": True}),
        (
            "mehr als 24 Standorte",
            {"value": 24, "unit": "Standorte", "approximate": True, "bound": "more than"},
        ),
        (
            "bis zu 60 Prozent",
            {"value": 60, "unit": "Prozent", "approximate": True, "bound": "up to"},
        ),
        ("60% of voters", {"value": 60, "unit": "% of voters"}),
        ("2.5 million people", {"value": 2500000, "unit": "people"}),
        ("3 Mrd. Euro", {"value": 3000000000, "unit": "Euro"}),
        ("$5 billion", {"value": 5000000000, "unit": "dollars"}),
        (
            "up to \N{EURO SIGN}40 million",
            {"value": 40000000, "unit": "euros", "approximate": True, "bound": "up to"},
        ),
    ],
)
def test_a_typed_line_is_a_figure(line: str, figure: dict[str, object]) -> None:
    [parsed] = figures_from_lines(line)
    assert parsed == figure
    assert list(parsed) == list(figure)  # the format's key order
    shown = figure_text(Figure.model_validate(parsed))
    assert figures_from_lines(shown) == [parsed]  # the line it is shown as reads back the same


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (
            "sixty percent",
            "figure 1: 'sixty percent' must start with a number (after 'about', 'up to' or the"
            " like), as in 'about 7\N{EN DASH}10 divisions'",
        ),
        ("about 60", "figure 1: 'about 60' needs a unit after the number (what is counted)"),
        (
            "about 7\N{EN DASH}10",
            "figure 1: 'about 7\N{EN DASH}10' needs a unit after the number (what is counted)",
        ),
        (
            "10\N{EN DASH}7 ships",
            "figure 1: '10\N{EN DASH}7 ships': the first number is above the second",
        ),
        ("up to 7\N{EN DASH}10 ships", "'bound' goes with a single 'value', not with a range"),
        ("1,5 km", "figure 1: '1,5 km': write '1,5' with a decimal point (1.5)"),
        (
            "more than 20.000 Soldaten",
            "write '20.000' as 20000 or with commas (20,000); a point is a decimal point",
        ),
        ("3.000.000 euros", "write '3.000.000' as 3000000 or with commas (3,000,000)"),
        ("3 x 3 brigades", "a second number follows the first; write a range as"),
        ("5 million", "'5 million' needs a unit after the number"),
        ("? ships", "'?' stands only for an end of a range"),
        ("7 and 10 ships", "write a range as 'about 7\N{EN DASH}10 divisions' or 'between"),
    ],
)
def test_a_line_that_is_no_figure_is_named_plainly(line: str, problem: str) -> None:
    with pytest.raises(FigureLineProblem) as raised:
        figures_from_lines(line)
    assert problem in str(raised.value)
    with pytest.raises(FormProblem, match=r"^figures: figure 2: "):
        from_text(FIGURES, f"4 ports\n{line}", None)


def test_an_untouched_line_keeps_its_figure_key_for_key() -> None:
    original = [
        {"value": 12.0, "unit": "percent", "approximate": False},
        {"value": 60, "unit": "percent", "bound": "up to"},  # a bound without approximate
        {"low": 7, "high": 10, "unit": "divisions"},
    ]
    shown = as_text(FIGURES, original)
    assert shown == "12 percent\nup to 60 percent\n7\N{EN DASH}10 divisions"
    edited = shown.replace("7\N{EN DASH}10 divisions", "about 8 divisions")
    figures = from_text(FIGURES, edited, original)
    assert figures[0] is original[0] and figures[1] is original[1]
    assert figures[2] == {"value": 8, "unit": "divisions", "approximate": True}
    reordered = from_text(FIGURES, "7\N{EN DASH}10 divisions\n12 percent", original)
    assert reordered == [original[2], original[0]]
    assert from_text(FIGURES, shown, original) is original


def test_figures_a_line_cannot_say_stay_json() -> None:
    odd = [{"value": 3, "unit": "boats", "basis": "one\ntwo", "derived": True}]
    assert figure_lines(odd) is None
    assert as_text(FIGURES, odd).lstrip().startswith("[")
    assert from_text(FIGURES, '[{"value": 4, "unit": "boats"}]', odd) == [
        {"value": 4, "unit": "boats"}
    ]
    unknown = [{"value": 3, "unit": "boats", "colour": "red"}]
    assert figure_lines(unknown) is None
    assert '"colour"' in as_text(FIGURES, unknown)
    assert from_text(FIGURES, '[{"value": 4, "unit": "boats"}]', None) == [
        {"value": 4, "unit": "boats"}
    ]
    assert hint(FIGURES).startswith("one per line")


async def test_the_claim_form_edits_one_figure_and_leaves_the_other(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    shutil.copy(BRIEFINGS / "anti-nato-2024-07.yaml", path)
    before = path.read_text(encoding="utf-8")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c10"))
        await pilot.press("E")
        form = await on_top(pilot, RecordForm)
        area = form.query_one("#field-figures", TextArea)
        lines = area.text.splitlines()
        assert lines[0] == "7\N{EN DASH}10 divisions"
        area.text = "\n".join(["about 8\N{EN DASH}10 divisions", *lines[1:]])
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
    after = path.read_text(encoding="utf-8")
    assert after != before
    old_block = before[before.index("  - id: c10") : before.index("  - id: c11")]
    new_block = after[after.index("  - id: c10") : after.index("  - id: c11")]
    assert "basis: >-\n          7-10 divisions (this claim)" in new_block  # as it was
    assert before.replace(old_block, "") == after.replace(new_block, "")
    claim = next(c for c in yaml.safe_load(after)["claims"] if c["id"] == "c10")
    [figure, derived] = claim["figures"]
    assert figure == {"low": 8, "high": 10, "unit": "divisions", "approximate": True}
    assert derived["derived"] is True and derived["low"] == 70000


# --- spans in two units, scales written onto the number ----------------------------------


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("1 Jahr und 5 Monate", {"value": 17, "unit": "Monate"}),
        ("about 2 hours and 20 minutes", {"value": 140, "unit": "minutes", "approximate": True}),
        ("2.5bn euros", {"value": 2_500_000_000, "unit": "euros"}),
        ("€2.5bn", {"value": 2_500_000_000, "unit": "euros"}),
        ("€2.5m", {"value": 2_500_000, "unit": "euros"}),
        ("$300k", {"value": 300_000, "unit": "dollars"}),
        ("40mn dollars", {"value": 40_000_000, "unit": "dollars"}),
    ],
)
def test_a_two_unit_span_and_a_scale_written_on_read_as_the_drafter_reads_them(
    line: str, figure: dict[str, object]
) -> None:
    # "1 Jahr und 5 Monate" was saved as 1 with the unit "Jahr und 5 Monate"; "2.5bn
    # euros" was refused as not starting with a number
    assert figures_from_lines(line) == [figure]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("1 year and 14 months", "a span in two units"),
        ("3 apples and 5 pears", "a second number"),
        ("5m", "needs a space between the number and its unit"),
        ("12kg rice", "needs a space between the number and its unit"),
    ],
)
def test_lines_that_are_no_single_figure_say_what_is_wrong(line: str, said: str) -> None:
    with pytest.raises(FigureLineProblem, match=said):
        figures_from_lines(line)


def test_a_unit_of_one_letter_stays_a_unit() -> None:
    assert figures_from_lines("5 m") == [{"value": 5, "unit": "m"}]
