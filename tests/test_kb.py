"""The knowledge base: migrations, archive de-duplication, revisions, idempotent claims."""

from pathlib import Path

import pytest
from sqlite_utils import Database

from kb import store
from kb.metadata import TABLES


def test_schema_created_and_reopen_is_safe(db_path: Path) -> None:
    db = store.open_kb(db_path)
    expected = {
        "sources", "pages", "page_bodies", "articles", "claims", "entities", "article_groups",
        "claim_groups", "claim_conflicts", "crawl_runs", "crawl_errors", "reviews", "embeddings",
    }
    assert expected <= set(db.table_names())
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    applied = db.execute("select count(*) from _sqlite_migrations").fetchone()[0]
    db2 = store.open_kb(db_path)
    assert db2.execute("select count(*) from _sqlite_migrations").fetchone()[0] == applied
    assert db2["articles_fts"].exists() and db2["claims_fts"].exists()


def test_open_missing_without_create_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(store.KnowledgeBaseError, match="claimwatch init"):
        store.open_kb(tmp_path / "nope.db", create=False)


def test_open_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(store.KnowledgeBaseError, match="cannot open"):
        store.open_kb(bad)


def test_every_table_and_column_is_described(db: Database) -> None:
    for table in db.table_names():
        if table.startswith("_") or "_fts" in table:
            continue
        assert table in TABLES, f"table {table} has no description in kb/metadata.py"
        described = TABLES[table][1]
        for column in db[table].columns_dict:
            assert column in described, f"{table}.{column} has no description"


def _archive(db: Database, body: bytes | None, status: int = 200, url: str = "http://127.0.0.1/a") -> tuple[int, str]:
    return store.archive_page(
        db, url=url, final_url=url, source="s", crawl_run=None, status=status,
        headers={"ETag": '"v1"', "Content-Type": "text/html"}, body=body,
    )


def test_archive_stores_identical_bodies_once_and_tracks_change(db: Database) -> None:
    store.upsert_source(db, "s")
    assert _archive(db, b"<p>one</p>")[1] == "new"
    assert _archive(db, b"<p>one</p>")[1] == "unchanged"
    assert _archive(db, None, status=304)[1] == "unchanged"
    assert _archive(db, b"<p>two</p>")[1] == "changed"
    assert _archive(db, b"<p>one</p>", url="http://127.0.0.1/b")[1] == "new"
    assert db["page_bodies"].count == 2
    assert db["pages"].count == 5
    latest = store.latest_fetch(db, "http://127.0.0.1/a")
    assert latest is not None and latest["etag"] == '"v1"'
    assert store.page_html(db, latest["content_hash"]) == b"<p>two</p>"


def test_article_revisions_and_idempotent_claims(db: Database) -> None:
    store.upsert_source(db, "s")
    page_id, _ = _archive(db, b"<p>x</p>")
    page = {"id": page_id, "source": "s", "url": "http://127.0.0.1/a", "final_url": "http://127.0.0.1/a",
            "fetched_at": "2026-01-01T00:00:00+00:00"}
    first = store.save_article(db, page=page, article={"title": "T", "text": "One."}, extractor_version="1")
    again = store.save_article(db, page=page, article={"title": "T", "text": "One."}, extractor_version="1")
    edited = store.save_article(db, page=page, article={"title": "T", "text": "One, edited."}, extractor_version="1")
    assert first == again != edited
    assert [r["revision"] for r in db["articles"].rows_where(order_by="id")] == [1, 2]
    claim = {"kind": "numeric", "sentence": "One.", "subject": "X", "metric": "users", "value": 1.0,
             "unit": "users", "bound": "=", "surface": "1", "start": 0, "end": 1, "hedged": False}
    for _ in range(2):
        store.replace_claims(db, first, None, [claim], "v1")
    assert db["claims"].count == 1
    assert store.articles_needing_claims(db, "v1") == [
        r for r in store.articles_needing_claims(db, "v1") if r["id"] == edited
    ]
    assert db.execute("select count(*) from claims_fts where claims_fts match 'one'").fetchone()[0] == 1


