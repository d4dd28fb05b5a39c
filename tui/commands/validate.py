"""``briefing validate PATH...``: every problem in every file, one per line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, print_problems, say
from tui.text import shown_path
from tui.words import count

HELP = "check briefing files or folders; print every problem as PATH:LINE:COL: message"
DESCRIPTION = (
    "Check briefing files (or every *.yaml/*.yml under folders). Every problem in every"
    " file goes to stderr as PATH:LINE:COL: message, and so does a path that cannot be"
    " checked (a folder that cannot be listed, a FIFO). Exit 0 when all are valid, 1 when"
    " any is not, 2 on usage errors."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")


def run(args: argparse.Namespace) -> int:
    from tui.library import scan_briefing_files
    from tui.loader import LoadError, load_briefing

    scan = scan_briefing_files(args.paths)
    for path in scan.missing:
        say(f"{shown_path(path)}: no such file or folder")
    if scan.missing:
        return EXIT_USAGE
    # What could not be looked at (an unreadable folder, a FIFO, a symlink loop) is a
    # problem of its own: the files that could be found are still checked.
    print_problems(scan.problems)
    if not scan.files and not scan.problems:
        shown = ", ".join(shown_path(p) for p in args.paths)
        say(f"no briefing files (*.yaml, *.yml) in {shown}")
        return EXIT_USAGE
    files = scan.files
    invalid = 0
    first_with_id: dict[str, Path] = {}
    for file in files:
        try:
            briefing = load_briefing(file)
        except LoadError as error:
            invalid += 1
            print_problems(error.problems)
            continue
        other = first_with_id.setdefault(briefing.id, file)
        if other != file:
            # Ids name briefings across a library (links, search, the index): one each.
            invalid += 1
            print(
                f"{shown_path(file)}: id {briefing.id!r} is already the id of"
                f" {shown_path(other)}; ids must be unique in a library",
                file=sys.stderr,
            )
            continue
        if not args.quiet:
            print(
                f"{shown_path(file)}: ok ({count(len(briefing.actors), 'actor')},"
                f" {count(len(briefing.claims), 'claim')}, {count(len(briefing.quotes), 'quote')},"
                f" {count(len(briefing.sources), 'source')})"
            )
    if not args.quiet or invalid or scan.problems:
        summary = f"{len(files) - invalid} of {count(len(files), 'briefing file')} valid"
        if scan.problems:
            summary += f"; {count(len(scan.problems), 'path')} could not be checked"
        print(summary, file=sys.stderr if invalid or scan.problems else sys.stdout)
    return EXIT_INVALID if invalid or scan.problems else EXIT_OK
