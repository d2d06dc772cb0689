"""The article page: text with its claims highlighted, its story group, snapshot and revisions."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from sqlite_utils import Database

from kb.store import archive_page, save_article
from tests.publishing import make_datasette, writable_copy

pytestmark = pytest.mark.slow


async def test_article_text_highlights_each_claim_and_links_it(demo_db: Path) -> None:
    db = Database(demo_db)
    article = next(db.query(
        "select a.* from articles a where exists (select 1 from claims where article = a.id) "
        "order by id limit 1"))
    claims = list(db.query(
        "select surface, claim_group from claims where article = ? and claim_group is not null",
        [article["id"]]))
    response = await make_datasette(demo_db).client.get(f"/-/article/{article['id']}")
    assert response.status_code == 200
    html = response.text
    text_block = html.split('<div class="cw-article-text">', 1)[1].split("</div>", 1)[0]
    marks = re.findall(r'<a class="cw-claim" href="/-/claim/(\d+)"[^>]*>([^<]*)</a>', text_block)
    assert {(str(c["claim_group"]), c["surface"]) for c in claims} <= set(marks)
    assert article["title"].replace("'", "&#39;") in html


async def test_article_shows_its_story_group_and_snapshot(demo_db: Path) -> None:
    db = Database(demo_db)
    copy = next(db.query("select * from articles where group_role = 'copy' limit 1"))
    origin = next(db.query("select * from articles where article_group = ? and group_role = 'origin'",
                           [copy["article_group"]]))
    ds = make_datasette(demo_db)
    html = (await ds.client.get(f"/-/article/{copy['id']}")).text
    group = html.split("<h2>Its story group</h2>", 1)[1]
    assert f'href="/-/article/{origin["id"]}"' in group
    assert "origin" in group
    snapshot = await ds.client.get(f"/-/article/{copy['id']}/snapshot")
    assert snapshot.status_code == 200
    assert snapshot.headers["content-type"].startswith("text/plain")
    assert snapshot.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in snapshot.headers["content-security-policy"]
    body = next(db.query(
        "select b.html_gz from pages p join page_bodies b on b.content_hash = p.content_hash "
        "where p.id = ?", [copy["page"]]))["html_gz"]
    assert snapshot.text == gzip.decompress(body).decode("utf-8")


async def test_earlier_revision_is_listed_with_what_changed(demo_db: Path, tmp_path: Path) -> None:
    path = writable_copy(demo_db, tmp_path)
    db = Database(path)
    first = next(db.query("select * from articles order by id limit 1"))
    new_text = first["text"].replace(first["text"].split()[0], "Silently-edited", 1) + \
        "\nA correction was appended."
    page_id, _ = archive_page(
        db, url=first["url"], final_url=first["url"], source=first["source"], crawl_run=None,
        status=200, headers={"Content-Type": "text/html"}, body=b"<html>edited</html>")
    page = next(db.query("select * from pages where id = ?", [page_id]))
    second_id = save_article(
        db, page=page, extractor_version=first["extractor_version"],
        article={"canonical_url": first["canonical_url"], "title": first["title"] + " (updated)",
                 "text": new_text, "published": first["published"]})
    html = (await make_datasette(path).client.get(f"/-/article/{second_id}")).text
    assert "revision 2" in html and f'href="/-/article/{first["id"]}">revision 1</a>' in html
    assert '<ins class="cw-ins">Silently-edited ' in html
    assert '<ins class="cw-ins">\nA correction was appended.</ins>' in html or \
        "A correction was appended.</ins>" in html
    assert "Headline was:" in html
    older = (await make_datasette(path).client.get(f"/-/article/{first['id']}")).text
    assert "What changed" not in older


async def test_unknown_article_is_404(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    assert (await ds.client.get("/-/article/99999999")).status_code == 404
    assert (await ds.client.get("/-/article/99999999/snapshot")).status_code == 404
