"""The records that flow through the pipeline: plain dataclasses, no database."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    """One page read as an article; `error` is set instead of text when the page cannot be read."""

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    text: str = ""
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Quantity:
    """A number found in text, normalised to base units (140 trillion -> 1.4e14)."""

    value: float
    value_high: float | None
    unit: str
    surface: str
    start: int
    end: int
    bound: str = "="

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Claim:
    """A statement worth checking: a figure about a subject, or a qualitative comparison.

    Offsets (`start`, `end`) are character offsets of the figure in the text passed to the
    extractor; `sentence` is the sentence that carries it.
    """

    subject: str | None
    metric: str
    value: float | None
    value_high: float | None
    unit: str | None
    period: str | None
    benchmark: str | None
    bound: str
    surface: str
    start: int
    end: int
    attribution: str | None
    hedged: bool
    sentence: str = ""
    kind: str = "numeric"  # "numeric" or "qualitative"
    comparison: str | None = None  # for qualitative claims: "surpasses", "the largest", ...

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
