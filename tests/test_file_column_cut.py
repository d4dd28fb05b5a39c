"""A long file name in the library's file column keeps its start and its end, so two
drafts of one story ("…-slump.yaml", "…-slump-2.yaml") read apart at 80 columns."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from tui.ui.widgets.records import path_cut


def test_two_drafts_of_one_story_read_apart() -> None:
    first = path_cut(Text("harbour-ferry-cancelled-for-a-week-after-engine-fault.yaml"), 16)
    second = path_cut(Text("harbour-ferry-cancelled-for-a-week-after-engine-fault-2.yaml"), 16)
    assert first.plain != second.plain
    assert first.plain.startswith("harbour") and second.plain.endswith("-2.yaml")
    assert cell_len(first.plain) == cell_len(second.plain) == 16


def test_a_wide_script_name_is_cut_to_the_cell() -> None:
    cut = path_cut(Text("北京暴雨导致地铁停运一整天的报道.yaml"), 16)
    assert cell_len(cut.plain) <= 16 and "…" in cut.plain and cut.plain.endswith(".yaml")


def test_a_path_in_a_folder_still_keeps_its_file_name() -> None:
    assert path_cut(Text("archive/2019/b00171.yaml"), 16).plain == "…019/b00171.yaml"


def test_a_name_that_fits_is_whole() -> None:
    assert path_cut(Text("ferry.yaml"), 16).plain == "ferry.yaml"
