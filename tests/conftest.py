"""Shared helpers: write real files and load them through the real loader."""

from __future__ import annotations

import argparse
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tui import loader
from tui.commands import new
from tui.loader import LoadError, Problem, load_briefing

ROOT = Path(__file__).resolve().parent.parent
BRIEFINGS = ROOT / "briefings"
SEED_ARTICLE = ROOT.parent / "shared" / "seed" / "000_f0e192b5a4b7e5dd.txt"

MINIMAL = """\
id: tiny
title: A tiny briefing
sources: []
"""


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str | bytes, str], Path]:
    """Write text (dedented) or bytes to a file in a fresh folder and return its path."""

    def _write(content: str | bytes, name: str = "b.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            path.write_text(textwrap.dedent(content), encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return _write


def problems_in(path: Path, *, use_libyaml: bool | None = None) -> list[Problem]:
    """The problems loading ``path`` reports (failing the test if it loads)."""
    with pytest.raises(LoadError) as caught:
        load_briefing(path, use_libyaml=use_libyaml)
    assert caught.value.problems, "a LoadError must carry at least one problem"
    return caught.value.problems


def only_problem(path: Path, *, use_libyaml: bool | None = None) -> Problem:
    problems = problems_in(path, use_libyaml=use_libyaml)
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def reference_html(markdown: str) -> str:
    """``markdown`` rendered by markdown-it, an independent CommonMark implementation.

    The export renders with cmark; this is the yardstick it is held to. markdown-it
    percent-decodes the text of a link while cmark shows the URL as written, so the
    reference is told to show it as written too: that is the only difference allowed.
    """
    from markdown_it import MarkdownIt

    class AsWritten(MarkdownIt):
        def normalizeLinkText(self, link: str) -> str:
            return link

    return (
        AsWritten("commonmark", {"html": False, "xhtmlOut": False}).enable("table").render(markdown)
    )


@pytest.fixture
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test's own config and cache folders (``tmp_path/config``, ``tmp_path/cache``):
    nothing of the user's, nothing shared between tests. Returns the cache folder."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def held_read(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold the app's file reading until the returned event is set: a test can then look
    at what the screen shows while the file is still being read, whatever the machine's
    speed (the real loader runs once the event is set; it waits at most a minute)."""
    release = threading.Event()
    real = loader.load_read

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(loader, "load_read", held)
    return release


def drafted(text: str, source: Path, output: Path) -> Path:
    """Write the article ``text`` to ``source`` and draft it with ``briefing new`` into
    ``output``, as a user would; the draft's path."""
    source.write_text(text, encoding="utf-8")
    args = argparse.Namespace(sources=[str(source)], output=str(output), lang="auto", force=False)
    assert new.run(args) == 0
    return output
