"""Every write to the knowledge base goes through here; the rest of claimwatch never names a table."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table

from kb.schema import migrate

DEFAULT_DB = Path("data/claimwatch.db")


class KnowledgeBaseError(Exception):
    """A problem with the knowledge base file that the user can fix (path, permissions, corruption)."""


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def sha256(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def open_kb(path: str | Path = DEFAULT_DB, *, create: bool = True) -> Database:
    """Open (and migrate) the knowledge base in WAL mode so the crawler and Datasette can share it."""
    path = Path(path)
    if not path.exists() and not create:
        raise KnowledgeBaseError(f"no knowledge base at {path}: run `claimwatch init --db {path}` first")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(path)
        db.execute("PRAGMA busy_timeout = 30000")
        db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise KnowledgeBaseError(f"cannot open knowledge base {path}: {exc}") from exc
    return db


# --- sources and crawl runs ---------------------------------------------------------------


def upsert_source(db: Database, name: str, **fields: Any) -> None:
    row = {"name": name, **{k: _jsonish(v) for k, v in fields.items()}}
    existing = db.table("sources").count_where("name = ?", [name])
    if not existing:
        row.setdefault("created", now())
    db.table("sources").upsert(row, pk="name", alter=True)


def start_crawl_run(db: Database, source: str, spider: str) -> int:
    if not db.table("sources").count_where("name = ?", [source]):
        upsert_source(db, source)
    return _insert_row(
        db.table("crawl_runs"),
        {
            "source": source,
            "spider": spider,
            "started": now(),
            "status": "running",
            "pages_new": 0,
            "pages_changed": 0,
            "pages_unchanged": 0,
            "pages_failed": 0,
        },
    )


def finish_crawl_run(db: Database, run_id: int, status: str, counts: dict[str, int]) -> None:
    db.table("crawl_runs").update(
        run_id,
        {
            "finished": now(),
            "status": status,
            **{f"pages_{k}": v for k, v in counts.items() if k in ("new", "changed", "unchanged", "failed")},
        },
    )


def crawl_run_page_counts(db: Database, run_id: int) -> dict[str, int]:
    """Pages a run stored, by change (new, changed, unchanged, failed): what is in the kb, not what was sent."""
    rows = db.execute("select change, count(*) from pages where crawl_run = ? group by change", [run_id]).fetchall()
    return {str(change): int(n) for change, n in rows}


def close_abandoned_crawl_runs(db: Database, sources: Iterable[str]) -> int:
    """Close runs left `running` by a crawl that was killed, counting the pages it did store.

    Call only while holding these sources' crawl locks, when no run of them can be live.
    """
    names = list(sources)
    if not names:
        return 0
    marks = ",".join("?" * len(names))
    with db.conn:
        cursor = db.execute(
            "update crawl_runs set status = 'interrupted (killed)', finished = coalesce(finished, ?), "
            "pages_new = (select count(*) from pages where crawl_run = crawl_runs.id and change = 'new'), "
            "pages_changed = (select count(*) from pages where crawl_run = crawl_runs.id and change = 'changed'), "
            "pages_unchanged = (select count(*) from pages where crawl_run = crawl_runs.id and change = 'unchanged'), "
            "pages_failed = (select count(*) from pages where crawl_run = crawl_runs.id and change = 'failed') "
            f"where status = 'running' and source in ({marks})",
            [now(), *names],
        )
    return int(cursor.rowcount)


def record_crawl_error(db: Database, run_id: int | None, url: str, kind: str, message: str) -> None:
    db.table("crawl_errors").insert(
        {"crawl_run": run_id, "url": url, "kind": kind, "message": message[:2000], "at": now()}
    )


# --- the page archive ---------------------------------------------------------------------


def latest_fetch(db: Database, url: str) -> dict[str, Any] | None:
    """The newest successful fetch of a URL: its validators for a conditional GET, and its hash."""
    cursor = db.conn.execute(
        "select id, etag, last_modified, content_hash, fetched_at from pages "
        "where url = ? and content_hash is not null order by id desc limit 1",
        [url],
    )
    row = cursor.fetchone()
    return dict(zip((c[0] for c in cursor.description), row)) if row else None


def archive_page(
    db: Database,
    *,
    url: str,
    final_url: str,
    source: str,
    crawl_run: int | None,
    status: int,
    headers: dict[str, str],
    body: bytes | None,
    elapsed_ms: float | None = None,
    prepared: tuple[str, bytes] | None = None,
    canonical_url: str | None = None,
    commit: bool = True,
) -> tuple[int, str]:
    """Store one fetch; return its page id and whether it was new, changed or unchanged.

    Bodies are stored once per content hash, so re-fetching an unchanged page costs one row.
    A 304 is recorded as unchanged and points at the body of the previous fetch.
    `prepared` is (content_hash, html_gz) from prepare_body(), computed ahead by the crawler
    off its event loop; `canonical_url` is the page's own rel=canonical. `commit=False` leaves
    the rows in the connection's open transaction, so a writer can commit many pages at once.
    Plain SQL rather than sqlite-utils' insert, which commits every row and costs as much
    Python as the rest of archiving.
    """
    previous = latest_fetch(db, url)
    lower = {k.lower(): v for k, v in headers.items()}
    content_hash = None
    conn = db.conn
    if status == 304 and previous:
        content_hash = previous["content_hash"]
        change = "unchanged"
    elif body is not None:
        content_hash = prepared[0] if prepared else sha256(body)
        stored = conn.execute(
            "select 1 from page_bodies where content_hash = ?", [content_hash]
        ).fetchone()
        if not stored:
            conn.execute(
                "insert or ignore into page_bodies (content_hash, html_gz, size, first_seen) "
                "values (?, ?, ?, ?)",
                [content_hash, prepared[1] if prepared else gzip.compress(body, 6), len(body), now()],
            )
        if previous is None:
            change = "new"
        elif previous["content_hash"] == content_hash:
            change = "unchanged"
        else:
            change = "changed"
    else:
        change = "failed"
    row = {
        "url": url,
        "final_url": final_url,
        "source": source,
        "crawl_run": crawl_run,
        "status": status,
        "headers": json.dumps(headers, sort_keys=True),
        "etag": lower.get("etag") or (previous or {}).get("etag"),
        "last_modified": lower.get("last-modified") or (previous or {}).get("last_modified"),
        "content_type": lower.get("content-type"),
        "fetched_at": now(),
        "elapsed_ms": elapsed_ms,
        "content_hash": content_hash,
        "change": change,
        **({"canonical_url": canonical_url} if canonical_url else {}),
    }
    cursor = conn.execute(
        f"insert into pages ({', '.join(row)}) values ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    if commit:
        conn.commit()
    return int(cursor.lastrowid or 0), change


def page_html(db: Database, content_hash: str) -> bytes:
    row = db.table("page_bodies").get(content_hash)
    return gzip.decompress(row["html_gz"])


def pages_to_extract(db: Database, extractor_version: str) -> Iterator[dict[str, Any]]:
    """Archived page bodies not yet read by this extractor version (newest fetch of each body).

    Versions are compared for equality, not order ("10" < "9" as text), and a body counts as read
    once any fetch of it at that URL was read, whether it gave an article, an error or no text.
    """
    yield from db.query(
        """
        select p.id, p.url, p.final_url, p.source, p.fetched_at, p.content_hash
        from pages p
        where p.id in (
            select max(id) from pages
            where content_hash is not null and status = 200
              and (extractor_version is null or extractor_version != :version)
            group by url, content_hash
        )
        and not exists (
            select 1 from pages p2 where p2.url = p.url and p2.content_hash = p.content_hash
              and p2.extractor_version = :version
        )
        order by p.id
        """,
        {"version": extractor_version},
    )


def mark_page_extracted(db: Database, page: dict[str, Any], extractor_version: str) -> None:
    """Record that this body at this URL was read by the extractor, so `process` skips it next time."""
    with db.conn:
        db.execute(
            "update pages set extractor_version = ? where url = ? and content_hash = ?",
            [extractor_version, page["url"], page["content_hash"]],
        )


# --- articles and claims ------------------------------------------------------------------


def save_article(
    db: Database, *, page: dict[str, Any], article: dict[str, Any], extractor_version: str
) -> int:
    """Upsert one article revision; a changed text at the same canonical URL becomes a new revision."""
    canonical = article.get("canonical_url") or page["final_url"] or page["url"]
    text_hash = sha256(article.get("text") or "")
    row = {
        "page": page["id"],
        "source": page["source"],
        "url": page["final_url"] or page["url"],
        "canonical_url": canonical,
        "title": article.get("title"),
        "authors": json.dumps(article.get("authors") or []),
        "published": article.get("published"),
        "modified": article.get("modified"),
        "language": article.get("language"),
        "text": article.get("text") or "",
        "text_hash": text_hash,
        "extractor_version": extractor_version,
        "fetched_at": page["fetched_at"],
        "processed_at": now(),
    }
    existing = list(
        db.query(
            "select id, revision from articles where canonical_url = ? and text_hash = ?",
            [canonical, text_hash],
        )
    )
    if existing:
        db.table("articles").update(existing[0]["id"], row)
        article_id = int(existing[0]["id"])
    else:
        revisions = db.execute(
            "select coalesce(max(revision), 0) from articles where canonical_url = ?", [canonical]
        ).fetchone()[0]
        row["revision"] = revisions + 1
        article_id = _insert_row(db.table("articles"), row)
    if page.get("content_hash"):
        mark_page_extracted(db, page, extractor_version)
    return article_id


def articles_needing_claims(db: Database, claims_version: str) -> list[dict[str, Any]]:
    """Articles never read by this version of the claim extractor (equality: "10" < "9" as text)."""
    return list(
        db.query(
            "select id, source, title, text, published, fetched_at from articles "
            "where claims_version is null or claims_version != ? order by id",
            [claims_version],
        )
    )


def clear_claims(db: Database, article_id: int) -> None:
    """Forget an article's claims so the next `process` reads it again (after re-extraction)."""
    with db.conn:
        db.execute(_DELETE_ARTICLE_CHECKS, [article_id])
        db.execute("delete from claims where article = ?", [article_id])
        db.execute("update articles set claims_version = null where id = ?", [article_id])


