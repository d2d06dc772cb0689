"""The knowledge base schema, owned by sqlite-utils migrations so every change is replayable."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("claimwatch")


@migrations()
def m001_initial(db: Database) -> None:
    db.table("sources").create(
        {
            "name": str,
            "homepage": str,
            "language": str,
            "feeds": str,
            "sitemaps": str,
            "created": str,
        },
        pk="name",
    )
    db.table("page_bodies").create(
        {"content_hash": str, "html_gz": bytes, "size": int, "first_seen": str},
        pk="content_hash",
    )
    db.table("crawl_runs").create(
        {
            "id": int,
            "source": str,
            "spider": str,
            "started": str,
            "finished": str,
            "status": str,
            "pages_new": int,
            "pages_changed": int,
            "pages_unchanged": int,
            "pages_failed": int,
        },
        pk="id",
        foreign_keys=[("source", "sources", "name")],
    )
    db.table("pages").create(
        {
            "id": int,
            "url": str,
            "final_url": str,
            "source": str,
            "crawl_run": int,
            "status": int,
            "headers": str,
            "etag": str,
            "last_modified": str,
            "content_type": str,
            "fetched_at": str,
            "elapsed_ms": float,
            "content_hash": str,
            "change": str,
        },
        pk="id",
        foreign_keys=[
            ("source", "sources", "name"),
            ("crawl_run", "crawl_runs", "id"),
            ("content_hash", "page_bodies", "content_hash"),
        ],
    )
    db.table("pages").create_index(["url", "fetched_at"])
    db.table("pages").create_index(["content_hash"])
    db.table("crawl_errors").create(
        {"id": int, "crawl_run": int, "url": str, "kind": str, "message": str, "at": str},
        pk="id",
        foreign_keys=[("crawl_run", "crawl_runs", "id")],
    )
    db.table("articles").create(
        {
            "id": int,
            "page": int,
            "source": str,
            "url": str,
            "canonical_url": str,
            "revision": int,
            "title": str,
            "authors": str,
            "published": str,
            "modified": str,
            "language": str,
            "text": str,
            "text_hash": str,
            "extractor_version": str,
            "claims_version": str,
            "fetched_at": str,
            "processed_at": str,
            "article_group": int,
            "group_role": str,
        },
        pk="id",
        foreign_keys=[("page", "pages", "id"), ("source", "sources", "name")],
    )
    db.table("articles").create_index(["canonical_url", "text_hash"], unique=True)
    db.table("articles").create_index(["published"])
    db.table("entities").create(
        {"id": str, "name": str, "kind": str, "aliases": str},
        pk="id",
    )
    db.table("article_groups").create(
        {
            "id": int,
            "origin_article": int,
            "title": str,
            "first_published": str,
            "size": int,
            "copies": int,
            "rewrites": int,
        },
        pk="id",
    )
    db.table("claim_groups").create(
        {
            "id": int,
            "subject": str,
            "metric": str,
            "value": float,
            "value_high": float,
            "unit": str,
            "period": str,
            "statement": str,
            "first_claim": str,
            "first_article": int,
            "first_source": str,
            "first_published": str,
            "appearances": int,
            "independent_origins": int,
            "sources": str,
            "contested": int,
        },
        pk="id",
    )
    db.table("claims").create(
        {
            "id": str,
            "article": int,
            "source": str,
            "kind": str,
            "sentence": str,
            "subject": str,
            "entity": str,
            "metric": str,
            "value": float,
            "value_high": float,
            "unit": str,
            "period": str,
            "benchmark": str,
            "bound": str,
            "surface": str,
            "start": int,
            "end": int,
            "attribution": str,
            "hedged": int,
            "comparison": str,
            "published": str,
            "claim_group": int,
        },
        pk="id",
        foreign_keys=[
            ("article", "articles", "id"),
            ("source", "sources", "name"),
            ("entity", "entities", "id"),
            ("claim_group", "claim_groups", "id"),
        ],
    )
    db.table("claims").create_index(["subject", "metric", "period"])
    db.table("claims").create_index(["article"])
    db.table("claims").create_index(["claim_group"])
    db.table("claim_conflicts").create(
        {
            "id": int,
            "subject": str,
            "metric": str,
            "period": str,
            "unit": str,
            "group_a": int,
            "group_b": int,
            "value_a": float,
            "value_b": float,
            "relative_difference": float,
            "detected_at": str,
        },
        pk="id",
        foreign_keys=[("group_a", "claim_groups", "id"), ("group_b", "claim_groups", "id")],
    )
    db.table("claim_conflicts").create_index(["group_a", "group_b"], unique=True)
    db.table("reviews").create(
        {
            "id": int,
            "claim_group": int,
            "reviewer": str,
            "verdict": str,
            "rating": int,
            "notes": str,
            "evidence_url": str,
            "created": str,
        },
        pk="id",
        foreign_keys=[("claim_group", "claim_groups", "id")],
    )
    db.table("embeddings").create(
        {"text_hash": str, "model": str, "dimensions": int, "vector": bytes},
        pk="text_hash",
    )
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    db.table("claims").enable_fts(["sentence", "subject"], create_triggers=True, tokenize="porter")


@migrations()
def m002_crawl_details(db: Database) -> None:
    """The crawler records each page's rel=canonical and how many known pages a run skipped."""
    db.table("pages").add_column("canonical_url", str)
    db.table("crawl_runs").add_column("pages_skipped", int, not_null_default=0)


