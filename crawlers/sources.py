"""The source registry (sources.toml): what to crawl, how, and how often; validated on load."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawlers.crawl import CrawlJob


class SourcesError(Exception):
    """sources.toml has mistakes; the message lists each one on its own line."""


@dataclass
class Source:
    name: str
    homepage: str = ""
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    allowed_domains: list[str] = field(default_factory=list)
    article_patterns: list[str] = field(default_factory=list)
    language: str = "en"
    schedule: str = "0 * * * *"
    settings: dict[str, Any] = field(default_factory=dict)

    def jobs(self) -> list[CrawlJob]:
        """One job per discovery method the source offers."""
        jobs = []
        if self.feeds:
            jobs.append(CrawlJob(self.name, "feeds", {"feeds": ",".join(self.feeds)}))
        if self.sitemaps:
            jobs.append(CrawlJob(self.name, "sitemaps", {"sitemaps": ",".join(self.sitemaps)}))
        if not jobs and self.homepage:
            jobs.append(
                CrawlJob(
                    self.name,
                    "site",
                    {"start": self.homepage, "patterns": "\n".join(self.article_patterns)},
                )
            )
        return jobs


_URL = re.compile(r"^https?://[^\s/]+", re.I)
_FIELDS = set(Source.__dataclass_fields__)


def parse_sources(data: dict[str, Any], where: str = "sources.toml") -> list[Source]:
    """Sources from the parsed TOML (`[[source]]` tables); every mistake is reported, not just the first."""
    problems: list[str] = []
    sources: list[Source] = []
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{where}: no [[source]] entries")
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        label = f"{where}: source #{number}"
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{label}: missing `name`")
            continue
        label = f"{where}: source {name!r}"
        if name in seen:
            problems.append(f"{label}: duplicate name")
        seen.add(name)
        unknown = set(entry) - _FIELDS
        if unknown:
            problems.append(f"{label}: unknown key(s) {', '.join(sorted(unknown))}")
        for key in ("feeds", "sitemaps"):
            for url in entry.get(key, []):
                if not isinstance(url, str) or not _URL.match(url):
                    problems.append(f"{label}: {key} entry {url!r} is not an http(s) URL")
        if entry.get("homepage") and not _URL.match(str(entry["homepage"])):
            problems.append(f"{label}: homepage {entry['homepage']!r} is not an http(s) URL")
        for pattern in entry.get("article_patterns", []):
            try:
                re.compile(pattern)
            except re.error as exc:
                problems.append(f"{label}: article pattern {pattern!r} is not a valid regex ({exc})")
        schedule = entry.get("schedule", "0 * * * *")
        if not isinstance(schedule, str) or len(schedule.split()) != 5:
            problems.append(f"{label}: schedule {schedule!r} is not a 5-field cron expression")
        if not (entry.get("feeds") or entry.get("sitemaps") or entry.get("homepage")):
            problems.append(f"{label}: needs feeds, sitemaps or a homepage to crawl")
        if not unknown:
            sources.append(Source(**entry))
    if problems:
        raise SourcesError("\n".join(problems))
    return sources


def load_sources(path: str | Path) -> list[Source]:
    path = Path(path)
    if not path.exists():
        raise SourcesError(f"no sources file at {path}: create one (see sources.toml in the repository)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: not valid TOML ({exc})") from exc
    return parse_sources(data, str(path))
