"""Round twelve, attribution: classes a new user's review found on unread copy (an
unnamed single official who speaks from a capital, a body no list holds named in a source
phrase, another paper named with a capital "The" in an article whose own outlet ends in
the same word)."""

from __future__ import annotations

import pytest
from draft_helpers import actor_kinds, claim_starting, draft, source_name


@pytest.mark.parametrize(
    ("text", "start", "language", "role", "place"),
    [
        (
            "A senior official in Brussels, who asked not to be named, said the talks on"
            " fishing quotas had stalled.",
            "A senior official",
            "en",
            "senior official",
            "European Union",
        ),
        (
            "A diplomat in Berlin, who declined to be identified, said the ferry would"
            " leave on Friday.",
            "A diplomat",
            "en",
            "diplomat",
            None,
        ),
        (
            "A senior official in Moscow said the pipeline would reopen within a week.",
            "A senior official",
            "en",
            "senior official",
            "Russia",
        ),
        (
            "Ein hoher Beamter in Paris, der nicht namentlich genannt werden wollte, sagte,"
            " die Gespräche über den Hafen seien gescheitert.",
            "Ein hoher Beamter",
            "de",
            "hoher Beamter",
            "France",
        ),
    ],
)
def test_an_unnamed_official_in_a_capital_speaks_not_the_state(
    text: str, start: str, language: str, role: str, place: str | None
) -> None:
    briefing = draft(text, language=language)
    claim = claim_starting(briefing, start)
    assert source_name(briefing, claim) == role
    assert actor_kinds(briefing)[role] == "person"
    if place is not None:
        assert source_name(briefing, claim) != place


def test_officials_in_a_capital_stay_the_group_they_were() -> None:
    briefing = draft("Officials in Washington said the tariffs would stay in place.", "en")
    claim = claim_starting(briefing, "Officials")
    assert actor_kinds(briefing)[source_name(briefing, claim) or ""] == "group"


@pytest.mark.parametrize(
    ("text", "start", "language"),
    [
        ("Prices for butter rose by a fifth last year, according to Veltrana.", "Prices", "en"),
        (
            "According to Veltrana's survey, a third of the bakeries closed early.",
            "According",
            "en",
        ),
        ("Prices rose, per Veltrana, by a fifth over the winter.", "Prices", "en"),
        ("Nach Angaben von Veltrana stiegen die Preise für Butter um ein Fünftel.", "Nach", "de"),
        ("Der Umsatz brach im Winter um ein Drittel ein, Veltrana zufolge.", "Der Umsatz", "de"),
        ("Veltrana zufolge brach der Umsatz im Winter um ein Drittel ein.", "Veltrana", "de"),
    ],
)
def test_an_unlisted_name_in_a_source_phrase_is_the_source(
    text: str, start: str, language: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) == "Veltrana"
    assert actor_kinds(briefing)["Veltrana"] == "organisation"


@pytest.mark.parametrize(
    ("text", "start", "language"),
    [
        ("According to Monday's figures, sales of bicycles fell by a third.", "According", "en"),
        ("Laut Polizei wurde bei dem Brand in der Lagerhalle niemand verletzt.", "Laut", "de"),
        ("Dem Bericht zufolge fiel der Umsatz der Bäckereien um ein Drittel.", "Dem", "de"),
    ],
)
def test_a_day_or_a_common_noun_after_a_source_phrase_is_no_unlisted_body(
    text: str, start: str, language: str
) -> None:
    briefing = draft(text, language=language)
    assert source_name(briefing, claim_starting(briefing, start)) not in (
        "Monday",
        "Bericht",
    )
    assert "Monday" not in actor_kinds(briefing)


def _cited_outlets(text: str) -> list[str]:
    """The outlets the draft of ``text`` lists as sources it cites."""
    briefing = draft(text, language="en")
    return [s.outlet or "" for s in briefing.sources if s.id != "article"]


@pytest.mark.parametrize(
    ("outlet", "told", "cited"),
    [
        ("Financial Times", "told The Times", True),
        ("Evening Herald", "told The Herald", True),
        ("The Harbour Courier", "told the Courier", False),
        ("The Valley Gazette", "told the Gazette", False),
    ],
)
def test_another_paper_named_with_a_capital_the_is_no_short_name_of_the_publisher(
    outlet: str, told: str, cited: bool
) -> None:
    text = (
        f"By Anna Reed, {outlet}, 3 December 2026\n\n"
        "The ferry operator cut 300 jobs on Monday.\n\n"
        f"Its chief executive, Mark Dunmore, {told} that more cuts would follow."
    )
    paper = told.split()[-1]
    assert any(paper in name for name in _cited_outlets(text)) is cited
