"""Imported only in extraction worker processes: importing this module is the warm-up.

trafilatura's first extraction in a process builds tables it keeps (justext's stoplists
of every language, the list of top-level domains): about 0.3-0.6 s on a shared 2-core
machine, against a few milliseconds for each page after; charset detection imports its
own models on first use. Listed among the fork server's
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
    # The whole path a page takes in a worker: classify, decode (charset detection
    # included, for the cp1252 bytes without a label), extract.
    from tui.fetch.charset import decode_body
    from tui.fetch.engine import _digest

    decode_body(PAGE.replace("Warm-up", "Caf\u00e9").encode("cp1252"), "text/html")
    _digest("http://warm-up.invalid/", 200, "http://warm-up.invalid/", {}, PAGE.encode(), 0, 0)
