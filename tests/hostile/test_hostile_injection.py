"""Text is data: no control character from a briefing, a page or a file name reaches output.

A hostile colleague can put terminal sequences in a briefing (window title, clear screen,
OSC 52 which writes the user's clipboard), in a page the briefing links to, and in the
very file name. Every command is run here on such a briefing, named with such a name,
linking to such a page on 127.0.0.1, and every byte it prints is checked; the app is run
in a real pseudo-terminal and every byte it sends to the terminal is checked too.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.text import has_control, one_line, shown_path, visible

from http_fixtures import serve_pages

BRIEFING_BIN = Path(sys.executable).with_name("briefing")

# What an attacker writes: window title, clipboard (OSC 52), clear screen, cursor moves,
# a C1 CSI, bidi overrides, a bell, and a newline that would fake a second output line.
PAYLOAD = (
    "\x1b]0;owned\x07\x1b]52;c;T1dORUQ=\x07\x1b[2J\x1b[H\x9b31m\u202etxt.exe\u202c\x07"
    "\u2066x\u2069\x90P\x9c"
)
NAME_PAYLOAD = "\x1b]0;owned\x07\x1b]52;c;T1dORUQ=\x07\u202e\nfake.yaml: ok\x9b2J"
# Sequences only the payload can have produced: Textual sends none of these itself.
FORBIDDEN_SEQUENCES = (
    b"\x1b]0;",
    b"\x1b]2;",
    b"\x1b]52;",
    b"owned\x07",
    b"\x1b[2J\x1b[H\xc2\x9b",
    b"\xc2\x9b",  # C1 CSI as UTF-8
    b"\xc2\x90",  # C1 DCS
    b"\xc2\x9c",  # C1 ST
    "\u202e".encode(),
    "\u2066".encode(),
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]")
_C1_AND_BIDI = re.compile("[\x80-\x9f\u202a-\u202e\u2066-\u2069]")


def _yaml_text(value: str) -> str:
    """``value`` as a double-quoted YAML scalar (escapes for every control)."""
    return json.dumps(value, ensure_ascii=True)


def hostile_briefing(url: str) -> str:
    p = _yaml_text(PAYLOAD)
    return f"""\
id: hostile
title: {_yaml_text("Title " + PAYLOAD)}
language: de
published: 2024-07
summary: {p}
article: page
actors:
  - id: a
    name: {_yaml_text("Actor " + PAYLOAD)}
    kind: person
    role: {p}
    aliases: [{_yaml_text("alias " + PAYLOAD)}]
  - id: b
    name: Second
    kind: state
relations:
  - {{from: a, to: b, kind: agreement, label: {p}, date: 2024-06, claims: [c1]}}
claims:
  - id: c1
    statement: {_yaml_text("Claim " + PAYLOAD)}
    kind: speculation
    excerpt: {_yaml_text("sollen " + PAYLOAD)}
    paragraph: 1
    hedges: [{p}]
    figures: [{{value: 7, unit: {p}}}]
    attributed_to: a
    actors: [a, b]
    sources: [page]
    note: {p}
    status: refuted
quotes:
  - id: q1
    speaker: a
    kind: direct
    paragraph: 1
    text: {_yaml_text("Quote " + PAYLOAD)}
    translation: {p}
sources:
  - id: page
    url: {url}
    title: {_yaml_text("Page " + PAYLOAD)}
    outlet: {p}
    note: {p}
timeline:
  - {{date: 2024-06, label: {p}, actors: [a]}}
notes:
  - {{id: n1, kind: unsourced, text: {p}, claims: [c1]}}
