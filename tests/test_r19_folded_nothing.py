"""a save that changes nothing says so and leaves the file alone.

A form's change that a colleague had already written to the file (the app offers
"Reload the file and apply this change again") used to be reported under a "Saved"
title. Nothing was saved: the toast now says "Nothing changed", and the file, its bytes
and its modification time, stay as the colleague left them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_desk import answer, edit_form, settle
from textual.widgets import TextArea

from tui.edit.operations import SetFields
from tui.edit.session import EditSession
from tui.ui.app import BriefingApp

from conftest import BRIEFINGS

pytestmark = pytest.mark.usefixtures("own_folders")

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
STATEMENT = "Putin's war aim was to distance Ukraine further from the European Union."
AGREED = "Both analysts settled on this wording for the claim, word for word."
LONG_AGO = 1_000_000_000  # a modification time no save could give by chance


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    return path


def _colleague_writes(seed: Path, statement: str) -> bytes:
    """Another program puts ``statement`` into c03 and dates the file long ago; the
    bytes it wrote are returned."""
    text = seed.read_text(encoding="utf-8")
    assert f"statement: {STATEMENT}" in text
    seed.write_text(text.replace(f"statement: {STATEMENT}", f"statement: {statement}"), "utf-8")
    os.utime(seed, ns=(LONG_AGO * 10**9, LONG_AGO * 10**9))
    return seed.read_bytes()


def test_a_session_applying_what_the_file_holds_writes_nothing(seed: Path) -> None:
    session = EditSession.open(seed)
    on_disk = _colleague_writes(seed, AGREED)
    applied = session.reload_and_apply(SetFields("c03", {"statement": AGREED}))
    assert not applied.written
    assert seed.read_bytes() == on_disk
    assert seed.stat().st_mtime_ns == LONG_AGO * 10**9
    assert not session.history.can_undo  # no step to undo either


def test_a_real_change_still_counts_as_written(seed: Path) -> None:
    session = EditSession.open(seed)
    applied = session.apply(SetFields("c03", {"statement": AGREED}))
    assert applied.written
    assert f"statement: {AGREED}" in seed.read_text(encoding="utf-8")


async def test_reload_and_apply_of_a_change_already_on_disk_says_nothing_changed(
    seed: Path,
) -> None:
    app = BriefingApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        form = await edit_form(pilot, "claims", "c03")
        form.query_one("#field-statement", TextArea).text = AGREED
        on_disk = _colleague_writes(seed, AGREED)
        app.clear_notifications()
        await pilot.press("ctrl+s")
        await settle(pilot)
        await answer(pilot, "reload")
        await settle(pilot)
        titles = [n.title for n in app._notifications]
        assert "Nothing changed" in titles and "Saved" not in titles
        [toast] = [n for n in app._notifications if n.title == "Nothing changed"]
        assert "c03" in toast.message
    assert seed.read_bytes() == on_disk
    assert seed.stat().st_mtime_ns == LONG_AGO * 10**9
