"""Round nineteen: a German draft folded "der Bund" (the federal government) and "nach
Angaben des Unternehmens" into the environmental group BUND, so a company's figure was
credited to the group. Every text here is written for these tests."""

from __future__ import annotations

from pathlib import Path

from draft_helpers import claim_starting, draft, source_name

from tui.loader import load_briefing
from tui.model import Briefing

FERRY = (
    "Neue Fährlinie nach Oslo\n\n"
    "Die Reederei Nordlicht Energie will ab Mai eine neue Fähre zwischen Kiel und Oslo"
    " einsetzen. Das teilte das Unternehmen am Dienstag in Kiel mit.\n\n"
    "Der BUND Schleswig-Holstein lehnt den Plan ab. Der Verband fürchtet um die Rastplätze"
    " von Zugvögeln.\n\n"
    "Nach Angaben des Unternehmens könnte die Linie jährlich bis zu 80.000 Fahrgäste"
    " befördern.\n\n"
    "Der Bau des Anlegers soll 2027 beginnen, wenn der Bund einen Teil der Kosten trägt.\n"
)
"""A company named, then the group BUND (called "der Verband" after), then the
company's figure, then the federal government."""

GROUP_LAST = (
    "Die Stadtwerke Kiel wollen ein neues Heizkraftwerk bauen.\n\n"
    "Der BUND Schleswig-Holstein hält das Vorhaben für überdimensioniert.\n\n"
    "Nach Angaben des Unternehmens soll das Kraftwerk 40.000 Wohnungen mit Wärme"
    " versorgen.\n"
)
"""The group is the last body named before "des Unternehmens", and nothing calls it a
Verband: its name alone says it is none."""


def _aliases(briefing: Briefing, actor_id: str) -> list[str]:
    actor = next(a for a in briefing.actors if a.id == actor_id)
    return [alias.name for alias in actor.aliases]


def _named(briefing: Briefing, name: str) -> str:
    return next(a.id for a in briefing.actors if a.name == name)


def test_the_federal_government_is_not_the_group_in_capitals() -> None:
    briefing = draft(FERRY, "de")
    group = _named(briefing, "BUND")
    assert "Bund" not in _aliases(briefing, group)
    building = claim_starting(briefing, "Der Bau des Anlegers")
    assert group not in building.actors


def test_the_company_figure_is_not_the_group_it_calls_a_verband() -> None:
    briefing = draft(FERRY, "de")
    group = _named(briefing, "BUND")
    assert "Verband" in _aliases(briefing, group)  # that one is right
    assert "Unternehmens" not in _aliases(briefing, group)
    figure = claim_starting(briefing, "Nach Angaben des Unternehmens")
    assert source_name(briefing, figure) == "Reederei Nordlicht"  # the company named


def test_the_company_is_never_a_group_named_last() -> None:
    briefing = draft(GROUP_LAST, "de")
    group = _named(briefing, "BUND")
    figure = claim_starting(briefing, "Nach Angaben des Unternehmens")
    assert figure.attributed_to != group
    assert source_name(briefing, figure) == "Stadtwerke Kiel"
    assert "Unternehmens" not in _aliases(briefing, group)


def test_the_company_is_never_the_land_named_before() -> None:
    """ "Das Land" is a government: "des Unternehmens" after it and a shipping line is
    the shipping line, and the line's own sentence is no word of the Land's."""
    briefing = draft(
        "Das Land will sich mit bis zu 60 Millionen Euro am Ausbau des Fährhafens"
        " beteiligen.\n\n"
        "Die Reederei Skagen Lines begrüßte die Pläne. Nach Angaben des Unternehmens könnten"
        " dann jährlich bis zu 400.000 Fahrgäste mehr reisen.\n",
        "de",
    )
    land = _named(briefing, "Land")
    figure = claim_starting(briefing, "Nach Angaben des Unternehmens")
    assert source_name(briefing, figure) == "Reederei Skagen Lines"
    assert land not in figure.actors
    assert claim_starting(briefing, "Die Reederei Skagen Lines").attributed_to != land


def test_a_word_in_capitals_that_is_no_common_noun_still_folds() -> None:
    """ "NABU" and "Nabu" spell no German word: one body, as before."""
    briefing = draft(
        "Der NABU kritisiert den Plan. Der Nabu fordert ein neues Gutachten zum Moor.", "de"
    )
    assert sum(1 for a in briefing.actors if a.name.casefold() == "nabu") == 1


def test_briefing_new_writes_no_company_figure_for_the_group(tmp_path: Path) -> None:
    """Through the real command, as a user runs it: the written file says the same."""
    from tui.cli import main

    article = tmp_path / "faehre.txt"
    article.write_text(FERRY, encoding="utf-8")
    out = tmp_path / "faehre.yaml"
    assert main(["new", str(article), "--output", str(out), "--lang", "de"]) == 0
    briefing = load_briefing(out)
    group = _named(briefing, "BUND")
    assert set(_aliases(briefing, group)) == {"Verband"}
    figure = claim_starting(briefing, "Nach Angaben des Unternehmens")
    assert figure.attributed_to != group
