"""Hedge cues, round sixteen: sources named before "nach", statements named as the
source, views named as such, "apparent" before its noun and a rough half.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tui.cues import find_cues


def _cues(sentence: str, language: str) -> list[tuple[str, str]]:
    return [(c.category, c.text) for c in find_cues(sentence, language=language)]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Dem Gutachten nach ist die Brücke sicher.", "Dem Gutachten nach"),
        ("Der Anklage nach hat er zweimal gestohlen.", "Der Anklage nach"),
        ("Seiner Darstellung nach kam der Bus zu spät.", "Seiner Darstellung nach"),
        ("Die Firma rechnet nach Aussage von Jan Berg mit einem Verlust.", "nach Aussage"),
        ("Nach Aussagen des Sprechers bleibt die Halle zu.", "Nach Aussagen"),
    ],
)
def test_a_source_named_with_nach_is_attribution(sentence: str, cue: str) -> None:
    assert ("attribution", cue) in _cues(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach dem Bericht ging der Minister nach Hause.",
        "Der Bus fuhr nach dem Spiel nach Köln.",
    ],
)
def test_nach_as_after_or_towards_is_no_cue(sentence: str) -> None:
    assert not [c for c in _cues(sentence, "de") if "nach" in c[1].casefold()]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The plan, in my view, comes too late.", "in my view"),
        ("In our opinion the fares are too high.", "In our opinion"),
        ("The bridge is safe in the view of the engineers.", "in the view of"),
    ],
)
def test_a_view_named_as_such_is_attribution(sentence: str, cue: str) -> None:
    assert ("attribution", cue) in _cues(sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("She thanked the crew, an apparent reference to the rescue.", True),
        ("The apparent cause was a loose cable.", True),
        ("It became apparent within a week.", False),
    ],
)
def test_apparent_before_its_noun_is_epistemic(sentence: str, found: bool) -> None:
    assert (
        ("epistemic", "apparent") in [(c, t.casefold()) for c, t in _cues(sentence, "en")]
    ) is found


@pytest.mark.parametrize(
    "sentence",
    ["Die Pause dauerte eine knappe halbe Stunde.", "Der Bau ruhte ein knappes halbes Jahr."],
)
def test_a_rough_half_is_an_approximation(sentence: str) -> None:
    assert any(category == "approximation" for category, _text in _cues(sentence, "de"))


@pytest.mark.parametrize(
    ("sentence", "language", "category"),
    [
        ("The ferry docked just over an hour later.", "en", "approximation"),
        ("The bridge reopened just under a year after the flood.", "en", "approximation"),
        ("Sie verwies auf ein Gutachten, demzufolge die Halle marode ist.", "de", "attribution"),
        ("Es gibt zwei Studien, denen zufolge der Lärm schadet.", "de", "attribution"),
    ],
)
def test_round16_more_cues(sentence: str, language: str, category: str) -> None:
    assert any(found == category for found, _text in _cues(sentence, language))
