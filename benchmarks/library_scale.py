"""The library index at newsroom scale: 10,000 briefings, indexed, updated and searched.

``python benchmarks/library_scale.py [--files N] [--runs R] [--smoke] [--keep DIR]``

Writes a seeded library of briefings in a temporary folder (20-60 KB each, one in fifty
up to 200 KB; words drawn from a German and English vocabulary with a long tail, as news
text is), then measures, each against what it is compared with in the same run:

- the first full index, in briefings per second, against reading the same files with
  ``yaml.load(..., Loader=yaml.CSafeLoader)`` alone (goal: at most 1.5x that read);
- an update after nothing changed (goal: at most 0.2 s) and after one file changed
  (goal: at most 0.1 s), medians of ``--runs``;
- 200 queries of the kinds people type (a common word, a rare one, a word start, two
  words, a quoted phrase, a name, a compound's first part): median and 99th percentile
  (goals: 20 ms and 100 ms);
- the same queries asking for every file that matches (``briefing search --files``),
  unranked and uncapped: median and 99th percentile, printed, not judged;
- words of scripts written without spaces (Chinese, Japanese), which are found inside
  words by a scan of the folded text rather than by the full-text index, and a
  briefing's id, which is looked up first: medians, against the same 100 ms as the
  p99 of the indexed queries (a scan reads every record, so it grows with the library).

``--smoke`` runs it on 200 small briefings, for CI: the figures are printed, not judged.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

COMMON = (
    "Russland Ukraine Nordkorea Vietnam Iran China USA Europa Kreml Regierung Präsident"
    " Minister Gipfel Abkommen Vertrag Truppen Soldaten Grenze Sanktionen Energie Gas Öl"
    " Wirtschaft Verhandlungen Beitrittsgespräche Bündnis Allianz Waffen Raketen Drohnen"
    " Munition Lieferungen Angriff Front Offensive Frieden Waffenstillstand Wahl Parlament"
    " Opposition Presse Bericht Experten Beobachter Analysten Quellen Militär Armee Marine"
    " Außenminister Verteidigung Sicherheit Zusammenarbeit Partnerschaft Besuch Staatsbesuch"
    " alliance treaty ministers summit border troops supply drones talks sanctions energy"
    " exports partnership visit agreement defence security missiles economy reform vote"
    " election parliament president government minister spokesman report experts sources"
    " intelligence military navy army attack ceasefire peace negotiations accession bloc"
    " formation uranium enrichment nuclear weapons division soldiers occupied territory"
    " Straße Müller Größe Übergang Außenpolitik Fußnote Maßnahmen Schließung Flüchtlinge"
).split()
FILLER = (
    "der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch"
    " es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über"
    " the of and to a in is that for on with as was by at from it be this are have has"
    " not but or an which were their been more will would could about after than"
).split()
NAMES = (
    "Wladimir Putin, Kim Jong-un, Wolfgang Richter, Anna Schäfer, Jürgen Weiß, Olena"
    " Kowalenko, Tran Van Minh, Ebrahim Raisi, Xi Jinping, Ursula Meyer, Markus Österreicher,"
    " Sergej Lawrow, Antony Blinken, Hanna Lindqvist, Pierre Dubois, Giulia Romano"
).split(", ")
INSIDE_QUERIES = ["阵营", "慎重", "東京", "人民共和国", "任何形式", "外交部 会议", "ไทย"]
"""Words of scripts written without spaces: each is found by a scan of every record."""
TAGS = ["russia", "ukraine", "iran", "eu", "nato", "asia"]
SYLLABLES = "ka ro mi te lu sa ne bo ri fa do ve gi pu ha zo le ti mu na".split()


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Words and cumulative weights: filler and news words common, a long tail rare."""
    tail = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 5))) for _ in range(6000)}
    words = FILLER + COMMON + sorted(tail)
    weights = (
        [40.0] * len(FILLER)
        + [1.0 / (1 + i * 0.05) * 6 for i in range(len(COMMON))]
        + [0.08 / (1 + i * 0.002) for i in range(len(tail))]
    )
    total, cumulative = 0.0, []
    for weight in weights:
        total += weight
        cumulative.append(total)
    return words, cumulative


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words, self.cumulative = _vocabulary(self.rng)

    def sentence(self, count: int) -> str:
        text = " ".join(self.rng.choices(self.words, cum_weights=self.cumulative, k=count))
        return '"' + text[:1].upper() + text[1:] + '."'

    def date(self) -> str:
        year, month = self.rng.randint(2015, 2026), self.rng.randint(1, 12)
        return f"{year}-{month:02d}-{self.rng.randint(1, 28):02d}"

    def briefing(self, number: int, claims: int) -> str:
        rng = self.rng
        names = rng.sample(NAMES, 5)
        out = [
            f"id: b{number:05d}",
            f"title: {self.sentence(8)}",
            f"language: {rng.choice(['de', 'en'])}",
            f"published: {self.date()}",
            f"summary: {self.sentence(60)}",
            f"tags: [{', '.join(rng.sample(TAGS, 2))}]",
            "sources:",
            "  - {id: article, kind: article, outlet: Beispiel-Zeitung,"
            f" url: 'https://example.org/a/{number}', title: {self.sentence(9)}}}",
            "actors:",
        ]
        for index, name in enumerate(names):
            out += [
                f"  - id: p{index}",
                f"    name: {name}",
                "    kind: person",
                f"    role: {self.sentence(4)}",
                f"    aliases: [{self.sentence(2)}]",
            ]
        out.append("claims:")
        for index in range(claims):
            out += [
                f"  - id: c{index}",
                f"    statement: {self.sentence(rng.randint(14, 24))}",
                f"    kind: {rng.choice(['reported', 'speculation', 'opinion', 'forecast'])}",
                f"    excerpt: {self.sentence(rng.randint(8, 14))}",
                f"    actors: [p{rng.randrange(5)}]",
                "    sources: [article]",
                f"    note: {self.sentence(rng.randint(6, 16))}",
            ]
        out.append("quotes:")
        for index in range(max(2, claims // 10)):
            out += [
                f"  - id: q{index}",
                f"    speaker: p{rng.randrange(5)}",
                f"    text: {self.sentence(18)}",
                f"    translation: {self.sentence(18)}",
            ]
        return "\n".join(out) + "\n"


def write_library(folder: Path, files: int, *, small: bool = False) -> int:
    """``files`` briefings in ``folder`` (in subfolders of 500); their total bytes."""
    writer = _Writer(2026)
    total = 0
    for number in range(files):
        if small:
            claims = writer.rng.randint(5, 15)
        elif number % 50 == 7:
            claims = writer.rng.randint(350, 600)  # 120-200 KB
        else:
            claims = writer.rng.randint(55, 170)  # 20-60 KB
        sub = folder / f"year-{number // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = writer.briefing(number, claims).encode("utf-8")
        (sub / f"briefing-{number:05d}.yaml").write_bytes(data)
        total += len(data)
    return total


def queries(count: int, seed: int = 7) -> list[str]:
    """``count`` queries of the kinds a desk types."""
    rng = random.Random(seed)
    writer = _Writer(2026)
    rare = [w for w in writer.words[len(FILLER) + len(COMMON) :]]
    kinds = [
        lambda: rng.choice(COMMON),
        lambda: rng.choice(rare),
        lambda: rng.choice(COMMON)[: rng.randint(3, 6)],
        lambda: f"{rng.choice(COMMON)} {rng.choice(COMMON)}",
        lambda: f'"{rng.choice(COMMON)} {rng.choice(FILLER)}"',
        lambda: rng.choice(NAMES),
        lambda: rng.choice(["Beitritt", "Verteidigung", "Außen", "Waffen", "Staats"]),
        lambda: f"{rng.choice(COMMON).lower()} {rng.choice(rare)}",
    ]
    return [kinds[number % len(kinds)]() for number in range(count)]


def _read_all(files: list[Path]) -> None:
    import yaml

    for path in files:
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000, help="briefings to write")
    parser.add_argument("--runs", type=int, default=5, help="runs of each update figure")
    parser.add_argument("--queries", type=int, default=200, help="queries to time")
    parser.add_argument("--smoke", action="store_true", help="200 small briefings, for CI")
    parser.add_argument(
        "--keep",
        type=Path,
        help="write the library here and keep it (used as it is when the folder is not"
        " empty; the update figures edit a few of its files)",
    )
    args = parser.parse_args(argv)
    files = 200 if args.smoke else args.files
    runs = 2 if args.smoke else args.runs

    from tui.index import LibraryIndex

    scratch = Path(tempfile.mkdtemp(prefix="library-scale-"))
    try:
        library = args.keep or scratch / "library"
        cache = scratch / "cache"
        started = time.perf_counter()
        if not (library.is_dir() and any(library.iterdir())):
            size = write_library(library, files, small=args.smoke)
        else:
            size = sum(p.stat().st_size for p in library.rglob("*.yaml"))
        paths = sorted(library.rglob("*.yaml"))
        print(
            f"library: {len(paths):,} briefings, {size / 1e6:.0f} MB"
            f" (written in {time.perf_counter() - started:.0f} s)"
        )

        started = time.perf_counter()
        _read_all(paths)
        parse = time.perf_counter() - started

        started = time.perf_counter()
        with LibraryIndex(library, folder=cache) as index:
            report = index.update()
        first = time.perf_counter() - started
        assert report.added == len(paths) and not report.problems, report.problems[:3]
        index_bytes = sum(p.stat().st_size for p in cache.iterdir() if p.is_file())

        nothing, one, named = [], [], []
        with LibraryIndex(library, folder=cache) as index:
            for run in range(runs):
                started = time.perf_counter()
                report = index.update()
                nothing.append(time.perf_counter() - started)
                assert report.unchanged == len(paths)
                for times, only in ((one, False), (named, True)):
                    target = paths[(run * 7919 + only) % len(paths)]
                    text = target.read_text(encoding="utf-8")
                    target.write_text(text.replace("summary: ", f"summary: Run {run} ", 1))
                    started = time.perf_counter()
                    report = index.update(only=[target] if only else None)
                    times.append(time.perf_counter() - started)
                    assert report.changed == 1, report

            timings = []
            listing = []
            hits = capped = 0
            for query in queries(args.queries):
                started = time.perf_counter()
                result = index.search(query, limit=20)
                timings.append(time.perf_counter() - started)
                hits += bool(result.groups)
                capped += result.capped
                started = time.perf_counter()
                index.matching_files(query)
                listing.append(time.perf_counter() - started)
            scans = []
            for query in INSIDE_QUERIES:
                started = time.perf_counter()
                index.search(query, limit=20)
                scans.append(time.perf_counter() - started)
            named_queries = [paths[n * 97 % len(paths)].stem for n in range(20)]
            by_name = []
            for query in named_queries:
                started = time.perf_counter()
                found = index.search(query, limit=20)
                by_name.append(time.perf_counter() - started)
                assert found.groups and found.groups[0].path.stem == query, query
        timings.sort()
        p99 = timings[min(len(timings) - 1, round(0.99 * len(timings)) - 1)]
        listing.sort()
        listing_p99 = listing[min(len(listing) - 1, round(0.99 * len(listing)) - 1)]

        print(f"{'figure':<44} {'value':>12}  goal")
        print(f"{'read with yaml.CSafeLoader alone':<44} {parse:>10.1f} s")
        print(f"{'first full index':<44} {first:>10.1f} s  {len(paths) / first:,.0f} briefings/s")
        print(f"{'  ratio to the CSafeLoader read':<44} {first / parse:>11.2f}x  <= 1.5x")
        print(f"{'index file':<44} {index_bytes / 1e6:>9.0f} MB")
        for label, times, goal in (
            ("update, nothing changed (median)", nothing, "0.2"),
            ("update, one file changed (median)", one, "0.1"),
        ):
            print(f"{label:<44} {statistics.median(times):>10.3f} s  <= {goal} s")
        print(
            f"{'  the same, the file named (a watcher)':<44}"
            f" {statistics.median(named):>10.3f} s  <= 0.1 s"
        )
        print(
            f"{'query median, ' + str(len(timings)) + ' queries':<44}"
            f" {statistics.median(timings) * 1000:>9.1f} ms  <= 20 ms"
        )
        print(f"{'query p99':<44} {p99 * 1000:>9.1f} ms  <= 100 ms")
        print(
            f"{'every matching file (--files), median':<44}"
            f" {statistics.median(listing) * 1000:>9.1f} ms"
        )
        print(f"{'  the same, p99':<44} {listing_p99 * 1000:>9.1f} ms")
        print(
            f"{'a word found inside (CJK scan), median':<44}"
            f" {statistics.median(scans) * 1000:>9.1f} ms  <= 100 ms"
        )
        print(f"{'  the same, slowest':<44} {max(scans) * 1000:>9.1f} ms")
        print(
            f"{'a briefing by its file name, median':<44}"
            f" {statistics.median(by_name) * 1000:>9.1f} ms  <= 20 ms"
        )
        print(f"{'queries with a hit':<44} {hits:>12}")
        print(f"{'queries past the ranking cap':<44} {capped:>12}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
