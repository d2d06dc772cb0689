"""Score parse_quantities on quantulum3's test sentences (../shared/data/quantities/).

Value F1: a predicted quantity matches a gold one when the values agree within 1%. Quantulum keeps
the written prefix ("4,000 km" is 4000 kilometre) while we normalise to base units (4e6 m), so a
value matches if it agrees with either the gold value as written or the gold value converted by the
unit table below. Quantulum gives a range as its midpoint ("3 to 4 L" is 3.5 litre), so for a range
we compare the midpoint of value and value_high.

Value+unit F1 also needs the unit to agree, through UNIT_EQUIVALENTS: quantulum unit name -> (our
unit, factor from quantulum's unit to ours). Quantulum's "dimensionless" matches our plain counts,
whose unit is "count" or the counted noun ("cars"), never a measurement unit. "tpd" is read as
metric tonnes per day.

Quantulum also marks years ("in 1979") and digits inside names ("Voyager 2", "English 101") as
quantities; our spec leaves those out on purpose, so they count against recall here.

    python bench/eval_quantities.py [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.models import Quantity
from pipeline.quantities import parse_quantities

DATA = ROOT.parent / "shared" / "data" / "quantities" / "quantulum3-quantities.json"

UNIT_EQUIVALENTS: dict[str, tuple[str, float]] = {
    "metre": ("m", 1.0), "kilometre": ("m", 1e3), "centimetre": ("m", 1e-2), "nanometre": ("m", 1e-9),
    "picometre": ("m", 1e-12), "attometre": ("m", 1e-18), "mile": ("m", 1609.344), "inch": ("m", 0.0254),
    "square kilometre": ("m2", 1e6), "square mile": ("m2", 2589988.11), "cubic kilometre": ("m3", 1e9),
    "litre": ("m3", 1e-3), "centilitre": ("m3", 1e-5), "cubic centimetre": ("m3", 1e-6),
    "gallon": ("m3", 3.785411784e-3), "cup": ("m3", 2.365882365e-4), "tablespoon": ("m3", 1.478676478e-5),
    "kilogram": ("kg", 1.0), "milligram": ("kg", 1e-6), "tonne": ("kg", 1e3), "pound-mass": ("kg", 0.45359237),
    "second": ("seconds", 1.0), "minute": ("seconds", 60.0), "hour": ("seconds", 3600.0),
    "day": ("seconds", 86400.0), "week": ("seconds", 604800.0), "month": ("seconds", 2629800.0),
    "year": ("seconds", 31557600.0),
    "electronvolt": ("eV", 1.0), "teraelectronvolt": ("eV", 1e12), "watt hour": ("Wh", 1.0),
    "megawatt hour": ("Wh", 1e6), "gigahertz": ("Hz", 1e9), "inverse second": ("Hz", 1.0),
    "megabyte": ("bytes", 1e6), "exabyte": ("bytes", 1e18), "kibibyte": ("bytes", 1024.0),
    "byte": ("bytes", 1.0), "bit": ("bits", 1.0), "milligray": ("Gy", 1e-3),
    "degree Celsius": ("°C", 1.0), "degree fahrenheit": ("°F", 1.0), "kelvin": ("K", 1.0),
    "kilometre per hour": ("m/s", 1 / 3.6),
    "percentage": ("percent", 1.0), "dollar": ("USD", 1.0), "euro": ("EUR", 1.0),
    "pound sterling": ("GBP", 1.0), "cent": ("USD", 0.01), "penny": ("USD", 0.01), "dime": ("USD", 0.1),
    "dollar per hour": ("USD/hour", 1.0), "dollar per kilogram": ("USD/kg", 1.0),
    "watt per minute": ("W/min", 1.0), "count per week": ("times/week", 1.0),
    "ton per day": ("kg/day", 1e3), "dozen": ("count", 12.0),
}
MEASUREMENT_UNITS = {unit for unit, _ in UNIT_EQUIVALENTS.values() if unit != "count"} | {
    "W", "FLOP", "FLOP/s", "tokens/s", "J", "m/s", "times", "percentage points", "CNY", "JPY", "INR",
}


def close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 0.01 * max(abs(a), abs(b))


def point(q: Quantity) -> float:
    return q.value if q.value_high is None else (q.value + q.value_high) / 2


def value_match(pred: Quantity, gold: dict[str, Any]) -> bool:
    value = point(pred)
    targets = [float(gold["value"])]
    if gold["unit"] in UNIT_EQUIVALENTS:
        targets.append(float(gold["value"]) * UNIT_EQUIVALENTS[gold["unit"]][1])
    return any(close(value, t) for t in targets)


def unit_match(pred: Quantity, gold: dict[str, Any]) -> bool:
    unit = gold["unit"]
    if unit == "dimensionless":
        return pred.unit not in MEASUREMENT_UNITS and close(point(pred), float(gold["value"]))
    if unit not in UNIT_EQUIVALENTS:
        return False
    ours, factor = UNIT_EQUIVALENTS[unit]
    return pred.unit == ours and close(point(pred), float(gold["value"]) * factor)


def count_matches(preds: list[Quantity], golds: list[dict[str, Any]], with_unit: bool) -> int:
    used: set[int] = set()
    hits = 0
    for gold in golds:
        for i, pred in enumerate(preds):
            if i in used:
                continue
            if (unit_match(pred, gold) if with_unit else value_match(pred, gold)):
                used.add(i)
                hits += 1
                break
    return hits


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="show sentences with errors")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    rows = json.loads(args.data.read_text(encoding="utf-8"))
    n_pred = n_gold = tp_value = tp_unit = 0
    for row in rows:
        preds = parse_quantities(row["req"])
        golds = row["res"]
        v = count_matches(preds, golds, with_unit=False)
        u = count_matches(preds, golds, with_unit=True)
        n_pred += len(preds)
        n_gold += len(golds)
        tp_value += v
        tp_unit += u
        if args.verbose and (u < len(golds) or u < len(preds)):
            print(row["req"])
            print("   gold:", [(g["value"], g["unit"], g["surface"]) for g in golds])
            print("   ours:", [(q.value, q.value_high, q.unit, q.surface) for q in preds])
    print(
        f"quantulum3 set: {len(rows)} sentences, {n_gold} gold / {n_pred} predicted quantities | "
        f"value F1 {f1(tp_value, n_pred, n_gold):.3f} | value+unit F1 {f1(tp_unit, n_pred, n_gold):.3f}"
    )


if __name__ == "__main__":
    main()
