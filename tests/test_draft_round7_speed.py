"""What a user waits for in ``briefing new``: the tagger models without numpy, the
gazetteer's cached form, and the draft's YAML, each the same as the slow way."""

from __future__ import annotations

import gzip
import io
import json
import math
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from tui.draft import gazetteer as gazetteer_module
from tui.draft.gazetteer import Gazetteer, gazetteer
from tui.taggers import _ModelUnpickler, logaddexp

ROOT = Path(__file__).resolve().parent.parent


# -- HanTa without numpy ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (-3.5, -3.5),
        (-14.0092, -18.5255),
        (-18.5255, -14.0092),
        (0.0, -700.0),
        (-1e-12, -2e-12),
        (-math.inf, -2.0),
        (-2.0, -math.inf),
        (-math.inf, -math.inf),
        (math.inf, math.inf),
    ],
)
def test_logaddexp_is_numpys_bit_for_bit(x: float, y: float) -> None:
    numpy = pytest.importorskip("numpy")
    assert logaddexp(x, y) == float(numpy.logaddexp(x, y))


def test_logaddexp_of_a_nan_is_a_nan() -> None:
    assert math.isnan(logaddexp(math.nan, 1.0))


def _model_path(name: str) -> str:
    import HanTa

    return os.path.join(os.path.dirname(HanTa.__file__), name)


@pytest.mark.parametrize("name", ["morphmodel_en.pgz", "morphmodel_ger.pgz"])
def test_models_read_without_numpy_hold_the_same_values(name: str) -> None:
    with gzip.open(_model_path(name), "rb") as handle:
        ours = _ModelUnpickler(handle).load()
    with gzip.open(_model_path(name), "rb") as handle:
        theirs = pickle.load(handle)  # the package's own model file
    assert ours == theirs


def test_the_model_reader_refuses_any_other_class() -> None:
    hostile = pickle.dumps(Path("/tmp"))
    with pytest.raises(pickle.UnpicklingError):
        _ModelUnpickler(io.BytesIO(hostile)).load()


def test_drafting_a_sentence_leaves_numpy_unloaded() -> None:
    code = (
        "import sys\n"
        "from tui.taggers import english_tagger, german_tagger\n"
        "assert english_tagger().analyze('Survey') == ('survey', 'NN1')\n"
        "assert german_tagger().analyze('Grenzstadt')[1] == 'NN'\n"
        "print('numpy' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "False"


# -- the gazetteer's cached form --------------------------------------------------------


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path))
    return tmp_path / "draft"


def _data_text() -> str:
    from importlib import resources

    return resources.files("tui.draft").joinpath("data/actors.yaml").read_text(encoding="utf-8")


def test_the_cached_form_decodes_to_the_same_gazetteer() -> None:
    built = gazetteer()
    data = json.loads(json.dumps(gazetteer_module._encode(built)))
    assert gazetteer_module._decode(data) == built


def test_a_written_entry_is_read_back(cache_folder: Path) -> None:
    key = gazetteer_module._inputs_key(_data_text())
    assert key is not None
    gazetteer_module._write_cache(key, gazetteer())
    assert (cache_folder / f"{key}.json").is_file()
    read = gazetteer_module._read_cache(key)
    assert isinstance(read, Gazetteer)
    assert read == gazetteer()


def test_other_inputs_are_another_entry() -> None:
    text = _data_text()
    assert gazetteer_module._inputs_key(text) != gazetteer_module._inputs_key(text + "\n# x\n")


def test_an_edited_entry_is_deleted_and_not_served(cache_folder: Path) -> None:
    key = gazetteer_module._inputs_key(_data_text())
    assert key is not None
    gazetteer_module._write_cache(key, gazetteer())
    path = cache_folder / f"{key}.json"
    path.write_bytes(path.read_bytes().replace(b'"Russia"', b'"Prussia"', 1))
    assert gazetteer_module._read_cache(key) is None
    assert not path.exists()


def test_a_truncated_entry_is_deleted_and_not_served(cache_folder: Path) -> None:
    key = gazetteer_module._inputs_key(_data_text())
    assert key is not None
    gazetteer_module._write_cache(key, gazetteer())
    path = cache_folder / f"{key}.json"
    path.write_bytes(path.read_bytes()[:1000])
    assert gazetteer_module._read_cache(key) is None
    assert not path.exists()


