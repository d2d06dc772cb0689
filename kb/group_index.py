"""The persisted grouping index: what a new article or claim is looked up against, and regional saves.

Articles keep their MinHash signature, LSH band keys, day and lead-text hash; claims keep their
bucket and figure. A new item finds the groups it could join through indexed lookups, and only
those groups are regrouped and rewritten.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
from sqlite_utils import Database

from kb.store import now

_CHUNK = 500


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _rows_by_id(db: Database, select: str, id_column: str, ids: Sequence[Any] | None) -> list[dict[str, Any]]:
    """Rows of `select` for these ids (all when None), in id order, asked for in chunks of placeholders."""
    if ids is None:
        return list(db.query(f"{select} order by {id_column}"))
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(sorted(set(ids))):
        rows.extend(db.query(f"{select} where {id_column} in ({_marks(chunk)})", chunk))
    return sorted(rows, key=lambda r: r["id"])


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


# --- articles -----------------------------------------------------------------------------

_ARTICLE_COLUMNS = (
    "a.id, a.source, a.title, a.text, a.text_hash, a.published, a.fetched_at, a.article_group, "
    "a.group_role, i.minhash"
)


def _article_row(row: dict[str, Any]) -> dict[str, Any]:
    blob = row.pop("minhash", None)
    row["minhash"] = np.frombuffer(blob, dtype=np.uint64) if blob else None
    return row


def articles_for_grouping(db: Database, ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
    """Articles with their stored signature (None until indexed); all of them when `ids` is None."""
    base = f"select {_ARTICLE_COLUMNS} from articles a left join article_index i on i.article = a.id"
    return [_article_row(r) for r in _rows_by_id(db, base, "a.id", ids)]


def ungrouped_article_ids(db: Database) -> list[int]:
    """Articles never grouped (new, or a new revision), or grouped before the index existed."""
    return [
        r["id"]
        for r in db.query(
            "select a.id from articles a left join article_index i on i.article = a.id "
            "where a.article_group is null or i.article is null order by a.id"
        )
    ]


def save_article_index(db: Database, rows: Iterable[dict[str, Any]]) -> None:
    """Store each article's signature, day and lead hash, and its LSH band keys."""
    rows = list(rows)
    with db.conn:
        db.table("article_index").upsert_all(
            (
                {
                    "article": r["article"], "day": r["day"], "text_hash": r["text_hash"],
                    "lead_hash": r["lead_hash"],
                    "minhash": np.asarray(r["minhash"], dtype=np.uint64).tobytes(),
                }
                for r in rows
            ),
            pk="article",
        )
        db.conn.executemany(
            "insert or ignore into article_bands (band, article) values (?, ?)",
            [(band, r["article"]) for r in rows for band in r["bands"]],
        )


def _story_groups_matching(db: Database, join_sql: str, values: Sequence[str]) -> set[int]:
    """Story groups of the articles that `join_sql` (ending in `in (...)`) finds for `values`."""
    found: set[int] = set()
    for chunk in _chunks(sorted(set(values))):
        sql = f"{join_sql} ({_marks(chunk)}) and a.article_group is not null"
        found.update(row["g"] for row in db.query(sql, chunk))
    return found


def groups_sharing_bands(db: Database, bands: Sequence[str]) -> set[int]:
    """Story groups with an article that shares an LSH band, or more, with a new article."""
    return _story_groups_matching(
        db,
        "select distinct a.article_group as g from article_bands b join articles a on a.id = b.article "
        "where b.band in",
        bands,
    )


def groups_with_text(db: Database, text_hashes: Sequence[str]) -> set[int]:
    """Story groups that already hold an article with exactly this body text."""
    return _story_groups_matching(
        db,
        "select distinct a.article_group as g from article_index i join articles a on a.id = i.article "
        "where i.text_hash in",
        text_hashes,
    )


def grouped_articles_between(db: Database, first_day: str, last_day: str) -> list[dict[str, Any]]:
    """Grouped articles that ran between two days (and undated ones): rewrite candidates."""
    return list(
        db.query(
            "select i.article, i.day, i.lead_hash, a.article_group from article_index i "
            "join articles a on a.id = i.article where a.article_group is not null "
            "and (i.day between ? and ? or i.day is null)",
            [first_day, last_day],
        )
    )