@migrations()
def m003_grouping_index(db: Database) -> None:
    """A persisted index so new articles and claims join groups through lookups, not a full pass."""
    db.table("article_index").create(
        {"article": int, "day": str, "text_hash": str, "lead_hash": str, "minhash": bytes},
        pk="article",
        foreign_keys=[("article", "articles", "id")],
    )
    db.table("article_index").create_index(["day"])
    db.table("article_index").create_index(["text_hash"])
    db.table("article_bands").create({"band": str, "article": int}, pk=("band", "article"))
    db.table("claim_index").create(
        {"claim": str, "bucket": str, "value": float, "subject": str, "text_hash": str, "claim_group": int},
        pk="claim",
    )
    db.table("claim_index").create_index(["bucket", "value"])
    db.table("claim_index").create_index(["claim_group"])
    db.table("claim_groups").add_column("benchmark", str)
    db.table("claim_groups").add_column("bound", str)
    db.table("claim_groups").create_index(["metric", "unit", "period"])
    db.table("articles").create_index(["article_group"])


@migrations()
def m004_publishing_indexes(db: Database) -> None:
    """Indexes the published pages need to answer in milliseconds on a kb of a million claims."""
    for table, columns in (
        ("claim_groups", ["first_published"]),
        ("claim_groups", ["independent_origins", "appearances"]),
        ("claim_groups", ["first_source", "appearances"]),
        ("claim_conflicts", ["group_b"]),
        ("claims", ["source", "published"]),
        ("claims", ["metric", "published"]),
        ("articles", ["source", "published"]),
        ("reviews", ["claim_group", "created"]),
        ("crawl_runs", ["source"]),
        ("crawl_errors", ["crawl_run"]),
    ):
        db.table(table).create_index(columns, if_not_exists=True)


@migrations()
def m005_reference_checks(db: Database) -> None:
    """A reference table of AI models (Epoch AI's, or any CSV like it) and each claim's check against it."""
    db.table("reference_models").create(
        {
            "id": str, "source": str, "name": str, "entity": str, "organization": str, "published": str,
            "parameters": float, "training_compute": float, "link": str, "loaded_at": str,
        },
        pk="id",
    )
    db.table("reference_models").create_index(["entity"])
    db.table("claim_reference_checks").create(
        {
            "claim": str, "field": str, "reference": str, "claimed_value": float, "reference_value": float,
            "claimed_date": str, "reference_date": str, "difference": float, "agrees": int, "tolerance": str,
            "source": str,
        },
        pk=("claim", "field"),
        foreign_keys=[("claim", "claims", "id"), ("reference", "reference_models", "id")],
    )
    db.table("claim_reference_checks").create_index(["reference"])
    db.table("claim_reference_checks").create_index(["agrees"])


@migrations()
def m006_page_extraction(db: Database) -> None:
    """Each fetch records the extractor version that read it, so `process` finds unread pages
    through an index instead of matching every page against every article."""
    db.table("pages").add_column("extractor_version", str)
    db.table("pages").create_index(["url", "content_hash"], if_not_exists=True)
    db.execute(
        "update pages set extractor_version = a.extractor_version from articles a where a.page = pages.id"
    )
    db.execute(
        "update pages set extractor_version = (select max(p2.extractor_version) from pages p2 "
        "where p2.url = pages.url and p2.content_hash = pages.content_hash) "
        "where extractor_version is null and content_hash is not null"
    )


def migrate(db: Database) -> None:
    """Bring a database of any earlier version up to the current schema."""
    migrations.apply(db)
