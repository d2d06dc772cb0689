"""URL canonicalisation: one story, one URL."""

from __future__ import annotations

import pytest

from crawlers.urls import canonical_link, canonical_url, same_site


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example.COM/a/b", "https://news.example.com/a/b"),
        ("http://example.com:80/x", "http://example.com/x"),
        ("https://example.com:443/x", "https://example.com/x"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/story#comments", "https://example.com/story"),
        (
            "https://example.com/s?utm_source=tw&utm_medium=social&id=7",
            "https://example.com/s?id=7",
        ),
        ("https://example.com/s?fbclid=x&gclid=y&msclkid=z", "https://example.com/s"),
        ("https://example.com/s?b=2&a=1&UTM_Campaign=q", "https://example.com/s?b=2&a=1"),
        ("https://example.com/%7euser/caf%c3%a9", "https://example.com/~user/caf%C3%A9"),
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("https://例え.jp/記事", "https://xn--r8jz45g.jp/%E8%A8%98%E4%BA%8B"),
        ("https://example.com./x", "https://example.com/x"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_is_idempotent() -> None:
    url = "HTTP://Example.com:80/a%7e/b c?utm_id=1&q=x y#f"
    once = canonical_url(url)
    assert canonical_url(once) == once


def test_relative_urls_resolve_against_a_base() -> None:
    assert canonical_url("../b?ref_src=x", "https://example.com/a/c/") == "https://example.com/a/b"


def test_canonical_link_reads_the_head_only() -> None:
    page = (
        b'<html><head><link rel="stylesheet" href="/s.css">'
        b"<link href='/story?id=1&amp;utm_source=x' rel='canonical'></head>"
        b'<body><link rel="canonical" href="/wrong"></body></html>'
    )
    assert (
        canonical_link(page, "https://Example.com/story?id=1&utm_source=feed")
        == "https://example.com/story?id=1"
    )
    assert (
        canonical_link(b"<html><head></head><body></body></html>", "https://example.com/") is None
    )


def test_same_site_allows_subdomains_only() -> None:
    assert same_site("https://www.example.com/x", ["example.com"])
    assert not same_site("https://badexample.com/x", ["example.com"])
    assert same_site("https://anything.org/", [])
