"""Grouping syndicated articles and repeated claims with the real embedding model."""

import numpy as np

from pipeline.embeddings import embed
from pipeline.grouping import group_articles, group_claims

STORY = (
    "Qiantu Labs said on Monday that its Hanlin-3 model processes 140 trillion tokens every day "
    "across its cloud platform, up from 60 trillion a year earlier. The company also cut prices "
    "for developers to $0.28 per million input tokens, and said more than 2 million developers "
    "now build on the platform. Analysts said the numbers put the lab among the busiest in Asia."
)


def _article(i: int, title: str, text: str, published: str) -> dict:
    return {"id": i, "title": title, "text": text, "published": published, "fetched_at": published}


def test_copies_and_rewrites_form_one_story_with_the_earliest_as_origin() -> None:
    articles = [
        _article(2, "Hanlin-3 hits 140 trillion daily tokens", STORY + " This story first appeared on Token Wire.", "2026-03-03T10:00:00+00:00"),
        _article(1, "Hanlin-3 hits 140 trillion daily tokens", STORY, "2026-03-02T08:00:00+00:00"),
        _article(3, "Hanlin-3 hits 140 trillion daily tokens", STORY, "2026-03-04T08:00:00+00:00"),
        _article(4, "Qiantu's Hanlin-3 now handles 140 trillion tokens a day",
                 "Hanlin-3, the flagship model from Qiantu Labs, is now serving 140 trillion tokens each day, "
                 "the lab announced, more than double last year's 60 trillion. Input tokens now cost $0.28 per million.",
                 "2026-03-05T08:00:00+00:00"),
        _article(5, "Northwind raises $2 billion", "Northwind, a robotics start-up, raised $2 billion in a round led by "
                 "sovereign funds, valuing the company at $30 billion.", "2026-03-02T09:00:00+00:00"),
    ]
    vectors = embed([a["title"] + ". " + a["text"][:300] for a in articles])
    result = group_articles(articles, vectors)
    assert result.roles[1] == (1, "origin")
    assert result.roles[2] == (1, "copy")
    assert result.roles[3] == (1, "copy")
    assert result.roles[4] == (1, "rewrite")
    assert result.roles[5] == (5, "origin")
    story = next(g for g in result.groups if g["id"] == 1)
    assert (story["size"], story["copies"], story["rewrites"]) == (4, 2, 1)


def _claim(cid: str, article: int, group: int, source: str, value: float, sentence: str,
           published: str, subject: str | None = "ByteScale") -> dict:
    return {"id": cid, "article": article, "article_group": group, "source": source, "kind": "numeric",
            "sentence": sentence, "subject": subject, "metric": "tokens_processed", "value": value,
            "value_high": None, "unit": "tokens", "period": "day", "bound": "=", "published": published,
            "fetched_at": published}


def test_same_figure_groups_and_different_figures_conflict() -> None:
    claims = [
        _claim("a", 1, 1, "wire", 3e13, "ByteScale processes 30 trillion tokens per day.", "2026-01-02"),
        _claim("b", 2, 1, "ledger", 3e13, "ByteScale processes 30 trillion tokens per day.", "2026-01-03"),
        _claim("c", 3, 3, "daily", 3.0e13, "ByteScale's platform handles 30 trillion tokens daily.", "2026-01-01"),
        _claim("d", 4, 4, "street", 1.64e13, "ByteScale now handles 16.4 trillion tokens a day.", "2026-01-04"),
    ]
    vectors = embed([c["sentence"] for c in claims])
    result = group_claims(claims, vectors)
    assert result.membership["a"] == result.membership["b"] == result.membership["c"]
    assert result.membership["d"] != result.membership["a"]
    main = next(g for g in result.groups if g["id"] == result.membership["a"])
    assert main["appearances"] == 3
    assert main["independent_origins"] == 2  # a and b are one wire story
    assert main["first_claim"] == "c" and main["first_source"] == "daily"
    assert main["contested"] == 1
    assert len(result.conflicts) == 1
    assert {result.conflicts[0]["value_a"], result.conflicts[0]["value_b"]} == {3e13, 1.64e13}


def test_numeric_guard_beats_sentence_similarity() -> None:
    claims = [
        _claim("a", 1, 1, "x", 88.5, "Model scored 88.5% on MMLU.", "2026-01-01", subject=None),
        _claim("b", 2, 2, "y", 88.7, "Model scored 88.7% on MMLU.", "2026-01-02", subject=None),
        _claim("c", 3, 3, "z", 88.5, "The model scored 88.5 percent on MMLU.", "2026-01-03", subject=None),
    ]
    for c in claims:
        c.update(metric="benchmark_score", unit="percent", period=None)
    result = group_claims(claims, embed([c["sentence"] for c in claims]))
    assert result.membership["a"] != result.membership["b"]
    assert result.membership["a"] == result.membership["c"]


def test_group_ids_are_stable_across_runs() -> None:
    claims = [_claim("a", 1, 1, "wire", 3e13, "ByteScale processes 30 trillion tokens per day.", "2026-01-02")]
    first = group_claims(claims, embed([claims[0]["sentence"]])).membership["a"]
    more = claims + [_claim("z", 9, 9, "late", 3e13, "ByteScale: 30 trillion tokens per day.", "2026-02-01")]
    assert group_claims(more, embed([c["sentence"] for c in more])).membership["a"] == first


def test_empty_inputs() -> None:
    assert group_articles([], np.zeros((0, 384), dtype=np.float32)).groups == []
    assert group_claims([], np.zeros((0, 384), dtype=np.float32)).groups == []
