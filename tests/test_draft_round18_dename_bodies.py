"""Round eighteen, German bodies: an administration is no alias of a council named
before, nor a council of an office ("Der Gemeinderat beschloss … Nach Angaben der
Verwaltung"). Every sentence here is written for the test."""

from __future__ import annotations

from draft_helpers import actor_kinds, claim_starting, draft, source_name

# --- an administration is no alias of a council -----------------------------------------


def test_the_administration_is_not_the_council_named_before() -> None:
    text = (
        "Neue Turnhalle\n\n"
        "Der Gemeinderat hat am Montag den Neubau der Turnhalle beschlossen. "
        "Nach Angaben der Verwaltung soll die Halle rund zwölf Millionen Euro kosten.\n"
    )
    briefing = draft(text, "de")
    council = next(a for a in briefing.actors if a.name == "Gemeinderat")
    assert "Verwaltung" not in [alias.name for alias in council.aliases]
    claim = claim_starting(briefing, "Nach Angaben der Verwaltung")
    assert source_name(briefing, claim) == "Verwaltung"


def test_a_council_is_not_the_office_named_before() -> None:
    text = (
        "Neue Bushaltestelle\n\n"
        "Das Ordnungsamt will die Haltestelle an der Schule verlegen. "
        "Der Rat muss dem Plan noch zustimmen.\n"
    )
    briefing = draft(text, "de")
    office = next(a for a in briefing.actors if a.name == "Ordnungsamt")
    assert "Rat" not in [alias.name for alias in office.aliases]


def test_the_council_still_points_back_at_the_council() -> None:
    text = (
        "Neue Turnhalle\n\n"
        "Der Gemeinderat hat am Montag den Neubau der Turnhalle beschlossen. "
        "Der Rat stimmte mit großer Mehrheit zu.\n"
    )
    kinds = actor_kinds(draft(text, "de"))
    assert "Gemeinderat" in kinds
    assert "Rat" not in kinds
