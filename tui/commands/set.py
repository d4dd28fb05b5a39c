"""``briefing set PATH ID FIELD=VALUE [...]``: edit one record from the command line.

Goes through the same save as the app (:mod:`tui.edit`): only the lines of the changed
fields differ afterwards, the result must load or nothing is written, and the write is
atomic. Values are read as the field's type (see :mod:`tui.edit.values`); ``--json``
takes them as one JSON object, for values that are hard to quote in a shell.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, one_briefing_path, say
from tui.errors import LoadError
from tui.text import one_line, shown_path

HELP = "set fields of one record: briefing set b.yaml c03 status=supported"
DESCRIPTION = (
    "Set fields of one record in a briefing file and save it in place: only the lines of"
    " those fields change, comments and layout stay. ID is a record's id (c03, russia),"
    " SECTION:ID when one id is used in two sections (actors:russia), SECTION.N for"
    " relations and timeline entries (counted from 0), or 'briefing' for the briefing's"
    " own fields (summary, title). Values are read as the field's type: words from the"
    " format's vocabulary, numbers, true/false, lists separated by commas or as JSON;"
    " FIELD= with nothing after '=' removes the field. --json takes the changes as one"
    " JSON object ('-' reads it from standard input). The result is checked with the"
    " loader before anything is written. Exit 0 when saved, 1 when refused (the reason"
    " is printed), 2 on usage errors."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", type=Path, help="a briefing file")
    parser.add_argument("record", metavar="ID", help="the record to change")
    parser.add_argument(
        "assignments", metavar="FIELD=VALUE", nargs="*", help="a field and its new value"
    )
    parser.add_argument(
        "--json",
        metavar="JSON",
        dest="json_values",
        help="the changes as a JSON object, or '-' to read it from standard input",
    )


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        say(f"--json: not JSON ({error.msg} at line {error.lineno}, column {error.colno})")
        return None
    if not isinstance(value, dict) or not value:
        say('--json: give a JSON object of fields and values, e.g. \'{"status": "supported"}\'')
        return None
    return value


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not args.assignments and args.json_values is None:
        say("give at least one FIELD=VALUE, or --json")
        return EXIT_USAGE
    if not one_briefing_path(path, "set"):
        return EXIT_USAGE
    from tui.commands.common import print_problems
    from tui.edit.errors import EditError, EditRefused
    from tui.edit.operations import SECTION_MODELS, SetFields, find_record
    from tui.edit.session import EditSession
    from tui.edit.values import ValueProblem, check_json_fields, parse_assignment

    try:
        session = EditSession.open(path)
    except LoadError as error:
        print_problems(error.problems)
        return EXIT_INVALID
    try:
        ref = find_record(session.document.data, args.record)
    except EditError as error:
        say(f"{shown_path(path)}: {error}")
        return EXIT_INVALID
    model = SECTION_MODELS[ref.section]
    values: dict[str, Any] = {}
    try:
        if args.json_values is not None:
            text = sys.stdin.read() if args.json_values == "-" else args.json_values
            given = _json_object(text)
            if given is None:
                return EXIT_USAGE
            values.update(check_json_fields(model, given))
        for assignment in args.assignments:
            key, value = parse_assignment(model, assignment)
            values[key] = value
    except ValueProblem as problem:
        say(str(problem))
        return EXIT_USAGE
    address = args.record
    try:
        applied = session.apply(SetFields(address, values))
    except EditRefused as refused:
        print_problems(refused.problems)
        say(f"{shown_path(path)}: not changed (the edit would make it invalid)")
        return EXIT_INVALID
    except EditError as error:
        say(str(error))
        return EXIT_INVALID
    print(f"{shown_path(path)}: {one_line(applied.label)}")
    return EXIT_OK
