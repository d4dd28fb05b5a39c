"""``briefing serve [PATH] [--host 127.0.0.1] [--port N]``: the app in a web browser.

textual-serve runs a web server whose page is a terminal: each browser tab that opens it
starts ``briefing PATH`` (this very interpreter, ``python -m tui open PATH``) as its own
process and shows it. Bound to 127.0.0.1 unless told otherwise, since anyone who can reach
the port can read, and act in, the library.
"""

from __future__ import annotations

import argparse
import re
import shlex
import sys
import tempfile
from pathlib import Path

from tui.commands.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, say

HELP = "serve the app to a web browser (anyone who can reach the port can read the library)"
DESCRIPTION = (
    "Serve the briefing desk on PATH (a folder or a file; default: the bundled briefings)"
    " to web browsers, with textual-serve: open the printed address and the app runs in the"
    " page, one process per tab. WARNING: there is no login. Anyone who can reach the port"
    " can read every briefing under PATH (and use the app's actions, such as export). It"
    " listens on 127.0.0.1 (this machine only) unless --host says otherwise; give another"
    " host only on a network you trust, or put it behind an authenticating proxy."
    " Stop it with Ctrl+C. Exit 2 on usage errors, 1 when the port cannot be opened."
)

DEFAULT_PORT = 8000


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path", nargs="?", metavar="PATH", type=Path, help="a folder of briefings, or one file"
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 opens the"
        " library to everyone who can reach this machine)",
    )
    parser.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})"
    )
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use, when it is not http://HOST:PORT (behind a proxy)",
    )


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"expected a port from 1 to 65535, got {text!r}")
    return int(text)


def served_command(path: Path) -> str:
    """The shell command each browser tab runs: this interpreter running ``briefing PATH``
    (``-P``: a folder named ``tui`` where the server was started is never run instead).

    textual-serve starts it through the shell, so every part is quoted: a folder named
    ``a b; rm -rf ~`` is one argument, never a second command.
    """
    parts = [sys.executable, "-P", "-m", "tui", "open", "--", str(path.absolute())]
    return " ".join(shlex.quote(part) for part in parts)


_WEB_FONT = re.compile(r"<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*>\s*", re.IGNORECASE)
"""A stylesheet link to another host (textual-serve's page asks a web-font service)."""


def local_page_templates(folder: Path, package_templates: Path) -> Path:
    """Write textual-serve's page template into ``folder`` without links to other hosts,
    so a library served for this machine makes the browser contact nobody else (the
    terminal then draws in the browser's own monospace font); the folder."""
    page = (package_templates / "app_index.html").read_text(encoding="utf-8")
    (folder / "app_index.html").write_text(_WEB_FONT.sub("", page), encoding="utf-8")
    return folder


def run(args: argparse.Namespace) -> int:
    from tui.commands.index import library_path
    from tui.text import one_line, shown_path

    path = library_path(args.path)
    if path is None:
        return EXIT_USAGE
    try:
        from textual_serve.server import Server
    except ImportError:  # pragma: no cover - a dependency; only a broken install lacks it
        say("error: textual-serve is not installed (pip install textual-serve)")
        return EXIT_INVALID
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        say(
            f"warning: listening on {one_line(args.host)}: anyone who can reach port"
            f" {args.port} there can read every briefing under {shown_path(path)}"
        )
    public = args.public_url
    if public is None and args.host in ("0.0.0.0", "::"):
        # The page connects back to this address: "0.0.0.0" is none a browser can reach.
        public = f"http://127.0.0.1:{args.port}"
        say(
            f"the page is served for {public} (this machine); for browsers elsewhere, give"
            f" the address they use: --public-url http://NAME-OF-THIS-MACHINE:{args.port}"
        )
    import textual_serve

    package_templates = Path(str(textual_serve.__file__)).parent / "templates"
    try:
        with tempfile.TemporaryDirectory(prefix="briefing-serve-") as scratch:
            server = Server(
                served_command(path),
                host=args.host,
                port=args.port,
                title=f"briefing {path.name}",
                public_url=public,
                templates_path=local_page_templates(Path(scratch), package_templates),
            )
            server.serve()
    except OSError as error:
        say(
            f"error: cannot listen on {one_line(args.host)}:{args.port}:"
            f" {one_line(error.strerror or str(error))}"
        )
        return EXIT_INVALID
    return EXIT_OK
