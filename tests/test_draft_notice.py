"""An unreviewed draft says so wherever it goes: the overview, the review, every export.

One count (:func:`tui.drafts.draft_count`) for all of them, compared here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tui.cli import main
from tui.drafts import draft_count
from tui.edit.operations import draft_items
from tui.loader import load_briefing
from tui.ui.app import BriefingApp
from tui.ui.screens.briefing import BriefingScreen

from conftest import BRIEFINGS
from pages import until_read

ARTICLE = """Harbour strike ends

The dockers' union said on Monday that the strike at the port was over. Its leader, Anna
Berg, told Reuters the deal was fair.

The port operator said ships would be handled again from Tuesday, according to a statement.
"""


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    article = tmp_path / "strike.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "strike.yaml"
    assert main(["new", str(article), "--output", str(output)]) == 0
    return output


def _number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, f"{pattern!r} not in {text[:300]!r}"
    return int(found.group(1))


async def test_app_review_and_exports_give_the_same_count_of_draft_items(
    drafted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    briefing = load_briefing(drafted)
    expected = draft_count(briefing)
    assert expected > 0
    assert expected == len(draft_items(yaml.safe_load(drafted.read_text(encoding="utf-8"))))

    for name in ("out.md", "out.html"):
        assert main(["export", str(drafted), "--output", str(tmp_path / name)]) == 0
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert _number(r"Unreviewed draft:(?:</strong>|\*\*)? (\d+) items", text) == expected
    err = capsys.readouterr().err
    assert f"unreviewed draft ({expected} items still marked Draft:)" in err
    assert main(["summary", str(drafted)]) == 0
    assert _number(r"Unreviewed draft: (\d+) items", capsys.readouterr().out) == expected

    async with BriefingApp(drafted).run_test(size=(120, 40)) as pilot:
        await until_read(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, BriefingScreen)
        overview = str(screen.query_one("#overview-detail").body)  # type: ignore[attr-defined]
        assert _number(r"Draft: (\d+) items still to review", overview) == expected


def test_a_reviewed_briefing_carries_no_draft_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = BRIEFINGS / "anti-nato-2024-07.yaml"
    assert draft_count(load_briefing(seed)) == 0
    assert main(["export", str(seed), "--output", str(tmp_path / "seed.md")]) == 0
    assert "Unreviewed draft" not in (tmp_path / "seed.md").read_text(encoding="utf-8")
    assert "unreviewed draft" not in capsys.readouterr().err
