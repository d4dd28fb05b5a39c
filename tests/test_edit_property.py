"""Random edits with hostile values read back exactly, and change nothing else.

Hypothesis picks a file of the corpus, a record, one to three of its text fields, and
values from the list of texts YAML is known to misread (indicators at the start, ``: ``
and `` #`` inside, words that YAML 1.1 reads as booleans or null, numbers and dates as
text, spaces at the edges, tabs, line breaks, long lines, scripts and emoji), alone or
joined to random text. The edited file must load, read back with exactly those fields
changed to exactly those strings (by this project's reader and by PyYAML's), and keep
every byte outside the edited fields' lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from edit_corpus import corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_edit_fidelity import TEXT_FIELDS, address, assert_only_fields_changed, records

from tui.edit.document import Document
from tui.edit.operations import SetFields
from tui.yamlread import Path as DataPath

HOSTILE = [
    "a: b",
    ": leading colon",
    "trailing colon:",
    "a #b",
    "#start",
    "a#b",
    "'single'",
    '"double"',
    "it's",
    'say "x"',
    "`tick",
    "*star",
    "&amp",
    "!bang",
    "- dash",
    "-",
    "--",
    "---",
    "...",
    "?q",
    "? q",
    "%pct",
    "@at",
    "|pipe",
    ">gt",
    "yes",
    "No",
    "on",
    "OFF",
    "y",
    "n",
    "null",
    "Null",
    "~",
    "true",
    "False",
    "123",
    "-7",
    "0o17",
    "0x1F",
    "1e3",
    ".inf",
    "-.5",
    ".NaN",
    "1_000",
    "12:30:00",
    "2024-06-19",
    "2024-06",
    "1961",
    " lead",
    "trail ",
    "  both  ",
    "\ttab",
    "a\tb",
    "tab\t",
    "line1\nline2",
    "\nleading newline",
    "trailing newline\n",
    "two\n\nblank",
    "x\n\n",
    "\r\n",
    "cr\rhere",
    "  indented\nsecond",
    "last  \nline",
    "Привет, мир",
    "中文\uff1a冒号",
    "مرحبا بالعالم",
    "emoji 😀🎉",
    "\u200bzero width",
    "\x85nel",
    "line\u2028sep",
    "para\u2029sep",
    "back\\slash",
    "\\n not a newline",
    "{brace}",
    "[bracket]",
    ",comma",
    "a, b",
    "=",
    "<<",
    "\ufeffbom",
    "\x07bell",
    "\x1b[31mred",
    "nbsp\xa0here",
    "\xa0",
    "long words " * 40,
    "x" * 400,
    "a " + "b" * 120 + " c",
    "„Anti-Nato“ \u2013 laut Experten: 7\u201310 Divisionen",
]

values = st.one_of(
    st.sampled_from(HOSTILE),
    st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE), st.text(min_size=0, max_size=30)),
    st.builds(lambda a, b: a + b, st.text(min_size=0, max_size=30), st.sampled_from(HOSTILE)),
    st.text(min_size=1, max_size=120),
).filter(lambda v: v != "")


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Document]:
    files: dict[str, Path] = corpus(tmp_path_factory.mktemp("corpus"))
    return {name: Document.from_bytes(path.read_bytes(), name) for name, path in files.items()}


def _targets(doc: Document) -> list[tuple[str, DataPath, list[str]]]:
    found = []
    shared = {
        path
        for path, node in doc.spans.nodes.items()
        if node.anchor and node.anchor in doc.spans.aliased
    }
    for section, index, record in records(doc.data):
        base: DataPath = () if index is None else (section, index)
        keys = [k for k in TEXT_FIELDS.get(section, []) if (*base, k) not in shared]
        if keys:
            found.append((address(section, index, record), base, keys))
    return found


def _at(data: Any, path: DataPath) -> Any:
    for step in path:
        data = data[step]
    return data


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_hostile_edits_read_back_exactly(
    documents: dict[str, Document], data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(sorted(documents)), label="file")
    doc = documents[name]
    where, base, keys = data.draw(st.sampled_from(_targets(doc)), label="record")
    chosen = data.draw(st.lists(st.sampled_from(keys), min_size=1, max_size=3, unique=True))
    edit = {key: data.draw(values, label=key) for key in chosen}
    new = doc.apply(SetFields(where, edit).plan(doc).changes)

    record = _at(new.data, base)
    for key, value in edit.items():
        assert record[key] == value
    before = dict(_at(doc.data, base))
    before.update(edit)
    assert record == before
    others = {k: v for k, v in new.data.items() if k != (base[0] if base else None)}
    assert others == {k: v for k, v in doc.data.items() if k in others} or not base
    assert_only_fields_changed(doc.text, new.text, [(*base, key) for key in edit])
    reread = _at(yaml.safe_load(new.text), base)
    for key, value in edit.items():
        assert reread[key] == value, "PyYAML (YAML 1.1) must read the same string"
    # the bytes on disk: a byte-order mark and the line endings are kept
    assert new.to_bytes().startswith(b"\xef\xbb\xbf") == doc.to_bytes().startswith(b"\xef\xbb\xbf")


def _inserted_only(old: str, new: str) -> bool:
    import difflib

    return not any(
        line.startswith("- ") for line in difflib.ndiff(old.splitlines(), new.splitlines())
    )


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_adds_deletes_and_lists(documents: dict[str, Document], data: st.DataObject) -> None:
    from tui.edit.operations import AddRecord, DeleteRecord

    name = data.draw(st.sampled_from(sorted(documents)), label="file")
    doc = documents[name]
    action = data.draw(st.sampled_from(["add", "delete", "list"]), label="action")
    hostile_list = st.lists(values, min_size=1, max_size=4)
    if action == "add":
        section = data.draw(st.sampled_from(["claims", "notes", "timeline", "actors"]))
        fields: dict[str, Any] = {
            "claims": {"statement": data.draw(values), "kind": "opinion"},
            "notes": {"text": data.draw(values), "kind": "other"},
            "timeline": {"date": "2024-06-19", "label": data.draw(values)},
            "actors": {"name": data.draw(values), "aliases": data.draw(hostile_list)},
        }[section]
        if section == "claims":
            fields["hedges"] = data.draw(hostile_list)
            fields["note"] = data.draw(values)
        plan = AddRecord(section, fields).plan(doc)
        new = doc.apply(plan.changes)
        added = new.data[section][-1]
        assert {k: v for k, v in added.items() if k != "id"} == fields
        assert len(new.data[section]) == len(doc.data.get(section) or []) + 1
        assert _inserted_only(doc.text, new.text)
    elif action == "delete":
        section, index, record = data.draw(
            st.sampled_from([r for r in records(doc.data) if r[1] is not None]), label="record"
        )
        plan = DeleteRecord(address(section, index, record), cascade=True).plan(doc)
        new = doc.apply(plan.changes)
        before = len(doc.data[section])
        after = len(new.data.get(section) or [])
        assert after <= before - 1
        if isinstance(record.get("id"), str):
            assert all(r.get("id") != record["id"] for r in new.data.get(section) or [])
    else:
        targets = [
            (address(s, i, r), (s, i), key)
            for s, i, r in records(doc.data)
            for key in {"claims": ["hedges"], "actors": ["aliases"]}.get(s, [])
            if i is not None
        ]
        if not targets:
            return
        where, base, key = data.draw(st.sampled_from(targets), label="target")
        items = data.draw(hostile_list, label="items")
        new = doc.apply(SetFields(where, {key: items}).plan(doc).changes)
        assert _at(new.data, base)[key] == items
        assert_only_fields_changed(doc.text, new.text, [(*base, key)])
        assert _at(yaml.safe_load(new.text), base)[key] == items
