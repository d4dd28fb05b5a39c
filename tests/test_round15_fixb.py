"""Round 15, articles in languages the drafting rules do not cover: a draft says the
language its article is in (found by script and commonest words) and warns that the rules
cover German and English only; a Chinese article drafts; ids and file names are made
from any script. The real command in a child process and the real app, on articles
written for these tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
import yaml
from textual.widgets import Input

from tui.draft.language import article_language, language_mismatch
from tui.draft.paragraphs import split_blocks, word_count
from tui.loader import load_briefing
from tui.ui.app import BriefingApp
from tui.ui.screens.draft import DraftScreen
from tui.words import id_words

from pages import BriefingPage, settle

pytestmark = pytest.mark.usefixtures("own_folders")

ROOT = Path(__file__).resolve().parents[1]
TEXTS = Path(__file__).resolve().parent / "data" / "round15_fixb"
"""Short articles written for these tests, one per language (kept as files: their
letters are data, not code)."""


def _text(name: str) -> str:
    return (TEXTS / f"{name}.txt").read_text(encoding="utf-8")


RUSSIAN = _text("russian")
TURKISH = _text("turkish")
ARABIC = _text("arabic")
CHINESE = _text("chinese")
GERMAN = _text("german")


def _new(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``briefing new`` run as the user runs it: a child process of this interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "tui", "new", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )


def test_article_language_tells_scripts_and_latin_languages_apart() -> None:
    assert article_language(RUSSIAN) == "ru"
    assert article_language(TURKISH) == "tr"
    assert article_language(ARABIC) == "ar"
    assert article_language(CHINESE) == "zh"
    assert article_language("東京の市長は新しい橋について慎重だと述べた。") == "ja"
    greek = "\u039f δήμαρχος άνοιξε τη νέα γέφυρα."  # it opens with a Greek capital O
    assert article_language(greek) == "el"
    assert article_language(GERMAN) == "de"
    assert article_language("The mayor opened the new bridge, and it was busy.") == "en"
    # an English sentence quoting a few French words stays English
    mixed = "The minister said the plan was 'une bonne idée' and that it would pass."
    assert article_language(mixed) == "en"


def test_a_forced_language_that_contradicts_the_text_is_named() -> None:
    assert language_mismatch(RUSSIAN, "en") == "ru"
    assert language_mismatch(TURKISH, "de") == "tr"
    assert language_mismatch(GERMAN, "de") is None


def test_drafts_say_the_article_language_and_warn_that_the_rules_do_not_cover_it(
    tmp_path: Path,
) -> None:
    articles = {"ru": RUSSIAN, "tr": TURKISH, "ar": ARABIC, "zh": CHINESE}
    for code, text in articles.items():
        (tmp_path / f"{code}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "drafts"
    out.mkdir()
    done = _new(*(f"{code}.txt" for code in articles), "--output", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    drafts = {load_briefing(p).language: load_briefing(p) for p in out.glob("*.yaml")}
    assert set(drafts) == set(articles)
    for code, draft in drafts.items():
        article = next(s for s in draft.sources if s.id == draft.article)
        assert article.language == code
        assert all(q.language == code for q in draft.quotes)
    for name in ("Russian (ru)", "Turkish (tr)", "Arabic (ar)", "Chinese (zh)"):
        assert f"the text reads as {name}: the drafting rules cover German and English" in (
            done.stderr
        )
    assert drafts["zh"].claims  # its paragraphs end in "。": body paragraphs, drafted
    turkish_quotes = drafts["tr"].quotes
    assert turkish_quotes and all("add a translation" in (q.note or "") for q in turkish_quotes)


def test_german_drafts_as_before_without_a_warning(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    done = _new("de.txt", "--output", "de.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr
    draft = load_briefing(tmp_path / "de.yaml")
    assert draft.language == "de" and draft.id == "stadt-eroeffnet-neue-bruecke"


def test_a_forced_lang_on_a_russian_text_warns_and_keeps_the_choice(tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    done = _new("ru.txt", "--lang", "en", "--output", "ru.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "--lang en, but the text reads as Russian" in done.stderr
    assert "(use --lang auto)" in done.stderr  # no --lang ru to suggest
    assert load_briefing(tmp_path / "ru.yaml").language == "en"


def test_chinese_paragraphs_count_their_characters_and_a_headline_stays_one() -> None:
    layout = split_blocks(CHINESE)
    assert [b.number for b in layout.blocks] == [None, None, 1, 2]
    assert word_count("市长周一表示新图书馆将在明年春天向公众开放") == 11  # 21 characters
    assert word_count("The mayor spoke.") == 3


def test_a_text_of_headings_only_says_why_it_has_no_body_paragraph(tmp_path: Path) -> None:
    (tmp_path / "short.txt").write_text("Bridge opens\n\nMayor speaks\n", encoding="utf-8")
    done = _new("short.txt", cwd=tmp_path)
    assert done.returncode != 0
    assert "no body paragraph to draft from" in done.stderr
    assert "all read as headings" in done.stderr


def test_ids_are_made_from_any_script() -> None:
    assert id_words("Путин и Лавров") == ["putin", "i", "lavrov"]
    i = "\u0131"  # Turkish dotless i
    assert id_words(f"D{i}şişleri Bakan{i} Ayşe Gül") == ["disisleri", "bakani", "ayse", "gul"]
    assert id_words(f"görüşmeleri başlad{i}") == ["gorusmeleri", "basladi"]
    assert id_words("Förderung für Bürger") == ["foerderung", "fuer", "buerger"]  # German
    assert id_words(f"Gül kazand{i}", language="tr") == ["gul", "kazandi"]
    assert id_words("Müller", language="de") == ["mueller"]
    assert id_words("图书馆") == ["tu", "shu", "guan"]
    assert id_words("Łukasiewicz 🤝 it\u2019s") == ["lukasiewicz", "its"]


def test_drafts_of_non_latin_titles_get_readable_ids_and_file_names(tmp_path: Path) -> None:
    for code, text in {"ru": RUSSIAN, "tr": TURKISH, "zh": CHINESE}.items():
        (tmp_path / f"{code}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "drafts"
    out.mkdir()
    done = _new("ru.txt", "tr.txt", "zh.txt", "--output", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    names = sorted(p.stem for p in out.glob("*.yaml"))
    assert names == [
        "belediye-yeni-kutuphaneyi-acti",
        "mer-goroda-otkryl-novyy-most-cherez-reku",
        "shi-zheng-fu-xuan-bu-xin-jian-tu-shu-guan",
    ]
    for path in out.glob("*.yaml"):
        assert load_briefing(path).id == path.stem


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(ROOT / "briefings" / "anti-nato-2024-07.yaml", folder)
    yield folder


async def test_the_library_toast_warns_of_a_language_the_rules_do_not_cover(
    library: Path, tmp_path: Path
) -> None:
    article = tmp_path / "tr.txt"
    article.write_text(TURKISH, encoding="utf-8")
    notes: list[str] = []
    app = BriefingApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        original = app.notify

        def keep(message: str, **kwargs: object) -> None:
            notes.append(message)
            original(message, **kwargs)  # type: ignore[arg-type]

        app.screen.notify = keep  # type: ignore[method-assign]
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        app.screen.query_one("#draft-source", Input).value = str(article)
        await pilot.press("enter")
        await BriefingPage.opened(pilot)
        await settle(pilot)
    assert len(notes) == 1
    assert (
        "The text reads as Turkish (tr): the drafting rules cover German and English" in (notes[0])
    )


TAGGED = """\
id: tagged-{n}
title: Tagged in three scripts
tags: [{tags}]
sources:
  - id: s1
    url: https://example.org/a
