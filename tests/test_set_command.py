"""``briefing set``: typed values, JSON, exit codes, and nothing written when refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from edit_corpus import SEED, STYLES

from tui.loader import load_briefing

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "tui", "set", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        input=stdin,
        timeout=120,
    )


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    path = tmp_path / "seed.yaml"
    path.write_bytes(SEED.read_bytes())
    return path


def test_set_fields_with_typed_values(seed: Path) -> None:
    before = seed.read_text(encoding="utf-8").splitlines()
    result = run(
        str(seed),
        "c03",
        "status=supported",
        "note=Confirmed by the treaty text",
        "credibility=2",
        "actors=russia, ukraine",
    )
    assert result.returncode == 0, result.stderr
    assert "claim c03: status, note, credibility, actors changed" in result.stdout
    claim = load_briefing(seed).claims[2]
    assert (claim.status, claim.note, claim.credibility) == (
        "supported",
        "Confirmed by the treaty text",
        2,
    )
    assert claim.actors == ["russia", "ukraine"]
    after = seed.read_text(encoding="utf-8").splitlines()
    assert len(set(after) - set(before)) <= 5  # only the four fields' lines


def test_json_from_stdin_for_values_hard_to_quote(seed: Path) -> None:
    value = 'yes: it\'s "#1"\n\ttabbed \u2013 😀'
    result = run(
        str(seed),
        "c03",
        "--json",
        "-",
        stdin='{"note": "yes: it\'s \\"#1\\"\\n\\ttabbed \u2013 😀", "likelihood": "likely"}',
    )
    assert result.returncode == 0, result.stderr
    claim = load_briefing(seed).claims[2]
    assert claim.note == value and claim.likelihood == "likely"


def test_sections_without_ids_and_the_briefing_itself(seed: Path) -> None:
    assert run(str(seed), "timeline.0", "note=Added: the year only").returncode == 0
    assert run(str(seed), "briefing", "summary=Short: and sweet").returncode == 0
    briefing = load_briefing(seed)
    assert briefing.timeline[0].note == "Added: the year only"
    assert briefing.summary == "Short: and sweet"


def test_an_empty_value_removes_the_field(seed: Path) -> None:
    assert load_briefing(seed).claims[2].note is not None
    assert run(str(seed), "c03", "note=").returncode == 0
    assert load_briefing(seed).claims[2].note is None


def test_refusals_exit_1_and_write_nothing(seed: Path) -> None:
    before = seed.read_bytes()
    dangling = run(str(seed), "c03", "actors=russia,nobody")
    assert dangling.returncode == 1
    assert "unknown actor 'nobody'" in dangling.stderr
    assert f"{seed}:" in dangling.stderr  # file:line:col from the loader
    missing = run(str(seed), "c99", "note=x")
    assert missing.returncode == 1 and "did you mean" in missing.stderr
    assert seed.read_bytes() == before
    assert "Traceback" not in dangling.stderr + missing.stderr


def test_usage_errors_exit_2(seed: Path) -> None:
    before = seed.read_bytes()
    for args, words in [
        (("c03", "status=verified"), "did you mean 'supported'"),
        (("c03", "stauts=supported"), "did you mean 'status'"),
        (("c03", "credibility=two"), "not a whole number"),
        (("c03", "justtext"), "not FIELD=VALUE"),
        (("c03",), "at least one"),
        (("c03", "--json", "[1]"), "JSON object"),
    ]:
        result = run(str(seed), *args)
        assert result.returncode == 2, (args, result.stderr)
        assert words in result.stderr, (args, result.stderr)
    assert seed.read_bytes() == before


def test_a_broken_file_is_reported_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text(STYLES.replace("kind: opinion", "kind: opinon"), encoding="utf-8")
    result = run(str(path), "c1", "note=x")
    assert result.returncode == 1
    assert "did you mean 'opinion'" in result.stderr
    assert "kind: opinon" in path.read_text(encoding="utf-8")


def test_hostile_names_and_values_print_only_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "evil\x1b[2J\x07.yaml"
    path.write_text(STYLES, encoding="utf-8")
    payload = "\x1b]52;c;ZXZpbA==\x07\x1b[31mred\u202e"
    saved = run(str(path), "c1", f"note={payload}")
    assert saved.returncode == 0, saved.stderr
    assert load_briefing(path).claims[0].note == payload  # stored as data, escaped
    refused = run(str(path), f"c1\x1b[31m{payload}", "note=x")
    assert refused.returncode == 1
    bad = run(str(path), "c1", f"status={payload}")
    assert bad.returncode == 2
    for result in (saved, refused, bad):
        out = result.stdout + result.stderr
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, out
