"""The sourcing profile: exact figures for small briefings, chains, cycles, the seed, the command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from tui.cues import hedge_categories
from tui.loader import BriefingError, LoadError, load_briefing, parse_briefing
from tui.model import Briefing, Claim, Source
from tui.profile import ProfileError, sourcing_profile

from conftest import BRIEFINGS, MINIMAL, ROOT

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"
DASH = "\N{EN DASH}"

# Chains of every depth from 0 to 3:
#   c0  article                                   depth 0, the article alone
#   c1  article -> col                            depth 1, named outlet (the column)
#   c2  article -> col -> pat                     depth 2, named person
#   c3  article -> col -> report -> anon          depth 3, unnamed
#   c4  no source, "wird spekuliert"              depth 0, unnamed, unsourced
#   c5  context source only, attributed to a state  depth 1, named organisation
#   c6  column, attributed to the column's own outlet  depth 1, named outlet
CHAINS = """\
id: chains
title: Chains of every depth
article: art
actors:
  - {id: pat, name: Pat Example, kind: person}
  - {id: anon, name: Unnamed officials, kind: group, anonymous: true}
  - {id: ruritania, name: Ruritania, kind: state, aliases: [{name: Schurkenstaat, loaded: true, paragraph: 2}]}
  - id: daily
    name: The Daily
    kind: media
    aliases: [Daily, {name: Lügenblatt, loaded: true}]
  - {id: quiet, name: Never quoted, kind: person, anonymous: true}
claims:
  - {id: c0, statement: Zero., kind: reported, sources: [art], excerpt: "Der Schurkenstaat drohte"}
  - {id: c1, statement: One., kind: reported, sources: [art, col], hedges: [rund],
     figures: [{low: 7, high: 10, unit: divisions}]}
  - {id: c2, statement: Two., kind: opinion, sources: [col], attributed_to: pat,
     hedges: [meint, "würde ... vermutlich"]}
  - {id: c3, statement: Three., kind: speculation, sources: [report], attributed_to: anon,
     hedges: [angeblich]}
  - {id: c4, statement: Four., kind: speculation, hedges: [wird spekuliert, also],
     figures: [{value: 2.5, unit: km}, {low: 70000, high: 300000, unit: soldiers,
     approximate: true, derived: true, basis: 7-10 x 10000-30000}]}
  - {id: c5, statement: Five., kind: forecast, sources: [ctx], attributed_to: ruritania,
     excerpt: "ein schurkenstaat eben"}
  - {id: c6, statement: Six., kind: opinion, sources: [col], attributed_to: daily}
quotes:
  - {id: q1, speaker: pat, text: Das ist so., kind: direct, claims: [c2]}
  - {id: q2, speaker: anon, text: dass es so sei, kind: indirect, claims: [c3, c1]}
  - {id: q3, speaker: pat, text: Und so., kind: indirect}
sources:
  - {id: art, url: "https://example.org/a", outlet: Example News, kind: article}
  - {id: col, outlet: The Daily, kind: column, cited_in: art}
  - {id: report, title: A report, kind: report, cited_in: col}
  - {id: ctx, url: "https://example.org/ctx", kind: reference, added_context: true}
notes:
  - {id: n1, kind: contradiction, text: C1 and C2 disagree., claims: [c2, c1], paragraph: 3}
  - {id: n2, kind: unsourced, text: No source., claims: [c4]}
  - {id: n3, kind: contradiction, text: Says both., claims: []}
