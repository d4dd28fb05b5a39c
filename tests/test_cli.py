"""The ``briefing`` command, run as a real process the way a user runs it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import BRIEFINGS, MINIMAL, ROOT

PROBLEM_LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+)(:(?P<col>\d+))?: \S")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd or ROOT,
        timeout=120,
    )


def test_validate_the_shipped_briefings():
    result = run("validate", str(BRIEFINGS))
    assert result.returncode == 0, result.stderr
    assert "ok (" in result.stdout and "1 of 1 briefing file valid" in result.stdout
    assert result.stderr == ""


def test_validate_reports_every_problem_in_every_file(tmp_path: Path):
    (tmp_path / "good.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "bad1.yaml").write_text(
        "id: x\ntitle: t\ntitle: u\nsources: []\n", encoding="utf-8"
    )
    (tmp_path / "bad2.yml").write_text("id: X\ntitle: t\nsumary: s\nsources: 3\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a briefing", encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    problem_lines = [line for line in result.stderr.splitlines() if PROBLEM_LINE.match(line)]
    assert [Path(PROBLEM_LINE.match(line)["path"]).name for line in problem_lines] == [
        "bad1.yaml",
        "bad2.yml",
        "bad2.yml",
        "bad2.yml",
    ]
    assert problem_lines[0].endswith(
        "bad1.yaml:3:1: duplicate key 'title' (first defined at line 2, column 1);"
        " the second value would silently replace the first"
    )
    assert ":3:1: sumary: unknown key 'sumary' (did you mean 'summary'?)" in problem_lines[2]
    assert "1 of 3 briefing files valid" in result.stderr
    assert "good.yaml: ok" in result.stdout


def test_validate_never_prints_a_traceback_for_hostile_files(tmp_path: Path):
    hostile = {
        "bomb.yaml": "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
        + "".join(
            f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        ),
        "deep.yaml": "a: " + "[" * 50_000,
        "python.yaml": "a: !!python/object/apply:os.system ['echo pwned']\n",
        "binary.yaml": b"\x00\xff\xfe\x89PNG".decode("latin-1"),
    }
    for name, content in hostile.items():
        (tmp_path / name).write_text(content, encoding="latin-1")
    result = run("validate", str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "pwned" not in result.stdout
    assert len([line for line in result.stderr.splitlines() if PROBLEM_LINE.match(line)]) == 4


def test_usage_errors_exit_2(tmp_path: Path):
    assert run("validate").returncode == 2
    missing = run("validate", str(tmp_path / "absent.yaml"))
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
    assert run("validate", str(tmp_path)).returncode == 2  # an empty folder: nothing to check
    assert run("--no-such-option").returncode == 2


def test_no_arguments_prints_the_bundled_briefing():
    result = run()
    assert result.returncode == 0, result.stderr
    assert "anti-nato-2024-07" in result.stdout
    assert "Actors" in result.stdout and "Claims" in result.stdout
    assert re.search(r"\d+ actors, \d+ claims \(\d+ hedged\), \d+ quotes", result.stdout)


def test_summary_shows_hostile_text_inert(tmp_path: Path):
    path = tmp_path / "hostile.yaml"
    path.write_text(
        'id: hostile\ntitle: "[bold red]x[/] \\e]0;owned\\a \\e[2J"\nsources: []\n'
        'claims: [{id: c1, statement: "bell \\a", kind: reported}]\n',
        encoding="utf-8",
    )
    result = run("summary", str(path))
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "[bold red]x[/] ␛]0;owned␇ ␛[2J" in result.stdout


def test_help_lists_every_subcommand():
    result = run("--help")
    assert result.returncode == 0
    for command in ("validate", "summary", "schema"):
        assert command in result.stdout


def test_schema_command_prints_and_writes_without_clobbering(tmp_path: Path):
    printed = run("schema")
    assert json.loads(printed.stdout)["title"] == "Briefing"
    target = tmp_path / "schema.json"
    target.write_text("mine", encoding="utf-8")
    refused = run("schema", "--output", str(target))
    assert refused.returncode == 2 and target.read_text(encoding="utf-8") == "mine"
    assert run("schema", "--output", str(target), "--force").returncode == 0
    assert target.read_text(encoding="utf-8") == printed.stdout


def test_python_dash_m_and_the_console_script_agree():
    by_module = run("--version")
    script = Path(sys.executable).parent / "briefing"
    if not script.exists():  # an environment where the package is not installed
        script = Path(shutil.which("briefing") or "briefing")
    by_script = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60
    )
    assert by_module.stdout.startswith("briefing ") and by_script.stdout == by_module.stdout


def test_readme_example_output_is_what_validate_prints():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ briefing validate draft.yaml\n", 1)[1].split("```", 1)[0]
    result = run("validate", "draft.yaml", cwd=ROOT / "tests" / "data")
    assert result.returncode == 1
    assert result.stderr == block


def test_readme_set_up_commands_are_the_ones_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [block.split("```", 1)[0].strip() for block in readme.split("```sh\n")[1:3]]
    assert (
        commands[0] == "python3 -m venv .venv && . .venv/bin/activate && pip install . && briefing"
    )
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci


def test_config_shows_folders_and_a_keymap_that_loads(tmp_path: Path):
    import tomllib

    from tui.ui.keys import all_binding_ids, load_keymap

    plain = run("config")
    assert plain.returncode == 0 and "keymap.toml" in plain.stdout
    listing = run("config", "--keys")
    keymap = tmp_path / "keymap.toml"
    keymap.write_text(listing.stdout, encoding="utf-8")
    assert set(tomllib.loads(listing.stdout)["keymap"]) == all_binding_ids()
    result = load_keymap(all_binding_ids, keymap)
    assert result.problems == [] and result.keymap["briefing.back"] == "b,alt+left"


def test_summary_gives_each_claims_verdict():
    result = run("summary", str(BRIEFINGS / "anti-nato-2024-07.yaml"))
    assert result.returncode == 0
    claims = result.stdout.split("\nClaims\n", 1)[1]
    first = claims.split("\n  c02 ", 1)[0]
    assert "judged: supported; credibility 1: confirmed by other sources" in first
    assert "judged: likelihood unlikely; credibility 4: doubtful" in claims
