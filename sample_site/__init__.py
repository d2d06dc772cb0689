"""A bundled, fictional news site so the demo and the tests never touch the live web.

Everything here is SAMPLE DATA written for the claimwatch demo: the outlets, reporters, companies
and figures are invented. This module holds the content model (outlets, articles, the test
scenario); `sample_site.server` renders it as HTML and feeds and serves it on 127.0.0.1.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sample_site.server import SampleServer, render_article, serve

__all__ = [
    "ARTICLES_DIR",
    "OUTLETS",
    "OUTLET_DETAILS",
    "SCENARIO",
    "Outlet",
    "SampleArticle",
    "SampleServer",
    "SampleSiteError",
    "load_articles",
    "parse_article",
    "render_article",
    "serve",
]

ARTICLES_DIR = Path(__file__).parent / "articles"

SAMPLE_NOTICE = (
    "SAMPLE DATA written for the claimwatch demo. The outlets, reporters, companies and "
    "figures on this site are fictional."
)


@dataclass(frozen=True)
class Outlet:
    """How one fictional outlet presents itself; only the chrome differs between outlets."""

    slug: str
    name: str
    tagline: str
    domain: str
    accent: str
    sections: tuple[str, ...]


OUTLET_DETAILS: dict[str, Outlet] = {
    outlet.slug: outlet
    for outlet in (
        Outlet(
            "token-wire",
            "Token Wire",
            "The wire service for the AI economy",
            "tokenwire.example",
            "#b3261e",
            ("Wire", "Models", "Markets", "Chips"),
        ),
        Outlet(
            "silicon-ledger",
            "Silicon Ledger",
            "Money, markets and machine learning",
            "siliconledger.example",
            "#1b5e20",
            ("Deals", "Earnings", "Startups", "Opinion"),
        ),
        Outlet(
            "inference-daily",
            "The Inference Daily",
            "Models, benchmarks and the people who build them",
            "inferencedaily.example",
            "#283593",
            ("Models", "Benchmarks", "Research", "Tools"),
        ),
        Outlet(
            "compute-street",
            "Compute Street",
            "Chips, clusters and the power behind AI",
            "computestreet.example",
            "#e65100",
            ("Chips", "Data centers", "Energy", "Cloud"),
        ),
        Outlet(
            "model-watch-asia",
            "Model Watch Asia",
            "AI across Asia, from Beijing to Bengaluru",
            "modelwatchasia.example",
            "#00695c",
            ("China", "Japan", "Korea", "South Asia"),
        ),
    )
}

OUTLETS: dict[str, str] = {slug: outlet.name for slug, outlet in OUTLET_DETAILS.items()}

# What the tests (and a reader of the demo) can rely on finding; sample_site/README.md says the same.
SCENARIO: dict[str, Any] = {
    # A wire story, republished verbatim twice (same title and body, own URL, credit line).
    "original": "qiantu-hanlin-3-open-weights",
    "copies": ("qiantu-hanlin-3-open-weights-wire", "qiantu-hanlin-3-open-weights-tokenwire"),
    # The same facts and figures in different words, under a different headline.
    "rewrite": "hanlin-3-cheap-open-model",
    # Two unrelated articles that disagree on one figure: same subject, metric and period.
    "conflict": ("bytescale-ulanqab-accelerator-order", "lattice-assistant-monthly-users"),
    "conflict_subject": "ByteScale",
    "conflict_metric": "tokens processed per day",
    "conflict_period": "May 2025",
    "conflict_figures": {
        "bytescale-ulanqab-accelerator-order": "30 trillion tokens per day",
        "lattice-assistant-monthly-users": "16.4 trillion tokens a day",
    },
    "conflict_values": {
        "bytescale-ulanqab-accelerator-order": 30e12,
        "lattice-assistant-monthly-users": 16.4e12,
    },
    # Figures that the original and its rewrite both state, in the same form.
    "shared_figures": (
        "671 billion",
        "37 billion",
        "88.5%",
        "59.1%",
        "49.2%",
        "82.6%",
        "$0.28 per million input tokens",
        "$1.10 per million output tokens",
        "2,048",
        "$5.6 million",
    ),
    # Sentences carrying hedged, attributed and bounded figures, by article slug.
    "hedged": {
        "kestrel-systems-funding-talks": "is reportedly in talks to raise about $600 million",
        "halcyon-weekly-users": "could reach $11.6 billion in 2025",
        "china-daily-token-consumption": "Daily token use could reach 140 trillion",
    },
    "attributed": {
        "halden-api-token-volumes": "according to a report published on Wednesday by Halden Research",
        "lattice-assistant-monthly-users": "according to app tracker Quanta Insight",
    },
    "bounds": {
        "halcyon-weekly-users": "more than 400 million weekly active users",
        "bytescale-ulanqab-accelerator-order": "between $5 and $7 billion",
        "meridian-compute-ipo-filing": "between $20 billion and $23 billion",
    },
    # Linked from the home page but disallowed by robots.txt: a polite crawler never fetches it.
    "private_path": "/private/",
    "private_canary": "cw-private-canary-7f3a",
}

_REQUIRED_KEYS = ("slug", "outlet", "title", "author", "published")
_OPTIONAL_KEYS = ("modified", "original")


class SampleSiteError(ValueError):
    """An article file is malformed; the message names the file and what to fix."""


@dataclass(frozen=True)
class SampleArticle:
    """One article file: front matter plus a body of blank-line separated paragraphs."""

    slug: str
    outlet: str
    title: str
    authors: tuple[str, ...]
    published: datetime
    modified: datetime | None
    original: str | None
    body: str
    source: Path

    @property
    def outlet_name(self) -> str:
        return OUTLETS[self.outlet]

    @property
    def path(self) -> str:
        """Site-relative URL; year and month come from the outlet's own local publication date."""
        return f"/{self.outlet}/{self.published:%Y}/{self.published:%m}/{self.slug}.html"

    def url(self, base_url: str) -> str:
        return base_url.rstrip("/") + self.path

    @property
    def last_modified(self) -> datetime:
        return self.modified or self.published

    @property
    def blocks(self) -> list[tuple[str, str]]:
        """Body as ("h2" | "p", text) pairs; "## " marks a subheading, everything else is prose."""
        blocks = []
        for chunk in self.body.split("\n\n"):
            text = " ".join(line.strip() for line in chunk.strip().splitlines())
            if not text:
                continue
            if text.startswith("## "):
                blocks.append(("h2", text[3:].strip()))
            else:
                blocks.append(("p", text))
        return blocks

    @property
    def paragraphs(self) -> list[str]:
        return [text for kind, text in self.blocks if kind == "p"]

    @property
    def summary(self) -> str:
        """First paragraph cut to about 200 characters, for meta descriptions and feed items."""
        first = self.paragraphs[0] if self.paragraphs else ""
        if len(first) <= 200:
            return first
        return first[:200].rsplit(" ", 1)[0] + "…"

    @property
    def word_count(self) -> int:
        return sum(len(text.split()) for _, text in self.blocks)


