"""Round 17 review findings, through the real app and the real commands on real files:
a read-only briefing is never replaced."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from test_app_round14 import notices
from test_desk import opened

from tui.cli import main
from tui.draftchild import chosen_sources
from tui.links import Ref
from tui.ui.app import BriefingApp

from conftest import BRIEFINGS
from pages import settle

SEED = BRIEFINGS / "anti-nato-2024-07.yaml"


# --- R1: a file made read-only (chmod a-w) is not replaced by a save -------------------------


def _read_only_copy(tmp_path: Path) -> Path:
    path = Path(shutil.copy(SEED, tmp_path / "locked.yaml"))
    path.chmod(0o444)
    return path


async def test_the_app_refuses_to_save_a_read_only_briefing(tmp_path: Path) -> None:
    """Before, the save renamed a new file over it (the folder allowed that) and put mode
    444 back, so ``ls -l`` showed nothing and the file had changed."""
    path = _read_only_copy(tmp_path)
    before = path.read_bytes()
    async with BriefingApp(path).run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        screen.jump(Ref("claims", "c05"))
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        said = "\n".join(notices(pilot.app))
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert f"{path}: the file is read-only" in said, said
    assert "nothing was written" in said
    assert not [p for p in tmp_path.iterdir() if p.name != "locked.yaml"]  # no temp left


def test_briefing_set_refuses_a_read_only_briefing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _read_only_copy(tmp_path)
    before = path.read_bytes()
    assert main(["set", str(path), "c05", "status=refuted"]) != 0
    err = capsys.readouterr().err
    assert path.read_bytes() == before
    assert f"{path}: the file is read-only" in err, err
    # made writable again, the same command saves
    path.chmod(0o644)
    assert main(["set", str(path), "c05", "status=refuted"]) == 0
    assert b"status: refuted" in path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert os.access(path, os.W_OK)


# --- R3: several articles in the new-draft dialog when the first is an address ----------------


def test_an_address_first_among_several_articles_is_one_of_them(tmp_path: Path) -> None:
    """A line that opened with an http(s) address was taken whole as one address ("not a
    complete http(s) URL"); an address holds no space, so the line is several articles."""
    (tmp_path / "ferry.txt").write_text("The ferry runs again.\n", encoding="utf-8")
    address = "http://127.0.0.1:9/harbour/article"
    assert chosen_sources(f"{address} ferry.txt", tmp_path) == (
        [address, str(tmp_path / "ferry.txt")],
        None,
    )
    assert chosen_sources(f"{address} {address}?page=2", tmp_path) == (
        [address, f"{address}?page=2"],
        None,
    )
    assert chosen_sources(address, tmp_path) == ([address], None)
    sources, problem = chosen_sources(f"{address} gone.txt", tmp_path)
    assert sources is None and problem == f"{tmp_path / 'gone.txt'}: no such file"
