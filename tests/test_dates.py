"""One wording for dates, in the app and in the exports."""

from __future__ import annotations

import pytest

from tui.dates import human_date
from tui.export.mdtext import md_date
from tui.ui.render import format_date


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("1961", "1961"),
        ("2024-06", "June 2024"),
        ("2024-06-19", "19 June 2024"),
        ("2024-13", None),
        ("June 2024", None),
        ("24-06", None),
        ("", None),
    ],
)
def test_human_date(value, words):
    assert human_date(value) == words


def test_app_and_exports_agree():
    assert format_date("2024-06-19") == md_date("2024-06-19") == "19 June 2024"
    assert format_date("Mon, 19 Jun") == "Mon, 19 Jun"  # a fetched page's own wording
