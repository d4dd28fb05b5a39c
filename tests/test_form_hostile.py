"""Text from a briefing never reaches the terminal as control characters, in the forms
too: a text field shows what it holds as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.ui.app import BriefingApp
from tui.ui.edit.form import RecordForm

from pages import BriefingPage

pytestmark = pytest.mark.usefixtures("own_folders")


async def test_a_record_holding_control_characters_is_not_put_into_a_form(
    tmp_path: Path,
) -> None:
    """A text field shows its text as it is, escapes included: the form is refused, with
    the way to edit the record named, and the file is untouched."""
    path = tmp_path / "h.yaml"
    text = (
        "id: h\ntitle: Hostile\nsources: []\nclaims:\n"
        '  - {id: c1, statement: "Before \\e]0;title\\a after", kind: reported}\n'
        "  - {id: c2, statement: A plain statement., kind: reported}\n"
    )
    path.write_text(text, encoding="utf-8")
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        await page.press("E")
        assert not isinstance(pilot.app.screen, RecordForm)
        assert any(
            "claim c1 holds control characters" in str(n.message) and "f4" in str(n.message)
            for n in pilot.app._notifications
        )
        page.records("claims").move_cursor(1)
        await page.press("E")
        assert isinstance(pilot.app.screen, RecordForm)  # a plain record opens as ever
    assert path.read_text(encoding="utf-8") == text
