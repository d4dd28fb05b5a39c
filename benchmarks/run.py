"""Speed and memory of briefing, each figure a ratio to a baseline measured in the same run.

    python benchmarks/run.py [--runs N] [--write docs/performance.md]
    python benchmarks/run.py --smoke     (one quick run on small data, as CI does)

Generates the synthetic data (seeded, see generate.py) in a temporary folder, runs every
measurement ``--runs`` times (median reported; this machine is shared and noisy), and
prints one line per target: the median, the baseline's median, the ratio and the limit.
Nothing here is a pass/fail test; the limits are the goals the project set itself.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"
sys.path.insert(0, str(HERE))

from generate import synthetic_briefing, write_library  # noqa: E402
from keys import timed_keys  # noqa: E402
from screen import BARE_TEXT, bare_app_argv, briefing_argv, time_to_text  # noqa: E402


@dataclass
class Result:
    number: int
    name: str
    value: float
    baseline: float
    unit: str
    limit: float
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool:
        return self.ratio <= self.limit


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


def _run_harness(*args: str, env: dict[str, str]) -> tuple[float, int]:
    """Seconds from launching a fresh process to its measured moment, and its peak KiB."""
    started = time.time()
    result = subprocess.run(
        [sys.executable, str(HERE / "harness.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=600,
    )
    reached, peak = result.stdout.strip().splitlines()[-1].split()
    return float(reached) - started, int(peak)


def _processes(runs: int, env: dict[str, str], *args: str) -> tuple[float, float]:
    samples = [_run_harness(*args, env=env) for _ in range(runs)]
    return _median([s[0] for s in samples]), _median([float(s[1]) for s in samples])


def _timed(runs: int, work: Callable[[], object]) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return _median(samples)


def _key_sequence(presses: int) -> list[str]:
    """Mostly j (down one claim), with a jump to the end or the start every tenth key."""
    return ["j" if number % 10 else "G" if number % 20 else "g" for number in range(presses)]


async def _keypress_latency(path: Path, presses: int) -> tuple[list[float], list[float]]:
    """Per key, the time from the key reaching the app to the last frame it causes
    (benchmarks/keys.py). The second list is ``pilot.press`` timed for the same keys: its
    own waiting (at least two 20 ms sleeps until the process is idle) dominates it."""
    from tui.ui.app import BriefingApp
    from tui.ui.screens.briefing import BriefingScreen

    app = BriefingApp(path)
    round_trips: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("3")
        await pilot.pause(0.5)
        latencies = await timed_keys(pilot, _key_sequence(presses))
        for key in _key_sequence(presses // 2):
            started = time.perf_counter()
            await pilot.press(key)
            round_trips.append(time.perf_counter() - started)
    return latencies, round_trips


@dataclass(frozen=True)
class Sizes:
    """How large the synthetic data is: the issue's sizes, or a smoke run's."""

    claims: int = 10_000
    actors: int = 1_000
    quotes: int = 2_000
    files: int = 200
    presses: int = 100
    presses_per_run: int = 40


SMOKE = Sizes(claims=300, actors=30, quotes=60, files=10, presses=10, presses_per_run=0)
"""Small enough for CI to check that every measurement still runs (its figures mean little)."""


def measure(runs: int, work_dir: Path, sizes: Sizes = Sizes()) -> list[Result]:
    import yaml

    from tui.export import export_briefing
    from tui.loader import load_briefing
    from tui.modelcache import ModelCache
    from tui.places import remember_place

    # Measure the app as installed: pip compiles a wheel's modules to bytecode at install
    # time, while a source checkout run with PYTHONDONTWRITEBYTECODE set would compile
    # briefing's modules (not Textual's, which pip compiled) again in every process.
    compileall.compile_dir(ROOT / "tui", quiet=1)
    large = work_dir / "large.yaml"
    large_text = synthetic_briefing(claims=sizes.claims, actors=sizes.actors, quotes=sizes.quotes)
    large.write_text(large_text, encoding="utf-8")
    library = work_dir / "library"
    write_library(library, files=sizes.files, large=large_text)
    big = f"{sizes.claims:,}-claim"
    env = {
        **os.environ,
        "BRIEFING_CONFIG_DIR": str(work_dir / "config"),
        "BRIEFING_CACHE_DIR": str(work_dir / "cache"),
    }
    os.environ.update({k: env[k] for k in ("BRIEFING_CONFIG_DIR", "BRIEFING_CACHE_DIR")})
    results: list[Result] = []

    def parse_large() -> object:
        with open(large, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=yaml.CSafeLoader)

    print("measuring: CSafeLoader parse of the large file", file=sys.stderr)
    parse = _timed(runs, parse_large)

    # Figures 1-4: time to content, from launch in a real pty until the text is on screen
    # (benchmarks/screen.py), against a baseline started the same way.
    def on_screen(argv: list[str], wanted: list[str]) -> float:
        return time_to_text(argv, wanted, env=env)

    def median_on_screen(
        argv: list[str], wanted: list[str], before: Callable[[], object] = lambda: None
    ) -> float:
        samples = []
        for _ in range(runs):
            before()
            samples.append(on_screen(argv, wanted))
        return _median(samples)

    print("measuring: time to content (bare app, seed briefing)", file=sys.stderr)
    bare = median_on_screen(bare_app_argv(), [BARE_TEXT])
    seed = yaml.load(SEED.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    seed_wanted = [seed["title"][:40], "Bottom line", seed["summary"].split()[0]]
    seed_content = median_on_screen(briefing_argv(SEED), seed_wanted)
    results.append(
        Result(
            1,
            "launch to the seed briefing's title and bottom line on screen vs bare Textual app's"
            " text (both in a pty)",
            seed_content,
            bare,
            "s",
            1.3,
        )
    )

    def empty_model_cache() -> None:
        folder = ModelCache().folder
        folder.mkdir(parents=True, exist_ok=True)
        for cached in folder.glob("*"):
            cached.unlink()

    first = yaml.load(large_text, Loader=yaml.CSafeLoader)["claims"][0]
    row_wanted = [" ".join(first["statement"].split()[:3])]
    remember_place(large, "claims", first["id"])  # the reader left it on its claims list
    parse_argv = [
        sys.executable,
        "-c",
        "import sys, yaml; yaml.load(open(sys.argv[1], encoding='utf-8'),"
        " Loader=yaml.CSafeLoader); print('parsed' + ' the file')",
        str(large),
    ]
    print(f"measuring: time to content, the {big} briefing", file=sys.stderr)
    parse_process = median_on_screen(parse_argv, ["parsed the file"])
    first_open = median_on_screen(briefing_argv(large), row_wanted, empty_model_cache)
    results.append(
        Result(
            2,
            f"launch to the {big} briefing's first claim row on screen, first open, vs a"
            " process that parses it with CSafeLoader (both in a pty)",
            first_open,
            parse_process,
            "s",
            1.2,
            "model cache emptied before every run",
        )
    )
    reopen = median_on_screen(briefing_argv(large), row_wanted)
    results.append(
        Result(
            3,
            f"launch to the {big} briefing's first claim row on screen, re-opened (model"
            " cache) vs the same parse",
            reopen,
            parse_process,
            "s",
            0.5,
        )
    )

    print(f"measuring: time to content, library of {sizes.files} briefings", file=sys.stderr)
    for index in (work_dir / "cache" / "index").glob("*"):
        index.unlink()
    listed = yaml.load(
        (library / "briefing-001.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader
    )
    library_content = median_on_screen(briefing_argv(library), [listed["title"]])
    results.append(
        Result(
            4,
            f"launch to the library's rows on screen ({sizes.files} briefings, one of"
            f" {sizes.claims:,} claims) vs bare Textual app's text",
            library_content,
            bare,
            "s",
            1.3,
            "library index emptied before the first run",
        )
    )

    print("measuring: keypress latency", file=sys.stderr)
    presses = max(sizes.presses, runs * sizes.presses_per_run)
    latencies, round_trips = asyncio.run(_keypress_latency(large, presses=presses))
    results.append(
        Result(
            5,
            f"keypress through the {big} list until its frame is drawn, detail shown",
            _median(latencies) * 1000,
            1.0,
            "ms",
            20.0,
            f"{len(latencies)} keys; p90 {statistics.quantiles(latencies, n=10)[-1] * 1000:.1f}"
            f" ms; pilot.press round trip {_median(round_trips) * 1000:.0f} ms, mostly its"
            " own idle wait; the limit is absolute (20 ms), so the baseline is 1 ms",
        )
    )

    print("measuring: export", file=sys.stderr)
    briefing = load_briefing(large)
    for fmt, number in (("markdown", 7), ("html", 7)):
        spent = _timed(runs, lambda fmt=fmt: export_briefing(briefing, fmt))
        results.append(
            Result(
                number,
                f"export the {big} briefing to {fmt} vs CSafeLoader parse",
                spent,
                parse,
                "s",
                0.3,
            )
        )

    print("measuring: memory", file=sys.stderr)
    _, app_peak = _processes(runs, env, "ready", str(large))
    _, parse_peak = _processes(runs, env, "parse", str(large))
    results.append(
        Result(
            8,
            f"peak memory, app with the {big} briefing open vs CSafeLoader parse alone",
            app_peak / 1024,
            parse_peak / 1024,
            "MiB",
            1.1,
        )
    )
    return results


def report(results: list[Result], runs: int, *, smoke: bool = False) -> str:
    what = "Smoke run on small data (the figures mean little)" if smoke else "Measured"
    lines = [
        f"{what} {date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}, {platform.system()}; median of {runs} runs.",
        "",
        "| # | what | median | baseline | ratio | limit | met | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in sorted(results, key=lambda r: r.number):
        lines.append(
            f"| {r.number} | {r.name} | {r.value:.3g} {r.unit} | {r.baseline:.3g} {r.unit} |"
            f" {r.ratio:.2f}x | {r.limit}x | {'yes' if r.met else 'no'} | {r.note} |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--write", type=Path, help="also write the table to this Markdown file")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="one run of everything on small data, to check the benchmarks still work",
    )
    args = parser.parse_args()
    if args.smoke and args.write:
        parser.error("--smoke figures are not worth keeping: leave out --write")
    runs = 1 if args.smoke else args.runs
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as folder:
        results = measure(runs, Path(folder), SMOKE if args.smoke else Sizes())
    table = report(results, runs, smoke=args.smoke)
    print(table)
    if args.write:
        text = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        start, end = "<!-- results:start -->", "<!-- results:end -->"
        if start in text and end in text:
            head, rest = text.split(start, 1)
            tail = rest.split(end, 1)[1]
            text = f"{head}{start}\n{table}{end}{tail}"
        else:
            text = f"{start}\n{table}{end}\n"
        args.write.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
