"""Classes of actor misses on never-seen copy: wire datelines before a dash, things and
cases taken for speakers, a court's own words for itself, broken names around initials,
owners before a body, unnamed businesses that speak, and surnames beside known people."""

from __future__ import annotations

import pytest
from draft_helpers import draft as _draft

from tui.model import Briefing


def _names(briefing: Briefing) -> set[str]:
    """Every actor's name and alias."""
    return {a.name for a in briefing.actors} | {x.name for a in briefing.actors for x in a.aliases}


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("HALLE \N{EN DASH} Ein Bäckermeister hat vor dem Amtsgericht gewonnen.", "HALLE"),
        ("LEEDS - Bus drivers walked out on Monday over a pay offer.", "LEEDS"),
        ("PARIS - The city council voted to close two bridges at night.", "PARIS"),
        (
            "NOUMÉA, New Caledonia (AFP) - Riot police cleared a road block on Friday.",
            "New Caledonia",
        ),
    ],
)
def test_a_dateline_before_a_dash_is_no_actor(text: str, dateline: str) -> None:
    briefing = _draft(text)
    assert not any(dateline in name or name in dateline for name in _names(briefing))


def test_the_agency_after_a_dash_dateline_stays() -> None:
    briefing = _draft("NOUMÉA, New Caledonia (AFP) - Riot police cleared a road block on Friday.")
    assert "AFP" in _names(briefing)


def _source_of(briefing: Briefing, start: str) -> str | None:
    names = {a.id: a.name for a in briefing.actors}
    claim = next(c for c in briefing.claims if c.statement.startswith(start))
    return names.get(claim.attributed_to or "")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Der Verein hat einen Torwart entlassen. Den Grund nannte er nicht.", "Den Grund"),
        ("Die Stadt sucht einen Pächter. Den Preis verriet sie nicht.", "Den Preis"),
        ("Ein Radfahrer ist gestürzt. Dem Fahrer droht eine lange Pause.", "Pause"),
        ("Die Firma hat gegen Regeln verstoßen. Ihr droht eine hohe Strafe.", "Strafe"),
        ("The claim is false, the agency said on Monday.", "The"),
    ],
)
def test_objects_and_things_are_no_speakers(text: str, thing: str) -> None:
    names = _names(_draft(text))
    assert not any(thing in name or name == thing.split()[-1] for name in names)


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Das Landgericht Kassel hat einen Makler verurteilt. Nach Ansicht der Kammer"
            " hat er Kunden getäuscht.",
            "Landgericht Kassel",
        ),
        (
            "Das Sozialgericht Kiel gab der Klägerin recht. Eine Rüge hätte nach Auffassung"
            " der Richter genügt.",
            "Sozialgericht Kiel",
        ),
    ],
)
def test_a_court_named_by_its_bench_is_the_court(text: str, court: str) -> None:
    briefing = _draft(text)
    names = {a.name for a in briefing.actors}
    assert court in names
    assert not names & {"Kammer", "Richter"}
    second = text.split(". ", 1)[1]
    assert _source_of(briefing, second[:12]) == court


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Scholz sprach von einem guten Tag. Ein Abschluss sei nah, sagte der Kanzler.",
            "Olaf Scholz",
        ),
        (
            "Macron lobte die Gespräche. Man sei auf einem guten Weg, sagte der Präsident.",
            "Emmanuel Macron",
        ),
    ],
)
def test_an_office_after_a_named_person_is_that_person(text: str, person: str) -> None:
    briefing = _draft(text)
    assert _source_of(briefing, text.split(". ", 1)[1][:10]) == person
    assert {a.kind.value for a in briefing.actors} <= {"person", "organisation", "state", "media"}
    assert not any(a.name in ("Kanzler", "Präsident") for a in briefing.actors)
