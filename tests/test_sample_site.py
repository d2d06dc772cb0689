"""The bundled sample news site: its content, its scenario, and the server that crawlers test against."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
import urllib.robotparser
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sample_site import (
    ARTICLES_DIR,
    OUTLETS,
    SCENARIO,
    SampleSiteError,
    load_articles,
    parse_article,
)
from sample_site.server import SampleServer, render_article, serve

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ARTICLES = load_articles()
BY_SLUG = {article.slug: article for article in ARTICLES}


@pytest.fixture(scope="module")
def site() -> Iterator[SampleServer]:
    with serve() as server:
        yield server


def fetch(url: str, method: str = "GET", **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get_text(site: SampleServer, path: str) -> str:
    status, _, body = fetch(site.base_url + path)
    assert status == 200, path
    return body.decode("utf-8")


class PageReader(HTMLParser):
    """Collects what the tests look at: meta tags, links, JSON-LD and the article body text."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.hrefs: list[str] = []
        self.json_ld: list[object] = []
        self.body_blocks: list[str] = []
        self.title = ""
        self.credit = ""
        self._stack: list[str] = []
        self._in_body = False
        self._capture: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name")
            if key:
                self.meta[key] = values.get("content", "")
        elif tag == "link" and "rel" in values:
            self.links.setdefault(values["rel"], values.get("href", ""))
        elif tag == "a" and "href" in values:
            self.hrefs.append(values["href"])
        if tag == "div" and values.get("class") == "article-body":
            self._in_body = True
        capture = None
        if tag == "script" and values.get("type") == "application/ld+json":
            capture = "json_ld"
        elif tag == "title":
            capture = "title"
        elif tag == "p" and values.get("class") == "credit":
            capture = "credit"
        elif self._in_body and tag in ("p", "h2"):
            capture = "body"
        if capture and self._capture is None:
            self._capture, self._buffer = capture, []
            self._stack = [tag]
        elif self._capture:
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._capture and self._stack and self._stack[-1] == tag:
            self._stack.pop()
            if not self._stack:
                text = "".join(self._buffer)
                if self._capture == "json_ld":
                    self.json_ld.append(json.loads(text))
                elif self._capture == "title":
                    self.title = text
                elif self._capture == "credit":
                    self.credit = text
                else:
                    self.body_blocks.append(text)
                self._capture = None
        elif tag == "div" and self._in_body and not self._capture:
            self._in_body = False

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._buffer.append(data)


def read_page(site: SampleServer, path: str) -> PageReader:
    reader = PageReader()
    reader.feed(get_text(site, path))
    return reader


# --- content -------------------------------------------------------------------------------


def test_every_article_is_complete_and_in_range() -> None:
    assert 18 <= len(ARTICLES) <= 24
    assert {article.outlet for article in ARTICLES} == set(OUTLETS)
    for article in ARTICLES:
        assert article.source.name == f"{article.slug}.md"
        assert article.title and article.authors and 1 <= len(article.authors) <= 2
        assert article.published.tzinfo is not None
        assert article.modified is None or article.modified >= article.published
        assert 120 <= article.word_count <= 350, article.slug
        figures = re.findall(r"\d[\d,.]*", article.body)
        assert len(figures) >= 4, f"{article.slug} states too few figures"


def test_paths_are_unique_and_follow_the_url_scheme() -> None:
    paths = [article.path for article in ARTICLES]
    assert len(set(paths)) == len(paths)
    for article in ARTICLES:
        expected = f"/{article.outlet}/{article.published:%Y/%m}/{article.slug}.html"
        assert article.path == expected


def test_copies_republish_the_wire_story_verbatim() -> None:
    original = BY_SLUG[SCENARIO["original"]]
    assert original.outlet == "token-wire"
    copies = [BY_SLUG[slug] for slug in SCENARIO["copies"]]
    assert len(copies) == 2
    assert len({original.outlet, *(copy.outlet for copy in copies)}) == 3
    for copy in copies:
        assert copy.original == original.slug
        assert copy.title == original.title
        assert copy.body == original.body
        assert copy.published.date() > original.published.date()
    assert [a.slug for a in ARTICLES if a.original] == sorted(
        SCENARIO["copies"], key=lambda s: BY_SLUG[s].published
    )


def test_rewrite_keeps_the_figures_but_not_the_words() -> None:
    original = BY_SLUG[SCENARIO["original"]]
    rewrite = BY_SLUG[SCENARIO["rewrite"]]
    outlets_used = {original.outlet, *(BY_SLUG[slug].outlet for slug in SCENARIO["copies"])}
    assert rewrite.outlet not in outlets_used
    assert rewrite.original is None
    assert rewrite.title != original.title
    assert rewrite.published > max(BY_SLUG[slug].published for slug in SCENARIO["copies"])
    shared_sentences = set(original.paragraphs) & set(rewrite.paragraphs)
    assert not shared_sentences
    for figure in SCENARIO["shared_figures"]:
        assert figure in original.body and figure in rewrite.body, figure


