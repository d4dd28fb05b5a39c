"""A real HTTP server on 127.0.0.1 with one path per behaviour the fetch engine must survive.

Started by the ``http_server`` fixture in a background thread; tests fetch from it over
real sockets. ``fake_resolver`` answers name lookups inside the test process, so no test
ever asks a real DNS server. Nothing here listens beyond 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tui.fetch import FetchSettings

PAGES = Path(__file__).parent / "fixtures" / "pages"
MiB = 1024 * 1024
LATIN1_TEXT = (
    "Die Gespräche über die Annäherung an die Europäische Union beginnen; "
    "Größe, Straße und Übermaß sind Wörter mit Umlauten und ß."
)
LATIN1_PAGE = (
    "<html><head><title>Umlaute im Text</title></head><body><article>"
    f"<p>{LATIN1_TEXT}</p><p>{LATIN1_TEXT}</p></article></body></html>"
)
WESTERN_TEXT = (
    "Die Hafenbehörde teilte mit, die Fähre falle aus; le port a annoncé très tôt une grève."
)
"""Short German and French in Windows-1252 with no charset declared anywhere: too little
text for a detector, which took such pages for HP Roman-8 or the Baltic code page."""
WESTERN_PAGE = (
    "<html><head><title>Fähre fällt aus</title></head><body><article>"
    f"<p>{WESTERN_TEXT}</p></article></body></html>"
)
MALFORMED_PAGE = (
    "<html><head><title>Kaputtes Markup</title><body><div><p>Ein Absatz ohne Ende"
    "<p>Der Kern der Meldung steht hier, trotz fehlender Tags.</b></i></div></div></td>"
    "<table><tr><td>Zelle</table><p>Schluss &amp; Ende &nbsp; <<< >>"
)
LAST_MODIFIED = "Wed, 19 Jun 2024 10:00:00 GMT"
_BOMB_SIZE = 64 * MiB


def _gzip_bomb() -> bytes:
    return gzip.compress(b"\0" * _BOMB_SIZE, compresslevel=9)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (it was just released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextlib.contextmanager
def tcp_listener() -> Iterator[tuple[socket.socket, int]]:
    """A socket listening on 127.0.0.1 (port chosen by the kernel), closed afterwards."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        yield listener, listener.getsockname()[1]


