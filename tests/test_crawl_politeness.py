"""Politeness through the real command line: a source's own delay is kept between requests to
its site, and the User-Agent carries the operator's contact URL."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from itertools import pairwise
from pathlib import Path

from crawl_server import CrawlServer, Page, article_html, rss
from sqlite_utils import Database

ROOT = Path(__file__).resolve().parent.parent


def test_per_source_delay_and_contact_url(tmp_path: Path) -> None:
    with CrawlServer() as server:
        stories = [f"/story/{n}" for n in range(4)]
        server.routes["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")
        server.routes["/rss"] = Page(
            rss([(server.url(p), None) for p in stories]), "application/rss+xml"
        )
        for path in stories:
            server.routes[path] = Page(article_html(path))
        sources = tmp_path / "sources.toml"
        sources.write_text(
            f'[[source]]\nname = "gentle"\nfeeds = ["{server.url("/rss")}"]\n'
            "settings = { DOWNLOAD_DELAY = 0.4, RANDOMIZE_DOWNLOAD_DELAY = false, "
            "AUTOTHROTTLE_ENABLED = false, CONCURRENT_REQUESTS_PER_DOMAIN = 1 }\n"
        )
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "claimwatch_cli",
                "crawl",
                "--db",
                str(tmp_path / "kb.db"),
                "--sources",
                str(sources),
                "--contact",
                "https://example.org/our-crawler",
            ],
            check=False,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert (
            "Crawled 1 run(s): 4 new, 0 changed, 0 unchanged, 0 skipped, 0 failed" in result.stdout
        )
        hits = sorted(server.hits, key=lambda hit: hit.at)
    gaps = [later.at - earlier.at for earlier, later in pairwise(hits)]
    assert len(hits) == 6 and min(gaps) >= 0.35, gaps  # robots.txt, feed, 4 stories
    ours = version("claimwatch")
    assert {hit.headers["user-agent"] for hit in hits} == {
        f"claimwatch/{ours} (+https://example.org/our-crawler)"
    }
    assert Database(tmp_path / "kb.db")["pages"].count == 4
