"""Fetch throughput: 200 local sources, each answered after 100 ms, 16 at a time.

Each page is a small article (six paragraphs, navigation, footer). Runs a threaded
HTTP server on 127.0.0.1 and the real engine (the same call
``briefing fetch --concurrency 16`` makes), five cold runs (fresh cache) and five cached
re-runs, and prints the medians against the ideal ceil(200/16) x 0.1 s. A measurement,
not a test: run it as ``python benchmarks/fetch_bench.py`` (``--smoke``: one run of 20
sources, to check that it still works).
"""

from __future__ import annotations

import asyncio
import math
import multiprocessing
import statistics
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.fetch import FetchSettings, fetch_sources, open_cache

if TYPE_CHECKING:
    # Imported where used: extraction workers import this script again (as every
    # multiprocessing worker imports its parent's main script), and pydantic there
    # would add ~0.4 s to each worker of each run that the app does not pay.
    from tui.model import Briefing

SOURCES = 200
CONCURRENCY = 16
DELAY = 0.1
RUNS = 5


class _Slow(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        time.sleep(DELAY)
        number = self.path.rsplit("/", 1)[-1]
        paragraphs = "".join(
            f"<p>Paragraph {p} of article {number}: the talks went on into the evening, and"
            " officials on both sides described the result as a first step, while observers"
            " said that much depended on what would follow in the coming months.</p>"
            for p in range(6)
        )
        body = (
            f"<html lang='en'><head><title>Article {number} | Bench Times</title>"
            "<meta name='author' content='Bench Desk'></head><body><nav>Home World Sport</nav>"
            f"<article><h1>Article {number}</h1>{paragraphs}</article>"
            "<footer>Bench Times</footer></body></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


def _briefing(base: str, count: int) -> Briefing:
    from tui.model import Briefing, Source

    sources = [Source(id=f"s{n:03d}", url=f"{base}/article/{n}") for n in range(count)]
    return Briefing(id="bench", title="Fetch benchmark", sources=sources)


async def _run(briefing: Briefing, cache_dir: Path) -> float:
    settings = FetchSettings(concurrency=CONCURRENCY, per_host=CONCURRENCY)
    started = time.perf_counter()
    with open_cache(cache_dir) as cache:
        results = await fetch_sources(
            briefing.sources, settings=settings, cache=cache, briefing=briefing
        )
    elapsed = time.perf_counter() - started
    failed = [result for result in results if not result.ok]
    if failed:
        raise SystemExit(f"{len(failed)} sources failed, e.g. {failed[0].error}")
    return elapsed


def _serve(ports: multiprocessing.Queue[int]) -> None:
    server = _Server(("127.0.0.1", 0), _Slow)
    ports.put(int(server.server_address[1]))
    server.serve_forever()


def main() -> None:
    smoke = sys.argv[1:] == ["--smoke"]
    if sys.argv[1:] and not smoke:
        raise SystemExit("usage: python benchmarks/fetch_bench.py [--smoke]")
    count, runs = (20, 1) if smoke else (SOURCES, RUNS)
    # The server runs in its own process, as a remote site would: sharing the client's
    # interpreter (and its GIL) would slow both and measure the wrong thing.
    ports: multiprocessing.Queue[int] = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(ports,), daemon=True)
    server.start()
    briefing = _briefing(f"http://127.0.0.1:{ports.get(timeout=30)}", count)
    ideal = math.ceil(count / CONCURRENCY) * DELAY
    cold: list[float] = []
    warm: list[float] = []
    try:
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as folder:
                cold.append(asyncio.run(_run(briefing, Path(folder))))
                warm.append(asyncio.run(_run(briefing, Path(folder))))
    finally:
        server.terminate()
        server.join(timeout=10)
    cold_median, warm_median = statistics.median(cold), statistics.median(warm)
    print(f"{count} sources, {DELAY * 1000:g} ms each, concurrency {CONCURRENCY}")
    print(f"ideal:          {ideal:.3f} s  (ceil({count}/{CONCURRENCY}) x {DELAY:g} s)")
    print(f"cold (median):  {cold_median:.3f} s  ratio to ideal {cold_median / ideal:.2f}")
    print(f"cached re-run:  {warm_median:.3f} s  ratio to ideal {warm_median / ideal:.2f}")
    print(
        f"targets:        cold <= 1.3 x ideal: {cold_median / ideal:.2f}"
        f" ({'met' if cold_median <= 1.3 * ideal else 'NOT met'});"
        f" cached <= 0.05 x cold: {warm_median / cold_median:.3f}"
        f" ({'met' if warm_median <= 0.05 * cold_median else 'NOT met'})"
    )
    print("runs cold:  " + ", ".join(f"{t:.3f}" for t in cold))
    print("runs cached: " + ", ".join(f"{t:.3f}" for t in warm))


if __name__ == "__main__":
    main()