"""


HOSTILE_PAGE = (
    "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
    f"<title>Page {PAYLOAD}</title>"
    f"<meta property='og:site_name' content='Site {PAYLOAD}'>"
    f"<meta name='author' content='Author {PAYLOAD}'>"
    f"<meta name='description' content='Described {PAYLOAD}'>"
    "</head><body><article>"
    + "".join(f"<p>Paragraph {i} {PAYLOAD} with some words to make it text.</p>" for i in range(8))
    + "</article></body></html>"
)


@pytest.fixture(scope="module")
def page_url() -> Iterator[str]:
    with serve_pages({"/article": HOSTILE_PAGE}) as base:
        yield f"{base}/article"


@pytest.fixture
def desk(tmp_path: Path, page_url: str) -> dict[str, Path]:
    """A hostile briefing under a hostile name, in a folder, with its own config and cache."""
    folder = tmp_path / f"lib{NAME_PAYLOAD}"
    folder.mkdir()
    briefing = folder / f"b{NAME_PAYLOAD}.yaml"
    briefing.write_text(hostile_briefing(page_url), encoding="utf-8")
    # A file name that is not UTF-8 at all.
    raw_name = os.fsencode(folder) + b"/latin\xe9\xff.yaml"
    with open(raw_name, "wb") as stream:
        stream.write(hostile_briefing(page_url).replace("id: hostile", "id: other").encode())
    article = tmp_path / f"article{NAME_PAYLOAD}.txt"
    article.write_text(
        f"Berlin {PAYLOAD}. Der Kanzler soll laut Medien gesagt haben: „Wir {PAYLOAD} prüfen"
        " das.“ Es könnte 7.000 Soldaten geben.\n\nZweiter Absatz mit Angela Merkel.\n",
        encoding="utf-8",
    )
    return {
        "folder": folder,
        "briefing": briefing,
        "article": article,
        "out": tmp_path / f"out{NAME_PAYLOAD}",
        "config": tmp_path / "config",
        "cache": tmp_path / "cache",
    }


def _env(desk: dict[str, Path], **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("BRIEFING_", "PYTEST_")) and key not in ("NO_COLOR",)
    }
    env.update(
        BRIEFING_CONFIG_DIR=str(desk["config"]),
        BRIEFING_CACHE_DIR=str(desk["cache"]),
        NO_PROXY="*",
        BROWSER="true",
        **extra,
    )
    return env


def _assert_clean(output: bytes, what: str) -> None:
    """No C0 control but newline, no C1 control, no bidi control, in ``output``."""
    bad = _CONTROL_BYTES.search(output)
    assert bad is None, f"{what}: control byte {bad.group()!r} in {output[:2000]!r}"
    text = output.decode("utf-8", errors="strict")  # also: nothing undecodable printed
    found = _C1_AND_BIDI.search(text)
    assert found is None, f"{what}: {found.group()!r} in {text[:2000]!r}"


def _run(desk: dict[str, Path], *args: str | Path, strict: bool = False) -> bytes:
    """Run ``briefing ARGS``; return stdout and stderr, after checking both are clean."""
    env = _env(desk, PYTHONIOENCODING="utf-8:strict" if strict else "utf-8")
    done = subprocess.run(
        [str(BRIEFING_BIN), *map(str, args)],
        capture_output=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    what = "briefing " + " ".join(map(lambda a: shown_path(str(a)), args))
    assert b"Traceback" not in done.stderr, f"{what}: {done.stderr.decode(errors='replace')}"
    _assert_clean(done.stdout, f"{what} (stdout)")
    _assert_clean(done.stderr, f"{what} (stderr)")
    return done.stdout + done.stderr


def test_the_payload_is_really_hostile() -> None:
    """The checks below would catch the payload if it got through unchanged."""
    with pytest.raises(AssertionError):
        _assert_clean(PAYLOAD.encode(), "payload")
    with pytest.raises(AssertionError):
        _assert_clean(NAME_PAYLOAD.encode(), "name")
    assert not has_control(one_line(PAYLOAD).replace("\n", ""))
    assert "\n" not in shown_path(NAME_PAYLOAD)
    assert not has_control(visible(PAYLOAD))


def test_every_command_prints_only_visible_text(desk: dict[str, Path]) -> None:
    briefing, folder, out = desk["briefing"], desk["folder"], desk["out"]
    # The briefing is valid (a URL with controls would not be): the payload gets in.
    shown = _run(desk, "validate", folder, strict=True)
    # A file name cannot fake a line of output.
    assert not any(line.startswith(b"fake.yaml: ok") for line in shown.splitlines())
    assert "␊fake.yaml: ok".encode() in shown
    _run(desk, "validate", briefing)
    _run(desk, "summary", briefing)
    _run(desk, "summary", folder)
    _run(desk, "profile", briefing)
    _run(desk, "profile", "--json", briefing)
    fetched = _run(desk, "fetch", briefing)
    assert b"Page" in fetched
    fetched_json = _run(desk, "fetch", "--json", briefing)
    assert "Page ␛".encode() not in fetched_json  # JSON escapes, not stand-ins
    assert b"\\u009b" in fetched_json or b"\\u001b" in fetched_json
    _run(desk, "fetch", "--offline", briefing)
    for fmt in ("markdown", "html", "json", "claimreview"):
        _run(desk, "export", "-f", fmt, briefing)
    _run(desk, "export", briefing, "-o", f"{out}.md")
    _run(desk, "export", briefing, "-o", f"{out}.md")  # exists: refused, with the name shown
    _run(desk, "export", briefing, "-o", briefing, "--force")  # refused: the input itself
    _run(desk, "export", briefing, "-o", f"{out}.txt")  # refused: no format from the name
    _run(desk, "export", f"{folder}/missing{NAME_PAYLOAD}.yaml")
    _run(desk, "new", desk["article"], "-o", f"{out}.yaml")
    _run(desk, "new", desk["article"], "-o", f"{out}.yaml")  # exists: refused
    _run(desk, "schema", "-o", f"{out}.json")
    _run(desk, "config")
    _run(desk, f"{folder}/no-such{NAME_PAYLOAD}.yaml")


def test_a_file_name_that_is_not_utf8_prints_under_a_strict_encoding(
    desk: dict[str, Path],
) -> None:
    shown = _run(desk, "validate", desk["folder"], strict=True)
    assert b"latin\\xE9\\xFF.yaml" in shown


# --- the app, in a real terminal ------------------------------------------------------------


def _read_until_quiet(fd: int, quiet: float, limit: float) -> bytes:
    """Read what the app sends until it has been quiet for ``quiet`` seconds."""
    chunks: list[bytes] = []
    started = last = time.monotonic()
    while time.monotonic() - started < limit:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
            last = time.monotonic()
        elif chunks and time.monotonic() - last > quiet:
            break
    return b"".join(chunks)


def _assert_terminal_clean(output: bytes) -> None:
    for sequence in FORBIDDEN_SEQUENCES:
        assert sequence not in output, f"{sequence!r} reached the terminal"


@pytest.mark.parametrize("start", ["file", "folder"])
def test_the_app_sends_nothing_hostile_to_the_terminal(desk: dict[str, Path], start: str) -> None:
    """Every view, the toasts (open, reload, fetch, export) and titles, in a real pty."""
    target = desk["briefing"] if start == "file" else desk["folder"]
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app, as a user starts it
        env = _env(desk, TERM="xterm-256color", COLUMNS="120", LINES="40")
        os.execve(str(BRIEFING_BIN), [str(BRIEFING_BIN), str(target)], env)
    try:
        import fcntl
        import struct
        import termios

        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        output = _read_until_quiet(fd, quiet=1.5, limit=30)
        keys: list[bytes] = []
        if start == "folder":
            keys += [b"\r"]  # open the first briefing in the library
        # Every section, a link, the source's URL opened and fetched, the export dialog
        # (closed with ctrl+g: a lone ESC byte is slow to read as a key in a pty).
        keys += [b"2", b"\t", b"3", b"4", b"5", b"6", b"7", b"1", b"5", b"o", b"f", b"1"]
        keys += [b"e", b"\x07"]
        # The edit form on a claim whose text holds the payload: refused with a toast,
        # since a text field would show the escapes as they are.
        keys += [b"3", b"E"]
        for key in keys:
            os.write(fd, key)
            output += _read_until_quiet(fd, quiet=0.6, limit=10)
        # The file changes on disk: the bar and the reload toast show its name.
        briefing = desk["briefing"]
        briefing.write_text(briefing.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        output += _read_until_quiet(fd, quiet=2.0, limit=10)
        os.write(fd, b"r")
        output += _read_until_quiet(fd, quiet=1.0, limit=10)
        os.write(fd, b"q")
        output += _read_until_quiet(fd, quiet=1.0, limit=10)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
        os.close(fd)
    assert b"Claim" in output and b"Actor" in output  # the views were really drawn
    assert b"Reloaded" in output  # the reload toast, which names the file
    _assert_terminal_clean(output)


# --- the shared mechanisms, directly -----------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://example.org/\x1b]52;c;T1dORUQ=\x07", "control characters"),
        ("https://example.org/a\u202eb", "control characters"),
        ("https://example.org/a b", "spaces"),
        ("https://example.org/\t", "spaces"),
        ("https://example.org/<script>", "percent-encode"),
        ('https://example.org/"quoted"', "percent-encode"),
        ("https://example.org/Übersicht", "%C3%9Cbersicht"),
        ("https://example.org/100%", "two-digit escape"),
        ("https://example.org/a`b", "percent-encode"),
    ],
)
def test_urls_rfc3986_does_not_allow_are_refused(write, url: str, why: str) -> None:
    from conftest import only_problem

    path = write(f"id: x\ntitle: t\nsources:\n  - id: a\n    url: {_yaml_text(url)}\n")
    problem = only_problem(path)
    assert problem.line == 5 and why in problem.message
    assert not has_control(visible(str(problem), keep_newlines=False))


def test_urls_rfc3986_allows_load(write) -> None:
    from tui.loader import load_briefing

    url = "https://example.org/a-b_c.d~e/%C3%9C;x=1?q=a+b&r=(c)*,!$'#frag:@[]"
    path = write(f"id: x\ntitle: t\nsources:\n  - id: a\n    url: {_yaml_text(url)}\n")
    assert load_briefing(path).sources[0].url == url


async def test_every_toast_and_title_is_made_visible(tmp_path: Path, monkeypatch) -> None:
    """The app's one notify and one title formatter: raw text in, visible text out."""
    from tui.ui.app import BriefingApp

    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "empty"
    folder.mkdir()
    app = BriefingApp(folder)
    async with app.run_test() as pilot:
        app.notify(f"[b]x[/b] {PAYLOAD}", title=NAME_PAYLOAD, markup=True)
        await pilot.pause()
        (toast,) = list(app._notifications)
        assert not has_control(toast.message.replace("\n", ""))
        assert not has_control(toast.title)
        assert toast.markup is False and "[b]x[/b]" in toast.message
        title = app.format_title(NAME_PAYLOAD, PAYLOAD)
        assert not has_control(title.plain)
