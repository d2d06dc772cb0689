"""Render the sample articles as a small news network and serve it on 127.0.0.1.

Every page is rendered once, when the server starts, into a path -> Page map; the HTTP handler
only looks pages up and answers conditional requests, so crawler tests see stable bodies, ETags
and Last-Modified dates. Stdlib only, so the demo site runs before anything else is installed.

    python -m sample_site.server --port 8002
"""

from __future__ import annotations

import argparse
import errno
import functools
import hashlib
import html
import json
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import quote, unquote, urlsplit

from sample_site import (
    OUTLET_DETAILS,
    SAMPLE_NOTICE,
    SCENARIO,
    Outlet,
    SampleArticle,
    SampleSiteError,
    load_articles,
)

HOST = "127.0.0.1"
HTML_TYPE = "text/html; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"

NETWORK_NAME = "claimwatch sample news network"
# The private page never changes, so it gets a fixed date rather than "now" (which would defeat 304s).
PRIVATE_PAGE_DATE = datetime(2025, 1, 1, tzinfo=UTC)

_STYLE = """
body{margin:0;font:17px/1.6 Georgia,serif;color:#222;background:#fafafa}
a{color:var(--accent)}
.sample-banner{background:#fff3cd;border-bottom:2px solid #d39e00;padding:.6em 1em;
 font:600 15px/1.4 system-ui,sans-serif;text-align:center}
.masthead{background:var(--accent);color:#fff;padding:1em 2em}
.masthead .logo{color:#fff;font:700 32px/1.1 system-ui,sans-serif;text-decoration:none}
.masthead .tagline{margin:.2em 0 0;opacity:.85;font-style:italic}
nav.site-nav ul,footer nav ul,.share ul{list-style:none;margin:0;padding:0;display:flex;gap:1.2em}
nav.site-nav{background:#fff;border-bottom:1px solid #ddd;padding:.5em 2em;
 font:14px system-ui,sans-serif}
main{max-width:46em;margin:0 auto;padding:1em 2em}
.byline,.dateline,.teaser .meta{font:14px system-ui,sans-serif;color:#555;margin:.2em 0}
.credit{font-style:italic;border-top:1px solid #ddd;padding-top:.8em}
.share button{font:14px system-ui,sans-serif;padding:.3em .8em;cursor:pointer}
.related{border-top:3px solid var(--accent);margin-top:2em}
footer{background:#eee;padding:1em 2em;font:14px system-ui,sans-serif;color:#444}
""".strip()


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def _display_date(moment: datetime) -> str:
    """Human date in the outlet's own timezone, as a newsroom would print it."""
    return f"{moment:%B} {moment.day}, {moment.year}, {moment:%H:%M} (UTC{moment:%z})"