def _parse_datetime(value: str, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise SampleSiteError(f"{where}: {value!r} is not an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        raise SampleSiteError(f"{where}: {value!r} has no timezone; add one such as +00:00")
    return moment


def _split_authors(value: str) -> tuple[str, ...]:
    names = value.replace(" and ", ",").split(",")
    return tuple(name.strip() for name in names if name.strip())


def parse_article(text: str, source: Path) -> SampleArticle:
    """Read one article file; front matter is `key: value` lines between two `---` lines."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise SampleSiteError(f"{source}: must start with a '---' front-matter line")
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    except StopIteration:
        raise SampleSiteError(f"{source}: front matter is not closed by a '---' line") from None
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep or key not in _REQUIRED_KEYS + _OPTIONAL_KEYS:
            allowed = ", ".join(_REQUIRED_KEYS + _OPTIONAL_KEYS)
            raise SampleSiteError(
                f"{source} line {number}: expected 'key: value' with key in {allowed}"
            )
        fields[key] = value.strip()
    missing = [key for key in _REQUIRED_KEYS if not fields.get(key)]
    if missing:
        raise SampleSiteError(f"{source}: front matter lacks {', '.join(missing)}")
    if fields["outlet"] not in OUTLETS:
        raise SampleSiteError(
            f"{source}: unknown outlet {fields['outlet']!r}; use one of {', '.join(OUTLETS)}"
        )
    modified = fields.get("modified")
    return SampleArticle(
        slug=fields["slug"],
        outlet=fields["outlet"],
        title=fields["title"],
        authors=_split_authors(fields["author"]),
        published=_parse_datetime(fields["published"], f"{source} published"),
        modified=_parse_datetime(modified, f"{source} modified") if modified else None,
        original=fields.get("original") or None,
        body="\n".join(lines[end + 1 :]).strip() + "\n",
        source=source,
    )


@functools.lru_cache(maxsize=8)
def _load_from(directory: Path) -> tuple[SampleArticle, ...]:
    articles = [
        parse_article(path.read_text(encoding="utf-8"), path)
        for path in sorted(directory.glob("*.md"))
    ]
    slugs = [article.slug for article in articles]
    duplicated = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if duplicated:
        raise SampleSiteError(f"{directory}: duplicate slugs {', '.join(duplicated)}")
    for article in articles:
        if article.original and article.original not in slugs:
            raise SampleSiteError(
                f"{article.source}: 'original: {article.original}' names no article in {directory}"
            )
    return tuple(sorted(articles, key=lambda article: (article.published, article.slug)))


def load_articles(directory: Path | None = None) -> list[SampleArticle]:
    """All sample articles, oldest first; files are read once per directory and cached."""
    return list(_load_from(Path(directory or ARTICLES_DIR).resolve()))


def __getattr__(name: str) -> Any:
    # Lazy re-export: importing the server here eagerly would make `python -m sample_site.server`
    # find its own module already imported and warn about it.
    if name in ("SampleServer", "render_article", "serve"):
        from sample_site import server

        return getattr(server, name)
    raise AttributeError(f"module 'sample_site' has no attribute {name!r}")
