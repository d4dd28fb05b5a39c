"""``briefing fetch``: JSON Lines keys, the table, exit codes, and text kept as data."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tui.commands import fetch as command
from tui.fetch import JSON_KEYS

from http_fixtures import FixtureServer, serve

Write = Callable[[str, str], Path]


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    yield from serve()


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="briefing fetch")
    command.configure(parser)
    return parser.parse_args(argv)


def _briefing(write: Write, server: FixtureServer, *paths: str) -> Path:
    lines = ["id: fetch-test", "title: Fetch test", "article: s0", "sources:"]
    lines += [f'  - {{id: s{n}, url: "{server.url(path)}"}}' for n, path in enumerate(paths)]
    lines += ["  - {id: by-name, outlet: Known only by name}"]
    lines += [
        "claims:",
        "  - {id: c1, statement: Observers suspect more., kind: speculation,",
        "     excerpt: 'Beobachter vermuten, dass es um mehr ging', sources: [s0]}",
    ]
    return write("\n".join(lines) + "\n", "fetch.yaml")


def _json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_json_lines_have_exactly_the_documented_keys(
    write: Write, server: FixtureServer, capsys: pytest.CaptureFixture[str]
):
    path = _briefing(write, server, "/page/morgenkurier-hanoi", "/status/404")
    status = command.run(_parse([str(path), "--json", "--timeout", "5"]))
    out, err = capsys.readouterr()
    assert status == 1  # the 404
    records = _json_lines(out)
    assert [list(record) for record in records] == [list(JSON_KEYS)] * 3
    good, missing, skipped = records
    assert good["ok"] is True and good["status"] == 200 and good["from_cache"] is False
    assert good["title"] == "Gipfel in Hanoi: Was der Staatsbesuch wirklich bedeutet"
    assert good["site_name"] == "Morgenkurier" and good["language"] == "de"
    assert good["quote_checks"] == [
        {"kind": "claim", "id": "c1", "result": "found", "score": 100.0, "passage": None}
    ]
    assert missing["ok"] is False and missing["status"] == 404
    assert missing["error"] == "HTTP 404 Not Found"
    assert skipped["id"] == "by-name" and skipped["ok"] is None and skipped["url"] is None
    assert "1 fetched (0 from the cache), 1 failed, 1 skipped" in err


def test_skipped_sources_do_not_fail_the_run_and_the_cache_serves_offline(
    write: Write, server: FixtureServer, capsys: pytest.CaptureFixture[str]
):
    path = _briefing(write, server, "/page/morgenkurier-hanoi")
    assert command.run(_parse([str(path), "--json"])) == 0
    capsys.readouterr()
    assert command.run(_parse([str(path), "--json", "--offline"])) == 0
    first = _json_lines(capsys.readouterr().out)[0]
    assert first["from_cache"] is True and first["ok"] is True
    assert server.hits["/page/morgenkurier-hanoi"] == 1
    assert command.run(_parse([str(path), "--json", "--refresh", "--concurrency", "2"])) == 0
    assert server.hits["/page/morgenkurier-hanoi"] == 2


def test_the_table_shows_page_text_as_data(
    write: Write, server: FixtureServer, capsys: pytest.CaptureFixture[str]
):
    path = _briefing(write, server, "/escapes", "/page/harbour-gazette-treaty")
    assert command.run(_parse([str(path)])) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "[bold red]Alarm[/]" in out  # shown literally, not read as markup
    assert "\u241b" in out  # ESC made visible
    assert "Treaty signed after a day of talks" in out
    assert "skipped" in out


def test_json_output_escapes_control_characters(
    write: Write, server: FixtureServer, capsys: pytest.CaptureFixture[str]
):
    path = _briefing(write, server, "/escapes")
    command.run(_parse([str(path), "--json"]))
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert _json_lines(out)[0]["title"].startswith("[bold red]Alarm[/] \x1b]0;owned")


@pytest.mark.parametrize(
    "argv",
    [
        ["b.yaml", "--offline", "--refresh"],
        ["b.yaml", "--concurrency", "0"],
        ["b.yaml", "--concurrency", "many"],
        ["b.yaml", "--timeout", "-1"],
        [],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as caught:
        _parse(argv)
    assert caught.value.code == 2


def test_missing_file_is_a_usage_error_and_an_invalid_briefing_fails(
    write: Write, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert command.run(_parse([str(tmp_path / "nope.yaml")])) == 2
    assert command.run(_parse([str(tmp_path)])) == 2
    bad = write("id: Bad Id\ntitle: x\nsources: []\n", "bad.yaml")
    assert command.run(_parse([str(bad)])) == 1
    err = capsys.readouterr().err
    assert "nope.yaml: no such file" in err
    assert "bad.yaml:1:5" in err


def test_the_command_module_imports_only_the_standard_library():
    probe = (
        "import sys, tui.commands.fetch\n"
        "heavy = ('httpx', 'trafilatura', 'rapidfuzz', 'rich', 'pydantic', 'tui.fetch')\n"
        "print([m for m in sys.modules if m.split('.')[0] in heavy or m.startswith('tui.fetch')])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_reading_the_cache_does_not_import_the_http_stack():
    probe = (
        "import sys, tui.fetch\n"
        "from tui.fetch import open_cache, FetchResult, FetchSettings\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('httpx', 'trafilatura', 'rapidfuzz')])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