def _join_names(names: Sequence[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _json_for_script(data: object) -> str:
    """JSON safe inside <script>: no character that could close the element or start markup."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@dataclass(frozen=True)
class Page:
    """One rendered response body with what the handler needs for caching headers."""

    body: bytes
    content_type: str
    last_modified: datetime | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @functools.cached_property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:24] + '"'


# --- HTML -----------------------------------------------------------------------------------


def _layout(
    *,
    title: str,
    description: str,
    canonical: str,
    main: str,
    base_url: str,
    outlet: Outlet | None = None,
    head_extra: str = "",
    og_type: str = "website",
) -> str:
    """The chrome every page shares: banner, masthead, nav, footer. Outlets differ only in colour
    and names, which is all a boilerplate remover should need to learn."""
    site_name = outlet.name if outlet else NETWORK_NAME
    accent = outlet.accent if outlet else "#37474f"
    if outlet:
        home = f"/{outlet.slug}/"
        masthead = (
            f'<a class="logo" href="{home}">{_e(outlet.name)}</a>\n'
            f'<p class="tagline">{_e(outlet.tagline)}</p>'
        )
        nav_items = [f'<li><a href="{home}">Latest</a></li>'] + [
            f'<li><a href="{home}#{_e(section.lower().replace(" ", "-"))}">{_e(section)}</a></li>'
            for section in outlet.sections
        ]
        nav_items.append('<li><a href="/">All sample outlets</a></li>')
        feeds = (
            f'<link rel="alternate" type="application/rss+xml" title="{_e(outlet.name)} (RSS)" '
            f'href="{home}rss.xml">\n'
            f'<link rel="alternate" type="application/atom+xml" title="{_e(outlet.name)} (Atom)" '
            f'href="{home}atom.xml">'
        )
        footer_links = [
            (home, outlet.name),
            (f"{home}rss.xml", "RSS"),
            (f"{home}atom.xml", "Atom"),
            ("/", "All sample outlets"),
            ("/sitemap.xml", "Sitemap"),
        ]
        owner = f"© 2025 {outlet.name} · {outlet.domain} — a fictional outlet."
    else:
        masthead = (
            f'<a class="logo" href="/">{_e(NETWORK_NAME)}</a>\n'
            '<p class="tagline">Fictional outlets for the claimwatch demo and tests</p>'
        )
        nav_items = [
            f'<li><a href="/{slug}/">{_e(details.name)}</a></li>'
            for slug, details in OUTLET_DETAILS.items()
        ]
        feeds = (
            '<link rel="alternate" type="application/rss+xml" title="All outlets (RSS)" '
            'href="/rss.xml">\n'
            '<link rel="alternate" type="application/atom+xml" title="All outlets (Atom)" '
            'href="/atom.xml">'
        )
        footer_links = [
            ("/", "Home"),
            ("/rss.xml", "RSS"),
            ("/atom.xml", "Atom"),
            ("/sitemap.xml", "Sitemap"),
            (SCENARIO["private_path"], "Staff drafts"),
        ]
        owner = "claimwatch sample data — not a real publication."
    footer_nav = "".join(
        f'<li><a href="{href}">{_e(label)}</a></li>' for href, label in footer_links
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<meta name="description" content="{_e(description)}">
<link rel="canonical" href="{_e(canonical)}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{_e(title.split(" | ")[0])}">
<meta property="og:description" content="{_e(description)}">
<meta property="og:site_name" content="{_e(site_name)}">
<meta property="og:url" content="{_e(canonical)}">
{head_extra}{feeds}
<style>:root{{--accent:{accent}}}
{_STYLE}</style>
</head>
<body>
<div class="sample-banner" role="note">{_e(SAMPLE_NOTICE)}</div>
<header class="masthead">
{masthead}
</header>
<nav class="site-nav" aria-label="Sections"><ul>{"".join(nav_items)}</ul></nav>
<main>
{main}
</main>
<footer>
<p>{_e(owner)}</p>
<p class="sample-note">{_e(SAMPLE_NOTICE)} Served locally from {_e(base_url)}.</p>
<nav aria-label="Footer"><ul>{footer_nav}</ul></nav>
</footer>
</body>
</html>
"""


def _related(
    article: SampleArticle, catalogue: Sequence[SampleArticle], limit: int = 4
) -> list[SampleArticle]:
    """The republished original first, then the outlet's own newest stories, then the network's."""
    others = [other for other in catalogue if other.slug != article.slug]
    others.sort(key=lambda other: other.published, reverse=True)
    others.sort(key=lambda other: (other.slug != article.original, other.outlet != article.outlet))
    return others[:limit]


def render_article(
    article: SampleArticle, base_url: str, catalogue: Sequence[SampleArticle] | None = None
) -> str:
    """A realistic article page: the metadata a news extractor looks for, plus the clutter
    (nav, share buttons, related links) it has to learn to ignore."""
    catalogue = load_articles() if catalogue is None else catalogue
    by_slug = {other.slug: other for other in catalogue}
    outlet = OUTLET_DETAILS[article.outlet]
    url = article.url(base_url)
    published = article.published.isoformat()
    modified = article.last_modified.isoformat()

    json_ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.summary,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": "en",
        "datePublished": published,
        "dateModified": modified,
        "author": [{"@type": "Person", "name": name} for name in article.authors],
        "publisher": {
            "@type": "Organization",
            "name": outlet.name,
            "url": f"{base_url}/{outlet.slug}/",
        },
        "wordCount": article.word_count,
    }
    credit = ""
    original = by_slug.get(article.original) if article.original else None
    if original is not None:
        json_ld["isBasedOn"] = original.url(base_url)
        credit = (
            f'<p class="credit">This story first appeared on '
            f'<a href="{_e(original.url(base_url))}">{_e(original.outlet_name)}</a>.</p>\n'
        )

    head_extra = (
        f'<meta name="author" content="{_e(", ".join(article.authors))}">\n'
        f'<meta property="article:published_time" content="{published}">\n'
        f'<meta property="article:modified_time" content="{modified}">\n'
        f'<script type="application/ld+json">\n{_json_for_script(json_ld)}\n</script>\n'
    )
    body = "\n".join(
        f"<h2>{_e(text)}</h2>" if kind == "h2" else f"<p>{_e(text)}</p>"
        for kind, text in article.blocks
    )
    byline = _join_names([f'<span class="author">{_e(name)}</span>' for name in article.authors])
    updated = ""
    if article.modified:
        updated = (
            f' · Updated <time class="modified" datetime="{modified}">'
            f"{_e(_display_date(article.modified))}</time>"
        )
    share_url = quote(url, safe="")
    share = "".join(
        f'<li><button type="button" data-share="{network}" data-url="{share_url}">{label}</button></li>'
        for network, label in (("email", "Email"), ("social", "Post"), ("copy", "Copy link"))
    )
    related = "".join(
        f'<li><a href="{_e(other.path)}">{_e(other.title)}</a> '
        f'<span class="meta">{_e(other.outlet_name)}</span></li>'
        for other in _related(article, catalogue)
    )
    main = f"""<article class="story">
<header>
<h1>{_e(article.title)}</h1>
<p class="byline">By {byline}</p>
<p class="dateline"><time class="published" datetime="{published}">{_e(_display_date(article.published))}</time>{updated}</p>
</header>
<div class="article-body">
{body}
</div>
{credit}</article>
<aside class="share" aria-label="Share this story"><ul>{share}</ul></aside>
<aside class="related" aria-label="Related stories">
<h2>Related stories</h2>
<ul>{related}</ul>
</aside>"""
    return _layout(
        title=f"{article.title} | {outlet.name}",
        description=article.summary,
        canonical=url,
        main=main,
        base_url=base_url,
        outlet=outlet,
        head_extra=head_extra,
        og_type="article",
    )


def _teasers(articles: Iterable[SampleArticle], show_outlet: bool) -> str:
    items = []
    for article in articles:
        source = f"{_e(article.outlet_name)} · " if show_outlet else ""
        items.append(
            f'<li class="teaser"><h3><a href="{_e(article.path)}">{_e(article.title)}</a></h3>\n'
            f'<p class="meta">{source}By {_e(_join_names(article.authors))} · '
            f'<time datetime="{article.published.isoformat()}">'
            f"{_e(_display_date(article.published))}</time></p>\n"
            f"<p>{_e(article.summary)}</p></li>"
        )
    return '<ul class="teasers">\n' + "\n".join(items) + "\n</ul>"


def render_outlet_home(outlet: Outlet, articles: Sequence[SampleArticle], base_url: str) -> str:
    """An outlet's front page: its stories, newest first."""
    newest_first = sorted(articles, key=lambda article: article.published, reverse=True)
    main = f'<h1 id="latest">Latest from {_e(outlet.name)}</h1>\n{_teasers(newest_first, False)}'
    return _layout(
        title=f"{outlet.name} — {outlet.tagline}",
        description=f"{outlet.tagline}. {SAMPLE_NOTICE}",
        canonical=f"{base_url}/{outlet.slug}/",
        main=main,
        base_url=base_url,
        outlet=outlet,
    )


def render_site_home(articles: Sequence[SampleArticle], base_url: str) -> str:
    """The network's front page: what this site is, its outlets and its feeds."""
    counts = {slug: 0 for slug in OUTLET_DETAILS}
    for article in articles:
        counts[article.outlet] += 1
    outlets = "\n".join(
        f'<li><a href="/{slug}/">{_e(outlet.name)}</a> — {_e(outlet.tagline)} '
        f'({counts[slug]} stories; <a href="/{slug}/rss.xml">RSS</a>, '
        f'<a href="/{slug}/atom.xml">Atom</a>)</li>'
        for slug, outlet in OUTLET_DETAILS.items()
    )
    newest = sorted(articles, key=lambda article: article.published, reverse=True)[:5]
    main = f"""<h1>{_e(NETWORK_NAME)}</h1>
<p>{_e(SAMPLE_NOTICE)} The site exists so that claimwatch's crawlers, extractors and tests
have realistic pages to read without touching the live web.</p>
<h2>Outlets</h2>
<ul class="outlets">
{outlets}
</ul>
<h2>Newest stories</h2>
{_teasers(newest, True)}
<p>Feeds for every outlet: <a href="/rss.xml">RSS</a>, <a href="/atom.xml">Atom</a>,
<a href="/sitemap.xml">sitemap</a>.</p>"""
    return _layout(
        title=NETWORK_NAME,
        description=SAMPLE_NOTICE,
        canonical=f"{base_url}/",
        main=main,
        base_url=base_url,
    )


def render_private_page(base_url: str) -> str:
    """A page robots.txt forbids: if its canary shows up in the knowledge base, a crawler misbehaved."""
    main = f"""<h1>Staff drafts (embargoed)</h1>
<p>Do not crawl. This page is disallowed in robots.txt and marked noindex.</p>
<p>Draft: Qiantu's unreleased Hanlin-4 has 1.8 trillion total parameters and scored 97.3% on MMLU.</p>
<p class="canary">{_e(SCENARIO["private_canary"])}</p>"""
    return _layout(
        title=f"Staff drafts | {NETWORK_NAME}",
        description="Embargoed drafts; not for crawling.",
        canonical=f"{base_url}{SCENARIO['private_path']}",
        main=main,
        base_url=base_url,
        head_extra='<meta name="robots" content="noindex, nofollow">\n',
    )


def render_not_found(path: str, base_url: str) -> str:
    main = (
        f"<h1>Page not found</h1>\n<p>No sample page lives at {_e(path)}. "
        'Start from the <a href="/">home page</a> or the <a href="/sitemap.xml">sitemap</a>.</p>'
    )
    return _layout(
        title=f"Not found | {NETWORK_NAME}",
        description="Page not found.",
        canonical=f"{base_url}{quote(path)}",
        main=main,
        base_url=base_url,
    )


# --- Feeds ----------------------------------------------------------------------------------


def _newest(articles: Iterable[SampleArticle]) -> datetime:
    return max(article.last_modified for article in articles)


def render_rss(
    articles: Sequence[SampleArticle],
    base_url: str,
    *,
    title: str,
    description: str,
    home: str,
    self_path: str,
) -> str:
    """RSS 2.0, newest first, with absolute links."""
    items = []
    for article in sorted(articles, key=lambda article: article.published, reverse=True):
        url = _e(article.url(base_url))
        creators = "".join(f"<dc:creator>{_e(name)}</dc:creator>" for name in article.authors)
        items.append(
            f"""<item>
  <title>{_e(article.title)}</title>
  <link>{url}</link>
  <guid isPermaLink="true">{url}</guid>
  <pubDate>{format_datetime(article.published)}</pubDate>
  {creators}
  <category>{_e(article.outlet_name)}</category>
  <description>{_e(article.summary)}</description>
</item>"""
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- {_e(SAMPLE_NOTICE)} -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>{_e(title)}</title>
<link>{_e(base_url + home)}</link>
<description>{_e(description)} {_e(SAMPLE_NOTICE)}</description>
<language>en</language>
<lastBuildDate>{format_datetime(_newest(articles))}</lastBuildDate>
<atom:link href="{_e(base_url + self_path)}" rel="self" type="application/rss+xml"/>
{chr(10).join(items)}
</channel>
</rss>
"""


def render_atom(
    articles: Sequence[SampleArticle],
    base_url: str,
    *,
    title: str,
    description: str,
    home: str,
    self_path: str,
) -> str:
    """Atom 1.0, newest first; every entry carries its own authors, so the feed needs none."""
    entries = []
    for article in sorted(articles, key=lambda article: article.published, reverse=True):
        url = _e(article.url(base_url))
        authors = "".join(f"<author><name>{_e(name)}</name></author>" for name in article.authors)
        entries.append(
            f"""<entry>
  <id>{url}</id>
  <title>{_e(article.title)}</title>
  <link rel="alternate" type="text/html" href="{url}"/>
  <published>{article.published.isoformat()}</published>
  <updated>{article.last_modified.isoformat()}</updated>
  {authors}
  <category term="{article.outlet}" label="{_e(article.outlet_name)}"/>
  <summary>{_e(article.summary)}</summary>
</entry>"""
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- {_e(SAMPLE_NOTICE)} -->
<feed xmlns="http://www.w3.org/2005/Atom">
<id>{_e(base_url + self_path)}</id>
<title>{_e(title)}</title>
<subtitle>{_e(description)} {_e(SAMPLE_NOTICE)}</subtitle>
<rights>{_e(SAMPLE_NOTICE)}</rights>
<updated>{_newest(articles).isoformat()}</updated>
<link rel="self" type="application/atom+xml" href="{_e(base_url + self_path)}"/>
<link rel="alternate" type="text/html" href="{_e(base_url + home)}"/>
<generator>claimwatch sample_site</generator>
{chr(10).join(entries)}
</feed>
"""


def render_sitemap(articles: Sequence[SampleArticle], base_url: str) -> str:
    urls = "\n".join(
        f"<url><loc>{_e(article.url(base_url))}</loc>"
        f"<lastmod>{article.last_modified.isoformat()}</lastmod></url>"
        for article in sorted(articles, key=lambda article: article.path)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- {_e(SAMPLE_NOTICE)} -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


def render_robots(base_url: str) -> str:
    return (
        f"# {SAMPLE_NOTICE}\n"
        "User-agent: *\n"
        f"Disallow: {SCENARIO['private_path']}\n"
        "Allow: /\n"
        "\n"
        f"Sitemap: {base_url}/sitemap.xml\n"
    )


# --- The site as a path -> Page map -----------------------------------------------------------


def build_pages(articles: Sequence[SampleArticle], base_url: str) -> dict[str, Page]:
    """Render every page of the site once; the server only looks them up."""
    base_url = base_url.rstrip("/")
    newest = _newest(articles)

    def text_page(
        body: str, content_type: str, last_modified: datetime | None, **headers: str
    ) -> Page:
        return Page(body.encode("utf-8"), content_type, last_modified, headers)

    pages = {
        "/": text_page(render_site_home(articles, base_url), HTML_TYPE, newest),
        "/robots.txt": text_page(render_robots(base_url), TEXT_TYPE, newest),
        "/sitemap.xml": text_page(render_sitemap(articles, base_url), XML_TYPE, newest),
        SCENARIO["private_path"]: text_page(
            render_private_page(base_url),
            HTML_TYPE,
            PRIVATE_PAGE_DATE,
            **{"X-Robots-Tag": "noindex"},
        ),
    }
    everything = {
        "title": f"{NETWORK_NAME} (all outlets)",
        "description": "Every story from every outlet.",
        "home": "/",
    }
    pages["/rss.xml"] = text_page(
        render_rss(articles, base_url, self_path="/rss.xml", **everything), RSS_TYPE, newest
    )
    pages["/atom.xml"] = text_page(
        render_atom(articles, base_url, self_path="/atom.xml", **everything), ATOM_TYPE, newest
    )
    for slug, outlet in OUTLET_DETAILS.items():
        own = [article for article in articles if article.outlet == slug]
        if not own:
            continue
        home = f"/{slug}/"
        about = {"title": outlet.name, "description": f"{outlet.tagline}.", "home": home}
        pages[home] = text_page(render_outlet_home(outlet, own, base_url), HTML_TYPE, _newest(own))
        pages[f"{home}rss.xml"] = text_page(
            render_rss(own, base_url, self_path=f"{home}rss.xml", **about), RSS_TYPE, _newest(own)
        )
        pages[f"{home}atom.xml"] = text_page(
            render_atom(own, base_url, self_path=f"{home}atom.xml", **about),
            ATOM_TYPE,
            _newest(own),
        )
    for article in articles:
        pages[article.path] = text_page(
            render_article(article, base_url, articles), HTML_TYPE, article.last_modified
        )
    return pages


# --- HTTP -------------------------------------------------------------------------------------


class _SampleHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    pages: dict[str, Page]
    base_url: str
    log_requests: bool


class _SampleRequestHandler(BaseHTTPRequestHandler):
    server: _SampleHTTPServer
    server_version = "claimwatch-sample/1.0"
    protocol_version = "HTTP/1.1"
    timeout = 30

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        if self.server.log_requests:
            super().log_message(format, *args)

    def _respond(self, send_body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        page = self.server.pages.get(path)
        if page is None:
            if f"{path}/" in self.server.pages and path.count("/") == 1:
                self._send(301, b"", TEXT_TYPE, {"Location": f"{path}/"}, send_body)
            else:
                body = render_not_found(path, self.server.base_url).encode("utf-8")
                self._send(404, body, HTML_TYPE, {}, send_body)
            return
        headers = {"ETag": page.etag, "Cache-Control": "no-cache", **page.headers}
        if page.last_modified is not None:
            headers["Last-Modified"] = _http_date(page.last_modified)
        if self._not_modified(page):
            self.send_response(304)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            return
        self._send(200, page.body, page.content_type, headers, send_body)

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str], send_body: bool
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _not_modified(self, page: Page) -> bool:
        """RFC 9110: If-None-Match wins when present; If-Modified-Since is only a fallback."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = [tag.strip() for tag in if_none_match.split(",")]
            return "*" in tags or any(tag.removeprefix("W/") == page.etag for tag in tags)
        if_modified_since = self.headers.get("If-Modified-Since")
        if not if_modified_since or page.last_modified is None:
            return False
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return page.last_modified.replace(microsecond=0) <= since


class SampleServer:
    """The sample site bound to 127.0.0.1; `port=0` lets the OS pick a free port (for tests)."""

    def __init__(
        self, port: int = 0, articles_dir: Path | None = None, log_requests: bool = False
    ) -> None:
        articles = load_articles(articles_dir)
        self._httpd = _SampleHTTPServer((HOST, port), _SampleRequestHandler)
        self.port: int = self._httpd.server_address[1]
        self.base_url = f"http://{HOST}:{self.port}"
        self._httpd.base_url = self.base_url
        self._httpd.log_requests = log_requests
        self._httpd.pages = build_pages(articles, self.base_url)
        self._thread: threading.Thread | None = None

    def start(self) -> Self:
        """Serve from a daemon thread, so a forgotten server never keeps a test run alive."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, name=f"sample-site-{self.port}", daemon=True
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve(port: int = 0, articles_dir: Path | None = None) -> SampleServer:
    """Start the sample site in the background and return it; call `.stop()` or use `with`."""
    return SampleServer(port, articles_dir).start()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sample_site.server",
        description="Serve the claimwatch sample news site (fictional SAMPLE DATA) on 127.0.0.1.",
    )
    parser.add_argument(
        "--port", type=int, default=8002, help="port on 127.0.0.1 (default 8002; 0 = any)"
    )
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args(argv)
    try:
        server = SampleServer(args.port, log_requests=not args.quiet)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            print(
                f"error: port {args.port} is already in use on {HOST}; choose another with --port",
                file=sys.stderr,
            )
        else:
            print(f"error: cannot listen on {HOST}:{args.port}: {error.strerror}", file=sys.stderr)
        return 2
    except SampleSiteError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(server.base_url, flush=True)
    print(
        f"Serving {len(server._httpd.pages)} sample pages; Ctrl-C to stop.",
        file=sys.stderr,
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
