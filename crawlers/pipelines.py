"""Item pipeline that archives every fetched page into the knowledge base and counts the run."""

from __future__ import annotations

from collections import Counter
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from kb.store import (
    archive_page,
    finish_crawl_run,
    open_kb,
    record_crawl_error,
    set_crawl_run_skipped,
    set_page_canonical,
    start_crawl_run,
)


class ArchivePipeline:
    """Opens the kb for the spider, records a crawl run, stores pages, and closes the run."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ArchivePipeline":
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        spider.kb = open_kb(spider.settings.get("CLAIMWATCH_DB"))  # type: ignore[union-attr]
        spider.crawl_counts = Counter()  # type: ignore[union-attr]
        spider.crawl_run = start_crawl_run(spider.kb, spider.source, spider.name)  # type: ignore[union-attr]

    def process_item(self, item: Any) -> Any:
        spider = self.crawler.spider
        kb = spider.kb  # type: ignore[union-attr]
        page_id, change = archive_page(
            kb,
            url=item["url"],
            final_url=item["final_url"],
            source=item["source"],
            crawl_run=spider.crawl_run,  # type: ignore[union-attr]
            status=item["status"],
            headers=item["headers"],
            body=item["body"],
            elapsed_ms=item.get("elapsed_ms"),
        )
        if item.get("canonical_url"):
            set_page_canonical(kb, page_id, item["canonical_url"])
        spider.crawl_counts[change] += 1  # type: ignore[union-attr]
        return {"url": item["url"], "status": item["status"], "change": change}

    def spider_closed(self, spider: Spider, reason: str) -> None:
        kb = getattr(spider, "kb", None)
        if kb is None:
            return
        status = "finished" if reason == "finished" else f"interrupted ({reason})"
        counts = dict(spider.crawl_counts)  # type: ignore[attr-defined]
        finish_crawl_run(kb, spider.crawl_run, status, counts)  # type: ignore[attr-defined]
        set_crawl_run_skipped(kb, spider.crawl_run, counts.get("skipped", 0))  # type: ignore[attr-defined]


def log_failure(spider: Spider, url: str, kind: str, message: str, *, counted: bool = True) -> None:
    """Record a failed fetch against the spider's run so operators see it in Datasette.

    `counted=False` records it without adding to the run's failed pages (e.g. robots.txt said no).
    """
    kb = getattr(spider, "kb", None)
    if kb is None:
        return
    record_crawl_error(kb, getattr(spider, "crawl_run", None), url, kind, message)
    if counted:
        spider.crawl_counts["failed"] += 1  # type: ignore[attr-defined]
