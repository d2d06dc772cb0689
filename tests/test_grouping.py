"""Grouping syndicated articles and repeated claims with the real embedding model."""

import random

import numpy as np

from pipeline.embeddings import embed
from pipeline.grouping import (
    PARAPHRASE_COSINE,
    claim_bucket,
    group_articles,
    group_claims,
    norm_subject,
    subjects_match,
)
from pipeline.similarity import figure_key, states_something

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


def _groups_by_comparing_every_pair(claims: list[dict], vectors: np.ndarray) -> set[frozenset[str]]:
    """The rule of `group_claims` for figures, applied to every pair in the slowest way."""
    parent = {c["id"]: c["id"] for c in claims}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    def high(c: dict) -> float:
        return c["value_high"] if c["value_high"] is not None else c["value"]

    for i, a in enumerate(claims):
        for j, b in enumerate(claims[:i]):
            if claim_bucket(a) != claim_bucket(b):
                continue
            if (figure_key(a["value"]), figure_key(high(a))) != (figure_key(b["value"]), figure_key(high(b))):
                continue
            sa, sb = norm_subject(a["subject"]), norm_subject(b["subject"])
            same_text = sa == sb and a["value"] == b["value"] and a["value_high"] == b["value_high"] \
                and a["sentence"] == b["sentence"]
            if sa and sb:
                linked = subjects_match(sa, sb)
            else:
                linked = states_something(a["sentence"]) and states_something(b["sentence"]) \
                    and float(vectors[i] @ vectors[j]) >= PARAPHRASE_COSINE
            if linked or same_text:
                parent[find(a["id"])] = find(b["id"])
    groups: dict[str, set[str]] = {}
    for c in claims:
        groups.setdefault(find(c["id"]), set()).add(c["id"])
    return {frozenset(g) for g in groups.values()}


def test_indexed_figure_linking_gives_the_groups_of_comparing_every_pair() -> None:
    rng = random.Random(5)
    subjects = ["OpenAI", "openai inc", "Open-AI", "OpenAI Inc.", "Anthropic", "anthropic pbc", "Mistral AI",
                "AI", None, None, ""]
    sentences = ["It raised money.", "The round closed.", "...", "", "Funding was announced."]
    base = {s: np.random.default_rng(len(s)).standard_normal(8) for s in sentences}
    claims, rows = [], []
    for n in range(400):
        sentence = rng.choice(sentences)
        value = rng.choice([1e9, 1.0000000001e9, 2e9, 3.5e6])
        claims.append({"id": f"c{n:03d}", "article": n, "article_group": None, "source": "s", "kind": "numeric",
                       "sentence": sentence, "subject": rng.choice(subjects), "metric": rng.choice(["funding", "revenue"]),
                       "value": value, "value_high": rng.choice([None, None, value * 2]), "unit": "USD",
                       "period": None, "bound": "=", "published": "2026-01-01", "fetched_at": "2026-01-01"})
        v = base[sentence] + 0.3 * np.random.default_rng(n).standard_normal(8)
        rows.append(v / np.linalg.norm(v))
    vectors = np.vstack(rows).astype(np.float32)
    grouping = group_claims(claims, vectors)
    found: dict[int, set[str]] = {}
    for claim, group in grouping.membership.items():
        found.setdefault(group, set()).add(claim)
    expected = _groups_by_comparing_every_pair(claims, vectors)
    assert {frozenset(g) for g in found.values()} == expected
    assert len(expected) < len(claims) / 2  # the data links plenty, by subject and by sentence
