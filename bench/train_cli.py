"""The command line the trainers share: build the examples, then cross-validate (`--check`) or write the model."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval_claims import tuning_sets


def train_main(doc: str, examples: Callable[[list[Path]], Sequence[Any]], cross_validate: Callable[[Any], dict[str, Any]],
               fit: Callable[[Any], Any], model_path: Path, summary: Callable[[Sequence[Any], list[Path], Any], str]) -> None:
    """Examples from every tuning set; `--check` prints the five-fold estimate, else the fitted model is written."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate instead of writing the model")
    args = parser.parse_args()
    paths = tuning_sets()
    rows = examples(paths)
    if args.check:
        print(json.dumps(cross_validate(rows), indent=1))
        return
    model = fit(rows)
    model_path.write_text(model.to_json(), encoding="utf-8")
    print(summary(rows, paths, model))
