"""Add, delete, merge, accept and rename on real files: each result loads, refers to
nothing missing, and changes only the lines of what it touched."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from edit_corpus import MINIMAL_BLOCKS, STYLES, corpus

from tui.edit.document import Document
from tui.edit.errors import EditError, EditRefused, IdTaken, RecordInUse, RecordNotFound
from tui.edit.operations import (
    AcceptDraft,
    AddRecord,
    DeleteRecord,
    MergeActors,
    SetFields,
    draft_items,
    find_record,
    fresh_id,
)
from tui.loader import parse_briefing


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return corpus(tmp_path_factory.mktemp("corpus"))


def load(files: dict[str, Path], name: str) -> Document:
    return Document.from_bytes(files[name].read_bytes(), name)


def changed_lines(old: str, new: str) -> tuple[list[str], list[str]]:
    removed, added = [], []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


def apply(doc: Document, operation: object) -> Document:
    plan = operation.plan(doc)  # type: ignore[attr-defined]
    return doc.apply(plan.changes)


def test_a_new_claim_gets_the_next_id_in_the_files_pattern(files: dict[str, Path]) -> None:
    doc = load(files, "seed")
    assert fresh_id(doc.data, "claims") == "c26"
    plan = AddRecord("claims", {"statement": "- starts with a dash", "kind": "forecast"}).plan(doc)
    assert plan.created == "c26"
    new = doc.apply(plan.changes)
    removed, added = changed_lines(doc.text, new.text)
    assert removed == []
    assert added == [
        "  - id: c26",
        "    statement: '- starts with a dash'",
        "    kind: forecast",
    ]
    assert new.briefing.claims[-1].statement == "- starts with a dash"


def test_ids_follow_names_where_the_file_has_no_numbers(files: dict[str, Path]) -> None:
    doc = load(files, "seed")
    new = apply(doc, AddRecord("actors", {"name": "Nordkorea's Armee", "kind": "organisation"}))
    assert new.briefing.actors[-1].id == "nordkorea-s-armee"
    doc = Document.from_text(MINIMAL_BLOCKS, "bare")
    assert fresh_id(doc.data, "claims") == "x2"
    assert fresh_id(doc.data, "quotes") == "q1"


def test_records_without_ids_and_missing_sections(files: dict[str, Path]) -> None:
    doc = load(files, "styles")
    new = apply(doc, AddRecord("quotes", {"speaker": "a1", "text": "Wir: ja.", "kind": "direct"}))
    assert new.text.startswith(doc.text.rstrip("\n"))
    assert new.briefing.quotes[0].text == "Wir: ja."
    new = apply(new, AddRecord("timeline", {"date": "2024-07-01", "label": "No: a label"}))
    assert new.briefing.timeline[-1].date == "2024-07-01"
    assert "    label: 'No: a label'" in new.text
    new = apply(new, AddRecord("relations", {"from": "a2", "to": "a1", "kind": "rivalry"}))
    assert new.briefing.relations[-1].kind == "rivalry"
    bare = Document.from_text("id: e\ntitle: Empty\nsources: []\n", "e")
    new = apply(bare, AddRecord("sources", {"outlet": "Wire"}))
    assert new.text == "id: e\ntitle: Empty\nsources:\n  - id: wire\n    outlet: Wire\n"


def test_delete_refuses_while_referred_to_and_lists_the_places(files: dict[str, Path]) -> None:
    doc = load(files, "seed")
    with pytest.raises(RecordInUse) as refused:
        DeleteRecord("richter").plan(doc)
    places = {(r.section, r.field) for r in refused.value.referrers}
    assert ("quotes", "speaker") in places
    assert "refer" in str(refused.value)


def test_delete_with_its_references_leaves_nothing_dangling(files: dict[str, Path]) -> None:
    doc = load(files, "seed")
    operation = DeleteRecord("richter", cascade=True)
    referrers = operation.referrers(doc)
    plan = operation.plan(doc)
    new = doc.apply(plan.changes)
    assert all(a.id != "richter" for a in new.briefing.actors)
    assert all(q.speaker != "richter" for q in new.briefing.quotes)
    assert "richter" not in new.text.replace("focus-richter", "")
    assert plan.also  # the quotes whose speaker he was went with him
    assert len(referrers) >= len(plan.also)
    parse_briefing(new.text, "after")  # loads: no reference dangles


def test_deleting_a_record_removes_only_its_lines(files: dict[str, Path]) -> None:
    doc = load(files, "styles")
    new = apply(doc, DeleteRecord("src-b"))
    removed, added = changed_lines(doc.text, new.text)
    assert added == []
    assert removed == [
        "  - id: src-b",
        "    outlet: >-",
        "      A folded outlet name that goes on",
        "      over two lines",
        "    kind: report",
    ]
    assert "    # a comment between records" in new.text


def test_merge_rewrites_every_reference_and_keeps_the_names(files: dict[str, Path]) -> None:
    doc = load(files, "seed")
    new = apply(doc, MergeActors("russia", "putin"))
    russia = next(a for a in new.briefing.actors if a.id == "russia")
    names = [alias.name for alias in russia.aliases]
    assert "Vladimir Putin" in names and "Russen-Herrscher" in names
    assert all(a.id != "putin" for a in new.briefing.actors)
    for claim in new.briefing.claims:
        assert "putin" not in claim.actors
        assert len(claim.actors) == len(set(claim.actors))
    assert not [r for r in new.briefing.relations if "putin" in (r.from_, r.to)]
    with pytest.raises(EditError):
        MergeActors("russia", "russia").plan(doc)


def test_renaming_an_id_renames_its_references(files: dict[str, Path]) -> None:
    doc = load(files, "styles")
    new = apply(doc, SetFields("a1", {"id": "first"}))
    assert new.briefing.claims[1].attributed_to == "first"
    assert new.briefing.claims[1].actors == ["first", "a2"]
    assert new.briefing.relations[0].from_ == "first"
    seed = load(files, "seed")
    plan = SetFields("derwesten-article", {"id": "the-article"}).plan(seed)
    renamed = seed.apply(plan.changes)
    assert renamed.briefing.article == "the-article" and plan.summary.endswith("id → the-article")
    assert all("derwesten-article" not in c.sources for c in renamed.briefing.claims)


def test_a_set_names_the_short_word_it_chose(files):
    """A quick key's toast says what the key chose, not only that something changed."""
    seed = load(files, "seed")
    assert (
        SetFields("c05", {"likelihood": "likely"})
        .plan(seed)
        .summary.endswith(": likelihood → likely")
    )
    assert (
        SetFields("c04", {"likelihood": None}).plan(seed).summary.endswith(": likelihood cleared")
    )
    long = SetFields("c05", {"statement": "A statement in several words."}).plan(seed)
    assert long.summary.endswith(": statement changed")
    both = SetFields("c05", {"status": "supported", "credibility": 2}).plan(seed)
    assert both.summary.endswith(": status, credibility changed")


