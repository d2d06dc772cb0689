"""Claims checked against a reference table of AI models (Epoch AI's "Notable AI Models" by default).

Pure functions: read a CSV into `ReferenceModel`s, index them by name, and check a claim's
parameters, training compute or release date against the model it names. A claim agrees when it
is within the tolerance of the reference figure: 10% for parameters, a factor of 2 for training
compute (published estimates differ that much), and the same month for a release date.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.entities import alias_key, canonical_entity, entity_id

PARAMETER_TOLERANCE = 0.10  # relative difference
COMPUTE_FACTOR = 2.0  # claimed / reference within [1/2, 2]
DATE_TOLERANCE_DAYS = 31

# Column names of the reference CSV, first match wins (case and spacing do not matter).
COLUMNS = {
    "name": ("model", "name", "model name", "system"),
    "organization": ("organization", "organisation", "org", "developer"),
    "published": ("publication date", "release date", "date", "published", "released"),
    "parameters": ("parameters", "params", "parameter count"),
    "training_compute": ("training compute (flop)", "training compute", "training_compute", "compute (flop)"),
    "link": ("link", "url", "source"),
}


class ReferenceError(ValueError):
    """A reference file that cannot be read; the message says what is missing."""


@dataclass(frozen=True)
class ReferenceModel:
    """One row of a reference table."""

    name: str
    organization: str | None = None
    published: str | None = None  # ISO date, as precise as the table gives it
    parameters: float | None = None
    training_compute: float | None = None
    link: str | None = None
    source: str = "Epoch AI"

    @property
    def id(self) -> str:
        return f"{entity_id(self.source)}:{entity_id(self.name)}"

    @classmethod
    def from_record(cls, row: Mapping[str, Any]) -> ReferenceModel:
        """A model back from its `reference_models` row."""
        return cls(
            name=row["name"], organization=row.get("organization"), published=row.get("published"),
            parameters=row.get("parameters"), training_compute=row.get("training_compute"), link=row.get("link"),
            source=row.get("source") or "Epoch AI",
        )

    def record(self) -> dict[str, Any]:
        """The `reference_models` row."""
        return {
            "id": self.id, "source": self.source, "name": self.name,
            "entity": entity_id(canonical_entity(self.name) or self.name),
            "organization": self.organization, "published": self.published, "parameters": self.parameters,
            "training_compute": self.training_compute, "link": self.link,
        }


@dataclass(frozen=True)
class Check:
    """A claim compared with the reference: `field` is parameters, training_compute or release_date."""

    claim: str
    field: str
    reference: ReferenceModel
    claimed_value: float | None
    reference_value: float | None
    claimed_date: str | None
    reference_date: str | None
    difference: float  # relative difference for figures, days for dates
    agrees: bool
    tolerance: str

    def record(self) -> dict[str, Any]:
        """The `claim_reference_checks` row."""
        return {
            "claim": self.claim, "field": self.field, "reference": self.reference.id,
            "claimed_value": self.claimed_value, "reference_value": self.reference_value,
            "claimed_date": self.claimed_date, "reference_date": self.reference_date,
            "difference": round(self.difference, 6), "agrees": int(self.agrees), "tolerance": self.tolerance,
            "source": self.reference.source,
        }


# --------------------------------------------------------------------------------------------
# Reading a reference table
# --------------------------------------------------------------------------------------------


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value > 0 else None


def _iso_date(text: str | None) -> str | None:
    """'2023-07-18' stays; '2023-07' and '2023' are kept as precise as given; anything else is None."""
    text = (text or "").strip()
    m = re.match(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if not m:
        return None
    parts = [m.group(1)] + [f"{int(p):02d}" for p in m.groups()[1:] if p]
    return "-".join(parts)


def read_reference_csv(source: str | Path | io.TextIOBase, name: str = "Epoch AI") -> list[ReferenceModel]:
    """Models from a CSV with at least a model column and one of parameters, training compute or date.

    `source` is a path or an open text stream; `name` is recorded as the reference's source.
    """
    if isinstance(source, (str, Path)):
        with Path(source).open(newline="", encoding="utf-8-sig") as f:
            return read_reference_csv(f, name)  # type: ignore[arg-type]
    reader = csv.DictReader(source)  # type: ignore[arg-type]
    header = {(h or "").strip().lower(): h for h in reader.fieldnames or []}
    columns: dict[str, str] = {}
    for key, options in COLUMNS.items():
        for option in options:
            if option in header:
                columns[key] = header[option]
                break
    if "name" not in columns:
        raise ReferenceError(f"no model column (one of: {', '.join(COLUMNS['name'])}) in the CSV header")
    if not {"parameters", "training_compute", "published"} & set(columns):
        raise ReferenceError("the CSV has no parameters, training compute or publication date column")
    models: list[ReferenceModel] = []
    for row in reader:
        model = " ".join((row.get(columns["name"]) or "").split())
        if not model:
            continue
        models.append(
            ReferenceModel(
                name=model,
                organization=" ".join((row.get(columns.get("organization", "")) or "").split()) or None,
                published=_iso_date(row.get(columns.get("published", ""))),
                parameters=_number(row.get(columns.get("parameters", ""))),
                training_compute=_number(row.get(columns.get("training_compute", ""))),
                link=(row.get(columns.get("link", "")) or "").strip() or None,
                source=name,
            )
        )
    return models


# --------------------------------------------------------------------------------------------
# Finding the reference model a claim names
# --------------------------------------------------------------------------------------------

_SIZE_SUFFIX = re.compile(r"^(?P<family>.+?)[\s-]+(?P<size>\d+(?:\.\d+)?\s?[BMKT])\b", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^()]*\)")


@dataclass
class ReferenceIndex:
    """Reference models by spelling-insensitive name, and by family ('Llama 2' for 'Llama 2-70B')."""

    by_name: dict[str, list[ReferenceModel]]
    by_family: dict[str, list[ReferenceModel]]

    @classmethod
    def build(cls, models: Iterable[ReferenceModel]) -> ReferenceIndex:
        by_name: dict[str, list[ReferenceModel]] = {}
        by_family: dict[str, list[ReferenceModel]] = {}
        for model in models:
            plain = _PAREN.sub("", model.name).strip()
            for spelling in {model.name, plain, canonical_entity(plain) or plain}:
                by_name.setdefault(alias_key(spelling), []).append(model)
            m = _SIZE_SUFFIX.match(plain)
            if m:
                by_family.setdefault(alias_key(m.group("family")), []).append(model)
        return cls(by_name, by_family)

    def candidates(self, subject: str | None) -> tuple[list[ReferenceModel], bool]:
        """Models a subject may name, and whether the name was exact (else every size of its family)."""
        if not subject:
            return [], False
        keys = [alias_key(subject)]
        canonical = canonical_entity(subject)
        if canonical:
            keys.append(alias_key(canonical))
        for key in keys:
            if key in self.by_name:
                return list(dict.fromkeys(self.by_name[key])), True
        for key in keys:
            if key in self.by_family:
                return list(dict.fromkeys(self.by_family[key])), False
        return [], False


# --------------------------------------------------------------------------------------------
# Checking claims
# --------------------------------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, names in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
        ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
        ("november", "nov"), ("december", "dec"),
    ])
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_RELEASE_RE = re.compile(
    r"\b(?:released|launched|unveiled|introduced|announced|debuted|published|open-sourced|rolled out|"
    r"made available|came out|shipped)\b(?P<gap>[^.;]{0,60}?)\b(?:in|on|since)\s+"
    r"(?:(?P<month>" + _MONTH_RE + r")\.?\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+)?)?(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?:released|launched|unveiled|introduced|announced|debuted|published)\b[^.;]{0,60}?\b"
    r"(?P<iso>(?:19|20)\d\d-\d\d(?:-\d\d)?)\b",
    re.IGNORECASE,
)


def claimed_release_date(sentence: str) -> str | None:
    """The release date a sentence gives: 'released in July 2023' -> '2023-07'; None when it gives none."""
    m = _RELEASE_RE.search(sentence or "")
    if not m:
        return None
    if m.group("iso"):
        return m.group("iso")
    year = m.group("year")
    month = _MONTHS.get((m.group("month") or "").lower().rstrip("."))
    if month is None:
        return year
    day = m.group("day")
    return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")


def _date_parts(text: str) -> tuple[int, int | None, int | None]:
    parts = [int(p) for p in text.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None


def _compare_dates(claimed: str, reference: str) -> tuple[bool, float]:
    """Agreement at the precision both dates have, and the gap in days (periods start on their first day)."""
    cy, cm, cd = _date_parts(claimed)
    ry, rm, rd = _date_parts(reference)
    gap = float(abs((date(cy, cm or 1, cd or 1) - date(ry, rm or 1, rd or 1)).days))
    if cm is None or rm is None:
        return cy == ry, gap
    if cd is None or rd is None:
        return (cy, cm) == (ry, rm), gap
    return gap <= DATE_TOLERANCE_DAYS, gap


def _figure_check(claim_id: str, field: str, value: float, models: list[ReferenceModel], exact: bool) -> Check | None:
    """The closest reference figure among the candidates, and whether the claim is within tolerance.

    A family name ('Llama 2') is only checked when one of its sizes agrees: the table may lack the
    size the claim is about, and a wrong 'disagrees' is worse than no check.
    """
    known = [(m, getattr(m, field)) for m in models if getattr(m, field)]
    if not known:
        return None
    model, reference = min(known, key=lambda pair: abs(math.log(value / pair[1])))
    ratio = value / reference
    if field == "training_compute":
        agrees = 1 / COMPUTE_FACTOR <= ratio <= COMPUTE_FACTOR
        tolerance = f"within a factor of {COMPUTE_FACTOR:g}"
    else:
        agrees = abs(ratio - 1) <= PARAMETER_TOLERANCE
        tolerance = f"within {PARAMETER_TOLERANCE:.0%}"
    if not exact and not agrees:
        return None
    return Check(claim_id, field, model, value, reference, None, None, ratio - 1, agrees, tolerance)


def check_claim(claim: Mapping[str, Any], index: ReferenceIndex) -> list[Check]:
    """Checks for one claim (a `claims` row or `claim_to_record` dict with an `id`): none when the
    subject is not a reference model or the claim states none of the checked facts."""
    models, exact = index.candidates(claim.get("subject"))
    if not models:
        return []
    claim_id = str(claim.get("id"))
    checks: list[Check] = []
    metric, value = claim.get("metric"), claim.get("value")
    if isinstance(value, (int, float)) and value > 0 and claim.get("kind", "numeric") == "numeric":
        field = {"parameters": "parameters", "training_compute": "training_compute"}.get(str(metric))
        if field and (metric != "parameters" or claim.get("unit") == "parameters"):
            check = _figure_check(claim_id, field, float(value), models, exact)
            if check is not None:
                checks.append(check)
    claimed = claimed_release_date(str(claim.get("sentence") or ""))
    dated = [m for m in models if m.published]
    if claimed and dated:
        best = min(dated, key=lambda m: _compare_dates(claimed, m.published or "")[1])
        agrees, gap = _compare_dates(claimed, best.published or "")
        precision = {1: "same year", 2: "same month"}.get(claimed.count("-") + 1, f"within {DATE_TOLERANCE_DAYS} days")
        checks.append(Check(claim_id, "release_date", best, None, None, claimed, best.published, gap, agrees,
                            precision))
    return checks


def check_claims(claims: Iterable[Mapping[str, Any]], models: Iterable[ReferenceModel]) -> list[Check]:
    """Checks for many claims against one reference table."""
    index = ReferenceIndex.build(models)
    return [check for claim in claims for check in check_claim(claim, index)]
