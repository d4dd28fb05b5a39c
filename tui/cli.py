"""The ``briefing`` command: ``briefing [PATH]``, ``validate``, ``summary``, ``schema``.

Kept light on import: each subcommand imports what it needs when it runs, so ``--help``
and ``validate`` start fast.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__

__all__ = ["main"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("validate", "summary", "schema")


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors exit with 2 and a hint, as documented."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n(see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing",
        description="A keyboard-first terminal briefing desk: read what a news story rests on."
        " With no command, prints a plain-text summary of the briefings in PATH"
        " (default: the bundled briefings).",
        epilog="Exit status: 0 all good, 1 a briefing is invalid, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    validate = commands.add_parser(
        "validate",
        help="check briefing files or folders; print every problem as PATH:LINE:COL: message",
        description="Check briefing files (or every *.yaml/*.yml in folders). Every problem"
        " in every file goes to stderr as PATH:LINE:COL: message. Exit 0 when all are"
        " valid, 1 when any is not, 2 on usage errors.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    validate.add_argument("-q", "--quiet", action="store_true", help="print problems only")

    summary = commands.add_parser(
        "summary",
        help="print a plain-text summary of briefings",
        description="Print title, summary, counts, actors and claims of each briefing.",
    )
    summary.add_argument("paths", nargs="*", metavar="PATH", type=Path)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the briefing format",
        description="Print the JSON Schema that briefing files follow (for editors).",
    )
    schema.add_argument("-o", "--output", type=Path, help="write it to this file instead")
    schema.add_argument("--force", action="store_true", help="replace an existing file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
        args_list = ["summary", *args_list]
    args = build_parser().parse_args(args_list)
    try:
        if args.command == "validate":
            return _validate(args.paths, quiet=args.quiet)
        if args.command == "summary":
            return _summary(args.paths)
        if args.command == "schema":
            return _schema(args.output, force=args.force)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the reader left: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    build_parser().print_help()
    return EXIT_USAGE


def _files_or_usage_error(paths: Sequence[Path]) -> list[Path] | None:
    from tui.library import find_briefing_files

    files, missing = find_briefing_files(paths)
    for path in missing:
        print(f"briefing: {path}: no such file or folder", file=sys.stderr)
    if missing:
        return None
    if not files:
        shown = ", ".join(str(p) for p in paths)
        print(f"briefing: no briefing files (*.yaml, *.yml) in {shown}", file=sys.stderr)
        return None
    return files


def _validate(paths: Sequence[Path], *, quiet: bool) -> int:
    from tui.loader import LoadError, load_briefing

    files = _files_or_usage_error(paths)
    if files is None:
        return EXIT_USAGE
    invalid = 0
    for file in files:
        try:
            briefing = load_briefing(file)
        except LoadError as error:
            invalid += 1
            for problem in error.problems:
                print(_one_line(str(problem)), file=sys.stderr)
            continue
        if not quiet:
            print(
                f"{file}: ok ({len(briefing.actors)} actors, {len(briefing.claims)} claims,"
                f" {len(briefing.quotes)} quotes, {len(briefing.sources)} sources)"
            )
    if not quiet or invalid:
        print(
            f"{len(files) - invalid} of {len(files)} briefing file(s) valid",
            file=sys.stderr if invalid else sys.stdout,
        )
    return EXIT_INVALID if invalid else EXIT_OK


def _one_line(text: str) -> str:
    from tui.text import visible

    return visible(text, keep_newlines=False)


def _summary(paths: Sequence[Path]) -> int:
    from tui.loader import LoadError, load_briefing
    from tui.summary import plain_summary

    if not paths:
        from tui.library import bundled_briefings_dir

        paths = [bundled_briefings_dir()]
    files = _files_or_usage_error(paths)
    if files is None:
        return EXIT_USAGE
    width = min(shutil.get_terminal_size((100, 24)).columns, 100)
    status = EXIT_OK
    for number, file in enumerate(files):
        try:
            briefing = load_briefing(file)
        except LoadError as error:
            status = EXIT_INVALID
            for problem in error.problems:
                print(_one_line(str(problem)), file=sys.stderr)
            continue
        if number:
            print()
        sys.stdout.write(plain_summary(briefing, width=width))
    return status


def _schema(output: Path | None, *, force: bool) -> int:
    from tui.schema import schema_text

    text = schema_text()
    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    from tui.atomic import FileExistsRefusal, write_atomic

    try:
        write_atomic(output, text, replace=force)
    except FileExistsRefusal:
        print(f"briefing: {output} exists; add --force to replace it", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(f"briefing: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {output}", file=sys.stderr)
    return EXIT_OK
