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
import queue
import threading
import time
from collections import Counter
from concurrent.futures import Future
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
        self.writer: ArchiveWriter | None = None

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
        self.writer = ArchiveWriter(self.db_path)

    async def process_item(self, item: Any) -> Any:
        assert self.writer is not None
        future = self.writer.submit(item, self.crawler.spider.crawl_run)  # type: ignore[union-attr]
        if self.writer.pending > self.max_pending:
            await asyncio.wrap_future(future)
        return {"url": item["url"], "status": item["status"]}

    def close_spider(self) -> None:
        # Here rather than in spider_closed, so every page is stored before Scrapy stops its
        # clock (elapsed_time_seconds) and before the run is closed.
        if self.writer is not None:
            self.writer.close()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        kb = getattr(spider, "kb", None)
        if kb is None:
            return
        counts = spider.crawl_counts  # type: ignore[attr-defined]
        if self.writer is not None:
            self.writer.close()
            counts.update(self.writer.counts)
        status = "finished" if reason == "finished" else f"interrupted ({reason})"
        finish_crawl_run(kb, spider.crawl_run, status, dict(counts))  # type: ignore[attr-defined]
        set_crawl_run_skipped(kb, spider.crawl_run, counts.get("skipped", 0))  # type: ignore[attr-defined]


class ArchiveWriter:
    """One thread with its own connection that hashes, compresses and stores pages.

    Pages are committed together, every BATCH_PAGES pages or BATCH_SECONDS after the first
    uncommitted one, whichever comes first, and when the queue runs dry: a commit per page
    cost as much as the inserts themselves.
    """

    BATCH_PAGES = 32
    BATCH_SECONDS = 0.1

    def __init__(self, db_path: str) -> None:
        self.jobs: queue.SimpleQueue[tuple[Any, int, Future[None]] | None] = queue.SimpleQueue()
        self.counts: Counter[str] = Counter()  # touched by the writer thread only until close()
        self.pending = 0
        self._lock = threading.Lock()
        opened: Future[Database] = Future()
        self._thread = threading.Thread(
            target=self._run, args=(db_path, opened), name="archive-writer", daemon=True
        )
        self._thread.start()
        opened.result()  # open errors (bad path, corrupt file) surface in the crawler

    def submit(self, item: Any, run: int) -> Future[None]:
        future: Future[None] = Future()
        with self._lock:
            self.pending += 1
        future.add_done_callback(self._stored)
        self.jobs.put((item, run, future))
        return future

    def close(self) -> None:
        """Store and commit every page handed over, then close the connection (idempotent)."""
        if self._thread.is_alive():
            self.jobs.put(None)
            self._thread.join()

    def _stored(self, future: Future[None]) -> None:
        with self._lock:
            self.pending -= 1
        error = future.exception()
        if error is not None:
            logger.error("could not archive a page: %s", error, exc_info=error)

    def _run(self, db_path: str, opened: Future[Database]) -> None:
        try:
            db = open_kb(db_path)
            use_fast_commits(db)
        except Exception as error:  # noqa: BLE001 - raised again in the crawler by opened.result()
            opened.set_exception(error)
            return
        opened.set_result(db)
        uncommitted, deadline = 0, 0.0
        try:
            while True:
                timeout = max(0.0, deadline - time.monotonic()) if uncommitted else None
                try:
                    job = self.jobs.get(timeout=timeout)
                except queue.Empty:  # a quiet spell: commit what is waiting
                    db.conn.commit()
                    uncommitted = 0
                    continue
                if job is None:
                    return
                if not uncommitted:
                    deadline = time.monotonic() + self.BATCH_SECONDS
                item, run, future = job
                try:
                    self._store(db, item, run)
                except Exception as error:  # noqa: BLE001 - logged by _stored, the crawl goes on
                    future.set_exception(error)
                else:
                    future.set_result(None)
                uncommitted += 1
                if uncommitted >= self.BATCH_PAGES or time.monotonic() >= deadline:
                    db.conn.commit()
                    uncommitted = 0
        finally:
            db.conn.commit()
            db.conn.close()

    def _store(self, db: Database, item: Any, run: int) -> None:
        """Hash, compress and store one fetch, and count how it changed."""
        body = item["body"]
        _, change = archive_page(
            db,
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
            commit=False,
        )
        self.counts[change] += 1


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