def test_conflicting_pair_disagrees_on_one_figure() -> None:
    first, second = (BY_SLUG[slug] for slug in SCENARIO["conflict"])
    assert first.outlet != second.outlet
    assert first.original is None and second.original is None
    values = SCENARIO["conflict_values"]
    assert values[first.slug] != values[second.slug]
    for article in (first, second):
        figure = SCENARIO["conflict_figures"][article.slug]
        sentence = next(s for s in re.split(r"(?<=\.) ", article.body) if figure in s)
        assert SCENARIO["conflict_subject"] in sentence
        assert "in May" in sentence
    # Otherwise unrelated stories: different headlines and little shared vocabulary.
    words = [set(re.findall(r"[a-z]+", article.body.lower())) for article in (first, second)]
    assert len(words[0] & words[1]) / len(words[0] | words[1]) < 0.3


@pytest.mark.parametrize("kind", ["hedged", "attributed", "bounds"])
def test_scenario_phrases_appear_in_their_articles(kind: str) -> None:
    for slug, phrase in SCENARIO[kind].items():
        assert phrase in BY_SLUG[slug].body, (slug, phrase)


def test_readme_lists_every_article_and_the_scenario() -> None:
    readme = (ARTICLES_DIR.parent / "README.md").read_text(encoding="utf-8")
    for article in ARTICLES:
        assert f"`{article.slug}`" in readme, article.slug
    for figure in SCENARIO["conflict_figures"].values():
        assert figure in readme


GOOD_FILE = (
    "---\nslug: x\noutlet: token-wire\ntitle: T\nauthor: A\n"
    "published: 2025-01-01T00:00:00+00:00\n---\nBody.\n"
)


def test_minimal_article_file_parses(tmp_path: Path) -> None:
    article = parse_article(GOOD_FILE, tmp_path / "x.md")
    assert (article.slug, article.authors, article.body) == ("x", ("A",), "Body.\n")


@pytest.mark.parametrize(
    "broken",
    [
        "Body only\n",
        GOOD_FILE.replace("token-wire", "daily-planet"),
        GOOD_FILE.replace("+00:00", ""),
        GOOD_FILE.replace("title: T\n", ""),
        GOOD_FILE.replace("title: T", "tilte: T"),
        GOOD_FILE.replace("\n---\nBody", "\nBody"),
    ],
    ids=[
        "no-front-matter",
        "unknown-outlet",
        "naive-date",
        "missing-title",
        "unknown-key",
        "unclosed",
    ],
)
def test_malformed_article_files_fail_with_the_file_name(tmp_path: Path, broken: str) -> None:
    with pytest.raises(SampleSiteError, match="broken.md"):
        parse_article(broken, tmp_path / "broken.md")


def test_authors_split_on_comma_and_and() -> None:
    assert BY_SLUG["lattice-assistant-monthly-users"].authors == ("Grace Lim", "Hiroshi Abe")
    assert BY_SLUG[SCENARIO["original"]].authors == ("Mei Tanaka", "Ravi Okafor")


def test_render_escapes_text_and_keeps_json_ld_valid() -> None:
    article = dataclasses.replace(
        BY_SLUG["halcyon-weekly-users"],
        title='Tags </script><b>"bold"</b> & more',
        body="A <i>tag</i> & an ampersand.\n",
    )
    page = render_article(article, "http://127.0.0.1:1", ARTICLES)
    assert "<b>" not in page and "<i>" not in page and "</script><b>" not in page
    reader = PageReader()
    reader.feed(page)
    assert reader.json_ld[0]["headline"] == article.title  # type: ignore[index]
    assert reader.body_blocks == ["A <i>tag</i> & an ampersand."]


# --- server --------------------------------------------------------------------------------


def test_server_binds_to_loopback_only(site: SampleServer) -> None:
    assert site.base_url == f"http://127.0.0.1:{site.port}"
    assert site.port > 0


