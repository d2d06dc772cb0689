"""`claimwatch schedule`: crawls on each source's cron schedule, one crawl per source at a time,
and a clean stop on SIGTERM."""

from __future__ import annotations

import datetime as dt
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from crawl_server import CrawlServer, Page, article_html, rss
from sqlite_utils import Database

from crawlers.locks import SourceBusy, lock_path, source_lock
from crawlers.scheduler import Scheduler
from crawlers.sources import parse_sources

ROOT = Path(__file__).resolve().parent.parent
UTC = dt.UTC
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0"]


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_sources_fire_on_their_own_schedules(tmp_path: Path) -> None:
    sources = parse_sources(
        {
            "source": [
                {"name": "often", "feeds": ["https://a.example/rss"], "schedule": "*/5 * * * *"},
                {"name": "hourly", "feeds": ["https://b.example/rss"], "schedule": "0 * * * *"},
            ]
        }
    )
    clock = [dt.datetime(2025, 1, 1, 10, 2, 30, tzinfo=UTC)]
    scheduler = Scheduler(tmp_path / "kb.db", sources, clock=lambda: clock[0])
    assert scheduler.next_at == {
        "often": dt.datetime(2025, 1, 1, 10, 5, tzinfo=UTC),
        "hourly": dt.datetime(2025, 1, 1, 11, 0, tzinfo=UTC),
    }
    assert scheduler.due(clock[0]) == []
    assert scheduler.due(dt.datetime(2025, 1, 1, 11, 0, tzinfo=UTC)) == ["often", "hourly"]
    assert 0.05 <= scheduler.seconds_to_next() <= 60


def test_a_source_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    with source_lock(db, "wire/news"):
        assert lock_path(db, "wire/news").name == "wire_news.lock"
        with pytest.raises(SourceBusy), source_lock(db, "wire/news"):
            pass
    with source_lock(db, "wire/news"):
        pass


def finished_runs(db_path: Path) -> int:
    """Finished crawl runs so far (0 while the scheduler is still creating the kb)."""
    try:
        return Database(db_path)["crawl_runs"].count_where("status = 'finished'")
    except sqlite3.OperationalError:
        return 0


def write_sources(path: Path, feed: str) -> None:
    path.write_text(
        f'[[source]]\nname = "wire"\nfeeds = ["{feed}"]\nschedule = "0 0 1 1 *"\n', encoding="utf-8"
    )


def claimwatch(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimwatch_cli", *args]


def test_schedule_runs_then_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    db_path, sources = tmp_path / "kb.db", tmp_path / "sources.toml"
    with CrawlServer() as server:
        server.routes["/robots.txt"] = Page(b"", "text/plain")
        server.routes["/rss"] = Page(rss([(server.url("/story"), None)]), "application/rss+xml")
        server.routes["/story"] = Page(article_html("Story"))
        write_sources(sources, server.url("/rss"))
        scheduler = subprocess.Popen(
            claimwatch(
                "schedule", "--db", str(db_path), "--sources", str(sources), "--run-now", *FAST
            ),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            wait_for(lambda: finished_runs(db_path) == 1)
            time.sleep(1.2)  # let the scheduler reap the crawl and print its summary
        finally:
            scheduler.send_signal(signal.SIGTERM)
            output, _ = scheduler.communicate(timeout=30)
    assert scheduler.returncode == 0, output
    assert "wire: crawl started" in output
    assert "wire: 1 new, 0 changed, 0 unchanged, 0 skipped, 0 failed" in output
    assert output.rstrip().endswith("Scheduler stopped")
    assert "Traceback" not in output


def test_no_overlap_and_sigterm_interrupts_a_running_crawl(tmp_path: Path) -> None:
    db_path, sources = tmp_path / "kb.db", tmp_path / "sources.toml"
    with CrawlServer() as server:
        server.routes["/robots.txt"] = Page(b"", "text/plain")
        server.routes["/rss"] = Page(rss([(server.url("/stuck"), None)]), "application/rss+xml")
        server.routes["/stuck"] = Page(article_html("Stuck"), delay=8)
        write_sources(sources, server.url("/rss"))
        scheduler = subprocess.Popen(
            claimwatch(
                "schedule",
                "--db",
                str(db_path),
                "--sources",
                str(sources),
                "--run-now",
                *FAST,
                "-s",
                "DOWNLOAD_TIMEOUT=30",
            ),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            wait_for(lambda: bool(server.hits_for("/stuck")))
            second = subprocess.run(
                claimwatch("crawl", "--db", str(db_path), "--sources", str(sources), *FAST),
                check=False,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert (
                second.returncode == 0
                and "Skipping wire: another crawl of it is running" in second.stdout
            )
            stopped_at = time.monotonic()
        finally:
            scheduler.send_signal(signal.SIGTERM)
            output, _ = scheduler.communicate(timeout=40)
        assert time.monotonic() - stopped_at < 15
    assert scheduler.returncode == 0, output
    (run,) = Database(db_path).query("select * from crawl_runs")
    assert run["status"] == "interrupted (shutdown)", run  # Scrapy finished the open request first
    assert "Traceback" not in output
