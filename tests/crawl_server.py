"""A small HTTP server on 127.0.0.1 for crawler tests: pages, feeds and misbehaviour on demand.

Routes map a path (with its query string) to a Page, or to a function that returns one per
request, so a test can script a server that changes a page, rate-limits, stalls or loops.
Every request is logged with its headers and arrival time, so a test can check what the
crawler fetched, when, and how it introduced itself.
"""

from __future__ import annotations

import hashlib
import html
import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self

from crawlers.crawl import CrawlJob, run_jobs

HTML = "text/html; charset=utf-8"


@dataclass
class Page:
    body: bytes = b""
    content_type: str = HTML
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: datetime | None = None
    validators: bool = True  # send ETag / Last-Modified and answer conditional requests with 304
    delay: float = 0.0  # seconds to stall before answering


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float
    status: int = 0


Route = Page | Callable[["Hit"], Page]


class CrawlServer:
    """`with CrawlServer() as server: server.routes["/a"] = Page(b"..."); server.url("/a")`"""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle

    def __enter__(self) -> Self:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server._serve(self, send_body=True)

            def do_HEAD(self) -> None:
                server._serve(self, send_body=False)

            def log_message(self, format: str, *args: object) -> None:
                pass

        class QuietServer(ThreadingHTTPServer):
            # Scrapy opens several connections at once; the default backlog of 5 makes the kernel
            # drop some, and each dropped one costs a 1 s SYN retry.
            request_queue_size = 128

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # the crawler hung up (timeout, size cap): expected in these tests

        self._httpd = QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    # --- what the crawler did

    def hits_for(self, path: str) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.hits if hit.path == path]

    def paths_hit(self) -> set[str]:
        with self._lock:
            return {hit.path for hit in self.hits}

    def clear_hits(self) -> None:
        with self._lock:
            self.hits.clear()

    # --- serving

    def _serve(self, handler: BaseHTTPRequestHandler, send_body: bool) -> None:
        hit = Hit(
            handler.path, {k.lower(): v for k, v in handler.headers.items()}, time.monotonic()
        )
        with self._lock:
            self.hits.append(hit)
            route = self.routes.get(handler.path)
        page = route(hit) if callable(route) else route
        if page is None:
            page = Page(b"<html><body>not found</body></html>", status=404, validators=False)
        if page.delay:
            time.sleep(page.delay)
        status, headers, body = (
            page.status,
            {"Content-Type": page.content_type, **page.headers},
            page.body,
        )
        if page.validators and status == 200:
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            headers["ETag"] = etag
            if page.last_modified:
                headers["Last-Modified"] = format_datetime(page.last_modified, usegmt=True)
            if _not_modified(hit.headers, etag, page.last_modified):
                status, body = 304, b""
                headers.pop("Content-Type", None)
        hit.status = status
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if send_body and body:
                handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up waiting (a timeout test)


def _not_modified(headers: dict[str, str], etag: str, last_modified: datetime | None) -> bool:
    if "if-none-match" in headers:
        return etag in [tag.strip() for tag in headers["if-none-match"].split(",")]
    if "if-modified-since" in headers and last_modified:
        try:
            since = parsedate_to_datetime(headers["if-modified-since"])
        except (TypeError, ValueError):
            return False
        return last_modified.replace(microsecond=0) <= since
    return False


# --- documents a news site publishes ---------------------------------------------------------


def article_html(
    title: str, text: str = "", canonical: str | None = None, links: Sequence[str] = ()
) -> bytes:
    head = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    anchors = "".join(
        f'<li><a href="{html.escape(link)}">{html.escape(link)}</a></li>' for link in links
    )
    body = text or f"{title}. OpenAI said it processed 6 billion tokens per minute in 2025."
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{head}</head>"
        f"<body><article><h1>{html.escape(title)}</h1><p>{html.escape(body)}</p></article>"
        f"<ul>{anchors}</ul></body></html>"
    ).encode()


