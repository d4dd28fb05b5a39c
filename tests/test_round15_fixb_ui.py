"""Round 15, the app with content in many languages: a Chinese or Japanese quote wraps
beside its translation; the hint agrees with where side by side starts. The real app
(``App.run_test()``) on briefings of our own, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.ui.app import BriefingApp
from tui.ui.sections.quotes import QuotesView

from pages import BriefingPage, screen_text, settle

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
