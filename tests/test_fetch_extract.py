"""Metadata per field from saved pages, charsets, and what kind of body arrived."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.fetch.charset import decode_body
from tui.fetch.content import classify
from tui.fetch.errors import FetchFailure
from tui.fetch.extract import extract_page, split_site_suffix

PAGES = Path(__file__).parent / "fixtures" / "pages"


@pytest.fixture(scope="module")
def morgenkurier():
    html = (PAGES / "morgenkurier-hanoi.html").read_text(encoding="utf-8")
    return extract_page(html, "https://morgenkurier.example/politik/gipfel-hanoi-einordnung")


@pytest.fixture(scope="module")
def gazette():
    html = (PAGES / "harbour-gazette-treaty.html").read_text(encoding="utf-8")
    return extract_page(html, "https://gazette.example/world/treaty-signed")


def test_title_prefers_og_title_without_site_suffix(morgenkurier, gazette):
    assert morgenkurier.title == "Gipfel in Hanoi: Was der Staatsbesuch wirklich bedeutet"
    # No og:title: the <title> minus its " | The Harbour Gazette" suffix.
    assert gazette.title == "Treaty signed after a day of talks"


def test_site_name_from_og_or_the_title_suffix(morgenkurier, gazette):
    assert morgenkurier.site_name == "Morgenkurier"
    assert gazette.site_name == "The Harbour Gazette"


def test_author(morgenkurier, gazette):
    assert morgenkurier.author == "Redaktion Außenpolitik"
    assert gazette.author == "Gazette Foreign Desk"


def test_published_is_the_publication_not_the_modification_date(morgenkurier, gazette):
    assert morgenkurier.published == "2024-06-21T08:30:00+02:00"  # the full timestamp kept
    assert gazette.published == "2024-06-20"


def test_description(morgenkurier, gazette):
    assert morgenkurier.description is not None
    assert morgenkurier.description.startswith("Handel, Energie und Sicherheit")
    assert gazette.description == (
        "The two governments signed a partnership treaty that includes a mutual assistance clause."
    )


def test_language(morgenkurier, gazette):
    assert morgenkurier.language == "de"
    assert gazette.language == "en-GB"


def test_main_text_keeps_the_article_and_drops_the_furniture(morgenkurier, gazette):
    assert morgenkurier.text is not None and gazette.text is not None
    assert "Beobachter vermuten, dass es um mehr ging als um Verträge." in morgenkurier.text
    assert "Impressum" not in morgenkurier.text
    assert "Mehr zum Thema" not in morgenkurier.text
    assert "mutual assistance" not in gazette.text  # that is the description, not the body
    assert 'military assistance "without delay"' in gazette.text
    assert "Ferry timetable" not in gazette.text


def test_language_falls_back_to_the_header():
    page = "<html><head><title>T</title></head><body><p>Bonjour tout le monde.</p></body></html>"
    assert extract_page(page, "http://a.test/", content_language="fr-FR").language == "fr-FR"


def test_empty_and_broken_pages_do_not_raise():
    assert extract_page("", "http://a.test/").text is None
    broken = extract_page("<p>hi <b>there</div></td> &amp; more <<<", "http://a.test/")
    assert broken.text is not None and "there" in broken.text


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Headline \u2013 Site", "Site", ("Headline", "Site")),
        (
            "Talks resume after a long pause | The Daily Example",
            None,
            ("Talks resume after a long pause", "The Daily Example"),
        ),
        ("A - B: a much longer headline", None, ("A - B: a much longer headline", None)),
        ("Putin - the man and the myth", "Other Site", ("Putin - the man and the myth", None)),
        ("No separator here", None, ("No separator here", None)),
    ],
)
def test_split_site_suffix(title, site, expected):
    assert split_site_suffix(title, site) == expected


TEXT = "Größe, Straße, Übermaß: ein Satz mit Umlauten."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Die Hafenbehörde teilte mit, die Fähre falle aus.", "cp1252"),
        ("Le gouvernement a annoncé très tôt une grève générale à Paris.", "cp1252"),
        ("Президент заявил, что переговоры продолжатся на следующей неделе.", "cp1251"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy; vláda schválila rozpočet.", "cp1250"),
    ],
)
def test_an_undeclared_short_page_is_read_in_its_own_code_page(text: str, encoding: str):
    """No charset in the header or the page: western text reads as Windows-1252 (a
    detector took these for HP Roman-8 or the Baltic code page), and Cyrillic or Czech
    still goes to the detector."""
    decoded, used = decode_body(f"<p>{text}</p>".encode(encoding), "text/html")
    assert text in decoded
    assert used == encoding


@pytest.mark.parametrize(
    ("body", "content_type", "charset"),
    [
        (TEXT.encode("utf-8"), "text/html; charset=utf-8", "utf-8"),
        (TEXT.encode("latin-1"), "text/html; charset=utf-8", None),  # the header lies
        (TEXT.encode("latin-1"), "text/html", None),  # no charset anywhere: detected
        (TEXT.encode("utf-8"), "text/html; charset=iso-8859-1", "utf-8"),  # mojibake avoided
        (b'<meta charset="windows-1252">' + TEXT.encode("cp1252"), "text/html", "cp1252"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), None, "utf-8-sig"),
        (TEXT.encode("utf-8"), "text/html; charset=no-such-charset", "utf-8"),
    ],
)
def test_decode_body_finds_the_right_charset(body, content_type, charset):
    text, used = decode_body(body, content_type)
    assert TEXT in text
    if charset is not None:
        assert used == charset


def test_classify():
    assert classify("text/html; charset=utf-8", b"<html></html>") == "html"
    assert classify("application/xhtml+xml", b"<html></html>") == "html"
    assert classify("text/plain", b"just words") == "text"
    assert classify("text/plain", b"<!DOCTYPE html><html>") == "html"
    assert classify("application/pdf", b"%PDF-1.7") == "other"
    assert classify(None, b"<html><body>x</body></html>") == "html"
    with pytest.raises(FetchFailure, match="labelled text/html but the body is PDF data"):
        classify("text/html", b"%PDF-1.7 ...")
    with pytest.raises(FetchFailure, match="binary"):
        classify("text/html", b"abc\x00def")


def test_a_year_in_the_running_text_is_no_publication_date() -> None:
    """A page with no date in its markup got "2015-01-01" from "since 2015" in its text;
    a date in the markup is still read."""
    body = (
        "<p>"
        + "Freight through the harbour has fallen by a fifth since 2015, the board said. " * 4
        + "</p><p>"
        + "Crane drivers fear that the night shift will be cut next. " * 5
        + "</p>"
    )
    page = f"<html><head><title>Harbour freight</title></head><body><article>{body}</article></body></html>"
    assert extract_page(page, "http://127.0.0.1:8000/harbour.html").published is None
    dated = page.replace(
        "<head>", '<head><meta property="article:published_time" content="2026-11-30T10:00:00Z">'
    )
    assert extract_page(dated, "http://127.0.0.1:8000/harbour.html").published == (
        "2026-11-30T10:00:00Z"
    )
