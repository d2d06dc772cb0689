"""What every discovery spider shares: which article links are worth a request, and how a fetched
page becomes an archive item or a crawl error."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from crawlers.failures import describe_failure, response_problem
from crawlers.items import PageItem
from crawlers.pipelines import log_failure
from crawlers.urls import canonical_link, canonical_url, same_site
from kb.store import known_pages

# Failures that are the crawler keeping its manners, not the site misbehaving: recorded in
# crawl_errors so an operator can see why a page is missing, but not counted as failed.
NOT_COUNTED_AS_FAILED = frozenset({"robots", "offsite"})


def split_arg(value: str | list[str] | None, separator: str = ",") -> list[str]:
    """Spider arguments arrive as strings from `scrapy crawl -a`; lists from code are kept."""
    if value is None:
        return []
    items = value if isinstance(value, list) else value.split(separator)
    return [item.strip() for item in items if item and item.strip()]


class ArchiveSpider(scrapy.Spider):
    """Base for the feeds, sitemaps and site spiders (not a spider itself: it has no name).

    Arguments (all strings, as `scrapy crawl -a` passes them): source, allowed_domains
    (comma-separated), patterns (article URL regexes, one per line), max_pages.
    """

    # URLs already requested in this process, per source, so that a source's feeds and
    # sitemaps spiders, running side by side, never fetch the same article twice.
    claimed: ClassVar[dict[str, set[str]]] = {}

    def __init__(
        self,
        source: str = "default",
        allowed_domains: str | list[str] = "",
        patterns: str | list[str] = "",
        max_pages: str | int = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.source = source
        self.allowed_domains = [d.lower().lstrip(".") for d in split_arg(allowed_domains)]
        self.article_patterns = [re.compile(p) for p in split_arg(patterns, "\n")]
        self.max_pages_arg = str(max_pages).strip()
        self.requested = 0
        self.skipped: set[str] = set()

    @property
    def max_pages(self) -> int:
        if self.max_pages_arg:
            return int(self.max_pages_arg)
        return self.settings.getint("CLAIMWATCH_MAX_PAGES", 0)

    def is_article(self, url: str) -> bool:
        """True when the source gave no article patterns, or url matches one of them."""
        return not self.article_patterns or any(p.search(url) for p in self.article_patterns)

    def article_requests(
        self,
        entries: Iterable[tuple[str, dt.datetime | None]],
        *,
        require_pattern: bool = False,
        bounded: bool = False,
    ) -> Iterator[scrapy.Request]:
        """Requests for the new articles among (url, date) entries, and the known ones whose date is newer.

        A known article is one fetched successfully before; unless the feed or sitemap dates it
        after that fetch (or CLAIMWATCH_RECHECK_KNOWN is on) it is skipped, so re-reading a feed
        costs one request. Every request is a conditional GET (see ConditionalGetMiddleware).
        """
        claimed = self.claimed.setdefault(self.source, set())
        candidates: dict[str, dt.datetime | None] = {}
        for raw, updated in entries:
            url = canonical_url(raw)
            if not url.startswith(("http://", "https://")) or url in claimed or url in candidates:
                continue
            if not same_site(url, self.allowed_domains):
                continue
            if require_pattern and not self.is_article(url):
                continue
            candidates[url] = updated
        kb = getattr(self, "kb", None)
        known = known_pages(kb, list(candidates)) if kb is not None and candidates else {}
        recheck = self.settings.getbool("CLAIMWATCH_RECHECK_KNOWN")
        for url, updated in candidates.items():
            last_fetch = known.get(url)
            if last_fetch and not recheck and not _newer(updated, last_fetch):
                if url not in self.skipped:
                    self.skipped.add(url)
                    self.crawl_counts["skipped"] += 1  # type: ignore[attr-defined]
                continue
            if bounded and self.max_pages and self.requested >= self.max_pages:
                self.logger.info("%s: stopped at max_pages=%d", self.source, self.max_pages)
                return
            claimed.add(url)
            self.requested += 1
            yield self.page_request(url, known=bool(last_fetch))

    def page_request(self, url: str, **meta: Any) -> scrapy.Request:
        """A request whose response is archived. dont_filter: we deduplicate ourselves (on
        canonical URLs), and it lets a redirect loop run into REDIRECT_MAX_TIMES instead of
        being dropped silently by the duplicate filter."""
        return scrapy.Request(
            url,
            callback=self.parse_page,
            errback=self.failed,
            dont_filter=True,
            meta={"archive": True, "handle_httpstatus_list": [304], **meta},
        )

    def parse_page(self, response: Response) -> Iterator[Any]:
        problem = response_problem(response)
        if problem:
            self.record_failure(original_url(response.request, response.url), *problem)
            return
        yield page_item(response, self.source)
        if response.status != 304:
            yield from self.follow_links(response)

    def follow_links(self, response: Response) -> Iterable[scrapy.Request]:
        """Further requests from an archived page; only the site spider follows links."""
        return ()

    def failed(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        url = original_url(request, getattr(request, "url", "?"))
        kind, message = describe_failure(failure.value)
        self.record_failure(url, kind, message)

    def record_failure(self, url: str, kind: str, message: str) -> None:
        self.logger.info("%s: %s %s (%s)", self.source, kind, url, message)
        log_failure(self, url, kind, message, counted=kind not in NOT_COUNTED_AS_FAILED)


def original_url(request: scrapy.Request | None, default: str) -> str:
    """The URL the spider asked for, before any redirect."""
    if request is None:
        return default
    redirects = request.meta.get("redirect_urls")
    return str(redirects[0]) if redirects else request.url


def page_item(response: Response, source: str) -> PageItem:
    """The archive's view of a response: what was asked, what came back, and how long it took."""
    headers = {
        k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()
    }
    body = None if response.status == 304 else response.body
    return PageItem(
        url=original_url(response.request, response.url),
        final_url=response.url,
        source=source,
        status=response.status,
        headers=headers,
        body=body,
        elapsed_ms=round((response.meta.get("download_latency") or 0) * 1000, 1),
        canonical_url=canonical_link(body, response.url) if body else None,
    )


def _newer(updated: dt.datetime | None, last_fetch: str) -> bool:
    if updated is None:
        return False
    try:
        fetched = dt.datetime.fromisoformat(last_fetch)
    except ValueError:
        return True
    if fetched.tzinfo is None:
        fetched = fetched.replace(tzinfo=dt.UTC)
    return updated > fetched
