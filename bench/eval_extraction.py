"""Score `extract_article` against trafilatura alone on the shared dev sets.

    .venv/bin/python bench/eval_extraction.py [--data ../shared/data] [--worst 10] [--misses]

Body text is scored as the Zyte article-extraction-benchmark scores it: `\\w+` tokens (case
kept), shingles of 4 consecutive tokens, per-page true/false positives and negatives
normalised to sum to one, precision and recall averaged over pages, F1 of the two means.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura
from trafilatura.settings import Document

from pipeline.article import EXTRACTOR_VERSION, extract_article

_TOKEN = re.compile(r"\w+")


def shingle_counts(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) over shingles of n tokens, as the Zyte benchmark counts them."""
    gold, got = _shingles(true, n), _shingles(pred, n)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def body_scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(precision, recall, F1): means over pages with a prediction / with gold text."""
    precision = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --------------------------------------------------------------------------- systems


@dataclass
class Output:
    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None


def run_ours(html: bytes, url: str | None) -> Output:
    article = extract_article(html, url)
    return Output(article.text, article.title, article.authors, article.published)


def run_trafilatura(html: bytes, url: str | None) -> Output:
    """trafilatura alone: `extract` for the body, `extract_metadata` for the rest."""
    text = trafilatura.extract(html, url=url) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    authors = [a.strip() for a in (meta.author or "").split(";") if a.strip()]
    return Output(text, meta.title, authors, meta.date)


def run_trafilatura_single(html: bytes, url: str | None) -> Output:
    """trafilatura's single pass with metadata (one parse); timed as the stricter baseline."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if not isinstance(doc, Document):
        return Output()
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Output(doc.text or "", doc.title, authors, doc.date)


SYSTEMS: dict[str, Callable[[bytes, str | None], Output]] = {
    "ours": run_ours,
    "trafilatura": run_trafilatura,
}


# --------------------------------------------------------------------------- data


