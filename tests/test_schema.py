"""The published JSON Schema matches the model and accepts what the loader accepts."""

from __future__ import annotations

import json

import jsonschema
import pytest

from tui.schema import briefing_schema, schema_text
from tui.yamlread import read_yaml

from conftest import BRIEFINGS, MINIMAL, ROOT

SCHEMA_FILE = ROOT / "schema" / "briefing.schema.json"


def test_committed_schema_matches_the_model():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "schema/briefing.schema.json is stale: run"
        " 'briefing schema --output schema/briefing.schema.json --force'"
    )


def test_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(briefing_schema())


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def test_required_keys_and_fixed_names():
    schema = briefing_schema()
    assert schema["required"] == ["id", "title", "sources"]
    defs = schema["$defs"]
    assert {"id", "url"} <= set(defs["Source"]["properties"])
    assert {"id", "name", "kind"} <= set(defs["Actor"]["properties"])
    assert {"id", "statement", "kind", "actors"} <= set(defs["Claim"]["properties"])
    assert {"id", "speaker", "text", "translation"} <= set(defs["Quote"]["properties"])
    assert "from" in defs["Relation"]["properties"]
    assert defs["Likelihood"]["enum"] == [
        "almost-no-chance",
        "very-unlikely",
        "unlikely",
        "roughly-even-chance",
        "likely",
        "very-likely",
        "almost-certain",
    ]


@pytest.mark.parametrize("path", sorted(BRIEFINGS.glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_briefings_satisfy_the_schema(path):
    data = read_yaml(path.read_text(encoding="utf-8")).data
    _validator().validate(data)


def test_schema_accepts_the_short_forms():
    data = read_yaml(
        MINIMAL
        + "actors: [{id: a, name: A, aliases: [Alpha, {name: Al, loaded: true}]}]\n"
        + "claims: [{id: c1, statement: s, kind: reported, excerpt: words}]\n"
        + "timeline: [{date: 1961, label: treaty}]\n"
    ).data
    _validator().validate(data)


@pytest.mark.parametrize(
    "extra",
    [
        "summray: x\n",
        "language: 'not a tag'\n",
        "claims: [{id: c1, statement: s, kind: rumour}]\n",
        "actors: [{id: Bad Id, name: A}]\n",
        "published: July\n",
    ],
)
def test_schema_rejects_what_the_loader_rejects(extra):
    data = read_yaml(MINIMAL + extra).data
    assert not _validator().is_valid(data)


def test_shipped_briefings_point_editors_at_the_schema():
    for path in BRIEFINGS.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/briefing.schema.json"
        assert (path.parent / "../schema/briefing.schema.json").resolve() == SCHEMA_FILE


def test_field_reference_in_docs_matches_the_model():
    from tui.formatdoc import rewrite

    doc = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    assert rewrite(doc) == doc, (
        "docs/format.md is stale: run python -m tui.formatdoc docs/format.md"
    )


def test_docs_show_the_messages_the_loader_prints(write):
    """The example messages in docs/format.md are real: each one's text is what we print."""
    from conftest import problems_in

    doc = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    samples = {
        "id: x\ntitle: [unclosed\nsources: []\n": "3:8",
        "id: x\ntitle: t\nsources: []\ntitle: u\n": "4:1",
        "id: x\ntitle: t\nsummray: s\nsources: []\n": "3:1",
        "id: North Korea\ntitle: t\nsources: []\n": "1:5",
        "id: x\ntitle: t\nsources:\n  - {id: a, cited_in: b}\n  - {id: b, cited_in: a}\n": "4:23",
    }
    for text, where in samples.items():
        (problem,) = problems_in(write(text))
        assert f"b.yaml:{where}: {problem.message}" in doc


def test_examples_in_docs_are_valid_briefings(write):
    from tui.loader import load_briefing

    doc = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    blocks = doc.split("```yaml\n")[1:]
    examples = [block.split("```", 1)[0] for block in blocks]
    loadable = [text for text in examples if text.lstrip().startswith("id:")]
    assert len(loadable) == 2
    for text in loadable:
        assert load_briefing(write(text)).id
