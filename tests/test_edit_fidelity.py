"""Each single-field edit changes only that field's lines, on every file of the corpus.

For every record of the seed briefing, a draft made by ``briefing new`` and files in
unusual styles, each field is set to a new value (text, vocabulary word, number, list),
added where it was missing, or removed; the file with the field's lines taken out must
be the same before and after, and the edited file must read back with exactly that field
changed.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from edit_corpus import STYLES, corpus

from tui.edit.document import Document
from tui.edit.errors import EditError
from tui.edit.operations import SECTION_MODELS, SetFields
from tui.edit.patch import SetValue
from tui.edit.spans import Node, index_spans
from tui.yamlread import Path as DataPath

TEXT_FIELDS = {
    "": ["summary", "title"],
    "actors": ["name", "role", "description", "note"],
    "claims": ["statement", "note"],
    "quotes": ["text", "translation", "role", "note"],
    "sources": ["title", "outlet", "author", "description", "note"],
    "relations": ["label", "note"],
    "timeline": ["label", "note"],
    "notes": ["text"],
}
WORD_FIELDS = {
    "actors": {"kind": ["person", "state"]},
    "claims": {
        "status": ["supported", "disputed"],
        "likelihood": ["likely", "unlikely"],
        "confidence": ["low", "high"],
        "credibility": [2, 5],
        "paragraph": [3, 7],
    },
    "sources": {"reliability": ["B", "F"], "kind": ["report", "other"]},
    "relations": {"kind": ["alliance", "rivalry"], "added_context": [True, False]},
    "timeline": {"added_context": [True, False]},
}


@functools.lru_cache(maxsize=4)
def _nodes(text: str) -> dict[DataPath, Node]:
    return index_spans(text).nodes


def field_lines(text: str, path: DataPath) -> set[int]:
    """0-based numbers of the lines from the field's key to the end of its value."""
    nodes = _nodes(text)
    node = nodes.get(path)
    if node is None:  # a new key: in a flow record, the record's line is the field's
        parent = nodes.get(path[:-1])
        if parent is None or not parent.flow:
            return set()
        node = parent
    start = node.key_start if node.key_start is not None else node.start
    first = text.count("\n", 0, start)
    last = text.count("\n", 0, node.end)
    return set(range(first, last + 1))


def outside(text: str, lines: set[int]) -> list[str]:
    return [line for i, line in enumerate(text.splitlines(keepends=True)) if i not in lines]


def assert_only_fields_changed(old: str, new: str, paths: list[DataPath]) -> None:
    old_lines = set().union(*(field_lines(old, p) for p in paths))
    new_lines = set().union(*(field_lines(new, p) for p in paths))
    kept_old, kept_new = outside(old, old_lines), outside(new, new_lines)
    if kept_old != kept_new:
        diff = "".join(difflib.unified_diff(kept_old, kept_new, n=1))
        raise AssertionError(f"lines outside {paths} changed:\n{diff}")


def records(data: dict[str, Any]) -> Iterator[tuple[str, int | None, dict[str, Any]]]:
    yield "", None, data
    for section in SECTION_MODELS:
        if section:
            for i, record in enumerate(data.get(section) or []):
                yield section, i, record


def address(section: str, index: int | None, record: dict[str, Any]) -> str:
    if not section or index is None:
        return "briefing"
    if isinstance(record.get("id"), str):
        return f"{section}:{record['id']}"
    return f"{section}.{index}"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return corpus(tmp_path_factory.mktemp("corpus"))


def edit_and_check(doc: Document, where: str, base: DataPath, values: dict[str, Any]) -> Document:
    new = doc.apply(SetFields(where, values).plan(doc).changes)
    paths = [(*base, key) for key in values]
    assert_only_fields_changed(doc.text, new.text, paths)
    for key, value in values.items():
        node: Any = new.data
        for step in base:
            node = node[step]
        if value is None:
            assert key not in node
        else:
            assert node[key] == value, (where, key)
    return new


@pytest.mark.parametrize("name", ["seed", "styles", "crlf", "bom", "draft"])
def test_every_field_edit_changes_only_its_lines(files: dict[str, Path], name: str) -> None:
    doc = Document.from_bytes(files[name].read_bytes(), name)
    edits = 0
    for section, index, record in records(doc.data):
        base: DataPath = () if index is None else (section, index)
        where = address(section, index, record)
        # every field of the first record in a section, then one field in turn per record
        keys = TEXT_FIELDS.get(section, [])
        if index:
            keys = [keys[index % len(keys)]] if keys else []
        for key in keys:
            try:
                edit_and_check(doc, where, base, {key: f'Edited {key}: it\'s #{edits} "ok"'})
            except EditError as error:  # only the anchored value a later alias repeats
                assert "anchor" in str(error) and name in ("styles", "crlf")
            edits += 1
        words = list(WORD_FIELDS.get(section, {}).items())
        if index and words:
            words = [words[index % len(words)]]
        for key, choices in words:
            value = choices[0] if record.get(key) != choices[0] else choices[1]
            edit_and_check(doc, where, base, {key: value})
            edits += 1
        for key in ("note",):
            if key in record:
                edit_and_check(doc, where, base, {key: None})
                edits += 1
    assert edits >= 10


def test_a_list_field_keeps_its_style(files: dict[str, Path]) -> None:
    doc = Document.from_bytes(files["styles"].read_bytes(), "styles")
    new = edit_and_check(doc, "c1", ("claims", 0), {"sources": ["src-a", "src-b"]})
    assert "      sources:\n        - src-a\n        - src-b\n" in new.text
    new = edit_and_check(doc, "c2", ("claims", 1), {"actors": ["a2"]})
    assert "      actors: [a2]\n" in new.text


def test_the_seed_diff_of_one_judgement_is_one_line(files: dict[str, Path]) -> None:
    doc = Document.from_bytes(files["seed"].read_bytes(), "seed")
    new = doc.apply(SetFields("c09", {"status": "disputed"}).plan(doc).changes)
    diff = [
        line
        for line in difflib.unified_diff(doc.text.splitlines(), new.text.splitlines(), n=0)
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    assert diff == ["+    status: disputed"] or diff[-1] == "+    status: disputed"
    assert len(diff) <= 2


def test_an_anchored_value_shared_by_an_alias_is_refused_not_split() -> None:
    doc = Document.from_text(STYLES, "styles")
    with pytest.raises(EditError, match="anchor &shared-title"):
        doc.apply([SetValue(("sources", 2, "title"), "New")])
    # the unshared anchor may change: only its own line does
    new = edit_and_check(doc, "a1", ("actors", 0), {"name": "Renamed"})
    assert "  name: Renamed\n" in new.text


def test_other_yaml_readers_read_the_same_text(files: dict[str, Path]) -> None:
    """YAML 1.1 readers (PyYAML's safe_load) see the same strings as this project."""
    doc = Document.from_bytes(files["seed"].read_bytes(), "seed")
    values = ["yes", "off", "~", "2024-06-19", "1_000", "12:30", "0x1F", "null", "Y"]
    for value in values:
        new = doc.apply(SetFields("c01", {"note": value}).plan(doc).changes)
        assert yaml.safe_load(new.text)["claims"][0]["note"] == value