def replace_claims(
    db: Database,
    article_id: int,
    published: str | None,
    claims: Iterable[dict[str, Any]],
    claims_version: str,
) -> int:
    """Replace an article's claims; ids are derived from content, so re-running is idempotent."""
    source = db.table("articles").get(article_id)["source"]
    rows = []
    for claim in claims:
        key = f"{article_id}|{claim['kind']}|{claim['sentence']}|{claim['start']}|{claim['end']}|{claim['metric']}"
        rows.append(
            {
                "id": sha256(key)[:16],
                "article": article_id,
                "source": source,
                "published": published,
                **{k: claim.get(k) for k in _CLAIM_FIELDS},
                "hedged": int(bool(claim.get("hedged"))),
            }
        )
    with db.conn:
        db.execute(_DELETE_ARTICLE_CHECKS, [article_id])
        db.execute("delete from claims where article = ?", [article_id])
        if rows:
            db.table("claims").insert_all(rows, pk="id", replace=True)
        db.execute("update articles set claims_version = ? where id = ?", [claims_version, article_id])
    return len(rows)


_CLAIM_FIELDS = (
    "kind", "sentence", "subject", "entity", "metric", "value", "value_high", "unit", "period",
    "benchmark", "bound", "surface", "start", "end", "attribution", "comparison",
)


