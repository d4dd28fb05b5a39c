"""The library screen on a newsroom's library: 10,000 briefings listed, scrolled, sorted.

``python benchmarks/library_screen.py [--files N] [--runs R] [--library DIR] [--smoke]``

Writes the seeded library of ``benchmarks/library_scale.py`` (or uses ``--library``),
indexes it once (as any open after the first finds it), then measures, each against
what it is compared with in the same run:

- launch until the library's first row is on screen, in a real pseudo-terminal
  (``benchmarks/screen.py``), against a bare Textual app's text started the same way
  (goal: at most 1.5x); medians of ``--runs``;
- keys in the list (``j``, PageDown, ``G`` and ``g``) and ``s`` (sort by the next column):
  the time from the key reaching the app to the last frame it causes
  (``benchmarks/keys.py``), median and 90th percentile (goal: under 20 ms a key);
- peak memory (VmHWM) of the app's process once the library is open and its list up to
  date with the folder (``benchmarks/harness.py ready``; goal: at most 200 MiB).

``--smoke`` runs it on 200 small briefings, for CI: the figures are printed, not judged.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from keys import timed_keys  # noqa: E402
from library_scale import write_library  # noqa: E402
from screen import BARE_TEXT, bare_app_argv, briefing_argv, time_to_text  # noqa: E402

LIST_KEYS = ["j"] * 30 + ["pagedown"] * 10 + ["G", "g"] * 5
SORT_KEYS = ["s"] * 8


def _first_title(library: Path) -> str:
    """The start of the title of the first row (the list is sorted by file name)."""
    import yaml

    first = min(library.rglob("*.yaml"), key=lambda p: str(p.relative_to(library)).casefold())
    title = yaml.load(first.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)["title"]
    return " ".join(str(title).split()[:3])


async def _key_latencies(library: Path) -> tuple[list[float], list[float]]:
    from tui.ui.app import BriefingApp
    from tui.ui.screens.library import LibraryScreen

    app = BriefingApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(6000):
            await pilot.pause(0.01)
            if isinstance(app.screen, LibraryScreen) and app.screen.listed:
                break
        assert isinstance(app.screen, LibraryScreen) and app.screen.listed
        await pilot.pause(0.2)
        moves = await timed_keys(pilot, LIST_KEYS)
        sorts = await timed_keys(pilot, SORT_KEYS)
    return moves, sorts


def _peak_mib(library: Path, env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, str(HERE / "harness.py"), "ready", str(library)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=900,
    )
    return int(done.stdout.strip().splitlines()[-1].split()[1]) / 1024


def _p90(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=10)[-1] if len(samples) >= 2 else samples[0]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--library", type=Path, help="use (or write and keep) this library")
    parser.add_argument("--cache", type=Path, help="the cache folder to index into (kept)")
    parser.add_argument("--smoke", action="store_true", help="200 small briefings, for CI")
    args = parser.parse_args(argv)
    files = 200 if args.smoke else args.files
    runs = 2 if args.smoke else args.runs

    scratch = Path(tempfile.mkdtemp(prefix="library-screen-"))
    try:
        library = args.library or scratch / "library"
        if not (library.is_dir() and any(library.iterdir())):
            write_library(library, files, small=args.smoke)
        count = sum(1 for _ in library.rglob("*.yaml"))
        env = {
            **os.environ,
            "BRIEFING_CONFIG_DIR": str(scratch / "config"),
            "BRIEFING_CACHE_DIR": str(args.cache or scratch / "cache"),
        }
        os.environ.update({k: env[k] for k in ("BRIEFING_CONFIG_DIR", "BRIEFING_CACHE_DIR")})
        from tui.index import LibraryIndex

        started = time.perf_counter()
        with LibraryIndex(library) as index:
            index.update()
        print(f"library: {count:,} briefings, indexed in {time.perf_counter() - started:.0f} s")

        wanted = _first_title(library)
        bare = statistics.median(time_to_text(bare_app_argv(), [BARE_TEXT]) for _ in range(runs))
        rows = statistics.median(
            time_to_text(briefing_argv(library), [wanted], env=env) for _ in range(runs)
        )
        moves, sorts = asyncio.run(_key_latencies(library))
        peak = statistics.median(_peak_mib(library, env) for _ in range(min(runs, 3)))

        print(f"{'figure':<52} {'value':>10}  goal")
        print(f"{'bare Textual app: launch to its text on screen':<52} {bare:>8.2f} s")
        print(f"{'library: launch to its first row on screen':<52} {rows:>8.2f} s")
        print(f"{'  ratio to the bare app':<52} {rows / bare:>9.2f}x  <= 1.5x")
        for label, samples in (
            ("a key in the list (j, PageDown, G, g)", moves),
            ("s (sort)", sorts),
        ):
            print(
                f"{label + ', median / p90':<52} {statistics.median(samples) * 1000:>6.1f} ms"
                f" / {_p90(samples) * 1000:.1f} ms  < 20 ms ({len(samples)} keys)"
            )
        print(f"{'peak memory, library open and listed':<52} {peak:>6.0f} MiB  <= 200 MiB")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
