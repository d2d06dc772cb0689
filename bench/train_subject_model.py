"""Train pipeline/subject_model.json: the learned choice of a figure's subject among its options.

Run from the project root:  python bench/train_subject_model.py [--check]
Needs scikit-learn (`pip install -e '.[train]'`); the extractor itself does not.

Each example is a figure the extractor finds in a tuning set of `bench/eval_claims.py` (the shared dev
set and the annotated sets in `tests/data/`) that matches a gold claim by value and unit, with every
subject option the extractor offered for it, labelled right when it names the gold subject the way
the scoring reads names. Each sentence is read twice, alone and with its document's title and the text
before it (as `eval_claims.context_for` gives them), since the command line sees both kinds of input.
The held-out sets are never read. `--check` prints a five-fold estimate (folds by file) of subject
accuracy for the rules' choice and for the model's, without writing the file.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from binary_fit import fit_binary
from eval_claims import context_for, match, same_subject, tuning_sets

from pipeline.claims import claim_to_record, extract_claims_batch
from pipeline.subject_model import MODEL_PATH, SubjectModel, SubjectOption, pick, subjects_seen

REGULARISATION = 0.1  # sklearn's C: strong; 0.03–3 score within 0.005 in --check
MIN_WEIGHT = 0.005  # smaller weights are dropped from the stored file


@dataclass(frozen=True)
class Example:
    options: list[dict[str, float]]
    right: list[bool]  # per option: does it name the gold subject
    rules_right: bool  # did the rules' own choice
    fold: int  # the file it came from
    names: list[str]  # the options' names, to read what the model gets wrong
    sentence: str
    gold: str


def examples(paths: list[Path]) -> list[Example]:
    """Every matched figure with its options, read alone and in context."""
    out: list[Example] = []
    # as at run time: the metric model on (its metrics feed the options' features); the subject model's own
    # choice never feeds back into the options, and the baseline is the option the rules chose
    for index, path in enumerate(paths):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = [row["text"] for row in rows]
        for contexts in (None, [context_for(row) for row in rows]):
            with subjects_seen() as seen:
                found = extract_claims_batch(texts, contexts=contexts)
            by_key: dict[tuple[str, str], list[Any]] = {}
            for choice in seen:
                by_key.setdefault((choice.sentence, choice.surface), []).append(choice)
            for row, claims in zip(rows, found):
                numeric = [c for c in claims if c.kind == "numeric"]
                preds = [claim_to_record(c) for c in numeric]
                golds = [g for g in row["claims"] if g.get("value") is not None]
                for pi, gi in match(preds, golds, need_metric=False):
                    gold = golds[gi].get("subject")
                    choices = by_key.get((numeric[pi].sentence, numeric[pi].surface))
                    if not gold or not choices:
                        continue
                    choice = choices.pop(0)
                    right = [same_subject(o.name, gold) for o in choice.options]
                    by_rules = next((r for o, r in zip(choice.options, right) if o.feats.get("rule")), False)
                    out.append(Example([o.feats for o in choice.options], right, by_rules, index,
                                       [o.name for o in choice.options], choice.sentence, gold))
    return out


def fit(rows: list[Example], c: float = REGULARISATION) -> SubjectModel:
    """A logistic regression scoring each option right or wrong."""
    return fit_binary([f for r in rows for f in r.options], [y for r in rows for y in r.right], c, MIN_WEIGHT, SubjectModel)


def accuracy(model: SubjectModel, rows: list[Example]) -> float:
    """How often the option the extractor would name (`subject_model.pick`) is right."""
    right = 0
    for r in rows:
        options = [SubjectOption(name, feats) for name, feats in zip(r.names, r.options)]
        chosen = pick(model, options)
        right += r.right[options.index(chosen)] if chosen is not None else 0
    return right / len(rows) if rows else 0.0


def cross_validate(rows: list[Example], folds: int = 5, c: float = REGULARISATION) -> dict[str, Any]:
    """Subject accuracy of the rules' choice and of the model's, each file scored by a model not trained on it."""
    model_right = 0.0
    for fold in range(folds):
        test = [r for r in rows if r.fold % folds == fold]
        model = fit([r for r in rows if r.fold % folds != fold], c)
        model_right += accuracy(model, test) * len(test)
    reachable = sum(any(r.right) for r in rows)
    return {"examples": len(rows), "rules": round(sum(r.rules_right for r in rows) / len(rows), 4),
            "model": round(model_right / len(rows), 4), "some_option_right": round(reachable / len(rows), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate instead of writing the model")
    parser.add_argument("-C", type=float, default=REGULARISATION, help="regularisation (sklearn's C)")
    args = parser.parse_args()
    paths = tuning_sets()
    rows = examples(paths)
    if args.check:
        print(json.dumps(cross_validate(rows, c=args.C), indent=1))
        return
    model = fit(rows, args.C)
    MODEL_PATH.write_text(model.to_json(), encoding="utf-8")
    print(f"{MODEL_PATH.relative_to(ROOT)}: {len(rows)} figures from {len(paths)} files "
          f"({sum(len(r.options) for r in rows)} options), {len(model.weights)} features")


if __name__ == "__main__":
    main()
