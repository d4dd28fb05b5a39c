"""An article that is not UTF-8: the message names file, line and column, and when the
bytes read as Windows-1252/Latin-1 Western text, how to convert the file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tui.draft.source import SourceError, read_source


def test_a_latin1_article_is_named_with_how_to_convert_it(tmp_path: Path) -> None:
    path = tmp_path / "alte meldung.txt"
    path.write_bytes(
        "Brücke gesperrt\n\nDie Brücke über den Fluss ist zu, «so» die Stadt.\n".encode("latin-1")
    )
    with pytest.raises(SourceError) as raised:
        read_source(str(path))
    message = str(raised.value)
    assert "alte meldung.txt:1:3: not UTF-8 text (byte 0xfc)" in message
    assert "Windows-1252/Latin-1" in message
    assert "iconv -f cp1252 -t utf-8 '" in message


def test_other_bytes_get_the_general_advice(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"abc \x81\x8d\x8f\x90 def\n")
    with pytest.raises(SourceError) as raised:
        read_source(str(path))
    assert str(raised.value).endswith("save the article as UTF-8 and try again")


def test_latin1_on_standard_input_is_told_to_go_through_iconv(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui", "new", "-", "--output", str(tmp_path / "out.yaml")],
        input="Die Brücke über den Fluss ist zu, sagte die Stadt.\n".encode("latin-1"),
        capture_output=True,
        check=False,
    )
    said = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in said
    assert "pipe it through iconv -f cp1252 -t utf-8" in said
    assert "'standard input'" not in said


def test_an_html_page_that_declares_latin1_is_read_in_it(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Brücke zu</title></head><body>'
        "<article><h1>Brücke über den Fluss gesperrt</h1><p>Die Brücke über den Fluss ist"
        " seit Montag gesperrt, sagte ein Sprecher der Stadt. Die Umleitung führt über"
        " die Südstraße und kostet Pendler täglich zwanzig Minuten.</p></article>"
        "</body></html>"
    )
    path = tmp_path / "seite.html"
    path.write_bytes(page.encode("latin-1"))
    article = read_source(str(path))
    assert "Die Brücke über den Fluss ist seit Montag gesperrt" in article.text


def test_an_html_page_whose_bytes_do_not_fit_its_charset_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "seite.html"
    path.write_bytes(b'<html><head><meta charset="utf-8"></head><body>Br\xfccke</body></html>')
    with pytest.raises(SourceError) as raised:
        read_source(str(path))
    assert "not UTF-8 text (byte 0xfc)" in str(raised.value)
