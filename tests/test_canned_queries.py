"""Canned queries, the Atom feed of new claims, and CSV/JSON exports as Datasette gives them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlite_utils import Database

from kb.queries import CANNED_QUERIES
from tests.publishing import make_datasette

pytestmark = pytest.mark.slow

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("name", sorted(CANNED_QUERIES))
async def test_every_canned_query_runs(demo_db: Path, name: str) -> None:
    subject = next(Database(demo_db).query(
        "select subject from claim_groups where subject is not null "
        "group by subject order by count(*) desc limit 1"))["subject"]
    response = await make_datasette(demo_db).client.get(
        f"/claimwatch/{name}.json", params={"subject": subject, "metric": "", "_shape": "objects"})
    assert response.status_code == 200, response.text
    assert response.json()["rows"], f"{name} returned nothing on the demo kb"


async def test_atom_feed_of_new_claims_filters_by_subject_and_metric(demo_db: Path) -> None:
    db = Database(demo_db)
    ds = make_datasette(demo_db)
    feed = await ds.client.get("/claimwatch/new_claims.atom")
    assert feed.status_code == 200
    entries = ET.fromstring(feed.text).findall(f"{ATOM}entry")
    assert len(entries) == min(100, db.execute(
        "select count(*) from claims where claim_group is not null").fetchone()[0])
    row = next(db.query("select subject, metric from claims where subject is not null "
                        "and claim_group is not null limit 1"))
    filtered = await ds.client.get("/claimwatch/new_claims.atom",
                                   params={"subject": row["subject"], "metric": row["metric"]})
    titles = [e.find(f"{ATOM}title").text for e in ET.fromstring(filtered.text).findall(f"{ATOM}entry")]
    expected = db.execute("select count(*) from claims where subject = ? and metric = ? "
                          "and claim_group is not null", [row["subject"], row["metric"]]).fetchone()[0]
    assert len(titles) == expected
    assert all(t.startswith(f"{row['subject']} · {row['metric']}") for t in titles)
    link = ET.fromstring(filtered.text).find(f"{ATOM}entry/{ATOM}link").get("href")
    assert link.startswith("/-/claim/")
    nothing = await ds.client.get("/claimwatch/new_claims.atom", params={"subject": "nobody"})
    assert nothing.status_code == 200
    assert "No claims match this filter yet" in nothing.text


async def test_csv_and_json_exports(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    csv = await ds.client.get("/claimwatch/contested.csv")
    assert csv.status_code == 200 and csv.text.startswith("id,subject,metric")
    claims = await ds.client.get("/claimwatch/claims.json", params={"_shape": "array", "_size": "5"})
    assert len(claims.json()) == 5
