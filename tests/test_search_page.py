"""Search: ranked full-text search over claims and articles, semantic search, and facets."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from kb.store import add_review
from tests.publishing import make_datasette, writable_copy

pytestmark = pytest.mark.slow


async def test_text_search_ranks_claims_and_articles(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    response = await ds.client.get("/-/search", params={"q": "tokens", "_format": "json"})
    data = response.json()
    assert data["mode"] == "text"
    assert data["claims"] and data["articles"]
    assert all("token" in c["sentence"].lower() for c in data["claims"])
    html = (await ds.client.get("/-/search", params={"q": "tokens"})).text
    assert "<mark>tokens</mark>" in html
    assert 'href="/-/article/' in html.split("<h2>Articles</h2>", 1)[1]


async def test_facets_count_and_filter_hits(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    html = (await ds.client.get("/-/search", params={"q": "tokens"})).text
    for facet in ("metric", "subject", "unit", "period", "source", "review", "month"):
        assert f'data-facet="{facet}"' in html
    assert "unreviewed" in html.split('data-facet="review"', 1)[1]
    filtered = (await ds.client.get("/-/search", params={
        "q": "tokens", "metric": "tokens_processed", "_format": "json"})).json()
    assert filtered["claims"]
    assert {c["metric"] for c in filtered["claims"]} == {"tokens_processed"}
    by_source = (await ds.client.get("/-/search", params={
        "q": "tokens", "source": "token-wire", "_format": "json"})).json()
    assert by_source["claims"] and {c["source"] for c in by_source["claims"]} == {"token-wire"}
    assert {a["source"] for a in by_source["articles"]} <= {"token-wire"}
    month = (await ds.client.get("/-/search", params={
        "q": "tokens", "month": "2025-03", "_format": "json"})).json()
    assert month["claims"] and all(c["published"].startswith("2025-03") for c in month["claims"])


async def test_review_status_facet(demo_db: Path, tmp_path: Path) -> None:
    path = writable_copy(demo_db, tmp_path)
    db = Database(path)
    group = next(db.query(
        "select g.id from claim_groups g join claims c on c.claim_group = g.id "
        "join claims_fts f on f.rowid = c.rowid where claims_fts match 'tokens' limit 1"))
    add_review(db, claim_group=group["id"], reviewer="alice", verdict="Mostly true", rating=4)
    ds = make_datasette(path)
    data = (await ds.client.get("/-/search", params={
        "q": "tokens", "review": "Mostly true", "_format": "json"})).json()
    assert [c["claim_group"] for c in data["claims"]] == [group["id"]]


async def test_awkward_queries_do_not_break_search(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    for q in ['"unbalanced', "AND OR NOT", "tokens*(", "<script>alert(1)</script>"]:
        response = await ds.client.get("/-/search", params={"q": q})
        assert response.status_code == 200
        assert "<script>alert(1)" not in response.text
    browse = await ds.client.get("/-/search", params={"metric": "funding", "_format": "json"})
    assert {c["metric"] for c in browse.json()["claims"]} == {"funding"}


async def test_semantic_search_finds_claims_by_meaning(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    data = (await ds.client.get("/-/search", params={
        "q": "how many AI tokens are processed in China each day", "mode": "semantic",
        "_format": "json"})).json()
    assert data["mode"] == "semantic"
    assert data["claims"][0]["metric"] == "tokens_processed"
    scores = [c["score"] for c in data["claims"]]
    assert scores == sorted(scores, reverse=True)
    # The query shares no word with "users"; only its meaning leads there.
    users = (await ds.client.get("/-/search", params={
        "q": "how many people use the chatbot every week", "mode": "semantic",
        "_format": "json"})).json()
    assert users["claims"][0]["metric"] == "users"
