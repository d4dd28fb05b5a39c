"""What the briefing screen does when the analyst edits: forms, quick keys, add, delete,
undo and redo, the hand-off to ``$EDITOR``, all saved through one queue.

Saves run in a thread worker (a large file takes seconds to check and write), one after
another in the order asked, so three quick presses of ``s`` are three saves in order.
After each save the screen shows the saved version (keeping the reader's place) and a
toast names what was done; a refused save keeps the form open with the user's input
and the loader's messages. A file changed on disk shows what is known at once: a field
also changed there (both values, keep either or edit), the record removed there (add it
back, or keep the form), the file deleted (write it back, or cancel); any other change is
offered "reload and apply again".
"""

from __future__ import annotations

import difflib
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tui.text import has_control, one_line, shown_path
from tui.ui.edit.desk import POSITIONAL, Desk, address_of
from tui.words import count

if TYPE_CHECKING:
    from textual.app import App

    from tui.edit.document import Document
    from tui.edit.errors import EditError, FileChanged, FileGone, RecordGone
    from tui.edit.operations import FieldClash, Operation
    from tui.edit.session import Applied, BothChanged
    from tui.profile import SourcingProfile
    from tui.speakers import SpeakerMismatch
    from tui.ui.edit.form import RecordForm
    from tui.ui.screens.briefing import BriefingScreen

__all__ = ["QUICK_FIELDS", "Editing", "Job", "changed_place", "clash_lines", "record_choices"]

QUICK_FIELDS: dict[str, dict[str, str]] = {
    "status": {"claims": "status", "sources": "reliability"},
    "likelihood": {"claims": "likelihood"},
    "credibility": {"claims": "credibility"},
    "kind": {s: "kind" for s in ("claims", "sources", "actors", "quotes", "relations")},
}
"""Quick key -> the field it steps in each section (``s`` is a claim's status and a
source's reliability: the one judgement each gets most)."""

REVIEW_FIRST_FIELD = {
    "claims": "statement",
    "actors": "name",
    "quotes": "translation",
    "sources": "title",
    "notes": "text",
}
"""The field the review's edit form opens on: what the drafter's advice asks the analyst
to do first (rewrite the statement, check the name, add a translation or a title). The
id, the form's first field, is the one field a review rarely changes, and "select all,
retype" there replaced it."""

_KEEPS_ADVICE = (
    "In review: the drafter's Draft: advice stays on top of a note you rewrite, until"
    " you accept the item (a); your words are kept."
)
"""Said in the review's edit form: advice selected and typed over comes back on save,
by design (an edit is not an accept), and would otherwise surprise."""

ADDABLE = ("actors", "claims", "quotes", "sources", "relations", "timeline")
NOUNS = {
    "actors": "actor",
    "claims": "claim",
    "quotes": "quote",
    "sources": "source",
    "relations": "relation",
    "timeline": "timeline entry",
    "notes": "analyst note",
    "": "briefing",
}


@dataclass
class Job:
    """One save to make: an operation (or an undo, a redo) and who waits for it."""

    kind: str  # "apply", "undo" or "redo"
    operation: Operation | None = None
    form: RecordForm | None = None
    reload: bool = False
    write_back: bool = False
    """The file was deleted on disk: write the version read, with the change, back."""
    after: Callable[[Applied], None] | None = None
    pending: tuple[str, str] | None = None
    value: Any = None
    outcome: list[Any] = field(default_factory=list)
    place: tuple[str, str | None] | None = None
    """Where an undo or redo changed the briefing (:func:`changed_place`): shown after."""
    ended: bool = False
    """The save is over without being made (refused, cancelled, or handed to another
    job): a key that waits for it (the review's ``a``) may act again rather than do
    nothing."""
    not_made: Callable[[], None] | None = None
    """Called when a save made by a key ends without being made and says so, before the
    message: the review goes back to the item, so "press the key again" means it."""


_RECORD_SECTIONS = ("actors", "claims", "quotes", "sources", "relations", "timeline")


def _records(data: Mapping[str, Any], section: str) -> list[Any]:
    found = data.get(section)
    return list(found) if isinstance(found, list) else []


