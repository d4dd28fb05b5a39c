"""The STIX 2.1 export: every bundle passes the OASIS validator with no error and no
warning, and loads into the stix2 library; ids are stable; the mapping holds."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
import stix2
from stix2validator import ValidationOptions, validate_string

from tui.commands.export import DRAFT_SHOWN
from tui.drafts import CHECK_CLAIM, draft_notice
from tui.export import FORMATS, ExportError, export_briefing, format_for_filename
from tui.export.stix import CONFIDENCE, DRAFT_LABEL, stix_bundle, stix_id, stix_time
from tui.loader import load_briefing, parse_briefing
from tui.model import Briefing, Likelihood

from conftest import BRIEFINGS, ROOT

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"


def check(text: str) -> dict[str, Any]:
    """``text`` validated (no errors, no warnings) and parsed by stix2; the bundle."""
    results = validate_string(text, ValidationOptions(version="2.1"))
    problems = [f"error: {e}" for e in results.errors or []]
    problems += [f"warning: {w}" for w in results.warnings or []]
    assert results.is_valid and not problems, "\n".join(str(p) for p in problems)
    parsed = stix2.parse(text, allow_custom=False)
    data: dict[str, Any] = json.loads(text)
    assert len(parsed.objects) == len(data["objects"])
    return data


def by_type(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [o for o in bundle["objects"] if o["type"] == kind]


@pytest.fixture(scope="module")
def seed() -> Briefing:
    return load_briefing(SEED)


@pytest.fixture(scope="module")
def seed_bundle(seed: Briefing) -> dict[str, Any]:
    return check(export_briefing(seed, "stix"))


def test_seed_bundle_is_valid_and_loads(seed_bundle: dict[str, Any], seed: Briefing):
    kinds = {o["type"] for o in seed_bundle["objects"]}
    assert kinds == {"location", "identity", "relationship", "note", "opinion", "report"}
    assert not by_type(seed_bundle, "threat-actor")  # the seed names none
    (report,) = by_type(seed_bundle, "report")
    others = [o["id"] for o in seed_bundle["objects"] if o["type"] != "report"]
    assert report["object_refs"] == others
    assert report["name"] == seed.title and report["published"] == "2024-07-01T00:00:00.000Z"
    assert report["external_references"][0]["external_id"] == seed.article
    assert "Link: https://www.derwesten.de/" in report["external_references"][0]["description"]
    assert report["labels"] == seed.tags


def test_every_record_is_there_once(seed_bundle: dict[str, Any], seed: Briefing):
    states = [a for a in seed.actors if a.kind == "state"]
    locations = by_type(seed_bundle, "location")
    assert {o["country"] for o in locations} == {"RU", "KP", "VN", "IR", "UA", "US", "CN"}
    # the Soviet Union has no ISO 3166-1 code: an identity, never a location without one
    assert len(locations) == len(states) - 1
    assert len(by_type(seed_bundle, "identity")) == len(seed.actors) - len(locations)
    notes = by_type(seed_bundle, "note")
    quotes = [n for n in notes if n["abstract"].startswith(("q0", "q1"))]
    assert len(quotes) == len(seed.quotes)
    claims = [n for n in notes if n not in quotes] + by_type(seed_bundle, "opinion")
    assert len(claims) == len(seed.claims)
    assert len(by_type(seed_bundle, "opinion")) == sum(c.kind == "opinion" for c in seed.claims)
    assert len(by_type(seed_bundle, "relationship")) == len(seed.relations)


def test_quotes_are_notes_by_their_speakers(seed_bundle: dict[str, Any], seed: Briefing):
    quote = seed.quotes[0]
    (note,) = [n for n in by_type(seed_bundle, "note") if n["abstract"].startswith(quote.id)]
    assert note["authors"] == ["Wolfgang Richter"]
    assert quote.text in note["content"] and (quote.translation or "") in note["content"]
    speaker = next(o for o in seed_bundle["objects"] if o.get("name") == "Wolfgang Richter")
    assert note["object_refs"][0] == speaker["id"]


def test_identity_classes(seed_bundle: dict[str, Any]):
    classes = {o["name"]: o["identity_class"] for o in by_type(seed_bundle, "identity")}
    assert classes["Vladimir Putin"] == "individual"
    assert classes["European Union"] == "organization"
    assert classes["The West"] == "group"
    assert classes["Soviet Union"] == "organization"


def test_confidence_follows_likelihood(seed_bundle: dict[str, Any], seed: Briefing):
    notes = {
        o["abstract"].split(":")[0]: o for o in by_type(seed_bundle, "note") if "abstract" in o
    }
    for claim in seed.claims:
        if claim.id not in notes:
            continue
        expected = CONFIDENCE[claim.likelihood] if claim.likelihood else None
        assert notes[claim.id].get("confidence") == expected, claim.id
    assert list(CONFIDENCE.values()) == [5, 15, 30, 50, 70, 85, 95]
    assert list(CONFIDENCE) == [member.value for member in Likelihood]


def test_relationship_times(seed_bundle: dict[str, Any], seed: Briefing):
    relations = by_type(seed_bundle, "relationship")
    dated = [r for r in seed.relations if r.date]
    assert sum("start_time" in r for r in relations) == len(dated)
    for relationship in relations:
        if "stop_time" in relationship:
            assert relationship["stop_time"] > relationship["start_time"]


def test_ids_are_deterministic_and_distinct(seed: Briefing):
    first = export_briefing(seed, "stix")
    assert first == export_briefing(load_briefing(SEED), "stix")
    ids = [o["id"] for o in json.loads(first)["objects"]]
    assert len(set(ids)) == len(ids)
    assert stix_id("identity", "b", "putin") == stix_id("identity", "b", "putin")
    assert stix_id("identity", "b", "putin") != stix_id("identity", "other", "putin")
    assert uuid.UUID(stix_id("note", "b", "c1").split("--")[1]).version == 4


def test_an_edited_briefing_keeps_the_ids_of_what_it_kept(seed: Briefing):
    fewer = seed.model_copy(update={"claims": seed.claims[3:], "actors": seed.actors})
    before = {o["id"] for o in stix_bundle(seed)["objects"]}
    after = {o["id"] for o in stix_bundle(fewer)["objects"]}
    assert after - before == set()
    assert len(before - after) == 3


@pytest.mark.parametrize(
    ("date", "start", "end"),
    [
        ("1961", "1961-01-01T00:00:00.000Z", "1962-01-01T00:00:00.000Z"),
        ("2024-12", "2024-12-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z"),
        ("2024-02-29", "2024-02-29T00:00:00.000Z", "2024-03-01T00:00:00.000Z"),
    ],
)
def test_partial_dates_cover_their_period(date: str, start: str, end: str):
    assert stix_time(date) == start and stix_time(date, end=True) == end


EDGE = """\
id: edge
title: "Edge \\u001b[31m cases & <b>markup</b>"
published: 2023-05-04
summary: "A summary with \\"quotes\\" and a line\\nbreak."
tags: [one-tag]
article: art
actors:
  - {id: crew, name: Harbour Crew, kind: group, threat_actor: true, aliases: [The Crew, {name: Pirates, loaded: true}]}
  - {id: land, name: Atlantis, kind: state}
  - {id: realm, name: Ruritania, kind: state, threat_actor: true}
  - {id: de, name: Deutschland, kind: state}
  - {id: desk, name: Night Desk, kind: media}
  - {id: someone, name: Someone, kind: other}
  - {id: jo, name: Jo Example, kind: person, role: Spokesperson, anonymous: true}
