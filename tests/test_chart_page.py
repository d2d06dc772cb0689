"""The chart of a metric over time, one series per subject or per outlet."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.publishing import make_datasette

pytestmark = pytest.mark.slow


async def test_chart_draws_each_claim_of_the_metric_by_outlet(demo_db: Path) -> None:
    db = Database(demo_db)
    rows = list(db.query(
        "select source, period from claims where metric = 'tokens_processed' "
        "and value is not null and published is not null"))
    periods = [r["period"] for r in rows]
    dominant = max(set(periods), key=periods.count)
    expected = [r for r in rows if r["period"] == dominant]
    response = await make_datasette(demo_db).client.get(
        "/-/chart", params={"metric": "tokens_processed", "by": "source"})
    assert response.status_code == 200
    html = response.text
    svg = html.split('<svg class="cw-chart"', 1)[1].split("</svg>", 1)[0]
    assert svg.count("<circle") == len(expected)
    legend = html.split('class="cw-legend"', 1)[1].split("</p>", 1)[0]
    for source in {r["source"] for r in expected}:
        assert source in legend
    assert 'href="/-/claim/' in svg


async def test_chart_by_subject_and_filters(demo_db: Path) -> None:
    ds = make_datasette(demo_db)
    html = (await ds.client.get("/-/chart", params={"metric": "tokens_processed"})).text
    assert "<svg" in html and "One line per" in html
    empty = (await ds.client.get("/-/chart", params={"metric": "no_such_metric"})).text
    assert "No dated claims for this metric." in empty
    default = await ds.client.get("/-/chart")
    assert default.status_code == 200 and "<svg" in default.text
