"""sources.toml: the shipped registry loads, and each mistake gets one clear line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crawlers.sources import SourcesError, load_sources, parse_sources

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_registry_covers_english_and_chinese_outlets() -> None:
    sources = load_sources(ROOT / "sources.toml")
    assert len(sources) >= 20
    assert {s.language for s in sources} >= {"en", "zh"}
    assert all(s.jobs() for s in sources)
    assert {job.spider for s in sources for job in s.jobs()} == {"feeds", "sitemaps", "site"}
    assert any(s.settings for s in sources)  # politeness overrides are shown in use
    assert (
        "not checked" in (ROOT / "sources.toml").read_text()
        or "none was fetched" in (ROOT / "sources.toml").read_text()
    )


def test_jobs_carry_domains_patterns_and_settings() -> None:
    (source,) = parse_sources(
        {
            "source": [
                {
                    "name": "s",
                    "sitemaps": ["https://s.example/sitemap.xml"],
                    "allowed_domains": ["s.example"],
                    "article_patterns": ["/news/"],
                    "max_pages": 10,
                    "settings": {"DOWNLOAD_DELAY": 3},
                }
            ]
        }
    )
    (job,) = source.jobs()
    assert job.spider == "sitemaps" and job.settings == {"DOWNLOAD_DELAY": 3}
    assert job.args == {
        "sitemaps": "https://s.example/sitemap.xml",
        "patterns": "/news/",
        "allowed_domains": "s.example",
        "max_pages": "10",
    }


def test_every_mistake_is_one_line() -> None:
    bad = {
        "source": [
            {"name": "a", "feeds": ["ftp://x"], "schedule": "61 * * * *", "langauge": "en"},
            {"name": "a", "homepage": "https://a.example/"},
            {"feeds": ["https://x.example/rss"]},
            {
                "name": "b c",
                "sitemaps": "https://b.example/s.xml",
                "allowed_domains": ["https://b.example"],
                "article_patterns": ["(unclosed"],
                "language": "English",
                "settings": {"ROBOTSTXT_OBEY": False},
                "max_pages": -1,
            },
        ]
    }
    with pytest.raises(SourcesError) as caught:
        parse_sources(bad, "sources.toml")
    lines = str(caught.value).splitlines()
    expected = [
        "source 'a': unknown key 'langauge' (did you mean 'language'?)",
        "source 'a': feeds entry 'ftp://x' is not an http(s) URL",
        "source 'a': schedule: minute '61' is outside 0-59",
        "source 'a': crawling from the homepage needs article_patterns",
        "source 'a': duplicate name",
        "source #3: missing `name`",
        "source 'b c': name may hold only letters",
        "source 'b c': sitemaps must be a list of strings",
        "source 'b c': allowed_domains entry 'https://b.example' is not a host name",
        "source 'b c': article pattern '(unclosed' is not a valid regex",
        "source 'b c': language 'English' is not a language code",
        "source 'b c': max_pages must be a whole number >= 0",
        "source 'b c': setting 'ROBOTSTXT_OBEY' cannot be set per source",
    ]
    for fragment in expected:
        assert sum(fragment in line for line in lines) == 1, fragment
    assert all(line.startswith("sources.toml: ") for line in lines)
    assert len(lines) == len(expected)


def test_cli_reports_mistakes_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "x"\nfeeds = ["nope"]\nschedule = "often"\n')
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimwatch_cli",
            "crawl",
            "--sources",
            str(path),
            "--db",
            str(tmp_path / "kb.db"),
        ],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "feeds entry 'nope' is not an http(s) URL" in result.stderr
    assert "schedule: 'often' has 1 field(s)" in result.stderr
