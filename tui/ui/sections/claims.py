"""The claims section: every claim with its kind and hedges, the filter bar above the
list, and each claim's detail (excerpt with hedge words marked, judgement, figures, and
what the fetched sources say of its excerpt).

The filter is a pure predicate (:class:`ClaimFilter`); the bar's widgets and the list are
kept in step here, and the count of shown claims is posted as :class:`ClaimsView.Counted`
for the screen's section bar.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Select, Static

from tui.drafts import DRAFT_GLYPH, copies_excerpt, is_draft
from tui.links import BriefingIndex, Ref
from tui.speakers import speaker_mismatches
from tui.text import one_line, visible
from tui.textsearch import fold
from tui.ui.focus import focus_now
from tui.ui.render import (
    Detail,
    Link,
    actor_link,
    desk_hint,
    field,
    heading,
    highlight_hedges,
    kind_badge,
    kind_mark,
    source_link,
    status_mark,
)
from tui.ui.sections.base import RecordsView, Shown, note_block
from tui.ui.sections.fetched import checks_for
from tui.ui.typedmarks import MarkInput
from tui.ui.widgets.detail import DetailPane
from tui.ui.widgets.records import Column
from tui.words import credibility_text, figure_text, likelihood_text

if TYPE_CHECKING:
    from tui.links import Section
    from tui.model import Claim
    from tui.profile import SourcingProfile

__all__ = ["ANY", "ClaimFilter", "ClaimsView", "claim_detail"]

ANY = "any"
"""A filter field that accepts every claim."""

FILTER_FIELDS = ("kind", "status", "actor", "hedged")
"""The filter bar's choices, in the order shown; each is a Select ``#filter-NAME``."""


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
        self._folded = fold(self.text)  # matched as the library's search matches
        self.ids = ids
        self.label = label

    @property
    def active(self) -> bool:
        chosen = any(v != ANY for v in (self.kind, self.status, self.actor, self.hedged))
        return chosen or bool(self.text) or self.ids is not None

    def describe(self, index: BriefingIndex) -> str:
        """The filter in words, for an export's heading: ``only hedged speculation claims
        involving Kim Jong-un, containing "division"``."""
        if self.ids is not None and self.label:
            return f"only {self.label[:1].lower()}{self.label[1:]}"
        words = []
        if self.hedged != ANY:
            words.append(self.hedged)
        if self.kind != ANY:
            words.append(self.kind)
        if self.status != ANY:
            words.append(self.status)
        phrase = "only " + " ".join([*words, "claims"])
        if self.actor != ANY:
            phrase += f" involving {index.actor_name(self.actor)}"
        if self.text:
            phrase += f' containing "{self.text}"'
        return phrase

    def accepts(self, claim: Claim) -> bool:
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
        if self.hedged == "hedged" and not claim.hedged:
            return False
        if self.hedged == "unhedged" and claim.hedged:
            return False
        if self.text:
            haystack = (
                f"{claim.id} {claim.statement} {claim.excerpt.exact if claim.excerpt else ''}"
            )
            return self._folded in fold(haystack)
        return True


