"""Round 15, review r15b: the library's search and the exports, as an analyst uses them.

- a ``tag:`` filter folds as text search folds (``tag:turkiye`` finds ``türkiye``, and
  ``tag:TÜRKİYE`` / ``tag:İstanbul`` in Turkish capitals find theirs), for
  ``briefing search`` and the library's ``/`` alike;
- a briefing's path as the results print it (``archive/2019/b00171.yaml``) finds it.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tui.cli import main
from tui.export.claimreview import Review, claim_reviews
from tui.index.filters import parse_library_query
from tui.loader import load_briefing
from tui.ui.app import BriefingApp

from pages import LibraryPage, settle

TAGGED = textwrap.dedent(
    """\
    id: bosphorus-talks
    title: Talks by the strait
    language: en
    tags: [россия, türkiye, 中国, istanbul]
    claims:
      - id: c01
        statement: The envoys met by the water and spoke of grain ships.
        kind: reported
        sources: []
    sources: []
    """
)

OTHER = textwrap.dedent(
    """\
    id: lakeside-notes
    title: Notes from the lake
    tags: [weather]
    claims:
      - id: c01
        statement: The envoys walked by the lake and spoke of the rain.
        kind: reported
        sources: []
    sources: []
    """
)


pytestmark = pytest.mark.usefixtures("own_folders")  # config and cache of its own


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    (folder / "archive" / "2019").mkdir(parents=True)
    (folder / "talks.yaml").write_text(TAGGED, encoding="utf-8")
    (folder / "lake.yaml").write_text(OTHER, encoding="utf-8")
    for where in (folder / "archive" / "2019", folder / "archive"):
        (where / "b00171.yaml").write_text(
            f"id: b00171-{where.name}\ntitle: Filed in {where.name}\nsources: []\n",
            encoding="utf-8",
        )
    return folder


def _hits(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    code = main(["search", *args, "--json"])
    lines = capsys.readouterr().out.splitlines()
    assert code == (0 if lines else 1)
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize(
    "tag", ["turkiye", "türkiye", "TÜRKİYE", "Türkiye", "İstanbul", "ISTANBUL", "РОССИЯ", "中国"]
)
def test_a_tag_filter_folds_as_text_search_does(
    library: Path, capsys: pytest.CaptureFixture[str], tag: str
) -> None:
    hits = _hits(capsys, f"envoys tag:{tag}", str(library))
    assert {h["briefing"] for h in hits} == {"bosphorus-talks"}


def test_a_folded_tag_still_keeps_other_briefings_out(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert {h["briefing"] for h in _hits(capsys, "envoys", str(library))} == {
        "bosphorus-talks",
        "lakeside-notes",
    }
    assert _hits(capsys, "envoys tag:turkey", str(library)) == []
    capsys.readouterr()
    assert main(["search", "envoys tag:TÜRKİYE", str(library), "--files"]) == 0
    assert capsys.readouterr().out.strip().endswith("talks.yaml")


def test_the_filter_names_the_tag_without_a_stray_combining_dot() -> None:
    query = parse_library_query("tag:İstanbul")
    assert query.tags == {"istanbul"}
    assert "\u0307" not in query.describe()
    assert query.keeps(None, ("istanbul",), None)
    assert parse_library_query("tag:turkiye").keeps(None, ("türkiye",), None)


async def test_the_librarys_slash_folds_a_tag_filter(library: Path) -> None:
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status())
        await page.search("envoys tag:TÜRKİYE")
        rows = page.rows()
        assert rows and rows[0].startswith("Talks by the strait")
        assert not any("Notes from the lake" in row for row in rows)


@pytest.mark.parametrize(
    "typed",
    [
        "archive/2019/b00171.yaml",
        "archive/2019/b00171",
        "2019/b00171.yaml",
        "./archive/2019/b00171.yaml",
    ],
)
def test_a_path_as_the_results_print_it_finds_the_file(
    library: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    hits = _hits(capsys, typed, str(library))
    assert [h["briefing"] for h in hits] == ["b00171-2019"]
    assert str(hits[0]["path"]).endswith("archive/2019/b00171.yaml")


def test_a_path_names_only_the_file_in_those_folders(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hits = _hits(capsys, "archive/b00171.yaml", str(library))
    assert [h["briefing"] for h in hits] == ["b00171-archive"]
    assert _hits(capsys, "elsewhere/b00171.yaml", str(library)) == []
    # the name alone still finds both
    assert {h["briefing"] for h in _hits(capsys, "b00171.yaml", str(library))} == {
        "b00171-2019",
        "b00171-archive",
    }
    capsys.readouterr()
    assert main(["search", "archive/2019/b00171.yaml", str(library), "--files"]) == 0
    assert capsys.readouterr().out.strip().endswith("archive/2019/b00171.yaml")


async def test_the_librarys_slash_finds_a_file_by_its_path(library: Path) -> None:
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status())
        await page.search("archive/2019/b00171.yaml")
        rows = page.rows()
        assert rows and rows[0].startswith("Filed in 2019")
        assert not any("Filed in archive" in row for row in rows)


MIXED = """\
id: mixed-desk
title: Несколько языков
language: ru
article: ru-page
sources:
  - id: ru-page
    url: https://news.example/ru
    language: ru
  - id: ar-page
    url: https://news.example/ar
    language: ar
claims:
  - id: c01
    statement: المجلس وافق على ميزانية المدرسة الجديدة.
    kind: reported
    status: disputed
    sources: [ar-page]
  - id: c02
    statement: المجلس رفض خطة النقل الجديدة.
    kind: reported
    status: refuted
    note: Протокол заседания показывает, что голосование перенесли на весну.
    sources: [ar-page]
  - id: c03
    statement: Совет утвердил новый бюджет школы.
    kind: reported
    status: supported
    note: The minutes of the meeting show the vote was held and the budget passed.
    sources: [ru-page]
"""


def test_claimreview_puts_the_claims_language_on_the_claim_and_its_own_on_the_review(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mixed.yaml"
    path.write_text(MIXED, encoding="utf-8")
    reviews = {
        r["identifier"].split("/")[1]: r
        for r in claim_reviews(
            load_briefing(path), Review("Desk", "https://r.example/x", "2026-12-05")
        )
    }
    claimed = {key: r["itemReviewed"].get("inLanguage") for key, r in reviews.items()}
    assert claimed == {"c01": "ar", "c02": "ar", "c03": "ru"}
    # no explanation: the review's only text is the English verdict
    assert reviews["c01"]["reviewRating"]["alternateName"] == "Disputed"
    assert reviews["c01"]["inLanguage"] == "en"
    # a Russian explanation makes a Russian review; an English one an English review
    assert reviews["c02"]["inLanguage"] == "ru"
    assert reviews["c03"]["inLanguage"] == "en"
