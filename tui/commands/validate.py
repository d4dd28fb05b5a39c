"""``briefing validate PATH...``: every problem in every file, one per line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, print_problems, say
from tui.errors import Problem
from tui.text import shown_path
from tui.words import count

if TYPE_CHECKING:
    from tui.model import Briefing

HELP = "check briefing files or folders; print every problem as PATH:LINE:COL: message"
DESCRIPTION = (
    "Check briefing files (or every *.yaml/*.yml under folders). Every problem in every"
    " file goes to stderr as PATH:LINE:COL: message, and so does a path that cannot be"
    " checked (a folder that cannot be listed, a FIFO). Warnings (a quote whose speaker is"
    " not the attributed_to of the claim it backs) go to stderr as PATH:LINE:COL: warning:"
    " message and leave a file valid. Exit 0 when all are valid, 1 when any is not, 2 on"
    " usage errors."
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
    # Problems of a file go out as it is read; "ok" waits until every id is known, since
    # a file is only valid in a library if no other file there takes its id.
    valid: list[tuple[Path, str, str]] = []
    with_id: dict[str, list[Path]] = {}
    for file in files:
        try:
            briefing = load_briefing(file)
        except LoadError as error:
            invalid += 1
            print_problems(error.problems)
            continue
        with_id.setdefault(briefing.id, []).append(file)
        warnings = _warnings(file, briefing)
        print_problems(warnings)
        contents = _contents(briefing)
        if warnings:
            contents += f"; {count(len(warnings), 'warning')}"
        valid.append((file, briefing.id, contents))
    for file, briefing_id, contents in valid:
        others = [other for other in with_id[briefing_id] if other != file]
        if others:
            # Ids name briefings across a library (links, search, the index): one each.
            invalid += 1
            print_problems([_shared_id(file, briefing_id, others)])
        elif not args.quiet:
            print(f"{shown_path(file)}: ok ({contents})")
    if not args.quiet or invalid or scan.problems:
        summary = f"{len(files) - invalid:,} of {count(len(files), 'briefing file')} valid"
        if scan.problems:
            summary += f"; {count(len(scan.problems), 'path')} could not be checked"
        print(summary, file=sys.stderr if invalid or scan.problems else sys.stdout)
    return EXIT_INVALID if invalid or scan.problems else EXIT_OK


def _contents(briefing: Briefing) -> str:
    return (
        f"{count(len(briefing.actors), 'actor')}, {count(len(briefing.claims), 'claim')},"
        f" {count(len(briefing.quotes), 'quote')}, {count(len(briefing.sources), 'source')}"
    )


def _warnings(file: Path, briefing: Briefing) -> list[Problem]:
    """What is valid but likely wrong, each at its line: a quote whose speaker is not
    the one the claim it backs is attributed to (:func:`tui.speakers.speaker_mismatches`).
    A warning, not an error: either may be right, and the file loads."""
    from tui.speakers import speaker_mismatches
    from tui.yamlread import read_yaml

    found = speaker_mismatches(briefing)
    if not found:
        return []
    try:  # read again for positions: only files that have something to warn of
        result = read_yaml(file.read_text(encoding="utf-8"), record_positions=True)
    except (OSError, UnicodeDecodeError):
        result = None
    positions = result.positions if result is not None else None
    problems = []
    for mismatch in found:
        where = (
            positions.of_value(("quotes", mismatch.quote_index, "speaker")) if positions else None
        )
        line, column = where if where is not None else (None, None)
        problems.append(Problem(str(file), line, column, f"warning: {mismatch.sentence()}"))
    return problems


def _shared_id(file: Path, briefing_id: str, others: list[Path]) -> Problem:
    """Every file of a set that shares one id, each naming the others, at its ``id:``."""
    line, column = _id_position(file)
    named = ", ".join(shown_path(other) for other in others[:3])
    if len(others) > 3:
        named += f" and {count(len(others) - 3, 'more file')}"
    return Problem(
        str(file),
        line,
        column,
        f"id {briefing_id!r} is also the id of {named}; ids must be unique in a library",
    )


def _id_position(file: Path) -> tuple[int | None, int | None]:
    """Where the briefing's ``id`` value stands (read again: only files that share one)."""
    from tui.yamlread import read_yaml

    try:
        result = read_yaml(file.read_text(encoding="utf-8"), record_positions=True)
    except (OSError, UnicodeDecodeError):
        return None, None
    where = result.positions.values.get(("id",)) if result.positions else None
    return where if where is not None else (None, None)
