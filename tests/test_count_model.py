"""The learned judgement of bare counts: features, the shipped weights, and where it overrules the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.claims import extract_claims
from pipeline.count_model import (
    DROP_BELOW,
    KEEP_AT,
    CountModel,
    count_features,
    counts_seen,
    keep_count,
    load_model,
    sentence_around,
)
from pipeline.metric_model import rules_only

TASKS = "The benchmark consists of six tasks that require long context."


def _numeric(text: str, nlp: Language) -> list[str]:
    return [c.surface for c in extract_claims(text, nlp) if c.kind == "numeric"]


def test_features_name_the_counted_word_the_size_and_the_rules_verdict() -> None:
    text = "Tessel has more than 1,000 robotaxis."
    start = text.index("1,000")
    feats = count_features(text, start, start + 5, 1000.0, rule_keeps=False)
    assert feats["N:robotaxis"] == 1.0 and feats["N:robotaxis|drop"] == 1.0
    assert feats["rule=drop"] == 1.0 and "rule=keep" not in feats
    assert feats["size=1e3"] == 1.0 and feats["comma"] == 1.0
    assert feats["L0:than"] == 1.0  # the metric model's window of words comes along
    words = count_features("six tasks", 0, 3, 6.0, rule_keeps=True)
    assert words["words"] == 1.0 and words["size=1e0"] == 1.0
    assert count_features("3 million tasks", 0, 9, 3e6, rule_keeps=True)["size=1e6"] == 1.0  # the value's size


def test_a_count_the_rules_drop_is_kept_when_annotators_claim_its_kind(nlp: Language) -> None:
    """'six tasks' in a benchmark's description: the rules drop small word counts, annotators claim them."""
    with rules_only():
        assert _numeric(TASKS, nlp) == []
    assert _numeric(TASKS, nlp) == ["six"]


def test_a_count_the_rules_keep_is_dropped_when_the_model_is_sure() -> None:
    """'Gemma 2 achieves ...': a model's version number the rules let through as a count."""
    text = "Gemma 2 achieves a strong score on the test."
    start = text.index("2")
    model = load_model()
    assert model is not None and model.probability(count_features(text, start, start + 1, 2.0, True)) < DROP_BELOW
    assert keep_count(text, start, start + 1, 2.0, rule_keeps=True) is False
    with rules_only():
        assert keep_count(text, start, start + 1, 2.0, rule_keeps=True) is True


def test_counts_are_collected_with_the_rules_verdict_for_training(nlp: Language) -> None:
    with rules_only(), counts_seen() as seen:
        extract_claims(TASKS, nlp)
    assert [(c.sentence[c.start : c.end], c.value, c.rule_keeps) for c in seen] == [("six", 6.0, False)]
    assert seen[0].feats["rule=drop"] == 1.0


def test_a_model_round_trips_through_json_and_a_damaged_file_leaves_the_rules(tmp_path: Path) -> None:
    model = CountModel(-1.0, {"N:tasks": 3.0})
    path = tmp_path / "count_model.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = CountModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    assert again.probability({"N:tasks": 1.0}) > KEEP_AT > again.probability({})
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_model.__wrapped__(broken) is None
    assert load_model.__wrapped__(tmp_path / "missing.json") is None


@pytest.mark.parametrize(("text", "figure"), [
    ("Daily active users jumped by over 110% from January 24 to 25.", "25"),  # a day
    ("Zephyr was trained on 15 trillion tokens, compared with 2 for its predecessor.", "2"),  # an elided scale
    ("Corvid AI Series · Part 26 of 30", "30"),  # one end of "N of M"
    ("The Corvid C300 costs $30,000, and Zephyr trained its model on 4,000 of them.", "4,000"),
    ("Tessel Wood, 35, junior lightweight contender", "35"),  # an age
    ("My photos are better than with the Zephyr 14 Pro and 14 Pro Max.", "14"),  # part of a name
    ("Corvo was knocked out in the Round of 16 by the finalist.", "16"),  # a rank
    ("He basically retired at age 40 after the loss.", "40"),
    ("A Music Box Theatre, 3733 N. Southport.", "3733"),  # an address
    ("116 Rhode Island Ave., NW", "116"),
])
def test_where_the_model_would_keep_a_count_the_guards_leave_the_rules_verdict(nlp: Language, text: str,
                                                                                figure: str) -> None:
    start = text.index(figure)
    value = float(figure.replace(",", ""))
    model = load_model()
    assert model is not None and model.probability(count_features(text, start, start + len(figure), value, False)) >= KEEP_AT
    assert figure not in _numeric(text, nlp)


def test_an_articles_other_sentences_do_not_sway_the_judgement(nlp: Language) -> None:
    """The rules hand over a whole article; the judgement reads the count's own sentence, as in training."""
    article = "Llama 3 70B is a large model. Tessel raised $2 billion last year.\n" + TASKS
    start = article.index("six")
    assert sentence_around(article, start, start + 3) == (article.index("The benchmark"), len(article))
    assert "six" in _numeric(article, nlp)
