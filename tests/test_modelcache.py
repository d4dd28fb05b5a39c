"""Re-opening an unchanged large briefing comes from the parsed-model cache, safely."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui import modelcache
from tui.loader import load_briefing
from tui.modelcache import ModelCache

from conftest import MINIMAL

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import synthetic_briefing


@pytest.fixture
def large(tmp_path: Path) -> Path:
    path = tmp_path / "large.yaml"
    path.write_text(synthetic_briefing(claims=1_000, actors=100, quotes=100), encoding="utf-8")
    assert path.stat().st_size > modelcache.MIN_BYTES
    return path


def test_a_hit_gives_an_equal_briefing(tmp_path: Path, large: Path):
    cache = ModelCache(tmp_path / "models")
    first = load_briefing(large, cache=cache)
    (entry,) = (tmp_path / "models").glob("*.json")
    assert entry.stem == ModelCache.key(large.read_bytes())
    assert load_briefing(large, cache=cache) == first


def test_any_change_to_the_file_misses(tmp_path: Path, large: Path):
    cache = ModelCache(tmp_path / "models")
    load_briefing(large, cache=cache)
    large.write_text(
        large.read_text(encoding="utf-8").replace("Synthetic", "Changed", 1), encoding="utf-8"
    )
    assert load_briefing(large, cache=cache).title.startswith("Changed")
    assert len(list((tmp_path / "models").glob("*.json"))) == 2


def test_a_damaged_entry_is_dropped_and_the_yaml_read(tmp_path: Path, large: Path):
    cache = ModelCache(tmp_path / "models")
    expected = load_briefing(large, cache=cache)
    (entry,) = (tmp_path / "models").glob("*.json")
    entry.write_text('{"id": "tampered"}', encoding="utf-8")
    assert cache.get(large.read_bytes()) is None
    assert not entry.exists()
    assert load_briefing(large, cache=cache) == expected


def test_small_files_are_not_cached(tmp_path: Path):
    path = tmp_path / "small.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    load_briefing(path, cache=ModelCache(tmp_path / "models"))
    assert not (tmp_path / "models").exists()


def test_the_cache_is_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large: Path):
    monkeypatch.setattr(modelcache, "MAX_ENTRIES", 2)
    cache = ModelCache(tmp_path / "models")
    text = large.read_text(encoding="utf-8")
    for number in range(4):
        large.write_text(text.replace("Synthetic", f"Version {number}", 1), encoding="utf-8")
        load_briefing(large, cache=cache)
    assert len(list((tmp_path / "models").glob("*.json"))) == 2
