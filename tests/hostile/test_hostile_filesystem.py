"""Hostile file systems: FIFOs, symlink loops, long paths, vanishing files, odd names.

Every case uses the real thing (``os.mkfifo``, real symlinks, real paths longer than
PATH_MAX) and the real entry points: the loader, ``briefing`` run as a process (in a
pseudo-terminal when the app itself must run), and the app through ``run_test``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import pty
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tui.loader import LoadError, load_briefing
from tui.ui.app import BriefingApp
from tui.ui.screens.library import LibraryScreen
from tui.ui.widgets.records import RecordList

from conftest import BRIEFINGS, MINIMAL, ROOT
from pages import settle

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"


@pytest.fixture(autouse=True)
def _own_config_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Empty config and cache folders per test, for the app and for child processes."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))


def briefing(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """``briefing ARGS`` as a process, output as bytes (names need not be UTF-8)."""
    env = {**os.environ, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )


def in_terminal(
    argv: list[str], *, until: bytes, then: bytes | None, timeout: float = 30
) -> tuple[int | None, bytes]:
    """Run ``argv`` in a pseudo-terminal until ``until`` is shown, then type ``then``.

    Returns the exit status (None if the process had to be killed: it hung) and all it
    wrote. The process runs in its own session so a hang is ended with its group.
    """
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 110, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "110", "LINES": "30"}
    process = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    output = b""
    deadline = time.monotonic() + timeout
    sent = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    chunk = b""
                output += chunk
                if not chunk and process.poll() is not None:
                    break
            if not sent and until in output:
                sent = True
                if then is not None:
                    time.sleep(0.5)  # let the screen settle before typing
                    os.write(master, then)
            if process.poll() is not None and not ready:
                break
        status = process.poll()
        if status is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        return status, output
    finally:
        os.close(master)


def release(fifo: Path) -> None:
    """Open ``fifo`` for writing and close it: a reader blocked in open() goes on."""
    with contextlib.suppress(OSError):  # no reader is waiting
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def without_hanging(call: Callable[[], object], fifo: Path, seconds: float = 10) -> object:
    """``call()`` in a thread; fails (after unblocking it) if it blocks on ``fifo``."""
    result: list[object] = []

    def target() -> None:
        try:
            result.append(call())
        except BaseException as error:  # handed back to the test
            result.append(error)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        release(fifo)
        thread.join(10)
        pytest.fail(f"blocked on the FIFO for more than {seconds} s")
    return result[0]


def long_path(base: Path, name: str = "deep.yaml") -> Path:
    """A real file whose absolute path is longer than PATH_MAX (4,096 bytes).

    Made with ``dir_fd`` one level at a time, since no single call may name it whole.
    """
    part = "d" * 200
    fd = os.open(base, os.O_RDONLY)
    depth = 0
    try:
        while len(str(base)) + depth * (len(part) + 1) < 4300:
            os.mkdir(part, dir_fd=fd)
            inner = os.open(part, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
            depth += 1
        out = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, MINIMAL.encode())
        os.close(out)
    finally:
        os.close(fd)
    path = base.joinpath(*[part] * depth, name)
    assert len(os.fsencode(path)) > 4096
    return path


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "some.fifo"
    os.mkfifo(path)
    yield path
    release(path)  # never leave a reader (a test's, or the app's worker) blocked


def rows(screen: LibraryScreen) -> dict[str, str]:
    """The library's rows: file name -> the text of its first cell."""
    table = screen.query_one(RecordList)
    return {Path(key).name: str(table.cells_at(i)[0]) for i, key in enumerate(table.keys)}


# --- FIFOs: refused before they are opened blocking -----------------------------------------


def test_the_loader_refuses_a_fifo_without_waiting_for_a_writer(fifo: Path):
    outcome = without_hanging(lambda: load_briefing(fifo), fifo)
    assert isinstance(outcome, LoadError), outcome
    (problem,) = outcome.problems
    assert problem.file == str(fifo)
    assert "FIFO" in problem.message and "not a regular file" in problem.message


