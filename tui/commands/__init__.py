"""One module per ``briefing`` subcommand.

Each module defines ``HELP`` (one line for ``briefing --help``), ``DESCRIPTION``,
``configure(parser)`` to add its arguments, and ``run(args) -> int`` returning the exit
status. Modules import only the standard library at the top: whatever a command needs
(the loader, the app, the fetch engine) is imported inside ``run``, so ``briefing --help``
and every other command start without it.
"""

COMMANDS: dict[str, str] = {
    "open": "tui.commands.open",
    "summary": "tui.commands.summary",
    "validate": "tui.commands.validate",
    "schema": "tui.commands.schema",
    "export": "tui.commands.export",
    "profile": "tui.commands.profile",
    "fetch": "tui.commands.fetch",
    "new": "tui.commands.new",
    "set": "tui.commands.set",
    "search": "tui.commands.search",
    "index": "tui.commands.index",
    "serve": "tui.commands.serve",
    "config": "tui.commands.config",
}
"""Subcommand name -> module, in the order ``--help`` lists them."""
