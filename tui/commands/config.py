"""``briefing config``: where settings, keymap and caches live, and every binding id."""

from __future__ import annotations

import argparse

from tui.commands.common import EXIT_OK

HELP = "show where settings, the keymap and caches live, and the binding ids"
DESCRIPTION = (
    "Print the config folder (keymap.toml, state.json) and the cache folder. With --keys,"
    " list every key binding with its id and default keys, ready to copy into keymap.toml."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keys", action="store_true", help="list every binding id and keys")


def run(args: argparse.Namespace) -> int:
    from tui.config import cache_dir, config_dir

    folder = config_dir()
    lead = "# " if args.keys else ""  # with --keys the whole output is a valid keymap.toml
    print(f"{lead}config folder: {folder}")
    print(f"{lead}  keymap:      {folder / 'keymap.toml'}")
    print(f"{lead}  app state:   {folder / 'state.json'} (the chosen theme)")
    print(f"{lead}cache folder:  {cache_dir()}")
    if args.keys:
        from tui.keys import all_bindings

        print("\n# keymap.toml: copy the lines you want to change")
        print("[keymap]")
        for owner, binding in sorted(all_bindings(), key=lambda pair: pair[1].id or ""):
            description = binding.description or binding.action
            print(f'"{binding.id}" = "{binding.key}"  # {description} ({owner})')
    return EXIT_OK