def test_two_urls_of_one_article_are_read_once(db: Database) -> None:
    """Two URLs (tracking parameters) whose text shares a canonical URL used to be re-read on every run."""
    store.upsert_source(db, "s")
    for url in ("http://127.0.0.1/a?utm=1", "http://127.0.0.1/a?utm=2"):
        _archive(db, b"<p>same</p>", url=url)
    for page in list(store.pages_to_extract(db, "2")):
        store.save_article(db, page=page, article={"title": "T", "text": "Same.",
                                                   "canonical_url": "http://127.0.0.1/a"}, extractor_version="2")
    assert list(store.pages_to_extract(db, "2")) == []
    assert db["articles"].count == 1


def test_versions_are_compared_for_equality_not_as_text(db: Database) -> None:
    """Version "10" sorts before "9" as text; moving from 9 to 10 must still re-read everything."""
    store.upsert_source(db, "s")
    _archive(db, b"<p>x</p>")
    page = next(iter(store.pages_to_extract(db, "9")))
    article_id = store.save_article(db, page=page, article={"title": "T", "text": "X."}, extractor_version="9")
    store.replace_claims(db, article_id, None, [], "9")
    assert list(store.pages_to_extract(db, "9")) == []
    assert store.articles_needing_claims(db, "9") == []
    assert [p["id"] for p in store.pages_to_extract(db, "10")] == [page["id"]]
    assert [a["id"] for a in store.articles_needing_claims(db, "10")] == [article_id]


def test_unreadable_page_is_not_read_again_every_run(db: Database) -> None:
    """A page with no article text (or an extraction error) was re-read, and its error re-recorded, forever."""
    from pipeline.runner import extract_articles

    store.upsert_source(db, "s")
    _archive(db, b"<html><body></body></html>")
    assert extract_articles(db)[0] == 1
    errors = db["crawl_errors"].count
    assert extract_articles(db) == (0, 0, [])
    assert db["crawl_errors"].count == errors


def test_migration_marks_pages_already_read(db_path: Path) -> None:
    """Upgrading a kb must not re-read every archived page: pages behind an article count as read."""
    db = store.open_kb(db_path)
    store.upsert_source(db, "s")
    _archive(db, b"<p>x</p>")
    page = next(iter(store.pages_to_extract(db, "2")))
    store.save_article(db, page=page, article={"title": "T", "text": "X."}, extractor_version="2")
    _archive(db, b"<p>x</p>")  # an unchanged re-fetch after the article was read
    db.execute("drop index idx_pages_url_content_hash")
    db.execute("alter table pages drop column extractor_version")
    db.execute("delete from _sqlite_migrations where name = 'm006_page_extraction'")
    db.conn.commit()
    db = store.open_kb(db_path)
    assert list(store.pages_to_extract(db, "2")) == []
    assert db.execute("select count(*) from pages where extractor_version = '2'").fetchone()[0] == 2


def test_crawl_killed_halfway_is_closed_with_what_it_stored(db: Database) -> None:
    """A crawl killed with SIGKILL left its run `running` with zero counts for ever."""
    run = store.start_crawl_run(db, "s", "feeds")
    store.archive_page(db, url="http://127.0.0.1/k", final_url="http://127.0.0.1/k", source="s",
                       crawl_run=run, status=200, headers={}, body=b"<p>k</p>")
    other = store.start_crawl_run(db, "t", "feeds")
    assert store.close_abandoned_crawl_runs(db, ["s"]) == 1
    row = db["crawl_runs"].get(run)
    assert row["status"].startswith("interrupted") and row["finished"] and row["pages_new"] == 1
    assert db["crawl_runs"].get(other)["status"] == "running"
