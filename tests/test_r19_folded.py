"""an edited note keeps the block style the file had it in.

`briefing set FILE c02 note="…"` (or the same note saved from the form) used to turn a
`note: >-` block wrapped at about 90 columns into one long quoted line, so every later
edit of the note was a diff of one line hundreds of characters long. Now a folded block
stays folded with the line breaks of the words the edit left alone, a literal block stays
literal, the comment on a block's header line stays, and a long value that no block can
say exactly (a space at its end) is wrapped inside its quotes. Every test goes through
the real command or the real app on real files, and reads the file back.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
import yaml
from test_desk import edit_form, settle
from textual.widgets import TextArea

from tui.cli import main
from tui.loader import load_briefing
from tui.ui.app import BriefingApp

from conftest import BRIEFINGS

pytestmark = pytest.mark.usefixtures("own_folders")

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
C02_NOTE = (
    "Contradicted by the next sentence, which says Putin's war aim was to keep Ukraine"
    ' away from the EU; probably a garbled sentence (perhaps meant "spielt ... nicht in'
    ' die Karten"). See note n01.'
)
WIDEST = 88  # the widest a line written anew may be (the seed's width)
SEED_C02 = """\
    note: >-
      Contradicted by the next sentence, which says Putin's war aim was to keep Ukraine
      away from the EU; probably a garbled sentence (perhaps meant "spielt ... nicht in
      die Karten"). See note n01.
"""
HAND_C02 = """\
    note: >-
      Contradicted by the next sentence, which says
      Putin's war aim was to keep Ukraine away from the EU;
      probably a garbled sentence (perhaps meant
      "spielt ... nicht in die Karten"). See note n01.
"""
"""c02's note as an author wrapped it by hand, at phrases, 55 columns at most: a fill
of the words at any one width would not give these lines back."""
HAND_WIDEST = 59  # with the note's indentation

DESK = """\
id: desk-note
title: A desk note
sources:
  - id: wire
    outlet: The Wire
claims:
  - id: c1
    statement: The ferry left late.
    kind: reported
    sources: [wire]
    note: |  # kept as typed
      First line of the note.
      Second line of the note.
  - id: c2
    statement: The port closed.
    kind: reported
    sources: [wire]
    note: >-  # wrapped by hand at sixty
      The harbour master said the port closed at noon; the
      wire gives no time at all, so the hour rests on one
      source.
  - id: c3
    statement: The tugs stayed in.
    kind: reported
    sources: [wire]
    note: 'Quoted by its author.'
"""


def _seed_by_hand(path: Path, *, crlf: bool) -> Path:
    """The seed briefing with c02's note wrapped by hand; with ``crlf``, as a Windows
    editor saves it (CRLF line ends and a byte-order mark)."""
    text = SEED.read_text(encoding="utf-8")
    assert SEED_C02 in text
    text = text.replace(SEED_C02, HAND_C02)
    if crlf:
        path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def crlf_seed(tmp_path: Path) -> Path:
    return _seed_by_hand(tmp_path / "crlf.yaml", crlf=True)


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    path = tmp_path / "desk.yaml"
    path.write_text(DESK, encoding="utf-8")
    return path


def _set(path: Path, record: str, value: str) -> None:
    assert main(["set", str(path), record, f"note={value}"]) == 0


def _lines(path: Path) -> list[str]:
    return (
        path.read_bytes()
        .decode("utf-8-sig")
        .split("\r\n" if b"\r\n" in path.read_bytes() else "\n")
    )


def _diff(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """The lines only ``before`` has and the lines only ``after`` has."""
    gone, new = [], []
    for line in difflib.ndiff(before, after):
        if line.startswith("- "):
            gone.append(line[2:])
        elif line.startswith("+ "):
            new.append(line[2:])
    return gone, new


def _note(path: Path, claim: str) -> str | None:
    return next(c.note for c in load_briefing(path).claims if c.id == claim)


def test_a_sentence_added_to_a_folded_note_adds_lines_and_keeps_the_rest(
    crlf_seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _lines(crlf_seed)
    added = (
        " A colleague at the desk read the sentence the same way and asked the outlet"
        " whether a word was lost in editing; no answer yet."
    )
    _set(crlf_seed, "c02", C02_NOTE + added)
    after = _lines(crlf_seed)
    raw = crlf_seed.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\n") == raw.count(b"\r\n")
    assert _note(crlf_seed, "c02") == C02_NOTE + added
    gone, new = _diff(before, after)
    last = '      "spielt ... nicht in die Karten"). See note n01.'
    assert gone == [last]  # the one line the new words went on; the others stay
    assert new[0].startswith(last + " A")
    assert len(new) == 4 and all(len(line) <= HAND_WIDEST for line in new)


def test_a_word_changed_inside_a_folded_note_changes_only_its_line(crlf_seed: Path) -> None:
    before = _lines(crlf_seed)
    _set(crlf_seed, "c02", C02_NOTE.replace("garbled sentence", "sentence garbled in editing"))
    gone, new = _diff(before, _lines(crlf_seed))
    assert gone == ["      probably a garbled sentence (perhaps meant"]
    assert new == ["      probably a sentence garbled in editing (perhaps meant"]


def test_a_folded_note_typed_with_a_space_at_its_end_stays_folded(desk: Path) -> None:
    note = "The tide tables and the harbour log disagree about the hour. " * 4
    _set(desk, "c2", note)
    text = desk.read_text(encoding="utf-8")
    assert _note(desk, "c2") == note  # the space at its end kept
    assert yaml.safe_load(text)["claims"][1]["note"] == note  # YAML 1.1 readers agree
    start = text.index("    note: >-  # wrapped by hand at sixty\n")
    block = text[start : text.index("  - id: c3")].split("\n")
    assert len(block) > 4 and all(len(line) <= 60 for line in block)


def test_a_long_statement_with_a_space_at_its_end_is_wrapped_inside_quotes(desk: Path) -> None:
    statement = "The ferry left late, by the account of the harbour log and the wire. " * 3
    assert main(["set", str(desk), "c1", f"statement={statement}"]) == 0
    text = desk.read_text(encoding="utf-8")
    assert load_briefing(desk).claims[0].statement == statement  # visible inside quotes
    assert yaml.safe_load(text)["claims"][0]["statement"] == statement
    start = text.index("    statement: 'The ferry left late")
    quoted = text[start : text.index(" '\n", start) + 2].split("\n")
    assert len(quoted) >= 3 and all(len(line) <= WIDEST for line in quoted)


def test_a_note_with_two_spaces_after_its_full_stops_is_folded(desk: Path) -> None:
    note = "The harbour master said noon.  The wire gives no time.  " * 3 + "One source."
    _set(desk, "c2", note)
    text = desk.read_text(encoding="utf-8")
    assert _note(desk, "c2") == note
    assert "    note: >-  # wrapped by hand at sixty\n" in text
    assert max(len(line) for line in text.split("\n")) <= 60


def test_a_literal_note_stays_literal_with_its_comment(desk: Path) -> None:
    note = "First line of the note.\nSecond line, rewritten.\nA third line.\n"
    _set(desk, "c1", note)
    gone, new = _diff(DESK.split("\n"), desk.read_text(encoding="utf-8").split("\n"))
    assert gone == ["      Second line of the note."]
    assert new == ["      Second line, rewritten.", "      A third line."]
    assert _note(desk, "c1") == note


def test_a_long_note_replacing_a_quoted_one_keeps_its_quotes_on_several_lines(
    desk: Path,
) -> None:
    note = "Quoted by its author, and now long enough to need more than one line of the file. " * 3
    note = note.strip()
    _set(desk, "c3", note)
    text = desk.read_text(encoding="utf-8")
    assert _note(desk, "c3") == note
    start = text.index("    note: 'Quoted by its author")
    quoted = text[start : text.index("'\n", start + 12) + 1]
    assert quoted.count("\n") >= 2 and all(len(line) <= WIDEST for line in quoted.split("\n"))


async def test_a_note_saved_from_the_form_stays_a_folded_block(tmp_path: Path) -> None:
    path = _seed_by_hand(tmp_path / "seed.yaml", crlf=False)
    before = path.read_text(encoding="utf-8").split("\n")
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        form = await edit_form(pilot, "claims", "c02")
        form.query_one("#field-note", TextArea).text = C02_NOTE + " Asked the outlet today."
        await pilot.press("ctrl+s")
        await settle(pilot)
    gone, new = _diff(before, path.read_text(encoding="utf-8").split("\n"))
    assert gone == []  # the words fill no old line past its width: one line is added
    assert new == ["      Asked the outlet today."]


def test_one_word_changed_in_a_very_long_folded_note_changes_one_line(desk: Path) -> None:
    lines = [f"Entry {n} of the harbour log, checked against the wire." for n in range(3000)]
    long_desk = DESK.replace(
        """      The harbour master said the port closed at noon; the
      wire gives no time at all, so the hour rests on one
      source.
""",
        "".join(f"      {line}\n" for line in lines),
    )
    desk.write_text(long_desk, encoding="utf-8")
    note = " ".join(lines).replace("Entry 1500 of the", "Entry 1500 in the")
    _set(desk, "c2", note)
    gone, new = _diff(long_desk.split("\n"), desk.read_text(encoding="utf-8").split("\n"))
    assert gone == ["      Entry 1500 of the harbour log, checked against the wire."]
    assert new == ["      Entry 1500 in the harbour log, checked against the wire."]
    assert _note(desk, "c2") == note
