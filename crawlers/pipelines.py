"""Item pipeline that archives every fetched page into the knowledge base and counts the run.

Hashing, compressing and writing a page cost about as much as downloading it from a fast
server, so they happen off the event loop, in one writer thread that owns its own SQLite
connection: the spider hands a page over and goes on downloading. hashlib, ISA-L and SQLite
release the GIL, so the writer runs beside the event loop rather than in turns with it; a
bound on pages waiting keeps memory flat when the disk is slower than the network.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from sqlite_utils import Database

from kb.store import (
    archive_page,
    finish_crawl_run,
    open_kb,
    prepare_body,
    record_crawl_error,
    set_crawl_run_skipped,
    start_crawl_run,
    use_fast_commits,
)

logger = logging.getLogger(__name__)


class ArchivePipeline:
    """Opens the kb for the spider, records a crawl run, stores pages, and closes the run.

    Settings: CLAIMWATCH_DB (the kb file), CLAIMWATCH_MAX_PENDING_PAGES (pages handed to the
    writer and not yet stored before the spider waits for it).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("CLAIMWATCH_DB")
        self.max_pending = crawler.settings.getint("CLAIMWATCH_MAX_PENDING_PAGES", 64)
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="archive-writer")
        self.pending: set[Future[None]] = set()
        self.writer_db: Database | None = None
        self.writer_counts: Counter[str] = Counter()  # touched by the writer thread only

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        # The spider's own connection serves reads on the event loop (known pages, validators)
        # and the rare error row; pages go through the writer thread's connection.
        spider.kb = open_kb(self.db_path)  # type: ignore[union-attr]
        spider.crawl_counts = Counter()  # type: ignore[union-attr]
        spider.crawl_run = start_crawl_run(spider.kb, spider.source, spider.name)  # type: ignore[union-attr]
        self.writer_db = self.writer.submit(self._open_writer_db).result()

    def _open_writer_db(self) -> Database:
        db = open_kb(self.db_path)
        use_fast_commits(db)
        return db

    async def process_item(self, item: Any) -> Any:
        run = self.crawler.spider.crawl_run  # type: ignore[union-attr]
        future = self.writer.submit(self._store, item, run)
        self.pending.add(future)
        future.add_done_callback(self._stored)
        if len(self.pending) > self.max_pending:
            await asyncio.wrap_future(future)
        return {"url": item["url"], "status": item["status"]}

    def _store(self, item: Any, run: int) -> None:
        """In the writer thread: hash, compress and store one fetch, and count how it changed."""
        assert self.writer_db is not None
        body = item["body"]
        _, change = archive_page(
            self.writer_db,
            url=item["url"],
            final_url=item["final_url"],
            source=item["source"],
            crawl_run=run,
            status=item["status"],
            headers=item["headers"],
            body=body,
            elapsed_ms=item.get("elapsed_ms"),
            prepared=prepare_body(body) if body is not None else None,
            canonical_url=item.get("canonical_url"),
        )
        self.writer_counts[change] += 1

    def _stored(self, future: Future[None]) -> None:
        self.pending.discard(future)
        error = future.exception()
        if error is not None:
            logger.error("could not archive a page: %s", error, exc_info=error)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.writer_db is not None:
            self.writer.submit(self.writer_db.conn.close)
        self.writer.shutdown(wait=True)  # every page handed over is stored before the run closes
        kb = getattr(spider, "kb", None)
        if kb is None:
            return
        counts = spider.crawl_counts  # type: ignore[attr-defined]
        counts.update(self.writer_counts)
        status = "finished" if reason == "finished" else f"interrupted ({reason})"
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
