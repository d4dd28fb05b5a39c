"""libyaml and the pure-Python parser give the same data and the same error positions."""

from __future__ import annotations

import pytest

from tui.loader import load_briefing
from tui.yamlread import HAVE_LIBYAML, read_yaml

from conftest import BRIEFINGS, problems_in

pytestmark = pytest.mark.skipif(not HAVE_LIBYAML, reason="libyaml is not installed")

BAD_INPUTS = [
    "id: x\ntitle: [unclosed\nsources: []\n",
    "id: x\ntitle: 'unterminated\n",
    "id: x\n\t- tab\n",
    "- a\nb: c\n",
    "a: b: c\n",
    "id: x\ntitle: t\ntitle: u\nsources: []\n",
    "id: x\ntitle: !!python/object:os.system x\n",
    "id: x\nid: y\ntitle: t\nsummray: s\nsources: [{id: A}]\n",
    "id: x\ntitle: " + "[" * 5000 + "\n",
    "---\na: 1\n---\nb: 2\n",
    "a: *nowhere\n",
]


@pytest.mark.parametrize("text", BAD_INPUTS)
def test_same_positions_either_way(write, text):
    path = write(text)
    with_c = [(p.line, p.column) for p in problems_in(path, use_libyaml=True)]
    with_python = [(p.line, p.column) for p in problems_in(path, use_libyaml=False)]
    assert with_c == with_python


@pytest.mark.parametrize("text", BAD_INPUTS[5:])
def test_same_messages_for_our_own_checks(write, text):
    path = write(text)
    with_c = [p.message for p in problems_in(path, use_libyaml=True)]
    with_python = [p.message for p in problems_in(path, use_libyaml=False)]
    assert with_c == with_python


def test_same_data_for_a_rich_document():
    text = (
        "a: [1, -2, 0x1F, 0o17, 1.5, 1e3, .inf, -.INF, true, False, ~, null, '', \"x\"]\n"
        "b: {c: no, d: yes, e: 2024-07-01, f: 1961, g: 'quoted: yes'}\n"
        "h: |\n  literal\n  text\n"
        "i: >\n  folded\n  text\n"
        "j: &anchor {k: v}\n"
        "l: *anchor\n"
    )
    with_c = read_yaml(text, use_libyaml=True)
    with_python = read_yaml(text, use_libyaml=False)
    assert with_c.problems == with_python.problems == []
    assert repr(with_c.data) == repr(with_python.data)
    assert with_c.data["b"] == {
        "c": "no",
        "d": "yes",
        "e": "2024-07-01",
        "f": 1961,
        "g": "quoted: yes",
    }


def test_shipped_briefings_load_the_same_either_way():
    for path in sorted(BRIEFINGS.glob("*.yaml")):
        assert load_briefing(path, use_libyaml=True) == load_briefing(path, use_libyaml=False)