class ClaimsView(RecordsView):
    """Claims in article order, narrowed by the filter bar; ``x`` clears the filter."""

    SECTION: ClassVar[Section] = "claims"
    TITLE: ClassVar[str] = "Claims"
    EMPTY: ClassVar[str] = "No claims yet"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x,ctrl+x", "clear_filter", "Clear filter", show=False, id="briefing.clear_filter"),
    ]

    SPARE_KEY_HINTS: ClassVar[dict[str, str]] = {
        "quick('status', 1)": "Status",
        "quick('likelihood', 1)": "Likely",
        "quick('credibility', 1)": "Cred",
        "quick('kind', 1)": "Kind",
    }
    """The one-key verdicts the key bar names while the claims list has focus, as far
    as they fit (help lists them all): the keys that judge a claim were found only in
    help. Bound once, on the screen."""

    SPARE_BEFORE: ClassVar[str] = "copy"
    """The screen's hints from Copy on (Copy, Reload) give way to the first verdict key
    (``s`` Status) when not all fit: a sign on the bar that the one-key verdicts exist."""

    class Counted(Message):
        """The list now shows ``shown`` of ``total`` claims (``active``: a filter is on)."""

        def __init__(self, shown: int, total: int, active: bool) -> None:
            super().__init__()
            self.shown, self.total, self.active = shown, total, active

        @property
        def title(self) -> str:
            """The section's title: ``Claims 3/40`` while a filter is on."""
            return f"Claims {self.shown}/{self.total}" if self.active else "Claims"

    def __init__(self) -> None:
        super().__init__()
        self.claim_filter = ClaimFilter()
        self._syncing = False
        self._draft_column = False
        """Whether the list has its ✎ column: while any claim is still a draft."""

    def compose(self) -> ComposeResult:
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
            MarkInput(
                placeholder="/ filter text · shift+tab: bar above",
                id="filter-text",
                compact=True,
            ),
            self._make_list(),
            classes="list-column",
        )
        yield Horizontal(column, DetailPane(id="claims-detail"), classes="split")

    # --- rows and detail ----------------------------------------------------------------------

    def columns(self) -> list[Column]:
        # The statement gets the room: a four-cell kind mark, the id as wide as the longest
        # id (the detail pane spells the kind out).
        id_width = max((len(c.id) for c in self.index.briefing.claims), default=2)
        # A draft's claims not yet reviewed are marked; a reviewed briefing keeps the room.
        self._draft_column = any(is_draft("claims", c) for c in self.index.briefing.claims)
        return [
            Column("Id", min(max(id_width, 2), 12)),
            Column("Kind", 4),
            Column("S", 1),
            Column("H", 1),
            *([Column(DRAFT_GLYPH, 1)] if self._draft_column else []),
            Column("Statement"),
        ]

    def row_keys(self) -> list[str]:
        return [c.id for c in self.index.briefing.claims if self.claim_filter.accepts(c)]

    def cells(self, key: str) -> Sequence[Text]:
        claim = self.index.claims[key]
        draft = Text(DRAFT_GLYPH if is_draft("claims", claim) else " ", style="yellow")
        return [
            Text(claim.id),
            kind_mark(claim.kind),
            status_mark(claim.status),
            Text("~" if claim.hedged else " ", style="bold"),
            *([draft] if self._draft_column else []),
            Text(one_line(claim.statement)),
        ]

    def detail(self, key: str) -> Detail | None:
        assert self.shown is not None
        detail = claim_detail(self.index.claims[key], self.index, self.shown.profile)
        claim = self.index.claims[key]
        checks = checks_for("claim", key, self.shown.fetched, claim.sources)
        if checks is not None:
            detail.text.append_text(checks)
        return detail

    def fill(self, shown: Shown) -> None:
        from tui.model import ClaimKind, ClaimStatus

        with self._widgets_syncing():
            for name, values in (("kind", ClaimKind), ("status", ClaimStatus)):
                select = self._select(name)
                if select.is_blank():  # a reload keeps the filter the reader chose
                    select.set_options((member.value, member.value) for member in values)
            self._select("actor").set_options(
                (Text(one_line(a.name)), a.id)  # a name is data, never markup
                for a in sorted(shown.index.briefing.actors, key=lambda a: a.name)
            )
        super().fill(shown)

    def refill(self) -> None:
        super().refill()
        self._show_filter_label()
        total = len(self.index.briefing.claims)
        shown = self.records.row_count
        self.post_message(self.Counted(shown, total, self.claim_filter.active))
        if not shown and total:
            self.pane.show(Text("No claim matches the filter (x clears it)."), [])

    # --- the filter ---------------------------------------------------------------------------

    def _select(self, name: str) -> Select[str]:
        return self.query_one(f"#filter-{name}", Select)

    @contextmanager
    def _widgets_syncing(self) -> Iterator[None]:
        """Widget changes made here are the view's, not the reader's: no refilter."""
        syncing, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = syncing

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

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        """Show only the claims ``claim_filter`` accepts, the bar showing what it can."""
        self.claim_filter = claim_filter
        with self._widgets_syncing():
            for name in FILTER_FIELDS:
                value = getattr(claim_filter, name)
                select = self._select(name)
                if value == ANY:
                    select.clear()
                else:
                    select.value = value
            self.query_one("#filter-text", Input).value = claim_filter.text
        if self.shown is not None:
            self.refill()

    def reveal(self, key: str) -> None:
        """Make sure claim ``key`` is in the list: a filter hiding it is cleared."""
        if self.claim_filter.active and not self.claim_filter.accepts(self.index.claims[key]):
            self.set_filter(ClaimFilter())

    def focus_filter(self) -> None:
        """Put the cursor in the filter's text field."""
        focus_now(self.query_one("#filter-text", Input))

    @property
    def in_filter_bar(self) -> bool:
        focused = self.screen.focused
        in_bar = isinstance(focused, (Input, Select)) and (focused.id or "").startswith("filter")
        return in_bar

    def leave_filter_bar(self) -> None:
        """Esc in the bar: back to the list, keeping the filter."""
        self.records.focus()

    def action_clear_filter(self) -> None:
        if self.claim_filter.active:
            self.set_filter(ClaimFilter())
            self.notify("Filters cleared")

    def _filter_from_widgets(self) -> ClaimFilter:
        def chosen(name: str) -> str:
            value = self._select(name).value
            return ANY if value is Select.NULL else str(value)

        return ClaimFilter(
            **{name: chosen(name) for name in FILTER_FIELDS},
            text=self.query_one("#filter-text", Input).value,
            ids=self.claim_filter.ids,
            label=self.claim_filter.label,
        )

    @on(Select.Changed)
    @on(Input.Changed, "#filter-text")
    def _filters_changed(self, event: Select.Changed | Input.Changed) -> None:
        event.stop()
        if self._syncing or self.shown is None:
            return
        self.claim_filter = self._filter_from_widgets()
        self.refill()

    @on(Input.Submitted, "#filter-text")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.records.focus()


