"""The sitemaps spider: robots.txt names a sitemap index, which names a news sitemap and a gzipped
page sitemap; only article URLs are fetched, newest first, and never what robots.txt forbids."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from crawl_server import CrawlServer, Page, ago, article_html, crawl, sitemap, sitemap_index
from sqlite_utils import Database

from crawlers.crawl import CrawlJob

PATTERN = r"/20\d\d/\d\d/"


def build_site(server: CrawlServer, story_two_date_minutes: float = 50) -> None:
    url = server.url
    server.routes["/robots.txt"] = Page(
        f"User-agent: *\nDisallow: /private/\nSitemap: {url('/sitemap_index.xml')}\n".encode(),
        "text/plain",
    )
    server.routes["/sitemap_index.xml"] = Page(
        sitemap_index([url("/sitemaps/news.xml"), url("/sitemaps/pages.xml.gz")]), "application/xml"
    )
    server.routes["/sitemaps/news.xml"] = Page(
        sitemap(
            [
                (url("/2025/01/story-one"), ago(40)),
                (url("/2025/01/story-two"), ago(story_two_date_minutes)),
                (url("/private/2025/01/draft"), ago(30)),
            ],
            news=True,
        ),
        "application/xml",
    )
    server.routes["/sitemaps/pages.xml.gz"] = Page(
        gzip.compress(
            sitemap(
                [
                    (url("/2024/12/old-story"), ago(60 * 24 * 30)),
                    (url("/tag/ai"), ago(5)),
                    (url("/about"), None),
                ]
            )
        ),
        "application/x-gzip",
    )
    for path in [
        "/2025/01/story-one",
        "/2025/01/story-two",
        "/2024/12/old-story",
        "/tag/ai",
        "/about",
    ]:
        server.routes[path] = Page(article_html(path))
    server.routes["/private/2025/01/draft"] = Page(article_html("draft"))


def job(server: CrawlServer, **args: str) -> CrawlJob:
    return CrawlJob(
        "maps", "sitemaps", {"sitemaps": server.url("/robots.txt"), "patterns": PATTERN, **args}
    )


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    db_path = tmp_path_factory.mktemp("sitemaps") / "kb.db"
    with CrawlServer() as server:
        build_site(server)
        crawl(db_path, [job(server)])
        first = server.paths_hit()
        server.clear_hits()
        time.sleep(1.1)  # fetch times have one-second resolution: make the new date strictly later
        build_site(server, story_two_date_minutes=0)  # the news sitemap re-dates story two
        server.routes["/2025/01/story-two"] = Page(article_html("story two, corrected"))
        crawl(db_path, [job(server)])
        yield {
            "db": Database(db_path),
            "base": server.base_url,
            "first": first,
            "second": server.paths_hit(),
        }


def test_sitemaps_named_in_robots_txt_are_followed_through_the_index(
    scenario: dict[str, Any],
) -> None:
    assert {
        "/robots.txt",
        "/sitemap_index.xml",
        "/sitemaps/news.xml",
        "/sitemaps/pages.xml.gz",
    } <= scenario["first"]


def test_only_article_urls_are_archived(scenario: dict[str, Any]) -> None:
    db, base = scenario["db"], scenario["base"]
    urls = {
        row["url"].removeprefix(base)
        for row in db.query("select url from pages where crawl_run = 1")
    }
    assert urls == {"/2025/01/story-one", "/2025/01/story-two", "/2024/12/old-story"}
    assert not {"/tag/ai", "/about"} & scenario["first"]


def test_disallowed_sitemap_entry_is_never_fetched(scenario: dict[str, Any]) -> None:
    assert not any(path.startswith("/private/") for path in scenario["first"] | scenario["second"])
    kinds = {row["kind"] for row in scenario["db"].query("select kind from crawl_errors")}
    assert kinds == {"robots"}


def test_second_crawl_fetches_only_the_redated_story(scenario: dict[str, Any]) -> None:
    articles = {p for p in scenario["second"] if p.startswith("/20")}
    assert articles == {"/2025/01/story-two"}
    run = next(scenario["db"].query("select * from crawl_runs where id = 2"))
    assert (run["pages_new"], run["pages_changed"], run["pages_skipped"], run["pages_failed"]) == (
        0,
        1,
        2,
        0,
    )


def test_max_pages_keeps_the_newest(tmp_path: Path) -> None:
    """Newest first: the draft (30 min, refused by robots.txt, which still uses up a request) and
    story one (40 min) fit in max_pages=2; story two (50 min) does not."""
    with CrawlServer() as server:
        build_site(server)
        crawl(
            tmp_path / "kb.db",
            [job(server, sitemaps=server.url("/sitemaps/news.xml"), max_pages="2")],
        )
        fetched = {p for p in server.paths_hit() if p.startswith("/20")}
    assert fetched == {"/2025/01/story-one"}
