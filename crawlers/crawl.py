"""Run one or more spiders in a fresh process (Twisted's reactor cannot restart inside one)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class CrawlJob:
    """One spider run for one source: which spider, the arguments it takes, and the source's
    own Scrapy settings (politeness overrides), which beat the project's but not `-s`."""

    source: str
    spider: str
    args: dict[str, str]
    settings: dict[str, Any] = field(default_factory=dict)


def start_jobs(
    db_path: str, jobs: list[CrawlJob], settings: dict[str, Any] | None = None
) -> subprocess.Popen[bytes]:
    """Start the jobs in a child process; the caller waits for it (or sends SIGTERM to stop it cleanly)."""
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="crawlers.settings")
    payload = json.dumps(
        {"db": db_path, "jobs": [asdict(job) for job in jobs], "settings": settings or {}}
    )
    return subprocess.Popen([sys.executable, "-m", "crawlers.crawl", payload], env=env)


def run_jobs(db_path: str, jobs: list[CrawlJob], settings: dict[str, Any] | None = None) -> int:
    """Run the jobs in a child process and return its exit code; pages land in the kb at db_path."""
    child = start_jobs(db_path, jobs, settings)
    try:
        return child.wait()
    except BaseException:
        child.terminate()
        child.wait()
        raise


def user_agent(contact_url: str) -> str:
    """An honest User-Agent: who we are and where a site operator can reach us."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours = version("claimwatch")
    except PackageNotFoundError:
        ours = "dev"
    return f"claimwatch/{ours} (+{contact_url})"


def _main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "payload", help="JSON: {db, jobs: [{source, spider, args, settings}], settings}"
    )
    payload = json.loads(parser.parse_args(argv).payload)
    from scrapy.crawler import AsyncCrawlerProcess, Crawler
    from scrapy.settings import SETTINGS_PRIORITIES
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.set("CLAIMWATCH_DB", payload["db"], priority="cmdline")
    for key, value in payload.get("settings", {}).items():
        settings.set(key, value, priority="cmdline")
    if (settings.getpriority("USER_AGENT") or 0) < SETTINGS_PRIORITIES["cmdline"]:
        settings.set(
            "USER_AGENT", user_agent(settings["CLAIMWATCH_CONTACT_URL"]), priority="cmdline"
        )
    process = AsyncCrawlerProcess(settings)
    for job in payload["jobs"]:
        job_settings = settings.copy()
        for key, value in job.get("settings", {}).items():
            job_settings.set(key, value, priority="spider")
        spidercls = process.spider_loader.load(job["spider"])
        process.crawl(Crawler(spidercls, job_settings), source=job["source"], **job["args"])
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
