"""The source registry (sources.toml): what to crawl, how, and how often; validated on load."""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawlers.crawl import CrawlJob
from crawlers.cron import CronError, CronSchedule


class SourcesError(Exception):
    """sources.toml has mistakes; the message lists each one on its own line."""


# Settings a source may override: how hard and how long we lean on that one site.
POLITENESS_SETTINGS: dict[str, type] = {
    "DOWNLOAD_DELAY": float,
    "RANDOMIZE_DOWNLOAD_DELAY": bool,
    "CONCURRENT_REQUESTS_PER_DOMAIN": int,
    "AUTOTHROTTLE_ENABLED": bool,
    "AUTOTHROTTLE_START_DELAY": float,
    "AUTOTHROTTLE_MAX_DELAY": float,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": float,
    "DOWNLOAD_TIMEOUT": float,
    "DOWNLOAD_MAXSIZE": int,
    "RETRY_TIMES": int,
    "RETRY_AFTER_MAX": float,
    "CLAIMWATCH_RECHECK_KNOWN": bool,
}


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
    max_pages: int = 0
    max_depth: int = 2
    settings: dict[str, Any] = field(default_factory=dict)

    def jobs(self) -> list[CrawlJob]:
        """One job per discovery method the source offers; the site spider only when it has neither
        feeds nor sitemaps (following links is the costliest way to find articles)."""
        common = {"allowed_domains": ",".join(self.allowed_domains)}
        if self.max_pages:
            common["max_pages"] = str(self.max_pages)
        patterns = "\n".join(self.article_patterns)
        jobs = []
        if self.feeds:
            jobs.append(
                CrawlJob(
                    self.name, "feeds", {"feeds": ",".join(self.feeds), **common}, self.settings
                )
            )
        if self.sitemaps:
            args = {"sitemaps": ",".join(self.sitemaps), "patterns": patterns, **common}
            jobs.append(CrawlJob(self.name, "sitemaps", args, self.settings))
        if not jobs and self.homepage:
            args = {
                "start": self.homepage,
                "patterns": patterns,
                "max_depth": str(self.max_depth),
                **common,
            }
            jobs.append(CrawlJob(self.name, "site", args, self.settings))
        return jobs


_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$", re.IGNORECASE)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_FIELDS = set(Source.__dataclass_fields__)
_LISTS = ("feeds", "sitemaps", "allowed_domains", "article_patterns")


def parse_sources(data: dict[str, Any], where: str = "sources.toml") -> list[Source]:
    """Sources from the parsed TOML (`[[source]]` tables); every mistake is reported, not just the first."""
    problems: list[str] = []
    sources: list[Source] = []
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{where}: no [[source]] entries")
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: source #{number}: missing `name`")
            continue
        found = _source_problems(entry, f"{where}: source {name!r}")
        if name in seen:
            found.append(f"{where}: source {name!r}: duplicate name")
        seen.add(name)
        problems.extend(found)
        if not found:
            sources.append(Source(**entry))
    if problems:
        raise SourcesError("\n".join(problems))
    return sources


def _source_problems(entry: dict[str, Any], label: str) -> list[str]:
    problems = []
    given = entry
    if not _NAME.match(entry["name"]):
        problems.append(f"{label}: name may hold only letters, digits, '.', '_' and '-'")
    for key in sorted(set(entry) - _FIELDS):
        close = difflib.get_close_matches(key, _FIELDS, n=1)
        problems.append(
            f"{label}: unknown key {key!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
        )
    for key in _LISTS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{label}: {key} must be a list of strings")
            entry = {**entry, key: []}
    for key in ("feeds", "sitemaps"):
        for url in entry.get(key, []):
            if not _URL.match(url):
                problems.append(f"{label}: {key} entry {url!r} is not an http(s) URL")
    homepage = entry.get("homepage", "")
    if homepage and (not isinstance(homepage, str) or not _URL.match(homepage)):
        problems.append(f"{label}: homepage {homepage!r} is not an http(s) URL")
    for domain in entry.get("allowed_domains", []):
        if not _HOST.match(domain):
            problems.append(
                f"{label}: allowed_domains entry {domain!r} is not a host name (no scheme or path)"
            )
    for pattern in entry.get("article_patterns", []):
        try:
            re.compile(pattern)
        except re.error as exc:
            problems.append(f"{label}: article pattern {pattern!r} is not a valid regex ({exc})")
    language = entry.get("language", "en")
    if not isinstance(language, str) or not _LANGUAGE.match(language):
        problems.append(
            f"{label}: language {language!r} is not a language code such as 'en' or 'zh'"
        )
    schedule = entry.get("schedule", "0 * * * *")
    try:
        CronSchedule.parse(schedule if isinstance(schedule, str) else "")
    except CronError as exc:
        problems.append(f"{label}: schedule: {exc}")
    for key in ("max_pages", "max_depth"):
        value = entry.get(key, 1)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            problems.append(f"{label}: {key} must be a whole number >= 0")
    problems.extend(_settings_problems(entry.get("settings", {}), label))
    if not (given.get("feeds") or given.get("sitemaps") or homepage):
        problems.append(f"{label}: needs feeds, sitemaps or a homepage to crawl")
    elif (
        homepage
        and not (given.get("feeds") or given.get("sitemaps"))
        and not given.get("article_patterns")
    ):
        problems.append(
            f"{label}: crawling from the homepage needs article_patterns (which links are articles)"
        )
    return problems


def _settings_problems(settings: Any, label: str) -> list[str]:
    if not isinstance(settings, dict):
        return [f"{label}: settings must be a table, e.g. settings = {{ DOWNLOAD_DELAY = 2 }}"]
    problems = []
    for key, value in settings.items():
        kind = POLITENESS_SETTINGS.get(key)
        if kind is None:
            problems.append(
                f"{label}: setting {key!r} cannot be set per source "
                f"(allowed: {', '.join(sorted(POLITENESS_SETTINGS))})"
            )
        elif kind is bool and not isinstance(value, bool):
            problems.append(f"{label}: setting {key} must be true or false")
        elif kind in (int, float) and (
            isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0
        ):
            problems.append(f"{label}: setting {key} must be a number >= 0")
        elif kind is int and not isinstance(value, int):
            problems.append(f"{label}: setting {key} must be a whole number")
    return problems


def load_sources(path: str | Path) -> list[Source]:
    path = Path(path)
    if not path.exists():
        raise SourcesError(
            f"no sources file at {path}: create one (see sources.toml in the repository)"
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: not valid TOML ({exc})") from exc
    return parse_sources(data, str(path))
