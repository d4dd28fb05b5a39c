"""Helpers the subcommands share: exit codes, finding files, printing problems."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui.atomic import ProtectedFileRefusal, refuse_protected
from tui.text import shown_path, visible

if TYPE_CHECKING:
    from tui.model import Briefing

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def say(message: str) -> None:
    """A message for the user on stderr, prefixed with the program name.

    Control characters are made visible here as a last guard; paths inside ``message``
    should already have gone through :func:`tui.text.shown_path` (which also shows
    newlines, so a file name cannot pass for a second line).
    """
    print(f"briefing: {visible(message)}", file=sys.stderr)


def files_or_none(paths: Sequence[Path]) -> list[Path] | None:
    """The briefing files under ``paths``; None (after saying why) on a usage error.

    What could not be looked at (an unreadable folder, a symlink loop, a FIFO named like a
    briefing) is said on stderr and left out; the rest goes on.
    """
    from tui.library import scan_briefing_files

    scan = scan_briefing_files(paths)
    files, missing = scan.files, scan.missing
    for problem in scan.problems:
        say(str(problem))
    for path in missing:
        say(f"{shown_path(path)}: no such file or folder")
    if missing:
        return None
    if not files:
        say(f"no briefing files (*.yaml, *.yml) in {', '.join(shown_path(p) for p in paths)}")
        return None
    return files


def one_briefing_path(path: Path, command: str) -> bool:
    """Whether ``path`` is one existing file; says why not (a usage error) when it is not."""
    if not path.exists():
        say(f"{shown_path(path)}: no such file")
        return False
    if path.is_dir():
        say(f"{shown_path(path)} is a folder; {command} takes one briefing file")
        return False
    return True


def load_or_report(path: Path) -> Briefing | None:
    """The briefing in ``path``, or None after printing every problem it has."""
    from tui.loader import LoadError, load_briefing

    try:
        return load_briefing(path)
    except LoadError as error:
        print_problems(error.problems)
        return None


def print_problems(problems: Sequence[object]) -> None:
    """Each problem on one line of stderr, control characters made visible."""
    for problem in problems:
        print(visible(str(problem), keep_newlines=False), file=sys.stderr)


def output_problem(
    output: Path, *, force: bool, inputs: Sequence[Path] = (), check_file: bool = True
) -> str | None:
    """Why ``output`` cannot be written, checked before any work; None when it can.

    A long export or draft should not find out only at the end that the folder is missing
    or read-only, or that the target is a briefing it must never replace (the input or
    any other, whatever ``force`` says: :func:`tui.atomic.refuse_protected`). With
    ``check_file`` false only the folder is checked (the file name is not known yet).
    """
    folder = output.parent if str(output.parent) else Path(".")
    shown, shown_folder = shown_path(output), shown_path(folder)
    if check_file and output.is_dir():
        return f"{shown} is a folder; give a file name"
    if not folder.exists():
        return f"cannot write {shown}: folder {shown_folder} does not exist"
    if not folder.is_dir():
        return f"cannot write {shown}: {shown_folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write {shown}: folder {shown_folder} is not writable"
    if not check_file:
        return None
    try:
        refuse_protected(output, inputs)
    except ProtectedFileRefusal as refusal:
        return str(refusal)
    if (output.exists() or output.is_symlink()) and not force:
        return f"{shown} exists; add --force to replace it"
    return None
