"""The analyst's desk in the app: forms, quick keys, add and delete, undo, review mode and
the hand-off to ``$EDITOR``, all saving through :mod:`tui.edit` (never writing here)."""
