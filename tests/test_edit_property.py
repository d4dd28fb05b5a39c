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
