"""Five-field cron expressions (minute hour day-of-month month day-of-week), evaluated in UTC.

Written here rather than taken from a package because the scheduler needs only two things,
"is this expression valid?" and "when does it next fire?", and both fit in a page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MACROS = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
_MONTHS = {
    name: n
    for n, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_DAYS = {name: n for n, name in enumerate(["sun", "mon", "tue", "wed", "thu", "fri", "sat"])}
# (name, lowest, highest, names) for each field, in order.
_FIELDS: tuple[tuple[str, int, int, dict[str, int]], ...] = (
    ("minute", 0, 59, {}),
    ("hour", 0, 23, {}),
    ("day of month", 1, 31, {}),
    ("month", 1, 12, _MONTHS),
    ("day of week", 0, 7, _DAYS),
)
# Long enough to meet every 29 February; an expression that never fires within it never will.
_HORIZON = dt.timedelta(days=366 * 5)


class CronError(ValueError):
    """A cron expression that cannot be read; the message says which field and why."""


@dataclass(frozen=True)
class CronSchedule:
    expression: str
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Sunday
    any_day: bool  # day of month is "*"
    any_weekday: bool  # day of week is "*"

    @classmethod
    def parse(cls, expression: str) -> CronSchedule:
        text = MACROS.get(expression.strip().lower(), expression)
        fields = text.split()
        if len(fields) != 5:
            raise CronError(
                f"{expression!r} has {len(fields)} field(s); cron needs 5: minute hour day month weekday"
            )
        values = [_parse_field(f, *spec) for f, spec in zip(fields, _FIELDS)]
        weekdays = frozenset(d % 7 for d in values[4])
        schedule = cls(
            expression,
            values[0],
            values[1],
            values[2],
            values[3],
            weekdays,
            any_day=fields[2] == "*",
            any_weekday=fields[4] == "*",
        )
        if schedule.next_after(dt.datetime(2000, 1, 1, tzinfo=dt.UTC)) is None:
            raise CronError(f"{expression!r} never fires (no such date)")
        return schedule

    def matches_day(self, day: dt.date) -> bool:
        """Cron's rule: when both day fields are restricted, either one matching is enough."""
        in_month = day.day in self.days
        in_week = (day.isoweekday() % 7) in self.weekdays
        if self.any_day and self.any_weekday:
            return True
        if self.any_day:
            return in_week
        if self.any_weekday:
            return in_month
        return in_month or in_week

    def next_after(self, moment: dt.datetime) -> dt.datetime | None:
        """The first time strictly after `moment` (aware, any zone) when the schedule fires, in UTC."""
        moment = moment.astimezone(dt.UTC)
        candidate = moment.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
        limit = candidate + _HORIZON
        while candidate < limit:
            if candidate.month not in self.months:
                year, month = divmod(candidate.month, 12)
                candidate = candidate.replace(
                    year=candidate.year + year, month=month + 1, day=1, hour=0, minute=0
                )
            elif not self.matches_day(candidate.date()):
                candidate = (candidate + dt.timedelta(days=1)).replace(hour=0, minute=0)
            elif candidate.hour not in self.hours:
                candidate = (candidate + dt.timedelta(hours=1)).replace(minute=0)
            elif candidate.minute not in self.minutes:
                candidate += dt.timedelta(minutes=1)
            else:
                return candidate
        return None


def _parse_field(
    text: str, name: str, low: int, high: int, names: dict[str, int]
) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        span, _, step_text = part.partition("/")
        step = _number(step_text, name, names) if step_text else 1
        if step < 1:
            raise CronError(f"{name} step {step_text!r} must be at least 1")
        if span == "*":
            start, end = low, high
        elif "-" in span:
            first, _, last = span.partition("-")
            start, end = _number(first, name, names), _number(last, name, names)
        else:
            start = _number(span, name, names)
            end = high if step_text else start
        if not (low <= start <= high and low <= end <= high) or start > end:
            raise CronError(f"{name} {part!r} is outside {low}-{high}")
        values.update(range(start, end + 1, step))
    return frozenset(values)


def _number(text: str, name: str, names: dict[str, int]) -> int:
    key = text.strip().lower()
    if key in names:
        return names[key]
    if not key.isdigit():
        raise CronError(f"{name} {text!r} is not a number")
    return int(key)