_DELETE_ARTICLE_CHECKS = "delete from claim_reference_checks where claim in (select id from claims where article = ?)"


def upsert_entities(db: Database, entities: Iterable[dict[str, Any]]) -> None:
    db.table("entities").upsert_all(
        ({**e, "aliases": _jsonish(e.get("aliases", []))} for e in entities), pk="id"
    )


# --- reference models and checks -------------------------------------------------------------


def replace_reference_models(db: Database, source: str, rows: Iterable[dict[str, Any]]) -> int:
    """Load (or reload) one source's reference table; its old rows and checks are replaced."""
    loaded_at = now()
    records = [{**row, "source": source, "loaded_at": loaded_at} for row in rows]
    with db.conn:
        db.execute("delete from claim_reference_checks where source = ?", [source])
        db.execute("delete from reference_models where source = ?", [source])
        if records:
            db.table("reference_models").insert_all(records, pk="id", replace=True)
    return len(records)


def reference_models(db: Database) -> list[dict[str, Any]]:
    return list(db.table("reference_models").rows)


# Claims worth checking: model figures, and sentences that may give a release date.
_CHECKABLE_CLAIMS = (
    "select id, kind, subject, metric, unit, value, sentence from claims where subject is not null and ("
    "metric in ('parameters', 'training_compute') or sentence like '%releas%' or sentence like '%launch%' "
    "or sentence like '%unveil%' or sentence like '%introduc%' or sentence like '%announc%' "
    "or sentence like '%debut%' or sentence like '%publish%' or sentence like '%open-sourc%' "
    "or sentence like '%rolled out%' or sentence like '%available%' or sentence like '%came out%' "
    "or sentence like '%shipped%')"
)


