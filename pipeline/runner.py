"""Walk the knowledge base and run each pipeline step over what is new; safe to re-run at any time."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from kb import group_index, store
from pipeline.article import EXTRACTOR_VERSION, extract_article
from pipeline.claim_workers import extract_claims_stream
from pipeline.claims import CLAIMS_VERSION
from pipeline.entities import entity_record, lookup_entity
from pipeline.reference import ReferenceIndex, ReferenceModel, check_claim
from pipeline.regrouping import regroup as regroup_kb

Progress = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    return None


@dataclass
class ProcessSummary:
    pages_read: int = 0
    articles: int = 0
    page_errors: list[str] = field(default_factory=list)
    claims: int = 0
    embedded: int = 0
    article_groups: int = 0
    claim_groups: int = 0
    conflicts: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{self.pages_read} pages read, {self.articles} articles, {self.claims} claims, "
            f"{self.article_groups} article groups, {self.claim_groups} claim groups, "
            f"{self.conflicts} conflicts, {len(self.page_errors)} unreadable pages "
            f"in {self.seconds:.1f}s"
        )


def extract_articles(db: Database, progress: Progress = _quiet) -> tuple[int, int, list[str]]:
    pages = list(store.pages_to_extract(db, EXTRACTOR_VERSION))
    saved, errors = 0, []
    for done, page in enumerate(pages, 1):
        html = store.page_html(db, page["content_hash"])
        article = extract_article(html, page["final_url"] or page["url"])
        if article.error:
            errors.append(f"{page['url']}: {article.error}")
            store.record_crawl_error(db, None, page["url"], "extract", article.error)
            store.mark_page_extracted(db, page, EXTRACTOR_VERSION)
        elif article.text.strip():
            article_id = store.save_article(
                db, page=page, article=article.to_dict(), extractor_version=EXTRACTOR_VERSION
            )
            store.clear_claims(db, article_id)
            saved += 1
        else:
            store.mark_page_extracted(db, page, EXTRACTOR_VERSION)
        progress("articles", done, len(pages))
    return len(pages), saved, errors


def extract_claims_for_articles(db: Database, progress: Progress = _quiet, processes: int = 1) -> int:
    """Claims of every article not yet read by this extractor version, linked to gazetteer entities.

    The whole body is read at once with the title as context, so "the company" in a late paragraph
    still finds the company named in the title or the first paragraph. With `processes` > 1, articles
    are read in that many worker processes; this process alone writes, in order.
    """
    articles = store.articles_needing_claims(db, CLAIMS_VERSION)
    references = _reference_index(db)
    total = 0
    read = extract_claims_stream((([article["text"] or ""], [article.get("title")]) for article in articles), processes)
    for done, (article, claims) in enumerate(zip(articles, read), 1):
        found = claims[0]
        rows: list[dict[str, Any]] = []
        entities: dict[str, dict[str, Any]] = {}
        for claim in found:
            row = claim.to_dict()
            entity = lookup_entity(claim.subject) if claim.subject else None
            if entity is not None:
                record = entity_record(entity)
                entities[record["id"]] = record
                row["entity"] = record["id"]
                # the kb files a known name under the gazetteer's spelling, so facets and charts keep
                # "NVIDIA" and "Nvidia" together; the sentence keeps the name as written
                row["subject"] = entity.name
            rows.append(row)
        if entities:
            store.upsert_entities(db, entities.values())
        total += store.replace_claims(
            db, article["id"], article["published"], rows, CLAIMS_VERSION
        )
        if references is not None:
            _check_against_reference(db, references, [article["id"]])
        progress("claims", done, len(articles))
    return total


def _reference_index(db: Database) -> ReferenceIndex | None:
    models = [ReferenceModel.from_record(row) for row in store.reference_models(db)]
    return ReferenceIndex.build(models) if models else None


def _check_against_reference(db: Database, index: ReferenceIndex, article_ids: list[int] | None) -> tuple[int, int]:
    claims = store.claims_to_check(db, article_ids)
    checks = [check.record() for claim in claims for check in check_claim(claim, index)]
    store.replace_reference_checks(db, [claim["id"] for claim in claims], checks)
    return len(checks), sum(check["agrees"] for check in checks)


def check_reference(db: Database) -> tuple[int, int]:
    """Compare every claim about a model's parameters, compute or release date with the loaded
    reference tables; returns (checks, agreeing). Safe to re-run."""
    index = _reference_index(db)
    if index is None:
        return 0, 0
    return _check_against_reference(db, index, None)


def regroup(db: Database, full: bool = False) -> tuple[int, int, int]:
    """Group new articles and claims into the existing groups (everything again with `full`)."""
    regroup_kb(db, full=full)
    return group_index.group_counts(db)


def process(db: Database, progress: Progress = _quiet, full_regroup: bool = False, processes: int = 1) -> ProcessSummary:
    """Articles from new pages, claims from new articles, then new items join groups and conflicts.

    `full_regroup` groups everything from scratch; it gives the same groups as the incremental path.
    `processes` > 1 reads claims in that many worker processes.
    """
    started = time.monotonic()
    summary = ProcessSummary()
    summary.pages_read, summary.articles, summary.page_errors = extract_articles(db, progress)
    summary.claims = extract_claims_for_articles(db, progress, processes)
    progress("groups", 0, 1)
    summary.article_groups, summary.claim_groups, summary.conflicts = regroup(db, full_regroup)
    progress("groups", 1, 1)
    summary.seconds = time.monotonic() - started
    return summary


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)