@pytest.mark.parametrize(
    "body",
    [
        b"[]",
        b'{"entries": [["x", "X", "state"]]}',
        b'{"entries": [], "names": [[["A"], 0]]}',
        b"not json",
    ],
)
def test_a_signed_entry_of_the_wrong_shape_is_deleted(cache_folder: Path, body: bytes) -> None:
    key = "0" * 64
    store = gazetteer_module._store()
    store.put(key, body)
    assert gazetteer_module._read_cache(key) is None
    assert not (cache_folder / f"{key}.json").exists()


def test_a_folder_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocked))
    gazetteer_module._write_cache("1" * 64, gazetteer())
    assert gazetteer_module._read_cache("1" * 64) is None


def test_a_draft_made_from_the_cache_is_the_draft_built_fresh(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Ein Titel\n\nDie Regierung in Moskau wies den Bericht zurück, sagte ein Sprecher"
        " der Nachrichtenagentur Reuters.\n",
        encoding="utf-8",
    )
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "tui", "new", str(article), "--output", "-"]
    first = subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=True)
    assert any((tmp_path / "cache" / "draft").glob("*.json"))
    second = subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=True)
    assert first.stdout == second.stdout
    assert b"russia" in first.stdout


# -- the draft's YAML ---------------------------------------------------------------------


def _pyyaml(data: dict[str, object]) -> str:
    import yaml

    from tui.draft.output import _Dumper

    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)


_SHAPES: list[dict[str, object]] = [
    {"id": "a", "actors": [{"id": "x", "aliases": [{"name": "U.S.", "paragraph": 1}]}]},
    {"id": "b", "claims": [{"hedges": ["soll", "laut"], "excerpt": {"exact": "Er sagte: ja"}}]},
    {"id": "c", "claims": [], "quotes": [{"speaker": None, "text": "- not an item"}]},
    {"id": "d", "nested": {"deeper": {"list": ["-1", "- x", "a: b", "#c", "? q", "'s"]}}},
    {"id": "e", "figures": [{"value": 1.5, "unit": "Prozent"}, {"low": 200, "high": 999}]},
    {
        "id": "f",
        "a": [{"b": [{"c": ["d"]}], "e": "\u201eZitat\u201c \u2013 «citation» … \u2019tis"}],
        "g": "x",
    },
    {"id": "g", "note": "Draft: yes", "flags": [True, False, "yes", "null", "~", "1e3"]},
]


@pytest.mark.parametrize("data", _SHAPES)
def test_libyaml_with_lists_indented_writes_what_pyyaml_writes(data: dict[str, object]) -> None:
    from tui.draft.output import _fast_path_safe, _yaml_text

    assert _fast_path_safe(data)
    assert _yaml_text(data) == _pyyaml(data)


@pytest.mark.parametrize(
    "text",
    [
        "two\nlines",
        "a\ttab",
        "emoji 😀 here",
        "bom \ufeff",
        "bell \x07",
        "x" * 5000,
        "line\u2028sep",
    ],
)
def test_strings_libyaml_may_write_otherwise_take_pyyamls_way(text: str) -> None:
    from tui.draft.output import _fast_path_safe, _yaml_text

    data: dict[str, object] = {"id": "x", "claims": [{"text": text, "hedges": [text]}]}
    assert not _fast_path_safe(data)
    assert _yaml_text(data) == _pyyaml(data)


def test_a_list_inside_a_list_takes_pyyamls_way() -> None:
    from tui.draft.output import _fast_path_safe, _yaml_text

    data: dict[str, object] = {"id": "x", "rows": [["a", "b"], ["c"]]}
    assert not _fast_path_safe(data)
    assert _yaml_text(data) == _pyyaml(data)


def test_a_whole_draft_is_written_as_pyyaml_writes_it(tmp_path: Path) -> None:
    from tui.draft.build import draft_briefing
    from tui.draft.output import _clean, dump_briefing
    from tui.draft.source import read_source

    article = tmp_path / "a.txt"
    article.write_text(
        "Headline here\n\nThe ministry said on Monday that 40 officials had left, according"
        " to Reuters. \u201cWe will not comment,\u201d a spokeswoman said.\n\nLaut dem"
        " Ministerium sollen es \u201emehr als 30 Mitarbeiter\u201c gewesen sein.\n",
        encoding="utf-8",
    )
    briefing = draft_briefing(read_source(str(article)), language="auto")
    data = briefing.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    data = {"id": data.pop("id"), **data}
    for claim in data.get("claims", []):
        excerpt = claim.get("excerpt")
        if isinstance(excerpt, dict) and set(excerpt) == {"exact"}:
            claim["excerpt"] = excerpt["exact"]
    text = dump_briefing(briefing, None)
    assert text.split("\n", 1)[1] == _pyyaml(_clean(data))
