"""One measured run, in a fresh process, for ``benchmarks/run.py``.

``python benchmarks/harness.py MODE [PATH]`` where MODE is:

- ``bare``: a bare Textual app (Header, Static, Footer), exits at its first paint;
- ``paint PATH``: the briefing app on PATH, exits at its first paint;
- ``ready PATH``: the briefing app on a file, exits once the briefing can be navigated;
  on a folder, once the library's list is up to date with it;
- ``parse PATH``: ``yaml.load(..., Loader=yaml.CSafeLoader)`` of PATH and nothing else.

The first paint is the first frame the app really draws: the moment ``App._display``
hands a frame of the current screen to the driver outside a batch (the headless driver
then discards it, for both apps alike). Textual's auto pilot is no such signal: it
starts once the app has mounted, inside the batch that draws nothing, so work scheduled
"after refresh" may still run before the first frame. Every mode prints, on its last
line, the wall-clock time (seconds since the epoch) at which the measured moment was
reached, then the process's peak resident memory in KiB: a worker thread still reading a
file when the app exits must not count against the first paint.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

REACHED: list[float] = []


def _peak_kib() -> int:
    """This program's own peak resident memory in KiB.

    ``ru_maxrss`` is not used: Linux carries it across fork and exec, so a child started
    by a large benchmark process would report the parent's peak.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reached() -> None:
    REACHED.append(time.time())


def _exit_at_first_frame() -> None:
    """Make every Textual app record its first drawn frame, then exit."""
    from textual.app import App

    display = App._display

    def timed_display(app: App[object], screen: object, renderable: object) -> None:
        display(app, screen, renderable)  # type: ignore[arg-type]
        drawn = renderable is not None and not app._batch_count and screen is app.screen
        if drawn and not REACHED:
            _reached()
            app.call_later(app.exit)

    App._display = timed_display  # type: ignore[method-assign]


def _bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("bare")
            yield Footer()

    _exit_at_first_frame()
    Bare().run(headless=True)


def _app(path: Path, *, until_ready: bool) -> None:
    from tui.ui.app import BriefingApp

    if not until_ready:
        _exit_at_first_frame()
        BriefingApp(path).run(headless=True)
        return

    async def leave(pilot: object) -> None:
        from tui.ui.screens.briefing import BriefingScreen
        from tui.ui.screens.library import LibraryScreen

        app = pilot.app  # type: ignore[attr-defined]

        def ready() -> bool:
            screen = app.screen
            if isinstance(screen, LibraryScreen):
                return screen.listed
            return isinstance(screen, BriefingScreen) and screen.index is not None

        while not ready():
            await pilot.pause(0.005)  # type: ignore[attr-defined]
        _reached()
        app.exit()

    BriefingApp(path).run(headless=True, auto_pilot=leave)  # type: ignore[arg-type]


def _parse(path: Path) -> None:
    import yaml

    with open(path, encoding="utf-8") as handle:
        yaml.load(handle, Loader=yaml.CSafeLoader)
    _reached()


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "bare":
        _bare()
    elif mode in ("paint", "ready"):
        _app(Path(argv[1]), until_ready=mode == "ready")
    elif mode == "parse":
        _parse(Path(argv[1]))
    else:
        print(f"unknown mode {mode}", file=sys.stderr)
        return 2
    print(f"{REACHED[0]} {_peak_kib()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
