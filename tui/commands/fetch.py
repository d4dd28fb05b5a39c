"""``briefing fetch PATH``: fetch every linked source, check quotes, report per source.

Progress goes to stderr; stdout gets a table, or with ``--json`` one JSON object per
source (JSON Lines, keys as in :data:`tui.fetch.result.JSON_KEYS`). Sources without a
``url`` are listed as skipped and do not make the run fail: the format allows (and the
design asks for) sources known only by name, so counting them as failures would fail
every honest briefing. Exit 0 when every source with a URL was fetched (or read from the
cache), 1 when any failed or the briefing is invalid, 2 on usage errors. Ctrl-C stops the
run: the sources that finished are listed as usual, a line says how many of how many and
what it was still waiting for, and the exit status is 130 (the shell's for an interrupt).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tui.commands.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    load_or_report,
    one_briefing_path,
    say,
)
from tui.text import json_text, one_line, shown_path, visible
from tui.words import CHECK_RESULTS

if TYPE_CHECKING:
    from tui.fetch import FetchResult
    from tui.model import Briefing

EXIT_INTERRUPTED = 130
"""Stopped by Ctrl-C (128 + SIGINT), as the shell and every other command report it."""

HELP = "fetch a briefing's linked sources, extract their metadata and check its quotes"
DESCRIPTION = (
    "Fetch every source of the briefing at PATH that has a url (concurrently, cached in"
    " the user's cache folder or $BRIEFING_CACHE_DIR), extract title, author, date and"
    " main text, and check the claim excerpts and quotes that name each source (found,"
    " similar, differs, missing). Progress on stderr; a table or JSON Lines on stdout. Sources"
    " without a url are reported as skipped, not as failures. Exit 0 when all were"
    " fetched, 1 when any failed, 2 on usage errors, 130 when stopped by Ctrl-C (after"
    " saying which sources finished)."
)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 256:
        raise argparse.ArgumentTypeError(f"{value} is outside 1..256")
    return value


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"{text} s is outside (0, 3600]")
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", type=Path, help="a briefing file")
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object per source (JSON Lines)"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--offline", action="store_true", help="read the cache only; never use the network"
    )
    mode.add_argument(
        "--refresh", action="store_true", help="ignore the cache and fetch everything again"
    )
    parser.add_argument(
        "--concurrency",
        type=_positive_int,
        default=8,
        metavar="N",
        help="sources fetched at once (default 8)",
    )
    parser.add_argument(
        "--per-host",
        type=_positive_int,
        default=None,
        metavar="N",
        help="connections to one host at once (default: the --concurrency value)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive_seconds,
        default=30.0,
        metavar="S",
        help=(
            # 10 s is tui.fetch.settings.CONNECT_TIMEOUT, not imported: the command line
            # starts without the fetcher (a test holds the two to one value)
            "seconds allowed for each source, retries included (default 30): a server may"
            " take all of them to answer; only connecting gives up sooner, after 10 s (and"
            " is tried again)"
        ),
    )


def _quote_summary(result: FetchResult) -> str:
    if result.unread_reason:
        return f"not checked ({result.unread_reason})"
    if not result.quote_checks:
        return ""

    counts = dict.fromkeys(CHECK_RESULTS, 0)
    for check in result.quote_checks:
        counts[check.result] += 1
    return ", ".join(f"{count} {name}" for name, count in counts.items() if count)


def _check_lines(result: FetchResult) -> list[str]:
    """Under the counts, each check worth a look: what differs and how, what is only
    similar, and which excerpts and quotes are missing. Counts alone sent a fact-checker
    to ``--json`` to learn *which* claim says 20.000 where the page says 10.000."""
    lines = [
        f"{check.kind} {check.id} {check.result}"
        + (f": {check.difference}" if check.difference else "")
        for wanted in ("differs", "similar")
        for check in result.quote_checks
        if check.result == wanted
    ]
    missing = [f"{c.kind} {c.id}" for c in result.quote_checks if c.result == "missing"]
    if missing:
        lines.append("missing: " + ", ".join(missing))
    return lines


def _time_taken(result: FetchResult) -> str:
    """How long this run waited for the page; nothing for a page the cache answered
    alone (its time was that of an earlier run)."""
    if result.from_cache and not result.revalidated:
        return ""
    return result.took or ""


def _not_cached(result: FetchResult) -> bool:
    """Fetched, but the cache could not store it (a full disk, a read-only cache): the
    engine keeps the page and says so in ``error``, as ``--json`` shows."""
    return result.ok is True and not result.from_cache and bool(result.error)


def _state(result: FetchResult) -> str:
    if result.skipped:
        return "skipped"
    if result.failed:
        return "failed" if result.status is None else f"failed {result.status}"
    if result.revalidated:
        return "cached (304)"
    if _not_cached(result):
        return "fetched, not cached"
    return "cached" if result.from_cache else f"ok {result.status}"


def _print_table(results: list[FetchResult]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    def cell(*lines: str | None) -> Text:
        # Text objects are never parsed as markup; visible() defuses control characters,
        # each line on its own so a newline in a page's text cannot start a line here.
        shown = [visible(line, keep_newlines=False) for line in lines if line]
        return Text("\n".join(shown))

    table = Table(show_lines=False, pad_edge=False)
    for column in ("source", "state", "title / error", "quotes"):
        table.add_column(column, overflow="fold")
    for result in results:
        detail = result.error if result.ok is not True else result.title or result.final_url
        table.add_row(
            cell(result.id),
            # the time under the state, not in a column of its own: at 80 columns every
            # cell a column takes is one the titles and checks no longer have
            cell(_state(result), _time_taken(result)),
            cell(detail),
            cell(_quote_summary(result), *_check_lines(result)),
        )
    Console(file=sys.stdout, markup=False, highlight=False, emoji=False).print(table)


def _print_json(results: list[FetchResult]) -> None:
    for result in results:
        sys.stdout.write(json_text(result.to_json()) + "\n")  # C1 and bidi escaped
    sys.stdout.flush()


@dataclass
class _Run:
    """What a fetch run returned: every result, or only those that finished before Ctrl-C
    (``stopped_while`` then says what it was still waiting for)."""

    results: list[FetchResult]
    interrupted: bool = False
    stopped_while: str = ""


def _fetch(args: argparse.Namespace, briefing: Briefing) -> _Run | None:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from tui.fetch import CacheError, FetchSettings, fetch_sources, open_cache
    from tui.fetch.engine import waiting_for

    settings = FetchSettings.within(
        args.timeout,
        concurrency=args.concurrency,
        per_host=args.per_host or args.concurrency,
        offline=args.offline,
        refresh=args.refresh,
    )
    try:
        cache = open_cache()
    except CacheError as error:
        say(f"error: {error}")
        return None
    console = Console(stderr=True, markup=False, highlight=False)
    progress = Progress(
        "fetching",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        # ids and hosts from the file: never read as Rich markup
        TextColumn("{task.fields[waiting]}", markup=False),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    with cache, progress:
        done: set[str] = set()
        task = progress.add_task(
            "fetch", total=len(briefing.sources), waiting=waiting_for(briefing.sources, done)
        )
        import asyncio  # deferred: every other command starts without it

        finished: list[FetchResult] = []

        def advance(result: FetchResult) -> None:
            """One more source done: the bar moves on and names what is still awaited."""
            done.add(result.id)
            finished.append(result)
            progress.update(task, advance=1, waiting=waiting_for(briefing.sources, done))

        try:
            results = asyncio.run(
                fetch_sources(
                    briefing.sources,
                    settings=settings,
                    cache=cache,
                    briefing=briefing,
                    on_progress=advance,
                )
            )
        except KeyboardInterrupt:
            # Ctrl-C: the pages that finished are cached and checked; say which, in the
            # briefing's order, and what the run still waited for (as the app's Esc does).
            order = {source.id: number for number, source in enumerate(briefing.sources)}
            finished.sort(key=lambda result: order.get(result.id, len(order)))
            _report_cache(cache.take_notes(), finished)
            return _Run(finished, True, waiting_for(briefing.sources, done))
        _report_cache(cache.take_notes(), results)
    return _Run(results)


def _report_cache(notes: list[str], results: list[FetchResult]) -> None:
    """Say once what went wrong with the cache: its own notes (damage moved aside, a
    lock), and why pages were not stored, however many sources that hit."""
    reasons = dict.fromkeys(
        (r.error or "").removeprefix("fetched, but not cached: ") for r in results if _not_cached(r)
    )
    for message in [*notes, *reasons]:
        say(f"warning: {one_line(message)}")


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not one_briefing_path(path, "fetch"):
        return EXIT_USAGE
    briefing = load_or_report(path)
    if briefing is None:
        return EXIT_INVALID
    run = _fetch(args, briefing)
    if run is None:
        return EXIT_INVALID
    results = run.results
    (_print_json if args.json else _print_table)(results)
    fetched = sum(1 for r in results if r.ok)
    cached = sum(1 for r in results if r.ok and r.from_cache)
    failed = sum(1 for r in results if r.failed)
    skipped = sum(1 for r in results if r.skipped)
    if run.interrupted:
        stopped = f"; stopped while {run.stopped_while}" if run.stopped_while else ""
        say(
            f"{shown_path(path)}: fetch cancelled after {len(results)} of {len(briefing.sources)}"
            f" sources ({fetched} fetched, {cached} from the cache, {failed} failed,"
            f" {skipped} skipped){stopped}"
        )
        return EXIT_INTERRUPTED
    say(
        f"{shown_path(path)}: {fetched} fetched ({cached} from the cache), {failed} failed,"
        f" {skipped} skipped (no url)"
    )
    return EXIT_INVALID if failed else EXIT_OK
