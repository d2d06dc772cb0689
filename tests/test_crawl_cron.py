"""Cron expressions for source schedules."""

from __future__ import annotations

import datetime as dt

import pytest

from crawlers.cron import CronError, CronSchedule

UTC = dt.UTC


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("expression", "after", "expected"),
    [
        ("0 * * * *", "2025-01-01 10:00", "2025-01-01 11:00"),
        ("*/15 * * * *", "2025-01-01 10:07", "2025-01-01 10:15"),
        ("5 */2 * * *", "2025-01-01 11:00", "2025-01-01 12:05"),
        ("30 9-17 * * mon-fri", "2025-01-03 17:45", "2025-01-06 09:30"),  # Friday evening -> Monday
        ("0 0 1 * *", "2025-12-15 00:00", "2026-01-01 00:00"),
        ("0 0 29 2 *", "2025-03-01 00:00", "2028-02-29 00:00"),
        ("0 12 13 * 5", "2025-01-01 00:00", "2025-01-03 12:00"),  # day 13 OR a Friday
        ("0 6 * jan,jul sun", "2025-02-01 00:00", "2025-07-06 06:00"),
        ("@daily", "2025-01-01 00:00", "2025-01-02 00:00"),
        ("0 0 * * 7", "2025-01-01 00:00", "2025-01-05 00:00"),  # 7 is Sunday too
    ],
)
def test_next_after(expression: str, after: str, expected: str) -> None:
    assert CronSchedule.parse(expression).next_after(at(after)) == at(expected)


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("* * * *", "has 4 field(s)"),
        ("60 * * * *", "minute '60' is outside 0-59"),
        ("* 5-2 * * *", "hour '5-2' is outside 0-23"),
        ("*/0 * * * *", "step '0' must be at least 1"),
        ("* * * foo *", "month 'foo' is not a number"),
        ("0 0 31 2 *", "never fires"),
    ],
)
def test_mistakes(expression: str, message: str) -> None:
    with pytest.raises(CronError, match=message.replace("(", r"\(").replace(")", r"\)")):
        CronSchedule.parse(expression)