relations:
  - {from: crew, to: desk, kind: conflict, date: 2020, until: 2020}
  - {from: crew, to: desk, kind: conflict, date: 2020, until: 2020}
  - {from: realm, to: de, kind: rivalry, date: 2022-03, until: 2021}
  - {from: jo, to: desk, kind: membership, label: writes for}
claims:
  - {id: c1, statement: A flat claim., kind: reported}
  - {id: c2, statement: "An opinion.", kind: opinion, status: refuted, actors: [jo], attributed_to: jo}
  - {id: c3, statement: "All the grades.", kind: speculation, likelihood: almost-no-chance, credibility: 6, confidence: low, hedges: [vielleicht], excerpt: vielleicht so, paragraph: 2, sources: [art, nameless], note: "A note."}
  - {id: c4, statement: Supported opinion., kind: opinion, status: supported, likelihood: almost-certain}
  - {id: c5, statement: Disputed opinion., kind: opinion, status: disputed}
  - {id: c6, statement: Unverified opinion., kind: opinion}
quotes:
  - {id: q1, speaker: jo, text: "Wir sagen \\u001b nichts", translation: We say nothing, outlet: art, about: [crew], kind: indirect}
sources:
  - {id: art, url: "https://example.org/a?b=1&c=%20", outlet: Example Outlet, title: An article, reliability: B, published: 2023-05}
  - {id: nameless}
