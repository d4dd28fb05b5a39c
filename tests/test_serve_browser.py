"""``briefing serve`` in a real headless browser: the page loads, the library shows, and a
key press opens a briefing.

Chromium comes from the system (Debian's ``chromium`` package) and is driven with
Playwright through ``executable_path``; no browser is downloaded. The browser is kept to
127.0.0.1: every other request is aborted before it is sent, and its host resolver maps
every other name to nothing, so not even a DNS query leaves the machine; the served page
itself asks for nothing from another host (textual-serve's page asks a web-font service;
``briefing serve`` serves it without that link), and the test holds it to that. What the app draws travels over the page's websocket as terminal
output; the test reads it there, with the escape sequences taken out.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from index_corpus import write_library

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
try:
    import playwright.sync_api  # noqa: F401

    HAVE_PLAYWRIGHT = True
except ImportError:  # pragma: no cover - the test extras bring it
    HAVE_PLAYWRIGHT = False

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None or not HAVE_PLAYWRIGHT,
    reason="no chromium on PATH: install Debian's package (apt-get install -y chromium) to"
    " run the browser test of briefing serve"
    if CHROMIUM is None
    else "playwright is not installed (pip install -e '.[test]')",
)


def launch_local_chromium(playwright: Any) -> Any:
    """The system's headless chromium, its host resolver mapping every name but
    127.0.0.1 to nothing (no DNS query leaves the machine) and its background traffic off."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        ],
    )


_ESCAPES = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for_port(port: int, server: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"briefing serve exited with {server.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"briefing serve did not listen on port {port} in {seconds} s")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    library = write_library(tmp_path / "library with space")
    port = _free_port()
    env = {
        **os.environ,
        "BRIEFING_CACHE_DIR": str(tmp_path / "cache"),
        "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
        "NO_COLOR": "",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", str(library), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        _wait_for_port(port, server, 30)
        yield f"http://127.0.0.1:{port}/"
    finally:
        os.killpg(server.pid, 15)  # the server and the app processes it started
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, 9)
            server.wait()
        if server.stderr is not None:
            server.stderr.close()


class _Screen:
    """Everything the app sent to the page so far, as plain text."""

    def __init__(self) -> None:
        self.chunks: list[str] = []

    def received(self, payload: str | bytes) -> None:
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        self.chunks.append(_ESCAPES.sub("", text))

    def text_since(self, start: int = 0) -> str:
        return "".join(self.chunks[start:])


def _wait_for(
    page: object, screen: _Screen, words: tuple[str, ...], since: int, seconds: float
) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        text = screen.text_since(since)
        squeezed = re.sub(r"\s+", " ", text)
        if all(word in squeezed for word in words):
            return squeezed
        page.wait_for_timeout(100)  # type: ignore[attr-defined]
    raise AssertionError(
        f"never shown: {words!r}; the page showed: {screen.text_since(since)[-2000:]!r}"
    )


def test_the_served_command_is_briefing_path_quoted_for_the_shell() -> None:
    import shlex

    from tui.commands.serve import served_command

    odd = Path("/tmp/a b; touch pwned $(id) 'q'")
    assert shlex.split(served_command(odd)) == [
        sys.executable,
        "-P",
        "-m",
        "tui",
        "open",
        "--",
        str(odd),
    ]


def test_help_warns_that_the_port_opens_the_library() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tui", "serve", "--help"], capture_output=True, text=True, check=True
    )
    text = " ".join(done.stdout.split())
    assert "Anyone who can reach the port can read every briefing under PATH" in text
    assert "127.0.0.1" in text


def test_a_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "tui", "serve", str(tmp_path), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")},
        )
    assert done.returncode == 1, done.stderr
    assert f"briefing: error: cannot listen on 127.0.0.1:{port}:" in done.stderr
    assert "Traceback" not in done.stderr


def test_listening_everywhere_warns_and_says_how_other_browsers_reach_it(tmp_path: Path) -> None:
    """The port is taken on 127.0.0.1 first, so nothing ever listens beyond this machine:
    the messages come before the server gives up."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [
                *(sys.executable, "-m", "tui", "serve", str(tmp_path)),
                *("--host", "0.0.0.0", "--port", str(port)),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")},
        )
    assert done.returncode == 1, done.stderr
    assert f"anyone who can reach port {port} there can read every briefing" in done.stderr
    assert f"--public-url http://NAME-OF-THIS-MACHINE:{port}" in done.stderr


@needs_chromium
def test_the_served_app_shows_the_library_and_opens_a_briefing(served: str) -> None:
    from playwright.sync_api import sync_playwright

    screen = _Screen()
    outside: list[str] = []
    with sync_playwright() as playwright:
        browser = launch_local_chromium(playwright)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})

            def keep_local(route: object) -> None:
                url = route.request.url  # type: ignore[attr-defined]
                if url.startswith(("http://127.0.0.1:", "ws://127.0.0.1:")):
                    route.continue_()  # type: ignore[attr-defined]
                else:
                    outside.append(url)
                    route.abort()  # type: ignore[attr-defined]

            page.route("**/*", keep_local)
            page.on(
                "websocket",
                lambda socket: socket.on("framereceived", screen.received),
            )
            response = page.goto(served, wait_until="domcontentloaded")
            assert response is not None and response.status == 200
            assert page.locator(".textual-terminal").count() == 1

            library = _wait_for(
                page,
                screen,
                ("Ukraine and Moldova open EU accession talks", "A summit on bloc formation"),
                0,
                60,
            )
            assert "summit.yaml" in library

            page.locator(".textual-terminal").click()
            mark = len(screen.chunks)
            page.keyboard.press("Enter")
            opened = _wait_for(page, screen, ("Bottom line",), mark, 30)
            summaries = (
                "formally opens accession negotiations",
                "observers warned of a new bloc formation",
                "Ukraine became a candidate country",
            )
            assert any(summary in opened for summary in summaries), opened[-2000:]
        finally:
            browser.close()
    assert outside == []  # nothing asked of another host: no web font, no script


def test_the_served_page_links_to_no_other_host(served: str) -> None:
    """Without a browser: the page the server sends names no stylesheet or script of
    another host, and still loads textual-serve's own ones from this server."""
    import httpx

    page = httpx.get(served, timeout=30)
    assert page.status_code == 200
    assert "googleapis" not in page.text and "https://" not in page.text
    assert "css/xterm.css" in page.text and "js/textual.js" in page.text
