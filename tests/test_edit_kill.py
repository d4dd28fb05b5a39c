"""A process killed with SIGKILL in the middle of saving never leaves a half-written or
missing briefing, and the temporary files it leaves are cleared by the next save."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from edit_corpus import SEED

from tui.atomic import TEMP_MARK
from tui.edit.operations import SetFields
from tui.edit.session import EditSession
from tui.loader import load_briefing

ROOT = Path(__file__).resolve().parent.parent

SAVER = """\
import sys
from tui.edit.operations import SetFields
from tui.edit.session import EditSession

session = EditSession.open(sys.argv[1])
print("ready", flush=True)
n = int(sys.argv[2])
while True:
    n += 1
    # a long value makes each write take a while, so kills land inside writes too
    session.apply(SetFields("c01", {"note": f"save {n}: " + "words and more " * (n % 400)}))
"""

KILLS = 15


def test_sigkill_during_saves_never_loses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    path.write_bytes(SEED.read_bytes())
    rng = random.Random(20240719)
    seen: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path), str(kill * 1000)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.4))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        briefing = load_briefing(path)  # complete and valid, whenever the kill came
        note = briefing.claims[0].note or ""
        assert note.startswith("save ") or note == load_briefing(SEED).claims[0].note
        seen.add(note.split(":", 1)[0])
    assert len(seen) >= 3, "the saver should have saved between kills"

    # Orphaned temporary files (a writer killed between creating and renaming its file)
    # are removed by the next save once they are older than the grace period.
    orphans = [p for p in tmp_path.iterdir() if TEMP_MARK in p.name]
    print(f"{len(seen)} distinct saves seen, {len(orphans)} orphaned temporary files")
    for leftover in orphans:
        if TEMP_MARK in leftover.name:
            os.utime(leftover, (time.time() - 60, time.time() - 60))
    EditSession.open(path).apply(SetFields("c01", {"note": "after the kills"}))
    assert [p.name for p in tmp_path.iterdir()] == ["seed.yaml"]
    assert load_briefing(path).claims[0].note == "after the kills"
