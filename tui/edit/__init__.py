"""Editing a briefing file in place: every change written so that the rest stays as it was.

The write path of the app and of ``briefing set``. Pure of Textual and Rich: the app's
forms, quick keys and review mode call it; it never imports them. The layers, each in
its own module:

- :mod:`tui.edit.spans` finds where every value of a loaded file starts and ends;
- :mod:`tui.edit.scalars` and :mod:`tui.edit.emit` write values as YAML text that reads
  back as exactly the same value;
- :mod:`tui.edit.patch` turns path-based changes into text patches of the lines they
  touch, and nothing else;
- :mod:`tui.edit.document` applies a plan, checks it with the project's own loader and
  checks that the text reads back as the intended data;
- :mod:`tui.edit.operations` plans what an analyst does: set fields, add, delete (with
  what refers to the record, :mod:`tui.edit.references`), merge actors, accept a draft
  item;
- :mod:`tui.edit.values` reads values typed on a command line as the field's type;
- :mod:`tui.edit.session` saves atomically, refuses when the file changed on disk, and
  keeps the undo/redo history (:mod:`tui.edit.history`).

Why positional patches and not a round-trip YAML library: ``docs/editing.md``.
"""
