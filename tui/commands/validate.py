"""``briefing validate PATH...``: every problem in every file, one per line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, files_or_none, print_problems

HELP = "check briefing files or folders; print every problem as PATH:LINE:COL: message"
DESCRIPTION = (
    "Check briefing files (or every *.yaml/*.yml under folders). Every problem in every"
    " file goes to stderr as PATH:LINE:COL: message. Exit 0 when all are valid, 1 when"
    " any is not, 2 on usage errors."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")


def run(args: argparse.Namespace) -> int:
    from tui.loader import LoadError, load_briefing

    files = files_or_none(args.paths)
    if files is None:
        return EXIT_USAGE
    invalid = 0
    for file in files:
        try:
            briefing = load_briefing(file)
        except LoadError as error:
            invalid += 1
            print_problems(error.problems)
            continue
        if not args.quiet:
            print(
                f"{file}: ok ({len(briefing.actors)} actors, {len(briefing.claims)} claims,"
                f" {len(briefing.quotes)} quotes, {len(briefing.sources)} sources)"
            )
    if not args.quiet or invalid:
        print(
            f"{len(files) - invalid} of {len(files)} briefing file(s) valid",
            file=sys.stderr if invalid else sys.stdout,
        )
    return EXIT_INVALID if invalid else EXIT_OK
