"""Only http(s), never link-local or metadata addresses: checked on URLs and on resolution."""

from __future__ import annotations

import asyncio
import re

import pytest

from tui.fetch.errors import HostNotFound, Refused
from tui.fetch.guards import check_address, check_url
from tui.fetch.transport import GuardedBackend

from http_fixtures import fake_resolver, tcp_listener


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("file:///etc/passwd", "'file:' URLs are not fetched"),
        ("data:text/html,<h1>x</h1>", "'data:' URLs are not fetched"),
        ("javascript:alert(1)", "'javascript:' URLs are not fetched"),
        ("ftp://example.org/x", "'ftp:' URLs are not fetched"),
        ("//example.org/x", "no scheme"),
        ("http:///path-only", "no host"),
        ("http://example.org:99999/", "not a valid URL"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local"),
        ("http://169.254.1.1/", "link-local"),
        ("http://[fe80::1]/", "fe80::1 is a link-local address"),
        ("http://[::ffff:169.254.169.254]/", "link-local"),
        ("http://[fd00:ec2::254]/", "cloud metadata address"),
        ("http://metadata.google.internal/computeMetadata/v1/", "cloud metadata service"),
        ("http://0.0.0.0:8000/", "'this host' address"),
    ],
)
def test_refused_urls(url: str, words: str):
    with pytest.raises(Refused, match=r"refused|not a valid URL") as caught:
        check_url(url)
    assert words in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/page",
        "https://example.org/article?id=3",
        "HTTPS://Example.org/",
        "http://10.0.0.5/intranet",
        "http://[::1]:8080/",
        "http://[2001:db8::1]/",
    ],
)
def test_allowed_urls(url: str):
    check_url(url)


def test_addresses():
    for refused in ("169.254.169.254", "fe80::abcd", "::ffff:169.254.0.1", "100.100.100.200"):
        with pytest.raises(Refused):
            check_address(refused)
    for allowed in ("127.0.0.1", "192.168.1.10", "8.8.8.8", "::1", "2001:db8::2"):
        check_address(allowed)


def test_a_name_resolving_to_the_metadata_address_is_refused_before_connecting():
    backend = GuardedBackend(fake_resolver)
    with pytest.raises(Refused, match=re.escape("169.254.169.254")):
        asyncio.run(backend.connect_tcp("metadata-alias.test", 80, timeout=1.0))


def test_a_name_mixing_good_and_refused_addresses_is_refused():
    async def mixed(host: str, port: int) -> list[str]:
        return ["127.0.0.1", "169.254.169.254"]

    with pytest.raises(Refused):
        asyncio.run(GuardedBackend(mixed).connect_tcp("mixed.test", 80, timeout=1.0))


def test_an_unknown_name_is_reported_as_such():
    with pytest.raises(HostNotFound, match=re.escape("cannot resolve host 'nowhere.test'")):
        asyncio.run(GuardedBackend(fake_resolver).connect_tcp("nowhere.test", 80, timeout=1.0))


def test_a_known_name_connects_to_its_checked_address():
    async def connect(port: int) -> None:
        stream = await GuardedBackend(fake_resolver).connect_tcp("fixture.test", port, timeout=2)
        await stream.aclose()

    with tcp_listener() as (_, port):
        asyncio.run(connect(port))
