"""Discover articles through XML sitemaps: sitemap indexes, news sitemaps, and those robots.txt names."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import sitemap_urls_from_robots

from crawlers.sitemap_reader import read_sitemap
from crawlers.spiders.base import ArchiveSpider, split_arg


class SitemapsSpider(ArchiveSpider):
    """`scrapy crawl sitemaps -a source=NAME -a sitemaps=URL[,URL...] [-a patterns=REGEX]`

    A URL ending in /robots.txt stands for every sitemap that robots.txt names. Pages are
    requested newest first (by lastmod or news publication date), only those matching the
    source's article patterns, and at most max_pages per run: general sitemaps list tags,
    authors and years of archives that a news crawler has no use for.
    """

    name = "sitemaps"

    def __init__(
        self, sitemaps: str | list[str] = "", max_sitemaps: str | int = 50, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.sitemap_urls = split_arg(sitemaps)
        self.max_sitemaps = int(max_sitemaps)
        self.sitemaps_seen: set[str] = set()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.sitemap_urls:
            request = self.sitemap_request(url)
            if request is not None:
                yield request

    def sitemap_request(self, url: str) -> scrapy.Request | None:
        """A request for a sitemap (or robots.txt) not yet read in this run; None past max_sitemaps."""
        if url in self.sitemaps_seen or len(self.sitemaps_seen) >= self.max_sitemaps:
            return None
        self.sitemaps_seen.add(url)
        callback = (
            self.parse_robots if url.rstrip("/").endswith("/robots.txt") else self.parse_sitemap
        )
        return scrapy.Request(url, callback=callback, errback=self.failed, dont_filter=True)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        urls = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        if not urls:
            self.record_failure(response.url, "sitemap", "robots.txt names no sitemap")
        for url in urls:
            request = self.sitemap_request(url)
            if request is not None:
                yield request

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        body = response.body
        if gzip_magic_number(response):
            body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
        sitemap = read_sitemap(body, response.url)
        newest_first = sorted(
            sitemap.entries, key=lambda e: (e.updated is not None, e.updated), reverse=True
        )
        if sitemap.kind == "sitemapindex":
            for entry in newest_first:
                request = self.sitemap_request(entry.url)
                if request is not None:
                    yield request
        elif sitemap.kind == "urlset":
            yield from self.article_requests(
                ((e.url, e.updated) for e in newest_first), require_pattern=True, bounded=True
            )
        else:
            self.record_failure(response.url, "sitemap", "not a readable XML sitemap")
