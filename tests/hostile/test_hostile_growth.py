"""Small valid files must not blow up time or memory: long chains, many aliases, devices.

Speed itself is measured in ``benchmarks/growth.py``; these tests assert what a CI
machine can check reliably: a large-but-modest input completing under a memory limit, a
count of operations, or a refusal that comes at once.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tui import profile as profile_module
from tui.commands import new
from tui.draft import gazetteer as gazetteer_module
from tui.loader import load_briefing
from tui.model import Briefing
from tui.profile import sourcing_profile

ROOT = Path(__file__).resolve().parents[2]


def _chain_briefing(links: int, claims: int) -> str:
    """``links`` sources each cited in the one before; claims resting on the deepest ones."""
    out = [
        "id: long-chain",
        "title: A long chain",
        "article: article",
        "sources:",
        "  - {id: article, outlet: Example, url: 'https://example.org/a'}",
    ]
    for i in range(1, links + 1):
        parent = "article" if i == 1 else f"s{i - 1}"
        out.append(f"  - {{id: s{i}, outlet: Outlet {i}, cited_in: {parent}}}")
    out += ["actors:", "  - {id: experts, name: Experts, anonymous: true}", "claims:"]
    for j in range(claims):
        out.append(
            f"  - {{id: c{j}, kind: reported, statement: Claim {j}.,"
            f" sources: [s{links - j}], attributed_to: experts}}"
        )
    return "\n".join(out) + "\n"


def _limited(memory: int):  # type: ignore[no-untyped-def]
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return limit


def _briefing_cli(
    *args: str, memory: int = 1536 * 1024 * 1024, timeout: float = 60.0
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        preexec_fn=_limited(memory),
        cwd=ROOT,
        check=False,
    )


# --- attribution chains -------------------------------------------------------------------


def test_profile_of_a_20000_link_chain_fits_in_1_5_gb(tmp_path: Path) -> None:
    """Every source used to keep its whole path: 1.75 GB for this file in the app."""
    path = tmp_path / "chain.yaml"
    path.write_text(_chain_briefing(20_000, 2_000), encoding="utf-8")
    done = _briefing_cli("profile", "--json", str(path))
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"depth": 20001' in done.stdout
    assert '"kind": "omitted"' in done.stdout


def test_a_long_chain_shows_the_article_then_the_last_hands(tmp_path: Path) -> None:
    path = tmp_path / "chain.yaml"
    path.write_text(_chain_briefing(100, 3), encoding="utf-8")
    profile = sourcing_profile(load_briefing(path))
    chain = profile.chains[0]
    assert chain.depth == 101 and chain.length == 102
    assert len(chain.head) + len(chain.tail) == profile_module.SHOWN_LINKS
    assert chain.omitted == 102 - profile_module.SHOWN_LINKS
    links = chain.links  # the whole chain, on demand
    assert [link.id for link in links] == ["article", *(f"s{i}" for i in range(1, 101)), "experts"]
    assert chain.head == links[:1] and chain.tail == links[-len(chain.tail) :]
    text = chain.path(str)
    assert text.startswith("Example → … 90 more → Outlet 91 → ") and text.endswith("→ Experts")
    data = chain.to_dict()["chain"]
    assert (
        data[1] == {"kind": "omitted", "count": 90} and len(data) == profile_module.SHOWN_LINKS + 1
    )
    assert profile.depths[101].claims == ("c0",) and profile.depths[50].count == 0
    assert profile.chain_of("c2") is profile.chains[2]


def test_the_reference_cycle_check_is_linear() -> None:
    """One walk per node: a long affiliation chain closing on itself is found once."""
    from tui.references import _cycles

    n = 50_000
    links = {f"a{i}": f"a{i - 1}" for i in range(1, n)} | {"a0": f"a{n - 1}"}
    order = {f"a{i}": i for i in range(n)}
    found = _cycles(links, order)
    assert len(found) == 1 and len(found[0]) == n


# --- loaded labels and cancellation -------------------------------------------------------


def _labelled(actors: int, claims: int, seed: int = 7) -> Briefing:
    rng = random.Random(seed)
    labels = [f"lab{i}x" for i in range(actors)] + ["ab", "b", "Bä", "Straße"]
    data = {
        "id": "labels",
        "title": "Labels",
        "article": "article",
        "sources": [{"id": "article", "url": "https://example.org/a"}],
        "actors": [
            {"id": f"a{i}", "name": f"Actor {i}", "aliases": [{"name": label, "loaded": True}]}
            for i, label in enumerate(labels)
        ],
        "claims": [
            {
                "id": f"c{j}",
                "kind": "reported",
                "statement": f"Claim {j}.",
                "excerpt": " ".join(
                    rng.choice([*labels, "STRASSE", "abab", "x"]) for _ in range(4)
                ),
                "sources": ["article"],
            }
            for j in range(claims)
        ],
    }
    return Briefing.model_validate(data)


def test_loaded_labels_match_as_substrings_like_before() -> None:
    briefing = _labelled(40, 200)
    profile = sourcing_profile(briefing)
    for label in profile.loaded_labels:
        folded = label.label.casefold()
        expected = tuple(
            c.id for c in briefing.claims if c.excerpt and folded in c.excerpt.exact.casefold()
        )
        assert label.claims == expected, label.label
    assert profile.loaded.count == len(profile.loaded_labels)


def test_should_stop_cancels_the_profile() -> None:
    briefing = _labelled(10, 3 * profile_module.STOP_EVERY)
    asked: list[int] = []

    def should_stop() -> bool:
        asked.append(1)
        return len(asked) >= 2

    with pytest.raises(profile_module.Cancelled):
        sourcing_profile(briefing, should_stop=should_stop)
    assert len(asked) == 2
    whole = sourcing_profile(briefing, should_stop=lambda: False)
    assert whole.to_dict() == sourcing_profile(briefing).to_dict()


# --- briefing new ---------------------------------------------------------------------------


def _args(source: str, output: str | None, force: bool = False) -> argparse.Namespace:
    return argparse.Namespace(sources=[source], output=output, lang="auto", force=force)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_new_refuses_dev_zero_and_links_to_it_at_once(tmp_path: Path) -> None:
    link = tmp_path / "article.txt"
    link.symlink_to("/dev/zero")
    for source in ("/dev/zero", str(link)):
        done = _briefing_cli(
            "new", source, "-o", str(tmp_path / "o.yaml"), memory=1024**3, timeout=30
        )
        assert done.returncode == 1
        assert source in done.stderr and "not a regular file" in done.stderr
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "o.yaml").exists()


def test_new_refuses_a_fifo_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    done = _briefing_cli("new", str(fifo), "-o", str(tmp_path / "o.yaml"), timeout=30)
    assert done.returncode == 1 and "not a regular file" in done.stderr


def test_new_reads_no_more_than_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.draft import source as source_module

    monkeypatch.setattr(source_module, "_MAX_BYTES", 100)
    article = tmp_path / "a\nb.txt"
    article.write_text("Wort " * 21, encoding="utf-8")  # 105 bytes
    assert new.run(_args(str(article), str(tmp_path / "o.yaml"))) == 1
    err = capsys.readouterr().err
    assert "a␊b.txt: more than 100 bytes" in err and "\nb.txt" not in err


def test_new_checks_the_output_folder_before_drafting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.draft import build

    def no_drafting(*args: object, **kwargs: object) -> None:
        raise AssertionError("drafted before the output was checked")

    monkeypatch.setattr(build, "draft_briefing", no_drafting)
    article = tmp_path / "a.txt"
    article.write_text("Russland und Nordkorea unterzeichneten einen Vertrag.\n", encoding="utf-8")
    missing = tmp_path / "missing" / "o.yaml"
    assert new.run(_args(str(article), str(missing))) == 2
    assert "does not exist" in capsys.readouterr().err
    not_a_folder = article / "o.yaml"
    assert new.run(_args(str(article), str(not_a_folder))) == 2
    assert "is not a folder" in capsys.readouterr().err
    existing = tmp_path / "there.yaml"
    existing.write_text("keep", encoding="utf-8")
    assert new.run(_args(str(article), str(existing))) == 2
    assert "exists" in capsys.readouterr().err and existing.read_text() == "keep"


def test_new_force_replaces_an_existing_draft(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Titel\n\nRussland und Nordkorea haben am Dienstag einen Vertrag unterzeichnet.\n",
        encoding="utf-8",
    )
    existing = tmp_path / "there.yaml"
    existing.write_text("old", encoding="utf-8")
    assert new.run(_args(str(article), str(existing), force=True)) == 0
    load_briefing(existing)


def test_the_gazetteer_tries_a_few_names_per_word_not_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every name was tried at every word (85 % of drafting); now a word looks its up."""
    places = gazetteer_module.gazetteer()
    calls = 0
    real = gazetteer_module._token_matches

    def counting(pattern: str, word: str) -> bool:
        nonlocal calls
        calls += 1
        return real(pattern, word)

    monkeypatch.setattr(gazetteer_module, "_token_matches", counting)
    sentence = (
        "Russland und Nordkorea vereinbaren mit der EU in Moskau neue Abkommen über Energie. "
    )
    text = sentence * 200
    words = len(gazetteer_module.words(text))
    found = places.find(text)
    assert {m.entry.id for m in found} >= {"russia", "north-korea", "eu"}
    assert len(places.names) > 200  # so trying them all would be > 200 calls a word
    assert calls <= 5 * words


def test_drafting_a_long_article_completes(tmp_path: Path) -> None:
    paragraph = textwrap.fill(
        "Russland und Nordkorea haben laut Experten vermutlich 12 Abkommen geschlossen."
        " Wladimir Putin besuchte Pjöngjang, wo er Kim Jong-un traf.",
        width=1000,
    )
    article = tmp_path / "long.txt"
    article.write_text("Titel\n\n" + "\n\n".join([paragraph] * 400) + "\n", encoding="utf-8")
    output = tmp_path / "long.yaml"
    done = _briefing_cli("new", str(article), "-o", str(output), timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "drafting:" not in done.stderr  # progress only on a terminal
    assert len(load_briefing(output).claims) >= 400
