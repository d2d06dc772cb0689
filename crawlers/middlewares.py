"""Downloader middleware that turns archived fetches into conditional GETs."""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler

from kb.store import latest_fetch


class ConditionalGetMiddleware:
    """Add If-None-Match / If-Modified-Since from the archive so unchanged pages cost a 304."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ConditionalGetMiddleware":
        return cls(crawler)

    def process_request(self, request: Request) -> Any:
        if not request.meta.get("archive"):
            return None
        kb = getattr(self.crawler.spider, "kb", None)
        if kb is None:
            return None
        previous = latest_fetch(kb, request.url)
        if previous:
            if previous.get("etag"):
                request.headers.setdefault("If-None-Match", previous["etag"])
            if previous.get("last_modified"):
                request.headers.setdefault("If-Modified-Since", previous["last_modified"])
        return None
