"""Round 15, B2 (and C5): the quote check sees negations in other languages, and compares
Chinese and Japanese letter by letter.

A Russian excerpt with "не" added was "similar" (German and English negations were
"differs"); a Chinese sentence with one verb changed was "missing" with no passage,
since the whole sentence was one word to the comparison.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.cli import main
from tui.fetch.quotes import check_text

from conftest import ROOT
from http_fixtures import serve_pages, start_server, stop_server

RU_PAGE = "Вчера в столице министры подписали новое торговое соглашение между странами."
FR_PAGE = "Le ministre a signé hier un nouvel accord commercial avec ses voisins du sud."
ES_PAGE = "El alcalde aprobó ayer el presupuesto de las escuelas del distrito norte."
TR_PAGE = "Bakan dün yeni belgenin bitmiş olduğunu söyledi."
AR_PAGE = "أعلن الوزير أمس أن الحكومة وقعت اتفاقية تجارية جديدة مع جيرانها."
ZH_PAGE = "市政府周二表示议会支持修建新的学校和医院。另一段话谈到了天气。"
JA_PAGE = "市長は会見で、新しい橋の工事を来年始めると述べた。"


@pytest.mark.parametrize(
    ("excerpt", "page", "language", "negation"),
    [
        ("министры не подписали новое торговое соглашение между странами", RU_PAGE, "ru", "не"),
        (
            "Le ministre n'a pas signé hier un nouvel accord commercial avec ses voisins",
            FR_PAGE,
            "fr",
            "pas",
        ),
        (
            "El alcalde no aprobó ayer el presupuesto de las escuelas del distrito",
            ES_PAGE,
            "es",
            "no",
        ),
        (
            "Bakan dün yeni belgenin bitmiş değil olduğunu söyledi",
            TR_PAGE,
            "tr",
            "değil",
        ),
        ("أعلن الوزير أمس أن الحكومة لم وقعت اتفاقية تجارية جديدة مع جيرانها", AR_PAGE, "ar", "لم"),
        ("市政府周二表示议会不支持修建新的学校和医院", ZH_PAGE, "zh", "不"),
        ("市長は会見で、新しい橋の工事を来年始めないと述べた", JA_PAGE, "ja", "ない"),
    ],
)
def test_a_negation_added_in_another_language_differs(
    excerpt: str, page: str, language: str, negation: str
) -> None:
    check = check_text(excerpt, page, language=language)
    assert check.result == "differs", check
    assert check.difference is not None and "negation" in check.difference
    assert negation in check.difference


@pytest.mark.parametrize(
    ("excerpt", "page", "language"),
    [
        ("министры подписали новое торговое соглашение между странами", RU_PAGE, "ru"),
        ("议会支持修建新的学校和医院", ZH_PAGE, "zh"),
        ("新しい橋の工事を来年始める", JA_PAGE, "ja"),
    ],
)
def test_the_same_words_are_still_found(excerpt: str, page: str, language: str) -> None:
    assert check_text(excerpt, page, language=language).result == "found"


def test_a_negation_on_both_sides_is_no_difference() -> None:
    page = "Le ministre n'a pas signé l'accord commercial avec ses voisins du sud hier soir."
    check = check_text("Le ministre n'a pas signé l'accord commercial avec ses voisins", page)
    assert check.result == "found"


def test_a_chinese_verb_flipped_gets_the_closest_passage_and_the_words() -> None:
    check = check_text("市政府周二表示议会反对修建新的学校和医院", ZH_PAGE, language="zh")
    assert check.result != "found"
    assert check.passage is not None and "议会支持修建新的学校和医院" in check.passage
    assert check.difference == 'words "反对" → "支持"'  # no space between Han letters


PAGE = (
    "<html><body><article>"
    f"<p>{RU_PAGE}</p>"
    + "<p>Другие предложения про погоду и спорт, чтобы страница была статьёй.</p>" * 4
    + "</article></body></html>"
)


@pytest.fixture
def server() -> Iterator[str]:
    with serve_pages({"/ru": PAGE}) as base:
        yield base


def test_briefing_fetch_says_differs_for_the_russian_negation(
    tmp_path: Path, server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "b.yaml"
    path.write_text(
        textwrap.dedent(
            f"""\
            id: ru-check
            title: Проверка
            language: ru
            claims:
              - id: c1
                statement: Министры не подписали соглашение.
                kind: reported
                excerpt: министры не подписали новое торговое соглашение между странами
                sources: [ru]
            sources:
              - {{id: ru, url: "{server}/ru", language: ru}}
            """
        ),
        encoding="utf-8",
    )
    capsys.readouterr()
    main(["fetch", str(path), "--json"])
    out = capsys.readouterr().out
    checks = [
        check
        for line in out.splitlines()
        if line.startswith("{")
        for check in json.loads(line).get("quote_checks", [])
    ]
    assert checks, out
    assert checks[0]["result"] == "differs" and "не" in checks[0]["difference"]


# --- C5: Ctrl-C in briefing fetch says what finished -------------------------------------------


def test_ctrl_c_in_briefing_fetch_says_what_finished_and_exits_130(tmp_path: Path) -> None:
    server = start_server()
    try:
        path = tmp_path / "b.yaml"
        path.write_text(
            textwrap.dedent(
                f"""\
                id: three-pages
                title: Three pages, one of them slow
                sources:
                  - {{id: first, url: "{server.url("/page/morgenkurier-hanoi")}"}}
                  - {{id: second, url: "{server.url("/page/harbour-gazette-treaty")}"}}
                  - {{id: slow-page, url: "{server.url("/slow-headers")}"}}
                """
            ),
            encoding="utf-8",
        )
        env = {
            "BRIEFING_CACHE_DIR": str(tmp_path / "cache"),
            "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
            "PATH": "/usr/bin:/bin",
            "PYTHONIOENCODING": "utf-8",
        }
        command = [
            sys.executable,
            "-m",
            "tui",
            "fetch",
            str(path),
            "--timeout",
            "60",
            "--per-host",
            "4",
        ]
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 30
        while server.hits["/slow-headers"] == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(3)  # the two quick pages are read and checked meanwhile
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        stop_server(server)
    assert process.returncode == 130, err
    assert "fetch cancelled after 2 of 3 sources (2 fetched" in err
    assert "stopped while waiting for slow-page (127.0.0.1:" in err
    assert "first" in out and "second" in out and "slow-page" not in out
    assert "Traceback" not in err
