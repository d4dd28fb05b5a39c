"""How time and peak memory grow with a briefing's size, shape by shape and command by command.

    python benchmarks/growth.py [--sizes 2500,5000,10000,20000] [--shape NAME ...]
                                [--command NAME ...] [--memory-mb 3000] [--timeout 300]
    python benchmarks/growth.py --smoke     (tiny sizes, one run, as CI does)

A small valid file must not make a command quadratic: a 50,000-link ``cited_in`` chain
once took 12 GB. This generates the worst shapes we know of at several sizes, runs each
command on each in a fresh process (so one run's memory never counts against the next),
and records the wall time and the child's own peak resident memory (``VmHWM``, read by
the child itself: ``ru_maxrss`` of RUSAGE_CHILDREN is the maximum over *all* children so
far, and Linux carries it across exec).

Every run also pays a fixed cost (Python, imports, the schema) that would flatten a
log-log fit and hide a quadratic term, so the exponent is fitted to the *excess* over a
run on a tiny file of the same shape: the slope of log(excess) against log(size),
least squares over the sizes. 1.0 is linear, 2.0 quadratic; the goal is at most ~1.15.
Each child runs under RLIMIT_AS (``--memory-mb``) and a timeout, so a blow-up shows as
``over`` in the table instead of taking the machine with it. Nothing here is pass/fail.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

WORDS = (
    "alliance treaty ministers summit border troops supply drones talks sanctions energy"
    " exports partnership visit agreement defence security missiles economy reform vote"
).split()
_PEAK_ENV = "GROWTH_PEAK_FILE"


# --- shapes -------------------------------------------------------------------------------


def _head(name: str, n: int) -> list[str]:
    return [
        f"id: growth-{name}-{n}",
        f'title: "Growth: {name} at {n}"',
        "language: en",
        "published: 2024-07-01",
        "summary: A generated briefing of a shape that once grew faster than its size.",
        "article: article",
    ]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def cited_chain(n: int) -> str:
    """``n`` sources each cited in the one before, down from the article; a quarter as
    many claims, each resting on a source deep in the chain and attributed to an actor."""
    out = [*_head("cited-chain", n), "sources:", "  - id: article", "    kind: article"]
    out += ["    url: https://example.org/a", "    outlet: Example"]
    for i in range(1, n + 1):
        parent = "article" if i == 1 else f"s{i - 1}"
        out += [f"  - id: s{i}", f"    outlet: Outlet {i}", f"    cited_in: {parent}"]
    out += ["actors:", "  - id: experts", "    name: Experts", "    anonymous: true"]
    out.append("claims:")
    for j in range(max(n // 4, 1)):
        out += [
            f"  - id: c{j}",
            "    kind: reported",
            f"    statement: Claim {j} rests on a long chain.",
            f"    sources: [s{n - j}]",
            "    attributed_to: experts",
            "    hedges: [wohl]",
        ]
    return "\n".join(out) + "\n"


def affiliation_chain(n: int) -> str:
    """``n`` actors each affiliated with the one before; claims and quotes by deep ones."""
    out = [*_head("affiliation-chain", n), "sources:", "  - id: article", "    kind: article"]
    out += ["    url: https://example.org/a", "actors:"]
    for i in range(n):
        out += [f"  - id: a{i}", f"    name: Actor {i}", "    kind: organisation"]
        if i:
            out.append(f"    affiliation: a{i - 1}")
    out.append("claims:")
    for j in range(max(n // 4, 1)):
        out += [
            f"  - id: c{j}",
            "    kind: reported",
            f"    statement: Claim {j} by a deeply affiliated actor.",
            "    sources: [article]",
            f"    attributed_to: a{n - 1 - j}",
            f"    actors: [a{n - 1 - j}]",
        ]
    out.append("quotes:")
    for j in range(max(n // 4, 1)):
        out += [f"  - id: q{j}", f"    speaker: a{n - 1 - j}", f"    text: Quote {j}."]
        out.append(f"    claims: [c{j}]")
    return "\n".join(out) + "\n"


def many_aliases(n: int) -> str:
    """``n`` actors with a plain and a loaded alias each; claims whose excerpts use them."""
    rng = random.Random(n)
    out = [*_head("aliases", n), "sources:", "  - id: article", "    kind: article"]
    out += ["    url: https://example.org/a", "actors:"]
    for i in range(n):
        out += [
            f"  - id: a{i}",
            f"    name: Actor {i}",
            f"    aliases: [Name{i}, {{name: Label{i}x, loaded: true, paragraph: 1}}]",
        ]
    out.append("claims:")
    for j in range(max(n // 2, 1)):
        used = " ".join(f"Label{rng.randrange(n)}x" for _ in range(3))
        out += [
            f"  - id: c{j}",
            "    kind: reported",
            f"    statement: Claim {j} uses labels.",
            f"    excerpt: {_sentence(rng, 4)} {used} {_sentence(rng, 4)}",
            "    sources: [article]",
            f"    attributed_to: a{j % n}",
        ]
    return "\n".join(out) + "\n"


def one_actor(n: int) -> str:
    """``n`` claims and as many quotes, every one by and about the same actor."""
    rng = random.Random(n)
    out = [*_head("one-actor", n), "sources:", "  - id: article", "    kind: article"]
    out += ["    url: https://example.org/a", "actors:", "  - id: a0", "    name: Actor Zero"]
    out += ["    aliases: [{name: Zero, loaded: true}]", "claims:"]
    for j in range(n):
        out += [
            f"  - id: c{j}",
            "    kind: reported",
            f"    statement: {_sentence(rng, 8)}",
            f"    excerpt: Zero said {_sentence(rng, 6)}",
            "    sources: [article]",
            "    attributed_to: a0",
            "    actors: [a0]",
        ]
    out.append("quotes:")
    for j in range(n):
        out += [f"  - id: q{j}", "    speaker: a0", "    about: [a0]", f"    text: Quote {j}."]
        out.append(f"    claims: [c{j}]")
    return "\n".join(out) + "\n"


def claims_sources(n: int) -> str:
    """``n`` claims citing five of ``n / 5`` sources each; the sources cite one another in
    short chains, and notes refer to claims and sources in bulk."""
    rng = random.Random(n)
    count = max(n // 5, 5)
    out = [*_head("claims-sources", n), "sources:", "  - id: article", "    kind: article"]
    out += ["    url: https://example.org/a"]
    for i in range(count):
        parent = "article" if i % 10 == 0 else f"s{i - 1}"
        out += [f"  - id: s{i}", f"    url: https://example.org/s{i}", f"    cited_in: {parent}"]
    out += ["actors:", "  - id: a0", "    name: Actor Zero", "claims:"]
    for j in range(n):
        cited = ", ".join(f"s{rng.randrange(count)}" for _ in range(5))
        out += [
            f"  - id: c{j}",
            "    kind: reported",
            f"    statement: {_sentence(rng, 8)}",
            f"    sources: [article, {cited}]",
        ]
    out.append("notes:")
    for k in range(max(n // 100, 1)):
        claims = ", ".join(f"c{rng.randrange(n)}" for _ in range(50))
        sources = ", ".join(f"s{rng.randrange(count)}" for _ in range(50))
        out += [
            f"  - id: n{k}",
            "    kind: contradiction",
            f"    text: Note {k}.",
            f"    claims: [{claims}]",
            f"    sources: [{sources}]",
        ]
    return "\n".join(out) + "\n"


_PLACES = ["Russland", "Nordkorea", "Vietnam", "Iran", "China", "die NATO", "die EU"]
_VERBS = ["unterzeichnete", "besuchte", "kritisierte", "plant", "lehnt"]


def long_article(n: int) -> str:
    """About ``n`` words of German news prose: names, hedges, figures and quotes."""
    rng = random.Random(n)
    paragraphs: list[str] = []
    words = 0
    while words < n:
        sentences = []
        for _ in range(4):
            who, whom = rng.sample(_PLACES, 2)
            sentence = (
                f"{who} {rng.choice(_VERBS)} laut Experten vermutlich {rng.randint(2, 90)}"
                f" Abkommen mit {whom} über {' '.join(rng.choice(WORDS) for _ in range(6))}."
            )
            sentences.append(sentence)
            words += len(sentence.split())
        sentences.append(f'„Wir sind bereit", sagte Wladimir Putin in {rng.choice(_PLACES)}.')
        paragraphs.append(" ".join(sentences))
    return "# Ein langer Artikel\n\n" + "\n\n".join(paragraphs) + "\n"


@dataclass(frozen=True)
class Shape:
    name: str
    make: Callable[[int], str]
    suffix: str
    commands: tuple[str, ...]


BRIEFING_COMMANDS = ("validate", "profile", "export-md", "export-html", "export-json")
SHAPES = (
    Shape("cited-chain", cited_chain, ".yaml", BRIEFING_COMMANDS),
    Shape("affiliation-chain", affiliation_chain, ".yaml", BRIEFING_COMMANDS),
    Shape("aliases", many_aliases, ".yaml", BRIEFING_COMMANDS),
    Shape("one-actor", one_actor, ".yaml", BRIEFING_COMMANDS),
    Shape("claims-sources", claims_sources, ".yaml", BRIEFING_COMMANDS),
    Shape("article", long_article, ".txt", ("new",)),
)


def _argv(command: str, path: Path, folder: Path) -> list[str]:
    if command == "validate":
        return ["validate", "-q", str(path)]
    if command == "profile":
        return ["profile", str(path)]
    if command.startswith("export-"):
        fmt = {"md": "markdown", "html": "html", "json": "json"}[command.removeprefix("export-")]
        return ["export", "--no-fetched", "-f", fmt, str(path)]
    if command == "new":
        return ["new", str(path), "-o", str(folder / f"draft-{path.stem}.yaml")]
    raise ValueError(command)


# --- running -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_kib: int | None
    """None when the run failed or went over a limit."""
    note: str = ""


def _child(argv: list[str]) -> int:
    """Run the ``briefing`` command line in this process, then record its peak memory."""
    sys.path.insert(0, str(ROOT))
    from tui.cli import main

    with open(os.devnull, "w", encoding="utf-8") as sink:
        stdout, sys.stdout = sys.stdout, sink
        try:
            code = main(argv)
        finally:
            sys.stdout = stdout
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    Path(os.environ[_PEAK_ENV]).write_text(str(peak), encoding="ascii")
    return code


def measure(argv: list[str], folder: Path, *, memory_mb: int, timeout: float) -> Run:
    """One run of ``briefing ARGV`` in a fresh process under a memory limit and a timeout."""
    peak_file = folder / "peak"
    peak_file.unlink(missing_ok=True)
    limit = memory_mb * 1024 * 1024

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = {**os.environ, _PEAK_ENV: str(peak_file), "BRIEFING_CACHE_DIR": str(folder / "cache")}
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", *argv],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            timeout=timeout,
            preexec_fn=limit_memory,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Run(time.perf_counter() - started, None, f"over {timeout:.0f} s")
    seconds = time.perf_counter() - started
    if done.returncode != 0 or not peak_file.exists():
        tail = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
        memory = "MemoryError" in done.stderr.decode(errors="replace")
        note = f"over {memory_mb} MB" if memory else f"exit {done.returncode}: {tail[0][:60]}"
        return Run(seconds, None, note)
    return Run(seconds, int(peak_file.read_text(encoding="ascii")))


def slope(sizes: list[int], values: list[float]) -> float | None:
    """Least-squares slope of log(value) against log(size); None with too few points."""
    points = [(math.log(s), math.log(v)) for s, v in zip(sizes, values, strict=True) if v > 0]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


@dataclass(frozen=True)
class Row:
    shape: str
    command: str
    runs: dict[int, Run]
    time_exponent: float | None
    memory_exponent: float | None


def _exponents(base: Run, runs: dict[int, Run]) -> tuple[float | None, float | None]:
    good = {n: r for n, r in runs.items() if r.peak_kib is not None}
    if base.peak_kib is None or len(good) < len(runs):
        return None, None
    sizes = sorted(good)
    # a floor keeps one noisy run below the baseline from breaking the fit
    times = [max(good[n].seconds - base.seconds, 0.01) for n in sizes]
    peaks = [max(float(good[n].peak_kib or 0) - base.peak_kib, 256.0) for n in sizes]
    return slope(sizes, times), slope(sizes, peaks)


def run_all(
    sizes: list[int],
    shapes: list[Shape],
    commands: set[str] | None,
    *,
    base_size: int,
    memory_mb: int,
    timeout: float,
    folder: Path,
    progress: Callable[[str], None],
) -> list[Row]:
    rows = []
    for shape in shapes:
        files = {}
        for n in [base_size, *sizes]:
            path = folder / f"{shape.name}-{n}{shape.suffix}"
            path.write_text(shape.make(n), encoding="utf-8")
            files[n] = path
        for command in shape.commands:
            if commands and command not in commands:
                continue
            base = measure(
                _argv(command, files[base_size], folder),
                folder,
                memory_mb=memory_mb,
                timeout=timeout,
            )
            runs: dict[int, Run] = {}
            for n in sizes:
                runs[n] = measure(
                    _argv(command, files[n], folder), folder, memory_mb=memory_mb, timeout=timeout
                )
                run = runs[n]
                size_kb = files[n].stat().st_size / 1024
                shown = f"{run.peak_kib / 1024:.0f} MB" if run.peak_kib else run.note
                progress(
                    f"{shape.name} {command} n={n} ({size_kb:.0f} KB): {run.seconds:.2f} s, {shown}"
                )
            rows.append(Row(shape.name, command, runs, *_exponents(base, runs)))
    return rows


def table(rows: list[Row], sizes: list[int]) -> str:
    def exponent(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    head = ["shape", "command", *(f"n={n}" for n in sizes), "time exp", "memory exp"]
    lines = []
    for row in rows:
        cells = [row.shape, row.command]
        for n in sizes:
            run = row.runs[n]
            if run.peak_kib is None:
                cells.append(run.note or "failed")
            else:
                cells.append(f"{run.seconds:.2f} s / {run.peak_kib / 1024:.0f} MB")
        cells += [exponent(row.time_exponent), exponent(row.memory_exponent)]
        lines.append(cells)
    widths = [max(len(str(c)) for c in column) for column in zip(head, *lines, strict=True)]
    out = [" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    out.append("-+-".join("-" * w for w in widths))
    out += [" | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) for cells in lines]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return _child(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="2500,5000,10000,20000", help="comma-separated")
    parser.add_argument("--shape", action="append", choices=[s.name for s in SHAPES])
    parser.add_argument(
        "--command", action="append", choices=[*BRIEFING_COMMANDS, "new"], dest="commands"
    )
    parser.add_argument("--memory-mb", type=int, default=3000, help="RLIMIT_AS per run")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, as CI runs it")
    args = parser.parse_args(argv)
    sizes = [40] if args.smoke else sorted({int(s) for s in args.sizes.split(",")})
    shapes = [s for s in SHAPES if not args.shape or s.name in args.shape]
    with tempfile.TemporaryDirectory(prefix="briefing-growth-") as folder:
        rows = run_all(
            sizes,
            shapes,
            set(args.commands or ()),
            base_size=10,
            memory_mb=args.memory_mb,
            timeout=args.timeout,
            folder=Path(folder),
            progress=lambda line: print(line, file=sys.stderr, flush=True),
        )
    print(table(rows, sizes))
    if args.smoke:
        print("(smoke run: sizes too small for the exponents to mean anything)")
    failed = [r for r in rows for run in r.runs.values() if run.peak_kib is None]
    return 1 if args.smoke and failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
