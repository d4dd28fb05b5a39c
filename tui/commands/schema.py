"""``briefing schema [--output FILE]``: the JSON Schema editors use."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.atomic import FileExistsRefusal, ProtectedFileRefusal, write_atomic
from tui.commands.common import EXIT_OK, EXIT_USAGE, output_problem, say
from tui.text import shown_path

HELP = "print the JSON Schema of the briefing format"
DESCRIPTION = "Print the JSON Schema that briefing files follow (for editors)."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, help="write it to this file instead")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace an existing file (never a briefing file: those are always refused)",
    )


def run(args: argparse.Namespace) -> int:
    from tui.schema import schema_text

    text = schema_text()
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK

    # the same refusal as export and new: a briefing is never replaced, whatever the flags
    problem = output_problem(args.output, force=args.force)
    if problem is not None:
        say(problem)
        return EXIT_USAGE
    try:
        write_atomic(args.output, text, replace=args.force, protect=())
    except FileExistsRefusal:
        say(f"{shown_path(args.output)} exists; add --force to replace it")
        return EXIT_USAGE
    except ProtectedFileRefusal as refusal:  # it became a briefing since the check
        say(str(refusal))
        return EXIT_USAGE
    except OSError as error:
        say(f"cannot write {shown_path(args.output)}: {error.strerror or error}")
        return EXIT_USAGE
    say(f"wrote {shown_path(args.output)}")
    return EXIT_OK
