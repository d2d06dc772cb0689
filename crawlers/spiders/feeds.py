"""Discover articles through a source's RSS 2.0, Atom and JSON feeds, then archive each page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from crawlers.feed_reader import read_feed
from crawlers.spiders.base import ArchiveSpider, split_arg


class FeedsSpider(ArchiveSpider):
    """`scrapy crawl feeds -a source=NAME -a feeds=URL[,URL...]`

    Every article a feed links to is archived (article patterns are not applied: a feed is
    the outlet's own list of stories).
    """

    name = "feeds"

    def __init__(self, feeds: str | list[str] = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.feed_urls = split_arg(feeds)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.feed_urls:
            yield scrapy.Request(
                url, callback=self.parse_feed, errback=self.failed, dont_filter=True
            )

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        entries = read_feed(response.body, response.url)
        if not entries:
            self.record_failure(
                response.url, "feed", "no article links found: not a feed, or unreadable"
            )
            return
        yield from self.article_requests((e.url, e.updated) for e in entries)
