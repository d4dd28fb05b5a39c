"""``briefing profile PATH [--json]``: what a briefing's article rests on, at a glance.

A plain-text table for reading (every figure with the claims behind it), or the profile
as JSON for other tools. Text from the briefing is shown as data: control characters are
made visible, in JSON too.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from tui.commands.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    load_or_report,
    one_briefing_path,
    print_problems,
)
from tui.text import json_text, title_rule, visible
from tui.words import BASIS_WORDS

if TYPE_CHECKING:
    from tui.profile import SourcingProfile, Tally

HELP = "show what a briefing rests on: hedged claims, on whose word, chains, sources"
DESCRIPTION = (
    "Print the sourcing profile of a briefing: claims by kind and how many are hedged,"
    " the hedge cues by category, on whose word each claim rests and through how many"
    " hands, sources with and without a link, named and unnamed experts, figures stated"
    " and derived, loaded labels and the analyst's contradiction notes. Every figure lists"
    " the claims behind it. Exit 0 when shown, 1 when the file does not load, 2 on usage"
    " errors."
)

_LABEL = 24
"""Width of the label column; the count follows, then the detail."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", type=Path, help="a briefing file")
    parser.add_argument("--json", action="store_true", help="print the profile as JSON")


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not one_briefing_path(path, "profile"):
        return EXIT_USAGE
    from tui.profile import ProfileError, sourcing_profile

    briefing = load_or_report(path)
    if briefing is None:
        return EXIT_INVALID
    try:
        profile = sourcing_profile(briefing)
    except ProfileError as error:
        print_problems([f"{path}: {error}"])
        return EXIT_INVALID
    if args.json:
        sys.stdout.write(json_text(profile.to_dict(), indent=2) + "\n")
    else:
        width = min(shutil.get_terminal_size((100, 24)).columns, 100)
        sys.stdout.write(plain_profile(profile, width=width))
    return EXIT_OK


# --- plain text ---------------------------------------------------------------------------


def _shown(text: str) -> str:
    return visible(text, keep_newlines=False)


def _ids(ids: Iterable[str]) -> str:
    return " ".join(_shown(i) for i in ids)


class _Lines:
    """Rows of label, count and a detail that wraps under itself."""

    def __init__(self, width: int) -> None:
        self.width = max(width, 60)
        self.lines: list[str] = []

    def heading(self, text: str) -> None:
        if self.lines:
            self.lines.append("")
        self.lines.append(text)

    def row(self, label: str, count: str, detail: str = "", indent: int = 2) -> None:
        head = " " * indent + f"{label:<{_LABEL - indent}} {count:>5}  "
        if not detail:
            self.lines.append(head.rstrip())
            return
        self.lines += textwrap.wrap(
            detail,
            width=self.width,
            initial_indent=head,
            subsequent_indent=" " * len(head),
            break_long_words=False,
            break_on_hyphens=False,
        )

    def text(self, text: str, indent: int = 2, hang: int = 4) -> None:
        self.lines += textwrap.wrap(
            text,
            width=self.width,
            initial_indent=" " * indent,
            subsequent_indent=" " * hang,
            break_long_words=False,
            break_on_hyphens=False,
        )

    def tally(self, label: str, tally: Tally, extra: str = "", indent: int = 2) -> None:
        detail = " ".join(part for part in (extra, _ids(tally.claims)) if part)
        self.row(label, str(tally.count), detail, indent)


def _items_and_claims(tally: Tally) -> str:
    items = _ids(tally.items)
    claims = _ids(tally.claims)
    if items and claims:
        return f"{items} (claims {claims})"
    return items or claims


