"""Saving: atomic, mode kept, refused when the file changed or cannot be read, and undo
and redo across saves. Every refusal leaves the file and the session as they were."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from edit_corpus import STYLES

from tui.atomic import TEMP_MARK
from tui.edit.errors import EditRefused, FileChanged, FileUnreadable
from tui.edit.history import EditHistory, Step
from tui.edit.operations import AddRecord, SetFields
from tui.edit.session import EditSession
from tui.loader import load_briefing


@pytest.fixture
def briefing(tmp_path: Path) -> Path:
    path = tmp_path / "b.yaml"
    path.write_text(STYLES, encoding="utf-8")
    return path


def test_a_save_keeps_mode_and_leaves_no_temporary_file(briefing: Path) -> None:
    os.chmod(briefing, 0o640)
    session = EditSession.open(briefing)
    applied = session.apply(SetFields("c1", {"status": "supported"}))
    assert "status" in applied.label
    assert stat.S_IMODE(briefing.stat().st_mode) == 0o640
    assert load_briefing(briefing).claims[0].status == "supported"
    assert not [p for p in briefing.parent.iterdir() if TEMP_MARK in p.name]


def test_a_symlinked_briefing_stays_a_link(tmp_path: Path, briefing: Path) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(briefing)
    EditSession.open(link).apply(SetFields("c1", {"note": "through the link"}))
    assert link.is_symlink()
    assert load_briefing(briefing).claims[0].note == "through the link"


def test_a_file_changed_on_disk_is_not_overwritten(briefing: Path) -> None:
    session = EditSession.open(briefing)
    theirs = STYLES.replace("plain statement", "their statement")
    briefing.write_text(theirs, encoding="utf-8")
    edit = SetFields("c1", {"note": "mine"})
    with pytest.raises(FileChanged, match="changed on disk"):
        session.apply(edit)
    assert briefing.read_text(encoding="utf-8") == theirs
    assert session.document.text == STYLES and not session.history.can_undo
    applied = session.reload_and_apply(edit)  # what the UI offers
    both = load_briefing(briefing).claims[0]
    assert both.statement == "their statement" and both.note == "mine"
    assert applied.document.briefing.claims[0].note == "mine"


def test_a_deleted_file_is_not_recreated(briefing: Path) -> None:
    session = EditSession.open(briefing)
    briefing.unlink()
    with pytest.raises(FileChanged, match="deleted or moved"):
        session.apply(SetFields("c1", {"note": "mine"}))
    assert not briefing.exists()


@pytest.mark.parametrize("replacement", ["fifo", "folder"])
def test_a_file_that_became_unreadable_is_left_alone(briefing: Path, replacement: str) -> None:
    session = EditSession.open(briefing)
    briefing.unlink()
    if replacement == "fifo":
        os.mkfifo(briefing)
    else:
        briefing.mkdir()
    with pytest.raises(FileUnreadable, match="nothing was written"):
        session.apply(SetFields("c1", {"note": "mine"}))
    assert stat.S_ISFIFO(briefing.stat().st_mode) or briefing.is_dir()
    assert session.document.text == STYLES  # the edit can be applied again later


def test_an_invalid_edit_writes_nothing(briefing: Path) -> None:
    before = briefing.read_bytes()
    session = EditSession.open(briefing)
    with pytest.raises(EditRefused) as refused:
        session.apply(SetFields("c1", {"kind": "rumour"}))
    assert "did you mean 'speculation'" in str(refused.value)
    assert briefing.read_bytes() == before
    assert not session.history.can_undo


def test_undo_and_redo_across_saves(briefing: Path) -> None:
    session = EditSession.open(briefing)
    versions = [briefing.read_bytes()]
    session.apply(SetFields("c1", {"status": "disputed"}))
    versions.append(briefing.read_bytes())
    session.apply(AddRecord("claims", {"statement": "yes", "kind": "opinion"}))
    versions.append(briefing.read_bytes())
    session.apply(SetFields("briefing", {"summary": None}))
    versions.append(briefing.read_bytes())
    assert session.undo() is not None and briefing.read_bytes() == versions[2]
    assert session.undo() is not None and briefing.read_bytes() == versions[1]
    assert session.redo() is not None and briefing.read_bytes() == versions[2]
    session.apply(SetFields("c2", {"note": "a new branch"}))
    assert not session.history.can_redo
    while session.history.can_undo:
        session.undo()
    assert briefing.read_bytes() == versions[0]
    assert session.undo() is None


def test_an_undo_is_refused_when_the_file_changed(briefing: Path) -> None:
    session = EditSession.open(briefing)
    session.apply(SetFields("c1", {"status": "disputed"}))
    briefing.write_text(STYLES.replace("Second", "Changed elsewhere"), encoding="utf-8")
    with pytest.raises(FileChanged):
        session.undo()
    assert session.history.can_undo and not session.history.can_redo
    assert "Changed elsewhere" in briefing.read_text(encoding="utf-8")


def test_the_history_is_bounded() -> None:
    history = EditHistory(max_steps=3, max_chars=1000)
    for n in range(5):
        history.push(Step(f"step {n}", "a" * 10, "b" * 10))
    assert len(history) == 3
    assert history.peek_undo() == Step("step 4", "a" * 10, "b" * 10)
    history.push(Step("big", "a" * 700, "b" * 290))
    assert len(history) == 1
    assert history.undo().label == "big" and history.can_redo
