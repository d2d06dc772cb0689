"""When two stated figures are the same figure: rounding, bounds and ranges, as a reader means them."""

from __future__ import annotations

import math

APPROXIMATE_SLACK = 0.10  # "about 140 trillion" admits 126..154 trillion


def significant_digits(value: float) -> int:
    """Digits a writer committed to: 140e12 -> 2, 88.5 -> 3, 671e9 -> 3."""
    if value == 0 or not math.isfinite(value):
        return 1
    mantissa = f"{abs(value):.12e}".split("e")[0].replace(".", "").rstrip("0")
    return max(1, min(len(mantissa), 12))


def round_to(value: float, digits: int) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def same_figure(a: float, b: float) -> bool:
    """True when a and b agree at the precision of the less precise one (140T == 1.4e14, 88.5 != 88.7)."""
    if a == b:
        return True
    if a == 0 or b == 0 or (a > 0) != (b > 0):
        return False
    digits = min(significant_digits(a), significant_digits(b))
    return round_to(a, digits) == round_to(b, digits)


def interval(value: float, value_high: float | None, bound: str | None) -> tuple[float, float]:
    """The set of true values a claim admits, for deciding whether two claims contradict."""
    high = value_high if value_high is not None else value
    low = min(value, high)
    high = max(value, high)
    if bound in (">", ">="):
        return low, math.inf
    if bound in ("<", "<="):
        return -math.inf, high
    if bound == "~":
        return low * (1 - APPROXIMATE_SLACK), high * (1 + APPROXIMATE_SLACK)
    # rounding slack: half a unit in the last stated digit
    digits = significant_digits(low)
    step = 10 ** (math.floor(math.log10(abs(low))) - digits + 1) / 2 if low else 0
    return low - step, high + step


def contradicts(
    a: tuple[float, float | None, str | None], b: tuple[float, float | None, str | None]
) -> bool:
    """Two claims contradict when no single true value could make both of them right."""
    lo_a, hi_a = interval(*a)
    lo_b, hi_b = interval(*b)
    return hi_a < lo_b or hi_b < lo_a
