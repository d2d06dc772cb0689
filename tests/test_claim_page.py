"""The claim page, served by a real Datasette over the demo knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from datasette.app import Datasette
from sqlite_utils import Database

from kb.metadata import datasette_metadata

pytestmark = pytest.mark.slow


@pytest.fixture
def ds(demo_db: Path) -> Datasette:
    return Datasette([str(demo_db)], metadata=datasette_metadata(demo_db.stem))


async def test_plugin_is_registered(ds: Datasette) -> None:
    response = await ds.client.get("/-/plugins.json")
    names = {p["name"] for p in response.json()}
    assert "claimwatch" in names or "datasette_plugins.claimwatch" in names


async def test_claim_page_lists_every_article_and_outlet(ds: Datasette, demo_db: Path) -> None:
    db = Database(demo_db)
    group = next(db.query("select * from claim_groups order by appearances desc, id limit 1"))
    claims = list(
        db.query(
            "select a.title, a.source, a.url from claims c join articles a on a.id = c.article "
            "where c.claim_group = ?",
            [group["id"]],
        )
    )
    response = await ds.client.get(f"/-/claim/{group['id']}")
    assert response.status_code == 200
    html = response.text
    for claim in claims:
        assert claim["source"] in html
        assert claim["url"] in html
    assert f"<td>{group['independent_origins']}</td>" in html
    assert "First appeared" in html


async def test_contested_claim_shows_the_other_figure(ds: Datasette, demo_db: Path) -> None:
    db = Database(demo_db)
    conflict = next(db.query("select * from claim_conflicts limit 1"))
    response = await ds.client.get(f"/-/claim/{conflict['group_a']}")
    assert "Contested" in response.text
    assert f"/-/claim/{conflict['group_b']}" in response.text


async def test_unknown_claim_is_404(ds: Datasette) -> None:
    response = await ds.client.get("/-/claim/999999999")
    assert response.status_code == 404


async def test_tables_carry_column_descriptions(ds: Datasette) -> None:
    response = await ds.client.get("/-/metadata.json")
    tables = response.json()["databases"]["claimwatch"]["tables"]
    assert "canonical_url" in tables["articles"]["columns"]
    assert json.dumps(tables)  # serialisable
