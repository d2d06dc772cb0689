"""The SQL functions claimwatch adds to Datasette, called through its SQL API on a real kb."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from datasette.app import Datasette

from tests.publishing import make_datasette

pytestmark = pytest.mark.slow


async def sql(ds: Datasette, query: str, **params: Any) -> list[dict[str, Any]]:
    response = await ds.client.get(
        "/claimwatch.json", params={"sql": query, "_shape": "objects", **params})
    assert response.status_code == 200, response.text
    return response.json()["rows"]


async def test_parse_quantity(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    rows = await sql(ds, "select parse_quantity(:t) as q, parse_quantity('no figure') as none",
                     t="China processes 140 trillion AI tokens daily.")
    quantity = json.loads(rows[0]["q"])
    assert quantity["value"] == 1.4e14 and quantity["unit"] == "tokens"
    assert quantity["surface"] == "140 trillion"
    assert rows[0]["none"] is None


async def test_parse_quantities(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    rows = await sql(ds, "select json_extract(value, '$.unit') as unit "
                         "from json_each(parse_quantities(:t))",
                     t="It raised $2.5 billion and serves 400 million users.")
    assert rows[0]["unit"] == "USD"
    assert len(rows) == 2


async def test_statement_similarity(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    rows = await sql(ds, "select statement_similarity(:a, :a) as same, "
                         "statement_similarity(:a, :b) as close, statement_similarity(:a, :c) as far, "
                         "statement_similarity(:a, null) as missing",
                     a="China processes 140 trillion tokens a day",
                     b="China now processes 140 trillion tokens every day",
                     c="Kestrel raised $600 million")
    row = rows[0]
    assert row["same"] == 1.0
    assert 0.5 < row["close"] < 1.0
    assert row["far"] < 0.1
    assert row["missing"] is None


async def test_text_hash_and_vector_similarity(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    rows = await sql(ds, """
        select g.id, vector_similarity(e.vector, e.vector) as self,
               (select vector_similarity(e.vector, e2.vector) from claim_groups g2
                join embeddings e2 on e2.text_hash = text_hash(g2.statement)
                where g2.id != g.id and g2.statement != g.statement limit 1) as other
        from claim_groups g join embeddings e on e.text_hash = text_hash(g.statement)
        limit 5""")
    assert rows
    for row in rows:
        assert row["self"] == pytest.approx(1.0, abs=1e-5)
        assert -1.0 <= row["other"] < 0.999
    bad = await sql(ds, "select vector_similarity(x'00', x'0000') as v, text_hash('a') as h")
    assert bad[0]["v"] is None
    assert bad[0]["h"] == "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"


def test_every_sql_function_is_documented() -> None:
    from datasette_plugins.claimwatch.sql_functions import SQL_FUNCTIONS

    docs = (Path(__file__).resolve().parent.parent / "docs" / "publishing.md").read_text()
    for name in SQL_FUNCTIONS:
        assert f"`{name}(" in docs, f"{name} is not described in docs/publishing.md"


def test_every_route_is_documented() -> None:
    from datasette_plugins.claimwatch import register_routes

    docs = (Path(__file__).resolve().parent.parent / "docs" / "publishing.md").read_text()
    for pattern, _ in register_routes():
        readable = (pattern.strip("^$").replace("(?P<id>\\d+)", "<id>")
                    .replace("(?P<name>[^/]+)", "<name>").replace("\\.", "."))
        assert f"`{readable}`" in docs, f"route {readable} is not described in docs/publishing.md"
