"""The feeds spider against a misbehaving local news site: three real crawls, then what the kb and
the server saw. Crawl 1 archives everything readable and records every failure; crawl 2 refetches
only the story whose feed date moved (a silent edit becomes a new revision); crawl 3 rechecks
every known page with a conditional GET and gets 304s."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from crawl_server import (
    CrawlServer,
    Page,
    ago,
    article_html,
    atom,
    crawl,
    json_feed,
    rss,
    sequence,
)
from sqlite_utils import Database

from crawlers.crawl import CrawlJob

GOOD = ["/news/a1", "/news/a2", "/news/changing", "/news/ratelimited"]
TROUBLE = [
    "/news/fail500",
    "/news/slow",
    "/loop/a",
    "/files/report.pdf",
    "/news/huge",
    "/news/garbled",
    "/news/missing",
    "/private/secret",
]


def build_site(server: CrawlServer) -> None:
    base = server.base_url
    routes = server.routes
    routes["/robots.txt"] = Page(
        b"User-agent: *\nDisallow: /private/\n", "text/plain", validators=False
    )
    for path in ["/news/a1", "/news/a2", "/news/a3", "/news/a4", "/news/a5"]:
        canonical = f"{path}?utm_medium=social#comments" if path == "/news/a1" else None
        routes[path] = Page(
            article_html(f"Story {path}", canonical=canonical), last_modified=ago(60)
        )
    routes["/news/changing"] = Page(
        article_html("Changing", "First version: 5 million users."), last_modified=ago(60)
    )
    routes["/news/ratelimited"] = sequence(
        Page(
            b"slow down", "text/plain", status=429, headers={"Retry-After": "1"}, validators=False
        ),
        Page(article_html("Worth the wait")),
    )
    routes["/news/fail500"] = Page(b"oops", status=500, validators=False)
    routes["/news/slow"] = Page(article_html("Slow"), delay=5)
    routes["/loop/a"] = Page(status=302, headers={"Location": "/loop/b"}, validators=False)
    routes["/loop/b"] = Page(status=302, headers={"Location": "/loop/a"}, validators=False)
    routes["/files/report.pdf"] = Page(b"%PDF-1.7\n" + bytes(range(256)) * 20, "application/pdf")
    routes["/news/huge"] = Page(article_html("Huge", "x" * 300_000))
    routes["/news/garbled"] = Page(b"<html><body>" + bytes(range(256)) * 40 + b"</body></html>")
    routes["/private/secret"] = Page(article_html("Embargoed"))
    items = [(base + p, ago(30)) for p in GOOD + TROUBLE]
    items.append((base + "/news/a1?utm_source=rss&fbclid=abc#top", ago(30)))  # the same story again
    routes["/feeds/rss.xml"] = Page(rss(items), "application/rss+xml", validators=False)
    routes["/feeds/atom.xml"] = Page(
        atom([(base + "/news/a3", ago(20)), (base + "/news/a1", None)]), "application/atom+xml"
    )
    routes["/feeds/feed.json"] = Page(
        json_feed([(base + "/news/a4", ago(10))]), "application/feed+json"
    )
    routes["/feeds/broken.xml"] = Page(
        f"<?xml version='1.0'?><rss><channel><title>Q&A &nbsp; news</title><item><title>AT&T</title>"
        f"<link>{base}/news/a5</link><pubDate>not a date</pubDate></item><item><title>cut off".encode(),
        "application/rss+xml",
    )
    routes["/feeds/not-a-feed"] = Page(article_html("Just a page"))


def runs(db: Database) -> list[dict[str, Any]]:
    return list(db.query("select * from crawl_runs order by id"))


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    db_path = tmp_path_factory.mktemp("feeds") / "kb.db"
    with CrawlServer() as server:
        build_site(server)
        feeds = ",".join(
            server.url(p)
            for p in [
                "/feeds/rss.xml",
                "/feeds/atom.xml",
                "/feeds/feed.json",
                "/feeds/broken.xml",
                "/feeds/not-a-feed",
            ]
        )
        job = CrawlJob("wire", "feeds", {"feeds": feeds}, {"DOWNLOAD_MAXSIZE": 100_000})
        # A short timeout for the slow page, long enough for the others on a busy machine.
        timeout = {"DOWNLOAD_TIMEOUT": 2}
        crawl(db_path, [job], **timeout)
        first_hits = list(server.hits)

        # The story is edited and the feed says so; nothing else changes.
        time.sleep(1.1)  # fetch times have one-second resolution: make the new date strictly later
        server.routes["/news/changing"] = Page(
            article_html("Changing", "Second version: 7 million users.")
        )
        items = [(server.url(p), ago(30)) for p in GOOD + TROUBLE]
        items[GOOD.index("/news/changing")] = (server.url("/news/changing"), ago(0))
        server.routes["/feeds/rss.xml"] = Page(rss(items), "application/rss+xml", validators=False)
        server.clear_hits()
        crawl(db_path, [job], **timeout)
        second_hits = list(server.hits)

        server.clear_hits()
        crawl(db_path, [job], CLAIMWATCH_RECHECK_KNOWN=True, **timeout)
        third_hits = list(server.hits)
        yield {
            "db": Database(db_path),
            "server": server,
            "base": server.base_url,
            "hits": [first_hits, second_hits, third_hits],
        }


def paths(hits: list[Any]) -> list[str]:
    return [hit.path for hit in hits]


def test_every_feed_format_is_read_and_each_story_archived_once(scenario: dict[str, Any]) -> None:
    db, base = scenario["db"], scenario["base"]
    first = [p for p in db.query("select * from pages where crawl_run = 1")]
    urls = sorted(p["url"] for p in first)
    expected = [
        "/news/a1",
        "/news/a2",
        "/news/a3",
        "/news/a4",
        "/news/a5",
        "/news/changing",
        "/news/ratelimited",
    ]
    assert urls == sorted(base + p for p in expected)
    assert all(p["change"] == "new" and p["status"] == 200 for p in first)
    assert paths(scenario["hits"][0]).count("/news/a1") == 1  # tracking-parameter copy folded in


def test_crawl_run_counts(scenario: dict[str, Any]) -> None:
    first, second, third = runs(scenario["db"])
    assert first["status"] == "finished" and first["finished"]
    assert (first["pages_new"], first["pages_changed"], first["pages_unchanged"]) == (7, 0, 0)
    # fail500, slow, loop, pdf, huge, garbled, missing, not-a-feed; robots refusals are not failures
    assert first["pages_failed"] == 8
    assert (second["pages_new"], second["pages_changed"], second["pages_skipped"]) == (0, 1, 6)
    assert (third["pages_new"], third["pages_unchanged"], third["pages_skipped"]) == (0, 7, 0)


def test_each_failure_is_recorded_with_its_kind(scenario: dict[str, Any]) -> None:
    db, base = scenario["db"], scenario["base"]
    errors = {
        row["url"].removeprefix(base): row
        for row in db.query("select * from crawl_errors where crawl_run = 1")
    }
    kinds = {path: row["kind"] for path, row in errors.items()}
    assert kinds == {
        "/news/fail500": "http_error",
        "/news/missing": "http_error",
        "/news/slow": "timeout",
        "/loop/a": "redirect_loop",
        "/files/report.pdf": "not_html",
        "/news/huge": "too_large",
        "/news/garbled": "undecodable",
        "/private/secret": "robots",
        "/feeds/not-a-feed": "feed",
    }
    assert errors["/news/fail500"]["message"] == "HTTP 500 Internal Server Error"
    assert errors["/news/missing"]["message"] == "HTTP 404 Not Found"
    assert all(row["message"] and "\n" not in row["message"] for row in errors.values())


def test_robots_txt_is_obeyed(scenario: dict[str, Any]) -> None:
    all_paths = {hit.path for hits in scenario["hits"] for hit in hits}
    assert "/robots.txt" in all_paths
    assert not any(path.startswith("/private/") for path in all_paths)


def test_server_errors_are_retried_after_a_back_off(scenario: dict[str, Any]) -> None:
    hits = [hit for hit in scenario["hits"][0] if hit.path == "/news/fail500"]
    assert len(hits) == 2  # RETRY_TIMES=1
    assert hits[1].at - hits[0].at >= 0.05


def test_429_is_retried_after_retry_after(scenario: dict[str, Any]) -> None:
    hits = [hit for hit in scenario["hits"][0] if hit.path == "/news/ratelimited"]
    assert [hit.status for hit in hits] == [429, 200]
    assert hits[1].at - hits[0].at >= 0.95


def test_canonical_link_is_recorded_without_tracking(scenario: dict[str, Any]) -> None:
    db, base = scenario["db"], scenario["base"]
    row = next(db.query("select canonical_url from pages where url = ?", [base + "/news/a1"]))
    assert row["canonical_url"] == base + "/news/a1"


def test_archive_keeps_headers_status_and_timings(scenario: dict[str, Any]) -> None:
    db, base = scenario["db"], scenario["base"]
    page = next(
        db.query("select * from pages where url = ? order by id limit 1", [base + "/news/a2"])
    )
    headers = {k.lower(): v for k, v in json.loads(page["headers"]).items()}
    assert headers["content-type"].startswith("text/html") and page["etag"] == headers["etag"]
    assert page["last_modified"] and page["elapsed_ms"] >= 0 and page["fetched_at"]
    body = next(
        db.query("select size from page_bodies where content_hash = ?", [page["content_hash"]])
    )
    assert body["size"] > 100


def test_second_crawl_fetches_only_what_the_feed_says_changed(scenario: dict[str, Any]) -> None:
    fetched = {
        p for p in paths(scenario["hits"][1]) if p.startswith("/news/a") or p == "/news/changing"
    }
    assert fetched == {"/news/changing"}


def test_a_silent_edit_becomes_a_new_revision(scenario: dict[str, Any]) -> None:
    db, base = scenario["db"], scenario["base"]
    rows = list(
        db.query(
            "select change, content_hash from pages where url = ? order by id",
            [base + "/news/changing"],
        )
    )
    assert [r["change"] for r in rows[:2]] == ["new", "changed"]
    assert rows[0]["content_hash"] != rows[1]["content_hash"]
    assert (
        db["page_bodies"].count_where(
            "content_hash in (?, ?)", [rows[0]["content_hash"], rows[1]["content_hash"]]
        )
        == 2
    )


def test_recheck_uses_conditional_get_and_counts_304_unchanged(scenario: dict[str, Any]) -> None:
    db, base = scenario["db"], scenario["base"]
    hits = [hit for hit in scenario["hits"][2] if hit.path == "/news/a2"]
    assert len(hits) == 1 and hits[0].status == 304
    assert hits[0].headers.get("if-none-match") and hits[0].headers.get("if-modified-since")
    last = next(
        db.query("select * from pages where url = ? order by id desc limit 1", [base + "/news/a2"])
    )
    first = next(
        db.query("select * from pages where url = ? order by id limit 1", [base + "/news/a2"])
    )
    assert (last["status"], last["change"], last["content_hash"]) == (
        304,
        "unchanged",
        first["content_hash"],
    )


def test_user_agent_names_a_contact(scenario: dict[str, Any]) -> None:
    (agent,) = {hit.headers.get("user-agent", "") for hit in scenario["hits"][0]}
    assert agent.startswith("claimwatch/") and "(+https://" in agent


def test_a_run_with_only_failures_still_finishes(tmp_path: Path) -> None:
    """A feed naming only unreachable stories still leaves a finished run behind."""
    with CrawlServer() as server:
        server.routes["/robots.txt"] = Page(b"", "text/plain")
        server.routes["/rss"] = Page(rss([(server.url("/gone"), None)]), "application/rss+xml")
        crawl(tmp_path / "kb.db", [CrawlJob("tiny", "feeds", {"feeds": server.url("/rss")})])
    db = Database(tmp_path / "kb.db")
    (run,) = runs(db)
    assert run["status"] == "finished" and run["pages_failed"] == 1 and run["pages_new"] == 0
