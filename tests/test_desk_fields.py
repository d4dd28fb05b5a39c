"""The form's text boxes and the file's values: untouched values come back exactly, typed
ones as the field's type, mistakes as a clear problem."""

from __future__ import annotations

import pytest

from tui.edit.values import field_specs
from tui.ui.edit.fields import FormProblem, as_text, changed_values, from_text

HOSTILE = [
    "  leading and trailing  ",
    "ends with a newline\n",
    "two\nlines",
    "key: value # not a comment",
    "yes",
    "~",
    "2024-06-19",
    "- a dash",
    "\ttab",
    "emoji 🛰️ and العربية",
    "'quotes' \"of\" every `kind`",
]


def spec(section: str, key: str):
    return next(s for s in field_specs(section) if s.key == key)


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("key", ["note", "statement"])
def test_an_untouched_text_comes_back_exactly(key: str, value: str) -> None:
    field = spec("claims", key)
    assert from_text(field, as_text(field, value), value) == value
    assert changed_values({key: value}, {key: from_text(field, as_text(field, value), value)}) == {}


@pytest.mark.parametrize("value", HOSTILE)
def test_an_untouched_short_field_keeps_its_spaces(value: str) -> None:
    field = spec("actors", "role")
    assert from_text(field, as_text(field, value), value) == value


def test_typed_values_take_the_fields_type() -> None:
    assert from_text(spec("claims", "paragraph"), " 4 ") == 4
    assert from_text(spec("claims", "hedges"), "said\n\n according to \n") == [
        "said",
        "according to",
    ]
    assert from_text(spec("claims", "note"), "   ") is None
    assert from_text(spec("claims", "hedges"), "") == []
    figures = from_text(spec("claims", "figures"), '[{"value": 2, "unit": "divisions"}]')
    assert figures == [{"value": 2, "unit": "divisions"}]
    aliases = [{"name": "officials", "paragraph": 1}, "Officials"]
    shown = as_text(spec("actors", "aliases"), aliases)
    assert from_text(spec("actors", "aliases"), shown, aliases) == aliases
    assert from_text(spec("actors", "aliases"), "Putin\nWladimir Putin", ["x"]) == [
        "Putin",
        "Wladimir Putin",
    ]


def test_mistakes_are_named_by_field() -> None:
    with pytest.raises(FormProblem, match="paragraph: 'x' is not a whole number"):
        from_text(spec("claims", "paragraph"), "x")
    with pytest.raises(FormProblem, match=r"figures, line 1 column 3: a key must be in double"):
        from_text(spec("claims", "figures"), "[{oops")
    with pytest.raises(FormProblem, match=r"a comma is missing .*written like \[\{\"low\""):
        from_text(spec("claims", "figures"), '[{"low": 1 "unit": "x"}]')


def test_only_changed_fields_are_saved() -> None:
    record = {"status": "supported", "note": "a", "actors": ["x", "y"]}
    values = {"status": "supported", "note": "b", "actors": ["x", "y"], "likelihood": None}
    assert changed_values(record, values) == {"note": "b"}
    assert changed_values({"credibility": 2}, {"credibility": True}) == {"credibility": True}


def test_aliases_are_names_one_per_line_and_keep_what_else_they_hold() -> None:
    field = spec("actors", "aliases")
    aliases = [
        {"name": "Kremlchef", "paragraph": 2},
        {"name": "Diktator", "loaded": True, "paragraph": 3, "note": "the paper's label"},
        "Wladimir Putin",
    ]
    shown = as_text(field, aliases)
    assert shown == "Kremlchef\nDiktator (loaded)\nWladimir Putin"
    assert "{" not in shown
    assert from_text(field, shown, aliases) is aliases
    # reordering, removing one and adding one keeps the paragraph and note by name
    typed = "Wladimir Putin\nDiktator (loaded)\nPräsident Putin"
    assert from_text(field, typed, aliases) == [
        "Wladimir Putin",
        {"name": "Diktator", "loaded": True, "paragraph": 3, "note": "the paper's label"},
        "Präsident Putin",
    ]


def test_the_loaded_mark_sets_and_clears_the_flag() -> None:
    field = spec("actors", "aliases")
    aliases = [{"name": "Diktator", "loaded": True, "paragraph": 3}, "Kreml-Truppe"]
    assert from_text(field, "Diktator\nKreml-Truppe (loaded)", aliases) == [
        {"name": "Diktator", "paragraph": 3},
        {"name": "Kreml-Truppe", "loaded": True},
    ]
    assert from_text(field, "Neu (loaded)\n(loaded)\n\n", []) == [
        {"name": "Neu", "loaded": True},
        "(loaded)",
    ]
