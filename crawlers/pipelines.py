"""Item pipeline that archives every fetched page into the knowledge base and counts the run.

Hashing, compressing and writing a page take as long as downloading it from a fast server, so
they run off the event loop: bodies are hashed and gzipped in worker threads (zlib and hashlib
release the GIL), and one writer thread owns the SQLite connection that stores them, while
Scrapy keeps downloading.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
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


class ArchivePipeline:
    """Opens the kb for the spider, records a crawl run, stores pages, and closes the run.

    Settings: CLAIMWATCH_DB (the kb file), CLAIMWATCH_COMPRESS_THREADS.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.db_path = settings.get("CLAIMWATCH_DB")
        self.compressors = ThreadPoolExecutor(
            settings.getint("CLAIMWATCH_COMPRESS_THREADS", 2), thread_name_prefix="archive-gzip"
        )
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="archive-writer")
        self.writer_db: Database | None = None

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
        spider = self.crawler.spider
        run = spider.crawl_run  # type: ignore[union-attr]
        page_id, change = await asyncio.wrap_future(self.writer.submit(self._store, item, run))
        spider.crawl_counts[change] += 1  # type: ignore[union-attr]
        return {"url": item["url"], "status": item["status"], "change": change, "page": page_id}

    def _store(self, item: Any, run: int) -> tuple[int, str]:
        assert self.writer_db is not None
        prepared = prepare_body(item["body"]) if item["body"] is not None else None
        return archive_page(
            self.writer_db,
            url=item["url"],
            final_url=item["final_url"],
            source=item["source"],
            crawl_run=run,
            status=item["status"],
            headers=item["headers"],
            body=item["body"],
            elapsed_ms=item.get("elapsed_ms"),
            prepared=prepared,
            canonical_url=item.get("canonical_url"),
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.compressors.shutdown(wait=True)
        if self.writer_db is not None:
            self.writer.submit(self.writer_db.conn.close)
        self.writer.shutdown(wait=True)
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