def article_group_members(db: Database, group_ids: Iterable[int]) -> list[int]:
    members: list[int] = []
    for chunk in _chunks(sorted(set(group_ids))):
        members.extend(
            r["id"] for r in db.query(f"select id from articles where article_group in ({_marks(chunk)})", chunk)
        )
    return members


def save_article_region(
    db: Database,
    old_group_ids: Iterable[int] | None,
    groups: list[dict[str, Any]],
    roles: dict[int, tuple[int, str]],
) -> None:
    """Replace the given story groups (all of them when None) by the regrouped ones."""
    with db.conn:
        if old_group_ids is None:
            db.execute("delete from article_groups")
        else:
            doomed = sorted(set(old_group_ids) | {g["id"] for g in groups})
            for chunk in _chunks(doomed):
                db.execute(f"delete from article_groups where id in ({_marks(chunk)})", chunk)
        if groups:
            db.table("article_groups").insert_all(groups, pk="id", replace=True)
        db.conn.executemany(
            "update articles set article_group = ?, group_role = ? where id = ?",
            [(g, role, a) for a, (g, role) in roles.items()],
        )


# --- claims -------------------------------------------------------------------------------

_CLAIM_COLUMNS = (
    "c.id, c.article, c.source, c.kind, c.sentence, c.subject, c.metric, c.value, c.value_high, "
    "c.unit, c.period, c.benchmark, c.bound, c.comparison, c.published, c.claim_group, "
    "a.fetched_at, a.article_group"
)


