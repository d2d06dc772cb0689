"""The runner links each claim's subject to a gazetteer entity and stores the entities it uses."""

from __future__ import annotations

import json

from sqlite_utils import Database

from kb import store
from pipeline.entities import entity_id, entity_record, lookup_entity
from pipeline.runner import extract_claims_for_articles

TITLE = "OpenRouter more than doubles valuation to $1.3B in a year"
TEXT = (
    "OpenRouter has raised a $113 million Series B led by CapitalG.\n"
    "It claims 8 million global users. The company was valued at $1.3 billion.\n"
    "DeepSeek V3 has 671 billion parameters, and Acme Widgets sold 12 million units."
)


def _article(db: Database, title: str = TITLE, text: str = TEXT) -> int:
    store.upsert_source(db, "s")
    page_id, _ = store.archive_page(
        db, url="http://127.0.0.1/a", final_url="http://127.0.0.1/a", source="s", crawl_run=None,
        status=200, headers={"Content-Type": "text/html"}, body=b"<p>x</p>",
    )
    page = {"id": page_id, "source": "s", "url": "http://127.0.0.1/a", "final_url": "http://127.0.0.1/a",
            "fetched_at": "2026-01-01T00:00:00+00:00"}
    return store.save_article(db, page=page, article={"title": title, "text": text}, extractor_version="1")


def test_entity_ids_are_stable_slugs() -> None:
    assert entity_id("DeepSeek-V3") == "deepseek-v3"
    assert entity_id("Claude 3.5 Sonnet") == "claude-3.5-sonnet"
    record = entity_record(lookup_entity("DeepSeek V3"))  # type: ignore[arg-type]
    assert record["id"] == "deepseek-v3" and record["name"] == "DeepSeek-V3" and record["kind"] == "model"


def test_claims_link_to_entities_in_a_real_kb(db: Database) -> None:
    article_id = _article(db)
    assert extract_claims_for_articles(db) >= 4
    rows = {r["surface"]: r for r in db["claims"].rows_where("article = ? and kind = 'numeric'", [article_id])}
    assert rows["$113 million"]["subject"] == "OpenRouter"
    assert rows["$113 million"]["entity"] == "openrouter"
    # "It" and "the company" are read from the title and the sentences before them
    assert rows["8 million"]["entity"] == "openrouter"
    assert rows["$1.3 billion"]["entity"] == "openrouter"
    assert rows["$1.3 billion"]["metric"] == "valuation"
    assert rows["671 billion parameters"]["entity"] == "deepseek-v3"
    # the kb files a known name under the gazetteer's spelling ("DeepSeek V3" as written)
    assert rows["671 billion parameters"]["subject"] == "DeepSeek-V3"
    assert rows["12 million"]["entity"] is None  # not in the gazetteer: no link, and no invented entity
    entities = {r["id"]: r for r in db["entities"].rows}
    assert set(entities) == {"openrouter", "deepseek-v3"}
    assert entities["deepseek-v3"]["kind"] == "model"
    assert "DeepSeek V3" in json.loads(entities["deepseek-v3"]["aliases"])
    # offsets point into the article text
    text = db["articles"].get(article_id)["text"]
    for row in rows.values():
        assert text[row["start"] : row["end"]] == row["surface"]


def test_relinking_is_idempotent(db: Database) -> None:
    article_id = _article(db)
    extract_claims_for_articles(db)
    before = sorted((r["id"], r["entity"]) for r in db["claims"].rows)
    store.clear_claims(db, article_id)
    extract_claims_for_articles(db)
    assert sorted((r["id"], r["entity"]) for r in db["claims"].rows) == before
    assert db["entities"].count == 2
