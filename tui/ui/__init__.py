"""Everything the reader sees: the Textual app, its screens, section views and widgets,
and the Rich renderers they draw with.

Nothing outside this package imports it, except the ``open`` command that starts the app
(checked by the import contracts in ``pyproject.toml``); the core beside it (model,
loader, profile, fetching, exports, drafting) knows no Textual or Rich.

- :mod:`tui.ui.app` -- the app: screens, notifications, the keymap, the palette.
- :mod:`tui.ui.screens` -- whole screens: the library, one briefing, Brief me, help, export.
- :mod:`tui.ui.sections` -- one view per section of a briefing (list and detail), each
  owning its keys, messages and rendering.
- :mod:`tui.ui.widgets` -- the building blocks: the virtual record list, the detail pane,
  the section bar, the key bar.
- :mod:`tui.ui.render` -- the pieces every detail is built from (fields, links, dates).
"""