def plain_profile(profile: SourcingProfile, *, width: int = 100) -> str:
    """The profile as a plain-text table, ``width`` columns wide."""
    out = _Lines(width)
    title = f"Sourcing profile: {_shown(profile.title)}"
    out.lines += [title, title_rule(title, out.width), f"briefing {_shown(profile.briefing)}"]

    out.heading("Claims")
    out.row("all claims", str(profile.claims.count))
    for kind, tally in profile.by_kind.items():
        out.tally(kind, tally, indent=4)
    share = f"{profile.hedged_share:.0%}"
    out.tally("hedged", profile.hedged, f"({share})")
    out.row("by verdict", "")
    for status, tally in profile.by_status.items():
        out.tally(status, tally, indent=4)

    out.heading("Hedge cues (each occurrence; claims that carry them)")
    for category, cue in profile.cues.items():
        words = ", ".join(
            _shown(word) + (f" \N{MULTIPLICATION SIGN}{n}" if n > 1 else "")
            for word, n in cue.words
        )
        detail = f"{words}: {_ids(cue.claims)}" if words else ""
        out.row(category, str(cue.count), detail)

    out.heading("On whose word")
    for basis, word in profile.word.items():
        parts = [f"{_shown(v.name)} ({_ids(v.claims)})" for v in word.voices]
        voiced = {claim for voice in word.voices for claim in voice.claims}
        rest = [claim for claim in word.tally.claims if claim not in voiced]
        if rest:
            parts.append(("no one named: " if basis == "unnamed" else "") + _ids(rest))
        out.row(BASIS_WORDS.get(basis, basis), str(word.tally.count), "; ".join(parts))

    out.heading("Attribution chains (depth 0 is the article's own voice)")
    for depth, tally in profile.depths.items():
        out.tally(f"depth {depth}", tally)
    for chain in profile.second_hand:
        path = chain.path(_shown)
        out.text(f"{_shown(chain.claim)} (depth {chain.depth}): {path}", indent=4, hang=6)

    out.heading("Sources")
    out.tally("claims with no source", profile.unsourced)
    out.row("sources with a link", str(profile.sources_with_url.count))
    out.row(
        "sources without a link",
        str(profile.sources_without_url.count),
        _items_and_claims(profile.sources_without_url),
    )

    out.heading("Experts and quotes")
    out.row(
        "named experts", str(profile.experts_named.count), _items_and_claims(profile.experts_named)
    )
    out.row(
        "unnamed experts",
        str(profile.experts_unnamed.count),
        _items_and_claims(profile.experts_unnamed),
    )
    out.row(
        "direct quotes", str(profile.quotes_direct.count), _items_and_claims(profile.quotes_direct)
    )
    out.row(
        "indirect quotes",
        str(profile.quotes_indirect.count),
        _items_and_claims(profile.quotes_indirect),
    )

    out.heading("Figures")
    out.tally("stated", profile.figures_stated)
    out.tally("derived by the analyst", profile.figures_derived)
    for figure in profile.figures:
        detail = _shown(figure.text)
        if figure.derived:
            detail += " (derived" + (f": {_shown(figure.basis)})" if figure.basis else ")")
        out.text(f"{_shown(figure.claim)}: {detail}", indent=4, hang=6)

    out.heading("Loaded labels (the outlet's wording)")
    out.row("labels", str(profile.loaded.count))
    for label in profile.loaded_labels:
        where = [f"paragraph {label.paragraph}"] if label.paragraph is not None else []
        if label.claims:
            where.append(_ids(label.claims))
        detail = f"„{_shown(label.label)}“ for {_shown(label.actor_name)}"
        if where:
            detail += f" ({'; '.join(where)})"
        out.text(detail, indent=4, hang=6)

    out.heading("Analyst notes")
    for kind, tally in profile.notes_by_kind.items():
        out.row(kind, str(tally.count), _items_and_claims(tally))
    for note in profile.contradictions:
        claims = f" [{_ids(note.claims)}]" if note.claims else ""
        out.text(f"{_shown(note.id)}{claims}: {_shown(note.text)}", indent=4, hang=6)

    if profile.checks is not None:
        out.heading("Quotes and excerpts checked against their sources")
        results: Mapping[str, Tally] = profile.checks.results
        for result, tally in results.items():
            out.row(result, str(tally.count), _ids(tally.items))
        out.row(
            "not checked", str(profile.checks.unchecked.count), _ids(profile.checks.unchecked.items)
        )
        if profile.checks.unknown:
            out.row(
                "no longer in the briefing",
                str(len(profile.checks.unknown)),
                _ids(profile.checks.unknown),
            )
    return "\n".join(out.lines) + "\n"
