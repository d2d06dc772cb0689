"""Item pipeline that archives every fetched page into the knowledge base and counts the run.

Storing happens in a separate writer process (crawlers/archiver.py), so the event loop only
hands each page over and goes on downloading.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro

from crawlers.archiver import ArchiveProcess, ArchiveWriterError
from kb.store import (
    crawl_run_page_counts,
    finish_crawl_run,
    open_kb,
    record_crawl_error,
    set_crawl_run_skipped,
    start_crawl_run,
)

logger = logging.getLogger(__name__)


class ArchivePipeline:
    """Opens the kb for the spider, records a crawl run, stores pages, and closes the run.

    Settings: CLAIMWATCH_DB (the kb file).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("CLAIMWATCH_DB")
        self.writer: ArchiveProcess | None = None
        self.failure: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        # The spider's own connection serves reads on the event loop (known pages, validators)
        # and the rare error row; pages go through the writer process's connection.
        spider.kb = open_kb(self.db_path)  # type: ignore[union-attr]
        spider.crawl_counts = Counter()  # type: ignore[union-attr]
        spider.crawl_run = start_crawl_run(spider.kb, spider.source, spider.name)  # type: ignore[union-attr]
        self.writer = ArchiveProcess(self.db_path)

    def process_item(self, item: Any) -> Any:
        assert self.writer is not None
        spider = self.crawler.spider
        if self.failure is None:
            try:
                self.writer.submit(item, spider.crawl_run)  # type: ignore[union-attr]
            except ArchiveWriterError as error:
                # Nothing more can be stored: stop the crawl rather than fetch pages to lose them.
                self.failure = str(error)
                logger.error("%s; stopping the crawl", error)
                assert self.crawler.engine is not None
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive failed"))
        if self.failure is not None:  # fetched but not kept: counted, not logged page by page
            spider.crawl_counts["failed"] += 1  # type: ignore[union-attr]
        return {"url": item["url"], "status": item["status"]}

    def close_spider(self) -> None:
        # Here rather than in spider_closed, so every page is stored before Scrapy stops its
        # clock (elapsed_time_seconds) and before the run is closed.
        self._close_writer()

    def _close_writer(self) -> None:
        if self.writer is None:
            return
        try:
            self.writer.close()
        except ArchiveWriterError as error:
            if self.failure is None:  # else already told
                self.failure = str(error)
                logger.error("%s", error)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        kb = getattr(spider, "kb", None)
        if kb is None:
            return
        counts = spider.crawl_counts  # type: ignore[attr-defined]
        if self.writer is not None:
            self._close_writer()
            # What the kb holds, not what the writer said: a writer that died mid-batch cannot tell.
            stored = crawl_run_page_counts(kb, spider.crawl_run)  # type: ignore[attr-defined]
            counts.update(stored)
            for url, message in self.writer.errors:
                logger.error("could not archive %s: %s", url or "pages", message)
                record_crawl_error(kb, spider.crawl_run, url, "archive", message)  # type: ignore[attr-defined]
            # handed to the writer but not in the kb: failed pages, and pages lost with a dead writer
            lost = self.writer.submitted - sum(stored.values())
            counts["failed"] += max(0, lost)
        status = "finished" if reason == "finished" else f"interrupted ({reason})"
        if self.failure is not None:
            status = f"interrupted ({self.failure})"
        finish_crawl_run(kb, spider.crawl_run, status, dict(counts))  # type: ignore[attr-defined]
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