def claim_detail(
    claim: Claim, index: BriefingIndex, profile: SourcingProfile | None = None
) -> Detail:
    """Statement, kind badge, the excerpt with its hedges marked, and the judgement."""
    text = Text()
    text.append_text(kind_badge(claim.kind))
    text.append(f" {claim.id}", style="dim")
    text.append(f"  {claim.status.value}\n\n", style="italic")
    text.append(visible(claim.statement.strip()) + "\n", style="bold")
    if claim.excerpt is not None:
        heading(
            text, "In the article" + (f" (paragraph {claim.paragraph})" if claim.paragraph else "")
        )
        text.append("“")
        text.append_text(highlight_hedges(claim.excerpt.exact, claim.hedges))
        text.append("”\n")
        if copies_excerpt(claim.statement, claim.excerpt.exact):  # as drafted: not yet analysis
            desk_hint(
                text, "The statement is the article's own sentence: E rewrites it in your words.\n"
            )
    elif claim.paragraph:
        field(text, "Paragraph", str(claim.paragraph))
    heading(text, "Judgement")
    field(text, "Hedges", ", ".join(claim.hedges) if claim.hedges else "none (stated flatly)")
    word = profile.word_of(claim.id) if profile is not None else None
    field(text, "On whose word", word or index.actor_name(claim.attributed_to))
    for mismatch in speaker_mismatches(index.briefing, claim.id):
        # the drafter's speaker errors come in pairs: one fixed, the other would stay
        text.append(mismatch.warning() + "\n", style="bold yellow")
    chain = profile.chain_of(claim.id) if profile is not None else None
    if chain is not None and chain.depth > 0:
        field(text, "Chain", chain.path(one_line))
    if claim.likelihood is not None:
        field(text, "Likelihood", likelihood_text(claim.likelihood.value))
    if claim.confidence is not None:
        field(text, "Confidence", claim.confidence.value)
    if claim.credibility is not None:
        field(text, "Credibility", credibility_text(claim.credibility))
    field(text, "Status", claim.status.value)
    if claim.figures:
        heading(text, "Figures")
        for figure in claim.figures:
            text.append("• " + one_line(figure_text(figure)) + "\n")
    note_block(text, claim.note)
    for note in index.notes_for_claim(claim.id):
        text.append(f"[{note.kind.value}] ", style="bold")
        text.append(visible(note.text.strip()) + "\n")
    links = [actor_link(index, a) for a in claim.actors]
    if claim.attributed_to and claim.attributed_to not in claim.actors:
        links.insert(0, actor_link(index, claim.attributed_to, "Attributed to"))
    links += [source_link(index, s) for s in claim.sources]
    links += [
        Link(f"Quote {q.id}: {one_line(q.text)[:60]}", Ref("quotes", q.id))
        for q in index.quotes_for_claim(claim.id)
    ]
    return Detail(text, links)
