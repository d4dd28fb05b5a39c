"""Seeded synthetic briefings for benchmarks and large-file tests.

``python benchmarks/generate.py OUT_DIR`` writes ``large.yaml`` (10,000 claims, about
4 MB, 1,000 actors, 2,000 quotes) and a ``library/`` of 200 briefings, one of them the
large one. The same seed gives the same bytes, so runs compare like with like.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

KINDS = ["reported", "speculation", "opinion", "historical", "forecast", "background"]
STATUSES = ["unverified", "supported", "disputed", "refuted"]
HEDGES = ["wird spekuliert", "wohl", "vermutlich", "könnte", "dürfte", "laut", "rund"]
WORDS = (
    "alliance treaty ministers summit border troops supply drones talks sanctions energy"
    " exports partnership visit agreement defence security missiles economy reform vote"
).split()


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def synthetic_briefing(
    seed: int = 1, *, claims: int = 10_000, actors: int = 1_000, quotes: int = 2_000
) -> str:
    """YAML text of a valid briefing of the given size."""
    rng = random.Random(seed)
    out = [
        "# yaml-language-server: $schema=../schema/briefing.schema.json",
        f"id: synthetic-{seed}-{claims}",
        f'title: "Synthetic briefing {seed} with {claims} claims"',
        "language: en",
        "published: 2024-07-01",
        f"summary: {_sentence(rng, 30)}",
        "article: article",
        "sources:",
        "  - id: article",
        f"    url: https://example.org/articles/{seed}",
        "    kind: article",
    ]
    for number in range(20):
        out += [f"  - id: s{number}", f"    url: https://example.org/sources/{number}"]
    out.append("actors:")
    for number in range(actors):
        out += [
            f"  - id: a{number}",
            f"    name: Actor {number}",
            f"    kind: {rng.choice(['person', 'state', 'organisation', 'media', 'group'])}",
            f"    aliases: [Alias {number}]",
        ]
    out.append("claims:")
    for number in range(claims):
        hedges = rng.sample(HEDGES, rng.randint(0, 2))
        involved = sorted({f"a{rng.randrange(actors)}" for _ in range(3)})
        out += [
            f"  - id: c{number}",
            f"    statement: {_sentence(rng, 12)}",
            f"    kind: {rng.choice(KINDS)}",
            f"    excerpt: {_sentence(rng, 8)}",
            f"    paragraph: {rng.randint(1, 40)}",
            f"    hedges: [{', '.join(hedges)}]",
            f"    actors: [{', '.join(involved)}]",
            f"    sources: [article, s{rng.randrange(20)}]",
            f"    status: {rng.choice(STATUSES)}",
            f"    note: {_sentence(rng, 8)}",
        ]
    out.append("quotes:")
    for number in range(quotes):
        out += [
            f"  - id: q{number}",
            f"    speaker: a{rng.randrange(actors)}",
            f"    text: {_sentence(rng, 14)}",
            f"    translation: {_sentence(rng, 14)}",
            f"    claims: [c{rng.randrange(claims)}]",
        ]
    return "\n".join(out) + "\n"


def write_library(folder: Path, *, files: int = 200, large: str | None = None) -> list[Path]:
    """``files`` briefings in ``folder``; the first is ``large`` when given."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(files):
        path = folder / f"briefing-{number:03d}.yaml"
        if number == 0 and large is not None:
            text = large
        else:
            text = synthetic_briefing(number + 100, claims=25, actors=10, quotes=5)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python benchmarks/generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    large = synthetic_briefing()
    (out / "large.yaml").write_text(large, encoding="utf-8")
    write_library(out / "library", large=large)
    print(f"wrote {out / 'large.yaml'} ({len(large.encode()) / 1e6:.1f} MB) and {out / 'library'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
