"""The learned subject: the options a figure gets, the shipped weights, and when the model may speak."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.claims import extract_claims, extract_claims_batch
from pipeline.metric_model import rules_only
from pipeline.nlp import is_plain_english
from pipeline.subject_model import (
    SubjectModel,
    SubjectOption,
    load_model,
    name_key,
    pick,
    subjects_seen,
)

TRAINED = "The model was trained on 384 H100 GPUs."


def options_for(text: str, nlp: Language, context: str | None = None) -> dict[str, list[SubjectOption]]:
    with subjects_seen() as seen:
        extract_claims(text, nlp, context=context)
    return {choice.surface: choice.options for choice in seen}


def test_options_are_the_sentence_names_with_where_they_sit(nlp: Language) -> None:
    text = "Microsoft has spent about $14 billion on OpenAI, the company behind ChatGPT."
    options = {o.name: o.feats for o in options_for(text, nlp)["$14 billion"]}
    assert {"Microsoft", "OpenAI"} <= set(options)
    assert options["Microsoft"]["pos=before"] == 1.0 and options["Microsoft"]["subj_of_verb"] == 1.0
    assert options["OpenAI"]["pos=after"] == 1.0 and options["OpenAI"]["prep=on"] == 1.0
    # who "invested ... into" another company is its investor, never offered for the sum it put in
    invested = "Microsoft has invested about $14 billion into OpenAI, the company behind ChatGPT."
    assert "Microsoft" not in {o.name for o in options_for(invested, nlp)["$14 billion"]}
    assert options["OpenAI"]["src=sentence"] == 1.0
    assert options["OpenAI"]["g=company&src=sentence"] == 1.0  # crossed with the kind of figure


def test_a_title_offers_names_the_tagger_misreads(nlp: Language) -> None:
    options = {o.name: o.feats for o in options_for(TRAINED, nlp, context="SmolLM3")["384"]}
    assert options["SmolLM3"]["src=title"] == 1.0
    assert "src=sentence" not in options["SmolLM3"]
    assert "SmolLM3" not in {o.name for o in options_for(TRAINED, nlp)["384"]}


def test_the_title_names_a_figure_the_sentence_does_not(nlp: Language) -> None:
    """A sentence about 'the model' after the headline 'Introducing SmolLM3' is about SmolLM3: the learned choice
    reads the title, the rules alone do not."""
    assert [c.subject for c in extract_claims(TRAINED, nlp)] == [None]
    assert [c.subject for c in extract_claims(TRAINED, nlp, context="Introducing SmolLM3")] == ["SmolLM3"]
    with rules_only():
        assert [c.subject for c in extract_claims(TRAINED, nlp, context="Introducing SmolLM3")] == [None]


def test_a_bare_project_title_names_figures_nobody_else_claims(nlp: Language) -> None:
    """Under a title that is one bare name (a repository's README is titled 'SmolLM3'), a figure the sentence gives
    no name, or only a common noun ("the script") or a chip ("on an M1 Max"), is about that project; a named subject stays."""
    with rules_only():
        assert [c.subject for c in extract_claims(TRAINED, nlp, context="SmolLM3")] == ["SmolLM3"]
    script = extract_claims("The training script runs on 8 GPUs in about 3 hours.", nlp, context="nano-trainer")
    assert [c.subject for c in script if c.kind == "numeric"] == ["nano-trainer", "nano-trainer"]
    named = extract_claims("Meta trained Llama 3 on 15 trillion tokens.", nlp, context="SmolLM3")
    assert [c.subject for c in named] == ["Llama 3"]
    speed = extract_claims("The command on an M1 Max runs at about 250 tokens-per-second.", nlp, context="nano-trainer")
    assert [c.subject for c in speed if c.kind == "numeric"] == ["nano-trainer"]  # the project's figure, not the chip's
    assert [c.subject for c in extract_claims("The command on an M1 Max runs at about 250 tokens-per-second.", nlp)
            if c.kind == "numeric"] == ["M1 Max"]
    with rules_only():  # a headline is not a bare name: the rules name nobody from it
        assert [c.subject for c in extract_claims(TRAINED, nlp, context="Notes on training small models")] == [None]


def test_a_figure_inside_a_sentence_keeps_its_named_subject(nlp: Language) -> None:
    """The model never trades a clear grammatical subject for a title name."""
    text = "Meta trained Llama 3 on 15 trillion tokens."
    claims = extract_claims(text, nlp, context="Mistral raises new round")
    assert [(c.surface, c.subject) for c in claims] == [("15 trillion tokens", "Llama 3")]


def test_pick_keeps_the_rules_unless_another_option_is_likelier() -> None:
    """The likeliest option wins, the rules' own on a tie; but never over a name the rules' choice contains, nor over
    a rules' name the figure is written in or against ("a 100B BitNet b1.58 model", "Corvo-4.1 at 64.9%")."""
    model = SubjectModel(0.0, {"a": 0.5, "b": 0.4, "c": 4.0, "rule": 0.0})
    rule = SubjectOption("Acme Labs", {"rule": 1.0, "a": 1.0})  # p 0.62
    less = SubjectOption("Corvid", {"b": 1.0})  # p 0.60
    assert pick(model, [rule, less]) is rule
    model.weights["b"] = 0.8
    assert pick(model, [rule, less]) is less  # p 0.69: likelier
    inside = SubjectOption("Acme", {"c": 1.0})  # part of the rules' own name
    assert pick(model, [rule, inside]) is rule
    written_in = SubjectOption("Acme Labs", {"rule": 1.0, "a": 1.0, "figure_inside": 1.0})
    assert pick(model, [written_in, less]) is written_in
    against = SubjectOption("Acme Labs", {"rule": 1.0, "a": 1.0, "against": 1.0})
    assert pick(model, [against, less]) is against


def test_pick_names_nobody_rather_than_guess() -> None:
    model = SubjectModel(-2.0, {"title": 2.5, "sentence": 3.0})
    likely = SubjectOption("Acme", {"title": 1.0})  # p 0.62
    assert pick(model, [likely]) is likely
    unsure = SubjectOption("Acme", {"title": 1.0, "far": 1.0})
    model.weights["far"] = -2.0
    assert pick(model, [unsure]) is unsure  # p 0.18: a guess at 0.1 or more is named
    model.weights["far"] = -3.0
    assert pick(model, [unsure]) is None  # p 0.08
    assert pick(model, []) is None


def test_a_model_round_trips_through_json(tmp_path: Path) -> None:
    model = SubjectModel(-0.5, {"rule": 1.25, "src=title": 0.75})
    path = tmp_path / "subject.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model.__wrapped__(path)
    assert again is not None
    feats = {"rule": 1.0, "src=title": 1.0}
    assert again.probability(feats) == pytest.approx(model.probability(feats))


def test_a_damaged_model_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"weights": {}}', encoding="utf-8")
    assert load_model.__wrapped__(broken) is None
    broken.write_text("not json", encoding="utf-8")
    assert load_model.__wrapped__(broken) is None
    assert load_model.__wrapped__(tmp_path / "missing.json") is None


