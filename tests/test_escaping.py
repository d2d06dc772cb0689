"""Text from crawled pages is never rendered as HTML, and crawled links never become script.

A kb is built through kb.store with `<script>` and `onerror=` payloads in titles, bodies, outlet
names, claim fields, crawl errors and reviews; every page must show them as text.
"""

from __future__ import annotations

import html.parser
from pathlib import Path
from typing import Any

import pytest
from datasette.utils import tilde_encode
from sqlite_utils import Database

from kb import store
from pipeline.regrouping import regroup
from tests.publishing import make_datasette

SCRIPT = "<script>alert('xss')</script>"
IMG = "<img src=x onerror=alert(1)>"
OUTLET = 'Evil"><img src=x onerror=alert(2)>'
JS_URL = "javascript:alert(document.cookie)"
TEXT = f"Intro {SCRIPT} paragraph.\nEvilCorp processes 140 trillion tokens a day, {IMG} says.\nEnd."


class PageAudit(html.parser.HTMLParser):
    """Collects what a browser would execute: event-handler attributes, script bodies, hrefs."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.scripts: list[str] = []
        self.tags: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in ("href", "src", "action", "formaction") and value is not None:
                self.links.append(value)
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


@pytest.fixture
def evil_kb(db: Database, db_path: Path) -> dict[str, Any]:
    store.upsert_source(db, OUTLET, homepage=JS_URL, language="en")
    run = store.start_crawl_run(db, OUTLET, "feeds")
    store.record_crawl_error(db, run, JS_URL, "http", f"failed {SCRIPT}")
    store.finish_crawl_run(db, run, f"finished {IMG}", {"new": 1})
    page_id, _ = store.archive_page(
        db, url=JS_URL, final_url=JS_URL, source=OUTLET, crawl_run=run, status=200,
        headers={"Content-Type": "text/html"}, body=f"<html><body>{SCRIPT}</body></html>".encode())
    page = next(db.query("select * from pages where id = ?", [page_id]))
    article_id = store.save_article(db, page=page, extractor_version="test", article={
        "canonical_url": JS_URL, "title": f"Title {SCRIPT} {IMG}", "text": TEXT,
        "published": "2025-05-01T10:00:00+00:00"})
    start = TEXT.index("140 trillion")
    claim = {
        "kind": "numeric", "sentence": f"EvilCorp processes 140 trillion tokens a day, {IMG} says.",
        "subject": f"EvilCorp {IMG}", "metric": "tokens_processed", "value": 1.4e14,
        "unit": "tokens", "period": "day", "surface": "140 trillion", "start": start,
        "end": start + len("140 trillion"), "attribution": SCRIPT, "bound": "=",
    }
    store.replace_claims(db, article_id, "2025-05-01T10:00:00+00:00", [claim], "test")
    # a second outlet's story with another figure, so the real grouping flags a conflict
    other_url = "http://127.0.0.1/other"
    other_page_id, _ = store.archive_page(
        db, url=other_url, final_url=other_url, source=OUTLET, crawl_run=run, status=200,
        headers={"Content-Type": "text/html"}, body=b"<html><body>other</body></html>")
    other_page = next(db.query("select * from pages where id = ?", [other_page_id]))
    other_text = f"Other {SCRIPT}: EvilCorp processes 200 trillion tokens a day, rivals say."
    other_id = store.save_article(db, page=other_page, extractor_version="test", article={
        "canonical_url": other_url, "title": f"Other {SCRIPT}", "text": other_text,
        "published": "2025-06-20T10:00:00+00:00"})
    other_start = other_text.index("200 trillion")
    store.replace_claims(db, other_id, "2025-06-20T10:00:00+00:00", [{
        **claim, "sentence": other_text, "value": 2e14, "surface": "200 trillion",
        "start": other_start, "end": other_start + len("200 trillion"), "attribution": None,
    }], "test")
    regroup(db)
    group = next(db.query("select claim_group from claims where article = ?", [article_id]))["claim_group"]
    assert db["claim_conflicts"].count == 1
    store.add_review(db, claim_group=group, reviewer=f"rev {IMG}", verdict=f"False{SCRIPT}", rating=1,
                     notes=f"notes {SCRIPT}", evidence_url=JS_URL)
    return {"article": article_id, "group": group, "path": db_path}


def audit(text: str) -> PageAudit:
    parser = PageAudit()
    parser.feed(text)
    return parser


async def test_payloads_come_out_escaped_on_every_page(evil_kb: dict[str, Any]) -> None:
    ds = make_datasette(evil_kb["path"])
    pages = [
        "/", f"/-/claim/{evil_kb['group']}", f"/-/article/{evil_kb['article']}", "/-/sources",
        "/-/source/" + tilde_encode(OUTLET),
        "/-/search?q=alert", "/-/search?q=EvilCorp", "/-/search?q=tokens&mode=",
        "/-/chart?metric=tokens_processed", "/-/chart?metric=tokens_processed&by=source",
    ]
    for path in pages:
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        page = audit(response.text)
        assert page.handlers == [], (path, page.handlers)
        assert not any("alert" in s for s in page.scripts if "ClaimReview" not in s), path
        assert "img" not in page.tags, path
        assert not any(link.strip().lower().startswith("javascript:") for link in page.links), path
        assert "<script>alert" not in response.text, path
    article = (await ds.client.get(f"/-/article/{evil_kb['article']}")).text
    assert "Title &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article
    assert f'<a class="cw-claim" href="/-/claim/{evil_kb["group"]}"' in article  # still a link
    source = (await ds.client.get("/-/sources")).text
    assert "Evil&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in source


async def test_claimreview_json_ld_cannot_close_its_script(evil_kb: dict[str, Any]) -> None:
    ds = make_datasette(evil_kb["path"])
    html = (await ds.client.get(f"/-/claim/{evil_kb['group']}")).text
    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block
    assert "\\u003cscript\\u003e" in block
    assert JS_URL not in block  # crawled javascript: links are left out of the JSON-LD too


async def test_feed_and_snapshot_are_not_html(evil_kb: dict[str, Any]) -> None:
    ds = make_datasette(evil_kb["path"])
    feed = await ds.client.get("/claimwatch/new_claims.atom")
    assert feed.status_code == 200
    assert "<script>" not in feed.text and "&lt;script&gt;" in feed.text
    snapshot = await ds.client.get(f"/-/article/{evil_kb['article']}/snapshot")
    assert snapshot.headers["content-type"].startswith("text/plain")
    assert snapshot.headers["x-content-type-options"] == "nosniff"


async def test_datasette_table_views_escape_and_link_safely(evil_kb: dict[str, Any]) -> None:
    ds = make_datasette(evil_kb["path"])
    for path in ("/claimwatch/articles", "/claimwatch/claims", "/claimwatch/sources",
                 "/claimwatch/claim_groups", "/claimwatch/reviews"):
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        page = audit(response.text)
        assert page.handlers == [] and "img" not in page.tags, path
        assert not any(link.lower().startswith("javascript:") for link in page.links), path
