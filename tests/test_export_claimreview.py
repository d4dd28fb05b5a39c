"""ClaimReview needs a publisher, a review URL and a date: given as options, checked, and
asked for by name when missing; a briefing with nothing to review is refused."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.drafts import CHECK_CLAIM
from tui.export import ExportError, export_briefing
from tui.export.claimreview import Review, review_problems
from tui.loader import load_briefing, parse_briefing

from conftest import BRIEFINGS, MINIMAL, ROOT

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
OPTIONS = ["--publisher", "Example Review Desk", "--review-url", "https://reviews.example/r"]
OPTIONS += ["--date", "2024-08-01"]
REVIEW = Review("Example Review Desk", "https://reviews.example/r", "2024-08-01")


def run(*args: str | Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", "export", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={
            "BRIEFING_CACHE_DIR": str(cache),
            "PATH": "/usr/bin:/bin",
            "PYTHONIOENCODING": "utf-8",
        },
    )


def test_all_three_options_make_a_complete_review(tmp_path: Path):
    target = tmp_path / "reviews.jsonld"
    done = run(SEED, "-o", target, *OPTIONS, cache=tmp_path)
    assert done.returncode == 0, done.stderr
    reviews = json.loads(target.read_text(encoding="utf-8"))["@graph"]
    assert reviews and all(r["datePublished"] == "2024-08-01" for r in reviews)
    assert reviews[0]["url"] == "https://reviews.example/r#c01"
    assert {r["author"]["name"] for r in reviews} == {"Example Review Desk"}


def test_without_options_it_says_what_is_missing_and_writes_nothing(tmp_path: Path):
    target = tmp_path / "reviews.claimreview.json"
    done = run(SEED, "-o", target, cache=tmp_path)
    assert done.returncode == 1
    assert "--publisher NAME" in done.stderr and "--review-url URL" in done.stderr
    assert "--date YYYY-MM-DD" in done.stderr and "Traceback" not in done.stderr
    assert not target.exists()


def test_one_missing_option_is_named_alone(tmp_path: Path):
    done = run(SEED, "-f", "claimreview", *OPTIONS[:4], cache=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert "--date YYYY-MM-DD" in done.stderr
    assert "--publisher" not in done.stderr and "--review-url" not in done.stderr


def test_bad_url_and_date_are_refused(tmp_path: Path):
    args = ["--publisher", "Desk", "--review-url", "javascript:alert(1)", "--date", "1.8.2024"]
    done = run(SEED, "-f", "claimreview", *args, cache=tmp_path)
    assert done.returncode == 1
    assert "is not an http or https URL" in done.stderr and "not '1.8.2024'" in done.stderr


def test_review_options_belong_to_claimreview_only(tmp_path: Path):
    done = run(SEED, "-f", "html", "--publisher", "Desk", cache=tmp_path)
    assert done.returncode == 2
    assert "--publisher: only a claimreview export takes these" in done.stderr


def test_nothing_to_review_is_said_and_exits_1(tmp_path: Path):
    tiny = tmp_path / "tiny.yaml"
    tiny.write_text(MINIMAL, encoding="utf-8")
    done = run(tiny, "-f", "claimreview", *OPTIONS, cache=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert "no claim has a verdict (supported, disputed or refuted)" in done.stderr


@pytest.mark.parametrize(
    ("review", "missing"),
    [
        (None, 3),
        (Review(publisher="  ", url="https://a.example/", date="2024-02-29"), 1),
        (Review(publisher="D", url="https://a.example/", date="2023-02-29"), 1),
        (Review(publisher="D", url="https://a.example/", date="2024-02-29"), 0),
    ],
)
def test_review_problems(review: Review | None, missing: int):
    assert len(review_problems(review)) == missing


def test_the_function_refuses_too_so_the_app_cannot_write_an_incomplete_review():
    with pytest.raises(ExportError, match="a ClaimReview needs the reviewing organisation"):
        export_briefing(load_briefing(SEED), "claimreview")


def _with_draft_note(note: str) -> str:
    """The seed as YAML text with claim c01's note replaced by ``note``."""
    text = SEED.read_text(encoding="utf-8")
    start = text.index("  - id: c01")
    at = text.index("    note: >-", start)
    end = text.index("\n  - id: c02", at)
    return text[:at] + "    note: " + json.dumps(note) + text[end:]


def test_a_draft_is_marked_and_its_advice_is_no_explanation(tmp_path: Path):
    advice = f"Draft: suggested from sentence 1 of paragraph 2; {CHECK_CLAIM}"
    source = tmp_path / "drafted.yaml"
    source.write_text(_with_draft_note(f"{advice} Checked against the wire."), encoding="utf-8")
    target = tmp_path / "reviews.jsonld"
    done = run(source, "-f", "claimreview", "-o", target, *OPTIONS, cache=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "is an unreviewed draft (1 item still marked Draft:)" in done.stderr
    reviews = json.loads(target.read_text(encoding="utf-8"))["@graph"]
    assert {r["creativeWorkStatus"] for r in reviews} == {"Draft"}
    first = next(r for r in reviews if r["identifier"].endswith("/c01"))
    assert first["reviewRating"]["ratingExplanation"] == "Checked against the wire."
    assert "Draft:" not in target.read_text(encoding="utf-8")


def test_advice_alone_gives_no_explanation_and_a_reviewed_briefing_no_status():
    draft = parse_briefing(_with_draft_note(f"Draft: suggested from sentence 1; {CHECK_CLAIM}"))
    first = json.loads(export_briefing(draft, "claimreview", review=REVIEW))["@graph"][0]
    assert "ratingExplanation" not in first["reviewRating"]
    assert first["creativeWorkStatus"] == "Draft"
    reviewed = json.loads(export_briefing(load_briefing(SEED), "claimreview", review=REVIEW))
    assert all("creativeWorkStatus" not in r for r in reviewed["@graph"])
    assert reviewed["@graph"][0]["reviewRating"]["ratingExplanation"].startswith(
        "The EU opened accession negotiations"
    )


def test_the_command_names_the_claims_whose_notes_it_publishes(tmp_path: Path):
    done = run(SEED, "-f", "claimreview", "-o", tmp_path / "r.jsonld", *OPTIONS, cache=tmp_path)
    assert done.returncode == 0, done.stderr
    judged = [c.id for c in load_briefing(SEED).claims if c.status.value != "unverified" and c.note]
    assert judged
    line = next(x for x in done.stderr.splitlines() if "ratingExplanation" in x)
    assert line.startswith(f"briefing: note: the notes of {len(judged)} claims ({judged[0]}, ")