def load_set(folder: Path, gold_file: str) -> list[tuple[str, bytes, dict[str, Any]]]:
    gold = json.loads((folder / gold_file).read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(gold):
        path = folder / "html" / f"{page_id}.html.gz"
        if path.exists():
            pages.append((page_id, gzip.decompress(path.read_bytes()), gold[page_id]))
    return pages


def _ws(text: str | None) -> str:
    return " ".join((text or "").split())


def _author_set(names: list[str]) -> set[str]:
    return {_ws(n).lower() for n in names if _ws(n)}


def run_interleaved(
    pages: list[tuple[str, bytes, dict[str, Any]]],
    systems: dict[str, Callable[[bytes, str | None], Output]],
) -> tuple[dict[str, list[Output]], dict[str, float]]:
    """Run every system on each page in turn, so load changes on a shared machine hit all alike."""
    outputs: dict[str, list[Output]] = {name: [] for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    for _, html, gold in pages:
        for name, run in systems.items():
            started = time.perf_counter()
            outputs[name].append(run(html, gold.get("url")))
            seconds[name] += time.perf_counter() - started
    return outputs, seconds


def score_outputs(
    pages: list[tuple[str, bytes, dict[str, Any]]], outputs: list[Output]
) -> tuple[dict[str, float], list[tuple[str, float]], list[str]]:
    """Scores, per-page body F1, and one line per date or author list that missed."""
    counts, per_page, misses = [], [], []
    titles = dates = authors = 0
    n_dates = n_authors = 0
    for (page_id, html, gold), out in zip(pages, outputs, strict=True):
        c = shingle_counts(gold.get("articleBody", ""), out.text)
        counts.append(c)
        p, r = _precision(*c), _recall(*c)
        per_page.append((page_id, 2 * p * r / (p + r) if p + r else 0.0))
        if "title" in gold:
            titles += _ws(out.title) == _ws(gold["title"])
        if gold.get("date"):
            n_dates += 1
            hit = (out.published or "")[:10] == gold["date"][:10]
            dates += hit
            if not hit:
                where = "" if date_on_page(html, gold["date"][:10]) else " (gold date not on page)"
                misses.append(
                    f"date    {page_id[:16]} gold {gold['date']} ours {out.published}{where}"
                )
        if gold.get("authors"):
            n_authors += 1
            gold_names = [a for a in re.split(r"\s*,\s*", gold["authors"]) if a.strip()]
            hit = _author_set(out.authors) == _author_set(gold_names)
            authors += hit
            if not hit:
                misses.append(f"authors {page_id[:16]} gold {gold_names} ours {out.authors}")
    precision, recall, f1 = body_scores(counts)
    result = {"precision": precision, "recall": recall, "f1": f1}
    if pages and "title" in pages[0][2]:
        result["title"] = titles / len(pages)
        result["date"] = dates / n_dates if n_dates else 0.0
        result["authors"] = authors / n_authors if n_authors else 0.0
        reachable = sum(
            1
            for _, html, gold in pages
            if gold.get("date") and date_on_page(html, gold["date"][:10])
        )
        result["date_ceiling"] = reachable / n_dates if n_dates else 0.0
    return result, per_page, misses


_MONTH_NAMES = (
    "January February March April May June July August September October November December"
)


def date_on_page(html: bytes, day: str) -> bool:
    """True when the day is written anywhere in the page (ISO, "Dec 5, 2023", "5 December
    2023", "12/5/2023", "2023/12/05", "231205"), so an extractor could find it at all."""
    year, month, dom = (int(part) for part in day.split("-"))
    name = _MONTH_NAMES.split()[month - 1]
    text = html.decode("utf-8", "replace")
    patterns = [
        day,
        rf"{name[:3]}\w*\.?\s+{dom}(?:st|nd|rd|th)?,?\s+{year}",
        rf"\b{dom}(?:st|nd|rd|th)?\s+{name[:3]}\w*\.?,?\s+{year}",
        rf"\b{month}/{dom}/{year}",
        f"{year}/{month:02d}/{dom:02d}",
        f"{year % 100:02d}{month:02d}{dom:02d}",
    ]
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages (ours)")
    parser.add_argument("--only-ours", action="store_true", help="skip the baseline (faster)")
    parser.add_argument(
        "--misses", action="store_true", help="list the dates and author lists we got wrong"
    )
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # trafilatura logs every page it discards

    sets = {
        "extraction": load_set(args.data / "extraction", "ground-truth.json"),
        "articles": load_set(args.data / "articles", "articles.json"),
    }
    systems = {"ours": run_ours} if args.only_ours else SYSTEMS
    timed = dict(systems) if args.only_ours else {**systems, "single": run_trafilatura_single}
    # Warm up every system (imports, language model, htmldate's parsers) before timing.
    for run in timed.values():
        for pages in sets.values():
            for _, html, gold in pages[:5]:
                run(html, gold.get("url"))

    print(f"extractor version {EXTRACTOR_VERSION}; trafilatura {trafilatura.__version__}")
    times = dict.fromkeys(timed, 0.0)
    for set_name, pages in sets.items():
        outputs, seconds = run_interleaved(pages, timed)
        print(f"\n{set_name}/ ({len(pages)} pages)")
        header = f"  {'system':<14}{'body P':>8}{'body R':>8}{'body F1':>9}"
        if set_name == "articles":
            header += f"{'title':>8}{'date':>8}{'authors':>9}"
        print(header + f"{'pages/s':>9}")
        for name in systems:
            times[name] += seconds[name]
            result, per_page, misses = score_outputs(pages, outputs[name])
            line = (
                f"  {name:<14}{result['precision']:>8.3f}{result['recall']:>8.3f}"
                f"{result['f1']:>9.3f}"
            )
            if set_name == "articles":
                line += f"{result['title']:>8.1%}{result['date']:>8.1%}{result['authors']:>9.1%}"
            print(line + f"{len(pages) / seconds[name]:>9.1f}")
            if name == "ours" and args.worst:
                for page_id, f1 in sorted(per_page, key=lambda x: x[1])[: args.worst]:
                    print(f"      worst: {page_id[:16]} F1 {f1:.3f}")
            if name == "ours" and args.misses:
                for line in misses:
                    print(f"      miss: {line}")
        if set_name == "articles":
            print(
                f"  gold dates written somewhere on their page: {result['date_ceiling']:.1%} "
                "(the most any extractor can match)"
            )
        if "single" in seconds:
            times["single"] += seconds["single"]

    if not args.only_ours:
        print(
            f"\nspeed over {sum(len(p) for p in sets.values())} pages (systems interleaved "
            f"page by page): ours {times['ours']:.1f}s, trafilatura extract+extract_metadata "
            f"{times['trafilatura']:.1f}s, trafilatura bare_extraction(with_metadata) "
            f"{times['single']:.1f}s"
        )
        print(
            f"  ours / trafilatura: {times['ours'] / times['trafilatura']:.2f}x "
            f"(vs single pass {times['ours'] / times['single']:.2f}x; target <= 1.30x)"
        )


if __name__ == "__main__":
    main()
