"""Round 15: exports of a briefing written in several languages.

A3: ClaimReview's ``inLanguage`` follows the language each statement is written in (told
from its writing system among the languages the briefing names), not always "en".
D: the HTML export marks text in another language than the page with ``lang`` and
``dir="auto"``; summary and profile underline titles by screen cells.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.export.claimreview import Review, claim_reviews
from tui.export.scripts import language_of, script_of
from tui.loader import load_briefing

from conftest import BRIEFINGS

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
    languages = {r["identifier"].split("/")[1]: r.get("inLanguage") for r in reviews}
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
