"""Round 15: exports of a briefing written in several languages.

A3: ClaimReview's ``inLanguage`` follows the language each statement is written in (told
from its writing system among the languages the briefing names), not always "en".
D: the HTML export marks text in another language than the page with ``lang`` and
``dir="auto"``; summary and profile underline titles by screen cells; validate writes
its two counts alike; the export dialog says "1 claim" and takes the format from the
file name's ending, as the command line does.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Select

from tui.cli import main
from tui.export.claimreview import Review, claim_reviews
from tui.export.html import briefing_html, with_languages
from tui.export.scripts import language_of, script_of
from tui.loader import load_briefing
from tui.text import screen_cells
from tui.ui.app import BriefingApp
from tui.ui.screens.export import ExportScreen

from conftest import BRIEFINGS
from pages import BriefingPage, settle

REVIEW = Review("Desk", "https://reviews.example/r", "2026-12-05")

MULTI = """\
id: multi-desk
title: Несколько языков на одном столе
language: ru
article: ru-page
sources:
  - id: ru-page
    url: https://news.example/ru
    language: ru
  - id: ar-page
    url: https://news.example/ar
    language: ar
  - id: zh-page
    url: https://news.example/zh
    language: zh
claims:
  - id: c01
    statement: Совет утвердил новый бюджет школы.
    kind: reported
    status: supported
    sources: [ru-page]
  - id: c02
    statement: المجلس وافق على ميزانية المدرسة الجديدة.
    kind: reported
    status: refuted
    sources: [ar-page]
  - id: c03
    statement: 市议会批准了学校的新预算。
    kind: reported
    status: disputed
    sources: [zh-page]
  - id: c04
    statement: The council approved the new school budget.
    kind: reported
    status: supported
    sources: [ru-page]
