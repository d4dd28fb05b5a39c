"""Widgets of the briefing app; they take model objects and rendered text, never files."""
