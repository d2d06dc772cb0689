"""The site spider: from the home page, follow article links to a bounded depth and page count."""

from __future__ import annotations

from pathlib import Path

from crawl_server import CrawlServer, Page, article_html, crawl

from crawlers.crawl import CrawlJob


def build_site(server: CrawlServer) -> None:
    routes = server.routes
    routes["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")
    routes["/"] = Page(
        article_html(
            "Home",
            links=[
                "/news/one",
                "/news/two?utm_source=home",
                "/about",
                "http://other.example/news/x",
            ],
        )
    )
    routes["/news/one"] = Page(article_html("One", links=["/news/three", "/news/one#comments"]))
    routes["/news/two"] = Page(article_html("Two", links=["/"]))
    routes["/news/three"] = Page(article_html("Three", links=["/news/four"]))
    routes["/news/four"] = Page(article_html("Four"))
    routes["/about"] = Page(article_html("About us"))


def job(server: CrawlServer, **args: str) -> CrawlJob:
    return CrawlJob(
        "site",
        "site",
        {"start": server.url("/"), "patterns": r"/news/", "allowed_domains": "127.0.0.1", **args},
    )


def articles_hit(server: CrawlServer) -> set[str]:
    return {path for path in server.paths_hit() if path.startswith("/news/")}


def test_follows_article_links_to_max_depth_then_refetches_nothing(tmp_path: Path) -> None:
    with CrawlServer() as server:
        build_site(server)
        crawl(tmp_path / "kb.db", [job(server)])
        assert articles_hit(server) == {
            "/news/one",
            "/news/two",
            "/news/three",
        }  # four is 3 hops away
        assert "/about" not in server.paths_hit()
        server.clear_hits()
        crawl(tmp_path / "kb.db", [job(server)])
        assert articles_hit(server) == set() and "/" in server.paths_hit()


def test_max_pages_bounds_a_run(tmp_path: Path) -> None:
    with CrawlServer() as server:
        build_site(server)
        crawl(tmp_path / "kb.db", [job(server, max_pages="1", max_depth="5")])
        assert len(articles_hit(server)) == 1
