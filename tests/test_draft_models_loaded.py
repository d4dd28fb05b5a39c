"""Drafting loads the tagger model of the article's language only: the other model costs
a tenth of a second or more to load, and a word test meant for one language (English
plurals, German genitives) must not pull it in for the other. Checked in a fresh
process, as a user's `briefing new` runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

GERMAN = (
    "Die Stadtwerke erhöhen die Preise. Nach Angaben des Managers sollen Kunden ab Mai"
    " mehr zahlen, sagte ein Sprecher am Montag. Die Verbraucherschützer kritisieren das."
)
ENGLISH = (
    "Surgeons at the city hospital said the waiting lists were growing. Managers of the"
    " trust blamed a shortage of nurses, and Cyclists protested outside on Monday."
)
ENGLISH_BODIES = (
    # a capital before a listed outlet, and an acronym after a body of several words:
    # rules that read German compounds and names must not load the German model here
    "The Regional Transport Authority said fares would rise, the Guardian reported. The"
    " RTA added that Mary Reuters, a driver, had warned of delays."
)

PROBE = """
import sys
from tui.draft.build import draft_briefing
from tui.draft.source import ArticleText
from tui.taggers import english_tagger, german_tagger
draft_briefing(ArticleText(text=sys.argv[1], origin="test"), language=sys.argv[2])
print(german_tagger.cache_info().currsize, english_tagger.cache_info().currsize)
"""


@pytest.mark.parametrize(
    ("text", "language", "loaded"),
    [(GERMAN, "de", "1 0"), (ENGLISH, "en", "0 1"), (ENGLISH_BODIES, "en", "0 1")],
)
def test_only_the_articles_language_model_is_loaded(text: str, language: str, loaded: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, text, language],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == loaded.split()
