"""One truth per figure: the app and every export show the same profile and quote checks
for the same briefing and the same fetch cache."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.cli import main
from tui.ui.app import BriefingApp
from tui.ui.screens.briefing import BriefingScreen

from http_fixtures import serve_pages

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


@pytest.fixture
def server() -> Iterator[str]:
    with serve_pages(PAGES) as base:
        yield base


async def _settled_with_fetched_data(pilot) -> BriefingScreen:
    """The briefing screen once the file is read and the fetch cache's data shown."""
    for _ in range(100):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, BriefingScreen) and screen.fetched:
            return screen
        await pilot.pause(0.05)
    raise AssertionError("the fetched data never reached the screen")


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
        screen = await _settled_with_fetched_data(pilot)
        assert screen.profile is not None
        shown = json.loads(json.dumps(screen.profile.to_dict()))
    # Found on the article page, missing on the second source: found, in all of them.
    assert exported["checks"]["found"]["claims"] == ["c1"]
    assert shown["checks"] == exported["checks"]
    assert shown == exported
    # The profile command (which reads no fetch cache) agrees on everything else.
    assert json.loads(printed)["hedged"] == exported["hedged"]


FIGURE_EXCERPT = "Nordkorea soll rund 20.000 Soldaten in die Region schicken"
PAGES["/figure"] = (
    "<html><body><article>"
    "<p>Nordkorea soll rund 10.000 Soldaten in die Region schicken, berichten Medien.</p>"
    + "<p>Mehr Text über die Lage, damit die Seite als Artikel gilt.</p>" * 4
    + "</article></body></html>"
)


@pytest.fixture
def figure_briefing(
    tmp_path: Path, server: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> tuple[Path, str]:
    """A briefing whose excerpt says 20.000 where its page says 10.000, fetched."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "figure.yaml"
    path.write_text(
        f"""\
id: figure
title: Figure
language: de
article: page
claims:
  - {{id: c1, statement: Twenty thousand, kind: reported, excerpt: "{FIGURE_EXCERPT}",
     paragraph: 1, sources: [page]}}
sources:
  - {{id: page, url: "{server}/figure"}}
""",
        encoding="utf-8",
    )
    main(["fetch", str(path)])
    return path, capsys.readouterr().out


def test_a_changed_figure_reads_differs_on_the_cli_and_in_the_exports(
    figure_briefing: tuple[Path, str], capsys
) -> None:
    path, table = figure_briefing
    assert "1 differs" in table
    assert main(["export", str(path)]) == 0
    markdown = capsys.readouterr().out
    assert "claim c1: differs (20.000 → 10.000)" in markdown
    assert main(["export", str(path), "-f", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)["profile"]["checks"]
    assert exported["differs"]["claims"] == ["c1"]


async def test_a_changed_figure_reads_differs_in_the_app(
    figure_briefing: tuple[Path, str], capsys
) -> None:
    from tui.export import export_briefing
    from tui.export.fetched import fetched_for
    from tui.loader import load_briefing
    from tui.ui.plain import plain_text
    from tui.ui.widgets.detail import DetailPane

    path, _ = figure_briefing
    briefing = load_briefing(path)
    exported = json.loads(export_briefing(briefing, "json", fetched=fetched_for(briefing)))
    app = BriefingApp(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _settled_with_fetched_data(pilot)
        screen.action_show_section("claims")
        await pilot.pause()
        detail = plain_text(screen.query_one("#claims-detail", DetailPane).body)
        assert "differs" in detail and "20.000 → 10.000" in detail
        shown = json.loads(json.dumps(screen.profile.to_dict()))
    assert shown["checks"] == exported["profile"]["checks"]
