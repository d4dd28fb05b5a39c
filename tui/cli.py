"""The ``briefing`` command: parses arguments and hands over to one subcommand module.

Kept light on import: subcommand modules are imported to build the parser, and each one
imports what it really needs only when it runs.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import importlib
import os
import re
import shlex
import sys
from collections.abc import Sequence

from tui import __version__
from tui.commands import COMMANDS
from tui.commands.common import EXIT_OK, EXIT_USAGE
from tui.text import visible

__all__ = ["main"]

DEFAULT_COMMAND = "open"
"""What ``briefing [PATH...]`` does when no subcommand is named."""


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors exit with 2 and a hint, as documented."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        message = visible(message)  # it may quote what was typed: data, never escapes
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n(see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser for ``briefing`` and every subcommand."""
    parser = _Parser(
        prog="briefing",
        description="A keyboard-first terminal briefing desk: read what a news story rests on."
        f" With no command, 'briefing [PATH...]' runs '{DEFAULT_COMMAND}' on PATH"
        " (default: the bundled briefings).",
        epilog="Exit status: 0 all good, 1 a briefing is invalid or a task failed, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        sub = commands.add_parser(name, help=module.HELP, description=module.DESCRIPTION)
        module.configure(sub)
    return parser


def _never_fail_to_print() -> None:
    """Whatever the terminal's encoding, printing a message never raises.

    Every message already goes through :mod:`tui.text` (so no control character and no
    undecodable file-name byte is printed raw); this is the last guard, for an encoding
    such as ASCII that cannot show a name's letters: they are printed as escapes instead
    of ending the command with a UnicodeEncodeError.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # detached or closed
                reconfigure(errors="backslashreplace")


def _subparser(parser: argparse.ArgumentParser, name: str | None) -> argparse.ArgumentParser | None:
    """The parser of subcommand ``name``, to report its own usage errors."""
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict) and name in choices:
            found: argparse.ArgumentParser = choices[name]
            return found
    return None


def _after_double_dash(args_list: list[str], extra: list[str]) -> str:
    """A hint when options were written after ``--``: argparse reads everything after it
    as words (a query that starts with ``-``), never as an option, and no parser can tell
    an option meant from a word meant there. The hint gives the command that works, the
    options moved before ``--``; empty when ``--`` is not what left them unread."""
    if "--" not in args_list:
        return ""
    cut = args_list.index("--")
    after = args_list[cut + 1 :]
    moved = [word for word in after if word in extra]
    if not any(word.startswith("-") for word in moved):
        return ""
    words = list(after)
    for word in moved:
        words.remove(word)
    fixed = ["briefing", *args_list[:cut], *moved, "--", *words]
    return (
        "; after -- every word is read as an argument (a query, a path), never as an option:"
        f" put options before --, as in: {shlex.join(fixed)}"
    )


SAME_AS: dict[str, str] = {
    "check": "validate",
    "lint": "validate",
    "verify": "validate",
    "draft": "new",
    "create": "new",
    "find": "search",
    "grep": "search",
    "show": "summary",
    "view": "open",
    "edit": "set",
    "convert": "export",
    "web": "serve",
    "download": "fetch",
}
"""Words other programs use for what a command does: a did-you-mean no spelling finds."""

_PLAIN_WORD = re.compile(r"[a-z][a-z-]*")


def _unknown_command(word: str) -> str:
    """What to say of ``word``, the first of the arguments, when it is neither a command
    nor an existing path: "" when it looks like a path after all (it has a dot, a slash,
    a capital), so the open command says the path is missing; else it is named as an
    unknown command, with the command meant when one is close or does the same."""
    if os.path.lexists(word):
        return ""
    meant = SAME_AS.get(word) or next(
        iter(difflib.get_close_matches(word, list(COMMANDS), n=1, cutoff=0.6)), None
    )
    if meant is None and not _PLAIN_WORD.fullmatch(word):
        return ""
    hint = f"did you mean '{meant}'?" if meant else f"commands: {', '.join(COMMANDS)}"
    return f"unknown command {visible(word)!r} ({hint}); no file or folder has that name either"


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``briefing`` with ``argv`` (default: the process's arguments); return the status."""
    _never_fail_to_print()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        if args_list and (unknown := _unknown_command(args_list[0])):
            print(f"briefing: {unknown}", file=sys.stderr)
            return EXIT_USAGE
        args_list = [DEFAULT_COMMAND, *args_list]
    parser = build_parser()
    args, extra = parser.parse_known_args(args_list)
    if extra:
        # argparse would blame the top-level command; the subcommand's usage is the help.
        chosen = _subparser(parser, args.command)
        message = f"unrecognized arguments: {' '.join(extra)}"
        (chosen or parser).error(message + _after_double_dash(args_list, extra))
    if args.command is None:
        build_parser().print_help()
        return EXIT_USAGE
    module = importlib.import_module(COMMANDS[args.command])
    try:
        status: int = module.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the reader left: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:
        # A bug: one line for the user, the traceback in a file for whoever fixes it.
        from tui.crash import report_unexpected

        return report_unexpected(error)
    return status
