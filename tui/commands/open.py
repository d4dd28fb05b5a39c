"""``briefing [open] [PATH]``: the app, on a folder of briefings or on one file."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, say

if TYPE_CHECKING:
    from tui.ui.app import BriefingApp

HELP = "open the app on briefing files or a folder (default: the bundled briefings)"
DESCRIPTION = (
    "Open the briefing desk on PATH: a folder opens the library, a file opens that"
    " briefing, several paths open a library of those files. Without PATH, the briefings"
    " that come with the program. When standard output is not a terminal, or the"
    " terminal is TERM=dumb, prints the plain-text summary instead."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", type=Path)


def run(args: argparse.Namespace) -> int:
    from tui.text import shown_path

    paths: list[Path] = list(getattr(args, "paths", None) or [])
    if not paths:
        from tui.library import bundled_briefings_dir

        paths = [bundled_briefings_dir()]
    for path in paths:
        try:
            os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            say(f"{shown_path(path)}: no such file or folder")
            return EXIT_USAGE
        except (OSError, ValueError) as error:  # too long a name, a symlink loop, no access
            reason = getattr(error, "strerror", None) or str(error)
            say(f"{shown_path(path)}: cannot open: {reason}")
            return EXIT_INVALID
    dumb = os.environ.get("TERM") == "dumb"
    if dumb or not (sys.stdout.isatty() and sys.stdin.isatty()):
        # No full-screen app where the terminal cannot draw one: the plain summary.
        from tui.commands import summary

        return summary.run(argparse.Namespace(paths=paths))
    from tui.ui.app import BriefingApp

    app = BriefingApp(paths[0], paths if len(paths) > 1 else None)
    try:
        app.run()
    except Exception as error:  # escaped Textual itself, e.g. while setting up the terminal
        from tui.crash import report_unexpected

        return report_unexpected(error)
    return exit_status(app)


def exit_status(app: BriefingApp) -> int:
    """The process's exit status once ``app`` has stopped; reports an unexpected error.

    ``App.run()`` returns the same None after a crash as after a quit: only
    ``return_code`` (1 after an unhandled exception) and the error the app kept tell.
    """
    if app.unexpected_error is not None:
        from tui.crash import report_unexpected

        return report_unexpected(app.unexpected_error, app.unexpected_report)
    return app.return_code or EXIT_OK