def test_the_shipped_model_trusts_the_rules_and_the_subject_position() -> None:
    model = load_model()
    assert model is not None and len(model.weights) > 100
    assert model.weights["rule"] > 0
    assert model.weights.get("side", 0.0) < 0  # "than GPT-4", "based on Qwen": not what is measured
    shipped = json.loads((Path(__file__).parent.parent / "pipeline" / "subject_model.json").read_text(encoding="utf-8"))
    assert set(shipped) == {"bias", "weights"}


def test_names_compare_as_the_scoring_compares_them() -> None:
    assert name_key("DeepSeek-V3") == name_key("deepseek v3")
    assert name_key("Qwen2.5  VL") == "qwen2.5 vl"


def test_the_batch_reads_each_text_with_its_own_context(nlp: Language) -> None:
    found = extract_claims_batch([TRAINED, TRAINED], nlp, contexts=["SmolLM3", None])
    assert [c.subject for c in found[0]] == ["SmolLM3"]
    assert [c.subject for c in found[1]] == [None]


def test_training_a_model_on_examples() -> None:
    """The training script's fit and its accuracy use the extractor's own `pick`."""
    pytest.importorskip("sklearn")
    from bench.train_subject_model import Example, accuracy, fit

    good = {"rule": 1.0, "src=sentence": 1.0, "subj_of_verb": 1.0}
    side = {"src=sentence": 1.0, "side": 1.0}
    rows = [Example([good, side], [True, False], True, 0, ["Acme", "Corvid"], "s", "Acme") for _ in range(6)]
    rows += [Example([{"src=title": 1.0}], [True], False, 1, ["Acme"], "s", "Acme") for _ in range(6)]
    model = fit(rows, 1.0)
    assert model.probability(good) > model.probability(side)
    assert accuracy(model, rows) == 1.0


def test_parts_of_figures_years_and_units_are_not_options(nlp: Language) -> None:
    text = "Sorting 110.5 TiB of data across 8,192 partitions completed in 30 minutes."
    assert "TiB" not in {o.name for options in options_for(text, nlp).values() for o in options}
    text = "In FY2025 the checkout service of Acme became 3 times quicker."
    assert "FY2025" not in {o.name for o in options_for(text, nlp)["3 times"]}
    text = "The team of 7 people ran it on 128 H100 GPUs."
    assert "GPUs" not in {o.name for options in options_for(text, nlp).values() for o in options}


def test_a_title_counts_each_name_once_and_stops_at_a_colon(nlp: Language) -> None:
    options = {o.name: o.feats for o in options_for(TRAINED, nlp, context="How the US is losing the AI race")["384"]}
    assert "src=title" in options["US"] and "src=before" not in options["US"] and options["US"]["count=1"] == 1.0
    names = {o.name for o in options_for(TRAINED, nlp, context="GPT-4o: OpenAI’s new model 🚀")["384"]}
    assert "GPT-4o" in names and not any(":" in n or "🚀" in n for n in names)


def test_a_name_within_the_rules_choice_is_whole_words() -> None:
    from pipeline.subject_model import _words_within

    assert _words_within("US", "US data centers") and _words_within("data centers", "US data centers")
    assert not _words_within("M", "SmolLM") and not _words_within("MATH", "DeepSeekMath 7B")




def test_everyday_words_with_capitals_are_marked_plain(nlp: Language) -> None:
    """A heading's capitals ("Lowest Latency", "Backlog") are seldom what a figure is about; the model learns how much
    to distrust them from a feature the English word list gives, not from a list of our own."""
    assert is_plain_english("Backlog") and is_plain_english("Lowest Latency") and is_plain_english("Languages")
    assert not is_plain_english("Tessel Cloud") and not is_plain_english("Corvo-4.1") and not is_plain_english("FP8")
    assert not is_plain_english("")
    text = "Backlog reached $55.6 billion at Tessel Cloud, above analyst expectations."
    options = {o.name: o.feats for o in options_for(text, nlp)["$55.6 billion"]}
    assert options["Backlog"].get("plain") == 1.0
    assert "plain" not in options["Tessel Cloud"]
