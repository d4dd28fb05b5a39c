"""What a new user met in exports: a ClaimReview or STIX export to a plain ``.json`` file
was refused, a truly wrong ending was refused without naming what would do, a source
known by its description was joined to the next as "from x.; y", and the plain summary
split "short-sighted" at its hyphen. Real files through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.drafts import draft_count
from tui.export import export_briefing, format_problem
from tui.loader import load_briefing
from tui.profile import sourcing_profile
from tui.summary import plain_summary

from conftest import BRIEFINGS

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
REVIEW = [
    "--publisher",
    "Desk Nine",
    "--review-url",
    "https://example.org/r",
    "--date",
    "2025-01-05",
]

# My own briefing: the article known only by a description that ends with a stop.
DESCRIBED = """\
id: quay-repairs
title: Quay repairs postponed
summary: The port authority calls the repair plan short-sighted and wants a full survey first, a step the mayor's office still rejects.
article: piece
sources:
  - id: piece
    kind: article
    description: The local paper's report on the quay, read in print.
  - id: radio
    outlet: Harbour Radio
claims:
  - id: c1
    statement: The repairs are postponed to next year.
    kind: reported
    sources: [piece, radio]
"""


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))


@pytest.mark.parametrize(("fmt", "extra"), [("claimreview", REVIEW), ("stix", [])])
def test_a_json_format_writes_to_a_plain_json_file(tmp_path: Path, fmt: str, extra: list[str]):
    output = tmp_path / "x.json"
    assert main(["export", str(SEED), "--format", fmt, "--output", str(output), *extra]) == 0
    written = json.loads(output.read_text(encoding="utf-8"))
    assert ("@context" in written) if fmt == "claimreview" else (written["type"] == "bundle")


def test_a_wrong_ending_is_refused_naming_the_file_and_the_formats(tmp_path: Path, capsys):
    output = tmp_path / "reviews.html"
    assert main(["export", str(SEED), "-f", "claimreview", "-o", str(output), *REVIEW]) == 2
    said = capsys.readouterr().err
    assert "reviews.html: the file name ends like html" in said
    assert "a claimreview export's name ends in .claimreview.json or .jsonld or .json" in said
    assert "formats: markdown .md, html .html, json .json" in said
    assert not output.exists()
    # a name that says another JSON format is still refused: it would mislead
    assert format_problem("json", "b.stix.json")[0] is None
    assert format_problem("stix", "b.jsonld")[0] is None
    assert format_problem("json", "b.json") == ("json", None)


def test_a_source_named_by_its_description_has_no_stray_stop(tmp_path: Path):
    path = tmp_path / "quay.yaml"
    path.write_text(DESCRIBED, encoding="utf-8")
    briefing = load_briefing(path)
    markdown = export_briefing(briefing, "markdown")
    assert ".;" not in markdown and ".**;" not in markdown
    assert "The local paper's report on the quay, read in print; Harbour Radio" in markdown
    assert "- Article: The local paper's report on the quay, read in print\n" in markdown
    # the description itself is still written whole, as a sentence
    assert "Description: The local paper's report on the quay, read in print." in markdown
    assert ".;" not in export_briefing(briefing, "html")


@pytest.mark.parametrize("width", range(30, 100))
def test_the_summary_keeps_hyphenated_words_whole(tmp_path: Path, width: int):
    path = tmp_path / "quay.yaml"
    path.write_text(DESCRIBED, encoding="utf-8")
    text = plain_summary(load_briefing(path), width=width)
    assert "short-sighted" in text.replace("\n", " ")
    assert all(len(line) <= width for line in text.splitlines())
    assert not any(line.endswith("short-") for line in text.splitlines())


def test_the_plain_summary_counts_what_the_profile_counts() -> None:
    briefing = load_briefing(SEED)
    profile = sourcing_profile(briefing)
    text = plain_summary(briefing, width=100)
    verdicts = ", ".join(f"{t.count} {s}" for s, t in profile.by_status.items())
    assert f"Verdicts: {verdicts}" in text
    assert verdicts == "16 unverified, 8 supported, 1 disputed, 0 refuted"
    assert f"25 claims ({profile.hedged.count} hedged)" in text


def test_notes_on_actors_and_their_names_reach_the_markdown_and_html() -> None:
    briefing = load_briefing(SEED)
    experts = next(a for a in briefing.actors if a.id == "zeit-experts")
    assert experts.note is not None
    caveat = experts.note.split(".")[0]  # "Not identified in the article"
    label = next(alias for a in briefing.actors for alias in a.aliases if alias.note)
    for fmt in ("markdown", "html"):
        text = export_briefing(briefing, fmt)
        assert caveat in text, fmt
        assert label.name in text and label.note.split(" (")[0][:30] in text.replace("&quot;", '"')


DRAFTED = """\
id: ferry
title: Ferry
sources: [{id: article, kind: article}]
actors:
  - {id: ana, name: Ana Ruiz, kind: person, note: 'Draft: found in paragraph 1; check the name, kind and merges.'}
"""


def test_the_json_export_of_a_draft_counts_what_is_still_to_review(tmp_path: Path) -> None:
    path = tmp_path / "ferry.yaml"
    path.write_text(DRAFTED, encoding="utf-8")
    briefing = load_briefing(path)
    data = json.loads(export_briefing(briefing, "json"))
    assert data["profile"]["drafts"] == draft_count(briefing) == 1
    assert json.loads(export_briefing(load_briefing(SEED), "json"))["profile"]["drafts"] == 0


def test_an_export_leaves_the_drafters_advice_out_and_keeps_the_analysts_words(
    tmp_path: Path,
) -> None:
    """The drafter's advice ("check the name, kind and merges") is the desk's to-do: the
    Markdown and HTML bodies leave it out (the notice at the top counts the drafts), and
    words the analyst typed after it stay."""
    path = tmp_path / "ferry.yaml"
    path.write_text(
        DRAFTED
        + "  - {id: ben, name: Ben Ode, kind: person, note: 'Draft: found in paragraph 2;"
        + " check the name, kind and merges. Speaks for the ferry crews.'}\n",
        encoding="utf-8",
    )
    briefing = load_briefing(path)
    for fmt in ("markdown", "html"):
        text = export_briefing(briefing, fmt)
        assert "check the name, kind and merges" not in text, fmt
        assert "Speaks for the ferry crews." in text, fmt
        assert "Ana Ruiz" in text, fmt


def test_a_drafted_label_counts_as_a_draft_where_the_review_lists_it(tmp_path: Path) -> None:
    """The drafter marks a loaded label's note; the count the overview, the ✎ and the
    exports use holds it as the review does (one rule, tui.drafts.is_draft)."""
    from tui.edit.document import Document
    from tui.edit.operations import draft_items

    path = tmp_path / "label.yaml"
    path.write_text(
        "id: label\ntitle: Label\nsources: [{id: article, kind: article}]\nactors:\n"
        "  - id: ana\n    name: Ana Ruiz\n    kind: person\n    aliases:\n"
        "      - {name: the firebrand, loaded: true, note: 'Draft: an evaluative label the"
        " text puts before the name; check whether it is the outlet''s wording.'}\n",
        encoding="utf-8",
    )
    briefing = load_briefing(path)
    items = draft_items(Document.from_bytes(path.read_bytes(), path.name).data)
    assert draft_count(briefing) == len(items) == 1
