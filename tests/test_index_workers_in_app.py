"""The library reads a large folder in worker processes, inside the running app.

Textual's print capture stands in for ``sys.stderr`` while the app runs and says its
descriptor is -1; multiprocessing hands that descriptor to the resource tracker it
starts with the first pool, and starting a process refuses it. The first large library
opened took the app down. Each case runs in a fresh interpreter, where no tracker runs
yet, as for a user."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from index_corpus import briefing_text

SCRIPT = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from textual.widgets import Static
    from tui.ui.app import BriefingApp

    async def main() -> None:
        app = BriefingApp(Path(sys.argv[1]))
        async with app.run_test(size=(100, 30)) as pilot:
            for _ in range(600):
                await pilot.pause(0.05)
                status = str(app.screen.query_one("#library-status", Static).render())
                if "indexed for search" in status:
                    break
            print("STATUS", status)
            print("ROWS", app.screen.query_one("RecordList").row_count)

    asyncio.run(main())
    """
)


def test_a_library_read_by_worker_processes_opens_in_the_app(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    for number in range(8):
        (library / f"b{number}.yaml").write_text(briefing_text(f"b{number}", f"Walrus {number}"))
    environment = {
        **os.environ,
        "BRIEFING_CACHE_DIR": str(tmp_path / "cache"),
        "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
        "BRIEFING_INDEX_WORKERS": "2",  # a pool for eight files, as for a thousand
    }
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(library)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "STATUS 8 briefing files · indexed for search" in run.stdout
    assert "ROWS 8" in run.stdout
    assert not list((tmp_path / "cache").glob("reports/*"))
