"""Run one or more spiders in a fresh process (Twisted's reactor cannot restart inside one)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass


@dataclass
class CrawlJob:
    """One spider run for one source: which spider and the arguments it takes."""

    source: str
    spider: str
    args: dict[str, str]


def run_jobs(db_path: str, jobs: list[CrawlJob], settings: dict[str, str] | None = None) -> int:
    """Run the jobs in a child process and return its exit code; pages land in the kb at db_path."""
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="crawlers.settings")
    payload = json.dumps(
        {"db": db_path, "jobs": [job.__dict__ for job in jobs], "settings": settings or {}}
    )
    completed = subprocess.run(
        [sys.executable, "-m", "crawlers.crawl", payload], env=env, check=False
    )
    return completed.returncode


def _main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("payload", help="JSON: {db, jobs: [{source, spider, args}], settings}")
    payload = json.loads(parser.parse_args(argv).payload)
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.set("CLAIMWATCH_DB", payload["db"], priority="cmdline")
    for key, value in payload.get("settings", {}).items():
        settings.set(key, value, priority="cmdline")
    process = CrawlerProcess(settings)
    for job in payload["jobs"]:
        process.crawl(job["spider"], source=job["source"], **job["args"])
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
