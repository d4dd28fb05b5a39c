"""The lists' columns on narrow panes: the text a reader came for stays readable."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.ui.widgets.records import FLEXIBLE_AT_LEAST, Column, column_widths

QUOTES = [Column("Speaker", 24), Column("Kind", 8), Column("Quote")]
ACTORS = [Column("Actor", weight=3), Column("Kind", 15), Column("Role", weight=2)]


def test_wide_panes_keep_every_fixed_width() -> None:
    assert column_widths(QUOTES, 100) == [24, 8, 66]


def test_a_narrow_pane_takes_from_the_speaker_not_the_quote() -> None:
    speaker, kind, quote = column_widths(QUOTES, 40)  # 80 columns, detail pane beside
    assert quote >= FLEXIBLE_AT_LEAST and kind == 8 and speaker >= 10
    assert speaker + kind + quote + 2 <= 40


def test_flexible_columns_share_by_weight_and_narrow_kinds_are_kept() -> None:
    actor, kind, role = column_widths(ACTORS, 40)
    assert kind == 15 and actor > role


@given(st.integers(min_value=0, max_value=400))
def test_columns_never_overflow_a_pane_they_can_fit_in(width: int) -> None:
    for columns in (QUOTES, ACTORS, [Column("Date", 17), Column("Event")]):
        widths = column_widths(columns, width)
        assert all(w >= 4 for w, c in zip(widths, columns, strict=True) if c.width is None)
        least = (
            sum(
                max(10, (c.width or 0) // 2) if (c.width or 0) >= 16 else (c.width or 4)
                for c in columns
            )
            + len(columns)
            - 1
        )
        if width >= least:
            assert sum(widths) + len(columns) - 1 <= width
