"""Crawl throughput: our feeds spider and archive pipeline against a bare Scrapy spider that only
saves response bodies to files, on the same local site, with the same settings, run in turns.

The site serves every real page in ../shared/data (303 pages, about 90 MB) behind one RSS feed,
from a server on 127.0.0.1, so the network is not the bottleneck and the crawler's own costs show.
Pages per second come from Scrapy's own clock (spider opened -> spider closed), which includes
everything the pipeline does for the last page.

    .venv/bin/python bench/bench_crawl.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

# Politeness off: both crawlers run as fast as the local server allows.
SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_TIMEOUT": 30,
    "LOG_LEVEL": "WARNING",
}


def child(kind: str, feed_url: str, out_dir: str) -> None:
    """Run one crawl in this (fresh) process and print its stats as JSON."""
    import scrapy
    from scrapy.crawler import AsyncCrawlerProcess
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    settings = get_project_settings()
    for key, value in SETTINGS.items():
        settings.set(key, value, priority="cmdline")

    if kind == "ours":
        from crawlers.spiders.feeds import FeedsSpider

        settings.set("CLAIMWATCH_DB", str(Path(out_dir) / "kb.db"), priority="cmdline")
        spidercls: type[scrapy.Spider] = FeedsSpider
        kwargs: dict[str, Any] = {"source": "bench", "feeds": feed_url}
    else:
        from crawlers.feed_reader import read_feed

        # The bare spider: same settings, but none of our middlewares or pipeline.
        settings.set("ITEM_PIPELINES", {}, priority="cmdline")
        settings.set("DOWNLOADER_MIDDLEWARES", {}, priority="cmdline")

        class BareSpider(scrapy.Spider):
            name = "bare"

            async def start(self) -> Any:
                yield scrapy.Request(feed_url, callback=self.parse_feed)

            def parse_feed(self, response: scrapy.http.Response) -> Any:
                for entry in read_feed(response.body, response.url):
                    yield scrapy.Request(entry.url, callback=self.save)

            def save(self, response: scrapy.http.Response) -> None:
                name = response.url.rsplit("/", 1)[-1]
                (Path(out_dir) / name).write_bytes(response.body)

        spidercls = BareSpider
        kwargs = {}
    process = AsyncCrawlerProcess(settings)
    crawler = process.create_crawler(spidercls)
    process.crawl(crawler, **kwargs)
    before = resource.getrusage(resource.RUSAGE_SELF)
    loop_before = time.thread_time()
    process.start()
    loop_cpu = time.thread_time() - loop_before
    stats = crawler.stats.get_stats()  # type: ignore[union-attr]
    after = resource.getrusage(resource.RUSAGE_SELF)
    print(
        json.dumps(
            {
                # CPU of every thread from starting the crawl to its end (imports excluded).
                "cpu_seconds": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
                # CPU of the event-loop thread alone: what our spider and middlewares add to Scrapy's own.
                "loop_cpu_seconds": loop_cpu,
                "pages": stats.get("response_received_count", 0)
                - 2,  # minus robots.txt and the feed
                "seconds": stats["elapsed_time_seconds"],
                "bytes": stats.get("downloader/response_bytes", 0),
            }
        )
    )


def run_once(kind: str, feed_url: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as out_dir:
        result = subprocess.run(
            [sys.executable, __file__, "--child", kind, feed_url, out_dir],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["pages_per_second"] = figures["pages"] / figures["seconds"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "FEED", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return

    from crawl_server import CrawlServer, add_real_pages

    with CrawlServer() as server:
        paths = add_real_pages(server, args.shared)
        feed = server.url("/feed.xml")
        results: dict[str, list[dict[str, float]]] = {"ours": [], "bare": []}
        for round_number in range(1, args.rounds + 1):
            for kind in ("bare", "ours") if round_number % 2 else ("ours", "bare"):
                figures = run_once(kind, feed)
                assert figures["pages"] == len(paths), figures
                results[kind].append(figures)
                print(
                    f"round {round_number} {kind:>4}: {figures['pages']:.0f} pages in "
                    f"{figures['seconds']:.2f}s = {figures['pages_per_second']:.1f} pages/s "
                    f"(CPU s: {figures['cpu_seconds']:.2f}, event loop {figures['loop_cpu_seconds']:.2f})",
                    flush=True,
                )
    ours = statistics.median(r["pages_per_second"] for r in results["ours"])
    bare = statistics.median(r["pages_per_second"] for r in results["bare"])
    cpu = {
        kind: statistics.median(r["cpu_seconds"] for r in runs) for kind, runs in results.items()
    }
    loop = {
        kind: statistics.median(r["loop_cpu_seconds"] for r in runs)
        for kind, runs in results.items()
    }
    megabytes = results["ours"][0]["bytes"] / 1e6
    overhead = (bare / ours - 1) * 100
    print(f"\n{len(paths)} pages, {megabytes:.0f} MB; median of {args.rounds} rounds")
    for label, kind, rate in (
        ("bare Scrapy spider (saves bodies)", "bare", bare),
        ("claimwatch feeds spider + archive", "ours", ours),
    ):
        print(
            f"{label}: {rate:.1f} pages/s; CPU s per crawl: {cpu[kind]:.2f} in all threads, "
            f"{loop[kind]:.2f} on the event loop"
        )
    print(f"overhead: {overhead:.1f}% more time per page")


if __name__ == "__main__":
    main()
