"""Round 19, library search: when a word is in more records than are ranked, the briefing
titled with it (or the actor of that name) still comes first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.index.query import RANKED_AT_MOST

CLAIMS_A_FILE = 25
FILES = RANKED_AT_MOST // CLAIMS_A_FILE + 4
"""Enough files that their claims alone hold more matches than are ranked."""


def ordinary(number: int) -> str:
    """A briefing whose every claim mentions quokkas, none in its title."""
    claims = "".join(
        f"  - {{id: c{n}, kind: reported, statement: Claim {n} mentions a quokka}}\n"
        for n in range(CLAIMS_A_FILE)
    )
    return f"id: b{number:03}\ntitle: Ordinary report {number}\nclaims:\n{claims}sources: []\n"


SPECIAL = (
    "id: special\n"
    "title: Quokka special report\n"
    "actors:\n"
    "  - {id: qk, name: Quokka Society}\n"
    "claims:\n"
    "  - {id: c1, kind: reported, statement: Nothing about the animal here}\n"
    "sources: []\n"
)


@pytest.fixture
def library(tmp_path: Path, own_folders: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The special briefing indexed first (so it is the oldest in the index), then the
    many ordinary ones."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "special.yaml").write_text(SPECIAL, encoding="utf-8")
    assert main(["index", str(folder)]) == 0
    for number in range(FILES):
        (folder / f"b{number:03}.yaml").write_text(ordinary(number), encoding="utf-8")
    assert main(["index", str(folder)]) == 0
    capsys.readouterr()
    return folder


def test_the_titled_briefing_and_the_named_actor_come_first_past_the_cap(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "quokka", str(library), "--limit", "3", "--json"]) == 0
    captured = capsys.readouterr()
    hits = [json.loads(line) for line in captured.out.splitlines()]
    assert {(hit["briefing"], hit["type"]) for hit in hits[:2]} == {
        ("special", "briefing"),
        ("special", "actor"),
    }
    assert hits[2]["type"] == "claim"
    scores = [hit["score"] for hit in hits]
    assert scores == sorted(scores, reverse=True)
    assert "titles and names first" in captured.err


def test_a_filter_keeps_the_titles_first_among_what_it_keeps(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With a filter the same holds: the filter narrows the titles as well."""
    assert main(["search", "quokka after:1900", str(library), "--limit", "1", "--json"]) == 1
    capsys.readouterr()  # no file has a date: nothing passes
    (library / "special.yaml").write_text(
        SPECIAL.replace("title:", "published: 2024-05-01\ntitle:"), encoding="utf-8"
    )
    for number in range(FILES):
        text = ordinary(number).replace("title:", "published: 2024-06-01\ntitle:")
        (library / f"b{number:03}.yaml").write_text(text, encoding="utf-8")
    assert main(["search", "quokka after:2024", str(library), "--limit", "2", "--json"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert hits[0]["briefing"] == "special" and hits[0]["type"] in {"briefing", "actor"}