def changed_place(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[str, str | None]:
    """Where a step changed the briefing, for an undo or a redo to show it: the first
    record (in the sections' order) that the step added or changed, as (section, key);
    (section, None) when records only left a section; ("overview", None) when the
    briefing's own fields or its notes changed."""
    for section in _RECORD_SECTIONS:
        old, new = _records(before, section), _records(after, section)
        if old == new:
            continue
        if section in ("relations", "timeline"):  # known by position
            for position, record in enumerate(new):
                if position >= len(old) or old[position] != record:
                    return section, str(position)
            return section, None
        by_id = {r.get("id"): r for r in old if isinstance(r, Mapping)}
        for record in new:
            if isinstance(record, Mapping) and by_id.get(record.get("id")) != record:
                return section, str(record.get("id"))
        return section, None
    return "overview", None


def record_choices(data: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """(label, id) of the records a reference can name, for the form's pickers."""

    def items(section: str) -> list[dict[str, Any]]:
        found = data.get(section)
        return [r for r in found if isinstance(r, dict)] if isinstance(found, list) else []

    def label(record: dict[str, Any], *keys: str) -> str:
        ident = str(record.get("id"))
        for key in keys:
            if isinstance(record.get(key), str) and record[key].strip():
                return f"{ident}  {one_line(record[key])[:60]}"
        return ident

    return {
        "actors": [(label(r, "name"), str(r.get("id"))) for r in items("actors")],
        "sources": [
            (label(r, "title", "outlet", "url"), str(r.get("id"))) for r in items("sources")
        ],
        "claims": [(label(r, "statement"), str(r.get("id"))) for r in items("claims")],
    }


SAVING_SHOWN_AFTER = 0.4
"""Seconds a save may take before the screen says it is under way: a file of thousands
of claims takes seconds, and a key that seems ignored gets pressed again."""

_ASKING = 2.0
"""Seconds a delete's question may take to appear, during which the same delete asked
again is the same question (after that, a question that never came is asked anew)."""


class Editing:
    """The briefing screen's edits: it owns the :class:`Desk` and the save queue."""

    def __init__(self, screen: BriefingScreen) -> None:
        self.screen = screen
        self.desk = Desk(screen.path)
        self._jobs: deque[Job] = deque()
        self._draining = False
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, str], Any] = {}
        self.listeners: list[Callable[[Document], None]] = []
        """Called with each saved version (the review screen redraws from it)."""
        self._running: Job | None = None
        """The save being made now (its bar is shown if it takes long)."""
        self._deleting: dict[str, float] = {}
        """When a delete of each record was last asked for and not yet answered: the
        question comes after the file is read, and a second quick press must not put a
        second copy of it on screen."""

    # --- the queue -------------------------------------------------------------------------

    def submit(self, job: Job) -> None:
        """Save ``job`` after the saves already asked for."""
        with self._lock:
            self._jobs.append(job)
            if self._draining:
                return
            self._draining = True
        self.screen.run_worker(self._drain, thread=True, group="edit")

    @property
    def busy(self) -> bool:
        return self._draining

    def _drain(self) -> None:
        from tui.edit.errors import EditError, FileChanged
        from tui.errors import BriefingError
        from tui.profile import sourcing_profile

        while True:
            with self._lock:
                if not self._jobs:
                    self._draining = False
                    return
                job = self._jobs.popleft()
            self.screen.app.call_from_thread(self._started, job)
            applied: Applied | None = None
            profile: SourcingProfile | None = None
            error: BriefingError | None = None
            try:
                if job.kind in ("undo", "redo"):
                    before = self.desk.document()
                    applied = self.desk.undo() if job.kind == "undo" else self.desk.redo()
                    if applied is not None:
                        job.place = changed_place(before.data, applied.document.data)
                else:
                    assert job.operation is not None
                    applied = self._save(job, job.operation)
                if applied is not None:
                    profile = sourcing_profile(applied.document.briefing)
            except FileChanged as caught:
                error = self._known_conflict(job, caught)
            except (EditError, BriefingError) as caught:
                error = caught
            except OSError as caught:
                error = BriefingError(f"{one_line(str(caught))}; nothing was written")
            except Exception as caught:  # a fault of ours: said, and the queue goes on
                error = BriefingError(
                    f"the save stopped on an unexpected error ({one_line(repr(caught))});"
                    " press r to see the file as it is"
                )
            self.screen.app.call_from_thread(self._done, job, applied, profile, error)

    def _started(self, job: Job) -> None:
        self._running = job
        self.screen.set_timer(SAVING_SHOWN_AFTER, lambda: self._still_saving(job))

    def _still_saving(self, job: Job) -> None:
        if self._running is not job:
            return
        doing = {"undo": "Undoing the last change", "redo": "Redoing a change"}.get(
            job.kind, "Saving the change"
        )
        waiting = len(self._jobs)
        more = f"; {waiting} more waiting" if waiting else ""
        self.screen.show_saving(
            f"{doing} in {shown_path(self.screen.path.name)}… (a large file takes a while{more})"
        )

    def _save(self, job: Job, operation: Operation) -> Applied | None:
        """Make ``job``'s save: as asked, on the file reloaded, or written back."""
        if job.write_back:
            return self.desk.write_back(operation)
        return self.desk.apply(operation, reload=job.reload)

    def _known_conflict(self, job: Job, changed: FileChanged) -> EditError:
        """A save refused because the file changed on disk: when the change touched the
        record the form edits (removed it, or set a field the user set), that is the
        error to show, with both values, rather than "reload and apply again" first.
        Otherwise (or when the file cannot be read now) ``changed`` as it was."""
        from tui.edit.errors import EditError, FileGone
        from tui.errors import BriefingError

        if job.kind != "apply" or job.operation is None or isinstance(changed, FileGone):
            return changed
        try:
            self.desk.known_conflict(job.operation)
        except EditError as known:
            return known
        except (BriefingError, OSError):
            return changed
        return changed

    def _done(
        self,
        job: Job,
        applied: Applied | None,
        profile: SourcingProfile | None,
        error: BaseException | None,
    ) -> None:
        from tui.edit.errors import EditRefused, FileChanged, FileGone, RecordGone
        from tui.edit.session import BothChanged

        if self._running is job:
            self._running = None
            if not self._jobs:
                self.screen.show_saving(None)
        if job.pending is not None and self._pending.get(job.pending) == job.value:
            del self._pending[job.pending]
        job.outcome.append(applied if error is None else error)
        screen = self.screen
        job.ended = error is not None or applied is None
        if error is None:
            if applied is None:
                screen.notify(
                    f"Nothing to {job.kind}"
                    + (
                        " in this session (the changes of an earlier one are in the file's"
                        " own history: git diff, git log)"
                        if job.kind == "undo"
                        else ""
                    ),
                    severity="information",
                )
                return
            screen.show_saved(applied.document, profile)
            if job.place is not None:  # an undo or redo: show what it changed
                screen.show_change(*job.place)
            for listener in list(self.listeners):
                listener(applied.document)
            label = one_line(applied.label)
            if job.form is not None:
                job.form.saved(label)
            title = {"undo": "Undone", "redo": "Redone"}.get(job.kind, "Saved")
            if not applied.written:  # the file already said this: nothing was saved
                title = "Nothing changed"
            timeout: float | None = None
            if job.pending is not None:  # a quick key: its toast leaves the changed line be
                from tui.ui.quickkeys import QUICK_TOAST_SECONDS

                place = getattr(screen.app.screen, "place_quick_toast", None)
                if callable(place):
                    place(job.pending[1])
                timeout = QUICK_TOAST_SECONDS
            reminders = applied.plan.reminders if applied.plan is not None else []
            _drop_change_toasts(screen.app)  # one change's toast at a time, the latest
            if reminders:  # what still needs the analyst: said with the change, longer
                text = "; ".join([label[:1].upper() + label[1:], *map(one_line, reminders)])
                screen.notify(text, title=title, severity="warning", timeout=10, markup=False)
            else:
                screen.notify(
                    label[:1].upper() + label[1:], title=title, timeout=timeout, markup=False
                )
            if job.after is not None:
                job.after(applied)
            return
        if isinstance(error, FileGone) and job.kind == "apply":
            self._offer_write_back(job, error)
            return
        if isinstance(error, RecordGone):
            if job.form is not None:
                self._offer_add_back(job, error)
            else:  # a quick key: there is no text of the user's to keep
                screen.notify(
                    f"{one_line(error.label)} was removed on disk (or its id was changed);"
                    " nothing was written (press r to read the file again)",
                    title="Not saved",
                    severity="warning",
                    timeout=10,
                    markup=False,
                )
            return
        if isinstance(error, FileChanged) and job.kind == "apply":
            self._offer_reload(job, error)
            return
        if isinstance(error, BothChanged):
            self._offer_choice(job, error)
            return
        lines = [str(p) for p in error.problems] if isinstance(error, EditRefused) else [str(error)]
        if job.form is not None:
            # the form's text is not in the file yet: a line and column of the file it
            # would make point nowhere the user can see, so the form gets the words only
            if isinstance(error, EditRefused):
                lines = [_form_wording(p.message) for p in error.problems]
            job.form.refused(lines)
        else:
            if job.not_made is not None:
                job.not_made()
            screen.notify("\n".join(lines), title="Not saved", severity="error", timeout=10)

    def _offer_reload(self, job: Job, error: BaseException) -> None:
        from tui.ui.edit.dialogs import ChoiceDialog

        answers = [
            ("reload", "Reload the file and apply this change again"),
            ("diff", "Show what changed on disk"),
            ("cancel", "Cancel (nothing is written)"),
        ]

        def answered(answer: str | None) -> None:
            if answer == "reload":
                job.reload = True
                job.ended = False
                job.outcome.clear()
                self.submit(job)
            elif answer == "diff":
                self.screen.app.push_screen(
                    ChoiceDialog(
                        f"{job_named(job)}: what changed on disk", self.disk_difference(), answers
                    ),
                    answered,
                )
            elif job.form is not None:
                job.form.refused([str(error)])
            else:
                self._not_saved(job, "the file changed on disk")

        self.screen.app.push_screen(
            ChoiceDialog(
                f"{job_named(job)}: the file changed on disk since it was read",
                [str(error)],
                answers,
            ),
            answered,
        )

    def _not_saved(self, job: Job, why: str) -> None:
        """Say that a save made by a key (no form to show it in) was not made: a dialog
        closed without the change must never look as if it had been saved."""
        if job.not_made is not None:
            job.not_made()
        self.screen.notify(
            f"{job_named(job)}: {why}; nothing was written (press the key again to retry)",
            title="Not saved",
            severity="warning",
            timeout=10,
            markup=False,
        )

    def _offer_write_back(self, job: Job, error: FileGone) -> None:
        """The file was deleted on disk: reloading has nothing to read, so offer to write
        the version read, with this change, back as a new file at the same path (the
        same atomic write as any save), or to cancel. Never the reload that loops."""
        from tui.ui.edit.dialogs import ChoiceDialog

        answers = [
            ("write", "Write the briefing back as it was read, with this change"),
            ("cancel", "Cancel (nothing is written)"),
        ]

        def answered(answer: str | None) -> None:
            if answer == "write":
                self.submit(
                    Job("apply", job.operation, form=job.form, after=job.after, write_back=True)
                )
            elif job.form is not None:
                job.form.refused([str(error)])
            else:
                self.screen.notify(str(error), title="Not saved", severity="warning")

        self.screen.app.push_screen(
            ChoiceDialog("The file was deleted on disk", [str(error)], answers), answered
        )

    def _offer_add_back(self, job: Job, error: RecordGone) -> None:
        """The record being edited was removed (or renamed) on disk: say so, and offer to
        add it back as a new record (as read, with the user's changes), or to go back to
        the form with its text kept."""
        from tui.edit.operations import AddRecord
        from tui.ui.edit.dialogs import ChoiceDialog

        answers = [
            ("add", f"Add my {one_line(error.label)} back as a new record"),
            ("form", "Back to the form (nothing is written; the text is kept)"),
        ]

        def answered(answer: str | None) -> None:
            if answer == "add":
                operation = AddRecord(error.section, error.record)
                self.submit(Job("apply", operation, form=job.form, after=self._go_to_created))
            elif job.form is not None:
                job.form.refused([str(error)])

        question = f"{one_line(error.label)} was removed on disk (or renamed)"
        self.screen.app.push_screen(ChoiceDialog(question, [str(error)], answers), answered)

    def _offer_choice(self, job: Job, error: BothChanged) -> None:
        """A field the user set was changed on disk too: show both values and let the user
        choose. The first answer (what Enter picks) keeps the text on disk; writing over it
        is a choice made by name, never the default."""
        from tui.ui.edit.dialogs import ChoiceDialog

        details = clash_lines(error.clashes)
        answers = [
            ("theirs", "Keep the version on disk (drop my change to these fields)"),
            ("mine", "Keep mine (write over the change on disk)"),
        ]
        if job.form is not None:
            answers.append(("edit", "Edit: back to the form, both versions shown"))
        answers.append(("cancel", "Cancel (nothing is written)"))

        def answered(answer: str | None) -> None:
            if answer in ("theirs", "mine"):
                operation = error.keep_theirs if answer == "theirs" else job.operation
                self.submit(Job("apply", operation, form=job.form, after=job.after))
            elif job.form is not None:
                lines = [str(error)] if answer != "edit" else details
                if answer == "edit":
                    lines.append("ctrl+s saves what the form holds over the version on disk now")
                job.form.refused(lines)
            else:
                self._not_saved(job, "the same field changed on disk")

        question = "Also changed on disk: " + ", ".join(clash.named for clash in error.clashes)
        self.screen.app.push_screen(ChoiceDialog(question, details, answers), answered)

    def disk_difference(self, limit: int = 30) -> list[str]:
        """The lines that differ between the version edited (or, before any edit opened
        it, the version shown) and the file on disk now."""
        from tui.errors import BriefingError
        from tui.loader import decode, read_bounded

        session, name = self.desk.session, str(self.desk.path)
        try:
            if session is not None:
                then = session.document.text
            elif self.desk.shown_bytes is not None:
                then = decode(self.desk.shown_bytes, name)
            else:
                return ["(the file has not been shown yet)"]
            now = decode(read_bounded(name), name)
        except (BriefingError, OSError) as error:
            return [f"the file cannot be read now: {one_line(str(error))}"]
        lines = [
            line.rstrip("\n")
            for line in difflib.unified_diff(
                then.splitlines(keepends=True),
                now.splitlines(keepends=True),
                "as read",
                "on disk now",
                n=1,
            )
        ]
        if len(lines) > limit:
            lines = [*lines[:limit], f"… and {len(lines) - limit} more lines"]
        return lines or ["(no difference in the text: only the bytes, e.g. line endings)"]

    # --- the version being edited -------------------------------------------------------------

    def with_document(self, then: Callable[[Document], None]) -> None:
        """Call ``then`` with the version edits apply to (opened off the UI thread)."""
        self.screen.run_worker(lambda: self._open(then), thread=True, group="edit-open")

    def _open(self, then: Callable[[Document], None]) -> None:
        from tui.errors import BriefingError

        try:
            document = self.desk.document()
        except BriefingError as error:
            self.screen.app.call_from_thread(
                self.screen.notify, str(error), title="Cannot edit", severity="error", timeout=10
            )
            return
        self.screen.app.call_from_thread(self._with, then, document)

    def _with(self, then: Callable[[Document], None], document: Document) -> None:
        from tui.edit.errors import EditError

        try:
            then(document)
        except EditError as error:  # a stale selection: the record is no longer there
            self.screen.notify(
                f"{error} (press r to read the file again)", severity="warning", timeout=8
            )

    # --- forms -------------------------------------------------------------------------------

    def open_form(
        self,
        section: str,
        key: str | None,
        *,
        adding: bool = False,
        keep_draft: bool = False,
    ) -> None:
        """The form for the record (``section``, ``key``), or an empty one to add.

        ``keep_draft`` (the review's edits): a draft stays marked ``Draft:`` whatever is
        typed over its advice, since only accepting accepts
        (:func:`tui.edit.operations.keeping_draft_mark`)."""

        def show(document: Document) -> None:
            from tui.edit.operations import AddRecord, SetFields, keeping_draft_mark
            from tui.ui.edit.desk import record_of
            from tui.ui.edit.form import RecordForm

            data_section = "" if section == "overview" else section
            record = {} if adding else record_of(document.data, data_section, key)
            noun = NOUNS.get(data_section, data_section)
            if _acts_on_terminal(record):
                # A text field shows what it holds as it is: an escape in a statement
                # would reach the terminal. The views show it as a stand-in (␛).
                what = f"{noun} {one_line(key)}" if key and data_section else f"the {noun}"
                self.screen.notify(
                    f"{what} holds control characters (shown as ␛ and the like), which a"
                    " form would send to the terminal: edit it in your editor (f4) or with"
                    " briefing set",
                    severity="warning",
                )
                return
            if adding:
                title = f"Add {'an' if noun[0] in 'aeiou' else 'a'} {noun}"
            else:
                title = f"Edit {noun} {key}" if key and data_section else f"Edit the {noun}"
            address = address_of(section, key)

            def submit(values: dict[str, Any], form: RecordForm) -> None:
                operation: Operation
                after: Callable[[Applied], None] = self._go_to_created
                if adding:
                    operation = AddRecord(data_section, values)
                else:
                    if keep_draft:
                        values = keeping_draft_mark(data_section, record, values)
                    operation = SetFields(address, values)
                    after = self._after_edit(data_section, record, values)
                self.submit(Job("apply", operation, form=form, after=after))

            self.screen.app.push_screen(
                RecordForm(
                    title,
                    data_section,
                    record,
                    record_choices(document.data),
                    submit,
                    adding=adding,
                    language=_language(document.data),
                    focus=REVIEW_FIRST_FIELD.get(data_section) if keep_draft else None,
                    notice=_KEEPS_ADVICE if keep_draft and not adding else None,
                )
            )

        self.with_document(show)

    def _after_edit(
        self, section: str, record: Mapping[str, Any], values: Mapping[str, Any]
    ) -> Callable[[Applied], None]:
        """What follows a record's edit once saved: a claim whose ``attributed_to``
        changed offers the same change to the speaker of each quote that backs it and
        still names the one before, and a quote whose speaker changed offers it to the
        claims it backs (the drafter's errors come in pairs)."""
        key = {"claims": "attributed_to", "quotes": "speaker"}.get(section)
        before = record.get(key) if key is not None else None
        after = values.get(key, before) if key is not None else None
        ident = record.get("id")
        if before == after or not isinstance(before, str) or not isinstance(after, str):
            return self._go_to_created
        if not isinstance(ident, str):
            return self._go_to_created

        def offer(applied: Applied) -> None:
            self._go_to_created(applied)
            if section == "claims":
                self.offer_speaker_change(applied.document, ident, before)
            else:
                self.offer_attribution_change(applied.document, ident, before)

        return offer

    def offer_attribution_change(self, document: Document, quote: str, before: str) -> None:
        """Ask whether the claims that ``quote`` backs and that are still attributed to
        ``before`` (its speaker until now) should be attributed to its new speaker too:
        the same pair as :meth:`offer_speaker_change`, fixed from the quote's side. Enter
        keeps them, and the details go on saying that the two disagree."""
        from tui.speakers import speaker_mismatches

        found = [
            m
            for m in speaker_mismatches(document.briefing, quote=quote)
            if m.attributed_to == before
        ]
        if not found:
            return
        claims = ", ".join(one_line(m.claim) for m in found)
        was = one_line(found[0].attributed_name)
        now = one_line(found[0].speaker_name)
        noun, verb = ("Claim", "is") if len(found) == 1 else ("Claims", "are")
        self._offer_pair_fix(
            f"{noun} {claims} backed by quote {one_line(quote)} {verb} still attributed to {was}",
            found,
            (f"Keep {claims} attributed to {was}", f"Attribute {claims} to {now} too"),
            f"{noun} {claims} {verb} still attributed to {was}; quote {one_line(quote)} names"
            f" {now} as speaker",
            [(address_of("claims", m.claim), {"attributed_to": m.speaker}) for m in found],
        )

    def offer_speaker_change(self, document: Document, claim: str, before: str) -> None:
        """Ask whether the quotes that back ``claim`` and still name ``before`` as their
        speaker should name the claim's new ``attributed_to`` too. The first answer (what
        Enter picks) keeps them: a write is chosen by name. Kept, the claim's detail and
        ``briefing validate`` go on saying that the two disagree."""
        from tui.speakers import speaker_mismatches

        found = [m for m in speaker_mismatches(document.briefing, claim) if m.speaker == before]
        if not found:
            return
        quotes = ", ".join(one_line(m.quote) for m in found)
        was = one_line(found[0].speaker_name)
        now = one_line(found[0].attributed_name)
        noun, verb = ("Quote", "names") if len(found) == 1 else ("Quotes", "name")
        changes, role_note = _speaker_changes(document, found)
        self._offer_pair_fix(
            f"{noun} {quotes} backing claim {one_line(claim)} still {verb} {was}",
            found,
            (
                f"Keep the speaker of {quotes} ({was})",
                f"Change the speaker of {quotes} to {now} too{role_note}",
            ),
            f"{noun} {quotes} still {verb} {was} as speaker; claim {one_line(claim)} is"
            f" attributed to {now}",
            changes,
        )

    def _offer_pair_fix(
        self,
        question: str,
        found: Sequence[SpeakerMismatch],
        answers: tuple[str, str],
        kept: str,
        changes: Sequence[tuple[str, dict[str, Any]]],
    ) -> None:
        """The dialog both sides of a quote and its claim ask: keep (first, what Enter
        picks: a write is chosen by name; ``kept`` then says the two still disagree) or
        make ``changes`` (an address and its fields each), with every disagreement
        ``found`` in its details."""
        from tui.edit.operations import SetFields
        from tui.ui.edit.dialogs import ChoiceDialog

        def answered(answer: str | None) -> None:
            if answer != "change":
                self.screen.notify(kept, severity="warning", timeout=8, markup=False)
                return
            for address, fields in changes:
                self.submit(Job("apply", SetFields(address, fields)))

        choices = [("keep", answers[0]), ("change", answers[1])]
        details = [m.sentence() for m in found]
        self.screen.app.push_screen(ChoiceDialog(question, details, choices), answered)

    def _go_to_created(self, applied: Applied) -> None:
        created = applied.plan.created if applied.plan is not None else None
        if created is None:
            return
        from tui.links import Ref

        for section in ("actors", "claims", "quotes", "sources"):
            ref = Ref(section, created)
            if self.screen.shown is not None and self.screen.shown.index.exists(ref):
                self.screen.jump(ref)
                return

    def add(self, section: str) -> None:
        """An empty form for a new record of ``section`` (from the overview: a note)."""
        target = "notes" if section == "overview" else section
        if target in POSITIONAL:
            self._add_positional(target)
            return
        self.open_form(target, None, adding=True)

    def _add_positional(self, section: str) -> None:
        from tui.links import Ref

        def after(applied: Applied) -> None:
            if self.screen.shown is not None:
                count = len(getattr(self.screen.shown.index.briefing, section))
                self.screen.jump(Ref(section, str(count - 1)))  # type: ignore[arg-type]

        def show(document: Document) -> None:
            from tui.edit.operations import AddRecord
            from tui.ui.edit.form import RecordForm

            def submit(values: dict[str, Any], form: RecordForm) -> None:
                self.submit(Job("apply", AddRecord(section, values), form=form, after=after))

            noun = NOUNS[section]
            self.screen.app.push_screen(
                RecordForm(
                    f"Add a {noun}",
                    section,
                    {},
                    record_choices(document.data),
                    submit,
                    adding=True,
                    language=_language(document.data),
                )
            )

        self.with_document(show)

    # --- quick keys --------------------------------------------------------------------------

    def quick(self, what: str, step: int, section: str, key: str | None, current: Any) -> None:
        """Step ``what`` (status, likelihood, credibility, kind) of the selected record."""
        from tui.edit.operations import SetFields
        from tui.edit.values import cycle, field_specs

        field_key = QUICK_FIELDS.get(what, {}).get(section)
        if field_key is None or key is None:
            where = ", ".join(sorted(QUICK_FIELDS.get(what, {})))
            self.screen.notify(f"{what.capitalize()} is set in: {where}", severity="information")
            return
        spec = next(s for s in field_specs(section) if s.key == field_key)
        address = address_of(section, key)
        pending = (address, field_key)
        value = cycle(spec, self._pending.get(pending, current), step)
        self._pending[pending] = value
        self.submit(
            Job("apply", SetFields(address, {field_key: value}), pending=pending, value=value)
        )

    # --- merge -------------------------------------------------------------------------------

    def merge_actor(self, keep: str | None) -> None:
        """Ask which actor to merge into ``keep``, then merge as the review does: the same
        operation through the same saves, undone with ``u``."""
        if keep is None:
            self.screen.notify("Select the actor to keep", severity="information")
            return

        def ask(document: Document) -> None:
            from tui.ui.edit.merge import ask_merge

            ask_merge(self.screen.app, document.data, keep, lambda m: self.submit(Job("apply", m)))

        self.with_document(ask)

    # --- delete ------------------------------------------------------------------------------

    def delete(
        self, section: str, key: str | None, *, after: Callable[[], None] | None = None
    ) -> None:
        """Ask, then delete; when others refer to the record, say which and offer to
        remove those references too."""
        if key is None:
            self.screen.notify("Select a record to delete", severity="information")
            return
        address = address_of(section, key)
        asked = self._deleting.get(address)
        if asked is not None and time.monotonic() - asked < _ASKING:
            return  # a second quick press while the first one's question is on its way
        self._deleting[address] = time.monotonic()

        def ask(document: Document) -> None:
            from tui.edit.operations import DeleteRecord, find_record
            from tui.edit.references import record_label
            from tui.ui.edit.dialogs import ChoiceDialog

            ref = find_record(document.data, address)
            label = record_label(document.data, ref.section, ref.index)
            referrers = DeleteRecord(address).referrers(document)
            if referrers:
                verb = "refers" if len(referrers) == 1 else "refer"
                details = [f"{count(len(referrers), 'place')} {verb} to it:"] + [
                    f"  {r.describe()}" for r in referrers[:12]
                ]
                if len(referrers) > 12:
                    details.append(f"  … and {len(referrers) - 12} more")
                answers = [
                    ("cancel", "Cancel (keep it)"),
                    ("cascade", f"Delete it and remove {_these(len(referrers))}"),
                ]
            else:
                details = []
                answers = [("cancel", "Cancel (keep it)"), ("delete", f"Delete {label}")]
            twins = twin_sources(document.data, ref.section, ref.record(document.data))
            if twins:
                # the source made with a drafted outlet would stay, "find the piece it
                # cites" of a name no longer an actor: named, and kept unless chosen
                named = ", ".join(
                    one_line(ident) + (f" ({one_line(outlet)})" if outlet else "")
                    for ident, outlet in twins
                )
                noun = "source" if len(twins) == 1 else "sources"
                details.append(f"The {noun} {named} came with it; kept unless you choose below.")
                base = answers[-1]
                answers.append((f"{base[0]}+sources", f"{base[1]}, and delete the {noun} too"))
            # Enter alone never deletes (``d Enter`` typed in a hurry): whatever the
            # record, the first answer, the one Enter picks, keeps it; a twin source
            # goes only with the answer that says so.

            def answered(answer: str | None) -> None:
                self._deleting.pop(address, None)
                what, _, also = (answer or "").partition("+")
                if what not in ("delete", "cascade"):
                    return
                done = (lambda _: after()) if after else None
                operation = DeleteRecord(address, cascade=what == "cascade")
                self.submit(Job("apply", operation, after=None if also else done))
                for position, (ident, _outlet) in enumerate(twins if also else []):
                    last = position == len(twins) - 1
                    source = DeleteRecord(address_of("sources", ident), cascade=True)
                    self.submit(Job("apply", source, after=done if last else None))

            self.screen.app.push_screen(
                ChoiceDialog(f"Delete {label}?", details, answers), answered
            )

        self.with_document(ask)

    # --- undo, redo --------------------------------------------------------------------------

    def undo(self) -> None:
        self.submit(Job("undo"))

    def redo(self) -> None:
        self.submit(Job("redo"))


