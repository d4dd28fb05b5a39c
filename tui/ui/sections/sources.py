"""The sources section: what the story rests on, what the fetch cache knows of each
source, and fetching them (``f`` the selected one; the screen's ``F`` all of them).

Fetching runs in a worker of this view; each result is posted as :class:`SourcesView.Fetched`
so the screen can share it with the other views (the claims' and quotes' checks) and, once
a run is complete, recompute the profile.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Static

from tui.links import BriefingIndex, Ref, Section
from tui.text import one_line, visible
from tui.ui.render import Detail, Link, claim_link, field, format_date, heading, source_link
from tui.ui.sections.base import RecordsView, note_block
from tui.ui.sections.fetched import fetched_section, state_cell
from tui.ui.widgets.detail import DetailPane
from tui.ui.widgets.records import Column
from tui.words import count, reliability_text, source_title

if TYPE_CHECKING:
    from tui.fetch.result import FetchResult
    from tui.model import Source

__all__ = ["FetchBar", "SourcesView", "failed_summary", "source_detail"]


class SourcesView(RecordsView):
    """Sources with their fetched state; fetching with a progress line under the list."""

    SECTION: ClassVar[Section] = "sources"
    TITLE: ClassVar[str] = "Sources"
    EMPTY: ClassVar[str] = "No sources yet"

    def __init__(self) -> None:
        super().__init__()
        self._in_flight: set[str] = set()
        """The sources a running fetch has not answered yet: their rows say so."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f,alt+f", "fetch_one", "Fetch", id="briefing.fetch"),
    ]

    SCREEN_KEY_HINTS: ClassVar[dict[str, str]] = {"quick('status', 1)": "Grade"}
    """The screen's keys the key bar names while this list has focus, with their label
    here: ``s`` (the quick key ``edit.status``) grades a source's reliability. One binding,
    so a keymap that moves it moves it here too."""

    DEFAULT_CSS = """
    SourcesView #fetch-bar {
        display: none;
    }
    """

    class Fetched(Message):
        """Fetch results arrived; ``complete`` once a whole run has (or was cancelled)."""

        def __init__(self, results: dict[str, FetchResult], *, complete: bool) -> None:
            super().__init__()
            self.results = results
            self.complete = complete

    def compose(self) -> ComposeResult:
        yield Horizontal(
            self._make_list(), DetailPane(id=f"{self.SECTION}-detail"), classes="split"
        )
        yield FetchBar()

    def columns(self) -> list[Column]:
        """Source, kind, reliability grade ("Rel", ``s`` sets it) and fetch state: the grade
        in a column of its own, so grading ten sources needs no detail pane read. At 80
        columns the fetch state still gives way to the source's title only down to twelve
        cells: "not fetched" stays whole."""
        return [
            Column("Source"),
            Column("Kind", 9),  # "reference", "interview": the longest kinds
            Column("Rel", 3),
            Column("Fetched", 18, least=12),
        ]

    def row_keys(self) -> list[str]:
        return [s.id for s in self.index.briefing.sources]

    def cells(self, key: str) -> Sequence[Text]:
        assert self.shown is not None
        source = self.index.sources[key]
        state = (
            Text("fetching…", style="italic")  # not the last run's result while this one runs
            if key in self._in_flight
            else state_cell(self.shown.fetched.get(key), source.url is not None)
        )
        grade = (
            Text(source.reliability.value, style="bold")
            if source.reliability is not None
            else Text("·", style="dim")  # ungraded
        )
        return [Text(one_line(source_title(source))), Text(source.kind.value), grade, state]

    def detail(self, key: str) -> Detail | None:
        assert self.shown is not None
        source = self.index.sources[key]
        detail = source_detail(source, self.index)
        if source.url:
            detail.text.append_text(fetched_section(self.shown.fetched.get(key)))
        return detail

    def selected_url(self) -> str | None:
        key = self.selected_key
        if self.shown is None or key is None:
            return None
        return self.index.sources[key].url

    def fetched_changed(self, source_ids: Sequence[str]) -> None:
        for source_id in source_ids:
            self.records.refresh_key(source_id)
        super().fetched_changed(source_ids)

    # --- fetching ---------------------------------------------------------------------------

    @property
    def fetching(self) -> bool:
        """Whether a fetch run is going on (Esc on the screen stops it)."""
        return any(w.group == "fetch" and w.is_running for w in self.workers)

    def cancel_fetch(self) -> bool:
        """Stop a running fetch; whether there was one."""
        running = [w for w in self.workers if w.group == "fetch" and w.is_running]
        for worker in running:
            worker.cancel()
        return bool(running)

    def action_fetch_one(self) -> None:
        key = self.selected_key
        if self.shown is None or key is None:
            return
        if self.index.sources[key].url is None:
            self.notify("This source has no link to fetch", severity="warning")
            return
        self.fetch([key])

    def fetch_all(self) -> None:
        """Fetch every source that has a link."""
        if self.shown is None:
            return
        linked = [s.id for s in self.index.briefing.sources if s.url]
        if not linked:
            self.notify("No source of this briefing has a link", severity="warning")
            return
        self.fetch(linked)

    @work(exclusive=True, group="fetch")
    async def fetch(self, source_ids: list[str]) -> None:
        """Fetch the sources in the background; Esc cancels; progress in the bar below."""
        from tui.fetch import CacheError, FetchCache, fetch_sources, open_cache
        from tui.fetch.engine import waiting_for

        sources = [self.index.sources[i] for i in source_ids]
        bar = self.query_one(FetchBar)
        bar.display = True
        done: list[FetchResult] = []

        self._in_flight = set(source_ids)
        for source_id in source_ids:
            self.records.refresh_key(source_id)

        def progress(result: FetchResult) -> None:
            done.append(result)
            self._in_flight.discard(result.id)
            failed = sum(1 for r in done if r.ok is False)
            waiting = waiting_for(sources, {r.id for r in done})
            bar.say(
                f"Fetching sources: {len(done)} of {len(sources)} done"
                + (f", {failed} failed" if failed else "")
                + (f"; {waiting}" if waiting else "")
            )
            self.post_message(self.Fetched({result.id: result}, complete=False))

        first = waiting_for(sources, ())
        bar.say(f"Fetching {count(len(sources), 'source')}… {first}")
        cache: FetchCache | None = None
        try:
            cache = open_cache()
        except CacheError as error:
            self.notify(f"{error}; fetching without the cache", severity="warning", markup=False)
        try:
            results = await fetch_sources(
                sources, cache=cache, briefing=self.index.briefing, on_progress=progress
            )
        except asyncio.CancelledError:
            self.notify(f"Fetch cancelled after {len(done)} of {len(sources)}")
            self.post_message(self.Fetched({}, complete=True))  # the profile counts what came
            raise
        finally:
            bar.display = False
            stopped, self._in_flight = self._in_flight, set()
            for source_id in stopped:  # cancelled before they came: their last state again
                self.records.refresh_key(source_id)
            if cache is not None:
                for note in cache.take_notes():
                    self.notify(note, severity="warning", timeout=10)
                cache.close()
        self.post_message(self.Fetched({r.id: r for r in results}, complete=True))
        failed = [r for r in results if r.ok is False]
        if failed:
            self.notify(failed_summary(len(results), failed), severity="warning", markup=False)
        else:
            self.notify(f"Fetched {count(len(results), 'source')}")


