"""Round 19: the export dialog's "only the claims the filter shows" fits the dialog.

The box's label held the filter in words, and a box's label is one line: with a filter
on an actor and typed words it ran past the dialog's right edge at 100 columns and was
cut there. The box now says how many claims, and the filter's words wrap under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Checkbox

from tui.ui.app import BriefingApp
from tui.ui.screens.export import ExportScreen

from pages import BriefingPage, on_top, settle

pytestmark = pytest.mark.usefixtures("own_folders")

MINISTER = "Deputy Minister for Harbours, Canals and Inland Waterways 🏳️‍🌈 Ingrid Solberg-Ødegård"
TYPED = "will be dredged before the autumn storms"

CANALS = f"""\
id: canals
title: Dredging the inland canals
language: en
sources:
  - id: gazette
    kind: article
    outlet: Canal Gazette
actors:
  - id: minister
    name: "{MINISTER}"
    kind: person
  - id: union
    name: Bargemen's Union
    kind: organisation
claims:
  - id: c1
    statement: The minister said the north canal will be dredged before the autumn storms.
    kind: forecast
    actors: [minister]
    sources: [gazette]
  - id: c2
    statement: The minister said the south canal will be dredged before the autumn storms too.
    kind: forecast
    actors: [minister]
    sources: [gazette]
  - id: c3
    statement: The union said the locks will be dredged before the autumn storms as well.
    kind: reported
    actors: [union]
    sources: [gazette]
"""


def lines_of(widget: Widget) -> list[str]:
    """What ``widget`` draws, line by line, trailing spaces off."""
    strips: list[Strip] = [widget.render_line(y) for y in range(widget.size.height)]
    return ["".join(segment.text for segment in strip).rstrip() for strip in strips]


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_the_filtered_choice_fits_the_dialog_with_a_long_filter(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """With a filter on a long-named actor, a kind and typed words, the box and its
    label lie inside the dialog, and every word of the filter is shown under it."""
    path = tmp_path / "canals.yaml"
    path.write_text(CANALS, encoding="utf-8")
    async with BriefingApp(path).run_test(size=size) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        page.choose("actor", "minister")
        page.choose("kind", "forecast")
        page.filter_text().value = TYPED
        await settle(pilot)
        assert len(page.rows("claims")) == 2
        await pilot.press("e")
        dialog = await on_top(pilot, ExportScreen)
        frame = dialog.query_one("#export-dialog").content_region
        box = dialog.query_one("#export-filtered", Checkbox)
        assert frame.x <= box.region.x and box.region.right <= frame.right, (box.region, frame)
        assert any("Only the 2 claims the filter shows" in line for line in lines_of(box))
        words = dialog.query_one("#export-filter-words")
        assert frame.x <= words.region.x and words.region.right <= frame.right
        shown = " ".join(line.strip() for line in lines_of(words))
        assert "Deputy Minister for Harbours" in shown and "Solberg-Ødegård" in shown
        assert f'containing "{TYPED}"' in shown
        assert len(lines_of(words)) >= 2  # wrapped, not cut


async def test_the_filtered_choice_still_exports_only_those_claims(tmp_path: Path) -> None:
    """Ticking the box exports the claims the filter shows, and the export's heading
    names the filter in full."""
    path = tmp_path / "canals.yaml"
    path.write_text(CANALS, encoding="utf-8")
    target = tmp_path / "forecasts.md"
    async with BriefingApp(path).run_test(size=(100, 30)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        page.choose("actor", "minister")
        page.filter_text().value = TYPED
        await settle(pilot)
        await pilot.press("e")
        dialog = await on_top(pilot, ExportScreen)
        dialog.query_one("#export-filtered", Checkbox).value = True
        dialog.query_one("#export-path").value = str(target)  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
    text = target.read_text(encoding="utf-8")
    assert "**c1**" in text and "**c2**" in text and "**c3**" not in text
    assert f'containing "{TYPED}"' in text.splitlines()[0]
    assert MINISTER in text  # the file keeps the name whole, emoji sequence and all
