"""The learned judgement of bare counts: features, the shipped weights, and where it overrules the rules."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from pipeline.claims import extract_claims
from pipeline.count_model import (
    DROP_BELOW,
    GATE_AT,
    KEEP_AT,
    CountModel,
    CountSeen,
    count_features,
    counts_seen,
    decide_count,
    judge_count,
    load_model,
    sentence_around,
)
from pipeline.metric_model import figure_vectors, rules_only

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


def test_a_count_the_rules_keep_is_dropped_when_the_model_is_sure(nlp: Language) -> None:
    """'Gemma 2 achieves ...': a model's version number the rules let through as a count. The final word waits for
    the parse, whose context vectors the model reads."""
    text = "Gemma 2 achieves a strong score on the test."
    start = text.index("2")
    check = judge_count(text, start, start + 1, 2.0, rule_keeps=True)
    assert isinstance(check, CountSeen) and check.vectors is None
    model = load_model()
    vectors = figure_vectors(nlp(text), start, start + 1)
    assert model is not None and model.probability(check.feats, vectors) < DROP_BELOW
    assert decide_count(check, nlp(text), start, start + 1) is False
    assert "2" not in _numeric(text, nlp)
    with rules_only():
        assert judge_count(text, start, start + 1, 2.0, rule_keeps=True) is True  # no model: decided at once


def test_an_unlikely_count_is_dropped_before_the_parse() -> None:
    """A count the rules drop and the model, with its vectors' mean, finds unlikely never costs a parse."""
    text = "There are two ways to look at it, said the analyst."
    start = text.index("two")
    model = load_model()
    assert model is not None and model.vector_weights is not None
    assert model.probability(count_features(text, start, start + 3, 2.0, False)) < GATE_AT
    assert judge_count(text, start, start + 3, 2.0, rule_keeps=False) is False


def test_counts_are_collected_with_the_rules_verdict_for_training(nlp: Language) -> None:
    with rules_only(), counts_seen() as seen:
        extract_claims(TASKS, nlp)
    assert [(c.sentence[c.start : c.end], c.value, c.rule_keeps) for c in seen] == [("six", 6.0, False)]
    assert seen[0].feats["rule=drop"] == 1.0


def test_counts_are_collected_with_their_context_vectors(nlp: Language) -> None:
    with rules_only(), counts_seen() as seen:
        extract_claims(TASKS, nlp)
    (count,) = seen
    assert count.vectors is not None and count.vectors.shape == (3 * nlp.get_pipe("tok2vec").model.get_dim("nO"),)
    again = figure_vectors(nlp(TASKS), TASKS.index("six"), TASKS.index("six") + 3)
    assert again is not None and (again == count.vectors).all()
    other = figure_vectors(nlp("Six engineers left the company."), 0, 3)
    assert other is not None and not (other == count.vectors).all()  # what "six" stands among changes its vectors


def test_a_count_after_a_context_is_still_judged_after_the_parse(nlp: Language) -> None:
    """The context is parsed before the text and shifts every offset; the pending judgement must survive the shift
    (a count that skipped it would be kept on the gate's word alone)."""
    text = "Two more data centers would bring the total investment up to about 500 million euros."
    with rules_only(), counts_seen() as seen:
        extract_claims(text, nlp, context="Microsoft expands in Spain.")
    assert [(c.sentence[c.start : c.end], c.vectors is not None) for c in seen] == [("Two", True)]
    with counts_seen() as seen:
        claims = extract_claims(text, nlp, context="Microsoft expands in Spain.")
    model = load_model()
    assert model is not None and len(seen) == 1
    kept = model.probability(seen[0].feats, seen[0].vectors) >= KEEP_AT
    assert ("Two" in [c.surface for c in claims if c.kind == "numeric"]) == kept


def test_a_model_with_vectors_round_trips_and_uses_their_mean_before_the_parse() -> None:
    model = CountModel(-1.0, {"N:tasks": 3.0}, [1.0, -1.0], [0.5, 0.0])
    again = CountModel.from_json(json.loads(model.to_json()))
    assert again.vector_weights == [1.0, -1.0] and again.vector_mean == [0.5, 0.0]
    assert again.score({"N:tasks": 1.0}) == pytest.approx(-1.0 + 3.0 + 0.5)  # the mean stands in
    assert again.score({"N:tasks": 1.0}, np.array([0.0, 2.0])) == pytest.approx(-1.0 + 3.0 - 2.0)
    assert again.score({"N:tasks": 1.0}, np.array([1.0, 1.0, 1.0])) == pytest.approx(2.5)  # another width: the mean
    with pytest.raises(ValueError, match="together"):
        CountModel(0.0, {}, [1.0], None)
    with pytest.raises(ValueError, match="one length"):
        CountModel(0.0, {}, [1.0], [0.0, 0.0])


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
