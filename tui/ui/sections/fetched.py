"""Fetch results as the views show them: a source's state, its page, and quote checks.

Rich text only (no Textual, no HTTP): the screen hands in results it read from the fetch
cache or got from a run, and shows what this module builds. Fetched text is data, made
visible like any briefing text, never read as markup.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from rich.text import Text

from tui.text import one_line, visible
from tui.words import count

if TYPE_CHECKING:  # results arrive from the fetch engine, imported when fetching starts
    from tui.fetch.result import FetchResult, QuoteCheck

__all__ = ["age_words", "checks_for", "fetched_section", "state_cell"]

CHECK_STYLE = {
    "found": "bold green",
    "similar": "bold yellow",
    "differs": "bold white on red",
    "missing": "bold red",
}


def age_words(seconds: float) -> str:
    """ "just now", "5 min", "3 h", "2 days"."""
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    return f"{count(int(seconds // 86400), 'day')} ago"


def state_cell(result: FetchResult | None, has_url: bool, now: float | None = None) -> Text:
    """One word or so for the sources list: not fetched, cached 3 h ago, failed..."""
    if not has_url:
        return Text("no link", style="dim")
    if result is None:
        return Text("not fetched", style="dim")
    if result.ok and result.unread_label:  # a PDF fetched is no page checked: the list says so
        return Text(result.unread_label, style="yellow")  # "PDF not read": fits its column
    if result.ok:
        when = result.fetched_at
        age = age_words((now or time.time()) - when) if when else ""
        return Text(f"cached {age}" if result.from_cache else "fetched", style="green")
    return Text(
        "failed: " + visible(result.error or "unknown error", keep_newlines=False), style="red"
    )


def fetched_section(result: FetchResult | None, now: float | None = None) -> Text:
    """The source's fetched page: state, metadata, the start of its text, quote checks."""
    text = Text()
    text.append("\nFetched page\n", style="bold underline")
    if result is None:
        text.append("Not fetched yet: f fetches this source, F all of them.\n", style="dim")
        return text
    text.append_text(state_cell(result, True, now))
    text.append("\n")
    fields = [
        ("Status", str(result.status) if result.status is not None else None),
        ("Final URL", result.final_url if result.final_url != result.url else None),
        ("Title", result.title),
        ("Site", result.site_name),
        ("Author", result.author),
        ("Published", result.published),
        ("Language", result.language),
        ("Type", result.content_type),
        ("Size", f"{result.bytes:,} bytes" if result.bytes is not None else None),
        ("Took", result.took),
        ("Description", result.description),
    ]
    for label, value in fields:
        if value:
            text.append(f"{label}: ", style="bold")
            text.append(visible(value, keep_newlines=False) + "\n")
    if result.unread:
        text.append("Not checked: ", style="bold yellow")
        text.append(one_line(result.unread) + "\n")
    if result.text:
        excerpt = " ".join(result.text.split())[:600]
        text.append("Text: ", style="bold")
        text.append(visible(excerpt) + ("…" if len(result.text) > 600 else "") + "\n", style="dim")
    if result.quote_checks:
        text.append("\nQuote checks\n", style="bold underline")
        for check in result.quote_checks:
            _check_line(text, check, f"{check.kind} {check.id}")
    return text


def _check_line(text: Text, check: QuoteCheck, what: str) -> None:
    """ "found    claim c1 (100)"; for a near match (or the closest passage of a missing
    one), the page's words, and the words that are not the same."""
    text.append(f"{check.result:8}", style=CHECK_STYLE.get(check.result, "bold"))
    text.append(f" {what} ({check.score:.0f})")
    if check.difference:
        text.append("  " + one_line(check.difference), style="bold")
    if check.passage:
        where = "closest on the page" if check.result == "missing" else "page"
        shown = visible(check.passage, keep_newlines=False)
        text.append(f"  {where}: “" + shown + "”", style="italic")
    text.append("\n")


def checks_for(
    kind: str, item_id: str, fetched: Mapping[str, FetchResult], cited: Iterable[str] = ()
) -> Text | None:
    """Where a claim's excerpt or a quote was looked for in fetched sources, and found;
    and which of the ``cited`` sources were fetched but not read (a PDF), so that no
    check against them is taken for done."""
    lines = [
        (source_id, check)
        for source_id, result in fetched.items()
        for check in result.quote_checks
        if check.kind == kind and check.id == item_id
    ]
    unread = [
        (source_id, reason)
        for source_id in dict.fromkeys(cited)
        if (result := fetched.get(source_id)) is not None and (reason := result.unread)
    ]
    if not lines and not unread:
        return None
    text = Text("\nIn the fetched sources\n", style="bold underline")
    for source_id, check in lines:
        _check_line(text, check, f"in {source_id}")
    for source_id, reason in unread:
        text.append("not read", style="bold yellow")
        text.append(f" in {one_line(source_id)}: {one_line(reason)}\n")
    return text
