"""Imported only in extraction worker processes: importing this module is the warm-up.

trafilatura's first extraction in a process builds tables it keeps (justext's stoplists
of every language, the list of top-level domains): about 0.3-0.6 s on a shared 2-core
machine, against a few milliseconds for each page after. Listed among the fork server's
preloads (:data:`tui.fetch.workers.PRELOAD`), this import runs once in the fork server,
and every worker forked from it, in every run, starts with those tables built; a
``spawn`` worker imports it from its initializer instead. Never imported by the app
itself, which extracts nothing since extraction moved to workers.

Nothing here may raise: the fork server only forgives an ImportError from a preload, and
an extraction that fails here fails again, with its message, on a real page.
"""

from __future__ import annotations

import contextlib

PAGE = (
    "<html lang='en'><head><title>Warm-up | Briefing</title>"
    "<meta property='og:title' content='Warm-up'></head><body><article><h1>Warm-up</h1>"
    "<p>A first paragraph, long enough for the extractor to take it for the main text.</p>"
    "<p>A second paragraph, so that the page reads as an article and not a stub.</p>"
    "</article></body></html>"
)

with contextlib.suppress(Exception):
    from tui.fetch.extract import extract_page

    extract_page(PAGE, "http://warm-up.invalid/")
