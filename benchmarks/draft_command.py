"""What a user waits for when drafting: ``briefing new FILE --output -``, whole process.

``benchmarks/drafting.py`` gives the drafting rules' own speed (CPU per 1,000 words after
a warm-up draft). A user runs one command per article and waits for the process: start,
imports, word lists and tagger models, then the drafting. This times the command end to
end on a German and an English article of about 1,000 words each (tuning-set texts put
together), as a subprocess, median of several runs, beside two baselines started the
same way: a bare ``python -c pass`` and ``briefing --version``.

Usage:
    python benchmarks/draft_command.py [--runs N]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "drafting" / "tune"


def article(language: str, words: int = 1000) -> str:
    """About ``words`` words of the tuning set's texts in ``language``, one after another."""
    parts: list[str] = []
    count = 0
    for path in sorted(CORPUS.glob(f"{language}*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        parts.append(text)
        count += len(text.split())
        if count >= words:
            break
    return "Zusammenstellung\n\n" + "\n\n".join(parts) + "\n"


def timed(command: list[str], runs: int) -> float:
    """Median wall-clock seconds of ``command`` over ``runs`` runs (after one warm-up)."""
    subprocess.run(command, capture_output=True, check=True)
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        rows = [
            ("python -c pass", timed([python, "-c", "pass"], runs)),
            ("briefing --version", timed([python, "-m", "tui", "--version"], runs)),
        ]
        for language in ("de", "en"):
            path = Path(folder) / f"{language}.txt"
            text = article(language)
            path.write_text(text, encoding="utf-8")
            words = len(text.split())
            command = [python, "-m", "tui", "new", str(path), "--output", "-"]
            rows.append((f"briefing new, {language}, {words} words", timed(command, runs)))
    bare = rows[0][1]
    print(f"| command (median of {runs}) | seconds | x python -c pass |")
    print("|---|---|---|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {seconds / bare:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