"""


def test_edge_cases_validate_and_map():
    briefing = parse_briefing(EDGE, "edge.yaml")
    bundle = check(export_briefing(briefing, "stix"))
    actors = {o["name"]: o for o in bundle["objects"] if "name" in o and o["type"] != "report"}
    assert actors["Harbour Crew"]["type"] == "threat-actor"
    assert actors["Harbour Crew"]["threat_actor_types"] == ["unknown"]
    assert actors["Harbour Crew"]["aliases"] == ["The Crew", "Pirates"]
    assert actors["Ruritania"]["threat_actor_types"] == ["nation-state"]
    assert actors["Atlantis"]["type"] == "identity"  # no country code
    assert actors["Deutschland"]["type"] == "identity"  # not English, briefing has no language
    assert actors["Night Desk"]["identity_class"] == "organization"
    assert actors["Someone"]["identity_class"] == "unknown"
    relations = by_type(bundle, "relationship")
    assert [r["relationship_type"] for r in relations] == [
        "targets",
        "targets",
        "targets",  # a threat actor's rivalry with an identity
        "related-to",
    ]
    assert relations[0]["id"] != relations[1]["id"]  # same relation twice: two ids
    assert relations[0]["stop_time"] == "2021-01-01T00:00:00.000Z"
    assert "stop_time" not in relations[2] and "until 2021" in relations[2]["description"]
    opinions = {o["explanation"].split("\n")[0]: o["opinion"] for o in by_type(bundle, "opinion")}
    assert opinions == {
        "An opinion.": "strongly-disagree",
        "Supported opinion.": "agree",
        "Disputed opinion.": "disagree",
        "Unverified opinion.": "neutral",
    }
    (report,) = by_type(bundle, "report")
    c1 = next(o for o in by_type(bundle, "note") if o["abstract"].startswith("c1:"))
    assert c1["object_refs"] == [report["id"]]  # no actors: the note is about the report
    c3 = next(o for o in by_type(bundle, "note") if o["abstract"].startswith("c3:"))
    assert c3["confidence"] == 5
    assert [r["external_id"] for r in c3["external_references"]] == ["art", "nameless"]
    q1 = next(o for o in by_type(bundle, "note") if o["abstract"].startswith("q1:"))
    assert q1["authors"] == ["Jo Example"] and len(q1["object_refs"]) == 2
    assert q1["content"].startswith("Indirect quote of Jo Example: \u201cWir sagen \x1b nichts")


def test_a_state_named_in_the_article_language_is_a_location():
    text = EDGE.replace("published: 2023-05-04", "published: 2023-05-04\nlanguage: de")
    bundle = check(export_briefing(parse_briefing(text, "edge.yaml"), "stix"))
    (germany,) = [o for o in bundle["objects"] if o.get("name") == "Deutschland"]
    assert germany["type"] == "location" and germany["country"] == "DE"


def test_minimal_briefing_with_a_date_is_a_valid_bundle():
    briefing = parse_briefing("id: tiny\ntitle: Tiny\npublished: 2020\nsources: []\n", "t.yaml")
    bundle = check(export_briefing(briefing, "stix"))
    assert [o["type"] for o in bundle["objects"]] == ["note", "report"]


def test_date_from_the_article_when_the_briefing_has_none():
    text = "id: t\ntitle: T\narticle: a\nsources: [{id: a, published: 2019-02}]\n"
    bundle = check(export_briefing(parse_briefing(text, "t.yaml"), "stix"))
    assert bundle["objects"][-1]["published"] == "2019-02-01T00:00:00.000Z"


def test_without_any_date_the_export_says_what_to_add():
    briefing = parse_briefing("id: tiny\ntitle: Tiny\nsources: []\n", "t.yaml")
    with pytest.raises(ExportError, match="give the briefing 'published'"):
        export_briefing(briefing, "stix")


def test_file_name_chooses_stix():
    assert format_for_filename("report.stix.json") == "stix"
    assert format_for_filename("REPORT.STIX.JSON") == "stix"
    assert format_for_filename("report.json") == "json"


def test_command_writes_a_stix_file_from_its_ending(tmp_path: Path):
    target = tmp_path / "seed.stix.json"
    done = subprocess.run(
        [sys.executable, "-m", "tui", "export", str(SEED), "--output", str(target)],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        env={"BRIEFING_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr.decode()
    check(target.read_text(encoding="utf-8"))
    wrong = subprocess.run(
        [
            sys.executable,
            "-m",
            "tui",
            "export",
            str(SEED),
            "-f",
            "json",
            "-o",
            str(tmp_path / "b.stix.json"),
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert wrong.returncode == 2
    assert b"ends like stix, but the format asked for is json" in wrong.stderr


def test_a_draft_report_says_so_and_is_labelled(seed: Briefing):
    """A briefing with records still marked Draft: opens its report's description with
    the notice and carries the unreviewed-draft label; the bundle stays valid."""
    claims = [
        c.model_copy(update={"note": f"Draft: suggested from sentence 1; {CHECK_CLAIM}"})
        if c.id in ("c01", "c02")
        else c
        for c in seed.claims
    ]
    bundle = check(export_briefing(seed.model_copy(update={"claims": claims}), "stix"))
    (report,) = by_type(bundle, "report")
    assert report["description"].startswith(draft_notice(2))
    assert report["description"].endswith(seed.summary or "")
    assert DRAFT_LABEL in report["labels"] and set(seed.tags) <= set(report["labels"])
    (plain,) = by_type(check(export_briefing(seed, "stix")), "report")
    assert DRAFT_LABEL not in plain.get("labels", []) and "Draft" not in plain["description"]


def test_every_format_tells_the_cli_how_it_marks_a_draft():
    assert set(DRAFT_SHOWN) == set(FORMATS)
