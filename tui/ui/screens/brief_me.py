"""Brief me: one item per screen in reading order, like slides, with a progress line.

Summary first, then the actors, the claims in the order the article makes them, and the
quotes. Space, n or → goes on; p, Backspace or ← goes back; 1-4 jump to a section.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from tui.config import load_state
from tui.links import BriefingIndex, Ref
from tui.places import remember_in_state
from tui.text import one_line
from tui.ui.sections.actors import actor_detail
from tui.ui.sections.claims import claim_detail
from tui.ui.sections.overview import profile_section, summary_detail
from tui.ui.sections.quotes import quote_detail
from tui.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from tui.model import Briefing
    from tui.profile import SourcingProfile

__all__ = ["BriefMeScreen", "Page", "reading_order"]

PART_NAMES = {"summary": "Summary", "actors": "Actor", "claims": "Claim", "quotes": "Quote"}
PARTS = tuple(PART_NAMES)


@dataclass(frozen=True)
class Page:
    """One step: which part it belongs to, its place in that part, and what it shows."""

    part: str
    number: int
    of: int
    ref: Ref


def reading_order(briefing: Briefing) -> list[Page]:
    """Summary, actors, claims in article order (by paragraph, then as listed), quotes."""
    claims = sorted(
        enumerate(briefing.claims),
        key=lambda pair: (pair[1].paragraph if pair[1].paragraph is not None else 10**9, pair[0]),
    )
    parts: list[tuple[str, list[Ref]]] = [
        ("summary", [Ref("overview")]),
        ("actors", [Ref("actors", a.id) for a in briefing.actors]),
        ("claims", [Ref("claims", c.id) for _, c in claims]),
        ("quotes", [Ref("quotes", q.id) for q in briefing.quotes]),
    ]
    return [
        Page(part, number, len(refs), ref)
        for part, refs in parts
        for number, ref in enumerate(refs, start=1)
    ]


POSITIONS_KEY = "brief_me_steps"
"""Where Brief me was left, per briefing id, in the app's state file."""


class BriefMeScreen(Screen[Ref | None]):
    """Step through a briefing; Enter opens the current item in the briefing view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,ctrl+n", "page_or_next", "Read on", id="brief.page_or_next"),
        Binding("n,right", "step(1)", "Next", show=False, id="brief.next"),
        Binding("p,backspace,left", "step(-1)", "Previous", id="brief.previous"),
        Binding("enter,o", "open_item", "Open in briefing", id="brief.open"),
        Binding("escape,m", "leave", "Close", id="brief.close"),
        Binding("home,g", "go(0)", "First", show=False, id="brief.first"),
        Binding("end,G", "go(-1)", "Last", show=False, id="brief.last"),
        *[
            Binding(
                str(number),
                f"part('{part}')",
                PART_NAMES[part],
                show=False,
                id=f"brief.part_{part}",
            )
            for number, part in enumerate(PARTS, start=1)
        ],
    ]

    def __init__(
        self,
        briefing: Briefing,
        index: BriefingIndex,
        profile: SourcingProfile | None = None,
        *,
        start: int = 0,
    ) -> None:
        super().__init__()
        self.briefing = briefing
        self.index = index
        self.profile = profile
        self.pages = reading_order(briefing)
        self.position = max(0, min(start, len(self.pages) - 1))

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="brief-progress", markup=False)
        with VerticalScroll(id="brief-page"):
            yield Static("", id="brief-body", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = one_line(self.briefing.title)
        self.sub_title = "Brief me"
        self._show()

    def _body(self, page: Page) -> RenderableType:
        ref = page.ref
        if ref.section == "actors":
            return actor_detail(self.index.actors[ref.key], self.index).text
        if ref.section == "claims":
            return claim_detail(self.index.claims[ref.key], self.index, self.profile).text
        if ref.section == "quotes":
            quote = self.index.quotes[ref.key]
            return quote_detail(quote, self.index, side_by_side=True, show="original").text
        profile = None
        if self.profile is not None:
            profile = profile_section(self.profile)[0]
        return summary_detail(self.briefing, self.index, profile).text

    def _show(self) -> None:
        page = self.pages[self.position]
        progress = Text(f"{PART_NAMES[page.part]} {page.number} of {page.of}", style="bold")
        progress.append(f"   ·   step {self.position + 1} of {len(self.pages)}", style="dim")
        progress.append(
            "   ·   space more/next · p previous · 1-4 sections · enter open", style="dim"
        )
        self.query_one("#brief-progress", Static).update(progress)
        self.query_one("#brief-body", Static).update(self._body(page))
        self.query_one("#brief-page", VerticalScroll).scroll_home(animate=False)

    @property
    def page(self) -> Page:
        return self.pages[self.position]

    def action_page_or_next(self) -> None:
        """Space reads on: the rest of a long step first, then the next step."""
        page = self.query_one("#brief-page", VerticalScroll)
        if page.scroll_y < page.max_scroll_y:
            page.scroll_page_down(animate=False)
        else:
            self.action_step(1)

    def action_step(self, step: int) -> None:
        target = self.position + step
        if 0 <= target < len(self.pages):
            self.position = target
            self._show()
        else:
            self.notify("That is the last step" if step > 0 else "That is the first step")

    def action_go(self, position: int) -> None:
        self.position = position % len(self.pages)
        self._show()

    def action_part(self, part: str) -> None:
        for position, page in enumerate(self.pages):
            if page.part == part:
                self.position = position
                self._show()
                return
        self.notify(f"This briefing has no {part}", severity="warning")

    def action_open_item(self) -> None:
        self._remember()
        self.dismiss(self.page.ref)

    def action_leave(self) -> None:
        self._remember()
        self.dismiss(None)

    def _remember(self) -> None:
        """Keep the step per briefing, so Brief me opens where the reader left it."""
        problem = remember_in_state(POSITIONS_KEY, self.briefing.id, self.position)
        if problem:
            self.notify(problem, severity="warning")


def remembered_step(briefing_id: str) -> int:
    """The step Brief me was left at for ``briefing_id``; 0 when never opened."""
    saved = load_state().get(POSITIONS_KEY)
    step = saved.get(briefing_id, 0) if isinstance(saved, dict) else 0
    return step if isinstance(step, int) and step >= 0 else 0