"""


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_tags_take_lowercase_letters_of_any_script_and_the_schema_agrees(tmp_path: Path) -> None:
    schema = json.loads((ROOT / "schema" / "briefing.schema.json").read_text(encoding="utf-8"))
    check = jsonschema.Draft202012Validator(schema)
    good = tmp_path / "good.yaml"
    good.write_text(TAGGED.format(n=1, tags="россия, 中国, türkiye, nato-2024"), "utf-8")
    assert _validate(good).returncode == 0
    assert not list(check.iter_errors(yaml.safe_load(good.read_text("utf-8"))))
    for bad_tag in ("Türkiye", "россия!", "two--dashes", "a b"):
        bad = tmp_path / "bad.yaml"
        bad.write_text(TAGGED.format(n=2, tags=f"'{bad_tag}'"), "utf-8")
        done = _validate(bad)
        assert done.returncode != 0, bad_tag
        assert f"'{bad_tag}' is not a valid tag: use lowercase letters (of any script)" in (
            done.stdout + done.stderr
        )
        if bad_tag != "Türkiye":  # capitals beyond ASCII: the loader's part
            assert list(check.iter_errors(yaml.safe_load(bad.read_text("utf-8")))), bad_tag


def test_an_id_outside_ascii_is_refused_and_the_message_says_ascii(tmp_path: Path) -> None:
    path = tmp_path / "id.yaml"
    path.write_text(TAGGED.format(n=3, tags="nato").replace("tagged-3", "türkiye"), "utf-8")
    done = _validate(path)
    assert done.returncode != 0
    assert "'türkiye' is not a valid id: use ASCII letters a-z (lowercase)" in (
        done.stdout + done.stderr
    )


def test_a_turkish_draft_spells_its_umlauts_the_turkish_way_in_its_id(tmp_path: Path) -> None:
    """A title with no letter only Turkish writes ("Türkiye", "Güney") is still read
    in the article's language: "ü" is "u", not German "ue"."""
    shutil.copy(TEXTS / "turkish_title.txt", tmp_path / "tr.txt")
    done = _new("tr.txt", "--output", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (draft,) = tmp_path.glob("*.yaml")
    assert draft.stem == "turkiye-ile-guney-kore-yeni-ticaret-kurulu"
    assert load_briefing(draft).language == "tr"