def test_an_id_another_record_has_is_refused_naming_the_edited_record(
    files: dict[str, Path],
) -> None:
    doc = load(files, "seed")
    # c02 comes before c03: the loader would have named c03, which nobody touched
    for edited, taken in (("c02", "c03"), ("c05", "c03")):
        with pytest.raises(IdTaken) as refused:
            apply(doc, SetFields(edited, {"id": taken}))
        message = str(refused.value)
        assert message.startswith(f"claim {edited}: the id '{taken}' is already taken by")
        assert f"claim {taken}" in message
    # an id of another section is no clash, and keeping one's own id is no change of id
    renamed = apply(doc, SetFields("c02", {"id": "putin"}))
    assert renamed.briefing.claims[1].id == "putin"
    assert (
        apply(doc, SetFields("c02", {"id": "c02", "status": "disputed"}))
        .briefing.claims[1]
        .status.value
        == "disputed"
    )


def test_merging_into_an_actor_without_aliases_writes_one_alias_list(
    files: dict[str, Path],
) -> None:
    doc = load(files, "seed")
    # vietnam has no aliases; iran brings its name and one alias: two new aliases at once
    merged = apply(doc, MergeActors("vietnam", "iran"))
    vietnam = next(a for a in merged.briefing.actors if a.id == "vietnam")
    assert [alias.name for alias in vietnam.aliases][:1] == ["Iran"]
    assert len(vietnam.aliases) == 2
    # iran's list goes with it, vietnam gets one: one key in, one out
    assert merged.text.count("aliases:") == doc.text.count("aliases:")
    parse_briefing(merged.text, "merged.yaml")  # loads: no duplicate key