CLASH_SHOWN = 400
"""How much of each value a clash shows (a statement is rarely longer; a long note is cut
with an ellipsis, the whole stays in the file and in the form)."""


def clash_lines(clashes: Sequence[FieldClash]) -> list[str]:
    """Each clashing field with the value on disk and the user's, as plain lines (data:
    the dialog shows them as text, never markup)."""
    lines: list[str] = []
    for clash in clashes:
        lines += [
            clash.named,
            f"  on disk now: {_shown_value(clash.theirs)}",
            f"  yours:       {_shown_value(clash.mine)}",
        ]
    return lines


def _shown_value(value: Any) -> str:
    """One value on one line: text as it is, a list joined, nothing as "(empty)"."""
    if value is None or value == [] or value == "":
        return "(empty)"
    if isinstance(value, list):
        text = ", ".join(one_line(str(getattr(v, "value", v))) for v in value)
    else:
        text = one_line(str(getattr(value, "value", value)))
    return text if len(text) <= CLASH_SHOWN else text[: CLASH_SHOWN - 1] + "…"


def twin_sources(
    data: Mapping[str, Any], section: str, record: Mapping[str, Any]
) -> list[tuple[str, str]]:
    """(id, outlet) of the sources made with a media actor: ``briefing new`` makes an
    outlet it finds both an actor and a source (the same id, ``outlet:`` its name), and
    deleting the actor left the source behind with nothing said."""
    if section != "actors" or record.get("kind") != "media":
        return []
    ident, name = record.get("id"), record.get("name")
    found = []
    for source in _records(data, "sources"):
        if not isinstance(source, Mapping) or not isinstance(source.get("id"), str):
            continue
        outlet = source.get("outlet")
        if source["id"] == ident or (isinstance(name, str) and outlet == name):
            found.append((str(source["id"]), str(outlet if outlet is not None else "")))
    return found


