"""The learned judgement of bare counts: features, the shipped weights, and where it overrules the rules."""

from __future__ import annotations

import json
from pathlib import Path

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
)
from pipeline.metric_model import rules_only

TASKS = "The benchmark consists of six tasks that require long context."


def _numeric(text: str, nlp: Language) -> list[str]:
    return [c.surface for c in extract_claims(text, nlp) if c.kind == "numeric"]


def test_features_name_the_counted_word_the_size_and_the_rules_verdict() -> None:
    text = "Tessel has more than 1,000 robotaxis."
    start = text.index("1,000")
    feats = count_features(text, start, start + 5, rule_keeps=False)
    assert feats["N:robotaxis"] == 1.0 and feats["N:robotaxis|drop"] == 1.0
    assert feats["rule=drop"] == 1.0 and "rule=keep" not in feats
    assert feats["size=1e3"] == 1.0 and feats["comma"] == 1.0
    assert feats["L0:than"] == 1.0  # the metric model's window of words comes along
    assert count_features("six tasks", 0, 3, rule_keeps=True)["size=words"] == 1.0


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
    assert model is not None and model.probability(count_features(text, start, start + 1, True)) < DROP_BELOW
    assert keep_count(text, start, start + 1, 2.0, rule_keeps=True) is False
    with rules_only():
        assert keep_count(text, start, start + 1, 2.0, rule_keeps=True) is True


def test_counts_are_collected_with_the_rules_verdict_for_training(nlp: Language) -> None:
    with rules_only(), counts_seen() as seen:
        extract_claims(TASKS, nlp)
    assert [(c.text[c.start : c.end], c.value, c.rule_keeps) for c in seen] == [("six", 6.0, False)]
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


def test_the_thresholds_leave_a_band_where_the_rules_decide() -> None:
    assert 0.0 < DROP_BELOW < KEEP_AT < 1.0
