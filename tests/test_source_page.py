"""The source pages: each outlet with its claims, first-to-report count and conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.publishing import make_datasette

pytestmark = pytest.mark.slow


async def test_source_page_counts_first_reports_and_lists_conflicts(demo_db: Path) -> None:
    db = Database(demo_db)
    conflict = next(db.query("select * from claim_conflicts limit 1"))
    source = next(db.query("select first_source from claim_groups where id = ?",
                           [conflict["group_a"]]))["first_source"]
    first = db.execute("select count(*) from claim_groups where first_source = ?", [source]).fetchone()[0]
    response = await make_datasette(demo_db).client.get(f"/-/source/{source}")
    assert response.status_code == 200
    html = response.text
    assert f'<td class="cw-first-count">{first}</td>' in html
    conflicts = html.split("<h2>Conflicts</h2>", 1)[1].split("<h2>", 1)[0]
    assert f'/-/claim/{conflict["group_a"]}"' in conflicts
    latest = next(db.query("select claim_group from claims where source = ? and claim_group is not null "
                           "order by published desc limit 1", [source]))
    assert f'/-/claim/{latest["claim_group"]}"' in html.split("<h2>Its latest claims</h2>", 1)[1]


async def test_sources_overview_and_unknown_source(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    html = (await ds.client.get("/-/sources")).text
    for row in Database(demo_db).query("select name from sources"):
        assert f'href="/-/source/{row["name"]}"' in html
    assert (await ds.client.get("/-/source/no-such-outlet")).status_code == 404
