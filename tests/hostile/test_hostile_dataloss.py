"""Nothing the user wrote is lost: exports never replace a briefing, modes and links are
kept, and a killed write leaves no litter behind for long."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.atomic import (
    TEMP_MARK,
    FileExistsRefusal,
    ProtectedFileRefusal,
    prune_stale_temps,
    write_atomic,
)
from tui.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"


@pytest.fixture
def seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    copy = tmp_path / "b.yaml"
    shutil.copyfile(SEED, copy)
    return copy


def _export(*args: str | Path) -> int:
    return main(["export", *map(str, args)])


def test_export_never_replaces_its_own_briefing(seed: Path, capsys) -> None:
    before = seed.read_bytes()
    for fmt in ("markdown", "html", "json", "claimreview"):
        assert _export(seed, "-f", fmt, "-o", seed, "--force") == 2
        assert "is the file being read" in capsys.readouterr().err
    assert seed.read_bytes() == before


def test_export_never_replaces_the_briefing_under_another_name(seed: Path, capsys) -> None:
    before = seed.read_bytes()
    link = seed.with_name("link.md")
    link.symlink_to(seed.name)
    hard = seed.with_name("hard.md")
    os.link(seed, hard)
    for target in (link, hard):
        assert _export(seed, "-o", target, "--force") == 2
        assert "is the file being read" in capsys.readouterr().err
    assert seed.read_bytes() == before and link.is_symlink()


def test_export_never_replaces_another_briefing(seed: Path, capsys) -> None:
    other = seed.with_name("other.yaml")
    shutil.copyfile(seed, other)
    renamed = seed.with_name("renamed.json")  # a briefing whatever its name
    shutil.copyfile(seed, renamed)
    before = other.read_bytes()
    assert _export(seed, "-f", "json", "-o", other, "--force") == 2
    assert "is a briefing file" in capsys.readouterr().err
    assert _export(seed, "-f", "json", "-o", renamed, "--force") == 2
    assert "is a briefing file" in capsys.readouterr().err
    assert other.read_bytes() == before and renamed.read_bytes() == before


def test_export_takes_the_format_from_the_file_name(seed: Path, capsys) -> None:
    assert _export(seed, "-o", "report.html") == 0
    assert Path("report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert _export(seed, "-o", "report.json") == 0
    assert Path("report.json").read_text(encoding="utf-8").startswith("{")
    assert _export(seed, "-o", "report.txt") == 2
    assert "cannot tell the format" in capsys.readouterr().err
    assert _export(seed, "-f", "markdown", "-o", "other.html") == 2
    assert "ends like html" in capsys.readouterr().err
    assert not Path("report.txt").exists() and not Path("other.html").exists()


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_new_files_follow_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        written = write_atomic(tmp_path / "out.md", "text", protect=())
    finally:
        os.umask(old)
    assert stat.S_IMODE(written.stat().st_mode) == mode


def test_a_replaced_file_keeps_its_mode(seed: Path) -> None:
    target = seed.with_name("out.md")
    target.write_text("old", encoding="utf-8")
    target.chmod(0o664)
    assert _export(seed, "-o", target, "--force") == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert target.read_text(encoding="utf-8").startswith("# ")


def test_a_symlinked_target_is_written_through(seed: Path) -> None:
    real = seed.parent / "shared" / "report.md"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = seed.with_name("report.md")
    link.symlink_to(real)
    assert _export(seed, "-o", link, "--force") == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert not [p for p in real.parent.iterdir() if TEMP_MARK in p.name]


def test_an_existing_file_is_not_replaced_unasked(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsRefusal):
        write_atomic(target, "theirs", protect=())
    assert target.read_text(encoding="utf-8") == "mine"
    briefing = tmp_path / "b.yaml"
    briefing.write_text("id: x\ntitle: t\n", encoding="utf-8")
    with pytest.raises(ProtectedFileRefusal):
        write_atomic(briefing, "x", replace=True, protect=())
    assert briefing.read_text(encoding="utf-8") == "id: x\ntitle: t\n"
    # A YAML file that is not a briefing (an old draft's placeholder, say) may be replaced.
    other = tmp_path / "notes.yaml"
    other.write_text("keep: this\n", encoding="utf-8")
    write_atomic(other, "x: 1\n", replace=True, protect=())
    assert other.read_text(encoding="utf-8") == "x: 1\n"


_WRITER = """
import sys, time
from pathlib import Path
from tui.atomic import create_temp
handle, name = create_temp(Path(sys.argv[1]), "out.md")
print(name, flush=True)
time.sleep(60)
"""


def _start_writer(folder: Path) -> tuple[subprocess.Popen[str], Path]:
    """A process that has created (and locked) its temporary file and is still writing."""
    process = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line, "the writer process did not start"
    return process, Path(line)


def _age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_a_killed_write_leaves_no_temp_file_after_the_next_write(tmp_path: Path) -> None:
    killed, orphan = _start_writer(tmp_path)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    live, in_progress = _start_writer(tmp_path)
    try:
        _age(orphan, 60)
        _age(in_progress, 60)
        assert orphan.exists() and in_progress.exists()
        write_atomic(tmp_path / "other.md", "text", protect=())
        assert not orphan.exists(), "the killed write's temp file was left"
        assert in_progress.exists(), "a write still in progress lost its temp file"
    finally:
        live.kill()
        live.wait()
    assert prune_stale_temps(tmp_path) == 1  # its writer is gone now
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.md"]


def test_kill_loop_of_large_exports_leaves_at_most_one_temp_file(seed: Path) -> None:
    """Exports killed mid-write, again and again: litter never builds up."""
    out = seed.with_name("out.md")
    for _ in range(6):
        process = subprocess.Popen(
            [sys.executable, "-m", "tui", "export", str(seed), "-o", str(out), "--force"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        time.sleep(0.6)
        process.kill()
        process.wait()
        for temp in seed.parent.glob(f"*{TEMP_MARK}*"):
            _age(temp, 60)
    write_atomic(seed.with_name("later.md"), "x", protect=())
    assert not list(seed.parent.glob(f"*{TEMP_MARK}*"))


async def test_the_export_dialog_never_replaces_the_open_briefing(seed: Path) -> None:
    from textual.widgets import Checkbox, Input, Select

    from tui.ui.app import BriefingApp
    from tui.ui.screens.export import ExportScreen

    before = seed.read_bytes()
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("e")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        dialog.query_one("#export-format", Select).value = "json"
        await pilot.pause()
        for name in (str(seed), "b.json"):
            if name == "b.json":
                Path(name).symlink_to(seed.name)
            dialog.query_one("#export-path", Input).value = name
            dialog.query_one("#export-replace", Checkbox).value = True
            await pilot.press("ctrl+s")
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            assert pilot.app.screen is dialog
            assert "is the file being read" in str(dialog.query_one("#export-message").render())
    assert seed.read_bytes() == before
