"""``briefing [open] [PATH]``: the app, on a folder of briefings or on one file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.commands.common import EXIT_OK, EXIT_USAGE, say

HELP = "open the app on a briefing file or a folder (default: the bundled briefings)"
DESCRIPTION = (
    "Open the briefing desk on PATH: a folder opens the library, a file opens that"
    " briefing. Without PATH, the briefings that come with the program. When standard"
    " output is not a terminal, prints the plain-text summary instead."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", metavar="PATH", type=Path)


def run(args: argparse.Namespace) -> int:
    path: Path | None = args.path
    if path is None:
        from tui.library import bundled_briefings_dir

        path = bundled_briefings_dir()
    if not path.exists():
        say(f"{path}: no such file or folder")
        return EXIT_USAGE
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        from tui.commands import summary

        return summary.run(argparse.Namespace(paths=[path]))
    from tui.app import BriefingApp

    BriefingApp(path).run()
    return EXIT_OK
