"""One view per section of a briefing: a list of its records and the detail of the
selected one. Each view owns its keys, messages and rendering; the briefing screen only
loads, keeps the history, and switches between them."""
