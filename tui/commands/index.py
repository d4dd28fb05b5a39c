"""``briefing index [PATH] [--rebuild]``: bring the library's search index up to date.

Reads only what changed since the last run (new, changed and deleted files); a progress
bar on stderr when it is a terminal, a plain line now and then otherwise. Files that do
not load are listed with their first problem and left out of the index.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, say

if TYPE_CHECKING:
    from tui.index import LibraryIndex, UpdateReport

HELP = "build or update the search index of a folder of briefings (progress on stderr)"
DESCRIPTION = (
    "Index every briefing under PATH (default: the bundled briefings) for 'briefing"
    " search': titles, summaries, actors and aliases, claims, quotes and translations,"
    " sources (with fetched titles), notes, relations, timeline and tags. Only new and"
    " changed files are read; deleted ones are dropped. The index lives in the cache"
    " folder ('briefing config' shows where); a damaged one is rebuilt. Files that do not"
    " load are listed with their first problem. Exit 0 when every file is indexed, 1 when"
    " some could not be, 2 on usage errors."
)

PLAIN_EVERY = 2.0
"""Seconds between two plain progress lines when stderr is not a terminal."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path", nargs="?", metavar="PATH", type=Path, help="a folder of briefings, or one file"
    )
    parser.add_argument("--rebuild", action="store_true", help="throw the index away and read all")


def library_path(path: Path | None) -> Path | None:
    """PATH, or the bundled briefings; None (after saying why) when it does not exist."""
    from tui.text import shown_path

    if path is None:
        from tui.library import bundled_briefings_dir

        return bundled_briefings_dir()
    try:
        path.stat()
    except (OSError, ValueError):
        say(f"{shown_path(path)}: no such file or folder")
        return None
    return path


def open_index(path: Path) -> LibraryIndex | None:
    """The index of ``path``; None after saying why it cannot be opened or made."""
    from tui.index import IndexUnavailable, LibraryIndex

    try:
        return LibraryIndex(path)
    except IndexUnavailable as error:
        say(f"error: {error}")
        return None


def update_with_progress(index: LibraryIndex, *, rebuild: bool = False) -> UpdateReport:
    """Update ``index``, showing progress on stderr: a bar on a terminal, else a plain
    line every :data:`PLAIN_EVERY` seconds."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from tui.index import Progress as Step

    console = Console(stderr=True, markup=False, highlight=False)
    if not console.is_terminal:
        last = time.monotonic()

        def plain(step: Step) -> None:
            nonlocal last
            if step.total and time.monotonic() - last >= PLAIN_EVERY:
                last = time.monotonic()
                print(f"indexing: {step.done} of {step.total} files read", file=sys.stderr)

        return index.update(progress=plain, rebuild=rebuild)
    bar = Progress(
        "indexing",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    with bar:
        task = bar.add_task("index", total=None)

        def advance(step: Step) -> None:
            bar.update(task, total=step.total, completed=step.done)

        return index.update(progress=advance, rebuild=rebuild)


def print_report_problems(report: UpdateReport, *, in_short: bool = False) -> None:
    """The index's notes and every file left out, one line each on stderr; ``in_short``
    (for a search, which is run again and again) only how many, and where to see them."""
    from tui.text import one_line
    from tui.words import count

    for note in report.notes:
        say(f"warning: {one_line(note)}")
    if in_short and report.problems:
        say(
            f"{count(len(report.problems), 'file')} left out of the index"
            " (briefing index PATH lists them)"
        )
        return
    for problem in report.problems:
        print(one_line(str(problem)), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from tui.text import shown_path
    from tui.words import count

    path = library_path(args.path)
    if path is None:
        return EXIT_USAGE
    index = open_index(path)
    if index is None:
        return EXIT_INVALID
    with index:
        report = update_with_progress(index, rebuild=args.rebuild)
    print_report_problems(report)
    indexed = report.files - report.unloadable
    print(
        f"{shown_path(path)}: {count(report.files, 'briefing file')}"
        f" ({report.added:,} added, {report.changed:,} changed, {report.removed:,} removed,"
        f" {report.unchanged:,} unchanged) in {report.seconds:.2f} s;"
        f" {count(indexed, 'file')} searchable; index {shown_path(index.path)}"
    )
    return EXIT_INVALID if report.problems else EXIT_OK
