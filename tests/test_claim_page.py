"""The claim page, served by a real Datasette over the demo knowledge base."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette.app import Datasette
from sqlite_utils import Database

from claimwatch_cli import cli
from kb.metadata import datasette_metadata
from kb.store import add_review
from tests.publishing import make_datasette, writable_copy

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


async def test_claim_page_draws_a_timeline_with_one_dot_per_appearance(
    ds: Datasette, demo_db: Path
) -> None:
    db = Database(demo_db)
    group = next(db.query("select * from claim_groups order by appearances desc, id limit 1"))
    html = (await ds.client.get(f"/-/claim/{group['id']}")).text
    svg = html.split('<svg class="cw-chart"', 1)[1].split("</svg>", 1)[0]
    assert svg.count("<circle") == group["appearances"]
    for source in json.loads(group["sources"]):
        assert f">{source}</text>" in svg
    # Appearances link to the claimwatch article page, where the figure is highlighted.
    assert f'href="/-/article/{group["first_article"]}"' in html


async def test_unreviewed_claim_says_so_and_offers_sign_in(ds: Datasette, demo_db: Path) -> None:
    group_id = next(Database(demo_db).query("select id from claim_groups limit 1"))["id"]
    html = (await ds.client.get(f"/-/claim/{group_id}")).text
    assert "unreviewed" in html
    assert "Not reviewed yet." in html
    assert 'href="/-/login"' in html
    assert "application/ld+json" not in html
    assert 'action="/-/claim/' not in html  # no review form for anonymous visitors
    response = await ds.client.get(f"/-/claim/{group_id}/claimreview.json")
    assert response.status_code == 404


async def test_reviewed_claim_shows_history_and_claimreview_json_ld(
    demo_db: Path, tmp_path: Path
) -> None:
    path = writable_copy(demo_db, tmp_path)
    db = Database(path)
    group = next(db.query("select * from claim_groups order by appearances desc, id limit 1"))
    add_review(db, claim_group=group["id"], reviewer="bob", verdict="Mostly true", rating=4,
               notes="First check", evidence_url="https://example.org/first")
    add_review(db, claim_group=group["id"], reviewer="alice", verdict="False", rating=1,
               notes="The filing says otherwise </script><script>alert(1)</script>",
               evidence_url="https://example.org/filing")
    ds = make_datasette(path)
    html = (await ds.client.get(f"/-/claim/{group['id']}")).text
    assert 'cw-status-False">False</span>' in html
    assert html.index("alice") < html.index("bob")  # newest review first, history kept
    assert "Mostly true" in html and "First check" in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert block is not None
    data = json.loads(block.group(1))
    assert data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == group["statement"]
    assert data["reviewRating"]["ratingValue"] == 1
    assert data["reviewRating"]["alternateName"] == "False"
    assert data["author"]["name"] == "alice"
    assert data["isBasedOn"] == "https://example.org/filing"
    assert data["url"].endswith(f"/-/claim/{group['id']}")
    assert len(data["itemReviewed"]["appearance"]) == group["appearances"]
    assert "<script>alert(1)" not in html
    plain = (await ds.client.get(f"/-/claim/{group['id']}/claimreview.json")).json()
    assert plain["reviewBody"].startswith("The filing says otherwise")


async def test_reference_value_is_shown_when_a_reference_table_is_loaded(
    demo_db: Path, tmp_path: Path
) -> None:
    path = writable_copy(demo_db, tmp_path)
    db = Database(path)
    group = next(db.query(
        "select * from claim_groups where metric = 'parameters' and subject = 'Hanlin-3' limit 1"
    ))
    reference = tmp_path / "models.csv"
    reference.write_text(
        "Model,Organization,Publication date,Parameters,Training compute (FLOP),Link\n"
        "Hanlin-3,Qiantu AI,2025-03-04,6.71e11,3e24,https://example.org/card\n"
        "Decoy-1,Elsewhere Labs,2024-01-01,7e9,,javascript:alert(1)\n"
    )
    result = CliRunner().invoke(cli, ["reference", "load", str(reference), "--db", str(path)])
    assert result.exit_code == 0, result.output
    html = (await make_datasette(path).client.get(f"/-/claim/{group['id']}")).text
    assert "Reference value" in html
    section = html.split("Reference value", 1)[1]
    assert "671 billion parameters" in section
    assert "agrees" in section and "disagrees" not in section.split("Reviews", 1)[0]
    assert 'href="https://example.org/card"' in html
    assert "Decoy-1" not in html
    assert "javascript:" not in html
    without = (await make_datasette(demo_db).client.get(f"/-/claim/{group['id']}")).text
    assert "Reference value" not in without
