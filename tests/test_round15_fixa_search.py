"""Round 15: the library's search finds Chinese and Japanese words inside sentences
(B1), and a briefing by its id or file name (C1).

The tokenizer takes a whole run of Han or kana letters as one word, so a word inside a
sentence was found only at its start; the claims filter in a briefing found it. Now a
term of such letters is found anywhere, by ``briefing search``, by the library's ``/``
and by the palette alike.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tui.cli import main
from tui.index import LibraryIndex
from tui.index.query import parse_query
from tui.textsearch import rank
from tui.ui.app import BriefingApp

from pages import BriefingPage, LibraryPage, palette_lines, settle

CJK = textwrap.dedent(
    """\
    id: east-desk
    title: 东亚会议的报道
    language: zh
    actors:
      - {id: ministry, name: 中华人民共和国外交部, kind: organisation}
    claims:
      - id: c01
        statement: 中方反对任何形式的阵营对抗。
        kind: reported
        sources: []
      - id: c02
        statement: 日本の専門家は東京は慎重だと述べた。
        kind: reported
        sources: []
      - id: c03
        statement: A plain English line about the weather.
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
    (folder / "east.yaml").write_text(CJK, encoding="utf-8")
    for number, topic in ((776, "harbour"), (777, "nato"), (7770, "orchard")):
        ident = f"b{number:05d}-{topic}"
        where = folder / "archive" / "2019" if number == 777 else folder
        (where / f"{ident}.yaml").write_text(
            f"id: {ident}\ntitle: Notes on the {topic}\nsources: []\n", encoding="utf-8"
        )
    return folder


def _hits(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    code = main(["search", *args, "--json"])
    lines = capsys.readouterr().out.splitlines()
    assert code == (0 if lines else 1)
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize(
    ("word", "record"),
    [
        ("阵营", "c01"),
        ("任何形式", "c01"),
        ("慎重", "c02"),
        ("東京", "c02"),
        ("人民共和国", "ministry"),
    ],
)
def test_briefing_search_finds_a_cjk_word_inside_a_sentence(
    library: Path, capsys: pytest.CaptureFixture[str], word: str, record: str
) -> None:
    hits = _hits(capsys, word, str(library))
    assert [h["id"] for h in hits] == [record]
    ((start, end),) = hits[0]["marks"]  # type: ignore[misc]
    assert hits[0]["snippet"][start:end] == word  # type: ignore[index]


def test_the_library_search_agrees_with_the_claims_filter(library: Path, tmp_path: Path) -> None:
    statement = "中方反对任何形式的阵营对抗。"
    assert rank("阵营", statement)  # the in-briefing filter finds it
    with LibraryIndex(library, folder=tmp_path / "cache") as index:
        index.update()
        found = index.search("阵营")
        assert [hit.id for _, hit in found.hits] == ["c01"]
        assert [f.briefing for f in index.matching_files("阵营")] == ["east-desk"]
        # with a word the full-text index holds, both must be there
        assert not index.search("阵营 weather").hits
        assert [hit.id for _, hit in index.search("東京 慎重").hits] == ["c02"]
        assert [hit.id for _, hit in index.search("weather").hits] == ["c03"]


def test_cjk_terms_are_found_inside_and_latin_ones_by_word() -> None:
    [cjk] = parse_query("阵营")
    [latin] = parse_query("nato")
    assert cjk.inside and not latin.inside and latin.prefix


@pytest.mark.parametrize("typed", ["b00777", "/b00777-nato", "b00777.yaml", "B00777-NATO.yaml"])
def test_a_briefing_is_found_by_its_id_or_file_name(
    library: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    hits = _hits(capsys, typed, str(library))
    assert hits[0]["briefing"] == "b00777-nato" and hits[0]["type"] == "briefing"
    assert str(hits[0]["path"]).endswith("archive/2019/b00777-nato.yaml")
    # b007770-orchard starts with b00777 too: found, but after the exact name
    assert {h["briefing"] for h in hits} <= {"b00777-nato", "b07770-orchard"}


def test_a_name_match_is_listed_by_files_too(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["search", "b00776", str(library), "--files"]) == 0
    assert capsys.readouterr().out.strip().endswith("b00776-harbour.yaml")


async def test_the_librarys_slash_finds_by_id_and_by_cjk_word(library: Path) -> None:
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status())
        await page.search("b00777-nato")
        assert page.rows()[0].startswith("Notes on the nato")
        assert "hits in 0 briefings" not in page.status()
        await page.search("慎重")
        rows = page.rows()
        assert rows[0].startswith("东亚会议的报道") and any("claim c02" in row for row in rows)


async def test_the_palette_finds_a_briefing_by_its_id(library: Path) -> None:
    async with BriefingApp(library).run_test(size=(120, 40)) as pilot:
        page = LibraryPage(pilot)
        await settle(pilot)
        await page.until(lambda: "indexed for search" in page.status())
        lines = await palette_lines(pilot, "b00777", lambda hits: any("·" in h for h in hits))
        assert lines[0].startswith("Notes on the nato · briefing b00777-nato")
        await pilot.press("enter")
        briefing = await BriefingPage.opened(pilot)
        assert briefing.screen.path.name == "b00777-nato.yaml"
