"""``briefing new SOURCE``: draft a briefing from an article file or URL, for review."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, say

HELP = "draft a briefing from an article (text, Markdown or HTML file, or http(s) URL)"
DESCRIPTION = (
    "Read an article and write a draft briefing: numbered paragraphs, one candidate claim"
    " per statement with its excerpt, hedge cues, figures and a suggested kind, candidate"
    " actors, quotes with guessed speakers, and the article as the first source. Every"
    " generated item is marked 'Draft:' for review. The file is never overwritten: exit 2"
    " if it exists. Exit 1 when the article cannot be read or holds no text."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SOURCE", help="article file or http(s) URL")
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


def run(args: argparse.Namespace) -> int:
    from tui.atomic import FileExistsRefusal, write_atomic
    from tui.draft.build import DraftError, draft_briefing
    from tui.draft.output import dump_briefing
    from tui.draft.source import SourceError, read_source
    from tui.text import visible

    output = getattr(args, "output", None)
    if output not in (None, "-") and Path(output).exists():
        say(f"{visible(output)}: exists; not replacing it (choose another --output)")
        return EXIT_USAGE
    try:
        article = read_source(args.source)
        briefing = draft_briefing(article, language=getattr(args, "lang", "auto") or "auto")
    except (SourceError, DraftError) as error:
        say(visible(str(error), keep_newlines=False))
        return EXIT_INVALID
    if output == "-":
        sys.stdout.write(dump_briefing(briefing, None))
        return EXIT_OK
    target = Path(output) if output else Path(f"{briefing.id}.yaml")
    text = dump_briefing(briefing, target)
    try:
        write_atomic(target, text)
    except FileExistsRefusal:
        say(f"{visible(str(target))}: exists; not replacing it (choose another --output)")
        return EXIT_USAGE
    except OSError as error:
        say(f"{visible(str(target))}: cannot write ({error.strerror or error})")
        return EXIT_INVALID
    print(
        f"{target}: draft with {len(briefing.claims)} claims, {len(briefing.actors)} actors,"
        f" {len(briefing.quotes)} quotes; review every item marked 'Draft:'"
    )
    return EXIT_OK