def address_words(address: str) -> str:
    """A write-path address as a reader names the record: ``claims:c01`` is "claim
    c01", ``timeline.2`` "timeline entry 3", ``briefing`` "the briefing"."""
    section, sep, key = address.partition(":")
    if sep:
        return f"{NOUNS.get(section, section)} {one_line(key)}"
    section, sep, key = address.partition(".")
    if sep and key.isdigit():
        return f"{NOUNS.get(section, section)} {int(key) + 1}"
    return "the briefing" if address == "briefing" else one_line(address)


def job_named(job: Job) -> str:
    """What a save was to do, named by its record ("Accept claim c01"): a dialog about
    it comes when the review has moved on to the next item, so "this change" alone
    would name no record."""
    operation = job.operation
    if operation is None:
        return job.kind.capitalize()
    address = getattr(operation, "address", None)
    described = one_line(operation.describe())
    if isinstance(address, str):
        described = described.replace(address, address_words(address))
    return described[:1].upper() + described[1:]


def _language(data: Any) -> str | None:
    """The briefing's ``language`` as the file holds it (None when it holds none)."""
    language = data.get("language") if isinstance(data, Mapping) else None
    return language if isinstance(language, str) else None


def _these(references: int) -> str:
    """ "this reference" or "these 3 references", for the delete dialog."""
    return "this reference" if references == 1 else f"these {references} references"