def test_validate_on_a_fifo_reports_it_and_exits(fifo: Path):
    try:
        result = briefing("validate", str(fifo), timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("briefing validate hung on a FIFO")
    assert result.returncode == 1
    assert f"{fifo}: is a FIFO (named pipe), not a regular file".encode() in result.stderr
    assert b"Traceback" not in result.stderr


def test_the_app_on_a_fifo_shows_why_and_quits(fifo: Path):
    """``briefing some.fifo`` in a terminal: the problem is shown, and ctrl+q still quits."""
    status, output = in_terminal(
        [sys.executable, "-m", "tui", str(fifo)], until=b"FIFO", then=b"\x11", timeout=30
    )
    assert b"FIFO" in output, "the app never said why the FIFO cannot be read"
    assert status == 0, f"the app did not quit on ctrl+q (status {status})"


def test_a_fifo_named_like_a_briefing_in_a_folder_is_reported(tmp_path: Path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "good.yaml").write_text(MINIMAL, encoding="utf-8")
    os.mkfifo(folder / "pipe.yaml")
    result = briefing("validate", str(folder), timeout=30)
    assert result.returncode == 1
    assert b"pipe.yaml: a FIFO (named pipe), not a briefing file" in result.stderr
    assert b"good.yaml: ok" in result.stdout


# --- symlink loops, long paths, folders with briefing names ---------------------------------


def test_symlink_loops_are_reported_named_directly_or_in_a_folder(tmp_path: Path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "good.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "loop.yaml").symlink_to("loop.yaml")
    (folder / "up").symlink_to("..")  # a folder loop: not followed, no endless walk
    in_folder = briefing("validate", str(folder))
    assert in_folder.returncode == 1
    assert b"loop.yaml: a symlink loop" in in_folder.stderr
    assert b"good.yaml: ok" in in_folder.stdout
    direct = briefing("validate", str(folder / "loop.yaml"))
    assert direct.returncode == 1
    assert b"loop.yaml: cannot read: Too many levels of symbolic links" in direct.stderr


def test_a_path_longer_than_path_max(tmp_path: Path):
    path = long_path(tmp_path)
    validated = briefing("validate", str(path))
    assert validated.returncode == 1 and b"Traceback" not in validated.stderr
    assert b"deep.yaml: cannot read: File name too long" in validated.stderr
    opened = briefing(str(path))
    assert opened.returncode == 1 and b"Traceback" not in opened.stderr
    assert b"deep.yaml: cannot open: File name too long" in opened.stderr
    with pytest.raises(LoadError, match="File name too long"):
        load_briefing(path)


async def test_the_library_lists_a_folder_it_cannot_list_as_a_problem_row(tmp_path: Path):
    """A real "cannot list" that holds even for root: a subfolder beyond PATH_MAX."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "good.yaml").write_text(MINIMAL, encoding="utf-8")
    long_path(folder)
    app = BriefingApp(folder)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        shown = rows(screen)
        assert shown["good.yaml"].startswith("A tiny briefing")
        (name,) = [name for name in shown if name.startswith("ddd")]
        assert "cannot list this folder: File name too long" in shown[name]
        assert "could not be read" in str(screen.query_one("#library-status").render())
        # Enter on the problem row explains instead of opening a briefing screen.
        screen.query_one(RecordList).move_cursor(list(shown).index(name))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root can list any folder: the long-path test covers this as root"
)
def test_an_unreadable_subfolder_is_reported_not_skipped(tmp_path: Path):
    folder = tmp_path / "lib"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "good.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "locked").chmod(0)
    try:
        result = briefing("validate", str(folder))
    finally:
        (folder / "locked").chmod(0o755)
    assert result.returncode == 1
    assert b"locked: cannot list this folder: Permission denied" in result.stderr


# --- names that are not plain text --------------------------------------------------------


def test_names_with_newlines_and_undecodable_bytes_are_shown_safely(tmp_path: Path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "two\nlines.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "fake.yaml: ok\n").mkdir()  # a folder name that tries to forge a line
    bad = os.fsdecode(b"latin\xe9.yaml")
    (folder / bad).write_text("id: x\n", encoding="utf-8")
    result = briefing("validate", str(folder))
    assert b"Traceback" not in result.stderr
    assert result.returncode == 1
    assert b"two\xe2\x90\x8alines.yaml: ok" in result.stdout  # the newline shown as ␊
    assert b"latin\\xE9.yaml:1:1: (top level): missing required key 'title'" in result.stderr
    out_lines = result.stdout.decode().splitlines()
    assert all(line.startswith(str(folder)) or "valid" in line for line in out_lines)


async def test_the_library_shows_odd_names(tmp_path: Path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "two\nlines.yaml").write_text("id: [\n", encoding="utf-8")
    (folder / os.fsdecode(b"latin\xe9.yaml")).write_text("id: [\n", encoding="utf-8")
    app = BriefingApp(folder)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        texts = sorted(rows(app.screen).values())
        assert texts[0].startswith("latin\\xE9.yaml  ⚠")
        assert texts[1].startswith("two␊lines.yaml  ⚠")


# --- files that vanish between listing and reading ---------------------------------------------


async def test_a_file_deleted_between_listing_and_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The race made certain: the file goes right after the index listed the folder. It
    is dropped, not listed as a problem, and the rest of the library is read."""
    import importlib

    updating = importlib.import_module("tui.index.update")  # the module, not its function
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "stays.yaml").write_text(MINIMAL, encoding="utf-8")
    doomed = folder / "doomed.yaml"
    shutil.copy(SEED, doomed)
    listed = updating.walk

    def walk_then_delete(root: Path):  # type: ignore[no-untyped-def]
        found = listed(root)
        doomed.unlink(missing_ok=True)
        return found

    monkeypatch.setattr(updating, "walk", walk_then_delete)
    app = BriefingApp(folder)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        shown = rows(screen)
        assert "doomed.yaml" not in shown
        assert shown["stays.yaml"].startswith("A tiny briefing")


# --- an unexpected error: a non-zero exit and a report, never exit 0 -------------------------


async def test_an_error_inside_the_app_is_kept_for_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    from tui.commands.open import exit_status

    def broken(self: LibraryScreen) -> None:
        raise RuntimeError("injected failure\nsecond line")

    monkeypatch.setattr(LibraryScreen, "on_mount", broken)
    app = BriefingApp(BRIEFINGS)
    with pytest.raises(RuntimeError, match="injected failure"):
        async with app.run_test() as pilot:
            await pilot.pause()
    assert app.return_code == 1
    assert isinstance(app.unexpected_error, RuntimeError)
    assert exit_status(app) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefing: unexpected error: RuntimeError: injected failure second line;")
    report = Path(err.split("full report in ", 1)[1].strip())
    assert report.parent == tmp_path / "cache" / "reports"
    text = report.read_text(encoding="utf-8")
    assert "Traceback" in text and "in broken" in text and "injected failure" in text


def test_a_crash_in_the_running_app_exits_non_zero_with_a_one_line_message(tmp_path: Path):
    """The real app in a terminal, with a screen method that raises."""
    script = (
        "import sys\n"
        "from tui.ui.screens.library import LibraryScreen\n"
        "def broken(self):\n"
        "    raise RuntimeError('injected failure')\n"
        "LibraryScreen.on_mount = broken\n"
        "from tui.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    status, output = in_terminal(
        [sys.executable, "-c", script, str(BRIEFINGS)], until=b"\x00never", then=None
    )
    text = output.decode("utf-8", "replace")
    assert status == 1, text[-2000:]
    assert "briefing: unexpected error: RuntimeError: injected failure; full report in" in text
    assert "Traceback" not in text  # the panel went to the report, not the screen
    reports = list((tmp_path / "cache" / "reports").iterdir())
    assert len(reports) == 1 and "injected failure" in reports[0].read_text(encoding="utf-8")


def test_a_crash_in_any_command_exits_1_with_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    from tui import cli
    from tui.commands import validate

    def broken(args: object) -> int:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(validate, "run", broken)
    assert cli.main(["validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "briefing: unexpected error: OSError: [Errno 5] Input/output error;" in err
    assert str(tmp_path / "cache" / "reports") in err
