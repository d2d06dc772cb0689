"""The home page: newest, most repeated and contested claims, and crawl health per source."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.publishing import make_datasette

pytestmark = pytest.mark.slow


async def test_home_lists_newest_repeated_and_contested_claims(demo_db: Path) -> None:
    db = Database(demo_db)
    response = await make_datasette(demo_db).client.get("/")
    assert response.status_code == 200
    html = response.text
    newest = next(db.query("select id from claim_groups order by first_published desc, id desc"))
    repeated = next(db.query(
        "select id from claim_groups order by independent_origins desc, appearances desc, id"))
    conflict = next(db.query("select * from claim_conflicts"))
    newest_section = html.split("<h2>Newest claims</h2>", 1)[1].split("<h2>", 1)[0]
    assert f'/-/claim/{newest["id"]}"' in newest_section
    repeated_section = html.split("<h2>Most repeated</h2>", 1)[1].split("<h2>", 1)[0]
    assert f'/-/claim/{repeated["id"]}"' in repeated_section
    contested_section = html.split("<h2>Contested claims</h2>", 1)[1].split("<h2>", 1)[0]
    assert f'/-/claim/{conflict["group_a"]}"' in contested_section
    assert f'/-/claim/{conflict["group_b"]}"' in contested_section


async def test_home_shows_last_run_and_errors_per_source(demo_db: Path) -> None:
    db = Database(demo_db)
    html = (await make_datasette(demo_db).client.get("/")).text
    health = html.split("<h2>Crawl health</h2>", 1)[1]
    for source in db.query("select name from sources"):
        assert f'/-/source/{source["name"]}"' in health
    last = next(db.query("select * from crawl_runs order by id desc limit 1"))
    assert last["finished"] in health


async def test_home_links_search_feed_chart_and_canned_queries(demo_db: Path) -> None:
    html = (await make_datasette(demo_db).client.get("/")).text
    for href in ('action="/-/search"', 'href="/-/chart"', 'href="/claimwatch/new_claims.atom"',
                 'href="/claimwatch/contested"', 'href="/claimwatch"'):
        assert href in html
    # Datasette's own listing is still there as JSON.
    assert (await make_datasette(demo_db).client.get("/.json")).status_code == 200
