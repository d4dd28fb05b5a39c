"""The library marks a briefing that still holds records drafted by ``briefing new`` and
not yet reviewed, and says what the mark means; once every item is accepted the mark
goes. Real files, the real index, the real app."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.edit.document import Document
from tui.edit.operations import AcceptDraft, draft_items
from tui.index import LibraryIndex
from tui.ui.app import BriefingApp
from tui.ui.screens.library import DRAFT_MARK_SHOWN

from conftest import BRIEFINGS, drafted
from pages import LibraryPage, settle

ARTICLE = """\
Swimming pool opens later

The new swimming pool will open in August instead of June, the town council said.
"""


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(BRIEFINGS / "anti-nato-2024-07.yaml", folder / "seed.yaml")
    drafted(ARTICLE, tmp_path / "pool.txt", folder / "pool.yaml")
    return folder


def test_the_index_counts_each_files_draft_items(library: Path, tmp_path: Path) -> None:
    index = LibraryIndex(library, folder=tmp_path / "index")
    index.update()
    drafts = {entry.path.name: entry.drafts for entry in index.entries()}
    document = Document.from_bytes((library / "pool.yaml").read_bytes(), "pool.yaml")
    assert drafts == {"seed.yaml": 0, "pool.yaml": len(draft_items(document.data))}
    assert drafts["pool.yaml"] > 0


async def test_the_library_marks_a_briefing_with_drafts_until_they_are_reviewed(library: Path):
    async with BriefingApp(library).run_test(size=(80, 24)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status())
        rows = page.rows()
        drafted = [row for row in rows if "pool.yaml" in row]
        assert drafted and drafted[0].startswith(DRAFT_MARK_SHOWN + "Swimming pool")
        assert not any(row.startswith(DRAFT_MARK_SHOWN) for row in rows if "seed.yaml" in row)
        assert f"{DRAFT_MARK_SHOWN}1 with drafts to review" in page.status()
        # every item accepted (as the review's a key does): the mark goes
        path = library / "pool.yaml"
        document = Document.from_bytes(path.read_bytes(), "pool.yaml")
        for item in draft_items(document.data):
            document = document.apply(AcceptDraft(item.address).plan(document).changes)
        path.write_bytes(document.to_bytes())
        await page.until(lambda: not any(r.startswith(DRAFT_MARK_SHOWN) for r in page.rows()))
        assert "with drafts to review" not in page.status()
