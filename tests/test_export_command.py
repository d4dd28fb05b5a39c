"""``briefing export``: stdout by default, atomic ``--output``, clear errors, nothing lost.

Run as a real process. Until ``export`` is in ``tui.commands.COMMANDS`` the process adds
it before calling ``tui.cli.main`` (a no-op once it is registered), so these tests go
through the real argument parser either way.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.atomic import write_atomic
from tui.commands import export as export_command
from tui.export import export_briefing
from tui.loader import load_briefing

from conftest import BRIEFINGS, MINIMAL, ROOT

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
GOLDEN = ROOT / "tests" / "golden"
RUNNER = (
    "import sys\n"
    "from tui.commands import COMMANDS\n"
    "COMMANDS.setdefault('export', 'tui.commands.export')\n"
    "from tui.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@pytest.fixture(autouse=True)
def empty_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The golden files hold no fetched data: point the fetch cache at an empty folder
    (beside the test's own tmp_path, whose contents the tests check)."""
    folder = tmp_path_factory.mktemp("empty-cache")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


def briefing(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-c", RUNNER, *map(str, args)],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def namespace(path: Path, fmt: str = "markdown", output: Path | None = None, force: bool = False):
    return argparse.Namespace(path=path, format=fmt, output=output, force=force, fetched=True)


def test_markdown_to_stdout_by_default():
    result = briefing("export", SEED)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (GOLDEN / "anti-nato-2024-07.md").read_bytes()
    assert result.stderr == b""


@pytest.mark.parametrize(
    ("fmt", "suffix"),
    [("html", ".html"), ("json", ".json"), ("claimreview", ".claimreview.json")],
)
def test_each_format_to_stdout(fmt: str, suffix: str):
    review = ["--publisher", "Example Review Desk", "--review-url"]
    review += ["https://reviews.example/anti-nato", "--date", "2024-08-01"]
    result = briefing("export", "--format", fmt, SEED, *(review if fmt == "claimreview" else []))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (GOLDEN / f"anti-nato-2024-07{suffix}").read_bytes()


def test_output_writes_the_file_and_says_where(tmp_path: Path):
    target = tmp_path / "seed.html"
    result = briefing("export", SEED, "--format", "html", "--output", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    assert f"wrote {target}".encode() in result.stderr
    assert target.read_bytes() == (GOLDEN / "anti-nato-2024-07.html").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seed.html"]


def test_an_existing_file_is_kept_without_force(tmp_path: Path):
    target = tmp_path / "summary.md"
    target.write_text("my own notes\n", encoding="utf-8")
    result = briefing("export", SEED, "--output", target)
    assert result.returncode == 2
    assert b"exists; add --force to replace it" in result.stderr
    assert target.read_text(encoding="utf-8") == "my own notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.md"]


def test_force_replaces_an_existing_file(tmp_path: Path):
    target = tmp_path / "summary.md"
    target.write_text("old\n", encoding="utf-8")
    result = briefing("export", SEED, "--output", target, "--force")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == (GOLDEN / "anti-nato-2024-07.md").read_bytes()


def test_no_fetched_is_offered_and_an_empty_cache_changes_nothing(empty_cache: Path):
    help_text = briefing("export", "--help").stdout.decode("utf-8")
    assert "--no-fetched" in help_text and "fetch cache" in help_text
    result = briefing("export", SEED, "--no-fetched")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (GOLDEN / "anti-nato-2024-07.md").read_bytes()
    assert list(empty_cache.iterdir()) == []  # reading an absent cache creates nothing


def test_a_bad_format_is_a_usage_error():
    result = briefing("export", SEED, "--format", "pdf")
    assert result.returncode == 2
    assert b"invalid choice: 'pdf'" in result.stderr
    assert result.stdout == b""


def test_a_bad_format_given_to_run_is_a_usage_error(capsys: pytest.CaptureFixture[str]):
    assert export_command.run(namespace(SEED, fmt="pdf")) == 2
    assert "unknown format 'pdf'" in capsys.readouterr().err


def test_a_missing_folder_is_a_usage_error(tmp_path: Path):
    target = tmp_path / "no" / "such" / "folder" / "out.md"
    result = briefing("export", SEED, "--output", target)
    assert result.returncode == 2
    assert b"does not exist" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_file_in_place_of_the_folder_is_a_usage_error(tmp_path: Path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    result = briefing("export", SEED, "--output", blocker / "out.md")
    assert result.returncode == 2
    assert b"is not a folder" in result.stderr
    assert blocker.read_text(encoding="utf-8") == "x"


def test_a_folder_as_output_is_a_usage_error(tmp_path: Path):
    result = briefing("export", SEED, "--output", tmp_path)
    assert result.returncode == 2
    assert b"is a folder" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any folder")
def test_an_unwritable_folder_is_a_usage_error(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = briefing("export", SEED, "--output", folder / "out.md")
    finally:
        folder.chmod(0o700)
    assert result.returncode == 2
    assert b"not writable" in result.stderr
    assert list(folder.iterdir()) == []


def test_a_missing_briefing_is_a_usage_error(tmp_path: Path):
    result = briefing("export", tmp_path / "nope.yaml")
    assert result.returncode == 2
    assert b"no such file" in result.stderr


def test_an_invalid_briefing_prints_its_problems_and_writes_nothing(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL + "claims:\n  - {id: c1, statement: s, kind: speculaton}\n", "utf-8")
    target = tmp_path / "out.md"
    result = briefing("export", bad, "--output", target)
    assert result.returncode == 1
    assert f"{bad}:5:".encode() in result.stderr
    assert b"did you mean 'speculation'?" in result.stderr
    assert not target.exists()


def test_an_unexportable_briefing_is_reported(tmp_path: Path):
    path = tmp_path / "inf.yaml"
    path.write_text(
        MINIMAL + "claims:\n  - {id: c1, statement: s, kind: reported,"
        " figures: [{value: .inf, unit: km}]}\n",
        encoding="utf-8",
    )
    result = briefing("export", path, "--format", "json")
    assert result.returncode != 0
    # refused where it stands, before any export is made
    assert f"{path}:5:".encode() in result.stderr and b"finite number" in result.stderr
    assert result.stdout == b""


# --- interrupted writes ---------------------------------------------------------------------


def _replace_fails(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    target = tmp_path / "out.json"
    target.write_text('{"old": true}\n', encoding="utf-8")
    monkeypatch.setattr(os, "replace", _replace_fails)
    status = export_command.run(namespace(SEED, "json", target, force=True))
    assert status == 2
    assert "cannot write" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == '{"old": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "out.md"
    target.write_text("old\n", encoding="utf-8")
    text = export_briefing(load_briefing(SEED), "markdown")

    def fsync_fails(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fsync_fails)
    with pytest.raises(OSError, match="Input/output error"):
        write_atomic(target, text, replace=True)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_unencodable_data_leaves_the_old_file(tmp_path: Path):
    target = tmp_path / "out.md"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "half\ud800", replace=True)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_the_command_module_imports_nothing_heavy():
    probe = (
        "import sys, tui.commands.export as e, argparse\n"
        "e.configure(argparse.ArgumentParser())\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in"
        " ('cmarkgfm', 'markdown_it', 'pydantic', 'yaml', 'httpx', 'textual')"
        " or m.startswith('tui.export')]\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
