"""``briefing search QUERY [PATH] [--json] [--limit N] [--files]``: search a library.

The index is brought up to date first (quick when nothing changed), then the best records
are printed grouped by briefing, with the matching words marked; with ``--json``, one
JSON object per hit. The best records are a few; ``--files`` answers for every file that
matches instead (a fact-checker's "every briefing that mentions X"), one path a line.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, say

if TYPE_CHECKING:
    from tui.index import MatchedFile, SearchResult, Snippet

HELP = "search every briefing in a folder: claims, quotes, actors, sources, notes"
DESCRIPTION = (
    "Search the briefings under PATH (default: the bundled briefings) for QUERY and print"
    " the best records grouped by briefing, the matching words marked. Case and accents do"
    " not matter (Müller, Mueller and muller are one; so are Straße and Strasse); each word"
    ' also finds words that start with it (Beitritt finds EU-Beitrittsgespräche); "words'
    ' in quotes" must stand together; every word must match. Any text is searched as text.'
    " lang:de, tag:nato, after:2024-06 and before:2025 keep the files of that language,"
    " tag or date (applied before ranking). A query that starts with - goes after --, every"
    " option before it (briefing search --limit 5 -- -x PATH). The index is updated first"
    " (only changed files are"
    " read). With --json, one JSON"
    " object per hit: briefing, path, title, type, id, label, field, snippet, marks (spans"
    " of snippet), score. With --files, every briefing file that matches, one path a line"
    " (no ranking, no limit); with --json as well, one object per file: briefing, path,"
    " title, published, records. Filters alone (lang:ja) list every briefing they keep."
    " Exit 0 when something is found, 1 when nothing is, 2 on"
    " usage errors."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY", help="words to find (quote the whole query)")
    parser.add_argument(
        "path", nargs="?", metavar="PATH", type=Path, help="a folder of briefings, or one file"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per hit")
    parser.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N hits (default 20)"
    )
    parser.add_argument(
        "--files",
        action="store_true",
        help="list every briefing file that matches, one path a line (no ranking, no limit)",
    )


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def run(args: argparse.Namespace) -> int:
    from tui.commands.index import library_path, open_index, print_report_problems
    from tui.commands.index import update_with_progress as update

    path = library_path(args.path)
    if path is None:
        return EXIT_USAGE
    index = open_index(path)
    if index is None:
        return EXIT_INVALID
    from tui.index import parse_library_query
    from tui.index.query import parse_query

    query = parse_library_query(args.query)
    filters_alone = query.filters and not parse_query(query.text)
    with index:
        report = update(index)
        matched: tuple[MatchedFile, ...] = ()
        if filters_alone:
            matched = index.filtered_files(query)
        elif args.files:
            matched = index.matching_files(query.text, filters=query)
        else:
            result = index.search(query.text, limit=args.limit, filters=query)
            if result.capped or len(result.hits) >= args.limit:
                # Only then can a file that matches be missing from the best hits.
                matched = index.matching_files(query.text, filters=query)
    print_report_problems(report, in_short=True)
    for problem in query.problems:
        say(f"not applied: {problem}")
    if filters_alone:
        return _print_listed(matched, query.describe(), paths_only=args.files, as_json=args.json)
    if args.files:
        return _print_files(matched, query.text, query.describe(), as_json=args.json)
    note = result.capped_note()
    if note is not None:
        say(note)
    if args.json:
        _print_json(result)
    else:
        _print_plain(result, query.describe())
    others = len(matched) - len(result.groups)
    if others > 0:
        from tui.index.query import more_matching

        why = (
            "not ranked: too many records match"
            if result.capped
            else "their records rank below these"
        )
        say(f"{more_matching(others)} ({why}); --files lists every one")
    return EXIT_OK if result.groups else EXIT_INVALID


def _print_files(
    matched: tuple[MatchedFile, ...], query: str, filters: str, *, as_json: bool
) -> int:
    """Every matching file, one path a line (or one JSON object a line): the whole answer,
    for scripts and for "every briefing that mentions X"."""
    from tui.index.query import parse_query
    from tui.text import json_text, one_line, shown_path

    if not matched:
        if not parse_query(query):
            say("the query holds no word to search for")
        else:
            among = f" ({filters})" if filters else ""
            say(f"nothing found for {one_line(query)!r}{among}")
        return EXIT_INVALID
    for file in matched:
        if as_json:
            record = {
                "briefing": file.briefing,
                "path": os.fsdecode(file.path),
                "title": file.title,
                "published": file.published,
                "records": file.records,
            }
            sys.stdout.write(json_text(record) + "\n")
        else:
            print(shown_path(file.path))
    return EXIT_OK


def _print_listed(
    matched: tuple[MatchedFile, ...], filters: str, *, paths_only: bool, as_json: bool
) -> int:
    """Every briefing the filters keep, for a query of filters alone (``lang:ja``): one
    line each with its title, id and date (only the path with ``--files``), or one JSON
    object each as ``--files --json`` prints them."""
    from tui.text import one_line, shown_path
    from tui.words import count

    if not matched:
        say(f"no briefing is kept by {filters}")
        return EXIT_INVALID
    if paths_only or as_json:
        return _print_files(matched, "", filters, as_json=as_json)
    for file in matched:
        facts = ", ".join(one_line(v) for v in (file.briefing, file.published) if v)
        title = one_line(file.title or "(no title)")
        print(f"{shown_path(file.path)}: {title}" + (f" ({facts})" if facts else ""))
    say(f"{count(len(matched), 'briefing')} kept by {filters} (no word searched)")
    return EXIT_OK


def _print_json(result: SearchResult) -> None:
    from tui.text import json_text

    for group, hit in result.hits:
        record = {
            "briefing": group.briefing,
            "path": os.fsdecode(group.path),
            "title": group.title,
            "type": hit.kind,
            "id": hit.id,
            "label": hit.label,
            "field": hit.snippet.field,
            "snippet": hit.snippet.text,
            "marks": [list(span) for span in hit.snippet.marks],
            "score": hit.score,
        }
        sys.stdout.write(json_text(record) + "\n")


def _marked(snippet: Snippet, on: str, off: str) -> str:
    """The snippet on one line, control characters made visible, matches between
    ``on`` and ``off`` (added after the text is made safe, so they stay ours)."""
    from tui.text import one_line

    text, out, last = snippet.text, [], 0
    for start, end in snippet.marks:
        out += [one_line(text[last:start]), on, one_line(text[start:end]), off]
        last = end
    out.append(one_line(text[last:]))
    return "".join(out)


def _print_plain(result: SearchResult, filters: str) -> None:
    from tui.text import one_line, shown_path

    if not result.groups:
        if not result.terms:
            say("the query holds no word to search for")
        else:
            among = f" ({filters})" if filters else ""
            say(f"nothing found for {one_line(result.query)!r}{among}")
        return
    styled = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    on, off = ("\x1b[1;4m", "\x1b[0m") if styled else ("«", "»")
    for number, group in enumerate(result.groups):
        if number:
            print()
        facts = ", ".join(one_line(v) for v in (group.briefing, group.published) if v)
        title = one_line(group.title or "(does not load)")
        print(f"{shown_path(group.path)}: {title}" + (f" ({facts})" if facts else ""))
        for hit in group.hits:
            where = f"{hit.kind} {one_line(hit.id)}"
            other = hit.snippet.other_field
            field = f"[{other}] " if other else ""
            print(f"  {where:<16} {field}{_marked(hit.snippet, on, off)}")