def rss(items: Sequence[tuple[str, datetime | None]], title: str = "Test feed") -> bytes:
    parts = [
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
    ]
    for link, date in items:
        when = f"<pubDate>{format_datetime(date, usegmt=True)}</pubDate>" if date else ""
        parts.append(
            f"<item><title>{html.escape(link)}</title><link>{html.escape(link)}</link>{when}</item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def atom(items: Sequence[tuple[str, datetime | None]]) -> bytes:
    parts = [
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>t</title>"
    ]
    for link, date in items:
        when = f"<updated>{date.isoformat()}</updated>" if date else ""
        parts.append(
            f"<entry><title>x</title><link rel='self' href='{link}.self'/>"
            f"<link rel='alternate' type='text/html' href='{html.escape(link)}'/>{when}</entry>"
        )
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


def json_feed(items: Sequence[tuple[str, datetime | None]]) -> bytes:
    entries = [
        {"id": link, "url": link, **({"date_modified": date.isoformat()} if date else {})}
        for link, date in items
    ]
    return json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": entries}
    ).encode()


def sitemap(urls: Sequence[tuple[str, datetime | None]], news: bool = False) -> bytes:
    ns = "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'"
    if news:
        ns += " xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'"
    parts = [f"<?xml version='1.0' encoding='UTF-8'?><urlset {ns}>"]
    for url, date in urls:
        if news:
            when = (
                f"<news:news><news:publication><news:name>T</news:name><news:language>en</news:language>"
                f"</news:publication><news:publication_date>{date.isoformat() if date else ''}"
                f"</news:publication_date><news:title>t</news:title></news:news>"
            )
        else:
            when = f"<lastmod>{date.isoformat()}</lastmod>" if date else ""
        parts.append(f"<url><loc>{html.escape(url)}</loc>{when}</url>")
    parts.append("</urlset>")
    return "".join(parts).encode("utf-8")


def sitemap_index(urls: list[str]) -> bytes:
    items = "".join(f"<sitemap><loc>{html.escape(url)}</loc></sitemap>" for url in urls)
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{items}</sitemapindex>"
    ).encode()


def sequence(*pages: Page) -> Callable[[Hit], Page]:
    """A route answering the first request with pages[0], the second with pages[1], ... then the last."""
    count = iter(range(10**9))

    def route(hit: Hit) -> Page:
        return pages[min(next(count), len(pages) - 1)]

    return route


def ago(minutes: float) -> datetime:
    return datetime.fromtimestamp(time.time() - minutes * 60, UTC).replace(microsecond=0)


# --- running real crawls against it ----------------------------------------------------------

# Fast and deterministic: no politeness delays, short timeouts and back-offs. Tests that check
# politeness set their own.
TEST_SETTINGS: dict[str, object] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_TIMEOUT": 5,
    "RETRY_TIMES": 1,
    "RETRY_BACKOFF_BASE": 0.05,
    "RETRY_AFTER_MAX": 5,
    "LOG_LEVEL": "WARNING",
}


def crawl(db_path: object, jobs: list[CrawlJob], **settings: object) -> None:
    """Run the jobs in a real Scrapy child process, as `claimwatch crawl` does; fail on a crash."""
    code = run_jobs(str(db_path), jobs, {**TEST_SETTINGS, **settings})
    assert code == 0, f"crawler exited with {code}"


# --- the realistic site: every real page from ../shared/data behind a feed and a sitemap -----


def add_real_pages(server: CrawlServer, shared: object) -> list[str]:
    """Serve each saved page (decompressed) at /pages/<set>/<id>.html, all of them listed in
    /feed.xml and /sitemap.xml (named in robots.txt); return the page paths."""
    import gzip
    from pathlib import Path

    root = Path(str(shared)) / "data"
    paths = []
    modified = ago(24 * 60)
    for folder in ("extraction", "articles"):
        for file in sorted((root / folder / "html").glob("*.html.gz")):
            path = f"/pages/{folder}/{file.name.removesuffix('.html.gz')}.html"
            # No charset: the crawler must find each page's encoding itself, as it does on the web.
            server.routes[path] = Page(
                gzip.decompress(file.read_bytes()), "text/html", last_modified=modified
            )
            paths.append(path)
    items: Sequence[tuple[str, datetime | None]] = [(server.url(p), modified) for p in paths]
    server.routes["/feed.xml"] = Page(rss(items), "application/rss+xml")
    server.routes["/sitemap.xml"] = Page(sitemap(items), "application/xml")
    server.routes["/robots.txt"] = Page(
        f"User-agent: *\nDisallow: /private/\nSitemap: {server.url('/sitemap.xml')}\n".encode(),
        "text/plain",
    )
    return paths
