"""``briefing export PATH [--format F] [--output FILE] [--force] [--no-fetched]``.

A briefing to hand on. By default the export includes what the fetch cache already holds
for the briefing's sources (``briefing fetch`` fills it; export itself never fetches):
fetched titles, authors and dates under each source and how the excerpts and quotes
fared against the pages. ``--no-fetched`` leaves that out, so the output depends on the
briefing file alone. A cache that cannot be read is reported on stderr and the export
goes on without it.

Writes to stdout by default. ``--output`` writes through a temporary file in the target's
folder and a rename, so a failure leaves the old file (or none), never half of one; an
existing file is replaced only with ``--force``, and never the briefing itself or any
other briefing file, whatever the flags. Without ``--format``, the output file's ending
names the format (``report.html`` is HTML); an ending that names another format than
``--format`` is refused. Usage problems (bad format, missing or
unwritable folder, existing file) exit 2 before anything is written; a briefing that does
not load prints its problems and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui.atomic import FileExistsRefusal, ProtectedFileRefusal, write_atomic
from tui.commands.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    load_or_report,
    one_briefing_path,
    output_problem,
    say,
)
from tui.drafts import draft_count
from tui.text import one_line, shown_path
from tui.words import count

if TYPE_CHECKING:
    from tui.fetch import FetchResult
    from tui.model import Briefing

# Kept here as well as in tui.export so building the parser imports nothing heavy; a test
# checks the two agree.
FORMATS = ("markdown", "html", "json", "claimreview", "stix")

HELP = "export a briefing as Markdown, HTML, JSON, ClaimReview (JSON-LD) or STIX 2.1"
DESCRIPTION = (
    "Export one briefing file. Markdown (the default) is a summary to read and forward;"
    " html is the same summary as one self-contained page; json is the whole briefing"
    " (it loads back as a briefing); claimreview is schema.org ClaimReview JSON-LD for"
    " the claims with a verdict (give --publisher, --review-url and --date); stix is a"
    " STIX 2.1 bundle for threat-intelligence platforms. Output goes to stdout unless"
    " --output is given. What the"
    " fetch cache holds for the briefing's sources (from an earlier `briefing fetch`; the"
    " cache is $BRIEFING_CACHE_DIR or the user's cache folder) is included: fetched titles,"
    " authors and dates, and quote checks (found, similar, differs, missing) in the summary and in"
    " the sourcing profile. Nothing is fetched; --no-fetched leaves cached data out."
)


DRAFT_SHOWN: dict[str, str] = {
    "markdown": "the export says so at its top",
    "html": "the export says so at its top",
    "json": "the export's profile counts them (drafts)",
    "claimreview": "each review says creativeWorkStatus Draft",
    "stix": "the report says so and is labelled unreviewed-draft",
}
"""How each format tells its reader that the briefing is still an unreviewed draft."""


def _say_published_notes(briefing: Briefing) -> None:
    """Name the claims whose notes a ClaimReview publishes: a working note becomes the
    public rating explanation."""
    from tui.export.claimreview import explained_claims

    published = explained_claims(briefing)
    if published:
        shown = ", ".join(published[:8]) + (" …" if len(published) > 8 else "")
        say(
            f"note: the notes of {count(len(published), 'claim')} ({one_line(shown)}) are"
            " published as their reviews' ratingExplanation"
        )


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", type=Path, help="the briefing file")
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help="default: from the --output file's ending (.md, .html, .json, .jsonld,"
        " .claimreview.json, .stix.json), else markdown",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of stdout"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace an existing FILE (never a briefing file: those are always refused)",
    )
    review = parser.add_argument_group(
        "ClaimReview",
        "who publishes the reviews, where and when; all three are needed for claimreview",
    )
    review.add_argument("--publisher", metavar="NAME", help="the reviewing organisation")
    review.add_argument(
        "--review-url",
        metavar="URL",
        help="the http(s) page the reviews are published on; each review links to its"
        " claim there (URL#c14, the HTML export's anchors)",
    )
    review.add_argument("--date", metavar="YYYY-MM-DD", help="the date of the review")
    parser.add_argument(
        "--no-fetched",
        dest="fetched",
        action="store_false",
        help="leave out what the fetch cache holds (fetched metadata and quote checks);"
        " by default it is included, without fetching anything",
    )


def _fetched(briefing: Briefing) -> dict[str, FetchResult] | None:
    """What the fetch cache holds for ``briefing``; None, with a warning, when unreadable."""
    from tui.export.fetched import fetched_for
    from tui.fetch import CacheError

    notes: list[str] = []
    try:
        found: dict[str, FetchResult] | None = fetched_for(briefing, notes=notes)
    except CacheError as error:
        notes.append(f"exporting without fetched data: {error}")
        found = None
    for note in notes:
        say(f"warning: {one_line(note)}")
    return found


def _write_stdout(text: str) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)


def run(args: argparse.Namespace) -> int:
    asked: str | None = args.format
    if asked is not None and asked not in FORMATS:
        say(f"unknown format {one_line(asked)!r}; choose one of: {', '.join(FORMATS)}")
        return EXIT_USAGE
    output: Path | None = args.output
    force: bool = bool(getattr(args, "force", False))
    path: Path = args.path
    if not one_briefing_path(path, "export"):
        return EXIT_USAGE
    from tui.export import ExportError, export_briefing, format_problem

    fmt = asked or "markdown"
    if output is not None:
        problem = output_problem(output, force=force, inputs=[path])
        if problem is not None:
            say(problem)
            return EXIT_USAGE
        chosen, problem = format_problem(asked, output.name)
        if chosen is None:
            say(f"{shown_path(output)}: {problem}")
            return EXIT_USAGE
        fmt = chosen

    review_options = {
        "--publisher": getattr(args, "publisher", None),
        "--review-url": getattr(args, "review_url", None),
        "--date": getattr(args, "date", None),
    }
    given = [option for option, value in review_options.items() if value is not None]
    if given and fmt != "claimreview":
        say(f"{', '.join(given)}: only a claimreview export takes these (this one is {fmt})")
        return EXIT_USAGE

    briefing = load_or_report(path)
    if briefing is None:
        return EXIT_INVALID
    # ClaimReview and STIX have no place for fetched data
    wanted = getattr(args, "fetched", True) and fmt not in ("claimreview", "stix")
    fetched = _fetched(briefing) if wanted else None
    review = None
    if fmt == "claimreview":
        from tui.export.claimreview import Review

        review = Review(
            publisher=review_options["--publisher"],
            url=review_options["--review-url"],
            date=review_options["--date"],
        )
    try:
        text = export_briefing(briefing, fmt, fetched=fetched, review=review)
    except ExportError as error:
        say(f"{shown_path(path)}: cannot export as {fmt}: {one_line(str(error))}")
        return EXIT_INVALID

    if output is None:
        _write_stdout(text)
        return EXIT_OK

    try:
        write_atomic(output, text, replace=force, protect=[path])
    except FileExistsRefusal:
        say(f"{shown_path(output)} exists; add --force to replace it")
        return EXIT_USAGE
    except ProtectedFileRefusal as refusal:
        say(str(refusal))
        return EXIT_USAGE
    except OSError as error:
        say(f"cannot write {shown_path(output)}: {one_line(error.strerror or str(error))}")
        return EXIT_USAGE
    say(f"wrote {shown_path(output)}")
    if fmt == "claimreview":
        _say_published_notes(briefing)
    drafts = draft_count(briefing)
    if drafts:
        say(
            f"note: {shown_path(path)} is an unreviewed draft ({count(drafts, 'item')} still"
            f" marked Draft:); {DRAFT_SHOWN[fmt]}"
        )
    return EXIT_OK