async def fake_resolver(host: str, port: int) -> list[str]:
    """Name lookup inside the test process: two known names, every other name unknown."""
    known = {"fixture.test": ["127.0.0.1"], "metadata-alias.test": ["169.254.169.254"]}
    if host in known:
        return known[host]
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FixtureServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def handle(self) -> None:
        # The client gives up on purpose in these tests (timeouts, caps): not an error.
        with contextlib.suppress(OSError):
            super().handle()

    def _send(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        length: bool = True,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        self.server.record(path, dict(self.headers.items()))
        delay = float(query.get("delay", ["0"])[0])
        if delay:
            time.sleep(delay)
        for prefix, handler in self.server.routes:
            if path == prefix or (prefix.endswith("/") and path.startswith(prefix)):
                handler(self, path, query)
                return
        self._send(404, b"<html><body>not found</body></html>")


def _page(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    name = path.removeprefix("/page/")
    file = PAGES / f"{name}.html"
    if not file.is_file():
        handler._send(404, b"no such fixture page")
        return
    body = file.read_bytes()
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    validators = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
    if handler.headers.get("If-None-Match") == etag:
        handler._send(304, b"", content_type=None, headers=validators)
        return
    handler._send(200, body, headers=validators)


def _article(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    number = path.rsplit("/", 1)[-1]
    body = (
        f"<html lang='en'><head><title>Article {number} | Bench Times</title></head><body>"
        f"<article><h1>Article {number}</h1><p>This is the body of article {number}, long"
        " enough to count as the main text of a page and be extracted as such.</p>"
        "<p>A second paragraph gives the extractor something more to hold on to.</p>"
        "</article></body></html>"
    ).encode()
    handler._send(200, body, headers={"ETag": f'"a{number}"'})


def _status(code: int) -> Callable[[_Handler, str, dict[str, list[str]]], None]:
    def send(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
        handler._send(code, f"<html><body>status {code}</body></html>".encode())

    return send


def _unavailable(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler._send(503, b"busy", headers={"Retry-After": "1"})


def _flaky(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    if handler.server.hits[path] == 1:
        handler._send(503, b"busy", headers={"Retry-After": "1"})
    else:
        handler._send(
            200,
            b"<html><head><title>Second time lucky</title></head><body>"
            b"<p>Available after a short wait.</p></body></html>",
        )


def _forbidden(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler._send(403, b"forbidden")


def _slow_headers(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler.server.stopping.wait(10)
    handler._send(200, b"<html><body>too late</body></html>")


def _slow_body(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    for _ in range(1000):
        if handler.server.stopping.wait(0.2):
            return
        handler.wfile.write(b"x")
        handler.wfile.flush()


def _redirect(target: Callable[[_Handler, str], str]) -> Callable[..., None]:
    def send(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
        handler._send(302, b"", headers={"Location": target(handler, path)})

    return send


def _oversize(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    body = b"<html><body>" + b"a" * (8 * MiB) + b"</body></html>"
    handler._send(200, body)


def _oversize_unlabelled(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.close_connection = True
    handler.end_headers()
    chunk = b"b" * 65536
    for _ in range(8 * MiB // len(chunk)):
        handler.wfile.write(chunk)


def _gzip_page(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    body = gzip.compress((PAGES / "harbour-gazette-treaty.html").read_bytes())
    handler._send(200, body, headers={"Content-Encoding": "gzip"})


def _bomb(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler._send(200, handler.server.bomb(), headers={"Content-Encoding": "gzip"})


def _binary_as_html(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    handler._send(200, png, content_type="text/html; charset=utf-8")


def _html_as_plain(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    body = (PAGES / "harbour-gazette-treaty.html").read_bytes()
    handler._send(200, body, content_type="text/plain; charset=utf-8")


def _pdf(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler._send(200, b"%PDF-1.7\n" + b"0" * 2000, content_type="application/pdf")


def _plain_text(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    body = (
        b"TREATY OF FRIENDSHIP\n\nArticle 1\n\nThe Contracting Parties shall continue to"
        b" take all measures to ensure peace and security.\n"
    )
    handler._send(200, body, content_type="text/plain; charset=utf-8")


def _latin1(content_type: str) -> Callable[..., None]:
    def send(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
        handler._send(200, LATIN1_PAGE.encode("latin-1"), content_type=content_type)

    return send


def _western_short(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler._send(200, WESTERN_PAGE.encode("cp1252"), content_type="text/html")


def _latin1_meta(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    page = LATIN1_PAGE.replace("<head>", '<head><meta charset="iso-8859-1">')
    handler._send(200, page.encode("latin-1"), content_type="text/html")


def _malformed(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler._send(200, MALFORMED_PAGE.encode())


def _empty(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler._send(200, b"")


def _escapes(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    body = (
        b"<html><head><title>[bold red]Alarm[/] \x1b]0;owned\x07 \x1b[2J</title></head>"
        b"<body><p>Text with [link=http://x]markup[/link] and an ESC \x1b[31m here.</p>"
        b"</body></html>"
    )
    handler._send(200, body)


class FixtureServer(ThreadingHTTPServer):
    """The server plus a log of what was asked, for assertions about caching."""

    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits: Counter[str] = Counter()
        self.request_headers: list[tuple[str, dict[str, str]]] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._bomb: bytes | None = None
        here = self.base
        self.routes: list[tuple[str, Callable[[_Handler, str, dict[str, list[str]]], None]]] = [
            ("/page/", _page),
            ("/article/", _article),
            ("/status/404", _status(404)),
            ("/status/500", _status(500)),
            ("/forbidden", _forbidden),
            ("/unavailable", _unavailable),
            ("/flaky", _flaky),
            ("/slow-headers", _slow_headers),
            ("/slow-body", _slow_body),
            ("/loop/a", _redirect(lambda h, p: "/loop/b")),
            ("/loop/b", _redirect(lambda h, p: f"{here}/loop/a")),
            ("/redirect/file", _redirect(lambda h, p: "file:///etc/passwd")),
            (
                "/redirect/metadata",
                _redirect(lambda h, p: "http://169.254.169.254/latest/meta-data/"),
            ),
            ("/redirect/metadata-name", _redirect(lambda h, p: "http://metadata.google.internal/")),
            ("/redirect/ok", _redirect(lambda h, p: "/page/morgenkurier-hanoi")),
            ("/chain/", _redirect(lambda h, p: f"/chain/{int(p.rsplit('/', 1)[-1]) + 1}")),
            ("/oversize", _oversize),
            ("/oversize-unlabelled", _oversize_unlabelled),
            ("/gzip-page", _gzip_page),
            ("/gzip-bomb", _bomb),
            ("/binary-as-html", _binary_as_html),
            ("/html-as-plain", _html_as_plain),
            ("/pdf", _pdf),
            ("/plain-text", _plain_text),
            ("/latin1-wrong-header", _latin1("text/html; charset=utf-8")),
            ("/latin1-no-charset", _latin1("text/html")),
            ("/latin1-meta", _latin1_meta),
            ("/cp1252-short", _western_short),
            ("/malformed", _malformed),
            ("/empty", _empty),
            ("/escapes", _escapes),
        ]

    @property
    def base(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def record(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.hits[path] += 1
            self.request_headers.append((path, headers))

    def bomb(self) -> bytes:
        with self._lock:
            if self._bomb is None:
                self._bomb = _gzip_bomb()
            return self._bomb


def start_server() -> FixtureServer:
    server = FixtureServer()
    threading.Thread(target=server.serve_forever, name="fixture-http", daemon=True).start()
    return server


def stop_server(server: FixtureServer) -> None:
    server.stopping.set()
    server.shutdown()
    server.server_close()


def serve() -> Iterator[FixtureServer]:
    """Body of a fixture: a fresh server, stopped afterwards (slow handlers released)."""
    server = start_server()
    try:
        yield server
    finally:
        stop_server(server)


def quick_settings(**changes: object) -> FetchSettings:
    """Settings for tests: short timeouts and small caps, and the in-process resolver."""
    values: dict[str, object] = {
        "concurrency": 8,
        "connect_timeout": 2.0,
        "read_timeout": 1.0,
        "total_timeout": 4.0,
        "max_bytes": 1 * MiB,
        "max_decoded_bytes": 2 * MiB,
        "retries": 1,
        "backoff": 0.05,
        "retry_after_cap": 1.5,
        "resolver": fake_resolver,
    }
    values.update(changes)
    return FetchSettings(**values)  # type: ignore[arg-type]


__all__ = [
    "LAST_MODIFIED",
    "LATIN1_TEXT",
    "WESTERN_TEXT",
    "FixtureServer",
    "closed_port",
    "fake_resolver",
    "quick_settings",
    "serve",
    "start_server",
    "stop_server",
]


@contextlib.contextmanager
def serve_pages(pages: dict[str, str], delays: dict[str, float] | None = None) -> Iterator[str]:
    """A server on 127.0.0.1 answering each path of ``pages`` with that HTML (404 else),
    after the seconds ``delays`` gives the path; yields its base URL. ``pages`` is read
    per request, so a test may add pages."""

    class Pages(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep((delays or {}).get(self.path, 0.0))
            body = pages.get(self.path, "").encode("utf-8")
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, name="pages-http", daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
