"""briefing: a keyboard-first terminal briefing desk.

A news article becomes a *briefing*: a YAML file naming its actors, the claims it makes
(and how they are hedged), the expert quotes, relations, dates and sources. This package
loads, validates and presents briefings. Importing it stays cheap: submodules are imported
by whoever needs them.
"""

__version__ = "0.1.0"