def test_merging_an_anonymous_placeholder_adds_no_placeholder_alias(
    files: dict[str, Path],
) -> None:
    doc = load(files, "seed")
    # zeit-experts is anonymous ("Experts cited by …"): its words may stay, its label not
    gone = next(a for a in doc.briefing.actors if a.id == "zeit-experts")
    assert gone.anonymous
    merged = apply(doc, MergeActors("richter", "zeit-experts"))
    richter = next(a for a in merged.briefing.actors if a.id == "richter")
    names = [alias.name for alias in richter.aliases]
    assert gone.name not in names
    assert all(alias.name in names for alias in gone.aliases)


def test_an_invalid_edit_is_refused_with_the_loaders_located_message() -> None:
    doc = Document.from_text(STYLES, "styles.yaml")
    with pytest.raises(EditRefused) as refused:
        apply(doc, SetFields("c1", {"actors": ["nobody"]}))
    problem = refused.value.problems[0]
    assert problem.file == "styles.yaml" and problem.line is not None
    assert "unknown actor 'nobody'" in str(problem)
    assert str(problem).startswith(f"styles.yaml:{problem.line}:{problem.column}: ")
    with pytest.raises(EditRefused, match="not an allowed status"):
        apply(doc, SetFields("c1", {"status": "verified"}))
    with pytest.raises(RecordNotFound, match="did you mean 'c1'"):
        find_record(doc.data, "c11")
    assert doc.text == STYLES  # the document in hand is untouched


def test_review_a_draft_to_the_end(files: dict[str, Path]) -> None:
    """Accept, edit, reject and merge on a draft made by ``briefing new``: the result
    loads and has no Draft: left."""
    doc = load(files, "draft")
    items = draft_items(doc.data)
    assert len(items) >= 5
    # in article order; the general note, which has no paragraph, last
    assert items[-1].address.startswith("notes:") and items[-1].paragraph is None
    paragraphs = [item.paragraph or 0 for item in items[:-1]]
    assert paragraphs == sorted(paragraphs)
    # An actor or source with no paragraph of its own comes where a claim first names it.
    data = doc.data
    for item in items:
        if item.ref.section in ("actors", "sources") and item.paragraph is not None:
            ident = data[item.ref.section][item.ref.index]["id"]
            field = "actors" if item.ref.section == "actors" else "sources"
            naming = [
                c["paragraph"]
                for c in data["claims"]
                if ident in (c.get(field) or []) or c.get("attributed_to") == ident
            ]
            if naming and "paragraph" not in data[item.ref.section][item.ref.index]:
                assert item.paragraph <= min(naming)
    actors = [a.id for a in doc.briefing.actors]
    assert len(actors) >= 2
    doc = apply(doc, MergeActors(actors[0], actors[1]))
    claims = [c.id for c in doc.briefing.claims]
    doc = apply(doc, DeleteRecord(claims[-1], cascade=True))
    doc = apply(doc, SetFields(claims[0], {"statement": "Rewritten: in my own words."}))
    for item in draft_items(doc.data):
        doc = apply(doc, AcceptDraft(item.address))
    assert "Draft:" not in doc.text
    assert draft_items(doc.data) == []
    parse_briefing(doc.text, "reviewed")
    with pytest.raises(EditError, match="not marked"):
        AcceptDraft(f"claims:{claims[0]}").plan(doc)


