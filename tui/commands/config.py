"""``briefing config``: where settings, keymap and caches live, every binding id, and
whether keymap.toml is sound."""

from __future__ import annotations

import argparse
import json
import sys

from tui.commands.common import EXIT_INVALID, EXIT_OK

HELP = "show where settings, the keymap and caches live, the binding ids, keymap problems"
DESCRIPTION = (
    "Print the config folder (keymap.toml, state.json) and the cache folder, and report"
    " every problem in keymap.toml (a key Textual cannot produce, an unknown binding id,"
    " two bindings on one key). With --keys, list every key binding with its id and keys,"
    " ready to copy into keymap.toml; with --check-keys, only check keymap.toml. Exit 1"
    " when keymap.toml has a problem."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keys", action="store_true", help="list every binding id and keys")
    parser.add_argument(
        "--check-keys", action="store_true", help="only check keymap.toml; exit 1 on problems"
    )


def run(args: argparse.Namespace) -> int:
    from tui.config import cache_dir, config_dir
    from tui.text import one_line, shown_path
    from tui.ui.keys import load_keymap

    folder = config_dir()
    if not args.check_keys:
        lead = "# " if args.keys else ""  # with --keys the whole output is a valid keymap.toml
        print(f"{lead}config folder: {shown_path(folder)}")
        print(f"{lead}  keymap:      {shown_path(folder / 'keymap.toml')}")
        print(f"{lead}  app state:   {shown_path(folder / 'state.json')} (the chosen theme)")
        print(f"{lead}cache folder:  {shown_path(cache_dir())}")

    def known_ids() -> set[str]:
        from tui.ui.keys import all_binding_ids

        return all_binding_ids()

    # Checked in every form: a keymap with a bad key silently loses that binding's keys.
    result = load_keymap(known_ids)
    for problem in result.problems:
        print(one_line(problem), file=sys.stderr)  # key names come from the user's file
    if args.keys:
        _print_keymap(result.keymap)
    elif args.check_keys and not result.problems:
        path = result.path or folder / "keymap.toml"
        if path.exists():
            print(f"{shown_path(path)}: no problems")
        else:
            print(f"{shown_path(path)}: no such file; the default keys are in use")
    return EXIT_INVALID if result.problems else EXIT_OK


def _print_keymap(current: dict[str, str]) -> None:
    """Every binding id with the keys in force (keymap.toml applied), as keymap.toml text."""
    from tui.ui.keys import all_bindings

    print("\n# keymap.toml: copy the lines you want to change")
    print("[keymap]")
    listed: set[str] = set()
    for owner, binding in sorted(all_bindings(), key=lambda pair: pair[1].id or ""):
        if binding.id is None or binding.id in listed:
            continue
        listed.add(binding.id)
        keys = current.get(binding.id, binding.key)
        description = binding.description or binding.action
        default = "" if keys == binding.key else f"; default {binding.key}"
        # JSON strings are valid TOML basic strings: any id or key is quoted safely.
        print(f"{json.dumps(binding.id)} = {json.dumps(keys)}  # {description} ({owner}{default})")
