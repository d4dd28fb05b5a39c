"""What an analyst does to a briefing, planned as path-based changes.

Each operation is a small frozen dataclass with ``plan(document) -> Plan``. Keeping the
operation (not only its result) is what lets the app offer "reload and apply again" when
the file changed on disk: the same operation is planned afresh on the new version. Plans
are checked and applied by :meth:`tui.edit.document.Document.apply`; nothing here writes.

Records are addressed as the user sees them (:func:`find_record`): an id (``c03``), a
section and id when an id is used in two sections (``actors:russia``), a position for the
sections without ids (``relations.2``, ``timeline.0``, counted from 0 as the loader's
messages count), or ``briefing`` for the briefing's own fields (summary, title, ...).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from tui.drafts import (
    ARTICLE_ADVICE,
    DRAFT_MARK,
    copies_excerpt,
    is_draft,
    marked_keys,
    split_advice,
)
from tui.edit.document import Document, same_data
from tui.edit.errors import EditError, IdTaken, RecordInUse, RecordNotFound
from tui.edit.patch import AppendItem, Change, DeleteValue, SetValue
from tui.edit.references import ID_SECTIONS, Referrer, find_referrers, record_label
from tui.model import Actor, Briefing, Claim, Note, Quote, Relation, Source, TimelineEntry
from tui.text import one_line
from tui.words import id_words, unmarked
from tui.yamlread import Path

__all__ = [
    "DRAFT_MARK",
    "SECTION_MODELS",
    "AcceptDraft",
    "AddRecord",
    "DeleteRecord",
    "DraftItem",
    "FieldClash",
    "MergeActors",
    "Operation",
    "Plan",
    "RecordRef",
    "SetFields",
    "draft_items",
    "field_order",
    "find_record",
    "fresh_id",
    "keeping_draft_mark",
]

SECTION_MODELS: dict[str, type[BaseModel]] = {
    "": Briefing,
    "actors": Actor,
    "relations": Relation,
    "claims": Claim,
    "quotes": Quote,
    "sources": Source,
    "timeline": TimelineEntry,
    "notes": Note,
}
"""Which model validates a record of each section ("" is the briefing itself)."""

_ID_PREFIX = {"claims": "c", "quotes": "q", "notes": "n", "sources": "s", "actors": "a"}
_NUMBERED = re.compile(r"(.*?)(\d+)\Z")
_POSITION = re.compile(r"([a-z]+)(?:\.|\[)(\d+)\]?\Z")
_REQUIRED_REFERENCES = {("quotes", "speaker"), ("relations", "from"), ("relations", "to")}
"""References a record cannot exist without: deleting their target deletes the record."""


def field_order(section: str) -> tuple[str, ...]:
    """The keys of a section's records in the format's order (new keys go in their place)."""
    model = SECTION_MODELS[section]
    return tuple(info.alias or name for name, info in model.model_fields.items())


def _required(section: str, key: str) -> bool:
    model = SECTION_MODELS[section]
    return any(
        (info.alias or name) == key and info.is_required()
        for name, info in model.model_fields.items()
    )


@dataclass(frozen=True)
class RecordRef:
    """A record's place: its section ("" for the briefing) and index in that list."""

    section: str
    index: int | None = None

    @property
    def path(self) -> Path:
        return () if not self.section or self.index is None else (self.section, self.index)

    def record(self, data: Mapping[str, Any]) -> dict[str, Any]:
        if not self.section or self.index is None:
            return dict(data)
        item = data[self.section][self.index]
        assert isinstance(item, dict)
        return item