def claims_for_grouping(db: Database, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Claims with what grouping needs from their article; all of them when `ids` is None."""
    base = f"select {_CLAIM_COLUMNS} from claims c join articles a on a.id = c.article"
    return _rows_by_id(db, base, "c.id", ids)


def ungrouped_claim_ids(db: Database) -> list[str]:
    """Claims never grouped: new, or re-extracted (extraction clears their group)."""
    return [
        r["id"]
        for r in db.query(
            "select c.id from claims c left join claim_index i on i.claim = c.id "
            "where c.claim_group is null or i.claim is null order by c.id"
        )
    ]


def stale_claim_groups(db: Database) -> set[int]:
    """Groups that lost members since they were saved (claims deleted or re-extracted)."""
    return {
        r["g"]
        for r in db.query(
            "select distinct i.claim_group as g from claim_index i left join claims c on c.id = i.claim "
            "where i.claim_group is not null and (c.id is null or c.claim_group is null "
            "or c.claim_group != i.claim_group)"
        )
    }


def claim_groups_of_articles(db: Database, article_ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(sorted(set(article_ids))):
        for row in db.query(
            f"select distinct claim_group as g from claims where article in ({_marks(chunk)}) "
            "and claim_group is not null",
            chunk,
        ):
            found.add(row["g"])
    return found


def figure_candidates(db: Database, bucket: str, low: float, high: float) -> list[dict[str, Any]]:
    """Grouped claims in a bucket whose figure lies in [low, high]."""
    return list(
        db.query(
            "select claim, claim_group, subject, text_hash from claim_index where bucket = ? "
            "and claim_group is not null and value between ? and ?",
            [bucket, low, high],
        )
    )


def bucket_members(db: Database, bucket: str) -> list[dict[str, Any]]:
    """Grouped claims of a bucket without figures (qualitative claims about one subject)."""
    return list(
        db.query(
            "select claim, claim_group, text_hash from claim_index where bucket = ? "
            "and claim_group is not null",
            [bucket],
        )
    )


def claim_group_members(db: Database, group_ids: Iterable[int]) -> list[str]:
    members: list[str] = []
    for chunk in _chunks(sorted(set(group_ids))):
        members.extend(
            r["id"] for r in db.query(f"select id from claims where claim_group in ({_marks(chunk)})", chunk)
        )
    return members


def claim_groups_by_id(db: Database, group_ids: Iterable[int]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(sorted(set(group_ids))):
        rows.extend(db.query(f"select * from claim_groups where id in ({_marks(chunk)})", chunk))
    return rows


def save_claim_region(
    db: Database,
    old_group_ids: Iterable[int] | None,
    groups: list[dict[str, Any]],
    membership: dict[str, int],
    index_rows: list[dict[str, Any]],
) -> None:
    """Replace the given claim groups (all when None) by the regrouped ones and index the claims.

    Groups a review points at are kept (reviews are never orphaned), only their counts change.
    """
    with db.conn:
        if old_group_ids is None:
            db.execute("update claims set claim_group = null")
            db.execute("delete from claim_index")
            db.execute("delete from claim_conflicts")
            db.execute(
                "delete from claim_groups where id not in "
                "(select claim_group from reviews where claim_group is not null)"
            )
        else:
            doomed = sorted(set(old_group_ids))
            for chunk in _chunks(doomed):
                marks = _marks(chunk)
                db.execute(
                    f"delete from claim_conflicts where group_a in ({marks}) or group_b in ({marks})",
                    [*chunk, *chunk],
                )
                db.execute(f"update claims set claim_group = null where claim_group in ({marks})", chunk)
                db.execute(
                    f"delete from claim_groups where id in ({marks}) "
                    "and id not in (select claim_group from reviews where claim_group is not null)",
                    chunk,
                )
            db.execute("delete from claim_index where claim not in (select id from claims)")
        if groups:
            db.table("claim_groups").upsert_all(
                ({**g, "sources": _json_list(g.get("sources", []))} for g in groups), pk="id", alter=True
            )
        db.conn.executemany(
            "update claims set claim_group = ? where id = ?", [(g, c) for c, g in membership.items()]
        )
        if index_rows:
            db.table("claim_index").upsert_all(index_rows, pk="claim")


def claim_groups_with(db: Database, metric: str | None, unit: str | None,
                      period: str | None) -> list[dict[str, Any]]:
    """Figure groups with one metric, unit and period: the only ones that can conflict."""
    return list(
        db.query(
            "select id, subject, metric, unit, period, benchmark, bound, value, value_high "
            "from claim_groups where metric is ? and unit is ? and period is ? and value is not null",
            [metric, unit, period],
        )
    )


def group_stories(db: Database, group_ids: Sequence[int]) -> dict[int, set[Any]]:
    """The stories (article groups) each claim group is told in."""
    stories: dict[int, set[Any]] = defaultdict(set)
    for chunk in _chunks(sorted(set(group_ids))):
        for row in db.query(
            "select c.claim_group as g, coalesce(a.article_group, 'article-' || a.id) as s "
            f"from claims c join articles a on a.id = c.article where c.claim_group in ({_marks(chunk)})",
            chunk,
        ):
            stories[row["g"]].add(row["s"])
    return stories


def replace_conflicts(db: Database, group_ids: Sequence[int], conflicts: list[dict[str, Any]]) -> None:
    """Conflicts among `group_ids` are recomputed: old ones go, new ones come, flags follow."""
    with db.conn:
        for chunk in _chunks(sorted(set(group_ids))):
            marks = _marks(chunk)
            db.execute(
                f"delete from claim_conflicts where group_a in ({marks}) or group_b in ({marks})",
                [*chunk, *chunk],
            )
        if conflicts:
            db.table("claim_conflicts").insert_all(
                ({**c, "detected_at": now()} for c in conflicts), pk="id", replace=True
            )
        contested = {c["group_a"] for c in conflicts} | {c["group_b"] for c in conflicts}
        db.conn.executemany(
            "update claim_groups set contested = ? where id = ?",
            [(int(g in contested), g) for g in group_ids],
        )


def save_all_conflicts(db: Database, conflicts: list[dict[str, Any]]) -> None:
    with db.conn:
        db.execute("delete from claim_conflicts")
        if conflicts:
            db.table("claim_conflicts").insert_all(
                ({**c, "detected_at": now()} for c in conflicts), pk="id", replace=True
            )


def group_counts(db: Database) -> tuple[int, int, int]:
    """How many stories, claim groups and conflicts the kb holds."""
    row = db.execute(
        "select (select count(*) from article_groups), (select count(*) from claim_groups), "
        "(select count(*) from claim_conflicts)"
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def _json_list(value: Any) -> Any:
    import json

    return json.dumps(value) if isinstance(value, (list, tuple)) else value
