"""Drafting scored on the corpus in tests/data/drafting: a floor per metric, so a change
that makes drafts worse fails here.

The scorer is ``benchmarks/drafting.py`` (which prints the same metrics as a table, and
the speed); the floors are what the drafting reaches, not what it should one day reach.
The tuning set, the old held-out set and the first unseen set have all been looked at and
tuned on (the first unseen set after its first and final runs were reported): the first
two meet every goal of the drafting issue, the first unseen set most of them. The second
unseen set (``unseen2``) was written and committed before the drafter first ran on it;
its misses were read after that round and the next round tuned on it. The third unseen
set (``unseen3``) was written and committed before the drafter first ran on it and its
misses were not read until the last rule change of that round was committed; the fourth
round tuned on it. The fourth unseen set (``unseen4``) was written and committed before
the drafter first ran on it and its misses were not read until the last rule change of
that round was committed; it is held to what it reached then, far below the goals (see
docs/drafting.md), and the next round tunes on it. The fifth unseen set (``unseen5``)
was written and committed before the drafter first ran on it; its misses were read after
the fifth round's final run and round six tunes on it. The sixth unseen set
(``unseen6``) was written and committed before the drafter first ran on it and its
misses were not read until the last rule change of round six was committed; round seven
tunes on it. The seventh unseen set (``unseen7``) was written and committed before the
drafter first ran on it and its misses were not read until the last rule change of round
seven was committed; round eight tunes on it. The eighth unseen set (``unseen8``) was
written and committed before the drafter first ran on it and its misses were not read
until the last rule change of round eight was committed; round nine tunes on it. The
ninth unseen set (``unseen9``) was written and committed before the drafter first ran on
it and its misses were not read until the last rule change of round nine was committed;
round ten tunes on it. The tenth unseen set (``unseen10``) was written and committed
before the drafter first ran on it and its misses are not read: its floors sit a few
points below its latest run, its ceilings a little above. The eleventh (``unseen11``) was
written the same way in round twelve, to the conventions settled in round eleven, and is
held the same way. After round twelve's rule changes the read sets' floors were raised to a
point below what they reach, so its gains cannot slip back unnoticed. The other sets are held a point
below what they reach now. Round eleven relabelled the gold of every read set to the
conventions it settled (the corpus README); the drafter's rules did not change, so the
floors of the metrics that fell with the new gold were set a point below the new scores
(docs/drafting.md, round eleven).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import drafting as scorer

FLOORS: dict[str, dict[str, float]] = {
    "tune": {
        "statements covered": 1.0,
        "speaker right": 0.91,
        "attributed_to right": 0.97,
        "actors recall": 0.91,
        "actors precision": 0.91,
        "media recognised": 1.0,
        "hedge cues found": 0.99,
        "figures right": 1.0,
        "claim kind right": 0.93,
    },
    "heldout": {
        "statements covered": 1.0,
        "speaker right": 1.0,
        "attributed_to right": 0.93,
        "actors recall": 0.93,
        "actors precision": 0.95,
        "media recognised": 1.0,
        "hedge cues found": 1.0,
        "figures right": 1.0,
        "claim kind right": 0.94,
    },
    "unseen": {
        "statements covered": 1.0,
        "speaker right": 1.0,
        "attributed_to right": 1.0,
        "actors recall": 0.92,
        "actors precision": 0.93,
        "media recognised": 1.0,
        "hedge cues found": 0.99,
        "figures right": 1.0,
        "claim kind right": 0.89,
    },
    "unseen2": {
        "statements covered": 1.0,
        "speaker right": 1.0,
        "attributed_to right": 0.95,
        "actors recall": 0.85,
        "actors precision": 0.93,
        "media recognised": 1.0,
        "hedge cues found": 0.99,
        "figures right": 0.96,
        "claim kind right": 0.89,
    },
    "unseen3": {
        "statements covered": 1.0,
        "speaker right": 1.0,
        "attributed_to right": 0.95,
        "actors recall": 0.87,
        "actors precision": 0.88,
        "media recognised": 1.0,
        "hedge cues found": 0.99,
        "figures right": 0.99,
        "claim kind right": 0.86,
    },
    "unseen4": {
        "statements covered": 1.0,
        "speaker right": 1.0,
        "attributed_to right": 0.89,
        "actors recall": 0.9,
        "actors precision": 0.94,
        "media recognised": 1.0,
        "hedge cues found": 0.94,
        "figures right": 1.0,
        "claim kind right": 0.89,
    },
    "unseen5": {
        "statements covered": 1.0,
        "speaker right": 0.99,
        "attributed_to right": 0.93,
        "actors recall": 0.91,
        "actors precision": 0.91,
        "media recognised": 1.0,
        "hedge cues found": 0.97,
        "figures right": 0.99,
        "claim kind right": 0.92,
    },
    "unseen6": {
        "statements covered": 0.99,
        "speaker right": 0.99,
        "attributed_to right": 0.95,
        "actors recall": 0.92,
        "actors precision": 0.92,
        "media recognised": 0.99,
        "hedge cues found": 0.99,
        "figures right": 0.97,
        "claim kind right": 0.84,
    },
    "unseen7": {
        "statements covered": 0.99,
        "speaker right": 0.99,
        "attributed_to right": 0.97,
        "actors recall": 0.86,
        "actors precision": 0.93,
        "media recognised": 0.99,
        "hedge cues found": 0.97,
        "figures right": 0.97,
        "claim kind right": 0.89,
    },
    "unseen8": {
        "statements covered": 0.99,
        "speaker right": 0.99,
        "attributed_to right": 0.92,
        "actors recall": 0.8,
        "actors precision": 0.8,
        "media recognised": 0.94,
        "hedge cues found": 0.93,
        "figures right": 0.91,
        "claim kind right": 0.89,
    },
    "unseen9": {
        "statements covered": 0.99,
        "speaker right": 0.95,
        "attributed_to right": 0.95,
        "actors recall": 0.84,
        "actors precision": 0.94,
        "media recognised": 0.95,
        "hedge cues found": 0.96,
        "figures right": 0.93,
        "claim kind right": 0.86,
    },
    "unseen10": {
        "statements covered": 0.96,
        "speaker right": 0.89,
        "attributed_to right": 0.78,
        "actors recall": 0.71,
        "actors precision": 0.83,
        "media recognised": 0.84,
        "hedge cues found": 0.91,
        "figures right": 0.87,
        "claim kind right": 0.73,
    },
    "unseen11": {
        "statements covered": 0.96,
        "speaker right": 0.93,
        "attributed_to right": 0.77,
        "actors recall": 0.7,
        "actors precision": 0.81,
        "media recognised": 0.83,
        "hedge cues found": 0.84,
        "figures right": 0.87,
        "claim kind right": 0.68,
    },
}
CEILINGS: dict[str, dict[str, float]] = {
    "tune": {
        "hedge cues false": 0.01,
        "figures false": 0.01,
        "speculation as fact": 0,
    },
    "heldout": {
        "hedge cues false": 0.04,
        "figures false": 0.01,
        "speculation as fact": 0,
    },
    "unseen": {
        "hedge cues false": 0.06,
        "figures false": 0.01,
        "speculation as fact": 0,
    },
    "unseen2": {
        "hedge cues false": 0.06,
        "figures false": 0.01,
        "speculation as fact": 0,
    },
    "unseen3": {
        "hedge cues false": 0.01,
        "figures false": 0.01,
        "speculation as fact": 0,
    },
    "unseen4": {
        "hedge cues false": 0.06,
        "figures false": 0.01,
        "speculation as fact": 0,
    },
    "unseen5": {
        "hedge cues false": 0.01,
        "figures false": 0.01,
        "speculation as fact": 0,
    },
    "unseen6": {
        "hedge cues false": 0.03,
        "figures false": 0.03,
        "speculation as fact": 0,
    },
    "unseen7": {
        "hedge cues false": 0.03,
        "figures false": 0.01,
        "speculation as fact": 0,
    },
    "unseen8": {
        "hedge cues false": 0.06,
        "figures false": 0.06,
        "speculation as fact": 1,
    },
    "unseen9": {
        "hedge cues false": 0.06,
        "figures false": 0.01,
        "speculation as fact": 1,
    },
    "unseen10": {
        "hedge cues false": 0.11,
        "figures false": 0.06,
        "speculation as fact": 2,
    },
    "unseen11": {
        "hedge cues false": 0.09,
        "figures false": 0.07,
        "speculation as fact": 2,
    },
}
SETS = scorer.SETS  # every set the scorer knows, in its order


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    module: ModuleType = scorer
    return {name: module.score_set(module.load_set(name), timing=False).metrics for name in SETS}


MIN_TEXTS = {"tune+heldout": 40, "unseen": 12, "unseen2": 14, "unseen3": 14, "unseen4": 14}
"""Texts a set must hold at least; the sets not named here hold 16."""


def test_the_corpus_is_complete() -> None:
    texts = {name: scorer.load_set(name) for name in SETS}
    first = texts.pop("tune") + texts.pop("heldout")
    assert len(scorer.load_set("heldout")) * 4 >= len(first)
    for name, group in [("tune+heldout", first), *texts.items()]:
        assert len(group) >= MIN_TEXTS.get(name, 16), name
        languages = [t.language for t in group]
        assert languages.count("de") == languages.count("en"), name
        for text in group:
            assert text.claims, text.name
            names = {a.name for a in text.actors}
            for actor in text.actors:  # "[4,200 people]" in YAML is a number and a name
                assert all(isinstance(n, str) for n in (actor.name, *actor.aliases)), (
                    text.name,
                    actor,
                )
            for claim in text.claims:
                assert text.text.count(claim["at"]) == 1, (text.name, claim["at"])
                assert claim.get("by") is None or claim["by"] in names, (text.name, claim)
            for quote in text.quotes:
                assert quote["at"] in text.text and quote["speaker"] in names, (text.name, quote)


@pytest.mark.parametrize("which", SETS)
def test_floors(scores: dict[str, dict[str, float]], which: str) -> None:
    got = scores[which]
    low = {m: round(got[m], 3) for m, floor in FLOORS[which].items() if got[m] < floor}
    high = {m: round(got[m], 3) for m, top in CEILINGS[which].items() if got[m] > top}
    assert not low, f"{which}: below the floor: {low}"
    assert not high, f"{which}: above the ceiling: {high}"


def test_the_scorer_counts_misses() -> None:
    """The scorer is not blind: a draft of the wrong text scores low on the gold."""
    texts = scorer.load_set("tune")
    tally = scorer.Tally()
    scorer.score_text(texts[0], scorer.draft_of(texts[1]), tally)
    metrics = tally.metrics
    assert metrics["statements covered"] < 0.2 and metrics["actors recall"] < 0.6


def test_the_scorer_drafts_nothing_for_help_or_a_mistyped_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A mistyped flag must not score every set: that would show the unread set."""
    assert scorer.main(["drafting.py", "--help"]) == 0
    assert "Usage:" in capsys.readouterr().out
    assert scorer.main(["drafting.py", "--detail"]) == 2
    assert "unknown option '--detail'" in capsys.readouterr().err
    assert scorer.main(["drafting.py", "--set", "unseen99", "--details"]) == 2
    assert "--set takes one of" in capsys.readouterr().err


def test_the_kind_confusion_counts_each_wrong_kind_and_shows_no_text() -> None:
    """A gold whose kinds are all turned to one the draft never gives counts every
    covered claim once, under its drafted kind; the table names kinds and sets only."""
    text = scorer.load_set("tune")[0]
    relabelled = [{**claim, "kind": "no-such-kind"} for claim in text.claims]
    gold = scorer.GoldText(
        name=text.name,
        text=text.text,
        language=text.language,
        actors=text.actors,
        quotes=text.quotes,
        claims=tuple(relabelled),
        figures=text.figures,
    )
    tally = scorer.Tally()
    scorer.score_text(gold, scorer.draft_of(text), tally)
    assert tally.covered > 0 and tally.kinds_right == 0
    assert sum(tally.kind_confusion.values()) == tally.covered
    assert {gold_kind for gold_kind, _ in tally.kind_confusion} == {"no-such-kind"}
    shown = scorer.confusion({"tune": tally})
    assert "| tune | no-such-kind |" in shown
    assert not any(claim["at"] in shown for claim in text.claims)