CHANGE_TITLES = frozenset(("Saved", "Undone", "Redone", "Nothing changed"))
"""The titles of the toasts that say a change was saved, undone or redone (or found
already made)."""


def _drop_change_toasts(app: App[object]) -> None:
    """Take down the toasts of earlier changes before the next one's: accepting item
    after item in review would otherwise stack them over the item being read. Other
    toasts (a failed fetch, an error) stay."""
    earlier = [n for n in app._notifications if n.title in CHANGE_TITLES]
    for notification in earlier:
        app._unnotify(notification, refresh=False)
    if earlier:
        app._refresh_notifications()


def _acts_on_terminal(value: object) -> bool:
    """Whether a record's text holds a control character other than a line break or a
    tab (an escape, a bidi override), at any depth."""
    if isinstance(value, str):
        return has_control(value.replace("\n", "").replace("\t", ""))
    if isinstance(value, dict):
        return any(_acts_on_terminal(item) for item in value.values())
    if isinstance(value, list):
        return any(_acts_on_terminal(item) for item in value)
    return False


def _speaker_changes(
    document: Document, found: Sequence[SpeakerMismatch]
) -> tuple[list[tuple[str, dict[str, Any]]], str]:
    """The writes that give each quote of ``found`` its claim's actor as speaker, and a
    note for the answer that says what becomes of their roles. A quote's ``role`` is
    its speaker's office as the article gives it: the old speaker's role would be
    published under the new name, so a quote that has one takes the new speaker's
    ``role`` from the actors, or drops it when that actor has none."""
    roles = {actor.id: actor.role for actor in document.briefing.actors}
    quoted_roles = {quote.id: quote.role for quote in document.briefing.quotes}
    changes: list[tuple[str, dict[str, Any]]] = []
    notes: set[str] = set()
    for mismatch in found:
        fields: dict[str, Any] = {"speaker": mismatch.attributed_to}
        if quoted_roles.get(mismatch.quote):
            new_role = roles.get(mismatch.attributed_to)
            fields["role"] = new_role or None
            notes.add(f", role {one_line(new_role)}" if new_role else ", without the old role")
        changes.append((address_of("quotes", mismatch.quote), fields))
    note = next(iter(notes)) if len(notes) == 1 else (", with new roles" if notes else "")
    return changes, note


_MISSING_KEY = re.compile(r"missing required key '(\w+)'")


def _form_wording(message: str) -> str:
    """A loader's message as the form shows it: "claims.25: missing required key 'kind'"
    says "claims.25: kind is required: choose or type one"."""
    return _MISSING_KEY.sub(r"\1 is required: choose or type one", message)
