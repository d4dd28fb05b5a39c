"""Every reference must resolve, ids are unique per section, chains must not loop."""

from __future__ import annotations

import typing

from tui import model
from tui.references import REFERENCE_FIELDS, SECTIONS

from conftest import problems_in

FULL = """\
id: refs
title: References
article: art
sources:
  - {id: art, url: "https://example.org/a"}
  - {id: col, cited_in: art}
actors:
  - {id: putin, name: Vladimir Putin, kind: person, affiliation: russia}
  - {id: russia, name: Russia, kind: state}
claims:
  - {id: c1, statement: s, kind: reported, actors: [putin], sources: [art], attributed_to: putin}
quotes:
  - {id: q1, speaker: putin, text: t, outlet: col, about: [russia], claims: [c1]}
relations:
  - {from: putin, to: russia, kind: leadership, claims: [c1], sources: [art]}
timeline:
  - {date: 2024, label: l, actors: [russia], claims: [c1], sources: [col]}
notes:
  - {id: n1, text: t, claims: [c1], actors: [putin], sources: [art]}
"""


def test_a_fully_linked_briefing_is_valid(write):
    from tui.loader import load_briefing

    briefing = load_briefing(write(FULL))
    assert briefing.relations[0].from_ == "putin"
    assert briefing.sources[1].cited_in == "art"


def test_each_kind_of_broken_reference_points_at_its_line(write):
    broken = (
        FULL.replace("article: art", "article: artt")
        .replace("affiliation: russia", "affiliation: rusia")
        .replace(
            "actors: [putin], sources: [art], attributed_to: putin",
            "actors: [putn], sources: [arr], attributed_to: nobody",
        )
        .replace("speaker: putin", "speaker: kim")
        .replace("outlet: col", "outlet: cool")
        .replace("from: putin, to: russia", "from: x, to: y")
        .replace("claims: [c1], sources: [col]", "claims: [c2], sources: [col]")
    )
    problems = problems_in(write(broken))
    got = [(p.line, p.message) for p in problems]
    expected_fragments = [
        (3, "article: unknown source 'artt' (did you mean 'art'?)"),
        (8, "actors.0.affiliation: unknown actor 'rusia' (did you mean 'russia'?)"),
        (11, "claims.0.attributed_to: unknown actor 'nobody'"),
        (11, "claims.0.actors.0: unknown actor 'putn' (did you mean 'putin'?)"),
        (11, "claims.0.sources.0: unknown source 'arr' (did you mean 'art'?)"),
        (13, "quotes.0.speaker: unknown actor 'kim'"),
        (13, "quotes.0.outlet: unknown source 'cool' (did you mean 'col'?)"),
        (15, "relations.0.from: unknown actor 'x'"),
        (15, "relations.0.to: unknown actor 'y'"),
        (17, "timeline.0.claims.0: unknown claim 'c2'"),
    ]
    assert sorted(got) == sorted(expected_fragments)
    # Each points at the reference itself, not at its record.
    speaker = next(p for p in problems if "speaker" in p.message)
    assert speaker.column == FULL.splitlines()[12].index("putin") + 1


def test_duplicate_ids_name_the_first(write):
    text = FULL.replace("  - {id: russia, name: Russia", "  - {id: putin, name: Russia")
    problems = problems_in(write(text))
    duplicate = next(p for p in problems if "duplicate" in p.message)
    assert (
        duplicate.line == 9 and "duplicate actor id 'putin' (first at line 8)" in duplicate.message
    )


def test_ids_are_unique_per_section_only(write):
    from tui.loader import load_briefing

    text = FULL.replace("{id: n1,", "{id: c1,")  # a note may share a claim's id
    assert load_briefing(write(text)).notes[0].id == "c1"


def test_citation_cycles_are_refused(write):
    text = FULL.replace(
        "  - {id: col, cited_in: art}",
        "  - {id: col, cited_in: b}\n  - {id: b, cited_in: c}\n  - {id: c, cited_in: col}",
    )
    problems = problems_in(write(text))
    (cycle,) = [p for p in problems if "circle" in p.message]
    assert cycle.line == 6 and "col -> b -> c -> col" in cycle.message


def test_self_citation_is_a_cycle(write):
    problems = problems_in(write(FULL.replace("cited_in: art", "cited_in: col")))
    assert any("col -> col" in p.message for p in problems)


def test_affiliation_cycle(write):
    text = FULL.replace(
        "{id: russia, name: Russia, kind: state}",
        "{id: russia, name: Russia, kind: state, affiliation: putin}",
    )
    problems = problems_in(write(text))
    assert any("putin -> russia -> putin" in p.message for p in problems)


def _slug_fields(record: type[model.Record]) -> set[str]:
    """Keys of a record whose values are ids (a Slug or a list of Slugs), except its own id."""
    keys = set()
    for name, field in record.model_fields.items():
        annotation = field.annotation
        text = repr(annotation) + repr(field.metadata)
        if "_check_slug" in text or "_check_slug" in repr(typing.get_args(annotation)):
            keys.add(field.alias or name)
    keys.discard("id")
    return keys


def test_reference_table_covers_every_id_field_of_the_model():
    sections = {
        "": model.Briefing,
        "actors": model.Actor,
        "relations": model.Relation,
        "claims": model.Claim,
        "quotes": model.Quote,
        "sources": model.Source,
        "timeline": model.TimelineEntry,
        "notes": model.Note,
    }
    for section, record in sections.items():
        expected = _slug_fields(record)
        if section == "":
            expected.discard("tags")  # free topic words, not references
        assert set(REFERENCE_FIELDS[section]) == expected, section
    assert set(SECTIONS) <= set(sections)
