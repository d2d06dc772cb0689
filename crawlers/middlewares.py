"""Downloader middlewares: conditional GETs from the archive, and retries that give servers room."""

from __future__ import annotations

import datetime as dt
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.asyncio import sleep
from scrapy.utils.misc import load_object

from kb.store import latest_fetch


class ConditionalGetMiddleware:
    """Add If-None-Match / If-Modified-Since from the archive so unchanged pages cost a 304."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalGetMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> Any:
        # meta "known" False: the spider already found no archived copy, so skip the lookup.
        if not request.meta.get("archive") or request.meta.get("known") is False:
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


def retry_after_seconds(value: bytes | str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if absent or unreadable."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return max(0.0, (when - now).total_seconds())


class PoliteRetryMiddleware:
    """Retry transient failures after an exponential back-off, and 429/503 after the server's Retry-After.

    Replaces Scrapy's RetryMiddleware, which retries at once: hammering a struggling or
    rate-limiting server is what a polite crawler must not do. Waits are bounded
    (RETRY_BACKOFF_MAX, RETRY_AFTER_MAX); a server asking for longer than RETRY_AFTER_MAX is
    not retried in this run, and the fetch is recorded as failed.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("RETRY_ENABLED"):
            raise NotConfigured
        self.crawler = crawler
        self.http_codes = {int(code) for code in settings.getlist("RETRY_HTTP_CODES")} | {429}
        self.exceptions = tuple(
            load_object(name) if isinstance(name, str) else name
            for name in settings.getlist("RETRY_EXCEPTIONS")
        )
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 300.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PoliteRetryMiddleware:
        return cls(crawler)

    def backoff(self, request: Request) -> float:
        """base, 2*base, 4*base ... for the first, second, third retry, capped at RETRY_BACKOFF_MAX."""
        attempt = request.meta.get("retry_times", 0)
        return float(min(self.backoff_max, self.backoff_base * (2**attempt)))

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.http_codes:
            return response
        delay = self.backoff(request)
        if response.status in (429, 503):
            asked = retry_after_seconds(response.headers.get(b"Retry-After"))
            if asked is not None:
                if asked > self.retry_after_max:
                    self.crawler.stats.inc_value("retry/retry_after_too_long")  # type: ignore[union-attr]
                    return response
                delay = asked
        retry = self._retry_request(request, f"HTTP {response.status}")
        if retry is None:
            return response
        await sleep(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | None:
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions):
            return None
        retry = self._retry_request(request, exception)
        if retry is None:
            return None
        await sleep(self.backoff(request))
        return retry

    def _retry_request(self, request: Request, reason: str | Exception) -> Request | None:
        assert self.crawler.spider is not None
        return get_retry_request(request, spider=self.crawler.spider, reason=reason)