NAMED_FAILURES = 3
"""Failed sources the summary of a fetch names with their reason; the rest are counted."""


def failed_summary(fetched: int, failed: Sequence[FetchResult]) -> str:
    """The toast after a run with failures: "5 of 10 fetched; failed: a (HTTP 404), …
    and 2 more". The count of those not named matters: without it, a run whose fifth
    failure was a 200 MiB page read as if four had failed."""
    named = ", ".join(
        f"{one_line(r.id)} ({one_line(r.error or '?')})" for r in failed[:NAMED_FAILURES]
    )
    more = len(failed) - NAMED_FAILURES
    rest = f" and {more} more (their rows say why)" if more > 0 else ""
    return f"{fetched - len(failed)} of {fetched} fetched; failed: {named}{rest}"


class FetchBar(Static):
    """The line under the sources while a fetch runs: progress, then how to stop it.

    "(Esc cancels)" always shows whole: the progress before it is shortened with "…" to
    the bar's width, whatever that is at the moment (a long id and host had pushed the
    hint off a 100-column screen, leaving "(Esc").
    """

    HINT = "  (Esc cancels)"

    def __init__(self) -> None:
        super().__init__("", id="fetch-bar", markup=False)
        self._progress = ""

    def say(self, progress: str) -> None:
        """Show ``progress`` (ids and hosts from the file: kept as text, never markup)."""
        self._progress = progress
        self.refresh()

    def render(self) -> Text:
        """The progress cut to the room the hint leaves, then the hint."""
        line = Text(self._progress, no_wrap=True, overflow="ellipsis")
        room = self.content_size.width - cell_len(self.HINT)
        if room > 0 and line.cell_len > room:
            line.truncate(room, overflow="ellipsis")
        line.append(self.HINT)
        return line


def source_detail(source: Source, index: BriefingIndex) -> Detail:
    """What the source is, how it is graded, and what in the briefing cites it."""
    text = Text()
    text.append(visible(source.title or source_title(source)) + "\n", style="bold")
    field(text, "Outlet", source.outlet)
    field(text, "Author", source.author)
    field(text, "Kind", source.kind.value)
    field(text, "Published", format_date(source.published))
    field(text, "Language", source.language)
    field(text, "Link", source.url or "none recorded (known only by name)")
    if source.reliability is not None:
        field(text, "Reliability", reliability_text(source.reliability.value))
    if source.cited_in:
        field(text, "Known through", index.source_name(source.cited_in))
    if source.added_context:
        text.append("Added context: the article does not cite it.\n", style="italic")
    field(text, "About", source.description)
    note_block(text, source.note)
    citing = index.citing(source.id)
    heading(text, "Cited by")
    text.append(f"{count(len(citing.claims), 'claim')} · {count(len(citing.quotes), 'quote')}\n")
    if source.id == index.briefing.article:  # the words it checks are all the article's
        briefing = index.briefing
        excerpts = sum(1 for claim in briefing.claims if claim.excerpt is not None)
        text.append(
            f"A fetch checks every excerpt ({excerpts}) and every quote"
            f" ({len(briefing.quotes)}) against it: they are the article's own words.\n",
            style="italic",
        )
    links: list[Link] = []
    if source.cited_in:
        links.append(source_link(index, source.cited_in, "Known through"))
    links += [claim_link(c) for c in citing.claims]
    links += [Link(f"Quote {q.id}", Ref("quotes", q.id)) for q in citing.quotes]
    return Detail(text, links)
