"""A realistic crawl: every real page in ../shared/data behind a feed and a sitemap. One crawl
archives them all, each fetched once although both list it; a second crawl fetches nothing new."""

from __future__ import annotations

from pathlib import Path

import pytest
from crawl_server import CrawlServer, add_real_pages, crawl
from sqlite_utils import Database

from crawlers.crawl import CrawlJob


@pytest.mark.slow
def test_real_pages_are_archived_once_and_not_refetched(shared: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "kb.db"
    with CrawlServer() as server:
        paths = add_real_pages(server, shared)
        assert len(paths) >= 300
        jobs = [
            CrawlJob("real", "feeds", {"feeds": server.url("/feed.xml")}),
            CrawlJob("real", "sitemaps", {"sitemaps": server.url("/robots.txt"), "max_pages": "0"}),
        ]
        crawl(db_path, jobs, DOWNLOAD_TIMEOUT=10, CLAIMWATCH_MAX_PAGES=0)
        fetched = [hit.path for hit in server.hits if hit.path.startswith("/pages/")]
        assert sorted(fetched) == sorted(paths)  # every page, each once

        db = Database(db_path)
        assert db["pages"].count == len(paths)
        assert db["crawl_errors"].count == 0
        assert db["page_bodies"].count == len({server.routes[p].body for p in paths})  # type: ignore[union-attr]
        first = {r["spider"]: r for r in db.query("select * from crawl_runs")}
        assert sum(r["pages_new"] for r in first.values()) == len(paths)

        server.clear_hits()
        crawl(db_path, jobs, DOWNLOAD_TIMEOUT=10, CLAIMWATCH_MAX_PAGES=0)
        assert not [hit for hit in server.hits if hit.path.startswith("/pages/")]
        second = list(db.query("select * from crawl_runs where id > 2"))
        assert len(second) == 2 and all(r["status"] == "finished" for r in second)
        assert sum(r["pages_new"] + r["pages_changed"] + r["pages_failed"] for r in second) == 0
        assert sum(r["pages_skipped"] for r in second) == 2 * len(
            paths
        )  # each spider skipped them all
        assert db["pages"].count == len(paths)