"""


def profile_of(text: str, **kwargs: Any):
    return sourcing_profile(parse_briefing(textwrap.dedent(text)), **kwargs)


@pytest.fixture(scope="module")
def chains():
    return profile_of(CHAINS)


def test_claims_by_kind_and_hedges(chains):
    assert (chains.claims.count, chains.claims.claims) == (7, tuple(f"c{i}" for i in range(7)))
    assert {k: t.claims for k, t in chains.by_kind.items()} == {
        "reported": ("c0", "c1"),
        "speculation": ("c3", "c4"),
        "opinion": ("c2", "c6"),
        "historical": (),
        "forecast": ("c5",),
        "background": (),
    }
    assert (chains.hedged.count, chains.hedged.claims) == (4, ("c1", "c2", "c3", "c4"))
    assert chains.hedged_share == 4 / 7
    cues = {c: (t.count, t.claims, dict(t.words)) for c, t in chains.cues.items()}
    assert cues == {
        "speculation": (1, ("c4",), {"wird spekuliert": 1}),
        "epistemic": (1, ("c2",), {"vermutlich": 1}),
        "modal": (0, (), {}),
        "distancing": (1, ("c3",), {"angeblich": 1}),
        "attribution": (1, ("c2",), {"meint": 1}),
        "subjunctive": (1, ("c2",), {"würde": 1}),
        "approximation": (1, ("c1",), {"rund": 1}),
        "other": (1, ("c4",), {"also": 1}),
    }


def test_chains_of_depth_zero_to_three(chains):
    got = {c.claim: (c.depth, [link.id for link in c.links]) for c in chains.chains}
    assert got == {
        "c0": (0, ["art"]),
        "c1": (1, ["art", "col"]),
        "c2": (2, ["art", "col", "pat"]),
        "c3": (3, ["art", "col", "report", "anon"]),
        "c4": (0, ["art"]),
        "c5": (1, ["art", "ruritania"]),  # a context source is not a link
        "c6": (1, ["art", "col"]),  # The Daily wrote the column: no further hand
    }
    assert [link.kind for link in chains.chains[3].links] == ["source", "source", "source", "actor"]
    assert [link.name for link in chains.chains[2].links] == [
        "Example News",
        "The Daily",
        "Pat Example",
    ]
    assert {d: t.claims for d, t in chains.depths.items()} == {
        0: ("c0", "c4"),
        1: ("c1", "c5", "c6"),
        2: ("c2",),
        3: ("c3",),
    }
    assert [c.claim for c in chains.second_hand] == ["c1", "c2", "c3", "c5", "c6"]


def test_on_whose_word(chains):
    word = {basis: w.tally.claims for basis, w in chains.word.items()}
    assert word == {
        "named-person": ("c2",),
        "named-outlet": ("c1", "c6"),
        "named-organisation": ("c5",),
        "unnamed": ("c3", "c4"),
        "article-alone": ("c0",),
    }
    voices = {
        basis: [(v.kind, v.id, v.name, v.claims) for v in w.voices]
        for basis, w in chains.word.items()
    }
    assert voices["named-outlet"] == [
        ("source", "col", "The Daily", ("c1",)),
        ("actor", "daily", "The Daily", ("c6",)),
    ]
    assert voices["unnamed"] == [("actor", "anon", "Unnamed officials", ("c3",))]
    assert voices["article-alone"] == []
    assert [chains.basis_of(f"c{i}") for i in range(7)] == [
        "article-alone",
        "named-outlet",
        "named-person",
        "unnamed",
        "unnamed",
        "named-organisation",
        "named-outlet",
    ]
    assert chains.basis_of("nope") is None and chains.chain_of("nope") is None
    assert chains.chain_of("c3") is chains.chains[3]


def test_sources_experts_quotes_figures_labels_notes(chains):
    assert chains.unsourced.claims == ("c4",)
    assert (chains.sources_with_url.items, chains.sources_with_url.claims) == (
        ("art", "ctx"),
        ("c0", "c1", "c5"),
    )
    assert (chains.sources_without_url.items, chains.sources_without_url.claims) == (
        ("col", "report"),
        ("c1", "c2", "c3", "c6"),
    )
    # The state (c5) and the outlet (c6) speak too: voices, not experts.
    assert (chains.experts_named.items, chains.experts_named.claims) == (("pat",), ("c2",))
    assert (chains.experts_unnamed.items, chains.experts_unnamed.claims) == (
        ("anon", "quiet"),
        ("c1", "c3"),
    )
    assert (chains.quotes_direct.items, chains.quotes_direct.claims) == (("q1",), ("c2",))
    assert (chains.quotes_indirect.items, chains.quotes_indirect.claims) == (
        ("q2", "q3"),
        ("c1", "c3"),
    )
    assert [(f.claim, f.text, f.derived) for f in chains.figures] == [
        ("c1", f"7{DASH}10 divisions", False),
        ("c4", "2.5 km", False),
        ("c4", f"about 70,000{DASH}300,000 soldiers", True),
    ]
    assert chains.figures[2].basis == "7-10 x 10000-30000"
    assert (chains.figures_stated.count, chains.figures_stated.claims) == (2, ("c1", "c4"))
    assert (chains.figures_derived.count, chains.figures_derived.claims) == (1, ("c4",))
    assert [(lab.actor, lab.label, lab.paragraph, lab.claims) for lab in chains.loaded_labels] == [
        ("ruritania", "Schurkenstaat", 2, ("c0", "c5")),  # case-insensitive, in the excerpt
        ("daily", "Lügenblatt", None, ()),
    ]
    assert (chains.loaded.count, chains.loaded.items, chains.loaded.claims) == (
        2,
        ("ruritania", "daily"),
        ("c0", "c5"),
    )
    notes = {k: (t.items, t.claims) for k, t in chains.notes_by_kind.items() if t.count}
    assert notes == {"contradiction": (("n1", "n3"), ("c1", "c2")), "unsourced": (("n2",), ("c4",))}
    assert [(n.id, n.claims, n.paragraph) for n in chains.contradictions] == [
        ("n1", ("c1", "c2"), 3),
        ("n3", (), None),
    ]
    assert chains.checks is None


def test_check_results_are_counted_with_the_claims_behind_them():
    profile = profile_of(
        CHAINS,
        checks={"c0": "found", "q2": "similar", "q1": "missing", "c5": "differs", "gone": "found"},
    )
    assert profile.checks is not None
    results = {r: (t.count, t.items, t.claims) for r, t in profile.checks.results.items()}
    assert results == {
        "found": (1, ("c0",), ("c0",)),
        "similar": (1, ("q2",), ("c1", "c3")),
        "differs": (1, ("c5",), ("c5",)),
        "missing": (1, ("q1",), ("c2",)),
    }
    assert profile.checks.unchecked.items == ("q3",)
    assert profile.checks.unknown == ("gone",)
    with pytest.raises(ProfileError, match="check result for 'c0' is 'lost'; expected one of"):
        profile_of(CHAINS, checks={"c0": "lost"})


def test_to_dict_is_json_ready_with_a_fixed_key_order_and_claims_behind_every_figure(chains):
    data = chains.to_dict()
    assert list(data) == [
        "briefing",
        "title",
        "drafts",
        "claims",
        "hedged",
        "cues",
        "word",
        "chains",
        "unsourced",
        "sources",
        "experts",
        "quotes",
        "figures",
        "loaded_labels",
        "notes",
        "checks",
    ]
    assert json.loads(json.dumps(data)) == data
    assert data["hedged"] == {"count": 4, "claims": ["c1", "c2", "c3", "c4"], "share": 0.5714}
    assert data["sources"]["without_url"] == {
        "count": 2,
        "sources": ["col", "report"],
        "claims": ["c1", "c2", "c3", "c6"],
    }
    assert data["chains"]["depths"][3] == {"depth": 3, "count": 1, "claims": ["c3"]}
    assert data["chains"]["second_hand"][1]["chain"][-1] == {
        "kind": "actor",
        "id": "pat",
        "name": "Pat Example",
    }

    figures = 0

    def walk(node: Any) -> None:
        nonlocal figures
        if isinstance(node, dict):
            if "count" in node:
                figures += 1
                assert "claims" in node, node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    assert figures > 30
    assert profile_of(CHAINS).to_dict() == data, "the same briefing gives the same profile"


def test_the_profile_leaves_the_briefing_as_it_was():
    briefing = parse_briefing(CHAINS)
    before = briefing.model_dump()
    sourcing_profile(briefing, checks={"c0": "found"})
    assert briefing.model_dump() == before


def test_an_empty_briefing_has_a_profile_of_zeros():
    profile = profile_of(MINIMAL)
    assert profile.claims.count == 0 and profile.hedged_share == 0.0
    assert {d: t.count for d, t in profile.depths.items()} == {0: 0}
    data = profile.to_dict()
    assert data["hedged"]["share"] == 0.0
    assert all(c["count"] == 0 for c in data["cues"].values())


def test_a_briefing_without_an_article_starts_chains_at_the_top_source():
    profile = profile_of(
        """\
        id: no-article
        title: No article named
        claims:
          - {id: a, statement: A., kind: reported, sources: [wire]}
          - {id: b, statement: B., kind: reported, sources: [paper], attributed_to: x}
          - {id: c, statement: C., kind: reported, sources: [ctx]}
        actors: [{id: x, name: X, kind: person}]
        sources:
          - {id: wire}
          - {id: paper, cited_in: wire}
          - {id: ctx, added_context: true}
        """
    )
    assert [(c.claim, c.depth, [k.id for k in c.links]) for c in profile.chains] == [
        ("a", 0, ["wire"]),
        ("b", 2, ["wire", "paper", "x"]),
        ("c", 0, []),
    ]


# --- cycles and broken references, which only a model built by hand can hold ---------------


def _with_sources(*sources: Source, claims: list[Claim] | None = None) -> Briefing:
    return Briefing(
        id="by-hand",
        title="Built without the loader",
        article="a",
        sources=list(sources),
        claims=claims or [Claim(id="c1", statement="S.", kind="reported", sources=["a"])],
    )


def _profile_in_time(briefing: Briefing) -> BaseException | None:
    """Run the profile in a thread; fail if it does not finish (an endless loop)."""
    outcome: list[BaseException | None] = []

    def work() -> None:
        try:
            sourcing_profile(briefing)
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive(), "the profile loops on a citation cycle"
    return outcome[0]


@pytest.mark.parametrize(
    ("sources", "cycle"),
    [
        ([("a", "b"), ("b", "c"), ("c", "a")], "a -> b -> c -> a"),
        ([("a", None), ("b", "b")], "b -> b"),
        ([("a", None), ("x", "y"), ("y", "z"), ("z", "y")], "y -> z -> y"),
    ],
)
def test_a_citation_cycle_is_refused_by_name_not_looped(sources, cycle):
    briefing = _with_sources(*(Source(id=i, cited_in=c) for i, c in sources))
    error = _profile_in_time(briefing)
    assert isinstance(error, ProfileError) and isinstance(error, BriefingError)
    assert str(error) == f"sources cite one another in a circle: {cycle}"


def test_the_loader_refuses_the_same_cycle_first():
    text = """\
    id: loop
    title: Loop
    sources:
      - {id: a, cited_in: b}
      - {id: b, cited_in: a}
    """
    with pytest.raises(LoadError, match="sources cite one another in a circle: a -> b -> a"):
        parse_briefing(textwrap.dedent(text))


@pytest.mark.parametrize(
    ("briefing", "message"),
    [
        (
            _with_sources(Source(id="a", cited_in="nowhere")),
            "source 'a' is cited in unknown source 'nowhere'",
        ),
        (
            _with_sources(
                Source(id="a"),
                claims=[Claim(id="c1", statement="S.", kind="reported", sources=["b"])],
            ),
            "claim 'c1' names unknown source 'b'",
        ),
        (
            _with_sources(
                Source(id="a"),
                claims=[Claim(id="c1", statement="S.", kind="reported", attributed_to="ghost")],
            ),
            "claim 'c1' is attributed to unknown actor 'ghost'",
        ),
        (
            Briefing(id="x", title="X", article="missing", sources=[]),
            "the briefing's article 'missing' is not a source",
        ),
    ],
)
def test_references_that_lead_nowhere_are_refused_clearly(briefing, message):
    with pytest.raises(ProfileError) as caught:
        sourcing_profile(briefing)
    assert str(caught.value) == message


# --- the seed briefing, checked against the file read independently ----------------------


@pytest.fixture(scope="module")
def seed_data() -> dict[str, Any]:
    return yaml.safe_load(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_profile():
    return sourcing_profile(load_briefing(SEED))


def test_seed_counts_follow_from_the_file(seed_data, seed_profile):
    claims = seed_data["claims"]
    hedged = [c["id"] for c in claims if c.get("hedges")]
    assert seed_profile.hedged.claims == tuple(hedged)
    assert seed_profile.hedged.count == 13 == len(hedged)
    kinds = Counter(c["kind"] for c in claims)
    assert {k: t.count for k, t in seed_profile.by_kind.items()} == {
        k: kinds.get(k, 0) for k in seed_profile.by_kind
    }
    verdicts = Counter(c.get("status", "unverified") for c in claims)
    assert {s: t.count for s, t in seed_profile.by_status.items()} == {
        "unverified": verdicts["unverified"],
        "supported": verdicts["supported"],
        "disputed": verdicts["disputed"],
        "refuted": verdicts["refuted"],
    }
    assert seed_profile.by_status["supported"].count == 8
    assert seed_profile.by_status["disputed"].claims == ("c02",)
    assert seed_profile.unsourced.claims == tuple(c["id"] for c in claims if not c.get("sources"))
    without_url = tuple(s["id"] for s in seed_data["sources"] if "url" not in s)
    assert seed_profile.sources_without_url.items == without_url == ("zeit-column",)
    assert seed_profile.sources_with_url.count == len(seed_data["sources"]) - 1
    loaded = [
        (a["id"], alias["name"])
        for a in seed_data["actors"]
        for alias in a.get("aliases", [])
        if isinstance(alias, dict) and alias.get("loaded")
    ]
    assert [(lab.actor, lab.label) for lab in seed_profile.loaded_labels] == loaded
    contradictions = [n["id"] for n in seed_data["notes"] if n["kind"] == "contradiction"]
    assert [n.id for n in seed_profile.contradictions] == contradictions == ["n01", "n05"]
    derived = [c["id"] for c in claims for f in c.get("figures", []) if f.get("derived")]
    assert seed_profile.figures_derived.claims == tuple(derived) == ("c10",)
    direct = [q["id"] for q in seed_data["quotes"] if q.get("kind", "direct") == "direct"]
    assert seed_profile.quotes_direct.items == tuple(direct)
    anonymous = [a["id"] for a in seed_data["actors"] if a.get("anonymous")]
    assert seed_profile.experts_unnamed.items == tuple(anonymous) == ("zeit-experts",)


def test_seed_hedges_are_sorted_as_an_analyst_would(seed_data, seed_profile):
    expected = {
        "wird spekuliert": "speculation",
        "habe": "subjunctive",
        "sozusagen": "distancing",
        "wohl": "modal",
        "wird vermutet": "speculation",
        "könnte": "modal",
        "rund": "approximation",
        "würde": "subjunctive",
        "vermutlich": "epistemic",
        "Laut": "attribution",
        "vermuten": "speculation",
        "also": "other",
        "wäre": "subjunctive",
        "könnten": "modal",
        "meint": "attribution",
        "gegenüber": "attribution",
        "Sollte": "modal",
        "tatsächlich": "other",
        "dürfte": "modal",
        "bald": "other",
    }
    recorded = [h for c in seed_data["claims"] for h in c.get("hedges", [])]
    assert set(recorded) == set(expected)
    assert {h: hedge_categories(h) for h in recorded} == {h: (expected[h],) for h in recorded}
    by_category = Counter(expected[h] for h in recorded)
    assert {c: t.count for c, t in seed_profile.cues.items()} == {
        c: by_category.get(c, 0) for c in seed_profile.cues
    }


def test_seed_chains_and_whose_word(seed_profile):
    chains = {c.claim: (c.depth, [link.id for link in c.links]) for c in seed_profile.second_hand}
    assert chains == {
        "c04": (1, ["derwesten-article", "zeit-column"]),
        "c14": (2, ["derwesten-article", "zeit-column", "zeit-experts"]),
        "c17": (1, ["derwesten-article", "focus-richter"]),
        "c18": (1, ["derwesten-article", "focus-richter"]),
        "c19": (2, ["derwesten-article", "focus-richter", "richter"]),
    }
    assert {d: t.count for d, t in seed_profile.depths.items()} == {0: 20, 1: 3, 2: 2}
    assert {b: w.tally.claims for b, w in seed_profile.word.items() if b != "article-alone"} == {
        "named-person": ("c19",),
        "named-outlet": ("c17", "c18"),
        "named-organisation": (),
        "unnamed": ("c04", "c09", "c14"),
    }
    assert seed_profile.word["article-alone"].tally.count == 19


# --- the command, run as a user runs it ---------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "tui", "profile", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_the_command_prints_a_readable_table_of_the_seed():
    result = run(str(SEED))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith('Sourcing profile: Putin\'s rumoured "Anti-NATO"')
    assert "  hedged                    13  (52%) c04 c05 c09 c10 c11 c12 c14 c15 c17 c19" in out
    assert (
        "  unnamed sources            3  Experts cited by the Zeit Online column (c14); no one named: c04 c09"
        in out
    )
    assert (
        "    c14 (depth 2): DerWesten → Zeit Online → Experts cited by the Zeit Online column"
        in out
    )
    assert "  sources without a link     1  zeit-column (claims c04 c14)" in out
    assert f"    c10: about 70,000{DASH}300,000 soldiers (derived: " in out
    assert "    „Russen-Herrscher“ for Vladimir Putin (paragraph 1; c02)" in out
    assert all(len(line) <= 100 for line in out.splitlines())


def test_the_command_prints_the_profile_as_json():
    result = run(str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == sourcing_profile(load_briefing(SEED)).to_dict()
    assert "Putin bündelt" in result.stdout, "text stays readable, not \\u-escaped"


def test_briefing_text_cannot_steer_the_terminal(write):
    path = write(
        'id: evil\ntitle: "Bad \\e[31mred\\x07 \\u009b2J \\u202eevil"\nsources: []\n'
        'claims: [{id: c1, statement: S., kind: reported, hedges: ["\\e]0;pwned\\a"]}]\n'
    )
    text = run(str(path))
    assert text.returncode == 0, text.stderr
    assert not any(ch in text.stdout for ch in "\x1b\x07\x9b\u202e")
    assert "Bad ␛[31mred␇" in text.stdout and "␛]0;pwned␇" in text.stdout
    as_json = run(str(path), "--json")
    assert as_json.returncode == 0, as_json.stderr
    assert not any(ch in as_json.stdout for ch in "\x1b\x07\x9b\u202e")
    assert json.loads(as_json.stdout)["title"] == "Bad \x1b[31mred\x07 \x9b2J \u202eevil"


def test_a_file_that_does_not_load_exits_1_with_its_problems(write):
    path = write("id: bad\ntitle: t\nsources: []\nclaims: [{id: c1, statement: s, kind: rumour}]\n")
    result = run(str(path))
    assert result.returncode == 1
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert f"{path}:4:39: claims.0.kind: 'rumour' is not an allowed kind" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path):
    assert run().returncode == 2
    missing = run(str(tmp_path / "nope.yaml"))
    assert missing.returncode == 2 and "nope.yaml: no such file" in missing.stderr
    folder = run(str(tmp_path))
    assert folder.returncode == 2 and "is a folder" in folder.stderr
    assert run(str(SEED), "--bogus").returncode == 2
