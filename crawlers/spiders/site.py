"""Discover articles by following links from a source's home page, for sites with no feed or sitemap."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawlers.spiders.base import ArchiveSpider, split_arg


class SiteSpider(ArchiveSpider):
    """`scrapy crawl site -a source=NAME -a start=URL -a patterns=REGEX [-a max_depth=2 -a max_pages=200]`

    From the start pages (not archived), follow links that match the article patterns;
    from each archived article, follow its article links too, up to max_depth hops from a
    start page and max_pages requests per run. Known articles are not refetched, so a
    re-crawl reads the start pages and fetches only what is new.
    """

    name = "site"

    def __init__(
        self, start: str | list[str] = "", max_depth: str | int = 2, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.start_pages = split_arg(start)
        self.max_depth = int(max_depth)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_pages:
            yield scrapy.Request(
                url,
                callback=self.parse_start,
                errback=self.failed,
                dont_filter=True,
                meta={"hops": 0},
            )

    def parse_start(self, response: Response) -> Iterator[scrapy.Request]:
        yield from self.follow_links(response)

    def follow_links(self, response: Response) -> Iterable[scrapy.Request]:
        hops = response.meta.get("hops", 0)
        if hops >= self.max_depth or not isinstance(response, TextResponse):
            return
        extractor = LinkExtractor(
            allow=self.article_patterns
        )  # domains: checked in article_requests
        links = [(link.url, None) for link in extractor.extract_links(response)]
        for request in self.article_requests(links, require_pattern=True, bounded=True):
            request.meta["hops"] = hops + 1
            yield request
