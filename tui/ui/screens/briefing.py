"""One briefing: the bottom line on top, then a tab per section, each a list and a detail.

The file is parsed in a thread worker started after the first frame, so the screen paints
(with a loading indicator) before a large briefing is read. Every list row and link is a
:class:`~tui.links.Ref`; jumping to one switches tab, selects the row and records the
place in a browser-like history.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Header, Input, Select, Static
from textual.worker import get_current_worker

from tui.history import History
from tui.links import SECTIONS, BriefingIndex, Ref, Section
from tui.text import shown_path
from tui.ui.app import after_first_paint
from tui.ui.render import (
    Detail,
    actor_detail,
    claim_detail,
    format_date,
    kind_mark,
    one_line,
    quote_detail,
    relation_detail,
    relation_sentence,
    source_detail,
    summary_detail,
    timeline_detail,
)
from tui.ui.widgets.detail import DetailPane
from tui.ui.widgets.keybar import KeyBar
from tui.ui.widgets.records import Column, RecordList
from tui.ui.widgets.sections import SectionBar
from tui.words import count

if TYPE_CHECKING:  # the screen paints before a briefing is read: the model loads later
    from tui.fetch.result import FetchResult
    from tui.model import Briefing
    from tui.profile import SourcingProfile

__all__ = ["BriefingScreen", "ClaimFilter"]

TAB_TITLES: dict[Section, str] = {
    "overview": "Overview",
    "actors": "Actors",
    "claims": "Claims",
    "quotes": "Quotes",
    "sources": "Sources",
    "relations": "Relations",
    "timeline": "Timeline",
}
SIDE_BY_SIDE_WIDTH = 90
"""Detail panes at least this wide show a quote's original and translation side by side."""

ANY = "any"


class ClaimFilter:
    """Which claims the claims list shows; a pure predicate over claims."""

    def __init__(
        self,
        kind: str = ANY,
        status: str = ANY,
        actor: str = ANY,
        hedged: str = ANY,
        text: str = "",
        ids: frozenset[str] | None = None,
        label: str = "",
    ) -> None:
        self.kind, self.status, self.actor, self.hedged = kind, status, actor, hedged
        self.text = text.strip().casefold()
        self.ids = ids
        self.label = label

    @property
    def active(self) -> bool:
        chosen = any(v != ANY for v in (self.kind, self.status, self.actor, self.hedged))
        return chosen or bool(self.text) or self.ids is not None

    def accepts(self, claim: object) -> bool:
        from tui.model import Claim

        assert isinstance(claim, Claim)
        if self.ids is not None and claim.id not in self.ids:
            return False
        if self.kind != ANY and claim.kind.value != self.kind:
            return False
        if self.status != ANY and claim.status.value != self.status:
            return False
        if (
            self.actor != ANY
            and self.actor not in claim.actors
            and claim.attributed_to != self.actor
        ):
            return False
        if self.hedged == "hedged" and not claim.hedges:
            return False
        if self.hedged == "unhedged" and claim.hedges:
            return False
        if self.text:
            haystack = (
                f"{claim.id} {claim.statement} {claim.excerpt.exact if claim.excerpt else ''}"
            )
            return self.text in haystack.casefold()
        return True


