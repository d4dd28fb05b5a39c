"""What a user waits for when drafting: ``briefing new FILE --output -``, whole process.

``benchmarks/drafting.py`` gives the drafting rules' own speed (CPU per 1,000 words after
a warm-up draft). A user runs one command per article and waits for the process: start,
imports, word lists and tagger models, then the drafting. This times the command end to
end on a German and an English article of about 1,000 words each (tuning-set texts put
together), as a subprocess, median of several runs, beside two baselines started the
same way: a bare ``python -c pass`` and ``briefing --version``. A last pair of rows
drafts ten different articles of about 1,000 words (five German, five English, from the
read corpus sets) in one command (``briefing new A B … --output FOLDER``), as a
newsroom drafts a day's articles: the whole run and its share per article. Each row
gives the wall-clock seconds a user waits and the CPU seconds (user and system) the
process used, which the other work of a shared machine disturbs less.

The drafting command keeps the gazetteer's built form in the user's cache folder; the
runs share one fresh cache folder (``BRIEFING_CACHE_DIR``), filled by the warm-up run,
as it is for a user from the second draft on. The rows "first draft" give each run an
empty cache folder of its own: what the very first draft on a machine costs.

The runs may write bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped for them), as an
installed package has it: without it every run compiles the project's modules from
source, about a third of a second that no user waits for.

Usage:
    python benchmarks/draft_command.py [--runs N]
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "drafting" / "tune"
BATCH_HALF = 5
"""The batch rows draft this many different German and as many English articles."""


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


READ_SETS = ("tune", "heldout", "unseen", *(f"unseen{n}" for n in range(2, 10)))
"""The corpus sets the batch rows take their articles from (sets already read)."""


def articles(language: str, number: int, words: int = 1000) -> list[str]:
    """``number`` different articles of about ``words`` words each in ``language``: the
    read corpus sets' texts one after another, cut into articles at text boundaries."""
    found: list[str] = []
    parts: list[str] = []
    count = 0
    for name in READ_SETS:
        for path in sorted((CORPUS.parent / name).glob(f"{language}*.txt")):
            text = path.read_text(encoding="utf-8").strip()
            parts.append(text)
            count += len(text.split())
            if count >= words:
                found.append(f"Zusammenstellung {len(found) + 1}\n\n" + "\n\n".join(parts) + "\n")
                parts, count = [], 0
                if len(found) == number:
                    return found
    raise SystemExit(f"the read sets hold fewer than {number} {language} articles of {words} words")


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user and system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def timed(
    command: list[str],
    runs: int,
    cache: Path,
    *,
    fresh_cache: bool = False,
    empty: Path | None = None,
) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``command`` over ``runs`` runs (after one
    warm-up), with ``cache`` as the cache folder, or a new empty one per run. The folder
    ``empty`` (where the command writes) is emptied before each run."""
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    _emptied(empty)
    subprocess.run(command, capture_output=True, check=True, env=env)
    walls: list[float] = []
    cpus: list[float] = []
    for number in range(runs):
        if fresh_cache:
            env["BRIEFING_CACHE_DIR"] = str(cache / f"fresh-{number}")
        _emptied(empty)
        wall, cpu = _run(command, env)
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def _emptied(folder: Path | None) -> None:
    """Remove the files of ``folder`` (a run's drafts), so every run writes the same."""
    if folder is not None:
        for path in folder.iterdir():
            path.unlink()


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / "cache"
        rows = [
            ("python -c pass", *timed([python, "-c", "pass"], runs, cache)),
            ("briefing --version", *timed([python, "-m", "tui", "--version"], runs, cache)),
        ]
        for language in ("de", "en"):
            path = Path(folder) / f"{language}.txt"
            text = article(language)
            path.write_text(text, encoding="utf-8")
            words = len(text.split())
            command = [python, "-m", "tui", "new", str(path), "--output", "-"]
            name = f"briefing new, {language}, {words} words"
            rows.append((name, *timed(command, runs, cache)))
            rows.append((f"{name}, first draft", *timed(command, runs, cache, fresh_cache=True)))
        # a day's articles in one command: the models and word lists load once
        paths = []
        for language in ("de", "en"):
            for number, text in enumerate(articles(language, BATCH_HALF)):
                path = Path(folder) / f"batch-{language}-{number}.txt"
                path.write_text(text, encoding="utf-8")
                paths.append(str(path))
        drafts = Path(folder) / "drafts"
        drafts.mkdir()
        command = [python, "-m", "tui", "new", *paths, "--output", str(drafts)]
        seconds, cpu = timed(command, runs, cache, empty=drafts)
        name = f"briefing new, {len(paths)} different articles (half de) in one run"
        rows.append((name, seconds, cpu))
        rows.append((f"{name}, per article", seconds / len(paths), cpu / len(paths)))
    bare = rows[0][1]
    print(f"| command (median of {runs}) | seconds | x python -c pass | CPU seconds |")
    print("|---|---|---|---|")
    for name, seconds, cpu in rows:
        print(f"| {name} | {seconds:.2f} | {seconds / bare:.1f} | {cpu:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
