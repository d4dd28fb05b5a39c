"""One truth per figure: the app and every export show the same profile and quote checks
for the same briefing and the same fetch cache."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tui.app import BriefingApp
from tui.cli import main
from tui.screens.briefing import BriefingScreen

EXCERPT = "Die Flotte soll im Herbst auslaufen"
PAGES = {
    # The article carries the excerpt word for word; the second source does not.
    "/article": f"<html><body><article><p>{EXCERPT}, heißt es.</p>"
    + "<p>Weitere Sätze über anderes, damit die Seite Text hat.</p>" * 4
    + "</article></body></html>",
    "/other": "<html><body><article>"
    + "<p>Ein ganz anderer Bericht über Wetter und Sport ohne den Satz.</p>" * 5
    + "</article></body></html>",
}


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGES.get(self.path, "").encode("utf-8")
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def fetched_briefing(tmp_path: Path, server: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "b.yaml"
    path.write_text(
        f"""\
id: fleet
title: Fleet
language: de
article: article
claims:
  - id: c1
    statement: The fleet is to sail in autumn.
    kind: reported
    excerpt: "{EXCERPT}"
    paragraph: 1
    sources: [article, other]
sources:
  - {{id: article, url: "{server}/article"}}
  - {{id: other, url: "{server}/other", cited_in: article}}
""",
        encoding="utf-8",
    )
    assert main(["fetch", str(path)]) == 0
    return path


async def test_the_app_and_every_export_show_the_same_profile(
    fetched_briefing: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["export", str(fetched_briefing), "-f", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)["profile"]
    assert main(["profile", str(fetched_briefing), "--json"]) == 0
    printed = capsys.readouterr().out
    app = BriefingApp(fetched_briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            if isinstance(screen, BriefingScreen) and screen.fetched:
                break
            await pilot.pause(0.05)
        assert isinstance(screen, BriefingScreen) and screen.profile is not None
        shown = json.loads(json.dumps(screen.profile.to_dict()))
    # Found on the article page, missing on the second source: found, in all of them.
    assert exported["checks"]["found"]["claims"] == ["c1"]
    assert shown["checks"] == exported["checks"]
    assert shown == exported
    # The profile command (which reads no fetch cache) agrees on everything else.
    assert json.loads(printed)["hedged"] == exported["hedged"]