def test_home_page_lists_every_outlet(site: SampleServer) -> None:
    status, headers, body = fetch(site.base_url + "/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    text = body.decode("utf-8")
    assert 'class="sample-banner"' in text and "SAMPLE DATA" in text
    for slug, name in OUTLETS.items():
        assert f'href="/{slug}/"' in text and name in text


@pytest.mark.parametrize("outlet", sorted(OUTLETS))
def test_outlet_home_lists_its_articles(site: SampleServer, outlet: str) -> None:
    reader = read_page(site, f"/{outlet}/")
    own = {article.path for article in ARTICLES if article.outlet == outlet}
    assert own <= set(reader.hrefs)
    assert reader.meta["og:site_name"] == OUTLETS[outlet]


@pytest.mark.parametrize("slug", sorted(BY_SLUG))
def test_article_page_carries_news_metadata(site: SampleServer, slug: str) -> None:
    article = BY_SLUG[slug]
    url = article.url(site.base_url)
    text = get_text(site, article.path)
    reader = PageReader()
    reader.feed(text)
    assert '<html lang="en">' in text
    assert 'class="sample-banner"' in text and "SAMPLE DATA" in text
    assert reader.title == f"{article.title} | {OUTLETS[article.outlet]}"
    assert reader.links["canonical"] == url
    assert reader.meta["og:url"] == url
    assert reader.meta["og:title"] == article.title
    assert reader.meta["og:site_name"] == OUTLETS[article.outlet]
    assert reader.meta["description"]
    assert datetime.fromisoformat(reader.meta["article:published_time"]) == article.published
    (ld,) = reader.json_ld
    assert isinstance(ld, dict)
    assert ld["@type"] == "NewsArticle"
    assert ld["headline"] == article.title
    assert [author["name"] for author in ld["author"]] == list(article.authors)
    assert datetime.fromisoformat(ld["datePublished"]) == article.published
    assert datetime.fromisoformat(ld["dateModified"]) == article.last_modified
    assert ld["publisher"]["name"] == OUTLETS[article.outlet]
    assert "By " + " and ".join(article.authors) in re.sub(r"<[^>]+>", "", text)
    assert reader.body_blocks == [text for _, text in article.blocks]
    assert "Related stories" in text and 'class="share"' in text


def test_related_stories_link_to_live_articles(site: SampleServer) -> None:
    reader = read_page(site, BY_SLUG[SCENARIO["original"]].path)
    article_paths = {article.path for article in ARTICLES}
    related = [href for href in reader.hrefs if href in article_paths]
    assert len(related) >= 3
    for href in related:
        assert fetch(site.base_url + href)[0] == 200


def test_verbatim_copies_serve_identical_bodies(site: SampleServer) -> None:
    original = BY_SLUG[SCENARIO["original"]]
    original_page = read_page(site, original.path)
    assert original_page.credit == ""
    seen_urls = {original_page.links["canonical"]}
    for slug in SCENARIO["copies"]:
        copy = read_page(site, BY_SLUG[slug].path)
        assert copy.body_blocks == original_page.body_blocks
        assert copy.meta["og:title"] == original_page.meta["og:title"]
        assert copy.meta["og:site_name"] != original_page.meta["og:site_name"]
        assert copy.credit == "This story first appeared on Token Wire."
        assert original.url(site.base_url) in copy.hrefs
        seen_urls.add(copy.links["canonical"])
    assert len(seen_urls) == 3


def test_conflicting_figures_are_served(site: SampleServer) -> None:
    for slug, figure in SCENARIO["conflict_figures"].items():
        assert figure in " ".join(read_page(site, BY_SLUG[slug].path).body_blocks)


def test_site_rss_lists_every_article(site: SampleServer) -> None:
    status, headers, body = fetch(site.base_url + "/rss.xml")
    assert status == 200 and headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(body).find("channel")
    assert channel is not None
    assert "SAMPLE DATA" in (channel.findtext("description") or "")
    items = channel.findall("item")
    assert {item.findtext("link") for item in items} == {a.url(site.base_url) for a in ARTICLES}
    for item in items:
        assert parsedate_to_datetime(item.findtext("pubDate") or "").tzinfo is not None
        assert item.findtext("title")


def test_site_atom_lists_every_article(site: SampleServer) -> None:
    status, headers, body = fetch(site.base_url + "/atom.xml")
    assert status == 200 and headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(body)
    assert "SAMPLE DATA" in (feed.findtext(f"{ATOM}subtitle") or "")
    entries = feed.findall(f"{ATOM}entry")
    links = {entry.find(f"{ATOM}link").get("href") for entry in entries}  # type: ignore[union-attr]
    assert links == {article.url(site.base_url) for article in ARTICLES}
    for entry in entries:
        datetime.fromisoformat(entry.findtext(f"{ATOM}published") or "")
        assert entry.findall(f"{ATOM}author/{ATOM}name")


@pytest.mark.parametrize("outlet", sorted(OUTLETS))
def test_outlet_feeds_list_the_outlets_articles(site: SampleServer, outlet: str) -> None:
    expected = {a.url(site.base_url) for a in ARTICLES if a.outlet == outlet}
    rss = ET.fromstring(fetch(f"{site.base_url}/{outlet}/rss.xml")[2])
    assert {item.findtext("link") for item in rss.iter("item")} == expected
    atom = ET.fromstring(fetch(f"{site.base_url}/{outlet}/atom.xml")[2])
    entry_links = atom.findall(f"{ATOM}entry/{ATOM}link")
    assert {link.get("href") for link in entry_links} == expected


def test_sitemap_lists_every_article_with_lastmod(site: SampleServer) -> None:
    status, headers, body = fetch(site.base_url + "/sitemap.xml")
    assert status == 200 and headers["Content-Type"].endswith("charset=utf-8")
    urls = ET.fromstring(body).findall(f"{SITEMAP}url")
    lastmod = {url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod") for url in urls}
    assert set(lastmod) == {article.url(site.base_url) for article in ARTICLES}
    for article in ARTICLES:
        assert (
            datetime.fromisoformat(lastmod[article.url(site.base_url)] or "")
            == article.last_modified
        )


def test_robots_txt_disallows_private_and_names_sitemap(site: SampleServer) -> None:
    status, headers, body = fetch(site.base_url + "/robots.txt")
    assert status == 200 and headers["Content-Type"] == "text/plain; charset=utf-8"
    text = body.decode("utf-8")
    assert f"Sitemap: {site.base_url}/sitemap.xml" in text.splitlines()
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(text.splitlines())
    assert robots.can_fetch("claimwatch", site.base_url + ARTICLES[0].path)
    assert robots.can_fetch("claimwatch", site.base_url + "/rss.xml")
    assert not robots.can_fetch("claimwatch", site.base_url + SCENARIO["private_path"])


def test_private_page_is_linked_but_marked_off_limits(site: SampleServer) -> None:
    assert SCENARIO["private_path"] in read_page(site, "/").hrefs
    status, headers, body = fetch(site.base_url + SCENARIO["private_path"])
    assert status == 200 and headers["X-Robots-Tag"] == "noindex"
    assert SCENARIO["private_canary"] in body.decode("utf-8")
    for article in ARTICLES:
        assert SCENARIO["private_canary"] not in article.body


def test_etag_revalidation_returns_304(site: SampleServer) -> None:
    url = site.base_url + BY_SLUG[SCENARIO["original"]].path
    status, headers, body = fetch(url)
    assert status == 200 and headers["ETag"].startswith('"')
    status, again, body = fetch(url, **{"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
    assert again["ETag"] == headers["ETag"]
    assert fetch(url, **{"If-None-Match": 'W/"other", ' + headers["ETag"]})[0] == 304
    assert fetch(url, **{"If-None-Match": '"stale"'})[0] == 200


def test_if_modified_since_returns_304_only_when_unchanged(site: SampleServer) -> None:
    article = BY_SLUG["northwind-raises-2-billion"]  # has a `modified` date
    url = site.base_url + article.path
    _, headers, _ = fetch(url)
    assert parsedate_to_datetime(headers["Last-Modified"]) == article.modified
    assert fetch(url, **{"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    before_update = format_datetime(article.published, usegmt=False)
    assert fetch(url, **{"If-Modified-Since": before_update})[0] == 200
    assert fetch(url, **{"If-Modified-Since": "not a date"})[0] == 200


def test_head_sends_headers_without_body(site: SampleServer) -> None:
    url = site.base_url + "/sitemap.xml"
    _, get_headers, get_body = fetch(url)
    status, headers, body = fetch(url, method="HEAD")
    assert status == 200 and body == b""
    assert headers["Content-Length"] == str(len(get_body))
    assert headers["ETag"] == get_headers["ETag"]


@pytest.mark.parametrize(
    "path", ["/nope.html", "/token-wire/2025/03/missing.html", "/private/other.html"]
)
def test_unknown_paths_are_404(site: SampleServer, path: str) -> None:
    status, headers, body = fetch(site.base_url + path)
    assert status == 404
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"SAMPLE DATA" in body


def test_outlet_without_trailing_slash_redirects(site: SampleServer) -> None:
    with urllib.request.urlopen(site.base_url + "/compute-street", timeout=10) as response:
        assert response.url == site.base_url + "/compute-street/"


def test_stop_releases_the_port() -> None:
    server = serve()
    url = server.base_url + "/robots.txt"
    assert fetch(url)[0] == 200
    server.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


def test_module_command_prints_base_url_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "sample_site.server", "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
        assert fetch(base_url + "/robots.txt")[0] == 200
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "Warning" not in stderr


def test_module_command_reports_a_busy_port_in_one_line(site: SampleServer) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sample_site.server", "--port", str(site.port)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: port {site.port} is already in use on 127.0.0.1; choose another with --port"
    ]
