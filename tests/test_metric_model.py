"""The learned metric for figures without a cue word: features, the shipped weights, and where it speaks."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from pipeline.claims import CLAIM_METRICS, extract_claims_batch
from pipeline.metric_model import MetricModel, features, guess_metric, load_model, rules_only

METRICS = CLAIM_METRICS


def test_features_are_the_words_around_the_figure() -> None:
    text = "Acme said 4 million developers have built apps with it."
    start = text.index("4 million")
    feats = features(text, start, start + len("4 million"), "count")
    assert feats["unit=count"] == 1.0
    assert feats["L0:said"] == 1.0 and feats["L1:acme"] == 1.0  # nearest words by position
    assert feats["R0:developers"] == 1.0 and feats["R1:have"] == 1.0
    assert feats["R:apps"] == 1.0
    assert feats["Q:million"] == 1.0
    assert feats["S:it"] == pytest.approx(0.3)  # every word of the sentence, lightly
    assert not any(k.endswith(":4") for k in feats)  # digits are not words


def test_the_shipped_model_speaks_the_metric_vocabulary() -> None:
    model = load_model()
    assert model is not None
    assert set(model.classes) <= METRICS and "other" in model.classes
    assert all(m in model.classes for weights in model.weights.values() for m in weights)
    probs = model.probabilities(features("It reached $3 billion.", 11, 22, "USD"))
    assert math.isclose(sum(probs.values()), 1.0, rel_tol=1e-9)
    assert all(0.0 <= p <= 1.0 for p in probs.values())


def test_a_model_round_trips_through_json() -> None:
    model = MetricModel(["other", "users"], {"other": 0.5, "users": -0.5}, {"R0:developers": {"users": 2.0}})
    again = MetricModel.from_json(json.loads(json.dumps(model.to_json())))
    feats = {"R0:developers": 1.0, "unit=count": 1.0}
    assert again.predict(feats)[0] == "users"
    assert again.predict({"unit=count": 1.0})[0] == "other"
    assert again.probabilities(feats) == model.probabilities(feats)


def test_rules_only_switches_the_model_off_and_back_on() -> None:
    text = "The figure came to $3 billion, the filing shows."
    with rules_only():
        assert guess_metric(text, 19, 29, "USD") is None
    assert guess_metric(text, 19, 29, "USD") in METRICS - {"other"} | {None}


def test_the_model_never_overrides_a_rule() -> None:
    """A figure a rule places keeps the rule's metric, "other" included; the model only fills gaps."""
    texts = [
        "Acme raised $40 million in a round led by Sequoia.",  # funding by rule
        "The two companies valued the deal at $3.2 billion.",  # a deal's value: "other" by rule
        "Zephyr processes 12 trillion tokens a day.",  # tokens_processed by rule
        "The run took 65 days on 2,048 GPUs.",
    ]
    with rules_only():
        rules = [[(c.metric, c.unit) for c in cs] for cs in extract_claims_batch(texts)]
    both = [[(c.metric, c.unit) for c in cs] for cs in extract_claims_batch(texts)]
    assert both == rules


def test_training_a_model_on_examples(tmp_path: Path) -> None:
    """The training script's fit: a few labelled figures give a model that predicts them back."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from train_metric_model import fit

    rows = []
    for word, metric in (("developers", "users"), ("subscribers", "users"), ("widgets", "other"), ("chairs", "other")):
        text = f"It now has 5 million {word} around the world."
        rows.append((features(text, 11, 20, "count"), metric, "other", 0))
    model = fit(rows * 3)
    text = "It now has 5 million developers around the world."
    assert model.predict(features(text, 11, 20, "count"))[0] == "users"
    text = "It now has 5 million widgets around the world."
    assert model.predict(features(text, 11, 20, "count"))[0] == "other"