def test_field_specs_give_forms_their_pickers_and_quick_keys_their_steps() -> None:
    from tui.edit.values import cycle, field_specs

    specs = {spec.key: spec for spec in field_specs("claims")}
    assert specs["status"].kind == "word" and specs["status"].choices[0] == "unverified"
    assert (specs["actors"].kind, specs["actors"].target) == ("ref-list", "actors")
    assert (specs["attributed_to"].kind, specs["attributed_to"].target) == ("ref", "actors")
    assert specs["statement"].required and not specs["note"].required
    assert specs["figures"].kind == "json" and specs["excerpt"].kind == "excerpt"
    # a quick key steps through the vocabulary; optional words can be cleared again
    assert cycle(specs["status"], "unverified") == "supported"
    assert cycle(specs["status"], "refuted") == "unverified"
    # an unset likelihood or credibility: one step from the middle, the way pressed
    assert cycle(specs["likelihood"], None) == "likely"
    assert cycle(specs["likelihood"], None, -1) == "unlikely"
    assert cycle(specs["credibility"], None) == 4
    assert cycle(specs["credibility"], None, -1) == 2
    source_specs = {spec.key: spec for spec in field_specs("sources")}
    assert cycle(source_specs["reliability"], None) == "A"  # the scale read from the top
    assert cycle(source_specs["reliability"], None, -1) == "F"  # or from "cannot be judged"
    assert cycle(source_specs["reliability"], "C") == "D"
    assert cycle(specs["likelihood"], "roughly-even-chance") == "likely"
    assert cycle(specs["likelihood"], "almost-certain") is None
    assert cycle(specs["credibility"], 3) == 4 and cycle(specs["credibility"], 1, -1) is None
    relation = {spec.key: spec for spec in field_specs("relations")}
    assert (relation["from"].kind, relation["from"].target, relation["from"].required) == (
        "ref",
        "actors",
        True,
    )
    doc = Document.from_text(STYLES, "styles")
    value = cycle(specs["credibility"], doc.briefing.claims[0].credibility)
    # unset: one step from the middle (3), the way pressed
    assert apply(doc, SetFields("c1", {"credibility": value})).briefing.claims[0].credibility == 4


def test_the_line_of_a_record_for_the_editor_hand_off() -> None:
    doc = Document.from_text(STYLES, "styles")
    lines = STYLES.splitlines()
    ref = find_record(doc.data, "c2")
    assert lines[doc.line_of(ref.path) - 1].strip() == "- id: c2"
    assert lines[doc.line_of((*ref.path, "actors")) - 1].strip() == "actors: [a1, a2]"
    assert lines[doc.line_of(("claims", 9, "note")) - 1].strip() == "claims:"


def test_an_outlets_source_is_reviewed_where_the_outlet_is_named() -> None:
    data = {
        "actors": [{"id": "agency", "name": "Agency", "note": "Draft: an outlet"}],
        "claims": [
            {"id": "c1", "statement": "A", "paragraph": 1, "note": "Draft: first"},
            {"id": "c2", "statement": "B", "paragraph": 3, "attributed_to": "agency"},
        ],
        "sources": [{"id": "agency", "outlet": "Agency", "description": "Draft: named"}],
        "notes": [{"id": "n", "text": "Draft: general"}],
    }
    order = [(item.address, item.paragraph) for item in draft_items(data)]
    assert order == [  # the general note last: accepting it (removing it) ends the review
        ("claims:c1", 1),
        ("actors:agency", 3),
        ("sources:agency", 3),
        ("notes:n", None),
    ]