"""


@pytest.fixture
def multi(tmp_path: Path) -> Path:
    path = tmp_path / "multi.yaml"
    path.write_text(MULTI, encoding="utf-8")
    return path


def test_each_review_is_labelled_with_its_statements_language(multi: Path) -> None:
    reviews = claim_reviews(load_briefing(multi), REVIEW)
    # the claim's language is on the reviewed Claim (fixd: no longer on the review)
    languages = {
        r["identifier"].split("/")[1]: r["itemReviewed"].get("inLanguage") for r in reviews
    }
    assert languages == {"c01": "ru", "c02": "ar", "c03": "zh", "c04": "en"}


def test_a_script_the_briefing_names_no_language_for_is_left_out() -> None:
    assert language_of("Совет утвердил бюджет.", ["de", "en"]) is None
    assert language_of("東京は慎重だと述べた。", []) == "ja"
    assert language_of("위원회가 예산을 승인했다.", ["en"]) == "ko"
    assert language_of("Der Rat hat den Haushalt beschlossen.", ["de"]) == "de"
    assert language_of("The council met on Monday.", ["de"]) == "en"
    assert script_of("123 — !") is None


def test_the_seeds_english_statements_stay_english() -> None:
    seed = load_briefing(BRIEFINGS / "anti-nato-2024-07.yaml")
    reviews = claim_reviews(seed, REVIEW)
    assert reviews and {r["inLanguage"] for r in reviews} == {"en"}
    assert json.dumps(reviews)  # still plain JSON


# --- D: the HTML export marks text in other writing systems -------------------------------------


def test_html_sets_other_scripts_apart_with_their_language_and_direction(multi: Path) -> None:
    page = briefing_html(load_briefing(multi))
    assert '<html lang="en">' in page  # the page's own words
    arabic = '<span dir="auto" lang="ar">المجلس وافق على ميزانية المدرسة الجديدة.</span>'
    assert arabic in page
    assert '<span dir="auto" lang="zh">市议会批准了学校的新预算。</span>' in page
    assert '<span dir="auto" lang="ru">Совет утвердил новый бюджет школы.</span>' in page
    assert "<title>Несколько языков на одном столе</title>" in page  # no markup in the title
    assert '<span dir="auto" lang="en">' not in page
    assert "> The council approved the new school budget." in page


def test_the_closing_bracket_and_full_stop_stay_with_the_arabic_text() -> None:
    body = "<li><strong>c04</strong> طهران أرسلت (300 طائرة مسيرة).\n</li>"
    assert with_languages(body, ["ru", "ar"]) == (
        '<li><strong>c04</strong> <span dir="auto" lang="ar">طهران أرسلت (300 طائرة مسيرة).'
        "</span>\n</li>"
    )
    quoted = "<li>Excerpt: “طهران أرسلت.” (paragraph 1)</li>"
    assert with_languages(quoted, ["ar"]) == (
        '<li>Excerpt: “<span dir="auto" lang="ar">طهران أرسلت.</span>” (paragraph 1)</li>'
    )


def test_text_stays_data_inside_the_span(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(
        MULTI.replace("Совет утвердил новый бюджет школы.", "<b>Совет</b> & утвердил"), "utf-8"
    )
    page = briefing_html(load_briefing(path))
    line = next(line for line in page.splitlines() if 'id="c01"' in line)
    assert line.endswith(
        '&lt;b&gt;<span dir="auto" lang="ru">Совет</span>&lt;/b&gt; &amp;'
        ' <span dir="auto" lang="ru">утвердил</span>'
    )
    assert "<b>" not in page


# --- D: titles underlined by screen cells; one number style; one claim ---------------------------


@pytest.mark.parametrize("command", ["summary", "profile"])
def test_the_title_rule_is_as_wide_as_the_title_on_screen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(MULTI.replace("Несколько языков на одном столе", "会议 Zoe\u0308 🤝"), "utf-8")
    capsys.readouterr()
    assert main([command, str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    title = next(n for n, line in enumerate(lines) if "会议" in line)
    # 会议 is 4 cells, the space 1, Zoë 3 (the combining mark none), space 1, 🤝 2
    assert lines[title + 1] == "=" * (screen_cells(lines[title]))
    assert screen_cells("会议 Zoe\u0308 🤝") == 11


def test_validate_and_index_write_their_counts_in_one_style(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    for number in range(1_000):
        text = f"id: b{number:04d}\ntitle: Note {number}\nsources: []\n"
        (folder / f"b{number:04d}.yaml").write_text(text, encoding="utf-8")
    (folder / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(folder), "--quiet"]) == 1
    assert "1,000 of 1,001 briefing files valid" in capsys.readouterr().err
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    main(["index", str(folder)])
    assert "1,001 briefing files (1,001 added, 0 changed" in capsys.readouterr().out


async def test_the_export_dialog_says_one_claim_and_follows_the_files_ending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    seed = Path(shutil.copy(BRIEFINGS / "anti-nato-2024-07.yaml", tmp_path / "seed.yaml"))
    async with BriefingApp(seed).run_test(size=(120, 40)) as pilot:
        page = await BriefingPage.opened(pilot)
        await page.show("claims")
        page.filter_text().value = "Khrushchev"
        await settle(pilot)
        assert len(page.rows("claims")) == 1
        await pilot.press("e")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        box = dialog.query_one("#export-filtered", Checkbox)
        assert "Only the 1 claim the filter shows" in str(box.label)
        formats = dialog.query_one("#export-format", Select)
        path = dialog.query_one("#export-path", Input)
        target = tmp_path / "отчёт 中文.html"
        path.value = str(target)
        await settle(pilot)
        assert formats.value == "html"
        path.value = str(tmp_path / "reviews.jsonld")
        await settle(pilot)
        assert formats.value == "claimreview"
        path.value = str(tmp_path / "reviews.json")  # plain JSON: a JSON format stays
        await settle(pilot)
        assert formats.value == "claimreview"
        path.value = str(target)
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
