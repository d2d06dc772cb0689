"""Reading feeds and sitemaps, naming failures, and Retry-After: the pure parts of the crawler."""

from __future__ import annotations

import datetime as dt
import gzip

from crawl_server import atom, json_feed, rss, sitemap, sitemap_index
from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.spidermiddlewares.httperror import HttpError

from crawlers.failures import describe_failure, response_problem
from crawlers.feed_reader import parse_date, read_feed
from crawlers.middlewares import retry_after_seconds
from crawlers.sitemap_reader import read_sitemap

UTC = dt.UTC
WHEN = dt.datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)


def test_rss_atom_and_json_feeds_give_links_and_dates() -> None:
    items = [("https://a.example/1", WHEN), ("https://a.example/2", None)]
    for body in (rss(items), atom(items), json_feed(items)):
        entries = read_feed(body, "https://a.example/feed")
        assert [(e.url, e.updated) for e in entries] == items


def test_broken_feed_yields_what_it_can() -> None:
    body = (
        b"\xef\xbb\xbf<?xml version='1.0'?><rss><channel><title>R&D &nbsp;</title>"
        b"<item><link>/relative</link><pubDate>Tue, 04 Mar 2025 05:06:07 GMT</pubDate></item>"
        b"<item><guid>https://a.example/guid-link</guid></item><item><title>cut"
    )
    entries = read_feed(body, "https://a.example/feed")
    assert [e.url for e in entries] == ["https://a.example/relative", "https://a.example/guid-link"]
    assert entries[0].updated == WHEN
    assert read_feed(b"{not json", "https://a.example/") == []
    assert read_feed(b"<html><body>hello</body></html>", "https://a.example/") == []


def test_dates_in_every_feed_format() -> None:
    assert parse_date("Tue, 04 Mar 2025 06:06:07 +0100") == WHEN
    assert parse_date("2025-03-04T05:06:07Z") == WHEN
    assert parse_date("2025-03-04") == dt.datetime(2025, 3, 4, tzinfo=UTC)
    assert parse_date("yesterday") is None and parse_date("") is None


def test_sitemaps_index_news_and_broken() -> None:
    index = read_sitemap(sitemap_index(["https://a.example/s1.xml"]), "https://a.example/")
    assert index.kind == "sitemapindex" and [e.url for e in index.entries] == [
        "https://a.example/s1.xml"
    ]
    news = read_sitemap(sitemap([("https://a.example/n", WHEN)], news=True), "https://a.example/")
    assert news.kind == "urlset" and news.entries[0].updated == WHEN
    cut = sitemap([("https://a.example/1", None), ("https://a.example/2", WHEN)])[:-30]
    assert [e.url for e in read_sitemap(cut, "https://a.example/").entries] == [
        "https://a.example/1",
        "https://a.example/2",
    ]
    assert read_sitemap(gzip.compress(b"x"), "https://a.example/").kind == ""


def test_failures_are_named() -> None:
    request = Request("https://a.example/x")
    response = Response("https://a.example/x", status=503, request=request)
    assert describe_failure(HttpError(response)) == ("http_error", "HTTP 503 Service Unavailable")
    assert describe_failure(DownloadTimeoutError("took longer than 1 seconds"))[0] == "timeout"
    assert describe_failure(IgnoreRequest("max redirections reached"))[0] == "redirect_loop"
    assert describe_failure(IgnoreRequest("Forbidden by robots.txt"))[0] == "robots"
    big = DownloadCancelledError(
        "Received 300000 bytes which is larger than download max size (100000)"
    )
    assert describe_failure(big)[0] == "too_large"
    assert describe_failure(ValueError("odd"))[0] == "download"


def test_response_problems() -> None:
    def html(body: bytes, content_type: bytes = b"text/html; charset=utf-8") -> HtmlResponse:
        return HtmlResponse("https://a.example/", body=body, headers={"Content-Type": content_type})

    assert response_problem(html("<p>café – 数据</p>".encode())) is None
    assert (
        response_problem(html(b"<p>caf\xe9 one bad byte in a long page</p>" + b"x" * 200)) is None
    )
    assert response_problem(html(bytes(range(256)) * 10))[0] == "undecodable"  # type: ignore[index]
    pdf = Response(
        "https://a.example/r.pdf", body=b"%PDF", headers={"Content-Type": "application/pdf"}
    )
    assert response_problem(pdf)[0] == "not_html"  # type: ignore[index]


def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = dt.datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds("Wed, 01 Jan 2025 12:00:30 GMT", now) == 30
    assert retry_after_seconds("Wed, 01 Jan 2025 11:00:00 GMT", now) == 0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None
