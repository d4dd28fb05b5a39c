"""A briefing is not an article, through the real command on
real files: ``briefing new seed.yaml`` drafted the seed's YAML keys as prose and wrote a
junk draft of 91 "claims" beside it, where the user meant to open it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"

PROSE = (
    "Harbour row in Portmere\n\n"
    "By Ann Lee, Coastal Herald\n\n"
    "The council approved the plan on Tuesday. Officials said: the cost doubled.\n\n"
    "Critics suspect the figure could rise again, according to the report.\n"
)
MARKDOWN = (
    "# Harbour row in Portmere\n\n"
    "The council approved the plan on Tuesday, officials said.\n\n"
    "- cost: about £410 million\n- approved: 2021\n\n"
    "Critics: the figure could rise again.\n"
)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder holding a copy of the bundled briefing; config and cache inside."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEED, tmp_path / "seed.yaml")
    return tmp_path


def _files(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir() if path.name not in ("config", "cache")}


# --- a briefing given to `briefing new` ------------------------------------------


def test_new_refuses_a_briefing_named_as_the_article(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _files(desk)
    assert main(["new", "seed.yaml", "-o", "x.yaml"]) == 1
    err = capsys.readouterr().err
    assert "seed.yaml is a briefing, not an article" in err
    assert "to open it: briefing seed.yaml" in err
    assert _files(desk) == before  # no x.yaml, and no draft under another name


def test_new_into_a_folder_writes_no_junk_draft_of_a_briefing(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "library").mkdir()
    assert main(["new", "seed.yaml", "-o", "library"]) == 1
    assert list((desk / "library").iterdir()) == []
    assert "is a briefing, not an article" in capsys.readouterr().err


def test_a_briefing_among_articles_is_named_and_the_articles_are_drafted(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "library").mkdir()
    (desk / "harbour.txt").write_text(PROSE, encoding="utf-8")
    assert main(["new", "--json", "-o", "library", "seed.yaml", "harbour.txt"]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0]["source"] == "seed.yaml"
    assert "is a briefing, not an article" in records[0]["error"]
    assert records[1]["title"] == "Harbour row in Portmere"
    assert [p.name for p in (desk / "library").iterdir()] == [Path(records[1]["path"]).name]


def test_a_briefing_with_a_yaml_mistake_is_still_no_article(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # half edited: the YAML breaks after the keys; a draft of it would be junk all the same
    (desk / "half.yaml").write_text(
        "id: half\ntitle: Half edited\nsummary: [unclosed\nsources: []\n", encoding="utf-8"
    )
    assert main(["new", "half.yaml", "-o", "out.yaml"]) == 1
    assert "half.yaml is a briefing, not an article" in capsys.readouterr().err
    assert not (desk / "out.yaml").exists()


def test_an_article_is_still_drafted(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "harbour.md").write_text(MARKDOWN, encoding="utf-8")
    assert main(["new", "harbour.md", "-o", "out.yaml"]) == 0
    assert "out.yaml: draft with" in capsys.readouterr().out
    assert main(["validate", "out.yaml"]) == 0
