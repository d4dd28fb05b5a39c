"""Whatever a file holds, the loader returns a briefing or raises its own LoadError."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.loader import LoadError, parse_briefing
from tui.model import Briefing
from tui.yamlread import read_yaml

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KEYS = [
    "id",
    "title",
    "sources",
    "actors",
    "claims",
    "quotes",
    "relations",
    "timeline",
    "notes",
    "url",
    "name",
    "kind",
    "statement",
    "speaker",
    "text",
    "from",
    "to",
    "date",
    "label",
    "aliases",
    "excerpt",
    "figures",
    "low",
    "high",
    "unit",
    "published",
    "summray",
    "c1",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(["c1", "x", "https://example.org", "2024-07", "reported"]),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(KEYS), children, max_size=6),
    ),
    max_leaves=40,
)


def _outcome(text: str | bytes) -> Briefing | LoadError:
    try:
        return parse_briefing(text, "prop.yaml")
    except LoadError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.file == "prop.yaml" and problem.message
        return error


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_text(text):
    _outcome(text)


@SETTINGS
@given(st.binary(max_size=300))
def test_arbitrary_bytes(raw):
    _outcome(raw)


@SETTINGS
@given(documents, st.booleans())
def test_arbitrary_nested_yaml(document, flow):
    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True)
    _outcome(text)


@SETTINGS
@given(documents, st.integers(min_value=0, max_value=400), st.text(max_size=3))
def test_damaged_yaml(document, position, insert):
    text = yaml.safe_dump(document, allow_unicode=True)
    cut = position % (len(text) + 1)
    _outcome(text[:cut] + insert + text[cut:])


@SETTINGS
@given(documents)
def test_both_parsers_read_the_same(document):
    text = yaml.safe_dump(document, allow_unicode=True)
    with_c = read_yaml(text, use_libyaml=True)
    with_python = read_yaml(text, use_libyaml=False)
    assert repr(with_c.data) == repr(with_python.data)
    assert with_c.problems == with_python.problems
