"""Crawl throughput: our feeds spider and archive pipeline against a bare Scrapy spider that only
saves response bodies to files, on the same local site, with the same settings, run in turns.

The site serves every real page in ../shared/data (303 pages, about 90 MB) behind one RSS feed,
from a server on 127.0.0.1, so the network is not the bottleneck and the crawler's own costs show.
Each crawl runs in a fresh process; the time is the wall clock of the whole crawl
(process.start() to its return: opening the kb, robots.txt, the feed, every page, and storing
the last page), so nothing our side does is left off the clock. One warm-up pair is run and
discarded; then rounds alternate which side goes first. Overhead is computed per round (ours
against the bare run beside it), and reported as the median with its spread, next to CPU time:
the crawler's (all threads, and the event loop alone) and the local server's.

    .venv/bin/python bench/bench_crawl.py [--rounds 11]
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
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    loop_before = time.thread_time()
    wall_before = time.perf_counter()
    process.start()
    wall = time.perf_counter() - wall_before
    loop_cpu = time.thread_time() - loop_before
    stats = crawler.stats.get_stats()  # type: ignore[union-attr]
    after = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                # CPU of every thread from starting the crawl to its end (imports excluded).
                "cpu_seconds": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
                # CPU of the event-loop thread alone: what our spider and middlewares add to Scrapy's own.
                "loop_cpu_seconds": loop_cpu,
                # CPU of processes the crawler started and reaped: our archive writer.
                "writer_cpu_seconds": children.ru_utime + children.ru_stime
                - children_before.ru_utime - children_before.ru_stime,
                "pages": stats.get("response_received_count", 0)
                - 2,  # minus robots.txt and the feed
                "seconds": wall,
                # Scrapy's clock, spider opened to spider closed.
                "scrapy_seconds": stats["elapsed_time_seconds"],
                "bytes": stats.get("downloader/response_bytes", 0),
            }
        )
    )


def run_once(kind: str, feed_url: str) -> dict[str, float]:
    server_before = resource.getrusage(resource.RUSAGE_SELF)  # this process only serves pages
    with tempfile.TemporaryDirectory() as out_dir:
        result = subprocess.run(
            [sys.executable, __file__, "--child", kind, feed_url, out_dir],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    server_after = resource.getrusage(resource.RUSAGE_SELF)
    figures["server_cpu_seconds"] = (
        server_after.ru_utime
        + server_after.ru_stime
        - server_before.ru_utime
        - server_before.ru_stime
    )
    figures["pages_per_second"] = figures["pages"] / figures["seconds"]
    return figures


def spread(values: list[float]) -> str:
    """median [min-max], and the interquartile range when there are enough values."""
    ordered = sorted(values)
    text = f"{statistics.median(ordered):.1f} [{ordered[0]:.1f} to {ordered[-1]:.1f}]"
    if len(ordered) >= 4:
        q1, _, q3 = statistics.quantiles(ordered, n=4)
        text += f", IQR {q1:.1f} to {q3:.1f}"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--warmup", type=int, default=1, help="pairs run first and discarded")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "FEED", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return

    from http.server import ThreadingHTTPServer

    from crawl_server import CrawlServer, add_real_pages

    # The standard library's listen backlog is 5. With 8 connections opened at once, and the
    # server's accept thread sharing the GIL with the threads sending pages, the kernel drops
    # some SYNs and the crawler's connect waits for the 1 s retransmission: a stall that hit
    # either side at random (about every other run) and not the crawlers' work. Measured with
    # `nstat` (TcpExtListenOverflows, TcpExtTCPSynRetrans) around a pair of runs.
    ThreadingHTTPServer.request_queue_size = 128

    load_before = os.getloadavg()
    with CrawlServer() as server:
        paths = add_real_pages(server, args.shared)
        feed = server.url("/feed.xml")
        for _ in range(args.warmup):
            for kind in ("bare", "ours"):
                run_once(kind, feed)
        results: dict[str, list[dict[str, float]]] = {"ours": [], "bare": []}
        overheads: list[float] = []
        for round_number in range(1, args.rounds + 1):
            for kind in ("bare", "ours") if round_number % 2 else ("ours", "bare"):
                figures = run_once(kind, feed)
                assert figures["pages"] == len(paths), figures
                results[kind].append(figures)
                print(
                    f"round {round_number} {kind:>4}: {figures['pages']:.0f} pages in "
                    f"{figures['seconds']:.2f}s = {figures['pages_per_second']:.1f} pages/s "
                    f"(CPU s: {figures['cpu_seconds']:.2f}, event loop "
                    f"{figures['loop_cpu_seconds']:.2f}, writer {figures['writer_cpu_seconds']:.2f}, server {figures['server_cpu_seconds']:.2f})",
                    flush=True,
                )
            overheads.append(
                (results["ours"][-1]["seconds"] / results["bare"][-1]["seconds"] - 1) * 100
            )
    load_after = os.getloadavg()

    def median(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in results[kind])

    megabytes = results["ours"][0]["bytes"] / 1e6
    print(
        f"\n{len(paths)} pages, {megabytes:.0f} MB; {args.rounds} rounds after {args.warmup} "
        f"warm-up; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after"
    )
    for label, kind in (
        ("bare Scrapy spider (saves bodies)", "bare"),
        ("claimwatch feeds spider + archive", "ours"),
    ):
        print(
            f"{label}: pages/s {spread([r['pages_per_second'] for r in results[kind]])}; "
            f"median CPU s per crawl: {median(kind, 'cpu_seconds'):.2f} in all threads, "
            f"{median(kind, 'loop_cpu_seconds'):.2f} on the event loop, "
            f"{median(kind, 'writer_cpu_seconds'):.2f} in the archive writer, "
            f"{median(kind, 'server_cpu_seconds'):.2f} in the server"
        )
    ratio = (median("bare", "pages_per_second") / median("ours", "pages_per_second") - 1) * 100
    print(f"overhead per round, % more time per page: {spread(overheads)}")
    print(f"overhead of the medians: {ratio:.1f}%")


if __name__ == "__main__":
    main()
