"""How long a one-field save takes, as a ratio to loading the same file.

Usage: python benchmarks/editing.py [--runs N] [--claims N]
       python benchmarks/editing.py --smoke     (one run on small data, as CI runs benchmarks)

For the seed briefing and a synthetic briefing of N claims (benchmarks/generate.py), it
times in this process, each the median of ``--runs``:

- the baseline: ``load_briefing`` of the file (read, parse, validate, check references);
- a save, in an :class:`tui.edit.session.EditSession` opened once as the app holds it:
  set one claim's status and note (plan, patch, the loader's check, the read-back check,
  the check against the disk and the atomic write with its fsync), then undo it (a
  second save), so each run starts from the same file; the figure is half the pair.

A save must check the whole file with the loader, so it costs a few loads; what matters
is that it stays a small multiple of one load as files grow.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from generate import synthetic_briefing  # noqa: E402

from tui.edit.operations import SetFields  # noqa: E402
from tui.edit.session import EditSession  # noqa: E402
from tui.loader import load_briefing  # noqa: E402

SEED = ROOT / "briefings" / "anti-nato-2024-07.yaml"


def _median(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(path: Path, claim: str, runs: int) -> tuple[float, float]:
    load = _median(runs, lambda: load_briefing(path))

    session = EditSession.open(path)  # open once, as the app does

    def save() -> None:
        session.apply(SetFields(claim, {"status": "disputed", "note": "Checked: no source."}))
        session.undo()

    return _median(runs, save) / 2, load  # a save and its undo are two saves


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--smoke", action="store_true", help="one run on 200 claims")
    args = parser.parse_args(argv)
    if args.smoke:
        args.runs, args.claims = 1, 200
    with tempfile.TemporaryDirectory() as folder:
        seed = Path(folder) / "seed.yaml"
        seed.write_bytes(SEED.read_bytes())
        large = Path(folder) / "large.yaml"
        large.write_text(
            synthetic_briefing(
                claims=args.claims, actors=args.claims // 10, quotes=args.claims // 5
            ),
            encoding="utf-8",
        )
        claim = load_briefing(large).claims[args.claims // 2].id
        print(f"{'file':<28} {'save ms':>9} {'load ms':>9} {'ratio':>7}")
        for name, path, target in (
            ("seed (41 KB)", seed, "c09"),
            (f"synthetic, {args.claims} claims", large, claim),
        ):
            save, load = measure(path, target, args.runs)
            print(f"{name:<28} {save * 1000:9.1f} {load * 1000:9.1f} {save / load:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