class BriefingScreen(Screen[None]):
    """Browse one briefing by section, follow its links, step back and forward."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,ctrl+w", "close", "Close", id="briefing.close"),
        Binding("b,alt+left", "back", "Back", id="briefing.back"),
        Binding("B,alt+right", "forward", "Forward", show=False, id="briefing.forward"),
        Binding("m,ctrl+b", "brief_me", "Brief me", id="briefing.brief_me"),
        Binding(
            "right_square_bracket,ctrl+pagedown",
            "next_tab",
            "Next tab",
            show=False,
            id="briefing.next_tab",
        ),
        Binding(
            "left_square_bracket,ctrl+pageup",
            "previous_tab",
            "Previous tab",
            show=False,
            id="briefing.previous_tab",
        ),
        Binding("l,ctrl+l", "focus_links", "Links", show=False, id="briefing.links"),
        Binding("slash,ctrl+f", "filter", "Filter", id="briefing.filter"),
        Binding("x,ctrl+x", "clear_filter", "Clear filter", show=False, id="briefing.clear_filter"),
        Binding(
            "t,ctrl+t",
            "toggle_translation",
            "Original/translation",
            show=False,
            id="briefing.toggle_translation",
        ),
        Binding("o,ctrl+o", "open_url", "Open link", show=False, id="briefing.open_url"),
        Binding("y,alt+y", "copy_url", "Copy link", show=False, id="briefing.copy_url"),
        Binding("c,ctrl+y", "copy", "Copy", id="briefing.copy"),
        Binding("r,f5", "reload", "Reload", id="briefing.reload"),
        Binding("e,ctrl+e", "export", "Export", id="briefing.export"),
        Binding("f,alt+f", "fetch_one", "Fetch", id="briefing.fetch"),
        Binding("F,alt+a", "fetch_all", "Fetch all", show=False, id="briefing.fetch_all"),
        *[
            Binding(
                str(number),
                f"show_section('{section}')",
                TAB_TITLES[section],
                show=False,
                id=f"briefing.section_{section}",
            )
            for number, section in enumerate(SECTIONS, start=1)
        ],
    ]

    def __init__(self, path: Path, briefing: Briefing | None = None) -> None:
        super().__init__()
        self.path = path
        self.briefing: Briefing | None = briefing
        self.index: BriefingIndex | None = None
        self.profile: SourcingProfile | None = None
        self.fetched: dict[str, FetchResult] = {}
        self.history: History[Ref] = History()
        self.claim_filter = ClaimFilter()
        self.quote_side = "original"
        self._mtime: int | None = None
        self._populating = False

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield SectionBar([(section, TAB_TITLES[section]) for section in SECTIONS])
        with ContentSwitcher(id="sections", initial="overview"):
            with Container(id="overview"):
                yield DetailPane(id="overview-detail")
            for section in SECTIONS[1:]:
                # Hidden tabs get their list and detail just after the first paint,
                # which they would otherwise hold up (see _build_hidden_tabs).
                yield Container(id=section)
        yield Static("", id="fetch-bar", markup=False)
        yield Static("", id="changed-bar", markup=False)
        yield KeyBar()

    def _records(self, section: str) -> RecordList:
        records = RecordList(id=f"{section}-list")
        records.highlight_listener = self._row_highlighted
        return records

    def _section_view(self, section: str) -> Horizontal:
        if section != "claims":
            return Horizontal(
                self._records(section),
                DetailPane(id=f"{section}-detail"),
                classes="split",
            )
        filters = Horizontal(
            Select([], prompt="kind", id="filter-kind", compact=True),
            Select([], prompt="status", id="filter-status", compact=True),
            Select([], prompt="actor", id="filter-actor", compact=True),
            Select(
                [("hedged", "hedged"), ("unhedged", "unhedged")],
                prompt="hedges",
                id="filter-hedged",
                compact=True,
            ),
            id="claim-filters",
        )
        column = Vertical(
            filters,
            Static("", id="filter-label", markup=False),
            Input(placeholder="/ filter claims by text…", id="filter-text", compact=True),
            self._records("claims"),
            classes="list-column",
        )
        return Horizontal(column, DetailPane(id="claims-detail"), classes="split")

    def on_mount(self) -> None:
        self.title = shown_path(self.path.name)
        self.query_one("#changed-bar").display = False
        self.query_one("#fetch-bar").display = False
        if self.briefing is None:
            self.query_one("#sections").loading = True
        # The hidden tabs and the worker reading the file would both slow the first paint.
        after_first_paint(self, self._build_hidden_tabs)
        self.set_interval(2.0, self._check_changed_on_disk)

    async def _build_hidden_tabs(self) -> None:
        """Start reading the file, then give each hidden tab its list and detail."""
        if self.briefing is None:
            self.load()
        for section in SECTIONS[1:]:
            await self.query_one(f"#{section}", Container).mount(self._section_view(section))
        if self.briefing is not None and self.index is None:
            self.populate(self.briefing)

    # --- loading ------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Parse the file off the UI thread; hand the result (or the problems) back."""
        from tui.loader import LoadError, load_briefing
        from tui.modelcache import ModelCache

        worker = get_current_worker()
        mtime = self._disk_mtime()
        from tui.profile import Cancelled, ProfileError, sourcing_profile

        try:
            briefing = load_briefing(self.path, cache=ModelCache())
            # A huge briefing's profile takes a while: quitting or reloading stops it.
            profile = sourcing_profile(briefing, should_stop=lambda: worker.is_cancelled)
        except Cancelled:
            return
        except (LoadError, ProfileError) as error:
            problems = getattr(error, "problems", None) or [f"{self.path}: {error}"]
            if not worker.is_cancelled:
                self.app.call_from_thread(self._load_failed, [str(p) for p in problems])
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._loaded, briefing, mtime, profile)

    def _loaded(self, briefing: Briefing, mtime: int | None, profile: SourcingProfile) -> None:
        reloading = self.briefing is not None
        self._mtime = mtime
        self.profile = profile
        self.query_one("#sections").loading = False
        self.query_one("#changed-bar").display = False
        self.populate(briefing)
        if reloading:
            self.notify(f"Reloaded {shown_path(self.path.name)}")

    def _load_failed(self, problems: list[str]) -> None:
        from tui.ui.screens.problems import ProblemsScreen

        self.query_one("#sections").loading = False
        keeping = self.briefing is not None
        self.app.push_screen(ProblemsScreen(self.path, problems, keeping_previous=keeping))
        if not keeping:
            self.sub_title = "could not be loaded"
            self._show_problems_on_overview(problems)

    def _show_problems_on_overview(self, problems: list[str]) -> None:
        """A file that never loaded: its problems stay on screen with the way out, instead
        of a blank overview once the dialog is closed."""
        text = Text(f"{shown_path(self.path.name)} could not be loaded\n\n", style="bold")
        for problem in problems:
            text.append("• " + one_line(problem) + "\n")
        text.append("\nFix the file in your editor, then press r to read it again", style="italic")
        text.append(f" (the file: {shown_path(self.path)}).", style="italic")
        self.query_one("#overview-detail", DetailPane).show(text, [])

    def _disk_mtime(self) -> int | None:
        try:
            return self.path.stat().st_mtime_ns
        except OSError:
            return None

    def _check_changed_on_disk(self) -> None:
        if self.briefing is None or self._mtime is None:
            return
        now = self._disk_mtime()
        if now != self._mtime:
            bar = self.query_one("#changed-bar", Static)
            name = shown_path(self.path.name)
            if now is None and not self.path.exists():
                message = f"{name} was deleted or moved: this is the last version read"
            else:
                message = f"{name} changed on disk: press r to reload"
            bar.update(Text(message))
            bar.display = True

    # --- filling the views ----------------------------------------------------------------

    def populate(self, briefing: Briefing) -> None:
        """Fill every tab from ``briefing``; keeps the current place when reloading.

        Then reads what the fetch cache knows of its sources: only now, as the results
        are shown in the tabs just filled.
        """
        if not self.query("#timeline-detail"):
            # The hidden tabs are still being built: fill them once they are.
            self.call_after_refresh(self.populate, briefing)
            return
        place = self.history.current
        self.briefing = briefing
        self.index = BriefingIndex(briefing)
        if self._mtime is None:
            self._mtime = self._disk_mtime()
        self.title = one_line(briefing.title)
        self.sub_title = shown_path(self.path.name)
        self._populating = True
        try:
            self._fill_tables(briefing)
        finally:
            self._populating = False
        self._show_overview()
        from tui.model import ClaimKind, ClaimStatus

        for select_id, values in (("#filter-kind", ClaimKind), ("#filter-status", ClaimStatus)):
            select = self.query_one(select_id, Select)
            if select.is_blank():  # a reload keeps the filter the reader chose
                select.set_options((member.value, member.value) for member in values)
        actor_filter = self.query_one("#filter-actor", Select)
        actor_filter.set_options(
            (one_line(a.name), a.id) for a in sorted(briefing.actors, key=lambda a: a.name)
        )
        if place is None:
            place = self._place_left_at()  # first load: where the reader left this file
        if place is not None and self.index.exists(place):
            self.jump(place, record=False)
        else:
            self.history.current = Ref("overview")
            self._history_changed()
        self.read_fetch_cache(briefing)

    def _place_left_at(self) -> Ref | None:
        from tui.places import remembered_place

        left = remembered_place(self.path)
        if left is None or left[0] not in SECTIONS:
            return None
        section: Section = left[0]
        return Ref(section, left[1] or "")

    def on_unmount(self) -> None:
        """Keep where the reader is, to return there next time this file is opened."""
        current = self.history.current
        if self.briefing is None or current is None:
            return
        from tui.places import remember_place

        remember_place(self.path, current.section, current.key or None)

    def _fill_tables(self, briefing: Briefing) -> None:
        assert self.index is not None
        index = self.index

        def actor_cells(key: str) -> list[Text]:
            actor = index.actors[key]
            kind = actor.kind.value + (" (unnamed)" if actor.anonymous else "")
            return [Text(one_line(actor.name)), Text(kind), Text(one_line(actor.role or ""))]

        self._list("actors").set_records(
            [Column("Actor"), Column("Kind", 18), Column("Role")],
            [a.id for a in briefing.actors],
            actor_cells,
        )
        self._fill_claims()

        def quote_cells(key: str) -> list[Text]:
            quote = index.quotes[key]
            return [
                Text(one_line(index.actor_name(quote.speaker))),
                Text(quote.kind.value),
                Text(one_line(quote.translation or quote.text)),
            ]

        self._list("quotes").set_records(
            [Column("Speaker", 24), Column("Kind", 8), Column("Quote")],
            [q.id for q in briefing.quotes],
            quote_cells,
        )

        def source_cells(key: str) -> list[Text]:
            from tui.ui.fetch_view import state_cell

            source = index.sources[key]
            return [
                Text(one_line(source.title or source.outlet or source.id)),
                Text(source.kind.value),
                state_cell(self.fetched.get(key), source.url is not None),
            ]

        self._list("sources").set_records(
            [Column("Source"), Column("Kind", 10), Column("Fetched", 18)],
            [s.id for s in briefing.sources],
            source_cells,
        )

        relations = briefing.relations
        order = sorted(
            range(len(relations)),
            key=lambda i: (index.actor_name(relations[i].from_).casefold(), i),
        )
        group_starts = {
            str(position)
            for number, position in enumerate(order)
            if number == 0 or relations[order[number - 1]].from_ != relations[position].from_
        }

        def relation_cells(key: str) -> list[Text]:
            relation = relations[int(key)]
            group = one_line(index.actor_name(relation.from_)) if key in group_starts else ""
            return [Text(group, style="bold"), Text(relation_sentence(relation, index))]

        self._list("relations").set_records(
            [Column("Actor", 20), Column("Relation")], [str(i) for i in order], relation_cells
        )

        timeline = briefing.timeline

        def timeline_cells(key: str) -> list[Text]:
            entry = timeline[int(key)]
            label = one_line(entry.label) + ("  (added context)" if entry.added_context else "")
            return [
                Text(format_date(entry.date)),
                Text(label, style="italic" if entry.added_context else ""),
            ]

        dated = sorted(range(len(timeline)), key=lambda i: (timeline[i].date, i))
        self._list("timeline").set_records(
            [Column("Date", 17), Column("Event")], [str(i) for i in dated], timeline_cells
        )

    def _list(self, section: str) -> RecordList:
        return self.query_one(f"#{section}-list", RecordList)

    def _fill_claims(self) -> None:
        assert self.briefing is not None and self.index is not None
        claims = self.index.claims

        def claim_cells(key: str) -> list[Text]:
            claim = claims[key]
            return [
                Text(claim.id),
                kind_mark(claim.kind),
                Text("~" if claim.hedges else " ", style="bold"),
                Text(one_line(claim.statement)),
            ]

        shown = [c.id for c in self.briefing.claims if self.claim_filter.accepts(c)]
        records = self._list("claims")
        selected = records.cursor_key
        keep = shown.index(selected) if selected in shown else 0  # the claim stays selected
        id_width = max((len(c.id) for c in self.briefing.claims), default=2)
        records.set_records(
            # The statement gets the room: a four-cell kind mark, the id as wide as the
            # longest id (the detail pane spells the kind out).
            [
                Column("Id", min(max(id_width, 2), 12)),
                Column("Kind", 4),
                Column("H", 1),
                Column("Statement"),
            ],
            shown,
            claim_cells,
            cursor=keep,
        )
        self._show_filter_label()
        total = len(self.briefing.claims)
        label = f"Claims {len(shown)}/{total}" if self.claim_filter.active else "Claims"
        self.query_one(SectionBar).set_title("claims", label)
        if not shown:
            self.query_one("#claims-detail", DetailPane).show(
                Text("No claim matches the filter (x clears it)."), []
            )

    def _show_filter_label(self) -> None:
        """A filter the selects cannot show (a profile figure's claims) is named above the
        list, so the bar never reads "all" while the list shows a part."""
        label = self.query_one("#filter-label", Static)
        if self.claim_filter.ids is None:
            label.display = False
            return
        name = one_line(self.claim_filter.label or "chosen claims")
        label.update(Text.assemble(("x shows all · ", "dim"), (name, "bold")))
        label.display = True

    def _overview(self) -> Detail:
        """The bottom line, the sourcing profile, and the analyst notes."""
        assert self.briefing is not None and self.index is not None
        if self.profile is None:
            from tui.profile import sourcing_profile

            self.profile = sourcing_profile(self.briefing)
        from tui.ui.profile_view import profile_section

        text, links = profile_section(self.profile)
        detail = summary_detail(self.briefing, self.index, text)
        return Detail(detail.text, [*links, *detail.links])

    def _show_overview(self) -> None:
        detail = self._overview()
        self.query_one("#overview-detail", DetailPane).show(detail.text, detail.links)

    # --- reacting to the lists ------------------------------------------------------------

    def _row_highlighted(self, event: RecordList.Highlighted) -> None:
        """The cursor of a section's list moved (called by the list, in the same turn)."""
        if self.index is None:
            return
        section = (event.records.id or "").removesuffix("-list")
        if section not in SECTIONS:
            return
        ref = Ref(section, event.key)
        if not self.index.exists(ref):
            return
        self._show_detail(ref)
        if not self._populating and self.active_section == section:
            self.history.current = ref
            self._history_changed()

    def _detail_for(self, ref: Ref) -> Detail | None:
        index = self.index
        if index is None or not index.exists(ref):
            return None
        briefing = index.briefing
        if ref.section == "actors":
            return actor_detail(index.actors[ref.key], index)
        if ref.section == "claims":
            detail = claim_detail(index.claims[ref.key], index)
            self._add_checks(detail, "claim", ref.key)
            return detail
        if ref.section == "quotes":
            pane = self.query_one("#quotes-detail", DetailPane)
            side = pane.size.width >= SIDE_BY_SIDE_WIDTH
            detail = quote_detail(
                index.quotes[ref.key], index, side_by_side=side, show=self.quote_side
            )
            return detail
        if ref.section == "sources":
            from tui.ui.fetch_view import fetched_section

            detail = source_detail(index.sources[ref.key], index)
            if index.sources[ref.key].url:
                detail.text.append_text(fetched_section(self.fetched.get(ref.key)))
            return detail
        if ref.section == "relations":
            return relation_detail(briefing.relations[int(ref.key)], index)
        if ref.section == "timeline":
            return timeline_detail(briefing.timeline[int(ref.key)], index)
        return self._overview()

    def _add_checks(self, detail: Detail, kind: str, item_id: str) -> None:
        if not self.fetched:
            return
        from tui.ui.fetch_view import checks_for

        checks = checks_for(kind, item_id, self.fetched)
        if checks is not None:
            detail.text.append_text(checks)

    def _show_detail(self, ref: Ref, *, retry: bool = True) -> None:
        if (
            retry
            and ref.section == "quotes"
            and not self.query_one("#quotes-detail").size.width
            and self.active_section == "quotes"
        ):
            # The tab was just switched to and is not laid out yet: the pane's width decides
            # between side by side and one language, so show it once it has one.
            self.call_after_refresh(self._show_detail, ref, retry=False)
            return
        detail = self._detail_for(ref)
        if detail is None:
            return
        body: RenderableType = detail.text
        if ref.section == "quotes":
            body = self._quote_body(ref, detail)
        self.query_one(f"#{ref.section}-detail", DetailPane).show(body, detail.links)

    def _quote_body(self, ref: Ref, detail: Detail) -> Text | Group:
        """Side by side when the pane is wide enough, else the chosen language."""
        assert self.index is not None
        quote = self.index.quotes[ref.key]
        pane = self.query_one("#quotes-detail", DetailPane)
        if pane.size.width < SIDE_BY_SIDE_WIDTH or not quote.translation:
            return detail.text
        header = quote_detail(quote, self.index, side_by_side=False, show="none").text
        from rich.table import Table  # only for wide quote panes: kept off the start-up path

        grid = Table.grid(expand=True, padding=(0, 2))
        grid.add_column(ratio=1)
        grid.add_column(ratio=1)
        original = Text(f"Original ({quote.language or '?'})\n", style="bold underline")
        original.append(one_line(quote.text), style="")
        translation = Text("Translation\n", style="bold underline")
        translation.append(one_line(quote.translation), style="")
        grid.add_row(original, translation)
        return Group(header, Text(""), grid)

    def on_resize(self) -> None:
        current = self.history.current
        if current is not None and current.section == "quotes":
            self.call_after_refresh(self._show_detail, current, retry=False)

    @on(DetailPane.Jump)
    def _follow_link(self, event: DetailPane.Jump) -> None:
        if event.link.claims:
            self.show_claims(event.link.claims, event.link.label)
        else:
            self.jump(event.ref)

    def show_claims(self, claim_ids: tuple[str, ...], label: str) -> None:
        """The claims list filtered to ``claim_ids`` (a profile figure's claims)."""
        self.set_claim_filter(ClaimFilter(ids=frozenset(claim_ids), label=label))
        self.history.visit(Ref("claims", claim_ids[0]))
        self.notify(f"{label} (x shows all claims again)", markup=False)

    @on(SectionBar.Chosen)
    def _section_chosen(self, event: SectionBar.Chosen) -> None:
        self.action_show_section(event.section)

    def _section_opened(self, section: Section) -> None:
        """The reader opened a section: its selected row becomes the current place."""
        table = self._table(section)
        if table is not None and table.cursor_key is not None:
            ref = Ref(section, table.cursor_key)
        else:
            ref = Ref(section)
        if ref != self.history.current:
            self.history.visit(ref)
            self._history_changed()
        if section == "quotes" and ref.key:
            self.call_after_refresh(self._show_detail, ref, retry=False)

    # --- moving around --------------------------------------------------------------------

    @property
    def active_section(self) -> Section:
        """The section whose view is showing."""
        return self.query_one(SectionBar).active  # type: ignore[return-value]

    def _switch_to(self, section: Section) -> None:
        """Show ``section``'s view and mark its title; keys go to that view.

        Focus left in a hidden section would have keys act there unseen (Enter following
        a link nobody sees), so it moves to the section's list, or the overview's pane.
        """
        self.query_one(SectionBar).active = section
        self.query_one("#sections", ContentSwitcher).current = section
        view = self.query_one(f"#{section}", Container)
        focused = self.focused
        if focused is None or view not in focused.ancestors_with_self:
            table = self._table(section)
            if table is not None:
                table.focus()
            else:
                self.query_one(f"#{section}-detail", DetailPane).focus_quietly()

    def _table(self, section: Section) -> RecordList | None:
        if section == "overview":
            return None
        return self._list(section)

    def jump(self, ref: Ref, *, record: bool = True) -> None:
        """Show ``ref``: switch to its tab, select its row, and remember the place."""
        if self.index is None or not self.index.exists(ref):
            self.notify(
                f"Nothing called {ref.key!r} in {ref.section}", severity="warning", markup=False
            )
            return
        if ref.section == "claims" and self.claim_filter.active:
            claim = self.index.claims[ref.key]
            if not self.claim_filter.accepts(claim):
                self._reset_filters()
        if record:
            self.history.visit(ref)
        else:
            self.history.current = ref
        self._switch_to(ref.section)
        table = self._table(ref.section)
        if table is not None and ref.key:
            row = table.index_of(ref.key)
            if row is not None:
                self._populating = True
                try:
                    table.move_cursor(row)
                finally:
                    self._populating = False
            table.focus()
        self._show_detail(ref)
        self._history_changed()

    def _history_changed(self) -> None:
        """Show Back/Forward as available or not; the footer is rebuilt only on a change."""
        state = (self.history.can_go_back, self.history.can_go_forward)
        if state != getattr(self, "_history_state", None):
            self._history_state = state
            self.refresh_bindings()

    def action_back(self) -> None:
        place = self.history.back()
        if place is None:
            self.notify("Nothing to go back to", severity="information")
            return
        self.jump(place, record=False)

    def action_forward(self) -> None:
        place = self.history.forward()
        if place is None:
            self.notify("Nothing to go forward to", severity="information")
            return
        self.jump(place, record=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.history.can_go_back or None
        if action == "forward":
            return self.history.can_go_forward or None
        if action == "close":
            # Shown (and offered) only when it leads somewhere: back to the library, out of
            # the filter bar, or stopping a fetch.
            fetching = any(w.group == "fetch" and w.is_running for w in self.workers)
            focused = self.focused
            in_filter = bool(focused and focused.id and focused.id.startswith("filter"))
            return self._has_library_beneath() or fetching or in_filter
        return True

    def action_show_section(self, section: str) -> None:
        if self.index is None:
            return
        opened: Section = section  # type: ignore[assignment]
        self._switch_to(opened)
        table = self._table(opened)
        if table is not None:
            table.focus()
        self._section_opened(opened)

    def _step_tab(self, step: int) -> None:
        position = SECTIONS.index(self.active_section)
        self.action_show_section(SECTIONS[(position + step) % len(SECTIONS)])

    def action_next_tab(self) -> None:
        self._step_tab(1)

    def action_previous_tab(self) -> None:
        self._step_tab(-1)

    def action_focus_links(self) -> None:
        pane = self.query_one(f"#{self.active_section}-detail", DetailPane)
        if pane.links:
            pane.focus()
            pane.reveal_link()
        else:
            self.notify("This item has no links", severity="information")

    def action_close(self) -> None:
        running = [w for w in self.workers if w.group == "fetch" and w.is_running]
        if running:
            for worker in running:
                worker.cancel()
            return
        focused = self.focused
        if isinstance(focused, (Input, Select)) and focused.id and focused.id.startswith("filter"):
            self._list("claims").focus()  # Esc leaves the filter bar, keeping the filter
            return
        if self._has_library_beneath():
            self.app.pop_screen()
        # Opened on one file there is nothing to close to: Esc never quits (q does).

    def _has_library_beneath(self) -> bool:
        return len(self.app.screen_stack) > 2

    def action_brief_me(self) -> None:
        if self.briefing is None or self.index is None:
            return
        from tui.ui.screens.brief_me import BriefMeScreen, remembered_step

        def opened(ref: Ref | None) -> None:
            if ref is not None:
                self.jump(ref)

        start = remembered_step(self.briefing.id)
        self.app.push_screen(
            BriefMeScreen(self.briefing, self.index, self.profile, start=start), opened
        )

    # --- fetching sources -------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="fetch-cache")
    def read_fetch_cache(self, briefing: Briefing) -> None:
        """What the fetch cache knows about the sources, with quote checks, off the UI.

        Read through :func:`tui.export.fetched.fetched_for`, as the exports read it, so
        the app and an export of the same briefing show the same fetched state.
        """
        from tui.export.fetched import fetched_for
        from tui.fetch import CacheError
        from tui.fetch.cache import default_cache_path

        if not default_cache_path().exists():
            return
        notes: list[str] = []
        try:
            known = fetched_for(briefing, notes=notes)
        except CacheError as error:
            notes.append(str(error))
            known = {}
        for note in notes:
            self.app.call_from_thread(self.notify, note, severity="warning", timeout=10)
        if known:
            self.app.call_from_thread(self._fetched, known)

    def _fetched(self, results: dict[str, FetchResult], *, complete: bool = True) -> None:
        """New fetch results: update the sources list and the details; when ``complete``,
        also the profile (which reads every claim, so not once per source of a long run)."""
        if self.briefing is None:
            return
        self.fetched.update(results)
        sources = self._list("sources")
        for source_id in results:
            sources.refresh_key(source_id)
        if complete:
            from tui.export.fetched import quote_results
            from tui.profile import sourcing_profile

            checks = quote_results(self.fetched)  # combined as every export combines them
            self.profile = sourcing_profile(self.briefing, checks=checks or None)
            self._show_overview()
        # Every section's pane shows its selected record with the new checks, not only the
        # open one: a hidden section's pane was drawn before the results arrived.
        for section in SECTIONS:
            table = self._table(section)
            if table is not None and table.cursor_key is not None:
                self._show_detail(Ref(section, table.cursor_key), retry=False)

    def action_fetch_one(self) -> None:
        ref = self._selected()
        if self.index is None or ref is None:
            return
        if ref.section != "sources" or ref.key not in self.index.sources:
            self.notify("Select a source to fetch (Sources tab), or F to fetch all")
            return
        if self.index.sources[ref.key].url is None:
            self.notify("This source has no link to fetch", severity="warning")
            return
        self.fetch([ref.key])

    def action_fetch_all(self) -> None:
        if self.index is None:
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

        assert self.index is not None
        sources = [self.index.sources[i] for i in source_ids]
        bar = self.query_one("#fetch-bar", Static)
        bar.display = True
        done: list[FetchResult] = []

        def progress(result: FetchResult) -> None:
            done.append(result)
            failed = sum(1 for r in done if r.ok is False)
            bar.update(
                Text(
                    f"Fetching sources: {len(done)} of {len(sources)} done"
                    + (f", {failed} failed" if failed else "")
                    + "  (Esc cancels)"
                )
            )
            self._fetched({result.id: result}, complete=False)

        progress_start = Text(f"Fetching {count(len(sources), 'source')}…  (Esc cancels)")
        bar.update(progress_start)
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
            self._fetched({})  # the profile counts what did arrive
            raise
        finally:
            bar.display = False
            if cache is not None:
                for note in cache.take_notes():
                    self.notify(note, severity="warning", timeout=10)
                cache.close()
        self._fetched({r.id: r for r in results})
        failed = [r for r in results if r.ok is False]
        if failed:
            self.notify(
                f"{len(results) - len(failed)} of {len(results)} fetched; failed: "
                + ", ".join(f"{r.id} ({one_line(r.error or '?')})" for r in failed[:3]),
                severity="warning",
                markup=False,
            )
        else:
            self.notify(f"Fetched {count(len(results), 'source')}")

    def action_export(self) -> None:
        if self.briefing is None:
            return
        from tui.ui.screens.export import ExportScreen

        def written(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Wrote {shown_path(path)}", title="Export")

        self.app.push_screen(ExportScreen(self.briefing, Path.cwd(), self.path), written)

    def action_reload(self) -> None:
        self.notify(f"Reloading {shown_path(self.path.name)}…")
        self.load()

    # --- filters --------------------------------------------------------------------------

    def action_filter(self) -> None:
        if self.index is None:
            return
        self.action_show_section("claims")
        self.query_one("#filter-text", Input).focus()

    def _reset_filters(self) -> None:
        self._populating = True
        try:
            for select_id in ("#filter-kind", "#filter-status", "#filter-actor", "#filter-hedged"):
                self.query_one(select_id, Select).clear()
            self.query_one("#filter-text", Input).value = ""
        finally:
            self._populating = False
        self.claim_filter = ClaimFilter()
        self._fill_claims()

    def action_clear_filter(self) -> None:
        if self.claim_filter.active:
            self._reset_filters()
            self.notify("Filters cleared")

    def set_claim_filter(self, claim_filter: ClaimFilter) -> None:
        """Show only the claims ``claim_filter`` accepts (the profile's figures use this)."""
        self.claim_filter = claim_filter
        self._populating = True
        try:
            for name in ("kind", "status", "actor", "hedged"):
                value = getattr(claim_filter, name)
                select = self.query_one(f"#filter-{name}", Select)
                if value == ANY:
                    select.clear()
                else:
                    select.value = value
            self.query_one("#filter-text", Input).value = claim_filter.text
        finally:
            self._populating = False
        self._fill_claims()
        self.action_show_section("claims")

    def _filter_from_widgets(self) -> ClaimFilter:
        def chosen(select_id: str) -> str:
            value = self.query_one(select_id, Select).value
            return ANY if value is Select.NULL else str(value)

        return ClaimFilter(
            kind=chosen("#filter-kind"),
            status=chosen("#filter-status"),
            actor=chosen("#filter-actor"),
            hedged=chosen("#filter-hedged"),
            text=self.query_one("#filter-text", Input).value,
            ids=self.claim_filter.ids,
            label=self.claim_filter.label,
        )

    @on(Select.Changed)
    @on(Input.Changed, "#filter-text")
    def _filters_changed(self) -> None:
        if self._populating or self.briefing is None:
            return
        self.claim_filter = self._filter_from_widgets()
        self._fill_claims()

    @on(Input.Submitted, "#filter-text")
    def _filter_submitted(self) -> None:
        self._list("claims").focus()

    # --- quote language, links, clipboard -----------------------------------------------------

    def action_toggle_translation(self) -> None:
        self.quote_side = "translation" if self.quote_side == "original" else "original"
        current = self.history.current
        if current is not None and current.section == "quotes":
            self._show_detail(current)
        self.notify(f"Quotes: showing the {self.quote_side} (when the pane is narrow)")

    def _selected(self) -> Ref | None:
        current = self.history.current
        if current is None or current.section != self.active_section:
            return Ref(self.active_section)
        return current

    def _selected_url(self) -> str | None:
        """The link of the selected source (or, on the overview, of the article)."""
        ref = self._selected()
        if self.index is None or ref is None:
            return None
        if ref.section == "sources" and ref.key in self.index.sources:
            return self.index.sources[ref.key].url
        if ref.section == "overview" and self.index.briefing.article:
            article = self.index.sources.get(self.index.briefing.article)
            return article.url if article else None
        return None

    def _no_link(self) -> None:
        where = self._selected()
        if where is not None and where.section == "sources" and where.key:
            self.notify("This source has no link (it is known only by name)", severity="warning")
        else:
            self.notify("Select a source that has a link (Sources tab)", severity="warning")

    def action_open_url(self) -> None:
        url = self._selected_url()
        if not url:
            self._no_link()
            return
        if self.app.is_web:
            self.app.open_url(url)  # the browser showing the app opens it
            self.notify(f"Opening {url}")
            return
        self._open_in_browser(url)

    @work(thread=True, group="open-url")
    def _open_in_browser(self, url: str) -> None:
        """Start the browser off the UI thread, then say what happened."""
        from tui.opener import choose_opener, open_with

        problem = open_with(choose_opener(), url)
        if problem is None:
            self.app.call_from_thread(self.notify, f"Opened {url}")
        else:
            self.app.call_from_thread(
                self.notify,
                f"Not opened: {problem}. Press y to copy the link instead"
                " (or set BRIEFING_OPENER to a command that opens links).",
                severity="warning",
                timeout=8,
            )

    def action_copy_url(self) -> None:
        url = self._selected_url()
        if not url:
            self._no_link()
            return
        self.app.copy_to_clipboard(url)
        self.notify(f"Copied {url}")

    def action_copy(self) -> None:
        ref = self._selected()
        if ref is None:
            return
        detail = self._detail_for(ref)
        if detail is None:
            return
        body = detail.text.plain if isinstance(detail.text, Text) else str(detail.text)
        lines = [line.rstrip() for line in body.strip().splitlines()]
        text = "\n".join(lines) + "\n\n" + self._citation(ref) + "\n"
        self.app.copy_to_clipboard(text)  # unwrapped: the pasting program wraps it
        self.notify(f"Copied {ref.key or ref.section} with its source line to the clipboard")

    def _citation(self, ref: Ref) -> str:
        """One line saying where a copied item comes from: the briefing, the item, a link.

        The link is the item's own where it has one (a source), else that of the first
        source it rests on that has one, else the article's.
        """
        assert self.index is not None
        index = self.index
        briefing = index.briefing
        urls: list[str | None] = []
        if ref.section == "sources" and ref.key in index.sources:
            urls.append(index.sources[ref.key].url)
        if ref.section == "claims" and ref.key in index.claims:
            urls += [
                index.sources[s].url for s in index.claims[ref.key].sources if s in index.sources
            ]
        if briefing.article and briefing.article in index.sources:
            urls.append(index.sources[briefing.article].url)
        url = next((u for u in urls if u), None)
        item = f", {ref.section.rstrip('s')} {ref.key}" if ref.key else ""
        where = f" <{url}>" if url else ""
        return f"— {one_line(briefing.title)} (briefing {briefing.id}{item}){where}"
