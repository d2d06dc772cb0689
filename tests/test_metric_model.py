"""The learned metric for figures without a cue word: features, the shipped weights, and where it speaks."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.language import Language

from pipeline.claims import CLAIM_METRICS, CLAIM_UNITS, extract_claims_batch
from pipeline.metric_model import (
    MetricModel,
    features,
    figure_vectors,
    figures_seen,
    guess_metric,
    load_model,
    rules_only,
)

# the rules find no cue word here; the shipped model places the figure
CHECKPOINT = "The Corvid-7B checkpoint with 1.8 trillion tokens is released today."
FIGURE = "1.8 trillion tokens"


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


def test_the_shipped_model_speaks_the_vocabularies(nlp: Language) -> None:
    model = load_model()
    assert model is not None
    assert set(model.classes) <= CLAIM_METRICS and "other" in model.classes
    assert set(model.allowed) <= CLAIM_UNITS
    probs = model.probabilities(features("It reached $3 billion.", 11, 22, "USD"), "USD")
    assert math.isclose(sum(probs.values()), 1.0, rel_tol=1e-9)
    assert set(probs) == set(model.allowed["USD"])  # a sum of money never becomes a token count
    assert "training_tokens" not in probs and "users" not in probs
    text = "It reached $3 billion."
    vectors = figure_vectors(nlp(text), 11, 21)
    assert model.vector_weights is not None and vectors is not None
    assert {len(w) for w in model.vector_weights.values()} == {len(vectors)}  # reads the vectors the parse gives
    assert set(model.probabilities(features(text, 11, 21, "USD"), "USD", vectors)) == set(probs)


def test_a_model_round_trips_through_json(tmp_path: Path) -> None:
    model = MetricModel(["other", "users"], {"other": 0.5, "users": -0.5}, {"R0:developers": {"users": 2.0}},
                        {"count": ["other", "users"], "percent": ["other"]})
    path = tmp_path / "model.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = MetricModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    feats = {"R0:developers": 1.0, "unit=count": 1.0}
    assert again.predict(feats, "count")[0] == "users"
    assert again.predict(feats, "percent")[0] == "other"  # users are not a unit percentages may take
    assert again.predict(feats, "FLOP") == ("other", 1.0)  # a unit never seen in training
    assert again.probabilities(feats, "count") == model.probabilities(feats, "count")


def _plain_probabilities(model: MetricModel, feats: dict[str, float], unit: str | None) -> dict[str, float]:
    """The softmax written out the slow way, every weight tested against the unit on every call."""
    names = model.allowed.get(unit, []) if unit is not None else model.classes
    scores = {m: model.bias[m] for m in names}
    for name, x in feats.items():
        for metric, w in model.weights.get(name, {}).items():
            if metric in scores:
                scores[metric] += w * x
    if not scores:
        return {}
    top = max(scores.values())
    exp = {m: math.exp(s - top) for m, s in scores.items()}
    return {m: e / sum(exp.values()) for m, e in exp.items()}


def test_the_weights_kept_per_unit_give_the_same_sums_and_stay_bounded() -> None:
    """The shipped model, on the features of real wordings for every unit and none: the same probabilities, to the
    last bit, as the plain sum; and words never seen in training leave nothing behind."""
    model = load_model()
    assert model is not None
    sentences = [CHECKPOINT, "OpenAI raised $6.6 billion at a $157 billion valuation, the company said.",
                 "Gemini serves 400 million monthly users and 1.3 quadrillion tokens a month.",
                 "The zorblax quuxified 42 flimflams over 9% of the wibble market."]
    for unit in [*model.allowed, None, "no such unit"]:
        for sentence in sentences:
            for figure in re.finditer(r"[\d.$]+(?: (?:billion|million|quadrillion))?%?", sentence):
                feats = features(sentence, figure.start(), figure.end(), unit or "other")
                assert model.probabilities(feats, unit) == _plain_probabilities(model, feats, unit)
                assert model.probabilities(feats, unit) == _plain_probabilities(model, feats, unit)  # from the kept pairs
    kept = {name for pairs in model._unit_weights.values() for name in pairs}
    assert kept and kept <= set(model.weights)  # unseen words ("zorblax") are not kept


def test_a_model_with_vectors_round_trips_and_weighs_them() -> None:
    model = MetricModel(["other", "users"], {"other": 0.5, "users": -0.5}, {}, {"count": ["other", "users"]},
                        {"other": [0.0, 0.0], "users": [1.0, -1.0]})
    again = MetricModel.from_json(json.loads(model.to_json()))
    assert again.vector_weights == model.vector_weights
    feats = {"unit=count": 1.0}
    assert again.predict(feats, "count")[0] == "other"  # no vectors: the words alone
    assert again.predict(feats, "count", np.array([3.0, 0.0]))[0] == "users"
    assert again.predict(feats, "count", np.array([0.0, 3.0]))[0] == "other"
    assert again.predict(feats, "count", np.array([3.0, 0.0, 0.0]))[0] == "other"  # another width: words alone
    with pytest.raises(ValueError, match="one row"):
        MetricModel(["other", "users"], {"other": 0.0, "users": 0.0}, {}, {}, {"users": [1.0]})


def test_figure_vectors_are_the_parsers_own_around_the_figure(nlp: Language) -> None:
    text = "Tessel has 300 employees"
    start, end = text.index("300"), text.index("300") + 3
    doc = nlp(text)
    width = doc.tensor.shape[1]
    vectors = figure_vectors(doc, start, end)
    assert vectors is not None and vectors.shape == (3 * width,)
    assert (vectors[:width] != 0).any() and (vectors[width:] != 0).any()
    last = figure_vectors(doc, text.index("employees"), len(text))
    assert last is not None and not last[2 * width :].any()  # nothing after the last word
    assert figure_vectors(spacy.blank("en")(text), start, end) is None  # no tok2vec, no vectors
    assert figure_vectors(doc, 0, 0) is None
    two = nlp("Shares rose. Tessel has 300 employees")
    first = figure_vectors(two, two.text.index("Tessel"), two.text.index("Tessel") + 6)
    assert first is not None and not first[width : 2 * width].any()  # the words before stay within the sentence


def test_a_damaged_model_is_refused_and_the_rules_stand(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        MetricModel(["other"], {"other": 0.0}, {"R0:x": {"users": 1.0}}, {"count": ["other"]})
    broken = tmp_path / "broken.json"
    broken.write_text('{"classes": ["other"], "bias": {}}', encoding="utf-8")
    assert load_model(broken) is None
    broken.write_text("not json", encoding="utf-8")
    assert load_model(broken) is None
    broken.write_text('{"classes": ["other"], "bias": {"other": 0.0}, "allowed": {}, "weights": {"R0:x": [[3, 1.0]]}}',
                      encoding="utf-8")
    assert load_model(broken) is None  # a weight for a class the file does not have
    assert load_model(tmp_path / "missing.json") is None


def test_the_model_places_what_no_rule_does() -> None:
    with rules_only(), figures_seen() as seen:
        alone = [(c.metric, c.unit) for c in extract_claims_batch([CHECKPOINT])[0]]
    both = [(c.metric, c.unit) for c in extract_claims_batch([CHECKPOINT])[0]]
    assert [(f.surface, f.unit, f.placed) for f in seen] == [(FIGURE, "tokens", False)]
    assert alone == [("other", "tokens")]
    assert both == [("training_tokens", "tokens")]


def test_rules_only_is_undone_even_after_an_error() -> None:
    start = CHECKPOINT.index(FIGURE)
    span = (CHECKPOINT, start, start + len(FIGURE), "tokens")
    assert guess_metric(*span) == "training_tokens"
    with pytest.raises(RuntimeError), rules_only():
        assert guess_metric(*span) is None
        raise RuntimeError("boom")
    assert guess_metric(*span) == "training_tokens"


def test_the_model_never_overrides_a_rule() -> None:
    """A figure a rule places keeps the rule's metric, "other" included; the model only fills gaps."""
    deal = "It was a deal the two companies valued at $3.2 billion."
    model = load_model()
    assert model is not None
    start = deal.index("$3.2 billion")
    assert model.predict(features(deal, start, start + 12, "USD"), "USD")[0] != "other"  # the model would move it
    with figures_seen() as seen:
        claims = extract_claims_batch([deal])[0]
    assert [(f.surface, f.placed) for f in seen] == [("$3.2 billion", True)]
    assert [(c.metric, c.unit) for c in claims] == [("other", "USD")]  # a deal's value is not a valuation


def test_training_a_model_on_examples() -> None:
    """The training script's fit: a few labelled figures give a model that predicts them back."""
    pytest.importorskip("sklearn")
    from bench.train_metric_model import Example, fit

    rows = []
    for word, metric in (("developers", "users"), ("subscribers", "users"), ("widgets", "other"), ("chairs", "other")):
        text = f"It now has 5 million {word} around the world."
        rows.append(Example(features(text, 11, 20, "count"), "count", metric, "other", False, 0))
    model = fit(rows * 3)
    assert model.allowed == {"count": ["other", "users"]}
    text = "It now has 5 million developers around the world."
    assert model.predict(features(text, 11, 20, "count"), "count")[0] == "users"
    text = "It now has 5 million widgets around the world."
    assert model.predict(features(text, 11, 20, "count"), "count")[0] == "other"
