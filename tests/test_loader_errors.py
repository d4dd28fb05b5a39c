"""Every kind of bad input gives a clear message at the right line and column."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tui.loader import LoadError, load_briefing
from tui.yamlread import read_yaml

from conftest import MINIMAL, only_problem, problems_in


def test_minimal_briefing_loads_with_empty_defaults(write):
    briefing = load_briefing(write(MINIMAL))
    assert (briefing.id, briefing.title, briefing.sources) == ("tiny", "A tiny briefing", [])
    assert briefing.actors == briefing.claims == briefing.quotes == []
    assert briefing.format == 1


def test_byte_order_mark_is_accepted(write):
    path = write(codecs.BOM_UTF8 + MINIMAL.encode())
    assert load_briefing(path).id == "tiny"


def test_yaml_syntax_error_has_the_parser_position(write):
    path = write("id: x\ntitle: [unclosed\nsources: []\n")
    problem = only_problem(path)
    assert problem.line == 3 and problem.column == 8
    assert problem.message.startswith("YAML syntax error")
    assert str(problem) == f"{path}:3:8: {problem.message}"


@pytest.mark.parametrize("use_libyaml", [True, False])
@pytest.mark.parametrize(
    ("content", "where", "hint"),
    [
        ('id: x\ntitle: "never closed\nsources: []\n', (2, 8), "quotation mark opened here"),
        ("id: x\ntitle: 'never closed", (2, 8), "quotation mark opened here"),
        ("id: x\nsources: [a, b\n\n", (2, 10), "opened here with '['"),
        ("id: x\nsources: [{id: a\n", (2, 11), "opened here with '{'"),
    ],
)
def test_what_the_end_of_the_file_left_open_is_named_where_it_opens(
    write, content, where, hint, use_libyaml
):
    result = read_yaml(content, use_libyaml=use_libyaml)
    [problem] = result.problems
    lines = content.count("\n") + 1
    assert (problem.line, problem.column) == where and problem.line <= lines
    assert hint in problem.message


def test_not_utf8_names_the_first_bad_byte(write):
    path = write(b"id: x\ntitle: caf\xe9 au lait\nsources: []\n")
    problem = only_problem(path)
    assert (problem.line, problem.column) == (2, 11)
    assert "not UTF-8" in problem.message and "0xE9" in problem.message


def test_utf16_is_named_with_the_line_that_converts_it(write):
    """A file saved as UTF-16 (Windows editors do) was only "not UTF-8"."""
    path = write("id: x\ntitle: t\nsources: []\n".encode("utf-16"))
    problem = only_problem(path)
    assert "it is UTF-16 text" in problem.message
    assert f"iconv -f utf-16 -t utf-8 {path}" in problem.message


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n", "---\n"])
def test_empty_file(write, content):
    problem = only_problem(write(content))
    assert "empty" in problem.message


def test_document_of_only_null_is_empty(write):
    problem = only_problem(write("~\n"))
    assert "empty" in problem.message


@pytest.mark.parametrize(
    ("content", "found"),
    [("- a\n- b\n", "a list"), ("just text\n", "text"), ("42\n", "a number")],
)
def test_top_level_must_be_a_mapping(write, content, found):
    problem = only_problem(write(content))
    assert (problem.line, problem.column) == (1, 1)
    assert "must be a mapping" in problem.message and found in problem.message


def test_several_documents_are_refused_at_the_second(write):
    path = write(MINIMAL + "---\nid: other\n")
    problem = only_problem(path)
    assert problem.line == 4 and "several YAML documents" in problem.message


def test_duplicate_key_names_both_lines(write):
    path = write(
        """\
        id: dup
        title: First title
        sources: []
        title: Second title
        """
    )
    problem = only_problem(path)
    assert (problem.line, problem.column) == (4, 1)
    assert "duplicate key 'title'" in problem.message and "line 2" in problem.message


def test_duplicate_key_in_a_nested_mapping(write):
    path = write(
        """\
        id: dup
        title: t
        sources:
          - id: a
            url: https://example.org/1
            url: https://example.org/2
        """
    )
    problem = only_problem(path)
    assert problem.line == 6 and "duplicate key 'url'" in problem.message
    assert "line 5" in problem.message


def test_unknown_key_suggests_the_right_one(write):
    path = write(MINIMAL + "summray: Bottom line.\n")
    problem = only_problem(path)
    assert (problem.line, problem.column) == (4, 1)
    assert "unknown key 'summray'" in problem.message
    assert "did you mean 'summary'?" in problem.message


def test_unknown_key_without_a_close_match_lists_the_allowed_ones(write):
    path = write(
        """\
        id: x
        title: t
        sources:
          - id: s
            zzz: 1
        """
    )
    problem = only_problem(path)
    assert problem.line == 5 and "unknown key 'zzz'" in problem.message
    assert "allowed here: id, url, title" in problem.message


def test_wrong_type_says_what_was_found(write):
    path = write("id: x\ntitle: [a, b]\nsources: []\n")
    problem = only_problem(path)
    assert (problem.line, problem.column) == (2, 8)
    assert "expected text, found a list" in problem.message


def test_number_where_text_is_expected_suggests_quotes(write):
    problem = only_problem(write("id: x\ntitle: 1984\nsources: []\n"))
    assert "found a number (1984)" in problem.message and "quotes" in problem.message


def test_missing_required_key_points_at_the_mapping(write):
    problem = only_problem(write("id: x\nsources: []\n"))
    assert problem.line == 1 and "missing required key 'title'" in problem.message


def test_missing_key_inside_a_list_item(write):
    path = write(
        """\
        id: x
        title: t
        sources: []
        claims:
          - id: c1
            kind: reported
        """
    )
    problem = only_problem(path)
    assert (problem.line, problem.column) == (5, 5)
    assert "claims.0" in problem.message and "missing required key 'statement'" in problem.message


@pytest.mark.parametrize("slug", ["Bad Id", "north--korea", "-x", "x-", "ÄÖ", "a" * 81])
def test_bad_slugs(write, slug):
    problem = only_problem(write(f"id: '{slug}'\ntitle: t\nsources: []\n"))
    assert problem.line == 1 and "is not a valid id" in problem.message


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/x", "file:///etc/passwd", "javascript:alert(1)", "example.org", "https://"],
)
def test_urls_must_be_http_or_https(write, url):
    path = write(f"id: x\ntitle: t\nsources:\n  - id: s\n    url: '{url}'\n")
    problem = only_problem(path)
    assert (problem.line, problem.column) == (5, 10)
    assert "sources.0.url" in problem.message


@pytest.mark.parametrize("date", ["2024-02-30", "2023-02-29", "2024-13", "2024-00-10"])
def test_impossible_dates(write, date):
    problem = only_problem(write(f"id: x\ntitle: t\npublished: {date}\nsources: []\n"))
    assert problem.line == 3 and "not a date that exists" in problem.message


@pytest.mark.parametrize("date", ["July 2024", "24-07", "2024/07/01"])
def test_malformed_dates(write, date):
    problem = only_problem(write(f"id: x\ntitle: t\npublished: {date}\nsources: []\n"))
    assert problem.line == 3 and "YYYY, YYYY-MM or YYYY-MM-DD" in problem.message


@pytest.mark.parametrize("date", ["1961", "2024-07", "2024-02-29"])
def test_partial_dates_are_accepted(write, date):
    assert (
        load_briefing(write(f"id: x\ntitle: t\npublished: {date}\nsources: []\n")).published == date
    )


def test_closed_vocabulary_with_hint(write):
    path = write(
        """\
        id: x
        title: t
        sources: []
        claims:
          - id: c1
            statement: s
            kind: speculaton
            likelihood: roughly even chance
        """
    )
    problems = problems_in(path)
    assert [p.line for p in problems] == [7, 8]
    assert "did you mean 'speculation'?" in problems[0].message
    assert "did you mean 'roughly-even-chance'?" in problems[1].message
    assert "almost-no-chance" in problems[1].message and "almost-certain" in problems[1].message


@pytest.mark.parametrize(
    "tagged",
    [
        "!!python/object/apply:os.system ['echo pwned']",
        "!!python/name:os.system",
        "!custom value",
        "!!binary aGVsbG8=",
        "!!set {a, b}",
        "!<tag:example.com,2000:thing> x",
    ],
)
def test_non_standard_tags_are_refused_never_constructed(write, tagged):
    problem = only_problem(write(f"id: x\ntitle: {tagged}\nsources: []\n"))
    assert (problem.line, problem.column) == (2, 8)
    assert "is not allowed" in problem.message


def test_standard_tags_are_fine(write):
    briefing = load_briefing(write("id: x\ntitle: !!str 1984\nsources: !!seq []\n"))
    assert briefing.title == "1984"


def test_alias_bomb_is_refused_before_expansion(write):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    problem = only_problem(write("\n".join(lines) + "\n"))
    assert "alias" in problem.message and "refused before expanding" in problem.message
    assert problem.line is not None and problem.line <= 10


def test_small_aliases_are_expanded(write):
    path = write(
        """\
        id: x
        title: t
        sources: []
        tags: &t [a, b]
        actors:
          - {id: a, name: A, aliases: *t}
        """
    )
    assert [a.name for a in load_briefing(path).actors[0].aliases] == ["a", "b"]


@pytest.mark.parametrize("opener", ["[", "{a: "])
def test_very_deep_flow_nesting_is_refused(write, opener):
    problem = only_problem(write("id: x\ntitle: " + opener * 100_000 + "\n"))
    assert problem.line == 2 and "nesting is deeper than" in problem.message


def test_very_deep_block_nesting_is_refused(write):
    text = "id: x\n" + "".join(" " * i + f"k{i}:\n" for i in range(200))
    problem = only_problem(write(text))
    assert "nesting is deeper than" in problem.message


def test_file_above_the_size_cap_is_refused_before_parsing(write):
    path = write(MINIMAL + "summary: '" + "x" * 2000 + "'\n")
    with pytest.raises(LoadError) as caught:
        load_briefing(path, max_bytes=1000)
    (problem,) = caught.value.problems
    assert problem.line is None and "above the" in problem.message
    assert str(problem).startswith(f"{path}: file is")


def test_size_cap_from_environment(write, monkeypatch):
    path = write(MINIMAL + "summary: '" + "x" * 2000 + "'\n")
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "500")
    with pytest.raises(LoadError, match="above the"):
        load_briefing(path)


def test_control_characters_are_refused_with_position(write):
    problem = only_problem(write(b"id: x\ntitle: bell\x07here\nsources: []\n"))
    assert (problem.line, problem.column) == (2, 12) and "U+0007" in problem.message


def test_escaped_control_characters_are_data(write):
    briefing = load_briefing(write('id: x\ntitle: "esc \\e[31m bel \\a"\nsources: []\n'))
    assert briefing.title == "esc \x1b[31m bel \x07"


def test_merge_keys_are_refused(write):
    problem = only_problem(write("base: &b {id: x}\n<<: *b\ntitle: t\nsources: []\n"))
    assert problem.line == 2 and "merge keys" in problem.message


def test_complex_keys_are_refused(write):
    problem = only_problem(write("? [a, b]\n: 1\n"))
    assert "mapping key must be plain text" in problem.message


def test_every_problem_is_reported_not_just_the_first(write):
    path = write(
        """\
        id: Not A Slug
        title: ""
        summray: x
        sources:
          - id: s1
            url: ftp://x
        claims:
          - id: c1
            statement: s
            kind: reported
            actors: [ghost]
        """
    )
    problems = problems_in(path)
    assert [p.line for p in problems] == [1, 2, 3, 6, 11]
    assert "must not be empty" in problems[1].message
    assert "unknown actor 'ghost'" in problems[4].message


def test_missing_file_and_folder(tmp_path: Path):
    with pytest.raises(LoadError, match="no such file"):
        load_briefing(tmp_path / "absent.yaml")
    with pytest.raises(LoadError, match="is a folder"):
        load_briefing(tmp_path)


_CLAIMS = "id: x\ntitle: ok\nsources: []\nclaims:\n" + "".join(
    f"  - id: c{n}\n    kind: reported\n    statement: plain {n}\n" for n in range(8)
)


@pytest.mark.parametrize("use_libyaml", [True, False])
@pytest.mark.parametrize(
    ("content", "hint"),
    [
        # a value that never closes runs on to the next quotation mark, lines below
        (
            _CLAIMS.replace("plain 1\n", '"War aims are unclear\n').replace(
                "plain 7\n", '"seven"\n'
            ),
            "the quotation mark opened at line 10 is never closed on its line",
        ),
        # a quotation mark inside a "…" value ends it
        (
            'id: x\ntitle: "The "Anti-NATO" plan"\nsources: []\n',
            'line 2: a quotation mark inside a "…" value ends it early',
        ),
        ('id: x\ntitle: "The "Anti-NATO plan\nsources: []\n', "line 2: text follows"),
        # the same for '…' values, where an apostrophe is the mark
        (
            _CLAIMS.replace("plain 1\n", "'War aims are unclear\n").replace(
                "plain 7\n", "'seven'\n"
            ),
            "the quotation mark opened at line 10 is never closed on its line",
        ),
        (
            "id: x\ntitle: 'Kim's plan'\nsources: []\n",
            "line 2: a quotation mark inside a '…' value ends it early; write it as ''",
        ),
        # and for values in a list: one that never closes, a list never closed
        (
            _CLAIMS.replace("plain 1\n", 'plain 1\n    hedges: ["soll, wohl]\n').replace(
                "plain 7\n", '"seven"\n'
            ),
            "the quotation mark opened at line 11 is never closed on its line",
        ),
        (
            _CLAIMS.replace("plain 1\n", "plain 1\n    hedges: [soll, wohl\n"),
            "line 11: a list opened with '[' is never closed with ']' on its line",
        ),
        (
            _CLAIMS.replace("plain 1\n", 'plain 1\n    hedges: ["so"ll", wohl]\n'),
            "line 11: text follows the value's closing quotation mark",
        ),
    ],
)
def test_a_runaway_quotation_mark_is_named_where_it_opens(content, hint, use_libyaml):
    """The parser stumbles over a runaway "…" where it ends, often many lines below, and
    names the mapping around that place: the hint names the line of the quotation mark."""
    [problem] = read_yaml(content, use_libyaml=use_libyaml).problems
    assert problem.message.startswith("YAML syntax error")
    assert hint in problem.message, problem.message


def test_a_whole_quoted_value_near_another_mistake_gets_no_quotation_hint():
    content = _CLAIMS.replace("plain 7\n", '"seven"\n') + "  - id: [c9\n"
    [problem] = read_yaml(content).problems
    assert "quotation mark" not in problem.message
