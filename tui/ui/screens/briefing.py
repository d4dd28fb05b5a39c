"""One briefing: the bottom line on top, then a view per section, each a list and a detail.

The screen loads the file (in a thread worker started after the first frame, so the
overview's frame paints before a large briefing is read), keeps the browser-like history,
switches between the section views (:mod:`tui.ui.sections`) and owns the keys that work
in every section. What a section shows, and the keys that only make sense there (the
claims filter, fetching a source, a quote's language), belong to its view.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Header, Input, Static
from textual.worker import get_current_worker

from tui.drafts import draft_count, is_draft
from tui.history import History
from tui.links import SECTIONS, BriefingIndex, Ref, Section
from tui.places import remember_place, remembered_place, remembered_rows
from tui.signedstore import content_key
from tui.text import one_line, shown_path
from tui.ui.paint import after_first_paint
from tui.ui.quickkeys import place_quick_toasts, quick_bindings
from tui.ui.render import Detail, copied_text
from tui.ui.sections.actors import ActorsView
from tui.ui.sections.base import RecordsView, SectionView, Shown
from tui.ui.sections.claims import ClaimFilter, ClaimsView
from tui.ui.sections.overview import OverviewView
from tui.ui.sections.quotes import QuotesView
from tui.ui.sections.relations import RelationsView
from tui.ui.sections.sources import SourcesView
from tui.ui.sections.timeline import TimelineView
from tui.ui.widgets.detail import DetailPane
from tui.ui.widgets.keybar import KeyBar
from tui.ui.widgets.sections import SectionBar

if TYPE_CHECKING:  # the screen paints before a briefing is read: the model loads later
    from tui.edit.document import Document
    from tui.fetch.result import FetchResult
    from tui.model import Briefing
    from tui.profile import SourcingProfile
    from tui.ui.firstscreen import FirstScreen

__all__ = ["VIEWS", "BriefingScreen", "ClaimFilter"]

VIEWS: dict[Section, type[SectionView]] = {
    "overview": OverviewView,
    "actors": ActorsView,
    "claims": ClaimsView,
    "quotes": QuotesView,
    "sources": SourcesView,
    "relations": RelationsView,
    "timeline": TimelineView,
}
"""The view of each section, in the order of :data:`tui.links.SECTIONS`."""


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
        # its hint is shown only while the briefing holds drafts (hint_hidden)
        Binding("v,alt+v", "review", "Review drafts", id="edit.review"),
        # the next record marked ✎, without entering the review (hint shown with drafts)
        Binding("full_stop,ctrl+down", "next_draft", "Next ✎", id="edit.next_draft"),
        Binding(
            "comma,ctrl+up",
            "previous_draft",
            "Previous ✎",
            show=False,
            id="edit.previous_draft",
        ),
        Binding("E,f2", "edit_record", "Edit", id="edit.record"),
        Binding("e,ctrl+e", "export", "Export", id="briefing.export"),
        Binding("o,ctrl+o", "open_url", "Open link", show=False, id="briefing.open_url"),
        Binding("y,alt+y", "copy_url", "Copy link", show=False, id="briefing.copy_url"),
        Binding("c,ctrl+y", "copy", "Copy", id="briefing.copy"),
        Binding("r,f5", "reload", "Reload", id="briefing.reload"),
        Binding("F,alt+a", "fetch_all", "Fetch all", show=False, id="briefing.fetch_all"),
        # --- the analyst's desk (docs/editing.md, "In the app") ---
        Binding("a,ctrl+n", "add_record", "Add", show=False, id="edit.add"),
        Binding("d,delete", "delete_record", "Delete", show=False, id="edit.delete"),
        # on the Actors list, as in the review (m there; m here is Brief me)
        Binding("M,alt+m", "merge_actor", "Merge actor", show=False, id="edit.merge"),
        Binding("u,alt+u", "undo", "Undo", show=False, id="edit.undo"),
        Binding("ctrl+r,U", "redo", "Redo (undo an undo)", show=False, id="edit.redo"),
        Binding("f4,alt+e", "open_editor", "Open in editor", show=False, id="edit.editor"),
        *quick_bindings("edit"),
        *[
            Binding(
                str(number),
                f"show_section('{section}')",
                VIEWS[section].TITLE,
                show=False,
                id=f"briefing.section_{section}",
            )
            for number, section in enumerate(SECTIONS, start=1)
        ],
    ]

    HINT_PRIORITY: ClassVar[tuple[str, ...]] = (
        "review",
        "edit_record",
        "export",
        "filter",
        "back",
        "close",
        "brief_me",
        "next_draft",
        "copy",
        "reload",
    )
    """The key bar's hints, most used first: what an 80-column bar keeps (after the
    focused view's own keys) when not all fit. Reviewing drafts, while there are any,
    is the work at hand; then editing and exporting, the desk's reasons to be here."""

    SHORT_HINTS: ClassVar[dict[str, str]] = {
        "review": "Review",
        "brief_me": "Brief",
        "next_draft": "✎",
    }
    """Shorter labels the key bar takes when not every hint fits."""

    def __init__(self, path: Path, briefing: Briefing | None = None) -> None:
        super().__init__()
        self.path = path
        self.briefing: Briefing | None = briefing
        self.shown: Shown | None = None
        self._profile: SourcingProfile | None = None
        self.history: History[Ref] = History()
        self._mtime: int | None = None
        self._history_state: tuple[bool, bool] | None = None
        self._drafts = 0
        """Records still marked Draft: in the briefing shown (from :func:`draft_count`)."""
        self._views_ready = False
        self._mounting = False
        self._overview_held = False
        """The overview is filled only after a frame without the views (see populate)."""
        self._rows: dict[str, str] = {}
        """The record each section's list was last on (section -> key), kept with the
        place when the screen goes, so every list reopens on the row it was left at."""
        self._content_key: str | None = None
        self._problem_line: int | None = None
        self._broken = False
        """The file's last read failed (the last good version may still be shown): F4
        opens the editor at the problem, not at a record of the old version."""
        self.export_folder: Path | None = None
        """Where the last export from this screen went: the next one offers it again."""
        self._asked_section: str | None = None
        """A section asked for by its key while the file was still being read."""
        self._holding_letters = False
        """Letters are held (see :meth:`hold_letters`) until a key that is not one."""
        self._said_held = False
        """The note on held letters was shown (once per holding)."""
        from tui.ui.edit.editing import Editing

        self.editing = Editing(self)

    # --- what the views share -------------------------------------------------------------

    @property
    def index(self) -> BriefingIndex | None:
        return self.shown.index if self.shown is not None else None

    @property
    def profile(self) -> SourcingProfile | None:
        return self.shown.profile if self.shown is not None else self._profile

    @property
    def fetched(self) -> dict[str, FetchResult]:
        return self.shown.fetched if self.shown is not None else {}

    @property
    def claim_filter(self) -> ClaimFilter:
        return self.claims_view.claim_filter

    def view(self, section: Section) -> SectionView:
        """The view of ``section``."""
        return self.query_one(f"#{section}", VIEWS[section])

    @property
    def ready(self) -> bool:
        """Whether the file is read and every section's view shows it."""
        return self.shown is not None and self._views_ready

    @property
    def claims_view(self) -> ClaimsView:
        return self.query_one("#claims", ClaimsView)

    @property
    def sources_view(self) -> SourcesView:
        return self.query_one("#sources", SourcesView)

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield SectionBar([(section, VIEWS[section].TITLE) for section in SECTIONS])
        with ContentSwitcher(id="sections", initial="overview"):
            # The other views are mounted once the overview shows the file (see populate).
            yield OverviewView()
        yield Static("", id="changed-bar", markup=False)
        yield Static("", id="saving-bar", markup=False)
        yield KeyBar()

    def hold_letters(self) -> None:
        """Take no letter as a key until the reader presses one that is not a letter.

        The command palette opens a briefing, or jumps in this one, on the Enter that ends
        its search; letters typed on after it were one-key edits (``i`` a claim's
        credibility, ``n`` its kind, ``a`` a new record) on a record not yet looked at, and
        ``q`` quit. An arrow, Tab, Enter or Esc shows the reader is looking, and ends it.
        """
        self._holding_letters = True
        self._said_held = False

    def on_key(self, event: events.Key) -> None:
        """Hold a letter while :meth:`hold_letters` asks it, and say why once."""
        if not self._holding_letters or isinstance(self.focused, Input):
            return
        if not event.is_printable:
            self._holding_letters = False
            return
        event.stop()
        event.prevent_default()
        if not self._said_held:
            self._said_held = True
            self.notify(
                "Letters typed on after the search are not taken as keys: press an arrow"
                " key (or Tab, Esc) first",
                title="Keys held",
                timeout=6,
            )

    def on_mount(self) -> None:
        self.title = shown_path(self.path.name)
        self.query_one("#changed-bar").display = False
        if self.briefing is not None:
            given = self.briefing
            after_first_paint(self, lambda: self.populate(given))
        elif self._show_first_screen():
            # The content is in the first frame: reading the file would only delay it.
            after_first_paint(self, self.load)
        else:
            self.load()  # nothing to show until the file is read: start at once
        self.set_interval(2.0, self._check_changed_on_disk)

    def _show_first_screen(self) -> bool:
        """The overview as it was the last time these bytes were shown, if it was kept
        (True); else a line saying the file is being read (False)."""
        from tui.ui.firstscreen import file_key, remembered_first_screen

        key = file_key(self.path)
        first = remembered_first_screen(key) if key is not None else None
        overview = self.query_one(OverviewView)
        if first is not None:
            self.title = one_line(first.title)
            self.sub_title = shown_path(self.path.name)
        if first is None or self._opens_elsewhere():
            # A file left in another section opens there: its overview, shown until the
            # file is read, would flash past before the jump to where the reader was.
            overview.show_reading(self.path)
            return False
        overview.pane.show(first.text, first.links)
        return True

    def _opens_elsewhere(self) -> bool:
        """Whether this file was left in a section other than the overview (the first
        load goes back there)."""
        left = self._place_left_at()
        return left is not None and left.section != "overview"

    # --- loading ------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Parse the file off the UI thread; hand the result (or the problems) back."""
        from tui.loader import LoadError, load_read, read_bounded
        from tui.modelcache import ModelCache
        from tui.profile import Cancelled, ProfileError, sourcing_profile

        worker = get_current_worker()
        mtime = self._disk_mtime()
        try:
            raw = read_bounded(str(self.path))
            briefing = load_read(raw, str(self.path), cache=ModelCache())
            # A huge briefing's profile takes a while: quitting or reloading stops it.
            profile = sourcing_profile(briefing, should_stop=lambda: worker.is_cancelled)
        except Cancelled:
            return
        except (LoadError, ProfileError) as error:
            problems = getattr(error, "problems", None) or [f"{self.path}: {error}"]
            lines = [getattr(p, "line", None) for p in problems]
            self._problem_line = next((n for n in lines if isinstance(n, int)), None)
            self._broken = True
            if not worker.is_cancelled:
                self.app.call_from_thread(self._load_failed, [str(p) for p in problems])
            return
        if not worker.is_cancelled:
            self.editing.desk.forget()  # edits apply to what is shown: these bytes
            self.editing.desk.shown(raw)
            self._problem_line = None
            self._broken = False
            key = content_key(raw)  # the bytes shown, to keep their first screen
            self.app.call_from_thread(self._loaded, briefing, mtime, profile, key)

    def _loaded(
        self, briefing: Briefing, mtime: int | None, profile: SourcingProfile, key: str
    ) -> None:
        reloading = self.shown is not None
        self._mtime = mtime
        self._profile = profile
        self._content_key = key
        self.query_one("#changed-bar").display = False
        self.populate(briefing)
        if reloading:
            self.notify(f"Reloaded {shown_path(self.path.name)}")

    def _load_failed(self, problems: list[str]) -> None:
        from tui.ui.screens.problems import ProblemsScreen

        keeping = self.shown is not None
        self.app.push_screen(
            ProblemsScreen(self.path, problems, keeping_previous=keeping),
            self._after_problems,
        )
        if not keeping:
            self.sub_title = "could not be loaded"
            self.query_one(OverviewView).show_problems(self.path, problems)

    def _after_problems(self, answer: str | None) -> None:
        """The problems dialog closed with F4: the editor, at the first problem."""
        if answer == "editor":
            self.action_open_editor()

    def _disk_mtime(self) -> int | None:
        try:
            return self.path.stat().st_mtime_ns
        except OSError:
            return None

    def show_saving(self, message: str | None) -> None:
        """Say that a save is under way (a large file takes seconds), or, with None, that
        none is."""
        bar = self.query_one("#saving-bar", Static)
        if message is not None:
            bar.update(Text(message))
        bar.display = message is not None

    def _check_changed_on_disk(self) -> None:
        if self.shown is None or self._mtime is None:
            return
        now = self._disk_mtime()
        if now != self._mtime:
            bar = self.query_one("#changed-bar", Static)
            name = shown_path(self.path.name)
            if now is None and not self.path.exists():
                message = f"{name} was deleted or moved: this is the last version read"
            else:
                message = f"Press r to reload: {name} changed on disk"
            bar.update(Text(message))
            bar.display = True

    # --- filling the views ----------------------------------------------------------------

    def _still_in_filter(self, place: Ref, row: int) -> Ref:
        """After a change, the claim on ``place`` may no longer pass the claims filter (a
        status judged away from the one filtered for): the filter stays, and the claim
        that took its row is shown, rather than the filter thrown away."""
        assert self.shown is not None
        view = self.claims_view
        claim = self.shown.index.claims.get(place.key) if place.section == "claims" else None
        if claim is None or not view.claim_filter.active or view.claim_filter.accepts(claim):
            return place
        keys = view.records.keys
        if not keys:
            return place  # nothing left in the filter: showing the claim clears it
        following = keys[min(row, len(keys) - 1)]
        self.notify(
            f"Claim {place.key} no longer matches the filter; on to claim {following}",
            severity="information",
        )
        return Ref("claims", following)

    def populate(self, briefing: Briefing) -> None:
        """Show ``briefing``: the overview at once, then every other view (mounted now on
        a first load); keeps the current place when reloading."""
        place = self.history.current
        fetched = self.shown.fetched if self.shown is not None else {}
        self.briefing = briefing
        had_drafts, self._drafts = self._drafts > 0, draft_count(briefing)
        if had_drafts != (self._drafts > 0):
            self.refresh_bindings()  # "Review drafts" comes and goes with the drafts
        self.shown = Shown(BriefingIndex(briefing), self._profile, fetched)
        self._profile = None
        if self._mtime is None:
            self._mtime = self._disk_mtime()
        self.title = one_line(briefing.title)
        self.sub_title = shown_path(self.path.name)
        if self._views_ready:
            self._fill_overview()
            self._fill_views(place)
        elif self._mounting:
            if not self._overview_held:
                self._fill_overview()
        else:
            self._mounting = True
            if self._opens_elsewhere():
                # No overview on the way to another section: the views are hidden, and the
                # overview is filled only once a frame is laid out without them. Filled in
                # this same step, it was on screen until that layout (a screenshot or a
                # partial redraw in between showed it: the overview flashed past).
                self.query_one("#sections", ContentSwitcher).visible = False
                self._overview_held = True
            else:
                self._fill_overview()
            self.call_after_refresh(self._mount_views)  # the overview's frame goes first

    def _fill_overview(self) -> None:
        """Show what is shown in the overview, and keep it for the next opening."""
        assert self.shown is not None
        overview = self.query_one(OverviewView)
        overview.fill(self.shown)
        self._keep_first_screen(overview)

    async def _mount_views(self) -> None:
        """Mount the view of every other section, then fill them with what is shown (and
        the overview, when it was held back from the frame before)."""
        if self._overview_held:
            self._overview_held = False
            self._fill_overview()
        views = [VIEWS[section]() for section in SECTIONS[1:]]
        for view in views:
            view.display = False
        await self.query_one("#sections", ContentSwitcher).mount_all(views)
        self._views_ready = True
        self._fill_views(self.history.current)

    def _fill_views(self, place: Ref | None) -> None:
        """Fill the views other than the overview, go back to ``place`` (or where the
        reader left this file), then read what the fetch cache knows of the sources."""
        assert self.shown is not None
        row = self.claims_view.records.cursor_row if place is not None else 0
        for section in SECTIONS[1:]:
            self.view(section).fill(self.shown)
        # First load: where the reader left this file; after a change: the same place,
        # unless the claim there has left the claims filter.
        if place is None:
            self._select_rows_left()
        place = self._place_left_at() if place is None else self._still_in_filter(place, row)
        if place is not None and self.shown.index.exists(place):
            self.jump(place, record=False)
        else:
            self.history.current = Ref("overview")
            self._history_changed()
            if place is not None and place.section in SECTIONS[1:] and self._asked_section is None:
                # the record left there is gone since (deleted, renamed elsewhere): its
                # section still, on its first row, as the reader left the file in it
                self._asked_section = place.section
        self.read_fetch_cache(self.shown.index.briefing)
        asked, self._asked_section = self._asked_section, None
        if asked is not None:
            self.action_show_section(asked)
        self.query_one("#sections", ContentSwitcher).visible = True  # where it was left

    def _keep_first_screen(self, overview: OverviewView) -> None:
        """Keep the overview just drawn for the next opening of the same bytes."""
        key = self._content_key
        detail = overview.detail("")
        if key is None or detail is None:
            return
        from tui.ui.firstscreen import FirstScreen

        title = one_line(self.briefing.title) if self.briefing is not None else ""
        self._save_first_screen(key, FirstScreen(title, detail.text, detail.links))

    @work(thread=True, group="first-screen")
    def _save_first_screen(self, key: str, first: FirstScreen) -> None:
        from tui.ui.firstscreen import remember_first_screen

        remember_first_screen(key, first)

    def _place_left_at(self) -> Ref | None:
        left = remembered_place(self.path)
        if left is None or left[0] not in SECTIONS:
            return None
        section: Section = left[0]
        return Ref(section, left[1] or "")

    def _select_rows_left(self) -> None:
        """On a first load, each section's list on the record it was left at (see
        :meth:`on_unmount`); a record gone since leaves its list on the first row, unsaid."""
        assert self.shown is not None
        for section, key in remembered_rows(self.path).items():
            if section in SECTIONS[1:] and self.shown.index.exists(Ref(section, key)):
                self.view(section).select(key)
                self._rows[section] = key

    def on_unmount(self) -> None:
        """Keep where the reader is, and the row of every section's list, to return there
        next time this file is opened."""
        current = self.history.current
        if self.shown is None or current is None:
            return

        if current.key:
            self._rows[current.section] = current.key
        remember_place(self.path, current.section, current.key or None, self._rows)

    # --- what the views say -----------------------------------------------------------------

    @on(SectionView.Moved)
    def _moved(self, event: SectionView.Moved) -> None:
        """The reader moved in a view: that is the current place, if the view shows."""
        if event.ref.key:
            self._rows[event.ref.section] = event.ref.key
        if event.ref.section == self.active_section:
            self.history.current = event.ref
            self._history_changed()

    @on(ClaimsView.Counted)
    def _claims_counted(self, event: ClaimsView.Counted) -> None:
        self.query_one(SectionBar).set_title("claims", event.title)

    @on(SourcesView.Fetched)
    def _fetched_message(self, event: SourcesView.Fetched) -> None:
        self._fetched(event.results, complete=event.complete)

    @on(DetailPane.Jump)
    def _follow_link(self, event: DetailPane.Jump) -> None:
        if event.link.claims:
            self.show_claims(event.link.claims, event.link.label)
        else:
            self.jump(event.ref)

    @on(SectionBar.Chosen)
    def _section_chosen(self, event: SectionBar.Chosen) -> None:
        self.action_show_section(event.section)

    def show_claims(self, claim_ids: tuple[str, ...], label: str) -> None:
        """The claims list filtered to ``claim_ids`` (a profile figure's claims)."""
        self.set_claim_filter(ClaimFilter(ids=frozenset(claim_ids), label=label))
        self.history.visit(Ref("claims", claim_ids[0]))
        self.notify(f"{label} (x shows all claims again)", markup=False)

    def set_claim_filter(self, claim_filter: ClaimFilter) -> None:
        """Show only the claims ``claim_filter`` accepts, and the claims view."""
        self.claims_view.set_filter(claim_filter)
        self.action_show_section("claims")

    # --- moving around --------------------------------------------------------------------

    @property
    def active_section(self) -> Section:
        """The section whose view is showing."""
        return self.query_one(SectionBar).active  # type: ignore[return-value]

    def _switch_to(self, section: Section) -> None:
        """Show ``section``'s view and mark its title; keys go to that view.

        Focus left in a hidden view would have keys act there unseen (Enter following a
        link nobody sees), so it moves to the view's list, or the overview's pane.
        """
        self.query_one(SectionBar).active = section
        self.query_one("#sections", ContentSwitcher).current = section
        view = self.view(section)
        focused = self.focused
        if focused is None or view not in focused.ancestors_with_self:
            view.focus_view()

    def _section_opened(self, section: Section) -> None:
        """The reader opened a section: its selected row becomes the current place."""
        key = self.view(section).selected_key
        ref = Ref(section, key) if key is not None else Ref(section)
        if ref != self.history.current:
            self.history.visit(ref)
            self._history_changed()

    def jump(self, ref: Ref, *, record: bool = True) -> None:
        """Show ``ref``: switch to its view, select its row, and remember the place."""
        if self.shown is None or not self.shown.index.exists(ref):
            self.notify(
                f"Nothing called {ref.key!r} in {ref.section}", severity="warning", markup=False
            )
            return
        if ref.section == "claims":
            self.claims_view.reveal(ref.key)
        if record:
            self.history.visit(ref)
        else:
            self.history.current = ref
        self._switch_to(ref.section)
        view = self.view(ref.section)
        view.select(ref.key)
        if ref.key:
            self._rows[ref.section] = ref.key
        view.focus_view()
        self._history_changed()

    def show_change(self, section: str, key: str | None) -> None:
        """After an undo or a redo: show the record it changed, or its section when the
        record is gone, so the reader sees the change rather than being sent elsewhere."""
        if self.shown is None or section not in SECTIONS:
            return
        ref = Ref(section, key) if key is not None else None
        if ref is not None and self.shown.index.exists(ref):
            self.jump(ref, record=False)
        elif section != self.active_section:
            self.action_show_section(section)

    def _history_changed(self) -> None:
        """Show Back/Forward as available or not; the footer is rebuilt only on a change."""
        state = (self.history.can_go_back, self.history.can_go_forward)
        if state != self._history_state:
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

    def hint_hidden(self, action: str) -> bool:
        """Whether the key bar leaves out ``action``'s hint although its key works: the
        review's and the next draft's, while nothing is marked Draft: (the key then says so);
        the next draft's on the overview too, which has no list to step in (the key still
        goes to the first draft)."""
        if action == "next_draft" and self.active_section == "overview":
            return True
        return action in ("review", "next_draft") and self._drafts == 0

    def action_previous_draft(self) -> None:
        """``,``: :meth:`action_next_draft` backwards."""
        self.action_next_draft(-1)

    def action_next_draft(self, step: int = 1) -> None:
        """``.`` (``,`` back): select the next record still marked ✎ in the list shown,
        in its order, then in the sections after it, round to the start: drafts are
        found from the lists without entering the review (``v``), which judges them one
        by one. A draft a claims filter hides is passed over, as the list does not show it.
        """
        if self.shown is None or not self._views_ready:
            return
        found = self._next_draft(step)
        if found is None:
            self.notify("Nothing in the lists is marked Draft: (✎)", severity="information")
            return
        self.jump(found)

    def _next_draft(self, step: int) -> Ref | None:
        """The record :meth:`action_next_draft` goes to, or None when no list holds one."""
        assert self.shown is not None
        briefing = self.shown.index.briefing
        rows: list[tuple[Section, str, bool]] = []  # every list's rows, sections in order
        for section in SECTIONS:
            view = self.view(section)
            if not isinstance(view, RecordsView):
                continue  # the overview: no list
            records = getattr(briefing, section)
            if section in ("relations", "timeline"):  # keyed by their place in the file
                drafts = {str(n) for n, record in enumerate(records) if is_draft(section, record)}
            else:
                drafts = {record.id for record in records if is_draft(section, record)}
            rows += [(section, key, key in drafts) for key in view.row_keys()]
        here = self.active_section
        cursor = self.view(here).selected_key
        at = next(
            (n for n, (section, key, _) in enumerate(rows) if section == here and key == cursor),
            -1 if step > 0 else len(rows),  # from the overview: the first (or last) draft
        )
        for turn in range(1, len(rows) + 1):
            section, key, draft = rows[(at + step * turn) % len(rows)]
            if draft:
                return Ref(section, key)
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.history.can_go_back or None
        if action == "forward":
            return self.history.can_go_forward or None
        if action == "close":
            # Shown (and offered) only when it leads somewhere: back to the library, out of
            # the filter bar, or stopping a fetch.
            if self._has_library_beneath():
                return True
            if not self.query("#sources"):
                return False
            return self.sources_view.fetching or self.claims_view.in_filter_bar
        return True

    def action_show_section(self, section: str) -> None:
        if self.shown is None or not self._views_ready:
            self._asked_section = section  # typed while the file is read: opened then
            return
        opened: Section = section  # type: ignore[assignment]
        self._switch_to(opened)
        self.view(opened).focus_view()
        self._section_opened(opened)

    def _step_tab(self, step: int) -> None:
        position = SECTIONS.index(self.active_section)
        self.action_show_section(SECTIONS[(position + step) % len(SECTIONS)])

    def action_next_tab(self) -> None:
        self._step_tab(1)

    def action_previous_tab(self) -> None:
        self._step_tab(-1)

    def action_focus_links(self) -> None:
        pane = self.view(self.active_section).pane
        if pane.links:
            pane.focus()
            pane.reveal_link()
        else:
            self.notify("This item has no links", severity="information")

    def action_close(self) -> None:
        if self.query("#sources") and self.sources_view.cancel_fetch():
            return
        if self.query("#claims") and self.claims_view.in_filter_bar:
            self.claims_view.leave_filter_bar()  # Esc leaves the filter bar, keeping the filter
            return
        if self._has_library_beneath():
            self.app.pop_screen()
        # Opened on one file there is nothing to close to: Esc never quits (q does).

    def _has_library_beneath(self) -> bool:
        return len(self.app.screen_stack) > 2

    def action_brief_me(self) -> None:
        if self.shown is None:
            return
        from tui.ui.screens.brief_me import BriefMeScreen, remembered_step

        def opened(ref: Ref | None) -> None:
            if ref is not None:
                self.jump(ref)

        briefing = self.shown.index.briefing
        start = remembered_step(briefing.id)
        self.app.push_screen(
            BriefMeScreen(briefing, self.shown.index, self.shown.profile, start=start), opened
        )

    def clear_filter(self) -> None:
        """Show every claim again (the palette's "Clear filter")."""
        if self.shown is not None:
            self.claims_view.action_clear_filter()

    def action_filter(self) -> None:
        if self.shown is None:
            return
        self.action_show_section("claims")
        self.claims_view.focus_filter()

    # --- fetched results ------------------------------------------------------------------

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
        """New fetch results: every view redraws what shows them; when ``complete``, the
        profile too (it reads every claim, so not once per source of a long run)."""
        if self.shown is None:
            return
        self.shown.fetched.update(results)
        if complete:
            from tui.export.fetched import quote_results
            from tui.profile import sourcing_profile

            checks = quote_results(self.shown.fetched)  # combined as every export does
            briefing = self.shown.index.briefing
            self.shown.profile = sourcing_profile(briefing, checks=checks or None)
        ids = list(results)
        for section in SECTIONS:
            if section != "overview" or complete:
                self.view(section).fetched_changed(ids)

    def action_fetch_all(self) -> None:
        if self.shown is None:
            return
        self.action_show_section("sources")
        self.sources_view.fetch_all()

    # --- export, reload, links and the clipboard ----------------------------------------------

    def action_export(self) -> None:
        if self.shown is None:
            return
        from tui.ui.screens.export import ExportScreen

        def written(path: Path | None) -> None:
            if path is not None:
                self.export_folder = path.parent  # the next export offers the same folder
                self.notify(f"Wrote {shown_path(path)}", title="Export")

        briefing = self.shown.index.briefing
        claims = self.claims_view
        selection = None
        if claims.claim_filter.active:
            from tui.export.selection import Selection

            description = claims.claim_filter.describe(self.shown.index)
            selection = Selection.of(claims.records.keys, description)
        # next to the briefing, not wherever the app was started (r13 §7)
        folder = self.export_folder or self.path.absolute().parent
        screen = ExportScreen(briefing, folder, self.path, selection=selection)
        self.app.push_screen(screen, written)

    def action_reload(self) -> None:
        self.notify(f"Reloading {shown_path(self.path.name)}…")
        self.load()

    def _selected(self) -> Ref:
        """The record the reader is on in the open view (the view itself on the overview)."""
        section = self.active_section
        key = self.view(section).selected_key if self.shown is not None else None
        return Ref(section, key) if key is not None else Ref(section)

    def _no_link(self) -> None:
        where = self._selected()
        if where.section == "sources" and where.key:
            self.notify("This source has no link (it is known only by name)", severity="warning")
        else:
            self.notify("Select a source that has a link (Sources tab)", severity="warning")

    def action_open_url(self) -> None:
        url = self.view(self.active_section).selected_url() if self.shown else None
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
        url = self.view(self.active_section).selected_url() if self.shown else None
        if not url:
            self._no_link()
            return
        self.app.copy_to_clipboard(url)
        self.notify(f"Sent {url} to the terminal's clipboard")

    def detail_for(self, ref: Ref) -> Detail | None:
        """What ``ref``'s view shows for it."""
        if self.shown is None or not self.shown.index.exists(ref):
            return None
        return self.view(ref.section).detail(ref.key)

    def action_copy(self) -> None:
        ref = self._selected()
        detail = self.detail_for(ref)
        if detail is None:
            return
        text = copied_text(detail.text) + "\n\n" + self._citation(ref) + "\n"
        self.app.copy_to_clipboard(text)  # unwrapped: the pasting program wraps it
        # OSC 52 gets no answer: whether the terminal (or tmux) let it through is unknown.
        self.notify(
            f"Sent {ref.key or ref.section} with its source line to the terminal's clipboard"
            " (if nothing pastes, allow OSC 52 clipboard access; in tmux: set -s"
            " set-clipboard on)"
        )

    def _citation(self, ref: Ref) -> str:
        """One line saying where a copied item comes from: the briefing, the item, a link.

        The link is the item's own where it has one (a source), else that of the first
        source it rests on that has one, else the article's.
        """
        assert self.shown is not None
        index = self.shown.index
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

    # --- the analyst's desk: edits saved through tui.edit (tui/ui/edit/) --------------------

    def show_saved(self, document: Document, profile: SourcingProfile | None) -> None:
        """Show the version just saved, keeping the reader's place."""
        from tui.signedstore import content_key

        raw = document.to_bytes()
        self.editing.desk.saved(document)
        self._mtime = self._disk_mtime()
        self._profile = profile
        self._content_key = content_key(raw)
        self.query_one("#changed-bar").display = False
        self.populate(document.briefing)

    def _editing_place(self) -> tuple[Section, str | None]:
        section = self.active_section
        return section, self.view(section).selected_key

    def _choose_note(self, verb: str, then: Callable[[str | None], None]) -> None:
        """On the overview: the briefing's own fields or one of its analyst notes."""
        from tui.ui.edit.dialogs import ChoiceDialog

        assert self.briefing is not None
        notes = [
            (f"note:{n.id}", f"Analyst note {n.id}: {one_line(n.text)[:60]}")
            for n in self.briefing.notes
        ]
        if verb == "edit":
            answers = [("briefing", "The briefing: title, summary, tags, article"), *notes]
        else:
            answers = notes
        if not answers:
            self.notify("This briefing has no analyst notes", severity="information")
            return
        if len(answers) == 1 and verb == "edit":
            then(answers[0][0])
            return
        self.app.push_screen(
            ChoiceDialog(f"{verb.capitalize()} what?", [], [*answers, ("cancel", "Cancel")]),
            lambda answer: then(answer) if answer not in (None, "cancel") else None,
        )

    def action_edit_record(self) -> None:
        if self.shown is None:
            return
        section, key = self._editing_place()
        if section != "overview":
            self.editing.open_form(section, key)
            return

        def chosen(answer: str | None) -> None:
            if answer == "briefing":
                self.editing.open_form("overview", None)
            elif answer and answer.startswith("note:"):
                self.editing.open_form("notes", answer[5:])

        self._choose_note("edit", chosen)

    def action_add_record(self) -> None:
        if self.shown is None:
            return
        self.editing.add(self.active_section)

    def action_delete_record(self) -> None:
        if self.shown is None:
            return
        section, key = self._editing_place()
        if section == "overview":
            self._choose_note(
                "delete",
                lambda answer: self.editing.delete("notes", answer[5:]) if answer else None,
            )
            return
        keys = self.view(section).records
        neighbour: str | None = None
        if keys is not None and key in keys.keys and section not in ("relations", "timeline"):
            row = keys.keys.index(key)  # (a position stays the place of the next record)
            rest = keys.keys[row + 1 :]
            neighbour = rest[0] if rest else (keys.keys[row - 1] if row else None)

        def stay() -> None:
            if neighbour is not None and self.shown is not None:
                ref = Ref(section, neighbour)
                if self.shown.index.exists(ref):
                    self.jump(ref, record=False)

        self.editing.delete(section, key, after=stay)

    def action_merge_actor(self) -> None:
        """Merge another actor into the one selected on the Actors list."""
        if self.shown is None:
            return
        section, key = self._editing_place()
        if section != "actors":
            self.notify(
                "Merging is for actors: on the Actors list (2), select the one to keep",
                severity="information",
            )
            return
        self.editing.merge_actor(key)

    def action_undo(self) -> None:
        if self.shown is not None:
            self.editing.undo()

    def action_redo(self) -> None:
        if self.shown is not None:
            self.editing.redo()

    def action_quick(self, what: str, step: int) -> None:
        if self.shown is None:
            return
        section, key = self._editing_place()
        from tui.ui.edit.editing import QUICK_FIELDS

        field_key = QUICK_FIELDS.get(what, {}).get(section)
        current = self.model_value(section, key, field_key) if field_key else None
        self.editing.quick(what, step, section, key, current)

    def place_quick_toast(self, field_key: str) -> None:
        """A quick key changed ``field_key`` of the record under the list's cursor: its
        toast stands over the list (the detail pane, where the changed judgement reads,
        stays whole), at the top or the bottom, away from the cursor's row."""
        records = self.view(self.active_section).records
        row = None
        if records is not None and records.keys:
            row = records.region.y + 1 + records.cursor_row - round(records.scroll_y)
        place_quick_toasts(self, row, left=records is not None)

    def model_value(self, section: str, key: str | None, field_key: str) -> object:
        """The value of ``field_key`` in the record shown as (``section``, ``key``)."""
        if self.shown is None or key is None:
            return None
        records = getattr(self.shown.index.briefing, section, None)
        if not isinstance(records, list):
            return None
        if section in ("relations", "timeline"):
            record = records[int(key)] if key.isdigit() and int(key) < len(records) else None
        else:
            record = next((r for r in records if getattr(r, "id", None) == key), None)
        return getattr(record, field_key, None) if record is not None else None

    def action_review(self) -> None:
        if self.shown is None:
            return

        def start(document: Document) -> None:
            from tui.edit.operations import draft_items
            from tui.ui.screens.review import ReviewScreen

            if not draft_items(document.data):
                self.notify("Nothing here is marked Draft: nothing to review")
                return
            self.app.push_screen(ReviewScreen(self, document))

        self.editing.with_document(start)

    def action_open_editor(self) -> None:
        """Suspend, open ``$VISUAL``/``$EDITOR`` at the record (or the first problem),
        read the file again on return."""
        if self.shown is None or self._broken:
            self._run_editor(self._problem_line or 1)
            return
        section, key = self._editing_place()

        def at_line(document: Document) -> None:
            from tui.edit.operations import find_record
            from tui.ui.edit.desk import address_of

            ref = find_record(document.data, address_of(section, key))
            self._run_editor(document.line_of(ref.path))

        self.editing.with_document(at_line)

    def _run_editor(self, line: int) -> None:
        from textual.app import SuspendNotSupported

        from tui.ui.edit.editor import editor_command

        command = editor_command(self.path, line)
        try:
            with self.app.suspend():
                subprocess.run(command, check=False)
        except SuspendNotSupported:
            self.notify("This terminal cannot hand over to an editor", severity="warning")
            return
        except OSError as error:
            self.notify(
                f"Could not start {one_line(command[0])}: {one_line(error.strerror or str(error))}"
                " (set VISUAL or EDITOR)",
                severity="error",
            )
            return
        self.editing.desk.forget()
        self.load()
