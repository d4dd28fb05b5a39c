"""The agreement benchmark: an annotation turned into a briefing keeps everything the
drafting scorer counts, so two annotations are compared on exactly the drafting table's
lines (``benchmarks/agreement.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import agreement
import drafting as scorer

TEXT = """Bremen (dpa) \N{EN DASH} Die Stadtwerke Bremen erhöhen den Strompreis um zwölf Prozent, sagte Sprecherin Jana Olbers am Montag. Der Aufschlag gelte ab März.

„Wir haben lange gezögert“, sagte Olbers. Die Verbraucherzentrale hält die Erhöhung für überzogen, und laut Radio Bremen dürfte auch das Gas teurer werden.
"""

FIRST = {
    "language": "de",
    "actors": [
        {"name": "dpa", "kind": "media"},
        {"name": "Stadtwerke Bremen", "kind": "organisation"},
        {"name": "Jana Olbers", "kind": "person", "aliases": ["Olbers", "Sprecherin"]},
        {"name": "Verbraucherzentrale", "kind": "organisation"},
        {"name": "Radio Bremen", "kind": "media"},
    ],
    "quotes": [{"at": "Wir haben lange gezögert", "speaker": "Jana Olbers"}],
    "claims": [
        {"at": "erhöhen den Strompreis", "kind": "reported", "by": "Jana Olbers"},
        {"at": "Der Aufschlag gelte", "kind": "reported", "hedges": ["gelte"], "by": "Jana Olbers"},
        {"at": "Wir haben lange gezögert", "kind": "reported", "by": "Jana Olbers"},
        {"at": "hält die Erhöhung", "kind": "opinion", "by": "Verbraucherzentrale"},
        {
            "at": "dürfte auch das Gas",
            "kind": "speculation",
            "hedges": ["laut", "dürfte"],
            "by": "Radio Bremen",
        },
    ],
    "figures": [{"value": 12, "unit": ["Prozent", "percent"]}],
}


def _write(folder: Path, annotation: dict[str, object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "de01.yaml").write_text(yaml.safe_dump(annotation, allow_unicode=True), "utf-8")


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "de01.txt").write_text(TEXT, encoding="utf-8")
    _write(folder, FIRST)
    return folder


@pytest.mark.parametrize("which", scorer.SETS)
def test_an_annotation_agrees_fully_with_itself(which: str) -> None:
    gold = scorer.load_set(which)
    tally = agreement.agreement({"a": gold, "b": gold}, with_draft=False)["b vs a"]
    assert tally.misses == []
    assert tally.covered == tally.claims > 0
    assert tally.actors_paired == tally.gold_actors == tally.draft_actors


def test_two_claims_in_one_sentence_are_cut_apart(texts: Path) -> None:
    [gold] = scorer.load_texts(texts, texts, prefix="t")
    briefing = agreement.as_briefing(gold)
    pieces = [c.excerpt.exact for c in briefing.claims if c.excerpt is not None]
    assert "Die Verbraucherzentrale hält die Erhöhung für überzogen," in pieces
    assert "und laut Radio Bremen dürfte auch das Gas teurer werden." in pieces
    assert [q.text for q in briefing.quotes] == ["Wir haben lange gezögert"]
    assert [s.outlet for s in briefing.sources if s.outlet] == ["dpa", "Radio Bremen"]


def test_each_disagreement_counts_on_its_own_line(texts: Path, tmp_path: Path) -> None:
    second = yaml.safe_load(yaml.safe_dump(FIRST))
    second["actors"].pop(3)  # no Verbraucherzentrale
    second["actors"].append({"name": "Kunden", "kind": "group"})
    second["claims"][3] = {"at": "hält die Erhöhung", "kind": "reported"}
    second["claims"][4]["kind"] = "reported"
    second["claims"][4]["hedges"] = ["dürfte", "auch"]
    second["figures"] = [{"value": 12, "unit": "Euro"}]
    _write(tmp_path / "second", second)

    found = agreement.folder_annotations(texts, [tmp_path / "second"])
    assert list(found) == ["gold", "second"]
    tally = agreement.agreement(found, with_draft=False)["second vs gold"]

    assert (tally.covered, tally.claims) == (5, 5)
    assert (tally.kinds_right, tally.speculation_as_fact) == (3, 1)
    assert (tally.attributed_right, tally.attributed) == (4, 5)
    assert (tally.actors_paired, tally.gold_actors, tally.draft_actors) == (4, 5, 5)
    assert (tally.cues_found, tally.cues, tally.false_cues, tally.draft_cues) == (2, 3, 1, 3)
    assert (tally.figures_right, tally.false_figures) == (0, 1)
    assert (tally.speaker_right, tally.quotes) == (1, 1)


def test_the_drafter_is_scored_against_every_annotation(texts: Path, tmp_path: Path) -> None:
    _write(tmp_path / "second", FIRST)
    found = agreement.folder_annotations(texts, [tmp_path / "second"])
    tallies = agreement.agreement(found)
    assert list(tallies) == ["second vs gold", "draft vs gold", "draft vs second"]
    assert tallies["draft vs gold"].metrics == tallies["draft vs second"].metrics


def test_the_command_prints_the_table_and_refuses_a_wrong_call(
    texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "second", FIRST)
    assert agreement.main([str(texts), str(tmp_path / "second")]) == 0
    out = capsys.readouterr().out
    assert "| claim kind right | 100% (5/5) |" in out
    assert "| second vs gold | draft vs gold | draft vs second | goal |" in out
    assert agreement.main([str(texts)]) == 2
    assert agreement.main([str(texts), str(tmp_path / "nowhere")]) == 2
    assert agreement.main(["--fast"]) == 2
    assert "give a folder of texts" in capsys.readouterr().err


def test_one_claim_per_sentence_pools_the_sentences_cues(texts: Path) -> None:
    [gold] = scorer.load_texts(texts, texts, prefix="t")
    briefing = agreement.as_briefing(gold, sentences=True)
    last = briefing.claims[-1]
    assert last.excerpt is not None and last.excerpt.exact.startswith("Die Verbraucherzentrale")
    assert last.excerpt.exact.endswith("teurer werden.")
    assert (last.kind.value, last.hedges) == ("opinion", ["laut", "dürfte"])
    assert len(briefing.claims) == 4


@pytest.mark.parametrize("folder", sorted(agreement.AGREEMENT.glob("*/*")), ids=str)
def test_every_second_annotation_is_whole_and_placed(folder: Path) -> None:
    texts = scorer.CORPUS / folder.parent.name
    assert sorted(p.stem for p in folder.glob("*.yaml")) == sorted(
        p.stem for p in texts.glob("*.txt")
    )
    for gold in scorer.load_texts(texts, folder, prefix=folder.name):
        names = {a.name for a in gold.actors}
        for item in (*gold.claims, *gold.quotes):
            assert gold.text.count(item["at"]) >= 1, (gold.name, item["at"])
        assert {c["by"] for c in gold.claims if c.get("by")} <= names, gold.name
        assert {q["speaker"] for q in gold.quotes} <= names, gold.name


def test_the_corpus_tables_cover_every_second_annotation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert agreement.main(["--sentences"]) == 0
    out = capsys.readouterr().out
    for folder in sorted(agreement.AGREEMENT.glob("*/*")):
        assert f"{folder.name} vs gold" in out
        assert f"draft vs {folder.name}" in out
