"""``briefing summary [PATH...]``: briefings as plain text, for pipes and quick looks."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, files_or_none, print_problems

HELP = "print a plain-text summary of briefings (default: the bundled ones)"
DESCRIPTION = "Print title, bottom line, counts, actors and claims of each briefing."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", type=Path)


def run(args: argparse.Namespace) -> int:
    from tui.loader import LoadError, load_briefing
    from tui.summary import plain_summary

    paths: list[Path] = list(args.paths)
    if not paths:
        from tui.library import bundled_briefings_dir

        paths = [bundled_briefings_dir()]
    files = files_or_none(paths)
    if files is None:
        return EXIT_USAGE
    width = min(shutil.get_terminal_size((100, 24)).columns, 100)
    status = EXIT_OK
    for number, file in enumerate(files):
        try:
            briefing = load_briefing(file)
        except LoadError as error:
            status = EXIT_INVALID
            print_problems(error.problems)
            continue
        if number:
            print()
        sys.stdout.write(plain_summary(briefing, width=width))
    return status
