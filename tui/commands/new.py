"""``briefing new SOURCE``: draft a briefing from an article file or URL, for review."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from tui.atomic import FileExistsRefusal, ProtectedFileRefusal, write_atomic
from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, output_problem, say
from tui.text import shown_path, visible
from tui.words import count

HELP = "draft a briefing from an article (text, Markdown or HTML file, http(s) URL, or -)"
DESCRIPTION = (
    "Read an article and write a draft briefing: numbered paragraphs, one candidate claim"
    " per statement with its excerpt, hedge cues, figures and a suggested kind, candidate"
    " actors, quotes with guessed speakers, and the article as the first source. Every"
    " generated item is marked 'Draft:' for review. An existing file is replaced only with"
    " --force; the output folder is checked before drafting (exit 2 on a problem with it)."
    " Exit 1 when the article cannot be read (not a regular file, over 20 MiB, not UTF-8)"
    " or holds no text."
)

_NAMES = {"de": "German", "en": "English"}
_PROGRESS_FROM = 50
"""Paragraphs from which drafting shows its progress (on a terminal)."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", metavar="SOURCE", help="article file, http(s) URL, or - for standard input"
    )
    parser.add_argument(
        "--lang",
        choices=("de", "en", "auto"),
        default="auto",
        help="language of the article (default: detect)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write the draft ('-' for stdout; default: TITLE-SLUG.yaml here)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace an existing FILE; never a briefing (a draft never replaces one: delete"
        " it yourself first if you mean to)",
    )


def _progress_line() -> Callable[[int, int], None] | None:
    """A progress line on stderr when it is a terminal; nothing in pipes and logs."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total >= _PROGRESS_FROM and (done % 10 == 0 or done == total - 1):
            end = "\n" if done == total - 1 else ""
            print(f"\rdrafting: paragraph {done + 1:,} of {total:,}", end=end, file=sys.stderr)

    return show


def run(args: argparse.Namespace) -> int:
    from tui.draft.build import DraftError, draft_briefing
    from tui.draft.language import language_mismatch
    from tui.draft.output import SCHEMA_NAME, dump_briefing, schema_near
    from tui.draft.source import SourceError, read_source

    output = getattr(args, "output", None)
    force = bool(getattr(args, "force", False))
    if output != "-":
        # Drafting a long article takes a while: the output is checked first. Without a
        # name, only the current folder can be (the name comes from the draft's title).
        target = Path(output) if output else Path("draft.yaml")
        problem = output_problem(target, force=force, check_file=output is not None)
        if problem is not None:
            say(problem)
            return EXIT_USAGE
    language = getattr(args, "lang", "auto") or "auto"
    try:
        article = read_source(args.source)
        if language != "auto":
            other = language_mismatch(article.text, language)
            if other is not None:
                say(
                    f"warning: --lang {language}, but the text reads as {_NAMES[other]}:"
                    f" hedges and cues are looked up in the {_NAMES[language]} word lists"
                    f" only (use --lang {other} or --lang auto)"
                )
        briefing = draft_briefing(article, language=language, progress=_progress_line())
    except (SourceError, DraftError) as error:
        say(visible(str(error), keep_newlines=False))
        return EXIT_INVALID
    if output == "-":
        sys.stdout.write(dump_briefing(briefing, None))
        return EXIT_OK
    taken = _ids_beside(Path(output) if output else Path("draft.yaml"))
    if briefing.id in taken:
        # A second draft of the same article (or one titled alike) must not make the
        # library hold one id twice; the file name follows the id when none was given.
        free = _free_id(briefing.id, taken)
        say(f"note: another briefing here has the id {briefing.id!r}; this draft is {free!r}")
        briefing = briefing.model_copy(update={"id": free})
    target = Path(output) if output else Path(f"{briefing.id}.yaml")
    text = dump_briefing(briefing, target)
    try:
        source = Path(args.source)
        write_atomic(target, text, replace=force, protect=[source] if source.exists() else [])
    except ProtectedFileRefusal as refusal:
        say(str(refusal))
        return EXIT_USAGE
    except FileExistsRefusal:
        say(f"{shown_path(target)}: exists; not replacing it (choose another --output or --force)")
        return EXIT_USAGE
    except OSError as error:
        say(f"{shown_path(target)}: cannot write ({error.strerror or error})")
        return EXIT_INVALID
    if schema_near(target.resolve().parent) is None:
        say(
            f"note: no {SCHEMA_NAME} near {shown_path(target)}; editors check the draft"
            f" against it once it is there: briefing schema --output"
            f" {shown_path(target.parent / SCHEMA_NAME)}"
        )
    print(
        f"{shown_path(target)}: draft with {count(len(briefing.claims), 'claim')},"
        f" {count(len(briefing.actors), 'actor')}, {count(len(briefing.quotes), 'quote')};"
        " review every item marked 'Draft:'"
    )
    return EXIT_OK


_ID_LINE = re.compile(rb"^id:[ \t]*['\"]?([^'\"\s#]+)", re.MULTILINE)


def _ids_beside(target: Path) -> set[str]:
    """The briefing ids of the YAML files in ``target``'s folder, itself left out.

    Only the top of each file is read: a briefing's ``id`` is one of its first keys.
    """
    taken: set[str] = set()
    folder = target.parent
    try:
        files = [p for p in folder.iterdir() if p.suffix in (".yaml", ".yml")]
    except OSError:
        return taken
    for path in files:
        if path.name == target.name:
            continue
        try:
            with path.open("rb") as handle:
                head = handle.read(4096)
        except OSError:
            continue
        found = _ID_LINE.search(head)
        if found:
            taken.add(found.group(1).decode("utf-8", "replace"))
    return taken


def _free_id(wanted: str, taken: set[str]) -> str:
    """``wanted`` with the first free ``-2``, ``-3`` … suffix."""
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"