def claims_to_check(db: Database, article_ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
    """Claims that may state a model's parameters, training compute or release date."""
    if article_ids is None:
        return list(db.query(_CHECKABLE_CLAIMS))
    ids = list(article_ids)
    found: list[dict[str, Any]] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        found.extend(db.query(_CHECKABLE_CLAIMS + f" and article in ({','.join('?' * len(chunk))})", chunk))
    return found


def replace_reference_checks(db: Database, claim_ids: Iterable[str], checks: Iterable[dict[str, Any]]) -> int:
    """Replace the checks of these claims; re-running with the same claims and table is idempotent."""
    ids = list(claim_ids)
    rows = list(checks)
    with db.conn:
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            db.execute(f"delete from claim_reference_checks where claim in ({','.join('?' * len(chunk))})", chunk)
        if rows:
            db.table("claim_reference_checks").insert_all(rows, pk=("claim", "field"), replace=True)
    return len(rows)


# --- embeddings ---------------------------------------------------------------------------


def stored_vectors(db: Database, text_hashes: list[str]) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for i in range(0, len(text_hashes), 500):
        chunk = text_hashes[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"select text_hash, vector from embeddings where text_hash in ({marks})", chunk):
            found[row["text_hash"]] = row["vector"]
    return found


def store_vectors(db: Database, model: str, vectors: dict[str, bytes], dimensions: int) -> None:
    db.table("embeddings").upsert_all(
        (
            {"text_hash": h, "model": model, "dimensions": dimensions, "vector": v}
            for h, v in vectors.items()
        ),
        pk="text_hash",
    )


# --- groups -------------------------------------------------------------------------------


# --- reviews ------------------------------------------------------------------------------


def add_review(
    db: Database,
    *,
    claim_group: int,
    reviewer: str,
    verdict: str,
    rating: int | None,
    notes: str = "",
    evidence_url: str = "",
) -> int:
    return _insert_row(
        db.table("reviews"),
        {
            "claim_group": claim_group,
            "reviewer": reviewer,
            "verdict": verdict,
            "rating": rating,
            "notes": notes,
            "evidence_url": evidence_url,
            "created": now(),
        },
    )


def _insert_row(table: Table, row: dict[str, Any]) -> int:
    """Insert one row into a table with an integer primary key and return the id SQLite gave it."""
    last_pk = table.insert(row).last_pk
    if last_pk is None:
        raise KnowledgeBaseError(f"insert into {table.name} recorded no primary key")
    return int(last_pk)


def _jsonish(value: Any) -> Any:
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value)
    return value


# --- crawler bookkeeping ------------------------------------------------------------------


def known_pages(db: Database, urls: list[str]) -> dict[str, str]:
    """URL -> time of its newest successful fetch, for those of `urls` already archived."""
    found: dict[str, str] = {}
    for i in range(0, len(urls), 500):
        chunk = urls[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(
            f"select url, max(fetched_at) as fetched_at from pages "
            f"where url in ({marks}) and content_hash is not null group by url",
            chunk,
        ):
            found[row["url"]] = row["fetched_at"]
    return found


def prepare_body(body: bytes) -> tuple[str, bytes]:
    """(content_hash, gzip body) for archive_page(prepared=...).

    Compressed with ISA-L (the isal package): standard gzip, as small as zlib at level 2 and
    about eight times faster, so archiving keeps up with downloading. Both it and hashlib
    release the GIL, so the crawler runs this in worker threads.
    """
    try:
        from isal import igzip
    except ImportError:  # pragma: no cover - isal is a dependency; zlib still works
        return sha256(body), gzip.compress(body, 6)
    return sha256(body), igzip.compress(body, 2)


def use_fast_commits(db: Database) -> None:
    """Commit without waiting for the disk (WAL, synchronous=NORMAL) on this connection.

    A power cut may lose the last pages archived, never corrupt the file; a crawler fetches
    those again next run, and a commit per page no longer costs an fsync.
    """
    db.execute("PRAGMA synchronous = NORMAL")


def set_crawl_run_skipped(db: Database, run_id: int, skipped: int) -> None:
    """Record how many known pages a run left alone because nothing said they had changed."""
    db.table("crawl_runs").update(run_id, {"pages_skipped": skipped})


def crawl_run_totals(db: Database, after_run: int, source: str | None = None) -> dict[str, int]:
    """Runs started after run id `after_run` (optionally for one source) and their page counts summed."""
    params: list[Any]
    where, params = "id > ?", [after_run]
    if source is not None:
        where, params = where + " and source = ?", [after_run, source]
    row = db.execute(
        "select count(*), sum(pages_new), sum(pages_changed), sum(pages_unchanged), "
        f"sum(pages_failed), sum(pages_skipped) from crawl_runs where {where}",
        params,
    ).fetchone()
    keys = ("runs", "new", "changed", "unchanged", "failed", "skipped")
    return {key: int(value or 0) for key, value in zip(keys, row)}


def last_crawl_run_id(db: Database) -> int:
    return int(db.execute("select coalesce(max(id), 0) from crawl_runs").fetchone()[0])


# --- bulk loading -------------------------------------------------------------------------


def bulk_insert(db: Database, table: str, rows: Iterable[dict[str, Any]], batch_size: int = 5000) -> None:
    """Append many rows in one transaction, for imports and synthetic benchmark kbs.

    No upsert logic: the caller guarantees fresh ids. Search-index triggers still fire.
    """
    with db.conn:
        db.table(table).insert_all(rows, batch_size=batch_size)
