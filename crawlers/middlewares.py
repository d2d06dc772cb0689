"""Downloader middleware that turns archived fetches into conditional GETs."""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider

from kb.store import latest_fetch


class ConditionalGetMiddleware:
    """Add If-None-Match / If-Modified-Since from the archive so unchanged pages cost a 304."""

    def process_request(self, request: Request, spider: Spider) -> Any:
        if not request.meta.get("archive"):
            return None
        kb = getattr(spider, "kb", None)
        if kb is None:
            return None
        previous = latest_fetch(kb, request.url)
        if previous:
            if previous.get("etag"):
                request.headers.setdefault("If-None-Match", previous["etag"])
            if previous.get("last_modified"):
                request.headers.setdefault("If-Modified-Since", previous["last_modified"])
        return None
