"""The learned-models benchmark (``benchmarks/learned_models.py``) counts what the drafting
scorer counts: its "rules" figure for a set is the drafting table's kinds right, and its
actor counts are the table's paired and drafted actors, so a model is compared with the
rules on exactly the lines the issue's goals are written in."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import drafting as scorer
import learned_models

CORPUS = Path(__file__).resolve().parent / "data" / "drafting"


def test_rules_figures_are_the_drafting_tables() -> None:
    drafted = learned_models.draft_set(CORPUS / "unseen7")
    tally = scorer.score_set(scorer.load_set("unseen7"), timing=False)
    assert len(drafted.kinds) == tally.covered
    assert sum(c.gold == c.rules for c in drafted.kinds) == tally.kinds_right
    assert len(drafted.actors) == tally.draft_actors
    assert sum(c.paired for c in drafted.actors) == tally.actors_paired
    assert drafted.gold_actors == tally.gold_actors


def test_report_leaves_each_set_out_and_never_drops_a_speaker(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folders = [str(CORPUS / name) for name in ("unseen7", "unseen8")]
    assert learned_models.main(["--train", *folders, "--apply", str(CORPUS / "unseen9")]) == 0
    out = capsys.readouterr().out
    assert out.count("each training set left out, l2") == len(learned_models.L2_WEIGHTS)
    assert out.count("unseen9, fitted on every training set") == len(learned_models.L2_WEIGHTS)
    assert out.count("unseen9, dropped below") == len(learned_models.THRESHOLDS)
    # whatever the threshold, the actors the draft leans on stay
    drafted = learned_models.draft_set(CORPUS / "unseen8")
    model = learned_models._actor_model(drafted.actors)
    relied = [c for c in drafted.actors if c.relied_on]
    assert relied
    kept, _ = learned_models.actors_kept(model, relied, threshold=1.01)
    assert kept == len(relied)


def test_usage_errors_name_the_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert learned_models.main(["--train", str(CORPUS / "unseen7")]) == 2
    assert "two sets or more" in capsys.readouterr().out
    assert learned_models.main(["--train", str(CORPUS / "unseen7"), str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().out
    assert learned_models.main([]) == 2
