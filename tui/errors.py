"""The one root of every error this package raises on purpose, and the problems it reports.

Catching :class:`BriefingError` catches everything the package means to say to a user;
anything else that escapes is a bug and goes to the crash report. Each family lives next
to the code that raises it and subclasses a class here, so a caller never has to import
the loader (or the fetch engine) just to catch its errors::

    BriefingError
    ├── LoadError              a briefing file could not be loaded (raised by tui.loader)
    ├── ProfileError           a citation cycle or a dangling reference (tui.profile)
    ├── CueLexiconError        a cue lexicon file is malformed (tui.cues)
    ├── SourceError            an article cannot be drafted from (tui.draft.source)
    ├── DraftError             the article holds nothing to draft (tui.draft.build)
    ├── ExportError            the format cannot say what the briefing holds (tui.export)
    ├── FetchFailure           a source could not be fetched (tui.fetch.errors)
    │   ├── Refused            the URL, a redirect or its address is not allowed
    │   ├── HostNotFound       the name does not resolve
    │   ├── BodyTooLarge       the body passed the byte cap
    │   └── Transient          worth retrying: connection errors, 429, 5xx
    ├── CacheError             the fetch cache cannot be opened or written (tui.fetch.cache)
    ├── WorkerCrashed          an extraction worker process died (tui.fetch.workers)
    └── ReadRefused            a file was not read: missing, folder, special, too big
                               (tui.boundedread)

The refusals of the atomic writer (:mod:`tui.atomic`) stay ``OSError`` subclasses, as
callers of a file write expect, and are caught as such.

:class:`Problem` is one located complaint (``PATH:LINE:COL: message``); every error that
carries positions carries a list of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.text import shown_path

__all__ = ["BriefingError", "LoadError", "Problem"]


class BriefingError(Exception):
    """Base of every error this package raises on purpose."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a file, printed as ``PATH:LINE:COL: message``."""

    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        # The file name is shown safely: a name holding a newline must not pass for a
        # second problem line, and undecodable bytes must not stop the print.
        where = shown_path(self.file)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"

    def sort_key(self) -> tuple[str, int, int]:
        """File order, then line and column; problems without a position come first."""
        return (self.file, self.line or 0, self.column or 0)


class LoadError(BriefingError):
    """A file could not be loaded; ``problems`` lists every reason found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(str(p) for p in self.problems))
