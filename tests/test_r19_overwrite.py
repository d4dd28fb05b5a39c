"""A briefing is never written over, however its YAML is spelled.

The guard used to look for lines starting ``id:`` and ``title:`` in the first 64 KiB, so a
briefing saved with a byte-order mark, in flow (JSON) style, with quoted keys, indented, or
with a long summary before its id was replaced by ``export --force``, ``new --force`` and
``schema --output --force``. Each test here writes real files and runs the real command.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"

ARTICLE = "Harbour row\n\nThe council approved the plan on Tuesday, officials said.\n"

# Every one of these loads as a briefing (the first test checks that): the loader reads
# YAML, so the guard must too.
BRIEFINGS: dict[str, bytes] = {
    "bom-crlf": b"\xef\xbb\xbfid: bom\r\ntitle: Saved by a Windows editor\r\nsources: []\r\n",
    "json-style": b'{"id": "flow", "title": "Flow style briefing", "sources": []}\n',
    "flow-on-doc-line": b"--- {id: docflow, title: On the document line, sources: []}\n",
    "quoted-keys": b"'id': quoted\n\"title\": Quoted keys\nsources: []\n",
    "indented": b"  id: indented\n  title: The whole mapping indented\n  sources: []\n",
    "explicit-keys": b"? id\n: explicit\n? title\n: Explicit keys\nsources: []\n",
    "directive-tag-anchor": (
        b"%YAML 1.2\n--- !!map\n&top\nid: tagged\ntitle: !!str Tagged\nsources: []\n"
    ),
    "long-summary-first": (
        b'summary: "' + b"word " * 20_000 + b'"\nid: long\ntitle: Summary first\nsources: []\n'
    ),
}


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with the seed briefing and a short article; config and cache kept
    inside it."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.yaml")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def _writers(target: Path) -> dict[str, list[str]]:
    """Every command that writes a file, each told to replace ``target`` with --force."""
    return {
        "export markdown": ["export", "seed.yaml", "-f", "markdown", "-o", str(target), "--force"],
        "export json": ["export", "seed.yaml", "-f", "json", "-o", str(target), "--force"],
        "new": ["new", "a.txt", "-o", str(target), "--force"],
        "schema": ["schema", "--output", str(target), "--force"],
    }


@pytest.mark.parametrize("shape", BRIEFINGS)
def test_a_briefing_in_any_yaml_spelling_is_never_replaced(
    desk: Path, shape: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = desk / "keep.yaml"
    target.write_bytes(BRIEFINGS[shape])
    assert main(["validate", str(target)]) == 0, "the case must be a briefing the loader reads"
    capsys.readouterr()
    for command, argv in _writers(target).items():
        assert main(argv) == 2, command
        err = capsys.readouterr().err
        assert "keep.yaml is a briefing file; refusing to write over it" in err, command
        assert target.read_bytes() == BRIEFINGS[shape], command


def test_a_mixed_style_briefing_is_kept(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # comments, tabs, a quoted id and a single-quoted 'title' key, flow and block lists
    text = (
        "# a comment first\tthen a tab\n"
        'id: "mixed"   # quoted id\n'
        "'title': 'Спор о порте — 港口 — מחלוקת'\n"  # noqa: RUF001 - a Russian title
        "tags: [ a,  \"b\" , 'c' ]\n"
        "actors:\n"
        '  - {id: anna, name: "Анна Петрова", kind: person}\n'
        "sources: []\n"
    )
    target = desk / "mixed.yaml"
    target.write_text(text, encoding="utf-8")
    assert main(["validate", str(target)]) == 0
    assert main(["new", "a.txt", "-o", str(target), "--force"]) == 2
    assert "mixed.yaml is a briefing file" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == text


def test_a_briefing_with_a_typo_is_still_the_users_briefing(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # half-edited: the YAML breaks after the keys (then before the title); neither loads
    broken = {
        "late.yaml": "id: late\ntitle: Typo below\nsummary: [unclosed\nsources: []\n",
        "early.yaml": 'id: early\nsummary: "never closed\ntitle: Typo above\nsources: []\n',
        "bom-flow.yaml": '\ufeff{"id": "bf", "title": "BOM and flow", "sources": [}\n',
    }
    for name, text in broken.items():
        target = desk / name
        target.write_text(text, encoding="utf-8")
        assert main(["validate", str(target)]) == 1
        assert main(["export", "seed.yaml", "-f", "json", "-o", name, "--force"]) == 2, name
        assert target.read_text(encoding="utf-8") == text, name
    assert "bom-flow.yaml is a briefing file" in capsys.readouterr().err


def test_a_utf16_briefing_is_kept_for_its_author_to_convert(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the loader refuses UTF-16 with advice to convert it; what it holds is still the
    # user's briefing, so no export may take its place meanwhile
    raw = "id: wide\ntitle: Saved as UTF-16\nsources: []\n".encode("utf-16")
    target = desk / "wide.yaml"
    target.write_bytes(raw)
    assert main(["export", "seed.yaml", "-o", "wide.yaml", "-f", "markdown", "--force"]) == 2
    assert "wide.yaml is a briefing file" in capsys.readouterr().err
    assert target.read_bytes() == raw


def test_derived_files_are_still_refreshed_with_force(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a JSON export loads back as a briefing, yet the README says --force refreshes it;
    # every other export, the schema and YAML that is no briefing are replaced as well
    outputs = {
        "out.json": ["-f", "json"],
        "out.md": ["-f", "markdown"],
        "out.html": ["-f", "html"],
        "out.stix.json": ["-f", "stix"],
    }
    for name, fmt in outputs.items():
        assert main(["export", "seed.yaml", *fmt, "-o", name]) == 0, name
        Path(name).write_text(Path(name).read_text(encoding="utf-8") + "\n", encoding="utf-8")
        assert main(["export", "seed.yaml", *fmt, "-o", name, "--force"]) == 0, name
        assert not Path(name).read_text(encoding="utf-8").endswith("\n\n"), name
    assert main(["schema", "--output", "briefing.schema.json"]) == 0
    assert main(["schema", "--output", "briefing.schema.json", "--force"]) == 0
    assert "$defs" in json.loads(Path("briefing.schema.json").read_text(encoding="utf-8"))
    not_briefings = {
        "config.yaml": "name: a tool's settings\nitems: [1, 2]\n",
        "nested.yaml": "article:\n  id: a\n  title: nested, not the briefing's own\n",
        "list.yaml": "- id: a\n  title: a list, not a mapping\n",
        "deep.yaml": "[" * 100_000 + "\n",
        "bomb.yaml": "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}] \n" for i in range(20)),
    }
    for name, text in not_briefings.items():
        Path(name).write_text(text, encoding="utf-8")
        assert main(["export", "seed.yaml", "-f", "json", "-o", name, "--force"]) == 0, name
        assert Path(name).read_text(encoding="utf-8").startswith("{"), name
    assert "is a briefing file" not in capsys.readouterr().err


def test_schema_output_refuses_a_briefing_before_writing(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (desk / "seed.yaml").read_bytes()
    assert main(["schema", "--output", "seed.yaml", "--force"]) == 2
    err = capsys.readouterr().err
    # said once, in the same words as export and new, not wrapped in "cannot write"
    assert err.startswith("briefing: seed.yaml is a briefing file; refusing to write over it")
    assert "cannot write" not in err
    assert (desk / "seed.yaml").read_bytes() == before