def find_record(data: Mapping[str, Any], address: str) -> RecordRef:
    """The record ``address`` names (see the module's docstring); RecordNotFound if none."""
    wanted = address.strip()
    if wanted in ("briefing", "") or (wanted == data.get("id") and not _ids_named(data, wanted)):
        return RecordRef("")
    position = _POSITION.match(wanted)
    if position and position.group(1) in SECTION_MODELS:
        section, index = position.group(1), int(position.group(2))
        items = data.get(section)
        if not isinstance(items, list) or index >= len(items):
            count = len(items) if isinstance(items, list) else 0
            raise RecordNotFound(
                f"{section} has {count} record{'s' if count != 1 else ''}; there is no"
                f" {section}.{index} (counted from 0)"
            )
        return RecordRef(section, index)
    section_name, colon, ident = wanted.partition(":")
    sections = [section_name] if colon else list(ID_SECTIONS)
    if not colon:
        ident = wanted
    elif section_name not in ID_SECTIONS:
        raise RecordNotFound(
            f"no section {one_line(section_name)!r} with ids; use one of: {', '.join(ID_SECTIONS)}"
        )
    hits = [
        RecordRef(section, i)
        for section in sections
        for i, record in enumerate(_items(data, section))
        if record.get("id") == ident
    ]
    if not hits:
        raise RecordNotFound(f"no record with id {one_line(ident)!r}{_close(data, ident)}")
    if len(hits) > 1:
        choices = ", ".join(f"{h.section}:{one_line(ident)}" for h in hits)
        raise RecordNotFound(f"{one_line(ident)!r} is an id in several sections; write {choices}")
    return hits[0]


def _ids_named(data: Mapping[str, Any], ident: str) -> bool:
    return any(r.get("id") == ident for s in ID_SECTIONS for r in _items(data, s))


def _items(data: Mapping[str, Any], section: str) -> list[dict[str, Any]]:
    items = data.get(section)
    return [r for r in items if isinstance(r, dict)] if isinstance(items, list) else []


def _close(data: Mapping[str, Any], ident: str) -> str:
    known = [str(r.get("id")) for s in ID_SECTIONS for r in _items(data, s) if r.get("id")]
    close = difflib.get_close_matches(ident, known, n=1, cutoff=0.6)
    return f" (did you mean {one_line(close[0])!r}?)" if close else ""


@dataclass(frozen=True)
class Plan:
    """The changes an operation makes, a line saying what it does, and what it made."""

    changes: list[Change]
    summary: str
    created: str | None = None
    also: list[str] = field(default_factory=list)
    reminders: list[str] = field(default_factory=list)
    """What still needs the analyst after this change (said with it, not in its label:
    an undo of it has nothing left to remind)."""


