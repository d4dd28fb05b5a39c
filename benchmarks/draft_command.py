"""What a user waits for when drafting: ``briefing new FILE --output -``, whole process.

``benchmarks/drafting.py`` gives the drafting rules' own speed (CPU per 1,000 words). A
user runs one command per article and waits for the process: start, imports, word lists
and tagger models, then the drafting. This times the command end to end on a German and
an English article of about 1,000 words each, as a subprocess, median of several runs,
beside two baselines started the same way: a bare ``python -c pass`` and ``briefing
--version``. A last pair of rows drafts ten other articles of about 1,000 words (five
German, five English) in one command (``briefing new A B … --output FOLDER``), as a
newsroom drafts a day's articles: the whole run and its share per article. The articles
are the read corpus sets' texts put together, each text in one article only. Each row
gives the wall-clock seconds a user waits and the CPU seconds (user and system) the
process used, which the other work of a shared machine disturbs less.

The drafting command keeps what it built in the user's cache folder (the gazetteer).
Each timed run gets a cache folder of its own, a copy of one made by drafting two other
articles per language first: a machine in use, where the article timed is new. The
rows "first draft" give each run an empty cache folder: what the very first draft on a
machine costs.

The runs may write bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped for them), as an
installed package has it: without it every run compiles the project's modules from
source, about a third of a second that no user waits for.

Usage:
    python benchmarks/draft_command.py [--runs N]
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from drafting import READ_SETS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "drafting"
EARLIER = 2
"""Articles per language drafted before a timed run, as on a machine in use."""
BATCH_HALF = 5
"""The batch rows draft this many different German and as many English articles."""


def articles(language: str, words: int = 1000) -> list[str]:
    """Different articles of about ``words`` words each in ``language``: the read corpus
    sets' texts one after another, cut into articles at text boundaries."""
    found: list[str] = []
    parts: list[str] = []
    count = 0
    for name in READ_SETS:  # the articles are made of sets already read for tuning
        for path in sorted((CORPUS / name).glob(f"{language}*.txt")):
            text = path.read_text(encoding="utf-8").strip()
            parts.append(text)
            count += len(text.split())
            if count >= words:
                found.append(f"Zusammenstellung {len(found) + 1}\n\n" + "\n\n".join(parts) + "\n")
                parts, count = [], 0
    return found


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
    seed: Path | None = None,
    empty: Path | None = None,
) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``command`` over ``runs`` runs, after one
    warm-up run. Each run gets a cache folder of its own under ``cache``: a copy of
    ``seed``, or empty without one, so that no run finds what an earlier one cached. The
    folder ``empty`` (where the command writes) is emptied before each run."""
    env = {**os.environ}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    walls: list[float] = []
    cpus: list[float] = []
    for number in range(runs + 1):
        cache.mkdir(exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="run-", dir=cache))
        if seed is not None:
            shutil.copytree(seed, folder, dirs_exist_ok=True)
        env["BRIEFING_CACHE_DIR"] = str(folder)
        _emptied(empty)
        wall, cpu = _run(command, env)
        if number:  # the first run warms the system's file cache only
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
        work = Path(folder)
        cache = work / "cache"
        paths: dict[str, list[str]] = {}
        for language in ("de", "en"):
            made = articles(language)
            if len(made) < 1 + EARLIER + BATCH_HALF:
                raise SystemExit(f"the read sets hold too few {language} articles")
            paths[language] = []
            for number, text in enumerate(made[: 1 + EARLIER + BATCH_HALF]):
                path = work / f"{language}-{number}.txt"
                path.write_text(text, encoding="utf-8")
                paths[language].append(str(path))
        # a cache folder as on a machine that drafted a few other articles before
        seed = work / "seed"
        earlier = [p for language in ("de", "en") for p in paths[language][1 : 1 + EARLIER]]
        drafted = work / "earlier"
        drafted.mkdir()
        subprocess.run(
            [python, "-m", "tui", "new", *earlier, "--output", str(drafted)],
            capture_output=True,
            check=True,
            env={**os.environ, "BRIEFING_CACHE_DIR": str(seed)},
        )
        rows = [
            ("python -c pass", *timed([python, "-c", "pass"], runs, cache)),
            ("briefing --version", *timed([python, "-m", "tui", "--version"], runs, cache)),
        ]
        for language in ("de", "en"):
            path = paths[language][0]
            words = len(Path(path).read_text(encoding="utf-8").split())
            command = [python, "-m", "tui", "new", path, "--output", "-"]
            name = f"briefing new, {language}, {words} words"
            rows.append((name, *timed(command, runs, cache, seed=seed)))
            rows.append((f"{name}, first draft", *timed(command, runs, cache)))
        # a day's articles in one command: the models and word lists load once
        batch = [p for language in ("de", "en") for p in paths[language][1 + EARLIER :]]
        drafts = work / "drafts"
        drafts.mkdir()
        command = [python, "-m", "tui", "new", *batch, "--output", str(drafts)]
        seconds, cpu = timed(command, runs, cache, seed=seed, empty=drafts)
        name = f"briefing new, {len(batch)} different articles (half de) in one run"
        rows.append((name, seconds, cpu))
        rows.append((f"{name}, per article", seconds / len(batch), cpu / len(batch)))
    bare = rows[0][1]
    print(f"| command (median of {runs}) | seconds | x python -c pass | CPU seconds |")
    print("|---|---|---|---|")
    for name, seconds, cpu in rows:
        print(f"| {name} | {seconds:.2f} | {seconds / bare:.1f} | {cpu:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