class Operation:
    """Base of the operations: ``plan`` works on any version of the file."""

    def plan(self, document: Document) -> Plan:  # pragma: no cover - abstract
        raise NotImplementedError

    def describe(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError


def _value_changes(
    base: Path, section: str, record: Mapping[str, Any], values: Mapping[str, Any]
) -> list[Change]:
    order = field_order(section)
    changes: list[Change] = []
    for key, value in values.items():
        empty = value is None or (isinstance(value, list | dict) and not value)
        if empty and _required(section, key) and isinstance(value, list | dict):
            if record.get(key) != value:  # a required list (the sources) stays, empty
                changes.append(SetValue((*base, key), value, order))
        elif empty:
            if key in record:
                changes.append(DeleteValue((*base, key)))
        elif key not in record or not same_data(record[key], value):
            changes.append(SetValue((*base, key), value, order))
    return changes


@dataclass(frozen=True)
class SetFields(Operation):
    """Set fields of one record; None or an empty list removes the field.

    Changing a record's id rewrites every reference to it, so nothing is left dangling.
    """

    address: str
    values: Mapping[str, Any]

    def describe(self) -> str:
        return f"set {', '.join(self.values)} of {self.address}"

    def plan(self, document: Document) -> Plan:
        data = document.data
        ref = find_record(data, self.address)
        record = ref.record(data)
        changes = _value_changes(ref.path, ref.section, record, self.values)
        new_id = self.values.get("id")
        noun = ID_SECTIONS.get(ref.section)
        if noun and isinstance(new_id, str) and record.get("id") != new_id:
            _refuse_taken_id(data, ref, new_id)
        if noun and isinstance(new_id, str) and record.get("id") not in (None, new_id):
            changes += _rewrite_references(data, noun, str(record["id"]), new_id, skip=())
        label = record_label(data, ref.section, ref.index)
        depth = len(ref.path)
        own = {c.path[depth] for c in changes if len(c.path) > depth and c.path[:depth] == ref.path}
        changed = [k for k in self.values if k in own]
        return Plan(changes, _set_summary(label, changed, self.values))


@dataclass(frozen=True)
class FieldClash:
    """A field the user changed that another program also changed on disk, to other text:
    saving over it would throw the other change away unseen."""

    label: str
    """The record, as the toasts name it ("claim c01")."""
    key: str
    theirs: Any
    """The field's value on disk now (None: removed there)."""
    mine: Any
    """The value the user saved."""

    @property
    def named(self) -> str:
        """The record and the field, on one line ("claim c01: statement"): the record's
        label comes from the file on disk, so it is shown as data."""
        return f"{one_line(self.label)}: {self.key}"


def field_clashes(
    operation: Operation, base: Document, now: Document
) -> tuple[list[FieldClash], Operation]:
    """The fields ``operation`` sets that ``now`` (the file as reloaded) changed since
    ``base`` (the version the edit was made on) to a value other than the user's, and the
    operation that keeps those changes on disk (the user's other fields still set).

    Only :class:`SetFields` sets fields; any other operation has no clash here (it is
    planned afresh on the new version, as before). A field the user did not touch is not
    in the operation, so a change on disk to it is kept as it is."""
    if not isinstance(operation, SetFields):
        return [], operation
    try:
        then_ref = find_record(base.data, operation.address)
        now_ref = find_record(now.data, operation.address)
    except EditError:
        return [], operation  # the record went: planning it says so in its own words
    then, current = then_ref.record(base.data), now_ref.record(now.data)
    label = record_label(now.data, now_ref.section, now_ref.index)
    clashes = [
        FieldClash(label, key, current.get(key), mine)
        for key, mine in operation.values.items()
        if not same_data(then.get(key), current.get(key)) and not same_data(current.get(key), mine)
    ]
    clashed = {clash.key for clash in clashes}
    keeping = {k: v for k, v in operation.values.items() if k not in clashed}
    return clashes, SetFields(operation.address, keeping)


_SHOWN_VALUE = re.compile(r"[\w.:-]{1,24}")
"""A value short and plain enough to name in the one-line summary (a grade, a status)."""


def _set_summary(label: str, changed: list[str], values: Mapping[str, Any]) -> str:
    """What a set did, in one line: one field set to a short word is named with its new
    value ("claim c05: likelihood → likely", "… reliability cleared"), so a quick key's
    toast says what the key chose; anything longer is only named as changed."""
    if len(changed) == 1:
        key, value = changed[0], values[changed[0]]
        if value is None:
            return f"{label}: {key} cleared"
        text = str(getattr(value, "value", value))
        if not isinstance(value, bool) and _SHOWN_VALUE.fullmatch(text):
            return f"{label}: {key} → {text}"
    return f"{label}: {', '.join(changed) or 'nothing'} changed"


def _refuse_taken_id(data: Mapping[str, Any], ref: RecordRef, new_id: str) -> None:
    """IdTaken when another record of the section already answers to ``new_id``."""
    items = data.get(ref.section)
    for index, other in enumerate(items if isinstance(items, list) else []):
        if index != ref.index and isinstance(other, dict) and other.get("id") == new_id:
            mine = record_label(data, ref.section, ref.index)
            theirs = record_label(data, ref.section, index)
            raise IdTaken(
                f"{one_line(mine)}: the id {one_line(new_id)!r} is already taken by"
                f" {one_line(theirs)}; choose another id"
            )


def _rewrite_references(
    data: Mapping[str, Any], noun: str, old: str, new: str, *, skip: tuple[Path, ...]
) -> list[Change]:
    """Changes that make every reference to ``old`` name ``new`` (lists keep no duplicate)."""
    changes: list[Change] = []
    lists: dict[Path, list[Any]] = {}
    for ref in find_referrers(data, noun, old):
        if any(ref.path[: len(s)] == s for s in skip):
            continue
        if ref.in_list:
            owner = ref.path[:-1]
            if owner not in lists:
                lists[owner] = list(_at(data, owner))
            continue
        changes.append(SetValue(ref.path, new))
    for owner, items in lists.items():
        replaced = list(dict.fromkeys(new if item == old else item for item in items))
        changes.append(SetValue(owner, replaced))
    return changes


def _at(data: Any, path: Path) -> Any:
    node = data
    for step in path:
        node = node[step]
    return node


def _slug(text: str) -> str:
    """An id from a name, from the words the drafter makes its ids of
    (:func:`tui.words.id_words`: umlauts as "oe" …, other accents dropped)."""
    return "-".join(id_words(text))[:60].strip("-")


def fresh_id(data: Mapping[str, Any], section: str, fields: Mapping[str, Any] = {}) -> str:
    """A new id in ``section`` following the file's pattern: after c24 comes c25, after
    q03 comes q04; for names without numbers, the record's name as a slug (``north-korea``).
    """
    taken = {str(r.get("id")) for s in ID_SECTIONS for r in _items(data, s) if r.get("id")}
    ours = [str(r.get("id")) for r in _items(data, section) if isinstance(r.get("id"), str)]
    numbered = [m for m in (_NUMBERED.match(i) for i in ours) if m]
    if numbered:
        prefix = Counter(m.group(1) for m in numbered).most_common(1)[0][0]
        mine = [m for m in numbered if m.group(1) == prefix]
        width = min(len(m.group(2)) for m in mine)
        number = max(int(m.group(2)) for m in mine) + 1
        while f"{prefix}{number:0{width}d}" in taken:
            number += 1
        return f"{prefix}{number:0{width}d}"
    name = fields.get("name") or fields.get("outlet") or fields.get("title")
    base = _slug(name) if isinstance(name, str) else ""
    if not base:
        base, number = _ID_PREFIX.get(section, "x"), 1
        while f"{base}{number}" in taken:
            number += 1
        return f"{base}{number}"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


@dataclass(frozen=True)
class AddRecord(Operation):
    """Add a record to a section; a fresh id is chosen when none is given."""

    section: str
    values: Mapping[str, Any]

    def describe(self) -> str:
        return f"add to {self.section}"

    def plan(self, document: Document) -> Plan:
        if self.section not in SECTION_MODELS or not self.section:
            raise EditError(
                f"no section {one_line(self.section)!r}; one of:"
                f" {', '.join(s for s in SECTION_MODELS if s)}"
            )
        values = {k: v for k, v in self.values.items() if v is not None and v != []}
        created = None
        if self.section in ID_SECTIONS and not values.get("id"):
            created = fresh_id(document.data, self.section, values)
            values["id"] = created
        elif isinstance(values.get("id"), str):
            created = values["id"]
        order = field_order(self.section)
        ordered = {k: values[k] for k in order if k in values}
        ordered.update((k, v) for k, v in values.items() if k not in ordered)
        noun = ID_SECTIONS.get(self.section, self.section)
        what = f"{noun} {created}" if created else f"a {noun}"
        return Plan([AppendItem((self.section,), ordered)], f"added {what}", created=created)


@dataclass(frozen=True)
class DeleteRecord(Operation):
    """Delete a record. When others refer to it, refuse (RecordInUse lists them) unless
    ``cascade``: then the references go too, and a record that cannot exist without its
    reference (a quote without its speaker, a relation without an end) is deleted with it.
    """

    address: str
    cascade: bool = False

    def describe(self) -> str:
        return f"delete {self.address}"

    def referrers(self, document: Document) -> list[Referrer]:
        """What refers to the record: what the UI shows before asking."""
        data = document.data
        ref = find_record(data, self.address)
        record = ref.record(data)
        noun = ID_SECTIONS.get(ref.section)
        if not noun or not isinstance(record.get("id"), str):
            return []
        return [
            r
            for r in find_referrers(data, noun, record["id"])
            if r.path[: len(ref.path)] != ref.path
        ]

    def plan(self, document: Document) -> Plan:
        data = document.data
        ref = find_record(data, self.address)
        if not ref.section or ref.index is None:
            raise EditError("the briefing itself cannot be deleted here; delete its file")
        label = record_label(data, ref.section, ref.index)
        referrers = self.referrers(document)
        if referrers and not self.cascade:
            raise RecordInUse(label, referrers)
        doomed: dict[str, set[int]] = {ref.section: {ref.index}}
        for r in referrers:
            if r.index is not None and (r.section, r.field) in _REQUIRED_REFERENCES:
                doomed.setdefault(r.section, set()).add(r.index)
        also = [
            record_label(data, section, i)
            for section, indexes in doomed.items()
            for i in sorted(indexes)
            if (section, i) != (ref.section, ref.index)
        ]
        changes: list[Change] = []
        lists: dict[Path, list[Any]] = {}
        for r in referrers:
            if r.index is not None and r.index in doomed.get(r.section, set()):
                continue
            if r.in_list:
                owner = r.path[:-1]
                lists.setdefault(owner, list(_at(data, owner)))
                lists[owner] = [item for item in lists[owner] if item != record_id(data, ref)]
            else:
                changes.append(DeleteValue(r.path))
        for owner, items in lists.items():
            changes.append(SetValue(owner, items) if items else DeleteValue(owner))
        changes += _delete_records(data, doomed)
        summary = f"deleted {label}"
        if referrers:
            summary += f" and {len(referrers)} reference{'s' if len(referrers) != 1 else ''} to it"
        if also:
            summary += f"; also deleted {', '.join(also)}"
        return Plan(changes, summary, also=also)


def record_id(data: Mapping[str, Any], ref: RecordRef) -> Any:
    return ref.record(data).get("id")


def _delete_records(data: Mapping[str, Any], doomed: Mapping[str, Iterable[int]]) -> list[Change]:
    changes: list[Change] = []
    for section, indexes in doomed.items():
        chosen = sorted(set(indexes))
        if len(chosen) == len(_at(data, (section,))):
            changes.append(
                SetValue((section,), []) if _required("", section) else DeleteValue((section,))
            )
        else:
            changes += [DeleteValue((section, i)) for i in chosen]
    return changes


@dataclass(frozen=True)
class MergeActors(Operation):
    """Merge actor ``other`` into ``keep``: every reference to ``other`` names ``keep``,
    ``other``'s name and aliases become ``keep``'s aliases, and ``other`` is deleted."""

    keep: str
    other: str

    def describe(self) -> str:
        return f"merge {self.other} into {self.keep}"

    def plan(self, document: Document) -> Plan:
        data = document.data
        keep = find_record(data, f"actors:{self.keep}")
        other = find_record(data, f"actors:{self.other}")
        if keep == other:
            raise EditError(f"{one_line(self.keep)} cannot be merged with itself")
        kept, gone = keep.record(data), other.record(data)
        changes = _rewrite_references(data, "actor", self.other, self.keep, skip=(other.path,))
        # the kept actor affiliated with the merged one would now belong to itself
        changes = [
            DeleteValue(c.path)
            if isinstance(c, SetValue) and c.path == (*keep.path, "affiliation")
            else c
            for c in changes
        ]
        names = {_alias_name(a) for a in kept.get("aliases") or []} | {kept.get("name")}
        new_aliases: list[Any] = []
        # An anonymous actor's name is a placeholder ("Unknown speaker", "Unnamed
        # officials"), not a name the kept actor goes by; the words the text used are.
        carried = [] if gone.get("anonymous") is True else [gone.get("name")]
        for alias in [*carried, *(gone.get("aliases") or [])]:
            name = _alias_name(alias)
            if name and name not in names:
                names.add(name)
                new_aliases.append(alias)
        if isinstance(kept.get("aliases"), list):
            shaped = [_alias_as_in(kept["aliases"], alias, gone) for alias in new_aliases]
            changes += [AppendItem((*keep.path, "aliases"), alias) for alias in shaped]
        elif new_aliases:
            # one new list: appending item by item to a list that is not there would
            # write the key once per alias
            changes.append(SetValue((*keep.path, "aliases"), new_aliases, field_order("actors")))
        changes.append(DeleteValue(other.path))
        count = len(find_referrers(data, "actor", self.other))
        summary = (
            f"merged actor {one_line(self.other)} into {one_line(self.keep)}: {count}"
            f" reference{'s' if count != 1 else ''} rewritten, {len(new_aliases)}"
            f" alias{'es' if len(new_aliases) != 1 else ''} added"
        )
        return Plan(changes, summary)


def _alias_as_in(aliases: list[Any], alias: Any, gone: Mapping[str, Any]) -> Any:
    """``alias`` in the style of the list it joins: a name joining a list of mappings (a
    drafted actor's, each with its paragraph) is a mapping too, with the paragraph the
    merged actor's own aliases gave that name, so the list keeps one style."""
    if not isinstance(alias, str) or not any(isinstance(a, Mapping) for a in aliases):
        return alias
    shaped: dict[str, Any] = {"name": alias}
    for known in gone.get("aliases") or []:
        paragraph = known.get("paragraph") if isinstance(known, Mapping) else None
        if isinstance(paragraph, int) and paragraph > 0 and known.get("name") == alias:
            shaped["paragraph"] = paragraph
            break
    return shaped


def _alias_name(alias: Any) -> Any:
    return alias.get("name") if isinstance(alias, Mapping) else alias


def _is_marked(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(DRAFT_MARK)


def _still_to_do(section: str, record: Mapping[str, Any]) -> list[str]:
    """What the drafter's advice asked that still holds once it is gone: a claim whose
    statement is still the article's sentence, a quote in another language with no
    translation. Said in the accept's toast, so accepting never hides it silently."""
    left: list[str] = []
    if section == "claims":
        statement, excerpt = record.get("statement"), record.get("excerpt")
        if isinstance(excerpt, Mapping):
            excerpt = excerpt.get("exact")
        if (
            isinstance(statement, str)
            and isinstance(excerpt, str)
            and (copies_excerpt(statement, excerpt))
        ):
            left.append(
                "its statement still copies the article's sentence: rewrite it in your own words"
            )
    if section == "quotes":
        language = str(record.get("language") or "")
        if language and not language.startswith("en") and not record.get("translation"):
            left.append("it has no translation yet")
    return left


def _provenance(advice: str) -> str:
    """What of the drafter's ``advice`` is a record, not a to-do: the article source's
    "the article this briefing was drafted from (FILE)" is the only word of where the
    article lives (it has no url), so accepting keeps it without the mark."""
    return unmarked(advice) if advice.startswith(ARTICLE_ADVICE) else ""


@dataclass(frozen=True)
class AcceptDraft(Operation):
    """Accept a reviewed draft item: the drafter's advice goes, so it never reaches an
    export as if the analyst had written it. A ``Draft:`` note, description or text is
    advice on its first line; lines the analyst added below it stay (nothing they wrote
    is dropped), and so does the article source's record of the file it was drafted from
    (:func:`_provenance`). The draft's general note, advice and nothing else, goes whole. What the
    advice asked that still holds is in the plan's reminders (:func:`_still_to_do`)."""

    address: str

    def describe(self) -> str:
        return f"accept {self.address}"

    def plan(self, document: Document) -> Plan:
        data = document.data
        ref = find_record(data, self.address)
        record = ref.record(data)
        base = ref.path
        label = record_label(data, ref.section, ref.index)
        changes: list[Change] = []
        for key in marked_keys(ref.section):
            value = record.get(key)
            if not isinstance(value, str) or not _is_marked(value):
                continue
            advice, own = split_advice(value)
            own = "\n".join(part for part in (_provenance(advice), own) if part)
            if own:
                changes.append(SetValue((*base, key), own))
            elif ref.section == "notes" and ref.index is not None:
                return Plan(
                    _delete_records(data, {"notes": [ref.index]}),
                    f"accepted {label}: the drafter's note is removed",
                )
            else:
                changes.append(DeleteValue((*base, key)))
        for j, alias in enumerate(record.get("aliases") or []):
            if isinstance(alias, Mapping) and _is_marked(alias.get("note")):
                _, own = split_advice(alias["note"])
                path = (*base, "aliases", j, "note")
                changes.append(SetValue(path, own) if own else DeleteValue(path))
        if not changes:
            raise EditError(f"{label} is not marked {DRAFT_MARK!r}; nothing to accept")
        return Plan(changes, f"accepted {label}", reminders=_still_to_do(ref.section, record))


def keeping_draft_mark(
    section: str, record: Mapping[str, Any], values: Mapping[str, Any]
) -> dict[str, Any]:
    """``values`` of a form edit of a draft ``record``, its ``Draft:`` mark kept.

    In the review, an edit is not an accept: a note or description typed anew over the
    drafter's advice would drop the mark and with it the item from the review, unlooked
    at by anyone's decision. The advice (its first line, see :func:`split_advice`) goes
    back on top of what was typed, which stays whole below it; accepting (``a``) then
    removes the advice and keeps those words."""
    kept = dict(values)
    for key in marked_keys(section):
        old, new = record.get(key), kept.get(key)
        if key not in kept or not _is_marked(old) or _is_marked(new):
            continue
        advice, _ = split_advice(str(old))
        typed = str(new).strip() if isinstance(new, str) else ""
        kept[key] = "\n".join(part for part in (advice or DRAFT_MARK, typed) if part)
    return kept


@dataclass(frozen=True)
class DraftItem:
    """A record still marked ``Draft:``, with where it sits in the article."""

    ref: RecordRef
    address: str
    label: str
    paragraph: int | None


def _paragraph(record: Mapping[str, Any]) -> int | None:
    found = [record.get("paragraph")] + [
        a.get("paragraph") for a in record.get("aliases") or [] if isinstance(a, Mapping)
    ]
    numbers = [p for p in found if isinstance(p, int) and not isinstance(p, bool)]
    return min(numbers) if numbers else None


def _first_mentions(data: Mapping[str, Any]) -> dict[tuple[str, str], int]:
    """The first paragraph in which a claim or quote names each actor and source: where
    a reader meets an actor or a source that has no paragraph of its own."""
    first: dict[tuple[str, str], int] = {}

    def seen(section: str, ident: object, paragraph: int) -> None:
        if isinstance(ident, str):
            key = (section, ident)
            first[key] = min(first.get(key, paragraph), paragraph)

    for section in ("claims", "quotes"):
        for record in data.get(section) or []:
            if not isinstance(record, Mapping):
                continue
            paragraph = record.get("paragraph")
            if not isinstance(paragraph, int) or isinstance(paragraph, bool):
                continue
            for name in ("attributed_to", "speaker", "about"):
                seen("actors", record.get(name), paragraph)
            for ident in record.get("actors") or []:
                seen("actors", ident, paragraph)
            for ident in record.get("sources") or []:
                seen("sources", ident, paragraph)
    return first


def settled_counts(data: Mapping[str, Any]) -> dict[str, tuple[int, int]]:
    """For each section, how many of its records are not marked ``Draft:`` (accepted, in
    this review or an earlier one, or added by a person) and how many it holds, as the
    file has them now: the review's progress counts these, so a reopened review goes on
    where the last stopped, and a record merged away or rejected is counted nowhere (it
    is no longer in the file)."""
    counts: dict[str, tuple[int, int]] = {}
    for section in list(SECTION_MODELS)[1:]:
        records = [r for r in data.get(section) or [] if isinstance(r, Mapping)]
        done = sum(1 for record in records if not is_draft(section, record))
        counts[section] = (done, len(records))
    return counts


_AFTER_EVERY_PARAGRAPH = 1 << 62
"""Where a note with no place in the article comes in the review's order: last."""


def draft_items(data: Mapping[str, Any]) -> list[DraftItem]:
    """Every record still marked ``Draft:``, in article order: by paragraph, an actor or
    a source at the first paragraph that names it (its own, its aliases', or where a claim
    or quote first names it; an outlet's source where its actor is); records with no
    place in the article (an actor nothing names, the byline's writer) first, by section,
    and the general note last: it is the drafter's word on the whole draft, and
    accepting it (which removes it) ends the review rather than interrupting it."""
    sections = list(SECTION_MODELS)[1:]
    mentions = _first_mentions(data)
    found: list[tuple[tuple[int, int, int], DraftItem]] = []
    for rank, section in enumerate(sections):
        for i, record in enumerate(data.get(section) or []):
            if not isinstance(record, Mapping) or not is_draft(section, record):
                continue
            ident = record.get("id")
            address = f"{section}:{ident}" if isinstance(ident, str) else f"{section}.{i}"
            # the first paragraph that names it: an alias's or a claim's that lists it
            # (a court named in paragraph 1 by a claim, its alias "the court" in 4)
            places = [_paragraph(record)]
            if isinstance(ident, str):
                places.append(mentions.get((section, ident)))
            paragraph = min((p for p in places if p is not None), default=None)
            if paragraph is None and section == "sources" and isinstance(ident, str):
                # an outlet's source shares its actor's id: where the outlet is named
                paragraph = mentions.get(("actors", ident))
            item = DraftItem(
                RecordRef(section, i), address, record_label(data, section, i), paragraph
            )
            if paragraph is None and section == "notes":
                paragraph = _AFTER_EVERY_PARAGRAPH
            found.append(((paragraph or 0, rank, i), item))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]
